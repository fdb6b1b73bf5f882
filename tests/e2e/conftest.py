"""Pytest fixtures for end-to-end tests against :class:`tests.e2e.fake_discord.FakeDiscord`.

``fake_discord`` starts a fresh fake on 127.0.0.1 (ephemeral port), points discord.py in
this process at it (``discord.http.Route.BASE`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``), yields it and afterwards stops it
and restores both class attributes.  For a bot in a subprocess use
``fake_discord.subprocess_env()`` with ``tests/e2e/launch_bot.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from .fake_discord import FakeDiscord


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A running FakeDiscord with discord.py patched to use it."""
    async with FakeDiscord() as fake:
        with fake.patch_discord():
            yield fake
