"""What an update post says: a new poll, a new endorsement or a digest, as a Discord-free value stored in the outbox."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import queries
from bot.db.models import DataChange, Endorsement, Poll, ResultSnapshot
from bot.db.views import CountView, EndorsementView, PollView, RaceView
from bot.engine.answers import Answer, Fact, SourceRef
from bot.engine.average import poll_average
from bot.engine.counts import count_answer
from bot.engine.respond import poll_label, poll_line, source_ref, subgroup_lines

DIGEST_ITEMS = 10  # new polls (and endorsements) listed one by one in a digest; the rest are counted


@dataclass(frozen=True, slots=True)
class UpdatePost:
    """One post: a title, a summary and facts with their sources, for one race."""

    kind: str  # poll, endorsement, digest
    title: str
    summary: str
    facts: tuple[Fact, ...] = ()
    race_slug: str | None = None
    race_name: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "title": self.title, "summary": self.summary, "race_slug": self.race_slug,
            "race_name": self.race_name,
            "facts": [{"text": f.text, "when": f.when.isoformat() if f.when else None,
                       "source": _source_payload(f.source)} for f in self.facts],
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> UpdatePost:
        facts = tuple(Fact(f["text"], _source_of(f.get("source")),
                           dt.date.fromisoformat(f["when"]) if f.get("when") else None) for f in data.get("facts", ()))
        return cls(data["kind"], data["title"], data["summary"], facts, data.get("race_slug"), data.get("race_name"))

    def as_answer(self) -> Answer:
        """The post as a typed answer, so every renderer (embeds, text) shows it the way it shows answers."""
        return Answer(f"update_{self.kind}", "ok", self.title, self.summary, self.facts, race_slug=self.race_slug)


def _source_payload(source: SourceRef | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {"url": source.url, "title": source.title, "publisher": source.publisher,
            "published": source.published.isoformat() if source.published else None}


def _source_of(data: dict[str, Any] | None) -> SourceRef | None:
    if not data:
        return None
    published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
    return SourceRef(data["url"], data.get("title"), data.get("publisher"), published)


class PostBuilder:
    """Builds posts inside one session, loading each race once."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._races: dict[int, RaceView | None] = {}

    async def race(self, race_id: int) -> RaceView | None:
        if race_id not in self._races:
            self._races[race_id] = await queries.race(self.session, race_id)
        return self._races[race_id]

    async def polls(self, poll_ids: Iterable[int]) -> dict[int, UpdatePost]:
        ids = sorted(set(poll_ids))
        if not ids:
            return {}
        posts = {}
        for poll in await queries.polls_by_id(self.session, ids):
            race = await self.race(poll.race_id)
            if race is not None:
                posts[poll.id] = poll_post(poll, race)
        return posts

    async def endorsements(self, endorsement_ids: Iterable[int]) -> dict[int, UpdatePost]:
        ids = sorted(set(endorsement_ids))
        if not ids:
            return {}
        posts = {}
        for endorsement in await queries.endorsements_by_id(self.session, ids):
            race = await self.race(endorsement.race_id)
            if race is not None:
                posts[endorsement.id] = endorsement_post(endorsement, race)
        return posts

    async def count_events(self, snapshot_ids: Iterable[int]) -> dict[int, list[tuple[str, UpdatePost]]]:
        """The news of each new count (results snapshot): first results, a lead change, a call, certification."""
        ids = set(snapshot_ids)
        if not ids:
            return {}
        race_ids = set(await self.session.scalars(select(ResultSnapshot.race_id).where(ResultSnapshot.id.in_(ids))))
        events: dict[int, list[tuple[str, UpdatePost]]] = {}
        for race_id in sorted(race_ids):
            race = await self.race(race_id)
            if race is None:
                continue
            history = await queries.count_history(self.session, race_id)
            for index, count in enumerate(history):
                if count.snapshot_id in ids:
                    before = next((c for c in reversed(history[:index]) if c.stage == count.stage), None)
                    events[count.snapshot_id] = [(event, count_post(race, count, event))
                                                 for event in count_news(before, count)]
        return events

    async def live_count(self, race_id: int) -> tuple[str, UpdatePost] | None:
        """The live message of a race's count: its key (one per stage) and what it says now."""
        history = await queries.count_history(self.session, race_id)
        race = await self.race(race_id)
        if not history or race is None:
            return None
        current = history[-1]
        return f"live:{current.stage}", count_post(race, current, "live")

    async def latest(self, race_id: int, kind: str) -> UpdatePost | None:
        """The newest poll or endorsement of a race as a post: what a preview shows before anything is new."""
        if kind == "results":
            history = await queries.count_history(self.session, race_id)
            race = await self.race(race_id)
            if not history or race is None:
                return None
            return count_post(race, history[-1], "count")
        model = Poll if kind == "polls" else Endorsement
        item_id = await self.session.scalar(select(model.id).where(model.race_id == race_id)
                                            .order_by(model.id.desc()).limit(1))
        if item_id is None:
            return None
        found = await (self.polls([item_id]) if kind == "polls" else self.endorsements([item_id]))
        return found.get(item_id)

    async def digest(self, race_id: int, since_change: int, until_change: int, today: dt.date,
                     cadence: str) -> UpdatePost | None:
        """The average, what is new since the last digest (data_change ids after `since_change`) and the days left."""
        race = await self.race(race_id)
        if race is None:
            return None
        stmt = (select(DataChange.kind, DataChange.item_id)
                .where(DataChange.race_id == race_id, DataChange.id > since_change, DataChange.id <= until_change,
                       DataChange.change == "added", DataChange.kind.in_(("poll", "endorsement")))
                .order_by(DataChange.id))
        new = [(kind, item_id) for kind, item_id in await self.session.execute(stmt)]
        new_polls = await self.polls(i for k, i in new if k == "poll")
        new_endorsements = await self.endorsements(i for k, i in new if k == "endorsement")
        polls = await queries.polls(self.session, race_id)
        return digest_post(race, polls, list(new_polls.values()), list(new_endorsements.values()), today, cadence)


