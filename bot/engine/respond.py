"""Answers from the data, one function per intent; every fact carries its source. Written in the language of the
reader's `Messages` (the asker's), with names of people and organisations as the data has them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.db.views import CandidateView as Candidate
from bot.db.views import ElectionResultView, PollView, RaceView, SourceView
from bot.engine import localized
from bot.engine.answers import Answer, Fact, ResolvedEntity, SourceRef
from bot.engine.average import PollAverage, current_stage_polls, only_hypothetical, poll_average, topline
from bot.engine.counts import count_answer, count_for
from bot.engine.race_choice import Place, races_fitting, stage_fits
from bot.engine.race_terms import RaceTerms
from bot.engine.reader import Reader
from bot.i18n import ENGLISH, Messages

POPULATIONS = {"lv": "likely voters", "rv": "registered voters", "a": "adults", "v": "voters"}
STATUS_WORDS = {
    "won": "won", "lost": "lost", "advanced": "advanced to the runoff", "eliminated": "eliminated",
    "withdrawn": "withdrew", "running": "running", "unknown": "status unknown",
}
# An office with its seat, as the 538 files name them: "U.S. Senate Class II", "U.S. House District 7".
_SEATED_OFFICE = re.compile(r"^(?P<office>.+?) (?:Class (?P<seat>[IVX]+)|District (?P<district>\d+))$")


def source_ref(source: SourceView) -> SourceRef:
    return SourceRef(source.url, source.title, source.publisher, source.published)


def race_entity(race: RaceView, score: float = 100.0, text: str = "") -> ResolvedEntity:
    return ResolvedEntity("race", race.id, race.name, score, text)


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
        return Answer("races", status="not_found", title=_("No such race"), summary=localized.no_race_summary(what, "",
                                                                                                              m))
    if terms.named or terms.offices or places or candidates:
        races = races_fitting(terms, table, today, places=places, candidates=candidates)
        if not races:
            return Answer("races", status="not_found", title=_("No such race"),
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
    return Answer("races", status="ok", title=title, summary=summary, facts=facts,
                  entities=tuple(race_entity(race) for race in races[:1]),
                  race_slug=races[0].slug if len(races) == 1 else None)


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
    return m.term("status", STATUS_WORDS.get(status, status))


def pct(value: float | None, m: Messages = ENGLISH) -> str:
    """A share in percent as the data has it: "45%", "45.5%" ("45 %" in Spanish); "n/a" when unknown."""
    return m.percent(value)


def poll_label(poll: PollView, m: Messages) -> str:
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
    shares = ", ".join(f"{names.get(r.candidate_id, '?')} {m.percent(r.pct)}" for r in _by_share(topline(poll)))
    return f"{poll_label(poll, m)}: {shares}" if shares else poll_label(poll, m)


def subgroup_lines(poll: PollView, names: dict[int, str], m: Messages, only: str | None = None) -> list[str]:
    groups: dict[str, list] = {}
    for result in poll.results:
        if result.subgroup and (only is None or result.subgroup.casefold() == only.casefold()):
            groups.setdefault(result.subgroup, []).append(result)
    lines = []
    for group, results in groups.items():
        figures = ", ".join(f"{names.get(r.candidate_id, '?')} {m.percent(r.pct)}" for r in _by_share(results)
                            if r.pct is not None)
        leaders = [names.get(r.candidate_id, "?") for r in results if r.leads and r.pct is None]
        notes = " ".join(r.note for r in results if r.note)
        ahead = m.gettext("{names} ahead").format(names=m.both(leaders)) if leaders and not figures else ""
        parts = [p for p in (figures, ahead, notes) if p]
        lines.append(f"{m.term('subgroup', group)}: {'; '.join(parts)}")
    return lines


def _by_share(results: Sequence) -> list:
    return sorted(results, key=lambda r: -(r.pct or 0))


def _stage_lines(race: RaceView, today: dt.date, m: Messages) -> list[str]:
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
    facts += [Fact(line) for line in _stage_lines(race, today, m)]
    template = (_("{count} candidates in the nonpartisan race for {office} ({place}, {cycle}).") if race.nonpartisan
                else _("{count} candidates in the race for {office} ({place}, {cycle})."))
    summary = template.format(count=len(candidacies), office=office_name(race.office, m), place=race.jurisdiction,
                              cycle=race.cycle)
    return Answer("race", status="ok", title=race_name(race, m), summary=summary, facts=tuple(facts),
                  entities=(race_entity(race),), race_slug=race.slug)


async def candidate_profile(reader: Reader, candidate_id: int, today: dt.date,
                            race_ids: tuple[int, ...] = ()) -> Answer:
    m = reader.messages
    _ = m.gettext
    candidate = await reader.candidate(candidate_id, race_ids)
    assert candidate is not None
    facts = []
    if candidate.description:
        facts.append(Fact(candidate.description))
    if candidate.party:
        facts.append(Fact(_("Party: {party}").format(party=candidate.party)))
    for candidacy in candidate.candidacies:
        facts.append(Fact(f"{race_name(candidacy.race, m)}: {status_word(candidacy.status, m)}"))
    endorsements = await reader.endorsements_of(candidate_id)
    if endorsements:
        names = ", ".join(e.endorser.name for e in endorsements[:8])
        if len(endorsements) > 8:
            facts.append(Fact(_("Endorsed by {names} and {count} more").format(names=names,
                                                                               count=len(endorsements) - 8)))
        else:
            facts.append(Fact(_("Endorsed by {names}").format(names=names)))
    if candidate.aliases:
        facts.append(Fact(_("Also known as: {names}").format(names=", ".join(candidate.aliases))))
    slug = candidate.candidacies[0].race.slug if len(candidate.candidacies) == 1 else None
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    return Answer("candidate", status="ok", title=candidate.name, summary=candidate.description or candidate.name,
                  facts=tuple(facts),
                  entities=(entity,), race_slug=slug)


def _endorsement_text(head: str, date: dt.date | None, quote: str | None, m: Messages) -> str:
    return head + (f", {m.date(date)}" if date else "") + (f": “{quote}”" if quote else "")


async def endorsements_of(reader: Reader, candidate: Candidate, race: RaceView | None = None) -> Answer:
    m = reader.messages
    _ = m.gettext
    rows = [e for e in await reader.endorsements_of(candidate.id) if race is None or e.race_id == race.id]
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    title = _("Endorsements of {name}").format(name=candidate.name)
    if not rows:
        return Answer("endorsements_of", status="no_data", title=title,
                      summary=_("No endorsements of {name} are recorded.").format(name=candidate.name), facts=(),
                      entities=(entity,))
    facts = tuple(
        Fact(_endorsement_text(f"{e.endorser.name}" + (f" ({e.endorser.description})" if e.endorser.description
                                                       else ""), e.date, e.quote, m),
             source_ref(e.source), e.date)
        for e in rows
    )
    summary = m.ngettext("{count} endorsement of {name} on record.", "{count} endorsements of {name} on record.",
                         len(rows)).format(count=len(rows), name=candidate.name)
    return Answer("endorsements_of", status="ok", title=title, summary=summary, facts=facts, entities=(entity,))


async def endorsements_by(reader: Reader, endorser_id: int) -> Answer:
    m = reader.messages
    _ = m.gettext
    rows = await reader.endorsements_by(endorser_id)
    endorser = rows[0].endorser if rows else await reader.endorser(endorser_id)  # the rows carry it
    assert endorser is not None
    entity = ResolvedEntity("endorser", endorser.id, endorser.name, 100.0)
    title = _("Endorsements by {name}").format(name=endorser.name)
    if not rows:
        return Answer("endorsements_by", status="no_data", title=title,
                      summary=_("{name} has no endorsement on record.").format(name=endorser.name), facts=(),
                      entities=(entity,))
    facts = tuple(
        Fact(_endorsement_text(f"{e.candidate.name} ({race_name(e.race, m)})", e.date, e.quote, m),
             source_ref(e.source), e.date)
        for e in rows
    )
    endorsed = ", ".join(dict.fromkeys(e.candidate.name for e in rows))
    summary = _("Yes: {endorser} endorsed {names}.").format(endorser=endorser.name, names=endorsed)
    return Answer("endorsements_by", status="ok", title=title, summary=summary, facts=facts, entities=(entity,))


async def poll_history(reader: Reader, race: RaceView) -> Answer:
    m = reader.messages
    polls = await reader.polls(race.id)
    if not polls:
        return _no_polls(race, "poll_history", m)
    names = race.candidate_names()
    facts = []
    for poll in polls:
        facts.append(Fact(poll_line(poll, names, m), source_ref(poll.source), poll.as_of))
        facts += [Fact(f"  {line}", source_ref(poll.source), poll.as_of) for line in subgroup_lines(poll, names, m)]
    summary = m.ngettext("{count} poll of {race}, oldest first.", "{count} polls of {race}, oldest first.",
                         len(polls)).format(count=len(polls), race=race_name(race, m))
    return Answer("poll_history", status="ok", title=m.gettext("Polls: {race}").format(race=race_name(race, m)),
                  summary=summary,
                  facts=tuple(facts), entities=(race_entity(race),), race_slug=race.slug)


def _month_text(month: int, year: int | None, m: Messages) -> str:
    """"June" or "June 2022" ("junio", "junio de 2022")."""
    return m.date(dt.date(year or 2000, month, 1), "month_year" if year else "month")


async def latest_poll(reader: Reader, race: RaceView, pollsters: Sequence[str] = (), *, month: int | None = None,
                      year: int | None = None, before_stage: str | None = None, stage: str | None = None) -> Answer:
    """The newest poll of a race; or the newest by a pollster or sponsor (any of the names of one, as the files of
    different years write it: "Emerson College", "Emerson"), of a month, of a stage, or before a stage's election
    day ("the poll before the primary")."""
    m = reader.messages
    _ = m.gettext
    if month is None and before_stage is None and stage is None:
        newest = [await reader.newest_poll(race.id, name) for name in pollsters or (None,)]
        poll = _newest([p for p in newest if p is not None])
        if (poll is None and pollsters) or (poll is not None and only_hypothetical(poll)):
            # a sponsor, not the pollster: the newest poll it paid for; a hypothetical match-up: the newest real one
            poll = _newest([p for p in await reader.polls(race.id)
                            if (not pollsters or _by_any(p, pollsters)) and not only_hypothetical(p)])
    else:
        polls = [p for p in await reader.polls(race.id)
                 if (not pollsters or _by_any(p, pollsters)) and not only_hypothetical(p)]
        if month is not None:
            polls = [p for p in polls if p.as_of.month == month and (year is None or p.as_of.year == year)]
        if stage is not None:
            polls = [p for p in polls if p.stage and stage_fits(p.stage, stage)]
        if before_stage is not None:
            day = next((s.date for s in race.stages if stage_fits(s.stage, before_stage)), None)
            polls = [p for p in polls if day is not None and p.as_of < day]
        poll = _newest(polls)
    pollster = next((n for n in pollsters if poll is None or _by(poll, n)), None)
    if poll is None:
        return _no_polls(race, "latest_poll", m, pollster, _month_text(month, year, m) if month else None)
    entities = [race_entity(race)]
    if pollster:
        entities.append(ResolvedEntity("pollster", 0, pollster, 100.0))
    names = race.candidate_names()
    ref = source_ref(poll.source)
    facts = [Fact(poll_line(poll, names, m), ref, poll.as_of)]
    facts += [Fact(line, ref, poll.as_of) for line in subgroup_lines(poll, names, m)]
    if poll.note:
        facts.append(Fact(_("Note: {note}").format(note=poll.note), ref))
    top = _by_share(topline(poll))
    summary = _lead_sentence(top, names, m) or poll_label(poll, m)
    name = race_name(race, m)
    if month is not None:
        when = _month_text(month, year, m)
        title = (_("The {when} {pollster} poll: {race}") if pollster else _("The {when} poll: {race}")).format(
            when=when, pollster=pollster, race=name)
    else:
        title = (_("Latest {pollster} poll: {race}") if pollster else _("Latest poll: {race}")).format(
            pollster=pollster, race=name)
    return Answer("latest_poll", status="ok", title=title, summary=summary, facts=tuple(facts),
                  entities=tuple(entities), race_slug=race.slug,
                  extra={"poll_id": poll.id})


def _newest(polls: Sequence[PollView]) -> PollView | None:
    return max(polls, key=lambda p: (p.as_of, p.id), default=None)


def _by_any(poll: PollView, names: Sequence[str]) -> bool:
    return any(_by(poll, name) for name in names)


def _by(poll: PollView, name: str) -> bool:
    """Whether a poll was made or paid for by `name`."""
    folded = name.casefold()
    return poll.pollster.casefold() == folded or any(s.casefold() == folded for s in poll.sponsors)


def _lead_sentence(top: Sequence, names: dict[int, str], m: Messages) -> str:
    if len(top) >= 2 and top[0].pct is not None and top[1].pct is not None:
        first, second = top[0], top[1]
        if first.pct == second.pct:
            return m.gettext("{first} and {second} are tied at {pct}.").format(
                first=names[first.candidate_id], second=names[second.candidate_id], pct=m.percent(first.pct))
        margin = first.pct - second.pct
        return m.gettext("{leader} leads {second} {leader_pct} to {second_pct} ({margin} points).").format(
            leader=names[first.candidate_id], second=names[second.candidate_id], leader_pct=m.percent(first.pct),
            second_pct=m.percent(second.pct), margin=m.signed(margin))
    return ""


async def average(reader: Reader, race: RaceView, candidate: Candidate | None = None) -> Answer:
    """The polling average; with a candidate, their share of it first."""
    m = reader.messages
    _ = m.gettext
    polls = await reader.recent_polls(race.id)
    result = poll_average(polls)
    if result is None:
        return _no_polls(race, "average", m)
    answer = _average_answer(race, polls, result, "average", m)
    if candidate is None:
        return answer
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    shares = [cid for cid, _share in result.shares]
    if candidate.id not in shares:
        summary = _("No poll in the average of {race} includes {name}.").format(race=race_name(race, m),
                                                                               name=candidate.name)
    else:
        place = shares.index(candidate.id)
        share = result.shares[place][1]
        sentence = _("{name} is at {share} in the polling average, {place} of {count}.").format(
            name=candidate.name, share=m.percent(share, 1), place=m.ordinal(place + 1), count=len(shares))
        summary = f"{sentence} {answer.summary}"
    return replace(answer, summary=summary, entities=(*answer.entities, entity))


async def pollsters(reader: Reader, race: RaceView) -> Answer:
    """Who polled a race: each pollster with its number of polls and its latest, most polls first."""
    m = reader.messages
    polls = await reader.polls(race.id)
    if not polls:
        return _no_polls(race, "pollsters", m)
    by_pollster: dict[str, list[PollView]] = {}
    for poll in polls:
        by_pollster.setdefault(poll.pollster, []).append(poll)
    ranked = sorted(by_pollster.items(), key=lambda item: (-len(item[1]), item[0]))
    facts = tuple(
        Fact(m.ngettext("{pollster}: {count} poll, latest ending {date}", "{pollster}: {count} polls, latest ending "
                        "{date}", len(done)).format(pollster=name, count=m.number(len(done)),
                                                    date=m.date(done[-1].as_of)),
             source_ref(done[-1].source), done[-1].as_of)
        for name, done in ranked)
    top, most = ranked[0][0], len(ranked[0][1])
    summary = m.gettext("{pollsters} polled {race} ({polls}); {top} the most, with {most}.").format(
        pollsters=_counted(len(ranked), "pollster", m), race=race_name(race, m),
        polls=_counted(len(polls), "poll", m), top=top, most=_counted(most, "poll", m))
    return Answer("pollsters", status="ok", title=m.gettext("Who polled {race}").format(race=race_name(race, m)),
                  summary=summary, facts=facts,
                  entities=(race_entity(race),), race_slug=race.slug)


def _counted(count: int, what: str, m: Messages) -> str:
    """"1 poll", "12 polls", "3 pollsters" in the asker's language."""
    if what == "pollster":
        return m.ngettext("{count} pollster", "{count} pollsters", count).format(count=m.number(count))
    return m.ngettext("{count} poll", "{count} polls", count).format(count=m.number(count))


