"""A fake Discord (REST API + gateway websocket) for end-to-end tests of the bot.

The real ``discord.py`` client talks to an aiohttp server started on 127.0.0.1 with an
ephemeral port.  Point the client at it by patching two class attributes (see
:meth:`FakeDiscord.patch_discord` or, for a bot running in another process,
``tests/e2e/launch_bot.py`` with :meth:`FakeDiscord.subprocess_env`)::

    async with FakeDiscord() as fake, fake.patch_discord():
        guild = fake.add_guild("Test Guild")
        channel = guild.text_channels[0]
        admin = fake.add_member(guild, name="admin", permissions=Perm.MANAGE_GUILD)
        task = asyncio.create_task(bot.start("fake-token"))
        await bot.wait_until_ready()
        handle = await fake.send_slash_command(guild, channel, admin, "race", {"state": "CA"})
        reply = await handle.wait_for_message()        # the message the bot answered with
        assert reply["embeds"][0]["title"] == "..."

What is emulated (shapes follow the Discord API v10 JSON documents):

* Gateway: HELLO, IDENTIFY (token, intents, ``shard``), HEARTBEAT/ACK, READY (+ one
  GUILD_CREATE per guild of the shard, ``shard_id = (guild_id >> 22) % shard_count``),
  RESUME/RESUMED with replay of missed events, RECONNECT / INVALID_SESSION / server close
  on demand, an outage (:meth:`FakeDiscord.gateway_outage`: connections closed and refused with
  503 until it ends, then resumed), REQUEST_GUILD_MEMBERS, per-session sequence numbers, intent filtering of
  MESSAGE_CREATE.  Several simultaneous connections (shards, processes) are supported.
* REST: the routes discord.py needs for login, command sync, messages (JSON and multipart),
  interaction callbacks, webhook follow-ups/edits, DMs, guilds, members, reactions.
  Unknown routes are logged, recorded in :attr:`FakeDiscord.unhandled` and answered 404.
* Every request is recorded (:attr:`FakeDiscord.requests`), faults can be injected
  (:meth:`FakeDiscord.fail_route`), and ``wait_for_*`` helpers let tests await results.

Message objects handed to tests are plain dicts in Discord's JSON shape (ids are strings).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import itertools
import json
import logging
import math
import re
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import quote

from aiohttp import WSMsgType, web

__all__ = [
    "DEFAULT_BOT_PERMISSIONS",
    "DEFAULT_EVERYONE_PERMISSIONS",
    "LAUNCH_BOT",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "FaultRule",
    "GatewayConnection",
    "GatewayRecord",
    "GatewaySession",
    "Intent",
    "InteractionHandle",
    "InteractionReply",
    "Perm",
    "RecordedFile",
    "RecordedRequest",
    "patch_discord_py",
    "running_fake",
    "shard_for",
]

log = logging.getLogger(__name__)

JSON = dict[str, Any]
T = TypeVar("T")

DISCORD_EPOCH_MS = 1_420_070_400_000
API_VERSION = 10
FAKE_TOKEN = "fake-token"
LAUNCH_BOT = Path(__file__).with_name("launch_bot.py")
"""Path of the launcher script that points a subprocess bot at the fake (see launch_bot.py)."""


class Perm:
    """Discord permission bits (plain ints; ``discord.Permissions(...).value`` works too)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    ALL = (1 << 53) - 1


class Intent:
    """Gateway intent bits used by the fake to decide what to send to a session."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15


DEFAULT_EVERYONE_PERMISSIONS = (
    Perm.CREATE_INSTANT_INVITE
    | Perm.ADD_REACTIONS
    | Perm.VIEW_CHANNEL
    | Perm.SEND_MESSAGES
    | Perm.EMBED_LINKS
    | Perm.ATTACH_FILES
    | Perm.READ_MESSAGE_HISTORY
    | Perm.USE_EXTERNAL_EMOJIS
    | Perm.USE_APPLICATION_COMMANDS
    | Perm.SEND_MESSAGES_IN_THREADS
)
DEFAULT_BOT_PERMISSIONS = DEFAULT_EVERYONE_PERMISSIONS | Perm.MANAGE_MESSAGES

# Message flags / types / interaction types used below.
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
MSG_DEFAULT = 0
MSG_REPLY = 19
MSG_CHAT_INPUT_COMMAND = 20
ITYPE_COMMAND = 2
ITYPE_COMPONENT = 3
ITYPE_AUTOCOMPLETE = 4
ITYPE_MODAL_SUBMIT = 5

# Interaction callback types.
CB_CHANNEL_MESSAGE = 4
CB_DEFERRED_CHANNEL_MESSAGE = 5
CB_DEFERRED_UPDATE_MESSAGE = 6
CB_UPDATE_MESSAGE = 7
CB_AUTOCOMPLETE_RESULT = 8
CB_MODAL = 9

ReplyKind = Literal["callback", "edit_original", "delete_original", "followup", "edit_followup", "delete_followup"]
ReconnectHow = Literal["reconnect", "close", "invalidate"]


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _perm_value(permissions: Any) -> int:
    """Accept an int or anything with ``.value`` (e.g. ``discord.Permissions``)."""
    return int(getattr(permissions, "value", permissions))


def shard_for(guild_id: int, shard_count: int) -> int:
    """Discord's sharding rule: ``(guild_id >> 22) % shard_count``."""
    return (guild_id >> 22) % max(shard_count, 1)


# --------------------------------------------------------------------------------------
# State objects
# --------------------------------------------------------------------------------------


@dataclass
class FakeUser:
    """A Discord user (also used for the bot user)."""

    id: int
    username: str
    bot: bool = False
    global_name: str | None = None

    @property
    def mention(self) -> str:
        """The ``<@id>`` mention string for this user."""
        return f"<@{self.id}>"

    def to_json(self) -> JSON:
        """The user object as Discord sends it."""
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass
class FakeRole:
    """A guild role; the ``@everyone`` role has the guild's id."""

    id: int
    name: str
    permissions: int = 0
    position: int = 0
    managed: bool = False
    bot_id: int | None = None

    def to_json(self) -> JSON:
        """The role object as Discord sends it."""
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass
class FakeMember:
    """A user's membership in a guild."""

    user: FakeUser
    guild_id: int
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=_now_iso)

    def to_json(self, *, include_user: bool = True) -> JSON:
        """The guild member object as Discord sends it."""
        data: JSON = {
            "nick": self.nick,
            "avatar": None,
            "roles": [str(r) for r in self.role_ids],
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if include_user:
            data["user"] = self.user.to_json()
        return data


@dataclass
class FakeChannel:
    """A channel: guild text channel (type 0), DM (type 1), category (4), ..."""

    id: int
    name: str
    type: int = 0
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    recipients: list[FakeUser] = field(default_factory=list)
    last_message_id: int | None = None
    # Permission overwrites, as Discord sends them: {"id", "type" (0 role, 1 member), "allow", "deny"} (strings).
    overwrites: list[JSON] = field(default_factory=list)

    @property
    def mention(self) -> str:
        """The ``<#id>`` mention string for this channel."""
        return f"<#{self.id}>"

    def to_json(self) -> JSON:
        """The channel object as Discord sends it."""
        last = str(self.last_message_id) if self.last_message_id else None
        if self.type in (1, 3):
            return {
                "id": str(self.id),
                "type": self.type,
                "last_message_id": last,
                "recipients": [u.to_json() for u in self.recipients],
                "flags": 0,
            }
        data: JSON = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": copy.deepcopy(self.overwrites),
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "nsfw": False,
            "flags": 0,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.type in (0, 5):
            data.update(topic=self.topic, rate_limit_per_user=0, last_message_id=last)
        return data


@dataclass
class FakeGuild:
    """A guild with its roles, members and channels."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    joined_at: str = field(default_factory=_now_iso)
    preferred_locale: str = "en-US"  # the server's language: an interaction's ``guild_locale``

    @property
    def everyone_role(self) -> FakeRole:
        """The ``@everyone`` role (same id as the guild)."""
        return self.roles[self.id]

    @property
    def text_channels(self) -> list[FakeChannel]:
        """Text channels (type 0) in creation order."""
        return [c for c in self.channels.values() if c.type == 0]

    def shard_id(self, shard_count: int) -> int:
        """The shard this guild belongs to for ``shard_count`` shards."""
        return shard_for(self.id, shard_count)

    def permissions_of(self, user_id: int) -> int:
        """Effective guild permissions of a member (owner and ADMINISTRATOR get all)."""
        if user_id == self.owner_id:
            return Perm.ALL
        value = self.everyone_role.permissions
        member = self.members.get(user_id)
        if member is not None:
            for role_id in member.role_ids:
                role = self.roles.get(role_id)
                if role is not None:
                    value |= role.permissions
        if value & Perm.ADMINISTRATOR:
            return Perm.ALL
        return value

    def channel_permissions_of(self, user_id: int, channel: FakeChannel) -> int:
        """A member's permissions in a channel: the guild's, then the channel's overwrites for @everyone, the
        member's roles and the member (Discord's order)."""
        value = self.permissions_of(user_id)
        if value == Perm.ALL:
            return value
        by_id = {int(o["id"]): o for o in channel.overwrites}
        member = self.members.get(user_id)
        steps = [[by_id[self.id]] if self.id in by_id else [],
                 [by_id[r] for r in (member.role_ids if member else []) if r in by_id],
                 [by_id[user_id]] if user_id in by_id else []]
        for overwrites in steps:
            allow = deny = 0
            for overwrite in overwrites:
                allow |= int(overwrite["allow"])
                deny |= int(overwrite["deny"])
            value = (value & ~deny) | allow
        return value

    def to_json(self) -> JSON:
        """The REST guild object (``GET /guilds/{id}``)."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.to_json() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.preferred_locale,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "max_members": 500000,
            "approximate_member_count": len(self.members),
        }

    def to_gateway_json(self, *, members: Sequence[FakeMember]) -> JSON:
        """The GUILD_CREATE payload, with the given members."""
        data = self.to_json()
        data.update(
            joined_at=self.joined_at,
            large=False,
            unavailable=False,
            lazy=True,
            member_count=len(self.members),
            voice_states=[],
            members=[m.to_json() for m in members],
            channels=[c.to_json() for c in self.channels.values()],
            threads=[],
            presences=[],
            stage_instances=[],
            guild_scheduled_events=[],
            soundboard_sounds=[],
        )
        return data


@dataclass
class FakeAttachment:
    """A file served by the fake under :attr:`url` (uploaded by the bot or by a test)."""

    id: int
    filename: str
    data: bytes
    content_type: str
    url: str
    description: str | None = None

    def to_json(self) -> JSON:
        """The attachment object as Discord sends it."""
        data: JSON = {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
        }
        if self.description is not None:
            data["description"] = self.description
        return data


# --------------------------------------------------------------------------------------
# Recording
# --------------------------------------------------------------------------------------


@dataclass
class RecordedFile:
    """A file part of a multipart request (``files[n]``)."""

    field: str
    filename: str
    data: bytes
    content_type: str


@dataclass
class RecordedRequest:
    """One HTTP request the client made (path is without the ``/api/v10`` prefix)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[RecordedFile]
    headers: dict[str, str]
    timestamp: float
    status: int = 0


@dataclass
class FaultRule:
    """An injected failure; :attr:`hits` counts how often it fired."""

    method: str
    pattern: re.Pattern[str]
    status: int
    remaining: int | None
    retry_after: float | None
    body: Any
    is_global: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        """True if this rule applies to the request and has not been used up."""
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method not in ("*", method):
            return False
        return self.pattern.fullmatch(path) is not None


@dataclass
class GatewayRecord:
    """One gateway frame, ``direction`` is ``"send"`` (fake → bot) or ``"recv"``."""

    connection_id: int
    session_id: str | None
    direction: Literal["send", "recv"]
    payload: JSON
    timestamp: float

    @property
    def op(self) -> int:
        """The frame's opcode."""
        return int(self.payload.get("op", -1))

    @property
    def event(self) -> str | None:
        """The dispatch event name (``t``), if any."""
        return self.payload.get("t")


@dataclass(eq=False)
class GatewayConnection:
    """One websocket connection to ``/gateway``."""

    id: int
    ws: web.WebSocketResponse
    path: str
    query: dict[str, str]
    session: GatewaySession | None = None
    close_code: int | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass(eq=False)
