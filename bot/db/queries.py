"""Read queries the engine answers from: typed select() statements, no user text in SQL."""

from __future__ import annotations

import datetime as dt
import sys
from collections import namedtuple
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Executable, Row, Select, bindparam, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import (
    Candidacy,
    Candidate,
    ElectionResult,
    Endorsement,
    Endorser,
    GuildSettings,
    Poll,
    PollResult,
    PollsterAlias,
    Race,
    RaceStage,
    ResultCount,
    ResultSnapshot,
    Source,
    StageTurnout,
)
from bot.db.views import (
    CandidacyView,
    CandidateProfileView,
    CandidateRaceView,
    CandidateView,
    CountView,
    ElectionResultView,
    PollResultView,
    PollView,
    RaceView,
    SourceView,
    StageTurnoutView,
    StageView,
    VoteCountView,
)
from bot.races import RaceStructure

T = TypeVar("T")
Execute = Callable[[Executable, dict[str, Any] | None], Sequence[Row[Any]]]  # runs a statement, returns its rows
ReadPlan = Callable[[Execute], T]  # reads that depend on each other, run together: one trip to the database


class FastReads(Protocol):
    """A database's quicker way to run a read plan than its async session (see Database.fast_reads)."""

    async def __call__(self, plan: ReadPlan[T]) -> T:
        """Run a read plan; returns what the plan returns."""


RowSource = AsyncSession | FastReads


async def run_reads(source: RowSource, plan: ReadPlan[T]) -> T:
    """Run a read plan on a session (in its greenlet, as plain synchronous calls) or through fast reads."""
    if isinstance(source, AsyncSession):
        return await source.run_sync(lambda session: plan(lambda statement, params: session.execute(statement,
                                                                                                    params).all()))
    return await source(plan)


async def rows_of(source: RowSource, statement: Executable,
                  params: dict[str, Any] | None = None) -> Sequence[Row[Any]]:
    """The rows of one statement."""
    if isinstance(source, AsyncSession):
        return (await source.execute(statement, params)).all()
    return await source(lambda execute: execute(statement, params))


# Columns that several statements select, labelled so that a row names them (row.source_url) beside the columns of
# the statement's own table.
_STRUCTURE = (Race.office_kind, Race.state_code, Race.locality, Race.district, Race.seat_class, Race.special)
_SOURCE = (Source.url.label("source_url"), Source.title.label("source_title"),
           Source.publisher.label("source_publisher"), Source.published.label("source_published"))
_CANDIDATE = (Candidate.id.label("candidate_id"), Candidate.name.label("candidate_name"),
              Candidate.aliases.label("candidate_aliases"), Candidate.party.label("candidate_party"),
              Candidate.description.label("candidate_description"))


def _source_view(row: Any) -> SourceView:
    return SourceView(url=row.source_url, title=row.source_title, publisher=row.source_publisher,
                      published=row.source_published)


def _candidate_view(row: Any) -> CandidateView:
    return CandidateView(id=row.candidate_id, name=_shared(row.candidate_name),
                         aliases=list(row.candidate_aliases or []), party=_shared(row.candidate_party),
                         description=_shared(row.candidate_description))


def _race_view(row: Row[Any], stages: list[StageView], candidacies: list[CandidacyView]) -> RaceView:
    structure = RaceStructure(office_kind=row.office_kind, cycle=row.cycle, state_code=row.state_code,
                              locality=row.locality, district=row.district, seat_class=row.seat_class,
                              special=row.special)
    return RaceView(id=row.id, slug=row.slug, name=row.name, office=row.office, office_type=row.office_type,
                    jurisdiction=row.jurisdiction, state=row.state, cycle=row.cycle, nonpartisan=row.nonpartisan,
                    places=list(row.places or []), stages=tuple(stages), candidacies=tuple(candidacies),
                    structure=structure, pass_threshold=row.pass_threshold)


