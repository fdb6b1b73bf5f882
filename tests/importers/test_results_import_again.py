"""A results file imported again changes nothing and says so, however its contests name their races (a state's one
House seat written as district 1, as MEDSL's county files of the benchmark write it); a file that fails part way
leaves nothing of it written, even after batches of its contests went to the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.database import Database
from bot.db.models import Race
from bot.errors import ImportRejected
from bot.importers import results_import
from bot.importers.results_import import import_results
from tests.conftest import snapshot
from tests.factories import MedslContest, write_medsl_county

COUNTY_CONTESTS: list[MedslContest] = [
    (2022, "WY", "WYOMING", "US HOUSE", "001", [("HAGEMAN, HARRIET M.", "REPUBLICAN"), ("GRADY, LYNNETTE", "DEMOCRAT")],
     ["ALBANY", "CARBON"]),
    (2022, "CO", "COLORADO", "US HOUSE", "001", [("DEGETTE, DIANA", "DEMOCRAT"), ("JONES, JENNIFER", "REPUBLICAN")],
     ["DENVER"]),
    (2022, "CO", "COLORADO", "US HOUSE", "002", [("NEGUSE, JOE", "DEMOCRAT"), ("DAWSON, MARSHALL", "REPUBLICAN")],
     ["BOULDER"]),
    (2020, "WY", "WYOMING", "US PRESIDENT", "000", [("TRUMP, DONALD J.", "REPUBLICAN"),
                                                   ("BIDEN, JOSEPH R. JR", "DEMOCRAT")], ["ALBANY", "CARBON"]),
]


@pytest.fixture
def county_file(tmp_path: Path) -> Path:
    return write_medsl_county(tmp_path / "county_returns.csv", COUNTY_CONTESTS)


async def test_a_county_file_imported_again_changes_nothing_and_says_so(empty_db: Database, county_file: Path) -> None:
    first = await import_results(empty_db, str(county_file), create_races=True)
    assert len(first.recorded) == 4 and len(first.created_races) == 4
    async with empty_db.session() as session:
        wyoming = await session.scalar(select(Race).where(Race.state_code == "WY", Race.office_kind == "house"))
    assert wyoming is not None and wyoming.district == "at-large"  # the state's one seat, though the file says 001
    before = await snapshot(empty_db)
    again = await import_results(empty_db, str(county_file), create_races=True)
    assert not again.changed and not again.created_races and len(again.unchanged) == 4
    assert again.lines()[0].endswith("0 new count(s), 4 already recorded, 0 contest(s) not mapped to a race")
    assert await snapshot(empty_db) == before


async def test_a_file_failing_after_written_batches_leaves_nothing_of_it(
        empty_db: Database, county_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    await import_results(empty_db, str(county_file), create_races=True)
    before = await snapshot(empty_db)
    monkeypatch.setattr(results_import, "FLUSH_CONTESTS", 1)  # each contest's count written before the next one
    named = tmp_path / "named.csv"
    named.write_text("race,stage,candidate,votes,reported,expected,time,source_url,called,certified\n"
                     "wyoming-u-s-house-district-1-2022,general,Harriet M. Hageman,10,1,2,2022-11-09T20:00:00,"
                     "https://r.example,,\n"
                     "no-such-race-2022,general,Someone Else,10,1,2,2022-11-09T20:00:00,https://r.example,,\n",
                     encoding="utf-8")
    with pytest.raises(ImportRejected, match="no-such-race-2022"):
        await import_results(empty_db, str(named))
    assert await snapshot(empty_db) == before
