"""One person, one record: the spellings of one person across the real 538 files are one candidate, and people who
only share a surname (or a state, or a party) stay apart.

Which spellings are one person is worked out here from the CSV rows themselves, by the issue's rule written anew
(not the importer's code): the same state and party, the same office (a state's House seats are one office), the
same surname, given names equal, an initial or nicknames of each other, middle names and suffixes optional, and
never two names that one question of a poll asks about together.
"""

from __future__ import annotations

import csv
import itertools
import os
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from nameparser import HumanName
from nicknames import NickNamer
from sqlalchemy import select

from bot.db.database import Database
from bot.db.models import Candidacy, Candidate, Race
from bot.engine.answers import Answer
from bot.engine.engine import QuestionEngine
from bot.importers import import_file
from tests.conftest import snapshot
from tests.engine.asking import sync_asker
from tests.engine.question_data import FIVETHIRTYEIGHT, candidate_poll_files
from tests.factories import COLUMNS_538

pytestmark = pytest.mark.skipif(not FIVETHIRTYEIGHT.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no FiveThirtyEight files at {FIVETHIRTYEIGHT}")
NICKNAMES = NickNamer()


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join("".join(ch if ch.isalnum() or ch.isspace() else " " for ch in plain.replace("'", "")).split())


def given_alike(a: str, b: str) -> bool:
    a, b = folded(a).replace(" ", ""), folded(b).replace(" ", "")
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]):
        return True
    return b in NICKNAMES.nicknames_of(a) or a in NICKNAMES.nicknames_of(b)


def one_person(a: str, b: str) -> bool:
    """The issue's rule for two spellings of one state, party and office."""
    x, y = HumanName(a), HumanName(b)
    if not (x.first and x.last and y.first and y.last) or folded(x.last) != folded(y.last):
        return False
    if x.suffix and y.suffix and folded(x.suffix) != folded(y.suffix):
        return False
    if x.middle and y.middle and not given_alike(x.middle.split()[0], y.middle.split()[0]):
        return False
    return given_alike(x.first, y.first)


def pairs_in_files(files: list[Path]) -> set[tuple[str, str, str, str]]:
    """(state, party, spelling, spelling) of every two spellings the rule says are one person."""
    offices: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (state, party, office) -> spellings
    together: set[frozenset[str]] = set()
    for path in files:
        questions: dict[str, set[str]] = defaultdict(set)
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                party = row.get("candidate_party") or row.get("party") or ""
                if row["state"]:  # a national race has no state to tell namesakes apart
                    offices[(row["state"], party, row["office_type"])].add(row["candidate_name"])
                questions[row["question_id"]].add(folded(row["candidate_name"]))
        together |= {frozenset(p) for names in questions.values() for p in itertools.combinations(names, 2)}
    pairs = set()
    for (state, party, _), names in offices.items():
        for a, b in itertools.combinations(sorted(names), 2):
            if folded(a) != folded(b) and frozenset((folded(a), folded(b))) not in together and one_person(a, b):
                pairs.add((state, party, a, b))
    return pairs


async def people_by_name(db: Database) -> dict[tuple[str, str, str], set[int]]:
    """(state code, party, folded name or alias) -> the candidates of that state and party called so."""
    found: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    async with db.session() as session:
        rows = await session.execute(
            select(Candidate.id, Candidate.name, Candidate.aliases, Candidate.party, Race.state)
            .join(Candidacy, Candidacy.candidate_id == Candidate.id).join(Race, Race.id == Candidacy.race_id))
        for row in rows:
            for name in (row.name, *(row.aliases or [])):
                found[(row.state or "", row.party or "", folded(name))].add(row.id)
    return found


async def candidates_named(db: Database, name: str) -> list[Candidate]:
    async with db.session() as session:
        return list(await session.scalars(select(Candidate).where(Candidate.name == name).order_by(Candidate.id)))


def test_the_rule_finds_the_issues_spellings() -> None:
    assert one_person("Stacey Abrams", "Stacey Yvonne Abrams")
    assert one_person("Maggie Hassan", "Margaret Wood Hassan")
    assert one_person("Herschel Walker", "Herschel Junior Walker")
    assert not one_person("Herschel Walker", "Mark Walker")
    assert not one_person("Hank Johnson", "Dusty Johnson")


