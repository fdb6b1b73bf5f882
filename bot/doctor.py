"""`racebot doctor`: every check in order, one line each with OK or the fix; exit 0 only when none fails.

The settings, the token's shape and the database are checked without the network; with a well-formed DISCORD_TOKEN
(and without --offline) Discord is asked about the application and the subscribed channels."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping

from bot.diagnosis import CheckResult, check_database, check_settings, check_token_shape, subscribed_channels
from bot.formats import show_controls

EXIT_OK, EXIT_FAILED = 0, 1


async def diagnose(*, offline: bool = False, environ: Mapping[str, str] | None = None) -> list[CheckResult]:
    """Every check's result, in the order they are printed."""
    settings_result, settings = check_settings(environ)
    if settings is None:
        return [settings_result, CheckResult.skip("database", "fix the settings first")]
    results = [settings_result, *await check_database(settings)]
    database_read = all(r.verdict == "ok" for r in results if r.name in ("database", "schema", "migrations"))
    token = check_token_shape(settings.discord_token)
    results.append(token)
    if offline:
        results.append(CheckResult.skip("Discord", "not asked (--offline)"))
    elif token.verdict != "ok" or settings.discord_token is None:
        results.append(CheckResult.skip("Discord", "not asked without a well-formed DISCORD_TOKEN"))
    else:
        from bot.discord_checks import discord_checks  # discord.py: only when Discord is asked

        channels = await subscribed_channels(settings) if database_read else []
        results.extend(await discord_checks(settings.discord_token, channels, shard_count=settings.shard_count))
        if not database_read:
            results.append(CheckResult.skip("channels", "the subscriptions cannot be read from the database"))
    return results


def run_doctor(*, offline: bool = False) -> int:
    """Print every check's line and a summary; the exit status."""
    results = asyncio.run(diagnose(offline=offline))
    for result in results:
        print(show_controls(result.line()))  # names from Discord are shown, never obeyed by the terminal
    failed = sum(result.verdict == "fail" for result in results)
    if failed:
        print(f"{failed} check{'s' if failed != 1 else ''} failed: fix {'them' if failed != 1 else 'it'} as said "
              "above, then run racebot doctor again", file=sys.stderr)
        return EXIT_FAILED
    print(f"all {sum(result.verdict == 'ok' for result in results)} checks passed")
    return EXIT_OK
