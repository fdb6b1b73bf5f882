"""The 538 polls CSV importer: real-world variations, several races, idempotency and rejections."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import Candidate, Poll, PollResult, Race, RaceStage
from bot.errors import ImportRejected
from bot.importers import import_file
from tests.conftest import snapshot
from tests.factories import COLUMNS_538, write_538


async def count(db: Database, model: type) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_a_538_file_with_several_races_and_thousands_of_rows_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "senate_polls.csv"
    rows = write_538(path, races=4, polls_per_race=250)
    assert rows >= 4000
    summary = await import_file(db, str(path))
    assert summary.counts["races"].added == 4
    assert summary.counts["polls"].added == 1000
    assert summary.counts["poll results"].added == rows
    assert summary.counts["candidates"].added == 12
    async with db.session() as session:
        stages = set(await session.scalars(select(RaceStage.stage)))
        assert {"general", "jungle primary"} <= stages
        questions = await session.scalar(
            select(func.count(func.distinct(PollResult.question))).join(Poll).where(Poll.key.startswith("538:")))
        assert questions == 2000


async def test_reimporting_a_538_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "polls.csv"
    write_538(path, races=3, polls_per_race=100)
    await import_file(db, str(path))
    before = await snapshot(db)
    again = await import_file(db, str(path))
    assert not again.changed
    assert again.counts["polls"].unchanged == 300
    assert await snapshot(db) == before


async def test_candidates_of_a_known_race_are_matched_by_alias(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "la.csv"
    path.write_text(
        "poll_id,pollster,end_date,race,candidate_name,pct,url\n"
        "77,Test Pollster,2022-10-01,la-mayor-2022,kevin de leon,9,https://x.example/77\n"
        "77,Test Pollster,2022-10-01,la-mayor-2022,Caruso,40,https://x.example/77\n"
        "78,Test Pollster,2022-10-09,la-mayor-2022,KDL,8,https://x.example/78\n"
        "78,Test Pollster,2022-10-09,la-mayor-2022,karen bass,44,https://x.example/78\n",
        encoding="utf-8",
    )
    before = await count(db, Candidate)
    summary = await import_file(db, str(path))
    assert await count(db, Candidate) == before
    assert summary.counts["polls"].added == 2
    assert summary.counts["poll results"].added == 4


async def test_a_candidate_named_twice_in_one_question_is_rejected(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "poll_id,pollster,end_date,race,candidate_name,pct\n"
        "77,Test Pollster,2022-10-01,la-mayor-2022,kevin de leon,9\n"
        "77,Test Pollster,2022-10-01,la-mayor-2022,KDL,9\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected, match="named twice") as error:
        await import_file(db, str(path))
    assert error.value.line == 2


async def test_iso_and_us_dates_and_party_columns_are_accepted(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "poll_id,question_id,pollster,start_date,end_date,cycle,office_type,state,candidate_name,candidate_party,"
        "pct,sample_size,notes\n"
        "1,11,A,10/4/20,10/6/20,2020,U.S. President,Ohio,Joe Biden,DEM,47,1000.0,\n"
        "1,11,A,10/4/20,10/6/20,2020,U.S. President,Ohio,Donald Trump,REP,48,1000.0,\n"
        "2,21,B,2020-10-08,2020-10-10,2020,U.S. President,Ohio,Joe Biden,DEM,46,,a note\n",
        encoding="utf-8",
    )
    await import_file(empty_db, str(path))
    async with empty_db.session() as session:
        poll = await session.scalar(select(Poll).where(Poll.key == "538:1"))
        assert poll is not None and str(poll.start_date) == "2020-10-04" and poll.sample_size == 1000
        race = await session.scalar(select(Race))
        assert race is not None and race.slug == "ohio-u-s-president-2020"
        biden = await session.scalar(select(Candidate).where(Candidate.name == "Joe Biden"))
        assert biden is not None and biden.party == "DEM"


@pytest.mark.parametrize(
    ("bad_row", "reason"),
    [
        ("9,91,C,10/4/20,13/45/20,2020,U.S. President,Ohio,Joe Biden,DEM,47", "end_date '13/45/20' is not a date"),
        ("3,31,A,10/4/20,10/32/20,2020,U.S. President,Ohio,Ann Other,IND,1", "end_date '10/32/20' is not a date"),
        ("9,91,C,10/4/20,10/6/20,2020,U.S. President,Ohio,Joe Biden,DEM,147", "pct 147 is not between 0 and 100"),
        ("9,91,C,10/4/20,10/6/20,2020,U.S. President,Ohio,Joe Biden,DEM,abc", "pct 'abc' is not a number"),
        ("9,91,C,10/4/20,10/6/20,twenty,U.S. President,Ohio,Joe Biden,DEM,47", "cycle 'twenty' is not a year"),
        ("9,91,,10/4/20,10/6/20,2020,U.S. President,Ohio,Joe Biden,DEM,47", "missing pollster"),
    ],
)
async def test_a_bad_row_rejects_the_whole_file_and_names_its_line(
    db: Database, tmp_path: Path, bad_row: str, reason: str
) -> None:
    header = "poll_id,question_id,pollster,start_date,end_date,cycle,office_type,state,candidate_name,party,pct\n"
    good = "".join(f"{n},{n}1,A,10/4/20,10/6/20,2020,U.S. President,Ohio,Joe Biden,DEM,47\n" for n in (1, 2, 3))
    good += "3,31,A,10/4/20,10/6/20,2020,U.S. President,Ohio,Donald Trump,REP,44\n"
    path = tmp_path / "bad.csv"
    path.write_text(header + good + bad_row + "\n" + good, encoding="utf-8")
    before = await snapshot(db)
    with pytest.raises(ImportRejected) as error:
        await import_file(db, str(path))
    assert reason in error.value.reason
    assert error.value.line == 6
    assert await snapshot(db) == before


async def test_a_csv_missing_a_required_column_is_rejected(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "nopct.csv"
    path.write_text("poll_id,pollster,end_date,candidate_name,cycle,pct_typo\n1,A,2020-01-01,X,2020,4\n")
    with pytest.raises(ImportRejected, match="unknown CSV"):
        await import_file(empty_db, str(path))
    path.write_text("poll_id,pollster,candidate_name,cycle,pct\n1,A,X,2020,4\n")
    with pytest.raises(ImportRejected, match="missing column 'end_date'") as error:
        await import_file(empty_db, str(path))
    assert error.value.line == 1
    assert await count(empty_db, Race) == 0


async def test_unknown_race_slug_in_a_538_row_rejects_the_file(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "slug.csv"
    path.write_text("poll_id,pollster,end_date,race,candidate_name,pct\n1,A,2022-01-01,no-such-race,X,4\n")
    with pytest.raises(ImportRejected, match="unknown race 'no-such-race'"):
        await import_file(empty_db, str(path))


def test_the_factory_writes_538_column_names() -> None:
    assert {"poll_id", "question_id", "candidate_name", "pct", "sponsors", "notes"} <= set(COLUMNS_538)
