"""The change log names who changed the shared data, from which server, with what file or feed, in the import's own
transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.changes import changes_answer, latest_changes
from bot.db.change_log import AUTHOR_KIND, ChangeAuthor, changes_by
from bot.db.database import Database
from bot.db.models import DataChange, Feed
from bot.errors import ImportRejected
from bot.importers import import_file
from bot.importers.results_import import import_results
from tests.factories import SECOND_RACE, write_538, write_second_race

DISCORD_URL = "https://cdn.discordapp.com/attachments/1/2/springfield.yaml?ex=6&is=7&hm=abcdef"


async def author_rows(db: Database) -> list[tuple[str, int, str]]:
    async with db.session() as session:
        rows = await session.execute(select(DataChange.change, DataChange.item_id, DataChange.origin)
                                     .where(DataChange.kind == AUTHOR_KIND).order_by(DataChange.id))
        return [tuple(row) for row in rows]


async def test_an_import_from_discord_names_the_user_the_server_and_the_file(empty_db: Database,
                                                                            tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    with changes_by(ChangeAuthor("discord", "1234567890123456789", 987654321098765432)):
        await import_file(empty_db, "springfield.yaml", data=path.read_bytes(), origin=DISCORD_URL)
    assert await author_rows(empty_db) == [
        ("discord", 8, f"by=1234567890123456789 guild=987654321098765432 "
                       f"items=endorsement:added=3,poll:added=2,result:added=3 file={DISCORD_URL}")]
    (record,) = await latest_changes(empty_db)
    assert record.author == ChangeAuthor("discord", "1234567890123456789", 987654321098765432)
    assert record.text().endswith(
        "· https://cdn.discordapp.com/attachments/1/2/springfield.yaml · by user 1234567890123456789 in server "
        "987654321098765432 (Discord) · 3 endorsements added, 2 polls added, 3 results added · springfield-mayor-2026")


async def test_a_rejected_or_unchanged_import_records_no_author(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    await import_file(empty_db, str(path))
    await import_file(empty_db, str(path))  # nothing new
    broken = tmp_path / "broken.yaml"
    broken.write_text(SECOND_RACE.replace("Thomas Okafor: 41", "Thomas Okafor: 141"), encoding="utf-8")
    with changes_by(ChangeAuthor("cli", "ada")), pytest.raises(ImportRejected):
        await import_file(empty_db, str(broken))
    assert [(how, count) for how, count, _ in await author_rows(empty_db)] == [("import", 8)]
    async with empty_db.session() as session:
        assert await session.scalar(select(func.count()).select_from(DataChange)) == 8 + 1


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
    assert records[1].counts == {"poll added": 6}
    assert [(r.file, len(r.races)) for r in await latest_changes(empty_db, limit=1)] == [(str(second), 1)]
    answer = await changes_answer(empty_db)
    assert answer.status == "ok" and "by ada on the command line" in answer.facts[1].text


async def test_a_feeds_import_is_named_after_whoever_added_the_feed(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    location = "https://polls.example/springfield.yaml"
    async with empty_db.sessions.begin() as session:
        session.add(Feed(location=location, origin="command", added_by=42, guild_id=7, failures=0))
    await import_file(empty_db, "springfield.yaml", data=path.read_bytes(), origin=location)
    (record,) = await latest_changes(empty_db)
    assert record.author == ChangeAuthor("feed", "42", 7)
    assert "from a feed added by user 42 in server 7" in record.text()


async def test_no_changes_yet_says_how_to_make_one(empty_db: Database) -> None:
    answer = await changes_answer(empty_db)
    assert answer.status == "no_data" and "/racebot import" in answer.summary


async def test_a_results_count_added_as_an_object_is_named_too(empty_db: Database, tmp_path: Path) -> None:
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
