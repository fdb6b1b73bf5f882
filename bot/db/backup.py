"""Backups that restore: a consistent copy of a live SQLite database, and putting one back after checking it.

A backup is SQLite's online backup API (sqlite3.Connection.backup) run in one step inside a read transaction the
backup opens first: the copy is the database as that transaction sees it, every commit before it and nothing after,
however long the copy takes and whatever other processes write meanwhile (WAL: a writer never waits for it). A
restore checks the file (PRAGMA integrity_check, its Alembic revision), keeps the database it replaces beside it,
copies the backup in through the same API (so processes that have the database open see the whole change at once),
upgrades it to the current schema and raises the data version, so every cache rebuilds. PostgreSQL has pg_dump and
pg_restore for this: `pg_commands` says how to run them for the configured database."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine.url import URL, make_url

from bot.db import migrate
from bot.db.database import DATA_VERSION_KEY, SQLITE_BUSY_SECONDS, Database
from bot.errors import RacebotError


class BackupRefused(RacebotError):
    """A backup or a restore that would lose or damage data was not done; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a database file holds, as one read transaction saw it."""

    revision: str | None
    data_version: int
    size: int  # bytes

    def describe(self) -> str:
        """`schema 0007, data version 12, 3.4 MB`."""
        return f"schema {self.revision or 'none'}, data version {self.data_version}, {self.size / 1e6:.1f} MB"


@dataclass(frozen=True, slots=True)
class BackupReport:
    """A backup written."""

    source: Path
    path: Path
    snapshot: Snapshot
    seconds: float

    def lines(self) -> list[str]:
        """What `racebot db backup` prints."""
        return [f"backed up {self.source} to {self.path} ({self.snapshot.describe()}) in {self.seconds:.1f} s",
                f"restore it with: racebot db restore {shlex.quote(str(self.path))}"]


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A backup put back."""

    backup: Path
    path: Path
    snapshot: Snapshot
    revision: str | None  # the schema after the restore (the backup's, upgraded)
    kept: Path | None  # where the database the backup replaced was kept

    def lines(self) -> list[str]:
        """What `racebot db restore` prints."""
        lines = [f"restored {self.backup} ({self.snapshot.describe()}) into {self.path}, now at schema "
                 f"{self.revision}"]
        if self.kept is not None:
            lines.append(f"the database it replaced is kept at {self.kept}")
        return lines


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite database URL; None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def pg_commands(url: str, schema: str | None, path: str) -> tuple[str, str]:
    """The pg_dump command that backs up the configured PostgreSQL database (its schema only, when DATABASE_SCHEMA is
    set) to `path`, and the pg_restore command that puts it back. A password in the URL is left out: pg_dump reads
    it from PGPASSWORD or ~/.pgpass."""
    given = make_url(url)
    parsed = URL.create("postgresql", username=given.username, host=given.host, port=given.port,
                        database=given.database, query=given.query)
    target = shlex.quote(parsed.render_as_string(hide_password=False))
    only = f" --schema={shlex.quote(schema.lower())}" if schema else ""
    dump = f"pg_dump --format=custom{only} --file={shlex.quote(path)} {target}"
    restore = f"pg_restore --clean --if-exists --no-owner{only} --dbname={target} {shlex.quote(path)}"
    return dump, restore


