"""Reads of a count's areas: its votes by area and vote type (all of them, one county's, or summed by candidate), the
names of its areas (of many counts in one read), and its turnout by area. A national county file's presidential count
of a big state has thousands of rows: a question about one county reads that county's."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select

from bot.db.models import AreaCount, AreaTurnout, ResultSnapshot
from bot.db.queries import Execute, RowSource, run_reads
from bot.db.views import AreaNameView, AreaTotalView, AreaTurnoutView, AreaVotesView

CHUNK = 500  # counts per IN (...) list

_AREA_VOTES = (select(AreaCount.candidate_id, AreaCount.county, AreaCount.precinct, AreaCount.vote_type,
                      AreaCount.votes).where(AreaCount.snapshot_id == bindparam("snapshot_id")))
# A candidate's votes in each area, every vote type summed: a quarter of a count's rows where it splits them by four
# types; each area's candidates in the order of their first row, as the rows themselves come.
_AREA_TOTALS = (select(AreaCount.candidate_id, AreaCount.county, AreaCount.precinct,
                       func.sum(AreaCount.votes).label("votes"))
                .where(AreaCount.snapshot_id == bindparam("snapshot_id"))
                .group_by(AreaCount.county, AreaCount.precinct, AreaCount.candidate_id)
                .order_by(AreaCount.county, AreaCount.precinct, func.min(AreaCount.id)))
_COUNTY_VOTES = _AREA_VOTES.where(AreaCount.county == bindparam("county"))
# Each area of some counts once (the index on snapshot and county, then the precinct: a county file has none).
_AREA_NAMES = (select(AreaCount.snapshot_id, AreaCount.county, AreaCount.precinct).distinct()
               .where(AreaCount.snapshot_id.in_(bindparam("snapshot_ids", expanding=True))))
_AREA_TURNOUT = (select(AreaTurnout.county, AreaTurnout.precinct, AreaTurnout.registered, AreaTurnout.ballots_cast,
                        AreaTurnout.total_votes).where(AreaTurnout.snapshot_id == bindparam("snapshot_id")))


async def area_votes(session: RowSource, snapshot_id: int) -> list[AreaVotesView]:
    """A count's votes by area and vote type (none for a count kept for its whole area only)."""
    def plan(execute: Execute) -> list[AreaVotesView]:
        return [AreaVotesView(row.candidate_id, row.county, row.precinct, row.vote_type, row.votes)
                for row in execute(_AREA_VOTES, {"snapshot_id": snapshot_id})]
    return await run_reads(session, plan)


async def area_totals(session: RowSource, snapshot_id: int) -> list[AreaTotalView]:
    """A count's votes by area and candidate, its vote types summed."""
    def plan(execute: Execute) -> list[AreaTotalView]:
        return [AreaTotalView(row.candidate_id, row.county, row.precinct, int(row.votes))
                for row in execute(_AREA_TOTALS, {"snapshot_id": snapshot_id})]
    return await run_reads(session, plan)


async def county_votes(session: RowSource, snapshot_id: int, county: str) -> list[AreaVotesView]:
    """A count's votes in one county (and its precincts), by vote type: a few rows of a count of thousands."""
    def plan(execute: Execute) -> list[AreaVotesView]:
        return [AreaVotesView(row.candidate_id, row.county, row.precinct, row.vote_type, row.votes)
                for row in execute(_COUNTY_VOTES, {"snapshot_id": snapshot_id, "county": county})]
    return await run_reads(session, plan)


async def area_names(session: RowSource, snapshot_ids: list[int]) -> dict[int, list[AreaNameView]]:
    """The areas of some counts, each county and precinct once, in one read: which count has the area asked of."""
    def plan(execute: Execute) -> dict[int, list[AreaNameView]]:
        found: dict[int, list[AreaNameView]] = {snapshot_id: [] for snapshot_id in snapshot_ids}
        for chunk in (snapshot_ids[i:i + CHUNK] for i in range(0, len(snapshot_ids), CHUNK)):
            for row in execute(_AREA_NAMES, {"snapshot_ids": chunk}):
                found[row.snapshot_id].append(AreaNameView(row.county, row.precinct))
        return found
    return await run_reads(session, plan)


async def area_turnout(session: RowSource, snapshot_id: int) -> list[AreaTurnoutView]:
    """A count's turnout by area, where its file gives one."""
    def plan(execute: Execute) -> list[AreaTurnoutView]:
        return [AreaTurnoutView(row.county, row.precinct, row.registered, row.ballots_cast, row.total_votes)
                for row in execute(_AREA_TURNOUT, {"snapshot_id": snapshot_id})]
    return await run_reads(session, plan)


_KNOWN_AREAS = select(AreaCount.county, AreaCount.precinct).distinct()
_COUNTED_COUNTIES = select(ResultSnapshot.area).where(ResultSnapshot.area.is_not(None)).distinct()


async def known_areas(session: RowSource) -> list[tuple[str, str | None]]:
    """Every county and precinct some count has, as (county, precinct or None); the counties of counties' files."""
    def plan(execute: Execute) -> list[tuple[str, str | None]]:
        names = {(row.county, row.precinct) for row in execute(_KNOWN_AREAS, None)}
        names |= {(row.area, None) for row in execute(_COUNTED_COUNTIES, None)}
        return sorted(names, key=lambda pair: (pair[0], pair[1] or ""))
    return await run_reads(session, plan)
