"""Questions in plain words: mentions, direct messages and /ask; no pings; a flood is slowed down."""

from __future__ import annotations

import asyncio

from .racebot_world import TIMEOUT, World


def replies_to(world: World, message: dict) -> list[dict]:
    return [m for m in world.fake.messages_in(message["channel_id"])
            if m.get("message_reference", {}).get("message_id") == message["id"]]


async def test_mention_is_answered_in_the_channel_as_a_reply_with_the_endorsers(world: World) -> None:
    fake = world.fake
    asked = await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} who endorsed rick caruzo")
    reply = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert reply["message_reference"]["message_id"] == asked["id"]
    embed = reply["embeds"][0]
    assert embed["title"] == "Endorsements of Rick Caruso"
    for endorser in ("Elon Musk", "Katy Perry", "Snoop Dogg", "Kim Kardashian"):
        assert endorser in embed["description"]
    assert "cbsnews.com" in embed["fields"][0]["value"]


async def test_question_with_everyone_in_it_pings_nobody(world: World) -> None:
    fake = world.fake
    await fake.send_message(world.channel, world.member,
                            f"@everyone @here {fake.bot_user.mention} who endorsed **@everyone** <@{world.admin.id}>")
    reply = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    (sent,) = fake.requests_to("POST", rf"/channels/{world.channel.id}/messages")
    allowed = sent.json["allowed_mentions"]
    assert allowed["parse"] == [] and not allowed.get("users") and not allowed.get("roles")
    assert allowed["replied_user"] is False
    assert "@everyone" not in reply["content"] and "@here" not in reply["content"]
    assert reply["embeds"][0]["title"]  # answered (the engine found no name in it), with pings off


async def test_direct_message_is_answered_without_a_mention(world: World) -> None:
    fake = world.fake
    await fake.send_dm(world.member, "who is ahead in the LA mayor race?")
    reply = await fake.wait_for_message(fake.dm_channel(world.member), timeout=TIMEOUT)
    assert "Karen Bass" in reply["embeds"][0]["description"]


async def test_messages_without_a_mention_are_ignored(world: World) -> None:
    fake = world.fake
    await fake.send_message(world.channel, world.member, "who endorsed caruso")
    await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} who endorsed bass")
    reply = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert reply["embeds"][0]["title"] == "Endorsements of Karen Bass"
    assert len(fake.messages_in(world.channel)) == 1


async def test_slash_ask_answers_with_the_same_engine(world: World) -> None:
    message = await world.command("ask", {"question": "who endorsed rick caruzo"})
    assert message["embeds"][0]["title"] == "Endorsements of Rick Caruso"


async def test_ask_help_lists_every_command_with_examples(world: World) -> None:
    handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "help")
    message = await handle.wait_for_message(timeout=TIMEOUT)
    fields = {f["name"].split()[0]: f["value"] for f in message["embeds"][0]["fields"]}
    for command in ("/ask", "/candidate", "/race", "/endorsements", "/endorser", "/help", "/poll", "/racebot"):
        assert command in fields, command
    assert "/poll latest" in " ".join(f["name"] for f in message["embeds"][0]["fields"])
    assert all("Example: `/" in value for name, value in fields.items() if name.startswith("/"))
    mention = await world.fake.send_message(world.channel, world.member, f"{world.fake.bot_user.mention} help")
    reply = await world.fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert reply["message_reference"]["message_id"] == mention["id"]
    assert reply["embeds"][0]["title"] == "Racebot help"


async def test_did_you_mean_buttons_on_a_mention_re_ask_the_question(world: World) -> None:
    fake = world.fake
    await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} who endorsed karen smith")
    reply = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
    assert reply["embeds"][0]["title"] == "Name not known"
    choice = next(c for row in reply["components"] for c in row["components"] if c["label"] == "Karen Bass")
    click = await fake.click_button(reply, choice["custom_id"], world.member)
    answered = await click.wait_for_message(lambda m: m["embeds"][0]["title"] == "Endorsements of Karen Bass",
                                            timeout=TIMEOUT)
    assert answered["id"] == reply["id"]


async def test_a_flood_of_mentions_is_slowed_down_and_told_once(world: World) -> None:
    fake = world.fake
    for n in range(8):
        await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} who endorsed bass {n}")
    others = await fake.send_message(world.channel, world.admin, f"{fake.bot_user.mention} who endorsed caruso")
    await fake.wait_for_message(world.channel, timeout=TIMEOUT,
                                predicate=lambda m: m.get("message_reference", {}).get("message_id") == others["id"])
    await asyncio.sleep(0.3)  # time for any further (unwanted) replies to arrive
    sent = fake.messages_in(world.channel)
    warnings = [m for m in sent if "asking faster" in m["content"]]
    answers = [m for m in sent if m["embeds"]]
    assert len(warnings) == 1
    assert len(answers) == 3 + 1  # the member's first three questions, and the admin's
