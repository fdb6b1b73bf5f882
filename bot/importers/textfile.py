"""Reading an input file as text: strict UTF-8, with the line of a broken byte in the error."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import date
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from bot.errors import ImportRejected

READ_REPORT_BYTES = 1 << 20
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
# Control characters but tab and line ends: in a name, ESC]0;...BEL or ESC[2J would drive a terminal that prints it.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def read_text(path: str | Path, data: bytes | None = None) -> str:
    """The file's text; a file that is not UTF-8 is rejected with the line of the first bad byte."""
    raw = Path(path).read_bytes() if data is None else data
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRejected(str(path), "the file is not valid UTF-8 text", line) from None
    control = CONTROL_CHARACTER.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        raise ImportRejected(str(path), f"a control character (U+{ord(control.group()):04X}) in the text: names, notes "
                                        f"and other fields must be plain text", line)
    return text


def text_lines(path: str | Path, data: bytes | None = None,
               on_read: Callable[[int], None] | None = None) -> Iterator[str]:
    """The file's lines as they are read, in constant memory, with the checks of read_text (line numbers of a
    broken byte or a control character); `on_read` is told the bytes read so far, about every megabyte."""
    read = 0
    number = 0  # lines before this block
    with (io.BytesIO(data) if data is not None else open(path, "rb")) as handle:
        # About a megabyte of whole lines at a time: checked and decoded once per block, not once per line.
        while block := handle.readlines(READ_REPORT_BYTES):
            raw = b"".join(block)
            try:
                text = raw.decode("utf-8-sig" if number == 0 else "utf-8")
            except UnicodeDecodeError as exc:
                line = number + raw.count(b"\n", 0, exc.start) + 1
                raise ImportRejected(str(path), "the file is not valid UTF-8 text", line) from None
            control = CONTROL_CHARACTER.search(text)
            if control is not None:
                line = number + text.count("\n", 0, control.start()) + 1
                raise ImportRejected(str(path), f"a control character (U+{ord(control.group()):04X}) in the text: "
                                                f"names, notes and other fields must be plain text", line)
            yield from io.StringIO(text, newline="")  # lines split at \n, \r\n or \r, each kept with its end
            number += len(block)
            read += len(raw)
            if on_read is not None:
                on_read(read)


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


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return (f"a field longer than {csv.field_size_limit():,} characters starts on this line "
                f"(a quote that is never closed?)")
    return f"broken CSV ({exc})"


def csv_header(path: str, text: str) -> list[str]:
    """The header's columns, lower-cased ([] for an empty file); a broken header is rejected with line 1."""
    try:
        header = next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error as exc:
        raise ImportRejected(path, _csv_problem(exc), 1) from None
    return [h.strip().lower() for h in header]


def csv_rows(path: str, text: str | Iterable[str],
             keep: Collection[str] | None = None) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header (lower-cased) and the rows as (line number, {column: value}), read as they are iterated; `text`
    is the whole text or its lines (text_lines). With `keep`, a row holds only those of its columns (a file's
    other columns cost nothing); every row holds every column it keeps, empty when the row is short."""
    reader = csv.reader(io.StringIO(text, newline="") if isinstance(text, str) else text)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(path, "the file is empty", 1) from None
    except csv.Error as exc:
        raise ImportRejected(path, _csv_problem(exc), 1) from None
    columns = [h.strip().lower() for h in header]
    width = len(columns)
    kept = [(i, c) for i, c in enumerate(columns) if keep is None or c in keep]
    names = [c for _, c in kept]
    cells = itemgetter(*(i for i, _ in kept)) if len(kept) > 1 else None

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        start = reader.line_num + 1  # the line a record starts on: a runaway quoted field ends far below it
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportRejected(path, _csv_problem(exc), start) from None
            if len(values) != width:
                if len(values) > width:
                    raise ImportRejected(path, f"{len(values)} values but the header has {width} columns",
                                         reader.line_num)
                values += [""] * (width - len(values))  # a short row: the cells it lacks are empty
            picked = cells(values) if cells is not None else [values[i] for i, _ in kept]
            row = dict(zip(names, map(str.strip, picked), strict=True))
            if any(row.values()) or (len(kept) < width and any(v.strip() for v in values)):  # a blank row is skipped
                yield reader.line_num, row
            start = reader.line_num + 1

    return columns, rows()


def require_columns(path: str, columns: list[str], needed: list[str | tuple[str, ...]]) -> None:
    """Reject the file unless it has each needed column (one of the names, for a tuple)."""
    for need in needed:
        options = need if isinstance(need, tuple) else (need,)
        if not any(option in columns for option in options):
            raise ImportRejected(path, f"missing column {' or '.join(repr(o) for o in options)}", 1)
