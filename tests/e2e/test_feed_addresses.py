"""/updates add-feed against the fake Discord: a feed inside the network is refused, naming the kind of address."""

from __future__ import annotations

import pytest

from bot.db.models import Feed

from .racebot_world import World


@pytest.mark.parametrize(("url", "kind"), [("http://169.254.169.254/latest/meta-data/creds.csv", "link-local"),
                                           ("http://localhost:2375/containers.csv", "loopback")])
async def test_an_editor_adding_a_feed_inside_the_network_is_told_why_and_nothing_is_stored(
        world: World, url: str, kind: str) -> None:
    message = await world.command("updates", {"url": url}, subcommand="add-feed", user=world.owner)
    embed = message["embeds"][0]
    assert embed["title"] == "Feed not added" and message["flags"] & 64
    assert "refused address: " in embed["description"] and f"is {kind}, not on the public internet" in \
        embed["description"]
    assert (await world.table_rows())[Feed.__tablename__] == []
