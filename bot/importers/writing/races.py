"""The races a file describes, with their stages: added, or updated where the file differs from what is stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.db.models import Race, RaceStage
from bot.errors import ImportRejected
from bot.importers.records import RaceData, RaceRecord
from bot.importers.writing.tables import WriteSession, changed_fields


def race_values(rec: RaceRecord) -> dict[str, Any]:
    """The columns of a race row, from its record."""
    s = rec.structure
    assert s is not None  # RaceRecord infers it
    return {
        "slug": rec.slug, "name": rec.name, "office": rec.office, "office_type": rec.office_type,
        "jurisdiction": rec.jurisdiction, "state": rec.state, "cycle": rec.cycle,
        "nonpartisan": rec.nonpartisan, "places": list(rec.places),
        "office_kind": s.office_kind, "state_code": s.state_code, "locality": s.locality, "district": s.district,
        "seat_class": s.seat_class, "special": s.special,
    }


class RaceWriter:
    """Loads the races a file names and adds or updates the ones it describes (a race is counted once per file,
    however many batches name it)."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx
        self._counted: set[str] = set()  # slugs counted in the summary by an earlier batch
        self._changed: set[str] = set()  # slugs of the races this batch adds or updates (their ids come at flush)

    async def write(self, datas: list[RaceData]) -> dict[str, Race]:
        """The races of `datas` by slug, stored, with the file's changes applied; a race the file only names must
        exist already."""
        races = await self._load([d.slug for d in datas])
        for data in datas:
            race = races.get(data.slug)
            if data.race is None:
                if race is None:
                    raise ImportRejected(self.tx.summary.path, f"unknown race {data.slug!r}")
                continue
            races[data.slug] = self._apply(race, data.slug, data.race)
        await self.tx.session.flush()
        self.tx.races_changed.update(races[slug].id for slug in self._changed)
        self._changed.clear()
        await self.tx.hold(Race, [race.id for race in races.values()])
        return races

    async def _load(self, slugs: list[str]) -> dict[str, Race]:
        races: dict[str, Race] = {}
        for matching in self.tx.matching(Race.slug, slugs):
            stmt = select(Race).where(matching).options(selectinload(Race.stages))
            for race in await self.tx.session.scalars(stmt):
                races[race.slug] = race
        return races

    def _apply(self, race: Race | None, slug: str, rec: RaceRecord) -> Race:
        """The race of `rec`: a new one added to the session, or the stored one changed as the file says."""
        first_time = slug not in self._counted
        self._counted.add(slug)
        if race is None:
            race = Race(**race_values(rec), stages=[])
            self.tx.session.add(race)
            self.tx.summary.add("races", "added")
            self._changed.add(slug)
        else:
            changes = changed_fields(race, race_values(rec))
            for key, value in changes.items():
                setattr(race, key, value)
            if changes:
                self._changed.add(slug)
            if first_time:
                self.tx.summary.add("races", "updated" if changes else "unchanged")
        known = {s.stage: s for s in race.stages}
        for stage, when in rec.stages.items():
            if stage not in known:
                race.stages.append(RaceStage(stage=stage, date=when))
            elif known[stage].date != when:
                known[stage].date = when
        return race
