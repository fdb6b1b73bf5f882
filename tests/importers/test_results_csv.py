"""The results CSV: counts of any source, kept as history; the newest is the current count, a call or a
certification only as the source marks it; bad rows rejected with their line and nothing changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.errors import ImportRejected
from bot.importers import import_file
from bot.importers.results_import import import_results, is_results_file
from tests.factories import COLUMNS_538

TODAY = dt.date(2024, 11, 6)
RACE = "ohio-u-s-senate-class-i-2024"
HEADER = "race,stage,candidate,votes,reported,expected,time,source_url,called,certified\n"


def night(*counts: tuple[str, int, int, str, str]) -> str:
    """Rows of (time, Brown's votes, Moreno's votes, precincts reported, called) against 1,000 precincts."""
    rows = []
    for when, brown, moreno, reported, called in counts:
        for name, votes in (("Sherrod Brown", brown), ("Bernie Moreno", moreno)):
            rows.append(f"{RACE},general,{name},{votes},{reported},1000,{when},https://results.example/oh,"
                        f"{'yes' if called == name else ''},")
    return HEADER + "\n".join(rows) + "\n"


@pytest.fixture
async def ohio(empty_db: Database, tmp_path: Path) -> Database:
    polls = tmp_path / "oh.csv"
    polls.write_text(",".join(COLUMNS_538) + "\n" + ",".join([
        "77", "77", "Emerson", "", "10/1/24", "10/3/24", "900", "lv", "Online", "https://poll.example/77", "2024",
        "U.S. Senate", "Ohio", "Class I", "general", "11/5/24", "Sherrod Brown", "Brown", "DEM", "47", "", "",
    ]) + "\n", encoding="utf-8")
    await import_file(empty_db, str(polls))
    return empty_db


async def ask(db: Database, question: str):
    return await QuestionEngine(db, clock=lambda: TODAY).ask(question, AskContext(today=TODAY))


async def test_the_newest_count_is_the_current_one_and_the_lead_can_change(ohio: Database, tmp_path: Path) -> None:
    early = tmp_path / "early.csv"
    early.write_text(night(("2024-11-05T20:00:00-05:00", 120_000, 100_000, "150", "")), encoding="utf-8")
    assert is_results_file(str(early))
    await import_results(ohio, str(early))
    answer = await ask(ohio, "who is winning the ohio senate race")
    assert answer.intent == "leader" and "Sherrod Brown leads" in answer.summary, answer.summary
    assert "150 of 1,000 precincts" in answer.summary and "partial" in answer.summary

    later = tmp_path / "later.csv"
    later.write_text(night(("2024-11-05T20:00:00-05:00", 120_000, 100_000, "150", ""),
                           ("2024-11-05T23:00:00-05:00", 1_400_000, 1_600_000, "800", "")), encoding="utf-8")
    summary = await import_results(ohio, str(later))
    assert len(summary.recorded) == 1 and len(summary.unchanged) == 1  # history kept, each count recorded once
    answer = await ask(ohio, "who is winning in ohio")
    assert "Bernie Moreno leads" in answer.summary and "1,600,000 votes" in answer.summary, answer.summary


async def test_a_call_is_reported_only_as_the_source_makes_it(ohio: Database, tmp_path: Path) -> None:
    called = tmp_path / "called.csv"
    called.write_text(night(("2024-11-06T00:30:00-05:00", 2_500_000, 2_800_000, "950", "Bernie Moreno")),
                      encoding="utf-8")
    await import_results(ohio, str(called))
    answer = await ask(ohio, "who won the ohio senate race")
    assert answer.intent == "results"
    assert "The source calls the general for Bernie Moreno" in answer.summary, answer.summary


@pytest.mark.parametrize("row, message", [
    ("ohio-u-s-senate-class-i-2024,general,Sherrod Brown,12x,1,10,2024-11-05T20:00:00,https://r.example,,",
     "votes '12x' is not a whole number"),
    ("ohio-u-s-senate-class-i-2024,general,Sherrod Brown,12,11,10,2024-11-05T20:00:00,https://r.example,,",
     "impossible"),
    ("ohio-u-s-senate-class-i-2024,general,Sherrod Brown,12,1,10,tonight,https://r.example,,", "not a date"),
    ("narnia-2024,general,Sherrod Brown,12,1,10,2024-11-05T20:00:00,https://r.example,,", "unknown race"),
])
async def test_a_bad_row_rejects_the_file_with_its_line(ohio: Database, tmp_path: Path, row: str,
                                                        message: str) -> None:
    good = "ohio-u-s-senate-class-i-2024,general,Bernie Moreno,10,1,10,2024-11-05T20:00:00,https://r.example,,"
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + good + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match=message) as rejected:
        await import_results(ohio, str(path))
    assert rejected.value.line in (2, 3)
    assert (await ask(ohio, "who is winning in ohio")).title.startswith("Who is ahead")  # still the polls
