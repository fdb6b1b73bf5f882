"""Answers from the data, one function per intent; every fact carries its source."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.db.views import CandidateView as Candidate
from bot.db.views import ElectionResultView, PollView, RaceView, SourceView
from bot.engine.answers import Answer, Fact, ResolvedEntity, SourceRef
from bot.engine.average import PollAverage, current_stage_polls, only_hypothetical, poll_average, topline
from bot.engine.counts import count_answer, count_for
from bot.engine.race_choice import stage_fits
from bot.engine.reader import Reader
from bot.formats import plural

POPULATIONS = {"lv": "likely voters", "rv": "registered voters", "a": "adults", "v": "voters"}
STATUS_WORDS = {
    "won": "won", "lost": "lost", "advanced": "advanced to the runoff", "eliminated": "eliminated",
    "withdrawn": "withdrew", "running": "running", "unknown": "status unknown",
}


def source_ref(source: SourceView) -> SourceRef:
    return SourceRef(source.url, source.title, source.publisher, source.published)


def race_entity(race: RaceView, score: float = 100.0, text: str = "") -> ResolvedEntity:
    return ResolvedEntity("race", race.id, race.name, score, text)


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}%"


def poll_label(poll: PollView) -> str:
    sponsors = f" for {', '.join(poll.sponsors)}" if poll.sponsors else ""
    if poll.start_date and poll.end_date:
        when = f"{poll.start_date:%b %d}–{poll.end_date:%b %d, %Y}"
    elif poll.end_date:
        when = f"ending {poll.end_date:%b %d, %Y}"
    else:
        when = f"reported {poll.as_of:%b %d, %Y}"
    population = POPULATIONS.get(poll.population or "", poll.population or "")
    sample = f"n={poll.sample_size:,} " if poll.sample_size else ""
    who = f", {sample}{population}".rstrip() if (sample or population) else ""
    return f"{poll.pollster}{sponsors} ({when}{who})"


def poll_line(poll: PollView, names: dict[int, str]) -> str:
    shares = ", ".join(f"{names.get(r.candidate_id, '?')} {pct(r.pct)}" for r in _by_share(topline(poll)))
    return f"{poll_label(poll)}: {shares}" if shares else poll_label(poll)


def subgroup_lines(poll: PollView, names: dict[int, str], only: str | None = None) -> list[str]:
    groups: dict[str, list] = {}
    for result in poll.results:
        if result.subgroup and (only is None or result.subgroup.casefold() == only.casefold()):
            groups.setdefault(result.subgroup, []).append(result)
    lines = []
    for group, results in groups.items():
        figures = ", ".join(f"{names.get(r.candidate_id, '?')} {pct(r.pct)}" for r in _by_share(results)
                            if r.pct is not None)
        leaders = [names.get(r.candidate_id, "?") for r in results if r.leads and r.pct is None]
        notes = " ".join(r.note for r in results if r.note)
        parts = [p for p in (figures, f"{' and '.join(leaders)} ahead" if leaders and not figures else "", notes) if p]
        lines.append(f"{group}: {'; '.join(parts)}")
    return lines


def _by_share(results: Sequence) -> list:
    return sorted(results, key=lambda r: -(r.pct or 0))


def _stage_lines(race: RaceView, today: dt.date) -> list[str]:
    lines = []
    for stage in race.stages:
        days = (stage.date - today).days
        if days > 0:
            when = f"in {days} day{'s' if days != 1 else ''}"
        elif days == 0:
            when = "today"
        else:
            when = "held"
        lines.append(f"{stage.stage.capitalize()}: {stage.date:%B %d, %Y} ({when})")
    return lines


async def race_overview(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    """Who is running, with status and party, and the election dates."""
    order = {"won": 0, "advanced": 1, "running": 2, "lost": 3, "eliminated": 4, "withdrawn": 5, "unknown": 6}
    candidacies = sorted(race.candidacies, key=lambda c: (order.get(c.status, 9), c.candidate.name))
    facts = []
    for c in candidacies:
        party = c.party or c.candidate.party
        extra = ", ".join(p for p in (party, "incumbent" if c.incumbent else "") if p)
        label = f"{c.candidate.name}" + (f" ({extra})" if extra else "")
        facts.append(Fact(f"{label}: {STATUS_WORDS.get(c.status, c.status)}"))
    facts += [Fact(line) for line in _stage_lines(race, today)]
    kind = "nonpartisan " if race.nonpartisan else ""
    summary = f"{len(candidacies)} candidates in the {kind}race for {race.office} ({race.jurisdiction}, {race.cycle})."
    return Answer("race", "ok", race.name, summary, tuple(facts), (race_entity(race),), race_slug=race.slug)


async def candidate_profile(reader: Reader, candidate_id: int, today: dt.date,
                            race_ids: tuple[int, ...] = ()) -> Answer:
    candidate = await reader.candidate(candidate_id, race_ids)
    assert candidate is not None
    facts = []
    if candidate.description:
        facts.append(Fact(candidate.description))
    if candidate.party:
        facts.append(Fact(f"Party: {candidate.party}"))
    for candidacy in candidate.candidacies:
        facts.append(Fact(f"{candidacy.race.name}: {STATUS_WORDS.get(candidacy.status, candidacy.status)}"))
    endorsements = await reader.endorsements_of(candidate_id)
    if endorsements:
        names = ", ".join(e.endorser.name for e in endorsements[:8])
        more = f" and {len(endorsements) - 8} more" if len(endorsements) > 8 else ""
        facts.append(Fact(f"Endorsed by {names}{more}"))
    if candidate.aliases:
        facts.append(Fact(f"Also known as: {', '.join(candidate.aliases)}"))
    slug = candidate.candidacies[0].race.slug if len(candidate.candidacies) == 1 else None
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    return Answer("candidate", "ok", candidate.name, candidate.description or candidate.name, tuple(facts),
                  (entity,), race_slug=slug)


async def endorsements_of(reader: Reader, candidate: Candidate, race: RaceView | None = None) -> Answer:
    rows = [e for e in await reader.endorsements_of(candidate.id) if race is None or e.race_id == race.id]
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    if not rows:
        return Answer("endorsements_of", "no_data", f"Endorsements of {candidate.name}",
                      f"No endorsements of {candidate.name} are recorded.", (), (entity,))
    facts = tuple(
        Fact(f"{e.endorser.name}" + (f" ({e.endorser.description})" if e.endorser.description else "")
             + (f", {e.date:%b %d, %Y}" if e.date else "") + (f": “{e.quote}”" if e.quote else ""),
             source_ref(e.source), e.date)
        for e in rows
    )
    summary = f"{len(rows)} endorsement{'s' if len(rows) != 1 else ''} of {candidate.name} on record."
    return Answer("endorsements_of", "ok", f"Endorsements of {candidate.name}", summary, facts, (entity,))


async def endorsements_by(reader: Reader, endorser_id: int) -> Answer:
    rows = await reader.endorsements_by(endorser_id)
    endorser = rows[0].endorser if rows else await reader.endorser(endorser_id)  # the rows carry it
    assert endorser is not None
    entity = ResolvedEntity("endorser", endorser.id, endorser.name, 100.0)
    if not rows:
        return Answer("endorsements_by", "no_data", f"Endorsements by {endorser.name}",
                      f"{endorser.name} has no endorsement on record.", (), (entity,))
    facts = tuple(
        Fact(f"{e.candidate.name} ({e.race.name})" + (f", {e.date:%b %d, %Y}" if e.date else "")
             + (f": “{e.quote}”" if e.quote else ""), source_ref(e.source), e.date)
        for e in rows
    )
    endorsed = ", ".join(dict.fromkeys(e.candidate.name for e in rows))
    summary = f"Yes: {endorser.name} endorsed {endorsed}."
    return Answer("endorsements_by", "ok", f"Endorsements by {endorser.name}", summary, facts, (entity,))


async def poll_history(reader: Reader, race: RaceView) -> Answer:
    polls = await reader.polls(race.id)
    if not polls:
        return _no_polls(race, "poll_history")
    names = race.candidate_names()
    facts = []
    for poll in polls:
        facts.append(Fact(poll_line(poll, names), source_ref(poll.source), poll.as_of))
        facts += [Fact(f"  {line}", source_ref(poll.source), poll.as_of) for line in subgroup_lines(poll, names)]
    summary = f"{len(polls)} poll{'s' if len(polls) != 1 else ''} of {race.name}, oldest first."
    return Answer("poll_history", "ok", f"Polls: {race.name}", summary, tuple(facts), (race_entity(race),),
                  race_slug=race.slug)


async def latest_poll(reader: Reader, race: RaceView, pollster: str | None = None, *, month: int | None = None,
                      year: int | None = None, before_stage: str | None = None, stage: str | None = None) -> Answer:
    """The newest poll of a race; or the newest by a pollster or sponsor, of a month, of a stage, or before a
    stage's election day ("the poll before the primary")."""
    entities = [race_entity(race)]
    if pollster:
        entities.append(ResolvedEntity("pollster", 0, pollster, 100.0))
    if month is None and before_stage is None and stage is None:
        poll = await reader.newest_poll(race.id, pollster)
        if (poll is None and pollster) or (poll is not None and only_hypothetical(poll)):
            # a sponsor, not the pollster: the newest poll it paid for; a hypothetical match-up: the newest real one
            poll = _newest([p for p in await reader.polls(race.id)
                            if (pollster is None or _by(p, pollster)) and not only_hypothetical(p)])
    else:
        polls = [p for p in await reader.polls(race.id)
                 if (pollster is None or _by(p, pollster)) and not only_hypothetical(p)]
        if month is not None:
            polls = [p for p in polls if p.as_of.month == month and (year is None or p.as_of.year == year)]
        if stage is not None:
            polls = [p for p in polls if p.stage and stage_fits(p.stage, stage)]
        if before_stage is not None:
            day = next((s.date for s in race.stages if stage_fits(s.stage, before_stage)), None)
            polls = [p for p in polls if day is not None and p.as_of < day]
        poll = _newest(polls)
    if poll is None:
        what = " ".join(p for p in (calendar.month_name[month] if month else "", str(year or "") if month else "",
                                    pollster or "") if p)
        return _no_polls(race, "latest_poll", what or None)
    names = race.candidate_names()
    ref = source_ref(poll.source)
    facts = [Fact(poll_line(poll, names), ref, poll.as_of)]
    facts += [Fact(line, ref, poll.as_of) for line in subgroup_lines(poll, names)]
    if poll.note:
        facts.append(Fact(f"Note: {poll.note}", ref))
    top = _by_share(topline(poll))
    summary = _lead_sentence(top, names) or poll_label(poll)
    title = f"{'Latest ' + pollster + ' poll' if pollster else 'Latest poll'}: {race.name}"
    if month is not None:
        when = f"{calendar.month_name[month]} {year}" if year else calendar.month_name[month]
        title = f"The {when} {pollster + ' ' if pollster else ''}poll: {race.name}"
    return Answer("latest_poll", "ok", title, summary, tuple(facts), tuple(entities), race_slug=race.slug,
                  extra={"poll_id": poll.id})


