"""Readers of the published results and generic-ballot files in `../shared/data/`, for the results question set:
each file read as published (csv, clarify), into plain tallies the derivations answer from. Nothing is typed here."""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import clarify
from nameparser import HumanName

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
MEDSL_PRESIDENT = DATA / "medsl" / "2024-president-state.csv"
CAMERON_PA = DATA / "openelections" / "20241105__pa__general__cameron__precinct.csv"
CLARITY_CO = DATA / "clarity" / "co_2024_general_detail.xml"
CLARITY_GA = DATA / "clarity" / "ga_atkinson_2020_general_precinct.xml"
CLARITY_AR = DATA / "clarity" / "county.xml"
CLARITY_KY = DATA / "clarity" / "precinct.xml"
GENERIC_BALLOT = DATA / "fivethirtyeight" / "generic_ballot_polls_historical.csv"
# Every file a new user imports for this set (the polls files too: a person of the results is the person of the polls).
ALL_FILES: tuple[Path, ...] = tuple(sorted(p for p in DATA.rglob("*") if p.suffix in (".csv", ".xml")))

# MEDSL's pseudo-candidates: counted in a contest's total, never candidates (its codebook).
MEDSL_PSEUDO = frozenset({"UNDERVOTES", "OVERVOTES", "WRITE-IN", "SCATTERING", "VOID", "BLANK"})
# How a results question names a Clarity choice: the first name of a ticket, without "(I)" or "(Rep)".
_PARENS = re.compile(r"\s*\([^)]*\)")


def surname(name: str) -> str:
    """The surname a person is asked by, lower case: "TRUMP, DONALD J." and "Donald J. Trump (I) (Rep)" -> trump."""
    person = _PARENS.sub("", name.split(" / ")[0]).replace("\u201c", '"').replace("\u201d", '"').strip()
    parsed = HumanName(person)
    return (parsed.last or parsed.first).lower()


@dataclass(frozen=True)
class Tally:
    """The votes of one contest in one area: by person (their name as published), and the total cast in it."""

    votes: dict[str, int]
    total: int

    def ranked(self) -> list[tuple[str, int]]:
        """The people, most votes first."""
        return sorted(self.votes.items(), key=lambda item: -item[1])

    @property
    def winner(self) -> str:
        """The person with the most votes."""
        return self.ranked()[0][0]

    def of(self, name_surname: str) -> int:
        """The votes of the person of this surname."""
        matches = [votes for name, votes in self.votes.items() if surname(name) == name_surname]
        if len(matches) != 1:
            raise KeyError(f"{name_surname}: {len(matches)} people of that surname")
        return matches[0]


# ------------------------------------------------------------------------------------------------ MEDSL by state
@cache
def medsl_states() -> dict[str, Tally]:
    """The 2024 presidential tally of each state (its name as published, upper case), modes summed, a TOTAL row
    never counted twice, pseudo-candidates only in the total."""
    rows = list(csv.DictReader(MEDSL_PRESIDENT.open(newline="", encoding="utf-8")))
    by_state: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    totals: dict[str, int] = {}
    for row in rows:
        by_state[row["state"]][row["candidate"]][row["mode"]] = int(row["votes"])
        totals[row["state"]] = int(row["totalvotes"])
    tallies = {}
    for state, people in by_state.items():
        votes = {}
        for name, modes in people.items():
            if name in MEDSL_PSEUDO or not name.strip():
                continue
            votes[name] = modes["TOTAL"] if "TOTAL" in modes else sum(modes.values())
        tallies[state] = Tally(votes, totals[state])
    return tallies


# ------------------------------------------------------------------------------------------------ OpenElections
@dataclass(frozen=True)
class OpenElectionsRow:
    """One row of an OpenElections precinct file."""

    precinct: str
    office: str
    candidate: str
    party: str
    votes: int
    by_type: dict[str, int]


OE_VOTE_TYPES = ("election_day", "mail", "provisional")


@cache
def cameron_rows() -> tuple[OpenElectionsRow, ...]:
    """Cameron County, PA, 2024, by precinct, as published (empty vote-type cells are absent)."""
    rows = []
    for row in csv.DictReader(CAMERON_PA.open(newline="", encoding="utf-8")):
        by_type = {kind: int(row[kind]) for kind in OE_VOTE_TYPES if (row.get(kind) or "").strip()}
        rows.append(OpenElectionsRow(row["precinct"], row["office"], row["candidate"], row["party"],
                                     int(row["votes"]), by_type))
    return tuple(rows)


def cameron_tally(office: str, precinct: str | None = None, vote_type: str | None = None) -> Tally:
    """An office's tally in Cameron County (or one precinct of it), of all votes or one vote type; write-ins and
    the turnout rows are not people."""
    votes: dict[str, int] = defaultdict(int)
    for row in cameron_rows():
        if row.office != office or (precinct and row.precinct != precinct):
            continue
        count = row.votes if vote_type is None else row.by_type.get(vote_type, 0)
        votes[row.candidate] += count
    people = {name: n for name, n in votes.items() if name and "write" not in name.lower()}
    return Tally(people, sum(votes.values()))


