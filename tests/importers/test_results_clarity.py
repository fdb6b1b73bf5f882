"""Clarity ENR results files: each contest mapped to its race by structure (or created on request), the count kept
as a snapshot, and "who won / who is winning / how many votes" answered from it, marked partial.

The expected figures are read from the published files with lxml here, not written by hand.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from lxml import etree

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.errors import ImportRejected
from bot.importers import import_file
from bot.importers.results_import import import_results
from tests.factories import COLUMNS_538

CLARITY = Path(__file__).resolve().parents[3] / "shared" / "data" / "clarity"
COUNTY, PRECINCT = CLARITY / "county.xml", CLARITY / "precinct.xml"
pytestmark = pytest.mark.skipif(not CLARITY.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no Clarity files at {CLARITY}")
TODAY = dt.date(2014, 11, 20)


def totals(path: Path) -> dict[str, dict[str, int]]:
    """Contest -> choice -> total votes, straight from the XML."""
    root = etree.parse(str(path)).getroot()
    return {contest.get("text"): {choice.get("text"): int(choice.get("totalVotes"))
                                  for choice in contest.iter("Choice")}
            for contest in root.iter("Contest")}


async def ask(db: Database, question: str):
    return await QuestionEngine(db, clock=lambda: TODAY).ask(question, AskContext(today=TODAY))


async def test_a_statewide_file_creates_its_race_only_when_asked(empty_db: Database) -> None:
    without = await import_results(empty_db, str(COUNTY))
    assert not without.changed and len(without.unmapped) == 1
    assert "--create-races" in without.unmapped[0]

    summary = await import_results(empty_db, str(COUNTY), create_races=True)
    assert summary.created_races == ["2014 Arkansas Senate"]
    assert len(summary.recorded) == 1 and "2,655 of 2,655 precincts" in summary.recorded[0]

    again = await import_results(empty_db, str(COUNTY), create_races=True)
    assert not again.changed and len(again.unchanged) == 1  # the same snapshot is recorded once


async def test_who_won_answers_with_the_count_marked_partial(empty_db: Database) -> None:
    await import_results(empty_db, str(COUNTY), create_races=True)
    (choice, votes), = totals(COUNTY)["U.S. Senate"].items()
    answer = await ask(empty_db, "who won the arkansas senate race")
    assert answer.intent == "results" and answer.status == "ok", answer.summary
    assert answer.race_slug == "arkansas-u-s-senate-class-ii-2014"
    assert choice in answer.summary and f"{votes:,} votes" in answer.summary
    assert "partial" in answer.summary and "2,655 of 2,655 precincts" in answer.summary
    assert answer.facts[0].source is not None and answer.facts[0].source.url.endswith("county.xml")


async def test_a_county_file_needs_its_state_then_answers_each_candidate(empty_db: Database) -> None:
    without_race = await import_results(empty_db, str(PRECINCT))  # the state from the county's name, no race yet
    assert not without_race.changed and "KY, the only state with a county named Greenup" in without_race.lines()[1]

    summary = await import_results(empty_db, str(PRECINCT), create_races=True, state="Kentucky")
    assert summary.created_races == ["2014 Kentucky Senate"]
    expected = totals(PRECINCT)["US Senator - REPUBLICAN"]
    leader, leader_votes = max(expected.items(), key=lambda item: item[1])

    answer = await ask(empty_db, "who is winning the kentucky senate primary")
    assert answer.intent == "leader", answer.summary
    assert f"{leader_votes:,} votes" in answer.summary and "republican primary" in answer.summary
    assert leader.split()[0] in answer.summary  # "Mitch McCONNELL" is shown as "Mitch McConnell"

    for question in ("how much of the vote is in in kentucky", "whats the count in the kentucky senate primary"):
        answer = await ask(empty_db, question)
        assert answer.intent == "results" and "32 precincts reported" in answer.summary, (question, answer.summary)
    answer = await ask(empty_db, "is mcconnell winning")
    assert answer.intent == "leader" and "1st of 5 in the republican primary count" in answer.summary, answer.summary

    answer = await ask(empty_db, "how many votes does matt bevin have")
    bevin = next(votes for name, votes in expected.items() if "BEVIN" in name)
    assert answer.intent == "results" and f"Matt Bevin has {bevin:,} votes" in answer.summary, answer.summary


async def test_a_contest_maps_to_the_race_polls_already_made(empty_db: Database, tmp_path: Path) -> None:
    polls = tmp_path / "ar.csv"
    polls.write_text(",".join(COLUMNS_538) + "\n" + ",".join([
        "9001", "9001", "Talk Business", "", "10/15/14", "10/16/14", "2075", "lv", "IVR", "https://poll.example/9",
        "2014", "U.S. Senate", "Arkansas", "Class II", "general", "11/4/14", "Tom Cotton", "Cotton", "REP", "49",
        "", "",
    ]) + "\n", encoding="utf-8")
    await import_file(empty_db, str(polls))
    summary = await import_results(empty_db, str(COUNTY))  # no --create-races needed: the race exists
    assert summary.changed and not summary.created_races and not summary.unmapped


@pytest.mark.parametrize("content, message", [
    (b"<ElectionResult><Timestamp>", "not well-formed XML"),
    (b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><ElectionResult>&b;"
     b"</ElectionResult>", "DTD"),
    (b"<rss><channel/></rss>", "not a Clarity results file"),
])
async def test_a_file_that_is_not_clarity_results_is_rejected_and_changes_nothing(
        empty_db: Database, content: bytes, message: str) -> None:
    with pytest.raises(ImportRejected, match=message):
        await import_results(empty_db, "night.xml", content, create_races=True)
    assert (await ask(empty_db, "who won in arkansas")).status != "ok"


async def test_a_state_file_keeps_each_house_district_and_no_other_office_for_one(empty_db: Database) -> None:
    """Colorado's 2024 file: "Representative to the 119th United States Congress - District 1" is the 1st district
    (the words after " - " are a party only in a primary), and "Regent ... - Congressional District 3" is no House
    seat. It ended in a traceback (UNIQUE constraint failed: race.slug)."""
    path = CLARITY / "co_2024_general_detail.xml"
    summary = await import_results(empty_db, str(path), create_races=True)
    house = sorted(name for name in summary.created_races if "congressional district" in name)
    assert house == [f"2024 Colorado {n} congressional district" for n in ("1st", "2nd", "3rd", "4th", "5th", "6th",
                                                                           "7th", "8th")]
    assert any(text.startswith("Regent of the University of Colorado") for text in summary.unmapped)


SHARED_538 = CLARITY.parent / "fivethirtyeight"
GEORGIA_COUNTY = CLARITY / "ga_atkinson_2020_general_precinct.xml"
COLORADO = CLARITY / "co_2024_general_detail.xml"


def choices_of(path: Path) -> list[str]:
    """The choices' names as the file writes them."""
    return [choice.get("text") for choice in etree.parse(str(path)).getroot().iter("Choice")]