COUNT_EVENTS = {"first": "First results", "lead": "Lead change", "called": "Race called",
                "certified": "Results certified", "count": "The count", "live": "Live count"}


def count_news(before: CountView | None, count: CountView) -> list[str]:
    """What a count changed since the one before it of the same stage: the first votes, who leads, a call made by
    the source, certification. Racebot calls nothing itself."""
    news = []
    if (before is None or before.total == 0) and count.total > 0:
        news.append("first")
    elif before is not None and count.leader_id is not None and before.leader_id not in (None, count.leader_id):
        news.append("lead")
    if count.called_candidate_id is not None and (before is None
                                                  or before.called_candidate_id != count.called_candidate_id):
        news.append("called")
    if count.certified and (before is None or not before.certified):
        news.append("certified")
    return news


def count_post(race: RaceView, count: CountView, event: str) -> UpdatePost:
    answer = count_answer(race, count, "results")
    return UpdatePost("results", f"{COUNT_EVENTS[event]}: {race.name}", answer.summary, answer.facts, race.slug,
                      race.name)


def poll_post(poll: PollView, race: RaceView) -> UpdatePost:
    names = race.candidate_names()
    ref = source_ref(poll.source)
    facts = [Fact(poll_line(poll, names), ref, poll.as_of)]
    facts += [Fact(f"  {line}", ref, poll.as_of) for line in subgroup_lines(poll, names)[:DIGEST_ITEMS]]
    if poll.note:
        facts.append(Fact(f"Note: {poll.note}", ref))
    return UpdatePost("poll", f"New poll: {race.name}", poll_label(poll), tuple(facts), race.slug, race.name)


def endorsement_post(endorsement: EndorsementView, race: RaceView) -> UpdatePost:
    ref = source_ref(endorsement.source)
    who = endorsement.endorser.name
    summary = f"{who} endorsed {endorsement.candidate.name}."
    facts = []
    if endorsement.endorser.description:
        facts.append(Fact(f"{who}: {endorsement.endorser.description}", ref, endorsement.date))
    if endorsement.quote:
        facts.append(Fact(f"“{endorsement.quote}”", ref, endorsement.date))
    when = f" on {endorsement.date:%B %d, %Y}" if endorsement.date else ""
    facts.append(Fact(f"Endorsement{when}, reported by {ref.label}", ref, endorsement.date))
    return UpdatePost("endorsement", f"New endorsement: {race.name}", summary, tuple(facts), race.slug, race.name)


def digest_post(race: RaceView, polls: Sequence[Poll], new_polls: Sequence[UpdatePost],
                new_endorsements: Sequence[UpdatePost], today: dt.date, cadence: str) -> UpdatePost:
    names = race.candidate_names()
    facts: list[Fact] = []
    average = poll_average(polls)
    if average is not None:
        shares = ", ".join(f"{names.get(cid, '?')} {share:.1f}%" for cid, share in average.shares)
        stage = f" ({average.stage})" if average.stage else ""
        facts.append(Fact(f"Polling average{stage}: {shares} — {len(average.polls)} polls up to "
                          f"{average.window_end:%b %d, %Y}"))
    else:
        facts.append(Fact("No polls yet, so no polling average."))
    for post in new_polls[:DIGEST_ITEMS]:
        facts.append(Fact(f"New poll: {post.facts[0].text}", post.facts[0].source, post.facts[0].when))
    if len(new_polls) > DIGEST_ITEMS:
        facts.append(Fact(f"… and {len(new_polls) - DIGEST_ITEMS} more new polls"))
    for post in new_endorsements[:DIGEST_ITEMS]:
        facts.append(Fact(f"New endorsement: {post.summary}", post.facts[-1].source, post.facts[-1].when))
    if len(new_endorsements) > DIGEST_ITEMS:
        facts.append(Fact(f"… and {len(new_endorsements) - DIGEST_ITEMS} more new endorsements"))
    upcoming = [s for s in race.stages if s.date >= today]
    if upcoming:
        stage = upcoming[0]
        days = (stage.date - today).days
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        countdown = f"The {stage.stage} election is {when} ({stage.date:%B %d, %Y})."
    else:
        countdown = "No election day of this race is ahead."
    since = "yesterday's" if cadence == "daily" else "the last"
    news = (f"{_count(len(new_polls), 'new poll')} and {_count(len(new_endorsements), 'new endorsement')} "
            f"since {since} digest.")
    title = f"{'Weekly' if cadence == 'weekly' else 'Daily'} digest: {race.name}"
    return UpdatePost("digest", title, f"{countdown} {news}", tuple(facts), race.slug, race.name)


def _count(n: int, word: str) -> str:
    return f"{'No' if n == 0 else n} {word}{'s' if n != 1 else ''}"

