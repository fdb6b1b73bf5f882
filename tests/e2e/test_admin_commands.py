"""/racebot import (the data editors) and /racebot default-race (Manage Server): one transaction, the error line on a
bad file. Who may change the shared data is tested in test_data_editors.py."""

from __future__ import annotations

from bot.importers.bundled import BUNDLED_DATA_DIR

from .racebot_world import TIMEOUT, World

PUBLIC_FILE = BUNDLED_DATA_DIR / "la-mayor-2022-public.yaml"  # not in the seed database: importing it changes it


def malformed_bundle() -> bytes:
    """The public bundle with one impossible date, on a line we know."""
    lines = PUBLIC_FILE.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines) if text.strip().startswith("published: 2022-05-25"))
    lines[line] = lines[line].replace("2022-05-25", "2022-13-45")
    return ("\n".join(lines) + "\n").encode(), line + 1


async def test_member_without_manage_server_is_refused_and_nothing_changes(world: World) -> None:
    before = await world.table_rows()
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "racebot",
                                                 {"file": attachment}, subcommand="import", bypass_permissions=True)
    refusal = await handle.wait_for_message(timeout=TIMEOUT)
    assert refusal["flags"] & 64
    assert "only Racebot's operator can use it" in refusal["content"]
    assert await world.table_rows() == before

    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "racebot",
                                                 {"race": "la-mayor-2022"}, subcommand="default-race",
                                                 bypass_permissions=True)
    assert "Manage Server" in (await handle.wait_for_message(timeout=TIMEOUT))["content"]
    assert await world.table_rows() == before


async def test_admin_import_of_a_malformed_file_gets_the_error_line_and_changes_nothing(world: World) -> None:
    before = await world.table_rows()
    data, line = malformed_bundle()
    attachment = world.fake.add_attachment("broken.yaml", data)
    message = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    embed = message["embeds"][0]
    assert embed["title"] == "Import rejected: nothing was changed"
    assert embed["description"].startswith(f"broken.yaml, line {line}:")
    assert message["flags"] & 64
    assert await world.table_rows() == before


async def test_admin_import_adds_the_data_and_answers_use_it_at_once(world: World) -> None:
    before = await world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest")
    assert "Karen Bass 38%" in before["embeds"][0]["description"]
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    message = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    embed = message["embeds"][0]
    assert embed["title"] == f"Imported {PUBLIC_FILE.name}".replace("_", "\\_")
    assert "poll" in embed["description"]
    after = await world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest")
    assert "Karen Bass 45%" in after["embeds"][0]["description"]
    assert "Rick Caruso 41%" in after["embeds"][0]["description"]


async def test_admin_sets_the_servers_default_race(world: World) -> None:
    message = await world.command("racebot", {"race": "la mayor"}, subcommand="default-race", user=world.admin)
    assert message["embeds"][0]["title"] == "Default race set"
    assert "la-mayor-2022" in message["embeds"][0]["description"]
    rows = (await world.table_rows())["guild_settings"]
    assert [row[0] for row in rows] == [world.guild.id]


async def test_import_refuses_a_file_of_an_unknown_kind(world: World) -> None:
    before = await world.table_rows()
    attachment = world.fake.add_attachment("notes.txt", b"hello")
    message = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    assert message["embeds"][0]["title"] == "Import refused"
    assert await world.table_rows() == before
