"""What an answer records of the words that named its subject: the entity, and how well the words matched it."""

from __future__ import annotations

from dataclasses import replace

from bot.db.views import CandidateView
from bot.engine.answers import Answer, ResolvedEntity
from bot.engine.understanding.names import NameMatch
from bot.engine.understanding.question import Span


def candidate_of(match: NameMatch) -> CandidateView:
    """The candidate a name matched, as far as answers need them (id and name): from the index, no query."""
    return CandidateView(match.entry.id, match.entry.display, [], None, None)


def with_entity(answer: Answer, span: Span) -> Answer:
    """The answer, recording how well the span's words matched the entity it is about."""
    return with_match(answer, span.match, span.text)


def with_match(answer: Answer, match: NameMatch, text: str) -> Answer:
    """Record how well the user's words matched the entity the answer is about."""
    entities = tuple(
        ResolvedEntity(e.kind, e.id, e.name, match.score, text)
        if e.kind == match.entry.kind and e.id == match.entry.id else e
        for e in answer.entities
    )
    return replace(answer, entities=entities)
