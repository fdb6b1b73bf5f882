"""A long 538 file is parsed in a process of its own: the same records, the same errors and repairs, and the process
never outlives its import."""

from __future__ import annotations

import csv
import multiprocessing
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import Poll, PollResult
from bot.errors import ImportRejected
from bot.importers import import_file, parse_process, polls_538, stream_538
from bot.importers.writing.writer import ImportWriter
from tests.factories import write_538
from tests.importers.test_polls_538_generations import DATA_DIR, REAL_FILES, needs_real_files

HEADER = "poll_id,question_id,pollster,end_date,cycle,office_type,state,candidate_name,party,pct,url\n"


@pytest.fixture
def in_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every polls CSV is parsed in a process of its own, however short."""
    monkeypatch.setattr(parse_process, "PROCESS_BYTES", 0)


async def _count(db: Database, model: type) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


def test_the_process_sends_the_records_the_parse_makes(tmp_path: Path) -> None:
    path = tmp_path / "polls.csv"
    write_538(path, races=3, polls_per_race=25)
    here = list(stream_538(str(path)) or [])
    batches = parse_process.stream_in_process(str(path), None, origin=None, strict=False)
    assert batches is not None
    there = list(batches)
    assert there == here and there[0].races[0].polls[0].results  # records, field for field


def test_a_file_that_is_not_538_polls_is_left_to_the_other_parsers(tmp_path: Path) -> None:
    path = tmp_path / "endorsements.csv"
    path.write_text("race,candidate,endorser,source_url\nla,Karen Bass,Someone,https://x.org\n", encoding="utf-8")
    assert parse_process.stream_in_process(str(path), None, origin=None, strict=False) is None
    assert not multiprocessing.active_children()


async def test_an_import_parsed_in_a_process_stores_what_one_parsed_here_does(empty_db: Database, tmp_path: Path,
                                                                             in_a_process: None) -> None:
    path = tmp_path / "polls.csv"
    rows = write_538(path, races=3, polls_per_race=25)
    summary = await import_file(empty_db, str(path))
    assert summary.counts["polls"].added == 75 and summary.counts["poll results"].added == rows
    assert await _count(empty_db, PollResult) == rows
    assert not multiprocessing.active_children()


async def test_an_upload_parsed_in_a_process_keeps_its_repairs(empty_db: Database, in_a_process: None) -> None:
    data = (HEADER + "1,11,Emerson,6/1/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,48,0\t0\t0\n").encode()
    summary = await import_file(empty_db, "upload.csv", data)
    assert [(r.line, r.column) for r in summary.repairs] == [(2, "url")]
    assert await _count(empty_db, Poll) == 1


async def test_a_fatal_row_found_in_the_process_names_its_line_and_writes_nothing(
        empty_db: Database, tmp_path: Path, in_a_process: None) -> None:
    path = tmp_path / "polls.csv"
    path.write_text(HEADER + "1,11,Emerson,6/1/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,48,\n"
                    + "2,21,Siena,6/9/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,147,\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="pct 147 is not between 0 and 100") as error:
        await import_file(empty_db, str(path))
    assert error.value.line == 3 and error.value.path == str(path)
    assert await _count(empty_db, Poll) == 0
    assert not multiprocessing.active_children()


async def test_the_parse_process_ends_when_the_writer_fails(empty_db: Database, tmp_path: Path, in_a_process: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "polls.csv"
    write_538(path, races=2, polls_per_race=10)

    async def broken(self: ImportWriter, parsed: object) -> None:
        raise OSError("the database went away")

    monkeypatch.setattr(ImportWriter, "write", broken)
    with pytest.raises(OSError, match="went away"):
        await import_file(empty_db, str(path))
    assert not multiprocessing.active_children()


def test_a_parse_process_yields_to_answers_and_dying_is_an_error_not_a_wait(tmp_path: Path) -> None:
    path = tmp_path / "polls.csv"
    rows = write_538(path, races=8, polls_per_race=3000)
    assert rows > 4 * polls_538.BATCH_ROWS  # the parse waits for its reader: killed in the middle of a batch
    batches = parse_process.stream_in_process(str(path), None, origin=None, strict=False)
    assert batches is not None
    next(batches)
    process = multiprocessing.active_children()[0]
    # A bulk job: it gives way to the bot's answers on a busy machine.
    assert os.getpriority(os.PRIO_PROCESS, process.pid) == min(19, os.getpriority(os.PRIO_PROCESS, 0)
                                                               + parse_process.NICENESS)
    process.kill()
    process.join()
    with pytest.raises(RuntimeError, match="stopped"):
        list(batches)


@pytest.mark.parametrize("name", REAL_FILES)
@needs_real_files
def test_each_published_file_crosses_over_record_for_record(name: str) -> None:
    """538's own files (every generation of columns, the senate file's repairs) come out of the process as they
    come out of a parse here."""
    path = str(DATA_DIR / name)
    here = list(stream_538(path) or [])
    batches = parse_process.stream_in_process(path, None, origin=None, strict=False)
    assert batches is not None
    there = list(batches)
    assert there == here
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    assert sum(len(poll.results) for batch in there for data in batch.races for poll in data.polls) == rows
