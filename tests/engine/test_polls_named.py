"""A poll named by what the data knows of it, asked of the bundled LA race and every real file: a sponsor by the first
words of its long name; never a candidate whose surname is one of those words."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from tests.engine.asking import all_files_asker
from tests.results_set import files
from tests.results_set.expect import fold

pytestmark = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    yield from all_files_asker(tmp_path_factory.mktemp("ask"))


@pytest.mark.parametrize("question", ["what did the communities united for bass poll show",
                                      "la encuesta de communities united for bass, que decia"])
def test_a_sponsor_named_by_the_first_words_of_its_name_is_its_poll(ask: Callable[..., Answer],
                                                                    question: str) -> None:
    """The pro-Bass committee's May poll (Caruso 37, Bass 35), never the polling average of Karen Bass."""
    answer = ask(question)
    assert answer.status == "ok" and "37" in answer.summary and "35" in answer.summary, (question, answer.summary)
    assert "communities united for bass" in fold(answer.title), answer.title


def test_who_ran_a_sponsors_poll_says_the_pollster_is_not_named(ask: Callable[..., Answer]) -> None:
    answer = ask("who did the polling for the poll communities united for bass released")
    assert "not named" in fold(answer.summary) and "berkeley" not in fold(answer.summary), answer.summary


@pytest.mark.parametrize(("question", "typed"), [("the dillman research poll, alaska governor 2018", "dillman"),
                                                 ("numbers from the pittman research alaska 2018 governor poll",
                                                  "pittman")])
def test_a_firm_named_with_another_real_surname_is_another_firm(ask: Callable[..., Answer], question: str,
                                                                typed: str) -> None:
    """A pollster's name begins with its founder's surname: another real surname there (common enough that someone
    is called it) is another firm, not known, never Dittman Research's poll."""
    answer = ask(question)
    assert answer.status == "not_found" and typed in fold(answer.summary), (question, answer.summary)
    assert "47" not in answer.summary, answer.summary


def test_a_firms_name_with_a_typo_nobody_has_is_that_firm(ask: Callable[..., Answer]) -> None:
    answer = ask("what did dittmann research have for the alaska governor race in 2018")
    assert answer.status == "ok" and "dittman research" in fold(answer.title), answer.title


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("emerson was way off imo but what did trafalgar show in the perdue ossoff runoff", "trafalgar", "emerson"),
    ("trafalgar was way off imo but what did quinnipiac show in the perdue ossoff runoff", "quinnipiac", "trafalgar")])
def test_a_pollster_in_chatter_before_the_question_is_not_the_one_asked(ask: Callable[..., Answer], question: str,
                                                                       shown: str, not_shown: str) -> None:
    answer = ask(question)
    text = fold(f"{answer.title} {answer.summary}")
    assert shown in text and not_shown not in text, (question, text)


@pytest.mark.parametrize("question", ["has caruso put out any internal polls for la mayor",
                                      "¿hay encuestas internas de caruso para alcalde de los angeles?"])
def test_an_internal_poll_of_a_candidate_is_one_their_side_paid_for(ask: Callable[..., Answer], question: str) -> None:
    """No poll of the LA race was paid for by Caruso's side: said so, never his polling average."""
    answer = ask(question)
    assert answer.status == "no_data" and "caruso" in fold(answer.summary), (question, answer.summary)
    assert "40.7" not in answer.summary and "40,7" not in answer.summary, answer.summary
