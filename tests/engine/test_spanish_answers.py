"""Answers in Spanish: the LA questions asked with language="es" get the same answer as in English (intent, status,
entities), written in Spanish: no English word of the templates is left once the data's own text (names,
descriptions, notes, quotes, sources) is set aside. English answers are unchanged (the other engine tests)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.glossary import GLOSSARY
from bot.importers.bundled import load_bundled_races
from bot.render_text import render_answer
from tests.engine.la_questions import ASKED_ON, la_cases

ROOT = Path(__file__).resolve().parents[2]
CASES = la_cases()
# Words of the English templates that no Spanish answer may contain (outside the data's own text).
ENGLISH_WORDS = {
    "the", "of", "and", "with", "is", "are", "was", "who", "when", "poll", "polls", "polled", "polling", "pollster",
    "pollsters", "average", "latest", "leads", "ahead", "tied", "points", "endorsed", "endorsement", "endorsements",
    "votes", "results", "result", "won", "lost", "eliminated", "withdrew", "running", "runoff", "primary", "days",
    "day", "held", "today", "window", "weight", "likely", "registered", "voters", "recorded", "candidates",
    "candidate", "race", "reported", "ending", "yes", "party", "known", "incumbent", "note", "sources", "try",
    "count", "counted", "certified", "partial", "advanced", "next", "round", "nonpartisan", "unknown", "mean",
    "which", "did", "called", "figure", "figures", "help", "answer", "ask",
}
Ask = Callable[[str, str | None], Answer]


def data_texts() -> list[str]:
    """Every text of the bundled data that an answer repeats as it is (names, descriptions, notes, quotes, titles,
    places), longest first; the labels the glossary translates are not among them."""
    labels = {text for _, text in GLOSSARY}
    texts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value not in labels:
            texts.add(value)

    for path in sorted((ROOT / "data" / "races").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(texts, key=len, reverse=True)


DATA_TEXTS = data_texts()


def english_left(answer: Answer) -> set[str]:
    """English template words in an answer's own words (title, summary, facts), with the data's text set aside."""
    text = "\n".join([answer.title, answer.summary, *(f.text for f in answer.facts)])
    for data in DATA_TEXTS:
        text = text.replace(data, " ")
    words = set(re.findall(r"[A-Za-z]+", text.casefold()))
    return words & ENGLISH_WORDS


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ask]:
    runner = asyncio.Runner()
    db = Database(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('spanish') / 'questions.sqlite3'}")
    runner.run(db.open(load_bundled=load_bundled_races))
    engine = QuestionEngine(db, clock=lambda: ASKED_ON)
    yield lambda question, language: runner.run(engine.ask(question, AskContext(today=ASKED_ON, language=language)))
    runner.run(db.close())
    runner.close()


def test_every_la_question_gets_the_same_answer_in_spanish(ask: Ask) -> None:
    assert len(CASES) >= 150
    problems = []
    for case in CASES:
        english, spanish = ask(case.question, "en"), ask(case.question, "es")
        assert english.language == "en" and spanish.language == "es"
        same = (spanish.intent, spanish.status, spanish.entities, spanish.suggestions, spanish.race_slug) == \
            (english.intent, english.status, english.entities, english.suggestions, english.race_slug)
        if not same:
            problems.append(f"{case.question!r}: {spanish.intent}/{spanish.status} vs "
                            f"{english.intent}/{english.status}")
        elif spanish.summary == english.summary and english.summary and english.summary not in DATA_TEXTS:
            problems.append(f"{case.question!r}: the summary is not translated: {spanish.summary[:80]}")
        elif english_left(spanish):
            problems.append(f"{case.question!r}: English left {sorted(english_left(spanish))}: "
                            f"{spanish.title} / {spanish.summary[:120]}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(("question", "says"), [
    ("who is ahead", ["Karen Bass ganó la elección general con 54,82\xa0%, 506.372 votos, frente a Rick Caruso",
                      "Primaria: Karen Bass 278.511 votos, 43,11\xa0%"]),
    ("what's the latest poll", ["Última encuesta", "votantes probables"]),
    ("polling average", ["Promedio de encuestas", "Periodo:", "peso"]),
    ("how are latino men voting", ["Hombres latinos", "a la cabeza"]),
    ("when is the election", ["La primaria es dentro de 6 días, el 7 de junio de 2022.", "Elección general: 8 de "
                                                                                      "noviembre de 2022"]),
    ("who endorsed karen bass", ["respaldos a Karen Bass registrados"]),
    ("did snoop dogg endorse anyone", ["Sí: Snoop Dogg respaldó a Rick Caruso."]),
    ("who is running", ["candidatos en la contienda no partidista por la alcaldía de Los Ángeles", "quedó fuera",
                        "Karen Bass (Democratic): ganó"]),
    ("bass vs caruso", ["Karen Bass contra Rick Caruso", "respaldos registrados"]),
    ("who endorsed karen smith", ["No tengo ningún registro de “karen smith” como candidato", "¿Quisiste decir"]),
    ("help", ["Lo que puedo responder", "¿quién respalda a Karen Bass?"]),
])
def test_spanish_answers_read_as_spanish(ask: Ask, question: str, says: list[str]) -> None:
    text = render_answer(ask(question, "es"))
    for words in says:
        assert words in text, f"{words!r} not in:\n{text}"


def test_numbers_and_percentages_in_spanish_answers_use_the_locale(ask: Ask) -> None:
    average = ask("polling average", "es")
    assert re.search(r"\d+,\d\xa0%", average.facts[0].text), average.facts[0].text  # "42,9 %"
    latest = ask("latest poll", "es")
    assert re.search(r"\d\xa0%", latest.summary) and "%" not in latest.summary.replace("\xa0%", "")


def test_no_language_is_english_and_a_locale_picks_its_language(ask: Ask) -> None:
    assert ask("who is ahead", None).summary == ask("who is ahead", "en").summary
    assert ask("who is ahead", "en-US").language == "en"
    assert ask("who is ahead", "es-419").summary == ask("who is ahead", "es").summary
    assert ask("x" * 5000, "es").title == "Pregunta demasiado larga"


async def test_the_direct_calls_answer_in_the_language_asked(engine: QuestionEngine) -> None:
    race = await engine.race_answer("la-mayor-2022", language="es")
    assert race.language == "es" and "contienda" in race.summary
    assert (await engine.race_answer("la-mayor-2022")).summary.startswith("13 candidates in the nonpartisan race")
    polls = await engine.polls_answer("la-mayor-2022", "latest", language="es-ES")
    assert polls.title.startswith("Última encuesta")
    unknown = await engine.candidate_answer("karen smith", language="es")
    assert unknown.status == "not_found"
    assert unknown.summary.startswith("No tengo ningún registro de “karen smith” como candidato")
    group = await engine.subgroup_answer("la-mayor-2022", "latino men", language="es")
    assert group.title.startswith("Cómo vota el grupo “Hombres latinos”")
    endorsements = await engine.endorsements_answer("karen bass", language="es")
    assert endorsements.title == "Respaldos a Karen Bass"
    results = await engine.results_answer("la-mayor-2022", language="es")
    assert "ganó la elección general" in results.summary


async def test_a_failing_language_detection_answers_in_english(engine: QuestionEngine,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> str:
        raise RuntimeError("broken detector")

    monkeypatch.setattr("bot.engine.understanding.language.detect_language", broken)  # as ask detects it
    answer = await engine.ask("who endorsed karen bass")
    assert answer.language == "en" and answer.title == "Endorsements of Karen Bass"


def test_a_person_nobody_has_is_unknown_in_spanish_too(ask: Ask) -> None:
    for question, name in (("¿cómo va zebulon quartermaine?", "zebulon quartermaine"),
                           ("¿va quartermaine ganando en los ángeles?", "quartermaine"),
                           ("¿se postula quartermaine?", "quartermaine")):
        answer = ask(question, None)
        assert answer.status == "not_found" and answer.unmatched == name, (question, answer)
        assert answer.summary.startswith(f"No tengo ningún registro de “{name}”"), answer.summary


def test_a_close_race_asks_who_leads_in_spanish(ask: Ask) -> None:
    for question in ("¿está reñida la elección de alcalde de los ángeles?", "¿cuál es el margen en los ángeles?"):
        answer = ask(question, None)
        assert answer.intent == "leader" and answer.race_slug == "la-mayor-2022", (question, answer)


def test_which_races_in_spanish(ask: Ask) -> None:
    answer = ask("¿qué elecciones tienes?", None)
    assert answer.intent == "races" and answer.summary.startswith("Conozco 1 elección"), answer.summary


def test_who_will_win_and_who_does_better_ask_who_leads_in_spanish(ask: Ask) -> None:
    for question in ("¿quién va a ganar en los ángeles?", "¿quién va mejor en la elección de alcalde?",
                     "¿cuántos puntos le saca bass a caruso?"):
        answer = ask(question, None)
        assert answer.intent in ("leader", "compare") and answer.race_slug == "la-mayor-2022", (question, answer)
        assert answer.language == "es", question
