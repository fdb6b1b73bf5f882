"""The async engine and session factory, schema creation and the first-use load of bundled data.

SQLite is shared safely by several processes (the bot, `racebot ask`, `racebot import`): every connection uses WAL, so
readers never wait for a writer, and a busy timeout, so a short write waits for another instead of failing; schema
upgrades and imports take the database's write turn (bot.db.turns), one at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from bot.changes import ChangeAuthor, changes_by, record_change_authors
from bot.db import migrate
from bot.db.models import Meta
from bot.db.queries import FastReads, ReadPlan, T
from bot.db.turns import Announce, WriteTurn

log = logging.getLogger(__name__)

BUNDLED_DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "races"
BUNDLED_KEY = "bundled_data_loaded"
SQLITE_BUSY_SECONDS = 30  # how long one SQLite write waits for another's commit before "database is locked"
SETUP_WAIT = "waiting for another process to set up the database"
DATA_VERSION_KEY = "data_version"


class Database:
    """One engine and session factory for the process; open() before use, close() at the end."""

    def __init__(self, url: str, *, echo: bool = False, schema: str | None = None) -> None:
        self.url = url
        self.schema = schema
        self.engine: AsyncEngine = _make_engine(url, echo=echo, schema=schema)
        sync_sessions: sessionmaker[Session] = sessionmaker()
        record_change_authors(sync_sessions)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, sync_session_class=sync_sessions)
        self._read_engine = _make_read_engine(url)
        self.write_turn = WriteTurn(url, self.engine, schema)

    @property
    def fast_reads(self) -> FastReads | None:
        """For SQLite, a quicker way to read: a whole read plan in one hop to a worker thread, on a plain pysqlite
        connection (aiosqlite takes several hops a query). None where the async driver is quick itself."""
        return self._run_reads if self._read_engine is not None else None

    async def _run_reads(self, plan: ReadPlan[T]) -> T:
        return await asyncio.to_thread(self._run_reads_now, plan)

    def _run_reads_now(self, plan: ReadPlan[T]) -> T:
        assert self._read_engine is not None
        with self._read_engine.connect() as connection:
            return plan(lambda statement, params: connection.execute(statement, params).all())

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    async def open(self, *, load_bundled: bool = True, announce: Announce | None = None) -> None:
        """Upgrade the schema to the current version (creating it in a new database), and load the bundled races
        into a fresh database. Processes opening a new database at once take turns: the first sets it up, the others
        wait and find it done. A database already set up is opened without waiting, even while an import writes."""
        if not await self._needs_setup(load_bundled):
            return
        async with self.write_turn(announce, SETUP_WAIT):
            await self.upgrade()
            if load_bundled:
                await self.load_bundled_data()

    async def _needs_setup(self, load_bundled: bool) -> bool:
        if await self.schema_revision() != migrate.HEAD_REVISION:
            return True
        return load_bundled and not await self.get_meta(BUNDLED_KEY)

    async def upgrade(self, revision: str = "head") -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(migrate.upgrade, revision)

    async def schema_revision(self) -> str | None:
        async with self.engine.connect() as conn:
            return await conn.run_sync(migrate.current_revision)

    async def refresh_statistics(self, tables: Sequence[str]) -> None:
        """After a large import: PostgreSQL plans queries by table statistics that only ANALYZE refreshes, and
        autovacuum may be off or come much later; until then questions about the new rows scan whole tables.
        (SQLite plans well without statistics, and gathering them would read every row.)"""
        if self.is_sqlite:
            return
        async with self.engine.begin() as connection:
            await connection.execute(text(f"ANALYZE {', '.join(tables)}"))

    async def close(self) -> None:
        await self.engine.dispose()
        if self._read_engine is not None:
            self._read_engine.dispose()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def get_meta(self, key: str) -> str | None:
        async with self.sessions() as session:
            return await session.scalar(select(Meta.value).where(Meta.key == key))

    async def data_version(self) -> int:
        """A number that grows whenever imported data changes; caches key on it."""
        return int(await self.get_meta(DATA_VERSION_KEY) or 0)

    async def load_bundled_data(self) -> None:
        """Import every file of data/races once, the first time a database is used."""
        if await self.get_meta(BUNDLED_KEY):
            return
        from bot.importers import import_paths  # the importers build on this module

        files = bundled_files()
        log.info("Loading bundled data into a new database: %s", ", ".join(f.name for f in files))
        with changes_by(ChangeAuthor("bundled")):
            await import_paths(self, files)
        async with self.sessions.begin() as session:
            await set_meta(session, BUNDLED_KEY, "1")


def bundled_files() -> list[Path]:
    """The bundled race files, in a stable order (bundles before CSVs)."""
    files = [p for p in BUNDLED_DATA_DIR.iterdir() if p.suffix in (".yaml", ".yml", ".json", ".csv")]
    return sorted(files, key=lambda p: (p.suffix == ".csv", p.name))


async def set_meta(session: AsyncSession, key: str, value: str) -> None:
    row = await session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


async def bump_data_version(session: AsyncSession) -> int:
    row = await session.get(Meta, DATA_VERSION_KEY)
    version = int(row.value) + 1 if row else 1
    await set_meta(session, DATA_VERSION_KEY, str(version))
    return version


def _make_engine(url: str, *, echo: bool, schema: str | None = None) -> AsyncEngine:
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_SECONDS}
    else:
        kwargs["pool_pre_ping"] = True
        if schema:  # several Racebots (or test runs) may share one PostgreSQL database, each in its own schema
            kwargs["connect_args"] = {"server_settings": {"search_path": schema}}
    engine = create_async_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _make_read_engine(url: str) -> Engine | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    engine = create_engine(parsed.set(drivername="sqlite+pysqlite"), connect_args={"timeout": SQLITE_BUSY_SECONDS})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")  # before WAL: switching to it may wait
    cursor.execute("PRAGMA journal_mode=WAL")  # kept in the file; readers see the last commit while a writer writes
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
