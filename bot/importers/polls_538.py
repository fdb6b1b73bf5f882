"""Parses FiveThirtyEight's polls CSV format (one row per poll answer) into records."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.db.views import round_question
from bot.errors import ImportRejected
from bot.importers.records import (
    ParsedFile,
    PollRecord,
    PollResultRecord,
    RaceData,
    RaceRecord,
    RepairLog,
    SourceRecord,
)
from bot.importers.textfile import csv_header, csv_rows, parse_date, read_text, require_columns, text_lines
from bot.names import slugify
from bot.races import natural_name, structure_from_538

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

REQUIRED: list[str | tuple[str, ...]] = [
    "poll_id", "pollster", "end_date", ("candidate_name", "answer"), "pct", ("race", "cycle"),
]
RACE_COLUMNS = ("race", "cycle", "office_type", "state", "seat_name", "stage", "election_date")
POLL_COLUMNS = ("pollster", "sponsors", "start_date", "end_date", "sample_size", "population", "methodology", "url",
                "stage", "notes")
# Every column the parser reads: a row holds only these (538's later files have sixty columns).
COLUMNS_READ = frozenset({
    "race", "cycle", "office_type", "state", "seat_name", "stage", "election_date", "poll_id", "question_id",
    "pollster", "sponsors", "start_date", "end_date", "sample_size", "population", "methodology", "url", "notes",
    "candidate_name", "answer", "candidate_party", "party", "pct", "subpopulation", "ranked_choice_round",
    "hypothetical", "dem", "rep", "ind",
})
# The wide file of the generic congressional ballot gives one row per question, a column per party: each becomes a
# row of the usual kind, an answer named as 538's long files name the generic ballot's choices.
WIDE_ANSWERS = (("dem", "Democrats", "DEM"), ("rep", "Republicans", "REP"), ("ind", "Independent", "IND"))
QUESTION_TOLERANCE = 1.0  # 538's rounded shares may add up to a little over 100: not even reported
# Over that, up to this much over 100, a question is kept and reported (a Wyoming poll of 2022 has 75.9 + 23.6 + 3.5);
# more, and its answers cannot all be right: the question is dropped and reported. The file is never rejected for it.
QUESTION_KEPT_OVER = 5.0
POPULATION_CODES = frozenset({"lv", "rv", "a", "v"})  # likely voters, registered voters, adults, voters
# The longest text each cell may hold (the database's column sizes; a note is kept readable in an answer).
LIMITS = {"pollster": 300, "methodology": 200, "notes": 2000, "candidate_name": 300, "answer": 300,
          "candidate_party": 100, "party": 100, "subpopulation": 120}
URL_LIMIT = 1000
KEY_LIMIT = 160  # "538:" + poll_id (+ ":" + a stage of up to 40 characters)
QUESTION_LIMIT = 80  # a question label is a key: cut short, two questions could become one, so it is fatal
STAGE_LIMIT = 40
TRUE_WORDS = frozenset({"true", "t", "yes", "y", "1"})
FALSE_WORDS = frozenset({"false", "f", "no", "n", "0", ""})

BATCH_ROWS = 20_000  # rows parsed and written together (and up to READ_AHEAD batches parsed ahead)
PROGRESS_ROWS = 200_000

# A repair found while parsing a poll's fields: (column, value, what was done), reported for every row carrying it.
Found = list[tuple[str, str, str]]
NOTHING_FOUND: Found = []  # shared by the polls without repairs (most of them): never appended to


def looks_like_538(columns: list[str]) -> bool:
    """Whether a CSV header is FiveThirtyEight's polls format."""
    return "poll_id" in columns and "pct" in columns


def looks_like_538_wide(columns: list[str]) -> bool:
    """Whether a CSV header is 538's wide generic ballot file (dem, rep, ind columns instead of one row an answer)."""
    return "poll_id" in columns and "pct" not in columns and {"dem", "rep"} <= set(columns)


