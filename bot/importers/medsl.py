"""Parses the MIT Election Data and Science Lab's returns (state, county and precinct files of every federal office
since 1976; its codebook defines the columns): one contest per state, office, district, stage and special flag.

What the files hold that is not a plain count: pseudo-candidates (UNDERVOTES, OVERVOTES, WRITE-IN, SCATTERING,
VOID) count toward the contest's total, never as candidates; `mode` splits a candidate's votes by vote type, TOTAL
where the state gives no split (a TOTAL beside a split is not counted twice); `unofficial` rows make the count
partial (not certified); names in capitals, surname first ("HARRIS, KAMALA D.") are written as people write them."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ImportRejected
from bot.importers.clarity import AreaTurnoutRecord, AreaVotes, ChoiceCount, ContestCount, ResultsFile
from bot.importers.election_files import (
    TOTAL_VOTE_TYPE,
    general_election_day,
    is_pseudo_candidate,
    vote_type,
    whole_number,
)
from bot.importers.person_names import name_as_written
from bot.importers.records import RepairLog
from bot.importers.textfile import csv_rows, require_columns, text_lines
from bot.races import AT_LARGE, state_code

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

# `votes` in the state files, `candidatevotes` in the county files (countypres_2000-2024.csv), as published.
REQUIRED: list[str | tuple[str, ...]] = ["year", "state_po", "office", "candidate", ("votes", "candidatevotes")]
COLUMNS_READ = frozenset({
    "year", "state", "state_po", "office", "district", "stage", "special", "candidate", "party_detailed",
    "party_simplified", "party", "writein", "mode", "votes", "candidatevotes", "totalvotes", "unofficial",
    "county_name", "precinct", "jurisdiction_name",
})
OFFICES = {"us president": "president", "president": "president", "us senate": "senate", "us house": "house",
           "governor": "governor"}
OFFICE_NAMES = {"president": "U.S. President", "senate": "U.S. Senate", "house": "U.S. House", "governor": "Governor"}
STAGES = {"gen": "general", "general": "general", "runoff": "runoff", "run": "runoff", "pri": "primary",
          "primary": "primary"}
PARTIES = {"democrat": "DEM", "democratic": "DEM", "republican": "REP", "libertarian": "LIB", "green": "GRN"}
TRUE_WORDS = frozenset({"true", "t", "1", "yes"})


def looks_like_medsl(columns: list[str]) -> bool:
    """Whether a CSV's columns are MEDSL's returns."""
    return {"state_po", "office", "candidate", "totalvotes"} <= set(columns) and (
        "votes" in columns or "candidatevotes" in columns)


@dataclass(slots=True)
class _Contest:
    """A contest as its rows are read: areas' votes, pseudo-candidates' votes, each area's total."""

    count: ContestCount
    parties: dict[str, str | None] = field(default_factory=dict)  # choice -> party
    area_totals: dict[tuple[str, str | None], int] = field(default_factory=dict)
    pseudo: int = 0
    split: bool = False  # some rows give a vote type other than TOTAL


def parse_medsl_file(path: str, data: bytes | None, options: ParseOptions) -> ResultsFile:
    """A MEDSL file as the format registry calls its parser."""
    return parse_medsl(path, data, strict=options.strict)


