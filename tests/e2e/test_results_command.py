"""/results end to end through the fake Discord: the count as an answer with a chart attached."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from matplotlib import image

from bot.importers.results_import import import_results

from .racebot_world import TIMEOUT, World

CLARITY = Path(__file__).resolve().parents[3] / "shared" / "data" / "clarity"
pytestmark = pytest.mark.skipif(not CLARITY.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no Clarity files at {CLARITY}")


def embed_text(message: dict) -> str:
    embed = message["embeds"][0]
    return "\n".join([embed.get("title", ""), embed.get("description", "")]
                     + [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])])


async def test_results_shows_the_partial_count_with_a_chart(world: World) -> None:
    await import_results(world.bot.engine.db, str(CLARITY / "county.xml"), create_races=True)
    world.bot.engine.index_cache.invalidate()
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "results",
                                                 {"race": "arkansas-u-s-senate-class-ii-2014"})
    assert (await handle.response(timeout=TIMEOUT)).callback_type == 5  # deferred: the chart takes a moment
    message = await handle.wait_for_message(lambda m: bool(m["attachments"]), timeout=TIMEOUT)
    (upload,) = handle.files
    pixels = image.imread(io.BytesIO(upload.data), format="png")
    assert pixels.shape[0] > 300 and pixels.shape[1] > 600
    assert message["embeds"][0]["image"]["url"] == f"attachment://{upload.filename}"
    text = embed_text(message)
    assert "Count: 2014 Arkansas Senate" in text and "Tom Cotton leads" in text and "partial" in text


async def test_results_of_a_race_without_a_count_says_so_without_a_chart(world: World) -> None:
    message = await world.command("results", {"race": "la-mayor-2022"})
    assert not message["attachments"]
    assert "Results" in embed_text(message)


async def test_the_owner_imports_a_clarity_file_and_results_answers_from_it(world: World) -> None:
    attachment = world.fake.add_attachment("county.xml", (CLARITY / "county.xml").read_bytes())
    refused = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    # No race of that contest exists and Discord offers no --create-races: it is listed, not guessed.
    assert "not mapped" in refused["embeds"][0]["description"]

    night = ("race,stage,candidate,votes,reported,expected,time,source_url\n"
             "la-mayor-2022,general,Karen Bass,1000,10,100,2022-11-08T21:00:00,https://results.example/la\n")
    attachment = world.fake.add_attachment("night.csv", night.encode())
    message = await world.command("racebot", {"file": attachment}, subcommand="import", user=world.owner)
    assert "1 new count" in message["embeds"][0]["description"], message["embeds"][0]
