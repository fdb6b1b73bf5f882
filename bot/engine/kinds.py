"""What a question asks: the kinds the parse detects, the routes answer and the answers carry."""

from __future__ import annotations

from enum import StrEnum


class QuestionKind(StrEnum):
    """A kind of question, and of the answer to it. A str, so it reads and serializes as its value ("leader")."""

    # Detected from the words of a question (understanding/parse.py has one English and one Spanish rule each).
    HELP = "help"
    RESULTS = "results"
    ELECTION_DATE = "election_date"
    AVERAGE = "average"
    POLL_HISTORY = "poll_history"
    LATEST_POLL = "latest_poll"
    COMPARE = "compare"
    POLLSTERS = "pollsters"
    IS_RUNNING = "is_running"
    ENDORSEMENTS_BY = "endorsements_by"
    ENDORSEMENTS_OF = "endorsements_of"
    RACES = "races"
    RUNNING = "running"
    LEADER = "leader"
    CANDIDATE = "candidate"
    # Answered without a rule of their own: a race named alone, a group of voters, and the router's own answers.
    RACE = "race"
    SUBGROUP = "subgroup"
    NEED_RACE = "need_race"
    AMBIGUOUS = "ambiguous"
    UNKNOWN_NAME = "unknown_name"
    UNKNOWN = "unknown"  # a question no route answers: what I can answer instead


# The kinds that need no race to answer: a person, an endorsement, the list of races, help.
RACE_FREE = frozenset({QuestionKind.CANDIDATE, QuestionKind.ENDORSEMENTS_OF, QuestionKind.ENDORSEMENTS_BY,
                       QuestionKind.HELP, QuestionKind.RACES})
ENDORSEMENTS = (QuestionKind.ENDORSEMENTS_OF, QuestionKind.ENDORSEMENTS_BY)


class Attribute(StrEnum):
    """A field of a race, candidate or poll a question asks for by name ("the sample size", "who came third")."""

    RANK = "rank"  # a place in a stage's results ("who came third", "who finished last")
    CANDIDATE_COUNT = "candidate_count"  # how many candidates ran
    MARGIN = "margin"  # by how much the winner won, or one candidate beat another
    TOTAL_VOTES = "total_votes"  # the votes cast in a stage
    TURNOUT = "turnout"  # the share of registered voters who voted
    WITHDREW = "withdrew"  # who dropped out, or whether one did
    SAMPLE_SIZE = "sample_size"  # a poll's: how many people it asked, and who
    FIELD_DATES = "field_dates"  # a poll's: when it was taken
    SPONSOR = "sponsor"  # a poll's: who paid for it
    METHOD = "method"  # a poll's: how it was taken (online, phone ...)
    POPULATION = "population"  # a poll's: whom it asked (likely or registered voters, adults)
    POLL_COUNT = "poll_count"  # how many polls of a race there are
    POLL_DATE = "poll_date"  # when the newest (or first) poll of a race was taken
    EXTREME_POLL = "extreme_poll"  # a candidate's highest (or lowest) share in any poll of the race
    MARGIN_OF_ERROR = "margin_of_error"  # a poll's: its margin of error, where its source gives one
    PARTY = "party"  # a candidate's party
    AGE = "age"  # a candidate's age, which no data here holds


POLL_ATTRIBUTES = frozenset({Attribute.SAMPLE_SIZE, Attribute.FIELD_DATES, Attribute.SPONSOR, Attribute.METHOD,
                             Attribute.POPULATION, Attribute.POLL_DATE, Attribute.MARGIN_OF_ERROR})
# What a question may ask of a candidate themself ("what party is gina viola", "karen bass age?").
PERSON_ATTRIBUTES = frozenset({Attribute.PARTY, Attribute.AGE})
