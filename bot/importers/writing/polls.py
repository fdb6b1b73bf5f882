"""Polls and their results, and the other names of pollsters: each loaded, compared (a pure diff) and written in
bulk, the results a batch of polls at a time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from sqlalchemy import insert, select, update

from bot.db.models import Poll, PollResult, PollsterAlias, Race
from bot.errors import ImportRejected
from bot.importers.records import PollRecord
from bot.importers.writing.tables import CandidateIndex, WriteSession, chunks

POLL_FIELDS = ("pollster", "sponsors", "start_date", "end_date", "reported", "sample_size", "population", "method",
               "stage", "note", "source_id")
RESULT_FIELDS = ("pct", "leads", "note", "hypothetical", "ranked_round")
# A new result as the writer inserts it: a tuple of these columns (a million dicts would cost more than the writes).
RESULT_COLUMNS = ("poll_id", "question", "subgroup", "candidate_id", *RESULT_FIELDS)
RESULT_BATCH_POLLS = 2000  # polls whose results are compared and written together
ResultKey = tuple[int, str, str, int]  # poll id, question, subgroup, candidate id
_RESULT_KEY = attrgetter("poll_id", "question", "subgroup", "candidate_id")  # of a stored result's row
_STORED_RESULT = attrgetter("id", *RESULT_FIELDS)


@dataclass(slots=True)
class PollDiff:
    """What a file changes in the polls table."""

    added: list[tuple[int, CandidateIndex, PollRecord, dict[str, Any]]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)  # {"id": ..., the changed fields}
    kept: list[tuple[int, int, CandidateIndex, PollRecord]] = field(default_factory=list)  # id, race id: stored


def poll_values(rec: PollRecord, source_id: int) -> dict[str, Any]:
    """The columns of a poll row a file may change (POLL_FIELDS), from its record."""
    return {
        "pollster": rec.pollster, "sponsors": list(rec.sponsors), "start_date": rec.start_date,
        "end_date": rec.end_date, "reported": rec.reported, "sample_size": rec.sample_size,
        "population": rec.population, "method": rec.method, "stage": rec.stage,
        "note": rec.note, "source_id": source_id,
    }


def diff_polls(wanted: Iterable[tuple[int, CandidateIndex, PollRecord, dict[str, Any]]],
               existing: dict[tuple[int, str], dict[str, Any]]) -> PollDiff:
    """Compare a file's polls (race id, index, record, values) with the stored ones by (race id, key)."""
    diff = PollDiff()
    for race_id, index, rec, values in wanted:
        row = existing.get((race_id, rec.key))
        if row is None:
            diff.added.append((race_id, index, rec, values))
            continue
        changes = {k: v for k, v in values.items() if row[k] != v}
        if changes:
            diff.updated.append({"id": row["id"], **changes})
        diff.kept.append((row["id"], race_id, index, rec))
    return diff


@dataclass(slots=True)
class ResultDiff:
    """What a file changes in the results of some polls."""

    added: list[tuple[Any, ...]] = field(default_factory=list)  # RESULT_COLUMNS
    updated: list[dict[str, Any]] = field(default_factory=list)  # {"id": ..., every RESULT_FIELDS value}
    unchanged: int = 0
    updated_polls: set[int] = field(default_factory=set)  # polls with a result whose figures changed
    grown_polls: set[int] = field(default_factory=set)  # polls with a result that was not there


def diff_results(path: str, polls: Iterable[tuple[int, CandidateIndex, PollRecord]],
                 old: dict[ResultKey, tuple[Any, ...]]) -> ResultDiff:
    """Compare the results of some polls (poll id, the race's candidates, record) with the stored ones."""
    diff = ResultDiff()
    for poll_id, index, rec in polls:
        seen: set[tuple[str, str, int]] = set()
        for res in rec.results:
            candidate_id = index.find(res.candidate)
            if candidate_id is None:  # parsers add every named candidate, so this is a bug, not bad input
                raise RuntimeError(f"candidate {res.candidate!r} was not created")
            if (res.question, res.subgroup, candidate_id) in seen:
                raise ImportRejected(path, f"poll {rec.key}: {res.candidate!r} is named twice in "
                                     f"question {res.question or '(main)'}", rec.line)
            seen.add((res.question, res.subgroup, candidate_id))
            stored = old.get((poll_id, res.question, res.subgroup, candidate_id)) if old else None
            values = (res.pct, res.leads, res.note, res.hypothetical, res.ranked_round)  # as RESULT_FIELDS
            if stored is None:
                diff.added.append((poll_id, res.question, res.subgroup, candidate_id, *values))  # RESULT_COLUMNS
                diff.grown_polls.add(poll_id)
                continue
            if stored[1:] != values:
                diff.updated.append({"id": stored[0], **dict(zip(RESULT_FIELDS, values, strict=True))})
                diff.updated_polls.add(poll_id)
            else:
                diff.unchanged += 1
    return diff


