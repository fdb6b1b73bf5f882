"""The LA race asked the way people type on Discord: at least 97% of the generated phrasings get the right answer.

The cases and what each must say are derived from the bundles (tests/engine/la_questions.py); this module asks
them all against the bundled race and prints every miss.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from bot.engine.answers import Answer
from tests.engine.asking import sync_asker
from tests.engine.la_questions import Case, la_cases

REQUIRED_SHARE = 0.97
CASES = la_cases()


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    yield from sync_asker(tmp_path_factory.mktemp("la_questions"))


def text_of(answer: Answer) -> str:
    return "\n".join([answer.title, answer.summary, *(f.text for f in answer.facts), *answer.suggestions])


def miss(case: Case, answer: Answer) -> str | None:
    """Why an answer is not the one the case expects, or None when it is."""
    if (answer.intent, answer.status) != (case.intent, case.status):
        return f"got {answer.intent}/{answer.status}, want {case.intent}/{case.status}: {answer.summary[:100]}"
    if case.entity and not any((e.kind, e.name) == case.entity for e in answer.entities):
        return f"no {case.entity} among {[(e.kind, e.name) for e in answer.entities]}"
    missing = [s for s in case.says if s not in text_of(answer)]
    if missing:
        return f"does not say {missing}: {answer.summary[:100]}"
    return None


def test_there_are_at_least_150_distinct_la_phrasings() -> None:
    assert len(CASES) >= 150
    assert len({c.question for c in CASES}) == len(CASES)
    assert all(c.says or c.entity for c in CASES)


def test_la_phrasings_are_answered_right(ask) -> None:
    misses = []
    for case in CASES:
        answer = ask(case.question)
        reason = miss(case, answer)
        if reason:
            misses.append((case, reason))
    by_topic = Counter(case.topic for case, _ in misses)
    print(f"\n{len(CASES) - len(misses)}/{len(CASES)} LA phrasings right; misses by topic: {dict(by_topic)}")
    for case, reason in misses:
        print(f"MISS [{case.topic}] {case.question!r}: {reason}")
    right = 1 - len(misses) / len(CASES)
    assert right >= REQUIRED_SHARE, f"{right:.1%} right, {len(misses)} misses (printed above)"
