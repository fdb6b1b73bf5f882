"""The polling average: recent polls, the latest per pollster, weighted by recency and sample size."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from bot.db.views import PollResultView, PollView, unrounded_question
from bot.engine.thresholds import (
    AVERAGE_WINDOW_DAYS,
    DEFAULT_SAMPLE_SIZE,
    MAX_SAMPLE_SIZE,
    RECENCY_HALF_LIFE_DAYS,
)


@dataclass(frozen=True, slots=True)
class UsedPoll:
    """One poll in a polling average: which, by whom, when, and its weight."""

    poll_id: int
    pollster: str
    as_of: dt.date
    sample_size: int | None
    weight: float


@dataclass(frozen=True, slots=True)
class PollAverage:
    """A polling average: each candidate's weighted share, the window of days and the polls it used."""

    stage: str | None
    window_start: dt.date
    window_end: dt.date
    shares: tuple[tuple[int, float], ...]  # (candidate id, average share), highest first
    polls: tuple[UsedPoll, ...]


def topline(poll: PollView) -> list[PollResultView]:
    """The all-voters results of a poll's main question: of the questions on the ballot (never a hypothetical
    match-up), and of a ranked-choice question only its final round, the one naming the most candidates."""
    questions: dict[str, list[PollResultView]] = {}
    final_rounds: dict[str, int] = {}
    for result in poll.results:
        if result.subgroup == "" and result.pct is not None and not result.hypothetical:
            questions.setdefault(result.question, []).append(result)
            if result.ranked_round is not None:
                asked = unrounded_question(result)
                final_rounds[asked] = max(final_rounds.get(asked, 0), result.ranked_round)
    eligible = [results for results in questions.values()
                if results[0].ranked_round is None
                or results[0].ranked_round == final_rounds[unrounded_question(results[0])]]
    return max(eligible, key=len, default=[])


def has_topline(poll: PollView) -> bool:
    """Whether `topline(poll)` is not empty, without grouping the results when no ranked-choice round is among them:
    then any all-voters share of a question on the ballot is a topline."""
    found = False
    for result in poll.results:
        if result.subgroup == "" and result.pct is not None and not result.hypothetical:
            if result.ranked_round is not None:
                return bool(topline(poll))
            found = True
    return found


def only_hypothetical(poll: PollView) -> bool:
    """Whether every all-voters question of a poll is a hypothetical match-up: the poll has no main question."""
    overall = [r for r in poll.results if r.subgroup == "" and r.pct is not None]
    return bool(overall) and all(r.hypothetical for r in overall)


def current_stage_polls(polls: Sequence[PollView]) -> tuple[str | None, list[PollView]]:
    """The polls of the stage the newest poll is about (a general-election average ignores the primary)."""
    with_results = [p for p in polls if has_topline(p)]
    if not with_results:
        return None, []
    newest = max(with_results, key=lambda p: p.as_of)
    return newest.stage, [p for p in with_results if p.stage == newest.stage]


def poll_average(polls: Sequence[PollView]) -> PollAverage | None:
    """The average of the current stage's polls; None when there are none."""
    stage, candidates = current_stage_polls(polls)
    if not candidates:
        return None
    window_end = max(p.as_of for p in candidates)
    window_start = window_end - dt.timedelta(days=AVERAGE_WINDOW_DAYS)
    latest: dict[str, PollView] = {}
    for poll in sorted(candidates, key=lambda p: (p.as_of, p.id)):
        if poll.as_of >= window_start:
            latest[poll.pollster.casefold()] = poll  # the later one wins
    used: list[UsedPoll] = []
    totals: dict[int, float] = {}
    weights: dict[int, float] = {}
    for poll in latest.values():
        age = (window_end - poll.as_of).days
        sample = min(poll.sample_size or DEFAULT_SAMPLE_SIZE, MAX_SAMPLE_SIZE)
        weight = 0.5 ** (age / RECENCY_HALF_LIFE_DAYS) * math.sqrt(sample / DEFAULT_SAMPLE_SIZE)
        used.append(UsedPoll(poll.id, poll.pollster, poll.as_of, poll.sample_size, round(weight, 4)))
        for result in topline(poll):
            assert result.pct is not None
            totals[result.candidate_id] = totals.get(result.candidate_id, 0.0) + weight * result.pct
            weights[result.candidate_id] = weights.get(result.candidate_id, 0.0) + weight
    shares = sorted(((cid, totals[cid] / weights[cid]) for cid in totals), key=lambda item: -item[1])
    used.sort(key=lambda u: u.as_of, reverse=True)
    return PollAverage(stage, window_start, window_end, tuple(shares), tuple(used))
