"""Parses Clarity ENR election-night results (`detail.xml`, read by OpenElections' `clarify`) into contest counts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import clarify
from lxml import etree

from bot.engine.understanding.race_terms import normalize_question, parse_race_terms
from bot.errors import ImportRejected
from bot.importers.election_files import (
    TOTAL_VOTE_TYPE,
    is_pseudo_candidate,
    measure_choice,
    measure_of,
    measure_threshold,
    vote_type,
)
from bot.importers.records import Repair
from bot.names import fold, fold_name
from bot.races import state_code

if TYPE_CHECKING:
    from bot.importers.formats import ParseOptions

PARTY_WORDS = {"republican": "republican", "rep": "republican", "gop": "republican", "democratic": "democratic",
               "democrat": "democratic", "dem": "democratic", "libertarian": "libertarian", "green": "green",
               "constitution": "constitution", "nonpartisan": "nonpartisan"}
# Lines of a count that are not candidates
NOT_CANDIDATES = re.compile(r"^(write[\s-]*ins?|over\s*votes?|under\s*votes?|blank|scattering|total)$", re.IGNORECASE)
# Offices of states' own legislatures and courts look like federal ones ("State Senate District 5"): not ours.
STATE_LEVEL = re.compile(r"\b(state|county|circuit|district court|judge|justice|sheriff|clerk|commissioner"
                         r"|general assembly|legislative|magistrate|constable|school|city|mayor|council)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ChoiceCount:
    """A candidate's votes in a contest's count."""

    name: str
    party: str | None
    votes: int


class AreaVotes(NamedTuple):
    """A choice's votes of one vote type in one area of a contest: a county (precinct None) or a precinct of a
    county. `vote_type` is "total" where the file gives no split (a tuple: a national county file makes millions)."""

    county: str
    precinct: str | None
    vote_type: str
    choice: str  # the name of one of the contest's ChoiceCounts
    votes: int


class AreaTurnoutRecord(NamedTuple):
    """An area's turnout where the file gives it; None where it does not."""

    county: str
    precinct: str | None
    registered: int | None
    ballots_cast: int | None
    total_votes: int | None = None  # all votes cast in the contest in the area, pseudo-candidates' included


@dataclass(slots=True)
class ContestCount:
    """One contest of a results file, with what it says of its race: office, district, party primary."""

    text: str
    office_kind: str | None  # president, senate, house, governor; None for offices Racebot does not follow
    district: str | None
    stage: str  # general, primary, "republican primary", runoff
    choices: list[ChoiceCount] = field(default_factory=list)
    units_reported: int | None = None
    units_total: int | None = None
    unit: str = "precincts"
    # Set by the results CSV, which names its race, time and source on every row; Clarity's come from the file.
    race_slug: str | None = None
    taken_at: dt.datetime | None = None
    source_url: str | None = None
    certified: bool = False
    called: str | None = None  # the candidate the source calls the race for
    line: int | None = None
    # A file of several states (MEDSL's) names each contest's state; None: the file's state.
    state_code: str | None = None
    election_date: dt.date | None = None  # a file of several elections (MEDSL's, by year) dates each; None: the file's
    special: bool | None = None  # None: read from the contest's words ("special", "unexpired")
    total_votes: int | None = None  # all votes cast, the pseudo-candidates' included (undervotes, write-ins ...)
    registered: int | None = None
    ballots_cast: int | None = None
    areas: list[AreaVotes] = field(default_factory=list)  # by county or precinct and vote type, where given
    turnout: list[AreaTurnoutRecord] = field(default_factory=list)
    measure: bool = False  # a ballot measure: its choices are Yes and No
    pass_threshold: float | None = None  # a measure's share needed to pass (percent); None: a majority


@dataclass(slots=True)
class ResultsFile:
    """A results file as parsed: the election, when it was counted, and each contest's count."""

    path: str
    election_name: str
    election_date: dt.date
    taken_at: dt.datetime
    region: str  # a state's code for a statewide file; a county's name for a county's file
    state_code: str | None
    level: str  # county or precinct: what the counts are broken down by
    contests: list[ContestCount] = field(default_factory=list)
    publisher: str = "Clarity election results"  # how a reader sees the source credited
    state_from: str | None = None  # how the state was found, when the file does not say it: "CO, from its name"
    repairs: list[Repair] = field(default_factory=list)  # cells repaired, the encoding guessed: reported
    skipped: list[str] = field(default_factory=list)  # contests the parser left out, each with why
    county: str | None = None  # a county's file of a state (OpenElections' "cameron" file): its counts are the county's


