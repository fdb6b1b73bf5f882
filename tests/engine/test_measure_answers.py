"""A ballot measure's count read as a verdict: passed or failed by the share it needed where one is set, else by a
simple majority, saying which; "so far" until every unit has reported; in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.db.views import CandidateView, CountView, RaceView, SourceView, VoteCountView
from bot.engine.answers.counts import count_answer
from bot.engine.kinds import QuestionKind
from bot.i18n import messages
from bot.races import RaceStructure

SOURCE = SourceView("file:co_2024_general_detail.xml", "2024 General", "Colorado", dt.date(2024, 12, 6))


def _measure(threshold: float | None) -> RaceView:
    return RaceView(id=1, slug="colorado-amendment-79-2024", name="2024 Colorado Amendment 79", office="Amendment 79",
                    office_type="Ballot measure", jurisdiction="Colorado", state="Colorado", cycle=2024,
                    nonpartisan=True, places=["Colorado"], stages=(), candidacies=(),
                    structure=RaceStructure("measure", 2024, "CO"), pass_threshold=threshold)


def _count(yes: int, no: int, reported: int = 64, of: int = 64) -> CountView:
    votes = sorted([(yes, CandidateView(1, "Yes", [], None, None)), (no, CandidateView(2, "No", [], None, None))],
                   key=lambda pair: -pair[0])
    return CountView(stage="general", taken_at=dt.datetime(2024, 12, 6, 13, 20), units_reported=reported,
                     units_total=of, unit="counties", certified=False, called_candidate_id=None, source=SOURCE,
                     counts=tuple(VoteCountView(c, n) for n, c in votes))


def test_a_measure_over_its_threshold_passed_and_the_answer_says_the_share_it_needed() -> None:
    answer = count_answer(_measure(55.0), _count(1_921_593, 1_179_099), QuestionKind.RESULTS, m=messages("en"))
    assert answer.summary.startswith("Amendment 79 passed: Yes 1,921,593 votes (62.0%)")
    assert "it needed 55% of the vote" in answer.summary
    assert answer.extra["passed"] is True


def test_a_majority_under_the_threshold_fails() -> None:
    answer = count_answer(_measure(55.0), _count(1_600_000, 1_400_000), QuestionKind.RESULTS, m=messages("en"))
    assert answer.summary.startswith("Amendment 79 failed: Yes 1,600,000 votes (53.3%)")


def test_a_measure_with_no_threshold_passes_by_a_simple_majority_and_says_so() -> None:
    answer = count_answer(_measure(None), _count(1_600_000, 1_400_000), QuestionKind.RESULTS, m=messages("en"))
    assert answer.summary.startswith("Amendment 79 passed")
    assert "it needed a simple majority" in answer.summary


def test_a_count_still_coming_in_is_passing_so_far() -> None:
    answer = count_answer(_measure(None), _count(600, 400, reported=10), QuestionKind.RESULTS, m=messages("en"))
    assert answer.summary.startswith("Amendment 79 is passing so far")


@pytest.mark.parametrize(("yes", "no", "verdict"), [(1_921_593, 1_179_099, "fue aprobada"),
                                                    (1_000, 2_000, "fue rechazada")])
def test_the_verdict_in_spanish(yes: int, no: int, verdict: str) -> None:
    answer = count_answer(_measure(55.0), _count(yes, no), QuestionKind.RESULTS, m=messages("es"))
    assert answer.summary.startswith(f"Amendment 79 {verdict}: Sí")
    assert "necesitaba el 55" in answer.summary
