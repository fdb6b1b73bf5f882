"""Answers from the polls of a race: the latest or a named poll, the history, the average, who polled it, who
leads, how a group of voters is voting and two candidates side by side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.db.views import CandidateView as Candidate
from bot.db.views import PollView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.average import PollAverage, current_stage_polls, only_hypothetical, poll_average, topline
from bot.engine.answers.counts import count_answer, count_for
from bot.engine.answers.endorsements import endorser_count
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import election_results
from bot.engine.answers.voter_groups import labels_for
from bot.engine.answers.wording import (
    POPULATIONS,
    by_share,
    counted,
    no_polls,
    poll_label,
    poll_line,
    race_entity,
    race_name,
    source_ref,
    subgroup_lines,
)
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.month_parts import MonthAsked
from bot.engine.understanding.race_choice import stage_fits
from bot.i18n import N_, Messages


async def poll_history(reader: Reader, race: RaceView) -> Answer:
    """Every poll of a race, oldest first, with its groups of voters and sources."""
    m = reader.messages
    polls = await reader.polls(race.id)
    if not polls:
        return no_polls(race, QuestionKind.POLL_HISTORY, m)
    names = race.candidate_names()
    facts = []
    for poll in polls:
        facts.append(Fact(poll_line(poll, names, m), source_ref(poll.source), poll.as_of))
        facts += [Fact(f"  {line}", source_ref(poll.source), poll.as_of) for line in subgroup_lines(poll, names, m)]
    summary = m.ngettext("{count} poll of {race}, oldest first.", "{count} polls of {race}, oldest first.",
                         len(polls)).format(count=len(polls), race=race_name(race, m))
    return Answer(QuestionKind.POLL_HISTORY, status="ok",
                  title=m.gettext("Polls: {race}").format(race=race_name(race, m)), summary=summary,
                  facts=tuple(facts), entities=(race_entity(race),), race_slug=race.slug)


def _in_month(poll: PollView, month: int, year: int | None) -> bool:
    """Whether a poll is of a month: its fieldwork touched it (a poll of Jul 26-Aug 2 is July's and August's), or,
    without field dates, it was reported in it. A part of the month named ("late august") narrows it to its days."""
    first = poll.start_date or poll.as_of
    if isinstance(month, MonthAsked) and month.part is not None:
        spans = [month.days(y) for y in ({year} if year else {first.year, poll.as_of.year})]
        return any(first <= last and start <= poll.as_of for start, last in spans)
    days = [first, poll.as_of]
    return any(d.month == month and (year is None or d.year == year) for d in days) or (
        first < dt.date(year or poll.as_of.year, month, 1) < poll.as_of)


def _month_text(month: int, year: int | None, m: Messages) -> str:
    """"June" or "June 2022" ("junio", "junio de 2022"); "late June 2022" ("finales de junio de 2022")."""
    text = m.date(dt.date(year or 2000, month, 1), "month_year" if year else "month")
    part = month.part if isinstance(month, MonthAsked) else None
    return m.gettext(_PART_TEXTS[part]).format(month=text) if part else text


# A part of a month, around its name.
_PART_TEXTS = {"early": N_("early {month}"), "mid": N_("mid-{month}"), "late": N_("late {month}"),
               "week1": N_("{month} (first week)"), "week2": N_("{month} (second week)"),
               "week3": N_("{month} (third week)"), "week4": N_("{month} (fourth week)"),
               "last_week": N_("{month} (last week)")}


async def latest_poll(reader: Reader, race: RaceView, pollsters: Sequence[str] = (), *, month: int | None = None,
                      year: int | None = None, before_stage: str | None = None, stage: str | None = None,
                      candidate: Candidate | None = None, population: str | None = None,
                      without: Sequence[str] = ()) -> Answer:
    """The newest poll of a race; or the newest by a pollster or sponsor (any of the names of one, as the files of
    different years write it: "Emerson College", "Emerson"), of a month, of a stage, of a population ("lv"), or
    before a stage's election day ("the poll before the primary"); by none of the pollsters `without` ("the newest
    poll that wasn't from berkeley")."""
    m = reader.messages
    _ = m.gettext
    poll, polls, newest = await _pick_latest(reader, race, pollsters, month=month, year=year,
                                             before_stage=before_stage, stage=stage, population=population,
                                             without=without)
    pollster = next((n for n in pollsters if poll is None or _by(poll, n)), None)
    if poll is None and population is not None:  # "no likely voters poll of ...", "no november registered voters"
        asked = m.term("population", POPULATIONS.get(population, population))
        return no_polls(race, QuestionKind.LATEST_POLL, m, pollster,
                        _("{when} {population}").format(when=_month_text(month, year, m), population=asked)
                        if month else asked)
    if poll is None:
        return no_polls(race, QuestionKind.LATEST_POLL, m, pollster,
                        _month_text(month, year, m) if month else str(year) if year else None)
    entities = [race_entity(race)]
    if pollster:
        entities.append(ResolvedEntity("pollster", 0, pollster, 100.0))
    names = race.candidate_names()
    ref = source_ref(poll.source)
    facts = [Fact(poll_line(poll, names, m), ref, poll.as_of)]
    facts += [Fact(line, ref, poll.as_of) for line in subgroup_lines(poll, names, m)]
    if poll.note:
        facts.append(Fact(_("Note: {note}").format(note=poll.note), ref))
    top = by_share(topline(poll))
    summary = _lead_sentence(top, names, m) or poll_label(poll, m)
    own = next((r for r in top if candidate is not None and r.candidate_id == candidate.id), None)
    if candidate is not None:  # "what did caruso get in the wallin poll": their share first
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
        summary = (_("{name} got {pct} in this poll.").format(name=candidate.name, pct=m.percent(own.pct))
                   if own is not None and own.pct is not None else
                   _("This poll has no figure for {name}.").format(name=candidate.name)) + " " + summary
    summary = _passed_over(poll, newest, pollster, m) + summary
    if month is not None and len(polls) > 1:  # the month's polls, each named, the newest first
        others = sorted(polls, key=lambda p: (p.as_of, p.id), reverse=True)
        summary = _("{count} polls were taken in {when}, by {pollsters}; the newest: {lead}").format(
            count=len(polls), when=_month_text(month, year, m),
            pollsters=", ".join(dict.fromkeys(p.pollster for p in others)), lead=summary)
        facts += [Fact(poll_line(p, names, m), source_ref(p.source), p.as_of) for p in others if p.id != poll.id]
    name = race_name(race, m)
    if month is not None:
        when = _month_text(month, year, m)
        if len(polls) > 1:
            title = (_("The {when} {pollster} polls: {race}") if pollster else _("The {when} polls: {race}")).format(
                when=when, pollster=pollster, race=name)
        else:
            title = (_("The {when} {pollster} poll: {race}") if pollster else _("The {when} poll: {race}")).format(
                when=when, pollster=pollster, race=name)
    elif population is not None:
        title = (_("Latest {pollster} poll of {population}: {race}") if pollster else
                 _("Latest poll of {population}: {race}")).format(
            pollster=pollster, population=m.term("population", POPULATIONS.get(population, population)), race=name)
    else:
        title = (_("Latest {pollster} poll: {race}") if pollster else _("Latest poll: {race}")).format(
            pollster=pollster, race=name)
    return Answer(QuestionKind.LATEST_POLL, status="ok", title=title, summary=summary, facts=tuple(facts),
                  entities=tuple(entities), race_slug=race.slug,
                  extra={"poll_id": poll.id})


