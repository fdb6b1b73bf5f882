"""What results files of every publisher share: the lines of a count that are not candidates, vote types, ballot
measures and their thresholds, and the election's date and state read from a file's name where its rows lack them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.errors import ImportRejected
from bot.names import fold
from bot.races import state_code

# Lines of a count that are not candidates, though their votes count toward the contest's total: blank and spoiled
# ballots, write-ins nobody named, "scattering" (Wisconsin's and Vermont's name for unnamed write-ins), void ballots.
PSEUDO_CANDIDATES = re.compile(
    r"^(?:write[\s-]*ins?(?:\s+votes?)?|(?:total\s+)?(?:over|under)\s*votes?|blank(?:\s+votes?)?|scattering|void"
    r"|(?:un)?qualified\s+write[\s-]*ins?|not\s+assigned|none\s+of\s+these\s+candidates|times\s+(?:over|blank)\s+voted"
    r"|total(?:\s+votes?)?|blank\s+ballots?|spoiled(?:\s+ballots?)?)$",
    re.IGNORECASE)
# The vote types publishers name, as one word each ("Absentee by Mail Votes", "MAIL", "mail" are all "mail").
_VOTE_TYPES = (
    (re.compile(r"\b(?:mail|absentee)\b"), "mail"),
    (re.compile(r"\b(?:early|advance|advanced|one\s+stop|in\s+person\s+absentee)\b"), "early"),
    (re.compile(r"\belection\s+day\b|\bpolling\s+place\b|\bin\s+person\b|^day\b"), "election day"),
    (re.compile(r"\bprovisional\b"), "provisional"),
)
TOTAL_VOTE_TYPE = "total"
# A state's constitutional amendments need more than a majority: Colorado's 55% (Amendment 71, 2016), Florida's 60%
# (2006). Any other measure passes by a majority of its votes.
CONSTITUTIONAL_THRESHOLDS = {"CO": 55.0, "FL": 60.0}
# A statewide ballot measure by its words: "Amendment 79 (CONSTITUTIONAL)", "Proposition 131 (STATUTORY)",
# "Constitutional Amendment #1", "Statewide Referendum A". A city's or district's ("City of Aurora Ballot Question
# 3A") is local: not followed.
MEASURE = re.compile(
    r"^(?:statewide\s+|state\s+)?(?:constitutional\s+|legislatively\s+referred\s+)?"
    r"(?P<kind>amendment|proposition|prop\.?|referendum|initiative|measure|question|issue|proposal)\s*(?:no\.?\s*)?"
    r"#?\s*(?P<label>[0-9]{1,4}[a-z]?|[a-z]{1,3})(?:\s*\((?P<nature>[a-z ]+)\))?$",
    re.IGNORECASE)
YES_WORDS = frozenset({"yes", "for", "yes/for", "yes for", "approve", "approved", "yes - approve"})
NO_WORDS = frozenset({"no", "against", "no/against", "no against", "reject", "rejected", "no - reject"})
_DATE_IN_NAME = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")


def is_pseudo_candidate(name: str) -> bool:
    """Whether a line of a count is no candidate (UNDERVOTES, OVERVOTES, WRITE-IN, SCATTERING, VOID ...)."""
    return bool(PSEUDO_CANDIDATES.match(" ".join(name.split())))


def vote_type(text: str) -> str:
    """A publisher's name of a vote type as one of Racebot's ("Absentee by Mail Votes" -> "mail"); "total" for a
    total; any other as written, lower case ("Overseas" -> "overseas")."""
    words = " ".join(fold(text).replace("votes", " ").replace("ballots", " ").split())
    if not words or words in ("total", "na", "n a", "all"):
        return TOTAL_VOTE_TYPE
    for pattern, name in _VOTE_TYPES:
        if pattern.search(words):
            return name
    return words[:60]


def measure_of(text: str) -> tuple[str, str | None] | None:
    """A statewide ballot measure's name and its nature, from a contest's words ("Amendment 79 (CONSTITUTIONAL)" ->
    ("Amendment 79", "constitutional")); None for any other contest."""
    plain = re.sub(r"\s*\(vote\s+for\s+\d+\)\s*$", "", " ".join(text.split()), flags=re.IGNORECASE)
    match = MEASURE.match(plain)
    if match is None:
        return None
    kind = match["kind"].rstrip(".").lower()
    kind = {"prop": "proposition"}.get(kind, kind)
    nature = (match["nature"] or "").strip().lower() or None
    if nature is None and re.match(r"^(?:statewide\s+)?constitutional\b", plain, re.IGNORECASE):
        nature = "constitutional"
    return f"{kind.capitalize()} {match['label'].upper()}", nature


def measure_threshold(code: str | None, nature: str | None) -> float | None:
    """The share of the vote a measure needs to pass (percent), where its state's constitution sets one for its
    kind; None: a majority."""
    if nature == "constitutional" and code is not None:
        return CONSTITUTIONAL_THRESHOLDS.get(code)
    return None


def measure_choice(name: str) -> str | None:
    """A measure's choice as Yes or No ("Yes/For", "NO/AGAINST"); None for anything else."""
    words = " ".join(fold(name).replace("/", " / ").split()).replace(" / ", "/")
    if words in YES_WORDS:
        return "Yes"
    if words in NO_WORDS:
        return "No"
    return None


def general_election_day(year: int) -> dt.date:
    """The US general election day of a year: the Tuesday after the first Monday of November."""
    first = dt.date(year, 11, 1)
    monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
    return monday + dt.timedelta(days=1)


def date_from_name(path: str) -> dt.date | None:
    """The election's date a file's name gives: a date (OpenElections' "20241105__pa__...") or a year with the word
    "general" ("co_2024_general_summary.csv"); None otherwise."""
    stem = Path(path).name
    match = _DATE_IN_NAME.search(stem)
    if match:
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            pass
    year = _YEAR_IN_NAME.search(stem)
    if year and "general" in re.split(r"[^a-z]+", stem.lower()):
        return general_election_day(int(year["y"]))
    return None


def date_and_state(path: str, named: str, state: str | None, no_date: str) -> tuple[dt.date, str | None]:
    """A file's election date, from its name (`no_date` says how to name it when it does not), and its state: the
    one given (--state), else the one its name gives."""
    when = date_from_name(named)
    if when is None:
        raise ImportRejected(path, no_date)
    return when, state_code(state) if state else state_from_name(named)


def state_from_name(path: str) -> str | None:
    """The state a file's name gives by its postal code as a word of the name ("co_2024_general_summary.csv",
    "20241105__pa__general__cameron__precinct.csv"); None when no word, or several, are one."""
    words = [w for w in re.split(r"[^a-z]+", Path(path).stem.lower()) if len(w) == 2]
    codes = {code for w in words if (code := state_code(w.upper())) is not None and code == w.upper()}
    return codes.pop() if len(codes) == 1 else None


def whole_number(path: str, line: int, column: str, value: str, *, empty: int | None = 0) -> int | None:
    """A count of votes or voters ("1,234", "12.0"); `empty` for an empty cell; ImportRejected names the line."""
    text = value.replace(",", "").strip()
    if not text or text.upper() in ("NA", "N/A", "-"):
        return empty
    try:
        number = float(text) if "." in text else int(text)
    except ValueError:
        raise ImportRejected(path, f"{column} {value[:40]!r} is not a whole number", line) from None
    if number < 0 or number != int(number):
        raise ImportRejected(path, f"{column} {value[:40]!r} is not a count (a whole number, 0 or more)", line)
    return int(number)
