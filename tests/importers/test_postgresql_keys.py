"""On PostgreSQL a large import may check its foreign keys itself, once per referenced row instead of a trigger per
row: the guarantees must stay those of the constraints, and nobody else's triggers may be skipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy import func, select, text

from bot.db.database import Database
from bot.db.models import AreaCount, Candidate, PollResult
from bot.importers import import_file, results_import
from bot.importers.results_import import import_results
from bot.importers.writing.writer import ImportWriter
from tests.factories import MedslContest, write_538, write_medsl_county

HEADER = "poll_id,question_id,pollster,end_date,cycle,office_type,state,candidate_name,party,pct\n"


@pytest.fixture
def pg_db(empty_db: Database) -> Database:
    if empty_db.is_sqlite:
        pytest.skip("PostgreSQL's foreign-key triggers and row locks")
    return empty_db


def _plain_url(db: Database) -> str:
    return db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


async def test_a_trigger_someone_else_put_on_the_results_still_fires_for_every_row(pg_db: Database,
                                                                                    tmp_path: Path) -> None:
    """An audit trigger a database administrator added: a bulk load that skipped triggers would skip it too."""
    async with pg_db.sessions.begin() as session:
        await session.execute(text("CREATE TABLE audit (poll_result_id integer)"))
        await session.execute(text(
            "CREATE FUNCTION audit_result() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END $$"))
        await session.execute(text(
            "CREATE TRIGGER audited AFTER INSERT ON poll_result FOR EACH ROW EXECUTE FUNCTION audit_result()"))
    path = tmp_path / "polls.csv"
    rows = write_538(path, races=2, polls_per_race=30)
    summary = await import_file(pg_db, str(path))
    assert summary.counts["poll results"].added == rows
    async with pg_db.session() as session:
        assert await session.scalar(text("SELECT count(*) FROM audit")) == rows
        assert await session.scalar(select(func.count()).select_from(PollResult)) == rows


async def test_a_candidate_the_import_refers_to_cannot_be_deleted_under_it(pg_db: Database, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """What the per-row check's lock guarantees: until the import commits, a row its results point at stays."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(HEADER + "1,11,Emerson,6/1/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,48\n", encoding="utf-8")
    second.write_text(HEADER + "2,21,Siena,6/9/22,2022,U.S. Senate,Ohio,Ann Lee,DEM,47\n", encoding="utf-8")
    await import_file(pg_db, str(first))
    async with pg_db.session() as session:
        ann = await session.scalar(select(Candidate.id).where(Candidate.name == "Ann Lee"))

    attempts: list[str] = []
    write = ImportWriter.write

    async def write_then_try_a_delete(self: ImportWriter, parsed: object) -> None:
        await write(self, parsed)  # type: ignore[arg-type]
        other = await asyncpg.connect(_plain_url(pg_db), server_settings={"search_path": pg_db.schema or "public",
                                                                          "lock_timeout": "300ms"})
        try:
            await other.execute("DELETE FROM candidate WHERE id = $1", ann)
            attempts.append("deleted")
        except asyncpg.exceptions.LockNotAvailableError:
            attempts.append("waited")
        finally:
            await other.close()

    monkeypatch.setattr(ImportWriter, "write", write_then_try_a_delete)
    summary = await import_file(pg_db, str(second))
    assert attempts == ["waited"]
    assert summary.counts["poll results"].added == 1
    async with pg_db.session() as session:
        assert await session.scalar(select(func.count()).select_from(PollResult)
                                    .where(PollResult.candidate_id == ann)) == 2


WYOMING: list[MedslContest] = [(2024, "WY", "WYOMING", "US PRESIDENT", "000", [
    ("TRUMP, DONALD J.", "REPUBLICAN"), ("HARRIS, KAMALA D.", "DEMOCRAT")], ["ALBANY", "CARBON", "LARAMIE"])]


async def test_a_trigger_someone_else_put_on_the_areas_still_fires_for_every_row(pg_db: Database,
                                                                                  tmp_path: Path) -> None:
    """The results import's bulk loads of votes by area keep another's trigger too."""
    async with pg_db.sessions.begin() as session:
        await session.execute(text("CREATE TABLE audit (area_count_id integer)"))
        await session.execute(text(
            "CREATE FUNCTION audit_area() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END $$"))
        await session.execute(text(
            "CREATE TRIGGER audited AFTER INSERT ON area_count FOR EACH ROW EXECUTE FUNCTION audit_area()"))
    summary = await import_results(pg_db, str(write_medsl_county(tmp_path / "wy.csv", WYOMING)), create_races=True)
    assert summary.area_rows == 3 * 2 * 2  # counties, people, vote types
    async with pg_db.session() as session:
        assert await session.scalar(text("SELECT count(*) FROM audit")) == summary.area_rows
        assert await session.scalar(select(func.count()).select_from(AreaCount)) == summary.area_rows


async def test_a_candidate_a_results_file_counts_cannot_be_deleted_under_its_import(
        pg_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The people a count names who were stored before it (another file's count made them) stay until it commits."""
    await import_results(pg_db, str(write_medsl_county(tmp_path / "first.csv", WYOMING)), create_races=True)
    async with pg_db.session() as session:
        trump = await session.scalar(select(Candidate.id).where(Candidate.name == "Donald J. Trump"))
    attempts: list[str] = []
    areas = results_import._areas

    async def areas_then_try_a_delete(*args: Any) -> None:
        await areas(*args)
        other = await asyncpg.connect(_plain_url(pg_db), server_settings={"search_path": pg_db.schema or "public",
                                                                          "lock_timeout": "300ms"})
        try:
            await other.execute("DELETE FROM candidate WHERE id = $1", trump)
            attempts.append("deleted")
        except asyncpg.exceptions.LockNotAvailableError:
            attempts.append("waited")
        finally:
            await other.close()

    monkeypatch.setattr(results_import, "_areas", areas_then_try_a_delete)
    summary = await import_results(pg_db, str(write_medsl_county(tmp_path / "second.csv", WYOMING)))
    assert attempts == ["waited"] and len(summary.recorded) == 1
    async with pg_db.session() as session:
        assert await session.scalar(select(func.count()).select_from(AreaCount)
                                    .where(AreaCount.candidate_id == trump)) == 2 * 3 * 2  # both files' rows