async def _pick_latest(reader: Reader, race: RaceView, pollsters: Sequence[str], *, month: int | None,
                       year: int | None, before_stage: str | None, stage: str | None, population: str | None,
                       without: Sequence[str]) -> tuple[PollView | None, list[PollView], PollView | None]:
    """The newest poll that fits, the polls that fit, and the newest poll that fits all but the population."""
    if month is None and year is None and before_stage is None and stage is None and population is None \
            and not without:
        newest = [await reader.newest_poll(race.id, name) for name in pollsters or (None,)]
        poll = _newest([p for p in newest if p is not None])
        if (poll is None and pollsters) or (poll is not None and only_hypothetical(poll)):
            # a sponsor, not the pollster: the newest poll it paid for; a hypothetical match-up: the newest real one
            poll = _newest([p for p in await reader.polls(race.id)
                            if (not pollsters or by_any(p, pollsters)) and not only_hypothetical(p)])
        return poll, [], poll
    polls = [p for p in polls_named(await reader.polls(race.id), pollsters, month, year)
             if not only_hypothetical(p) and not (without and by_any(p, without))]
    if stage is not None:
        polls = [p for p in polls if p.stage and stage_fits(p.stage, stage)]
    if before_stage is not None:
        day = next((s.date for s in race.stages if stage_fits(s.stage, before_stage)), None)
        polls = [p for p in polls if day is not None and p.as_of < day]
    newest = _newest(polls)
    if population is not None:
        polls = [p for p in polls if p.population == population]
    return _newest(polls), polls, newest


