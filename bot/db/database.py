"""The async engine and session factory, schema creation, and the first-use load its caller gives (bundled races).

SQLite is shared safely by several processes (the bot, `racebot ask`, `racebot import`): every connection uses WAL, so
readers never wait for a writer, and a busy timeout, so a short write waits for another instead of failing; schema
upgrades and imports take the database's write turn (bot.db.turns), one at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, sessionmaker

from bot.db import migrate
from bot.db.models import Meta
from bot.db.queries import FastReads, ReadPlan, T
from bot.db.turns import Announce, WriteTurn
from bot.db.unavailable import OPEN_ERRORS, DatabaseUnavailable, explain, sql_name

log = logging.getLogger(__name__)

BUNDLED_KEY = "bundled_data_loaded"  # set once the first-use load has run
SQLITE_BUSY_SECONDS = 30  # how long one SQLite write waits for another's commit before "database is locked"
POSTGRES_CONNECT_SECONDS = 10  # a server that does not answer in this time is reported, not waited for (asyncpg: 60)
SETUP_WAIT = "waiting for another process to set up the database"
DATA_VERSION_KEY = "data_version"

# What a new database is filled with once, on first use (bot.importers.bundled.load_bundled_races): the caller
# chooses it, as the importers build on this module.
FirstUseLoad = Callable[["Database"], Awaitable[object]]


class Database:
    """One engine and session factory for the process; open() before use, close() at the end."""

    def __init__(self, url: str, *, echo: bool = False, schema: str | None = None) -> None:
        self.url = url
        self.schema = schema
        try:
            self.engine: AsyncEngine = _make_engine(url, echo=echo, schema=schema)
        except OSError as error:  # the SQLite file's folder cannot be made
            raise DatabaseUnavailable(explain(error, url, schema)) from error
        sync_sessions: sessionmaker[Session] = sessionmaker()
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, sync_session_class=sync_sessions)
        self._read_engine = _make_read_engine(url)
        self._postgres_reads = _make_postgres_read_engine(url, schema)
        self.write_turn = WriteTurn(url, self.engine, schema)

    @property
    def fast_reads(self) -> FastReads | None:
        """A quicker way to read than a session. For SQLite, a whole read plan in one hop to a worker thread, on a
        plain pysqlite connection (aiosqlite takes several hops a query). For PostgreSQL, a read plan on a pooled
        connection in autocommit, with no ping before it: a session costs a ping, BEGIN and ROLLBACK, three round
        trips more than the reads themselves. None for an in-memory SQLite database."""
        if self._read_engine is not None:
            return self._run_reads
        return self._run_postgres_reads if self._postgres_reads is not None else None

    async def _run_reads(self, plan: ReadPlan[T]) -> T:
        return await asyncio.to_thread(self._run_reads_now, plan)

    def _run_reads_now(self, plan: ReadPlan[T]) -> T:
        assert self._read_engine is not None
        with self._read_engine.connect() as connection:
            return plan(lambda statement, params: connection.execute(statement, params).all())

    async def _run_postgres_reads(self, plan: ReadPlan[T]) -> T:
        """A read plan on a read connection. Without the ping, a connection PostgreSQL closed meanwhile (a restart,
        an idle timeout) is found by the plan's first read: the pool drops it, and the plan, which wrote nothing,
        runs once more on a new connection."""
        try:
            return await self._postgres_read(plan)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
            log.info("a PostgreSQL read connection was closed (%s); reading again on a new one", error.orig)
        return await self._postgres_read(plan)

    async def _postgres_read(self, plan: ReadPlan[T]) -> T:
        assert self._postgres_reads is not None
        async with self._postgres_reads.connect() as connection:
            return await connection.run_sync(
                lambda sync: plan(lambda statement, params: sync.execute(statement, params).all()))

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is SQLite (PostgreSQL otherwise)."""
        return self.engine.dialect.name == "sqlite"

    async def open(self, *, load_bundled: FirstUseLoad | None = None, announce: Announce | None = None) -> None:
        """Upgrade the schema to the current version (creating it in a new database, and a missing DATABASE_SCHEMA),
        and run `load_bundled` once on a fresh database. Processes opening a new database at once take turns: the
        first sets it up, the others wait and find it done. A database already set up is opened without waiting, even
        while an import writes. Raises DatabaseUnavailable, whose message says what to fix, when it cannot be used."""
        try:
            if not await self._needs_setup(load_bundled is not None):
                return
            async with self.write_turn(announce, SETUP_WAIT):
                await self.upgrade()
                if load_bundled is not None and not await self.get_meta(BUNDLED_KEY):
                    await load_bundled(self)
                    async with self.sessions.begin() as session:
                        await set_meta(session, BUNDLED_KEY, "1")
        except OPEN_ERRORS as error:
            raise self.unavailable(error) from error

    def unavailable(self, error: BaseException) -> DatabaseUnavailable:
        """The one-line error for a failure to use this database (the whole story goes to the debug log)."""
        log.debug("the database %s could not be used", self.url.split("@")[-1], exc_info=error)
        return DatabaseUnavailable(explain(error, self.url, self.schema))

    async def _needs_setup(self, load_bundled: bool) -> bool:
        revision = await self.schema_revision()
        if revision == migrate.HEAD_REVISION:
            return load_bundled and not await self.get_meta(BUNDLED_KEY)
        if revision is not None and not migrate.is_known(revision):
            raise DatabaseUnavailable(
                f"the database is at schema revision {revision}, newer than this version of Racebot knows "
                f"({migrate.HEAD_REVISION}): install the newer Racebot, or point DATABASE_URL at another database")
        return True

    async def upgrade(self, revision: str = "head") -> None:
        """Migrate the schema to `revision` (the newest by default), creating DATABASE_SCHEMA first if it is missing."""
        try:
            await self._create_schema()
            async with self.engine.begin() as conn:
                await conn.run_sync(migrate.upgrade, revision)
        except OPEN_ERRORS as error:
            raise self.unavailable(error) from error

    async def _create_schema(self) -> None:
        """CREATE SCHEMA for a DATABASE_SCHEMA that does not exist yet (as PostgreSQL reads search_path: lower case)."""
        if self.schema is None or self.is_sqlite:
            return
        name = self.schema.lower()
        async with self.engine.begin() as conn:
            if await conn.scalar(text("SELECT 1 FROM pg_namespace WHERE nspname = :name"), {"name": name}):
                return
            try:
                await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{name}"'))
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) != "42501":
                    raise
                parsed = make_url(self.url)
                user, database = sql_name(parsed.username or ""), sql_name(parsed.database or "")
                raise DatabaseUnavailable(
                    f"the schema {name} (DATABASE_SCHEMA) does not exist and the user {user} may not create it: "
                    f"create it as its owner (CREATE SCHEMA {name} AUTHORIZATION {user}) or grant CREATE ON DATABASE "
                    f"{database} TO {user}") from error
        log.info("created the schema %s (DATABASE_SCHEMA)", name)

    async def schema_revision(self) -> str | None:
        """The schema's current Alembic revision, or None for a database without tables."""
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
        """Close every connection of the engines."""
        await self.engine.dispose()
        if self._read_engine is not None:
            self._read_engine.dispose()
        if self._postgres_reads is not None:
            await self._postgres_reads.dispose()

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session for reads (a transaction is begun by the caller where it writes)."""
        async with self.sessions() as session:
            yield session

    async def get_meta(self, key: str) -> str | None:
        """The stored value of a meta key, or None."""
        async with self.sessions() as session:
            return await session.scalar(select(Meta.value).where(Meta.key == key))

    async def data_version(self) -> int:
        """A number that grows whenever imported data changes; caches key on it."""
        return int(await self.get_meta(DATA_VERSION_KEY) or 0)


async def set_meta(session: AsyncSession, key: str, value: str) -> None:
    """Set a meta key to `value` in the session's transaction."""
    row = await session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


async def bump_data_version(session: AsyncSession) -> int:
    """Raise the data version by one in the session's transaction; returns the new version."""
    row = await session.get(Meta, DATA_VERSION_KEY)
    version = int(row.value) + 1 if row else 1
    await set_meta(session, DATA_VERSION_KEY, str(version))
    return version


def _postgres_connect_args(schema: str | None) -> dict[str, Any]:
    # several Racebots (or test runs) may share one PostgreSQL database, each in its own schema
    settings = {"server_settings": {"search_path": schema}} if schema else {}
    return {"timeout": POSTGRES_CONNECT_SECONDS, **settings}


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
        kwargs["connect_args"] = _postgres_connect_args(schema)
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


def _make_postgres_read_engine(url: str, schema: str | None) -> AsyncEngine | None:
    if make_url(url).get_backend_name() != "postgresql":
        return None
    return create_async_engine(url, isolation_level="AUTOCOMMIT", connect_args=_postgres_connect_args(schema))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")  # before WAL: switching to it may wait
    cursor.execute("PRAGMA journal_mode=WAL")  # kept in the file; readers see the last commit while a writer writes
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
