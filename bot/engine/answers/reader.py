"""Reads for answering questions: hot rows cached per data version, the rest from the session."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import area_reads, endorsement_queries, queries
from bot.db.queries import FastReads, RowSource
from bot.db.views import (
    AreaNameView,
    AreaTotalView,
    AreaTurnoutView,
    AreaVotesView,
    CandidateProfileView,
    CandidateRaceView,
    CountView,
    ElectionResultView,
    EndorsementView,
    EndorserView,
    PollView,
    RaceView,
    StageTurnoutView,
)
from bot.engine.answers.counts import area_counted
from bot.engine.thresholds import AVERAGE_WINDOW_DAYS
from bot.engine.understanding.race_table import RaceTable
from bot.i18n import ENGLISH, Messages

CACHED_ROWS = 2048  # entries per kind
CACHED_SIZES = {"polls": 512}  # a race's polls are one entry, and a big one


class RowCache:
    """Small LRU caches of read-only ORM rows (detached, fully loaded); cleared when the data changes."""

    def __init__(self, size: int = CACHED_ROWS) -> None:
        self.size = size
        self._entries: dict[str, OrderedDict[Hashable, Any]] = {}
        self._preloaded: dict[str, dict[Hashable, Any]] = {}
        self.races = RaceTable()

    def clear(self) -> None:
        """Forgets every cached row: the data changed."""
        self._entries.clear()
        self._preloaded.clear()
        self.races = RaceTable()

    def preload_races(self, races: dict[int, RaceView]) -> None:
        """Every race, by id and in the table race choice reads."""
        self.preload("race", races)
        self.races = RaceTable.of(races.values())

    def preload(self, kind: str, values: Mapping[Hashable, Any]) -> None:
        """Rows kept for the whole data version, whatever the LRU does: small and needed by most answers."""
        self._preloaded[kind] = dict(values)

    def preloaded(self, kind: str) -> dict[Hashable, Any]:
        """The rows of a kind loaded up front, by key."""
        return self._preloaded.get(kind, {})

    def peek(self, kind: str, key: Hashable) -> Any | None:
        """The cached row of a kind and key, or None when it is not at hand (nothing is loaded)."""
        entries = self._entries.get(kind)
        if entries is None or key not in entries:
            return None
        entries.move_to_end(key)
        return entries[key]

    async def get(self, kind: str, key: Hashable, load: Callable[[], Awaitable[Any]]) -> Any:
        """The row of a kind and key: preloaded, cached, else loaded once by `load` and kept."""
        preloaded = self._preloaded.get(kind)
        if preloaded is not None and key in preloaded:
            return preloaded[key]
        entries = self._entries.setdefault(kind, OrderedDict())
        if key in entries:
            entries.move_to_end(key)
            return entries[key]
        value = await load()
        self.put(kind, key, value)
        return value

    def put(self, kind: str, key: Hashable, value: Any) -> None:
        """Keeps a row read of a kind and key (the least recently used one of the kind goes when it is full)."""
        entries = self._entries.setdefault(kind, OrderedDict())
        entries[key] = value
        entries.move_to_end(key)
        if len(entries) > CACHED_SIZES.get(kind, self.size):
            entries.popitem(last=False)


class Reader:
    """What answering one question reads; the same rows for every question until the data changes. It carries the
    language of the answer being written (`messages`): the reader is made for one question, by one asker."""

    def __init__(self, sessions: Callable[[], AsyncSession], cache: RowCache,
                 fast_reads: FastReads | None = None, messages: Messages = ENGLISH) -> None:
        self._sessions = sessions
        self.messages = messages
        self._session: AsyncSession | None = None  # opened on first use: most answers read only cached rows
        self.cache = cache
        self.fast_reads = fast_reads
        self.area: str | None = None  # the county the question names: its own count stands for the race's

    @property
    def session(self) -> AsyncSession:
        """The session of this reader's reads, opened on first use."""
        if self._session is None:
            self._session = self._sessions()
        return self._session

    @property
    def source(self) -> RowSource:
        """Reads go the quickest way the database has."""
        return self.fast_reads or self.session

    async def close(self) -> None:
        """Closes the session, if one was opened."""
        if self._session is not None:
            await self._session.close()

    def race_table(self) -> RaceTable:
        """Every race, preloaded with the name index for the data version."""
        return self.cache.races

    async def race(self, race_id: int) -> RaceView | None:
        """A race with its stages and candidacies, or None."""
        return await self.cache.get("race", race_id, lambda: queries.race(self.source, race_id))

    async def polls(self, race_id: int) -> Sequence[PollView]:
        """Every poll of a race with its results, oldest first."""
        return await self.cache.get("polls", race_id, lambda: queries.polls(self.source, race_id))

    async def polls_including(self, candidate_id: int, race_ids: tuple[int, ...]) -> dict[int, int]:
        """How many polls of each of some races have a result of the candidate (none: not in the mapping)."""
        return await self.cache.get("polls_including", (candidate_id, race_ids),
                                    lambda: queries.polls_including(self.source, candidate_id, race_ids))

    async def newest_poll(self, race_id: int, pollster: str | None = None) -> PollView | None:
        """The newest poll of a race, by a pollster when one is given, or None. Without a pollster, the newest of a
        race's polls read already, for its average or its history, when they are at hand: a poll always has a date,
        and both are ordered by date and id, so the last of either is the newest (no trip to the database)."""
        if not pollster:
            for kind in ("recent", "polls"):
                read = self.cache.peek(kind, race_id)
                if read is not None:
                    return read[-1] if read else None
        return await self.cache.get("newest", (race_id, (pollster or "").casefold()),
                                    lambda: queries.newest_poll(self.source, race_id, pollster))

    async def recent_polls(self, race_id: int) -> Sequence[PollView]:
        """The polls the average is made of (see bot/engine/answers/average.py), without reading older ones."""
        return await self.cache.get("recent", race_id,
                                    lambda: queries.recent_polls(self.source, race_id, AVERAGE_WINDOW_DAYS))

    async def read_together(self, *, recent_polls: Sequence[int] = (), endorsements_of: Sequence[int] = ()) -> None:
        """Reads in one trip to the database the rows an answer is about to ask for one by one, those of them not
        cached yet: the recent polls of some races, the endorsements of some candidates. A single read is left to be
        made when asked (one trip either way)."""
        wanted = [("recent", race_id, queries.recent_polls_plan(race_id, AVERAGE_WINDOW_DAYS))
                  for race_id in recent_polls if self.cache.peek("recent", race_id) is None]
        wanted += [("endorsements_of", candidate_id, endorsement_queries.endorsements_of_plan(candidate_id))
                   for candidate_id in endorsements_of if self.cache.peek("endorsements_of", candidate_id) is None]
        if len(wanted) < 2:
            return
        found = await queries.run_reads(self.source, queries.together([plan for _kind, _key, plan in wanted]))
        for (kind, key, _plan), rows in zip(wanted, found, strict=True):
            self.cache.put(kind, key, rows)

    async def area_votes(self, snapshot_id: int) -> Sequence[AreaVotesView]:
        """A count's votes by area and vote type."""
        return await self.cache.get("area_votes", snapshot_id, lambda: area_reads.area_votes(self.source, snapshot_id))

    async def area_totals(self, snapshot_id: int) -> Sequence[AreaTotalView]:
        """A count's votes by area and candidate, its vote types summed."""
        return await self.cache.get("area_totals", snapshot_id,
                                    lambda: area_reads.area_totals(self.source, snapshot_id))

    async def county_votes(self, snapshot_id: int, county: str) -> Sequence[AreaVotesView]:
        """A count's votes in one county (and its precincts) by vote type; the whole count's rows when they are at
        hand."""
        rows = self.cache.peek("area_votes", snapshot_id)
        if rows is not None:
            return [row for row in rows if row.county == county]
        return await self.cache.get("county_votes", (snapshot_id, county),
                                    lambda: area_reads.county_votes(self.source, snapshot_id, county))

    async def area_names(self, snapshot_ids: Sequence[int]) -> dict[int, Sequence[AreaNameView]]:
        """The areas of some counts (each county and precinct once); those not at hand read together."""
        found = {i: self.cache.peek("area_names", i) for i in dict.fromkeys(snapshot_ids)}
        missing = [i for i, names in found.items() if names is None]
        if missing:
            for snapshot_id, names in (await area_reads.area_names(self.source, missing)).items():
                self.cache.put("area_names", snapshot_id, names)
                found[snapshot_id] = names
        return found

    async def area_turnout(self, snapshot_id: int) -> Sequence[AreaTurnoutView]:
        """A count's turnout by area."""
        return await self.cache.get("area_turnout", snapshot_id,
                                    lambda: area_reads.area_turnout(self.source, snapshot_id))

    async def known_areas(self) -> Sequence[tuple[str, str | None]]:
        """Every county and precinct some count has: (county, precinct or None)."""
        return await self.cache.get("known_areas", 0, lambda: area_reads.known_areas(self.source))

    def current_counts(self, race_id: int) -> Sequence[CountView]:
        """The newest results snapshot of each stage of a race, preloaded with the data version (a new count is
        an import, which makes a new version); with a county named whose own file was counted, that county's
        counts ("cameron county pa trump votes": Cameron County's count, not the state's)."""
        counts = self.cache.preloaded("counts").get(race_id, ())
        if self.area and any(c.area for c in counts):
            own = [c for c in counts if c.area and area_counted(self.area, [c])]
            if own:
                return own
        return counts

    def counted_race_ids(self) -> set[int]:
        """The races that have a current count (see current_counts): those whose counts may be read."""
        return {race_id for race_id, counts in self.cache.preloaded("counts").items() if counts}

    async def election_results(self, race_id: int) -> Sequence[ElectionResultView]:
        """The final results of a race, by stage."""
        return await self.cache.get("results", race_id, lambda: queries.election_results(self.source, race_id))

    async def stage_turnouts(self, race_id: int) -> Sequence[StageTurnoutView]:
        """The turnouts a race's sources state, by stage."""
        return await self.cache.get("turnouts", race_id, lambda: queries.stage_turnouts(self.source, race_id))

    async def endorsements_of(self, candidate_id: int) -> Sequence[EndorsementView]:
        """The endorsements of a candidate, with their endorsers and sources."""
        return await self.cache.get("endorsements_of", candidate_id,
                                    lambda: endorsement_queries.endorsements_of(self.source, candidate_id))

    async def endorsements_by(self, endorser_id: int) -> Sequence[EndorsementView]:
        """The endorsements an endorser made, with the candidates, races and sources."""
        return await self.cache.get("endorsements_by", endorser_id,
                                    lambda: endorsement_queries.endorsements_by(self.source, endorser_id))

    async def candidate(self, candidate_id: int, race_ids: tuple[int, ...] = ()) -> CandidateProfileView | None:
        """A candidate with their races: from the preloaded races when their ids are known, else queried."""
        links = []
        for race_id in race_ids:
            race = await self.race(race_id)
            links += [(c, race) for c in (race.candidacies if race else ()) if c.candidate_id == candidate_id]
        if links and len(links) == len(race_ids):
            person = links[0][0].candidate
            return CandidateProfileView(person.id, person.name, person.aliases, person.party, person.description,
                                        tuple(CandidateRaceView(c.status, race) for c, race in links))
        return await self.cache.get("candidate", candidate_id, lambda: queries.candidate(self.source, candidate_id))

    async def endorser(self, endorser_id: int) -> EndorserView | None:
        """An endorser, or None."""
        return await self.cache.get("endorser", endorser_id,
                                    lambda: endorsement_queries.endorser(self.source, endorser_id))

    async def default_race_id(self, guild_id: int) -> int | None:
        """The race a server's questions are about when they name none, or None."""
        return await queries.default_race_id(self.source, guild_id)  # settings change at any time: not cached

    async def race_labels(self, race_ids: list[int] | None, limit: int) -> list[tuple[str, str]]:
        """(name, slug) of the races given, or of every race, at most `limit`."""
        return await queries.race_labels(self.source, race_ids, limit)
