"""Questions about the races of a national cycle that trip a parser: states inside people's names, "new" in
"New York", "all the ... polls", the statewide vote of a state whose districts vote too, middle initials.

The races come from a small 538-format file written here, imported through the public importer.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from tests.conftest import BACKENDS, DatabaseTarget, make_target
from tests.factories import COLUMNS_538, write_endorsements_csv

TODAY = dt.date(2022, 10, 20)

# (state, office_type, seat_name, candidates): each race gets three polls
RACES = [
    ("", "U.S. President", "", ["Joe Biden", "Donald Trump"]),
    ("Maine", "U.S. President", "", ["Joe Biden", "Donald Trump"]),
    ("Maine CD-1", "U.S. President", "", ["Joe Biden", "Donald Trump"]),
    ("Maine CD-2", "U.S. President", "", ["Joe Biden", "Donald Trump"]),
    ("Illinois", "U.S. House", "District 16", ["Virginia Foster", "Rachel W. Newman"]),
    ("New York", "U.S. House", "District 14", ["Ana Ruiz", "Tom Baker"]),
    ("Florida", "U.S. House", "District 7", ["Georgia Lane", "Carl Moody"]),
    ("Alabama", "U.S. House", "District 3", ["Sofia Baker", "Sofia Barker"]),
]
SLUGS = {
    "maine": "maine-u-s-president-2022", "il16": "illinois-u-s-house-district-16-2022",
    "ny14": "new-york-u-s-house-district-14-2022", "fl7": "florida-u-s-house-district-7-2022",
    "al3": "alabama-u-s-house-district-3-2022",
}


def write_cycle(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS_538)
        poll_id = 500
        for r, (state, office_type, seat, names) in enumerate(RACES):
            for n in range(3):
                poll_id += 1
                for c, name in enumerate(names):
                    writer.writerow([
                        poll_id, poll_id, f"Pollster {n}", "", f"9/{1 + 7 * n}/22", f"9/{3 + 7 * n}/22", 600, "lv",
                        "Online", f"https://polls.example/{poll_id}", 2022, office_type, state, seat, "general",
                        "11/8/22", name, name.split()[-1], "DEM" if c == 0 else "REP", 44 - 6 * c + r % 4, "", "",
                    ])


@dataclass(frozen=True)
class Case:
    question: str
    intent: str
    race: str | None = None  # key of SLUGS
    entity: tuple[str, str] | None = None


CASES = [
    Case("who leads the maine presidential race", "leader", "maine"),
    Case("maine presidential polls", "leader", "maine"),
    Case("who is ahead in ME-2", "leader", None),  # the district's own vote: checked below
    Case("all the NY-14 2022 polls", "poll_history", "ny14"),
    Case("all the new york 14th district polls", "poll_history", "ny14"),
    Case("new york's 14th congressional district polls", "leader", "ny14"),
    Case("new york district 14 polls", "leader", "ny14"),
    Case("most recent 2022 illinois's 16th congressional district general election poll", "latest_poll", "il16"),
    Case("how is Virginia Foster doing", "leader", "il16", ("candidate", "Virginia Foster")),
    Case("who supports virginia fostter", "endorsements_of", None, ("candidate", "Virginia Foster")),
    Case("who endorsed Georgia Lane", "endorsements_of", None, ("candidate", "Georgia Lane")),
    Case("how is georgia lane doing in the polls", "leader", "fl7", ("candidate", "Georgia Lane")),
    Case("Rachel W. Newman endorsements", "endorsements_of", None, ("candidate", "Rachel W. Newman")),
    Case("endorsements by Washington County Sierra Clb", "endorsements_by", None,
         ("endorser", "Washington County Sierra Club")),
    # "in AL-3": Alabama's 3rd, not an Indiana seat at large
    Case("who leads in AL-3", "leader", "al3"), Case("whos ahead in al-03", "leader", "al3"),
    # a swapped pair of letters is one typo: "bakre" is Baker, not Barker (a plain similarity ties them)
    Case("how is sofia bakre doing", "leader", "al3", ("candidate", "Sofia Baker")),
    Case("how is sofia barkr doing", "leader", "al3", ("candidate", "Sofia Barker")),
    Case("ruiz baker", "compare", "ny14", ("candidate", "Ana Ruiz")),  # two surnames of one race: both of them
]


@pytest.fixture(scope="module", params=BACKENDS)
def cycle_target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    yield from make_target(request.param, tmp_path_factory.mktemp("cycle"))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def cycle(cycle_target: DatabaseTarget,
                tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[QuestionEngine]:
    folder: Path = tmp_path_factory.mktemp("cycle_files")
    write_cycle(folder / "polls.csv")
    write_endorsements_csv(folder / "endorsements.csv", [
        {"race": SLUGS["il16"], "candidate": "Virginia Foster", "endorser": "Washington County Sierra Club",
         "endorser_type": "organization", "date": "2022-09-01", "source_url": "https://news.example/sierra"},
        {"race": SLUGS["fl7"], "candidate": "Georgia Lane", "endorser": "Tampa Bay Times",
         "endorser_type": "newspaper", "date": "2022-09-02", "source_url": "https://news.example/tbt"},
        {"race": SLUGS["il16"], "candidate": "Rachel W. Newman", "endorser": "Illinois Farm Bureau",
         "endorser_type": "organization", "date": "2022-09-03", "source_url": "https://news.example/farm"},
    ])
    db = cycle_target.database()
    await db.open()
    await import_file(db, str(folder / "polls.csv"))
    await import_file(db, str(folder / "endorsements.csv"))
    yield QuestionEngine(db, clock=lambda: TODAY)
    await db.close()


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("case", CASES, ids=[c.question for c in CASES])
async def test_national_question(cycle: QuestionEngine, case: Case) -> None:
    answer = await cycle.ask(case.question, AskContext(today=TODAY))
    assert answer.intent == case.intent, answer.summary
    if case.race is not None:
        assert answer.race_slug == SLUGS[case.race], answer.summary
    if case.entity is not None:
        kind, name = case.entity
        assert any(e.kind == kind and e.name == name for e in answer.entities), (answer.summary, answer.entities)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_district_of_maine_is_its_own_vote_not_the_statewide_one(cycle: QuestionEngine) -> None:
    answer = await cycle.ask("who is ahead in ME-2", AskContext(today=TODAY))
    assert answer.intent == "leader"
    assert answer.race_slug is not None and "cd-2" in answer.race_slug, answer.race_slug


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("question, unknown", [("fetterman vs oz", "“fetterman” or “oz”"),
                                               ("joe biden vs fetterman", "“fetterman”")])
async def test_comparing_names_nobody_has_says_which_are_not_known(cycle: QuestionEngine, question: str,
                                                                    unknown: str) -> None:
    answer = await cycle.ask(question, AskContext(today=TODAY))
    assert (answer.intent, answer.status) == ("compare", "not_found"), answer.summary
    assert f"I don't know a candidate called {unknown}." in answer.summary


async def test_a_tied_average_is_said_to_be_a_tie(empty_db, tmp_path: Path) -> None:
    path = tmp_path / "tie.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS_538)
        for n, (first, second) in enumerate([(45, 43), (43, 45)]):  # one poll each way: an even average
            for name, pct in (("Ada Moss", first), ("Ben Hale", second)):
                writer.writerow([700 + n, 700 + n, f"Pollster {n}", "", "9/1/22", "9/3/22", 600, "lv", "Online",
                                 f"https://polls.example/{700 + n}", 2022, "Governor", "Vermont", "", "general",
                                 "11/8/22", name, name.split()[-1], "", pct, "", ""])
    await import_file(empty_db, str(path))
    answer = await QuestionEngine(empty_db, clock=lambda: TODAY).ask("who leads in the vermont governor race",
                                                                     AskContext(today=TODAY))
    assert answer.intent == "leader"
    assert "are tied in the polling average at 44.0%" in answer.summary, answer.summary
    assert "leads" not in answer.summary
