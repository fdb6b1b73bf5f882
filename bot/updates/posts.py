"""What an update post says: a new poll, a new endorsement or a digest, as a Discord-free value stored in the outbox,
written in the language of the subscription it is for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import endorsement_queries, queries
from bot.db.models import DataChange, Endorsement, Poll, ResultSnapshot
from bot.db.views import CountView, EndorsementView, PollView, RaceView
from bot.engine.answers import Answer, Fact, SourceRef
from bot.engine.answers.average import poll_average
from bot.engine.answers.counts import count_answer
from bot.engine.answers.wording import poll_label, poll_line, race_name, source_ref, subgroup_lines
from bot.i18n import Messages

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
    language: str = "en"

    def to_payload(self) -> dict[str, Any]:
        """The post as JSON-ready data, to store in the outbox."""
        return {
            "kind": self.kind, "title": self.title, "summary": self.summary, "race_slug": self.race_slug,
            "race_name": self.race_name, "language": self.language,
            "facts": [{"text": f.text, "when": f.when.isoformat() if f.when else None,
                       "source": _source_payload(f.source)} for f in self.facts],
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> UpdatePost:
        """The post stored as `data` by to_payload."""
        facts = tuple(Fact(f["text"], _source_of(f.get("source")),
                           dt.date.fromisoformat(f["when"]) if f.get("when") else None) for f in data.get("facts", ()))
        return cls(data["kind"], data["title"], data["summary"], facts, data.get("race_slug"), data.get("race_name"),
                   data.get("language", "en"))

    def as_answer(self) -> Answer:
        """The post as a typed answer, so every renderer (embeds, text) shows it the way it shows answers."""
        return Answer(f"update_{self.kind}", status="ok", title=self.title, summary=self.summary, facts=self.facts,
                      race_slug=self.race_slug,
                      language=self.language)


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
    """Builds posts inside one session, loading each race once; each post in the language of its `Messages`."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._races: dict[int, RaceView | None] = {}

    async def race(self, race_id: int) -> RaceView | None:
        """A race by id (read once per builder), or None."""
        if race_id not in self._races:
            self._races[race_id] = await queries.race(self.session, race_id)
        return self._races[race_id]

    async def polls(self, poll_ids: Iterable[int], m: Messages) -> dict[int, UpdatePost]:
        """Posts of new polls, by poll id."""
        ids = sorted(set(poll_ids))
        if not ids:
            return {}
        posts = {}
        for poll in await queries.polls_by_id(self.session, ids):
            race = await self.race(poll.race_id)
            if race is not None:
                posts[poll.id] = poll_post(poll, race, m)
        return posts

    async def endorsements(self, endorsement_ids: Iterable[int], m: Messages) -> dict[int, UpdatePost]:
        """Posts of new endorsements, by endorsement id."""
        ids = sorted(set(endorsement_ids))
        if not ids:
            return {}
        posts = {}
        for endorsement in await endorsement_queries.endorsements_by_id(self.session, ids):
            race = await self.race(endorsement.race_id)
            if race is not None:
                posts[endorsement.id] = endorsement_post(endorsement, race, m)
        return posts

    async def count_events(self, snapshot_ids: Iterable[int], m: Messages) -> dict[int, list[tuple[str, UpdatePost]]]:
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
                    events[count.snapshot_id] = [(event, count_post(race, count, event, m))
                                                 for event in count_news(before, count)]
        return events

    async def live_count(self, race_id: int, m: Messages) -> tuple[str, UpdatePost] | None:
        """The live message of a race's count: its key (one per stage) and what it says now."""
        history = await queries.count_history(self.session, race_id)
        race = await self.race(race_id)
        if not history or race is None:
            return None
        current = history[-1]
        return f"live:{current.stage}", count_post(race, current, "live", m)

    async def latest(self, race_id: int, kind: str, m: Messages) -> UpdatePost | None:
        """The newest poll or endorsement of a race as a post: what a preview shows before anything is new."""
        if kind == "results":
            history = await queries.count_history(self.session, race_id)
            race = await self.race(race_id)
            if not history or race is None:
                return None
            return count_post(race, history[-1], "count", m)
        model = Poll if kind == "polls" else Endorsement
        item_id = await self.session.scalar(select(model.id).where(model.race_id == race_id)
                                            .order_by(model.id.desc()).limit(1))
        if item_id is None:
            return None
        found = await (self.polls([item_id], m) if kind == "polls" else self.endorsements([item_id], m))
        return found.get(item_id)

    async def digest(self, race_id: int, since_change: int, until_change: int, today: dt.date,
                     cadence: str, m: Messages) -> UpdatePost | None:
        """The average, what is new since the last digest (data_change ids after `since_change`) and the days left."""
        race = await self.race(race_id)
        if race is None:
            return None
        stmt = (select(DataChange.kind, DataChange.item_id)
                .where(DataChange.race_id == race_id, DataChange.id > since_change, DataChange.id <= until_change,
                       DataChange.change == "added", DataChange.kind.in_(("poll", "endorsement")))
                .order_by(DataChange.id))
        new = [(row.kind, row.item_id) for row in await self.session.execute(stmt)]
        new_polls = await self.polls((i for k, i in new if k == "poll"), m)
        new_endorsements = await self.endorsements((i for k, i in new if k == "endorsement"), m)
        polls = await queries.polls(self.session, race_id)
        return digest_post(race, polls, list(new_polls.values()), list(new_endorsements.values()), today, cadence, m)


def count_event_title(event: str, race: str, m: Messages) -> str:
    """"First results: 2022 Los Angeles mayoral election", "Lead change: …", …"""
    _ = m.gettext
    titles = {"first": _("First results: {race}"), "lead": _("Lead change: {race}"), "called": _("Race called: {race}"),
              "certified": _("Results certified: {race}"), "count": _("The count: {race}"),
              "live": _("Live count: {race}")}
    return titles[event].format(race=race)


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