def _newest(polls: Sequence[PollView]) -> PollView | None:
    return max(polls, key=lambda p: (p.as_of, p.id), default=None)


def _by(poll: PollView, name: str) -> bool:
    """Whether a poll was made or paid for by `name`."""
    folded = name.casefold()
    return poll.pollster.casefold() == folded or any(s.casefold() == folded for s in poll.sponsors)


def _lead_sentence(top: Sequence, names: dict[int, str]) -> str:
    if len(top) >= 2 and top[0].pct is not None and top[1].pct is not None:
        first, second = top[0], top[1]
        if first.pct == second.pct:
            return f"{names[first.candidate_id]} and {names[second.candidate_id]} are tied at {pct(first.pct)}."
        margin = first.pct - second.pct
        return (f"{names[first.candidate_id]} leads {names[second.candidate_id]} "
                f"{pct(first.pct)} to {pct(second.pct)} ({margin:+g} points).")
    return ""


async def average(reader: Reader, race: RaceView, candidate: Candidate | None = None) -> Answer:
    """The polling average; with a candidate, their share of it first."""
    polls = await reader.recent_polls(race.id)
    result = poll_average(polls)
    if result is None:
        return _no_polls(race, "average")
    answer = _average_answer(race, polls, result, "average")
    if candidate is None:
        return answer
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    shares = [cid for cid, _ in result.shares]
    if candidate.id not in shares:
        summary = f"No poll in the average of {race.name} includes {candidate.name}."
    else:
        place = shares.index(candidate.id)
        share = result.shares[place][1]
        summary = (f"{candidate.name} is at {share:.1f}% in the polling average, {_ordinal(place + 1)} of "
                   f"{len(shares)}. {answer.summary}")
    return replace(answer, summary=summary, entities=(*answer.entities, entity))


