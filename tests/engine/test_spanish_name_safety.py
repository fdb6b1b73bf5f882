"""Names near real ones, asked in Spanish: a made-up name is never answered as a real person, a typo of a real name
is, and the Spanish words around a name never become part of it.

The names are the English name-safety sets' (tests/engine/name_questions.py); each question is the Spanish twin of
the English one, over the same data (the bundled LA race and the 538 files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from bot.engine.understanding.language import detect_language
from tests.engine.asking import sync_asker
from tests.engine.name_questions import NameCase, made_up_cases, typo_cases
from tests.engine.question_data import FIVETHIRTYEIGHT, candidate_poll_files
from tests.engine.test_name_safety import (
    MADE_UP_REQUIRED,
    TYPO_REQUIRED,
    not_found_by_typo,
    report,
    taken_for_real,
)

FILES = candidate_poll_files()
pytestmark = pytest.mark.skipif(not FILES, reason=f"no 538 files in {FIVETHIRTYEIGHT}")
# The English templates of the name-safety sets and their Spanish twins.
IN_SPANISH = {
    "who endorsed {n}": "¿quién apoya a {n}?",
    "{n} endorsements": "respaldos de {n}",
    "who did {n} endorse": "¿a quién apoyó {n}?",
    "did {n} endorse anyone": "¿{n} respaldó a alguien?",
    "how is {n} doing": "¿cómo le va a {n}?",
    "is {n} running": "¿{n} se postula?",
    "who is {n}": "¿quién es {n}?",
    "what did the {n} poll say": "¿qué dijo la encuesta de {n}?",
    "the {n} poll": "la encuesta de {n}",
    "latest {n} poll": "última encuesta de {n}",
}


def in_spanish(cases: list[NameCase]) -> list[NameCase]:
    """The Spanish twin of each case: the same name in the Spanish form of the same question."""
    twins = []
    for case in cases:
        template = next(t for t in IN_SPANISH if t.format(n=case.typed) == case.question)
        twins.append(NameCase(IN_SPANISH[template].format(n=case.typed), case.typed, case.how, case.real,
                              case.real_kind))
    return twins


MADE_UP = in_spanish(made_up_cases()) if FILES else []
TYPOS = in_spanish(typo_cases()) if FILES else []


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("spanish_name_safety"), FILES)


def test_every_english_name_question_has_a_spanish_twin() -> None:
    assert len(MADE_UP) == len(made_up_cases()) >= 100
    assert len(TYPOS) == len(typo_cases()) >= 100
    assert all(detect_language(case.question) == "es" for case in MADE_UP + TYPOS)


def test_made_up_names_asked_in_spanish_are_not_answered_as_a_real_person(ask: Callable[[str], Answer]) -> None:
    failures = taken_for_real(ask, MADE_UP)
    passed = report("made-up names asked in Spanish not taken for a real one", MADE_UP, failures)
    assert passed >= MADE_UP_REQUIRED, f"{passed:.1%} passed, {len(failures)} failures (printed above)"


def test_unknown_names_asked_in_spanish_are_quoted_without_spanish_words(ask: Callable[[str], Answer]) -> None:
    """ "¿quién apoya a Karen Smith?": the name nobody has is "karen smith", not "a karen smith"."""
    spanish = {"quien", "apoya", "apoyo", "a", "respaldos", "respaldo", "alguien", "como", "le", "va", "se",
               "postula", "es", "que", "dijo", "la", "encuesta", "de", "ultima"}
    wrong = []
    for case in MADE_UP:
        answer = ask(case.question)
        quoted = (answer.unmatched or "").split()
        if answer.status == "not_found" and quoted and (quoted[0] in spanish or quoted[-1] in spanish):
            wrong.append((case, answer))
    for case, answer in wrong:
        print(f"QUOTED WITH SPANISH {case.question!r}: {answer.unmatched!r}")
    assert len(wrong) <= 0.02 * len(MADE_UP), f"{len(wrong)} answers quote Spanish words as the name (above)"


def test_typos_of_real_names_asked_in_spanish_find_the_person(ask: Callable[[str], Answer]) -> None:
    failures = not_found_by_typo(ask, TYPOS)
    passed = report("typos of real names asked in Spanish found", TYPOS, failures)
    assert passed >= TYPO_REQUIRED, f"{passed:.1%} passed, {len(failures)} failures (printed above)"