def count_post(race: RaceView, count: CountView, event: str, m: Messages) -> UpdatePost:
    """The post of a count event in a race (first results, lead change, call, certification, the count)."""
    answer = count_answer(race, count, "results", m=m)
    return UpdatePost("results", count_event_title(event, race_name(race, m), m), answer.summary, answer.facts,
                      race.slug, race.name, m.language)


def poll_post(poll: PollView, race: RaceView, m: Messages) -> UpdatePost:
    """The post of a new poll: its line, its subgroups and its note."""
    names = race.candidate_names()
    ref = source_ref(poll.source)
    facts = [Fact(poll_line(poll, names, m), ref, poll.as_of)]
    facts += [Fact(f"  {line}", ref, poll.as_of) for line in subgroup_lines(poll, names, m)[:DIGEST_ITEMS]]
    if poll.note:
        facts.append(Fact(m.gettext("Note: {note}").format(note=poll.note), ref))
    return UpdatePost("poll", m.gettext("New poll: {race}").format(race=race_name(race, m)), poll_label(poll, m),
                      tuple(facts), race.slug, race.name, m.language)


def endorsement_post(endorsement: EndorsementView, race: RaceView, m: Messages) -> UpdatePost:
    """The post of a new endorsement: who endorsed whom, when, and their words."""
    _ = m.gettext
    ref = source_ref(endorsement.source)
    who = endorsement.endorser.name
    summary = _("{endorser} endorsed {candidate}.").format(endorser=who, candidate=endorsement.candidate.name)
    facts = []
    if endorsement.endorser.description:
        facts.append(Fact(f"{who}: {endorsement.endorser.description}", ref, endorsement.date))
    if endorsement.quote:
        facts.append(Fact(f"“{endorsement.quote}”", ref, endorsement.date))
    if endorsement.date:
        reported = _("Endorsement on {date}, reported by {source}").format(date=m.date(endorsement.date, "long"),
                                                                           source=ref.label)
    else:
        reported = _("Endorsement, reported by {source}").format(source=ref.label)
    facts.append(Fact(reported, ref, endorsement.date))
    return UpdatePost("endorsement", _("New endorsement: {race}").format(race=race_name(race, m)), summary,
                      tuple(facts), race.slug, race.name, m.language)


def digest_post(race: RaceView, polls: Sequence[Poll], new_polls: Sequence[UpdatePost],
                new_endorsements: Sequence[UpdatePost], today: dt.date, cadence: str, m: Messages) -> UpdatePost:
    """A race's digest: its polling average, then the new polls and endorsements since the last one."""
    _ = m.gettext
    names = race.candidate_names()
    facts: list[Fact] = []
    average = poll_average(polls)
    if average is not None:
        shares = ", ".join(f"{names.get(cid, '?')} {m.percent(share, 1)}" for cid, share in average.shares)
        values = {"shares": shares, "count": len(average.polls), "date": m.date(average.window_end)}
        if average.stage:
            text = _("Polling average ({stage}): {shares} — {count} polls up to {date}").format(
                stage=m.term("stage", average.stage), **values)
        else:
            text = _("Polling average: {shares} — {count} polls up to {date}").format(**values)
        facts.append(Fact(text))
    else:
        facts.append(Fact(_("No polls yet, so no polling average.")))
    for post in new_polls[:DIGEST_ITEMS]:
        facts.append(Fact(_("New poll: {poll}").format(poll=post.facts[0].text), post.facts[0].source,
                          post.facts[0].when))
    if len(new_polls) > DIGEST_ITEMS:
        facts.append(Fact(_("… and {count} more new polls").format(count=len(new_polls) - DIGEST_ITEMS)))
    for post in new_endorsements[:DIGEST_ITEMS]:
        facts.append(Fact(_("New endorsement: {endorsement}").format(endorsement=post.summary), post.facts[-1].source,
                          post.facts[-1].when))
    if len(new_endorsements) > DIGEST_ITEMS:
        facts.append(Fact(_("… and {count} more new endorsements").format(
            count=len(new_endorsements) - DIGEST_ITEMS)))
    upcoming = [s for s in race.stages if s.date >= today]
    if upcoming:
        stage = upcoming[0]
        days = (stage.date - today).days
        values = {"stage": m.term("stage", stage.stage), "date": m.date(stage.date, "long"), "count": days}
        if days == 0:
            countdown = _("The {stage} election is today ({date}).").format(**values)
        else:
            countdown = m.ngettext("The {stage} election is in {count} day ({date}).",
                                   "The {stage} election is in {count} days ({date}).", days).format(**values)
    else:
        countdown = _("No election day of this race is ahead.")
    polls_text = m.ngettext("{count} new poll", "{count} new polls", len(new_polls)).format(count=len(new_polls)) \
        if new_polls else _("No new polls")
    endorsements_text = (m.ngettext("{count} new endorsement", "{count} new endorsements", len(new_endorsements))
                         .format(count=len(new_endorsements)) if new_endorsements else _("No new endorsements"))
    news = (_("{polls} and {endorsements} since yesterday's digest.") if cadence == "daily"
            else _("{polls} and {endorsements} since the last digest.")).format(polls=polls_text,
                                                                              endorsements=endorsements_text)
    title = (_("Weekly digest: {race}") if cadence == "weekly" else _("Daily digest: {race}")).format(
        race=race_name(race, m))
    return UpdatePost("digest", title, f"{countdown} {news}", tuple(facts), race.slug, race.name, m.language)
