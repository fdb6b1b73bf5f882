"""Facts asked for by name, from a race's results and candidacies: who came in a place, by how much a stage was won,
the votes cast and turnout, how many ran and who withdrew. Each answer leads with the fact asked for."""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.views import CandidateView as Candidate
from bot.db.views import CountView, ElectionResultView, RaceView, StageTurnoutView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.counts import reporting_text
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import top_two_stage
from bot.engine.answers.wording import by_votes, race_entity, race_name, source_ref, status_word, vote_figures
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.race_choice import stage_fits
from bot.i18n import Messages

FINAL_STAGES = ("runoff", "general")


async def stage_rows(reader: Reader, race: RaceView, stage: str | None,
                     enough: int = 1) -> tuple[str | None, list[ElectionResultView]]:
    """The stage a fact is about and its results, the most votes first: the stage named (a runoff the race does not
    hold is its general election, as in a top-two race), else the last stage with `enough` results."""
    rows = [*await reader.election_results(race.id)]
    final = {r.stage for r in rows}
    # a stage with no final results yet: its newest count, as it stands (a results file's, certified or not)
    rows += [row for count in whole_counts(reader.current_counts(race.id)) if count.stage not in final
             for row in count_rows(count)]
    stages = [s.stage for s in race.stages]
    stage = top_two_stage(race, stage)
    if stage:
        chosen = [r for r in rows if stage_fits(r.stage, stage)]
    else:
        by_stage: dict[str, list[ElectionResultView]] = {}
        for row in rows:
            by_stage.setdefault(row.stage, []).append(row)
        order = sorted(by_stage, key=lambda s: stages.index(s) if s in stages else -1, reverse=True)
        stage = next((s for s in order if len(by_stage[s]) >= enough), order[0] if order else None)
        chosen = by_stage.get(stage or "", [])
    return (chosen[0].stage if chosen else stage), by_votes(chosen)


def whole_counts(counts: Sequence[CountView]) -> list[CountView]:
    """Of a race's counts, the whole race's for each stage that has one: a county's own file counted beside it is
    never added to it (Cameron County's count beside Pennsylvania's)."""
    whole = {c.stage for c in counts if not c.area}
    return [c for c in counts if not c.area or c.stage not in whole]


def count_rows(count: CountView) -> list[ElectionResultView]:
    """A count as results: each candidate's votes and share of the votes counted."""
    total = sum(c.votes for c in count.counts)
    return [ElectionResultView(stage=count.stage, candidate_id=c.candidate.id, votes=c.votes,
                               pct=round(100 * c.votes / total, 2) if total else None, source=count.source,
                               candidate=c.candidate) for c in count.counts]


def _no_results(race: RaceView, stage: str | None, m: Messages) -> Answer:
    name = race_name(race, m)
    summary = (m.gettext("No {stage} results of {race} are recorded yet.").format(stage=m.term("stage", stage),
                                                                                  race=name)
               if stage else m.gettext("No results of {race} are recorded yet.").format(race=name))
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("Results: {race}").format(race=name),
                  summary=summary, entities=(race_entity(race),), race_slug=race.slug)


def _ranking(rows: Sequence[ElectionResultView], m: Messages, reader: Reader | None = None,
             race: RaceView | None = None) -> tuple[Fact, ...]:
    """The stage's order, and, for figures of a count not yet certified, how much it covers and when."""
    facts = [Fact(f"{n}. {row.candidate.name}: {vote_figures(row, m)}", source_ref(row.source))
             for n, row in enumerate(rows, 1)]
    if rows and reader is not None and race is not None:
        count = _count_behind(reader, race, rows)
        if count is not None and not count.certified:
            facts.append(Fact(m.gettext("{reporting}; count of {when}; partial until certified").format(
                reporting=reporting_text(count, m), when=m.date(count.taken_at, "time")), source_ref(count.source)))
        if count is not None and count.area:
            facts.append(Fact(m.gettext("This count covers {area} only.").format(area=count.area),
                              source_ref(count.source)))
    return tuple(facts)


def _count_behind(reader: Reader, race: RaceView, rows: Sequence[ElectionResultView]) -> CountView | None:
    """The count a stage's figures were read from, when they are a count's (not final results)."""
    return next((c for c in reader.current_counts(race.id) if rows and c.stage == rows[0].stage
                 and c.source == rows[0].source), None)


