"""Answers from the count of votes (results snapshots): who is winning or won, with what share, how much is in."""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.views import CandidateView, CountView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity, SourceRef
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.race_choice import stage_fits
from bot.i18n import ENGLISH, Messages
from bot.names import fold

# The words around a county's name: "atkinson county", "county of atkinson", "condado de atkinson".
_AREA_FRAME = {"county", "parish", "borough", "co", "cnty", "cty", "condado", "of", "de", "del", "the", "el"}


def area_counted(area: str, counts: Sequence[CountView]) -> bool:
    """Whether an area a question names is the area some count of the race covers (a county's file)."""
    asked = set(fold(area).split()) - _AREA_FRAME
    return bool(asked) and any(c.area and set(fold(c.area).split()) - _AREA_FRAME == asked for c in counts)


def count_for(counts: Sequence[CountView], stage: str | None) -> CountView | None:
    """The count a question is about: of the stage asked, else of the latest stage counted."""
    fitting = [c for c in counts if stage is None or stage_fits(c.stage, stage)]
    fitting = [c for c in fitting if not c.area] or fitting  # the whole race's count before a county's
    return max(fitting, key=lambda c: c.taken_at) if fitting else None


def count_answer(race: RaceView, count: CountView, intent: QuestionKind, candidate: CandidateView | None = None, *,
                 m: Messages) -> Answer:
    """The current count of a stage: the leader (or winner, once certified or called) with votes and share,
    how much is reported and when; "partial" until the count is certified."""
    _ = m.gettext
    total = count.total
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    when = m.date(count.taken_at, "time")
    reporting = reporting_text(count, m)
    name = m.term("race", race.name)
    facts = [Fact(_("{name}: {votes} votes ({share})").format(name=c.candidate.name, votes=m.number(c.votes),
                                                              share=_share(c.votes, total, m)), ref)
             for c in count.counts]
    facts.append(Fact((_("{reporting}; count of {when}; certified") if count.certified
                       else _("{reporting}; count of {when}; partial until certified")).format(reporting=reporting,
                                                                                             when=when), ref))
    stage = m.term("stage", count.stage)
    if race.structure.office_kind == "measure" and total:
        return _measure_answer(race, count, intent, facts, m)
    top = count.counts[0] if count.counts else None
    called = next((c for c in count.counts if c.candidate.id == count.called_candidate_id), None)
    if top is None or total == 0:
        summary = _("No votes counted yet in the {stage} of the {race} ({reporting}).").format(
            stage=stage, race=name, reporting=reporting)
    elif count.certified:
        winner = called or top
        summary = _("{name} won the {stage} with {votes} votes ({share}){over} (certified).").format(
            name=winner.candidate.name, stage=stage, votes=m.number(winner.votes),
            share=_share(winner.votes, total, m), over=_over(count, winner.candidate.id, total, m))
    elif called is not None:  # Racebot never calls a race: it reports the call its source made
        summary = _("The source calls the {stage} for {name}: {votes} votes ({share}){over}; {reporting}, as of "
                    "{when} (partial).").format(stage=stage, name=called.candidate.name,
                                                votes=m.number(called.votes), share=_share(called.votes, total, m),
                                                over=_over(count, called.candidate.id, total, m),
                                                reporting=reporting, when=when)
    else:
        summary = _("{name} leads the {stage} count with {votes} votes ({share}){over}; {reporting}, as of {when} "
                    "(partial).").format(name=top.candidate.name, stage=stage, votes=m.number(top.votes),
                                         share=_share(top.votes, total, m),
                                         over=_over(count, top.candidate.id, total, m), reporting=reporting,
                                         when=when)
    entities = [ResolvedEntity("race", race.id, race.name, 100.0)]
    if candidate is not None:
        own = next((c for c in count.counts if c.candidate.id == candidate.id), None)
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
        if own is None:
            sentence = _("{name} is not in the {stage} count of the {race}.").format(name=candidate.name, stage=stage,
                                                                                    race=name)
        else:
            place = [c.candidate.id for c in count.counts].index(candidate.id) + 1
            sentence = _("{name} has {votes} votes ({share}), {place} of {count} in the {stage} count.").format(
                name=candidate.name, votes=m.number(own.votes), share=_share(own.votes, total, m),
                place=m.ordinal(place), count=len(count.counts), stage=stage)
        summary = f"{sentence} {summary}"
    if count.area:  # a county's file: its count is that county's, never the race's
        summary = f"{summary} " + _("This count covers {area} only.").format(area=count.area)
    title = (_("Results: {race}") if count.certified else _("Count: {race}")).format(race=name)
    return Answer(intent, status="ok", title=title, summary=summary, facts=tuple(facts), entities=tuple(entities),
                  race_slug=race.slug,
                  extra={"partial": not count.certified, "stage": count.stage})


