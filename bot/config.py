"""Settings from the environment and a .env file, as one frozen dataclass."""

from __future__ import annotations

import ipaddress
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv
from platformdirs import user_data_dir

from bot.errors import ConfigError
from bot.logs import install_json_logging

LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}", re.ASCII)  # a PostgreSQL identifier that needs no quotes
LOG_FORMATS = ("text", "json")


@dataclass(frozen=True, slots=True)
class Settings:
    """Racebot's settings, read once from the environment and .env (see load_settings)."""

    database_url: str
    discord_token: str | None = None
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    load_bundled_data: bool = True
    database_schema: str | None = None
    feeds: tuple[str, ...] = ()
    update_interval_seconds: float = 30.0
    feed_refresh_seconds: float = 300.0
    live_edit_seconds: float = 60.0  # a live results message is edited at most this often
    feeds_allow_private: bool = False  # feeds may reach loopback, private and link-local addresses
    data_editors: tuple[int, ...] = ()  # user ids who may change the shared data, besides the bot's owner
    log_format: str = "text"  # "json": one JSON object a line, for log collectors
    metrics_port: int | None = None  # serve /healthz and /metrics on this port (`racebot run` only)
    metrics_host: str = "127.0.0.1"


def default_database_url() -> str:
    """An SQLite file in the per-user data directory, so a new user needs no server."""
    folder = Path(user_data_dir("racebot", appauthor=False))
    return f"sqlite+aiosqlite:///{folder / 'racebot.sqlite3'}"


def load_settings(environ: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
    """Read the settings; raise ConfigError naming the variable when one is invalid."""
    if environ is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
        environ = os.environ
    url = environ.get("DATABASE_URL", "").strip() or default_database_url()
    if url.startswith("sqlite:///"):
        url = "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    elif url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+asyncpg://" + url.split("://", 1)[1]
    if not url.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise ConfigError(
            "DATABASE_URL must start with sqlite+aiosqlite:/// or postgresql+asyncpg:// "
            f"(got {url.split('://', 1)[0]!r})"
        )
    level = environ.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} (got {level!r})")
    token = environ.get("DISCORD_TOKEN", "").strip() or None
    shard_count = _optional_int(environ, "SHARD_COUNT", minimum=1)
    shard_ids = _shard_ids(environ.get("SHARD_IDS", ""), shard_count)
    load_bundled = environ.get("RACEBOT_LOAD_BUNDLED", "1").strip().lower() not in ("0", "false", "no")
    schema = environ.get("DATABASE_SCHEMA", "").strip() or None
    if schema and not SCHEMA_NAME.fullmatch(schema):
        raise ConfigError("DATABASE_SCHEMA must be a letter or underscore, then letters, digits and underscores, at "
                          f"most 63 in all (got {schema!r})")
    if schema and schema.lower().startswith("pg_"):
        raise ConfigError(f"DATABASE_SCHEMA may not start with pg_, which PostgreSQL keeps for itself (got {schema!r})")
    feeds = _feeds(environ.get("FEEDS", ""))
    interval = _positive_float(environ, "UPDATE_INTERVAL_SECONDS", 30.0)
    feed_refresh = _positive_float(environ, "FEED_REFRESH_SECONDS", 300.0)
    live_edit = _positive_float(environ, "LIVE_EDIT_SECONDS", 60.0)
    feeds_allow_private = _flag(environ, "FEEDS_ALLOW_PRIVATE", default=False)
    data_editors = _user_ids(environ.get("DATA_EDITORS", ""), "DATA_EDITORS")
    log_format = environ.get("LOG_FORMAT", "").strip().lower() or "text"
    if log_format not in LOG_FORMATS:
        raise ConfigError(f"LOG_FORMAT must be text or json (got {log_format!r})")
    metrics_port, metrics_host = _metrics_address(environ)
    return Settings(
        database_url=url,
        discord_token=token,
        log_level=level,
        shard_count=shard_count,
        shard_ids=shard_ids,
        load_bundled_data=load_bundled,
        database_schema=schema,
        feeds=feeds,
        update_interval_seconds=interval,
        feed_refresh_seconds=feed_refresh,
        live_edit_seconds=live_edit,
        feeds_allow_private=feeds_allow_private,
        data_editors=data_editors,
        log_format=log_format,
        metrics_port=metrics_port,
        metrics_host=metrics_host,
    )


