"""The checks of `racebot doctor` that need no network: settings, the token's shape, the database (reachable,
migrations current, integrity on SQLite) and the subscriptions that stopped posting. Each is one CheckResult: what
was found when it passes, the fix when it fails."""

from __future__ import annotations

import asyncio
import base64
import binascii
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import select, text

from bot.config import Settings, load_settings
from bot.db import migrate
from bot.db.backup import sqlite_path
from bot.db.database import Database
from bot.db.models import Subscription
from bot.db.unavailable import OPEN_ERRORS, DatabaseUnavailable, explain
from bot.errors import ConfigError

Verdict = Literal["ok", "fail", "skip"]
# A bot token: the bot's user id in base64, a timestamp, an HMAC; three parts separated by dots.
TOKEN_SHAPE = re.compile(r"([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{4,})\.([A-Za-z0-9_-]{20,})")
DEVELOPER_PORTAL = "https://discord.com/developers/applications"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: its name, whether it passed (or could not run), and what was found or what to do."""

    name: str
    verdict: Verdict
    detail: str

    @classmethod
    def ok(cls, name: str, detail: str) -> CheckResult:
        """A check that passed, with what it found."""
        return cls(name, "ok", detail)

    @classmethod
    def fail(cls, name: str, fix: str) -> CheckResult:
        """A check that failed, with the fix."""
        return cls(name, "fail", fix)

    @classmethod
    def skip(cls, name: str, why: str) -> CheckResult:
        """A check that could not run, and why."""
        return cls(name, "skip", why)

    def line(self) -> str:
        """`OK    database: …` / `FAIL  migrations: …`: the line the doctor prints."""
        return f"{self.verdict.upper():4}  {self.name}: {self.detail}"


@dataclass(frozen=True, slots=True)
class SubscribedChannel:
    """A channel that active subscriptions post in, for the checks that ask Discord whether it still can."""

    guild_id: int
    channel_id: int
    subscriptions: tuple[int, ...] = field(default=())


def check_settings(environ: Mapping[str, str] | None = None) -> tuple[CheckResult, Settings | None]:
    """Whether the settings (environment and .env) can be read: the settings when they can."""
    try:
        settings = load_settings(environ)
    except ConfigError as error:
        return CheckResult.fail("settings", f"{error} (in the environment or .env; see .env.example)"), None
    return CheckResult.ok("settings", "every setting is valid"), settings


def check_token_shape(token: str | None) -> CheckResult:
    """Whether DISCORD_TOKEN looks like a bot token (no network: Discord is asked later, if at all)."""
    name = "token"
    if not token:
        return CheckResult.fail(name, f"DISCORD_TOKEN is not set: copy the bot's token from the Bot tab of "
                                      f"{DEVELOPER_PORTAL} into .env (racebot run and racebot sync need it)")
    if token[:1] in "\"'" or token[-1:] in "\"'":
        return CheckResult.fail(name, "DISCORD_TOKEN is in quotes that are part of its value: remove them")
    if token.lower().startswith("bot "):
        return CheckResult.fail(name, "DISCORD_TOKEN starts with 'Bot ': give the token alone, without it")
    match = TOKEN_SHAPE.fullmatch(token)
    user_id = _token_user_id(match.group(1)) if match else None
    if user_id is None:
        return CheckResult.fail(name, "DISCORD_TOKEN does not look like a bot token (three parts separated by "
                                      f"dots, the first the bot's id): copy it again from the Bot tab of "
                                      f"{DEVELOPER_PORTAL} (Reset Token); the OAuth2 client secret is not it")
    return CheckResult.ok(name, f"shaped like a bot token, of the bot user {user_id}")


def _token_user_id(part: str) -> int | None:
    try:
        decoded = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return int(decoded) if decoded.isdigit() else None


async def check_database(settings: Settings) -> list[CheckResult]:
    """The database: reachable, its schema revision this version's, intact (SQLite); never creates or changes it."""
    path = sqlite_path(settings.database_url)
    if path is not None and not path.is_file():
        return [CheckResult.fail("database", f"there is no database at {path} yet: `racebot db upgrade` creates it "
                                             "(the bot does on its first start)")]
    try:
        db = Database(settings.database_url, schema=settings.database_schema)
    except DatabaseUnavailable as error:
        return [CheckResult.fail("database", str(error))]
    try:
        try:
            revision = await db.schema_revision()
            missing_schema = await _missing_schema(db)
        except OPEN_ERRORS as error:
            failed = [CheckResult.fail("database", explain(error, db.url, db.schema)),
                      CheckResult.skip("migrations", "the database cannot be read")]
            if path is not None:  # a damaged file: the integrity check says so, and names the restore
                failed.append(await asyncio.to_thread(_check_integrity, path))
            return failed
        where = str(path) if path is not None else _postgres_place(db)
        results = [CheckResult.ok("database", f"{where} answers")]
        if missing_schema:
            results.append(CheckResult.fail("schema", f"the schema {missing_schema} (DATABASE_SCHEMA) does not exist "
                                                      "yet: `racebot db upgrade` creates it"))
        results.append(_check_revision(revision))
        if path is not None:
            results.append(await asyncio.to_thread(_check_integrity, path))
        if revision == migrate.HEAD_REVISION:  # the subscriptions' table is as this version reads it
            results.extend(await _check_paused(db))
        return results
    finally:
        await db.close()