async def pollsters(reader: Reader, race: RaceView) -> Answer:
    """Who polled a race: each pollster with its number of polls and its latest, most polls first."""
    polls = await reader.polls(race.id)
    if not polls:
        return _no_polls(race, "pollsters")
    by_pollster: dict[str, list[PollView]] = {}
    for poll in polls:
        by_pollster.setdefault(poll.pollster, []).append(poll)
    ranked = sorted(by_pollster.items(), key=lambda item: (-len(item[1]), item[0]))
    facts = tuple(
        Fact(f"{name}: {plural(len(done), 'poll')}, latest ending {done[-1].as_of:%b %d, %Y}",
             source_ref(done[-1].source), done[-1].as_of)
        for name, done in ranked)
    top, most = ranked[0][0], len(ranked[0][1])
    summary = (f"{plural(len(ranked), 'pollster')} polled {race.name} ({plural(len(polls), 'poll')}); "
               f"{top} the most, with {plural(most, 'poll')}.")
    return Answer("pollsters", "ok", f"Who polled {race.name}", summary, facts, (race_entity(race),),
                  race_slug=race.slug)


async def is_running(reader: Reader, candidate_id: int, race_ids: tuple[int, ...], race: RaceView | None,
                     today: dt.date) -> Answer:
    """Whether a candidate runs (in a race, or at all), from their candidacies, the newest first."""
    profile = await reader.candidate(candidate_id, race_ids)
    assert profile is not None
    entity = ResolvedEntity("candidate", profile.id, profile.name, 100.0)
    runs = sorted(profile.candidacies, key=lambda c: (-c.race.cycle, c.race.name))
    if race is not None:
        here = [c for c in runs if c.race.id == race.id]
        if not here:
            elsewhere = f" They ran in: {', '.join(c.race.name for c in runs[:3])}." if runs else ""
            return Answer("is_running", "ok", f"{profile.name}: {race.name}",
                          f"No: {profile.name} is not a candidate in the {race.name}.{elsewhere}",
                          (), (entity, race_entity(race)), race_slug=race.slug)
        runs = here
    newest = runs[0]
    status = STATUS_WORDS.get(newest.status, newest.status)
    facts = tuple(Fact(f"{c.race.name}: {STATUS_WORDS.get(c.status, c.status)}") for c in runs)
    verb = "is a candidate" if any(s.date >= today for s in newest.race.stages) else "was a candidate"
    return Answer("is_running", "ok", f"{profile.name}: {newest.race.name}",
                  f"Yes: {profile.name} {verb} in the {newest.race.name} ({status}).", facts,
                  (entity, race_entity(newest.race)), race_slug=newest.race.slug)


