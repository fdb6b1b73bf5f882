"""No string makes the engine raise: random unicode, control characters, very long input, SQL-looking text."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.engine.thresholds import MAX_QUESTION_LENGTH
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from tests.factories import write_second_race

WORDS = ["who", "endorsed", "karen", "bass's", "caruzo", "de", "león", "KDL", "poll", "latest", "average", "how",
         "are", "latino", "men", "voting", "vs", "when", "is", "the", "election", "won", "runoff", "springfield",
         "okafor", "snoop", "dog", "did", "anyone", "berkeley", "LA", "'", "?", "%", "@everyone", "<@123>", "💥",
         "ñ", "\u200b", "\x00", "DROP TABLE race;--", "' OR 1=1 --", "\\", "**", "`", "2022", "la-mayor-2022"]

questions = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=MAX_QUESTION_LENGTH),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"]), max_size=40),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def engine_in_loop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[asyncio.Runner, QuestionEngine]]:
    folder: Path = tmp_path_factory.mktemp("robust")
    runner = asyncio.Runner()
    db = Database(f"sqlite+aiosqlite:///{folder / 'robust.sqlite3'}")
    runner.run(db.open(load_bundled=load_bundled_races))
    runner.run(import_file(db, str(write_second_race(folder / "springfield.yaml"))))
    yield runner, QuestionEngine(db, clock=lambda: dt.date(2026, 9, 25))
    runner.run(db.close())
    runner.close()


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=questions)
def test_no_string_makes_the_engine_raise(engine_in_loop: tuple[asyncio.Runner, QuestionEngine],
                                         question: str) -> None:
    runner, engine = engine_in_loop
    answer = runner.run(engine.ask(question, AskContext(guild_id=1)))
    assert answer.intent != "error", question  # "error" means an exception was caught inside
    assert answer.summary
    assert answer.to_dict()["summary"] == answer.summary


def test_a_very_long_question_gets_a_clear_message(engine_in_loop: tuple[asyncio.Runner, QuestionEngine]) -> None:
    runner, engine = engine_in_loop
    answer = runner.run(engine.ask("who endorsed karen bass " * 100))
    assert answer.status == "rejected"
    assert f"under {MAX_QUESTION_LENGTH} characters" in answer.summary


def test_sql_in_a_question_is_only_text(engine_in_loop: tuple[asyncio.Runner, QuestionEngine]) -> None:
    runner, engine = engine_in_loop
    answer = runner.run(engine.ask("who endorsed '; DROP TABLE race; --"))
    assert answer.status in ("not_found", "help")
    assert runner.run(engine.ask("who endorsed karen bass")).status == "ok"
