"""The 538 importer repairs malformed optional cells (and says so), and rejects what would make an answer wrong."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.db.database import Database
from bot.db.models import Poll, PollResult
from bot.errors import ImportRejected
from bot.importers import import_file
from bot.importers.polls_538 import LIMITS
from tests.conftest import snapshot

HEADER = "poll_id,question_id,pollster,end_date,cycle,office_type,state,candidate_name,party,pct,url,sample_size," \
         "population,methodology,notes\n"
GOOD = "1,11,A,10/6/20,2020,U.S. Senate,Ohio,Ann Lee,DEM,47,https://a.example/1,800,lv,Online,\n"


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "polls.csv"
    path.write_text(HEADER + GOOD + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def _row(**cells: str) -> str:
    values = dict(zip(HEADER.strip().split(","), GOOD.strip("\n").split(","), strict=True))
    values.update(poll_id="2", question_id="21", candidate_name="Bob Ray", party="REP", pct="44")
    values.update(cells)
    return ",".join(f'"{v}"' if "," in v else v for v in values.values())


@pytest.mark.parametrize(
    ("cells", "column", "action"),
    [
        ({"url": "0\t0\t0\t0"}, "url", "not an http(s) address"),
        ({"url": "https://a.example/" + "x" * 1000}, "url", "longer than 1000 characters"),
        ({"sample_size": "about 900"}, "sample_size", "not a number"),
        ({"sample_size": "-5"}, "sample_size", "not a positive number"),
        ({"population": "lv/rv"}, "population", "not a 538 population code"),
        ({"notes": "n" * (LIMITS["notes"] + 5)}, "notes", f"cut to {LIMITS['notes']}"),
        ({"methodology": "m" * 250}, "methodology", "cut to 200"),
        ({"pollster": "P" * 301}, "pollster", "cut to 300"),
        ({"candidate_name": "C" * 301}, "candidate_name", "cut to 300"),
        ({"party": "D" * 101}, "party", "cut to 100"),
    ],
)
async def test_a_malformed_optional_cell_is_repaired_reported_and_the_row_kept(
    empty_db: Database, tmp_path: Path, cells: dict[str, str], column: str, action: str
) -> None:
    summary = await import_file(empty_db, str(_file(tmp_path, _row(**cells))))
    assert summary.counts["polls"].added == 2
    assert summary.counts["poll results"].added == 2
    assert [(r.line, r.column) for r in summary.repairs] == [(3, column)]
    assert action in summary.repairs[0].action
    assert summary.repairs[0].value == cells[column]
    assert any(f"repaired 1 malformed cell: line 3, {column}" in line for line in summary.lines())


async def test_repaired_cells_are_stored_dropped_or_cut(empty_db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, _row(url="0\t0", sample_size="n/a", population="likely", notes="n" * 3000))
    await import_file(empty_db, str(path))
    async with empty_db.session() as session:
        poll = await session.scalar(select(Poll).where(Poll.key == "538:2"))
        assert poll is not None
        assert poll.sample_size is None and poll.population is None
        assert poll.note == "n" * LIMITS["notes"]
        assert poll.source.url.startswith("file:") and poll.source.title == "FiveThirtyEight polls file"


async def test_every_row_carrying_a_bad_cell_is_reported(empty_db: Database, tmp_path: Path) -> None:
    path = _file(tmp_path, _row(url="junk"), _row(url="junk", candidate_name="Cy Dee", pct="3"))
    summary = await import_file(empty_db, str(path))
    assert [r.line for r in summary.repairs] == [3, 4]


async def test_strict_rejects_the_first_repair_naming_its_line_and_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    before = await snapshot(db)
    path = _file(tmp_path, _row(sample_size="lots"))
    with pytest.raises(ImportRejected, match="sample_size 'lots' would be repaired") as error:
        await import_file(db, str(path), strict=True)
    assert error.value.line == 3
    assert "--strict" in error.value.reason
    assert await snapshot(db) == before


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"end_date": "10/32/20"}, "end_date '10/32/20' is not a date"),
        ({"pct": "101"}, "pct 101 is not between 0 and 100"),
        ({"hypothetical": "maybe"}, "hypothetical 'maybe' is not true or false"),
        ({"ranked_choice_round": "final"}, "ranked_choice_round 'final' is not a number"),
        ({"question_id": "q" * 81}, "question_id is longer than 80 characters"),
    ],
)
async def test_what_would_make_an_answer_wrong_rejects_the_file(
    db: Database, tmp_path: Path, cells: dict[str, str], reason: str
) -> None:
    header = HEADER.strip() + ",hypothetical,ranked_choice_round\n"
    values = dict(zip(header.strip().split(","), [*GOOD.strip("\n").split(","), "false", ""], strict=True))
    good = ",".join(values.values())
    values.update(poll_id="2", question_id="21", candidate_name="Bob Ray", pct="44")
    values.update(cells)
    path = tmp_path / "bad.csv"
    path.write_text(header + good + "\n" + ",".join(values.values()) + "\n", encoding="utf-8")
    before = await snapshot(db)
    with pytest.raises(ImportRejected) as error:
        await import_file(db, str(path))
    assert reason in error.value.reason
    assert error.value.line == 3
    assert await snapshot(db) == before


def test_import_report_writes_every_repair_as_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _file(tmp_path, _row(url="0\t0"), _row(url="0\t0", candidate_name="Cy Dee", pct="3", population="x"))
    report = tmp_path / "repairs.csv"
    assert main(["import", "--report", str(report), str(path)]) == 0
    out = capsys.readouterr().out
    assert "repaired 3 malformed cells" in out and f"3 repaired cells listed in {report}" in out
    with open(report, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "line", "column", "value", "action"]
    assert [(r[0], r[1], r[2], r[3]) for r in rows[1:]] == [
        (str(path), "3", "url", "0\t0"), (str(path), "4", "url", "0\t0"), (str(path), "4", "population", "x"),
    ]


def test_import_strict_exits_non_zero_naming_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _file(tmp_path, _row(population="x"))
    assert main(["import", "--strict", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}, line 3: population 'x' would be repaired" in err
    assert main(["polls", "ohio-u-s-senate-2020"]) == 1  # nothing was imported
    assert main(["import", str(path)]) == 0  # without --strict the same file imports, repaired
    assert main(["polls", "ohio-u-s-senate-2020"]) == 0
    capsys.readouterr()


async def test_results_keep_their_flags(empty_db: Database, tmp_path: Path) -> None:
    await import_file(empty_db, str(_file(tmp_path, _row())))
    async with empty_db.session() as session:
        flags = set((await session.execute(select(PollResult.hypothetical, PollResult.ranked_round))).all())
    assert flags == {(False, None)}
