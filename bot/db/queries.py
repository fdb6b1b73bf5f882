"""Read queries the engine answers from: typed select() statements, no user text in SQL."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Executable, Row, Select, bindparam, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import (
    AreaCount,
    AreaTurnout,
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
)
from bot.db.views import (
    AreaTurnoutView,
    AreaVotesView,
    CandidacyView,
    CandidateProfileView,
    CandidateRaceView,
    CandidateView,
    CountView,
    ElectionResultView,
    EndorsementView,
    EndorserView,
    PollResultView,
    PollView,
    RaceRef,
    RaceView,
    SourceView,
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


def _source_view(row: Row[Any]) -> SourceView:
    return SourceView(url=row.source_url, title=row.source_title, publisher=row.source_publisher,
                      published=row.source_published)


def _candidate_view(row: Row[Any]) -> CandidateView:
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
_POLLS_BY_ID = (select(*_POLL).join(Source, Source.id == Poll.source_id)
                .where(Poll.id.in_(bindparam("poll_ids", expanding=True))).order_by(_POLL_DATE, Poll.id))


def _results_by_poll(rows: Sequence[Row[Any]]) -> dict[int, list[PollResultView]]:
    results: dict[int, list[PollResultView]] = {}
    for row in rows:
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
    return [_poll_view(row, results.get(row.id, [])) for row in rows]


async def polls(session: RowSource, race_id: int) -> Sequence[PollView]:
    """Every poll of a race with its results, oldest first: the polls, then their results (plain rows)."""
    def plan(execute: Execute) -> list[PollView]:
        results = _results_by_poll(execute(_RESULTS_OF_RACE, {"race_id": race_id}))
        return [_poll_view(row, results.get(row.id, [])) for row in execute(_POLLS_OF_RACE, {"race_id": race_id})]
    return await run_reads(session, plan)


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
    def plan(execute: Execute) -> list[PollView]:
        newest = execute(_NEWEST_POLL_KEY, {"race_id": race_id})
        if not newest:
            return []
        return _poll_views(execute, execute(_RECENT_POLLS, {"race_id": race_id, "stage": newest[0].stage,
                                                            "since": newest[0].as_of - dt.timedelta(days=days)}))
    return await run_reads(session, plan)


def _shared(text: str | None) -> str | None:
    """One string object for every row that has the same short label (a question, a subgroup, a pollster): a race's
    polls are cached for many questions, and each row read brings its own copy of the same few labels."""
    return sys.intern(text) if text is not None and len(text) <= 300 else text


def _poll_view(row: Row[Any], results: list[PollResultView]) -> PollView:
    return PollView(id=row.id, race_id=row.race_id, key=row.key, pollster=_shared(row.pollster),
                    sponsors=list(row.sponsors or []), start_date=row.start_date, end_date=row.end_date,
                    reported=row.reported, sample_size=row.sample_size, population=_shared(row.population),
                    method=_shared(row.method), stage=_shared(row.stage), note=row.note, source=_source_view(row),
                    results=tuple(results))


def _endorsement_query(condition: ColumnElement[bool]) -> Select:
    return (
        select(Endorsement.id, Endorsement.race_id, Endorsement.date, Endorsement.quote, *_SOURCE,
               Endorser.id.label("endorser_id"), Endorser.name.label("endorser_name"),
               Endorser.kind.label("endorser_kind"), Endorser.description.label("endorser_description"),
               *_CANDIDATE, Race.slug.label("race_slug"), Race.name.label("race_name"))
        .join(Source, Source.id == Endorsement.source_id)
        .join(Endorser, Endorser.id == Endorsement.endorser_id)
        .join(Candidate, Candidate.id == Endorsement.candidate_id)
        .join(Race, Race.id == Endorsement.race_id)
        .where(condition)
        .order_by(Endorsement.date.is_(None), Endorsement.date, Endorsement.id)
    )


def _endorsement_view(row: Row[Any]) -> EndorsementView:
    endorser = EndorserView(id=row.endorser_id, name=row.endorser_name, kind=row.endorser_kind,
                            description=row.endorser_description)
    return EndorsementView(id=row.id, race_id=row.race_id, date=row.date, quote=row.quote, source=_source_view(row),
                           endorser=endorser, candidate=_candidate_view(row),
                           race=RaceRef(id=row.race_id, slug=row.race_slug, name=row.race_name))


_ENDORSEMENTS_OF = _endorsement_query(Endorsement.candidate_id == bindparam("candidate_id"))
_ENDORSEMENTS_BY = _endorsement_query(Endorsement.endorser_id == bindparam("endorser_id"))
_ENDORSEMENTS_BY_ID = _endorsement_query(Endorsement.id.in_(bindparam("endorsement_ids", expanding=True)))


async def endorsements_by_id(session: RowSource, endorsement_ids: list[int]) -> Sequence[EndorsementView]:
    """Some endorsements, by id, oldest first (undated ones last)."""
    return [_endorsement_view(row)
            for row in await rows_of(session, _ENDORSEMENTS_BY_ID, {"endorsement_ids": endorsement_ids})]


async def endorsements_of(session: RowSource, candidate_id: int) -> Sequence[EndorsementView]:
    """The endorsements of a candidate, oldest first (undated ones last)."""
    return [_endorsement_view(row)
            for row in await rows_of(session, _ENDORSEMENTS_OF, {"candidate_id": candidate_id})]


async def endorsements_by(session: RowSource, endorser_id: int) -> Sequence[EndorsementView]:
    """The endorsements an endorser made, oldest first (undated ones last)."""
    return [_endorsement_view(row)
            for row in await rows_of(session, _ENDORSEMENTS_BY, {"endorser_id": endorser_id})]


async def endorser(session: RowSource, endorser_id: int) -> EndorserView | None:
    """An endorser, or None."""
    found = await rows_of(session, select(Endorser.id, Endorser.name, Endorser.kind, Endorser.description)
                          .where(Endorser.id == endorser_id))
    return EndorserView(**found[0]._mapping) if found else None


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


_AREA_VOTES = (select(AreaCount.candidate_id, AreaCount.county, AreaCount.precinct, AreaCount.vote_type,
                      AreaCount.votes).where(AreaCount.snapshot_id == bindparam("snapshot_id")))
_AREA_TURNOUT = (select(AreaTurnout.county, AreaTurnout.precinct, AreaTurnout.registered, AreaTurnout.ballots_cast,
                        AreaTurnout.total_votes).where(AreaTurnout.snapshot_id == bindparam("snapshot_id")))


async def area_votes(session: RowSource, snapshot_id: int) -> list[AreaVotesView]:
    """A count's votes by area and vote type (none for a count kept for its whole area only)."""
    def plan(execute: Execute) -> list[AreaVotesView]:
        return [AreaVotesView(row.candidate_id, row.county, row.precinct, row.vote_type, row.votes)
                for row in execute(_AREA_VOTES, {"snapshot_id": snapshot_id})]
    return await run_reads(session, plan)


_AREA_NAMES = select(AreaCount.county, AreaCount.precinct).distinct()
_COUNTED_COUNTIES = select(ResultSnapshot.area).where(ResultSnapshot.area.is_not(None)).distinct()


async def area_names(session: RowSource) -> list[tuple[str, str | None]]:
    """Every county and precinct some count has, as (county, precinct or None); the counties of counties' files."""
    def plan(execute: Execute) -> list[tuple[str, str | None]]:
        names = {(row.county, row.precinct) for row in execute(_AREA_NAMES, None)}
        names |= {(row.area, None) for row in execute(_COUNTED_COUNTIES, None)}
        return sorted(names, key=lambda pair: (pair[0], pair[1] or ""))
    return await run_reads(session, plan)


async def area_turnout(session: RowSource, snapshot_id: int) -> list[AreaTurnoutView]:
    """A count's turnout by area, where its file gives one."""
    def plan(execute: Execute) -> list[AreaTurnoutView]:
        return [AreaTurnoutView(row.county, row.precinct, row.registered, row.ballots_cast, row.total_votes)
                for row in execute(_AREA_TURNOUT, {"snapshot_id": snapshot_id})]
    return await run_reads(session, plan)
