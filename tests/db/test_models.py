"""The data model's constraints keep the data clean whatever a caller does."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db.database import Database
from bot.db.models import Candidate, Endorsement, Endorser, Poll, PollResult, Race, Source


async def test_the_same_endorsement_cannot_be_stored_twice(db: Database) -> None:
    """The same endorser, candidate, race and day (another day is another endorsement: a newspaper's primary and
    general endorsements)."""
    async with db.session() as session:
        existing = await session.scalar(select(Endorsement).where(Endorsement.date.is_not(None)))
        assert existing is not None
        session.add(Endorsement(endorser_id=existing.endorser_id, candidate_id=existing.candidate_id,
                                race_id=existing.race_id, date=existing.date, source_id=existing.source_id))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_a_poll_result_cannot_be_stored_twice(db: Database) -> None:
    async with db.session() as session:
        existing = await session.scalar(select(PollResult).where(PollResult.subgroup == ""))
        assert existing is not None
        session.add(PollResult(poll_id=existing.poll_id, question=existing.question, subgroup="",
                               candidate_id=existing.candidate_id, pct=1.0))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_race_slugs_are_unique(db: Database) -> None:
    async with db.session() as session:
        session.add(Race(slug="la-mayor-2022", name="x", office="x", jurisdiction="x", cycle=2022))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_deleting_a_race_removes_its_polls_and_endorsements(db: Database) -> None:
    async with db.sessions.begin() as session:
        race = await session.scalar(select(Race).where(Race.slug == "la-mayor-2022"))
        await session.delete(race)
    async with db.session() as session:
        assert (await session.scalars(select(Poll))).all() == []
        assert (await session.scalars(select(Endorsement))).all() == []
        # endorsers, candidates and sources outlive a race: they may belong to others
        assert (await session.scalars(select(Endorser))).all()
        assert (await session.scalars(select(Candidate))).all()
        assert (await session.scalars(select(Source))).all()


async def test_every_poll_endorsement_and_result_keeps_its_source(db: Database) -> None:
    async with db.session() as session:
        for poll in await session.scalars(select(Poll)):
            assert poll.source.url.startswith("https://")
            assert isinstance(poll.as_of, dt.date)
        for endorsement in (await session.scalars(select(Endorsement))).unique():
            assert endorsement.source.url.startswith("https://")