def _passed_over(poll: PollView, newest: PollView | None, pollster: str | None, m: Messages) -> str:
    """ "registered voters in the final igs poll": when the named pollster's newest poll asked another population
    than the one named, says so before the newest poll of that population ("" otherwise)."""
    if pollster is None or newest is None or newest.as_of <= poll.as_of or newest.population == poll.population:
        return ""
    return m.gettext("The newest {pollster} poll ({dates}) asked {asked}, not {population}; its newest poll of "
                     "{population}:").format(
        pollster=newest.pollster, dates=m.date(newest.as_of),
        asked=m.term("population", POPULATIONS.get(newest.population or "", newest.population or "")),
        population=m.term("population", POPULATIONS.get(poll.population or "", poll.population or ""))) + " "


def _newest(polls: Sequence[PollView]) -> PollView | None:
    return max(polls, key=lambda p: (p.as_of, p.id), default=None)


def by_any(poll: PollView, names: Sequence[str]) -> bool:
    """Whether one of `names` took or paid for the poll."""
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
        return no_polls(race, QuestionKind.AVERAGE, m)
    answer = _average_answer(race, polls, result, QuestionKind.AVERAGE, m)
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


async def pollsters(reader: Reader, race: RaceView, names: Sequence[str] = (), *, month: int | None = None,
                    year: int | None = None, population: str | None = None, stage: str | None = None,
                    without: Sequence[str] = ()) -> Answer:
    """Who polled a race: each pollster with its number of polls and its latest, most polls first; of the polls of a
    pollster, month, year, population or stage named ("how many la mayor polls surveyed likely voters"); none by the
    pollsters `without` ("which pollsters besides berkeley")."""
    m = reader.messages
    polls = [p for p in polls_named(await reader.polls(race.id), names, month, year)
             if (population is None or p.population == population) and (stage is None or p.stage is None
                                                                         or stage_fits(p.stage, stage))
             and not (without and by_any(p, without))]
    which = " ".join(filter(None, (
        _month_text(month, year, m) if month else str(year) if year else None,
        m.term("population", POPULATIONS.get(population, population)) if population else None)))
    if not polls:
        return no_polls(race, QuestionKind.POLLSTERS, m, names[0] if names else None, which or None)
    if which or names:
        shown = " ".join(filter(None, (which, *names[:1])))
        found = await pollsters(reader, race)
        return replace(found, summary=m.gettext("{which}: {polls} of {race}, by {names}.").format(
            which=shown, polls=counted(len(polls), "poll", m), race=race_name(race, m),
            names=m.series(list(dict.fromkeys(p.pollster for p in polls)))))
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
        pollsters=counted(len(ranked), "pollster", m), race=race_name(race, m),
        polls=counted(len(polls), "poll", m), top=top, most=counted(most, "poll", m))
    return Answer(QuestionKind.POLLSTERS, status="ok",
                  title=m.gettext("Who polled {race}").format(race=race_name(race, m)), summary=summary, facts=facts,
                  entities=(race_entity(race),), race_slug=race.slug)