def _measure_answer(race: RaceView, count: CountView, intent: QuestionKind, facts: list[Fact],
                    m: Messages) -> Answer:
    """A ballot measure's count: passed or failed (once every unit has reported or the count is certified; "is
    passing" before), by the share it needed where one is set (a constitutional amendment's), else by a simple
    majority, saying which."""
    _ = m.gettext
    votes = {fold(c.candidate.name): c.votes for c in count.counts}
    yes, no = votes.get("yes", 0), votes.get("no", 0)
    share = 100 * yes / (yes + no) if yes + no else 0.0
    threshold = race.pass_threshold
    passes = share >= threshold if threshold is not None else yes > no
    complete = count.certified or (count.units_total is not None and count.units_reported == count.units_total)
    name = m.term("race", race.office)
    if complete:
        verdict = (_("{measure} passed") if passes else _("{measure} failed")).format(measure=name)
    else:
        verdict = (_("{measure} is passing so far") if passes else _("{measure} is failing so far")).format(
            measure=name)
    rule = (_("it needed {share} of the vote").format(share=m.percent(threshold, 0)) if threshold is not None
            else _("it needed a simple majority"))
    summary = _("{verdict}: Yes {yes} votes ({yes_share}), No {no} ({no_share}); {rule}; {reporting}, as of {when}.") \
        .format(verdict=verdict, yes=m.number(yes), yes_share=m.percent(share, 1), no=m.number(no),
                no_share=m.percent(100 - share if yes + no else 0.0, 1), rule=rule, reporting=reporting_text(count, m),
                when=m.date(count.taken_at, "time"))
    if count.area:
        summary = f"{summary} " + _("This count covers {area} only.").format(area=count.area)
    title = (_("Results: {race}") if count.certified else _("Count: {race}")).format(race=m.term("race", race.name))
    return Answer(intent, status="ok", title=title, summary=summary, facts=tuple(facts),
                  entities=(ResolvedEntity("race", race.id, race.name, 100.0),), race_slug=race.slug,
                  extra={"partial": not count.certified, "stage": count.stage, "passed": passes})


def _over(count: CountView, leader_id: int, total: int, m: Messages) -> str:
    """" to Rick Caruso's 1,234 (45.0%)": the runner-up after a leader's figures, or nothing."""
    second = next((c for c in count.counts if c.candidate.id != leader_id), None)
    if second is None:
        return ""
    return m.gettext(" to {name}'s {votes} ({share})").format(name=second.candidate.name,
                                                             votes=m.number(second.votes),
                                                             share=_share(second.votes, total, m))


def reporting_text(count: CountView, m: Messages = ENGLISH) -> str:
    """How much of the vote a count covers: precincts reported of all, or the share of the expected vote."""
    return reporting_words(count.units_reported, count.units_total, count.unit, m)


def reporting_words(reported: int | None, total: int | None, unit: str, m: Messages = ENGLISH) -> str:
    """"180 of 1,000 precincts reported (18%)", "87% of the expected vote counted", "32 precincts reported"."""
    _ = m.gettext
    if reported is None:
        return _("reporting not given")
    if unit == "expected vote":
        return _("{share} of the expected vote counted").format(share=m.percent(reported))
    if total:
        return _("{reported} of {total} {unit} reported ({share})").format(
            reported=m.number(reported), total=m.number(total), unit=m.term("unit", unit),
            share=m.percent(100 * reported / total, 0))
    return _("{reported} {unit} reported").format(reported=m.number(reported), unit=m.term("unit", unit))


def _share(votes: int, total: int, m: Messages) -> str:
    return m.percent(100 * votes / total, 1) if total else m.gettext("n/a")
