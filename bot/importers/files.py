"""Importing a file: parse and validate it (any format), then write it in one transaction, all or nothing."""

from __future__ import annotations

import asyncio
import csv
import os
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import aclosing
from pathlib import Path
from typing import TypeVar

from bot.db.change_log import record_import
from bot.db.database import Database, bump_data_version
from bot.errors import ImportRejected
from bot.importers import parse_process
from bot.importers.formats import ParseOptions, detect_format
from bot.importers.polls_538 import stream_538
from bot.importers.records import ParsedFile
from bot.importers.writing.summary import ImportSummary
from bot.importers.writing.tables import ANALYZE_AFTER_ROWS, TABLES_WRITTEN
from bot.importers.writing.writer import ImportWriter

REPORT_COLUMNS = ("file", "line", "column", "value", "action")

Progress = Callable[[str], None]
T = TypeVar("T")
# Batches parsed ahead of the one being written: enough to keep the parse busy while the writer waits for the
# database (PostgreSQL's COPY, SQLite's inserts), few enough to keep memory flat (polls_538.BATCH_ROWS rows each).
READ_AHEAD = 4
# From a parse process, which parses the next batch meanwhile (and sends it when this one is taken).
PROCESS_READ_AHEAD = 2


def parse_file(path: str, data: bytes | None = None, *, origin: str | None = None,
               progress: Progress | None = None, strict: bool = False) -> ParsedFile:
    """Parse and validate a file without touching the database; ImportRejected names the line.

    With `strict`, a malformed optional cell that would be repaired (and reported) rejects the file instead. The
    format is the registry's (bot.importers.formats); a results file is imported by import_results instead."""
    name = str(path)
    try:
        raw = Path(name).read_bytes() if data is None else data
    except OSError as exc:
        raise ImportRejected(name, f"cannot read the file ({exc.strerror or exc})") from None
    file_format = detect_format(name, raw)
    if file_format.results:
        raise ImportRejected(name, f"a {file_format.name}: a count of votes, imported by `racebot import` as one")
    parsed = file_format.parse(name, raw, ParseOptions(origin=origin, progress=progress, strict=strict))
    assert isinstance(parsed, ParsedFile)
    return parsed


async def import_file(db: Database, path: str, data: bytes | None = None, *, origin: str | None = None,
                      progress: Progress | None = None, strict: bool = False,
                      on_read: Callable[[int], None] | None = None) -> ImportSummary:
    """Import one file in one transaction: all of it, or (ImportRejected) nothing. A 538 polls CSV is read, checked
    and written a batch at a time inside that transaction, so memory stays flat however long the file."""
    summary = ImportSummary(path=str(path))
    # Parsing is CPU work: off the event loop, so a bot importing a large file keeps answering; a long file in a
    # process of its own, so that it also runs beside the writer.
    in_process = _size(path, data) >= parse_process.PROCESS_BYTES
    parse = parse_process.stream_in_process if in_process else stream_538
    batches = await asyncio.to_thread(parse, str(path), data, origin=origin, progress=progress, strict=strict,
                                      on_read=on_read)
    try:
        return await _write(db, summary, batches, path, data, origin=origin, progress=progress, strict=strict,
                            ahead=PROCESS_READ_AHEAD if in_process else READ_AHEAD)
    finally:
        close = getattr(batches, "close", None)
        if close is not None:  # ends a parse process that is still going (the writer failed)
            close()


def _size(path: str, data: bytes | None) -> int:
    """The size of a polls CSV (0 for any other file, or one that cannot be read: the parse says why)."""
    if Path(path).suffix.lower() != ".csv":
        return 0
    if data is not None:
        return len(data)
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


async def _write(db: Database, summary: ImportSummary, batches: Iterator[ParsedFile] | None, path: str,
                 data: bytes | None, *, origin: str | None, progress: Progress | None, strict: bool,
                 ahead: int) -> ImportSummary:
    if batches is None:
        parsed = await asyncio.to_thread(parse_file, path, data, origin=origin, progress=progress, strict=strict)
        batches = iter([parsed])
        if progress:
            polls = sum(len(r.polls) for r in parsed.races)
            progress(f"{path}: writing {polls:,} polls, {len(parsed.endorsements):,} endorsements")
    async with db.sessions.begin() as session:
        writer = ImportWriter(session, summary, origin)
        async with aclosing(read_ahead(batches, ahead)) as parsed:  # closed here, also when a batch fails
            async for batch in parsed:
                summary.repairs.extend(batch.repairs)
                await writer.write(batch)
        if summary.changed:
            await bump_data_version(session)
            await record_import(session, file=str(path), origin=origin, counts=summary.changes(),
                                race_ids=writer.tx.races_changed)
    if summary.rows_changed >= ANALYZE_AFTER_ROWS:
        await db.refresh_statistics(TABLES_WRITTEN)
    return summary


async def read_ahead(batches: Iterator[T], ahead: int = READ_AHEAD) -> AsyncIterator[T]:
    """The batches of a parse, read in a thread while earlier ones are written: parsing (Python) goes on while the
    writer waits for the database. `ahead` batches ahead at most (done and waiting, or being read), so memory
    stays flat; a parse error comes out where its batch would have."""
    done: asyncio.Queue[tuple[T | None, BaseException | None]] = asyncio.Queue(maxsize=ahead - 1)
    stop = asyncio.Event()

    async def read() -> None:
        while not stop.is_set():
            try:
                batch = await asyncio.to_thread(next, batches, None)
            except Exception as exc:  # handed to the writer's side, which raises it
                await done.put((None, exc))
                return
            await done.put((batch, None))
            if batch is None:
                return

    reader = asyncio.create_task(read())
    try:
        while True:
            batch, error = await done.get()
            if error is not None:
                raise error
            if batch is None:
                return
            yield batch
    finally:
        # A thread cannot be cancelled: the reader ends after the batch it is reading, with nothing left waiting.
        stop.set()
        while not reader.done():
            while not done.empty():
                done.get_nowait()
            await asyncio.wait({reader}, timeout=0.05)


async def import_paths(db: Database, paths: Sequence[str | Path],
                       progress: Progress | None = None) -> list[ImportSummary]:
    """Import several files, each in its own transaction; stops at the first rejected file."""
    return [await import_file(db, str(p), progress=progress) for p in paths]


def write_repair_report(path: str | Path, summaries: Sequence[ImportSummary]) -> int:
    """Write every repaired cell of the imported files as CSV (file,line,column,value,action); returns how many."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(REPORT_COLUMNS)
        for summary in summaries:
            for repair in summary.repairs:
                writer.writerow((summary.path, repair.line, repair.column, repair.value, repair.action))
                count += 1
    return count
