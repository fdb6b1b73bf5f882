"""A part of a month named with it ("late august", "the first week of september", "a mediados de agosto"): the polls
whose fieldwork touched those days, or that none is recorded; never the whole month's polls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from bot.engine.understanding.month_parts import MonthAsked, part_of_month
from tests.engine.asking import all_files_asker
from tests.results_set import files
from tests.results_set.expect import fold

needs_files = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    yield from all_files_asker(tmp_path_factory.mktemp("ask"))


@pytest.mark.parametrize(("words", "part", "days"), [
    ("polls in late august", "late", (21, 31)), ("early feb polls", "early", (1, 10)),
    ("mid august", "mid", (11, 20)), ("the last week of february", "last_week", (22, 28)),
    ("the first week of september", "week1", (1, 7)), ("the end of june", "late", (21, 30)),
    ("a finales de agosto", "late", (21, 31)), ("la primera semana de julio", "week1", (1, 7)),
    ("a mediados de octubre", "mid", (11, 20)), ("in august", None, (1, 31)), ("last week of the race", None, None)])
def test_the_days_of_a_part_of_a_month(words: str, part: str | None, days: tuple[int, int] | None) -> None:
    typed = words.split()
    at = next((i for i, w in enumerate(typed) if w in {"august", "feb", "february", "september", "june", "agosto",
                                                       "julio", "octubre"}), None)
    if days is None:
        assert at is None
        return
    assert at is not None
    found = part_of_month(typed, at)
    assert found == part
    month = {"august": 8, "feb": 2, "february": 2, "september": 9, "june": 6, "agosto": 8, "julio": 7,
             "octubre": 10}[typed[at]]
    first, last = MonthAsked(month, found).days(2022)
    assert (first.day, last.day) == days and first.month == last.month == month and first.year == 2022
    assert MonthAsked(month, found) == month  # still the month's number wherever a month is compared


@needs_files
@pytest.mark.parametrize("question", ["was there a la mayor poll in the last week of august 2022",
                                      "la mayor polls from late august 2022", "encuestas de alcalde de la a finales "
                                      "de agosto de 2022"])
def test_a_part_of_a_month_without_polls_is_said_missing(ask: Callable[..., Answer], question: str) -> None:
    """The LA race's only August 2022 poll was taken Aug 9-15: none in its last days."""
    answer = ask(question)
    assert answer.status == "no_data" and "43" not in answer.summary, (question, answer.summary)
    assert "august" in fold(answer.summary) or "agosto" in fold(answer.summary), answer.summary


@needs_files
@pytest.mark.parametrize("question", ["mid-august la mayor poll", "la mayor poll in mid august 2022",
                                      "encuesta de alcalde de la a mediados de agosto de 2022"])
def test_a_part_of_a_month_with_a_poll_gives_it(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok" and answer.extra.get("poll_id"), (question, answer.summary)
    assert "43" in answer.summary and "31" in answer.summary, answer.summary


def test_a_month_asked_without_a_part_is_the_whole_month() -> None:
    assert MonthAsked(2).days(2024) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
