"""Answers about one candidate: their profile, whether they run, and how they are doing in a race."""

from __future__ import annotations

import datetime as dt

from bot.db.views import CandidateView as Candidate
from bot.db.views import RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.counts import count_answer, count_for
from bot.engine.answers.polls import who_leads
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import by_votes, name_of, race_entity, race_name, source_ref, status_word, vote_figures
from bot.engine.kinds import Attribute, QuestionKind
from bot.i18n import Messages
from bot.names import party_name


async def candidate_profile(reader: Reader, candidate_id: int, today: dt.date,
                            race_ids: tuple[int, ...] = (), focus: RaceView | None = None) -> Answer:
    """A candidate's card: how they did or are doing in the race asked about (`focus`, else their newest race),
    then their description, party, races with status and results, endorsers and other names."""
    m = reader.messages
    _ = m.gettext
    candidate = await reader.candidate(candidate_id, race_ids)
    assert candidate is not None
    headline = None
    # the race asked about, else their newest race: the first of them where the data has them (a result, a count or
    # a poll); none: no headline ("no poll includes ..." tells nothing of the person)
    ordered = sorted(candidate.candidacies, key=lambda c: (focus is None or c.race.id != focus.id, -c.race.cycle,
                                                           -c.race.id))
    focus = None
    # a first race without results or a count: its recent polls tell whether the data has the person there; read
    # with their endorsements, which the card lists, in one trip to the database
    first = ordered[0].race.id if ordered else None
    polled = (first,) if first is not None and not await reader.election_results(first) \
        and not reader.current_counts(first) else ()
    await reader.read_together(recent_polls=polled, endorsements_of=(candidate_id,))
    for candidacy in ordered[:2]:  # the race asked about and one other: a card is read in one or two races
        race = await reader.race(candidacy.race.id)
        if race is not None and await _has_figures(reader, race, candidate_id):
            standing = await candidate_standing(reader, race, candidate, today, summary_only=True)
            if standing.status == "ok" and standing.extra.get("polled", True):
                focus, headline = race, standing.summary
                break
    facts = []
    if candidate.description:
        facts.append(Fact(candidate.description))
    if candidate.party:
        facts.append(Fact(_("Party: {party}").format(party=candidate.party)))
    for candidacy in candidate.candidacies:
        facts.append(Fact(f"{race_name(candidacy.race, m)}: {status_word(candidacy.status, m)}"))
        facts += await _stage_results(reader, candidacy.race.id, candidate_id, m)
    endorsers = list(dict.fromkeys(e.endorser.name for e in await reader.endorsements_of(candidate_id)))
    if endorsers:  # each endorser once, though one endorsed again (a newspaper in the primary and the general)
        names = ", ".join(endorsers[:8])
        if len(endorsers) > 8:
            facts.append(Fact(_("Endorsed by {names} and {count} more").format(names=names,
                                                                               count=len(endorsers) - 8)))
        else:
            facts.append(Fact(_("Endorsed by {names}").format(names=names)))
    if candidate.aliases:
        facts.append(Fact(_("Also known as: {names}").format(names=", ".join(candidate.aliases))))
    slug = candidate.candidacies[0].race.slug if len(candidate.candidacies) == 1 else None
    if focus is not None and headline is not None:
        slug = focus.slug
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    return Answer(QuestionKind.CANDIDATE, status="ok", title=candidate.name,
                  summary=headline or candidate.description or _runs_in(candidate, m),
                  facts=tuple(facts),
                  entities=(entity,), race_slug=slug)


def _runs_in(candidate: Candidate, m: Messages) -> str:
    """ "James David Vance: 2022 Ohio Senate, running": the person's newest race and status, or their name."""
    if not candidate.candidacies:
        return candidate.name
    newest = max(candidate.candidacies, key=lambda c: (c.race.cycle, c.race.id))
    return f"{candidate.name}: {race_name(newest.race, m)}, {status_word(newest.status, m)}"


async def _has_figures(reader: Reader, race: RaceView, candidate_id: int) -> bool:
    """Whether the data has a figure of the person in the race: a result, a count or a poll."""
    if any(r.candidate_id == candidate_id for r in await reader.election_results(race.id)):
        return True
    if any(c.candidate.id == candidate_id for count in reader.current_counts(race.id) for c in count.counts):
        return True
    return any(r.candidate_id == candidate_id for poll in await reader.recent_polls(race.id) for r in poll.results)


