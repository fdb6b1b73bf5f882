"""Read-only views of stored rows for answering questions: light, frozen, safe to cache and share.

The engine, the charts and the update posts read these instead of ORM objects: building them from plain Core
rows is several times faster than ORM instances, and they hold a fraction of the memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.races import RaceStructure


def poll_date(end_date: dt.date | None, reported: dt.date | None) -> dt.date:
    """A poll's date for ordering and averaging: the end of fieldwork, else when it was reported."""
    when = end_date or reported
    assert when is not None, "the importers require end_date or reported"
    return when


@dataclass(frozen=True, slots=True)
class SourceView:
    """A source as answers cite it."""

    url: str
    title: str | None
    publisher: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class CandidateView:
    """A candidate with their names, party and description."""

    id: int
    name: str
    aliases: list[str]
    party: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class StageView:
    """A stage of a race (primary, general, runoff) and its date."""

    stage: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class CandidacyView:
    """A candidate's run in one race: status, party and whether an incumbent."""

    candidate_id: int
    status: str
    party: str | None
    incumbent: bool
    candidate: CandidateView


@dataclass(frozen=True, slots=True)
class RaceView:
    """A race with its stages, candidacies and structure."""

    id: int
    slug: str
    name: str
    office: str
    office_type: str | None
    jurisdiction: str
    state: str | None
    cycle: int
    nonpartisan: bool
    places: list[str]
    stages: tuple[StageView, ...]
    candidacies: tuple[CandidacyView, ...]
    structure: RaceStructure
    # A ballot measure's share of the vote (percent) needed to pass, where it states one; None: a majority.
    pass_threshold: float | None = None

    def candidate_names(self) -> dict[int, str]:
        """Candidate id -> name, for the candidates of this race."""
        return {c.candidate_id: c.candidate.name for c in self.candidacies}


@dataclass(frozen=True, slots=True)
class RaceRef:
    """A race's id, slug and name, for what refers to a race."""

    id: int
    slug: str
    name: str


@dataclass(frozen=True, slots=True)
class CandidateRaceView:
    """One of a candidate's races, with their status in it."""

    status: str
    race: RaceView


@dataclass(frozen=True, slots=True)
class CandidateProfileView:
    """A candidate with every race they run in."""

    id: int
    name: str
    aliases: list[str]
    party: str | None
    description: str | None
    candidacies: tuple[CandidateRaceView, ...]


@dataclass(frozen=True, slots=True)
class PollResultView:
    """One candidate's share in one question of a poll, overall or within a subgroup."""

    candidate_id: int
    question: str
    subgroup: str
    pct: float | None
    leads: bool
    note: str | None
    hypothetical: bool = False
    ranked_round: int | None = None


def round_question(question: str, ranked_round: int) -> str:
    """The label of one round of a ranked-choice question: each round is a question of its own."""
    return f"{question} round {ranked_round}".strip()


def unrounded_question(result: PollResultView) -> str:
    """The question a ranked-choice round belongs to (the label without its round)."""
    if result.ranked_round is None:
        return result.question
    return result.question.removesuffix(f"round {result.ranked_round}").strip()


@dataclass(frozen=True, slots=True)
class PollView:
    """A poll with its source and results."""

    id: int
    race_id: int
    key: str
    pollster: str
    sponsors: list[str]
    start_date: dt.date | None
    end_date: dt.date | None
    reported: dt.date | None
    sample_size: int | None
    population: str | None
    method: str | None
    stage: str | None
    note: str | None
    source: SourceView
    results: tuple[PollResultView, ...]

    @property
    def as_of(self) -> dt.date:
        """The poll's date: when its fieldwork ended, or when it was reported."""
        return poll_date(self.end_date, self.reported)


@dataclass(frozen=True, slots=True)
class EndorserView:
    """A person or organisation that endorses."""

    id: int
    name: str
    kind: str
    description: str | None


@dataclass(frozen=True, slots=True)
class EndorsementView:
    """An endorsement with its endorser, candidate, race and source."""

    id: int
    race_id: int
    date: dt.date | None
    quote: str | None
    source: SourceView
    endorser: EndorserView
    candidate: CandidateView
    race: RaceRef


@dataclass(frozen=True, slots=True)
class ElectionResultView:
    """A candidate's final result in one stage of a race."""

    stage: str
    candidate_id: int
    votes: int | None
    pct: float | None
    source: SourceView
    candidate: CandidateView


@dataclass(frozen=True, slots=True)
class StageTurnoutView:
    """The turnout of a stage as a source states it."""

    stage: str
    registered: int | None
    ballots_cast: int | None
    pct: float | None  # as the source states it
    source: SourceView


@dataclass(frozen=True, slots=True)
class VoteCountView:
    """A candidate's votes in a count."""

    candidate: CandidateView
    votes: int


@dataclass(frozen=True, slots=True)
class CountView:
    """The count of one stage of a race at one moment (a results snapshot), candidates by votes, most first."""

    stage: str
    taken_at: dt.datetime
    units_reported: int | None
    units_total: int | None
    unit: str
    certified: bool
    called_candidate_id: int | None
    source: SourceView
    counts: tuple[VoteCountView, ...]
    snapshot_id: int = 0
    area: str | None = None  # the county a count covers (a county's file); None: the whole race
    # All votes cast in the contest (the pseudo-candidates' too), the registered voters and the ballots cast in
    # the area counted, where the file gives them
    total_votes: int | None = None
    registered: int | None = None
    ballots_cast: int | None = None

    @property
    def leader_id(self) -> int | None:
        """Who has the most votes (None before any vote is counted, or on a tie at the top)."""
        if not self.counts or self.counts[0].votes == 0:
            return None
        if len(self.counts) > 1 and self.counts[1].votes == self.counts[0].votes:
            return None
        return self.counts[0].candidate.id

    @property
    def total(self) -> int:
        """All the votes counted."""
        return sum(c.votes for c in self.counts)


@dataclass(frozen=True, slots=True)
class AreaVotesView:
    """A candidate's votes of one vote type in one area of a count: a county (precinct None) or one of its
    precincts; vote type "total" where the file gives no split."""

    candidate_id: int
    county: str
    precinct: str | None
    vote_type: str
    votes: int


@dataclass(frozen=True, slots=True)
class AreaTotalView:
    """A candidate's votes in one area of a count, every vote type together."""

    candidate_id: int
    county: str
    precinct: str | None
    votes: int


@dataclass(frozen=True, slots=True)
class AreaNameView:
    """One area of a count: a county (precinct None) or one of its precincts."""

    county: str
    precinct: str | None


@dataclass(frozen=True, slots=True)
class AreaTurnoutView:
    """The turnout of one area of a count, where the file gives it."""

    county: str
    precinct: str | None
    registered: int | None
    ballots_cast: int | None
    total_votes: int | None