class GatewaySession:
    """An identified gateway session (survives reconnects via RESUME)."""

    session_id: str
    shard_id: int
    shard_count: int
    token: str
    intents: int
    identify: JSON
    seq: int = 0
    ready: bool = False
    invalidated: bool = False
    resumes: int = 0
    connection: GatewayConnection | None = None
    log: list[JSON] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def connected(self) -> bool:
        """Whether a websocket is currently attached."""
        return self.connection is not None

    @property
    def alive(self) -> bool:
        """READY was sent and the session was not invalidated (it may be resuming)."""
        return self.ready and not self.invalidated

    def handles(self, guild_id: int | None) -> bool:
        """Whether events of this guild (None: DMs, which go to shard 0) go to this session."""
        if guild_id is None:
            return self.shard_id == 0
        return shard_for(guild_id, self.shard_count) == self.shard_id


# --------------------------------------------------------------------------------------
# Interactions
# --------------------------------------------------------------------------------------


@dataclass
class InteractionReply:
    """Something the bot sent for an interaction: callback, @original edit, follow-up, ..."""

    kind: ReplyKind
    body: Any
    files: list[RecordedFile]
    message: JSON | None
    callback_type: int | None = None
    timestamp: float = field(default_factory=time.time)


class InteractionHandle:
    """A fake user's interaction and everything the bot answered to it."""

    def __init__(self, fake: FakeDiscord, payload: JSON, *, guild_id: int | None, channel_id: int) -> None:
        """Created by the ``FakeDiscord.send_*``/``click_button`` methods, not by tests."""
        self.fake = fake
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.replies: list[InteractionReply] = []
        self.original_message_id: int | None = None
        self.followup_ids: list[int] = []
        self.autocomplete_result: list[JSON] | None = None
        self.modal: JSON | None = None
        self.command_name: str | None = None
        if self.type == ITYPE_COMPONENT:
            self.original_message_id = int(payload["message"]["id"])

    def __repr__(self) -> str:
        return f"<InteractionHandle id={self.id} type={self.type} replies={len(self.replies)}>"

    @property
    def acknowledged(self) -> bool:
        """Whether the bot has sent the interaction callback."""
        return self.callback is not None

    @property
    def callback(self) -> InteractionReply | None:
        """The interaction callback, if the bot sent one."""
        return next((r for r in self.replies if r.kind == "callback"), None)

    @property
    def callback_type(self) -> int | None:
        """The callback type (4 message, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal)."""
        cb = self.callback
        return cb.callback_type if cb else None

    @property
    def original_message(self) -> JSON | None:
        """Current state of the @original message (None if none exists or it was deleted)."""
        if self.original_message_id is None:
            return None
        return self.fake.message(self.original_message_id)

    @property
    def followups(self) -> list[JSON]:
        """Current state of the follow-up messages that still exist, in order."""
        result = []
        for mid in self.followup_ids:
            msg = self.fake.message(mid)
            if msg is not None and mid != self.original_message_id:
                result.append(msg)
        return result

    @property
    def messages(self) -> list[JSON]:
        """Current state of all messages produced for this interaction (original first)."""
        result = []
        if self.original_message_id is not None and self.original_message_id != self._component_message_id:
            original = self.original_message
            if original is not None:
                result.append(original)
        return result + self.followups

    @property
    def files(self) -> list[RecordedFile]:
        """Every file uploaded in any reply to this interaction, in order."""
        return [f for r in self.replies for f in r.files]

    @property
    def _component_message_id(self) -> int | None:
        if self.type == ITYPE_COMPONENT:
            return int(self.payload["message"]["id"])
        return None

    async def response(self, timeout: float = 5.0) -> InteractionReply:
        """Wait for the interaction callback (the bot's first answer) and return it."""
        return await self.wait_for_reply("callback", timeout=timeout)

    async def wait_for_reply(
        self,
        kind: ReplyKind | None = None,
        *,
        predicate: Callable[[InteractionReply], bool] | None = None,
        timeout: float = 5.0,
    ) -> InteractionReply:
        """Wait for the first reply of ``kind`` (any if None) that matches ``predicate``."""

        def check() -> InteractionReply | None:
            for reply in self.replies:
                if (kind is None or reply.kind == kind) and (predicate is None or predicate(reply)):
                    return reply
            return None

        return await self.fake._wait(check, timeout, f"a {kind or 'reply'} to interaction {self.id}")

    async def wait_for_message(self, predicate: Callable[[JSON], bool] | None = None, *, timeout: float = 5.0) -> JSON:
        """Wait for a non-loading message of this interaction (original or follow-up) matching ``predicate``.

        For a button click answered with an UPDATE_MESSAGE (type 7) this is the edited message.
        """

        def check() -> JSON | None:
            candidates = list(self.messages)
            if self._component_message_id is not None and any(
                r.kind == "edit_original" or r.callback_type == CB_UPDATE_MESSAGE for r in self.replies
            ):
                msg = self.fake.message(self._component_message_id)
                if msg is not None:
                    candidates.insert(0, msg)
            for msg in candidates:
                if msg["flags"] & FLAG_LOADING:
                    continue
                if predicate is None or predicate(msg):
                    return msg
            return None

        return await self.fake._wait(check, timeout, f"a message answering interaction {self.id}")

    async def autocomplete_choices(self, timeout: float = 5.0) -> list[JSON]:
        """Wait for the APPLICATION_COMMAND_AUTOCOMPLETE_RESULT and return its choices."""
        reply = await self.wait_for_reply(
            "callback", predicate=lambda r: r.callback_type == CB_AUTOCOMPLETE_RESULT, timeout=timeout
        )
        return list(reply.body.get("data", {}).get("choices", []))

    async def wait_for_modal(self, timeout: float = 5.0) -> JSON:
        """Wait for a MODAL callback (type 9) and return its data (custom_id, title, components)."""
        reply = await self.wait_for_reply("callback", predicate=lambda r: r.callback_type == CB_MODAL, timeout=timeout)
        return dict(reply.body.get("data", {}))


# --------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------


class _ApiError(Exception):
    def __init__(self, status: int, message: str, code: int = 0, errors: JSON | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.errors = errors  # Discord's nested "errors" of an Invalid Form Body (50035)


# --------------------------------------------------------------------------------------
# Application command limits (docs: interactions/application-commands, "Application Command
# Object" and "Localization"): a bulk overwrite breaking one is refused as a whole with 400
# Invalid Form Body, as real Discord does, so every sync in a test checks them.
# --------------------------------------------------------------------------------------

DISCORD_LOCALES = frozenset({
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
    "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
})
MAX_COMMAND_NAME = 32
MAX_DESCRIPTION = 100
MAX_CHOICE_NAME = 100
MAX_CHOICE_VALUE = 100
MAX_OPTIONS = 25
MAX_CHOICES = 25
MAX_COMMAND_CHARS = 4000  # name, description and values of a command, its options and choices together
MAX_COMMANDS_PER_TYPE = 100
CHAT_INPUT = 1
_SUBCOMMAND_TYPES = (1, 2)


def _bad_length(low: int, high: int) -> JSON:
    return {"_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": f"Must be between {low} and {high} in length."}]}


def _invalid(message: str, code: str = "APPLICATION_COMMAND_INVALID_NAME") -> JSON:
    return {"_errors": [{"code": code, "message": message}]}


def _name_error(name: object, chat_input: bool) -> JSON | None:
    """Discord's ^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$, in lower case for a slash command."""
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_COMMAND_NAME:
        return _bad_length(1, MAX_COMMAND_NAME)
    if chat_input and (name != name.lower() or not all(ch.isalnum() or ch in "-_'" for ch in name)):
        return _invalid("Command name is invalid")
    return None


def _text_error(text: object, low: int, high: int) -> JSON | None:
    return None if isinstance(text, str) and low <= len(text) <= high else _bad_length(low, high)


def _localization_errors(values: object, check: Callable[[object], JSON | None]) -> JSON:
    errors: JSON = {}
    for locale, text in (values or {}).items() if isinstance(values, Mapping) else ():
        if locale not in DISCORD_LOCALES:
            errors[locale] = _invalid(f"Invalid locale: {locale}", "LOCALE_INVALID")
        elif (error := check(text)) is not None:
            errors[locale] = error
    return errors


def _described_errors(item: JSON, chat_input: bool, name_check: Callable[[object], JSON | None] | None = None,
                      description: bool = True) -> JSON:
    """The errors of a name (and description), with their localizations, of a command or an option."""
    errors: JSON = {}
    check_name = name_check or (lambda name: _name_error(name, chat_input))
    if (error := check_name(item.get("name"))) is not None:
        errors["name"] = error
    if localized := _localization_errors(item.get("name_localizations"), check_name):
        errors["name_localizations"] = localized
    if description:
        low, high = (1, MAX_DESCRIPTION) if chat_input else (0, 0)
        if (error := _text_error(item.get("description", ""), low, high)) is not None:
            errors["description"] = error
        if localized := _localization_errors(item.get("description_localizations"),
                                             lambda text: _text_error(text, low, high)):
            errors["description_localizations"] = localized
    return errors


def _option_errors(options: object) -> JSON:
    errors: JSON = {}
    options = options if isinstance(options, list) else []
    if len(options) > MAX_OPTIONS:
        errors["_errors"] = [{"code": "BASE_TYPE_BAD_LENGTH", "message": f"Must be {MAX_OPTIONS} or fewer in length."}]
    seen_optional = False
    for i, option in enumerate(options):
        found = _described_errors(option, chat_input=True)
        choices = option.get("choices") or []
        if len(choices) > MAX_CHOICES:
            found["choices"] = {"_errors": [{"code": "BASE_TYPE_BAD_LENGTH",
                                             "message": f"Must be {MAX_CHOICES} or fewer in length."}]}
        else:
            choice_errors: JSON = {}
            for j, choice in enumerate(choices):
                wrong = _described_errors(choice, chat_input=True, description=False,
                                          name_check=lambda name: _text_error(name, 1, MAX_CHOICE_NAME))
                value = choice.get("value")
                if isinstance(value, str) and not 1 <= len(value) <= MAX_CHOICE_VALUE:
                    wrong["value"] = _bad_length(1, MAX_CHOICE_VALUE)
                if wrong:
                    choice_errors[str(j)] = wrong
            if choice_errors:
                found["choices"] = choice_errors
        if option.get("type") in _SUBCOMMAND_TYPES:
            if nested := _option_errors(option.get("options")):
                found["options"] = nested
        elif option.get("required"):
            if seen_optional:
                found["required"] = _invalid("Required options must be placed before non-required options",
                                             "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID")
        else:
            seen_optional = True
        if found:
            errors[str(i)] = found
    return errors


def _longest(item: JSON, field_name: str) -> int:
    """The longest text of a field among its default and its localizations (what Discord counts)."""
    texts = [item.get(field_name) or "", *(item.get(f"{field_name}_localizations") or {}).values()]
    return max(len(str(text)) for text in texts)


def _command_chars(item: JSON) -> int:
    size = _longest(item, "name") + _longest(item, "description")
    value = item.get("value")
    size += len(str(value)) if isinstance(value, str) else 0
    return size + sum(_command_chars(child) for key in ("options", "choices") for child in item.get(key) or [])


def command_errors(command: JSON) -> JSON:
    """What Discord would refuse in one application command payload, shaped as its "errors" ({} when none)."""
    chat_input = command.get("type", CHAT_INPUT) == CHAT_INPUT
    errors = _described_errors(command, chat_input)
    if chat_input and (options := _option_errors(command.get("options"))):
        errors["options"] = options
    if not errors and _command_chars(command) > MAX_COMMAND_CHARS:
        errors["_errors"] = [{"code": "APPLICATION_COMMAND_TOO_LARGE",
                              "message": f"Command exceeds maximum size ({MAX_COMMAND_CHARS})"}]
    return errors


