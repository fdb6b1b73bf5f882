"""Typed answers: what the engine returns and every renderer (CLI text, Discord embeds) turns into output."""

from __future__ import annotations

import datetime as dt
from dataclasses import KW_ONLY, asdict, dataclass, field
from typing import Any, Literal
from urllib.parse import urlparse

Status = Literal["ok", "not_found", "ambiguous", "need_race", "help", "rejected", "no_data"]


@dataclass(frozen=True, slots=True)
class SourceRef:
    url: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None

    @property
    def label(self) -> str:
        return self.publisher or self.title or urlparse(self.url).netloc or self.url


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of an answer, with the source it comes from."""

    text: str
    source: SourceRef | None = None
    when: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    kind: str
    id: int
    name: str
    score: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    intent: str
    _: KW_ONLY  # the rest by name, so a title and a summary cannot be swapped
    status: Status
    title: str
    summary: str
    facts: tuple[Fact, ...] = ()
    entities: tuple[ResolvedEntity, ...] = ()
    suggestions: tuple[str, ...] = ()
    race_slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # The words of the question taken for a name that is unknown or ambiguous: what a suggestion replaces.
    unmatched: str | None = None
    # The language the answer is written in ("en", "es"): renderers write their own words in it too.
    language: str = "en"

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        seen: dict[str, SourceRef] = {}
        for fact in self.facts:
            if fact.source is not None:
                seen.setdefault(fact.source.url, fact.source)
        return tuple(seen.values())

    def entity(self, kind: str) -> ResolvedEntity | None:
        return next((e for e in self.entities if e.kind == kind), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sources"] = [asdict(s) for s in self.sources]
        return _jsonable(data)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
