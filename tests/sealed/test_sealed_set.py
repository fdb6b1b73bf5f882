"""The sealed set is well formed: its size, its groups, an expectation for every question, no reused phrasing.

It never asks the engine: the set's score is measured by `python -m tests.sealed.score`, never asserted here.
"""

from __future__ import annotations

import ast
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from tests.engine.la_questions import la_cases
from tests.engine.real_questions import DATA_DIR, fold, real_cases, trap_cases
from tests.engine.spanish_questions import la_spanish_cases, real_spanish_cases
from tests.sealed.question import GROUPS, KINDS
from tests.sealed.questions import QUESTIONS

MINIMUM = {"la": 125, "real": 125, "es": 65}
ENGINE_TESTS = Path(__file__).resolve().parents[1] / "engine"

pytestmark = pytest.mark.skipif(not DATA_DIR.is_dir(), reason=f"no real files at {DATA_DIR}")


@cache
def existing_phrasings() -> frozenset[str]:
    """Every string written in tests/engine/*.py and every question the engine's sets generate, folded."""
    found: set[str] = set()
    for path in ENGINE_TESTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(fold(node.value))
    generated = (*la_cases(), *la_spanish_cases(), *real_cases(), *trap_cases(), *real_spanish_cases())
    return frozenset(found | {fold(case.question) for case in generated})


def test_the_set_has_at_least_320_questions_in_its_groups() -> None:
    counts = Counter(q.group for q in QUESTIONS)
    assert len(QUESTIONS) >= 320
    assert set(counts) <= set(GROUPS)
    assert all(counts[group] >= least for group, least in MINIMUM.items()), counts


def test_every_question_has_a_known_kind_and_covers_every_kind() -> None:
    assert {q.kind for q in QUESTIONS} == set(KINDS)


def test_every_expectation_is_derived_and_not_empty() -> None:
    for question in QUESTIONS:
        expect = question.expect()
        assert expect.says or expect.missing, question.text
        assert all(group for group in expect.says), question.text


def test_no_phrasing_is_asked_twice() -> None:
    repeated = [text for text, n in Counter(fold(q.text) for q in QUESTIONS).items() if n > 1]
    assert not repeated


def test_no_phrasing_is_copied_from_the_engine_tests() -> None:
    copied = [q.text for q in QUESTIONS if fold(q.text) in existing_phrasings()]
    assert not copied
