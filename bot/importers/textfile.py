"""Reading an input file as text: strict UTF-8, with the line of a broken byte in the error."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.errors import ImportRejected

_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def read_text(path: str | Path, data: bytes | None = None) -> str:
    """The file's text; a file that is not UTF-8 is rejected with the line of the first bad byte."""
    raw = Path(path).read_bytes() if data is None else data
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRejected(str(path), "the file is not valid UTF-8 text", line) from None


@lru_cache(maxsize=8192)
def parse_date(value: str) -> date:
    """ISO dates (2022-06-07) and 538's US dates (6/7/22, 6/7/2022)."""
    value = value.strip()
    match = _US_DATE.match(value)
    if match:
        month, day, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
        return date(year, month, day)
    return date.fromisoformat(value)


def csv_rows(path: str, text: str) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header (lower-cased) and the rows as (line number, {column: value}), read as they are iterated."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(path, "the file is empty", 1) from None
    except csv.Error as exc:
        raise ImportRejected(path, f"not a CSV file ({exc})", 1) from None
    columns = [h.strip().lower() for h in header]

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        try:
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                if len(values) > len(columns):
                    raise ImportRejected(
                        path, f"{len(values)} values but the header has {len(columns)} columns", reader.line_num
                    )
                yield reader.line_num, dict(zip(columns, (v.strip() for v in values), strict=False))
        except csv.Error as exc:
            raise ImportRejected(path, f"broken CSV ({exc})", reader.line_num) from None

    return columns, rows()


def require_columns(path: str, columns: list[str], needed: list[str | tuple[str, ...]]) -> None:
    for need in needed:
        options = need if isinstance(need, tuple) else (need,)
        if not any(option in columns for option in options):
            raise ImportRejected(path, f"missing column {' or '.join(repr(o) for o in options)}", 1)
