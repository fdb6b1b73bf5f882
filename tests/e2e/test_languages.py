"""Racebot in the asker's language, end to end: a Spanish Discord client gets Spanish answers, an English one English;
the synced commands carry Spanish descriptions; a Spanish subscription posts in Spanish."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.db.models import Feed

from .fake_discord import Perm
from .racebot_world import TIMEOUT, World
from .test_data_editors import PUBLIC_FILE
from .test_poll_commands import embed_text
from .test_updates import RACE_NAME, UpdatesWorld, titles, updates_world, write_feed  # noqa: F401 - the fixture

SPANISH_LOCALES = ("es-ES", "es-419")
SUBCOMMAND, GROUP = 1, 2


def buttons(message: dict) -> list[str]:
    return [c.get("label", "") for row in message.get("components", []) for c in row["components"]]


async def test_a_spanish_client_gets_its_answer_in_spanish_and_an_english_one_in_english(world: World) -> None:
    spanish = await world.command("ask", {"question": "who endorsed karen bass"}, locale="es-419")
    embed = spanish["embeds"][0]
    assert embed["title"] == "Respaldos a Karen Bass"
    assert "respaldo" in embed["description"] and "Fuentes" in [f["name"] for f in embed["fields"]]
    assert embed["footer"]["text"] == "Racebot · respuestas de su propia base de datos, con fuentes"

    english = await world.command("ask", {"question": "who endorsed karen bass"}, locale="en-US")
    embed = english["embeds"][0]
    assert embed["title"] == "Endorsements of Karen Bass"
    assert "Sources" in [f["name"] for f in embed["fields"]]
    assert embed["footer"]["text"] == "Racebot · answers from its own database, with sources"


async def test_slash_commands_answer_in_the_users_language(world: World) -> None:
    latest = await world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest", locale="es-ES")
    text = embed_text(latest)
    assert latest["embeds"][0]["title"].startswith("Última encuesta: ")
    assert "Karen Bass 38\xa0%" in text and "Rick Caruso 32\xa0%" in text  # the same poll, in Spanish numbers
    english = await world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest", locale="en-US")
    assert "Karen Bass 38%" in embed_text(english)

    race = await world.command("race", {"race": "la-mayor-2022"}, locale="es-419")
    assert "candidatos en la contienda" in race["embeds"][0]["description"]
    unknown = await world.command("candidate", {"name": "karen smith"}, locale="es-419")
    assert unknown["embeds"][0]["title"] == "Nombre desconocido"
    assert "Karen Bass" in buttons(unknown)  # the "did you mean" buttons are the names, as they are


async def test_page_buttons_and_help_in_spanish(bundled_world: World) -> None:
    history = await bundled_world.command("poll", {"race": "la-mayor-2022"}, subcommand="history", locale="es-419")
    assert history["embeds"][0]["footer"]["text"].startswith("Página 1/")
    assert {"Anterior", "Siguiente"} <= set(buttons(history))
    english = await bundled_world.command("poll", {"race": "la-mayor-2022"}, subcommand="history")
    assert {"Previous", "Next"} <= set(buttons(english))

    help_message = await bundled_world.command("help", locale="es-ES")
    embed = help_message["embeds"][0]
    assert embed["title"] == "Ayuda de Racebot"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "Haz una pregunta con tus propias palabras" in fields["/ask question:"]
    assert "¿quién respalda a Karen Bass?" in fields["Preguntas (con /ask, una mención o un mensaje directo)"]


async def test_a_refusal_is_in_the_users_language(world: World) -> None:
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "racebot",
                                                 {"race": "la-mayor-2022"}, subcommand="default-race",
                                                 locale="es-419", bypass_permissions=True)
    refusal = await handle.wait_for_message(timeout=TIMEOUT)
    assert refusal["content"] == ("Necesitas el permiso Gestionar servidor para usar /racebot default-race. "
                                  "No se cambió nada.")


async def test_synced_commands_carry_spanish_descriptions_for_both_spanish_locales(world: World) -> None:
    synced = world.fake.synced_commands(world.guild)
    options = []
    for command in synced:
        assert set(SPANISH_LOCALES) <= set(command.get("description_localizations") or {}), command["name"]
        assert not command.get("name_localizations"), command["name"]  # names stay what users type
        stack = list(command.get("options", []))
        while stack:
            option = stack.pop()
            options.append(option)
            stack += option.get("options", []) if option["type"] in (SUBCOMMAND, GROUP) else []
    assert len(options) > 30
    for option in options:
        localized = option.get("description_localizations") or {}
        assert set(SPANISH_LOCALES) <= set(localized), option["name"]
        assert not option.get("name_localizations"), option["name"]
        for text in localized.values():
            assert 1 <= len(text) <= 100, text  # Discord's limit
    ask = next(c for c in synced if c["name"] == "ask")
    assert ask["description_localizations"]["es-419"] == "Haz una pregunta con tus propias palabras"
    updates = next(c for c in synced if c["name"] == "updates")
    subscribe = next(o for o in updates["options"] if o["name"] == "subscribe")
    what = next(o for o in subscribe["options"] if o["name"] == "what")
    names = {c["value"]: c.get("name_localizations", {}) for c in what["choices"]}
    assert names["polls"] == {"es-ES": "encuestas", "es-419": "encuestas"}
    language = next(o for o in subscribe["options"] if o["name"] == "language")
    assert [(c["name"], c["value"]) for c in language["choices"]] == [("English", "en"), ("Español", "es")]


async def test_a_spanish_subscription_posts_in_spanish(updates_world: UpdatesWorld) -> None:  # noqa: F811
    w = updates_world
    general, polls, *_ = w.channels
    created = await w.command("subscribe", {"race": "la-mayor-2022", "what": "polls", "channel": general,
                                            "language": "es"})
    assert created["embeds"][0]["title"] == "Subscription created"  # the admin's client is English
    assert "Posts are written in Español." in embed_text(created)
    await w.subscribe(polls)  # the server's language: English
    listing = await w.command("list", {})
    assert "Español" in listing["embeds"][0]["description"]

    write_feed(w.feed, 1)
    await w.posts(general, 1)
    await w.posts(polls, 1)
    spanish = w.fake.messages_in(general)[0]["embeds"][0]
    assert spanish["title"] == "Nueva encuesta: Elección a la alcaldía de Los Ángeles de 2022"
    assert "Karen Bass 41\xa0%" in spanish["description"] and "votantes probables" in spanish["description"]
    assert "Fuentes" in [f["name"] for f in spanish["fields"]]
    assert spanish["footer"]["text"].startswith("Racebot update #")  # the marker a resend looks for is the same
    english = w.fake.messages_in(polls)[0]["embeds"][0]
    assert english["title"] == f"New poll: {RACE_NAME}" and "Karen Bass 41%" in english["description"]

    preview = await w.command("preview", {"subscription": 1}, user=w.admin)
    assert preview["embeds"][0]["title"].startswith("Nueva encuesta")


async def test_a_subscription_posts_in_the_servers_language_by_default(updates_world: UpdatesWorld) -> None:  # noqa: F811
    w = updates_world
    guild = w.fake.add_guild("Elecciones", channels=("noticias",), locale="es-419")
    admin = w.fake.add_member(guild, name="admin-es", permissions=Perm.MANAGE_CHANNELS | Perm.MANAGE_GUILD)
    await w.fake.dispatch_guild_create(guild)
    await asyncio.wait_for(w.bot.sync_commands(guild.id), TIMEOUT)
    (channel,) = guild.text_channels
    handle = await w.fake.send_slash_command(guild, channel, admin, "updates",
                                             {"race": "la-mayor-2022", "what": "polls"}, subcommand="subscribe",
                                             locale="es-419")
    created = await handle.wait_for_message(timeout=TIMEOUT)
    assert created["embeds"][0]["title"] == "Suscripción creada"
    assert "recibirá las encuestas nuevas" in created["embeds"][0]["description"]

    write_feed(w.feed, 1)
    await w.posts(channel, 1)
    assert titles(w.fake, channel)[0].startswith("Feed Research 1")
    assert w.fake.messages_in(channel)[0]["embeds"][0]["title"].startswith("Nueva encuesta")


async def test_a_mention_or_a_dm_is_answered_in_the_language_it_is_written_in(world: World) -> None:
    fake = world.fake
    await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} ¿Karen Bass vs Rick Caruso?")
    reply = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert reply["embeds"][0]["title"] == "Karen Bass contra Rick Caruso"
    assert reply["embeds"][0]["footer"]["text"].startswith("Racebot · respuestas")

    await fake.send_dm(world.member, "bass vs caruso")
    reply = await fake.wait_for_message(fake.dm_channel(world.member), timeout=TIMEOUT)
    assert reply["embeds"][0]["title"] == "Karen Bass vs Rick Caruso"


async def test_a_chart_and_the_results_in_spanish(bundled_world: World) -> None:
    world = bundled_world
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "poll",
                                                 {"race": "la-mayor-2022"}, subcommand="chart", locale="es-419")
    message = await handle.wait_for_message(lambda m: bool(m["attachments"]), timeout=TIMEOUT)
    embed = message["embeds"][0]
    assert embed["title"] == "Encuestas: Elección a la alcaldía de Los Ángeles de 2022"
    assert "12 encuestas, 5 ago 2021 – 3 nov 2022; puntos: encuestas" in embed["description"]

    results = await world.command("results", {"race": "la-mayor-2022"}, locale="es-419")
    assert "ganó la elección general" in results["embeds"][0]["description"]


async def test_autocomplete_shows_data_labels_in_the_users_language(bundled_world: World) -> None:
    world = bundled_world
    handle = await world.fake.send_autocomplete(world.guild, world.channel, world.member, "poll", "subgroup",
                                                "latino vot", subcommand="latest", locale="es-419")
    choices = {c["name"]: c["value"] for c in await handle.autocomplete_choices(timeout=TIMEOUT)}
    assert choices["Votantes latinos"] == "Latino voters"  # shown in Spanish, sent back as the data has it
    handle = await world.fake.send_autocomplete(world.guild, world.channel, world.member, "race", "race", "la",
                                                locale="es-419")
    races = {c["name"]: c["value"] for c in await handle.autocomplete_choices(timeout=TIMEOUT)}
    assert races["Elección a la alcaldía de Los Ángeles de 2022 (la-mayor-2022)"] == "la-mayor-2022"


async def test_the_owners_sync_is_answered_in_the_servers_language(world: World) -> None:
    fake = world.fake
    spanish = fake.add_guild("Elecciones", locale="es-419")
    fake.add_member(spanish, world.owner)
    member = fake.add_member(spanish, name="miembro")
    await fake.dispatch_guild_create(spanish)
    (channel,) = spanish.text_channels
    sync = f"{fake.bot_user.mention} sync"

    await fake.send_message(channel, world.owner, sync, mentions=[fake.bot_user])
    synced = await fake.wait_for_message(channel, timeout=TIMEOUT)
    assert synced["content"] == "Sincronicé 10 comandos con este servidor."
    await fake.send_message(channel, member, sync, mentions=[fake.bot_user])
    refused = await fake.wait_for_message(channel, predicate=lambda m: m["id"] != synced["id"], timeout=TIMEOUT)
    assert refused["content"] == "Solo el propietario del bot puede sincronizar sus comandos."

    await fake.send_message(world.channel, world.owner, sync, mentions=[fake.bot_user])  # an English server
    english = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert english["content"] == "Synced 10 commands to this server."


async def test_an_import_waiting_its_turn_says_so_in_the_users_language(world: World) -> None:
    attachment = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    async with world.bot.engine.db.write_turn():  # another import (any process) is writing
        handle = await world.fake.send_slash_command(world.guild, world.channel, world.owner, "racebot",
                                                     {"file": attachment}, subcommand="import", locale="es-419")
        waiting = await handle.wait_for_message(timeout=TIMEOUT)
        assert waiting["content"] == "Esperando a que termine otra importación…" and waiting["flags"] & 64
    done = await handle.wait_for_message(lambda message: bool(message.get("embeds")), timeout=TIMEOUT)
    assert done["embeds"][0]["title"] == f"{PUBLIC_FILE.name} importado"


async def test_a_failing_feed_is_reported_in_the_language_of_the_server_it_was_added_in(
        updates_world: UpdatesWorld, tmp_path: Path) -> None:  # noqa: F811
    w = updates_world
    spanish = w.fake.add_guild("Elecciones", locale="es-419")
    admin = w.fake.add_member(spanish, name="admin-es", permissions=Perm.MANAGE_GUILD)
    await w.fake.dispatch_guild_create(spanish)
    feeds = {w.admin.id: w.guild.id, admin.id: spanish.id}
    async with w.bot.engine.db.sessions.begin() as session:  # as /updates add-feed stores them, but files
        for user_id, guild_id in feeds.items():
            broken = tmp_path / f"broken-{user_id}.csv"
            broken.write_text("this is no polls file\n", encoding="utf-8")
            session.add(Feed(location=str(broken), origin="command", added_by=user_id, guild_id=guild_id, failures=0))

    told = await w.fake.wait_for_message(w.fake.dm_channel(admin), timeout=TIMEOUT)
    assert told["content"].startswith("Racebot no pudo actualizar la fuente de datos #")
    assert "/updates feeds muestra su estado" in told["content"]
    english = await w.fake.wait_for_message(w.fake.dm_channel(w.admin), timeout=TIMEOUT)
    assert english["content"].startswith("Racebot could not refresh the feed #")
    assert english["content"].endswith("/updates feeds shows its state, /updates remove-feed removes it.")