def parse_medsl(path: str, data: bytes | None = None, *, strict: bool = False,
                on_read: Callable[[int], None] | None = None) -> ResultsFile:
    """The contests of a MEDSL returns file, read as a stream of lines (a national county file has millions)."""
    log = RepairLog(path, strict=strict)
    lines = text_lines(path, data, on_read, log)
    columns, rows = csv_rows(path, lines, keep=COLUMNS_READ)
    require_columns(path, columns, REQUIRED)
    level = "precinct" if "precinct" in columns else "county" if "county_name" in columns else "state"
    votes_column = "votes" if "votes" in columns else "candidatevotes"
    # Each distinct value is read once: a million rows hold a few thousand contests, names, counties and modes.
    contests: dict[tuple[str, ...], _Contest | None] = {}  # the row's contest cells -> its contest (None: skipped)
    names: dict[str, str | None] = {}  # a name as the file writes it -> as people do; None: a pseudo-candidate
    counties: dict[str, str] = {}
    modes: dict[str, str] = {}
    skipped: dict[str, str] = {}
    for line, row in rows:
        cells = (row["state_po"], row["office"], row["year"], row.get("district", ""), row.get("stage", ""),
                 row.get("special", ""))
        contest = contests.get(cells, False)  # type: ignore[arg-type]
        if contest is False:
            contest = contests[cells] = _new_contest(path, line, row, skipped)
        if contest is None:
            continue
        raw_votes = row[votes_column]
        votes = int(raw_votes) if raw_votes.isdigit() else whole_number(path, line, votes_column, raw_votes) or 0
        county = _county(row, counties, level, contest.count.state_code or "")
        precinct = (row.get("precinct") or "").strip()[:200] or None if level == "precinct" else None
        raw_total = row.get("totalvotes", "")
        total = int(raw_total) if raw_total.isdigit() else whole_number(path, line, "totalvotes", raw_total,
                                                                         empty=None)
        if total is not None:
            area = (county, precinct)
            if total > contest.area_totals.get(area, -1):
                contest.area_totals[area] = total
        if row.get("unofficial", "") and row["unofficial"].lower() in TRUE_WORDS:
            contest.count.certified = False
        raw = row["candidate"]
        name = names.get(raw, "")
        if name == "":
            name = names[raw] = None if not raw.strip() or is_pseudo_candidate(raw) else \
                _ticket_head(name_as_written(raw))[:300]
        if name is None:
            contest.pseudo += votes
            continue
        if name not in contest.parties:
            contest.parties[name] = _party(row)
        raw_mode = row.get("mode", "")
        mode = modes.get(raw_mode)
        if mode is None:
            mode = modes[raw_mode] = vote_type(raw_mode)
        if mode != TOTAL_VOTE_TYPE:
            contest.split = True
        contest.count.areas.append(AreaVotes(county, precinct, mode, name, votes))
    if not contests:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    found = [c for c in contests.values() if c is not None]
    election_day = max((c.count.election_date for c in found if c.count.election_date), default=None) \
        or general_election_day(dt.date.today().year)
    results = ResultsFile(path=path, election_name=Path(path).stem, election_date=election_day,
                          taken_at=dt.datetime.combine(election_day, dt.time()), region="", state_code=None,
                          level=level, publisher="MIT Election Data and Science Lab", repairs=log.take(),
                          skipped=[f"{what}: {why}" for what, why in skipped.items()])
    for contest in found:
        results.contests.append(_finished(contest, level))
    return results


def _new_contest(path: str, line: int, row: dict[str, str], skipped: dict[str, str]) -> _Contest | None:
    """The contest of a row's state, office, year, district, stage and special flag; None (and a line in
    `skipped`) for an office Racebot does not follow or a stage whose date the file does not give."""
    code = (row["state_po"] or "").strip().upper()
    if state_code(code) != code:
        raise ImportRejected(path, f"state_po {row['state_po'][:20]!r} is not a state's postal code", line)
    try:
        year = int(row["year"])
    except ValueError:
        raise ImportRejected(path, f"year {row['year'][:20]!r} is not a year", line) from None
    if not 1789 <= year <= 2200:
        raise ImportRejected(path, f"year {year} is not a plausible year", line)
    office = " ".join(row["office"].lower().replace(".", "").split())
    stage = STAGES.get((row.get("stage") or "gen").strip().lower())
    kind = OFFICES.get(office)
    if kind is None or stage != "general":
        what = f"{year} {code} {row['office'].title()} ({row.get('stage') or 'GEN'})"
        skipped.setdefault(what, "not an office Racebot follows" if kind is None
                           else "a primary or runoff: its date is not in the file")
        return None
    district = _district(kind, row.get("district", ""))
    special = (row.get("special") or "").lower() in TRUE_WORDS
    text = " ".join(p for p in (str(year), code, OFFICE_NAMES[kind], f"District {district}" if district else "",
                                "(special)" if special else "") if p)
    return _Contest(ContestCount(text, kind, district, stage, unit="counties", line=line, state_code=code,
                                 special=special, certified=True, election_date=general_election_day(year)))