class PollWriter:
    """Loads, compares and writes a file's polls, then their results."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx

    async def write(self, work: list[tuple[Race, CandidateIndex, list[PollRecord]]]) -> None:
        """Polls, then their results: each loaded, compared (a pure diff) and written."""
        tx = self.tx
        existing = await self._load_polls([(race.id, rec.key) for race, _, polls in work for rec in polls])
        wanted = [(race.id, index, rec, poll_values(rec, tx.source_ids[rec.source.url]))
                  for race, index, polls in work for rec in polls]
        diff = diff_polls(wanted, existing)
        new_ids = await self._apply_polls(diff)
        tx.summary.add("polls", "added", len(diff.added))
        tx.summary.add("polls", "updated", len(diff.updated))
        tx.summary.add("polls", "unchanged", len(diff.kept) - len(diff.updated))
        await self._write_results(diff, new_ids)

    async def _write_results(self, diff: PollDiff, new_ids: dict[tuple[int, str], int]) -> None:
        """The results of the file's polls, compared and written a batch of polls at a time (a million rows never
        sit in memory at once); a stored poll whose results changed is an updated poll."""
        tx = self.tx
        kept_ids = {poll_id for poll_id, _, _, _ in diff.kept}
        poll_race = {poll_id: race_id for poll_id, race_id, _, _ in diff.kept}
        changed_polls = {row["id"] for row in diff.updated}
        grown_polls: set[int] = set()
        pairs = [(poll_id, index, rec) for poll_id, _, index, rec in diff.kept]
        pairs += [(new_ids[(race_id, rec.key)], index, rec) for race_id, index, rec, _ in diff.added]
        for batch in chunks(pairs, RESULT_BATCH_POLLS):
            old = await self._load_results([poll_id for poll_id, _, _ in batch if poll_id in kept_ids])
            results = diff_results(tx.summary.path, batch, old)
            await tx.hold(Poll, results.grown_polls & kept_ids)
            await self._apply_results(results)
            tx.summary.add("poll results", "added", len(results.added))
            tx.summary.add("poll results", "updated", len(results.updated))
            tx.summary.add("poll results", "unchanged", results.unchanged)
            changed_polls |= results.updated_polls
            grown_polls |= results.grown_polls & kept_ids
        for poll_id in sorted(changed_polls):
            tx.changed("poll", "updated", poll_race[poll_id], poll_id)
        for poll_id in sorted(grown_polls - changed_polls):
            tx.changed("poll", "updated", poll_race[poll_id], poll_id)

    async def _load_polls(self, keys: list[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
        """The stored polls of these (race id, key)s: their id and the values a file may change. Read by race (an
        index PostgreSQL uses, unlike a list of (race, key) pairs) and filtered here."""
        wanted = set(keys)
        existing: dict[tuple[int, str], dict[str, Any]] = {}
        columns = [Poll.id, Poll.race_id, Poll.key, *(getattr(Poll, name) for name in POLL_FIELDS)]
        async with self.tx.planned_each_time():
            for matching in self.tx.matching(Poll.race_id, sorted({race_id for race_id, _ in wanted})):
                for row in await self.tx.session.execute(select(*columns).where(matching)):
                    values = row._asdict()
                    key = (values.pop("race_id"), values.pop("key"))
                    if key in wanted:
                        existing[key] = values
        return existing

    async def _apply_polls(self, diff: PollDiff) -> dict[tuple[int, str], int]:
        """Write a polls diff; returns the ids of the added polls by (race id, key)."""
        for row in diff.updated:
            changes = dict(row)
            await self.tx.session.execute(update(Poll).where(Poll.id == changes.pop("id")).values(**changes))
        ids = await self.tx.reserve_ids(Poll, len(diff.added))
        rows = [{"id": poll_id, "race_id": race_id, "key": rec.key, **values}
                for poll_id, (race_id, _, rec, values) in zip(ids, diff.added, strict=True)]
        await self.tx.insert_many(Poll, rows)
        new_ids: dict[tuple[int, str], int] = {}
        for row in rows:
            new_ids[(row["race_id"], row["key"])] = row["id"]
            self.tx.changed("poll", "added", row["race_id"], row["id"])
        return new_ids

    async def _load_results(self, poll_ids: list[int]) -> dict[ResultKey, tuple[Any, ...]]:
        """The stored results of these polls: (poll, question, subgroup, candidate) -> (id, *RESULT_FIELDS)."""
        old: dict[ResultKey, tuple[Any, ...]] = {}
        columns = [PollResult.poll_id, PollResult.question, PollResult.subgroup, PollResult.candidate_id,
                   PollResult.id, *(getattr(PollResult, name) for name in RESULT_FIELDS)]
        if not poll_ids:
            return old
        async with self.tx.planned_each_time():
            for matching in self.tx.matching(PollResult.poll_id, poll_ids):
                for row in await self.tx.session.execute(select(*columns).where(matching)):
                    old[_RESULT_KEY(row)] = _STORED_RESULT(row)
        return old

    async def _apply_results(self, diff: ResultDiff) -> None:
        await self.tx.insert_records(PollResult, RESULT_COLUMNS, diff.added)
        if diff.updated:
            await self.tx.session.execute(update(PollResult), diff.updated)


async def write_pollster_aliases(tx: WriteSession, pairs: list[tuple[str, str]]) -> None:
    """Other names of pollsters: added once, never removed (another file may name them too)."""
    if not pairs:
        return
    known = {(row.pollster, row.alias)
             for row in await tx.session.execute(select(PollsterAlias.pollster, PollsterAlias.alias))}
    new = [{"pollster": p, "alias": a} for p, a in dict.fromkeys(pairs) if (p, a) not in known]
    if new:
        await tx.session.execute(insert(PollsterAlias), new)
