"""Log lines as JSON objects (LOG_FORMAT=json) for log collectors, with the server, channel and shard a line is about.

The server and channel come from the record's `extra` (`guild_id`, `channel_id`, `shard_id`) or, for every line a
task logs after it called `log_context`, from that call: the Discord side names them once where an interaction, a
message or a post begins. Ids are written as strings, as Discord's API writes them (a snowflake is past the
integers a JavaScript reader keeps exact); the shard is a number: the record's, the server's, or the process's own
when it runs only one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from contextvars import ContextVar
from typing import Any, TextIO

_guild: ContextVar[int | None] = ContextVar("racebot_log_guild", default=None)
_channel: ContextVar[int | None] = ContextVar("racebot_log_channel", default=None)


def log_context(*, guild_id: int | None, channel_id: int | None) -> None:
    """Name the server and channel the current task works for: each line it logs from now on carries them."""
    _guild.set(guild_id)
    _channel.set(channel_id)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, and shard, guild and channel ids
    where known; a traceback goes in `exception`, within the same line."""

    def __init__(self, *, shard_count: int | None = None, shard_ids: tuple[int, ...] | None = None) -> None:
        super().__init__()
        self.shard_count = shard_count
        # The process's shard, for lines about no server: known when it runs exactly one.
        self.own_shard = shard_ids[0] if shard_ids is not None and len(shard_ids) == 1 else None
        if shard_count == 1:
            self.own_shard = 0

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        guild = getattr(record, "guild_id", None) or _guild.get()
        channel = getattr(record, "channel_id", None) or _channel.get()
        shard = self.shard_of(record, guild)
        if shard is not None:
            entry["shard"] = shard
        if guild is not None:
            entry["guild_id"] = str(guild)
        if channel is not None:
            entry["channel_id"] = str(channel)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)

    def shard_of(self, record: logging.LogRecord, guild: int | None) -> int | None:
        """The record's shard: given with the record, the server's (Discord's rule), or this process's only one."""
        given = getattr(record, "shard_id", None)
        if isinstance(given, int):
            return given
        if guild is not None and self.shard_count:
            return (int(guild) >> 22) % self.shard_count
        return self.own_shard


def install_json_logging(level: int, *, shard_count: int | None = None, shard_ids: tuple[int, ...] | None = None,
                         stream: TextIO | None = None) -> logging.Handler:
    """Make the root logger write JSON lines to stderr (or `stream`) at `level`, in place of its handlers."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(shard_count=shard_count, shard_ids=shard_ids))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
