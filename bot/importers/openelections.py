"""Parses OpenElections' results CSVs (one repository per state; county and precinct files, named
`20241105__pa__general__cameron__precinct.csv`): the date, state and stage come from the file's name; "Registered
Voters" and "Ballots Cast" rows are the turnout of their area, not candidates; optional vote-type columns
(election_day, mail, provisional, early_voting, absentee ...) split a candidate's votes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ImportRejected
from bot.importers.clarity import (
    AreaTurnoutRecord,
    AreaVotes,
    ChoiceCount,
    ContestCount,
    ResultsFile,
    _office,
)
from bot.importers.election_files import (
    TOTAL_VOTE_TYPE,
    date_and_state,
    is_pseudo_candidate,
    measure_choice,
    measure_of,
    measure_threshold,
    vote_type,
    whole_number,
)
from bot.importers.person_names import name_as_written
from bot.importers.records import RepairLog
from bot.importers.textfile import csv_rows, read_text, require_columns
from bot.races import AT_LARGE, single_seat_state

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

REQUIRED: list[str | tuple[str, ...]] = ["office", "candidate", "votes"]
BASE_COLUMNS = frozenset({"county", "precinct", "office", "district", "party", "candidate", "votes", "winner",
                          "parish", "ward", "jurisdiction", "state", "fips", "geoid", "notes", "total"})
TURNOUT_OFFICES = {"registered voters": "registered", "ballots cast": "ballots", "total ballots cast": "ballots",
                   "ballots cast total": "ballots", "registered": "registered"}
WRITE_IN_PARTIES = frozenset({"wi", "w/i", "write-in", "write in"})
_STAGES = {"general": "general", "primary": "primary", "runoff": "runoff", "special__general": "general"}


def looks_like_openelections(columns: list[str]) -> bool:
    """Whether a CSV's columns are OpenElections' (office, district, party, candidate, votes; a county or precinct
    column in a county's file)."""
    return {"office", "candidate", "votes", "party"} <= set(columns) and ("district" in columns or "county" in columns)


def parse_openelections_file(path: str, data: bytes, options: ParseOptions) -> ResultsFile:
    """An OpenElections CSV as the format registry calls its parser."""
    return parse_openelections(path, data, options.state, strict=options.strict, name=options.name)


def parse_openelections(path: str, data: bytes, state: str | None = None, *, strict: bool = False,
                        name: str | None = None) -> ResultsFile:
    """The contests of an OpenElections CSV; its date and state come from its name (or --state)."""
    log = RepairLog(path, strict=strict)
    columns, rows = csv_rows(path, read_text(path, data, log))
    require_columns(path, columns, REQUIRED)
    named = name or path  # the file's own name gives the date and state
    when, code = date_and_state(path, named, state, "an OpenElections file names its election's date in its name "
                                                    "(20241105__pa__general__cameron__precinct.csv): keep that name")
    stage = _stage(named)
    type_columns = [c for c in columns if c not in BASE_COLUMNS and c]
    level = "precinct" if "precinct" in columns else "county" if "county" in columns else "state"
    contests: dict[tuple[str, str], ContestCount] = {}
    parties: dict[tuple[str, str], dict[str, str | None]] = {}
    pseudo: dict[tuple[str, str], int] = {}
    turnout: dict[tuple[str, str | None], list[int | None]] = {}
    for line, row in rows:
        office = " ".join(row["office"].split())
        if not office:
            raise ImportRejected(path, "missing office", line)
        county = " ".join((row.get("county") or code or "").split())[:120]
        precinct = " ".join((row.get("precinct") or "").split())[:200] or None if level == "precinct" else None
        votes = whole_number(path, line, "votes", row["votes"]) or 0
        measure_turnout = TURNOUT_OFFICES.get(office.lower())
        if measure_turnout is not None:
            slot = turnout.setdefault((county, precinct), [None, None])
            slot[0 if measure_turnout == "registered" else 1] = votes
            continue
        district = (row.get("district") or "").strip()
        key = (office, district)
        contest = contests.get(key)
        if contest is None:
            contest = contests[key] = _contest(office, district, code, stage, when, line)
            parties[key] = {}
        name = " ".join(row["candidate"].split())
        party = (row.get("party") or "").strip()
        if contest.measure:
            choice = measure_choice(name)
            if choice is None:
                raise ImportRejected(path, f"the measure {office!r} has a choice {name!r}, neither Yes nor No", line)
            name = choice
        elif not name or is_pseudo_candidate(name):
            pseudo[key] = pseudo.get(key, 0) + votes  # unnamed write-ins, over- and undervotes: the total's only
            continue
        else:
            name = name_as_written(name)[:300]
        if party.lower() in WRITE_IN_PARTIES:
            party = "write-in"
        parties[key].setdefault(name, party[:100] or None)
        contest.areas.extend(_split(path, line, row, county, precinct, name, votes, type_columns))
    if not contests and not turnout:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    areas_turnout = [AreaTurnoutRecord(c, p, registered, ballots) for (c, p), (registered, ballots) in turnout.items()]
    for key, contest in contests.items():
        totals: dict[str, int] = {}
        for area in contest.areas:
            totals[area.choice] = totals.get(area.choice, 0) + area.votes
        contest.choices = [ChoiceCount(name, parties[key].get(name), votes) for name, votes in totals.items()]
        contest.total_votes = sum(totals.values()) + pseudo.get(key, 0)
        contest.turnout = areas_turnout
        contest.registered = _sum(t.registered for t in areas_turnout)
        contest.ballots_cast = _sum(t.ballots_cast for t in areas_turnout)
    stem = Path(named).stem
    region = stem.split("__")[3].replace("_", " ").title() if stem.count("__") >= 4 else ""
    counties = {area.county for contest in contests.values() for area in contest.areas if area.county} \
        | {c for c, _ in turnout if c}
    # one county's rows only: the file counts that county, not the state ("Cameron County" of Pennsylvania)
    county = next(iter(counties)) if len(counties) == 1 and level != "state" and next(iter(counties)) != code else None
    return ResultsFile(path=path, election_name=stem, election_date=when,
                       taken_at=dt.datetime.combine(when, dt.time()), region=code or region, state_code=code,
                       level=level, contests=list(contests.values()), publisher="OpenElections",
                       state_from=f"{code}, from the file's name" if code and not state else None, repairs=log.take(),
                       county=county)


def _contest(office: str, district: str, code: str | None, stage: str, when: dt.date, line: int) -> ContestCount:
    measure = measure_of(office)
    if measure is not None:
        return ContestCount(office, "measure", None, stage, unit="precincts", line=line, measure=True,
                            pass_threshold=measure_threshold(code, measure[1]))
    text = f"{office} District {district}" if district and not re.search(r"\d", office) else office
    kind, found = _office(text, when)
    if kind == "house" and not found:
        # A blank district: the office's words, else the state's one seat (elected at large).
        found = AT_LARGE if single_seat_state(code, when.year) else None
    return ContestCount(text, kind, found if kind == "house" else None, stage, unit="precincts", line=line)


def _split(path: str, line: int, row: dict[str, str], county: str, precinct: str | None, name: str, votes: int,
           type_columns: list[str]) -> list[AreaVotes]:
    """A row's votes by vote type where its vote-type cells are filled (any votes they do not account for are
    "other"); else one "total"."""
    split = [(vote_type(c.replace("_", " ")), whole_number(path, line, c, row.get(c, ""), empty=None))
             for c in type_columns]
    given = [(kind, n) for kind, n in split if n is not None]
    if not given:
        return [AreaVotes(county, precinct, TOTAL_VOTE_TYPE, name, votes)]
    rest = votes - sum(n for _, n in given)
    areas = [AreaVotes(county, precinct, kind, name, n) for kind, n in given]
    if rest > 0:
        areas.append(AreaVotes(county, precinct, "other", name, rest))
    elif rest < 0:
        raise ImportRejected(path, f"the vote types add up to {votes - rest:,} votes, more than its {votes:,}", line)
    return areas


def _stage(path: str) -> str:
    parts = Path(path).stem.lower().split("__")
    for part in parts[2:4]:
        if part in _STAGES:
            return _STAGES[part]
    return "general"


def _sum(values: object) -> int | None:
    numbers = [v for v in values if v is not None]  # type: ignore[attr-defined]
    return sum(numbers) if numbers else None
