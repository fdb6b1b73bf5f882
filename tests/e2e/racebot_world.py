"""The real Racebot (discord.py, every cog, a temporary database) started against a FakeDiscord."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, select

from bot.client import Racebot, create_bot
from bot.config import Settings
from bot.db.database import Database
from bot.importers import import_file
from bot.importers.bundled import BUNDLED_DATA_DIR, load_bundled_races

from .fake_discord import FakeChannel, FakeDiscord, FakeGuild, FakeUser, Perm

TOKEN = "fake-token"
TIMEOUT = 10.0
SEED_FILE = BUNDLED_DATA_DIR / "la-mayor-2022.yaml"


async def build_database(path: Path | None, *, bundled: bool, url: str | None = None,
                         schema: str | None = None) -> None:
    """A database with every bundled file, or with only the seed race bundle, built through the importers."""
    db = Database(url or f"sqlite+aiosqlite:///{path}", schema=schema)
    try:
        await db.open(load_bundled=load_bundled_races if bundled else None)
        if not bundled:
            await import_file(db, str(SEED_FILE))
    finally:
        await db.close()


@dataclass
class World:
    """A server with a channel, an admin (Manage Server), a plain member, the bot's owner (the application's owner, an
    admin here too) and a data editor (in DATA_EDITORS, a plain member here), and the running bot."""

    fake: FakeDiscord
    bot: Racebot
    guild: FakeGuild
    channel: FakeChannel
    admin: FakeUser
    member: FakeUser
    settings: Settings
    owner: FakeUser
    editor: FakeUser

    async def table_rows(self) -> dict[str, list[tuple]]:
        """Every row of every table (on either backend), to prove that something changed nothing."""
        db = Database(self.settings.database_url, schema=self.settings.database_schema)
        try:
            async with db.engine.connect() as conn:
                metadata = MetaData()
                await conn.run_sync(lambda sync: metadata.reflect(sync, schema=self.settings.database_schema))
                return {table.name: sorted((await conn.execute(select(table))).all(), key=repr)
                        for table in metadata.sorted_tables}
        finally:
            await db.close()

    async def command(self, name: str, options: dict[str, Any] | None = None, *, user: FakeUser | None = None,
                      subcommand: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """Run a slash command as the member (or `user`) and return the message that answers it."""
        handle = await self.fake.send_slash_command(self.guild, self.channel, user or self.member, name, options,
                                                    subcommand=subcommand, **kwargs)
        return await handle.wait_for_message(timeout=TIMEOUT)

    async def choices(self, name: str, focused: str, value: str, *, subcommand: str | None = None) -> list[str]:
        handle = await self.fake.send_autocomplete(self.guild, self.channel, self.member, name, focused, value,
                                                   subcommand=subcommand)
        return [c["name"] for c in await handle.autocomplete_choices(timeout=TIMEOUT)]


@contextlib.asynccontextmanager
async def running_bot(settings: Settings, **options: Any) -> AsyncIterator[Racebot]:
    """Start the bot in a task against the patched discord.py; close it (and its database) afterwards."""
    bot = create_bot(settings, guild_ready_timeout=0.1, **options)
    task = asyncio.create_task(bot.start(TOKEN))
    ready = asyncio.create_task(bot.wait_until_ready())
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()
            raise RuntimeError("the bot stopped before it was ready")
        if ready not in done:
            raise TimeoutError("the bot did not become ready")
        yield bot  # type: ignore[misc]
    finally:
        ready.cancel()
        await asyncio.wait_for(bot.close(), TIMEOUT)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@contextlib.asynccontextmanager
async def racebot_world(fake: FakeDiscord, template: Path | Settings, workdir: Path, *,
                        sync: bool = True) -> AsyncIterator[World]:
    """Start the bot on a copy of a template SQLite database (or on the database `template` settings name), and
    sync its commands to a new server."""
    if isinstance(template, Settings):
        settings = template
    else:
        database = workdir / "racebot.sqlite3"
        shutil.copyfile(template, database)
        settings = Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False)
    guild = fake.add_guild("Election Nerds")
    admin = fake.add_member(guild, name="admin", permissions=Perm.MANAGE_GUILD)
    member = fake.add_member(guild, name="member")
    owner = fake.add_member(guild, fake.owner_user, permissions=Perm.MANAGE_GUILD | Perm.MANAGE_CHANNELS)
    editor = fake.add_member(guild, name="editor")
    settings = dataclasses.replace(settings, data_editors=(*settings.data_editors, editor.id))
    async with running_bot(settings) as bot:
        if sync:
            await asyncio.wait_for(bot.sync_commands(guild.id), TIMEOUT)
        yield World(fake, bot, guild, guild.text_channels[0], admin, member, settings, owner, editor)