def _cast_summary(count: CountView | None, counted: int, values: dict[str, str], turnout: bool,
                  m: Messages) -> str | None:
    """What a count says of the votes cast beyond its candidates' votes, with them: the ballots cast in its area
    and the share of its registered voters, or all the votes cast in the contest (MEDSL's totalvotes: blank, over-
    and write-in votes too); None when it says nothing more."""
    if count is None:
        return None
    candidates = m.gettext("{count} votes were cast for the candidates in the {stage} of {race}.").format(**values)
    if count.ballots_cast:
        figures = {"cast": m.number(count.ballots_cast), "place": count.area or "", **values}
        if not count.registered:
            cast = (m.gettext("{cast} ballots were cast in {place}.") if count.area
                    else m.gettext("{cast} ballots were cast in the {stage} of {race}.")).format(**figures)
            return f"{cast} {candidates}" if turnout else f"{candidates} {cast}"
        figures |= {"share": m.percent(100 * count.ballots_cast / count.registered, 1),
                    "registered": m.number(count.registered)}
        cast = (m.gettext("{cast} ballots were cast in {place}, {share} of its {registered} registered voters.")
                if count.area else m.gettext("{cast} ballots were cast in the {stage} of {race}, {share} of its "
                                             "{registered} registered voters.")).format(**figures)
        return f"{cast} {candidates}" if turnout else f"{candidates} {cast}"
    if count.total_votes and count.total_votes > counted:
        template = (m.gettext("Turnout (the share of registered voters who voted) is not recorded for {race}; "
                              "{total} votes were cast in its {stage}, {count} of them for its candidates.")
                    if turnout else m.gettext("{total} votes were cast in the {stage} of {race}, {count} of them for "
                                              "its candidates."))
        return template.format(total=m.number(count.total_votes), **values)
    return None


async def placed(reader: Reader, race: RaceView, stage: str | None, place: int) -> Answer:
    """Who came in a place (0: the last, -1: the one before the last) in a stage's results, with the whole order."""
    m = reader.messages
    stage, rows = await stage_rows(reader, race, stage, enough=max(place, 2) if place >= 0 else 2 - place)
    if not rows:
        return _no_results(race, stage, m)
    ranking = _ranking(rows, m, reader, race)
    stage_name, name = m.term("stage", stage or ""), race_name(race, m)
    title = m.gettext("Results: {race}").format(race=name)
    if place > len(rows) or len(rows) + place < 1:
        summary = m.ngettext("Only {count} candidate has results in the {stage} of {race}.",
                             "Only {count} candidates have results in the {stage} of {race}.", len(rows)).format(
            count=len(rows), stage=stage_name, race=name)
        return Answer(QuestionKind.RESULTS, status="no_data", title=title, summary=summary, facts=ranking,
                      entities=(race_entity(race),), race_slug=race.slug)
    where = place if place > 0 else len(rows) + place
    row = rows[where - 1]
    summary = m.gettext("{name} came {place} of {count} in the {stage}, with {figures}.").format(
        name=row.candidate.name, place=m.ordinal(where), count=len(rows), stage=stage_name,
        figures=vote_figures(row, m))
    entity = ResolvedEntity("candidate", row.candidate_id, row.candidate.name, 100.0)
    return Answer(QuestionKind.RESULTS, status="ok", title=title, summary=summary, facts=ranking,
                  entities=(race_entity(race), entity), race_slug=race.slug)


async def margin(reader: Reader, race: RaceView, stage: str | None,
                 candidates: Sequence[Candidate] = ()) -> Answer:
    """By how much a stage was won: the winner over the runner-up, or between the candidates named."""
    m = reader.messages
    ids = [c.id for c in candidates]
    if ids and stage is None:
        stage = await _stage_of(reader, race, ids)  # "did viola beat de leon": the stage both ran in
    stage, rows = await stage_rows(reader, race, stage or _final_stage(race), enough=2)
    if len(rows) < 2:
        return _no_results(race, stage, m)
    missing = [c for c in candidates if all(r.candidate_id != c.id for r in rows)]
    if missing:
        return _not_in_stage(race, stage, missing[0], m)
    ranking = _ranking(rows, m, reader, race)
    named = [r for r in rows if r.candidate_id in ids]
    if len(named) >= 2:
        ahead, behind = named[0], named[1]
    elif len(named) == 1:
        ahead, behind = (named[0], rows[1]) if named[0] is rows[0] else (rows[0], named[0])
    else:
        ahead, behind = rows[0], rows[1]
    points = (ahead.pct or 0) - (behind.pct or 0)
    values = {"first": ahead.candidate.name, "second": behind.candidate.name, "points": m.number(points, 2),
              "stage": m.term("stage", stage or ""), "first_pct": m.percent(ahead.pct),
              "second_pct": m.percent(behind.pct)}
    if ahead.votes is not None and behind.votes is not None:
        summary = m.gettext("{first} beat {second} by {points} points ({votes} votes) in the {stage}: {first_pct} to "
                            "{second_pct}.").format(votes=m.number(ahead.votes - behind.votes), **values)
    else:
        summary = m.gettext("{first} beat {second} by {points} points in the {stage}: {first_pct} to "
                            "{second_pct}.").format(**values)
    count = _count_behind(reader, race, rows)
    if count is not None and count.area:  # "did ossoff beat perdue", only Atkinson County's count kept
        summary = m.gettext("In {area}, the only area counted here: {summary}").format(area=count.area,
                                                                                       summary=summary)
    entities = (race_entity(race), *(ResolvedEntity("candidate", r.candidate_id, r.candidate.name, 100.0)
                                     for r in (ahead, behind)))
    # the margin is the leader's lead: an answer to who leads, and by how much
    return Answer(QuestionKind.LEADER, status="ok", title=m.gettext("Results: {race}").format(race=race_name(race, m)),
                  summary=summary, facts=ranking, entities=entities, race_slug=race.slug)