async def candidates_named(db: Database, surname: str) -> set[str]:
    from sqlalchemy import select

    from bot.db.models import Candidate
    async with db.sessions() as session:
        return set(await session.scalars(select(Candidate.name).where(Candidate.name.ilike(f"%{surname}%"))))


async def test_a_county_files_choices_are_the_polled_people_and_its_count_is_the_countys(empty_db: Database) -> None:
    """Georgia's county file writes "Jon Ossoff (Dem)" and "David A. Perdue (I) (Rep)": the party and incumbent
    tags are no part of the name, so the count's people are the polls' people; and its count is Atkinson County's
    only, which every answer says."""
    tagged = [name for name in choices_of(GEORGIA_COUNTY) if "Ossoff" in name]
    assert tagged and all("(" in name for name in tagged)  # the file does tag them
    await import_file(empty_db, str(SHARED_538 / "senate_polls.csv"))
    before = await candidates_named(empty_db, "ossoff")
    nothing = await ask(empty_db, "how did ossoff do in atkinson county")  # no results of any kind yet
    assert nothing.status == "no_data" and "neither for atkinson county nor for the whole race" in nothing.summary
    summary = await import_results(empty_db, str(GEORGIA_COUNTY))  # the county names its state: no --state needed
    assert "GA, the only state with a county named Atkinson" in "\n".join(summary.lines())
    assert await candidates_named(empty_db, "ossoff") == before == {"Jon Ossoff"}

    answer = await ask(empty_db, "how did ossoff do in atkinson county")
    assert answer.status == "ok" and "Jon Ossoff has" in answer.summary, answer.summary
    assert "Atkinson County only" in answer.summary
    elsewhere = await ask(empty_db, "how did ossoff do in fulton county")
    assert elsewhere.status == "no_data" and "fulton county" in elsewhere.summary
    assert "only the count of Atkinson County" in elsewhere.summary


async def test_a_ticket_of_a_results_file_is_the_polled_candidate_at_its_head(empty_db: Database) -> None:
    """Colorado's file writes tickets ("Donald J. Trump / JD Vance"); 538's Colorado polls name "Donald Trump":
    one person, shown as the polls name him, found by either name."""
    ticket = next(name for name in choices_of(COLORADO) if "Trump" in name)
    await import_file(empty_db, str(SHARED_538 / "president_polls_2024-03.csv"))
    await import_results(empty_db, str(COLORADO), state="CO", create_races=True)
    answer = await ask(empty_db, f"how many votes did {ticket.split('/')[0].strip().lower()} get in colorado")
    assert answer.status == "ok", answer.summary
    people = {e.name for e in answer.entities if e.kind == "candidate"}
    assert people == {"Donald Trump"}, (people, answer.summary)