def _finished(contest: _Contest, level: str) -> ContestCount:
    """The contest's choices (each candidate's votes over its areas and vote types), its total, and its areas
    (none for a state's file: its only area is the state)."""
    count = contest.count
    if contest.split:
        count.areas = _without_double_totals(count.areas)
    totals: dict[str, int] = {}
    for area in count.areas:
        totals[area.choice] = totals.get(area.choice, 0) + area.votes
    count.choices = [ChoiceCount(name, contest.parties.get(name), votes) for name, votes in totals.items()]
    given = sum(contest.area_totals.values())
    count.total_votes = max(given, sum(totals.values()) + contest.pseudo) if given or totals else None
    if level == "state":
        count.areas = []
    else:
        count.turnout = [AreaTurnoutRecord(county, precinct, None, None, total)
                         for (county, precinct), total in contest.area_totals.items()]
    return count


def _without_double_totals(areas: list[AreaVotes]) -> list[AreaVotes]:
    """A candidate's TOTAL row in an area where the file also splits its votes by type counts them twice: the split
    is kept, and the TOTAL's votes beyond the split (if any) become the vote type "other"."""
    key: Callable[[AreaVotes], tuple[str, str, str]] = lambda a: (a.county, a.precinct or "", a.choice)  # noqa: E731
    kept: list[AreaVotes] = []
    for _, group in itertools.groupby(sorted(areas, key=key), key=key):
        rows = list(group)
        totals = [a for a in rows if a.vote_type == TOTAL_VOTE_TYPE]
        split = [a for a in rows if a.vote_type != TOTAL_VOTE_TYPE]
        if not totals or not split:
            kept.extend(rows)
            continue
        kept.extend(split)
        rest = sum(a.votes for a in totals) - sum(a.votes for a in split)
        if rest > 0:
            kept.append(totals[0]._replace(vote_type="other", votes=rest))
    return kept


def _district(kind: str, text: str) -> str | None:
    text = text.strip().lower()
    if kind != "house":
        return None
    if not text or text in ("statewide", "0", "00", "000", "at-large", "at large"):
        return AT_LARGE
    return str(int(text)) if text.isdigit() else text[:20]


def _county(row: dict[str, str], counties: dict[str, str], level: str, code: str) -> str:
    if level == "state":
        return code
    raw = row.get("county_name") or row.get("jurisdiction_name") or ""
    county = counties.get(raw)
    if county is None:
        words = [word.capitalize() if word.isupper() else word for word in raw.split()]  # "ST. LOUIS": St. Louis
        if words and words[-1].lower() in ("county", "parish", "borough"):
            words = words[:-1]
        county = counties[raw] = " ".join(words)[:120] or code
    return county


def _ticket_head(name: str) -> str:
    """A ticket's head: "Claudia De La Cruz and Karina Garcia" -> "Claudia De La Cruz"."""
    for joint in (" and ", " And ", " AND ", " / ", " & "):
        if joint in name:
            return name.split(joint)[0].strip()
    return name


def _party(row: dict[str, str]) -> str | None:
    simple = (row.get("party_simplified") or "").strip().lower()
    detailed = (row.get("party_detailed") or row.get("party") or "").strip()
    return PARTIES.get(simple) or PARTIES.get(detailed.lower()) or (detailed[:100] or None)