async def test_every_two_spellings_of_one_person_in_the_real_files_are_one_candidate(db: Database) -> None:
    files = candidate_poll_files()
    pairs = pairs_in_files(files)
    summaries = [await import_file(db, str(path)) for path in files]
    people = await people_by_name(db)
    assert len(pairs) >= 25, pairs  # the files hold some 29 such pairs
    for state, party, a, b in sorted(pairs):
        ids_a, ids_b = people[(state, party, folded(a))], people[(state, party, folded(b))]
        assert len(ids_a) == 1 and ids_a == ids_b, (state, party, a, b, ids_a, ids_b)
    merged = "\n".join(line for summary in summaries for line in summary.lines() if line.startswith("same person"))
    assert "“Bob Menendez” is Robert Menendez (DEM, 2024 New Jersey Senate)" in merged
    assert "“Jake LaTurner” is Jacob LaTurner (REP, 2022 Kansas 2nd congressional district)" in merged
    # The people of the issue: the files spell them one way each, and the forms people type name them (a form
    # without the middle name is stored; a nickname is matched when asked, never stored: it may be another's name).
    index = await QuestionEngine(db).index()
    for name, typed, stored in (("Stacey Yvonne Abrams", "Stacey Abrams", True),
                                ("Margaret Wood Hassan", "Maggie Hassan", False), ("Herschel Walker", None, False)):
        [person] = await candidates_named(db, name)
        assert typed is None or (typed in person.aliases) == stored
        if typed is not None:
            found = index.lookup(typed, ["candidate"], limit=1)
            assert found and found[0].entry.display == person.name and found[0].score >= 80, (typed, found)
    # Importing a file again changes nothing and merges nothing.
    before = await snapshot(db)
    for path in files[-3:]:
        again = await import_file(db, str(path))
        assert not again.changed and not again.merges, again.lines()
    assert await snapshot(db) == before


ROW = dict.fromkeys(COLUMNS_538, "")


