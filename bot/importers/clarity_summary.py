"""Parses Clarity's summary CSV (`summary.csv` beside `detail.xml`: one row per choice of each contest, the whole
election's totals): contests as counts of a state's races, measures with Yes and No, turnout where given."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ImportRejected
from bot.importers.clarity import ChoiceCount, ContestCount, ResultsFile, _display_name, _office
from bot.importers.election_files import (
    date_and_state,
    is_pseudo_candidate,
    measure_choice,
    measure_of,
    measure_threshold,
    whole_number,
)
from bot.importers.records import RepairLog
from bot.importers.textfile import csv_rows, read_text, require_columns

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

COLUMNS = ("contest name", "choice name", "total votes")
REQUIRED: list[str | tuple[str, ...]] = list(COLUMNS)
_VOTE_FOR = re.compile(r"\s*\(vote\s+for\s+\d+\)\s*$", re.IGNORECASE)


def looks_like_clarity_summary(columns: list[str]) -> bool:
    """Whether a CSV's columns are those of Clarity's summary CSV."""
    return set(COLUMNS) <= set(columns)


def parse_clarity_summary_file(path: str, data: bytes, options: ParseOptions) -> ResultsFile:
    """A Clarity summary CSV as the format registry calls its parser."""
    return parse_clarity_summary(path, data, options.state, strict=options.strict, name=options.name)


def parse_clarity_summary(path: str, data: bytes, state: str | None = None, *, strict: bool = False,
                          name: str | None = None) -> ResultsFile:
    """The contests of a Clarity summary CSV. It names neither its state nor its date: the state comes from
    `state` (--state) or the file's name ("co_2024_general_summary.csv"), the date from the name."""
    log = RepairLog(path, strict=strict)
    columns, rows = csv_rows(path, read_text(path, data, log))
    require_columns(path, columns, REQUIRED)
    named = name or path  # the file's own name gives the date and state
    when, code = date_and_state(path, named, state, "a Clarity summary CSV names no date: keep its date in the "
                                                    "file's name (co_2024_general_summary.csv, 20241105_summary.csv)")
    contests: dict[str, ContestCount] = {}
    pseudo: dict[str, int] = {}
    for line, row in rows:
        text = _VOTE_FOR.sub("", row["contest name"]).strip()
        if not text:
            raise ImportRejected(path, "missing contest name", line)
        contest = contests.get(text)
        if contest is None:
            contest = contests[text] = _contest(path, line, text, row, code, when)
        name = row["choice name"].strip()
        votes = whole_number(path, line, "total votes", row["total votes"]) or 0
        if contest.measure:
            choice = measure_choice(name)
            if choice is None:
                raise ImportRejected(path, f"the measure {text!r} has a choice {name!r}, neither Yes nor No", line)
            name = choice
        elif is_pseudo_candidate(name) or not name:
            pseudo[text] = pseudo.get(text, 0) + votes
            continue
        party = None if contest.measure else (row.get("party name", "").strip()[:100] or None)
        contest.choices.append(ChoiceCount(_display_name(name)[:300], party, votes))
    if not contests:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    for text, contest in contests.items():
        over_under = contest.total_votes or 0
        contest.total_votes = sum(c.votes for c in contest.choices) + pseudo.get(text, 0) + over_under
    taken = dt.datetime.combine(when, dt.time())
    return ResultsFile(path=path, election_name=Path(named).stem, election_date=when, taken_at=taken, region=code or "",
                       state_code=code, level="state", contests=list(contests.values()),
                       state_from=f"{code}, from the file's name" if code and state is None else None,
                       repairs=log.take())


def _contest(path: str, line: int, text: str, row: dict[str, str], code: str | None,
             when: dt.date) -> ContestCount:
    measure = measure_of(text)
    reported = whole_number(path, line, "num area rptg", row.get("num area rptg", ""), empty=None)
    total = whole_number(path, line, "num area total", row.get("num area total", ""), empty=None)
    over = whole_number(path, line, "over votes", row.get("over votes", "")) or 0
    under = whole_number(path, line, "under votes", row.get("under votes", "")) or 0
    registered = whole_number(path, line, "registered voters", row.get("registered voters", ""), empty=None)
    ballots = whole_number(path, line, "ballots cast", row.get("ballots cast", ""), empty=None)
    if measure is not None:
        kind, district = "measure", None
    else:
        kind, district = _office(text, when)
    # The summary's reporting counts say counties: 0 of 64 in a final file, so a share reported is not given.
    contest = ContestCount(text, kind, district, "general", units_reported=None,
                           units_total=total if reported else None, unit="counties", line=line,
                           registered=registered or None, ballots_cast=ballots or None, total_votes=over + under)
    if measure is not None:
        contest.measure = True
        contest.pass_threshold = measure_threshold(code, measure[1])
    return contest
