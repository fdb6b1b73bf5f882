"""Answers from a race's final results: who won or advanced from each stage, and how one candidate did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.db.views import CandidateView as Candidate
from bot.db.views import ElectionResultView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.answers.counts import count_answer, count_for
from bot.engine.answers.reader import Reader
from bot.engine.answers.wording import by_votes, race_entity, race_name, source_ref
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.race_choice import stage_fits


def top_two_stage(race: RaceView, stage: str | None) -> str | None:
    """The stage asked for as the race holds it: a runoff, in a race that holds none after its primary but a general
    election between the top two, is that general election."""
    stages = {s.stage for s in race.stages}
    return "general" if stage == "runoff" and "runoff" not in stages and "general" in stages else stage


async def election_results(reader: Reader, race: RaceView, stage: str | None,
                           candidate: Candidate | None = None) -> Answer:
    """Who won (or advanced from) each stage; with a candidate, how they did first."""
    m = reader.messages
    _ = m.gettext
    rows = await reader.election_results(race.id)
    stage = top_two_stage(race, stage)
    if stage:
        rows = [r for r in rows if stage_fits(r.stage, stage)]
    if not rows:  # no final results: the count as it stands, if a results source has one
        count = count_for(reader.current_counts(race.id), stage)
        if count is not None:
            return count_answer(race, count, QuestionKind.RESULTS, candidate, m=m)
    if candidate is not None and rows:
        return await _candidate_results(reader, race, stage, candidate, rows)
    name = race_name(race, m)
    title = _("Results: {race}").format(race=name)
    if not rows:
        summary = (_("No {stage} results of {race} are recorded yet.").format(stage=m.term("stage", stage), race=name)
                   if stage else _("No results of {race} are recorded yet.").format(race=name))
        return Answer(QuestionKind.RESULTS, status="no_data", title=title, summary=summary, facts=(),
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
    return Answer(QuestionKind.RESULTS, status="ok", title=title, summary=summary, facts=tuple(facts),
                  entities=(race_entity(race),), race_slug=race.slug)


def _eliminated(row: ElectionResultView, rows: Sequence[ElectionResultView], stages: list[str],
                candidate_id: int) -> bool:
    """Whether a later stage of the race has results and the candidate is not in them: out after this stage."""
    if row.stage not in stages:
        return False
    later = [r for r in rows if r.stage in stages and stages.index(r.stage) > stages.index(row.stage)]
    return bool(later) and not any(r.candidate_id == candidate_id for r in later)


def _advanced_to(row: ElectionResultView, rows: Sequence[ElectionResultView], stages: list[str],
                 candidate_id: int) -> str | None:
    """The next stage the candidate has a result in, after this one: they advanced to it."""
    if row.stage not in stages:
        return None
    later = sorted({r.stage for r in rows if r.candidate_id == candidate_id and r.stage in stages
                    and stages.index(r.stage) > stages.index(row.stage)}, key=stages.index)
    return later[0] if later else None


async def _candidate_results(reader: Reader, race: RaceView, stage: str | None, candidate: Candidate,
                             rows: Sequence[ElectionResultView]) -> Answer:
    m = reader.messages
    _ = m.gettext
    base = await election_results(reader, race, stage)
    entity = ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)
    own = [r for r in rows if r.candidate_id == candidate.id]
    if not own:
        stages = [s.stage for s in race.stages]
        earlier = [r for r in await reader.election_results(race.id) if r.candidate_id == candidate.id
                   and stage in stages and r.stage in stages and stages.index(r.stage) < stages.index(stage)]
        if earlier:  # they ran in an earlier stage and did not make this one ("did de leon make it to november")
            last = max(earlier, key=lambda r: stages.index(r.stage))
            ran = by_votes(r for r in await reader.election_results(race.id) if r.stage == last.stage)
            place = next(i for i, r in enumerate(ran) if r.candidate_id == candidate.id) + 1
            summary = _("No: {name} did not make the {stage}; eliminated in the {earlier} with {pct}, {place} of "
                        "{count}.").format(name=candidate.name, stage=m.term("stage", stage),
                                           earlier=m.term("stage", last.stage), pct=m.percent(last.pct),
                                           place=m.ordinal(place), count=len(ran))
        elif stage:
            summary = _("{name} has no {stage} result recorded in the {race}.").format(
                name=candidate.name, stage=m.term("stage", stage), race=race_name(race, m))
        else:
            summary = _("{name} has no result recorded in the {race}.").format(name=candidate.name,
                                                                              race=race_name(race, m))
        return replace(base, summary=summary, entities=(*base.entities, entity))
    lines = []
    stages = [s.stage for s in race.stages]
    for row in own:
        stage_rows = [r for r in rows if r.stage == row.stage]
        place = 1 + sorted(stage_rows, key=lambda r: -(r.votes or r.pct or 0)).index(row)
        values = {"name": candidate.name, "pct": m.percent(row.pct), "stage": m.term("stage", row.stage),
                  "place": m.ordinal(place), "count": len(stage_rows), "votes": m.number(row.votes)}
        deciding = row.stage in stages and row.stage == stages[-1] and len(stage_rows) > 1
        if deciding and place == 1:  # the stage that decides the race: it was won or lost
            lines.append((_("{name} won the {stage} with {pct}, {votes} votes, {place} of {count}")
                          if row.votes is not None else _("{name} won the {stage} with {pct}, {place} of {count}"))
                         .format(**values))
        elif deciding:
            lines.append((_("{name} lost the {stage} with {pct}, {votes} votes, {place} of {count}")
                          if row.votes is not None else _("{name} lost the {stage} with {pct}, {place} of {count}"))
                         .format(**values))
        elif _eliminated(row, await reader.election_results(race.id), stages, candidate.id):
            lines.append((_("{name} was eliminated in the {stage} with {pct}, {votes} votes, {place} of {count}")
                          if row.votes is not None else
                          _("{name} was eliminated in the {stage} with {pct}, {place} of {count}")).format(**values))
        elif (later := _advanced_to(row, await reader.election_results(race.id), stages, candidate.id)) is not None:
            values["next"] = m.term("stage", later)  # "did caruso make the runoff": yes, and with what
            lines.append((_("{name} advanced from the {stage} to the {next} with {pct}, {votes} votes, {place} of "
                            "{count}") if row.votes is not None else
                          _("{name} advanced from the {stage} to the {next} with {pct}, {place} of {count}"))
                         .format(**values))
        elif row.votes is not None:
            lines.append(_("{name} got {pct}, {votes} votes in the {stage}, {place} of {count}").format(**values))
        else:
            lines.append(_("{name} got {pct} in the {stage}, {place} of {count}").format(**values))
    summary = "; ".join(lines) + "."
    facts = tuple(Fact(line, source_ref(row.source)) for line, row in zip(lines, own, strict=True))
    return replace(base, summary=summary, facts=(*facts, *base.facts), entities=(*base.entities, entity))
