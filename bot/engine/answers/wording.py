"""How answers write what they show, in the asker's language: races, offices, statuses, shares, polls and
sources, and the answer when a race has no polls."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from bot.db.views import ElectionResultView, PollView, RaceView, SourceView
from bot.engine.answers import Answer, ResolvedEntity, SourceRef
from bot.engine.answers.average import topline
from bot.engine.kinds import QuestionKind
from bot.i18n import ENGLISH, Messages

POPULATIONS = {"lv": "likely voters", "rv": "registered voters", "a": "adults", "v": "voters"}


STATUS_WORDS = {
    "won": "won", "lost": "lost", "advanced": "advanced to the runoff", "eliminated": "eliminated",
    "withdrawn": "withdrew", "running": "running", "unknown": "status unknown",
}


# An office with its seat, as the 538 files name them: "U.S. Senate Class II", "U.S. House District 7".
_SEATED_OFFICE = re.compile(r"^(?P<office>.+?) (?:Class (?P<seat>[IVX]+)|District (?P<district>\d+))$")


def source_ref(source: SourceView) -> SourceRef:
    """The answer's reference to a source of the data."""
    return SourceRef(source.url, source.title, source.publisher, source.published)


def race_entity(race: RaceView, score: float = 100.0, text: str = "") -> ResolvedEntity:
    """The race as an entity of an answer."""
    return ResolvedEntity("race", race.id, race.name, score, text)


def race_name(race: RaceView, m: Messages) -> str:
    """A race's name in the asker's language, through the glossary ("2022 Los Angeles mayoral election")."""
    return m.term("race", race.name)


def office_name(office: str, m: Messages) -> str:
    """An office in the asker's language, through the glossary; a seat's class or district kept as a number."""
    if m.english:
        return office
    seated = _SEATED_OFFICE.match(office)
    if seated is None:
        return m.term("office", office)
    base = m.term("office", seated["office"])
    if seated["seat"]:
        return m.gettext("{office} (class {seat})").format(office=base, seat=seated["seat"])
    return m.gettext("{office}, district {district}").format(office=base, district=seated["district"])


def status_word(status: str, m: Messages) -> str:
    """A candidacy's status in words ("advanced to the runoff"), in the asker's language."""
    return m.term("status", STATUS_WORDS.get(status, status))


def pct(value: float | None, m: Messages = ENGLISH) -> str:
    """A share in percent as the data has it: "45%", "45.5%" ("45 %" in Spanish); "n/a" when unknown."""
    return m.percent(value)


def poll_label(poll: PollView, m: Messages) -> str:
    """A poll in one line: pollster (for sponsors), field dates, sample size and population."""
    _ = m.gettext
    pollster = _("{pollster} for {sponsors}").format(pollster=poll.pollster, sponsors=", ".join(poll.sponsors)) \
        if poll.sponsors else poll.pollster
    if poll.start_date and poll.end_date:
        when = _("{start}–{end}").format(start=m.date(poll.start_date, "day"), end=m.date(poll.end_date))
    elif poll.end_date:
        when = _("ending {date}").format(date=m.date(poll.end_date))
    else:
        when = _("reported {date}").format(date=m.date(poll.as_of))
    population = m.term("population", POPULATIONS.get(poll.population or "", poll.population or ""))
    sample = _("n={size}").format(size=m.number(poll.sample_size)) if poll.sample_size else ""
    details = " ".join(p for p in (sample, population) if p)
    if details:
        return _("{pollster} ({when}, {details})").format(pollster=pollster, when=when, details=details)
    return _("{pollster} ({when})").format(pollster=pollster, when=when)


def poll_line(poll: PollView, names: dict[int, str], m: Messages) -> str:
    """A poll and its topline shares, the largest first."""
    shares = ", ".join(f"{names.get(r.candidate_id, '?')} {m.percent(r.pct)}" for r in by_share(topline(poll)))
    return f"{poll_label(poll, m)}: {shares}" if shares else poll_label(poll, m)


