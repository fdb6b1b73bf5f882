"""The normalised records every importer produces and the writer stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.errors import ImportRejected
from bot.races import RaceStructure, infer_structure


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source as a file gives it."""

    url: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    note: str | None = None


@dataclass(slots=True)
class RaceRecord:
    """A race as a file describes it."""

    slug: str
    name: str
    office: str
    jurisdiction: str
    cycle: int
    office_type: str | None = None
    state: str | None = None
    nonpartisan: bool = False
    places: list[str] = field(default_factory=list)
    stages: dict[str, dt.date] = field(default_factory=dict)
    structure: RaceStructure | None = None  # None: inferred from the office and jurisdiction words

    def __post_init__(self) -> None:
        if self.structure is None:
            self.structure = infer_structure(self.office, self.office_type, self.jurisdiction, self.state, self.cycle)


@dataclass(frozen=True, slots=True)
class CandidateRecord:
    """A candidate as a file names or describes them."""

    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    description: str | None = None
    status: str | None = None
    incumbent: bool = False


class PollResultRecord(NamedTuple):
    """One answer of a poll (a tuple: a million of them are made, and sent between processes, cheaply)."""

    candidate: str
    pct: float | None
    question: str = ""
    subgroup: str = ""
    leads: bool = False
    note: str | None = None
    party: str | None = None
    hypothetical: bool = False  # a match-up that is not on the ballot: never a poll's main question
    ranked_round: int | None = None  # the round of a ranked-choice question; None: not ranked choice


@dataclass(slots=True)
class PollRecord:
    """A poll as a file gives it, with its results."""

    key: str
    pollster: str
    end_date: dt.date | None
    source: SourceRecord
    reported: dt.date | None = None
    sponsors: list[str] = field(default_factory=list)
    start_date: dt.date | None = None
    sample_size: int | None = None
    population: str | None = None
    method: str | None = None
    stage: str | None = None
    note: str | None = None
    results: list[PollResultRecord] = field(default_factory=list)
    line: int | None = None


@dataclass(frozen=True, slots=True)
class EndorsementRecord:
    """An endorsement as a file gives it."""

    race: str
    candidate: str
    endorser: str
    source: SourceRecord
    endorser_type: str = "person"
    endorser_description: str | None = None
    endorser_aliases: tuple[str, ...] = ()
    date: dt.date | None = None
    quote: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ElectionResultRecord:
    """A candidate's final result in a stage of a race, as a file gives it."""

    stage: str
    candidate: str
    source: SourceRecord
    votes: int | None = None
    pct: float | None = None


@dataclass(frozen=True, slots=True)
class StageTurnoutRecord:
    """The turnout of a stage of a race as a file states it: registered voters, ballots cast."""

    stage: str
    source: SourceRecord
    registered: int | None = None
    ballots_cast: int | None = None
    pct: float | None = None  # the turnout the source states


@dataclass(slots=True)
class RaceData:
    """Everything a file says about one race. `race` is None when the file only refers to it by slug."""

    slug: str
    race: RaceRecord | None = None
    candidates: list[CandidateRecord] = field(default_factory=list)
    polls: list[PollRecord] = field(default_factory=list)
    results: list[ElectionResultRecord] = field(default_factory=list)
    turnouts: list[StageTurnoutRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Repair:
    """A malformed optional cell that was dropped so the row could be kept: reported, never silent."""

    line: int
    column: str
    value: str
    action: str

    def describe(self) -> str:
        """The repair in words: its line, column, value and what was done."""
        return f"line {self.line}, {self.column} {self.value[:40]!r}: {self.action}"


class RepairLog:
    """The repairs of one file, in order; in strict mode the first repair rejects the file, naming its line."""

    def __init__(self, path: str, *, strict: bool = False) -> None:
        self.path = path
        self.strict = strict
        self.repairs: list[Repair] = []

    def add(self, line: int, column: str, value: str, action: str) -> None:
        """Record a repaired cell (or, when strict, reject the file at its line)."""
        if self.strict:
            raise ImportRejected(self.path, f"{column} {value[:40]!r} would be repaired ({action}); --strict allows "
                                 "no repairs", line)
        self.repairs.append(Repair(line, column, value, action))

    def take(self) -> list[Repair]:
        """The repairs recorded since the last take."""
        taken, self.repairs = self.repairs, []
        return taken


@dataclass(slots=True)
class ParsedFile:
    """Everything parsed from one file (or one batch of it), ready to write."""

    path: str
    races: list[RaceData] = field(default_factory=list)
    endorsements: list[EndorsementRecord] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    pollster_aliases: list[tuple[str, str]] = field(default_factory=list)  # (pollster, alias)