def long_rows(columns: list[str], rows: Iterable[tuple[int, dict[str, str]]]
              ) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """A wide file's rows as 538's usual rows, one per answer (an empty share is no answer); another file's as
    they are."""
    if not looks_like_538_wide(columns):
        return columns, iter(rows)

    def answers() -> Iterator[tuple[int, dict[str, str]]]:
        for line, row in rows:
            for column, name, party in WIDE_ANSWERS:
                share = (row.get(column) or "").strip()
                if share:
                    yield line, {**row, "candidate_name": name, "party": party, "pct": share}

    return [*columns, "candidate_name", "party", "pct"], answers()


def parse_538_file(path: str, data: bytes, options: ParseOptions) -> ParsedFile:
    """A 538 polls CSV (long or wide) as the format registry calls its parser: the bytes, in the encoding found."""
    log = RepairLog(path, strict=options.strict)
    text = read_text(path, data, log)
    return parse_538(path, text, options.origin or Path(path).resolve().as_uri(), options.progress,
                     strict=options.strict, log=log)


def stream_538(path: str, data: bytes | None = None, *, origin: str | None = None,
               progress: Callable[[str], None] | None = None, strict: bool = False,
               on_read: Callable[[int], None] | None = None) -> Iterator[ParsedFile] | None:
    """A 538 polls CSV as batches of records, read as they are parsed (constant memory); None for any other file.
    `on_read` is told how many bytes of the file were read, for a progress bar."""
    name = str(path)
    if Path(name).suffix.lower() != ".csv":
        return None
    log = RepairLog(name, strict=strict)
    lines = text_lines(name, data, on_read, log)
    try:
        first = next(lines, "")
    except OSError as exc:
        raise ImportRejected(name, f"cannot read the file ({exc.strerror or exc})") from None
    header = csv_header(name, first)
    if not (looks_like_538(header) or looks_like_538_wide(header)):
        lines.close()
        return None
    columns, rows = long_rows(*csv_rows(name, itertools.chain([first], lines), keep=COLUMNS_READ))
    return parse_538_batches(name, columns, rows, origin or Path(name).resolve().as_uri(), progress, strict=strict,
                             batch_rows=BATCH_ROWS, log=log)  # read now: a test may set it


def parse_538(path: str, text: str, origin: str, progress: Callable[[str], None] | None = None, *,
              strict: bool = False, log: RepairLog | None = None) -> ParsedFile:
    """Parse a whole 538 polls CSV of any generation of its columns (or the wide generic ballot file) into one
    record set."""
    columns, rows = long_rows(*csv_rows(path, text, keep=COLUMNS_READ))
    return next(parse_538_batches(path, columns, rows, origin, progress, strict=strict, batch_rows=None, log=log))


