"""Reading an input file as text: strict UTF-8, with the line of a broken byte in the error."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.errors import ImportRejected

READ_REPORT_BYTES = 1 << 20
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
# Control characters but tab and line ends: in a name, ESC]0;...BEL or ESC[2J would drive a terminal that prints it.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same in UTF-8 bytes: C0 and DEL are single bytes, C1 (U+0080-U+009F) is \xc2 and a byte from \x80 to \x9f.
CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")


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
        # About a megabyte of whole lines at a time: the control-character check runs once per block.
        while block := handle.readlines(READ_REPORT_BYTES):
            raw = b"".join(block)
            control = CONTROL_BYTES.search(raw)
            if control is not None:
                line = number + raw.count(b"\n", 0, control.start()) + 1
                character = raw[control.start():control.end()].decode("utf-8", "replace")
                raise ImportRejected(str(path), f"a control character (U+{ord(character):04X}) in the text: "
                                                f"names, notes and other fields must be plain text", line)
            for offset, line_bytes in enumerate(block, number + 1):
                try:
                    yield line_bytes.decode("utf-8-sig" if offset == 1 else "utf-8")
                except UnicodeDecodeError:
                    raise ImportRejected(str(path), "the file is not valid UTF-8 text", offset) from None
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


def csv_rows(path: str, text: str | Iterable[str]) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The header (lower-cased) and the rows as (line number, {column: value}), read as they are iterated; `text`
    is the whole text or its lines (text_lines)."""
    reader = csv.reader(io.StringIO(text, newline="") if isinstance(text, str) else text)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(path, "the file is empty", 1) from None
    except csv.Error as exc:
        raise ImportRejected(path, _csv_problem(exc), 1) from None
    columns = [h.strip().lower() for h in header]
    width = len(columns)

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        start = reader.line_num + 1  # the line a record starts on: a runaway quoted field ends far below it
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportRejected(path, _csv_problem(exc), start) from None
            values = list(map(str.strip, values))
            if any(values):
                if len(values) > width:
                    raise ImportRejected(path, f"{len(values)} values but the header has {width} columns",
                                         reader.line_num)
                if len(values) < width:  # a short row: the cells it lacks are empty, as in a spreadsheet
                    values += [""] * (width - len(values))
                yield reader.line_num, dict(zip(columns, values, strict=True))
            start = reader.line_num + 1

    return columns, rows()


def require_columns(path: str, columns: list[str], needed: list[str | tuple[str, ...]]) -> None:
    for need in needed:
        options = need if isinstance(need, tuple) else (need,)
        if not any(option in columns for option in options):
            raise ImportRejected(path, f"missing column {' or '.join(repr(o) for o in options)}", 1)