async def _race_views(session: RowSource, condition: ColumnElement[bool]) -> list[RaceView]:
    """Races with their stages and candidates, in three plain queries."""
    rows = await rows_of(session,
        select(Race.id, Race.slug, Race.name, Race.office, Race.office_type, Race.jurisdiction, Race.state,
               Race.cycle, Race.nonpartisan, Race.places, Race.pass_threshold, *_STRUCTURE).where(condition)
        .order_by(Race.cycle.desc(), Race.name))
    if not rows:
        return []
    ids = [row.id for row in rows]
    stages: dict[int, list[StageView]] = {rid: [] for rid in ids}
    candidacies: dict[int, list[CandidacyView]] = {rid: [] for rid in ids}
    for chunk in _chunks(ids):
        for row in await rows_of(session,
                select(RaceStage.race_id, RaceStage.stage, RaceStage.date).where(RaceStage.race_id.in_(chunk))
                .order_by(RaceStage.date)):
            stages[row.race_id].append(StageView(stage=row.stage, date=row.date))
        for row in await rows_of(session,
                select(Candidacy.race_id, Candidacy.status, Candidacy.party, Candidacy.incumbent, *_CANDIDATE)
                .join(Candidate, Candidate.id == Candidacy.candidate_id).where(Candidacy.race_id.in_(chunk))
                .order_by(Candidacy.id)):
            candidacies[row.race_id].append(CandidacyView(candidate_id=row.candidate_id, status=row.status,
                                                          party=row.party, incumbent=row.incumbent,
                                                          candidate=_candidate_view(row)))
    return [_race_view(row, stages[row.id], candidacies[row.id]) for row in rows]


