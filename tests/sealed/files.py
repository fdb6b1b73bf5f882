"""The real files of ../shared/data read as the importer reads them: races, polls and results by race slug."""

from __future__ import annotations

import csv
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.engine.real_questions import STATE_CODE, is_special, parse_date, race_slug

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
DATA_DIR = SHARED / "fivethirtyeight"
# The 538 files today's importer loads, in the order the score loads them.
POLL_FILES = ("governor_polls.csv", "senate_polls.csv", "house_polls.csv", "house_polls_2022-11-07.csv",
              "senate_polls_2024.csv", "president_polls_2024-03.csv")
# Results files that import today once their races exist (the state a county file needs, or None).
RESULT_FILES: tuple[tuple[str, str | None], ...] = (("clarity/co_2024_general_detail.xml", None),
                                                    ("clarity/ga_atkinson_2020_general_precinct.xml", "GA"))
# Files the importer rejected when the set was written and loads since issue 22, imported as a new user does
# (`racebot import --create-races PATH`); the set's rows about them scored as misses until then.
LATER_FILES = ("medsl/2024-president-state.csv", "openelections/20241105__pa__general__cameron__precinct.csv",
               "fivethirtyeight/generic_ballot_polls_historical.csv")
OFFICE_OF_TYPE = {"Governor": "governor", "U.S. Senate": "senate", "U.S. House": "house",
                  "U.S. President": "president"}


@dataclass
class FilePoll:
    """One poll as the importer keeps it: the first row's fields, plus whether all its rows agree on them."""

    poll_id: str
    pollster: str
    sponsors: str
    start: dt.date
    end: dt.date
    sample_size: str
    method: str
    population: str
    stage: str
    uniform: bool = True  # every row has the same sample size, method and population
    shares: dict[str, float] = field(default_factory=dict)  # candidate -> pct of its first question


@dataclass
class FileRace:
    """One race of the files, its stages merged, keyed by the importer's slug."""

    slug: str
    cycle: int
    state: str | None
    office: str
    district: int | None
    special: bool
    answers: Counter[str] = field(default_factory=Counter)
    party: dict[str, str] = field(default_factory=dict)
    polls: dict[str, FilePoll] = field(default_factory=dict)

    @property
    def candidates(self) -> list[str]:
        """The candidates, the most polled first."""
        return sorted(self.answers, key=lambda name: (-self.answers[name], name))

    def newest_polls(self) -> list[FilePoll]:
        newest = max(p.end for p in self.polls.values())
        return [p for p in self.polls.values() if p.end == newest]


def _race_of(row: dict[str, str], slug: str) -> FileRace:
    state_text, district = row["state"], None
    cd = re.fullmatch(r"(.+?) CD-(\d+)", state_text)
    if cd:
        state_text, district = cd.group(1), int(cd.group(2))
    seat = re.fullmatch(r"District (\d+)", row["seat_name"])
    if seat:
        district = int(seat.group(1))
    office = OFFICE_OF_TYPE[row["office_type"]]
    cycle = int(float(row["cycle"]))
    seat_class = row["seat_name"].removeprefix("Class ") if row["seat_name"].startswith("Class ") else None
    special = is_special(office, seat_class, cycle)
    return FileRace(slug, cycle, STATE_CODE[state_text] if state_text else None, office, district, special)


@cache
def poll_races() -> dict[str, FileRace]:
    """Every race of the six 538 files that import today, by slug."""
    found: dict[str, FileRace] = {}
    for name in POLL_FILES:
        with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                slug = race_slug(row["state"], row["office_type"], row["seat_name"], row["cycle"])
                race = found.setdefault(slug, _race_of(row, slug))
                who = row["candidate_name"] or row["answer"]
                race.answers[who] += 1
                race.party.setdefault(who, row.get("candidate_party") or row.get("party") or "")
                _add_row(race, row, who)
    return found


def _add_row(race: FileRace, row: dict[str, str], who: str) -> None:
    poll = race.polls.get(row["poll_id"])
    fields = (row["sample_size"], row["methodology"], row["population"])
    if poll is None:
        start = parse_date(row["start_date"]) if row["start_date"] else parse_date(row["end_date"])
        poll = race.polls[row["poll_id"]] = FilePoll(
            row["poll_id"], row["pollster"], row["sponsors"], start, parse_date(row["end_date"]), *fields,
            stage=(row["stage"] or "general").lower())
        poll.shares["_question"] = float(row["question_id"] or 0)
    elif fields != (poll.sample_size, poll.method, poll.population):
        poll.uniform = False
    if float(row["question_id"] or 0) == poll.shares["_question"] and row["pct"]:
        poll.shares[who] = float(row["pct"])


def shares(poll: FilePoll) -> dict[str, float]:
    """The candidates' shares of a poll's first question."""
    return {k: v for k, v in poll.shares.items() if k != "_question"}


@dataclass(frozen=True)
class Count:
    """One contest's totals in a results file."""

    contest: str
    votes: dict[str, int]

    @property
    def ranked(self) -> list[tuple[str, int]]:
        return sorted(self.votes.items(), key=lambda kv: -kv[1])


@cache
def clarity_counts(path: str) -> dict[str, Count]:
    """Contest name -> totals of each choice, summed over vote types, of a Clarity detail XML."""
    root = ET.parse(SHARED / path).getroot()
    counts: dict[str, Count] = {}
    for contest in root.iter("Contest"):
        votes = {choice.get("text", ""): int(choice.get("totalVotes", "0")) for choice in contest.iter("Choice")}
        counts[contest.get("text", "")] = Count(contest.get("text", ""), votes)
    return counts


def clarity_county_votes(path: str, contest: str, choice_word: str, county: str) -> int:
    """A choice's votes in one county of a Clarity detail XML, summed over vote types."""
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    choice = next(c for c in found.iter("Choice") if choice_word in c.get("text", "").casefold())
    return sum(int(c.get("votes", "0")) for c in choice.iter("County") if c.get("name") == county)


@cache
def medsl_rows() -> tuple[dict[str, str], ...]:
    """The MEDSL 2024 presidential returns by state (a file today's importer rejects)."""
    with open(SHARED / "medsl" / "2024-president-state.csv", encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def cameron_rows() -> tuple[dict[str, str], ...]:
    """The OpenElections Cameron County, PA 2024 precinct rows (a file today's importer rejects)."""
    path = SHARED / "openelections" / "20241105__pa__general__cameron__precinct.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def generic_ballot_rows() -> tuple[dict[str, str], ...]:
    """The wide generic-ballot file (a file today's importer rejects)."""
    with open(DATA_DIR / "generic_ballot_polls_historical.csv", encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))