def configure_logging(settings: Settings, *, quiet: bool = False) -> None:
    """Log at LOG_LEVEL, as text or (LOG_FORMAT=json) one JSON object a line; `quiet` (the commands that print
    answers) shows only warnings unless LOG_LEVEL=DEBUG."""
    level = getattr(logging, settings.log_level)
    if quiet and level > logging.DEBUG:
        level = max(level, logging.WARNING)
    if settings.log_format == "json":
        install_json_logging(level, shard_count=settings.shard_count, shard_ids=settings.shard_ids)
    else:
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # Alembic says at INFO what it does on every start ("Context impl SQLiteImpl."): only worth showing when debugging.
    logging.getLogger("alembic").setLevel(level if level <= logging.DEBUG else max(level, logging.WARNING))


def _metrics_address(environ: Mapping[str, str]) -> tuple[int | None, str]:
    """METRICS_PORT (1-65535) and METRICS_HOST (an IP address or host name; 127.0.0.1 unless set)."""
    raw_port = environ.get("METRICS_PORT", "").strip()
    host = environ.get("METRICS_HOST", "").strip()
    if not raw_port:
        if host:
            raise ConfigError("METRICS_HOST needs METRICS_PORT to be set too")
        return None, "127.0.0.1"
    if not raw_port.isdigit() or not 1 <= int(raw_port) <= 65535:
        raise ConfigError(f"METRICS_PORT must be a port number from 1 to 65535 (got {raw_port!r})")
    if host and not _is_host(host):
        raise ConfigError(f"METRICS_HOST must be an IP address or a host name, such as 0.0.0.0 (got {host!r})")
    return int(raw_port), host or "127.0.0.1"


def _is_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        labels = host.removesuffix(".").split(".")
        return len(host) <= 253 and all(re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?", label)
                                        for label in labels)


def _optional_int(environ: Mapping[str, str], name: str, *, minimum: int) -> int | None:
    raw = environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r})") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum} (got {value})")
    return value


def _shard_ids(raw: str, shard_count: int | None) -> tuple[int, ...] | None:
    raw = raw.strip()
    if not raw:
        return None
    if shard_count is None:
        raise ConfigError("SHARD_IDS needs SHARD_COUNT to be set too")
    try:
        ids = tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
    except ValueError:
        raise ConfigError(f"SHARD_IDS must be comma-separated whole numbers (got {raw!r})") from None
    bad = [i for i in ids if not 0 <= i < shard_count]
    if bad or not ids:
        raise ConfigError(f"SHARD_IDS must be between 0 and SHARD_COUNT-1 ({shard_count - 1}) (got {raw!r})")
    return ids


def _flag(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be 1 or 0 (got {raw!r})")


def _positive_float(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds (got {raw!r})") from None
    if not value > 0 or value == float("inf"):
        raise ConfigError(f"{name} must be more than 0 seconds (got {raw!r})")
    return value


def _user_ids(raw: str, name: str) -> tuple[int, ...]:
    """Comma-separated Discord user ids (snowflakes)."""
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if not all(part.isdigit() and 0 < int(part) < 2**64 for part in parts):
        raise ConfigError(f"{name} must be comma-separated Discord user ids (got {raw.strip()!r})")
    return tuple(dict.fromkeys(int(part) for part in parts))


def _feeds(raw: str) -> tuple[str, ...]:
    """FEEDS: comma-separated paths or http(s) URLs of 538 polls CSVs or race bundles."""
    from bot.feed_locations import feed_problem

    feeds = tuple(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
    for feed in feeds:
        if feed_problem(feed):
            raise ConfigError(f"FEEDS: each entry must be a path or http(s) URL ending in .csv, .yaml, .yml, .json "
                              f"or .xml (got {feed!r})")
    return feeds
