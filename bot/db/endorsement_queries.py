"""Read queries of endorsements: who endorsed a candidate, whom an endorser endorsed, and endorsements by id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select

from bot.db.models import Candidate, Endorsement, Endorser, Race, Source
from bot.db.queries import (
    _CANDIDATE,
    _SOURCE,
    ReadPlan,
    RowSource,
    _candidate_view,
    _record,
    _source_view,
    rows_of,
    run_reads,
)
from bot.db.views import EndorsementView, EndorserView, RaceRef


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


def _endorsement_view(row: Any) -> EndorsementView:
    endorser = EndorserView(id=row.endorser_id, name=row.endorser_name, kind=row.endorser_kind,
                            description=row.endorser_description)
    return EndorsementView(id=row.id, race_id=row.race_id, date=row.date, quote=row.quote, source=_source_view(row),
                           endorser=endorser, candidate=_candidate_view(row),
                           race=RaceRef(id=row.race_id, slug=row.race_slug, name=row.race_name))


_ENDORSEMENTS_OF = _endorsement_query(Endorsement.candidate_id == bindparam("candidate_id"))
_ENDORSEMENTS_BY = _endorsement_query(Endorsement.endorser_id == bindparam("endorser_id"))
_ENDORSEMENTS_BY_ID = _endorsement_query(Endorsement.id.in_(bindparam("endorsement_ids", expanding=True)))
_ENDORSEMENT_RECORD = _record(_ENDORSEMENTS_OF)  # the columns of every endorsement statement


async def endorsements_by_id(session: RowSource, endorsement_ids: list[int]) -> Sequence[EndorsementView]:
    """Some endorsements, by id, oldest first (undated ones last)."""
    rows = await rows_of(session, _ENDORSEMENTS_BY_ID, {"endorsement_ids": endorsement_ids})
    return [_endorsement_view(row) for row in map(_ENDORSEMENT_RECORD, rows)]


async def endorsements_of(session: RowSource, candidate_id: int) -> Sequence[EndorsementView]:
    """The endorsements of a candidate, oldest first (undated ones last)."""
    return await run_reads(session, endorsements_of_plan(candidate_id))


def endorsements_of_plan(candidate_id: int) -> ReadPlan[list[EndorsementView]]:
    """The reads of `endorsements_of`, to run alone or with others (`together`)."""
    return lambda execute: [_endorsement_view(row) for row in map(
        _ENDORSEMENT_RECORD, execute(_ENDORSEMENTS_OF, {"candidate_id": candidate_id}))]


async def endorsements_by(session: RowSource, endorser_id: int) -> Sequence[EndorsementView]:
    """The endorsements an endorser made, oldest first (undated ones last)."""
    rows = await rows_of(session, _ENDORSEMENTS_BY, {"endorser_id": endorser_id})
    return [_endorsement_view(row) for row in map(_ENDORSEMENT_RECORD, rows)]


async def endorser(session: RowSource, endorser_id: int) -> EndorserView | None:
    """An endorser, or None."""
    found = await rows_of(session, select(Endorser.id, Endorser.name, Endorser.kind, Endorser.description)
                          .where(Endorser.id == endorser_id))
    return EndorserView(**found[0]._mapping) if found else None