def parse_538_batches(path: str, columns: list[str], rows: Iterable[tuple[int, dict[str, str]]], origin: str,
                      progress: Callable[[str], None] | None = None, *, strict: bool = False,
                      batch_rows: int | None = BATCH_ROWS, log: RepairLog | None = None) -> Iterator[ParsedFile]:
    """Parse 538 rows as they are read, a batch of about `batch_rows` rows at a time (None: all in one), never
    splitting the rows of a poll that come together. Malformed optional cells are repaired and reported (rejected
    when `strict`); anything that would make an answer wrong rejects the file, whatever batch it is in."""
    require_columns(path, columns, REQUIRED)
    log = log if log is not None else RepairLog(path, strict=strict)
    over: set[tuple[str, str, str, str]] = set()  # questions over 100 already reported: (race, poll, question, group)
    dropped: set[tuple[str, str, str, str]] = set()  # of this batch: their answers are left out of their polls
    begun: set[tuple[str, str]] = set()  # the polls whose first row is in this batch (only theirs can be dropped)
    race_cells = _cells(columns, RACE_COLUMNS)
    poll_cells = _cells(columns, POLL_COLUMNS)
    race_records: dict[str, RaceRecord | None] = {}
    race_of: dict[tuple[str, ...], tuple[str, RaceRecord | None]] = {}
    # Kept for the whole file, as small as it can be (a million rows may hold 200,000 polls): what each poll must
    # agree with when its rows come back, later in the file, as a list of PollState's slots.
    seen: dict[tuple[str, str], list[Any]] = {}
    races: dict[str, RaceData] = {}  # of this batch
    polls: dict[tuple[str, str], PollRecord] = {}  # of this batch
    strings: dict[str, str] = {}
    batch = 0
    previous: tuple[str, str] | None = None
    count = 0
    for count, (line, row) in enumerate(rows, 1):
        if progress and count % PROGRESS_ROWS == 0:
            progress(f"{path}: read {count:,} rows")
        # Rows of one race (and of one poll) repeat the same fields: each distinct set is parsed once.
        race_key = race_cells(row)
        known_race = race_of.get(race_key)
        if known_race is None:
            known_race = race_of[race_key] = _race(path, line, row)
        slug, race = known_race
        poll_id, key, stage_key = _poll_key(path, line, row, slug, seen)
        if batch_rows is not None and batch >= batch_rows and (slug, key) != previous:
            yield ParsedFile(path=path, races=_without(races, dropped), repairs=log.take())
            races, polls, strings, batch, dropped, begun = {}, {}, {}, 0, set(), set()
        batch += 1
        previous = (slug, key)
        data = races.get(slug)
        if data is None:
            stored = race_records.setdefault(slug, race)
            data = races[slug] = RaceData(slug=slug, race=stored)
        if race is not None and data.race is not None and data.race is not race:
            data.race.stages.update(race.stages)
        fields = hash(poll_cells(row))
        poll = polls.get((slug, key))
        state = seen.get((slug, key))
        if state is None:
            found: Found = []
            poll = polls[(slug, key)] = _poll(path, line, row, key, origin, found)
            state = seen[(slug, key)] = [fields, found or NOTHING_FOUND, stage_key, None, None, 0.0, None]
            begun.add((slug, key))
            data.polls.append(poll)
        else:
            if state[FIELDS] != fields:
                found = []  # a row that differs is checked too: a bad date fails here
                checked = _poll(path, line, row, key, origin, found)
            else:
                found, checked = state[FOUND], None
            if poll is None:  # a poll whose first rows were in an earlier batch: its later rows join it
                poll = polls[(slug, key)] = checked or _poll(path, line, row, key, origin, [])
                data.polls.append(poll)
        for column, value, action in found:
            log.add(line, column, value, action)
        result = _result(path, line, row, log, strings)
        poll.results.append(result)
        assert result.pct is not None
        total = _add_share(state, result.question, result.subgroup, result.pct)
        if total > 100 + QUESTION_TOLERANCE:
            _over_100(log, line, total, (slug, key, result.question, result.subgroup), result.question or poll_id,
                      (slug, key) in begun, over, dropped)
    if not count:
        raise ImportRejected(path, "the file has a header but no rows", 2)
    yield ParsedFile(path=path, races=_without(races, dropped), repairs=log.take())


def _over_100(log: RepairLog, line: int, total: float, question: tuple[str, str, str, str], label: str,
              begun: bool, over: set[tuple[str, str, str, str]], dropped: set[tuple[str, str, str, str]]) -> None:
    """A question whose shares add up to more than 100 (and the tolerance): kept and reported once, or, more than
    QUESTION_KEPT_OVER over, dropped and reported. A question begun in an earlier batch is written already: kept,
    and reported."""
    if total > 100 + QUESTION_KEPT_OVER and begun and question not in dropped:
        dropped.add(question)
        log.add(line, "pct", f"{total:.4g}", f"the shares of question {label} add up to {total:.4g}%: the "
                                             "question is dropped, the poll kept")
    elif question not in over and question not in dropped:
        over.add(question)
        log.add(line, "pct", f"{total:.4g}", f"the shares of question {label} add up to {total:.4g}%, a "
                                             "little over 100: kept as published")