def _average_answer(race: RaceView, polls: Sequence[PollView], result: PollAverage, intent: str) -> Answer:
    names = race.candidate_names()
    by_id = {p.id: p for p in polls}
    shares = ", ".join(f"{names.get(cid, '?')} {share:.1f}%" for cid, share in result.shares)
    facts = [Fact(f"Average{' (' + result.stage + ')' if result.stage else ''}: {shares}")]
    facts.append(Fact(f"Window: {result.window_start:%b %d, %Y} – {result.window_end:%b %d, %Y}; "
                      f"{len(result.polls)} poll{'s' if len(result.polls) != 1 else ''}, latest per pollster"))
    for used in result.polls:
        poll = by_id[used.poll_id]
        facts.append(Fact(f"{poll_line(poll, names)} — weight {used.weight:.2f}", source_ref(poll.source),
                          used.as_of))
    lead = ""
    if len(result.shares) >= 2:
        (a, sa), (b, sb) = result.shares[0], result.shares[1]
        lead = f"{names.get(a, '?')} leads {names.get(b, '?')} by {sa - sb:.1f} points in the polling average."
    elif result.shares:
        lead = f"{names.get(result.shares[0][0], '?')} is at {result.shares[0][1]:.1f}% in the polling average."
    return Answer(intent, "ok", f"Polling average: {race.name}", lead, tuple(facts), (race_entity(race),),
                  race_slug=race.slug, extra={"shares": [[cid, round(s, 2)] for cid, s in result.shares]})


