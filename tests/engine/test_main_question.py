"""A poll's main question: on the ballot (never a hypothetical match-up), a ranked-choice question's final round."""

from __future__ import annotations

import datetime as dt

from bot.db.views import PollResultView, PollView, SourceView, round_question
from bot.engine.answers.average import only_hypothetical, poll_average, topline


def _poll(poll_id: int, *results: PollResultView, day: int = 10) -> PollView:
    return PollView(poll_id, 1, f"538:{poll_id}", f"Pollster {poll_id}", [], None, dt.date(2024, 7, day), None, 600,
                    "lv", None, "general", None, SourceView("https://x.example", None, None, None), results)


def _result(candidate_id: int, pct: float, question: str = "1", *, hypothetical: bool = False,
            ranked_round: int | None = None, subgroup: str = "") -> PollResultView:
    label = round_question(question, ranked_round) if ranked_round else question
    return PollResultView(candidate_id, label, subgroup, pct, False, None, hypothetical, ranked_round)


def test_a_hypothetical_question_is_never_the_main_one_even_naming_more_candidates() -> None:
    poll = _poll(1, _result(1, 44), _result(2, 46),
                 _result(3, 42, "2", hypothetical=True), _result(2, 45, "2", hypothetical=True),
                 _result(4, 8, "2", hypothetical=True))
    assert [r.candidate_id for r in topline(poll)] == [1, 2]
    assert not only_hypothetical(poll)


def test_a_poll_of_hypothetical_match_ups_only_has_no_main_question_and_no_place_in_the_average() -> None:
    real = _poll(1, _result(1, 44), _result(2, 46), day=1)
    hypothetical = _poll(2, _result(3, 49, hypothetical=True), _result(2, 44, hypothetical=True), day=20)
    assert topline(hypothetical) == [] and only_hypothetical(hypothetical)
    average = poll_average([real, hypothetical])
    assert average is not None and [u.poll_id for u in average.polls] == [1]
    assert {cid for cid, _ in average.shares} == {1, 2}


def test_the_final_round_of_a_ranked_choice_question_is_the_main_one() -> None:
    poll = _poll(1, _result(1, 45, "7", ranked_round=1), _result(2, 35, "7", ranked_round=1),
                 _result(3, 15, "7", ranked_round=1), _result(1, 56, "7", ranked_round=2),
                 _result(2, 41, "7", ranked_round=2))
    assert [(r.candidate_id, r.pct) for r in topline(poll)] == [(1, 56), (2, 41)]


def test_rounds_of_two_ranked_choice_questions_are_told_apart() -> None:
    poll = _poll(1, _result(1, 45, "7", ranked_round=1), _result(2, 35, "7", ranked_round=1),
                 _result(3, 15, "7", ranked_round=1), _result(1, 50, "7", ranked_round=2),
                 _result(2, 45, "7", ranked_round=2),
                 _result(1, 40, "8", ranked_round=1), _result(2, 30, "8", ranked_round=1),
                 _result(3, 20, "8", ranked_round=1), _result(5, 5, "8", ranked_round=1),
                 _result(1, 48, "8", ranked_round=3), _result(2, 44, "8", ranked_round=3),
                 _result(5, 4, "8", ranked_round=3))
    assert [(r.candidate_id, r.pct) for r in topline(poll)] == [(1, 48), (2, 44), (5, 4)]
