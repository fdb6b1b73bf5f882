"""The change log names who changed the shared data, from which server, with what file or feed, and what it changed
in words, in the change's own transaction: every import that changed data, and every feed added or removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.changes import Naming, changes_answer, latest_changes
from bot.db.change_log import ChangeAuthor, changes_by
from bot.db.database import Database
from bot.db.models import ChangeLogEntry, Feed
from bot.errors import ImportRejected
from bot.i18n import messages
from bot.importers import import_file
from bot.importers.results_import import import_results
from bot.updates.feeds import Feeds
from bot.updates.fetch import AddressPolicy
from tests.factories import SECOND_RACE, write_538, write_second_race

DISCORD_URL = "https://cdn.discordapp.com/attachments/1/2/springfield.yaml?ex=6&is=7&hm=abcdef"
DISCORD_AUTHOR = ChangeAuthor("discord", "1234567890123456789", 987654321098765432, "Election Nerds")
# The race and its candidates alone: no polls, endorsements or results (no item an update post is made from).
RACE_ONLY = SECOND_RACE.split("    polls:")[0].replace("springfield-mayor-2026", "springfield-mayor-2030")


async def entries(db: Database) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0


async def test_an_import_from_discord_names_the_user_the_server_and_the_file(empty_db: Database,
                                                                            tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    with changes_by(DISCORD_AUTHOR):
        await import_file(empty_db, "springfield.yaml", data=path.read_bytes(), origin=DISCORD_URL)
    (record,) = await latest_changes(empty_db)
    assert record.author == DISCORD_AUTHOR and record.file == "springfield.yaml"
    assert record.counts == {"race added": 1, "candidate added": 3, "poll added": 2, "poll result added": 11,
                             "endorsement added": 3, "result added": 3, "source added": 2}
    assert record.text().endswith(
        "· springfield.yaml · by user 1234567890123456789 in “Election Nerds” (Discord) · added 1 race, 3 candidates, "
        "2 polls, 11 poll figures, 3 endorsements, 3 election results, and 2 sources · springfield-mayor-2026")
    # On Discord: a mention (the reply pings nobody) and the server's current name where the bot knows it.
    naming = Naming(user=lambda user, _m: f"<@{user}>", server=lambda guild_id: "Election Nerds (renamed)")
    assert "by <@1234567890123456789> in “Election Nerds (renamed)” (Discord)" in record.text(naming=naming)


async def test_a_bundle_of_races_and_candidates_alone_is_in_the_log(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "springfield-2030.yaml"
    path.write_text(RACE_ONLY, encoding="utf-8")
    with changes_by(ChangeAuthor("cli", "ada")):
        summary = await import_file(empty_db, str(path))
    assert summary.counts["polls"].added == 0
    (record,) = await latest_changes(empty_db)
    assert (record.counts, record.races) == ({"race added": 1, "candidate added": 3},
                                             ("springfield-mayor-2030",))
    assert "by ada on the command line · added 1 race and 3 candidates · springfield-mayor-2030" in record.text()
    updated = RACE_ONLY.replace("Former county sheriff", "Former sheriff of the county")
    path.write_text(updated, encoding="utf-8")
    await import_file(empty_db, str(path))
    newest = (await latest_changes(empty_db))[0]
    assert newest.counts == {"candidate updated": 1} and newest.what(messages("en")) == "updated 1 candidate"
    assert newest.author == ChangeAuthor("import")


async def test_what_changed_is_said_in_spanish_too(empty_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "springfield-2030.yaml"
    path.write_text(RACE_ONLY, encoding="utf-8")
    await import_file(empty_db, str(path))
    answer = await changes_answer(empty_db, language="es")
    assert answer.title == "Últimos cambios de los datos"
    assert "añadió 1 contienda y 3 candidatos" in answer.facts[0].text
    path.write_text(RACE_ONLY.replace("Former county sheriff", "Sheriff").replace("Small-business owner", "Owner"),
                    encoding="utf-8")
    await import_file(empty_db, str(path))
    answer = await changes_answer(empty_db, language="es")
    assert "actualizó 2 candidatos" in answer.facts[0].text and "por una importación sin autor" in answer.facts[0].text


async def test_a_rejected_or_unchanged_import_records_nothing(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    await import_file(empty_db, str(path))
    await import_file(empty_db, str(path))  # nothing new
    broken = tmp_path / "broken.yaml"
    broken.write_text(SECOND_RACE.replace("Thomas Okafor: 41", "Thomas Okafor: 141"), encoding="utf-8")
    with changes_by(ChangeAuthor("cli", "ada")), pytest.raises(ImportRejected):
        await import_file(empty_db, str(broken))
    assert await entries(empty_db) == 1


async def test_one_record_per_import_over_every_race_it_changed_newest_first(empty_db: Database,
                                                                            tmp_path: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    write_538(first, races=3, polls_per_race=2)
    write_538(second, races=1, polls_per_race=4, seed=8)
    with changes_by(ChangeAuthor("cli", "ada")):
        await import_file(empty_db, str(first))
    with changes_by(ChangeAuthor("cli", "grace")):
        await import_file(empty_db, str(second))
    records = await latest_changes(empty_db)
    assert [(r.author.user, r.file, len(r.races)) for r in records] == [("grace", str(second), 1),
                                                                       ("ada", str(first), 3)]
    assert records[1].counts["poll added"] == 6 and records[1].counts["race added"] == 3
    assert [(r.file, len(r.races)) for r in await latest_changes(empty_db, limit=1)] == [(str(second), 1)]
    answer = await changes_answer(empty_db)
    assert answer.status == "ok" and "by ada on the command line" in answer.facts[1].text
    assert answer.summary == "The last 2 changes of the data, newest first."


async def test_feeds_added_and_removed_and_a_feeds_import_name_whoever_added_it(empty_db: Database,
                                                                               tmp_path: Path) -> None:
    location = "http://127.0.0.1/springfield.yaml?token=secret"
    feeds = Feeds(empty_db, policy=AddressPolicy(allow_private=True))
    try:
        with changes_by(DISCORD_AUTHOR):
            added = await feeds.add(location, 1234567890123456789, 987654321098765432)
        path = write_second_race(tmp_path / "springfield.yaml")
        await import_file(empty_db, "springfield.yaml", data=path.read_bytes(), origin=location)
        async with empty_db.session() as session:
            feed_id = await session.scalar(select(Feed.id))
        assert feed_id is not None and added.status == "ok"
        with changes_by(ChangeAuthor("discord", "42", 987654321098765432, "Election Nerds")):
            assert (await feeds.remove(feed_id)).status == "ok"
    finally:
        await feeds.close()
    removed, imported, feed_added = await latest_changes(empty_db)
    assert (feed_added.action, feed_added.author, feed_added.file) == ("feed added", DISCORD_AUTHOR, location)
    assert feed_added.text().endswith("· http://127.0.0.1/springfield.yaml · by user 1234567890123456789 in "
                                      "“Election Nerds” (Discord) · added the feed")
    assert imported.author == ChangeAuthor("feed", "1234567890123456789", 987654321098765432, "Election Nerds")
    assert ("· http://127.0.0.1/springfield.yaml · from a feed added by user 1234567890123456789 in “Election Nerds” · "
            "added 1 race") in imported.text()
    assert removed.action == "feed removed" and removed.text().endswith("by user 42 in “Election Nerds” (Discord) · "
                                                                        "removed the feed")


async def test_feeds_of_env_are_logged_once_when_first_added(empty_db: Database) -> None:
    feeds = Feeds(empty_db, configured=("https://polls.example/a.csv", "https://polls.example/b.csv"))
    try:
        await feeds.sync_configured()
        await feeds.sync_configured()  # a restart: nothing new
    finally:
        await feeds.close()
    records = await latest_changes(empty_db)
    assert [(r.action, r.file, r.who(messages("en"))) for r in records] == [
        ("feed added", "https://polls.example/b.csv", "from FEEDS in .env, at start-up"),
        ("feed added", "https://polls.example/a.csv", "from FEEDS in .env, at start-up")]


async def test_no_changes_yet_says_how_to_make_one(empty_db: Database) -> None:
    answer = await changes_answer(empty_db)
    assert answer.status == "no_data" and "/racebot import" in answer.summary


async def test_a_results_count_is_in_the_log_with_its_race(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    await import_file(empty_db, str(path))
    counts = tmp_path / "night.csv"
    counts.write_text("race,stage,candidate,votes,reported,expected,time,source_url,called,certified\n"
                      "springfield-mayor-2026,general,Thomas Okafor,1200,10,40,2026-11-03T21:00:00-05:00,"
                      "https://results.example/springfield,,\n", encoding="utf-8")
    with changes_by(ChangeAuthor("cli", "ada")):
        await import_results(empty_db, str(counts))
    newest = (await latest_changes(empty_db))[0]
    assert (newest.author, newest.counts, newest.races) == (ChangeAuthor("cli", "ada"), {"count added": 1},
                                                            ("springfield-mayor-2026",))
    assert newest.what(messages("en")) == "added 1 vote count"
