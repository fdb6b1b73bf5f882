"""Shared fixtures: a temporary database (with or without the bundled races) and the engine over it."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.database import Database
from bot.engine.engine import QuestionEngine

ASKED_ON = dt.date(2022, 6, 1)  # a day of the campaign, so "days left" answers are stable


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's .env or writes to their database."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("RACEBOT_LOAD_BUNDLED", raising=False)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
async def empty_db(database_url: str) -> AsyncIterator[Database]:
    db = Database(database_url)
    await db.open(load_bundled=False)
    yield db
    await db.close()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    db = Database(database_url)
    await db.open(load_bundled=True)
    yield db
    await db.close()


@pytest.fixture
async def engine(db: Database) -> QuestionEngine:
    return QuestionEngine(db, clock=lambda: ASKED_ON)
