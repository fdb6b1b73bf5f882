"""`racebot doctor` without the network: each check passes on a good setup and names the fix on a broken one (bad
settings, bad URL, missing migration, corrupt SQLite file, token shape, paused subscriptions); exit 0 only when all
pass."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.database import Database
from bot.db.migrate import HEAD_REVISION
from bot.diagnosis import check_token_shape
from bot.doctor import diagnose
from bot.engine.engine import QuestionEngine
from bot.importers import import_file
from bot.updates import Delivery, SubscribeRequest, UpdateService
from bot.updates.thresholds import PAUSE_AFTER_REFUSALS
from tests.conftest import DatabaseTarget, make_target


def bot_token(user_id: int = 1234567890123456789) -> str:
    """A token of Discord's shape: the bot's id in base64, a timestamp, an HMAC (this one signs nothing)."""
    return f"{base64.urlsafe_b64encode(str(user_id).encode()).decode().rstrip('=')}.GhJkLm.{'x' * 38}"


def doctor(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, list[str]], str]:
    """Run `racebot doctor --offline`; the exit status, each check's lines by name, and stderr."""
    code = main(["doctor", "--offline", *args])
    out, err = capsys.readouterr()
    lines: dict[str, list[str]] = {}
    for line in out.splitlines()[:-1] if code == 0 else out.splitlines():
        verdict, _, rest = line.partition("  ")
        name = rest.strip().split(":", 1)[0]
        lines.setdefault(name, []).append(f"{verdict.strip()} {rest.strip()}")
    return code, lines, err


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """A set-up SQLite database and a well-formed token."""
    database = tmp_path / "racebot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    monkeypatch.setenv("DISCORD_TOKEN", bot_token())
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    return database


