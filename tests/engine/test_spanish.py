"""Spanish words of questions read like their English twins, and never at the English questions' expense.

Parsing only, over a small name index built here (no database): the race terms, months, stages and intents
of Spanish questions, groups of voters in Spanish order, and the articles that are no names.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.engine.understanding.intents import SPANISH_PATTERNS, detect_intents
from bot.engine.understanding.names import NameEntry, NameIndex
from bot.engine.understanding.parse import parse
from bot.engine.understanding.race_terms import OFFICE_WORDS, STAGE_WORDS
from bot.engine.understanding.spanish import article_positions, groups_in_english
from bot.engine.understanding.vocabulary import MONTHS, QUESTION_WORDS
from bot.names import fold

TODAY = dt.date(2022, 6, 1)


@pytest.fixture(scope="module")
def index() -> NameIndex:
    index = NameIndex()
    index.add(NameEntry("candidate", 1, "Karen Bass", (1,), person=True), ["Karen Bass"])
    index.add(NameEntry("candidate", 2, "Kevin de León", (1,), person=True), ["Kevin de León", "KDL"])
    index.add(NameEntry("candidate", 3, "Rick Caruso", (1,), person=True), ["Rick Caruso"])
    index.add(NameEntry("endorser", 4, "Snoop Dogg", (), person=True), ["Snoop Dogg"])
    index.add(NameEntry("place", 5, "Los Angeles", (1,)), ["Los Angeles", "LA"])
    index.add(NameEntry("place", 6, "El Paso", (2,)), ["El Paso"])
    index.add(NameEntry("pollster", 7, "UC Berkeley Institute of Governmental Studies", (1,)),
              ["UC Berkeley Institute of Governmental Studies", "Berkeley IGS", "Berkeley"])
    index.add(NameEntry("endorser", 10, "Los Angeles Times", (), person=False),
              ["Los Angeles Times", "LA Times", "the Times"])
    index.add(NameEntry("pollster", 13, "We Ask America", (2,)), ["We Ask America"])
    index.add(NameEntry("candidate", 11, "Van Taylor", (2,), person=True), ["Van Taylor"])
    index.add(NameEntry("candidate", 12, "Al Gross", (2,), person=True), ["Al Gross"])
    index.add(NameEntry("subgroup", 8, "Latino men", (1,)), ["Latino men"])
    index.add(NameEntry("subgroup", 9, "Latino likely voters", (1,)), ["Latino likely voters"])
    return index.freeze()


def names(question: str, index: NameIndex) -> list[tuple[str, str]]:
    return [(s.match.entry.kind, s.match.entry.display) for s in parse(question, index, TODAY).spans]


# ------------------------------------------------------------------------------------------- intents
@pytest.mark.parametrize(("question", "intent"), [
    ("¿quién va ganando en Los Ángeles?", "leader"),
    ("quien lidera", "leader"),
    ("¿quién tiene ventaja?", "leader"),
    ("quien apoya a karen bass", "endorsements_of"),
    ("¿quiénes respaldan a Caruso?", "endorsements_of"),
    ("apoyos de Bass", "endorsements_of"),
    ("¿a quién respaldó Snoop Dogg?", "endorsements_by"),
    ("¿Snoop Dogg apoyó a alguien?", "endorsements_by"),
    ("¿es verdad que Snoop Dogg apoyó a Caruso?", "endorsements_by"),
    ("última encuesta", "latest_poll"),
    ("la encuesta más reciente", "latest_poll"),
    ("promedio de encuestas", "average"),
    ("¿quién ganó?", "results"),
    ("resultados", "results"),
    ("¿quién pasó a la segunda vuelta?", "results"),
    ("¿cuándo es la elección?", "election_date"),
    ("¿cuántos días faltan para la elección?", "election_date"),
    ("Bass contra Caruso", "compare"),
    ("compara a Bass con Caruso", "compare"),
    ("¿quién se postula?", "running"),
    ("¿quiénes son los candidatos?", "running"),
    ("candidatos", "running"),
    ("¿Caruso se postula?", "is_running"),
    ("¿se postula Caruso?", "is_running"),
    ("¿qué encuestadoras han hecho encuestas?", "pollsters"),
    ("todas las encuestas", "poll_history"),
    ("¿quién es Rick Caruso?", "candidate"),
    ("ayuda", "help"),
])
def test_spanish_questions_have_the_intent_of_their_english_twins(question: str, intent: str,
                                                                  index: NameIndex) -> None:
    assert intent in parse(question, index, TODAY).intents
    assert accentless(question) != question or intent in detect_intents(fold(question))


def accentless(question: str) -> str:
    return fold(question)


def test_spanish_intents_read_through_accents_and_marks(index: NameIndex) -> None:
    for typed in ("¿Quién ganó?", "quien gano", "QUIÉN GANÓ", "quien gano?"):
        assert parse(typed, index, TODAY).intents[0] == "results", typed


def test_a_spanish_keyword_is_read_through_a_typo(index: NameIndex) -> None:
    assert "latest_poll" in parse("ultima encuseta", index, TODAY).intents
    assert "average" in parse("promedo de encuestas", index, TODAY).intents


def test_the_words_of_the_spanish_rules_are_question_words() -> None:
    """So that no typo correction rewrites them into another keyword ("encuestó" into "encuesta")."""
    stems = {"apoy", "respald", "aval", "endos", "recomend", "candidat", "elegid", "favorit"}
    words = {w for rule in SPANISH_PATTERNS.values() for w in re.findall(r"[a-z]{4,}", rule.replace(r"\b", " "))}
    assert sorted(words - stems - QUESTION_WORDS) == ["media"]  # only in "media de encuestas": English has media


def test_who_endorsed_and_whom_they_endorsed_are_told_apart() -> None:
    assert "endorsements_of" in detect_intents("quien respaldo a snoop dogg")
    assert "endorsements_of" not in detect_intents("a quien respaldo snoop dogg")
    assert "endorsements_by" in detect_intents("a quien respaldo snoop dogg")


# ------------------------------------------------------------------------------------------- race terms
def test_spanish_offices_states_and_stages_are_race_terms(index: NameIndex) -> None:
    terms = parse("¿quién va ganando para gobernador de Texas?", index, TODAY).terms
    assert terms.offices == {"governor"} and set(terms.states) == {"TX"}
    terms = parse("la segunda vuelta del senado de Georgia en 2020", index, TODAY).terms
    assert (terms.offices, set(terms.states), terms.stage, terms.cycle) == ({"senate"}, {"GA"}, "runoff", 2020)
    terms = parse("las primarias de la alcaldía", index, TODAY).terms
    assert (terms.offices, terms.stage) == ({"mayor"}, "primary")
    assert parse("la elección especial del senado de Georgia", index, TODAY).terms.special
    assert parse("elección general", index, TODAY).terms.stage == "general"
    assert set(parse("senado de Carolina del Norte", index, TODAY).terms.states) == {"NC"}
    assert set(parse("gobernador de Nueva York", index, TODAY).terms.states) == {"NY"}
    for district in ("el distrito 7 de Georgia", "el séptimo distrito de Georgia", "el 7º distrito de Georgia",
                     "el 7mo distrito de Georgia"):
        terms = parse(district, index, TODAY).terms
        assert (set(terms.states), terms.district) == ({"GA"}, "7"), district


def test_spanish_articles_and_verbs_are_no_states(index: NameIndex) -> None:
    """ "la alcaldía" is not Louisiana's, "cómo va" not Virginia's, "de" not Delaware."""
    assert parse("¿quién gana la alcaldía de Los Ángeles?", index, TODAY).terms.states == {}
    assert parse("¿cómo va el senador Bass?", index, TODAY).terms.states == {}
    assert set(parse("¿cómo va el senado de VA?", index, TODAY).terms.states) == {"VA"}
    assert set(parse("ULTIMA ENCUESTA DE LA GOBERNACION DE OHIO", index, TODAY).terms.states) == {"OH"}
    assert parse("¿CÓMO VA BASS?", index, TODAY).terms.states == {}
    terms = parse("¿qué dijo la encuesta de 20/20 Insight sobre la gobernación de Georgia?", index, TODAY).terms
    assert (set(terms.states), terms.district) == ({"GA"}, None)


def test_english_questions_keep_their_race_terms(index: NameIndex) -> None:
    assert parse("who leads the LA mayor race", index, TODAY).terms.offices == {"mayor"}
    assert ("place", "Los Angeles") in names("when's the LA primary", index)
    assert ("place", "Los Angeles") in names("la polling average", index)
    assert ("place", "El Paso") in names("el paso mayor race polls", index)


# ------------------------------------------------------------------------------------------- months, polls
def test_a_poll_named_by_a_spanish_month(index: NameIndex) -> None:
    assert parse("la encuesta de octubre", index, TODAY).month == 10
    assert parse("¿qué dijo la encuesta de mayo?", index, TODAY).month == 5
    parsed = parse("la encuesta de agosto de 2021", index, TODAY)
    assert (parsed.month, parsed.poll_year, parsed.terms.cycle) == (8, 2021, None)


def test_a_month_that_is_a_name_is_a_month_only_beside_a_poll(index: NameIndex) -> None:
    assert parse("¿a quién apoya Julio?", index, TODAY).month is None
    assert parse("la encuesta de julio", index, TODAY).month == 7


def test_the_poll_before_a_stage_in_spanish(index: NameIndex) -> None:
    assert parse("la encuesta antes de la primaria", index, TODAY).before_stage == "primary"
    assert parse("la última encuesta antes de la segunda vuelta", index, TODAY).before_stage == "runoff"


# ------------------------------------------------------------------------------------------- names
def test_spanish_function_words_never_become_names(index: NameIndex) -> None:
    assert names("quien apoya a karen bass", index) == [("candidate", "Karen Bass")]
    assert names("¿a quién respaldó Snoop Dogg?", index) == [("endorser", "Snoop Dogg")]
    assert names("la encuesta de Berkeley", index) == [("pollster", "UC Berkeley Institute of Governmental Studies")]
    assert names("la encuseta de berkeley", index) == [("pollster", "UC Berkeley Institute of Governmental Studies")]
    assert parse("¿quién va ganando en la alcaldía?", index, TODAY).leftover == []
    assert names("¿a quién respaldó el LA Times?", index) == [("endorser", "Los Angeles Times")]
    assert names("who did the la times endorse", index) == [("endorser", "Los Angeles Times")]


def test_spanish_or_and_and_stand_between_two_names(index: NameIndex) -> None:
    assert names("¿karen bass o rick caruso, quién va ganando?", index) == [("candidate", "Karen Bass"),
                                                                          ("candidate", "Rick Caruso")]
    assert names("bass y caruso", index) == [("candidate", "Karen Bass"), ("candidate", "Rick Caruso")]


def test_a_spanish_article_reads_as_the_english_one_in_a_name(index: NameIndex) -> None:
    assert names("¿a quién respaldó el Times?", index) == [("endorser", "Los Angeles Times")]


def test_a_national_word_inside_a_name_names_no_nation(index: NameIndex) -> None:
    parsed = parse("la última encuesta de We Ask America en Georgia", index, TODAY)
    assert not parsed.terms.national and set(parsed.terms.states) == {"GA"}
    assert parse("latest we ask america poll", index, TODAY).terms.national is False
    assert parse("¿quién va ganando a nivel nacional?", index, TODAY).terms.national


def test_de_stays_part_of_a_surname(index: NameIndex) -> None:
    assert names("¿quién apoya a Kevin de León?", index) == [("candidate", "Kevin de León")]
    assert names("¿quién es de leon?", index) == [("candidate", "Kevin de León")]
    assert names("¿quién es de lron?", index) == [("candidate", "Kevin de León")]
    assert names("who endorsed kevin de leon", index) == [("candidate", "Kevin de León")]


def test_names_beginning_with_a_spanish_word_are_still_found(index: NameIndex) -> None:
    """ "van" (they go) and "al" (to the) are Spanish question words, and begin Van Taylor's and Al Gross's names."""
    assert names("who is van taylr", index) == [("candidate", "Van Taylor")]
    assert names("who is al gros", index) == [("candidate", "Al Gross")]
    assert names("¿cómo van las encuestas?", index) == []
    assert parse("apoyo al senador Bass", index, TODAY).leftover == []


def test_spanish_groups_of_voters_are_the_datas_groups(index: NameIndex) -> None:
    assert ("subgroup", "Latino men") in names("¿cómo votan los hombres latinos?", index)
    assert ("subgroup", "Latino likely voters") in names("votantes latinos probables", index)
    assert ("subgroup", "Latino men") in names("how are latino men voting", index)


def test_groups_in_english_reorders_nouns_and_adjectives() -> None:
    assert groups_in_english("como votan los hombres latinos".split()) == "como votan los latino men".split()
    assert groups_in_english("las mujeres".split()) == ["las", "women"]
    assert groups_in_english("votantes latinos registrados".split()) == "latino registered voters".split()
    assert groups_in_english("el valle de san fernando".split()) == "el san fernando valley".split()
    assert groups_in_english("como votan los latinos".split()) == "como votan los latino voters".split()
    assert groups_in_english("how are latino men voting".split()) == "how are latino men voting".split()


def test_articles_only_before_spanish_words() -> None:
    spanish = {"encuesta", "candidatos", "alcaldia"}.__contains__
    assert article_positions("la encuesta de la alcaldia".split(), spanish, lambda _: False) == {0, 3}
    assert article_positions("los candidatos".split(), spanish, lambda _: False) == {0}
    assert article_positions("la mayor race".split(), spanish, lambda _: False) == set()
    assert article_positions("el paso".split(), {"paso"}.__contains__, {"el paso"}.__contains__) == set()
    assert article_positions("el paso".split(), {"paso"}.__contains__, lambda _: False) == {0}


def test_spanish_vocabulary_sits_in_the_english_structures() -> None:
    assert OFFICE_WORDS["alcaldia"] == "mayor" and OFFICE_WORDS["gobernador"] == "governor"
    assert STAGE_WORDS["primarias"] == "primary"
    assert MONTHS["octubre"] == 10 and MONTHS["setiembre"] == 9
    assert {"quien", "encuesta", "apoya", "contra"} <= QUESTION_WORDS
    assert not {"la", "el", "los", "las"} & QUESTION_WORDS  # they begin place names: "LA", "El Paso"