async def is_running(reader: Reader, candidate_id: int, race_ids: tuple[int, ...], race: RaceView | None,
                     today: dt.date) -> Answer:
    """Whether a candidate runs (in a race, or at all), from their candidacies, the newest first."""
    m = reader.messages
    _ = m.gettext
    profile = await reader.candidate(candidate_id, race_ids)
    assert profile is not None
    entity = ResolvedEntity("candidate", profile.id, profile.name, 100.0)
    runs = sorted(profile.candidacies, key=lambda c: (-c.race.cycle, c.race.name))
    if race is not None:
        here = [c for c in runs if c.race.id == race.id]
        if not here:
            summary = _("No: {name} is not a candidate in the {race}.").format(name=profile.name,
                                                                              race=race_name(race, m))
            if runs:
                races = ", ".join(race_name(c.race, m) for c in runs[:3])
                summary += " " + _("They ran in: {races}.").format(races=races)
            return Answer("is_running", status="ok", title=f"{profile.name}: {race_name(race, m)}", summary=summary,
                          facts=(), entities=(entity, race_entity(race)), race_slug=race.slug)
        runs = here
    newest = runs[0]
    facts = tuple(Fact(f"{race_name(c.race, m)}: {status_word(c.status, m)}") for c in runs)
    template = (_("Yes: {name} is a candidate in the {race} ({status}).")
                if any(s.date >= today for s in newest.race.stages)
                else _("Yes: {name} was a candidate in the {race} ({status})."))
    summary = template.format(name=profile.name, race=race_name(newest.race, m), status=status_word(newest.status, m))
    return Answer("is_running", status="ok", title=f"{profile.name}: {race_name(newest.race, m)}", summary=summary,
                  facts=facts,
                  entities=(entity, race_entity(newest.race)), race_slug=newest.race.slug)