async def _stage_of(reader: Reader, race: RaceView, ids: Sequence[int]) -> str | None:
    """The last stage in which every candidate named has a result (or the most of them do), if any."""
    rows = [*await reader.election_results(race.id)]
    final = {r.stage for r in rows}
    rows += [r for count in whole_counts(reader.current_counts(race.id)) if count.stage not in final
             for r in count_rows(count)]
    order = [s.stage for s in race.stages]
    stages = sorted({r.stage for r in rows}, key=lambda s: order.index(s) if s in order else -1, reverse=True)
    had = [(sum(any(r.stage == s and r.candidate_id == i for r in rows) for i in ids), s) for s in stages]
    best = max((n for n, _ in had), default=0)
    return next((s for n, s in had if n == best), None) if best else None


def _not_in_stage(race: RaceView, stage: str | None, candidate: Candidate, m: Messages) -> Answer:
    summary = (m.gettext("{name} has no {stage} result recorded in the {race}.").format(
        name=candidate.name, stage=m.term("stage", stage), race=race_name(race, m)) if stage
        else m.gettext("{name} has no result recorded in the {race}.").format(name=candidate.name,
                                                                             race=race_name(race, m)))
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("Results: {race}").format(
        race=race_name(race, m)), summary=summary, entities=(race_entity(race), entity), race_slug=race.slug)


def _final_stage(race: RaceView) -> str | None:
    """The stage that decides a race: its runoff or general election, when it has one."""
    stages = [s.stage for s in race.stages]
    return next((s for s in FINAL_STAGES if s in stages), None)


async def votes_cast(reader: Reader, race: RaceView, stage: str | None, turnout: bool = False) -> Answer:
    """The votes cast for the candidates in a stage; turnout, the share of registered voters, where it is known."""
    m = reader.messages
    if stage is None:  # the last stage that has votes: the final stage, or the one counted so far
        for candidate_stage in [_final_stage(race), *reversed([s.stage for s in race.stages])]:
            found, rows = await stage_rows(reader, race, candidate_stage)
            if any(r.votes is not None for r in rows):
                stage = found
                break
    stage, rows = await stage_rows(reader, race, stage or _final_stage(race))
    counted = [r.votes for r in rows if r.votes is not None]
    if not counted:
        return _no_results(race, stage, m)
    ranking = _ranking(rows, m, reader, race)
    values = {"count": m.number(sum(counted)), "stage": m.term("stage", stage or ""), "race": race_name(race, m)}
    summary = m.gettext("{count} votes were cast for the candidates in the {stage} of {race}.").format(**values)
    stated = next((t for t in await reader.stage_turnouts(race.id) if t.stage == stage), None)
    said = turnout_stated(stated, values, m) if stated is not None else None
    cast = _cast_summary(_count_behind(reader, race, rows), sum(counted), values, turnout, m)
    if said is not None:  # a turnout the race's sources state (a bundle's)
        ranking = (Fact(said, source_ref(stated.source)), *ranking)  # type: ignore[union-attr]
        summary = f"{said} {summary}" if turnout else f"{summary} {said}"
    elif cast is not None:  # a count's own turnout (a results file's)
        summary = cast
    elif turnout:
        summary = m.gettext("Turnout (the share of registered voters who voted) is not recorded for {race}; "
                            "{count} votes were cast for its candidates in the {stage}.").format(**values)
    return Answer(QuestionKind.RESULTS, status="ok", title=m.gettext("Votes cast: {race}").format(race=values["race"]),
                  summary=summary, facts=ranking, entities=(race_entity(race),), race_slug=race.slug)


