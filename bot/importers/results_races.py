"""What a results import reads of the database before it maps a file's contests: the stored races that may fit them
and the counts their sources already have, in a few queries for the whole file (a query per contest cost a national
county file thousands of round trips), then matched in memory as the queries matched them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import Candidacy, Race, ResultSnapshot
from bot.importers.clarity import ContestCount
from bot.importers.election_files import measure_of
from bot.names import fold
from bot.races import AT_LARGE, single_seat_state

Place = tuple[str, int, str]  # (state code, cycle, office kind) of a contest


@dataclass(slots=True)
class StoredRaces:
    """The stored races of some states, cycles and offices (with their stages and candidates), and the counts of some
    sources by (race id, stage, source id) -> the moments they were taken."""

    races: dict[Place, list[Race]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[tuple[int, str, int], list[dt.datetime]] = field(default_factory=lambda: defaultdict(list))

    def fitting(self, contest: ContestCount, code: str, cycle: int) -> list[Race]:
        """The stored races a contest may be the count of: its state, cycle and office, its district (a state's one
        seat when it names none or its first), a measure by its name; a Senate seat as special as the contest."""
        if contest.measure:
            name = measure_name(contest)
            return [r for r in self.races.get((code, cycle, "measure"), []) if r.office == name]
        kind = contest.office_kind or ""
        races = [r for r in self.races.get((code, cycle, kind), []) if r.locality is None]
        if kind == "president":  # a state's own vote, or one of its districts' (Maine, Nebraska)
            races = [r for r in races if r.district == contest.district]
        elif kind == "house":
            districts = house_districts(contest.district, code, cycle)
            races = [r for r in races if r.district in districts]
        special = is_special(contest)
        if kind == "senate":  # a state's two Senate seats in one year: the special one only when the contest says so
            return [r for r in races if r.special == special]
        if len(races) > 1:
            races = [r for r in races if r.special == special] or races
        return races

    def add(self, race: Race) -> None:
        """Know a race made by the import, as a stored one."""
        self.races[(race.state_code or "", race.cycle, race.office_kind or "")].append(race)

    def has_count(self, race_id: int, stage: str, source_id: int, taken_at: dt.datetime) -> bool | None:
        """Whether the count is stored: False when the source has none of the race's stage, True when one was taken
        at that moment, None when only the database can tell (another moment, or one stored in another form)."""
        moments = self.counts.get((race_id, stage, source_id))
        if not moments:
            return False
        return True if taken_at in moments else None


def house_districts(district: str | None, code: str, cycle: int) -> tuple[str, ...]:
    """The districts of the races a House contest may be: a state's one seat when it names none; its first district
    in a state that elects its seat at large is that seat (the race is made "at-large" from it)."""
    if not district:
        return (AT_LARGE, "1")
    if district == "1" and single_seat_state(code, cycle):
        return ("1", AT_LARGE)
    return (district,)


def measure_name(contest: ContestCount) -> str:
    """A measure's name as its race's office: "Amendment 79", "Referendum A"."""
    measure = measure_of(contest.text)
    return measure[0] if measure else " ".join(contest.text.split())[:300]


def is_special(contest: ContestCount) -> bool:
    """Whether a contest is a special election: the file says so (MEDSL's `special`), or its words do."""
    if contest.special is not None:
        return contest.special
    return "special" in fold(contest.text).split() or "unexpired" in fold(contest.text).split()


async def load_stored_races(session: AsyncSession, places: Iterable[Place], source_ids: Iterable[int]) -> StoredRaces:
    """The stored races of `places` and the counts `source_ids` already have, in one query each (and the selectin
    loads of the races' stages and candidates)."""
    stored = StoredRaces()
    wanted = set(places)
    if wanted:
        codes, cycles, kinds = ({place[i] for place in wanted} for i in range(3))
        query = (select(Race).options(selectinload(Race.stages),
                                      selectinload(Race.candidacies).selectinload(Candidacy.candidate))
                 .where(Race.state_code.in_(sorted(codes)), Race.cycle.in_(sorted(cycles)),
                        Race.office_kind.in_(sorted(kinds))).order_by(Race.id))
        for race in (await session.scalars(query)).unique():
            place = (race.state_code or "", race.cycle, race.office_kind or "")
            if place in wanted:
                stored.races[place].append(race)
    sources = sorted(set(source_ids))
    if sources:
        query = select(ResultSnapshot.race_id, ResultSnapshot.stage, ResultSnapshot.source_id,
                       ResultSnapshot.taken_at).where(ResultSnapshot.source_id.in_(sources))
        for race_id, stage, source_id, taken_at in await session.execute(query):
            stored.counts[(race_id, stage, source_id)].append(taken_at)
    return stored