def _without(races: dict[str, RaceData], dropped: set[tuple[str, str, str, str]]) -> list[RaceData]:
    """The batch's races, the answers of the dropped questions taken out of their polls (and a poll left with no
    answer, out of its race)."""
    if not dropped:
        return list(races.values())
    polls_of = {(slug, key) for slug, key, _, _ in dropped}
    for data in races.values():
        for poll in data.polls:
            if (data.slug, poll.key) in polls_of:
                poll.results = [r for r in poll.results
                                if (data.slug, poll.key, r.question, r.subgroup) not in dropped]
        data.polls = [p for p in data.polls if p.results]
    return list(races.values())



def _poll_key(path: str, line: int, row: dict[str, str], slug: str,
              seen: dict[tuple[str, str], list[Any]]) -> tuple[str, str, str]:
    """A row's poll id, its poll's key and its stage. One 538 poll may ask about two stages of a race (Georgia's
    jungle primary and its runoff): each stage is a poll of its own, or the runoff's answers would count as the
    primary's. The first stage keeps the plain key, so a file imported before keeps its polls."""
    poll_id = _text(path, line, row, "poll_id")
    stage_key = (row.get("stage") or "").lower()
    plain = f"538:{poll_id}"
    first = seen.get((slug, plain))  # the first stage's poll: it has the plain key
    key = plain if first is None or stage_key == first[STAGE] else f"{plain}:{stage_key}"
    if len(key) > KEY_LIMIT:
        raise ImportRejected(path, f"poll_id is longer than {KEY_LIMIT - 60} characters", line)
    return poll_id, key, stage_key

# The slots of a poll's state: the hash of its fields, the repairs they needed, the stage of its first row; the
# running total of its first question (question id, subgroup, total), and of any others ({(question, subgroup):
# total}, None while it has one: most polls).
FIELDS, FOUND, STAGE, QUESTION, SUBGROUP, TOTAL, OTHERS = range(7)


def _add_share(state: list[Any], question: str, subgroup: str, pct: float) -> float:
    """Add a share to its question's running total in a poll's state; returns the total."""
    if state[QUESTION] is None:
        state[QUESTION], state[SUBGROUP] = question, subgroup
    if state[QUESTION] == question and state[SUBGROUP] == subgroup:
        state[TOTAL] += pct
        return state[TOTAL]
    others = state[OTHERS]
    if others is None:
        others = state[OTHERS] = {}
    total = others[(question, subgroup)] = others.get((question, subgroup), 0.0) + pct
    return total


def _cells(header: list[str], wanted: tuple[str, ...]) -> Callable[[dict[str, str]], tuple[str, ...]]:
    """A getter of the cells of the `wanted` columns this file has (every row holds every column of its header)."""
    present = [column for column in wanted if column in header]
    if not present:
        return lambda row: ()
    getter = itemgetter(*present)
    return (lambda row: (getter(row),)) if len(present) == 1 else getter


