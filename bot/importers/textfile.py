"""Reading an input file as text: UTF-8 (with or without a BOM) as expected, or the encoding it was published in
(Windows-1252, as election offices write it), detected by charset-normalizer and reported as a repair."""

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
from bot.importers.records import RepairLog

READ_REPORT_BYTES = 1 << 20
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
# Control characters but tab and line ends: in a name, ESC]0;...BEL or ESC[2J would drive a terminal that prints it.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# The encodings US publishers write text in besides UTF-8: Windows-1252 (Excel's "CSV" on Windows; election
# offices' exports), and UTF-16 with its BOM (Excel's "Unicode text"). Any other guess (cp1250 reads "ñ" as "ń") is
# no better than this short list, which charset-normalizer chooses among.
OTHER_ENCODINGS = ("cp1252", "utf_16")
ENCODING_NAMES = {"cp1252": "Windows-1252", "utf_16": "UTF-16"}


def decode_text(path: str | Path, raw: bytes, log: RepairLog | None = None, *, first_line: int = 1) -> str:
    """Bytes as text: UTF-8 (a BOM dropped); else, with a `log`, the encoding charset-normalizer finds among those
    publishers use, reported as a repair at the first line that is not UTF-8. Without a log, or when no encoding
    fits, ImportRejected names that line."""
    return _decode(path, raw, log, first_line)[0]


def _decode(path: str | Path, raw: bytes, log: RepairLog | None, first_line: int) -> tuple[str, str | None]:
    """The text and the encoding found when it is not UTF-8 (None when it is)."""
    try:
        return raw.decode("utf-8-sig" if first_line == 1 else "utf-8"), None
    except UnicodeDecodeError as exc:
        line = first_line + raw.count(b"\n", 0, exc.start)
        bad = exc.start
    encoding = _guess_encoding(raw) if log is not None else None
    if encoding is None or log is None:
        raise ImportRejected(str(path), "the file is not valid UTF-8 text (nor Windows-1252)", line)
    text = raw.decode(encoding)
    log.add(line, "encoding", f"byte 0x{raw[bad]:02X}",
            f"the file is not UTF-8: read as {ENCODING_NAMES.get(encoding, encoding)} text")
    return (text[1:] if text.startswith("\ufeff") else text), encoding


def _guess_encoding(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes  # loads only for a file that is not UTF-8

    best = from_bytes(raw, cp_isolation=list(OTHER_ENCODINGS)).best()
    if best is None:
        return None
    encoding = best.encoding
    try:
        raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return encoding


def read_text(path: str | Path, data: bytes | None = None, log: RepairLog | None = None) -> str:
    """The file's text; a file that is not UTF-8 is read in the encoding found (reported in `log`) or rejected with
    the line of the first bad byte."""
    raw = Path(path).read_bytes() if data is None else data
    text = decode_text(path, raw, log)
    control = CONTROL_CHARACTER.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        raise ImportRejected(str(path), f"a control character (U+{ord(control.group()):04X}) in the text: names, notes "
                                        f"and other fields must be plain text", line)
    return text


def text_lines(path: str | Path, data: bytes | None = None,
               on_read: Callable[[int], None] | None = None, log: RepairLog | None = None) -> Iterator[str]:
    """The file's lines as they are read, in constant memory, with the checks of read_text (line numbers of a
    broken byte or a control character); `on_read` is told the bytes read so far, about every megabyte. A file
    that is not UTF-8 is read in the encoding found in the first block that is not (reported in `log`), when the
    blocks before it were plain ASCII (the same text in either encoding)."""
    read = 0
    encoding: str | None = None
    ascii_so_far = True
    number = 0  # lines before this block
    with (io.BytesIO(data) if data is not None else open(path, "rb")) as handle:
        # About a megabyte of whole lines at a time: checked and decoded once per block, not once per line.
        while block := handle.readlines(READ_REPORT_BYTES):
            raw = b"".join(block)
            if encoding is not None:
                try:
                    text = raw.decode(encoding)
                except UnicodeDecodeError as exc:
                    line = number + raw.count(b"\n", 0, exc.start) + 1
                    raise ImportRejected(str(path), f"the file is not valid {ENCODING_NAMES.get(encoding, encoding)} "
                                                    "text", line) from None
            else:
                text, encoding = _decode(path, raw, log if ascii_so_far else None, number + 1)
                ascii_so_far = ascii_so_far and raw.isascii()
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
