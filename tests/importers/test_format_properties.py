"""Every format's parser, fed real rows mutated as files are mangled in the wild (columns reordered, extra columns,
CRLF inside quoted fields, a BOM, Windows-1252 text, empty cells, a truncated last line): either a clean parse or a
one-line ImportRejected naming the line, never a traceback; and through the database, never a partial write."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.db.database import Database
from bot.errors import ImportRejected
from bot.importers.entry import import_any
from bot.importers.formats import ParseOptions, detect_format
from tests.conftest import snapshot

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
pytestmark = pytest.mark.skipif(not DATA.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no shared data at {DATA}")
ROWS = 24  # real rows of each file the mutations start from
CSV_FILES = [
    DATA / "fivethirtyeight" / "senate_polls_2024.csv",
    DATA / "fivethirtyeight" / "generic_ballot_polls_historical.csv",
    DATA / "medsl" / "2024-president-state.csv",
    DATA / "clarity" / "co_2024_general_summary.csv",
    DATA / "openelections" / "20241105__pa__general__cameron__precinct.csv",
]
XML_FILE = DATA / "clarity" / "ga_atkinson_2020_general_precinct.xml"


def real_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return header, [row for _, row in zip(range(ROWS), reader, strict=False)]


@st.composite
def mangled(draw: st.DrawFn, path: Path) -> bytes:
    """A real file's first rows, mangled."""
    header, rows = real_rows(path)
    rows = [list(r) for r in draw(st.lists(st.sampled_from(rows), min_size=1, max_size=8))]
    order = draw(st.permutations(range(len(header))))
    header = [header[i] for i in order]
    rows = [[r[i] if i < len(r) else "" for i in order] for r in rows]
    if draw(st.booleans()):  # an extra column
        header.append(draw(st.sampled_from(["extra", "notes_2", "Comment"])))
        rows = [[*r, draw(st.text(alphabet="abc ,\"", max_size=5))] for r in rows]
    for row in rows:
        for i in range(len(row)):
            change = draw(st.sampled_from(["keep"] * 6 + ["empty", "crlf", "accent"]))
            if change == "empty":
                row[i] = ""
            elif change == "crlf":
                row[i] = row[i] + "\r\nmore"
            elif change == "accent":
                row[i] = row[i] + " Peña"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"]))).writerows([header, *rows])
    text = out.getvalue()
    data = text.encode("cp1252", errors="replace") if draw(st.booleans()) else text.encode("utf-8")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    if draw(st.booleans()):  # the last line cut short
        last = data.rstrip(b"\r\n").rfind(b"\n")
        cut = draw(st.integers(min_value=last + 1, max_value=max(last + 1, len(data) - 1)))
        data = data[:cut]
    return data


def check_parse(path: Path, data: bytes) -> None:
    """The parse of a mangled file: fine, or one line naming the file (and the line, for a problem of a line)."""
    try:
        file_format = detect_format(str(path), data)
        file_format.parse(str(path), data, ParseOptions())
    except ImportRejected as rejected:
        message = str(rejected)
        assert "\n" not in message and rejected.path == str(path)
        assert message.startswith(str(path))


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_a_mangled_real_file_parses_or_is_rejected_in_one_line(path: Path) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=mangled(path))
    def check(data: bytes) -> None:
        check_parse(path, data)

    check()


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=XML_FILE.stat().st_size), bom=st.booleans(),
       cp1252=st.booleans())
def test_a_mangled_clarity_file_parses_or_is_rejected_in_one_line(cut: int, bom: bool, cp1252: bool) -> None:
    data = XML_FILE.read_bytes()
    if cp1252:
        data = data.replace(b"Ossoff", "Ossoñ".encode("cp1252"))
    data = (b"\xef\xbb\xbf" if bom else b"") + data[: max(cut, 1)]
    check_parse(XML_FILE, data)


@pytest.mark.parametrize("path", [CSV_FILES[2], CSV_FILES[4], CSV_FILES[3]], ids=lambda p: p.name)
async def test_a_mangled_results_file_imports_whole_or_changes_nothing(empty_db: Database, path: Path,
                                                                       tmp_path: Path) -> None:
    examples: list[bytes] = []

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=mangled(path))
    def collect(data: bytes) -> None:
        examples.append(data)

    collect()
    for number, data in enumerate(examples):
        copy = tmp_path / f"{number}" / path.name  # the name as published: it gives a file's date and state
        copy.parent.mkdir()
        copy.write_bytes(data)
        before = await snapshot(empty_db)
        try:
            await import_any(empty_db, str(copy), create_races=True)
        except ImportRejected as rejected:
            assert "\n" not in str(rejected)
            assert await snapshot(empty_db) == before
