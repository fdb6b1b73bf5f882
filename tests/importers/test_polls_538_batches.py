"""A long 538 file is read and written a batch at a time, in one transaction: the same result as all at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.db.database import Database
from bot.db.models import Candidate, DataChange, Poll, PollResult
from bot.errors import ImportRejected
from bot.importers import import_file, polls_538
from tests.conftest import snapshot
from tests.factories import write_538

HEADER = "poll_id,question_id,pollster,end_date,cycle,office_type,state,candidate_name,party,pct\n"


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(polls_538, "BATCH_ROWS", 7)


async def _count(db: Database, model: type, *where: object) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def test_a_file_in_many_batches_imports_as_one(empty_db: Database, tmp_path: Path, small_batches: None) -> None:
    path = tmp_path / "polls.csv"
    rows = write_538(path, races=3, polls_per_race=40)
    summary = await import_file(empty_db, str(path))
    assert summary.counts["races"].added == 3 and summary.counts["races"].unchanged == 0
    assert summary.counts["candidates"].added == 9
    assert summary.counts["polls"].added == 120 and summary.counts["poll results"].added == rows
    assert summary.counts["sources"].added + summary.counts["sources"].unchanged == 120
    assert await _count(empty_db, DataChange, DataChange.kind == "poll") == 120
    again = await import_file(empty_db, str(path))
    assert not again.changed
    assert again.counts["races"].unchanged == 3 and again.counts["polls"].unchanged == 120


async def test_a_fatal_row_in_a_late_batch_leaves_the_database_unchanged(
    db: Database, tmp_path: Path, small_batches: None
) -> None:
    path = tmp_path / "polls.csv"
    write_538(path, races=2, polls_per_race=30)
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = len(lines) - 2
    lines[bad - 1] = lines[bad - 1].replace("/", "-", 1)  # a date no one can read, near the end of the file
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = await snapshot(db)
    with pytest.raises(ImportRejected, match="is not a date") as error:
        await import_file(db, str(path))
    assert error.value.line == bad
    assert await snapshot(db) == before


async def test_a_poll_whose_rows_are_apart_is_one_poll(empty_db: Database, tmp_path: Path,
                                                       small_batches: None) -> None:
    filler = "".join(f"{n},{n}1,B,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,40\n" for n in range(2, 12))
    path = tmp_path / "apart.csv"
    path.write_text(HEADER + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,47\n" + filler
                    + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Bob Ray,REP,44\n", encoding="utf-8")
    summary = await import_file(empty_db, str(path))
    assert summary.counts["polls"].added == 11
    assert await _count(empty_db, PollResult, PollResult.poll_id == select(Poll.id).where(
        Poll.key == "538:1").scalar_subquery()) == 2


async def test_a_question_summing_past_100_across_batches_is_kept_and_reported(empty_db: Database, tmp_path: Path,
                                                                      small_batches: None) -> None:
    filler = "".join(f"{n},{n}1,B,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,40\n" for n in range(2, 12))
    path = tmp_path / "apart.csv"
    path.write_text(HEADER + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,57\n" + filler
                    + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Bob Ray,REP,54\n", encoding="utf-8")
    summary = await import_file(empty_db, str(path))  # its first answer was written with the batch before
    assert [(r.line, r.column, r.value) for r in summary.repairs] == [(13, "pct", "111")]
    assert "kept as published" in summary.repairs[0].action
    assert await _count(empty_db, Poll) == 11


async def test_a_question_far_past_100_is_dropped_and_reported_not_the_file(empty_db: Database,
                                                                           tmp_path: Path) -> None:
    path = tmp_path / "over.csv"
    path.write_text(HEADER + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,57\n"
                    + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Bob Ray,REP,54\n"
                    + "1,12,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,50\n"
                    + "2,21,A,10/7/20,2020,U.S. Senate,Ohio,Bob Ray,REP,44\n", encoding="utf-8")
    summary = await import_file(empty_db, str(path))
    assert [(r.line, r.column, r.value) for r in summary.repairs] == [(3, "pct", "111")]
    assert "question 11" in summary.repairs[0].action and "dropped" in summary.repairs[0].action
    assert await _count(empty_db, Poll) == 2
    assert await _count(empty_db, PollResult) == 2  # question 12 of poll 1, and poll 2


async def test_a_broken_byte_late_in_a_streamed_file_names_its_line(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bytes.csv"
    path.write_bytes((HEADER + "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,47\n").encode()
                     + b"2,21,A,10/6/20,2020,U.S. Senate,Ohio,Bo\x81 Ray,REP,44\n")  # no character in cp1252
    with pytest.raises(ImportRejected, match="not valid UTF-8") as error:
        await import_file(empty_db, str(path))
    assert error.value.line == 3


async def test_a_windows_1252_byte_late_in_a_streamed_file_is_read_so_and_reported(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.importers import textfile

    monkeypatch.setattr(textfile, "READ_REPORT_BYTES", 64)  # blocks of a line or two: the byte is in a late one
    filler = "".join(f"{n},{n}1,B,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,40\n" for n in range(3, 12))
    path = tmp_path / "cp1252.csv"
    path.write_bytes((HEADER + filler).encode() + "2,21,A,10/6/20,2020,U.S. Senate,Ohio,Bo Pe\xf1a,REP,44\n"
                     .encode("cp1252"))
    summary = await import_file(empty_db, str(path))
    assert [(r.line, r.column) for r in summary.repairs] == [((HEADER + filler).count("\n") + 1, "encoding")]
    async with empty_db.session() as session:
        assert await session.scalar(select(func.count()).select_from(PollResult)) == 10
        assert await session.scalar(select(Candidate.name).where(Candidate.name.like("Bo Pe%"))) == "Bo Peña"


async def test_a_large_import_leaves_postgresql_fresh_statistics(empty_db: Database, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Without them (autovacuum may be off, and comes late anyway) the first questions scan whole tables."""
    if empty_db.is_sqlite:
        pytest.skip("SQLite plans without statistics")
    from bot.importers.writing import tables as writer

    monkeypatch.setattr(writer, "ANALYZE_AFTER_ROWS", 100)
    monkeypatch.setattr("bot.importers.files.ANALYZE_AFTER_ROWS", 100)
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_text(HEADER + "1,1,Emerson,6/1/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,48\n", encoding="utf-8")
    write_538(large, races=2, polls_per_race=20)

    async def analyzed() -> set[str]:
        async with empty_db.session() as session:
            rows = await session.execute(text(
                "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                "AND last_analyze IS NOT NULL"))
            return {name for (name,) in rows}

    await import_file(empty_db, str(small))
    assert "poll_result" not in await analyzed()  # a few rows: left to autovacuum
    await import_file(empty_db, str(large))
    assert {"poll", "poll_result", "candidate", "source", "data_change"} <= await analyzed()
