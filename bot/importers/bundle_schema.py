"""The race-bundle file format (YAML or JSON), validated with pydantic."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

Stage = Literal["primary", "general", "runoff", "special", "jungle primary", "recall"]
CandidateStatus = Literal["running", "withdrawn", "won", "lost", "advanced", "eliminated", "unknown"]
Population = Literal["lv", "rv", "a", "v"]
OfficeKind = Literal["president", "senate", "house", "governor", "mayor", "council", "other"]
EndorserKind = Literal["person", "organization", "newspaper", "official", "union", "party", "celebrity"]

Percent = Annotated[float, Field(ge=0, le=100)]
NonEmpty = Annotated[str, Field(min_length=1, max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SourceSpec(_Strict):
    """A source a bundle cites by its id."""

    id: Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9._-]*$")]
    url: HttpUrl
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    note: str | None = None


class StageSpec(_Strict):
    """A stage of a race and its date."""

    stage: Stage
    date: dt.date


class CandidateSpec(_Strict):
    """A candidate of a bundle's race."""

    name: NonEmpty
    aliases: list[NonEmpty] = []
    party: str | None = None
    description: str | None = None
    status: CandidateStatus | None = None  # not given: keep what the database has
    incumbent: bool = False


class SubgroupSpec(_Strict):
    """Results within a named subgroup; figures may be missing when a source only describes them."""

    name: NonEmpty
    results: dict[str, Percent | None] = {}
    leader: str | None = None
    # The candidate a figure-less note is about ("most of Bass's support comes from women").
    about: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _has_content(self) -> SubgroupSpec:
        if not self.results and not self.leader and not self.about:
            raise ValueError(f"subgroup {self.name!r} needs results, a leader or the candidate it is about")
        if self.about and not self.note:
            raise ValueError(f"subgroup {self.name!r}: `about` needs a `note`")
        return self


class QuestionSpec(_Strict):
    """One question of a poll: each candidate's share, overall and in subgroups."""

    id: str = ""
    label: str | None = None
    results: dict[str, Percent | None]
    subgroups: list[SubgroupSpec] = []

    @field_validator("results")
    @classmethod
    def _sum_at_most_100(cls, value: dict[str, float | None]) -> dict[str, float | None]:
        total = sum(v for v in value.values() if v is not None)
        if total > 100.5:
            raise ValueError(f"results sum to {total:g}%, more than 100%")
        return value


class PollSpec(_Strict):
    """A poll of a bundle's race, with its questions."""

    id: Annotated[str, Field(min_length=1, max_length=120)]
    pollster: NonEmpty
    sponsors: list[NonEmpty] = []
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    # When a source reported the poll, for polls whose field dates no source gives.
    reported: dt.date | None = None
    sample_size: Annotated[int, Field(gt=0)] | None = None
    population: Population | None = None
    method: str | None = None
    stage: Stage | None = None
    source: str
    note: str | None = None
    # Either `questions`, or the shorthand `results` (+ `subgroups`) for a poll with one question.
    questions: list[QuestionSpec] = []
    results: dict[str, Percent | None] | None = None
    subgroups: list[SubgroupSpec] = []

    @model_validator(mode="after")
    def _one_shape(self) -> PollSpec:
        if self.results is not None:
            if self.questions:
                raise ValueError("give either `questions` or `results`, not both")
            self.questions = [QuestionSpec(results=self.results, subgroups=self.subgroups)]
            self.results = None
            self.subgroups = []
        if not self.questions:
            raise ValueError("a poll needs `results` or `questions`")
        if self.end_date is None and self.reported is None:
            raise ValueError("a poll needs `end_date` or, when no source gives it, `reported`")
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValueError("start_date is after end_date")
        return self


class EndorsementSpec(_Strict):
    """An endorsement of a bundle's candidate."""

    endorser: NonEmpty
    endorser_type: EndorserKind = "person"
    endorser_description: str | None = None
    endorser_aliases: list[NonEmpty] = []  # acronyms and the names people use: "LAPPL", "the police union"
    candidate: NonEmpty
    date: dt.date | None = None
    source: str
    quote: str | None = None


class CandidateResultSpec(_Strict):
    """One candidate's votes or share in a result."""

    candidate: NonEmpty
    votes: Annotated[int, Field(ge=0)] | None = None
    pct: Percent | None = None