def _average_answer(race: RaceView, polls: Sequence[PollView], result: PollAverage, intent: QuestionKind,
                    m: Messages, *, summary_only: bool = False) -> Answer:
    """The polling average as an answer; `summary_only`: without its facts, for a caller that reads only the
    summary and the shares (a person's card)."""
    _ = m.gettext
    names = race.candidate_names()
    facts = [] if summary_only else _average_facts(race, polls, result, m)
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


def _average_facts(race: RaceView, polls: Sequence[PollView], result: PollAverage, m: Messages) -> list[Fact]:
    """The facts of a polling average: the shares, the window, and each poll it used with its weight."""
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
    return facts


async def who_leads(reader: Reader, race: RaceView, today: dt.date, *, polls_asked: bool = False,
                    summary_only: bool = False) -> Answer:
    """Results if the race is decided, else the polling average and the latest poll; the polls whatever the
    results when the question asks for polls ("la mayor polls"). `summary_only`: the polling average without its
    facts, for a caller that reads only the summary and the shares."""
    m = reader.messages
    results = await reader.election_results(race.id)
    decided = [r for r in results if r.stage in ("general", "runoff")]
    if polls_asked and await reader.recent_polls(race.id):
        decided = []
    if decided:
        answer = await election_results(reader, race, None)
        return Answer(QuestionKind.LEADER, status=answer.status, title=answer.title, summary=answer.summary,
                      facts=answer.facts,
                      entities=answer.entities,
                      race_slug=race.slug)
    count = count_for(reader.current_counts(race.id), None)
    if count is not None and not polls_asked:  # votes are being counted: the count, not the polls
        return count_answer(race, count, QuestionKind.LEADER, m=m)
    polls = await reader.recent_polls(race.id)
    result = poll_average(polls)
    if result is None:
        return no_polls(race, QuestionKind.LEADER, m)
    avg = _average_answer(race, polls, result, QuestionKind.LEADER, m, summary_only=summary_only)
    facts = avg.facts
    if not summary_only:
        _, stage_polls = current_stage_polls(polls)
        newest = max(stage_polls, key=lambda p: (p.as_of, p.id))
        facts = (Fact(m.gettext("Latest poll: {poll}").format(poll=poll_line(newest, race.candidate_names(), m)),
                      source_ref(newest.source), newest.as_of), *facts)
    return Answer(QuestionKind.LEADER, status="ok",
                  title=m.gettext("Who is ahead: {race}").format(race=race_name(race, m)), summary=avg.summary,
                  facts=facts, entities=avg.entities, race_slug=race.slug, extra=avg.extra)


def polls_named(polls: Sequence[PollView], pollsters: Sequence[str], month: int | None,
                year: int | None) -> list[PollView]:
    """The polls by any of a pollster's names (all without one), of a month (any without one) or of a year named
    alone ("was any fm3 poll fielded in 2022")."""
    return [p for p in polls if (not pollsters or by_any(p, pollsters))
            and (_in_month(p, month, year) if month is not None else year is None or _in_year(p, year))]


def _in_year(poll: PollView, year: int) -> bool:
    """Whether a poll's fieldwork (or, without field dates, its report) touched a year."""
    return (poll.start_date or poll.as_of).year <= year <= poll.as_of.year


