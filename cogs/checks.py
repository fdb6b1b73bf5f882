"""Who may use a command, each rule written once: the shared data is the operator's, server settings the admins'."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from bot.client import Refused
from bot.db.change_log import ChangeAuthor
from bot.i18n import ENGLISH, Messages

if TYPE_CHECKING:
    from bot.client import RacebotMixin

T = TypeVar("T")


class NotDataEditor(Refused):
    """The user is neither the bot's owner nor in DATA_EDITORS; the message says who can, and whether the command
    would have changed the shared data or only listed what the operator keeps of it."""

    def __init__(self, command: str, editors: list[int], *, lists: bool = False) -> None:
        self.command, self.editors, self.lists = command, editors, lists
        super().__init__(self.message(ENGLISH))

    def message(self, m: Messages) -> str:
        """The refusal in the user's language, naming the editors (mentions: the reply pings nobody)."""
        who = ", ".join(f"<@{user_id}>" for user_id in self.editors) or m.gettext("the bot's owner")
        if self.lists:
            text = m.gettext("/{command} only lists what Racebot's operator keeps of the data every server shares "
                             "(it changes nothing), and only the operator can use it: {who}. Ask one of them.")
        else:
            text = m.gettext("/{command} changes data every server shares, so only Racebot's operator can use it: "
                             "{who}. Ask one of them; nothing was changed.")
        return text.format(command=self.command, who=who)


async def data_editors(bot: RacebotMixin) -> list[int]:
    """The bot's owner (or its team's members) and the DATA_EDITORS, owners first."""
    if not (bot.owner_id or bot.owner_ids):  # type: ignore[attr-defined]
        await bot.is_owner(bot.user)  # type: ignore[attr-defined]  (fetches the owners from the application)
    owners = [bot.owner_id] if bot.owner_id else sorted(bot.owner_ids)  # type: ignore[attr-defined]
    return list(dict.fromkeys([*owners, *bot.settings.data_editors]))


async def is_data_editor(interaction: discord.Interaction, *, lists: bool = False) -> bool:
    """Whether the user may use a data editors' command; NotDataEditor (saying who may) when not."""
    bot: Any = interaction.client
    if interaction.user.id in bot.settings.data_editors or await bot.is_owner(interaction.user):
        return True
    command = interaction.command.qualified_name if interaction.command else "this command"
    raise NotDataEditor(command, await data_editors(bot), lists=lists)


async def _lists_for_data_editor(interaction: discord.Interaction) -> bool:
    return await is_data_editor(interaction, lists=True)


def data_editors_only(*, lists: bool = False) -> Callable[[T], T]:
    """Only the bot's owner (the application's owner or its team) and the users in DATA_EDITORS, in any server;
    `lists` for a command that only lists (the refusal says it changes nothing). Discord cannot hide a subcommand
    by permission, so the group's default permission decides who sees it; this check decides who may use it."""
    return app_commands.check(_lists_for_data_editor if lists else is_data_editor)


def editor(interaction: discord.Interaction) -> ChangeAuthor:
    """The data editor using a command, as the change log names them: their id, the server's id and name."""
    guild = interaction.guild
    return ChangeAuthor("discord", str(interaction.user.id), interaction.guild_id, guild.name if guild else None)


def server_permissions(**perms: bool) -> Callable[[T], T]:
    """A server setting: Discord shows the command to members with `perms` (on a top-level command; a subcommand
    follows its group), and the bot checks them again in case a server changed that."""
    check = app_commands.checks.has_permissions(**perms)
    default = app_commands.default_permissions(**perms)

    def decorator(func: T) -> T:
        return default(check(func))  # type: ignore[arg-type, return-value]

    return decorator
