"""Parses FiveThirtyEight's polls CSV format (one row per poll answer) into records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.errors import ImportRejected
from bot.importers.records import (
    ParsedFile,
    PollRecord,
    PollResultRecord,
    RaceData,
    RaceRecord,
    Repair,
    SourceRecord,
)
from bot.importers.textfile import csv_rows, parse_date, require_columns
from bot.names import slugify
from bot.races import natural_name, structure_from_538

REQUIRED: list[str | tuple[str, ...]] = [
    "poll_id", "pollster", "end_date", ("candidate_name", "answer"), "pct", ("race", "cycle"),
]
RACE_COLUMNS = ("race", "cycle", "office_type", "state", "seat_name", "stage", "election_date")
POLL_COLUMNS = ("pollster", "sponsors", "start_date", "end_date", "sample_size", "population", "methodology", "url",
                "stage", "notes")
QUESTION_TOLERANCE = 1.0  # 538's rounded shares may add up to a little over 100


def looks_like_538(columns: list[str]) -> bool:
    return "poll_id" in columns and "pct" in columns


def parse_538(path: str, text: str, origin: str, progress: Callable[[str], None] | None = None) -> ParsedFile:
    columns, rows = csv_rows(path, text)
    require_columns(path, columns, REQUIRED)
    races: dict[str, RaceData] = {}
    race_of: dict[tuple[str, ...], tuple[str, RaceRecord | None]] = {}
    polls: dict[tuple[str, str], PollRecord] = {}
    poll_fields: dict[tuple[str, str], tuple[str, ...]] = {}
    totals: dict[tuple[str, str, str], tuple[float, int]] = {}
    strings: dict[str, str] = {}
    repairs: list[Repair] = []
    for count, (line, row) in enumerate(rows, 1):
        if progress and count % 200_000 == 0:
            progress(f"{path}: read {count:,} rows")
        # Rows of one race (and of one poll) repeat the same fields: each distinct set is parsed once.
        race_key = tuple(row.get(column, "") for column in RACE_COLUMNS)
        known_race = race_of.get(race_key)
        if known_race is None:
            known_race = race_of[race_key] = _race(path, line, row)
        slug, race = known_race
        data = races.get(slug)
        if data is None:
            data = races[slug] = RaceData(slug=slug, race=race)
        elif race is not None and data.race is not None:
            data.race.stages.update(race.stages)
        poll_id = _text(path, line, row, "poll_id")
        fields = tuple(row.get(column, "") for column in POLL_COLUMNS)
        poll = polls.get((slug, poll_id))
        if poll is None:
            poll = polls[(slug, poll_id)] = _poll(path, line, row, poll_id, origin, repairs)
            poll_fields[(slug, poll_id)] = fields
            data.polls.append(poll)
        elif poll_fields[(slug, poll_id)] != fields:
            _poll(path, line, row, poll_id, origin, [])  # a row that differs is checked too: a bad date fails here
        name = row.get("candidate_name") or row.get("answer") or ""
        if not name:
            raise ImportRejected(path, "missing candidate_name/answer", line)
        pct = _pct(path, line, row.get("pct", ""))
        question = row.get("question_id", "")
        party = row.get("candidate_party") or row.get("party") or None
        # The same names come back on thousands of rows: keep one copy of each string.
        name, question = strings.setdefault(name[:300], name[:300]), strings.setdefault(question, question)
        party = strings.setdefault(party, party) if party else None
        poll.results.append(PollResultRecord(name, pct, question=question, party=party))
        total, first_line = totals.get((slug, poll_id, question), (0.0, line))
        total += pct
        if total > 100 + QUESTION_TOLERANCE:
            raise ImportRejected(path, f"the shares of question {question or poll_id} add up to {total:g}%", line)
        totals[(slug, poll_id, question)] = (total, first_line)
    if not races:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    return ParsedFile(path=path, races=list(races.values()), repairs=repairs)


def _race(path: str, line: int, row: dict[str, str]) -> tuple[str, RaceRecord | None]:
    slug = row.get("race", "")
    cycle_text = row.get("cycle", "")
    if slug and not cycle_text:
        return slug, None  # an existing race named by slug: the writer checks it exists
    try:
        cycle = int(float(cycle_text))
    except ValueError:
        raise ImportRejected(path, f"cycle {cycle_text!r} is not a year", line) from None
    if not 1789 <= cycle <= 2200:
        raise ImportRejected(path, f"cycle {cycle} is not a plausible year", line)
    office_type = row.get("office_type") or "Election"
    state = row.get("state") or None
    seat = row.get("seat_name") or ""
    jurisdiction = state or "United States"
    office = " ".join(p for p in (office_type, seat) if p)
    slug = slug or slugify(f"{state or 'us'} {office} {cycle}")
    stages: dict[str, date] = {}
    if row.get("election_date"):
        stage = (row.get("stage") or "general").lower()
        stages[stage] = _date(path, line, row, "election_date")
    structure = structure_from_538(state, office_type, seat, cycle)
    record = RaceRecord(
        slug=slug, name=natural_name(structure), office=office, office_type=office_type,
        jurisdiction=jurisdiction, state=state, cycle=cycle, nonpartisan=False,
        places=[state] if state else [], stages=stages, structure=structure,
    )
    return slug, record


def _poll(path: str, line: int, row: dict[str, str], poll_id: str, origin: str, repairs: list[Repair]) -> PollRecord:
    url = row.get("url", "").strip()
    if url and not url.startswith(("http://", "https://")):
        # The publisher's own junk (538's senate file has "0\t0\t0..." here): the poll stands without its link.
        repairs.append(Repair(line, "url", url, "not an http(s) address; dropped, the file is the source"))
        url = ""
    sample = row.get("sample_size", "")
    try:
        sample_size = int(float(sample)) if sample else None
    except ValueError:
        raise ImportRejected(path, f"sample_size {sample!r} is not a number", line) from None
    if sample_size is not None and sample_size <= 0:
        sample_size = None
    start = _date(path, line, row, "start_date") if row.get("start_date") else None
    end = _date(path, line, row, "end_date")
    if start and start > end:
        raise ImportRejected(path, "start_date is after end_date", line)
    sponsors = [s.strip() for s in row.get("sponsors", "").split(",") if s.strip()]
    return PollRecord(
        key=f"538:{poll_id}",
        pollster=_text(path, line, row, "pollster")[:300],
        end_date=end,
        source=SourceRecord(url=url or origin, title=None if url else "FiveThirtyEight polls file"),
        sponsors=sponsors,
        start_date=start,
        sample_size=sample_size,
        population=(row.get("population") or "").lower()[:10] or None,
        method=(row.get("methodology") or None),
        stage=(row.get("stage") or "").lower() or None,
        note=row.get("notes") or None,
        line=line,
    )


def _text(path: str, line: int, row: dict[str, str], column: str) -> str:
    value = row.get(column, "")
    if not value:
        raise ImportRejected(path, f"missing {column}", line)
    return value


def _date(path: str, line: int, row: dict[str, str], column: str) -> date:
    value = row.get(column, "")
    try:
        return parse_date(value)
    except ValueError:
        raise ImportRejected(path, f"{column} {value!r} is not a date (use 2022-06-07 or 6/7/22)", line) from None


def _pct(path: str, line: int, value: str) -> float:
    try:
        pct = float(value)
    except ValueError:
        raise ImportRejected(path, f"pct {value!r} is not a number", line) from None
    if not 0 <= pct <= 100:
        raise ImportRejected(path, f"pct {pct:g} is not between 0 and 100", line)
    return pct
