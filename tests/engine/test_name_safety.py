"""Names near real ones: a made-up name is never answered as a real person, a typo of a real name is.

Over the bundled LA race and the real 538 files. The names are made by script (tests/engine/name_questions.py);
each test prints every failure.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from tests.engine.asking import sync_asker
from tests.engine.name_questions import MADE_UP_DISTANCE, NameCase, build_pool, made_up_cases, typo_cases
from tests.engine.question_data import FIVETHIRTYEIGHT, SEED, candidate_poll_files, fold

MADE_UP_REQUIRED = 1.0  # issue 21: no made-up name is answered as a real person
TYPO_REQUIRED = 0.97
FILES = candidate_poll_files()
pytestmark = pytest.mark.skipif(not FILES, reason=f"no 538 files in {FIVETHIRTYEIGHT}")
MADE_UP = made_up_cases() if FILES else []
TYPOS = typo_cases() if FILES else []


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    yield from sync_asker(tmp_path_factory.mktemp("name_safety"), FILES)


def describe(answer: Answer) -> str:
    people = [(e.kind, e.name) for e in answer.entities]
    return f"{answer.intent}/{answer.status} {people}: {answer.summary[:90]}"


def report(title: str, cases: list[NameCase], failures: list[tuple[NameCase, Answer]]) -> float:
    by_how = Counter(case.how for case, _ in failures)
    print(f"\n{len(cases) - len(failures)}/{len(cases)} {title}; failures by kind: {dict(by_how)}")
    for case, answer in failures:
        print(f"FAIL [{case.how}, from {case.real}] {case.question!r}: {describe(answer)}")
    return 1 - len(failures) / len(cases)


def test_at_least_100_made_up_names_none_near_a_real_one() -> None:
    pool = build_pool(random.Random(SEED))
    assert len(MADE_UP) >= 100
    assert len({c.question for c in MADE_UP}) == len(MADE_UP)
    for case in MADE_UP:
        nearest, owners = pool.index.nearest(fold(case.typed))
        assert nearest >= MADE_UP_DISTANCE, (case.typed, owners)


def test_at_least_100_typos_each_nearest_its_own_name() -> None:
    pool = build_pool(random.Random(SEED))
    assert len(TYPOS) >= 100
    assert len({c.question for c in TYPOS}) == len(TYPOS)
    for case in TYPOS:
        nearest, owners = pool.index.nearest(case.typed)
        assert nearest > 0 and owners == {fold(case.real)}, (case.typed, case.real, owners)


def taken_for_real(ask: Callable[[str], Answer], cases: list[NameCase]) -> list[tuple[NameCase, Answer]]:
    """The made-up names answered confidently as someone of a kind the case guards."""
    failures = []
    for case in cases:
        answer = ask(case.question)
        confident = answer.status not in ("not_found", "ambiguous")
        if confident and any(e.kind in case.guarded_kinds for e in answer.entities):
            failures.append((case, answer))
    return failures


def test_made_up_names_are_not_answered_as_a_real_person(ask) -> None:
    failures = taken_for_real(ask, MADE_UP)
    passed = report("made-up names not taken for a real one", MADE_UP, failures)
    assert passed >= MADE_UP_REQUIRED, f"{passed:.1%} passed, {len(failures)} failures (printed above)"


def not_found_by_typo(ask: Callable[[str], Answer], cases: list[NameCase]) -> list[tuple[NameCase, Answer]]:
    """The typos of real names not answered as that person."""
    failures = []
    for case in cases:
        answer = ask(case.question)
        found = any(e.kind in ("candidate", "endorser") and e.name == case.real for e in answer.entities)
        if not (answer.status == "ok" and found):
            failures.append((case, answer))
    return failures


def test_typos_of_real_names_find_the_person(ask) -> None:
    failures = not_found_by_typo(ask, TYPOS)
    passed = report("typos of real names found", TYPOS, failures)
    assert passed >= TYPO_REQUIRED, f"{passed:.1%} passed, {len(failures)} failures (printed above)"
