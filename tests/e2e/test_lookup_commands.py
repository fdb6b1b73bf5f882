"""/candidate, /race, /endorsements, /endorser: autocomplete, answers, pages and "did you mean" buttons."""

from __future__ import annotations

import asyncio

import pytest

from cogs import limits

from .racebot_world import TIMEOUT, World


def button(message: dict, label: str) -> dict:
    for row in message["components"]:
        for component in row["components"]:
            if component.get("label") == label:
                return component
    raise AssertionError(f"no button {label!r} in {message['components']}")


async def test_candidate_autocomplete_ranks_partial_and_misspelt_names(world: World) -> None:
    assert (await world.choices("candidate", "name", "kar"))[0] == "Karen Bass"
    assert (await world.choices("endorsements", "candidate", "caruzo"))[0] == "Rick Caruso"
    assert (await world.choices("poll", "candidate", "kar", subcommand="chart"))[0] == "Karen Bass"


async def test_autocomplete_returns_at_most_25_choices(world: World) -> None:
    everyone = await world.choices("endorser", "name", "")
    assert 0 < len(everyone) <= 25


async def test_race_autocomplete_offers_names_and_sends_back_the_slug(world: World) -> None:
    handle = await world.fake.send_autocomplete(world.guild, world.channel, world.member, "race", "race", "los ang")
    choices = await handle.autocomplete_choices(timeout=TIMEOUT)
    assert choices == [{"name": "2022 Los Angeles mayoral election (la-mayor-2022)", "value": "la-mayor-2022"}]


async def test_candidate_with_a_typo_answers_with_the_profile(world: World) -> None:
    message = await world.command("candidate", {"name": "caruzo"})
    embed = message["embeds"][0]
    assert embed["title"] == "Rick Caruso"
    assert "Endorsed by" in embed["description"]


async def test_race_answers_with_candidates_and_dates(world: World) -> None:
    message = await world.command("race", {"race": "la-mayor-2022"})
    description = message["embeds"][0]["description"]
    assert "Karen Bass" in description and "General: November 08, 2022" in description


async def test_endorser_answers_whom_they_endorsed(world: World) -> None:
    message = await world.command("endorser", {"name": "snoop dog"})
    embed = message["embeds"][0]
    assert embed["description"].startswith("Snoop Dogg endorsed Rick Caruso.")  # a name asked, no yes-or-no
    assert embed["fields"][0]["name"] == "Sources" and "](http" in embed["fields"][0]["value"]


async def test_pages_turn_only_for_the_asker(bundled_world: World) -> None:
    world = bundled_world
    fake = world.fake
    message = await world.command("endorsements", {"candidate": "karen bass"})
    first = message["embeds"][0]
    assert "Page 1/" in first["footer"]["text"]
    assert button(message, "Previous")["disabled"] is True
    next_id = button(message, "Next")["custom_id"]

    stranger = await fake.click_button(message, next_id, world.admin)
    refusal = await stranger.wait_for_message(timeout=TIMEOUT)
    assert refusal["flags"] & 64 and "belong to the person who asked" in refusal["content"]
    assert fake.message(message["id"])["embeds"][0] == first  # the page did not turn

    click = await fake.click_button(message, next_id, world.member)
    turned = await click.wait_for_message(timeout=TIMEOUT)
    assert turned["id"] == message["id"]
    assert "Page 2/" in turned["embeds"][0]["footer"]["text"]
    assert turned["embeds"][0]["description"] != first["description"]
    assert button(turned, "Previous")["disabled"] is False


async def test_page_buttons_stop_when_the_view_times_out(bundled_world: World,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    world = bundled_world
    monkeypatch.setattr(limits, "VIEW_TIMEOUT_SECONDS", 0.3)
    message = await world.command("endorsements", {"candidate": "karen bass"})
    for _ in range(50):
        current = world.fake.message(message["id"])
        if all(c.get("disabled") for row in current["components"] for c in row["components"]):
            break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("the buttons were never disabled")
    with pytest.raises(ValueError, match="disabled"):
        await world.fake.click_button(current, button(current, "Next")["custom_id"], world.member)


async def test_unknown_name_offers_did_you_mean_buttons_that_answer(world: World) -> None:
    message = await world.command("endorsements", {"candidate": "karen baas smith"})
    embed = message["embeds"][0]
    assert embed["title"] in ("Name not known", "Did you mean…?")
    suggestion = button(message, "Karen Bass")
    click = await world.fake.click_button(message, suggestion["custom_id"], world.member)
    answered = await click.wait_for_message(lambda m: m["embeds"][0]["title"] == "Endorsements of Karen Bass",
                                            timeout=TIMEOUT)
    assert answered["id"] == message["id"]