def cameron_turnout() -> tuple[int, int]:
    """Cameron County's ballots cast and registered voters."""
    cast = sum(row.votes for row in cameron_rows() if row.office == "Ballots Cast")
    registered = sum(row.votes for row in cameron_rows() if row.office == "Registered Voters")
    return cast, registered


def cameron_precincts() -> list[str]:
    """The precincts of the Cameron County file, in order."""
    return list(dict.fromkeys(row.precinct for row in cameron_rows()))


# ------------------------------------------------------------------------------------------------ Clarity
@cache
def clarity(path: Path) -> clarify.Parser:
    """A Clarity XML file, parsed by clarify."""
    parser = clarify.Parser()
    parser.parse(str(path))
    return parser


def clarity_tally(path: Path, contest: str, area: str | None = None, vote_type: str | None = None) -> Tally:
    """A contest's tally in the whole file (area None) or one county or precinct, of all votes or one vote type."""
    votes: dict[str, int] = defaultdict(int)
    total = 0
    for result in clarity(path).results:
        if result.contest.text != contest:
            continue
        where = result.jurisdiction.name if result.jurisdiction else None
        if where != area or (vote_type and result.vote_type != vote_type):
            continue
        total += result.votes
        if result.choice is not None:
            votes[result.choice.text] += result.votes
    return Tally(dict(votes), total)


def clarity_choice_totals(path: Path, contest: str) -> dict[str, int]:
    """The totalVotes each choice of a contest is published with."""
    return {r.choice.text: r.choice.total_votes for r in clarity(path).results
            if r.contest.text == contest and r.choice is not None}


def clarity_areas(path: Path, contest: str) -> list[str]:
    """The counties or precincts a contest is counted in."""
    return list(dict.fromkeys(r.jurisdiction.name for r in clarity(path).results
                              if r.contest.text == contest and r.jurisdiction is not None))


def clarity_turnout(path: Path, area: str | None = None) -> tuple[int, int]:
    """Ballots cast and registered voters of the file's whole area, or of one county or precinct in it."""
    parser = clarity(path)
    if area is None:
        return parser.ballots_cast, parser.total_voters
    place = next(j for j in parser.result_jurisdictions if j.name == area)
    return place.ballots_cast, place.total_voters


# ------------------------------------------------------------------------------------------------ generic ballot
@dataclass(frozen=True)
class GenericPoll:
    """One question of 538's wide generic-ballot file."""

    pollster: str
    end: dt.date
    sample_size: int | None
    cycle: int
    stage: str
    dem: float
    rep: float


def _date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%m/%d/%y").date()


@cache
def generic_polls() -> tuple[GenericPoll, ...]:
    """Every question of the wide generic-ballot file that gives both parties' shares."""
    polls = []
    for row in csv.DictReader(GENERIC_BALLOT.open(newline="", encoding="utf-8")):
        if not row["dem"].strip() or not row["rep"].strip():
            continue
        size = int(float(row["sample_size"])) if row["sample_size"].strip() else None
        polls.append(GenericPoll(row["display_name"] or row["pollster"], _date(row["end_date"]), size,
                                 int(row["cycle"]), row["stage"], float(row["dem"]), float(row["rep"])))
    return tuple(polls)


# The average of the README ("Polling average"): its constants, as the README states them.
WINDOW_DAYS, HALF_LIFE_DAYS, BASE_SAMPLE, MAX_SAMPLE = 60, 14, 600, 5000


def generic_average(cycle: int) -> tuple[float, float]:
    """The README's polling average of a cycle's generic ballot: (Democrats, Republicans)."""
    polls = [p for p in generic_polls() if p.cycle == cycle]
    newest = max(polls, key=lambda p: p.end)
    polls = [p for p in polls if p.stage == newest.stage and (newest.end - p.end).days <= WINDOW_DAYS]
    latest: dict[str, GenericPoll] = {}
    for poll in sorted(polls, key=lambda p: p.end):
        latest[poll.pollster] = poll
    weights = {name: 0.5 ** ((newest.end - p.end).days / HALF_LIFE_DAYS)
               * math.sqrt(min(p.sample_size or BASE_SAMPLE, MAX_SAMPLE) / BASE_SAMPLE)
               for name, p in latest.items()}
    total = sum(weights.values())
    dem = sum(weights[n] * p.dem for n, p in latest.items()) / total
    rep = sum(weights[n] * p.rep for n, p in latest.items()) / total
    return dem, rep


def generic_newest(cycle: int) -> list[GenericPoll]:
    """The cycle's generic-ballot questions of the newest end date."""
    polls = [p for p in generic_polls() if p.cycle == cycle]
    newest = max(p.end for p in polls)
    return [p for p in polls if p.end == newest]
