"""Shared fixtures: a temporary database on SQLite and on PostgreSQL, with or without the bundled races.

Every test that takes `db`, `empty_db` or `engine` runs once per backend. PostgreSQL is the local server
(TEST_POSTGRES_URL, default postgresql+asyncpg://postgres@127.0.0.1:5432/test); each test gets a schema of its
own, dropped afterwards. Without a reachable server the PostgreSQL runs skip with the reason, except in CI
(CI=true), where they fail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, select

from bot.db.database import Database
from bot.engine.engine import QuestionEngine
from bot.importers.bundled import load_bundled_races

ASKED_ON = dt.date(2022, 6, 1)  # a day of the campaign, so "days left" answers are stable
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]


@dataclass(frozen=True)
class DatabaseTarget:
    backend: str
    url: str
    schema: str | None = None

    def database(self) -> Database:
        return Database(self.url, schema=self.schema)


_postgres_state: dict[str, str | None] = {}


def postgres_unavailable() -> str | None:
    """Why PostgreSQL can't be used here, or None when it can (asked once per test session)."""
    if "reason" not in _postgres_state:

        import asyncpg

        async def probe() -> None:
            conn = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg", "postgresql"), timeout=3)
            await conn.close()

        try:
            _run_apart(probe)
            _postgres_state["reason"] = None
        except Exception as exc:  # any failure to connect means: no server for these tests
            _postgres_state["reason"] = f"PostgreSQL at {POSTGRES_URL} is not reachable ({exc.__class__.__name__})"
    return _postgres_state["reason"]


def _require_postgres() -> None:
    reason = postgres_unavailable()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}: CI must run the PostgreSQL tests")
    pytest.skip(reason)


def _run_sql(statement: str) -> None:

    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect(POSTGRES_URL.replace("postgresql+asyncpg", "postgresql"), timeout=10)
        try:
            await conn.execute(statement)
        finally:
            await conn.close()

    _run_apart(run)


def _run_apart(work: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to the end in a thread of its own: works inside a running event loop (async fixtures)."""
    import asyncio
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, work()).result()


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's .env or writes to their database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}")
    for name in ("DISCORD_TOKEN", "RACEBOT_LOAD_BUNDLED", "DATABASE_SCHEMA", "SHARD_COUNT", "SHARD_IDS"):
        monkeypatch.delenv(name, raising=False)


def make_target(backend: str, folder: Path) -> Iterator[DatabaseTarget]:
    """A fresh, empty database of a backend; a PostgreSQL schema is dropped afterwards."""
    if backend == "sqlite":
        yield DatabaseTarget("sqlite", f"sqlite+aiosqlite:///{folder / 'test.sqlite3'}")
        return
    _require_postgres()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    _run_sql(f"CREATE SCHEMA {schema}")
    try:
        yield DatabaseTarget("postgresql", POSTGRES_URL, schema)
    finally:
        _run_sql(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DatabaseTarget]:
    yield from make_target(request.param, tmp_path)


async def _opened(target: DatabaseTarget, *, bundled: bool) -> AsyncIterator[Database]:
    db = target.database()
    await db.open(load_bundled=load_bundled_races if bundled else None)
    yield db
    await db.close()


@pytest.fixture
async def empty_db(target: DatabaseTarget) -> AsyncIterator[Database]:
    """A new database of the backend, with no data."""
    async for db in _opened(target, bundled=False):
        yield db


@pytest.fixture
async def db(target: DatabaseTarget) -> AsyncIterator[Database]:
    """A new database of the backend, with the bundled races, as a new installation has it."""
    async for db in _opened(target, bundled=True):
        yield db


@pytest.fixture
async def engine(db: Database) -> QuestionEngine:
    return QuestionEngine(db, clock=lambda: ASKED_ON)


async def snapshot(db: Database) -> str:
    """A digest of everything stored: the file's bytes on SQLite, every row of every table on PostgreSQL."""
    if db.is_sqlite:
        return hashlib.sha256(Path(db.engine.url.database or "").read_bytes()).hexdigest()
    digest = hashlib.sha256()
    async with db.engine.connect() as conn:
        metadata = MetaData()
        await conn.run_sync(lambda sync: metadata.reflect(sync, schema=db.schema))
        for table in sorted(metadata.sorted_tables, key=lambda t: t.name):
            rows = (await conn.execute(select(table).order_by(*table.primary_key.columns))).all()
            digest.update(f"{table.name}:{rows!r}".encode())
    return digest.hexdigest()
