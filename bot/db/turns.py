"""Whose turn it is to write: one schema upgrade or one import at a time across every process sharing a database."""

from __future__ import annotations

import asyncio
import sys
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import text
from sqlalchemy.engine.url import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.errors import RacebotError
from bot.i18n import N_

# How long a second import (or a process opening a new database) waits for the one writing before it gives up.
WRITE_WAIT_SECONDS = 600.0
POLL_SECONDS = 0.1  # how often a waiting process tries again
# Said while waiting (translated where it is shown: the terminal in English, Discord in the user's language).
IMPORT_WAIT = N_("waiting for another import to finish")

Announce = Callable[[str], Awaitable[None]]


class WriteTurnTimeout(RacebotError):
    """Another process kept the database's write turn longer than the wait allows."""

    MESSAGE = N_("another import kept the database busy for {seconds} seconds; nothing was changed. Try again when "
                 "it has finished.")

    def __init__(self, waited: float) -> None:
        super().__init__(self.MESSAGE.format(seconds=f"{waited:.0f}"))
        self.waited = waited


class WriteTurn:
    """One writer at a time for a database: a lock file next to an SQLite file, an advisory lock on PostgreSQL.
    Waiting never blocks the event loop: the lock is tried again every POLL_SECONDS."""

    def __init__(self, url: str, engine: AsyncEngine, schema: str | None = None,
                 wait_seconds: float = WRITE_WAIT_SECONDS) -> None:
        parsed = make_url(url)
        self.engine = engine
        self.wait_seconds = wait_seconds
        self.path: Path | None = None
        self.key: int | None = None
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                database = Path(parsed.database).expanduser()
                self.path = database.with_name(database.name + ".lock")
        else:  # one key per schema: bots in different schemas of one database never wait for each other
            self.key = zlib.crc32(f"racebot write turn {schema or ''}".encode())

    @asynccontextmanager
    async def __call__(self, announce: Announce | None = None, what: str = IMPORT_WAIT) -> AsyncIterator[None]:
        """Hold the turn for the block; `announce(what)` once if someone else has it now."""
        if self.path is not None:
            async with self._file_turn(self.path, announce, what):
                yield
        elif self.key is not None:
            async with self._advisory_turn(self.key, announce, what):
                yield
        else:  # an in-memory database lives in one process
            yield

    async def _wait(self, try_once: Callable[[], Awaitable[bool]], announce: Announce | None, what: str) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        announced = False
        while not await try_once():
            if not announced:
                announced = True
                if announce is not None:
                    await announce(what)
            if loop.time() - started >= self.wait_seconds:
                raise WriteTurnTimeout(loop.time() - started)
            await asyncio.sleep(POLL_SECONDS)

    @asynccontextmanager
    async def _file_turn(self, path: Path, announce: Announce | None, what: str) -> AsyncIterator[None]:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
        try:
            async def try_once() -> bool:
                return _try_lock(handle)

            await self._wait(try_once, announce, what)
            try:
                yield
            finally:
                _unlock(handle)
        finally:
            handle.close()

    @asynccontextmanager
    async def _advisory_turn(self, key: int, announce: Announce | None, what: str) -> AsyncIterator[None]:
        async with self.engine.connect() as connection:
            async def try_once() -> bool:
                return bool(await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))

            await self._wait(try_once, announce, what)
            try:
                yield
            finally:
                await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                await connection.commit()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        # flock locks belong to the open file, so two turns in one process exclude each other too.
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