async def who_leads(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    """Results if the race is decided, else the polling average and the latest poll."""
    results = await reader.election_results(race.id)
    decided = [r for r in results if r.stage in ("general", "runoff")]
    if decided:
        answer = await election_results(reader, race, None)
        return Answer("leader", answer.status, answer.title, answer.summary, answer.facts, answer.entities,
                      race_slug=race.slug)
    count = count_for(reader.current_counts(race.id), None)
    if count is not None:  # votes are being counted: the count, not the polls
        return count_answer(race, count, "leader")
    polls = await reader.recent_polls(race.id)
    result = poll_average(polls)
    if result is None:
        return _no_polls(race, "leader")
    avg = _average_answer(race, polls, result, "leader")
    _, stage_polls = current_stage_polls(polls)
    newest = max(stage_polls, key=lambda p: (p.as_of, p.id))
    names = race.candidate_names()
    facts = (Fact(f"Latest poll: {poll_line(newest, names)}", source_ref(newest.source), newest.as_of), *avg.facts)
    return Answer("leader", "ok", f"Who is ahead: {race.name}", avg.summary, facts, avg.entities,
                  race_slug=race.slug, extra=avg.extra)


async def candidate_standing(reader: Reader, race: RaceView, candidate: Candidate, today: dt.date) -> Answer:
    """How one candidate is doing: the result if the race is decided, else their place in the polling average."""
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    results = [r for r in await reader.election_results(race.id) if r.candidate_id == candidate.id]
    count = count_for(reader.current_counts(race.id), None)
    if not results and count is not None:  # votes are being counted: their place in the count
        return count_answer(race, count, "leader", candidate)
    base = await who_leads(reader, race, today)
    if results:
        final = results[-1]
        summary = f"{candidate.name} got {pct(final.pct)} in the {final.stage}. {base.summary}"
    else:
        shares = [tuple(item) for item in base.extra.get("shares", [])]
        place = next((n for n, (cid, _) in enumerate(shares) if cid == candidate.id), None)
        if place is None:
            summary = f"No poll of {race.name} includes {candidate.name}."
        else:
            share = shares[place][1]
            if place == 0:
                second = f", ahead of {_name_of(race, shares[1][0])} ({shares[1][1]:.1f}%)" if len(shares) > 1 else ""
                summary = f"{candidate.name} leads the polling average with {share:.1f}%{second}."
            else:
                leader_id, leader_share = shares[0]
                summary = (f"{candidate.name} is at {share:.1f}% in the polling average, {_ordinal(place + 1)} "
                           f"of {len(shares)}; {_name_of(race, leader_id)} leads with {leader_share:.1f}%.")
    return Answer("leader", base.status, f"{candidate.name}: {race.name}", summary, base.facts,
                  (*base.entities, entity), race_slug=race.slug, extra=base.extra)


def _name_of(race: RaceView, candidate_id: int) -> str:
    return race.candidate_names().get(candidate_id, "?")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


async def subgroup(reader: Reader, race: RaceView, group: str, candidate: Candidate | None = None) -> Answer:
    polls = [p for p in await reader.polls(race.id)
             if any(r.subgroup.casefold() == group.casefold() for r in p.results)]
    entities = [race_entity(race), ResolvedEntity("subgroup", 0, group, 100.0)]
    if candidate:
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
    if not polls:
        return Answer("subgroup", "no_data", f"{group}: {race.name}",
                      f"No poll of {race.name} reports results for {group}.", (), tuple(entities),
                      race_slug=race.slug)
    names = race.candidate_names()
    facts = []
    for poll in reversed(polls):
        for line in subgroup_lines(poll, names, only=group):
            if candidate is None or candidate.name in line:
                facts.append(Fact(f"{poll_label(poll)} — {line}", source_ref(poll.source), poll.as_of))
            else:
                facts.append(Fact(f"{poll_label(poll)} — {line} (no figure for {candidate.name})",
                                  source_ref(poll.source), poll.as_of))
    summary = facts[0].text.split(" — ", 1)[1] if facts else ""
    return Answer("subgroup", "ok", f"How {group} are voting: {race.name}", summary, tuple(facts),
                  tuple(entities), race_slug=race.slug)


async def election_date(reader: Reader, race: RaceView, today: dt.date) -> Answer:
    lines = _stage_lines(race, today)
    upcoming = [s for s in race.stages if s.date >= today]
    if upcoming:
        nxt = upcoming[0]
        days = (nxt.date - today).days
        summary = (f"The {nxt.stage} is {'today' if days == 0 else f'in {days} days'}, on {nxt.date:%B %d, %Y}.")
    elif race.stages:
        last = race.stages[-1]
        summary = f"The {last.stage} was held on {last.date:%B %d, %Y} ({(today - last.date).days} days ago)."
    else:
        summary = "No election date is recorded for this race."
    return Answer("election_date", "ok" if race.stages else "no_data", f"When: {race.name}", summary,
                  tuple(Fact(line) for line in lines), (race_entity(race),), race_slug=race.slug)


async def election_results(reader: Reader, race: RaceView, stage: str | None,
                           candidate: Candidate | None = None) -> Answer:
    """Who won (or advanced from) each stage; with a candidate, how they did first."""
    rows = await reader.election_results(race.id)
    if stage:
        rows = [r for r in rows if stage_fits(r.stage, stage)]
    if not rows:  # no final results: the count as it stands, if a results source has one
        count = count_for(reader.current_counts(race.id), stage)
        if count is not None:
            return count_answer(race, count, "results", candidate)
    if candidate is not None and rows:
        return await _candidate_results(reader, race, stage, candidate, rows)
    if not rows:
        what = f"{stage} results" if stage else "results"
        return Answer("results", "no_data", f"Results: {race.name}", f"No {what} of {race.name} are recorded yet.",
                      (), (race_entity(race),), race_slug=race.slug)
    stages = [s.stage for s in race.stages]
    by_stage: dict[str, list] = {}
    for row in rows:
        by_stage.setdefault(row.stage, []).append(row)
    ordered = sorted(by_stage, key=lambda s: stages.index(s) if s in stages else 99, reverse=True)
    facts = []
    for name in ordered:
        for row in by_stage[name]:
            votes = f"{row.votes:,} votes" if row.votes is not None else ""
            share = pct(row.pct) if row.pct is not None else ""
            figures = ", ".join(p for p in (votes, share) if p)
            facts.append(Fact(f"{name.capitalize()}: {row.candidate.name} {figures}", source_ref(row.source)))
    final = ordered[0]
    top = by_stage[final]
    status = {c.candidate_id: c.status for c in race.candidacies}
    later = [s for s in stages if stages.index(s) > stages.index(final)] if final in stages else []
    if later or final in ("primary", "jungle primary") and stage == final:
        advanced = [r for r in top if status.get(r.candidate_id) in ("advanced", "won", "lost")] or top[:2]
        names = " and ".join(f"{r.candidate.name} ({pct(r.pct)})" for r in advanced)
        summary = f"{names} advanced from the {final} to the {later[0] if later else 'next round'}."
    else:
        winner = top[0]
        runner = f" over {top[1].candidate.name} ({pct(top[1].pct)})" if len(top) > 1 else ""
        votes = f", {winner.votes:,} votes" if winner.votes else ""
        summary = f"{winner.candidate.name} won the {final} election with {pct(winner.pct)}{votes}{runner}."
    return Answer("results", "ok", f"Results: {race.name}", summary, tuple(facts), (race_entity(race),),
                  race_slug=race.slug)


async def _candidate_results(reader: Reader, race: RaceView, stage: str | None, candidate: Candidate,
                             rows: Sequence[ElectionResultView]) -> Answer:
    base = await election_results(reader, race, stage)
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    own = [r for r in rows if r.candidate_id == candidate.id]
    if not own:
        summary = f"{candidate.name} has no {stage + ' ' if stage else ''}result recorded in the {race.name}."
        return replace(base, summary=summary, entities=(*base.entities, entity))
    lines = []
    for row in own:
        stage_rows = [r for r in rows if r.stage == row.stage]
        place = 1 + sorted(stage_rows, key=lambda r: -(r.votes or r.pct or 0)).index(row)
        votes = f", {row.votes:,} votes" if row.votes is not None else ""
        lines.append(f"{candidate.name} got {pct(row.pct)}{votes} in the {row.stage}, {_ordinal(place)} of "
                     f"{len(stage_rows)}")
    summary = "; ".join(lines) + "."
    facts = tuple(Fact(line, source_ref(row.source)) for line, row in zip(lines, own, strict=True))
    return replace(base, summary=summary, facts=(*facts, *base.facts), entities=(*base.entities, entity))


async def compare(reader: Reader, race: RaceView, first: Candidate, second: Candidate) -> Answer:
    polls = await reader.polls(race.id)
    names = race.candidate_names()
    entities = (race_entity(race), ResolvedEntity("candidate", first.id, first.name, 100.0),
                ResolvedEntity("candidate", second.id, second.name, 100.0))
    facts: list[Fact] = []
    result = poll_average(polls)
    if result:
        shares = dict(result.shares)
        if first.id in shares and second.id in shares:
            facts.append(Fact(f"Polling average: {first.name} {shares[first.id]:.1f}%, "
                              f"{second.name} {shares[second.id]:.1f}%"))
    for poll in reversed(polls):
        top = {r.candidate_id: r.pct for r in topline(poll)}
        if first.id in top and second.id in top:
            facts.append(Fact(f"{poll_label(poll)}: {first.name} {pct(top[first.id])}, {second.name} "
                              f"{pct(top[second.id])}", source_ref(poll.source), poll.as_of))
    for row in await reader.election_results(race.id):
        if row.candidate_id in (first.id, second.id):
            votes = f"{row.votes:,} votes, " if row.votes else ""
            facts.append(Fact(f"{row.stage.capitalize()} result: {names.get(row.candidate_id)} {votes}{pct(row.pct)}",
                              source_ref(row.source)))
    for cand in (first, second):
        count = len([e for e in await reader.endorsements_of(cand.id) if e.race_id == race.id])
        facts.append(Fact(f"{cand.name}: {count} endorsement{'s' if count != 1 else ''} on record"))
    summary = facts[0].text if facts else f"No polls compare {first.name} and {second.name}."
    return Answer("compare", "ok", f"{first.name} vs {second.name}", summary, tuple(facts), entities,
                  race_slug=race.slug)


def _no_polls(race: RaceView, intent: str, pollster: str | None = None) -> Answer:
    what = f"{pollster} poll" if pollster else "poll"
    return Answer(intent, "no_data", f"Polls: {race.name}", f"No {what} of {race.name} is recorded.", (),
                  (race_entity(race),), race_slug=race.slug)
