"""Every command, started with a bad database setting, says what is wrong and what to do in one line (exit 2), never
a traceback; a PostgreSQL schema that does not exist yet is created."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import POSTGRES_URL, _require_postgres, _run_sql

# One invocation of every command (what it is given does not matter: the database is opened first).
COMMANDS = [
    ("races",), ("race", "la-mayor-2022"), ("results", "la-mayor-2022"), ("candidate", "bass"),
    ("polls", "la-mayor-2022"), ("endorsements", "bass"), ("endorser", "snoop"), ("ask", "who is ahead"),
    ("import", "polls.csv"), ("changes",), ("feeds", "list"), ("feeds", "add", "https://example.org/polls.csv"),
    ("feeds", "refresh"), ("db", "upgrade"), ("db", "current"), ("db", "backup", "backup.sqlite3"),
    ("db", "restore", "backup.sqlite3"), ("run",), ("sync",),
]
UNREACHABLE = "postgresql+asyncpg://postgres@127.0.0.1:1/racebot"  # nothing listens on port 1


def one_line(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("racebot: ")
    return code, lines[0]


@pytest.fixture(autouse=True)
def _token(monkeypatch: pytest.MonkeyPatch) -> None:
    # `racebot run` and `sync` check the database before they ask Discord anything: a token lets them get that far.
    monkeypatch.setenv("DISCORD_TOKEN", "not-used-because-the-database-fails-first")
    monkeypatch.setenv("RACEBOT_LOAD_BUNDLED", "0")


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_an_unreachable_postgresql_is_one_line_naming_the_fix(command: tuple[str, ...],
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", UNREACHABLE)
    code, line = one_line(capsys, *command)
    assert code == 2
    if command[:2] in (("db", "backup"), ("db", "restore")):  # PostgreSQL's own tools: nothing is reached
        assert "PostgreSQL" in line and "its own tools" in line
    else:
        assert "nothing answers at 127.0.0.1:1" in line and "DATABASE_URL" in line


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(("variable", "value", "shown"), [("DATABASE_URL", "mysql://root@localhost/racebot", "'mysql'"),
                                                          ("DATABASE_SCHEMA", "1st_bot", "'1st_bot'"),
                                                          ("DATABASE_SCHEMA", "bot-1", "'bot-1'"),
                                                          ("DATABASE_SCHEMA", "pg_racebot", "'pg_racebot'")])
def test_a_bad_database_setting_is_one_line_naming_the_variable(command: tuple[str, ...], variable: str, value: str,
                                                                shown: str, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(variable, value)
    code, line = one_line(capsys, *command)
    assert code == 2 and variable in line and shown in line


@pytest.mark.parametrize("command", [("races",), ("ask", "who is ahead"), ("db", "current"), ("db", "backup", "b"),
                                     ("run",)], ids=" ".join)
def test_a_file_that_is_no_sqlite_database_is_one_line(command: tuple[str, ...], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "notes.sqlite3"
    database.write_text("these are my notes, not a database\n" * 200)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    code, line = one_line(capsys, *command)
    assert code in (1, 2)  # 2: a setting that names an unusable database; 1: a backup refused
    assert "not a database" in line or "not an SQLite database" in line or "file is not a database" in line


def test_a_database_folder_that_cannot_be_made_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{blocker / 'racebot.sqlite3'}")
    for command in (("races",), ("run",)):
        code, line = one_line(capsys, *command)
        assert code == 2 and str(blocker) in line and "DATABASE_URL" in line


def test_a_missing_postgresql_database_names_createdb(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _require_postgres()
    monkeypatch.setenv("DATABASE_URL", POSTGRES_URL.rsplit("/", 1)[0] + "/racebot_no_such_database")
    code, line = one_line(capsys, "races")
    assert code == 2
    assert "no database racebot_no_such_database" in line and "createdb" in line


def test_a_missing_schema_is_created_and_the_command_runs(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _require_postgres()
    schema = f"New_{uuid.uuid4().hex[:12]}"  # mixed case: PostgreSQL's search_path reads it in lower case
    monkeypatch.setenv("DATABASE_URL", POSTGRES_URL)
    monkeypatch.setenv("DATABASE_SCHEMA", schema)
    try:
        assert main(["db", "upgrade"]) == 0
        assert "schema revision 0" in capsys.readouterr().out
        assert main(["races"]) == 0
        out, err = capsys.readouterr()
        assert "No races yet" in out and err == ""
    finally:
        _run_sql(f"DROP SCHEMA IF EXISTS {schema.lower()} CASCADE")


def test_a_missing_schema_the_user_may_not_create_names_the_grant(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _require_postgres()
    role, schema = f"racebot_lowly_{uuid.uuid4().hex[:8]}", f"lowly_{uuid.uuid4().hex[:8]}"
    _run_sql(f"CREATE ROLE {role} LOGIN")
    user_url = POSTGRES_URL.replace("://postgres@", f"://{role}@")
    monkeypatch.setenv("DATABASE_URL", user_url)
    monkeypatch.setenv("DATABASE_SCHEMA", schema)
    try:
        for command in (("races",), ("db", "upgrade"), ("run",)):
            code, line = one_line(capsys, *command)
            assert code == 2
            assert f"the schema {schema} (DATABASE_SCHEMA) does not exist" in line
            assert f"CREATE SCHEMA {schema} AUTHORIZATION {role}" in line
    finally:
        _run_sql(f"DROP ROLE {role}")


def test_a_database_of_a_newer_racebot_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    database = tmp_path / "future.sqlite3"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    code, line = one_line(capsys, "races")
    assert code == 2
    assert "schema revision 9999, newer than this version of Racebot knows" in line