def test_every_check_passes_on_a_good_setup(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = doctor(capsys)
    assert code == 0, lines
    assert err == ""
    assert list(lines) == ["settings", "database", "migrations", "integrity", "token", "Discord"]
    assert all(line.startswith("OK ") for name, found in lines.items() if name != "Discord" for line in found)
    assert lines["Discord"] == ["SKIP Discord: not asked (--offline)"]
    assert lines["migrations"][0].endswith("this version's")
    assert "of the bot user 1234567890123456789" in lines["token"][0]


def test_a_bad_setting_fails_the_settings_check_and_the_rest_waits(good: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UPDATE_INTERVAL_SECONDS", "soon")
    code, lines, err = doctor(capsys)
    assert code == 1 and "1 check failed" in err
    assert lines["settings"][0].startswith("FAIL settings: UPDATE_INTERVAL_SECONDS must be a number of seconds")
    assert lines["database"] == ["SKIP database: fix the settings first"]


def test_an_unreachable_database_names_the_fix(good: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://racebot@127.0.0.1:1/racebot")
    code, lines, _ = doctor(capsys)
    assert code == 1
    assert lines["database"] == ["FAIL database: nothing answers at 127.0.0.1:1: start PostgreSQL there, or fix the "
                                 "host and port in DATABASE_URL"]
    assert lines["migrations"][0].startswith("SKIP")


def test_a_missing_database_file_is_not_created_and_names_db_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "new" / "racebot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    code, lines, _ = doctor(capsys)
    assert code == 1
    [line] = lines["database"]
    assert "there is no database at" in line and "`racebot db upgrade` creates it" in line
    assert not database.parent.exists()  # the doctor looks, it changes nothing


async def _database_at(path: Path, revision: str) -> None:
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        await db.upgrade(revision)
    finally:
        await db.close()


def test_a_missing_migration_names_db_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "old.sqlite3"
    asyncio.run(_database_at(database, "0006"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    code, lines, _ = doctor(capsys)
    assert code == 1
    assert lines["migrations"] == [f"FAIL migrations: the schema is at revision 0006, this version needs "
                                   f"{HEAD_REVISION}: run `racebot db upgrade` (with several bot processes: before "
                                   "starting the new version's)"]
    assert main(["db", "upgrade"]) == 0  # the fix it names
    capsys.readouterr()
    assert doctor(capsys)[1]["migrations"][0].startswith("OK ")


def test_a_schema_of_a_newer_racebot_says_so(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(good) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042'")
    code, lines, _ = doctor(capsys)
    assert code == 1 and "revision 0042, newer than this version of Racebot knows" in lines["migrations"][0]


@pytest.mark.parametrize("pages", ["one", "many"])
def test_a_corrupt_sqlite_file_fails_the_integrity_check_with_the_restore(pages: str, good: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(good.read_bytes())
    page = 4096
    # One damaged page of data (the database opens; only the check finds it), or the header of every fifth page.
    starts = [len(data) - 2 * page] if pages == "one" else range(4 * page, len(data) - page, 5 * page)
    for start in starts:
        data[start:start + 64] = b"\x5a" * 64
    good.write_bytes(bytes(data))
    code, lines, _ = doctor(capsys)
    assert code == 1
    [line] = lines["integrity"]
    assert line.startswith(f"FAIL integrity: the SQLite file {good} is damaged (")
    assert "restore the latest backup (racebot db restore BACKUP)" in line
    assert lines["database"][0].startswith("OK " if pages == "one" else "FAIL ")


@pytest.mark.parametrize(("token", "fix"), [
    (None, "DISCORD_TOKEN is not set"),
    (f"Bot {bot_token()}", "starts with 'Bot '"),
    (f'"{bot_token()}"', "in quotes"),
    ("Zk9mT2V4c2VjcmV0c2VjcmV0c2VjcmV0cw", "does not look like a bot token"),  # an OAuth2 client secret's shape
    ("bm90LWFuLWlk.GhJkLm." + "x" * 38, "does not look like a bot token"),  # its first part is no id
])
def test_a_malformed_token_names_where_to_get_a_good_one(token: str | None, fix: str) -> None:
    result = check_token_shape(token)
    assert result.verdict == "fail" and fix in result.detail
    assert "\n" not in result.detail


async def _pause_a_subscription(url: str) -> None:
    db = Database(url)
    try:
        now = [dt.datetime(2022, 6, 1, 12, tzinfo=dt.UTC)]
        updates = UpdateService(db, QuestionEngine(db), interval_seconds=10.0, clock=lambda: now[0])
        answer = await updates.subscriptions.subscribe(SubscribeRequest(41 << 22, 7, "la-mayor-2022", "polls"))
        assert answer.status == "ok", answer
        await import_file(db, "feed.csv", data=b"poll_id,pollster,end_date,sample_size,url,race,stage,"
                          b"candidate_name,pct\n7001,Unit,2022-06-01,700,https://polls.example/u,la-mayor-2022,"
                          b"primary,Karen Bass,41\n")
        await updates.outbox.plan()
        for _ in range(PAUSE_AFTER_REFUSALS):
            for post in await updates.outbox.claim(5):
                await updates.outbox.record(post, Delivery.refused("403 Forbidden: Missing Permissions"))
            now[0] += dt.timedelta(minutes=20)  # past the backoff: the post is tried again
    finally:
        await db.close()


def test_a_paused_subscription_is_named_with_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "racebot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    monkeypatch.setenv("DISCORD_TOKEN", bot_token())
    assert main(["db", "upgrade"]) == 0  # with the bundled races
    asyncio.run(_pause_a_subscription(f"sqlite+aiosqlite:///{database}"))
    capsys.readouterr()
    code, lines, _ = doctor(capsys)
    assert code == 1
    [line] = lines["subscription"]
    assert line.startswith("FAIL subscription: #1 (channel 7, server ") and "is paused: " in line
    assert "403 Forbidden: Missing Permissions" in line and "/updates subscribe there again" in line


@pytest.fixture
def postgres(tmp_path: Path) -> Iterator[DatabaseTarget]:
    yield from make_target("postgresql", tmp_path)


async def test_the_doctor_reads_a_postgresql_database_and_its_missing_schema(postgres: DatabaseTarget) -> None:
    target = postgres
    assert target.schema is not None
    environ = {"DATABASE_URL": target.url, "DATABASE_SCHEMA": target.schema + "_missing", "DISCORD_TOKEN": bot_token()}
    results = {r.name: r for r in await diagnose(offline=True, environ=environ)}
    assert results["database"].verdict == "ok"
    assert results["schema"].verdict == "fail" and "`racebot db upgrade` creates it" in results["schema"].detail
    assert results["migrations"].verdict == "fail"
    environ["DATABASE_SCHEMA"] = target.schema
    db = Database(target.url, schema=target.schema)
    await db.open()
    await db.close()
    results = {r.name: r for r in await diagnose(offline=True, environ=environ)}
    assert [r.verdict for r in results.values()] == ["ok", "ok", "ok", "ok", "skip"]
    assert "integrity" not in results  # SQLite's check only
