"""The endorsements CSV importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.database import Database
from bot.db.models import Endorsement, Endorser
from bot.errors import ImportRejected
from bot.importers import import_file
from tests.factories import write_endorsements_csv

ROW = {"race": "la-mayor-2022", "candidate": "caruso", "endorser": "Example Union", "endorser_type": "union",
       "date": "2022-05-01", "source_url": "https://news.example/union-backs-caruso", "quote": "Our pick."}


async def test_endorsements_csv_adds_endorsers_and_matches_candidates_by_alias(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "endorsements.csv"
    write_endorsements_csv(path, [ROW, {**ROW, "candidate": "KDL", "endorser": "Another Group",
                                        "endorser_type": "organization", "date": "5/2/22"}])
    summary = await import_file(db, str(path))
    assert summary.counts["endorsements"].added == 2
    again = await import_file(db, str(path))
    assert again.counts["endorsements"].unchanged == 2 and not again.changed
    async with db.session() as session:
        union = await session.scalar(select(Endorser).where(Endorser.name == "Example Union"))
        assert union is not None and union.kind == "union"
        row = await session.scalar(select(Endorsement).where(Endorsement.endorser_id == union.id))
        assert row is not None and row.candidate.name == "Rick Caruso" and row.quote == "Our pick."


async def test_the_same_endorsement_twice_is_stored_once(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    write_endorsements_csv(path, [ROW, ROW])
    summary = await import_file(db, str(path))
    assert summary.counts["endorsements"].added == 1
    assert summary.counts["endorsements"].unchanged == 1


@pytest.mark.parametrize(
    ("change", "reason", "line"),
    [
        ({"race": "nowhere-2030"}, "unknown race 'nowhere-2030'", 3),
        ({"candidate": "Nobody Atall"}, "'Nobody Atall' is not a candidate in 'la-mayor-2022'", 3),
        ({"date": "yesterday"}, "date 'yesterday' is not a date", 3),
        ({"endorser_type": "robot"}, "endorser_type 'robot'", 3),
        ({"source_url": "ftp://x"}, "not an http(s) address", 3),
        ({"endorser": ""}, "missing endorser", 3),
    ],
)
async def test_a_bad_endorsement_row_rejects_the_file(
    db: Database, tmp_path: Path, change: dict[str, str], reason: str, line: int
) -> None:
    path = tmp_path / "bad.csv"
    write_endorsements_csv(path, [{**ROW, "endorser": "Fine Group"}, {**ROW, **change}])
    async with db.session() as session:
        before = len((await session.scalars(select(Endorsement))).all())
    with pytest.raises(ImportRejected) as error:
        await import_file(db, str(path))
    assert reason in error.value.reason
    assert error.value.line == line
    async with db.session() as session:
        assert len((await session.scalars(select(Endorsement))).all()) == before
        assert await session.scalar(select(Endorser).where(Endorser.name == "Fine Group")) is None
