"""The shared data is the operator's: only the bot's owner and DATA_EDITORS import, add and remove feeds, list feeds and
read the change log, in any server; a server admin who is not one of them is told who can, and nothing changes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.db.database import Database
from bot.db.models import ChangeLogEntry, Feed
from bot.importers.bundled import BUNDLED_DATA_DIR
from tests.factories import write_538

from .fake_discord import Perm
from .racebot_world import TIMEOUT, World

PUBLIC_FILE = BUNDLED_DATA_DIR / "la-mayor-2022-public.yaml"  # not in the seed database: importing it changes it
FEED_URL = "https://93.184.215.14/racebot-polls.csv"  # a public address; never read: the test ends long before


async def refusal(world: World, subcommand: str, options: dict[str, object], command: str = "racebot") -> str:
    """What a Manage Server and Manage Channels admin (not an editor) is told, ephemerally."""
    admin = world.fake.add_member(world.guild, world.admin, permissions=Perm.MANAGE_CHANNELS)
    handle = await world.fake.send_slash_command(world.guild, world.channel, admin, command, options,
                                                 subcommand=subcommand)
    message = await handle.wait_for_message(timeout=TIMEOUT)
    assert message["flags"] & 64, message
    return message["content"]


async def log_entries(world: World) -> list[ChangeLogEntry]:
    """The change log's entries, oldest first."""
    db = Database(world.settings.database_url, schema=world.settings.database_schema)
    try:
        async with db.session() as session:
            return list((await session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id))).all())
    finally:
        await db.close()


RACE_ONLY = """\
racebot-bundle: 1
races:
  - slug: springfield-mayor-2030
    name: 2030 Springfield mayoral election
    office: Mayor of Springfield
    office_type: Mayor
    jurisdiction: Springfield
    state: IL
    cycle: 2030
    nonpartisan: false
    places: [Springfield]
    stages:
      - {stage: general, date: 2030-11-05}
    candidates:
      - {name: Maria Delgado-Smith, party: Democratic, status: running}
      - {name: Thomas Okafor, party: Republican, status: running}
"""


async def test_a_server_admin_who_is_no_editor_is_refused_and_told_who_can(world: World) -> None:
    before = await world.table_rows()
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    text = await refusal(world, "import", {"file": attachment})
    assert text.startswith("/racebot import changes data every server shares, so only Racebot's operator can use it")
    assert f"<@{world.owner.id}>" in text and f"<@{world.editor.id}>" in text and "nothing was changed" in text
    assert "only Racebot's operator" in await refusal(world, "add-feed", {"url": FEED_URL}, "updates")
    assert "only Racebot's operator" in await refusal(world, "remove-feed", {"feed": 1}, "updates")
    for command, subcommand in (("updates", "feeds"), ("racebot", "changes")):  # they list, and say so
        text = await refusal(world, subcommand, {}, command)
        assert text.startswith(f"/{command} {subcommand} only lists what Racebot's operator keeps of the data every "
                               f"server shares (it changes nothing), and only the operator can use it: "), text
        assert f"<@{world.owner.id}>" in text and f"<@{world.editor.id}>" in text and "changes data" not in text
    assert await world.table_rows() == before
    assert [m for m in world.fake.messages_in(world.channel) if not m["flags"] & 64] == []  # nothing public


