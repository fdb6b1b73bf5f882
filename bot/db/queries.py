"""Read queries the engine answers from: typed select() statements, no user text in SQL."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from bot.db.models import (
    Candidacy,
    Candidate,
    ElectionResult,
    Endorsement,
    Endorser,
    GuildSettings,
    Poll,
    PollResult,
    Race,
)


async def races(session: AsyncSession) -> Sequence[Race]:
    stmt = (
        select(Race)
        .options(selectinload(Race.stages), selectinload(Race.candidacies).selectinload(Candidacy.candidate))
        .order_by(Race.cycle.desc(), Race.name)
    )
    return (await session.scalars(stmt)).all()


async def race_labels(session: AsyncSession, race_ids: list[int] | None, limit: int) -> list[tuple[str, str]]:
    """(slug, name) of some races, the most recent cycle first: for "which race do you mean?"."""
    stmt = select(Race.slug, Race.name).order_by(Race.cycle.desc(), Race.name).limit(limit)
    if race_ids is not None:
        stmt = stmt.where(Race.id.in_(race_ids[:500]))
    return [(slug, name) for slug, name in await session.execute(stmt)]


async def race(session: AsyncSession, race_id: int) -> Race | None:
    """A race with its stages and candidates, in one query."""
    stmt = (
        select(Race)
        .where(Race.id == race_id)
        .options(joinedload(Race.stages), joinedload(Race.candidacies).joinedload(Candidacy.candidate))
    )
    return (await session.scalars(stmt)).unique().one_or_none()


async def race_by_slug(session: AsyncSession, slug: str) -> Race | None:
    race_id = await session.scalar(select(Race.id).where(Race.slug == slug))
    return await race(session, race_id) if race_id is not None else None


async def candidate(session: AsyncSession, candidate_id: int) -> Candidate | None:
    stmt = (
        select(Candidate)
        .where(Candidate.id == candidate_id)
        .options(selectinload(Candidate.candidacies).selectinload(Candidacy.race).selectinload(Race.stages))
    )
    return await session.scalar(stmt)


async def polls(session: AsyncSession, race_id: int) -> Sequence[Poll]:
    """Every poll of a race with its results, oldest first."""
    stmt = (
        select(Poll)
        .where(Poll.race_id == race_id)
        .options(joinedload(Poll.results))
        .order_by(func.coalesce(Poll.end_date, Poll.reported), Poll.id)
    )
    return (await session.scalars(stmt)).unique().all()


async def endorsements_of(session: AsyncSession, candidate_id: int) -> Sequence[Endorsement]:
    stmt = (
        select(Endorsement)
        .where(Endorsement.candidate_id == candidate_id)
        .order_by(Endorsement.date.is_(None), Endorsement.date, Endorsement.id)
    )
    return (await session.scalars(stmt)).unique().all()


async def endorsements_by(session: AsyncSession, endorser_id: int) -> Sequence[Endorsement]:
    stmt = (
        select(Endorsement)
        .where(Endorsement.endorser_id == endorser_id)
        .options(selectinload(Endorsement.race))
        .order_by(Endorsement.date.is_(None), Endorsement.date, Endorsement.id)
    )
    return (await session.scalars(stmt)).unique().all()


async def endorser(session: AsyncSession, endorser_id: int) -> Endorser | None:
    return await session.get(Endorser, endorser_id)


async def election_results(session: AsyncSession, race_id: int) -> Sequence[ElectionResult]:
    stmt = (
        select(ElectionResult)
        .where(ElectionResult.race_id == race_id)
        .order_by(ElectionResult.stage, ElectionResult.votes.desc().nulls_last(), ElectionResult.pct.desc())
    )
    return (await session.scalars(stmt)).unique().all()


async def name_rows(session: AsyncSession) -> dict[str, list[tuple]]:
    """What the name index is built from, in a handful of queries."""
    candidacy_rows = await session.execute(select(Candidacy.candidate_id, Candidacy.race_id))
    race_ids: dict[int, list[int]] = {}
    for candidate_id, race_id in candidacy_rows:
        race_ids.setdefault(candidate_id, []).append(race_id)
    candidates = [
        (cid, name, aliases, tuple(race_ids.get(cid, ())))
        for cid, name, aliases in await session.execute(select(Candidate.id, Candidate.name, Candidate.aliases))
    ]
    endorser_races: dict[int, set[int]] = {}
    for endorser_id, race_id in await session.execute(select(Endorsement.endorser_id, Endorsement.race_id)):
        endorser_races.setdefault(endorser_id, set()).add(race_id)
    endorsers = [
        (eid, name, kind, tuple(endorser_races.get(eid, ())))
        for eid, name, kind in await session.execute(select(Endorser.id, Endorser.name, Endorser.kind))
    ]
    race_rows = list(
        await session.execute(
            select(Race.id, Race.slug, Race.name, Race.office, Race.office_type, Race.jurisdiction, Race.state,
                   Race.places, Race.cycle)
        )
    )
    pollster_rows = list(await session.execute(select(Poll.pollster, Poll.race_id).distinct()))
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
        "subgroups": subgroup_rows,
    }


async def default_race_id(session: AsyncSession, guild_id: int) -> int | None:
    return await session.scalar(select(GuildSettings.default_race_id).where(GuildSettings.guild_id == guild_id))


async def set_default_race(session: AsyncSession, guild_id: int, race_id: int | None) -> None:
    row = await session.get(GuildSettings, guild_id)
    if row is None:
        session.add(GuildSettings(guild_id=guild_id, default_race_id=race_id))
    else:
        row.default_race_id = race_id
