"""Every results and polls file people publish, imported as published through one way in: the format registry,
Clarity's summary CSV (Windows-1252), MEDSL's returns, OpenElections' precinct files, ballot measures, areas and vote
types, turnout, and the generic ballot.

Expected figures are read from the published files here with the csv module, never written by hand.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import (
    AreaCount,
    AreaTurnout,
    Candidacy,
    Candidate,
    Poll,
    PollResult,
    Race,
    ResultCount,
    ResultSnapshot,
)
from bot.errors import ImportRejected
from bot.importers.entry import import_any
from bot.importers.formats import FORMATS, detect_format
from bot.importers.results_import import ResultsSummary
from bot.names import fold
from tests.conftest import snapshot

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
SUMMARY = DATA / "clarity" / "co_2024_general_summary.csv"
MEDSL = DATA / "medsl" / "2024-president-state.csv"
OPENELECTIONS = DATA / "openelections" / "20241105__pa__general__cameron__precinct.csv"
GENERIC = DATA / "fivethirtyeight" / "generic_ballot_polls_historical.csv"
PRESIDENT_POLLS = DATA / "fivethirtyeight" / "president_polls_2024-03.csv"
pytestmark = pytest.mark.skipif(not DATA.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no shared data at {DATA}")
PSEUDO = {"UNDERVOTES", "OVERVOTES", "WRITE-IN", "SCATTERING", "VOID"}


def rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


async def race_counts(db: Database, race_name: str) -> dict[str, int]:
    """The newest count of a race: candidate -> votes."""
    async with db.session() as session:
        race_id = await session.scalar(select(Race.id).where(Race.name == race_name))
        assert race_id is not None, race_name
        snapshot_id = await session.scalar(select(ResultSnapshot.id).where(ResultSnapshot.race_id == race_id)
                                           .order_by(ResultSnapshot.taken_at.desc()).limit(1))
        found = await session.execute(select(Candidate.name, ResultCount.votes).join(ResultCount.snapshot)
                                      .join(Candidate, Candidate.id == ResultCount.candidate_id)
                                      .where(ResultSnapshot.id == snapshot_id))
        return dict(found.all())


def test_every_published_file_has_a_format_of_the_registry() -> None:
    files = sorted(p for p in DATA.rglob("*") if p.suffix in (".csv", ".xml"))
    assert files
    found = {p.name: detect_format(str(p)).name for p in files}
    assert found[SUMMARY.name] == "Clarity summary CSV"
    assert found[MEDSL.name] == "MEDSL returns CSV"
    assert found[OPENELECTIONS.name] == "OpenElections CSV"
    assert found[GENERIC.name] == "FiveThirtyEight generic ballot CSV"
    assert found[PRESIDENT_POLLS.name] == "FiveThirtyEight polls CSV"


def test_an_unknown_csv_is_rejected_listing_the_formats(tmp_path: Path) -> None:
    path = tmp_path / "mystery.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as error:
        detect_format(str(path))
    assert error.value.line == 1
    for file_format in FORMATS:
        if ".csv" in file_format.suffixes:
            assert file_format.name in error.value.reason


def test_racebot_import_help_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    for file_format in FORMATS:
        assert file_format.name in out


async def test_clarity_summary_csv_in_windows_1252_imports_with_its_measures(empty_db: Database) -> None:
    summary = await import_any(empty_db, str(SUMMARY), create_races=True)
    assert isinstance(summary, ResultsSummary)
    assert [r.column for r in summary.repairs] == ["encoding"]
    assert any("Windows-1252" in line for line in summary.lines())
    expected: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows(SUMMARY, "cp1252"):
        expected[row["contest name"]][row["choice name"]] = int(row["total votes"])
    amendment = expected["Amendment 79 (CONSTITUTIONAL) (Vote For 1)"]
    assert await race_counts(empty_db, "2024 Colorado Amendment 79") == {"Yes": amendment["Yes/For"],
                                                                        "No": amendment["No/Against"]}
    proposition = expected["Proposition 131 (STATUTORY) (Vote For 1)"]
    assert await race_counts(empty_db, "2024 Colorado Proposition 131") == {"Yes": proposition["Yes/For"],
                                                                           "No": proposition["No/Against"]}
    async with empty_db.session() as session:
        thresholds = dict((await session.execute(select(Race.office, Race.pass_threshold).where(
            Race.office_kind == "measure"))).all())
    assert thresholds["Amendment 79"] == 55.0 and thresholds["Proposition 131"] is None
    house = expected["Representative to the 119th United States Congress - District 8 (Vote For 1)"]
    assert await race_counts(empty_db, "2024 Colorado 8th congressional district") == house
    again = await import_any(empty_db, str(SUMMARY), create_races=True)
    assert not again.changed


async def test_medsl_state_file_makes_each_states_race_without_pseudo_candidates(empty_db: Database) -> None:
    summary = await import_any(empty_db, str(MEDSL), create_races=True)
    assert isinstance(summary, ResultsSummary) and summary.changed
    published = rows(MEDSL)
    states = {r["state_po"] for r in published}
    assert len(summary.recorded) == len(states)
    michigan: dict[str, int] = defaultdict(int)
    for row in published:
        if row["state_po"] == "MI" and row["candidate"] not in PSEUDO:
            michigan[" ".join(row["candidate"].split())] += int(row["votes"])
    counts = await race_counts(empty_db, "2024 presidential election in Michigan")
    assert counts["Donald J. Trump"] == michigan["TRUMP, DONALD J."]
    assert counts["Kamala D. Harris"] == michigan["HARRIS, KAMALA D."]
    assert sum(counts.values()) == sum(michigan.values())
    assert not any(fold(name).upper() in PSEUDO or name.isupper() for name in counts)
    async with empty_db.session() as session:
        snapshots = (await session.execute(select(Race.state_code, ResultSnapshot.total_votes,
                                                  ResultSnapshot.certified).join(Race))).all()
    by_state = {code: (total, certified) for code, total, certified in snapshots}
    votes_of: dict[str, int] = defaultdict(int)
    for row in published:
        votes_of[row["state_po"]] += int(row["votes"])
    for row in published:  # the published total, or the votes' sum where they add up to more (DC's file)
        assert by_state[row["state_po"]][0] == max(int(row["totalvotes"]), votes_of[row["state_po"]])
        if row["unofficial"] == "TRUE":
            assert by_state[row["state_po"]][1] is False
    before = await snapshot(empty_db)
    again = await import_any(empty_db, str(MEDSL), create_races=True)
    assert not again.changed and await snapshot(empty_db) == before


async def test_the_same_person_in_medsl_and_the_538_polls_is_one_person(empty_db: Database) -> None:
    await import_any(empty_db, str(PRESIDENT_POLLS))
    await import_any(empty_db, str(MEDSL), create_races=True)
    async with empty_db.session() as session:
        found = (await session.execute(select(Race.name, Candidate.name).join(Candidacy, Candidacy.race_id == Race.id)
                                       .join(Candidate).where(Race.office_kind == "president",
                                                              Race.state_code.is_not(None)))).all()
    people: dict[str, list[str]] = defaultdict(list)
    for race, name in found:
        people[race].append(name)
    both = [race for race, names in people.items() if len(names) > 2]
    assert both, "no state race has both polls and results"
    for race in both:
        trumps = [n for n in people[race] if "trump" in fold(n).split()]
        kennedys = [n for n in people[race] if {"robert", "kennedy"} <= set(fold(n).split())]
        steins = [n for n in people[race] if {"jill", "stein"} <= set(fold(n).split())]
        assert len(trumps) == 1, (race, trumps)
        assert len(kennedys) <= 1 and len(steins) <= 1, (race, kennedys, steins)


async def test_openelections_precinct_file_keeps_turnout_vote_types_and_write_ins(empty_db: Database) -> None:
    summary = await import_any(empty_db, str(OPENELECTIONS), create_races=True)
    assert isinstance(summary, ResultsSummary) and summary.changed
    published = rows(OPENELECTIONS)
    senate: dict[str, int] = defaultdict(int)
    for row in published:
        if row["office"] == "U.S. Senate" and row["party"] != "WI":
            senate[row["candidate"]] += int(row["votes"])
    counts = await race_counts(empty_db, "2024 Pennsylvania Senate")
    assert sorted(counts.values()) == sorted(senate.values())
    assert "Write-in" not in counts
    registered = {row["precinct"]: int(row["votes"]) for row in published if row["office"] == "Registered Voters"}
    ballots = {row["precinct"]: int(row["votes"]) for row in published if row["office"] == "Ballots Cast"}
    mail = sum(int(row["mail"] or 0) for row in published if row["office"] == "U.S. Senate" and row["party"] != "WI")
    async with empty_db.session() as session:
        turnout = (await session.execute(select(AreaTurnout.precinct, AreaTurnout.registered,
                                                AreaTurnout.ballots_cast))).all()
        stored_mail = await session.scalar(select(func.sum(AreaCount.votes)).join(
            ResultSnapshot, ResultSnapshot.id == AreaCount.snapshot_id).join(Race).where(
            Race.name == "2024 Pennsylvania Senate", AreaCount.vote_type == "mail"))
        senate_total = await session.scalar(select(ResultSnapshot.ballots_cast).join(Race).where(
            Race.name == "2024 Pennsylvania Senate"))
    assert {p: r for p, r, _ in turnout} == registered
    assert {p: b for p, _, b in turnout} == ballots
    assert stored_mail == mail
    assert senate_total == sum(ballots.values())
    assert any("U.S. House" in line and "district" in line for line in summary.unmapped)
    before = await snapshot(empty_db)
    again = await import_any(empty_db, str(OPENELECTIONS), create_races=True)
    assert not again.changed and await snapshot(empty_db) == before


async def test_the_generic_ballot_is_a_race_of_each_cycle(empty_db: Database) -> None:
    await import_any(empty_db, str(GENERIC))
    published = rows(GENERIC)
    cycles = {int(r["cycle"]) for r in published}
    async with empty_db.session() as session:
        races = dict((await session.execute(select(Race.cycle, Race.name).where(
            Race.office_kind == "generic"))).all())
        answers = (await session.execute(select(Candidate.name, func.count()).join(PollResult.candidate)
                                         .group_by(Candidate.name))).all()
        polls = await session.scalar(select(func.count()).select_from(Poll))
    assert set(races) == cycles
    assert races[2024] == "2024 generic congressional ballot (national)"
    assert dict(answers) == {"Democrats": sum(1 for r in published if r["dem"]),
                             "Republicans": sum(1 for r in published if r["rep"]),
                             "Independent": sum(1 for r in published if r["ind"])}
    assert polls == len({(r["poll_id"], r["stage"]) for r in published})
    before = await snapshot(empty_db)
    again = await import_any(empty_db, str(GENERIC))
    assert not again.changed and await snapshot(empty_db) == before


RESULTS_FILES = sorted([*(DATA / "clarity").glob("*"), *(DATA / "medsl").glob("*.csv"),
                        *(DATA / "openelections").glob("*.csv")])


@pytest.mark.parametrize("path", RESULTS_FILES, ids=lambda p: p.name)
async def test_every_results_file_imports_on_a_clean_database_and_again_changes_nothing(empty_db: Database,
                                                                                       path: Path) -> None:
    first = await import_any(empty_db, str(path), create_races=True)
    assert isinstance(first, ResultsSummary) and first.changed
    assert all("\n" not in line for line in first.lines())
    before = await snapshot(empty_db)
    again = await import_any(empty_db, str(path), create_races=True)
    assert isinstance(again, ResultsSummary) and not again.changed
    assert len(again.unchanged) == len(first.recorded)
    assert await snapshot(empty_db) == before