class TurnoutSpec(_Strict):
    """The turnout of a stage as a source states it."""

    registered: Annotated[int, Field(gt=0)] | None = None
    ballots_cast: Annotated[int, Field(gt=0)] | None = None
    pct: Percent | None = None  # the turnout the source states (not always ballots over registered voters)
    source: str | None = None  # not given: the results' source

    @model_validator(mode="after")
    def _consistent(self) -> TurnoutSpec:
        if self.registered is None and self.ballots_cast is None and self.pct is None:
            raise ValueError("turnout needs registered voters, ballots cast or a share")
        if self.registered is not None and self.ballots_cast is not None and self.ballots_cast > self.registered:
            raise ValueError("more ballots cast than registered voters")
        return self


class ResultSpec(_Strict):
    """The final result of one stage of a bundle's race."""

    stage: Stage
    source: str
    note: str | None = None
    results: list[CandidateResultSpec]
    turnout: TurnoutSpec | None = None


class PollsterSpec(_Strict):
    """Other names of a pollster or sponsor that polls of the bundle name."""

    name: NonEmpty
    aliases: list[NonEmpty]


class RaceSpec(_Strict):
    """A race of a bundle, with its candidates, polls, endorsements and results."""

    slug: Annotated[str, Field(min_length=2, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: NonEmpty | None = None  # not given: built from the structure ("2022 Los Angeles mayoral election")
    office: NonEmpty
    office_type: str | None = None
    jurisdiction: NonEmpty
    state: str | None = None
    cycle: Annotated[int, Field(ge=1789, le=2200)]
    nonpartisan: bool = False
    places: list[NonEmpty] = []
    # The structure; what is not given is inferred from office, office_type, jurisdiction and state.
    office_kind: OfficeKind | None = None
    locality: str | None = None
    district: str | None = None
    seat_class: Literal["I", "II", "III"] | None = None
    special: bool | None = None
    stages: list[StageSpec] = []
    candidates: list[CandidateSpec] = []
    polls: list[PollSpec] = []
    endorsements: list[EndorsementSpec] = []
    results: list[ResultSpec] = []


class BundleSpec(_Strict):
    """A whole race bundle: its sources, pollsters and races."""

    racebot_bundle: Literal[1] = Field(alias="racebot-bundle")
    sources: list[SourceSpec] = []
    pollsters: list[PollsterSpec] = []
    races: list[RaceSpec]

    @model_validator(mode="after")
    def _references_resolve(self) -> BundleSpec:
        source_ids = [s.id for s in self.sources]
        if len(set(source_ids)) != len(source_ids):
            raise ValueError("duplicate source id")
        known = set(source_ids)
        for race in self.races:
            names = _candidate_names(race)
            for poll in race.polls:
                _need(poll.source in known, f"poll {poll.id!r}: unknown source {poll.source!r}")
                for q in poll.questions:
                    for cand in q.results:
                        _need(cand.casefold() in names, f"poll {poll.id!r}: unknown candidate {cand!r}")
                    for sg in q.subgroups:
                        for cand in [*sg.results, *(n for n in (sg.leader, sg.about) if n)]:
                            _need(cand.casefold() in names,
                                  f"poll {poll.id!r} subgroup {sg.name!r}: unknown candidate {cand!r}")
            poll_ids = [p.id for p in race.polls]
            _need(len(set(poll_ids)) == len(poll_ids), f"race {race.slug!r}: duplicate poll id")
            for e in race.endorsements:
                _need(e.source in known, f"endorsement by {e.endorser!r}: unknown source {e.source!r}")
                _need(e.candidate.casefold() in names,
                      f"endorsement by {e.endorser!r}: unknown candidate {e.candidate!r}")
            for r in race.results:
                _need(r.source in known, f"{r.stage} results: unknown source {r.source!r}")
                if r.turnout is not None and r.turnout.source is not None:
                    _need(r.turnout.source in known, f"{r.stage} turnout: unknown source {r.turnout.source!r}")
                for cr in r.results:
                    _need(cr.candidate.casefold() in names,
                          f"{r.stage} results: unknown candidate {cr.candidate!r}")
        return self


def _candidate_names(race: RaceSpec) -> set[str]:
    names: set[str] = set()
    for c in race.candidates:
        names.add(c.name.casefold())
    return names


def _need(ok: bool, message: str) -> None:
    if not ok:
        raise ValueError(message)