def _postgres_place(db: Database) -> str:
    url = db.engine.url
    return f"PostgreSQL {url.host}:{url.port or 5432}/{url.database}" + (f", schema {db.schema}" if db.schema else "")


async def _missing_schema(db: Database) -> str | None:
    if db.is_sqlite or db.schema is None:
        return None
    async with db.engine.connect() as conn:
        found = await conn.scalar(text("SELECT 1 FROM pg_namespace WHERE nspname = :name"),
                                  {"name": db.schema.lower()})
    return None if found else db.schema.lower()


def _check_revision(revision: str | None) -> CheckResult:
    name = "migrations"
    head = migrate.HEAD_REVISION
    if revision == head:
        return CheckResult.ok(name, f"the schema is at revision {head}, this version's")
    if revision is None:
        return CheckResult.fail(name, "the database has no tables yet: run `racebot db upgrade` (the bot also does "
                                      "on its first start)")
    if not migrate.is_known(revision):
        return CheckResult.fail(name, f"the schema is at revision {revision}, newer than this version of Racebot "
                                      f"knows ({head}): install the newer Racebot")
    return CheckResult.fail(name, f"the schema is at revision {revision}, this version needs {head}: run `racebot db "
                                  "upgrade` (with several bot processes: before starting the new version's)")


def _check_integrity(path: Path) -> CheckResult:
    name = "integrity"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        rows = [(str(error),)]
    if rows == [("ok",)]:
        return CheckResult.ok(name, "PRAGMA integrity_check: ok")
    first = str(rows[0][0]).splitlines()[0]
    return CheckResult.fail(name, f"the SQLite file {path} is damaged ({first}): stop the bot and restore the "
                                  "latest backup (racebot db restore BACKUP)")


async def _check_paused(db: Database) -> list[CheckResult]:
    """One line per subscription the poster paused after Discord refused its channel."""
    async with db.session() as session:
        paused = (await session.execute(select(Subscription).where(Subscription.paused_reason.is_not(None))
                                        .order_by(Subscription.id))).scalars().all()
    return [CheckResult.fail("subscription", f"#{s.id} (channel {s.channel_id}, server {s.guild_id}) is paused: "
                                             f"{s.paused_reason}. Fix the channel, then /updates subscribe there "
                                             "again to resume (or /updates unsubscribe)")
            for s in paused]


async def subscribed_channels(settings: Settings) -> list[SubscribedChannel]:
    """The channels that active (not paused) subscriptions post in, on every shard: the doctor checks the whole bot."""
    db = Database(settings.database_url, schema=settings.database_schema)
    try:
        async with db.session() as session:
            rows = (await session.execute(select(Subscription.guild_id, Subscription.channel_id, Subscription.id)
                                          .where(Subscription.paused_reason.is_(None))
                                          .order_by(Subscription.channel_id, Subscription.id))).all()
    finally:
        await db.close()
    channels: dict[tuple[int, int], list[int]] = {}
    for row in rows:
        channels.setdefault((row.guild_id, row.channel_id), []).append(row.id)
    return [SubscribedChannel(guild, channel, tuple(ids)) for (guild, channel), ids in channels.items()]
