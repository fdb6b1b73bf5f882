"""What a question leaves out is left out ("the latest poll not by berkeley", "besides the la times", "the regular
race, not the special", "july, not june"), a pollster nobody has is said unknown though its name is a word of the
language ("the usc poll"), and a year beside a pollster dates the poll ("emerson's 2021 poll"); asked of the bundled
LA race and every real file imported as a new user imports it."""

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


@pytest.mark.parametrize("question", ["latest la mayor poll, excluding the berkeley igs ones",
                                      "most recent mayoral poll in la except berkeley's"])
def test_a_pollster_set_aside_is_not_the_poll_answered(ask: Callable[..., Answer], question: str) -> None:
    """The newest LA poll is Berkeley IGS's; set aside, the newest of the others (J. Wallin's)."""
    answer = ask(question)
    assert answer.status == "ok" and "berkeley" not in fold(answer.title + answer.summary), (question, answer.summary)
    assert "39.8" in answer.summary, (question, answer.summary)


@pytest.mark.parametrize(("question", "says"), [("apart from the la times, which newspapers endorsed karen bass",
                                                 "opinion"),
                                                ("any union besides the lappl endorse caruso?", "no other")])
def test_an_endorser_set_aside_is_left_out(ask: Callable[..., Answer], question: str, says: str) -> None:
    answer = ask(question)
    text = fold(answer.summary + " ".join(f.text for f in answer.facts))
    assert says in text and "los angeles times" not in text and "protective league" not in text, (question, text)


def test_the_stage_or_election_set_aside_is_not_the_one_answered(ask: Callable[..., Answer]) -> None:
    """Atkinson County counted both Georgia Senate races of 2020: "not the special" is the regular one's count."""
    answer = ask("atkinson county results, ga senate 2020 regular (not the special election)")
    assert "perdue" in fold(answer.summary) and "collins" not in fold(answer.summary), answer.summary


def test_a_month_set_aside_is_not_the_month_asked(ask: Callable[..., Answer]) -> None:
    """No LA poll was taken in July 2022; the August one is not it."""
    answer = ask("la mayor poll from july 2022 - not august")
    assert answer.status == "no_data" and "july" in fold(answer.summary), answer.summary


@pytest.mark.parametrize("question", ["usc poll of the la mayor race", "what did the nbc poll say about la mayor"])
def test_a_pollster_named_by_a_word_of_the_language_is_not_known(ask: Callable[..., Answer], question: str) -> None:
    """"usc", "nbc" are common words (wordfreq), but rare and no everyday word: a pollster nobody has here, never
    the polling average."""
    answer = ask(question)
    assert answer.status == "not_found" and "pollster" in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("question", ["the big poll of la mayor", "an exit poll of la mayor"])
def test_a_word_that_describes_a_poll_is_no_pollster(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok", (question, answer.summary)


@pytest.mark.parametrize("question", ["lmu's 2021 poll of the la mayor race", "la mayor: fm3 2022 poll?"])
def test_a_year_after_a_pollster_dates_its_poll(ask: Callable[..., Answer], question: str) -> None:
    """LMU polled LA in 2022 only, FM3 in 2021 only: the year is the poll's, said missing, not the race's cycle."""
    answer = ask(question)
    assert answer.status == "no_data", (question, answer.summary)


@pytest.mark.parametrize(("question", "says"), [
    ("las encuestadoras que midieron la alcaldia de los angeles, cuales son", "wallin"),
    ("cuanto midio bass en la ultima encuesta de berkeley, alcaldia de la", "45")])
def test_a_spanish_verb_with_its_stem_changed_is_a_word(ask: Callable[..., Answer], question: str, says: str) -> None:
    """"midieron", "midió" are medir's (an -ir verb's stem change): words of the language, never a name nobody has."""
    answer = ask(question)
    text = fold(answer.summary + " ".join(f.text for f in answer.facts))
    assert answer.status == "ok" and says in text, (question, answer.summary)


@pytest.mark.parametrize(("question", "says"), [
    ("good morning all. who won the la mayor general?", "bass"),
    ("long day at work... whats the latest la mayor poll", "45"),
    ("how's casey doing vs mccormick, pa senate 2024? my uncle only reads fox lol", "casey")])
def test_an_everyday_word_in_another_clause_is_no_name(ask: Callable[..., Answer], question: str, says: str) -> None:
    """"good", "long", "fox" are surnames of people in other races of the files; in a clause of chatter beside the
    race the question names, they are words, never a name to ask about."""
    answer = ask(question)
    assert answer.status == "ok" and says in fold(answer.summary), (question, answer.summary)


def test_a_name_in_the_clause_of_the_race_is_still_a_name(ask: Callable[..., Answer]) -> None:
    """Trump is no candidate of any race of Colorado's in 2020 here: no such race, never the word "trump"."""
    answer = ask("did trump carry colorado in 2020")
    assert answer.status in ("not_found", "need_race", "no_data") and "trump" in fold(answer.summary), answer.summary


def test_the_pollsters_asked_leave_out_the_one_set_aside(ask: Callable[..., Answer]) -> None:
    """Five pollsters polled LA (Berkeley IGS the most); "other than berkeley", the other four."""
    answer = ask("pollsters of the la mayor race other than uc berkeley?")
    text = fold(answer.summary + " ".join(f.text for f in answer.facts))
    assert answer.status == "ok" and "berkeley" not in text and "wallin" in text, answer.summary