async def _stage_results(reader: Reader, race_id: int, candidate_id: int, m: Messages) -> list[Fact]:
    """A candidate's result in each stage of a race, with their place: "General: 45.18%, 417,375 votes, 2nd of 2"."""
    rows = await reader.election_results(race_id)
    facts = []
    for row in rows:
        if row.candidate_id != candidate_id:
            continue
        stage_rows = by_votes(r for r in rows if r.stage == row.stage)
        figures = vote_figures(row, m)
        facts.append(Fact(m.gettext("{stage}: {figures}, {place} of {count}").format(
            stage=m.term("stage", row.stage).capitalize(), figures=figures, place=m.ordinal(stage_rows.index(row) + 1),
            count=len(stage_rows)), source_ref(row.source)))
    return facts


async def is_running(reader: Reader, candidate_id: int, race_ids: tuple[int, ...], race: RaceView | None,
                     today: dt.date, *, not_in: str | None = None, ballot: bool = False) -> Answer:
    """Whether a candidate runs (in a race, or at all), from their candidacies, the newest first. `not_in`: the
    race the question names (in its words) when several races fit it and the candidate runs in none of them.
    `ballot`: whether they were on the ballot is asked, which one who withdrew after it was set still was."""
    m = reader.messages
    _ = m.gettext
    profile = await reader.candidate(candidate_id, race_ids)
    assert profile is not None
    entity = ResolvedEntity("candidate", profile.id, profile.name, 100.0)
    runs = sorted(profile.candidacies, key=lambda c: (-c.race.cycle, c.race.name))
    if not_in is not None:  # "is ted cruz running for governor": no governor race has him
        summary = _("No: {name} is not a candidate in any {race} race I know.").format(name=profile.name, race=not_in)
        if runs:
            summary += " " + _("They ran in: {races}.").format(races=", ".join(race_name(c.race, m) for c in runs[:3]))
        return Answer(QuestionKind.IS_RUNNING, status="ok", title=f"{profile.name}: {not_in}", summary=summary,
                      entities=(entity,))
    if race is not None:
        here = [c for c in runs if c.race.id == race.id]
        if not here:
            summary = _("No: {name} is not a candidate in the {race}.").format(name=profile.name,
                                                                              race=race_name(race, m))
            if runs:
                races = ", ".join(race_name(c.race, m) for c in runs[:3])
                summary += " " + _("They ran in: {races}.").format(races=races)
            return Answer(QuestionKind.IS_RUNNING, status="ok", title=f"{profile.name}: {race_name(race, m)}",
                          summary=summary,
                          facts=(), entities=(entity, race_entity(race)), race_slug=race.slug)
        runs = here
    newest = runs[0]
    facts = tuple(Fact(f"{race_name(c.race, m)}: {status_word(c.status, m)}") for c in runs)
    counted = [r for r in await reader.election_results(newest.race.id) if r.candidate_id == profile.id] \
        if ballot and newest.status == "withdrawn" else []
    template = (_("Yes: {name} was on the ballot of the {race} ({votes} votes), though they withdrew.") if counted
                else _("No: {name} was not on the ballot: they withdrew from the {race}.") if ballot
                and newest.status == "withdrawn"
                else _("No: {name} withdrew from the {race}.") if newest.status == "withdrawn"  # "still running"?
                else _("Yes: {name} is a candidate in the {race} ({status}).")
                if any(s.date >= today for s in newest.race.stages)
                else _("Yes: {name} was a candidate in the {race} ({status})."))
    summary = template.format(name=profile.name, race=race_name(newest.race, m), status=status_word(newest.status, m),
                              votes=m.number(max(r.votes or 0 for r in counted)) if counted else "")
    return Answer(QuestionKind.IS_RUNNING, status="ok", title=f"{profile.name}: {race_name(newest.race, m)}",
                  summary=summary,
                  facts=facts,
                  entities=(entity, race_entity(newest.race)), race_slug=newest.race.slug)


