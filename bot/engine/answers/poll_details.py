"""A field of one poll a question names: its sample, whom it asked, field dates, sponsor or method."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.db.views import PollView, RaceView
from bot.engine.answers import Answer, Fact
from bot.engine.answers.average import only_hypothetical
from bot.engine.answers.polls import by_any, latest_poll
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import POPULATIONS, poll_line, race_name, source_ref
from bot.engine.kinds import Attribute
from bot.i18n import Messages


def _field_dates(poll: PollView, m: Messages) -> str:
    """When a poll was taken, in a sentence."""
    if poll.start_date and poll.end_date:
        return m.gettext("{pollster} took this poll from {start} to {end}.").format(
            pollster=poll.pollster, start=m.date(poll.start_date, "long"), end=m.date(poll.end_date, "long"))
    return m.gettext("The field dates of this {pollster} poll are not recorded; it was reported {date}.").format(
        pollster=poll.pollster, date=m.date(poll.as_of, "long"))


async def poll_detail(reader: Reader, race: RaceView, attribute: Attribute, pollsters: Sequence[str] = (), *,
                      month: int | None = None, year: int | None = None, before_stage: str | None = None,
                      stage: str | None = None, first: bool = False, extreme: int | None = None) -> Answer:
    """A field of the poll a question names (the latest when it names none, or the first with `first`): its sample,
    whom it asked, field dates, sponsor or method, with the poll's line and source."""
    m = reader.messages
    found = await latest_poll(reader, race, pollsters, month=month, year=year, before_stage=before_stage, stage=stage)
    poll = next((p for p in await reader.polls(race.id) if p.id == found.extra.get("poll_id")), None)
    if found.status != "ok" or poll is None:
        return found
    _ = m.gettext
    polls = [p for p in await reader.polls(race.id) if (not pollsters or by_any(p, pollsters))
             and not only_hypothetical(p)]
    sized = [p for p in polls if p.sample_size]
    if first or extreme is not None and sized:  # the first poll, or the one of the largest or smallest sample
        by_size = sorted(sized, key=lambda p: p.sample_size or 0)
        poll = min(polls, key=lambda p: (p.as_of, p.id)) if first else by_size[-1] if extreme else by_size[0]
        title = (_("First poll: {race}") if first else _("Largest sample: {race}") if extreme
                 else _("Smallest sample: {race}"))
        found = replace(found, title=title.format(race=race_name(race, m)),
                        facts=(Fact(poll_line(poll, race.candidate_names(), m), source_ref(poll.source), poll.as_of),))
    if attribute in (Attribute.FIELD_DATES, Attribute.POLL_DATE):
        summary = _field_dates(poll, m)
        if attribute == Attribute.POLL_DATE:  # its date first, and what it found
            summary = (_("The first poll of {race}: {dates}") if first else _("The newest poll of {race}: {dates}")
                       ).format(race=race_name(race, m), dates=summary)
            summary = f"{summary} {found.summary}" if not first else summary
        return replace(found, summary=summary, extra={**found.extra, "poll_id": poll.id})
    if attribute == Attribute.POPULATION:
        population = m.term("population", POPULATIONS.get(poll.population or "", poll.population or ""))
        summary = (_("This {pollster} poll asked {population}{size}.").format(
            pollster=poll.pollster, population=population,
            size=f" (n={m.number(poll.sample_size)})" if poll.sample_size else "")
            if population else _("Whom this {pollster} poll asked is not recorded.").format(pollster=poll.pollster))
        return replace(found, summary=summary)
    if attribute == Attribute.MARGIN_OF_ERROR:
        return replace(found, summary=margin_of_error(poll, m))
    if attribute == Attribute.SAMPLE_SIZE:
        population = m.term("population", POPULATIONS.get(poll.population or "", poll.population or ""))
        summary = (_("{pollster} asked {size} {population}.").format(pollster=poll.pollster,
                                                                     size=m.number(poll.sample_size),
                                                                     population=population or _("people"))
                   if poll.sample_size else _("No sample size is recorded for this {pollster} poll.").format(
                       pollster=poll.pollster))
    elif attribute == Attribute.SPONSOR:
        summary = (_("This {pollster} poll was paid for by {sponsors}.").format(pollster=poll.pollster,
                                                                               sponsors=m.series(poll.sponsors))
                   if poll.sponsors else _("No sponsor is recorded for this {pollster} poll.").format(
                       pollster=poll.pollster))
    else:
        summary = (_("{pollster} took this poll by {method}.").format(pollster=poll.pollster, method=poll.method)
                   if poll.method else _("The method of this {pollster} poll is not recorded.").format(
                       pollster=poll.pollster))
    return replace(found, summary=summary)


# "margin of error about +/-3 points", "Margin of error given as 3.5% by ...": the figure a poll's note gives.
_MOE = re.compile(r"margin of error\D{0,25}?(\d+(?:\.\d+)?)\s*(?:%|percent|points?|pts)", re.IGNORECASE)


def margin_of_error(poll: PollView, m: Messages) -> str:
    """A poll's margin of error as its source gives it (in its note), or that none is recorded."""
    found = _MOE.search(poll.note or "")
    if found is None:
        return m.gettext("No margin of error is recorded for this {pollster} poll.").format(pollster=poll.pollster)
    return m.gettext("This {pollster} poll's margin of error: ±{points} points.").format(
        pollster=poll.pollster, points=m.number(float(found.group(1))))
