"""Answers from the count of votes (results snapshots): who is winning or won, with what share, how much is in."""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.views import CandidateView, CountView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity, SourceRef
from bot.engine.race_choice import stage_fits
from bot.races import ordinal


def count_for(counts: Sequence[CountView], stage: str | None) -> CountView | None:
    """The count a question is about: of the stage asked, else of the latest stage counted."""
    fitting = [c for c in counts if stage is None or stage_fits(c.stage, stage)]
    return max(fitting, key=lambda c: c.taken_at) if fitting else None


def count_answer(race: RaceView, count: CountView, intent: str, candidate: CandidateView | None = None) -> Answer:
    """The current count of a stage: the leader (or winner, once certified or called) with votes and share,
    how much is reported and when; "partial" until the count is certified."""
    total = count.total
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    when = f"{count.taken_at:%b %d, %Y %H:%M}"
    reporting = reporting_text(count)
    facts = [Fact(f"{c.candidate.name}: {c.votes:,} votes ({_share(c.votes, total)})", ref) for c in count.counts]
    facts.append(Fact(f"{reporting}; count of {when}; "
                      f"{'certified' if count.certified else 'partial until certified'}", ref))
    stage = count.stage
    top = count.counts[0] if count.counts else None
    called = next((c for c in count.counts if c.candidate.id == count.called_candidate_id), None)
    if top is None or total == 0:
        summary = f"No votes counted yet in the {stage} of the {race.name} ({reporting})."
    elif count.certified:
        winner = called or top
        summary = (f"{winner.candidate.name} won the {stage} with {winner.votes:,} votes "
                   f"({_share(winner.votes, total)}){_over(count, winner.candidate.id, total)} (certified).")
    elif called is not None:  # Racebot never calls a race: it reports the call its source made
        summary = (f"The source calls the {stage} for {called.candidate.name}: {called.votes:,} votes "
                   f"({_share(called.votes, total)}){_over(count, called.candidate.id, total)}; {reporting}, "
                   f"as of {when} (partial).")
    else:
        summary = (f"{top.candidate.name} leads the {stage} count with {top.votes:,} votes "
                   f"({_share(top.votes, total)}){_over(count, top.candidate.id, total)}; {reporting}, "
                   f"as of {when} (partial).")
    entities = [ResolvedEntity("race", race.id, race.name, 100.0)]
    if candidate is not None:
        own = next((c for c in count.counts if c.candidate.id == candidate.id), None)
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
        if own is None:
            summary = f"{candidate.name} is not in the {stage} count of the {race.name}. {summary}"
        else:
            place = [c.candidate.id for c in count.counts].index(candidate.id) + 1
            summary = (f"{candidate.name} has {own.votes:,} votes ({_share(own.votes, total)}), "
                       f"{ordinal(place)} of {len(count.counts)} in the {stage} count. {summary}")
    title = f"{'Results' if count.certified else 'Count'}: {race.name}"
    return Answer(intent, "ok", title, summary, tuple(facts), tuple(entities), race_slug=race.slug,
                  extra={"partial": not count.certified, "stage": stage})


def _over(count: CountView, leader_id: int, total: int) -> str:
    second = next((c for c in count.counts if c.candidate.id != leader_id), None)
    if second is None:
        return ""
    return f" to {second.candidate.name}'s {second.votes:,} ({_share(second.votes, total)})"


def reporting_text(count: CountView) -> str:
    """How much of the vote a count covers: precincts reported of all, or the share of the expected vote."""
    return reporting_words(count.units_reported, count.units_total, count.unit)


def reporting_words(reported: int | None, total: int | None, unit: str) -> str:
    """"180 of 1,000 precincts reported (18%)", "87% of the expected vote counted", "32 precincts reported"."""
    if reported is None:
        return "reporting not given"
    if unit == "expected vote":
        return f"{reported}% of the expected vote counted"
    if total:
        return f"{reported:,} of {total:,} {unit} reported ({100 * reported / total:.0f}%)"
    return f"{reported:,} {unit} reported"


def _share(votes: int, total: int) -> str:
    return f"{100 * votes / total:.1f}%" if total else "n/a"