async def candidate_standing(reader: Reader, race: RaceView, candidate: Candidate, today: dt.date, *,
                             polls_asked: bool = False, summary_only: bool = False) -> Answer:
    """How one candidate is doing: the result if the race is decided, else their place in the polling average (the
    polls whatever the results when the question asks for polls). `summary_only`: without the polling average's
    facts, for a caller that reads only the summary and status (a person's card)."""
    m = reader.messages
    _ = m.gettext
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    polls_asked = polls_asked and bool(await reader.recent_polls(race.id))
    results = [] if polls_asked else [r for r in await reader.election_results(race.id)
                                      if r.candidate_id == candidate.id]
    count = None if polls_asked else count_for(reader.current_counts(race.id), None)
    if not results and count is not None:  # votes are being counted: their place in the count
        return count_answer(race, count, QuestionKind.LEADER, candidate, m=m)
    base = await who_leads(reader, race, today, polls_asked=polls_asked, summary_only=summary_only)
    if results:
        stages = [s.stage for s in race.stages]  # their result in the race's last stage they have one in
        final = max(results, key=lambda r: stages.index(r.stage) if r.stage in stages else -1)
        every = await reader.election_results(race.id)
        stage_rows = by_votes(r for r in every if r.stage == final.stage)
        later = {r.stage for r in every if r.stage in stages and r.stage != final.stage
                 and final.stage in stages and stages.index(r.stage) > stages.index(final.stage)}
        place = next((i for i, r in enumerate(stage_rows) if r.candidate_id == candidate.id), 0) + 1
        won = stage_rows[0].candidate_id == candidate.id and stage_rows[0].votes is not None
        stage = m.term("stage", final.stage)
        if later:  # a stage came after the last they ran in: they did not make it
            sentence = _("{name} was eliminated in the {stage} with {pct}, {place} of {count}.").format(
                name=candidate.name, stage=stage, pct=m.percent(final.pct), place=m.ordinal(place),
                count=len(stage_rows))
        elif final.stage in ("general", "runoff") and stage_rows and stage_rows[0].votes is not None:
            sentence = (_("{name} won the {stage} with {pct}.") if won else _("{name} lost the {stage} with {pct}.")
                        ).format(name=candidate.name, pct=m.percent(final.pct), stage=stage)
        else:
            sentence = _("{name} got {pct} in the {stage}.").format(name=candidate.name, pct=m.percent(final.pct),
                                                                   stage=stage)
        summary = sentence if won and not later else f"{sentence} {base.summary}"
    else:
        shares = [tuple(item) for item in base.extra.get("shares", [])]
        place = next((n for n, (cid, _share) in enumerate(shares) if cid == candidate.id), None)
        if place is None:
            summary = _("No poll of {race} includes {name}.").format(race=race_name(race, m), name=candidate.name)
            return Answer(QuestionKind.LEADER, status=base.status, title=f"{candidate.name}: {race_name(race, m)}",
                          summary=summary, facts=base.facts, entities=(*base.entities, entity), race_slug=race.slug,
                          extra={**base.extra, "polled": False})
        else:
            share = shares[place][1]
            if place == 0 and len(shares) > 1:
                summary = _("{name} leads the polling average with {share}, ahead of {second} ({second_share})."
                            ).format(name=candidate.name, share=m.percent(share, 1),
                                     second=name_of(race, shares[1][0]), second_share=m.percent(shares[1][1], 1))
            elif place == 0:
                summary = _("{name} leads the polling average with {share}.").format(name=candidate.name,
                                                                                    share=m.percent(share, 1))
            else:
                leader_id, leader_share = shares[0]
                summary = _("{name} is at {share} in the polling average, {place} of {count}; {leader} leads with "
                            "{leader_share}.").format(name=candidate.name, share=m.percent(share, 1),
                                                      place=m.ordinal(place + 1), count=len(shares),
                                                      leader=name_of(race, leader_id),
                                                      leader_share=m.percent(leader_share, 1))
    return Answer(QuestionKind.LEADER, status=base.status, title=f"{candidate.name}: {race_name(race, m)}",
                  summary=summary,
                  facts=base.facts,
                  entities=(*base.entities, entity), race_slug=race.slug, extra=base.extra)


async def person_fact(reader: Reader, candidate: Candidate, attribute: Attribute, race: RaceView | None) -> Answer:
    """What a question asks of a candidate themself: their party, as the data records it (with their description,
    which may say more: "registered Democrat since January 2022"), or that it is not recorded; their age, which no
    data here holds."""
    m = reader.messages
    _ = m.gettext
    entities = (*((race_entity(race),) if race is not None else ()),
                ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
    slug = race.slug if race is not None else None
    profile = await reader.candidate(candidate.id)
    party = profile.party if profile is not None else candidate.party
    if attribute == Attribute.PARTY and party:
        facts = (Fact(profile.description),) if profile is not None and profile.description else ()
        return Answer(QuestionKind.CANDIDATE, status="ok", title=candidate.name, entities=entities, race_slug=slug,
                      summary=_("{name}'s party: {party}.").format(name=candidate.name,
                                                                   party=m.term("party", party_name(party))),
                      facts=facts)
    summary = (_("No party is recorded for {name}.") if attribute == Attribute.PARTY
               else _("No age is recorded for {name}: the data holds no candidate's age.")).format(name=candidate.name)
    return Answer(QuestionKind.CANDIDATE, status="no_data", title=candidate.name, summary=summary, entities=entities,
                  race_slug=slug)
