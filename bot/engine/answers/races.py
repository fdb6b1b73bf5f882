"""Answers about races: which races there are, who is running in one, and when it is held."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.db.views import RaceView
from bot.engine.answers import Answer, Fact, localized
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import top_two_stage
from bot.engine.answers.wording import (
    by_votes,
    office_name,
    race_entity,
    race_name,
    source_ref,
    stage_lines,
    status_word,
)
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.race_choice import Place, races_fitting, stage_fits
from bot.engine.understanding.race_terms import RaceTerms
from bot.i18n import Messages

MAX_LISTED_RACES = 15  # "which races ...": more than this, and the question is asked to narrow it


def race_list(reader: Reader, terms: RaceTerms, today: dt.date, places: Sequence[Place] = (),
              candidates: Sequence[Sequence[int]] = (), unknown: str = "") -> Answer:
    """The races that fit what a question names ("which races are in georgia", "what senate races do you have"),
    the one a question would be about first, then the newest; every race when it names none. `unknown`: words of
    the question that name nothing known ("races in narnia")."""
    m = reader.messages
    _ = m.gettext
    table = reader.race_table()
    what = " ".join(p for p in (terms.describe(m), unknown) if p)
    if unknown:
        return Answer(QuestionKind.RACES, status="not_found", title=_("No such race"),
                      summary=localized.no_race_summary(what, "", m))
    if terms.named or terms.offices or places or candidates:
        races = races_fitting(terms, table, today, places=places, candidates=candidates)
        if not races:
            return Answer(QuestionKind.RACES, status="not_found", title=_("No such race"),
                          summary=localized.no_race_summary(what or _("that"), "", m))
        title = _("Races: {what}").format(what=what) if what else _("Races")
        summary = m.ngettext("{count} race fits, the likeliest first.", "{count} races fit, the likeliest first.",
                             len(races)).format(count=m.number(len(races)))
    else:
        races = sorted(table.races, key=lambda race: (-race.cycle, race.name))
        title = _("Races")
        summary = m.ngettext("I know {count} race, the newest first.", "I know {count} races, the newest first.",
                             len(races)).format(count=m.number(len(races)))
    if len(races) > MAX_LISTED_RACES:
        summary += " " + _("Here are {shown}: name a state, an office or a year to narrow the list.").format(
            shown=m.number(MAX_LISTED_RACES))
    facts = tuple(Fact(f"{race_name(race, m)} ({race.slug})") for race in races[:MAX_LISTED_RACES])
    return Answer(QuestionKind.RACES, status="ok", title=title, summary=summary, facts=facts,
                  entities=tuple(race_entity(race) for race in races[:1]),
                  race_slug=races[0].slug if len(races) == 1 else None)


async def race_overview(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    """Who is running, with status and party, and the election dates."""
    m = reader.messages
    _ = m.gettext
    order = {"won": 0, "advanced": 1, "running": 2, "lost": 3, "eliminated": 4, "withdrawn": 5, "unknown": 6}
    candidacies = sorted(race.candidacies, key=lambda c: (order.get(c.status, 9), c.candidate.name))
    facts = []
    for c in candidacies:
        party = c.party or c.candidate.party
        extra = ", ".join(p for p in (party, _("incumbent") if c.incumbent else "") if p)
        label = f"{c.candidate.name}" + (f" ({extra})" if extra else "")
        facts.append(Fact(f"{label}: {status_word(c.status, m)}"))
    facts += [Fact(line) for line in stage_lines(race, today, m)]
    facts += await _top_two(reader, race, m)
    template = (_("{count} candidates in the nonpartisan race for {office} ({place}, {cycle}).") if race.nonpartisan
                else _("{count} candidates in the race for {office} ({place}, {cycle})."))
    summary = template.format(count=len(candidacies), office=office_name(race.office, m), place=race.jurisdiction,
                              cycle=race.cycle)
    return Answer(QuestionKind.RACE, status="ok", title=race_name(race, m), summary=summary, facts=tuple(facts),
                  entities=(race_entity(race),), race_slug=race.slug)


async def _top_two(reader: Reader, race: RaceView, m: Messages) -> list[Fact]:
    """The race card's results: each stage's first two, with their figures and the margin between them."""
    rows = await reader.election_results(race.id)
    by_stage: dict[str, list] = {}
    for row in rows:
        by_stage.setdefault(row.stage, []).append(row)
    facts = []
    for stage, stage_rows in by_stage.items():
        top = by_votes(stage_rows)[:2]
        shares = ", ".join(f"{r.candidate.name} {m.percent(r.pct)}" for r in top)
        line = m.gettext("{stage} results: {shares}").format(stage=m.term("stage", stage).capitalize(), shares=shares)
        if len(top) == 2 and top[0].pct is not None and top[1].pct is not None:
            line += " " + m.gettext("({points} points apart)").format(points=m.number(top[0].pct - top[1].pct, 2))
        facts.append(Fact(line, source_ref(top[0].source)))
    return facts


async def election_date(reader: Reader, race: RaceView, today: dt.date, stage: str | None = None, *,
                        between: bool = False) -> Answer:
    """When a race's next stage (or the stage asked) is held (days to go), or when its last one was; `between`: the
    days between its first and last stages."""
    m = reader.messages
    _ = m.gettext
    lines = stage_lines(race, today, m)
    if between and len(race.stages) >= 2:
        first, last = race.stages[0], race.stages[-1]
        summary = _("{count} days separate the {first} ({first_date}) and the {second} ({second_date}).").format(
            count=m.number((last.date - first.date).days), first=m.term("stage", first.stage),
            first_date=m.date(first.date, "long"), second=m.term("stage", last.stage),
            second_date=m.date(last.date, "long"))
        return Answer(QuestionKind.ELECTION_DATE, status="ok", title=_("When: {race}").format(race=race_name(race, m)),
                      summary=summary, facts=tuple(Fact(line) for line in lines), entities=(race_entity(race),),
                      race_slug=race.slug)
    asked = top_two_stage(race, stage) if stage else None
    stages = [s for s in race.stages if stage_fits(s.stage, asked)] if asked else []
    stages = stages or list(race.stages)
    upcoming = [s for s in stages if s.date >= today]
    if upcoming:
        nxt = upcoming[0]
        days = (nxt.date - today).days
        stage, date = m.term("stage", nxt.stage), m.date(nxt.date, "long")
        if days == 0:
            summary = _("The {stage} is today, on {date}.").format(stage=stage, date=date)
        else:
            summary = m.ngettext("The {stage} is in {count} days, on {date}.",
                                 "The {stage} is in {count} days, on {date}.", days).format(stage=stage, count=days,
                                                                                          date=date)
    elif stages:
        last = stages[-1]
        summary = _("The {stage} was held on {date} ({count} days ago).").format(
            stage=m.term("stage", last.stage), date=m.date(last.date, "long"), count=(today - last.date).days)
    else:
        summary = _("No election date is recorded for this race.")
    return Answer(QuestionKind.ELECTION_DATE, status="ok" if race.stages else "no_data",
                  title=_("When: {race}").format(race=race_name(race, m)), summary=summary,
                  facts=tuple(Fact(line) for line in lines), entities=(race_entity(race),), race_slug=race.slug)