def subgroup_lines(poll: PollView, names: dict[int, str], m: Messages, only: str | None = None) -> list[str]:
    """One line per group of voters of a poll (or only the one named), with its shares and notes."""
    groups: dict[str, list] = {}
    for result in poll.results:
        if result.subgroup and (only is None or result.subgroup.casefold() == only.casefold()):
            groups.setdefault(result.subgroup, []).append(result)
    lines = []
    for group, results in groups.items():
        figures = ", ".join(f"{names.get(r.candidate_id, '?')} {m.percent(r.pct)}" for r in by_share(results)
                            if r.pct is not None)
        leaders = [names.get(r.candidate_id, "?") for r in results if r.leads and r.pct is None]
        notes = " ".join(r.note for r in results if r.note)
        ahead = m.gettext("{names} ahead").format(names=m.both(leaders)) if leaders and not figures else ""
        parts = [p for p in (figures, ahead, notes) if p]
        lines.append(f"{m.term('subgroup', group)}: {'; '.join(parts)}")
    return lines


def by_share(results: Sequence) -> list:
    """Results sorted by share, the largest first (no share last)."""
    return sorted(results, key=lambda r: -(r.pct or 0))


def stage_lines(race: RaceView, today: dt.date, m: Messages) -> list[str]:
    """One line per stage of a race: its date and how far away it is, or "held"."""
    _ = m.gettext
    lines = []
    for stage in race.stages:
        days = (stage.date - today).days
        if days > 0:
            when = m.ngettext("in {count} day", "in {count} days", days).format(count=days)
        elif days == 0:
            when = _("today")
        else:
            when = _("held")
        lines.append(_("{stage}: {date} ({when})").format(stage=m.term("stage", stage.stage).capitalize(),
                                                          date=m.date(stage.date, "long"), when=when))
    return lines


def counted(count: int, what: str, m: Messages) -> str:
    """"1 poll", "12 polls", "3 pollsters" in the asker's language."""
    if what == "pollster":
        return m.ngettext("{count} pollster", "{count} pollsters", count).format(count=m.number(count))
    return m.ngettext("{count} poll", "{count} polls", count).format(count=m.number(count))


def name_of(race: RaceView, candidate_id: int) -> str:
    """A candidate's name in a race, "?" when the race has no such candidate."""
    return race.candidate_names().get(candidate_id, "?")


def no_polls(race: RaceView, intent: QuestionKind, m: Messages, pollster: str | None = None,
             when: str | None = None) -> Answer:
    """The answer when a race has no poll (by the pollster, of the month) the question asks for."""
    _ = m.gettext
    name = race_name(race, m)
    if pollster and when:
        summary = _("No {when} {pollster} poll of {race} is recorded.").format(when=when, pollster=pollster, race=name)
    elif pollster:
        summary = _("No {pollster} poll of {race} is recorded.").format(pollster=pollster, race=name)
    elif when:
        summary = _("No {when} poll of {race} is recorded.").format(when=when, race=name)
    else:
        summary = _("No poll of {race} is recorded.").format(race=name)
    return Answer(intent, status="no_data", title=_("Polls: {race}").format(race=name), summary=summary, facts=(),
                  entities=(race_entity(race),),
                  race_slug=race.slug)


def by_votes(results: Iterable) -> list:
    """Results of one stage in their order: the most votes first (the largest share, where votes are not known)."""
    return sorted(results, key=lambda r: (-(r.votes or 0), -(r.pct or 0)))


def vote_figures(row: ElectionResultView, m: Messages) -> str:
    """ "43.11%, 278,511 votes", or the share alone when the votes are not known."""
    if row.votes is None:
        return m.percent(row.pct)
    return m.gettext("{pct}, {votes} votes").format(pct=m.percent(row.pct), votes=m.number(row.votes))
