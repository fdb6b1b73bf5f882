"""The results question set is well formed: its size, languages and topics, every expectation derived from the
files and not empty, no phrasing twice, and the grader grading. It never asks the engine: the score is printed by
`python -m tests.results_set.score`, never asserted here."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.engine.answers import Answer, Fact
from tests.results_set import files
from tests.results_set.expect import Expect, fold, grade
from tests.results_set.questions import LANGUAGES, QUESTIONS, TOPICS

pytestmark = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")


def test_the_set_has_at_least_200_questions_a_fifth_in_spanish() -> None:
    languages = Counter(q.language for q in QUESTIONS)
    assert len(QUESTIONS) >= 200
    assert set(languages) == set(LANGUAGES)
    assert languages["es"] >= len(QUESTIONS) / 5


def test_every_topic_is_asked_in_both_languages() -> None:
    for language in LANGUAGES:
        assert {q.topic for q in QUESTIONS if q.language == language} == set(TOPICS), language


def test_every_expectation_is_derived_and_not_empty() -> None:
    for question in QUESTIONS:
        expect = question.expect()
        assert expect.says and all(group for group in expect.says), question.text


def test_no_phrasing_is_asked_twice() -> None:
    repeated = [text for text, n in Counter(fold(q.text) for q in QUESTIONS).items() if n > 1]
    assert not repeated


def test_every_results_file_is_read() -> None:
    read = {files.MEDSL_PRESIDENT, files.CAMERON_PA, files.CLARITY_CO, files.CLARITY_GA, files.CLARITY_AR,
            files.CLARITY_KY, files.GENERIC_BALLOT}
    used = {arg for q in QUESTIONS for _, arg in q.args if hasattr(arg, "suffix")}
    assert read <= set(files.ALL_FILES)
    assert used <= read


def test_a_state_tally_counts_no_pseudo_candidate_and_a_turnout_row_is_no_person() -> None:
    for tally in files.medsl_states().values():
        assert not set(tally.votes) & files.MEDSL_PSEUDO
        assert sum(tally.votes.values()) <= tally.total
    assert not {"Registered Voters", "Ballots Cast"} & set(files.cameron_tally("President").votes)


def _answer(text: str, status: str = "ok") -> Answer:
    return Answer("results", status=status, title="", summary=text, facts=(Fact("a fact"),))  # type: ignore[arg-type]


def test_the_grader_tells_right_wrong_and_ruled_out() -> None:
    expect = Expect((("trump",), ("2816636",)), never=("1728159",))
    assert grade(_answer("Trump won with 2,816,636 votes"), expect) == "right"
    assert grade(_answer("Trump ganó con 2.816.636 votos"), expect) == "right"
    assert grade(_answer("Trump won with 28,166 votes"), expect) == "wrong"
    assert grade(_answer("Harris won with 1,728,159; Trump 2,816,636"), expect) == "ruled_out"
    assert grade(_answer("Trump won with 2,816,636 votes", status="need_race"), expect) == "wrong"
    missing = Expect((("2016",),), missing=True)
    assert grade(_answer("No results of 2016 in the data", status="no_data"), missing) == "right"
    assert grade(_answer("which race in 2016?", status="need_race"), missing) == "wrong"


def test_no_phrasing_equals_a_sealed_or_dev_one() -> None:
    # Only the count is shown: the sealed rows stay unread.
    from tests.devset.overlap import overlap_count
    from tests.devset.questions import DEV_QUESTIONS
    from tests.sealed.questions import QUESTIONS as SEALED
    mine = [q.text for q in QUESTIONS]
    assert overlap_count(mine, (q.text for q in SEALED)) == 0, "phrasings equal sealed ones"
    assert overlap_count(mine, (q.text for q in DEV_QUESTIONS)) == 0, "phrasings equal dev ones"


def test_the_heldout_batch_is_new_derived_and_in_both_languages() -> None:
    from tests.devset.overlap import overlap_count
    from tests.devset.questions import DEV_QUESTIONS
    from tests.results_set.heldout import HELDOUT
    from tests.sealed.questions import QUESTIONS as SEALED
    languages = Counter(q.language for q in HELDOUT)
    assert len(HELDOUT) >= 60 and languages["es"] >= 15
    assert {q.topic for q in HELDOUT} == set(TOPICS)
    mine = [q.text for q in HELDOUT]
    assert len({fold(t) for t in mine}) == len(mine)
    assert overlap_count(mine, (q.text for q in QUESTIONS)) == 0, "held-out phrasings equal the set's"
    assert overlap_count(mine, (q.text for q in SEALED)) == 0, "held-out phrasings equal sealed ones"
    assert overlap_count(mine, (q.text for q in DEV_QUESTIONS)) == 0, "held-out phrasings equal dev ones"
    for question in HELDOUT:
        expect = question.expect()
        assert expect.says and all(group for group in expect.says), question.text
