"""Parses the results CSV (race,stage,candidate,votes,reported,expected,time,source_url[,called,certified]): the
count of any source that is not Clarity, one row per candidate per count."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.errors import ImportRejected
from bot.importers.clarity import ChoiceCount, ContestCount, ResultsFile
from bot.importers.records import RepairLog
from bot.importers.textfile import csv_rows, read_text, require_columns

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

REQUIRED: list[str | tuple[str, ...]] = ["race", "stage", "candidate", "votes", "time", "source_url"]
TRUE_WORDS = {"true", "yes", "1", "y", "x"}


def looks_like_results_csv(columns: list[str]) -> bool:
    """Whether a CSV's columns are those of a results file."""
    return {"race", "candidate", "votes", "time"} <= set(columns)


def parse_results_csv_file(path: str, data: bytes, options: ParseOptions) -> ResultsFile:
    """A results CSV as the format registry calls its parser: the bytes, read in the encoding found."""
    log = RepairLog(path, strict=options.strict)
    parsed = parse_results_csv(path, read_text(path, data, log))
    parsed.repairs[:0] = log.take()
    return parsed


def parse_results_csv(path: str, text: str) -> ResultsFile:
    """Rows of one race, stage, time and source make one count; ImportRejected names the line of any problem."""
    columns, rows = csv_rows(path, text)
    require_columns(path, columns, REQUIRED)
    counts: dict[tuple[str, str, dt.datetime, str], ContestCount] = {}
    for line, row in rows:
        for column in ("race", "stage", "candidate", "votes", "time", "source_url"):
            if not row.get(column, "").strip():
                raise ImportRejected(path, f"missing {column}", line)
        url = row["source_url"].strip()
        if not url.startswith(("http://", "https://")):
            raise ImportRejected(path, f"source_url {url[:80]!r} is not an http(s) address", line)
        when = _time(path, line, row["time"])
        key = (row["race"].strip(), row["stage"].strip().lower(), when, url)
        count = counts.get(key)
        reported, total, unit = _reporting(path, line, row.get("reported", ""), row.get("expected", ""))
        if count is None:
            count = counts[key] = ContestCount(
                text=f"{key[0]} {key[1]}", office_kind=None, district=None, stage=key[1],
                units_reported=reported, units_total=total, unit=unit, race_slug=key[0], taken_at=when,
                source_url=url[:1000], line=line)
        count.certified = count.certified or row.get("certified", "").strip().lower() in TRUE_WORDS
        name = row["candidate"].strip()[:300]
        if row.get("called", "").strip().lower() in TRUE_WORDS:
            count.called = name
        if any(c.name == name for c in count.choices):
            raise ImportRejected(path, f"{name!r} appears twice in the count of {key[0]} {key[1]} at {when}", line)
        count.choices.append(ChoiceCount(name, None, _votes(path, line, row["votes"])))
    if not counts:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    first = min(c.taken_at for c in counts.values() if c.taken_at is not None)
    return ResultsFile(path=path, election_name="results", election_date=first.date(), taken_at=first, region="",
                       state_code=None, level="", contests=list(counts.values()))


def _time(path: str, line: int, value: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ImportRejected(path, f"time {value!r} is not a date and time (use 2024-11-05T21:30:00-05:00)",
                             line) from None
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def _votes(path: str, line: int, value: str) -> int:
    try:
        votes = int(value.replace(",", "").strip())
    except ValueError:
        raise ImportRejected(path, f"votes {value!r} is not a whole number", line) from None
    if votes < 0:
        raise ImportRejected(path, f"votes {votes} is negative", line)
    return votes


def _reporting(path: str, line: int, reported: str, expected: str) -> tuple[int | None, int | None, str]:
    """Precincts counted of all (`reported`, `expected`), or the share of the expected vote counted ("87%")."""
    reported, expected = reported.strip(), expected.strip()
    if not reported:
        return None, None, "precincts"
    try:
        if reported.endswith("%"):
            share = float(reported[:-1])
            if not 0 <= share <= 100:
                raise ValueError
            return round(share), 100, "expected vote"
        count = int(reported)
        total = int(expected) if expected else None
    except ValueError:
        raise ImportRejected(path, f"reported {reported!r} / expected {expected!r} are not counts of precincts "
                                   "(or a share such as 87%)", line) from None
    if count < 0 or (total is not None and not 0 <= count <= total):
        raise ImportRejected(path, f"reported {count} of {total} precincts is impossible", line)
    return count, total, "precincts"
