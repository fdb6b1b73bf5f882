"""A long 538 file parsed in a process of its own, beside the writer.

Parsing and writing are both Python: in one process they take turns on one core (the GIL), and the database waits
for the writer while the writer waits for its turn. In a process of its own the parse runs on another core, and only
the finished batches cross over (pickled through a pipe, so memory stays flat)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from bot.importers.records import ParsedFile, PollRecord, PollResultRecord, RaceData, SourceRecord

PROCESS_BYTES = 16 * 1024 * 1024  # files from this size are parsed in a process of their own
GC_THRESHOLD = 100_000  # allocations between young-generation collections while importing, here and in `racebot import`
# (700 by default)
NICENESS = 10  # the parse yields a core to the bot's answers and `racebot ask` while both want one
POLL_SECONDS = 0.5  # how long a reader waits for the exit code of a parse process that stopped

Message = tuple[str, Any]  # ("start" | "progress" | "read" | "batch" | "error" | "end", value)


def stream_in_process(path: str, data: bytes | None, *, origin: str | None, strict: bool,
                      progress: Callable[[str], None] | None = None,
                      on_read: Callable[[int], None] | None = None) -> Iterator[ParsedFile] | None:
    """The batches of polls_538.stream_538, parsed in another process (None for a file that is not a 538 polls CSV).
    Close the iterator when done with it, also early: that ends the process."""
    context = multiprocessing.get_context("spawn")  # a new interpreter: nothing of the caller's threads or loop
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_parse, args=(sender, path, data, origin, strict, progress is not None,
                                                   on_read is not None), daemon=True, name="racebot-parse")
    process.start()
    # Only the process may hold the sending end: when it dies, even in the middle of a batch, reading ends.
    sender.close()
    try:
        kind, value = _receive(receiver, process)  # first: whether the file is a 538 polls CSV, or why it failed
        if kind == "error":
            raise value
    except BaseException:
        _end(process, receiver)
        raise
    if not value:
        _end(process, receiver)
        return None
    return _batches(receiver, process, progress, on_read)


def _batches(receiver: Connection, process: BaseProcess, progress: Callable[[str], None] | None,
             on_read: Callable[[int], None] | None) -> Iterator[ParsedFile]:
    try:
        while True:
            kind, value = _receive(receiver, process)
            if kind == "batch":
                yield _unpack(value)
            elif kind == "progress" and progress is not None:
                progress(value)
            elif kind == "read" and on_read is not None:
                on_read(value)
            elif kind == "error":
                raise value
            elif kind == "end":
                return
    finally:
        _end(process, receiver)


def _end(process: BaseProcess, receiver: Connection) -> None:
    """Stop the parse (if it is still going: the writer failed, or stopped early) and close its pipe."""
    if process.is_alive():
        process.terminate()
    process.join()
    receiver.close()


def _receive(receiver: Connection, process: BaseProcess) -> Message:
    """The next message of the parse; an error if its process ended without a last word (killed, out of memory).
    The process sends a batch when the last one was read (a pipe holds little), so it is at most a batch ahead of
    the reader, and the reader (files.read_ahead) a few ahead of the writer: memory stays flat."""
    try:
        return receiver.recv()
    except EOFError:
        process.join(POLL_SECONDS)
        raise RuntimeError(f"the parse of the file stopped (its process ended with exit code "
                           f"{process.exitcode})") from None


def _parse(sender: Connection, path: str, data: bytes | None, origin: str | None, strict: bool,
           progress: bool, read: bool) -> None:
    """The parse process: every batch, then "end"; or the error that rejected the file."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])  # a parse makes millions of objects that live on
    if hasattr(os, "nice"):  # a bulk job: on a busy machine, questions come first
        os.nice(NICENESS)
    try:
        from bot.importers.polls_538 import stream_538

        batches = stream_538(path, data, origin=origin, strict=strict,
                             progress=(lambda line: sender.send(("progress", line))) if progress else None,
                             on_read=(lambda done: sender.send(("read", done))) if read else None)
        sender.send(("start", batches is not None))
        for batch in batches or ():
            sender.send(("batch", _pack(batch)))
        sender.send(("end", None))
    except BaseException as exc:  # handed to the writer's side, which raises it
        sender.send(("error", _picklable(exc)))
    finally:
        sender.close()


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"the parse failed: {exc!r}")
    return exc


# A batch crosses over as plain tuples: pickle writes and reads those in C, while a record (a class instance) costs it
# ten times as much, a million times per file.
PackedPoll = tuple[Any, ...]


def _pack(batch: ParsedFile) -> tuple[Any, ...]:
    races = [(data.slug, data.race, data.candidates, data.results, [_pack_poll(poll) for poll in data.polls])
             for data in batch.races]
    return batch.path, races, batch.endorsements, batch.repairs, batch.pollster_aliases


def _pack_poll(poll: PollRecord) -> PackedPoll:
    source = poll.source
    return (poll.key, poll.pollster, poll.end_date,
            (source.url, source.title, source.publisher, source.published, source.note),
            poll.reported, poll.sponsors, poll.start_date, poll.sample_size, poll.population, poll.method, poll.stage,
            poll.note, list(map(tuple, poll.results)), poll.line)


_result = partial(tuple.__new__, PollResultRecord)


def _unpack(packed: tuple[Any, ...]) -> ParsedFile:
    path, races, endorsements, repairs, aliases = packed
    return ParsedFile(path=path, races=[
        RaceData(slug=slug, race=race, candidates=candidates, results=results,
                 polls=[_unpack_poll(poll) for poll in polls])
        for slug, race, candidates, results, polls in races
    ], endorsements=endorsements, repairs=repairs, pollster_aliases=aliases)


def _unpack_poll(packed: PackedPoll) -> PollRecord:
    (key, pollster, end_date, source, reported, sponsors, start_date, sample_size, population, method, stage, note,
     results, line) = packed
    return PollRecord(key=key, pollster=pollster, end_date=end_date, source=SourceRecord(*source), reported=reported,
                      sponsors=sponsors, start_date=start_date, sample_size=sample_size, population=population,
                      method=method, stage=stage, note=note, results=list(map(_result, results)), line=line)
