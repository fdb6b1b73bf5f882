"""Election results a file gives (a race's final votes and shares by stage and candidate, and a stage's turnout):
added or updated."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import ElectionResult, Race, StageTurnout
from bot.importers.records import RaceData
from bot.importers.writing.tables import CandidateIndex, WriteSession


class ElectionResultWriter:
    """Loads a race's stored results and adds or updates the file's, one row per (stage, candidate)."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx

    async def write(self, race: Race, index: CandidateIndex, data: RaceData) -> None:
        """Add the results of `data` that are new and update the stored ones whose figures or source changed."""
        await self._write_turnouts(race, data)
        if not data.results:
            return
        tx = self.tx
        existing = {
            (r.stage, r.candidate_id): r
            for r in await tx.session.scalars(select(ElectionResult).where(ElectionResult.race_id == race.id))
        }
        for rec in data.results:
            candidate_id = index.find(rec.candidate)
            assert candidate_id is not None
            values = {"votes": rec.votes, "pct": rec.pct, "source_id": tx.source_ids[rec.source.url]}
            row = existing.get((rec.stage, candidate_id))
            if row is None:
                row = ElectionResult(race_id=race.id, stage=rec.stage, candidate_id=candidate_id, **values)
                tx.session.add(row)
                await tx.session.flush()
                tx.summary.add("results", "added")
                tx.changed("result", "added", race.id, row.id)
            else:
                changes = {k: v for k, v in values.items() if getattr(row, k) != v}
                for key, value in changes.items():
                    setattr(row, key, value)
                tx.summary.add("results", "updated" if changes else "unchanged")
                if changes:
                    tx.changed("result", "updated", race.id, row.id)
        await tx.session.flush()

    async def _write_turnouts(self, race: Race, data: RaceData) -> None:
        """Add the stages' turnouts that are new and update those whose figures or source changed."""
        if not data.turnouts:
            return
        tx = self.tx
        existing = {t.stage: t for t in await tx.session.scalars(select(StageTurnout)
                                                                 .where(StageTurnout.race_id == race.id))}
        for rec in data.turnouts:
            values = {"registered": rec.registered, "ballots_cast": rec.ballots_cast, "pct": rec.pct,
                      "source_id": tx.source_ids[rec.source.url]}
            row = existing.get(rec.stage)
            if row is None:
                row = StageTurnout(race_id=race.id, stage=rec.stage, **values)
                tx.session.add(row)
                await tx.session.flush()
                tx.summary.add("turnouts", "added")
                tx.races_changed.add(race.id)
                continue
            changes = {k: v for k, v in values.items() if getattr(row, k) != v}
            for key, value in changes.items():
                setattr(row, key, value)
            tx.summary.add("turnouts", "updated" if changes else "unchanged")
            if changes:
                tx.races_changed.add(race.id)
        await tx.session.flush()
