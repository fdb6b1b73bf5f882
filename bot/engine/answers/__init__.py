"""Answers: the typed answer here, what the engine returns and every renderer (CLI text, Discord embeds) turns into
output; its builders by topic in this package's modules (races, people, endorsements, polls, results, counts), which
read through `reader` and write through `wording` and `localized`."""

from __future__ import annotations

import datetime as dt
from dataclasses import KW_ONLY, asdict, dataclass, field
from typing import Any, Literal
from urllib.parse import urlparse

Status = Literal["ok", "not_found", "ambiguous", "need_race", "help", "rejected", "no_data"]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact comes from: its address, and the title, publisher and date when known."""

    url: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None

    @property
    def label(self) -> str:
        """The shortest name of the source a reader knows it by: publisher, title, else the site."""
        return self.publisher or self.title or urlparse(self.url).netloc or self.url


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of an answer, with the source it comes from."""

    text: str
    source: SourceRef | None = None
    when: dt.date | None = None
    # Users the text names by a mention its reader wrote in (the change log's editors): shown as mentions, where any
    # other mention in a fact is made inert; they ping nobody.
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    """What an answer is about (a race, candidate, endorser, pollster, group), and how well the words named it."""

    kind: str
    id: int
    name: str
    score: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """The engine's answer to a question or command: its kind, status, text, facts with sources and entities."""

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
        """The sources of the facts, each once, in the order the facts cite them."""
        seen: dict[str, SourceRef] = {}
        for fact in self.facts:
            if fact.source is not None:
                seen.setdefault(fact.source.url, fact.source)
        return tuple(seen.values())

    def entity(self, kind: str) -> ResolvedEntity | None:
        """The first entity of a kind the answer is about, or None."""
        return next((e for e in self.entities if e.kind == kind), None)

    def to_dict(self) -> dict[str, Any]:
        """The answer as plain JSON values (`racebot ask --json`), its sources listed."""
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