async def subgroup(reader: Reader, race: RaceView, group: str, candidate: Candidate | None = None, *,
                   pollsters: Sequence[str] = (), month: int | None = None, year: int | None = None) -> Answer:
    """How a group of voters is voting in a race's polls, newest first; with a candidate, their figure in each;
    with a pollster or month named, in those polls only (none: that no such poll is recorded)."""
    m = reader.messages
    _ = m.gettext
    named = polls_named(await reader.polls(race.id), pollsters, month, year)
    if not named:
        return await latest_poll(reader, race, pollsters, month=month, year=year)
    labels = labels_for(group, (r.subgroup for p in named for r in p.results))  # "hispanic": Latino voters
    polls = [p for p in named if any(r.subgroup in labels for r in p.results)]
    group = min(labels, key=len) if labels else group
    entities = [race_entity(race), ResolvedEntity("subgroup", 0, group, 100.0)]
    if candidate:
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
    label, name = m.term("subgroup", group), race_name(race, m)
    if not polls:
        which = " ".join([_month_text(month, year, m)] if month else []) or None
        summary = (_("No {which} poll of {race} reports results for {group}.").format(
            which=" ".join(filter(None, (which, *pollsters[:1]))), race=name, group=label)
            if which or pollsters else _("No poll of {race} reports results for {group}.").format(race=name,
                                                                                                 group=label))
        return Answer(QuestionKind.SUBGROUP, status="no_data", title=f"{label}: {name}",
                      summary=summary,
                      facts=(),
                      entities=tuple(entities), race_slug=race.slug)
    names = race.candidate_names()
    facts = []
    for poll in reversed(polls):
        only = next(r.subgroup for r in poll.results if r.subgroup in labels)
        for line in subgroup_lines(poll, names, m, only=only):
            if candidate is None or candidate.name in line:
                facts.append(Fact(f"{poll_label(poll, m)} — {line}", source_ref(poll.source), poll.as_of))
            else:
                facts.append(Fact(_("{poll} — {line} (no figure for {name})").format(
                    poll=poll_label(poll, m), line=line, name=candidate.name), source_ref(poll.source), poll.as_of))
    summary = facts[0].text.split(" — ", 1)[1] if facts else ""
    return Answer(QuestionKind.SUBGROUP, status="ok",
                  title=_("How {group} are voting: {race}").format(group=label, race=name), summary=summary,
                  facts=tuple(facts), entities=tuple(entities), race_slug=race.slug)


async def compare(reader: Reader, race: RaceView, first: Candidate, second: Candidate) -> Answer:
    """Two candidates side by side: the average, the polls that have both, results and endorsements."""
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
    results = await reader.election_results(race.id)
    for row in results:
        if row.candidate_id in (first.id, second.id):
            stage = m.term("stage", row.stage)
            values = {"Stage": stage.capitalize(), "stage": stage, "name": names.get(row.candidate_id),
                      "pct": m.percent(row.pct)}
            template = _("{Stage} result: {name} {votes} votes, {pct}") if row.votes else _("{Stage} result: {name} "
                                                                                             "{pct}")
            facts.append(Fact(template.format(votes=m.number(row.votes) if row.votes else "", **values),
                              source_ref(row.source)))
    final = {row.stage for row in results}
    for count in reader.current_counts(race.id):  # a stage counted but with no final results: its count
        if count.stage in final:
            continue
        for person in count.counts:
            if person.candidate.id in (first.id, second.id):
                stage = m.term("stage", count.stage)
                facts.append(Fact(_("{Stage} result: {name} {votes} votes, {pct}").format(
                    Stage=stage.capitalize(), stage=stage, name=person.candidate.name, votes=m.number(person.votes),
                    pct=m.percent(100 * person.votes / count.total if count.total else 0.0, 1)),
                    source_ref(count.source)))
        if count.area and any(p.candidate.id in (first.id, second.id) for p in count.counts):
            facts.append(Fact(_("This count covers {area} only.").format(area=count.area), source_ref(count.source)))
    compared = bool(facts)  # the figures that set them side by side: the average, polls, results
    for cand in (first, second):
        count = endorser_count([e for e in await reader.endorsements_of(cand.id) if e.race_id == race.id])
        facts.append(Fact(m.ngettext("{name}: {count} endorsement on record", "{name}: {count} endorsements on record",
                                     count).format(name=cand.name, count=count)))
    summary = facts[0].text if compared else _("No polls compare {first} and {second}.").format(first=first.name,
                                                                                               second=second.name)
    return Answer(QuestionKind.COMPARE, status="ok",
                  title=_("{first} vs {second}").format(first=first.name, second=second.name), summary=summary,
                  facts=tuple(facts), entities=entities, race_slug=race.slug)