def commands_errors(commands: Sequence[JSON]) -> JSON:
    """The errors of a bulk overwrite, by position ({} when Discord would take it)."""
    errors: JSON = {str(i): found for i, command in enumerate(commands) if (found := command_errors(command))}
    by_type: dict[int, list[str]] = {}
    for command in commands:
        by_type.setdefault(command.get("type", CHAT_INPUT), []).append(str(command.get("name")))
    for names in by_type.values():
        if len(names) > MAX_COMMANDS_PER_TYPE or len(set(names)) != len(names):
            errors["_errors"] = [{"code": "APPLICATION_COMMANDS_DUPLICATE_NAME" if len(set(names)) != len(names)
                                  else "BASE_TYPE_BAD_LENGTH", "message": "Too many or duplicate commands"}]
    return errors


def _check_commands(commands: Sequence[JSON]) -> None:
    if errors := commands_errors(commands):
        raise _ApiError(400, "Invalid Form Body", 50035, errors)


@dataclass
class _Call:
    request: web.Request
    record: RecordedRequest
    match: re.Match[str]

    @property
    def body(self) -> JSON:
        return self.record.json if isinstance(self.record.json, dict) else {}

    def param(self, name: str) -> str:
        return self.match.group(name)

    def int_param(self, name: str) -> int:
        return int(self.match.group(name))


_Reply = tuple[int, Any]
_Handler = Callable[[_Call], Awaitable[_Reply]]

UserLike = FakeUser | int
GuildLike = FakeGuild | int
ChannelLike = FakeChannel | int
MessageLike = Mapping[str, Any] | int


def _id_of(obj: Any) -> int:
    if isinstance(obj, Mapping):
        return int(obj["id"])
    return int(getattr(obj, "id", obj))


# --------------------------------------------------------------------------------------
# The fake
# --------------------------------------------------------------------------------------


