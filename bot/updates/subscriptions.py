"""Subscriptions: subscribe a channel to a race's updates, list, unsubscribe and preview; answers as typed values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import DataChange, Race, Subscription
from bot.engine.answers import Answer, Fact
from bot.engine.answers.wording import race_name
from bot.engine.engine import QuestionEngine
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, Messages, messages
from bot.updates import schedule
from bot.updates.outbox import Clock, Outbox, utc, utc_now
from bot.updates.posts import PostBuilder, UpdatePost


def what_words(what: str, m: Messages) -> str:
    """What a subscription posts, in words: "new polls", "a digest" …"""
    _ = m.gettext
    words = {"polls": _("new polls"), "endorsements": _("new endorsements"), "digest": _("a digest"),
             "results": _("the count's news (first results, lead changes, calls, certification)")}
    return words[what]


@dataclass(frozen=True, slots=True)
class SubscribeRequest:
    """What `/updates subscribe` asks for, as typed by the user (checked by `subscribe`); `language`: of the posts."""

    guild_id: int
    channel_id: int
    race: str
    what: str
    when: str | None = None
    time: str | None = None
    weekday: str | None = None
    timezone: str | None = None
    user_id: int | None = None
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class SubscriptionInfo:
    """A subscription as the list shows it."""

    id: int
    channel_id: int
    race_slug: str
    race_name: str
    what: str
    schedule: str
    next_due_at: dt.datetime | None
    paused_reason: str | None
    language: str = DEFAULT_LANGUAGE

    def label(self, m: Messages) -> str:
        """The subscription in one line of the list, in the language."""
        return m.gettext("#{id}: {what} for {race}, {schedule}").format(id=self.id, what=what_words(self.what, m),
                                                                       race=self.race_slug, schedule=self.schedule)


class Subscriptions:
    """Each method answers in `language`, the asker's ("en", "es" or a locale such as "es-419"; None: English)."""

    def __init__(self, db: Database, engine: QuestionEngine, outbox: Outbox, clock: Clock = utc_now) -> None:
        self.db = db
        self.engine = engine
        self.outbox = outbox
        self.clock = clock

    async def subscribe(self, request: SubscribeRequest, language: str | None = None) -> Answer:
        """Create (or change, or resume) a channel's subscription; it posts only what is new from now on."""
        m = messages(language)
        _ = m.gettext
        if request.what not in schedule.WHATS:
            return _refusal(_("“{what}” is not something to subscribe to: pick polls, endorsements, digest or "
                              "results.").format(what=request.what), m)
        if request.language not in LANGUAGES:
            return _refusal(_("“{language}” is not a language Racebot posts in: pick English or Español.").format(
                language=request.language), m)
        cadence = request.when or ("daily" if request.what == "digest" else "instant")
        if cadence not in schedule.CADENCES:
            return _refusal(_("“{when}” is not a schedule: pick instant, daily or weekly.").format(when=cadence), m)
        if request.what == "results" and cadence != "instant":
            return _refusal(_("The count's news is posted as it happens: leave out when: for results."), m)
        if request.what == "digest" and cadence == "instant":
            return _refusal(_("A digest comes daily or weekly: add when:daily (and time:09:00) or when:weekly."), m)
        try:
            at_time = schedule.parse_time(request.time or schedule.DEFAULT_TIME) if cadence != "instant" else None
            weekday = schedule.parse_weekday(request.weekday or "monday") if cadence == "weekly" else None
            timezone = (request.timezone or schedule.DEFAULT_TIMEZONE).strip()
            schedule.zone(timezone)
        except schedule.ScheduleError as exc:
            return _refusal(exc.message(m), m)
        race, problem = await self.engine.find_race(request.race, m.language)
        if race is None:
            assert problem is not None
            return problem
        now = self.clock()
        async with self.db.sessions.begin() as session:
            top = await session.scalar(select(func.max(DataChange.id))) or 0
            subscription = await session.scalar(select(Subscription).where(
                Subscription.channel_id == request.channel_id, Subscription.race_id == race.id,
                Subscription.what == request.what))
            title = _("Subscription changed") if subscription is not None else _("Subscription created")
            if subscription is None:
                subscription = Subscription(guild_id=request.guild_id, channel_id=request.channel_id, race_id=race.id,
                                            what=request.what, created_at=now, change_cursor=top, digest_cursor=top,
                                            failures=0)
                session.add(subscription)
            elif subscription.paused_reason:
                title = _("Subscription resumed")
                subscription.change_cursor = max(subscription.change_cursor, top)  # what came meanwhile is old news
            subscription.cadence, subscription.at_time, subscription.weekday = cadence, at_time, weekday
            subscription.timezone, subscription.created_by = timezone, request.user_id
            subscription.language = request.language
            subscription.paused_reason, subscription.paused_at, subscription.failures = None, None, 0
            subscription.next_due_at = schedule.next_due(cadence, at_time, weekday, timezone, now)
            await session.flush()
            subscription_id = subscription.id
        when = schedule.describe(cadence, at_time, weekday, timezone, m)
        summary = _("<#{channel}> gets {what} for {race}, {when}.").format(
            channel=request.channel_id, what=what_words(request.what, m), race=race_name(race, m), when=when)
        facts = [Fact(_("Subscription #{id}: only what is new from now on is posted.").format(id=subscription_id))]
        if subscription.next_due_at is not None:
            facts.append(Fact(_("Next post: {when}.").format(when=_local(subscription.next_due_at, timezone, m))))
        if request.language != m.language or request.language != DEFAULT_LANGUAGE:
            facts.append(Fact(_("Posts are written in {language}.").format(
                language=LANGUAGE_NAMES[request.language])))
        facts.append(Fact(_("/updates preview shows what a post looks like; /updates unsubscribe stops it.")))
        return Answer("subscribe", status="ok", title=title, summary=summary, facts=tuple(facts), race_slug=race.slug,
                      extra={"subscription_id": subscription_id}, language=m.language)

    async def unsubscribe(self, guild_id: int, subscription_id: int, language: str | None = None) -> Answer:
        """End one of the guild's subscriptions; the answer says so, or that there is no such one."""
        m = messages(language)
        async with self.db.sessions.begin() as session:
            subscription = await session.get(Subscription, subscription_id)
            if subscription is None or subscription.guild_id != guild_id:
                return _unknown(subscription_id, m)
            race = await session.get(Race, subscription.race_id)
            await session.delete(subscription)  # its unsent posts go with it
        name = m.term("race", race.name) if race else m.gettext("the race")
        return Answer("unsubscribe", status="ok", title=m.gettext("Unsubscribed"),
                      summary=m.gettext("<#{channel}> gets no more {what} for {race}.").format(
                          channel=subscription.channel_id, what=what_words(subscription.what, m), race=name),
                      language=m.language)

    async def infos(self, guild_id: int, language: str | None = None) -> list[SubscriptionInfo]:
        """The guild's subscriptions, oldest first."""
        m = messages(language)
        async with self.db.session() as session:
            rows = await session.execute(
                select(Subscription, Race.slug, Race.name).join(Race, Race.id == Subscription.race_id)
                .where(Subscription.guild_id == guild_id).order_by(Subscription.id))
            infos = []
            for row in rows:
                s = row.Subscription
                infos.append(SubscriptionInfo(s.id, s.channel_id, row.slug, row.name, s.what,
                                              schedule.describe(s.cadence, s.at_time, s.weekday, s.timezone, m),
                                              utc(s.next_due_at) if s.next_due_at else None, s.paused_reason,
                                              s.language))
            return infos

    async def list_answer(self, guild_id: int, language: str | None = None) -> Answer:
        """The guild's subscriptions as an answer."""
        m = messages(language)
        _ = m.gettext
        infos = await self.infos(guild_id, m.language)
        if not infos:
            return Answer("subscriptions", status="no_data", title=_("Update subscriptions"),
                          summary=_("This server has no subscriptions. Add one with /updates subscribe."),
                          language=m.language)
        facts = []
        for info in infos:
            state = _("PAUSED: {reason}").format(reason=info.paused_reason) if info.paused_reason else _("active")
            values = {"id": info.id, "what": what_words(info.what, m), "race": m.term("race", info.race_name),
                      "channel": info.channel_id, "schedule": info.schedule, "state": state}
            if info.language != DEFAULT_LANGUAGE:
                values["state"] = f"{state} · {LANGUAGE_NAMES[info.language]}"
            if info.next_due_at and not info.paused_reason:
                text = _("#{id} {what} for {race} in <#{channel}>, {schedule} — {state}; next post {due} UTC").format(
                    due=f"{info.next_due_at:%Y-%m-%d %H:%M}", **values)
            else:
                text = _("#{id} {what} for {race} in <#{channel}>, {schedule} — {state}").format(**values)
            facts.append(Fact(text))
        paused = sum(1 for i in infos if i.paused_reason)
        if paused:
            summary = m.ngettext("{count} subscription in this server, {paused} paused.",
                                 "{count} subscriptions in this server, {paused} paused.", len(infos))
        else:
            summary = m.ngettext("{count} subscription in this server.", "{count} subscriptions in this server.",
                                 len(infos))
        return Answer("subscriptions", status="ok", title=_("Update subscriptions"),
                      summary=summary.format(count=len(infos), paused=paused), facts=tuple(facts), language=m.language)

    async def preview(self, guild_id: int, subscription_id: int, language: str | None = None) -> UpdatePost | Answer:
        """The next post of a subscription (in its language): the one waiting, else one built now from the data
        (nothing is sent)."""
        m = messages(language)
        async with self.db.session() as session:
            subscription = await session.get(Subscription, subscription_id)
            if subscription is None or subscription.guild_id != guild_id:
                return _unknown(subscription_id, m)
            waiting = await self.outbox.pending(subscription_id)
            if waiting is not None:
                return waiting
            builder = PostBuilder(session)
            posts_in = messages(subscription.language)
            if subscription.what == "digest":
                top = await session.scalar(select(func.max(DataChange.id))) or 0
                today = self.clock().astimezone(schedule.zone(subscription.timezone)).date()
                post = await builder.digest(subscription.race_id, subscription.digest_cursor, top, today,
                                            subscription.cadence, posts_in)
            else:
                post = await builder.latest(subscription.race_id, subscription.what, posts_in)
        if post is None:
            nothing = {"polls": m.gettext("There are no polls for this race yet; the first one will be posted."),
                       "endorsements": m.gettext("There are no endorsements for this race yet; the first one will "
                                                 "be posted."),
                       "results": m.gettext("There are no results for this race yet; the first one will be posted."),
                       "digest": m.gettext("There are no digest for this race yet; the first one will be posted.")}
            return Answer("preview", status="no_data", title=m.gettext("Nothing to preview yet"),
                          summary=nothing[subscription.what],
                          language=m.language)
        return post


def _refusal(text: str, m: Messages) -> Answer:
    return Answer("subscribe", status="rejected", title=m.gettext("Subscription not changed"), summary=text,
                  language=m.language)


def _unknown(subscription_id: int, m: Messages) -> Answer:
    return Answer("subscription", status="not_found", title=m.gettext("No such subscription"),
                  summary=m.gettext("This server has no subscription #{id}. /updates list shows them.").format(
                      id=subscription_id), language=m.language)


def _local(when: dt.datetime, timezone: str, m: Messages) -> str:
    return f"{m.date(utc(when).astimezone(schedule.zone(timezone)), 'weekday_time')} {timezone}"
