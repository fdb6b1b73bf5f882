"""Parses Clarity ENR election-night results (`detail.xml`, read by OpenElections' `clarify`) into contest counts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import clarify
from lxml import etree

from bot.engine.understanding.race_terms import normalize_question, parse_race_terms
from bot.errors import ImportRejected
from bot.names import fold, fold_name
from bot.races import state_code

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
        if contest.is_question:
            continue
        results.contests.append(_contest(contest, stage_word, election_date))
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


def _contest(contest: clarify.Contest, stage_word: str, when: dt.date) -> ContestCount:
    office_text, _, party_text = contest.text.partition(" - ")
    party = PARTY_WORDS.get(fold(party_text).split()[0]) if fold(party_text) else None
    # after " - " a primary's party ("US Senator - REPUBLICAN"), or more of the office ("... Congress - District 1")
    kind, district = _office(office_text if party else contest.text, when)
    stage = f"{party} primary" if stage_word == "primary" and party else stage_word
    choices = [ChoiceCount(_display_name(choice.text), choice.party or None, int(choice.total_votes or 0))
               for choice in contest.choices if not NOT_CANDIDATES.match(choice.text.strip())]
    if contest.precincts_participating:
        reported, total, unit = contest.precincts_reported, contest.precincts_participating, "precincts"
    elif contest.counties_participating:
        reported, total, unit = contest.counties_reported, contest.counties_participating, "counties"
    else:
        reported, total, unit = contest.precincts_reported, None, "precincts"
    return ContestCount(contest.text, kind, district, stage, choices, _count(reported), _count(total), unit)


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