def _result(path: str, line: int, row: dict[str, str], log: RepairLog, strings: dict[str, str]) -> PollResultRecord:
    """One row's answer: the candidate, the share, and the question (with its round) and subgroup it belongs to.
    The same names come back on thousands of rows: `strings` keeps one copy of each."""
    name = row.get("candidate_name") or row.get("answer") or ""
    if not name:
        raise ImportRejected(path, "missing candidate_name/answer", line)
    name = _limited(line, "candidate_name" if row.get("candidate_name") else "answer", name, log)
    pct = _pct(path, line, row.get("pct", ""))
    question = row.get("question_id", "")
    rounds = row.get("ranked_choice_round", "")
    ranked_round = None
    if rounds:
        try:
            ranked_round = int(float(rounds))
        except ValueError:
            raise ImportRejected(path, f"ranked_choice_round {rounds!r} is not a number", line) from None
        if ranked_round < 1:
            raise ImportRejected(path, f"ranked_choice_round {ranked_round} is not a round", line)
        # Each round is a question of its own: the same candidates appear in several rounds.
        question = round_question(question, ranked_round)
    if len(question) > QUESTION_LIMIT:
        raise ImportRejected(path, f"question_id is longer than {QUESTION_LIMIT} characters", line)
    party = row.get("candidate_party") or row.get("party") or None
    if party:
        party = _limited(line, "party" if "party" in row else "candidate_party", party, log)
    subgroup = _limited(line, "subpopulation", row.get("subpopulation", ""), log)
    return PollResultRecord._make((  # positional: a million of them
        strings.setdefault(name, name), pct, strings.setdefault(question, question),
        strings.setdefault(subgroup, subgroup), False, None, strings.setdefault(party, party) if party else None,
        _flag(path, line, row, "hypothetical"), ranked_round,
    ))


def _limited(line: int, column: str, value: str, log: RepairLog | Found) -> str:
    limit = LIMITS[column]
    if len(value) <= limit:
        return value
    action = f"longer than {limit} characters; cut to {limit}"
    if isinstance(log, RepairLog):
        log.add(line, column, value, action)
    else:
        log.append((column, value, action))
    return value[:limit]


def _flag(path: str, line: int, row: dict[str, str], column: str) -> bool:
    """A boolean cell as 538 writes them (false, TRUE ...); anything else rejects the file: it changes answers."""
    value = row.get(column, "").lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImportRejected(path, f"{column} {row[column]!r} is not true or false", line)


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


def _poll(path: str, line: int, row: dict[str, str], key: str, origin: str, found: Found) -> PollRecord:
    url = row.get("url", "").strip()
    if url and not url.startswith(("http://", "https://")):
        # The publisher's own junk (538's senate file has "0\t0\t0..." here): the poll stands without its link.
        found.append(("url", url, "not an http(s) address; dropped, the file is the source"))
        url = ""
    elif len(url) > URL_LIMIT:
        found.append(("url", url, f"longer than {URL_LIMIT} characters; dropped, the file is the source"))
        url = ""
    sample = row.get("sample_size", "")
    sample_size: int | None = None
    if sample:
        try:
            sample_size = int(float(sample))
        except (ValueError, OverflowError):
            found.append(("sample_size", sample, "not a number; dropped"))
        else:
            if sample_size <= 0:
                found.append(("sample_size", sample, "not a positive number; dropped"))
                sample_size = None
    population = (row.get("population") or "").lower() or None
    if population is not None and population not in POPULATION_CODES:
        found.append(("population", row["population"], "not a 538 population code (lv, rv, a, v); dropped"))
        population = None
    start = _date(path, line, row, "start_date") if row.get("start_date") else None
    end = _date(path, line, row, "end_date")
    if start and start > end:
        raise ImportRejected(path, "start_date is after end_date", line)
    stage = (row.get("stage") or "").lower() or None
    if stage and len(stage) > STAGE_LIMIT:
        raise ImportRejected(path, f"stage is longer than {STAGE_LIMIT} characters", line)
    sponsors = [s.strip() for s in row.get("sponsors", "").split(",") if s.strip()]
    return PollRecord(
        key=key,
        pollster=_limited(line, "pollster", _text(path, line, row, "pollster"), found),
        end_date=end,
        source=SourceRecord(url=url or origin, title=None if url else "FiveThirtyEight polls file"),
        sponsors=sponsors,
        start_date=start,
        sample_size=sample_size,
        population=population,
        method=_limited(line, "methodology", row.get("methodology", ""), found) or None,
        stage=stage,
        note=_limited(line, "notes", row.get("notes", ""), found) or None,
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
