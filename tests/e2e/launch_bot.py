"""Run a bot entry point in a subprocess against a FakeDiscord.

Usage (from a test)::

    env = {**os.environ, **fake.subprocess_env(), "DISCORD_TOKEN": "fake-token"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(LAUNCH_BOT), "bot.cli:main", "run", "--some-flag", env=env
    )

The launcher reads ``FAKE_DISCORD_API`` (REST base, e.g. ``http://127.0.0.1:PORT/api/v10``)
and ``FAKE_DISCORD_GATEWAY`` (e.g. ``ws://127.0.0.1:PORT/gateway``), sets
``discord.http.Route.BASE`` and ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``, then
calls ``module:function`` with ``sys.argv`` set to ``[module, *remaining args]``.  If the
callable returns a coroutine it is run with ``asyncio.run``; an int return value becomes
the exit code.  The product code needs no hooks for this.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import sys
from pathlib import Path


def _patch_discord() -> None:
    import discord.gateway
    import discord.http
    import yarl

    api = os.environ.get("FAKE_DISCORD_API")
    gateway = os.environ.get("FAKE_DISCORD_GATEWAY")
    if not api or not gateway:
        raise SystemExit("launch_bot.py: FAKE_DISCORD_API and FAKE_DISCORD_GATEWAY must be set")
    discord.http.Route.BASE = api.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


def main(argv: list[str] | None = None) -> int:
    """Patch discord.py from the environment and run ``module:function`` with the remaining args."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or ":" not in args[0]:
        print("usage: launch_bot.py module:function [args...]", file=sys.stderr)
        return 2
    repo_root = str(Path(__file__).resolve().parents[2])
    if repo_root not in sys.path:
        sys.path.insert(0, repo_root)
    _patch_discord()
    module_name, _, func_name = args[0].partition(":")
    func = getattr(importlib.import_module(module_name), func_name)
    sys.argv = [module_name, *args[1:]]
    result = func()
    if inspect.iscoroutine(result):
        result = asyncio.run(result)
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