def _average_answer(race: RaceView, polls: Sequence[PollView], result: PollAverage, intent: str,
                    m: Messages) -> Answer:
    _ = m.gettext
    names = race.candidate_names()
    by_id = {p.id: p for p in polls}
    shares = ", ".join(f"{names.get(cid, '?')} {m.percent(share, 1)}" for cid, share in result.shares)
    if result.stage:
        facts = [Fact(_("Average ({stage}): {shares}").format(stage=m.term("stage", result.stage), shares=shares))]
    else:
        facts = [Fact(_("Average: {shares}").format(shares=shares))]
    facts.append(Fact(m.ngettext("Window: {start} – {end}; {count} poll, latest per pollster",
                                 "Window: {start} – {end}; {count} polls, latest per pollster",
                                 len(result.polls)).format(start=m.date(result.window_start),
                                                           end=m.date(result.window_end), count=len(result.polls))))
    for used in result.polls:
        poll = by_id[used.poll_id]
        facts.append(Fact(_("{poll} — weight {weight}").format(poll=poll_line(poll, names, m),
                                                               weight=m.number(used.weight, 2)),
                          source_ref(poll.source), used.as_of))
    lead = ""
    if len(result.shares) >= 2:
        (a, sa), (b, sb) = result.shares[0], result.shares[1]
        if round(sa - sb, 1) == 0:  # "leads by 0.0 points" is a tie
            lead = _("{first} and {second} are tied in the polling average at {share}.").format(
                first=names.get(a, "?"), second=names.get(b, "?"), share=m.percent(sa, 1))
        else:
            lead = _("{leader} leads {second} by {points} points in the polling average.").format(
                leader=names.get(a, "?"), second=names.get(b, "?"), points=m.number(sa - sb, 1))
    elif result.shares:
        lead = _("{leader} is at {share} in the polling average.").format(
            leader=names.get(result.shares[0][0], "?"), share=m.percent(result.shares[0][1], 1))
    return Answer(intent, status="ok", title=_("Polling average: {race}").format(race=race_name(race, m)),
                  summary=lead, facts=tuple(facts),
                  entities=(race_entity(race),), race_slug=race.slug,
                  extra={"shares": [[cid, round(s, 2)] for cid, s in result.shares]})