def _chunks(items: list[int], size: int = 500) -> list[list[int]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


async def races(session: RowSource) -> Sequence[RaceView]:
    """Every race with its stages and candidates, the most recent cycle first."""
    return await _race_views(session, true())


async def race_labels(session: RowSource, race_ids: list[int] | None, limit: int) -> list[tuple[str, str]]:
    """(slug, name) of some races, the most recent cycle first: for "which race do you mean?"."""
    stmt = select(Race.slug, Race.name).order_by(Race.cycle.desc(), Race.name).limit(limit)
    if race_ids is not None:
        stmt = stmt.where(Race.id.in_(race_ids[:500]))
    return [(row.slug, row.name) for row in await rows_of(session, stmt)]


async def race(session: RowSource, race_id: int) -> RaceView | None:
    """A race with its stages and candidates."""
    found = await _race_views(session, Race.id == race_id)
    return found[0] if found else None


async def candidate(session: RowSource, candidate_id: int) -> CandidateProfileView | None:
    """A candidate's profile with every race they run in, or None."""
    found = await rows_of(session, select(*_CANDIDATE).where(Candidate.id == candidate_id))
    if not found:
        return None
    person = _candidate_view(found[0])
    links = await rows_of(session, select(Candidacy.race_id, Candidacy.status)
                          .where(Candidacy.candidate_id == candidate_id).order_by(Candidacy.id))
    race_views = {r.id: r for r in await _race_views(session, Race.id.in_([link.race_id for link in links]))}
    return CandidateProfileView(id=person.id, name=person.name, aliases=person.aliases, party=person.party,
                                description=person.description,
                                candidacies=tuple(CandidateRaceView(status=link.status, race=race_views[link.race_id])
                                                  for link in links))


_POLL = (Poll.id, Poll.race_id, Poll.key, Poll.pollster, Poll.sponsors, Poll.start_date, Poll.end_date,
         Poll.reported, Poll.sample_size, Poll.population, Poll.method, Poll.stage, Poll.note, *_SOURCE)
_POLL_DATE = func.coalesce(Poll.end_date, Poll.reported)


# The statements answers run most are built once, with bound parameters: a statement object that is reused runs
# several times faster than a new one each time (SQLAlchemy matches the result columns only once).
_RESULTS = (PollResult.poll_id, PollResult.candidate_id, PollResult.question, PollResult.subgroup, PollResult.pct,
            PollResult.leads, PollResult.note, PollResult.hypothetical, PollResult.ranked_round)
_RESULTS_OF_RACE = (select(*_RESULTS).join(Poll, Poll.id == PollResult.poll_id)
                    .where(Poll.race_id == bindparam("race_id")).order_by(PollResult.id))
_RESULTS_OF_POLLS = (select(*_RESULTS).where(PollResult.poll_id.in_(bindparam("poll_ids", expanding=True)))
                     .order_by(PollResult.id))
_POLLS_OF_RACE = (select(*_POLL).join(Source, Source.id == Poll.source_id)
                  .where(Poll.race_id == bindparam("race_id")).order_by(_POLL_DATE, Poll.id))
_NEWEST_POLL = (select(*_POLL).join(Source, Source.id == Poll.source_id).where(Poll.race_id == bindparam("race_id"))
                .order_by(_POLL_DATE.desc(), Poll.id.desc()).limit(1))
_NEWEST_POLL_BY = (select(*_POLL).join(Source, Source.id == Poll.source_id)
                   .where(Poll.race_id == bindparam("race_id"), func.lower(Poll.pollster) == bindparam("pollster"))
                   .order_by(_POLL_DATE.desc(), Poll.id.desc()).limit(1))


_NEWEST_POLL_KEY = (select(_POLL_DATE.label("as_of"), Poll.stage).where(Poll.race_id == bindparam("race_id"))
                    .order_by(_POLL_DATE.desc(), Poll.id.desc()).limit(1))
_RECENT_POLLS = (select(*_POLL).join(Source, Source.id == Poll.source_id)
                 .where(Poll.race_id == bindparam("race_id"), Poll.stage.is_not_distinct_from(bindparam("stage")),
                        _POLL_DATE >= bindparam("since"))
                 .order_by(_POLL_DATE, Poll.id))
_RECENT_RESULTS = (select(*_RESULTS).join(Poll, Poll.id == PollResult.poll_id)
                   .where(Poll.race_id == bindparam("race_id"), Poll.stage.is_not_distinct_from(bindparam("stage")),
                          _POLL_DATE >= bindparam("since"))
                   .order_by(PollResult.id))  # the results of _RECENT_POLLS' polls, by the same conditions
_POLLS_BY_ID = (select(*_POLL).join(Source, Source.id == Poll.source_id)
                .where(Poll.id.in_(bindparam("poll_ids", expanding=True))).order_by(_POLL_DATE, Poll.id))


_POLLS_WITH_CANDIDATE = (select(Poll.race_id, func.count(func.distinct(Poll.id)).label("polls"))
                         .join(Source, Source.id == Poll.source_id).join(PollResult, PollResult.poll_id == Poll.id)
                         .where(PollResult.candidate_id == bindparam("candidate_id"),
                                Poll.race_id.in_(bindparam("race_ids", expanding=True)))
                         .group_by(Poll.race_id))


def _record(statement: Select) -> Callable[[Row[Any]], Any]:
    """Makes a named tuple of a row of the statement, its fields named as the statement's columns. Either is read by
    name; a named tuple's field costs a tenth of a Row's attribute (a Row finds a column only after a failed
    attribute lookup), which counts for the rows an answer reads by the dozen: polls, their results, endorsements."""
    return namedtuple("Record", list(statement.selected_columns.keys()))._make  # type: ignore[misc]


_RESULT_RECORD = _record(_RESULTS_OF_POLLS)  # _RESULTS_OF_RACE's columns too
_POLL_RECORD = _record(_POLLS_OF_RACE)  # and every statement of _POLL's columns


def _results_by_poll(rows: Sequence[Row[Any]]) -> dict[int, list[PollResultView]]:
    results: dict[int, list[PollResultView]] = {}
    for row in map(_RESULT_RECORD, rows):
        results.setdefault(row.poll_id, []).append(PollResultView(
            candidate_id=row.candidate_id, question=_shared(row.question), subgroup=_shared(row.subgroup),
            pct=row.pct, leads=row.leads,
            note=row.note, hypothetical=row.hypothetical, ranked_round=row.ranked_round))
    return results


def _poll_views(execute: Execute, rows: Sequence[Row[Any]]) -> list[PollView]:
    """Views of some poll rows, with their results."""
    if not rows:
        return []
    results = _results_by_poll(execute(_RESULTS_OF_POLLS, {"poll_ids": [row.id for row in rows]}))
    return [_poll_view(row, results.get(row.id, [])) for row in map(_POLL_RECORD, rows)]


async def polls(session: RowSource, race_id: int) -> Sequence[PollView]:
    """Every poll of a race with its results, oldest first: the polls, then their results (plain rows)."""
    def plan(execute: Execute) -> list[PollView]:
        results = _results_by_poll(execute(_RESULTS_OF_RACE, {"race_id": race_id}))
        return [_poll_view(row, results.get(row.id, []))
                for row in map(_POLL_RECORD, execute(_POLLS_OF_RACE, {"race_id": race_id}))]
    return await run_reads(session, plan)


async def polls_including(session: RowSource, candidate_id: int, race_ids: Sequence[int]) -> dict[int, int]:
    """How many polls of each of some races have a result of a candidate (races without any are left out), in one
    query: no race's polls are read."""
    rows = await rows_of(session, _POLLS_WITH_CANDIDATE, {"candidate_id": candidate_id, "race_ids": list(race_ids)})
    return {row.race_id: row.polls for row in rows}


async def polls_by_id(session: RowSource, poll_ids: list[int]) -> list[PollView]:
    """Some polls, by id, with their results, oldest first."""
    return await run_reads(session, lambda execute: _poll_views(execute, execute(_POLLS_BY_ID,
                                                                                 {"poll_ids": poll_ids})))


async def newest_poll(session: RowSource, race_id: int, pollster: str | None = None) -> PollView | None:
    """The latest poll of a race (by a pollster), without reading the others."""
    def plan(execute: Execute) -> list[PollView]:
        if pollster:
            return _poll_views(execute, execute(_NEWEST_POLL_BY, {"race_id": race_id, "pollster": pollster.lower()}))
        return _poll_views(execute, execute(_NEWEST_POLL, {"race_id": race_id}))
    found = await run_reads(session, plan)
    return found[0] if found else None


async def recent_polls(session: RowSource, race_id: int, days: int) -> list[PollView]:
    """The polls an average needs: those of the newest poll's stage, within `days` of it (oldest first). Only
    those polls and their results are read, in one trip."""
    return await run_reads(session, recent_polls_plan(race_id, days))


def recent_polls_plan(race_id: int, days: int) -> ReadPlan[list[PollView]]:
    """The reads of `recent_polls`, to run alone or with others (`together`)."""
    def plan(execute: Execute) -> list[PollView]:
        newest = execute(_NEWEST_POLL_KEY, {"race_id": race_id})
        if not newest:
            return []
        window = {"race_id": race_id, "stage": newest[0].stage, "since": newest[0].as_of - dt.timedelta(days=days)}
        results = _results_by_poll(execute(_RECENT_RESULTS, window))  # by the polls' conditions: no list of ids
        return [_poll_view(row, results.get(row.id, [])) for row in map(_POLL_RECORD, execute(_RECENT_POLLS, window))]
    return plan


def together(plans: Sequence[ReadPlan[Any]]) -> ReadPlan[list[Any]]:
    """Several read plans as one: one trip to the database for all, their results in order."""
    return lambda execute: [plan(execute) for plan in plans]


def _shared(text: str | None) -> str | None:
    """One string object for every row that has the same short label (a question, a subgroup, a pollster): a race's
    polls are cached for many questions, and each row read brings its own copy of the same few labels."""
    return sys.intern(text) if text is not None and len(text) <= 300 else text


def _poll_view(row: Any, results: list[PollResultView]) -> PollView:
    return PollView(id=row.id, race_id=row.race_id, key=row.key, pollster=_shared(row.pollster),
                    sponsors=list(row.sponsors or []), start_date=row.start_date, end_date=row.end_date,
                    reported=row.reported, sample_size=row.sample_size, population=_shared(row.population),
                    method=_shared(row.method), stage=_shared(row.stage), note=row.note, source=_source_view(row),
                    results=tuple(results))


def _results_query(condition: ColumnElement[bool]) -> Select:
    return (
        select(ElectionResult.race_id, ElectionResult.stage, ElectionResult.votes, ElectionResult.pct, *_SOURCE,
               *_CANDIDATE)
        .join(Source, Source.id == ElectionResult.source_id)
        .join(Candidate, Candidate.id == ElectionResult.candidate_id)
        .where(condition)
        .order_by(ElectionResult.race_id, ElectionResult.stage, ElectionResult.votes.desc().nulls_last(),
                  ElectionResult.pct.desc()))


def _result_view(row: Row[Any]) -> ElectionResultView:
    return ElectionResultView(stage=row.stage, candidate_id=row.candidate_id, votes=row.votes, pct=row.pct,
                              source=_source_view(row), candidate=_candidate_view(row))


async def election_results(session: RowSource, race_id: int) -> Sequence[ElectionResultView]:
    """A race's final results, by stage, the most votes first."""
    return [_result_view(row) for row in await rows_of(session, _results_query(ElectionResult.race_id == race_id))]


async def stage_turnouts(session: RowSource, race_id: int) -> Sequence[StageTurnoutView]:
    """The turnouts a race's sources state, by stage."""
    statement = (select(StageTurnout.stage, StageTurnout.registered, StageTurnout.ballots_cast, StageTurnout.pct,
                        *_SOURCE)
                 .join(Source, Source.id == StageTurnout.source_id).where(StageTurnout.race_id == race_id))
    return [StageTurnoutView(stage=row.stage, registered=row.registered, ballots_cast=row.ballots_cast, pct=row.pct,
                             source=_source_view(row)) for row in await rows_of(session, statement)]


async def all_election_results(session: RowSource) -> list[tuple[int, ElectionResultView]]:
    """Every race's results, (race id, result), in one query."""
    return [(row.race_id, _result_view(row)) for row in await rows_of(session, _results_query(true()))]


async def name_rows(session: AsyncSession) -> dict[str, list[tuple]]:
    """What the name index is built from, in a handful of queries."""
    candidacy_rows = await session.execute(select(Candidacy.candidate_id, Candidacy.race_id))
    race_ids: dict[int, list[int]] = {}
    for row in candidacy_rows:
        race_ids.setdefault(row.candidate_id, []).append(row.race_id)
    candidates = [
        (row.id, row.name, row.aliases, tuple(race_ids.get(row.id, ())))
        for row in await session.execute(select(Candidate.id, Candidate.name, Candidate.aliases))
    ]
    endorser_races: dict[int, set[int]] = {}
    for row in await session.execute(select(Endorsement.endorser_id, Endorsement.race_id)):
        endorser_races.setdefault(row.endorser_id, set()).add(row.race_id)
    endorsers = [
        (row.id, row.name, row.kind, tuple(endorser_races.get(row.id, ())), row.aliases)
        for row in await session.execute(select(Endorser.id, Endorser.name, Endorser.kind, Endorser.aliases))
    ]
    race_rows = list(
        await session.execute(select(Race.id, Race.slug, Race.name, Race.places, Race.locality, Race.state))
    )
    pollster_rows = list(await session.execute(select(Poll.pollster, Poll.race_id).distinct()))
    # Sponsors name polls too ("the LA Times poll"): a sponsor is found like a pollster.
    sponsored = {(sponsor, row.race_id)  # JSON has no equality in PostgreSQL: no DISTINCT, a set
                 for row in await session.execute(select(Poll.sponsors, Poll.race_id))
                 for sponsor in row.sponsors or ()}
    pollster_rows.extend(sorted(sponsored))
    alias_rows = list(await session.execute(select(PollsterAlias.pollster, PollsterAlias.alias)))
    subgroup_rows = list(
        await session.execute(
            select(PollResult.subgroup, Poll.race_id).join(Poll).where(PollResult.subgroup != "").distinct()
        )
    )
    return {
        "candidates": candidates,
        "endorsers": endorsers,
        "races": race_rows,
        "pollsters": pollster_rows,
        "pollster_aliases": alias_rows,
        "subgroups": subgroup_rows,
    }


async def default_race_id(session: RowSource, guild_id: int) -> int | None:
    """The race a server asks about when a question names none, or None."""
    rows = await rows_of(session, select(GuildSettings.default_race_id).where(GuildSettings.guild_id == guild_id))
    return rows[0].default_race_id if rows else None


async def set_default_race(session: AsyncSession, guild_id: int, race_id: int | None) -> None:
    """Set (or, with None, clear) a server's default race in the session's transaction."""
    row = await session.get(GuildSettings, guild_id)
    if row is None:
        session.add(GuildSettings(guild_id=guild_id, default_race_id=race_id))
    else:
        row.default_race_id = race_id


_SNAPSHOTS = (select(ResultSnapshot.id, ResultSnapshot.race_id, ResultSnapshot.stage, ResultSnapshot.taken_at,
                     ResultSnapshot.units_reported, ResultSnapshot.units_total, ResultSnapshot.unit,
                     ResultSnapshot.certified, ResultSnapshot.called_candidate_id, ResultSnapshot.area,
                     ResultSnapshot.total_votes, ResultSnapshot.registered, ResultSnapshot.ballots_cast, *_SOURCE)
              .join(Source, Source.id == ResultSnapshot.source_id)
              .order_by(ResultSnapshot.taken_at, ResultSnapshot.id))
_COUNTS_OF_SNAPSHOTS = (select(ResultCount.snapshot_id, ResultCount.votes, *_CANDIDATE)
                        .join(Candidate, Candidate.id == ResultCount.candidate_id)
                        .where(ResultCount.snapshot_id.in_(bindparam("snapshot_ids", expanding=True))))


async def current_counts(session: RowSource) -> dict[int, list[CountView]]:
    """Race id -> the newest count of each of its stages (results snapshots), oldest stage first. Few races have
    a count, and never many stages: all of them in two queries."""
    def plan(execute: Execute) -> dict[int, list[CountView]]:
        newest: dict[tuple[int, str, str | None], Row[Any]] = {}
        for row in execute(_SNAPSHOTS, None):
            # ordered by time: the last one of a stage is its current count; a county's file counts its county
            # beside the whole race's count, never in its place
            newest[(row.race_id, row.stage, row.area)] = row
        return _count_views(execute, list(newest.values()))
    return await run_reads(session, plan)


async def count_history(session: RowSource, race_id: int) -> list[CountView]:
    """Every count of a race, oldest first: how the count moved."""
    def plan(execute: Execute) -> list[CountView]:
        rows = execute(_SNAPSHOTS.where(ResultSnapshot.race_id == bindparam("race_id")), {"race_id": race_id})
        return _count_views(execute, list(rows)).get(race_id, [])
    return await run_reads(session, plan)


def _count_views(execute: Execute, rows: list[Row[Any]]) -> dict[int, list[CountView]]:
    counts: dict[int, list[VoteCountView]] = {}
    for chunk in _chunks([row.id for row in rows]):
        for count in execute(_COUNTS_OF_SNAPSHOTS, {"snapshot_ids": chunk}):
            counts.setdefault(count.snapshot_id, []).append(VoteCountView(candidate=_candidate_view(count),
                                                                          votes=count.votes))
    by_race: dict[int, list[CountView]] = {}
    for row in sorted(rows, key=lambda row: (row.taken_at, row.id)):
        votes = tuple(sorted(counts.get(row.id, []), key=lambda c: (-c.votes, c.candidate.name)))
        by_race.setdefault(row.race_id, []).append(CountView(
            stage=row.stage, taken_at=row.taken_at, units_reported=row.units_reported, units_total=row.units_total,
            unit=row.unit, certified=row.certified, called_candidate_id=row.called_candidate_id,
            source=_source_view(row), counts=votes, snapshot_id=row.id, area=row.area, total_votes=row.total_votes,
            registered=row.registered, ballots_cast=row.ballots_cast))
    return by_race
