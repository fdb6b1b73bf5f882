"""Pytest fixtures for end-to-end tests against :class:`tests.e2e.fake_discord.FakeDiscord`.

``fake_discord`` starts a fresh fake on 127.0.0.1 (ephemeral port), points discord.py in
this process at it (``discord.http.Route.BASE`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``), yields it and afterwards stops it
and restores both class attributes.  For a bot in a subprocess use
``fake_discord.subprocess_env()`` with ``tests/e2e/launch_bot.py``.

``world`` and ``bundled_world`` run the real Racebot (every cog, a temporary database copied from a
template built once per session) against the fake, with its commands synced to one server.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from tests.conftest import BACKENDS, make_target

from .fake_discord import FakeDiscord
from .racebot_world import World, build_database, racebot_world


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A running FakeDiscord with discord.py patched to use it."""
    async with FakeDiscord() as fake:
        with fake.patch_discord():
            yield fake


# ------------------------------------------------------------------ the real bot against the fake


@pytest.fixture(scope="session")
def seed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database template with only data/races/la-mayor-2022.yaml (its latest poll: Bass 38%, Caruso 32%)."""
    path = tmp_path_factory.mktemp("templates") / "seed.sqlite3"
    asyncio.run(build_database(path, bundled=False))
    return path


@pytest.fixture(scope="session")
def bundled_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database template with every bundled file, as a new installation has it."""
    path = tmp_path_factory.mktemp("templates") / "bundled.sqlite3"
    asyncio.run(build_database(path, bundled=True))
    return path


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each e2e test that takes a world runs on SQLite and on PostgreSQL."""
    return request.param


async def _template(backend: str, sqlite_template: Path, tmp_path: Path, *,
                    bundled: bool) -> AsyncIterator[Path | Settings]:
    """The SQLite template, or a fresh PostgreSQL schema built the same way through the importers."""
    if backend == "sqlite":
        yield sqlite_template
        return
    for target in make_target("postgresql", tmp_path):
        await build_database(None, bundled=bundled, url=target.url, schema=target.schema)
        yield Settings(database_url=target.url, database_schema=target.schema, load_bundled_data=False)


@pytest.fixture
async def world(fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path,
                backend: str) -> AsyncIterator[World]:
    """The bot on a copy of the seed database, commands synced to one server."""
    async for template in _template(backend, seed_database, tmp_path, bundled=False):
        async with racebot_world(fake_discord, template, tmp_path) as world:
            yield world


@pytest.fixture
async def bundled_world(fake_discord: FakeDiscord, bundled_database: Path, tmp_path: Path,
                        backend: str) -> AsyncIterator[World]:
    """The bot on a copy of a database with all the bundled data."""
    async for template in _template(backend, bundled_database, tmp_path, bundled=True):
        async with racebot_world(fake_discord, template, tmp_path) as world:
            yield world
