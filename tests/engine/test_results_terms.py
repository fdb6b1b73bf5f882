"""What a results question names beyond a race: a ballot measure by its kind and label, a vote type, who carried a
place; English and Spanish, parsed with no database."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.kinds import QuestionKind
from bot.engine.understanding.intents import detect_intents
from bot.engine.understanding.names import NameEntry, NameIndex
from bot.engine.understanding.parse import parse

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def index() -> NameIndex:
    index = NameIndex()
    index.add(NameEntry("candidate", 1, "Joseph R. Biden", (1,), person=True), ["Joseph R. Biden", "Biden"])
    index.add(NameEntry("candidate", 2, "Donald J. Trump", (1,), person=True), ["Donald J. Trump", "Trump"])
    return index


@pytest.mark.parametrize(("question", "measure"), [
    ("did amendment 79 pass", ("amendment", "79")), ("results of proposition 131", ("proposition", "131")),
    ("did prop kk pass", ("proposition", "kk")),
    ("statewide referendum a results in atkinson county", ("referendum", "a")),
    ("¿se aprobó la enmienda 79?", ("amendment", "79")), ("resultados de la proposición 131", ("proposition", "131")),
    ("paso la enmienda g en colorado", ("amendment", "g")),
])
def test_a_ballot_measure_is_named_by_its_kind_and_label_and_asked_for_its_result(
        index: NameIndex, question: str, measure: tuple[str, str]) -> None:
    parsed = parse(question, index, TODAY)
    assert parsed.terms.measure == measure
    assert QuestionKind.RESULTS in parsed.intents
    assert not parsed.leftover


@pytest.mark.parametrize("question", ["la enmienda de colorado", "amendment polls in 2024", "measure in ohio"])
def test_a_kind_word_without_a_label_names_no_measure(index: NameIndex, question: str) -> None:
    assert parse(question, index, TODAY).terms.measure is None


@pytest.mark.parametrize(("question", "vote_type"), [
    ("how many mail votes did biden get in atkinson county", "mail"), ("biden absentee ballots", "mail"),
    ("trump election day votes", "election day"), ("how many early votes did trump get", "early"),
    ("biden provisional votes", "provisional"), ("cuantos votos por correo saco biden", "mail"),
    ("votos anticipados de trump", "early"), ("votos provisionales de biden", "provisional"),
])
def test_a_vote_type_is_named_next_to_a_word_of_votes(index: NameIndex, question: str, vote_type: str) -> None:
    parsed = parse(question, index, TODAY)
    assert parsed.vote_type == vote_type
    assert not parsed.leftover


@pytest.mark.parametrize("question", ["early polls in georgia", "who took an early lead", "trump mail"])
def test_a_vote_type_word_without_votes_is_no_vote_type(index: NameIndex, question: str) -> None:
    assert parse(question, index, TODAY).vote_type is None


@pytest.mark.parametrize("question", ["who carried michigan", "who took wisconsin in 24", "did trump carry ohio",
                                      "did harris take colorado in 2024", "who flipped georgia"])
def test_carrying_a_place_asks_who_won_it(question: str) -> None:
    assert QuestionKind.RESULTS in detect_intents(question)


@pytest.mark.parametrize("question", ["who took the lead in the latest poll", "did trump take the lead"])
def test_taking_the_lead_is_no_result(question: str) -> None:
    assert QuestionKind.RESULTS not in detect_intents(question)
