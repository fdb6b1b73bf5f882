"""`racebot db backup` and `racebot db restore`: a copy that restores to the same data, checks before a restore
(integrity, schema revision), a newer database kept unless --force, and the pg_dump command on PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from bot.db.migrate import HEAD_REVISION
from tests.factories import write_538

TABLES_OF_DATA = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"


def rows(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table; meta's data_version aside (a restore raises it, so every cache rebuilds)."""
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute(TABLES_OF_DATA)]
        found = {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                 for table in tables}
    found["meta"] = [row for row in found["meta"] if row[0] != "data_version"]
    return found


def data_version(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0])


def integrity(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


def racebot(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """The SQLite file DATABASE_URL names, set up with the bundled races."""
    path = tmp_path / "live" / "racebot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{path}")
    assert racebot(capsys, "db", "upgrade")[0] == 0
    return path


def test_a_backup_restores_to_exactly_the_data_it_was_taken_of(database: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backups" / "monday.sqlite3"
    backup.parent.mkdir()
    before = rows(database)
    code, out, _ = racebot(capsys, "db", "backup", str(backup))
    assert code == 0 and f"to {backup} (schema {HEAD_REVISION}" in out
    assert not backup.with_name(backup.name + ".partial").exists()
    assert integrity(backup) == [("ok",)]
    with sqlite3.connect(backup) as connection:  # one file: no -wal beside it to lose
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    polls = tmp_path / "polls.csv"
    write_538(polls, races=2, polls_per_race=10)
    assert racebot(capsys, "import", str(polls))[0] == 0
    assert rows(database) != before
    version_after_import = data_version(database)

    code, out, err = racebot(capsys, "db", "restore", str(backup))
    assert code == 0, err
    assert f"restored {backup}" in out and "the database it replaced is kept at" in out
    assert rows(database) == before
    assert integrity(database) == [("ok",)]
    assert data_version(database) > version_after_import  # every process's caches see a new version
    kept = next(database.parent.glob("racebot.sqlite3.before-restore-*"))
    assert len(rows(kept)["poll"]) == len(before["poll"]) + 20  # the replaced database, import included
    code, out, _ = racebot(capsys, "races")
    assert code == 0 and out.startswith("la-mayor-2022") and "generated" not in out


def test_a_backup_into_a_folder_is_named_by_its_time(database: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = racebot(capsys, "db", "backup", str(tmp_path))
    assert code == 0
    [made] = tmp_path.glob("racebot-*.sqlite3")
    assert str(made) in out and rows(made) == rows(database)


def test_a_backup_onto_the_database_itself_is_refused(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = rows(database)
    code, _, err = racebot(capsys, "db", "backup", str(database))
    assert code == 1 and "is the database itself" in err
    assert rows(database) == before


def test_restore_refuses_a_backup_of_a_newer_schema(database: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "future.sqlite3"
    assert racebot(capsys, "db", "backup", str(backup))[0] == 0
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    before = rows(database)
    for force in ((), ("--force",)):  # no Racebot of this version can run it
        code, _, err = racebot(capsys, "db", "restore", str(backup), *force)
        assert code == 1
        assert "schema revision 0099, newer than this version of Racebot knows" in err
        assert "Nothing was restored" in err
    assert rows(database) == before


async def _database_at(path: Path, revision: str) -> None:
    from bot.db.database import Database

    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        await db.upgrade(revision)
    finally:
        await db.close()


def test_restore_keeps_a_database_newer_than_the_backup_unless_forced(database: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.sqlite3"
    asyncio.run(_database_at(old, "0006"))
    before = rows(database)
    code, _, err = racebot(capsys, "db", "restore", str(old))
    assert code == 1
    assert f"at schema revision {HEAD_REVISION}, newer than the backup's 0006: nothing was restored" in err
    assert "--force" in err
    assert rows(database) == before

    code, out, err = racebot(capsys, "db", "restore", str(old), "--force")
    assert code == 0, err
    assert f"now at schema {HEAD_REVISION}" in out  # the old backup, upgraded
    assert rows(database)["race"] == []  # the backup's data (none), not the replaced database's
    assert integrity(database) == [("ok",)]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(database: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "damaged.sqlite3"
    assert racebot(capsys, "db", "backup", str(backup))[0] == 0
    data = bytearray(backup.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, 7 * page):  # scribble over the header of every seventh page
        data[start:start + 64] = b"\xa5" * 64
    backup.write_bytes(bytes(data))
    before = rows(database)
    code, _, err = racebot(capsys, "db", "restore", str(backup), "--force")
    assert code == 1 and str(backup) in err and "nothing was restored" in err
    assert err.count("\n") == 1
    assert rows(database) == before


def test_restore_refuses_a_file_that_is_no_racebot_database(database: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    code, _, err = racebot(capsys, "db", "restore", str(other))
    assert code == 1 and "is not a Racebot database" in err
    code, _, err = racebot(capsys, "db", "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "there is no backup file" in err


def test_restore_into_a_new_database_creates_it(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "b.sqlite3"
    assert racebot(capsys, "db", "backup", str(backup))[0] == 0
    fresh = tmp_path / "elsewhere" / "racebot.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{fresh}")
    code, out, err = racebot(capsys, "db", "restore", str(backup))
    assert code == 0, err
    assert "kept at" not in out
    assert rows(fresh) == rows(database)


def test_on_postgresql_backup_and_restore_print_the_pg_commands(monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://racebot:s3cret@db.example.org:5433/elections")
    monkeypatch.setenv("DATABASE_SCHEMA", "Bot_One")
    code, out, err = racebot(capsys, "db", "backup", "/srv/backups/racebot.dump")
    assert code == 2 and "pg_dump" not in err and "PGPASSWORD" in err
    assert out.strip() == ("pg_dump --format=custom --schema=bot_one --file=/srv/backups/racebot.dump "
                           "postgresql://racebot@db.example.org:5433/elections")
    code, out, _ = racebot(capsys, "db", "restore", "/srv/backups/racebot.dump")
    assert code == 2
    assert out.strip() == ("pg_restore --clean --if-exists --no-owner --schema=bot_one "
                           "--dbname=postgresql://racebot@db.example.org:5433/elections /srv/backups/racebot.dump")
    monkeypatch.delenv("DATABASE_SCHEMA")
    code, out, _ = racebot(capsys, "db", "backup", "my backup.dump")
    assert out.strip() == ("pg_dump --format=custom --file='my backup.dump' "
                           "postgresql://racebot@db.example.org:5433/elections")


def test_restore_replaces_a_damaged_database_and_keeps_it_aside(database: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "good.sqlite3"
    assert racebot(capsys, "db", "backup", str(backup))[0] == 0
    data = bytearray(database.read_bytes())
    data[16:100] = b"\x00" * 84  # the header: page size, formats, counts gone
    database.write_bytes(bytes(data))
    assert racebot(capsys, "doctor", "--offline")[0] == 1  # as the doctor finds it, naming this restore
    code, out, err = racebot(capsys, "db", "restore", str(backup))
    assert code == 0, err
    [damaged] = database.parent.glob("racebot.sqlite3.damaged-*")
    assert f"the database it replaced is kept at {damaged}" in out
    assert damaged.read_bytes() == bytes(data)  # moved aside whole, as it was
    assert rows(database) == rows(backup) and integrity(database) == [("ok",)]
    assert racebot(capsys, "races")[0] == 0