async def who_leads(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    """Results if the race is decided, else the polling average and the latest poll."""
    m = reader.messages
    results = await reader.election_results(race.id)
    decided = [r for r in results if r.stage in ("general", "runoff")]
    if decided:
        answer = await election_results(reader, race, None)
        return Answer("leader", status=answer.status, title=answer.title, summary=answer.summary, facts=answer.facts,
                      entities=answer.entities,
                      race_slug=race.slug)
    count = count_for(reader.current_counts(race.id), None)
    if count is not None:  # votes are being counted: the count, not the polls
        return count_answer(race, count, "leader", m=m)
    polls = await reader.recent_polls(race.id)
    result = poll_average(polls)
    if result is None:
        return _no_polls(race, "leader", m)
    avg = _average_answer(race, polls, result, "leader", m)
    _, stage_polls = current_stage_polls(polls)
    newest = max(stage_polls, key=lambda p: (p.as_of, p.id))
    names = race.candidate_names()
    facts = (Fact(m.gettext("Latest poll: {poll}").format(poll=poll_line(newest, names, m)),
                  source_ref(newest.source), newest.as_of), *avg.facts)
    return Answer("leader", status="ok", title=m.gettext("Who is ahead: {race}").format(race=race_name(race, m)),
                  summary=avg.summary,
                  facts=facts, entities=avg.entities, race_slug=race.slug, extra=avg.extra)


async def candidate_standing(reader: Reader, race: RaceView, candidate: Candidate, today: dt.date) -> Answer:
    """How one candidate is doing: the result if the race is decided, else their place in the polling average."""
    m = reader.messages
    _ = m.gettext
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    results = [r for r in await reader.election_results(race.id) if r.candidate_id == candidate.id]
    count = count_for(reader.current_counts(race.id), None)
    if not results and count is not None:  # votes are being counted: their place in the count
        return count_answer(race, count, "leader", candidate, m=m)
    base = await who_leads(reader, race, today)
    if results:
        final = results[-1]
        sentence = _("{name} got {pct} in the {stage}.").format(name=candidate.name, pct=m.percent(final.pct),
                                                               stage=m.term("stage", final.stage))
        summary = f"{sentence} {base.summary}"
    else:
        shares = [tuple(item) for item in base.extra.get("shares", [])]
        place = next((n for n, (cid, _share) in enumerate(shares) if cid == candidate.id), None)
        if place is None:
            summary = _("No poll of {race} includes {name}.").format(race=race_name(race, m), name=candidate.name)
        else:
            share = shares[place][1]
            if place == 0 and len(shares) > 1:
                summary = _("{name} leads the polling average with {share}, ahead of {second} ({second_share})."
                            ).format(name=candidate.name, share=m.percent(share, 1),
                                     second=_name_of(race, shares[1][0]), second_share=m.percent(shares[1][1], 1))
            elif place == 0:
                summary = _("{name} leads the polling average with {share}.").format(name=candidate.name,
                                                                                    share=m.percent(share, 1))
            else:
                leader_id, leader_share = shares[0]
                summary = _("{name} is at {share} in the polling average, {place} of {count}; {leader} leads with "
                            "{leader_share}.").format(name=candidate.name, share=m.percent(share, 1),
                                                      place=m.ordinal(place + 1), count=len(shares),
                                                      leader=_name_of(race, leader_id),
                                                      leader_share=m.percent(leader_share, 1))
    return Answer("leader", status=base.status, title=f"{candidate.name}: {race_name(race, m)}", summary=summary,
                  facts=base.facts,
                  entities=(*base.entities, entity), race_slug=race.slug, extra=base.extra)


def _name_of(race: RaceView, candidate_id: int) -> str:
    return race.candidate_names().get(candidate_id, "?")


async def subgroup(reader: Reader, race: RaceView, group: str, candidate: Candidate | None = None) -> Answer:
    m = reader.messages
    _ = m.gettext
    polls = [p for p in await reader.polls(race.id)
             if any(r.subgroup.casefold() == group.casefold() for r in p.results)]
    entities = [race_entity(race), ResolvedEntity("subgroup", 0, group, 100.0)]
    if candidate:
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
    label, name = m.term("subgroup", group), race_name(race, m)
    if not polls:
        return Answer("subgroup", status="no_data", title=f"{label}: {name}",
                      summary=_("No poll of {race} reports results for {group}.").format(race=name, group=label),
                      facts=(),
                      entities=tuple(entities), race_slug=race.slug)
    names = race.candidate_names()
    facts = []
    for poll in reversed(polls):
        for line in subgroup_lines(poll, names, m, only=group):
            if candidate is None or candidate.name in line:
                facts.append(Fact(f"{poll_label(poll, m)} — {line}", source_ref(poll.source), poll.as_of))
            else:
                facts.append(Fact(_("{poll} — {line} (no figure for {name})").format(
                    poll=poll_label(poll, m), line=line, name=candidate.name), source_ref(poll.source), poll.as_of))
    summary = facts[0].text.split(" — ", 1)[1] if facts else ""
    return Answer("subgroup", status="ok", title=_("How {group} are voting: {race}").format(group=label, race=name),
                  summary=summary,
                  facts=tuple(facts), entities=tuple(entities), race_slug=race.slug)


async def election_date(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    m = reader.messages
    _ = m.gettext
    lines = _stage_lines(race, today, m)
    upcoming = [s for s in race.stages if s.date >= today]
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
    elif race.stages:
        last = race.stages[-1]
        summary = _("The {stage} was held on {date} ({count} days ago).").format(
            stage=m.term("stage", last.stage), date=m.date(last.date, "long"), count=(today - last.date).days)
    else:
        summary = _("No election date is recorded for this race.")
    return Answer("election_date", status="ok" if race.stages else "no_data",
                  title=_("When: {race}").format(race=race_name(race, m)), summary=summary,
                  facts=tuple(Fact(line) for line in lines), entities=(race_entity(race),), race_slug=race.slug)


async def election_results(reader: Reader, race: RaceView, stage: str | None,
                           candidate: Candidate | None = None) -> Answer:
    """Who won (or advanced from) each stage; with a candidate, how they did first."""
    m = reader.messages
    _ = m.gettext
    rows = await reader.election_results(race.id)
    if stage:
        rows = [r for r in rows if stage_fits(r.stage, stage)]
    if not rows:  # no final results: the count as it stands, if a results source has one
        count = count_for(reader.current_counts(race.id), stage)
        if count is not None:
            return count_answer(race, count, "results", candidate, m=m)
    if candidate is not None and rows:
        return await _candidate_results(reader, race, stage, candidate, rows)
    name = race_name(race, m)
    title = _("Results: {race}").format(race=name)
    if not rows:
        summary = (_("No {stage} results of {race} are recorded yet.").format(stage=m.term("stage", stage), race=name)
                   if stage else _("No results of {race} are recorded yet.").format(race=name))
        return Answer("results", status="no_data", title=title, summary=summary, facts=(),
                      entities=(race_entity(race),), race_slug=race.slug)
    stages = [s.stage for s in race.stages]
    by_stage: dict[str, list] = {}
    for row in rows:
        by_stage.setdefault(row.stage, []).append(row)
    ordered = sorted(by_stage, key=lambda s: stages.index(s) if s in stages else 99, reverse=True)
    facts = []
    for stage_name in ordered:
        for row in by_stage[stage_name]:
            votes = _("{count} votes").format(count=m.number(row.votes)) if row.votes is not None else ""
            share = m.percent(row.pct) if row.pct is not None else ""
            figures = ", ".join(p for p in (votes, share) if p)
            facts.append(Fact(f"{m.term('stage', stage_name).capitalize()}: {row.candidate.name} {figures}",
                              source_ref(row.source)))
    final = ordered[0]
    top = by_stage[final]
    status = {c.candidate_id: c.status for c in race.candidacies}
    later = [s for s in stages if stages.index(s) > stages.index(final)] if final in stages else []
    if later or final in ("primary", "jungle primary") and stage == final:
        advanced = [r for r in top if status.get(r.candidate_id) in ("advanced", "won", "lost")] or top[:2]
        names = m.both([f"{r.candidate.name} ({m.percent(r.pct)})" for r in advanced])
        if later:
            summary = m.ngettext("{names} advanced from the {stage} to the {next}.",
                                 "{names} advanced from the {stage} to the {next}.", len(advanced)).format(
                names=names, stage=m.term("stage", final), next=m.term("stage", later[0]))
        else:
            summary = m.ngettext("{names} advanced from the {stage} to the next round.",
                                 "{names} advanced from the {stage} to the next round.", len(advanced)).format(
                names=names, stage=m.term("stage", final))
    else:
        winner = top[0]
        values = {"winner": winner.candidate.name, "stage": m.term("stage", final), "pct": m.percent(winner.pct)}
        if winner.votes:
            values["votes"] = m.number(winner.votes)
        if len(top) > 1:
            values |= {"runner": top[1].candidate.name, "runner_pct": m.percent(top[1].pct)}
            template = (_("{winner} won the {stage} election with {pct}, {votes} votes over {runner} ({runner_pct}).")
                        if winner.votes else _("{winner} won the {stage} election with {pct} over {runner} "
                                               "({runner_pct})."))
        else:
            template = (_("{winner} won the {stage} election with {pct}, {votes} votes.") if winner.votes
                        else _("{winner} won the {stage} election with {pct}."))
        summary = template.format(**values)
    return Answer("results", status="ok", title=title, summary=summary, facts=tuple(facts),
                  entities=(race_entity(race),), race_slug=race.slug)


async def _candidate_results(reader: Reader, race: RaceView, stage: str | None, candidate: Candidate,
                             rows: Sequence[ElectionResultView]) -> Answer:
    m = reader.messages
    _ = m.gettext
    base = await election_results(reader, race, stage)
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    own = [r for r in rows if r.candidate_id == candidate.id]
    if not own:
        if stage:
            summary = _("{name} has no {stage} result recorded in the {race}.").format(
                name=candidate.name, stage=m.term("stage", stage), race=race_name(race, m))
        else:
            summary = _("{name} has no result recorded in the {race}.").format(name=candidate.name,
                                                                              race=race_name(race, m))
        return replace(base, summary=summary, entities=(*base.entities, entity))
    lines = []
    for row in own:
        stage_rows = [r for r in rows if r.stage == row.stage]
        place = 1 + sorted(stage_rows, key=lambda r: -(r.votes or r.pct or 0)).index(row)
        values = {"name": candidate.name, "pct": m.percent(row.pct), "stage": m.term("stage", row.stage),
                  "place": m.ordinal(place), "count": len(stage_rows)}
        if row.votes is not None:
            lines.append(_("{name} got {pct}, {votes} votes in the {stage}, {place} of {count}").format(
                votes=m.number(row.votes), **values))
        else:
            lines.append(_("{name} got {pct} in the {stage}, {place} of {count}").format(**values))
    summary = "; ".join(lines) + "."
    facts = tuple(Fact(line, source_ref(row.source)) for line, row in zip(lines, own, strict=True))
    return replace(base, summary=summary, facts=(*facts, *base.facts), entities=(*base.entities, entity))


async def compare(reader: Reader, race: RaceView, first: Candidate, second: Candidate) -> Answer:
    m = reader.messages
    _ = m.gettext
    polls = await reader.polls(race.id)
    names = race.candidate_names()
    entities = (race_entity(race), ResolvedEntity("candidate", first.id, first.name, 100.0),
                ResolvedEntity("candidate", second.id, second.name, 100.0))
    facts: list[Fact] = []
    result = poll_average(polls)
    if result:
        shares = dict(result.shares)
        if first.id in shares and second.id in shares:
            facts.append(Fact(_("Polling average: {first} {first_share}, {second} {second_share}").format(
                first=first.name, first_share=m.percent(shares[first.id], 1), second=second.name,
                second_share=m.percent(shares[second.id], 1))))
    for poll in reversed(polls):
        top = {r.candidate_id: r.pct for r in topline(poll)}
        if first.id in top and second.id in top:
            facts.append(Fact(f"{poll_label(poll, m)}: {first.name} {m.percent(top[first.id])}, {second.name} "
                              f"{m.percent(top[second.id])}", source_ref(poll.source), poll.as_of))
    for row in await reader.election_results(race.id):
        if row.candidate_id in (first.id, second.id):
            stage = m.term("stage", row.stage)
            values = {"Stage": stage.capitalize(), "stage": stage, "name": names.get(row.candidate_id),
                      "pct": m.percent(row.pct)}
            template = _("{Stage} result: {name} {votes} votes, {pct}") if row.votes else _("{Stage} result: {name} "
                                                                                             "{pct}")
            facts.append(Fact(template.format(votes=m.number(row.votes) if row.votes else "", **values),
                              source_ref(row.source)))
    for cand in (first, second):
        count = len([e for e in await reader.endorsements_of(cand.id) if e.race_id == race.id])
        facts.append(Fact(m.ngettext("{name}: {count} endorsement on record", "{name}: {count} endorsements on record",
                                     count).format(name=cand.name, count=count)))
    summary = facts[0].text if facts else _("No polls compare {first} and {second}.").format(first=first.name,
                                                                                            second=second.name)
    return Answer("compare", status="ok", title=_("{first} vs {second}").format(first=first.name, second=second.name),
                  summary=summary,
                  facts=tuple(facts), entities=entities, race_slug=race.slug)


def _no_polls(race: RaceView, intent: str, m: Messages, pollster: str | None = None, when: str | None = None) -> Answer:
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
