"""Endorsements and their endorsers, by (endorser, candidate, race, date): loaded, compared (pure diffs) and written
in bulk. An endorser may endorse a candidate of a race more than once (a newspaper's primary and general
endorsements), each on its own day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select, update

from bot.db.models import Candidacy, Candidate, Endorsement, Endorser, Race
from bot.errors import ImportRejected
from bot.importers.records import EndorsementRecord
from bot.importers.writing.tables import CandidateIndex, RowDiff, WriteSession, chunks
from bot.names import fold

EndorsementKey = tuple[str, int, int, dt.date | None]  # folded endorser name, candidate id, race id, date
StoredKey = tuple[int, int, int]  # endorser id, candidate id, race id


def match_endorsements(path: str, records: Iterable[EndorsementRecord], races: dict[str, int],
                       indexes: dict[int, CandidateIndex]) -> tuple[dict[EndorsementKey, EndorsementRecord], int]:
    """Each endorsement's (folded endorser, candidate id, race id, date); an unknown race or candidate rejects the
    file. Returns them and how many repeated an earlier one of the file."""
    wanted: dict[EndorsementKey, EndorsementRecord] = {}
    repeats = 0
    for rec in records:
        race_id = races.get(rec.race)
        if race_id is None:
            raise ImportRejected(path, f"unknown race {rec.race!r}", rec.line)
        candidate_id = indexes[race_id].find(rec.candidate)
        if candidate_id is None:
            raise ImportRejected(path, f"{rec.candidate!r} is not a candidate in {rec.race!r}", rec.line)
        key = (fold(rec.endorser), candidate_id, race_id, rec.date)
        if key in wanted:
            repeats += 1
            continue
        wanted[key] = rec
    return wanted, repeats


def diff_endorsers(records: Iterable[EndorsementRecord],
                   stored: dict[str, tuple[int, str, list[str], str | None]]) -> RowDiff:
    """New endorsers (the first record naming each), and what the file changes of known ones (id, kind, aliases,
    description by folded name): their kind, description and more aliases, never fewer."""
    diff = RowDiff()
    seen: set[str] = set()
    for rec in records:
        folded = fold(rec.endorser)
        if folded in seen:
            continue
        seen.add(folded)
        known = stored.get(folded)
        if known is None:
            diff.added.append({"name": rec.endorser, "kind": rec.endorser_type,
                               "description": rec.endorser_description, "aliases": list(rec.endorser_aliases)})
            continue
        endorser_id, kind, aliases, description = known
        merged = list(dict.fromkeys([*(aliases or []), *rec.endorser_aliases]))
        changes = {k: v for k, v in (("kind", rec.endorser_type), ("aliases", merged),
                                     ("description", rec.endorser_description))
                   if v is not None and {"kind": kind, "aliases": aliases, "description": description}[k] != v}
        if changes:
            diff.updated.append({"id": endorser_id, **changes})
        else:
            diff.unchanged += 1
    return diff


def diff_endorsements(wanted: dict[EndorsementKey, EndorsementRecord], endorser_ids: dict[str, int],
                      existing: dict[StoredKey, list[tuple[Any, ...]]], source_ids: dict[str, int]) -> RowDiff:
    """Compare a file's endorsements with the stored ones (id, date, quote, source id) of each (endorser, candidate,
    race): one of the same day is the same endorsement; a file's endorsement of another day takes the place of a
    stored one of a day the file does not name (a corrected date), else it is another endorsement."""
    diff = RowDiff()
    grouped: dict[StoredKey, list[EndorsementRecord]] = defaultdict(list)
    for (folded, candidate_id, race_id, _), rec in wanted.items():
        grouped[(endorser_ids[folded], candidate_id, race_id)].append(rec)
    for key, records in grouped.items():
        stored = existing.get(key, [])
        days = {rec.date for rec in records}
        by_day = {row[1]: row for row in stored}
        spare = iter([row for row in stored if row[1] not in days])
        for rec in records:
            values = {"date": rec.date, "quote": rec.quote, "source_id": source_ids[rec.source.url]}
            old = by_day.get(rec.date) or next(spare, None)
            if old is None:
                diff.added.append({"endorser_id": key[0], "candidate_id": key[1], "race_id": key[2], **values})
            elif old[1:] != (values["date"], values["quote"], values["source_id"]):
                diff.updated.append({"id": old[0], "race_id": key[2], **values})
            else:
                diff.unchanged += 1
    return diff


class EndorsementWriter:
    """Loads, compares and writes a file's endorsers, then its endorsements."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx

    async def write(self, records: list[EndorsementRecord]) -> None:
        """Endorsements by (endorser, candidate, race, date): loaded, compared (pure diffs) and written in bulk."""
        if not records:
            return
        tx = self.tx
        races, indexes = await self._load_candidates_of(sorted({rec.race for rec in records}))
        wanted, repeats = match_endorsements(tx.summary.path, records, races, indexes)
        tx.summary.add("endorsements", "unchanged", repeats)  # the same endorsement twice in one file
        stored = {fold(e.name): e for e in await tx.session.scalars(select(Endorser))}
        endorsers = diff_endorsers(wanted.values(), {f: (e.id, e.kind, e.aliases, e.description)
                                                     for f, e in stored.items()})
        endorser_ids = {folded: e.id for folded, e in stored.items()}
        endorser_ids.update(await self._apply_endorsers(endorsers))
        existing = await self._load_endorsements(sorted(set(races.values())))
        diff = diff_endorsements(wanted, endorser_ids, existing, tx.source_ids)
        await self._apply_endorsements(diff)

    async def _load_candidates_of(self, slugs: list[str]) -> tuple[dict[str, int], dict[int, CandidateIndex]]:
        """The ids of these races by slug, and each race's candidates by name and alias."""
        races: dict[str, int] = {}
        for matching in self.tx.matching(Race.slug, slugs):
            races.update((row.slug, row.id) for row in await self.tx.session.execute(
                select(Race.id, Race.slug).where(matching)))
        indexes = {race_id: CandidateIndex() for race_id in races.values()}
        for matching in self.tx.matching(Candidacy.race_id, list(indexes)):
            rows = await self.tx.session.execute(
                select(Candidacy.race_id, Candidate.id, Candidate.name, Candidate.aliases)
                .join(Candidate, Candidate.id == Candidacy.candidate_id).where(matching))
            for row in rows:
                indexes[row.race_id].add(row.id, row.name, row.aliases)
        return races, indexes

    async def _apply_endorsers(self, diff: RowDiff) -> dict[str, int]:
        """Write an endorsers diff; returns the new endorsers' ids by folded name."""
        ids: dict[str, int] = {}
        for chunk in chunks(diff.added, 1000):
            result = await self.tx.session.execute(insert(Endorser).returning(Endorser.id, Endorser.name),
                                                   list(chunk))
            ids.update((fold(row.name), row.id) for row in result.all())
        for row in diff.updated:
            changes = dict(row)
            await self.tx.session.execute(update(Endorser).where(Endorser.id == changes.pop("id")).values(**changes))
        return ids

    async def _load_endorsements(self, race_ids: list[int]) -> dict[StoredKey, list[tuple[Any, ...]]]:
        """Stored endorsements: (endorser, candidate, race) -> [(id, date, quote, source id)], oldest first."""
        existing: dict[StoredKey, list[tuple[Any, ...]]] = defaultdict(list)
        for matching in self.tx.matching(Endorsement.race_id, race_ids):
            rows = await self.tx.session.execute(
                select(Endorsement.endorser_id, Endorsement.candidate_id, Endorsement.race_id, Endorsement.id,
                       Endorsement.date, Endorsement.quote, Endorsement.source_id)
                .where(matching).order_by(Endorsement.id))
            for row in rows:
                existing[(row.endorser_id, row.candidate_id, row.race_id)].append((row.id, row.date, row.quote,
                                                                                   row.source_id))
        return existing

    async def _apply_endorsements(self, diff: RowDiff) -> None:
        tx = self.tx
        for chunk in chunks(diff.added, 1000):
            result = await tx.session.execute(
                insert(Endorsement).returning(Endorsement.id, Endorsement.race_id), list(chunk))
            for row in result.all():
                tx.changed("endorsement", "added", row.race_id, row.id)
        if diff.updated:
            await tx.session.execute(update(Endorsement), diff.updated)
        for row in diff.updated:
            tx.changed("endorsement", "updated", row["race_id"], row["id"])
        tx.summary.add("endorsements", "added", len(diff.added))
        tx.summary.add("endorsements", "updated", len(diff.updated))
        tx.summary.add("endorsements", "unchanged", diff.unchanged)
