"""The examples in data/README.md are real files: each imports as documented."""

from __future__ import annotations

import re
from pathlib import Path

from bot.db.database import Database
from bot.importers import import_file
from bot.importers.results_import import import_results, is_results_file

DOC = (Path(__file__).resolve().parents[2] / "data" / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.S)


async def test_the_documented_bundle_imports(db: Database, tmp_path: Path) -> None:
    (bundle,) = blocks("yaml")
    path = tmp_path / "example.yaml"
    path.write_text(bundle, encoding="utf-8")
    summary = await import_file(db, str(path))
    assert summary.counts["polls"].added == 2
    assert summary.counts["poll results"].added >= 10
    assert summary.counts["results"].added == 2


async def test_the_documented_csvs_import(db: Database, tmp_path: Path) -> None:
    polls, endorsements, _results = blocks("csv")
    (tmp_path / "polls.csv").write_text(polls, encoding="utf-8")
    (tmp_path / "endorsements.csv").write_text(endorsements, encoding="utf-8")
    assert (await import_file(db, str(tmp_path / "polls.csv"))).counts["polls"].added == 1
    assert (await import_file(db, str(tmp_path / "endorsements.csv"))).counts["endorsements"].added == 2


async def test_the_documented_results_csv_imports(db: Database, tmp_path: Path) -> None:
    *_, results = blocks("csv")
    path = tmp_path / "night.csv"
    path.write_text(results, encoding="utf-8")
    assert is_results_file(str(path))
    summary = await import_results(db, str(path))
    assert len(summary.recorded) == 1 and not summary.unmapped
