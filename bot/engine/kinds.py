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
