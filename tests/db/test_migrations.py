"""Schema migrations: every model change is a migration, and an older database upgrades with its data intact."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from bot.db.database import Database
from bot.db.migrate import HEAD_REVISION, head_revision
from bot.db.models import Base, ChangeLogEntry, DataChange, Endorsement, Poll, Race
from bot.engine.engine import QuestionEngine
from bot.importers import import_file
from tests.conftest import DatabaseTarget
from tests.factories import SECOND_RACE, write_second_race


async def test_a_new_database_is_at_the_newest_revision(empty_db: Database) -> None:
    assert await empty_db.schema_revision() == head_revision()


def test_the_head_revision_a_start_compares_with_is_the_newest_migration() -> None:
    assert HEAD_REVISION == head_revision()  # a new migration bumps HEAD_REVISION in bot/db/migrate.py


async def test_the_migrations_build_exactly_the_models(empty_db: Database) -> None:
    def differences(connection) -> list:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)

    async with empty_db.engine.connect() as conn:
        assert await conn.run_sync(differences) == []


async def test_a_database_of_the_previous_schema_upgrades_with_its_data(target: DatabaseTarget,
                                                                         tmp_path: Path) -> None:
    old = target.database()
    await old.upgrade("0001")  # what the first release created
    async with old.engine.begin() as conn:  # data written by that release, in its own tables
        for statement in (
            "INSERT INTO race (slug, name, office, jurisdiction, cycle, nonpartisan, places) VALUES "
            "('old-race-2024', '2024 Old Town mayoral election', 'Mayor', 'Old Town', 2024, true, '[]')",
            "INSERT INTO candidate (name, aliases) VALUES ('Ada Oldham', '[\"Oldham\"]')",
            "INSERT INTO candidacy (race_id, candidate_id, status, incumbent) "
            "SELECT race.id, candidate.id, 'running', false FROM race, candidate",
            "INSERT INTO source (url) VALUES ('https://old.example/poll')",
            "INSERT INTO poll (race_id, key, pollster, sponsors, end_date, source_id) "
            "SELECT race.id, 'p1', 'Old Polling', '[]', '2024-05-01', source.id FROM race, source",
            "INSERT INTO poll_result (poll_id, question, subgroup, candidate_id, pct, leads) "
            "SELECT poll.id, '', '', candidate.id, 51.5, false FROM poll, candidate",
            "INSERT INTO endorser (name, kind) VALUES ('Old Gazette', 'newspaper')",
            "INSERT INTO endorsement (endorser_id, candidate_id, race_id, source_id) "
            "SELECT endorser.id, candidate.id, race.id, source.id FROM endorser, candidate, race, source",
        ):
            await conn.execute(text(statement))
    assert await old.schema_revision() == "0001"
    await old.close()

    upgraded = target.database()
    await upgraded.open()
    assert await upgraded.schema_revision() == head_revision()
    async with upgraded.session() as session:
        race = await session.scalar(select(Race).where(Race.slug == "old-race-2024"))
        assert race is not None and race.name == "2024 Old Town mayoral election"
        # 0004: the race's structure is filled from its office and jurisdiction words
        assert (race.office_kind, race.locality, race.cycle, race.special) == ("mayor", "Old Town", 2024, False)
        poll = await session.scalar(select(Poll))
        assert poll is not None and poll.pollster == "Old Polling"
        assert await session.scalar(select(func.count()).select_from(Endorsement)) == 1
    engine = QuestionEngine(upgraded)
    answer = await engine.ask("who endorsed ada oldham")
    assert answer.status == "ok" and "Old Gazette" in answer.facts[0].text
    summary = await import_file(upgraded, str(write_second_race(tmp_path / "springfield.yaml")))
    assert summary.counts["polls"].added == 2
    await upgraded.close()


async def test_the_old_change_log_rows_become_one_entry_per_import(target: DatabaseTarget) -> None:
    old = target.database()
    await old.upgrade("0007")
    origin = "by=42 guild=7 items={items} file=https://cdn.example/attachments/1/polls.csv?sig=1"
    async with old.engine.begin() as conn:
        await conn.execute(text("INSERT INTO race (slug, name, office, jurisdiction, cycle, nonpartisan, places) "
                                "VALUES ('a-2024', 'A', 'Mayor', 'A', 2024, true, '[]'), "
                                "('b-2024', 'B', 'Mayor', 'B', 2024, true, '[]')"))
        for slug, items, item_id in (("a-2024", "poll:added=2", 2), ("b-2024", "poll:added=1,poll:updated=1", 2)):
            await conn.execute(text(
                "INSERT INTO data_change (kind, change, race_id, item_id, origin, at) SELECT 'import', 'discord', "
                "race.id, :item_id, :origin, '2026-12-01 10:00:00' FROM race WHERE slug = :slug"),
                {"slug": slug, "item_id": item_id, "origin": origin.format(items=items)})
            await conn.execute(text("INSERT INTO data_change (kind, change, race_id, item_id, origin) "
                                    "SELECT 'poll', 'added', race.id, 1, 'x' FROM race WHERE slug = :slug"),
                               {"slug": slug})
    await old.close()
    upgraded = target.database()
    await upgraded.open()
    async with upgraded.session() as session:
        (entry,) = (await session.scalars(select(ChangeLogEntry))).all()
        kinds = (await session.scalars(select(DataChange.kind))).all()
    await upgraded.close()
    assert (entry.action, entry.via, entry.user_ref, entry.guild_id, entry.races, entry.race_count) == (
        "import", "discord", "42", 7, ["a-2024", "b-2024"], 2)
    assert entry.counts == {"poll added": 3, "poll updated": 1} and entry.file == "polls.csv"  # not its URL
    assert kinds == ["poll", "poll"]  # the items stay, for the update posts; the author rows moved


async def test_imports_record_what_changed(empty_db: Database, tmp_path: Path) -> None:
    path = write_second_race(tmp_path / "springfield.yaml")
    await import_file(empty_db, str(path))
    async with empty_db.session() as session:
        rows = (await session.execute(select(DataChange.kind, DataChange.change))).all()
    assert sorted(set(rows)) == [("endorsement", "added"), ("poll", "added"), ("result", "added")]
    assert len(rows) == 2 + 3 + 3

    await import_file(empty_db, str(path))  # the same file again: nothing new
    path.write_text(SECOND_RACE.replace("Thomas Okafor: 41", "Thomas Okafor: 42"), encoding="utf-8")
    await import_file(empty_db, str(path))
    async with empty_db.session() as session:
        newest = (await session.execute(select(DataChange.kind, DataChange.change, DataChange.origin)
                                        .order_by(DataChange.id.desc()))).first()
        total = await session.scalar(select(func.count()).select_from(DataChange))
    assert total == 9
    assert newest is not None and newest[:2] == ("poll", "updated") and newest[2] == str(path)
