"""What the bot registers with Discord, and with which gateway intents it connects."""

from __future__ import annotations

from pathlib import Path

from .fake_discord import Intent, Perm, commands_errors
from .racebot_world import World

STRING, ATTACHMENT, SUBCOMMAND = 3, 11, 1


def options_of(command: dict) -> dict[str, tuple[int, bool, bool]]:
    """option name -> (type, required, autocomplete)"""
    return {o["name"]: (o["type"], o.get("required", False), o.get("autocomplete", False))
            for o in command.get("options", [])}


async def test_sync_payload_lists_every_command_with_options_and_autocomplete(world: World) -> None:
    synced = {c["name"]: c for c in world.fake.synced_commands(world.guild)}
    assert set(synced) == {"ask", "candidate", "race", "endorsements", "endorser", "poll", "results", "racebot",
                           "updates", "help"}

    assert options_of(synced["ask"]) == {"question": (STRING, True, False)}
    assert options_of(synced["candidate"]) == {"name": (STRING, True, True)}
    assert options_of(synced["race"]) == {"race": (STRING, True, True)}
    assert options_of(synced["results"]) == {"race": (STRING, True, True)}
    assert options_of(synced["endorsements"]) == {"candidate": (STRING, True, True)}
    assert options_of(synced["endorser"]) == {"name": (STRING, True, True)}
    assert options_of(synced["help"]) == {}

    poll = {o["name"]: o for o in synced["poll"]["options"]}
    assert {o["type"] for o in poll.values()} == {SUBCOMMAND}
    assert options_of(poll["latest"]) == {"race": (STRING, True, True), "subgroup": (STRING, False, True)}
    assert options_of(poll["average"]) == {"race": (STRING, True, True)}
    assert options_of(poll["history"]) == {"race": (STRING, True, True)}
    assert options_of(poll["chart"]) == {
        "race": (STRING, True, True), "candidate": (STRING, False, True), "subgroup": (STRING, False, True)
    }

    admin = synced["racebot"]
    assert admin["default_member_permissions"] == str(Perm.MANAGE_GUILD)
    sub = {o["name"]: o for o in admin["options"]}
    assert options_of(sub["import"]) == {"file": (ATTACHMENT, True, False)}
    assert options_of(sub["default-race"]) == {"race": (STRING, True, True)}
    for command in synced.values():
        assert command["description"], command["name"]


async def test_every_synced_command_keeps_within_discords_limits_in_every_locale(world: World) -> None:
    # The fake refuses a sync that breaks them, as Discord does: the fixture's sync has passed this check already.
    synced = world.fake.synced_commands(world.guild)
    assert commands_errors(synced) == {}
    updates = next(c for c in synced if c["name"] == "updates")
    subscribe = next(o for o in updates["options"] if o["name"] == "subscribe")
    what = next(o for o in subscribe["options"] if o["name"] == "what")
    assert what["description"] == ("New polls or endorsements, a digest (average, news, days left), or results "
                                   "(counts, leads, calls)")


async def test_bot_connects_without_privileged_intents(world: World) -> None:
    (session,) = world.fake.sessions
    privileged = Intent.MESSAGE_CONTENT | Intent.GUILD_MEMBERS | (1 << 8)  # 1 << 8: presences
    assert session.intents & privileged == 0
    needed = Intent.GUILDS | Intent.GUILD_MESSAGES | Intent.DIRECT_MESSAGES
    assert session.intents & needed == needed


async def test_commands_are_not_synced_on_start(world: World) -> None:
    # The fixture synced once, to its server, on purpose; starting the bot synced nothing.
    puts = world.fake.requests_to("PUT", r"/applications/\d+/(guilds/\d+/)?commands")
    assert len(puts) == 1 and "/guilds/" in puts[0].path
    assert world.fake.synced_commands() == []


async def test_readme_documents_every_command_intents_and_invite(world: World) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Discord", 1)[1].split("\n## ", 1)[0]
    for command in world.fake.synced_commands(world.guild):
        subcommands = [o["name"] for o in command.get("options", []) if o["type"] == SUBCOMMAND]
        for usage in [f"/{command['name']} {s}" for s in subcommands] or [f"/{command['name']}"]:
            assert f"`{usage}" in section, usage
    for needed in ("Message Content", "applications.commands", "Embed Links", "Attach Files", "racebot sync"):
        assert needed in section, needed