def parse_clarity_file(path: str, data: bytes, options: ParseOptions) -> ResultsFile:
    """A Clarity XML file as the format registry calls its parser."""
    return parse_clarity(path, data)


def parse_clarity(path: str, data: bytes) -> ResultsFile:
    """The contests of a Clarity `detail.xml`; ImportRejected for a file that is not one."""
    parser = clarify.Parser()
    try:
        parser.parse(_checked_text(path, data))
    except (etree.XMLSyntaxError, ValueError, AttributeError, TypeError, IndexError) as exc:
        raise ImportRejected(path, f"not a Clarity results file ({type(exc).__name__}: {str(exc)[:120]})") from None
    if parser.election_date is None or parser.timestamp is None:
        raise ImportRejected(path, "not a Clarity results file: no ElectionDate or Timestamp")
    election_date = parser.election_date
    if isinstance(election_date, dt.datetime):
        election_date = election_date.date()
    stage_word = _stage_word(parser.election_name or "")
    levels = {j.level for j in parser.result_jurisdictions}
    region = (parser.region or "").strip()
    results = ResultsFile(
        path=path, election_name=parser.election_name or "", election_date=election_date,
        taken_at=parser.timestamp, region=region, state_code=state_code(region) if region else None,
        level="precinct" if "precinct" in levels else "county",
    )
    for contest in parser.contests:
        count = _contest(contest, stage_word, election_date, results.state_code)
        _add_areas(count, contest, results.level, "" if results.state_code else _county_name(region))
        results.contests.append(count)
    if not results.contests:
        raise ImportRejected(path, "the results file has no contests")
    return results


def _checked_text(path: str, data: bytes) -> str:
    """The XML as text for `clarify` (which parses a string that starts with "<"), after a check with a parser
    that never expands entities nor reads a DTD or the network: a results file has no business with either."""
    safe = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, safe)
    except etree.XMLSyntaxError as exc:
        raise ImportRejected(path, f"not well-formed XML ({exc})") from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise ImportRejected(path, "an XML file with a DTD is not a Clarity results file")
    if root.tag != "ElectionResult":
        raise ImportRejected(path, f"not a Clarity results file: its root is <{root.tag}>, not <ElectionResult>")
    return etree.tostring(root, encoding="unicode")


def _county_name(text: str) -> str:
    """A county as areas name it: "Atkinson County" -> "Atkinson"."""
    words = text.split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1].lower() in ("county", "parish", "borough")
                    else words)[:120]


def _add_areas(count: ContestCount, contest: clarify.Contest, level: str, county: str) -> None:
    """A contest's votes by area (a state's file: counties; a county's: its precincts) and vote type, its areas'
    turnout, and the votes of lines that are no candidate (undervotes, overvotes, write-ins) in its total."""
    names = {id(choice): name for choice, name in _choice_names(count, contest)}
    pseudo = 0
    turnout: dict[str, AreaTurnoutRecord] = {}
    for result in contest.results:
        jurisdiction = result.jurisdiction
        votes = int(result.votes or 0)
        name = names.get(id(result.choice)) if result.choice is not None else None
        if jurisdiction is None:
            if name is None:
                pseudo += votes  # a contest-wide line (undervotes, overvotes, a write-in line): the total's only
            continue
        area = " ".join(jurisdiction.name.split())
        where = (_county_name(area), None) if level != "precinct" or not county else (county, area[:200])
        if jurisdiction.name not in turnout:
            turnout[jurisdiction.name] = AreaTurnoutRecord(where[0], where[1], _count(jurisdiction.total_voters),
                                                           _count(jurisdiction.ballots_cast))
        if name is not None:
            count.areas.append(AreaVotes(where[0], where[1], vote_type(result.vote_type or ""), name, votes))
    if not any(a.vote_type != TOTAL_VOTE_TYPE for a in count.areas):
        pass
    elif any(a.vote_type == TOTAL_VOTE_TYPE for a in count.areas):  # "Total" beside the types: the types only
        count.areas = [a for a in count.areas if a.vote_type != TOTAL_VOTE_TYPE]
    count.turnout = list(turnout.values())
    count.total_votes = sum(c.votes for c in count.choices) + pseudo
    registered = [t.registered for t in count.turnout if t.registered is not None]
    ballots = [t.ballots_cast for t in count.turnout if t.ballots_cast is not None]
    count.registered = sum(registered) if registered else None
    count.ballots_cast = sum(ballots) if ballots else None