def write_rows(path: Path, rows: list[tuple[int, str, str, str, str, int, str]]) -> Path:
    """A 538-format file: (poll id, state, office, seat, candidate, cycle, party) a row, one question per poll."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS_538)
        writer.writeheader()
        for poll_id, state, office, seat, name, cycle, party in rows:
            writer.writerow({**ROW, "poll_id": poll_id, "question_id": f"{poll_id}1", "pollster": "Test Polling",
                             "start_date": f"6/1/{cycle % 100}", "end_date": f"6/3/{cycle % 100}",
                             "url": f"https://polls.example/{poll_id}", "cycle": cycle, "office_type": office,
                             "state": state, "seat_name": seat, "stage": "general",
                             "election_date": f"11/5/{cycle % 100}", "candidate_name": name, "party": party,
                             "pct": 40})
    return path


SENATE, HOUSE, GOVERNOR = ("U.S. Senate", "Class II"), ("U.S. House", "District 5"), ("Governor", "")


def polls(*rows: tuple[int, tuple[str, str], str, int, str], state: str = "Georgia") -> list:
    return [(poll_id, state, office, seat, name, cycle, party) for poll_id, (office, seat), name, cycle, party in rows]


async def test_a_new_spelling_in_a_later_cycle_is_the_same_person(empty_db: Database, tmp_path: Path) -> None:
    first = write_rows(tmp_path / "a.csv", polls((1, SENATE, "Herschel Walker", 2022, "REP"),
                                                 (1, SENATE, "Raphael Warnock", 2022, "DEM")))
    later = write_rows(tmp_path / "b.csv", polls((2, SENATE, "Herschel Junior Walker", 2026, "REP"),
                                                 (2, SENATE, "Jon Ossoff", 2026, "DEM")))
    await import_file(empty_db, str(first))
    summary = await import_file(empty_db, str(later))
    [walker] = await candidates_named(empty_db, "Herschel Walker")
    assert "Herschel Junior Walker" in walker.aliases
    assert not await candidates_named(empty_db, "Herschel Junior Walker")
    assert "same person: “Herschel Junior Walker” is Herschel Walker (REP, 2026 Georgia Senate)" in summary.lines()
    before = await snapshot(empty_db)
    again = await import_file(empty_db, str(later))
    assert not again.changed and not again.merges
    assert await snapshot(empty_db) == before


async def test_people_of_one_surname_and_state_stay_apart(empty_db: Database, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "ga.csv", polls(
        (1, SENATE, "Herschel Walker", 2022, "REP"), (1, SENATE, "Raphael Warnock", 2022, "DEM"),
        (2, SENATE, "Mark Walker", 2026, "REP"), (2, SENATE, "Jon Ossoff", 2026, "DEM"),
        (3, HOUSE, "Hank Johnson", 2020, "DEM"), (3, HOUSE, "Angela Stanton King", 2020, "REP"),
        (4, HOUSE, "Henry Johnson", 2022, "DEM"), (4, HOUSE, "Dusty Johnson", 2022, "REP"),
        (5, HOUSE, "Jim Johnson", 2024, "DEM"), (5, HOUSE, "Jake Evans", 2024, "REP")))
    summary = await import_file(empty_db, str(path))
    for name in ("Herschel Walker", "Mark Walker", "Dusty Johnson", "Jim Johnson"):
        assert len(await candidates_named(empty_db, name)) == 1, name
    # Hank is Henry's nickname: one person; Jim is no Henry's, and Dusty is of the other party.
    [hank] = await candidates_named(empty_db, "Hank Johnson")
    assert "Henry Johnson" in hank.aliases
    assert summary.merges == ["same person: “Henry Johnson” is Hank Johnson (DEM, 2022 Georgia 5th congressional "
                              "district)"]


async def test_never_across_states_or_parties(empty_db: Database, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "gov.csv", [
        *polls((1, GOVERNOR, "Stacey Yvonne Abrams", 2018, "DEM"), (1, GOVERNOR, "Brian Kemp", 2018, "REP")),
        *polls((2, GOVERNOR, "Stacey Abrams", 2022, "REP"), (2, GOVERNOR, "Jane Doe", 2022, "DEM")),
        *polls((3, GOVERNOR, "Stacey Abrams", 2022, "DEM"), (3, GOVERNOR, "John Roe", 2022, "REP"), state="Nevada"),
        # A national race: no state tells the namesakes apart.
        (4, "", "U.S. President", "", "Donald Trump", 2024, "REP"), (4, "", "U.S. President", "", "Joe Biden", 2024,
                                                                      "DEM"),
        (5, "", "U.S. President", "", "Donald Trump Jr.", 2028, "REP"), (5, "", "U.S. President", "", "Kamala Harris",
                                                                         2028, "DEM")])
    summary = await import_file(empty_db, str(path))
    assert summary.merges == []
    assert len(await candidates_named(empty_db, "Stacey Abrams")) == 2  # the Nevada Democrat, the Georgia Republican
    assert len(await candidates_named(empty_db, "Stacey Yvonne Abrams")) == 1
    assert len(await candidates_named(empty_db, "Donald Trump Jr.")) == 1


async def test_never_two_candidates_of_one_poll_question(empty_db: Database, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "ga.csv", polls(
        (1, HOUSE, "Mike Johnson", 2022, "REP"), (1, HOUSE, "Michael Johnson", 2022, "REP"),
        (2, HOUSE, "Mike Johnson", 2024, "REP"),
        # Named apart, and either of the two could be this one: not merged.
        (3, HOUSE, "M. Johnson", 2024, "REP")))
    summary = await import_file(empty_db, str(path))
    assert summary.merges == []
    [mike] = await candidates_named(empty_db, "Mike Johnson")
    [michael] = await candidates_named(empty_db, "Michael Johnson")
    assert mike.id != michael.id
    assert "Michael Johnson" not in mike.aliases  # a typed form that is another person's name is not added
    assert len(await candidates_named(empty_db, "M. Johnson")) == 1


def test_the_serving_path_loads_neither_name_package() -> None:
    """nameparser (4 MB) and nicknames (9 MB) are an import's: the bot and the question engine start without them."""
    code = ("import sys, bot.client, bot.engine.engine, cogs.admin; "
            "print(sorted({'nameparser', 'nicknames'} & set(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("identity"), candidate_poll_files())


@pytest.mark.parametrize(("question", "name"), [
    ("how is stacey abrams doing", "Stacey Yvonne Abrams"),
    ("maggie hassan senate polls", "Margaret Wood Hassan"),
])
def test_a_person_is_found_by_the_forms_people_type(ask: Callable[[str], Answer], question: str, name: str) -> None:
    answer = ask(question)
    assert answer.status == "ok", (answer.title, answer.summary)
    candidate = answer.entity("candidate")
    assert candidate is not None and candidate.name == name


def test_a_person_polled_once_in_each_of_two_races_is_asked_which(ask: Callable[[str], Answer]) -> None:
    """Herschel Walker is one record (the files spell him one way), in one poll of the 2022 Georgia Senate race and
    one of the governor's race: no data says which race he runs in, so the answer asks, naming both."""
    answer = ask("herschel walker polls")
    assert answer.status == "need_race", answer.summary
    assert any("Senate" in s for s in answer.suggestions) and any("governor" in s for s in answer.suggestions)
