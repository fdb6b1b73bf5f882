"""detect_language: the language a person typed a question in, from its words and marks, never from names."""

from __future__ import annotations

import pytest

from bot.engine.understanding.language import ENGLISH_WORDS, SPANISH_WORDS, detect_language

SPANISH = [
    "¿quién va ganando en Los Ángeles?",
    "quien va ganando en los angeles",
    "quien apoya a karen bass",
    "¿a quién respaldó Snoop Dogg?",
    "a quien respaldo snoop dogg",
    "última encuesta",
    "ultima encuesta",
    "promedio de encuestas",
    "¿cómo votan los hombres latinos?",
    "como votan los hombres latinos",
    "¿quién ganó?",
    "quien gano",
    "¿cuándo es la elección?",
    "cuando es la eleccion",
    "Bass contra Caruso",
    "bass contra caruso",
    "¿Quién lidera en el senado de Georgia?",
    "quiénes son los candidatos",
    "resultados de la alcaldía de Los Ángeles",
    "la encuesta de octubre",
    "encuestas de Emerson",
    "¿quién se postula para gobernador de Texas?",
    "¿Kevin de León?",  # the mark alone says it
    "¡dime quién va ganando!",
    "¿y Caruso?",
    "la encuseta de Berkeley",  # a typo: the other words still tell
    "respaldó",
    "háblame de Andrew Kim",
    "perfil de Rick Caruso",
    "perfil de mayor bass",  # an English title before a name says nothing of the language
    "rick caruso contra mayor bass",
    "mayor bass entre los democratas",
    "la encuesta de Oakmont Polling",  # a pollster's English name does not outweigh the Spanish around it
    "la última encuesta de Public Policy Polling",
]
ENGLISH = [
    "who is ahead in Los Angeles",
    "who is ahead in LA",
    "who endorsed Kevin de León",  # an accented name is no Spanish
    "mayor bass polls",  # a title before a name says nothing, the other words do
    "who is the mayor",
    "who endorsed kevin de león",
    "did Snoop Dogg endorse anyone",
    "latest poll",
    "polling average",
    "how are latino men voting",
    "who won",
    "when is the election",
    "bass vs caruso",
    "what's the latest Berkeley poll in LA mayor race",
    "how is Caruso doing with women",
    "who is running for governor of Texas",
    "el paso mayor race polls",
    "who endorsd bass",  # a typo: still English
    "what did La Opinión say",
    "who leads in San Antonio",
]
NO_SIGNAL = [
    "karen bass",
    "Karen Bass",
    "Kevin de León",
    "Rick Caruso",
    "Snoop Dogg",
    "Los Ángeles",
    "Gustavo Peña",
    "2022",
    "",
    "   ",
    "?",
    "Georgia",
    "Kardashian",
    "karen basss",
]


@pytest.mark.parametrize("question", SPANISH)
def test_spanish_questions_are_spanish(question: str) -> None:
    assert detect_language(question) == "es"


@pytest.mark.parametrize("question", ENGLISH)
def test_english_questions_are_english(question: str) -> None:
    assert detect_language(question) == "en"


@pytest.mark.parametrize("question", NO_SIGNAL)
def test_names_alone_say_nothing_and_nothing_is_english(question: str) -> None:
    assert detect_language(question) == "en"


def test_a_name_does_not_outweigh_the_words_around_it() -> None:
    assert detect_language("who is Juan José Pérez Martínez") == "en"
    assert detect_language("quien es Juan José Pérez Martínez") == "es"
    assert detect_language("who endorsed Ramón García") == "en"


def test_the_two_vocabularies_share_no_word() -> None:
    assert not SPANISH_WORDS & ENGLISH_WORDS


def test_words_that_begin_names_are_in_neither_vocabulary() -> None:
    for word in ("de", "la", "el", "los", "las", "san", "a", "no", "me", "general", "latino", "latinos"):
        assert word not in SPANISH_WORDS and word not in ENGLISH_WORDS, word
