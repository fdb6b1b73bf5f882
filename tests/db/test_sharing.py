"""One database shared by several processes: WAL and a busy timeout on SQLite, first use and imports take turns."""

from __future__ import annotations

import asyncio
import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.db.database import SQLITE_BUSY_SECONDS, Database
from bot.db.models import Poll, Race
from bot.db.turns import IMPORT_WAIT, WriteTurn, WriteTurnTimeout
from tests.conftest import DatabaseTarget
from tests.factories import write_538, write_second_race

ROOT = Path(__file__).resolve().parents[2]


def racebot(database: Path | DatabaseTarget, *args: str) -> subprocess.Popen[str]:
    """`python -m bot ARGS` on the database, as a user would start it."""
    env = {**os.environ, "LOG_LEVEL": "WARNING"}
    if isinstance(database, DatabaseTarget):
        env.update({"DATABASE_URL": database.url, "DATABASE_SCHEMA": database.schema or ""})
    else:
        env["DATABASE_URL"] = f"sqlite+aiosqlite:///{database}"
    return subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


async def count(database: Path | DatabaseTarget, model: type) -> int:
    db = database.database() if isinstance(database, DatabaseTarget) else Database(f"sqlite+aiosqlite:///{database}")
    try:
        async with db.session() as session:
            return await session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        await db.close()


async def test_every_sqlite_connection_uses_wal_and_waits_for_a_busy_writer(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}")
    try:
        await db.open()
        async with db.engine.connect() as connection:
            assert await connection.scalar(text("PRAGMA journal_mode")) == "wal"
            assert await connection.scalar(text("PRAGMA busy_timeout")) == SQLITE_BUSY_SECONDS * 1000
        assert db.fast_reads is not None  # the plain pysqlite engine that answers questions
        assert await db.fast_reads(lambda run: run(text("PRAGMA journal_mode"), {})) == [("wal",)]
        assert await db.fast_reads(lambda run: run(text("PRAGMA busy_timeout"), {})) == [(SQLITE_BUSY_SECONDS * 1000,)]
    finally:
        await db.close()


def test_processes_opening_a_new_database_at_once_all_succeed(target: DatabaseTarget) -> None:
    database = target if target.backend == "postgresql" else Path(target.url.split("///", 1)[1])
    processes = [racebot(database, "races") for _ in range(3)]
    results = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
        assert "Traceback" not in err
        assert out.startswith("la-mayor-2022 ")
    assert asyncio.run(count(database, Race)) == 1


def test_a_second_import_waits_for_the_first_says_so_and_both_succeed(tmp_path: Path) -> None:
    database = tmp_path / "shared.sqlite3"
    assert racebot(database, "races").wait(timeout=120) == 0
    before = asyncio.run(count(database, Poll))
    big, small = tmp_path / "big.csv", write_second_race(tmp_path / "springfield.yaml")
    write_538(big, races=8, polls_per_race=400)
    # The first import's turn, held here as WriteTurn holds it, for as long as it takes the second to say it waits
    # (a real import of a test-sized file may end before a second process has even started).
    lock = database.with_name(database.name + ".lock")
    with lock.open("a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        second = racebot(database, "import", str(small))
        assert second.stderr is not None
        waiting = second.stderr.readline()
        fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    second_out, second_err = second.communicate(timeout=300)
    assert second.returncode == 0, second_err
    assert waiting.strip() == f"racebot: {IMPORT_WAIT}…"
    assert "polls: 2 added" in second_out
    # Two real imports at once: one waits for the other, and both land whole.
    first, third = racebot(database, "import", str(big)), racebot(database, "import", str(small))
    first_out, first_err = first.communicate(timeout=300)
    third_out, third_err = third.communicate(timeout=300)
    assert first.returncode == 0 and third.returncode == 0, first_err + third_err
    assert "Traceback" not in first_err + second_err + third_err
    assert "polls: 3200 added" in first_out and "polls: 0 added" in third_out  # the small file is already in
    assert asyncio.run(count(database, Poll)) == before + 3200 + 2


async def test_a_writer_that_cannot_get_its_turn_stops_with_a_clear_error(target: DatabaseTarget) -> None:
    db = target.database()
    await db.open()
    patient = WriteTurn(target.url, db.engine, target.schema, wait_seconds=0.3)
    said: list[str] = []

    async def say(message: str) -> None:
        said.append(message)

    try:
        async with db.write_turn():
            with pytest.raises(WriteTurnTimeout) as error:
                async with patient(say):
                    pytest.fail("two writers held the turn at once")
        assert said == [IMPORT_WAIT]
        assert "another import kept the database busy" in str(error.value)
        assert "nothing was changed" in str(error.value)
        async with patient(say):  # free again
            pass
        assert said == [IMPORT_WAIT]
    finally:
        await db.close()
