"""The route table, the kinds of question, their rules and the re-ask text agree with one another."""

from __future__ import annotations

import inspect
import re

from bot.engine import asked, handlers, routes
from bot.engine.answers import Answer
from bot.engine.kinds import ENDORSEMENTS, RACE_FREE, QuestionKind
from bot.engine.reask import REASK, question_with
from bot.engine.understanding.intents import ENGLISH_PATTERNS, SPANISH_PATTERNS, detect_intents
from bot.names import fold

DOCUMENTED = re.compile(r"^(\d+)\. ([^:]+):", re.MULTILINE)


def test_the_documented_order_is_the_table() -> None:
    listed = DOCUMENTED.findall(routes.__doc__ or "")
    assert [int(number) for number, _ in listed] == list(range(1, len(listed) + 1))
    assert [name for _, name in listed] == [row.name for row in routes.ROUTES]


def test_route_names_are_unique_and_the_last_route_answers_everything() -> None:
    names = [row.name for row in routes.ROUTES]
    assert len(names) == len(set(names))
    assert routes.ROUTES[-1].applies is routes.always


def test_every_route_condition_is_a_named_function_with_a_one_line_docstring() -> None:
    for row in routes.ROUTES:
        assert row.applies.__name__ != "<lambda>", row.name
        doc = inspect.getdoc(row.applies)
        assert doc and doc.strip(), row.name


def test_every_kind_with_a_rule_has_one_in_each_language() -> None:
    english = [kind for kind, _ in ENGLISH_PATTERNS]
    assert len(english) == len(set(english))
    assert set(english) == set(SPANISH_PATTERNS)
    assert all(isinstance(kind, QuestionKind) for kind in english)


def test_every_kind_the_parse_detects_is_routed() -> None:
    source = "".join(inspect.getsource(module) for module in (routes, handlers, asked))
    for kind, _ in ENGLISH_PATTERNS:
        assert f"QuestionKind.{kind.name}" in source or kind in RACE_FREE | set(ENDORSEMENTS), kind


def test_every_reask_question_is_parsed_as_its_kind() -> None:
    for kind, template in REASK.items():
        assert kind in detect_intents(fold(template.format(name="karen bass"))), (kind, template)


def test_a_suggestion_takes_the_place_of_the_words_not_understood() -> None:
    answer = Answer(QuestionKind.ENDORSEMENTS_OF, status="not_found", title="Name not known", summary="",
                    unmatched="karen bsas")
    assert question_with("who endorsed Karen Bsas?", answer, "Karen Bass") == "who endorsed Karen Bass?"


def test_a_chosen_race_is_added_to_the_question_and_a_lost_name_is_asked_again_by_kind() -> None:
    which = Answer(QuestionKind.NEED_RACE, status="need_race", title="Which race?", summary="")
    assert question_with("who leads", which, "2022 Los Angeles mayoral election (la-mayor-2022)") == \
        "who leads in la-mayor-2022"
    lost = Answer(QuestionKind.ENDORSEMENTS_BY, status="not_found", title="Which name?", summary="")
    assert question_with("did they endorse anyone", lost, "Snoop Dogg") == "whom did Snoop Dogg endorse"
