"""Autocomplete callbacks for name options: the engine ranks (prefixes, then rapidfuzz), these cut to Discord's 25."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.i18n import language_of, messages
from cogs import limits
from cogs.embeds import cut

if TYPE_CHECKING:
    from bot.client import Racebot
    from bot.engine.engine import QuestionEngine

Choices = list[app_commands.Choice[str]]


def engine_of(interaction: discord.Interaction) -> QuestionEngine:
    return cast("Racebot", interaction.client).engine


async def _names(interaction: discord.Interaction, kind: str, current: str, term: str | None = None) -> Choices:
    """Names to pick from; with `term`, a data label shown in the user's language (the value stays the label)."""
    names = await engine_of(interaction).autocomplete(kind, current, limit=limits.AUTOCOMPLETE_CHOICES)
    m = messages(language_of(interaction.locale))
    return [app_commands.Choice(name=cut(m.term(term, n) if term else n, limits.CHOICE_TEXT),
                                value=n[: limits.CHOICE_TEXT])
            for n in names[: limits.AUTOCOMPLETE_CHOICES]]


async def candidates(interaction: discord.Interaction, current: str) -> Choices:
    return await _names(interaction, "candidate", current)


async def endorsers(interaction: discord.Interaction, current: str) -> Choices:
    return await _names(interaction, "endorser", current)


async def subgroups(interaction: discord.Interaction, current: str) -> Choices:
    return await _names(interaction, "subgroup", current, term="subgroup")


async def races(interaction: discord.Interaction, current: str) -> Choices:
    """Race names to pick from; the value sent back is the race's slug."""
    found = await engine_of(interaction).race_choices(current, limit=limits.AUTOCOMPLETE_CHOICES)
    m = messages(language_of(interaction.locale))
    return [app_commands.Choice(name=cut(f"{m.term('race', name)} ({slug})", limits.CHOICE_TEXT),
                                value=slug[: limits.CHOICE_TEXT])
            for name, slug in found[: limits.AUTOCOMPLETE_CHOICES]]