class FakeDiscord:
    """Fake Discord REST API + gateway on 127.0.0.1 for the real discord.py client."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        heartbeat_interval: int = 41250,
        recommended_shards: int = 1,
        token: str | None = None,
        bot_name: str = "Racebot",
        send_all_members: bool = False,
        strict_message_content: bool = False,
        echo_bot_messages: bool = True,
        session_timeout: float = 10.0,
    ) -> None:
        """Configure the fake; nothing listens until :meth:`start`.

        ``token``: if set, other tokens are rejected (REST 401, gateway close 4004).
        ``send_all_members``: put every member in GUILD_CREATE even without the GUILD_MEMBERS
        intent (Discord only sends the bot's own member then).  ``strict_message_content``:
        blank the content of guild messages that do not mention the bot when the session
        lacks MESSAGE_CONTENT (Discord's behaviour; off by default).  ``echo_bot_messages``:
        send MESSAGE_CREATE/UPDATE/DELETE for the bot's own messages, like Discord does.
        ``session_timeout``: how long user actions wait for a gateway session to exist.
        """
        self.host = host
        self._requested_port = port
        self.heartbeat_interval = heartbeat_interval
        self.recommended_shards = recommended_shards
        self.token = token
        self.send_all_members = send_all_members
        self.strict_message_content = strict_message_content
        self.echo_bot_messages = echo_bot_messages
        self.session_timeout = session_timeout

        self._start_ms = int(time.time() * 1000) - 10_000
        self._id_counter = itertools.count()
        self._conn_counter = itertools.count(1)

        self.application_id = self.snowflake()
        self.bot_user = FakeUser(self.snowflake(), bot_name, bot=True)
        self.owner_user = FakeUser(self.snowflake(), "app-owner")
        self.application_flags = 0
        # The application's team, if it belongs to one: (user, role) with role admin, developer or read_only.
        self.application_team: list[tuple[FakeUser, str]] | None = None

        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user, self.owner_user.id: self.owner_user}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.attachments: dict[int, FakeAttachment] = {}

        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.faults: list[FaultRule] = []
        self.sessions: list[GatewaySession] = []
        self.connections: list[GatewayConnection] = []
        self.gateway_log: list[GatewayRecord] = []
        self.interactions: list[InteractionHandle] = []
        self.deleted_messages: list[JSON] = []
        self.presence_updates: list[JSON] = []

        self._messages: dict[int, JSON] = {}
        self._channel_messages: dict[int, list[int]] = {}
        self._ephemeral_ids: set[int] = set()
        self._interactions_by_id: dict[int, InteractionHandle] = {}
        self._interactions_by_token: dict[str, InteractionHandle] = {}
        self._global_commands: list[JSON] = []
        self._guild_commands: dict[int, list[JSON]] = {}

        self._changed = asyncio.Condition()
        # While set, the gateway is down: a new websocket is refused with 503 (see gateway_outage).
        self._gateway_down = False
        self._runner: web.AppRunner | None = None
        self.port: int = 0
        self._routes: list[tuple[str, re.Pattern[str], _Handler]] = self._build_routes()

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Start the HTTP/websocket server on an ephemeral port."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway_handler)
        app.router.add_get("/gateway/resume", self._gateway_handler)
        app.router.add_get("/attachments/{attachment_id}/{filename}", self._attachment_handler)
        app.router.add_route("*", "/api/{tail:.*}", self._api_handler)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        log.info("FakeDiscord listening on %s", self.base_url)

    async def stop(self) -> None:
        """Close all gateway connections and stop the server."""
        for conn in list(self.connections):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.ws.close(code=1001, message=b"fake discord stopping"), 2.0)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (attachments are served below it)."""
        return f"http://{self.host}:{self.port}"

    @property
    def api_base(self) -> str:
        """The REST base for ``discord.http.Route.BASE`` (``.../api/v10``)."""
        return f"{self.base_url}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        """The websocket URL for ``DiscordWebSocket.DEFAULT_GATEWAY`` (``ws://.../gateway``)."""
        return f"ws://{self.host}:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        """The ``resume_gateway_url`` sent in READY."""
        return f"ws://{self.host}:{self.port}/gateway/resume"

    def patch_discord(self) -> contextlib.AbstractContextManager[None]:
        """Context manager pointing discord.py (this process) at the fake, restored on exit."""
        return patch_discord_py(self.api_base, self.gateway_url)

    def subprocess_env(self) -> dict[str, str]:
        """Env vars for ``tests/e2e/launch_bot.py`` (FAKE_DISCORD_API, FAKE_DISCORD_GATEWAY)."""
        return {"FAKE_DISCORD_API": self.api_base, "FAKE_DISCORD_GATEWAY": self.gateway_url}

    # ---------------------------------------------------------------- state setup

    def snowflake(self) -> int:
        """A new unique snowflake; each one has its own millisecond, so ``>> 22`` differs."""
        n = next(self._id_counter)
        return ((self._start_ms + n - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (n & 0xFFF)

    def add_user(self, name: str | None = None, *, bot: bool = False) -> FakeUser:
        """Create a user (not yet a member of any guild)."""
        uid = self.snowflake()
        user = FakeUser(uid, name or f"user{len(self.users)}", bot=bot, global_name=name)
        self.users[uid] = user
        return user

    def add_guild(
        self,
        name: str = "Test Guild",
        *,
        id: int | None = None,
        owner: FakeUser | None = None,
        shard: tuple[int, int] | None = None,
        channels: Sequence[str] = ("general",),
        everyone_permissions: Any = DEFAULT_EVERYONE_PERMISSIONS,
        bot_permissions: Any = DEFAULT_BOT_PERMISSIONS,
        locale: str = "en-US",
    ) -> FakeGuild:
        """Create a guild the bot is in (with @everyone, a bot role, the owner and text channels).

        ``shard=(shard_id, shard_count)`` picks an id that lands on that shard.  Guilds added
        after a session's READY reach it only via :meth:`dispatch_guild_create`.  ``locale`` is
        the server's language (``preferred_locale``, an interaction's ``guild_locale``).
        """
        if id is None:
            id = self.snowflake()
            if shard is not None:
                while shard_for(id, shard[1]) != shard[0]:
                    id = self.snowflake()
        if owner is None:
            owner = self.add_user(f"owner-of-{name}")
        guild = FakeGuild(id=id, name=name, owner_id=owner.id, preferred_locale=locale)
        guild.roles[id] = FakeRole(id=id, name="@everyone", permissions=_perm_value(everyone_permissions))
        bot_role = FakeRole(
            id=self.snowflake(),
            name=self.bot_user.username,
            permissions=_perm_value(bot_permissions),
            position=1,
            managed=True,
            bot_id=self.bot_user.id,
        )
        guild.roles[bot_role.id] = bot_role
        self.guilds[id] = guild
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, id, [bot_role.id])
        guild.members[owner.id] = FakeMember(owner, id)
        self.users[owner.id] = owner
        for channel_name in channels:
            self.add_channel(guild, channel_name)
        return guild

    def add_channel(
        self,
        guild: GuildLike,
        name: str,
        *,
        type: int = 0,
        topic: str | None = None,
        parent: ChannelLike | None = None,
    ) -> FakeChannel:
        """Create a guild channel (type 0 text by default)."""
        g = self._guild(guild)
        channel = FakeChannel(
            id=self.snowflake(),
            name=name,
            type=type,
            guild_id=g.id,
            position=len(g.channels),
            topic=topic,
            parent_id=_id_of(parent) if parent is not None else None,
        )
        g.channels[channel.id] = channel
        self.channels[channel.id] = channel
        return channel

    def set_channel_permissions(self, channel: ChannelLike, target: FakeRole | FakeUser | FakeGuild, *,
                                allow: Any = 0, deny: Any = 0) -> None:
        """Set a channel's permission overwrite for a role, a member or (a guild) @everyone, e.g.
        ``fake.set_channel_permissions(channel, guild, deny=Perm.SEND_MESSAGES)``."""
        c = self._channel(channel)
        kind = 1 if isinstance(target, FakeUser) else 0
        c.overwrites = [o for o in c.overwrites if int(o["id"]) != target.id]
        c.overwrites.append({"id": str(target.id), "type": kind, "allow": str(_perm_value(allow)),
                             "deny": str(_perm_value(deny))})

    def delete_channel(self, channel: ChannelLike) -> None:
        """Delete a guild channel: its id answers 404 Unknown Channel from then on."""
        c = self._channel(channel)
        self.channels.pop(c.id)
        if c.guild_id is not None:
            self.guilds[c.guild_id].channels.pop(c.id, None)

    def add_role(self, guild: GuildLike, name: str, permissions: Any = 0) -> FakeRole:
        """Create a role in a guild."""
        g = self._guild(guild)
        role = FakeRole(id=self.snowflake(), name=name, permissions=_perm_value(permissions), position=len(g.roles))
        g.roles[role.id] = role
        return role

    def add_member(
        self,
        guild: GuildLike,
        user: FakeUser | None = None,
        *,
        name: str | None = None,
        permissions: Any = None,
        roles: Sequence[FakeRole | int] = (),
        nick: str | None = None,
    ) -> FakeUser:
        """Add a user (created if None) to a guild; ``permissions`` adds a role granting them.

        E.g. ``fake.add_member(guild, name="admin", permissions=Perm.MANAGE_GUILD)``.
        Members get @everyone's permissions (:data:`DEFAULT_EVERYONE_PERMISSIONS`) anyway.
        """
        g = self._guild(guild)
        if user is None:
            user = self.add_user(name)
        self.users[user.id] = user
        role_ids = [_id_of(r) for r in roles]
        if permissions is not None:
            value = _perm_value(permissions)
            role = next((r for r in g.roles.values() if r.name == f"perms-{value:x}"), None)
            if role is None:
                role = self.add_role(g, f"perms-{value:x}", value)
            role_ids.append(role.id)
        member = g.members.get(user.id)
        if member is None:
            g.members[user.id] = FakeMember(user, g.id, role_ids, nick=nick)
        else:
            member.role_ids.extend(r for r in role_ids if r not in member.role_ids)
            member.nick = nick or member.nick
        return user

    def dm_channel(self, user: UserLike) -> FakeChannel:
        """The DM channel (type 1) between the bot and ``user``, created on first use."""
        u = self._user(user)
        for channel in self.channels.values():
            if channel.type == 1 and channel.recipients and channel.recipients[0].id == u.id:
                return channel
        channel = FakeChannel(id=self.snowflake(), name="", type=1, recipients=[u])
        self.channels[channel.id] = channel
        return channel

    def add_attachment(
        self, filename: str, data: bytes, *, content_type: str | None = None, description: str | None = None
    ) -> FakeAttachment:
        """Store a file served at ``{base_url}/attachments/{id}/{filename}`` (for user uploads)."""
        aid = self.snowflake()
        attachment = FakeAttachment(
            id=aid,
            filename=filename,
            data=data,
            content_type=content_type or _guess_content_type(filename),
            url=f"{self.base_url}/attachments/{aid}/{quote(filename)}",
            description=description,
        )
        self.attachments[aid] = attachment
        return attachment

    # ---------------------------------------------------------------- lookups

    def guild(self, guild_id: int) -> FakeGuild:
        """The guild with this id (KeyError if unknown)."""
        return self.guilds[guild_id]

    def channel(self, channel_id: int) -> FakeChannel:
        """The channel with this id (KeyError if unknown)."""
        return self.channels[channel_id]

    def message(self, message_id: int | str) -> JSON | None:
        """A copy of the current state of a stored message, None if unknown or deleted."""
        msg = self._messages.get(int(message_id))
        return copy.deepcopy(msg) if msg is not None else None

    def messages_in(self, channel: ChannelLike, *, include_others: bool = False) -> list[JSON]:
        """Copies of the bot's messages in a channel, oldest first (interaction replies included,
        ephemeral ones excluded); ``include_others`` adds the users' messages."""
        cid = _id_of(channel)
        result = []
        for mid in self._channel_messages.get(cid, []):
            msg = self._messages[mid]
            if include_others or int(msg["author"]["id"]) == self.bot_user.id:
                result.append(copy.deepcopy(msg))
        return result

    def synced_commands(self, guild: GuildLike | None = None) -> list[JSON]:
        """The application commands last synced globally (None) or to a guild."""
        if guild is None:
            return copy.deepcopy(self._global_commands)
        return copy.deepcopy(self._guild_commands.get(_id_of(guild), []))

    def requests_to(self, method: str, path_regex: str) -> list[RecordedRequest]:
        """Recorded requests whose method matches (or ``"*"``) and path fully matches the regex."""
        pattern = re.compile(path_regex)
        return [r for r in self.requests if method in ("*", r.method) and pattern.fullmatch(r.path)]

    # ---------------------------------------------------------------- waiting

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _wait(self, check: Callable[[], T | None], timeout: float, what: str) -> T:
        found: list[T] = []

        def ready() -> bool:
            value = check()
            if value is None:
                return False
            found.append(value)
            return True

        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(ready), timeout)
        except TimeoutError:
            raise TimeoutError(f"Timed out after {timeout}s waiting for {what}.{self._debug_tail()}") from None
        return found[-1]

    def _debug_tail(self) -> str:
        lines = [f"  {r.method} {r.path} -> {r.status}" for r in self.requests[-8:]]
        text = "\nLast requests:\n" + ("\n".join(lines) if lines else "  (none)")
        if self.unhandled:
            text += "\nUnhandled routes: " + ", ".join(f"{r.method} {r.path}" for r in self.unhandled[-5:])
        return text

    async def wait_for_message(
        self,
        channel: ChannelLike,
        *,
        predicate: Callable[[JSON], bool] | None = None,
        timeout: float = 5.0,
        include_existing: bool = True,
    ) -> JSON:
        """Wait for a bot message in the channel matching ``predicate`` (skipping ones that existed
        before the call unless ``include_existing``) and return a copy of it."""
        cid = _id_of(channel)
        skip = set() if include_existing else set(self._channel_messages.get(cid, []))

        def check() -> JSON | None:
            for msg in self.messages_in(cid):
                if int(msg["id"]) in skip or msg["flags"] & FLAG_LOADING:
                    continue
                if predicate is None or predicate(msg):
                    return msg
            return None

        return await self._wait(check, timeout, f"a bot message in channel {cid}")

    async def wait_for_request(
        self,
        method: str,
        path_regex: str,
        *,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        timeout: float = 5.0,
    ) -> RecordedRequest:
        """Wait for a recorded request (method or ``"*"``, full-match path regex) and return it."""
        pattern = re.compile(path_regex)

        def check() -> RecordedRequest | None:
            for r in self.requests:
                if method in ("*", r.method) and pattern.fullmatch(r.path) and r.status:
                    if predicate is None or predicate(r):
                        return r
            return None

        return await self._wait(check, timeout, f"request {method} {path_regex}")

    async def wait_for_sessions(
        self, count: int = 1, *, shard_id: int | None = None, timeout: float = 10.0
    ) -> list[GatewaySession]:
        """Wait until ``count`` live sessions (of ``shard_id`` if given) exist and READY was sent."""

        def check() -> list[GatewaySession] | None:
            live = [s for s in self.sessions if s.alive and s.connected and shard_id in (None, s.shard_id)]
            return live if len(live) >= count else None

        return await self._wait(check, timeout, f"{count} gateway session(s) (shard {shard_id})")

    # ---------------------------------------------------------------- faults

    def fail_route(
        self,
        method: str,
        path_regex: str,
        status: int,
        *,
        times: int | None = 1,
        retry_after: float | None = None,
        body: Any = None,
        is_global: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> FaultRule:
        """Answer matching requests with ``status`` ``times`` times (None: forever).

        ``path_regex`` must fully match the path without ``/api/v10``, e.g.
        ``fail_route("POST", r"/channels/\\d+/messages", 429, retry_after=0.1)``.
        429 gets Discord's rate-limit body and headers (``retry_after`` default 0.05 s),
        403 ``Missing Permissions`` (50013), 404 ``Unknown Channel`` (10003), unless ``body``.
        Note discord.py retries 5xx itself up to 5 times, sleeping 1+2n seconds.
        """
        rule = FaultRule(
            method=method.upper(),
            pattern=re.compile(path_regex),
            status=status,
            remaining=times,
            retry_after=retry_after,
            body=body,
            is_global=is_global,
            headers=dict(headers or {}),
        )
        self.faults.append(rule)
        return rule

    def clear_faults(self) -> None:
        """Remove all fault rules."""
        self.faults.clear()

    def _fault_response(self, rule: FaultRule, route_key: str) -> web.Response:
        headers = dict(self._ratelimit_headers(route_key))
        if rule.status == 429:
            retry_after = rule.retry_after if rule.retry_after is not None else 0.05
            body = rule.body or {
                "message": "You are being rate limited.",
                "retry_after": retry_after,
                "global": rule.is_global,
            }
            headers.update(
                {
                    "Retry-After": str(max(1, math.ceil(retry_after))),
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                    "X-RateLimit-Scope": "global" if rule.is_global else "user",
                    # discord.py treats a 429 without Via as a Cloudflare ban (HTTPException).
                    "Via": "1.1 google",
                }
            )
            if rule.is_global:
                headers["X-RateLimit-Global"] = "true"
        elif rule.body is not None:
            body = rule.body
        elif rule.status == 403:
            body = {"message": "Missing Permissions", "code": 50013}
        elif rule.status == 404:
            body = {"message": "Unknown Channel", "code": 10003}
        elif rule.status >= 500:
            body = {"message": f"{rule.status}: Internal Server Error", "code": 0}
        else:
            body = {"message": f"{rule.status}: Injected failure", "code": 0}
        headers.update(rule.headers)
        return _json_response(rule.status, body, headers)

    # ---------------------------------------------------------------- HTTP core

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], _Handler]]:
        app = r"/applications/(?P<app_id>\d+)"
        guild_cmds = app + r"/guilds/(?P<guild_id>\d+)/commands"
        chan = r"/channels/(?P<channel_id>\d+)"
        msg = chan + r"/messages/(?P<message_id>\d+)"
        hook = r"/webhooks/(?P<app_id>\d+)/(?P<token>[^/]+)"
        hook_msg = hook + r"/messages/(?P<message_id>@original|\d+)"
        guild = r"/guilds/(?P<guild_id>\d+)"
        table: list[tuple[str, str, _Handler]] = [
            ("GET", r"/users/@me", self._r_get_me),
            ("GET", r"/users/(?P<user_id>\d+)", self._r_get_user),
            ("POST", r"/users/@me/channels", self._r_create_dm),
            ("GET", r"/oauth2/applications/@me", self._r_get_application),
            ("GET", r"/applications/@me", self._r_get_application),
            ("GET", r"/gateway", self._r_get_gateway),
            ("GET", r"/gateway/bot", self._r_get_gateway_bot),
            ("GET", app + r"/commands", self._r_get_commands),
            ("PUT", app + r"/commands", self._r_put_commands),
            ("POST", app + r"/commands", self._r_post_command),
            ("GET", guild_cmds, self._r_get_commands),
            ("PUT", guild_cmds, self._r_put_commands),
            ("POST", guild_cmds, self._r_post_command),
            ("GET", app + r"(?:/guilds/(?P<guild_id>\d+))?/commands/(?P<command_id>\d+)", self._r_get_command),
            ("DELETE", app + r"(?:/guilds/(?P<guild_id>\d+))?/commands/(?P<command_id>\d+)", self._r_del_command),
            ("GET", chan, self._r_get_channel),
            ("GET", chan + r"/messages", self._r_list_messages),
            ("POST", chan + r"/messages", self._r_create_message),
            ("GET", msg, self._r_get_message),
            ("PATCH", msg, self._r_edit_message),
            ("DELETE", msg, self._r_delete_message),
            ("POST", chan + r"/typing", self._r_typing),
            ("PUT", msg + r"/reactions/(?P<emoji>[^/]+)/@me", self._r_add_reaction),
            ("DELETE", msg + r"/reactions/(?P<emoji>[^/]+)/(?P<who>@me|\d+)", self._r_remove_reaction),
            ("POST", r"/interactions/(?P<interaction_id>\d+)/(?P<token>[^/]+)/callback", self._r_callback),
            ("POST", hook, self._r_webhook_execute),
            ("GET", hook_msg, self._r_webhook_get),
            ("PATCH", hook_msg, self._r_webhook_edit),
            ("DELETE", hook_msg, self._r_webhook_delete),
            ("GET", guild, self._r_get_guild),
            ("GET", guild + r"/channels", self._r_get_guild_channels),
            ("GET", guild + r"/roles", self._r_get_roles),
            ("GET", guild + r"/members", self._r_list_members),
            ("GET", guild + r"/members/(?P<user_id>\d+)", self._r_get_member),
        ]
        return [(m, re.compile(p), h) for m, p, h in table]

    async def _api_handler(self, request: web.Request) -> web.StreamResponse:
        tail = request.match_info["tail"]
        path = "/" + re.sub(r"^v\d+/", "", tail)
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=None,
            files=[],
            headers=dict(request.headers),
            timestamp=time.time(),
        )
        await _parse_body(request, record)
        self.requests.append(record)

        route: tuple[str, re.Pattern[str], _Handler] | None = None
        match: re.Match[str] | None = None
        for method, pattern, handler in self._routes:
            if method == request.method:
                match = pattern.fullmatch(path)
                if match:
                    route = (method, pattern, handler)
                    break
        route_key = f"{request.method} {route[1].pattern if route else path}"

        rule = next((r for r in self.faults if r.matches(request.method, path)), None)
        if rule is not None:
            rule.hits += 1
            if rule.remaining is not None:
                rule.remaining -= 1
            response: web.Response = self._fault_response(rule, route_key)
        elif route is None or match is None:
            log.warning("FakeDiscord: unhandled route %s %s", request.method, path)
            self.unhandled.append(record)
            response = _json_response(404, {"message": "404: Not Found", "code": 0}, {})
        elif not self._authorized(request, path):
            response = _json_response(401, {"message": "401: Unauthorized", "code": 0}, {})
        else:
            try:
                status, data = await route[2](_Call(request, record, match))
            except _ApiError as exc:
                status, data = exc.status, {"message": exc.message, "code": exc.code}
                if exc.errors is not None:
                    data["errors"] = exc.errors
            except Exception:
                log.exception("FakeDiscord: handler for %s %s crashed", request.method, path)
                status, data = 500, {"message": "500: Fake crashed (see log)", "code": 0}
            headers = self._ratelimit_headers(route_key)
            if status == 204 or data is None:
                response = web.Response(status=204, headers=headers)
            else:
                response = _json_response(status, data, headers)
        record.status = response.status
        await self._notify()
        return response

    def _authorized(self, request: web.Request, path: str) -> bool:
        if self.token is None or path.startswith(("/webhooks/", "/interactions/")):
            return True
        return request.headers.get("Authorization") == f"Bot {self.token}"

    @staticmethod
    def _ratelimit_headers(route_key: str) -> dict[str, str]:
        bucket = hashlib.sha1(route_key.encode()).hexdigest()[:16]
        return {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": bucket,
        }

    async def _attachment_handler(self, request: web.Request) -> web.StreamResponse:
        attachment = self.attachments.get(int(request.match_info["attachment_id"]))
        if attachment is None:
            return web.Response(status=404, text="not found")
        return web.Response(body=attachment.data, headers={"Content-Type": attachment.content_type})

    # ---------------------------------------------------------------- REST: misc

    def _guild(self, guild: GuildLike) -> FakeGuild:
        gid = _id_of(guild)
        if gid not in self.guilds:
            raise _ApiError(404, "Unknown Guild", 10004)
        return self.guilds[gid]

    def _channel(self, channel: ChannelLike) -> FakeChannel:
        cid = _id_of(channel)
        if cid not in self.channels:
            raise _ApiError(404, "Unknown Channel", 10003)
        return self.channels[cid]

    def _user(self, user: UserLike) -> FakeUser:
        uid = _id_of(user)
        if uid not in self.users:
            if isinstance(user, FakeUser):
                self.users[uid] = user
                return user
            raise _ApiError(404, "Unknown User", 10013)
        return self.users[uid]

    def _stored_message(self, message_id: int, channel_id: int | None = None) -> JSON:
        msg = self._messages.get(message_id)
        if msg is None or (channel_id is not None and int(msg["channel_id"]) != channel_id):
            raise _ApiError(404, "Unknown Message", 10008)
        return msg

    async def _r_get_me(self, call: _Call) -> _Reply:
        data = self.bot_user.to_json()
        data.update(verified=True, mfa_enabled=False, locale="en-US", email=None)
        return 200, data

    async def _r_get_user(self, call: _Call) -> _Reply:
        return 200, self._user(call.int_param("user_id")).to_json()

    async def _r_create_dm(self, call: _Call) -> _Reply:
        return 200, self.dm_channel(self._user(int(call.body["recipient_id"]))).to_json()

    async def _r_get_application(self, call: _Call) -> _Reply:
        return 200, {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "Fake application",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "bot": self.bot_user.to_json(),
            "owner": self.owner_user.to_json(),
            "team": self._team_json(),
            "verify_key": "0" * 64,
            "flags": self.application_flags,
            "tags": [],
            "redirect_uris": [],
            "approximate_guild_count": len(self.guilds),
        }

    def _team_json(self) -> dict[str, Any] | None:
        if self.application_team is None:
            return None
        team_id = str(self.application_id + 1)
        return {
            "id": team_id, "name": "Racebot team", "icon": None, "owner_user_id": str(self.owner_user.id),
            "members": [{"user": user.to_json(), "team_id": team_id, "membership_state": 2, "permissions": ["*"],
                         "role": role} for user, role in self.application_team],
        }

    async def _r_get_gateway(self, call: _Call) -> _Reply:
        return 200, {"url": self.gateway_url}

    async def _r_get_gateway_bot(self, call: _Call) -> _Reply:
        return 200, {
            "url": self.gateway_url,
            "shards": self.recommended_shards,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14_400_000,
                "max_concurrency": 1,
            },
        }

    # ---------------------------------------------------------------- REST: commands

    def _command_list(self, call: _Call) -> tuple[list[JSON], int | None]:
        if call.int_param("app_id") != self.application_id:
            raise _ApiError(403, "Missing Access", 50001)
        gid = call.match.groupdict().get("guild_id")
        if gid is None:
            return self._global_commands, None
        guild_id = int(gid)
        self._guild(guild_id)
        return self._guild_commands.setdefault(guild_id, []), guild_id

    def _stored_command(self, payload: JSON, guild_id: int | None, previous: Sequence[JSON]) -> JSON:
        ctype = payload.get("type", 1)
        old = next((c for c in previous if c["name"] == payload["name"] and c.get("type", 1) == ctype), None)
        command = copy.deepcopy(payload)
        perms = command.get("default_member_permissions")
        command.update(
            id=old["id"] if old else str(self.snowflake()),
            application_id=str(self.application_id),
            version=str(self.snowflake()),
            type=ctype,
            description=command.get("description", ""),
            default_member_permissions=str(perms) if perms is not None else None,
        )
        if guild_id is not None:
            command["guild_id"] = str(guild_id)
        return command

    async def _r_get_commands(self, call: _Call) -> _Reply:
        commands, _ = self._command_list(call)
        return 200, copy.deepcopy(commands)

    async def _r_put_commands(self, call: _Call) -> _Reply:
        commands, guild_id = self._command_list(call)
        payload = call.record.json if isinstance(call.record.json, list) else []
        _check_commands(payload)
        new = [self._stored_command(p, guild_id, commands) for p in payload]
        commands[:] = new
        return 200, copy.deepcopy(new)

    async def _r_post_command(self, call: _Call) -> _Reply:
        commands, guild_id = self._command_list(call)
        _check_commands([call.body])
        command = self._stored_command(call.body, guild_id, commands)
        commands[:] = [c for c in commands if c["id"] != command["id"]] + [command]
        return 201, copy.deepcopy(command)

    async def _r_get_command(self, call: _Call) -> _Reply:
        commands, _ = self._command_list(call)
        for command in commands:
            if command["id"] == call.param("command_id"):
                return 200, copy.deepcopy(command)
        raise _ApiError(404, "Unknown application command", 10063)

    async def _r_del_command(self, call: _Call) -> _Reply:
        commands, _ = self._command_list(call)
        before = len(commands)
        commands[:] = [c for c in commands if c["id"] != call.param("command_id")]
        if len(commands) == before:
            raise _ApiError(404, "Unknown application command", 10063)
        return 204, None

    # ---------------------------------------------------------------- REST: channels/messages

    def _bot_may(self, channel: FakeChannel, needed: int) -> bool:
        """Whether the bot has the ``needed`` permission bits in a guild channel (always in a DM)."""
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        if guild is None:
            return True
        return guild.channel_permissions_of(self.bot_user.id, channel) & needed == needed

    async def _r_get_channel(self, call: _Call) -> _Reply:
        channel = self._channel(call.int_param("channel_id"))
        if not self._bot_may(channel, Perm.VIEW_CHANNEL):
            raise _ApiError(403, "Missing Access", 50001)
        return 200, channel.to_json()

    async def _r_list_messages(self, call: _Call) -> _Reply:
        channel = self._channel(call.int_param("channel_id"))
        limit = int(call.record.query.get("limit", 50))
        ids = list(self._channel_messages.get(channel.id, []))
        if "before" in call.record.query:
            ids = [i for i in ids if i < int(call.record.query["before"])]
        if "after" in call.record.query:
            ids = [i for i in ids if i > int(call.record.query["after"])]
        newest_first = [self._messages[i] for i in reversed(ids)]
        return 200, copy.deepcopy(newest_first[:limit])

    async def _r_create_message(self, call: _Call) -> _Reply:
        channel = self._channel(call.int_param("channel_id"))
        if not self._bot_may(channel, Perm.VIEW_CHANNEL):
            raise _ApiError(403, "Missing Access", 50001)
        if not self._bot_may(channel, Perm.SEND_MESSAGES | (Perm.EMBED_LINKS if call.body.get("embeds") else 0)):
            raise _ApiError(403, "Missing Permissions", 50013)
        msg = await self._create_message(channel, self.bot_user, call.body, call.record.files)
        return 200, copy.deepcopy(msg)

    async def _r_get_message(self, call: _Call) -> _Reply:
        msg = self._stored_message(call.int_param("message_id"), call.int_param("channel_id"))
        return 200, copy.deepcopy(msg)

    async def _r_edit_message(self, call: _Call) -> _Reply:
        msg = self._stored_message(call.int_param("message_id"), call.int_param("channel_id"))
        if int(msg["author"]["id"]) != self.bot_user.id:
            raise _ApiError(403, "Cannot edit a message authored by another user", 50005)
        await self._edit_message(msg, call.body, call.record.files)
        return 200, copy.deepcopy(msg)

    async def _r_delete_message(self, call: _Call) -> _Reply:
        msg = self._stored_message(call.int_param("message_id"), call.int_param("channel_id"))
        await self._delete_message(msg)
        return 204, None

    async def _r_typing(self, call: _Call) -> _Reply:
        self._channel(call.int_param("channel_id"))
        return 204, None

    async def _r_add_reaction(self, call: _Call) -> _Reply:
        msg = self._stored_message(call.int_param("message_id"), call.int_param("channel_id"))
        emoji = call.param("emoji")
        name, _, eid = emoji.partition(":")
        reactions: list[JSON] = msg.setdefault("reactions", [])
        for reaction in reactions:
            if reaction["emoji"]["name"] == name:
                if not reaction["me"]:
                    reaction["me"] = True
                    reaction["count"] += 1
                break
        else:
            reactions.append({"emoji": {"id": eid or None, "name": name}, "count": 1, "me": True, "burst_colors": []})
        return 204, None

    async def _r_remove_reaction(self, call: _Call) -> _Reply:
        msg = self._stored_message(call.int_param("message_id"), call.int_param("channel_id"))
        name = call.param("emoji").partition(":")[0]
        for reaction in list(msg.get("reactions", [])):
            if reaction["emoji"]["name"] == name and reaction["me"]:
                reaction["me"] = False
                reaction["count"] -= 1
                if reaction["count"] <= 0:
                    msg["reactions"].remove(reaction)
        return 204, None

    # ---------------------------------------------------------------- REST: guilds

    async def _r_get_guild(self, call: _Call) -> _Reply:
        return 200, self._guild(call.int_param("guild_id")).to_json()

    async def _r_get_guild_channels(self, call: _Call) -> _Reply:
        guild = self._guild(call.int_param("guild_id"))
        return 200, [c.to_json() for c in guild.channels.values()]

    async def _r_get_roles(self, call: _Call) -> _Reply:
        guild = self._guild(call.int_param("guild_id"))
        return 200, [r.to_json() for r in guild.roles.values()]

    async def _r_list_members(self, call: _Call) -> _Reply:
        guild = self._guild(call.int_param("guild_id"))
        limit = int(call.record.query.get("limit", 1))
        after = int(call.record.query.get("after", 0))
        members = sorted((m for m in guild.members.values() if m.user.id > after), key=lambda m: m.user.id)
        return 200, [m.to_json() for m in members[:limit]]

    async def _r_get_member(self, call: _Call) -> _Reply:
        guild = self._guild(call.int_param("guild_id"))
        member = guild.members.get(call.int_param("user_id"))
        if member is None:
            raise _ApiError(404, "Unknown Member", 10007)
        return 200, member.to_json()

    # ---------------------------------------------------------------- messages (shared)

    def _register_files(self, files: Sequence[RecordedFile], entries: Sequence[JSON]) -> list[JSON]:
        """Turn uploaded parts + the payload's ``attachments`` list into attachment objects."""
        by_field = {f.field: f for f in files}
        used: set[str] = set()
        result: list[JSON] = []
        for entry in entries:
            field_name = f"files[{entry.get('id')}]"
            upload = by_field.get(field_name)
            if upload is not None:
                used.add(field_name)
                att = self.add_attachment(
                    entry.get("filename") or upload.filename,
                    upload.data,
                    content_type=upload.content_type if upload.content_type != "application/octet-stream" else None,
                    description=entry.get("description"),
                )
                result.append(att.to_json())
            else:
                existing = self.attachments.get(int(entry["id"])) if str(entry.get("id", "")).isdigit() else None
                if existing is not None:
                    result.append(existing.to_json())
        for upload in files:
            if upload.field not in used:
                result.append(self.add_attachment(upload.filename, upload.data).to_json())
        return result

    def _mentions_in(self, content: str, guild: FakeGuild | None) -> list[JSON]:
        mentions = []
        for uid in dict.fromkeys(int(x) for x in re.findall(r"<@!?(\d+)>", content)):
            user = self.users.get(uid)
            if user is None:
                continue
            data = user.to_json()
            if guild is not None and uid in guild.members:
                data["member"] = guild.members[uid].to_json(include_user=False)
            mentions.append(data)
        return mentions

    async def _create_message(
        self,
        channel: FakeChannel,
        author: FakeUser,
        body: JSON,
        files: Sequence[RecordedFile] = (),
        *,
        interaction: InteractionHandle | None = None,
        flags: int | None = None,
        extra_mentions: Sequence[FakeUser] = (),
        attachments: Sequence[FakeAttachment] = (),
    ) -> JSON:
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        mid = self.snowflake()
        content = body.get("content") or ""
        mentions = self._mentions_in(content, guild)
        known = {m["id"] for m in mentions}
        for user in extra_mentions:
            if str(user.id) not in known:
                mentions.extend(self._mentions_in(user.mention, guild))
        msg: JSON = {
            "id": str(mid),
            "channel_id": str(channel.id),
            "author": author.to_json(),
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": mentions,
            "mention_roles": [],
            "attachments": self._register_files(files, body.get("attachments") or [])
            + [a.to_json() for a in attachments],
            "embeds": copy.deepcopy(body.get("embeds") or []),
            "components": copy.deepcopy(body.get("components") or []),
            "reactions": [],
            "pinned": False,
            "type": MSG_DEFAULT,
            "flags": int(flags if flags is not None else body.get("flags") or 0),
        }
        if body.get("nonce") is not None:
            msg["nonce"] = body["nonce"]
        if body.get("poll") is not None:
            msg["poll"] = copy.deepcopy(body["poll"])
        if guild is not None:
            msg["guild_id"] = str(guild.id)
            member = guild.members.get(author.id)
            if member is not None:
                msg["member"] = member.to_json(include_user=False)
        reference = body.get("message_reference")
        if reference:
            ref_id = int(reference["message_id"])
            msg["type"] = MSG_REPLY
            msg["message_reference"] = {
                "type": reference.get("type", 0),
                "message_id": str(ref_id),
                "channel_id": str(reference.get("channel_id") or channel.id),
            }
            if guild is not None:
                msg["message_reference"]["guild_id"] = str(guild.id)
            referenced = self._messages.get(ref_id)
            if referenced is not None:
                msg["referenced_message"] = {
                    k: v for k, v in copy.deepcopy(referenced).items() if k != "referenced_message"
                }
        if interaction is not None:
            msg["webhook_id"] = str(self.application_id)
            msg["application_id"] = str(self.application_id)
            if interaction.type == ITYPE_COMMAND:
                msg["type"] = MSG_CHAT_INPUT_COMMAND
            user = interaction.payload.get("member", {}).get("user") or interaction.payload.get("user")
            msg["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": user,
                "authorizing_integration_owners": interaction.payload["authorizing_integration_owners"],
            }
            if interaction.command_name:
                msg["interaction_metadata"]["name"] = interaction.command_name
        self._messages[mid] = msg
        if msg["flags"] & FLAG_EPHEMERAL:
            self._ephemeral_ids.add(mid)
        else:
            self._channel_messages.setdefault(channel.id, []).append(mid)
            channel.last_message_id = mid
            if author.id != self.bot_user.id or self.echo_bot_messages:
                await self._dispatch_message_event("MESSAGE_CREATE", msg, guild)
        return msg

    async def _edit_message(self, msg: JSON, body: JSON, files: Sequence[RecordedFile] = ()) -> None:
        for key in ("content", "embeds", "components", "poll"):
            if key in body:
                value = body[key]
                msg[key] = copy.deepcopy(value) if value is not None else ("" if key == "content" else [])
        if "attachments" in body or files:
            msg["attachments"] = self._register_files(files, body.get("attachments") or [])
        flags = int(msg.get("flags", 0)) & ~FLAG_LOADING
        if body.get("flags") is not None:
            flags = (flags & FLAG_EPHEMERAL) | int(body["flags"])
        msg["flags"] = flags
        if "content" in body:
            guild = self.guilds.get(int(msg["guild_id"])) if "guild_id" in msg else None
            msg["mentions"] = self._mentions_in(msg["content"], guild)
        msg["edited_timestamp"] = _now_iso()
        if int(msg["id"]) not in self._ephemeral_ids and self.echo_bot_messages:
            guild = self.guilds.get(int(msg["guild_id"])) if "guild_id" in msg else None
            await self._dispatch_message_event("MESSAGE_UPDATE", msg, guild)

    async def _delete_message(self, msg: JSON) -> None:
        mid = int(msg["id"])
        self._messages.pop(mid, None)
        cid = int(msg["channel_id"])
        if mid in self._channel_messages.get(cid, []):
            self._channel_messages[cid].remove(mid)
        self.deleted_messages.append(copy.deepcopy(msg))
        if mid not in self._ephemeral_ids and self.echo_bot_messages:
            guild = self.guilds.get(int(msg["guild_id"])) if "guild_id" in msg else None
            data: JSON = {"id": str(mid), "channel_id": str(cid)}
            if guild is not None:
                data["guild_id"] = str(guild.id)
            await self._dispatch_message_event("MESSAGE_DELETE", data, guild)

    async def _dispatch_message_event(self, event: str, msg: JSON, guild: FakeGuild | None) -> None:
        intent = Intent.GUILD_MESSAGES if guild is not None else Intent.DIRECT_MESSAGES
        gid = guild.id if guild is not None else None
        for session in [s for s in self.sessions if s.alive and s.handles(gid) and s.intents & intent]:
            data = copy.deepcopy(msg)
            if (
                event != "MESSAGE_DELETE"
                and self.strict_message_content
                and guild is not None
                and not session.intents & Intent.MESSAGE_CONTENT
                and int(msg["author"]["id"]) != self.bot_user.id
                and str(self.bot_user.id) not in {m["id"] for m in msg.get("mentions", [])}
            ):
                data.update(content="", embeds=[], attachments=[], components=[])
            await self._send_dispatch(session, event, data)

    # ---------------------------------------------------------------- REST: interactions

    def _handle_for(self, call: _Call) -> InteractionHandle:
        handle = self._interactions_by_token.get(call.param("token"))
        if handle is None or call.int_param("app_id") != self.application_id:
            raise _ApiError(404, "Unknown Webhook", 10015)
        return handle

    async def _r_callback(self, call: _Call) -> _Reply:
        handle = self._interactions_by_id.get(call.int_param("interaction_id"))
        if handle is None or handle.token != call.param("token"):
            raise _ApiError(404, "Unknown interaction", 10062)
        if handle.acknowledged:
            raise _ApiError(400, "Interaction has already been acknowledged.", 40060)
        body = call.body
        ctype = int(body.get("type", 0))
        data: JSON = body.get("data") or {}
        channel = self.channels[handle.channel_id]
        message: JSON | None = None
        if ctype == CB_CHANNEL_MESSAGE:
            message = await self._create_message(channel, self.bot_user, data, call.record.files, interaction=handle)
            handle.original_message_id = int(message["id"])
        elif ctype == CB_DEFERRED_CHANNEL_MESSAGE:
            flags = FLAG_LOADING | (int(data.get("flags") or 0) & FLAG_EPHEMERAL)
            message = await self._create_message(channel, self.bot_user, {}, interaction=handle, flags=flags)
            handle.original_message_id = int(message["id"])
        elif ctype == CB_UPDATE_MESSAGE:
            if handle.original_message_id is None:
                raise _ApiError(400, "Invalid interaction response type for this interaction", 50035)
            message = self._stored_message(handle.original_message_id)
            await self._edit_message(message, data, call.record.files)
        elif ctype == CB_AUTOCOMPLETE_RESULT:
            handle.autocomplete_result = list(data.get("choices", []))
        elif ctype == CB_MODAL:
            handle.modal = copy.deepcopy(data)
        handle.replies.append(
            InteractionReply(
                kind="callback",
                body=copy.deepcopy(body),
                files=list(call.record.files),
                message=copy.deepcopy(message),
                callback_type=ctype,
            )
        )
        ephemeral = bool(message and message["flags"] & FLAG_EPHEMERAL)
        resource: JSON = {"type": ctype}
        if message is not None and ctype in (CB_CHANNEL_MESSAGE, CB_DEFERRED_CHANNEL_MESSAGE, CB_UPDATE_MESSAGE):
            resource["message"] = copy.deepcopy(message)
        return 200, {
            "interaction": {
                "id": str(handle.id),
                "type": handle.type,
                "response_message_id": message["id"] if message else None,
                "response_message_loading": ctype == CB_DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": ephemeral,
            },
            "resource": resource,
        }

    def _webhook_message(self, handle: InteractionHandle, message_id: str) -> JSON:
        if message_id == "@original":
            if handle.original_message_id is None:
                raise _ApiError(404, "Unknown Message", 10008)
            return self._stored_message(handle.original_message_id)
        mid = int(message_id)
        if mid != handle.original_message_id and mid not in handle.followup_ids:
            raise _ApiError(404, "Unknown Message", 10008)
        return self._stored_message(mid)

    async def _r_webhook_execute(self, call: _Call) -> _Reply:
        handle = self._handle_for(call)
        if not handle.acknowledged:
            raise _ApiError(404, "Unknown Webhook", 10015)
        body = call.body
        original = handle.original_message
        if original is not None and original["flags"] & FLAG_LOADING:
            # Discord: the first follow-up after a "thinking" defer replaces the loading message.
            message = self._stored_message(int(original["id"]))
            edit = dict(body)
            edit.pop("flags", None)
            await self._edit_message(message, edit, call.record.files)
        else:
            channel = self.channels[handle.channel_id]
            message = await self._create_message(channel, self.bot_user, body, call.record.files, interaction=handle)
        handle.followup_ids.append(int(message["id"]))
        handle.replies.append(
            InteractionReply("followup", copy.deepcopy(body), list(call.record.files), copy.deepcopy(message))
        )
        if call.record.query.get("wait", "").lower() in ("1", "true"):
            return 200, copy.deepcopy(message)
        return 204, None

    async def _r_webhook_get(self, call: _Call) -> _Reply:
        handle = self._handle_for(call)
        return 200, copy.deepcopy(self._webhook_message(handle, call.param("message_id")))

    async def _r_webhook_edit(self, call: _Call) -> _Reply:
        handle = self._handle_for(call)
        message = self._webhook_message(handle, call.param("message_id"))
        await self._edit_message(message, call.body, call.record.files)
        is_original = int(message["id"]) == handle.original_message_id
        handle.replies.append(
            InteractionReply(
                "edit_original" if is_original else "edit_followup",
                copy.deepcopy(call.body),
                list(call.record.files),
                copy.deepcopy(message),
            )
        )
        return 200, copy.deepcopy(message)

    async def _r_webhook_delete(self, call: _Call) -> _Reply:
        handle = self._handle_for(call)
        message = self._webhook_message(handle, call.param("message_id"))
        is_original = int(message["id"]) == handle.original_message_id
        await self._delete_message(message)
        handle.replies.append(
            InteractionReply("delete_original" if is_original else "delete_followup", None, [], copy.deepcopy(message))
        )
        return 204, None

    # ---------------------------------------------------------------- gateway

    async def _gateway_handler(self, request: web.Request) -> web.StreamResponse:
        if self._gateway_down:  # Discord's edge while the gateway is down: the upgrade is refused
            return web.Response(status=503, text="Service Unavailable")
        ws = web.WebSocketResponse(max_msg_size=0, timeout=2.0)
        await ws.prepare(request)
        conn = GatewayConnection(id=next(self._conn_counter), ws=ws, path=request.path, query=dict(request.query))
        self.connections.append(conn)
        await self._ws_send(
            conn, {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval}, "s": None, "t": None}
        )
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                self.gateway_log.append(
                    GatewayRecord(
                        conn.id, conn.session.session_id if conn.session else None, "recv", payload, time.time()
                    )
                )
                await self._on_gateway_frame(conn, payload)
        finally:
            conn.close_code = ws.close_code
            session = conn.session
            if session is not None and session.connection is conn:
                session.connection = None
                if ws.close_code in (1000, 1001):
                    # A client closing with 1000/1001 ends its session (cannot be resumed).
                    session.invalidated = True
            self.connections.remove(conn)
            await self._notify()
        return ws

    async def _ws_send(self, conn: GatewayConnection, payload: JSON) -> bool:
        async with conn.lock:
            if conn.ws.closed:
                return False
            try:
                await conn.ws.send_str(json.dumps(payload))
            except Exception as exc:  # connection going away: events stay in the session log
                log.debug("FakeDiscord: send on connection %s failed: %r", conn.id, exc)
                return False
        session_id = conn.session.session_id if conn.session else None
        self.gateway_log.append(GatewayRecord(conn.id, session_id, "send", payload, time.time()))
        return True

    async def _send_dispatch(self, session: GatewaySession, event: str, data: JSON) -> None:
        async with session.lock:
            await self._send_dispatch_locked(session, event, data)

    async def _send_dispatch_locked(self, session: GatewaySession, event: str, data: JSON) -> None:
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.log.append(payload)
        if session.connection is not None:
            await self._ws_send(session.connection, payload)

    async def _on_gateway_frame(self, conn: GatewayConnection, payload: JSON) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == 1:
            await self._ws_send(conn, {"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            await self._identify(conn, data or {})
        elif op == 6:
            await self._resume(conn, data or {})
        elif op == 3:
            self.presence_updates.append(data or {})
        elif op == 8:
            await self._request_members(conn, data or {})
        elif op == 4:
            pass  # voice state update: not emulated
        else:
            log.warning("FakeDiscord: unknown gateway opcode %s", op)

    def _guild_create_payload(self, guild: FakeGuild, session: GatewaySession) -> JSON:
        if self.send_all_members or session.intents & Intent.GUILD_MEMBERS:
            members = list(guild.members.values())
        else:
            members = [m for m in guild.members.values() if m.user.id == self.bot_user.id]
        return guild.to_gateway_json(members=members)

    async def _identify(self, conn: GatewayConnection, data: JSON) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        token = str(data.get("token", ""))
        if self.token is not None and token != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard = data.get("shard") or [0, 1]
        shard_id, shard_count = int(shard[0]), int(shard[1])
        if shard_count < 1 or not 0 <= shard_id < shard_count:
            await conn.ws.close(code=4010, message=b"Invalid shard.")
            return
        session = GatewaySession(
            session_id=uuid.uuid4().hex,
            shard_id=shard_id,
            shard_count=shard_count,
            token=token,
            intents=int(data.get("intents", 0)),
            identify=copy.deepcopy(data),
            connection=conn,
        )
        conn.session = session
        self.sessions.append(session)
        guilds = [g for g in self.guilds.values() if g.shard_id(shard_count) == shard_id]
        async with session.lock:
            await self._send_dispatch_locked(
                session,
                "READY",
                {
                    "v": API_VERSION,
                    "user": {**self.bot_user.to_json(), "verified": True, "mfa_enabled": False},
                    "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
                    "session_id": session.session_id,
                    "session_type": "normal",
                    "resume_gateway_url": self.resume_gateway_url,
                    "shard": [shard_id, shard_count],
                    "application": {"id": str(self.application_id), "flags": self.application_flags},
                    "private_channels": [],
                    "relationships": [],
                    "presences": [],
                    "guild_join_requests": [],
                    "geo_ordered_rtc_regions": [],
                    "user_settings": {},
                },
            )
            for guild in guilds:
                await self._send_dispatch_locked(session, "GUILD_CREATE", self._guild_create_payload(guild, session))
            session.ready = True
        await self._notify()

    async def _resume(self, conn: GatewayConnection, data: JSON) -> None:
        session = next((s for s in self.sessions if s.session_id == data.get("session_id")), None)
        if (
            session is None
            or session.invalidated
            or not session.ready
            or (self.token is not None and data.get("token") != self.token)
        ):
            await self._ws_send(conn, {"op": 9, "d": False, "s": None, "t": None})
            return
        old = session.connection
        if old is not None and old is not conn:
            session.connection = None
            with contextlib.suppress(Exception):
                await old.ws.close(code=4000, message=b"Session resumed elsewhere.")
        client_seq = int(data.get("seq") or 0)
        async with session.lock:
            session.connection = conn
            conn.session = session
            for payload in session.log:
                if payload["s"] > client_seq:
                    await self._ws_send(conn, payload)
            await self._send_dispatch_locked(session, "RESUMED", {})
            session.resumes += 1
        await self._notify()

    async def _request_members(self, conn: GatewayConnection, data: JSON) -> None:
        session = conn.session
        guild = self.guilds.get(int(data.get("guild_id", 0)))
        if session is None or guild is None:
            return
        members = list(guild.members.values())
        if data.get("user_ids"):
            wanted = {int(u) for u in data["user_ids"]}
            members = [m for m in members if m.user.id in wanted]
        elif data.get("query"):
            members = [m for m in members if m.user.username.lower().startswith(str(data["query"]).lower())]
        if data.get("limit"):
            members = members[: int(data["limit"])]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [m.to_json() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        await self._send_dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _sessions_for(self, guild_id: int | None) -> list[GatewaySession]:
        def check() -> list[GatewaySession] | None:
            found = [s for s in self.sessions if s.alive and s.handles(guild_id)]
            return found or None

        where = f"guild {guild_id}" if guild_id is not None else "DMs (shard 0)"
        return await self._wait(check, self.session_timeout, f"a gateway session receiving {where}")

    async def dispatch(self, event: str, data: JSON, *, guild_id: int | None = None) -> None:
        """Send a raw dispatch event to every live session handling ``guild_id`` (None: shard 0)."""
        for session in await self._sessions_for(guild_id):
            await self._send_dispatch(session, event, copy.deepcopy(data))

    async def dispatch_guild_create(self, guild: GuildLike) -> None:
        """Send GUILD_CREATE for a guild added after READY (the bot "joins" it)."""
        g = self._guild(guild)
        for session in await self._sessions_for(g.id):
            payload = self._guild_create_payload(g, session)
            del payload["unavailable"]  # absent for a join; False would mean "became available"
            await self._send_dispatch(session, "GUILD_CREATE", payload)

    async def force_reconnect(
        self,
        shard_id: int | None = None,
        *,
        how: ReconnectHow = "reconnect",
        wait: bool = True,
        timeout: float = 10.0,
    ) -> None:
        """Make connected sessions reconnect and (if ``wait``) wait until they are back.

        ``how``: ``"reconnect"`` sends op 7 RECONNECT (client resumes), ``"close"`` closes the
        socket with resumable code 4000 (client resumes), ``"invalidate"`` sends op 9
        INVALID_SESSION false (client identifies anew and gets a new READY).
        """
        targets = [s for s in self.sessions if s.alive and s.connected and shard_id in (None, s.shard_id)]
        if not targets:
            raise RuntimeError(f"no connected gateway session (shard {shard_id}) to reconnect")
        before = {id(s): s.resumes for s in targets}
        known = set(map(id, self.sessions))
        for session in targets:
            conn = session.connection
            if conn is None:
                continue
            if how == "reconnect":
                await self._ws_send(conn, {"op": 7, "d": None, "s": None, "t": None})
            elif how == "close":
                session.connection = None
                with contextlib.suppress(Exception):
                    await conn.ws.close(code=4000, message=b"Fake reconnect.")
            else:
                session.invalidated = True
                await self._ws_send(conn, {"op": 9, "d": False, "s": None, "t": None})
        if not wait:
            return

        def check() -> bool | None:
            for session in targets:
                if how == "invalidate":
                    fresh = [
                        s
                        for s in self.sessions
                        if id(s) not in known and s.alive and s.connected and s.shard_id == session.shard_id
                    ]
                    if not fresh:
                        return None
                elif not (session.resumes > before[id(session)] and session.connected):
                    return None
            return True

        await self._wait(check, timeout, f"sessions to come back after force_reconnect({how!r})")

    @contextlib.asynccontextmanager
    async def gateway_outage(self, shard_id: int | None = None) -> AsyncIterator[list[GatewaySession]]:
        """A gateway outage, as a client sees one: the connected sessions (of ``shard_id`` if given) are closed
        with the resumable code 4000 and, until the block ends, every new gateway connection is refused with
        503 Service Unavailable, so the client stays disconnected, retrying with its backoff. The sessions
        stay resumable: after the block the client RESUMEs them. Yields the sessions that were cut off.
        """
        targets = [s for s in self.sessions if s.alive and s.connected and shard_id in (None, s.shard_id)]
        if not targets:
            raise RuntimeError(f"no connected gateway session (shard {shard_id}) to cut off")
        self._gateway_down = True
        try:
            for session in targets:
                conn = session.connection
                session.connection = None
                if conn is not None:
                    with contextlib.suppress(Exception):
                        await conn.ws.close(code=4000, message=b"Gateway unavailable.")
            await self._notify()
            yield targets
        finally:
            self._gateway_down = False

    # ---------------------------------------------------------------- user actions

    def _ensure_member(self, guild: FakeGuild, user: UserLike) -> FakeUser:
        u = self._user(user)
        if u.id not in guild.members:
            self.add_member(guild, u)
        return u

    def _interaction_base(
        self, itype: int, guild: FakeGuild | None, channel: FakeChannel, user: FakeUser, locale: str
    ) -> JSON:
        iid = self.snowflake()
        payload: JSON = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": itype,
            "token": f"fake-{iid}-{secrets.token_urlsafe(16)}",
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(channel.id),
            "channel": channel.to_json(),
        }
        if guild is not None:
            member = guild.members[user.id]
            perms = guild.permissions_of(user.id)
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member={**member.to_json(), "permissions": str(perms)},
                app_permissions=str(guild.permissions_of(self.bot_user.id)),
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
            payload["channel"]["permissions"] = str(perms)
        else:
            payload.update(
                user=user.to_json(),
                app_permissions=str(DEFAULT_EVERYONE_PERMISSIONS),
                authorizing_integration_owners={"0": str(self.bot_user.id)},
                context=1,
            )
        return payload

    def _resolve_target(
        self, guild: GuildLike | None, channel: ChannelLike | None, user: UserLike
    ) -> tuple[FakeGuild | None, FakeChannel, FakeUser]:
        if guild is None:
            u = self._user(user)
            ch = self._channel(channel) if channel is not None else self.dm_channel(u)
            return None, ch, u
        g = self._guild(guild)
        u = self._ensure_member(g, user)
        ch = self._channel(channel) if channel is not None else g.text_channels[0]
        if ch.guild_id != g.id:
            raise ValueError(f"channel {ch.id} is not in guild {g.id}")
        return g, ch, u

    def _find_command(self, name: str, guild: FakeGuild | None) -> tuple[JSON | None, bool]:
        if guild is not None:
            for command in self._guild_commands.get(guild.id, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command, True
        for command in self._global_commands:
            if command["name"] == name and command.get("type", 1) == 1:
                return command, False
        return None, False

    def _option_value(self, opt_type: int, value: Any, guild: FakeGuild | None, resolved: JSON) -> Any:
        if opt_type == 11:
            att = value if isinstance(value, FakeAttachment) else self.attachments[_id_of(value)]
            resolved.setdefault("attachments", {})[str(att.id)] = att.to_json()
            return str(att.id)
        if opt_type in (6, 9) and (isinstance(value, FakeUser) or _id_of(value) in self.users):
            user = self._user(value)
            resolved.setdefault("users", {})[str(user.id)] = user.to_json()
            if guild is not None and user.id in guild.members:
                member = guild.members[user.id].to_json(include_user=False)
                member["permissions"] = str(guild.permissions_of(user.id))
                resolved.setdefault("members", {})[str(user.id)] = member
            return str(user.id)
        if opt_type in (8, 9) and guild is not None and _id_of(value) in guild.roles:
            role = guild.roles[_id_of(value)]
            resolved.setdefault("roles", {})[str(role.id)] = role.to_json()
            return str(role.id)
        if opt_type == 7:
            ch = self._channel(value)
            data = {"id": str(ch.id), "name": ch.name, "type": ch.type, "permissions": str(Perm.ALL)}
            if ch.parent_id:
                data["parent_id"] = str(ch.parent_id)
            resolved.setdefault("channels", {})[str(ch.id)] = data
            return str(ch.id)
        return value

    @staticmethod
    def _infer_type(value: Any) -> int:
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        if isinstance(value, FakeAttachment):
            return 11
        if isinstance(value, FakeUser):
            return 6
        if isinstance(value, FakeChannel):
            return 7
        if isinstance(value, FakeRole):
            return 8
        return 3

    def _build_command_data(
        self,
        name: str,
        subcommand: str | None,
        options: Mapping[str, Any] | Sequence[JSON] | None,
        guild: FakeGuild | None,
        *,
        focused: str | None = None,
        guild_command: bool | None = None,
    ) -> tuple[JSON, JSON | None]:
        parts = name.split() + (subcommand.split() if subcommand else [])
        root, path = parts[0], parts[1:]
        definition, is_guild = self._find_command(root, guild)
        if guild_command is not None:
            is_guild = guild_command
        # walk the definition down the subcommand path
        level_defs: list[JSON] = definition.get("options", []) if definition else []
        path_types: list[int] = []
        for i, part in enumerate(path):
            found = next((o for o in level_defs if o["name"] == part and o["type"] in (1, 2)), None)
            path_types.append(found["type"] if found else (1 if i == len(path) - 1 else 2))
            level_defs = found.get("options", []) if found else []
        resolved: JSON = {}
        leaf: list[JSON]
        if options is None:
            leaf = []
        elif isinstance(options, Mapping):
            leaf = []
            for opt_name, value in options.items():
                opt_def = next((o for o in level_defs if o["name"] == opt_name), None)
                opt_type = int(opt_def["type"]) if opt_def else self._infer_type(value)
                option: JSON = {"name": opt_name, "type": opt_type}
                if opt_name == focused:
                    option["value"] = value
                    option["focused"] = True
                else:
                    option["value"] = self._option_value(opt_type, value, guild, resolved)
                leaf.append(option)
        else:
            leaf = [copy.deepcopy(dict(o)) for o in options]
            if focused is not None:
                for option in leaf:
                    if option["name"] == focused:
                        option["focused"] = True
        nested = leaf
        for part, ptype in reversed(list(zip(path, path_types, strict=True))):
            nested = [{"name": part, "type": ptype, "options": nested}]
        data: JSON = {
            "id": definition["id"] if definition else str(self.snowflake()),
            "name": root,
            "type": 1,
            "options": nested,
        }
        if resolved:
            data["resolved"] = resolved
        if is_guild and guild is not None:
            data["guild_id"] = str(guild.id)
        return data, definition

    async def _send_interaction(
        self, payload: JSON, guild: FakeGuild | None, channel: FakeChannel, *, command_name: str | None = None
    ) -> InteractionHandle:
        handle = InteractionHandle(self, payload, guild_id=guild.id if guild else None, channel_id=channel.id)
        handle.command_name = command_name
        self.interactions.append(handle)
        self._interactions_by_id[handle.id] = handle
        self._interactions_by_token[handle.token] = handle
        await self.dispatch("INTERACTION_CREATE", payload, guild_id=guild.id if guild else None)
        return handle

    async def send_slash_command(
        self,
        guild: GuildLike | None,
        channel: ChannelLike | None,
        user: UserLike,
        name: str,
        options: Mapping[str, Any] | Sequence[JSON] | None = None,
        *,
        subcommand: str | None = None,
        locale: str = "en-US",
        guild_command: bool | None = None,
        bypass_permissions: bool = False,
    ) -> InteractionHandle:
        """Invoke ``/name [subcommand] options`` as ``user`` (INTERACTION_CREATE type 2).

        ``options`` maps option names to values (types come from the synced command, else are
        inferred: str/int/float/bool, FakeAttachment → attachment with ``resolved``, FakeUser,
        FakeChannel, FakeRole) or is a raw list of option objects.  ``subcommand`` may be
        ``"sub"`` or ``"group sub"`` (``name="group sub"`` works too).  ``guild=None`` means a DM.
        ``data.guild_id`` is set when the command was synced to that guild (override with
        ``guild_command``).  Like Discord, a synced command's ``default_member_permissions``
        is enforced (PermissionError) unless ``bypass_permissions``.
        """
        g, ch, u = self._resolve_target(guild, channel, user)
        data, definition = self._build_command_data(name, subcommand, options, g, guild_command=guild_command)
        if definition is not None and g is not None and not bypass_permissions:
            required = definition.get("default_member_permissions")
            if required is not None:
                needed = int(required)
                have = g.permissions_of(u.id)
                if (needed == 0 and have != Perm.ALL) or have & needed != needed:
                    raise PermissionError(f"{u.username} lacks default_member_permissions={needed} for /{data['name']}")
        payload = self._interaction_base(ITYPE_COMMAND, g, ch, u, locale)
        payload["data"] = data
        return await self._send_interaction(
            payload, g, ch, command_name=" ".join(name.split() + (subcommand or "").split())
        )

    async def send_autocomplete(
        self,
        guild: GuildLike | None,
        channel: ChannelLike | None,
        user: UserLike,
        name: str,
        focused: str,
        value: Any = "",
        options: Mapping[str, Any] | None = None,
        *,
        subcommand: str | None = None,
        locale: str = "en-US",
        guild_command: bool | None = None,
    ) -> InteractionHandle:
        """Type into option ``focused`` of ``/name`` (INTERACTION_CREATE type 4); other already
        filled options go in ``options``.  Read the answer with ``await handle.autocomplete_choices()``."""
        g, ch, u = self._resolve_target(guild, channel, user)
        all_options = dict(options or {})
        all_options[focused] = value
        data, _ = self._build_command_data(
            name, subcommand, all_options, g, focused=focused, guild_command=guild_command
        )
        payload = self._interaction_base(ITYPE_AUTOCOMPLETE, g, ch, u, locale)
        payload["data"] = data
        return await self._send_interaction(payload, g, ch)

    async def click_button(
        self,
        message: MessageLike,
        custom_id: str,
        user: UserLike,
        *,
        values: Sequence[str] | None = None,
        locale: str = "en-US",
    ) -> InteractionHandle:
        """Click the component ``custom_id`` on a stored message (INTERACTION_CREATE type 3).

        Works for buttons and, with ``values``, select menus.  Raises ValueError if the
        message has no such (enabled) component, as a real user could not click it.
        """
        msg = self._messages.get(_id_of(message))
        if msg is None:
            raise ValueError(f"unknown message {_id_of(message)}")
        component = _find_component(msg.get("components", []), custom_id)
        if component is None:
            raise ValueError(f"message {msg['id']} has no component with custom_id {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} on message {msg['id']} is disabled")
        channel = self.channels[int(msg["channel_id"])]
        guild = self.guilds.get(channel.guild_id) if channel.guild_id else None
        g, ch, u = self._resolve_target(guild, channel, user)
        payload = self._interaction_base(ITYPE_COMPONENT, g, ch, u, locale)
        data: JSON = {"custom_id": custom_id, "component_type": int(component["type"])}
        if values is not None or component["type"] in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
        payload["data"] = data
        payload["message"] = copy.deepcopy(msg)
        return await self._send_interaction(payload, g, ch)

    async def submit_modal(
        self, source: InteractionHandle, values: Mapping[str, str], *, user: UserLike | None = None
    ) -> InteractionHandle:
        """Submit the modal the bot opened in answer to ``source`` (INTERACTION_CREATE type 5);
        ``values`` maps text-input custom_ids to the typed text."""
        modal = source.modal
        if modal is None:
            raise ValueError(f"interaction {source.id} was not answered with a modal")
        submitter = (
            user if user is not None else _id_of(source.payload.get("member", {}).get("user") or source.payload["user"])
        )
        channel = self.channels[source.channel_id]
        guild = self.guilds.get(source.guild_id) if source.guild_id else None
        g, ch, u = self._resolve_target(guild, channel, submitter)
        payload = self._interaction_base(ITYPE_MODAL_SUBMIT, g, ch, u, "en-US")
        payload["data"] = {
            "custom_id": modal["custom_id"],
            "components": _submitted_components(modal.get("components", []), values),
        }
        if source.type == ITYPE_COMPONENT:
            payload["message"] = copy.deepcopy(self._messages.get(source._component_message_id or 0))
        return await self._send_interaction(payload, g, ch)

    async def send_message(
        self,
        channel: ChannelLike,
        author: UserLike,
        content: str,
        *,
        mentions: Sequence[UserLike] = (),
        attachments: Sequence[FakeAttachment] = (),
        reply_to: MessageLike | None = None,
        embeds: Sequence[JSON] = (),
        require_bot: bool = True,
    ) -> JSON:
        """Post a message as ``author`` (MESSAGE_CREATE), in a guild channel or a DM channel.

        Users mentioned as ``<@id>`` in ``content`` (including the bot) are added to
        ``mentions`` automatically; pass others via ``mentions``.  Returns a copy of the message.
        With ``require_bot`` (default) it first waits up to ``session_timeout`` for a gateway
        session that will receive it; ``require_bot=False`` just stores it (e.g. to seed history).
        """
        ch = self._channel(channel)
        guild = self.guilds.get(ch.guild_id) if ch.guild_id else None
        u = self._ensure_member(guild, author) if guild is not None else self._user(author)
        if require_bot:
            await self._sessions_for(guild.id if guild else None)
        body: JSON = {"content": content, "embeds": list(embeds)}
        if reply_to is not None:
            body["message_reference"] = {"message_id": str(_id_of(reply_to)), "channel_id": str(ch.id)}
        msg = await self._create_message(
            ch,
            u,
            body,
            extra_mentions=[self._user(m) for m in mentions],
            attachments=attachments,
        )
        await self._notify()
        return copy.deepcopy(msg)

    async def send_dm(self, author: UserLike, content: str, **kwargs: Any) -> JSON:
        """Send a DM from ``author`` to the bot (see :meth:`send_message` for kwargs)."""
        return await self.send_message(self.dm_channel(author), author, content, **kwargs)


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


def _json_response(status: int, data: Any, headers: Mapping[str, str]) -> web.Response:
    # discord.py only parses JSON when Content-Type is exactly "application/json".
    return web.Response(
        status=status,
        body=json.dumps(data).encode(),
        headers={**headers, "Content-Type": "application/json"},
    )


async def _parse_body(request: web.Request, record: RecordedRequest) -> None:
    if not request.body_exists:
        return
    ctype = request.content_type
    if ctype.startswith("multipart/"):
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            name = getattr(part, "name", None) or ""
            raw = await part.read(decode=False)  # type: ignore[union-attr]
            if name == "payload_json":
                record.json = json.loads(raw)
            else:
                record.files.append(
                    RecordedFile(
                        field=name,
                        filename=getattr(part, "filename", None) or name,
                        data=bytes(raw),
                        content_type=part.headers.get("Content-Type", "application/octet-stream"),
                    )
                )
        return
    raw_body = await request.read()
    if not raw_body:
        return
    try:
        record.json = json.loads(raw_body)
    except ValueError:
        record.json = raw_body.decode(errors="replace")


def _find_component(components: Sequence[JSON], custom_id: str) -> JSON | None:
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        children = list(component.get("components", []))
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                children.append(component[key])
        found = _find_component(children, custom_id)
        if found is not None:
            return found
    return None


def _submitted_components(components: Sequence[JSON], values: Mapping[str, str]) -> list[JSON]:
    result: list[JSON] = []
    for component in components:
        ctype = component.get("type")
        if ctype == 4:
            cid = component["custom_id"]
            result.append({"type": 4, "custom_id": cid, "value": values.get(cid, component.get("value") or "")})
        elif ctype == 18 and isinstance(component.get("component"), dict):
            inner = _submitted_components([component["component"]], values)
            if inner:
                result.append({"type": 18, "component": inner[0]})
        elif "components" in component:
            result.append({"type": ctype, "components": _submitted_components(component["components"], values)})
    return result


def _guess_content_type(filename: str) -> str:
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


@contextlib.contextmanager
def patch_discord_py(api_base: str, gateway_url: str) -> Iterator[None]:
    """Point ``discord.http.Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY`` at a fake; restore after."""
    import discord.gateway
    import discord.http
    import yarl

    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def running_fake(**kwargs: Any) -> AsyncIterator[FakeDiscord]:
    """Start a :class:`FakeDiscord` and patch discord.py to use it (for use outside pytest)."""
    async with FakeDiscord(**kwargs) as fake:
        with fake.patch_discord():
            yield fake
