"""Parses the endorsements CSV (race, candidate, endorser, endorser_type, date, source_url, quote)."""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from bot.errors import ImportRejected
from bot.importers.bundle_schema import EndorserKind
from bot.importers.records import EndorsementRecord, ParsedFile, RepairLog, SourceRecord
from bot.importers.textfile import csv_rows, parse_date, read_text, require_columns

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

REQUIRED: list[str | tuple[str, ...]] = ["race", "candidate", "endorser", "source_url"]
KINDS = set(get_args(EndorserKind))


def looks_like_endorsements(columns: list[str]) -> bool:
    """Whether a CSV's columns are those of an endorsements file."""
    return "endorser" in columns and "candidate" in columns


def parse_endorsements_file(path: str, data: bytes, options: ParseOptions) -> ParsedFile:
    """An endorsements CSV as the format registry calls its parser: the bytes, read in the encoding found."""
    log = RepairLog(path, strict=options.strict)
    parsed = parse_endorsements(path, read_text(path, data, log))
    parsed.repairs[:0] = log.take()
    return parsed


def parse_endorsements(path: str, text: str) -> ParsedFile:
    """Parse and validate an endorsements CSV; ImportRejected names the line of a problem."""
    columns, rows = csv_rows(path, text)
    require_columns(path, columns, REQUIRED)
    parsed = ParsedFile(path=path)
    for line, row in rows:
        for column in ("race", "candidate", "endorser", "source_url"):
            if not row.get(column):
                raise ImportRejected(path, f"missing {column}", line)
        url = row["source_url"]
        if not url.startswith(("http://", "https://")):
            raise ImportRejected(path, f"source_url {url[:80]!r} is not an http(s) address", line)
        kind = (row.get("endorser_type") or "person").lower()
        if kind not in KINDS:
            raise ImportRejected(path, f"endorser_type {kind!r} is not one of {', '.join(sorted(KINDS))}", line)
        when = None
        if row.get("date"):
            try:
                when = parse_date(row["date"])
            except ValueError:
                raise ImportRejected(path, f"date {row['date']!r} is not a date", line) from None
        parsed.endorsements.append(
            EndorsementRecord(
                race=row["race"], candidate=row["candidate"], endorser=row["endorser"][:300],
                source=SourceRecord(url=url[:1000]), endorser_type=kind, date=when,
                quote=row.get("quote") or None, line=line,
            )
        )
    if not parsed.endorsements:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    return parsed