async def test_the_owner_and_an_editor_change_the_data_and_the_log_names_them(world: World, tmp_path: Path) -> None:
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    owners = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    assert owners["embeds"][0]["title"].startswith("Imported")

    polls = tmp_path / "senate_polls.csv"
    write_538(polls, races=2, polls_per_race=3)
    attachment = world.fake.add_attachment(polls.name, polls.read_bytes())
    # The editor has no Manage Server here: a server admin let them see the command (Discord's integration settings).
    editors = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.editor,
                                  bypass_permissions=True)
    assert editors["embeds"][0]["title"].startswith("Imported")
    added = await world.command("updates", {"url": FEED_URL}, subcommand="add-feed", user=world.editor,
                                bypass_permissions=True)
    assert added["embeds"][0]["title"] == "Feed added"
    listed = await world.command("updates", {}, subcommand="feeds", user=world.owner)
    assert FEED_URL in listed["embeds"][0]["description"]

    entries = [entry for entry in await log_entries(world) if entry.via == "discord"]  # not the world's seed data
    assert [(e.action, e.via, e.user_ref, e.guild_id, e.guild_name) for e in entries] == [
        ("import", "discord", str(world.owner.id), world.guild.id, "Election Nerds"),
        ("import", "discord", str(world.editor.id), world.guild.id, "Election Nerds"),
        ("feed added", "discord", str(world.editor.id), world.guild.id, "Election Nerds")]
    assert [e.file for e in entries] == [PUBLIC_FILE.name, polls.name, FEED_URL]

    log = await world.command("racebot", {}, subcommand="changes", user=world.editor, bypass_permissions=True)
    lines = [line for line in log["embeds"][0]["description"].splitlines() if "UTC" in line]
    assert f"· {FEED_URL} · by <@{world.editor.id}> in “Election Nerds” (Discord) · added the feed" in lines[0]
    shown = polls.name.replace("_", "\\_")  # markdown escaped: Discord shows senate_polls.csv
    assert f"· {shown} · by <@{world.editor.id}> in “Election Nerds” (Discord) · added 2 races" in lines[1]
    assert f"· {PUBLIC_FILE.name} · by <@{world.owner.id}> in “Election Nerds” (Discord) · added " in lines[2]
    assert not any("attachments" in line or str(world.guild.id) in line for line in lines)
    sent = [r.json for r in world.fake.requests_to("*", r"/webhooks/.*") if isinstance(r.json, dict)
            and any(e.get("title") == "Latest data changes" for e in r.json.get("embeds") or [])]
    assert sent and all(json["allowed_mentions"]["parse"] == [] and not json["allowed_mentions"].get("users")
                        for json in sent)  # the mentions name the editors and ping nobody

    removed = await world.command("updates", {"feed": 1}, subcommand="remove-feed", user=world.owner)
    assert removed["embeds"][0]["title"] == "Feed removed"
    assert (await world.table_rows())[Feed.__tablename__] == []
    newest = (await log_entries(world))[-1]
    assert (newest.action, newest.user_ref, newest.file) == ("feed removed", str(world.owner.id), FEED_URL)


async def test_an_import_of_races_and_candidates_alone_is_in_the_log_in_words(world: World) -> None:
    attachment = world.fake.add_attachment("springfield-2030.yaml", RACE_ONLY.encode())
    imported = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    assert imported["embeds"][0]["title"].startswith("Imported")
    log = await world.command("racebot", {}, subcommand="changes", user=world.owner)
    line = next(line for line in log["embeds"][0]["description"].splitlines() if "UTC" in line)  # the newest
    assert line.endswith(f"· springfield-2030.yaml · by <@{world.owner.id}> in “Election Nerds” (Discord) · "
                         f"added 1 race and 2 candidates · springfield-mayor-2030"), line
    spanish = await world.command("racebot", {}, subcommand="changes", user=world.owner, locale="es-ES")
    assert spanish["embeds"][0]["title"] == "Últimos cambios de los datos"
    assert (f"por <@{world.owner.id}> en “Election Nerds” (Discord) · añadió 1 contienda y 2 candidatos"
            in spanish["embeds"][0]["description"])


async def test_the_members_of_the_applications_team_are_its_owners(world: World) -> None:
    developer = world.fake.add_member(world.guild, name="developer")
    viewer = world.fake.add_member(world.guild, name="viewer", permissions=Perm.MANAGE_GUILD)
    world.fake.application_team = [(world.owner, "admin"), (developer, "developer"), (viewer, "read_only")]
    before = await world.table_rows()
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    refused = await world.command("racebot", {"file": attachment}, subcommand="import", user=viewer)
    assert "only Racebot's operator can use it" in refused["content"]
    assert all(f"<@{user.id}>" in refused["content"] for user in (world.owner, developer, world.editor))
    assert f"<@{viewer.id}>" not in refused["content"]
    assert await world.table_rows() == before
    imported = await world.command("racebot", {"file": attachment}, subcommand="import", user=developer,
                                   bypass_permissions=True)
    assert imported["embeds"][0]["title"].startswith("Imported")


async def test_an_import_while_another_writes_waits_its_turn_and_says_so(world: World) -> None:
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    async with world.bot.engine.db.write_turn():  # another import (any process) is writing
        handle = await world.fake.send_slash_command(world.guild, world.channel, world.owner, "racebot",
                                                     {"file": attachment}, subcommand="import")
        waiting = await handle.wait_for_message(timeout=TIMEOUT)
        assert waiting["content"] == "Waiting for another import to finish…" and waiting["flags"] & 64
        assert not any(message.get("embeds") for message in handle.messages)  # not imported yet
    done = await handle.wait_for_message(lambda message: bool(message.get("embeds")), timeout=TIMEOUT)
    assert done["embeds"][0]["title"].startswith("Imported") and done["flags"] & 64