def _choice_names(count: ContestCount, contest: clarify.Contest) -> list[tuple[clarify.Choice, str]]:
    """Each choice of the contest that is a candidate (or a measure's Yes or No), with its name in the count."""
    kept = []
    names = iter(c.name for c in count.choices)
    for choice in contest.choices:
        if _choice(choice.text, count.measure) is not None:
            kept.append((choice, next(names)))
    return kept


def _choice(text: str, measure: bool) -> str | None:
    """A choice's name in a count: a measure's Yes or No; a candidate's name as people write it; None for a line
    that is no candidate."""
    if measure:
        return measure_choice(text)
    if NOT_CANDIDATES.match(text.strip()) or is_pseudo_candidate(text):
        return None
    return _display_name(text)


def _contest(contest: clarify.Contest, stage_word: str, when: dt.date, code: str | None = None) -> ContestCount:
    measure = measure_of(contest.text)
    if measure is not None or contest.is_question:
        count = ContestCount(contest.text, "measure" if measure is not None else None, None, stage_word,
                             measure=measure is not None,
                             pass_threshold=measure_threshold(code, measure[1]) if measure else None)
        count.choices = [ChoiceCount(name, None, int(choice.total_votes or 0)) for choice in contest.choices
                         if (name := measure_choice(choice.text)) is not None]
        _reporting_of(count, contest)
        return count
    office_text, _, party_text = contest.text.partition(" - ")
    party = PARTY_WORDS.get(fold(party_text).split()[0]) if fold(party_text) else None
    # after " - " a primary's party ("US Senator - REPUBLICAN"), or more of the office ("... Congress - District 1")
    kind, district = _office(office_text if party else contest.text, when)
    stage = f"{party} primary" if stage_word == "primary" and party else stage_word
    choices = [ChoiceCount(name, choice.party or None, int(choice.total_votes or 0))
               for choice in contest.choices if (name := _choice(choice.text, False)) is not None]
    count = ContestCount(contest.text, kind, district, stage, choices)
    _reporting_of(count, contest)
    return count


def _reporting_of(count: ContestCount, contest: clarify.Contest) -> None:
    """How much of the contest is counted: precincts (or counties) reported of all."""
    if contest.precincts_participating:
        reported, total, unit = contest.precincts_reported, contest.precincts_participating, "precincts"
    elif contest.counties_participating:
        reported, total, unit = contest.counties_reported, contest.counties_participating, "counties"
    else:
        reported, total, unit = contest.precincts_reported, None, "precincts"
    count.units_reported, count.units_total, count.unit = _count(reported), _count(total), unit


def _office(text: str, when: dt.date) -> tuple[str | None, str | None]:
    """The federal or statewide office a contest is for, from its words ("U.S. Senate", "US Representative
    District 2", "Governor"); None for any other office."""
    if STATE_LEVEL.search(text) and not re.search(r"\bu\.?\s?s\.?\b", text, re.IGNORECASE):
        return None, None
    normalized = normalize_question(text)
    terms = parse_race_terms(normalized, fold_name(normalized).split(), when)
    offices = terms.offices - {"mayor", "council"}
    if len(offices) != 1 or terms.other_office:  # "Regent ... - Congressional District 3" is no House seat
        return None, None
    kind = offices.pop()
    return kind, terms.district if kind == "house" else None


def _stage_word(election_name: str) -> str:
    words = fold(election_name).split()
    if "runoff" in words:
        return "runoff"
    if "primary" in words or "primaries" in words:
        return "primary"
    return "general"


# The tags some offices put after a choice's name: its party ("(Dem)", "(Rep)", "(Lib)") and "(I)" for the incumbent.
_NAME_TAGS = re.compile(r"(?:\s*\((?:I|[A-Za-z]{2,4})\))+\s*$")


def _display_name(text: str) -> str:
    """A choice's name as people write it: without the party and incumbent tags Georgia's files add ("Jon Ossoff
    (Dem)", "David A. Perdue (I) (Rep)"), and not in capitals (Clarity writes "Mitch McCONNELL": "Mitch
    McConnell")."""
    untagged = _NAME_TAGS.sub("", text).strip() or text
    return " ".join(_word_case(word) for word in untagged.split())


def _word_case(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or sum(c.isupper() for c in letters) < 2:
        return word
    for i in range(len(word)):  # the capitals that run to the end of the word: "McCONNELL" -> "Mc" + "CONNELL"
        rest = word[i:]
        if rest.upper() == rest and any(c.isalpha() for c in rest):
            return word[:i] + rest[:1].upper() + rest[1:].lower() if i else rest.capitalize()
    return word


def _count(value: float | int | None) -> int | None:
    return int(value) if value is not None else None
