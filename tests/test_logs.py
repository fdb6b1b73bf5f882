"""LOG_FORMAT=json: one JSON object a line with time, level, logger, message, and shard, guild and channel ids where
known; the default stays text."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import configure_logging, load_settings
from bot.logs import JsonFormatter, install_json_logging, log_context

ROOT = Path(__file__).resolve().parents[1]
GUILD = (1579333410890055686 >> 22 << 22) | 5  # any snowflake: its shard of 4 is computed below


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """The root logger's handlers (pytest's capture) and level, put back after a test replaces them."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def record(message: str = "hello %s", *args: object, level: int = logging.INFO, **extra: object) -> logging.LogRecord:
    made = logging.LogRecord("bot.test", level, __file__, 1, message, args or ("world",), None)
    made.__dict__.update(extra)
    return made


def test_a_line_is_one_object_with_time_level_logger_and_message() -> None:
    line = JsonFormatter().format(record())
    entry = json.loads(line)
    assert set(entry) == {"time", "level", "logger", "message"}  # no server, channel or shard known
    assert (entry["level"], entry["logger"], entry["message"]) == ("INFO", "bot.test", "hello world")
    assert dt.datetime.fromisoformat(entry["time"]).tzinfo == dt.UTC


def test_ids_come_from_the_record_or_the_task_that_logs_and_the_shard_from_the_server() -> None:
    formatter = JsonFormatter(shard_count=4, shard_ids=(0, 1, 2, 3))
    given = json.loads(formatter.format(record(guild_id=GUILD, channel_id=42)))
    assert given["guild_id"] == str(GUILD) and given["channel_id"] == "42"  # strings: exact in any reader
    assert given["shard"] == (GUILD >> 22) % 4

    async def task() -> dict:
        log_context(guild_id=GUILD, channel_id=7)
        return json.loads(formatter.format(record()))

    async def other_task() -> dict:
        return json.loads(formatter.format(record()))

    async def both() -> tuple[dict, dict]:
        return await asyncio.create_task(task()), await asyncio.create_task(other_task())

    in_task, elsewhere = asyncio.run(both())
    assert (in_task["guild_id"], in_task["channel_id"], in_task["shard"]) == (str(GUILD), "7", (GUILD >> 22) % 4)
    assert "guild_id" not in elsewhere and "shard" not in elsewhere  # the context stays in its task
    assert json.loads(formatter.format(record(shard_id=2)))["shard"] == 2
    assert json.loads(JsonFormatter(shard_count=4, shard_ids=(3,)).format(record()))["shard"] == 3


def test_a_traceback_stays_within_its_line() -> None:
    try:
        raise ValueError("database on fire")
    except ValueError:
        made = logging.LogRecord("bot.test", logging.ERROR, __file__, 1, "it failed", (), sys.exc_info())
    line = JsonFormatter().format(made)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "it failed"
    assert entry["exception"].startswith("Traceback") and "ValueError: database on fire" in entry["exception"]


def test_log_format_json_makes_the_root_logger_write_json_lines(root_handlers: None) -> None:
    stream = io.StringIO()
    install_json_logging(logging.INFO, stream=stream)
    logging.getLogger("discord.gateway").info("Shard ID %s has connected", 0)
    logging.getLogger("bot.client").debug("not at INFO")
    (line,) = stream.getvalue().splitlines()
    assert json.loads(line)["logger"] == "discord.gateway"
    assert json.loads(line)["message"] == "Shard ID 0 has connected"


def test_the_settings_choose_the_format_and_text_stays_the_default(root_handlers: None) -> None:
    assert load_settings({}).log_format == "text"
    settings = load_settings({"LOG_FORMAT": "JSON", "SHARD_COUNT": "2", "SHARD_IDS": "1"})
    configure_logging(settings)
    (handler,) = logging.getLogger().handlers
    assert isinstance(handler.formatter, JsonFormatter) and handler.formatter.own_shard == 1


def test_racebot_with_log_format_json_writes_only_json_lines(tmp_path: Path) -> None:
    """A command's log through the real entry point: a feed whose file is missing logs a warning, as one object."""
    missing = tmp_path / "missing.csv"
    env = {"PATH": "/usr/bin:/bin", "LOG_FORMAT": "json", "RACEBOT_LOAD_BUNDLED": "0", "FEEDS": str(missing),
           "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'racebot.sqlite3'}"}
    done = subprocess.run([sys.executable, "-m", "bot", "feeds", "refresh"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "failed: cannot read" in done.stdout  # what the command prints stays text
    (line,) = [json.loads(line) for line in done.stderr.splitlines()]
    assert (line["level"], line["logger"]) == ("WARNING", "bot.updates.feeds")
    assert line["message"].startswith(f"feed {missing} failed (1 in a row)")