def backup_sqlite(source: Path, target: Path, *, clock: type[dt.datetime] = dt.datetime) -> BackupReport:
    """Copy the live database `source` to `target` (a file, or a folder to name one in) as one consistent snapshot.
    The copy is written beside the target and renamed into place once it is complete and checked."""
    started = time.perf_counter()
    if not source.is_file():
        raise BackupRefused(f"there is no database at {source} yet: nothing to back up")
    if target.is_dir():
        target = target / f"racebot-{clock.now(dt.UTC):%Y%m%d-%H%M%S}.sqlite3"
    if target.exists() and target.resolve() == source.resolve():
        raise BackupRefused(f"{target} is the database itself: give the backup another path")
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        snapshot = _copy_snapshot(source, partial)
        _fsync(partial)
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise BackupRefused(f"could not back up {source}: {error}") from error
    except OSError as error:
        raise BackupRefused(f"could not write the backup {target}: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)  # after a failure: no half-written copy left behind
    return BackupReport(source, target, snapshot, time.perf_counter() - started)


def _copy_snapshot(source: Path, partial: Path) -> Snapshot:
    reader = _connect(source, create=False)
    try:
        reader.execute("BEGIN")  # the snapshot: what this transaction's first read sees, kept until the end
        snapshot = _snapshot(reader, source)
        copy = sqlite3.connect(partial)
        try:
            reader.backup(copy)  # pages=-1: in one step, inside the transaction, so it never restarts
            reader.rollback()
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, whatever the source's mode
            _require_intact(copy, source, quick=True,
                            outcome="no backup was written; the database itself needs restoring from an older backup")
        finally:
            copy.close()
    finally:
        reader.close()
    return snapshot


def inspect_backup(path: Path) -> Snapshot:
    """Check a backup file before it is restored: an intact SQLite database of a schema this Racebot knows."""
    if not path.is_file():
        raise BackupRefused(f"there is no backup file {path}")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _require_intact(connection, path, quick=False)
            snapshot = _snapshot(connection, path)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupRefused(f"{path} is not an SQLite database or is damaged ({error}): nothing was "
                            "restored") from error
    if snapshot.revision is None:
        raise BackupRefused(f"{path} is not a Racebot database (it has no schema revision): nothing was restored")
    if not migrate.is_known(snapshot.revision):
        raise BackupRefused(f"{path} is at schema revision {snapshot.revision}, newer than this version of Racebot "
                            f"knows ({migrate.HEAD_REVISION}): install the newer Racebot to restore it. Nothing was "
                            "restored")
    return snapshot


async def restore_sqlite(backup: Path, db: Database, *, force: bool = False) -> RestoreReport:
    """Put `backup` in place of the database `db` (an SQLite file, created if missing), after checking both: refused
    when the database's schema is newer than the backup's, unless `force`. Takes the write turn, so no import is
    cut in two; the database it replaces is kept beside it."""
    import asyncio

    target = sqlite_path(db.url)
    if target is None:
        raise BackupRefused("racebot db restore works on an SQLite database; use pg_restore for PostgreSQL")
    snapshot = await asyncio.to_thread(inspect_backup, backup)
    assert snapshot.revision is not None
    current = await asyncio.to_thread(_current, target)
    if current is not None and current.revision is not None and not current.damaged and not force:
        order = migrate.revisions()
        if current.revision not in order or order.index(current.revision) > order.index(snapshot.revision):
            raise BackupRefused(
                f"the database {target} is at schema revision {current.revision}, newer than the backup's "
                f"{snapshot.revision}: nothing was restored. Add --force to replace it anyway (the database it "
                "replaces is kept beside it)")
    async with db.write_turn(None, "waiting for an import to finish before restoring"):
        kept = None
        if current is not None:  # kept beside it: copied when it can be read, moved aside whole when damaged
            kept = await asyncio.to_thread(_set_aside if current.damaged else _keep_current, target)
        await asyncio.to_thread(_copy_into, backup, target)
        await db.upgrade()
        before = current.data_version if current is not None else 0
        await asyncio.to_thread(_set_data_version, target, max(before, snapshot.data_version) + 1)
    revision = await asyncio.to_thread(_current_revision, target)
    return RestoreReport(backup, target, snapshot, revision, kept)


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
    connection = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_SECONDS, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    return connection


def _snapshot(connection: sqlite3.Connection, path: Path) -> Snapshot:
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
        if "alembic_version" in tables else None
    version = connection.execute("SELECT value FROM meta WHERE key = ?", (DATA_VERSION_KEY,)).fetchone() \
        if "meta" in tables else None
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    return Snapshot(revision[0] if revision else None, int(version[0]) if version else 0, page_size * pages)


def _require_intact(connection: sqlite3.Connection, path: Path, *, quick: bool,
                    outcome: str = "nothing was restored") -> None:
    rows = connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        problems = [line for (text,) in rows for line in str(text).splitlines()]
        raise BackupRefused(f"{path} fails SQLite's integrity check ({len(problems)} problems, the first: "
                            f"{problems[0]}): {outcome}")


@dataclass(frozen=True, slots=True)
class _Current:
    """The database a restore would replace."""

    revision: str | None
    data_version: int
    damaged: bool


def _current(path: Path) -> _Current | None:
    """What is at `path` now: None when there is no file."""
    if not path.is_file():
        return None
    try:
        connection = _connect(path, create=False)
        try:
            snapshot = _snapshot(connection, path)
            intact = connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return _Current(None, 0, damaged=True)
    return _Current(snapshot.revision, snapshot.data_version, damaged=not intact)


def _current_revision(path: Path) -> str | None:
    current = _current(path)
    return current.revision if current is not None else None


def _set_aside(target: Path) -> Path:
    """Move a damaged database (and its -wal and -shm) out of the way, whole, as it was."""
    kept = target.with_name(f"{target.name}.damaged-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm", ""):
        found = target.with_name(target.name + suffix)
        if found.exists():
            os.replace(found, kept.with_name(kept.name + suffix))
    return kept


def _keep_current(target: Path) -> Path:
    kept = target.with_name(f"{target.name}.before-restore-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S}")
    backup_sqlite(target, kept)
    return kept


def _copy_into(backup: Path, target: Path) -> None:
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    destination = _connect(target, create=True)
    try:
        source.backup(destination)  # one step: the destination changes at once, under its own lock
    except sqlite3.Error as error:
        raise BackupRefused(f"could not restore into {target} ({error}): it is unchanged") from error
    finally:
        destination.close()
        source.close()


def _set_data_version(target: Path, version: int) -> None:
    """A restore changes the data: a new data version makes every process's caches rebuild."""
    connection = _connect(target, create=False)
    try:
        connection.execute("INSERT INTO meta (key, value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = CURRENT_TIMESTAMP",
                           (DATA_VERSION_KEY, str(version)))
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
