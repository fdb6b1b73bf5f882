"""/poll latest|average|history|chart, end to end through the fake Discord."""

from __future__ import annotations

import io

from matplotlib import image

from .racebot_world import TIMEOUT, World


def embed_text(message: dict) -> str:
    embed = message["embeds"][0]
    return "\n".join([embed.get("title", ""), embed.get("description", "")]
                     + [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])])


async def test_poll_latest_on_the_seed_data_shows_bass_38_caruso_32_and_the_source(world: World) -> None:
    message = await world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest")
    text = embed_text(message)
    assert "Karen Bass 38%" in text and "Rick Caruso 32%" in text
    sources = next(f for f in message["embeds"][0]["fields"] if f["name"] == "Sources")["value"]
    assert "CBS Los Angeles" in sources and "(https://www.cbsnews.com/losangeles/news/poll-la-mayoral" in sources
    assert "2022-06-06" in sources


async def test_poll_latest_on_all_bundled_data_is_the_november_poll(bundled_world: World) -> None:
    message = await bundled_world.command("poll", {"race": "la-mayor-2022"}, subcommand="latest")
    text = embed_text(message)
    assert "Karen Bass 45%" in text and "Rick Caruso 41%" in text
    assert "nbclosangeles.com" in text


async def test_poll_chart_attaches_a_png_that_decodes(bundled_world: World) -> None:
    world = bundled_world
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "poll",
                                                 {"race": "la-mayor-2022"}, subcommand="chart")
    assert (await handle.response(timeout=TIMEOUT)).callback_type == 5  # deferred: the chart takes a moment
    message = await handle.wait_for_message(lambda m: bool(m["attachments"]), timeout=TIMEOUT)
    (upload,) = handle.files
    assert upload.data.startswith(b"\x89PNG")
    pixels = image.imread(io.BytesIO(upload.data), format="png")
    assert pixels.shape[0] > 300 and pixels.shape[1] > 600
    embed = message["embeds"][0]
    assert embed["image"]["url"] == f"attachment://{upload.filename}"
    assert "12 polls, Aug 05, 2021 – Nov 03, 2022" in embed["description"]
    assert "FM3 Research" in embed["description"]
    assert "Sources" in [f["name"] for f in embed["fields"]]


async def test_poll_latest_for_a_group_of_voters_with_a_typo(bundled_world: World) -> None:
    choices = await bundled_world.choices("poll", "subgroup", "latino vot", subcommand="latest")
    assert "Latino voters" in choices
    message = await bundled_world.command("poll", {"race": "la-mayor-2022", "subgroup": "latino votrs"},
                                          subcommand="latest")
    text = embed_text(message)
    assert message["embeds"][0]["title"].startswith("How Latino voters are voting")
    assert "Rick Caruso 43.7%, Karen Bass 29.4%" in text


async def test_poll_average_lists_the_polls_it_uses(bundled_world: World) -> None:
    message = await bundled_world.command("poll", {"race": "la-mayor-2022"}, subcommand="average")
    text = embed_text(message)
    assert "polling average" in text and "weight" in text and "Sources" in text


async def test_poll_history_pages_through_every_poll(bundled_world: World) -> None:
    message = await bundled_world.command("poll", {"race": "la-mayor-2022"}, subcommand="history")
    assert "12 polls" in message["embeds"][0]["description"]
    assert message["embeds"][0]["footer"]["text"].startswith("Page 1/")


async def test_unknown_race_is_an_answer_not_an_error(world: World) -> None:
    message = await world.command("poll", {"race": "narnia-2030"}, subcommand="average")
    embed = message["embeds"][0]
    assert embed["title"] == "Name not known"
    assert "I don't know a race called “narnia-2030”" in embed["description"]
    assert not message["flags"] & 64
