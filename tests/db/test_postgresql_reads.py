"""Questions on PostgreSQL read through pooled autocommit connections with no ping before each use; a connection the
server closed meanwhile costs one more try, never a wrong or failed answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers.bundled import load_bundled_races
from bot.render_text import render_answer
from tests.conftest import POSTGRES_URL, DatabaseTarget, make_target

QUESTION = "who is ahead in the la mayor race"
AFTER = "who endorsed karen bas?"
XID = text("SELECT pg_current_xact_id()::text")


@pytest.fixture
def postgresql(tmp_path: Path) -> Iterator[DatabaseTarget]:
    yield from make_target("postgresql", tmp_path)


async def _terminate(pids: set[int]) -> None:
    connection = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg", "postgresql"), timeout=10)
    try:
        for pid in pids:
            assert await connection.fetchval("SELECT pg_terminate_backend($1)", pid)
    finally:
        await connection.close()


async def _read_pids(db: Database) -> set[int]:
    assert db.fast_reads is not None
    return {(await db.fast_reads(lambda run: run(text("SELECT pg_backend_pid()"), {})))[0][0] for _ in range(3)}


async def test_postgresql_reads_run_in_autocommit_in_the_databases_schema(postgresql: DatabaseTarget) -> None:
    db = postgresql.database()
    try:
        await db.open()
        assert db.fast_reads is not None
        rows = await db.fast_reads(lambda run: [*run(text("SHOW search_path"), {}), *run(XID, {}), *run(XID, {})])
        assert rows[0][0] == postgresql.schema
        assert rows[1][0] != rows[2][0]  # each statement its own transaction: no BEGIN, no ROLLBACK
    finally:
        await db.close()


async def test_a_question_after_postgresql_closed_the_read_connection_is_answered(postgresql: DatabaseTarget) -> None:
    db = postgresql.database()
    try:
        await db.open(load_bundled=load_bundled_races)
        engine = QuestionEngine(db)
        assert "Karen Bass" in render_answer(await engine.ask(QUESTION, AskContext()))

        await _terminate(await _read_pids(db))  # as a server restart or an idle timeout would
        after = await engine.ask(AFTER, AskContext())  # reads rows no answer read before
    finally:
        await db.close()
    fresh = postgresql.database()
    try:
        expected = await QuestionEngine(fresh).ask(AFTER, AskContext())
    finally:
        await fresh.close()
    assert after.intent == "endorsements_of" and after.status == "ok"
    assert render_answer(after) == render_answer(expected)