def turnout_stated(stated: StageTurnoutView, values: dict[str, str], m: Messages) -> str | None:
    """A stage's turnout as its source states it: the share, of how many registered voters, with the ballots cast
    when given; None when the source gives neither a share nor both counts."""
    share = stated.pct if stated.pct is not None else (
        100 * stated.ballots_cast / stated.registered if stated.ballots_cast and stated.registered else None)
    if share is None:
        return None
    text = m.gettext("Turnout in the {stage} of {race} was {share}").format(share=m.percent(share, 2), **values)
    if stated.registered:
        text += m.gettext(" of {registered} registered voters").format(registered=m.number(stated.registered))
    if stated.ballots_cast:
        text += m.gettext(" ({ballots} ballots cast)").format(ballots=m.number(stated.ballots_cast))
    return text + "."


async def candidate_count(reader: Reader, race: RaceView, stage: str | None = None, ballot: bool = False) -> Answer:
    """How many candidates ran in a race, and how many of them withdrew; with a stage (or the ballot) named, how many
    were on that stage's ballot, first."""
    m = reader.messages
    name = race_name(race, m)
    withdrew = [c for c in race.candidacies if c.status == "withdrawn"]
    ran = m.ngettext("{count} candidate ran in {race}.", "{count} candidates ran in {race}.",
                     len(race.candidacies)).format(count=len(race.candidacies), race=name)
    if withdrew:
        ran += " " + m.ngettext("{count} of them withdrew: {names}.", "{count} of them withdrew: {names}.",
                                len(withdrew)).format(count=len(withdrew),
                                                      names=m.series([c.candidate.name for c in withdrew]))
    on_ballot = ""
    if stage or ballot or withdrew:
        counted_stage, rows = await stage_rows(reader, race, stage or (race.stages[0].stage if race.stages else None))
        if rows:
            on_ballot = m.ngettext("{count} candidate was on the ballot of the {stage}.",
                                   "{count} candidates were on the ballot of the {stage}.", len(rows)).format(
                count=len(rows), stage=m.term("stage", counted_stage or ""))
    summary = " ".join(p for p in ((on_ballot, ran) if stage or ballot else (ran, on_ballot)) if p)
    facts = tuple(Fact(f"{c.candidate.name}: {status_word(c.status, m)}") for c in race.candidacies)
    return Answer(QuestionKind.RUNNING, status="ok", title=name, summary=summary, facts=facts,
                  entities=(race_entity(race),), race_slug=race.slug)


def withdrawn(race: RaceView, candidate: Candidate | None, m: Messages, without: Sequence[int] = ()) -> Answer:
    """Who withdrew from a race (but those `without`: "who else dropped out besides buscaino"); with a candidate,
    whether they did."""
    name = race_name(race, m)
    if candidate is not None:
        status = next((c.status for c in race.candidacies if c.candidate_id == candidate.id), "unknown")
        template = (m.gettext("Yes: {name} withdrew from the {race}.") if status == "withdrawn"
                    else m.gettext("No: {name} did not withdraw from the {race} ({status})."))
        summary = template.format(name=candidate.name, race=name, status=status_word(status, m))
        entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
        # (what the sources say of them, when they left: "withdrew in February 2022")
        return Answer(QuestionKind.IS_RUNNING, status="ok", title=f"{candidate.name}: {name}", summary=summary,
                      facts=tuple(Fact(c.candidate.description) for c in race.candidacies
                                  if c.candidate_id == candidate.id and c.candidate.description),
                      entities=(race_entity(race), entity), race_slug=race.slug)
    gone = [c.candidate for c in race.candidacies if c.status == "withdrawn" and c.candidate_id not in without]
    withdrew = [c.name for c in gone]
    summary = (m.ngettext("{count} candidate withdrew from {race}: {names}.",
                          "{count} candidates withdrew from {race}: {names}.", len(withdrew)).format(
        count=m.number(len(withdrew)), names=m.series(withdrew), race=name) if withdrew
        else m.gettext("No candidate withdrew from {race}.").format(race=name))
    if without:
        others = m.series([c.candidate.name for c in race.candidacies if c.candidate_id in without])
        summary = (m.ngettext("Besides {others}, {count} candidate withdrew from {race}: {names}.",
                              "Besides {others}, {count} candidates withdrew from {race}: {names}.",
                              len(withdrew)).format(others=others, count=m.number(len(withdrew)),
                                                    names=m.series(withdrew), race=name) if withdrew
                   else m.gettext("Besides {others}, no candidate withdrew from {race}.").format(others=others,
                                                                                                 race=name))
    return Answer(QuestionKind.RUNNING, status="ok", title=name, summary=summary,
                  facts=tuple(Fact(f"{c.name}: {c.description}" if c.description else c.name) for c in gone),
                  entities=(race_entity(race),), race_slug=race.slug)
