"""A backup taken while a 300,000-row import writes and while the bot answers on Discord restores to a database that
passes PRAGMA integrity_check and holds exactly the data committed before the backup began.

The import is one transaction (it commits once, at its end), so what was committed before the backup began is the
database as it stood when the import started: recorded row by row then, and compared row by row with the restored
copy. The last commit before it is the bot's own (a channel subscribed through Discord)."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bot.config import Settings
from tests.factories import write_538

from .fake_discord import FakeDiscord
from .racebot_world import racebot_world

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300_000
ROWS_PER_POLL = 5  # write_538: three candidates in a poll's first question, two in its second


def table_rows(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table; meta's data_version aside (a restore raises it, so every cache rebuilds)."""
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                 for table in tables}
    found["meta"] = [row for row in found["meta"] if row[0] != "data_version"]
    return found


def writer_active(database: Path) -> bool:
    """Whether a process holds the database's write lock now (the import is writing its transaction)."""
    connection = sqlite3.connect(database, timeout=0)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()


async def racebot(database: Path, *args: str) -> asyncio.subprocess.Process:
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{database}", "LOG_LEVEL": "WARNING",
           "RACEBOT_LOAD_BUNDLED": "0"}  # as the bot runs it: the seed race only
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, cwd=ROOT, env=env,
                                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)


async def test_a_backup_during_a_large_import_and_questions_restores_what_was_committed_before_it(
        fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path) -> None:
    polls = tmp_path / "polls.csv"
    races = 8
    assert write_538(polls, races=races, polls_per_race=ROWS // (ROWS_PER_POLL * races)) == ROWS
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    settings = Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False)
    async with racebot_world(fake_discord, settings, tmp_path) as world:
        subscribed = await world.command("updates", {"race": "la-mayor-2022", "what": "polls"}, user=world.owner,
                                         subcommand="subscribe")
        assert subscribed["embeds"][0]["title"] == "Subscription created"
        committed = table_rows(database)  # the bot's commit is the last one before the import
        assert len(committed["update_subscription"]) == 1

        importer = await racebot(database, "import", str(polls))
        while not writer_active(database):
            assert importer.returncode is None, await importer.communicate()
            await asyncio.sleep(0.05)

        backup = tmp_path / "backups" / "during-import.sqlite3"
        backup.parent.mkdir()
        started = time.perf_counter()
        backing_up = asyncio.create_task((await racebot(database, "db", "backup", str(backup))).communicate())
        answers = 0
        while not backing_up.done() or answers < 3:  # the bot answers while the backup copies
            reply = await world.command("ask", {"question": "who is ahead in the LA mayor race"})
            assert "Karen Bass" in str(reply["embeds"][0]), reply
            answers += 1
        out, err = await backing_up
        print(f"backup of {database.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.2f} s, "
              f"{answers} questions answered meanwhile")
        assert b"backed up" in out, err
        assert importer.returncode is None and writer_active(database), "the import ended before the backup did"

        out, err = await asyncio.wait_for(importer.communicate(), 300)
        assert importer.returncode == 0, err
        assert f"polls: {ROWS // ROWS_PER_POLL} added".encode() in out

    restored = tmp_path / "restored" / "racebot.sqlite3"
    restorer = await racebot(restored, "db", "restore", str(backup))
    out, err = await restorer.communicate()
    assert restorer.returncode == 0, err
    with sqlite3.connect(restored) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert table_rows(restored) == committed  # the subscription in, not one row of the import
    with sqlite3.connect(database) as connection:
        imported = connection.execute("SELECT count(*) FROM poll").fetchone()[0] - len(committed["poll"])
    assert imported == ROWS // ROWS_PER_POLL  # the live database has the import, committed after the backup began
