"""The formats Racebot imports, in one list: each one's name, how a file is recognised, its parser and what it
yields. `detect_format` picks a file's format (or rejects it, listing them all); `racebot import`, feeds and
`/racebot import` all import through `bot.importers.entry.import_any`, which asks it."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import ImportRejected
from bot.importers.textfile import csv_header

if TYPE_CHECKING:
    from bot.importers.clarity import ResultsFile
    from bot.importers.records import ParsedFile

HEADER_BYTES = 65_536  # enough of a CSV to read its header
HEADER_LIMIT = 1 << 20  # past this, a first line is no header (csv's field limit is 131,072 characters)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """What a parser may be told besides the file: where it came from, progress, strictness, the state."""

    origin: str | None = None  # the file's address (a feed's, a Discord attachment's); None: the path
    progress: Callable[[str], None] | None = None
    strict: bool = False  # a cell that would be repaired rejects the file
    state: str | None = None  # --state: the state of a results file that does not name it
    name: str | None = None  # the file's own name where `path` is a copy (a feed's download): names give dates


@dataclass(frozen=True, slots=True)
class FileFormat:
    """One format: `results` formats are counts of votes (bot.importers.results_import), the others data (races,
    polls, endorsements: bot.importers.files). A CSV format is recognised by its header's columns."""

    name: str
    recognised_by: str  # how a reader tells it: "a .csv with poll_id, pct ... columns"
    yields: str  # what an import of it adds
    suffixes: tuple[str, ...]
    results: bool
    parser: str = ""  # "module:function": (path, data: bytes, ParseOptions) -> ParsedFile, or ResultsFile
    columns: Callable[[list[str]], bool] | None = None  # a CSV's header test; None: the suffix decides

    def parse(self, path: str, data: bytes, options: ParseOptions) -> ParsedFile | ResultsFile:
        """Parse a file of this format (its parser loads on first use); ImportRejected names the line."""
        module, _, function = self.parser.partition(":")
        parse: Any = getattr(importlib.import_module(module), function)
        return parse(path, data, options)  # type: ignore[no-any-return]

    def describe(self) -> str:
        """The format in a line: its name, how it is recognised and what it yields."""
        return f"{self.name} ({self.recognised_by}): {self.yields}"


def _header_test(module: str, function: str) -> Callable[[list[str]], bool]:
    """A format's header test, loaded from its parser's module when first used (a parser's module may load lxml
    or nameparser: only an import that needs it pays)."""
    def test(columns: list[str]) -> bool:
        return bool(getattr(importlib.import_module(module), function)(columns))

    return test


# The order is the order of recognition: the first format whose test a file passes is the file's.
FORMATS: tuple[FileFormat, ...] = (
    FileFormat("race bundle", ".yaml, .yml or .json", "races, candidates, polls, endorsements, results",
               (".yaml", ".yml", ".json"), results=False, parser="bot.importers.bundle:parse_bundle_file"),
    FileFormat("FiveThirtyEight generic ballot CSV", ".csv with poll_id, dem and rep columns",
               "the national generic congressional ballot's polls (Democrats, Republicans, Independent)",
               (".csv",), results=False, parser="bot.importers.polls_538:parse_538_file",
               columns=_header_test("bot.importers.polls_538", "looks_like_538_wide")),
    FileFormat("FiveThirtyEight polls CSV", ".csv with poll_id and pct columns", "races, candidates, polls",
               (".csv",), results=False, parser="bot.importers.polls_538:parse_538_file",
               columns=_header_test("bot.importers.polls_538", "looks_like_538")),
    FileFormat("endorsements CSV", ".csv with race, candidate, endorser, source_url columns", "endorsements",
               (".csv",), results=False, parser="bot.importers.endorsements_csv:parse_endorsements_file",
               columns=_header_test("bot.importers.endorsements_csv", "looks_like_endorsements")),
    FileFormat("results CSV", ".csv with race, candidate, votes, time columns", "counts of named races",
               (".csv",), results=True, parser="bot.importers.results_csv:parse_results_csv_file",
               columns=_header_test("bot.importers.results_csv", "looks_like_results_csv")),
    FileFormat("MEDSL returns CSV", ".csv with state_po, office, candidate, votes, totalvotes columns",
               "counts of federal races by state, county or precinct and vote type", (".csv",), results=True,
               parser="bot.importers.medsl:parse_medsl_file",
               columns=_header_test("bot.importers.medsl", "looks_like_medsl")),
    FileFormat("Clarity summary CSV", ".csv with contest name, choice name, total votes columns",
               "counts of a state's races and ballot measures", (".csv",), results=True,
               parser="bot.importers.clarity_summary:parse_clarity_summary_file",
               columns=_header_test("bot.importers.clarity_summary", "looks_like_clarity_summary")),
    FileFormat("OpenElections CSV", ".csv with office, district or county, party, candidate, votes columns",
               "counts by county or precinct and vote type, turnout", (".csv",), results=True,
               parser="bot.importers.openelections:parse_openelections_file",
               columns=_header_test("bot.importers.openelections", "looks_like_openelections")),
    FileFormat("Clarity results XML", ".xml (detail.xml)",
               "counts of federal and statewide races and ballot measures by county or precinct and vote type",
               (".xml",), results=True, parser="bot.importers.clarity:parse_clarity_file"),
)


def format_list() -> str:
    """Every format in one line each, for the help of `racebot import` and the message of an unknown file."""
    return "\n".join(f"  {f.describe()}" for f in FORMATS)


def csv_columns(path: str, head: bytes) -> list[str]:
    """The lower-cased columns of a CSV's first line, however it is encoded (a header is plain ASCII in every
    published format, so a lenient decode is enough to recognise it); a broken header is rejected with line 1."""
    end = head.find(b"\n")
    first = (head if end < 0 else head[:end]).decode("utf-8-sig", errors="replace")
    return csv_header(path, first)


def detect_format(path: str, data: bytes | None = None) -> FileFormat:
    """The format of a file, by its suffix and (a CSV) its header; ImportRejected lists the formats Racebot reads."""
    suffix = Path(path).suffix.lower()
    candidates = [f for f in FORMATS if suffix in f.suffixes]
    if not candidates:
        raise ImportRejected(path, "unknown file type: Racebot reads " + "; ".join(f.describe() for f in FORMATS))
    if all(f.columns is None for f in candidates):
        return candidates[0]
    try:
        if data is None:
            with open(path, "rb") as handle:
                data = handle.read(HEADER_BYTES)
                # A header longer than that is read on, so that a field no reader takes is named as such.
                while b"\n" not in data and len(data) < HEADER_LIMIT and (more := handle.read(HEADER_BYTES)):
                    data += more
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from None
    columns = csv_columns(path, data)
    for candidate in candidates:
        if candidate.columns is not None and candidate.columns(columns):
            return candidate
    names = "; ".join(f"{f.name} ({f.recognised_by})" for f in candidates)
    raise ImportRejected(path, f"unknown CSV: its columns are none of these formats': {names}", 1)
