"""The expected answers of the results question set, each derived from the published files by `files`' readers:
a derivation's name and arguments are all a question row holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.results_set import files
from tests.results_set.expect import Expect

PRES_CO = "Presidential Electors"
PRES_GA = "President of the United States"
SENATE_GA = "US Senate (Perdue)"
SPECIAL_GA = "US Senate (Loeffler) - Special"
SENATE_AR = "U.S. Senate"
SENATE_KY = "US Senator - REPUBLICAN"
PRES_PA, SENATE_PA, HOUSE_PA = "President", "U.S. Senate", "U.S. House"

# A measure passes or fails: the words of each verdict, English and Spanish (folded).
PASSED = ("passed", "approved", "aprobad", "paso ")
FAILED = ("failed", "rejected", "did not pass", "didn't pass", "rechazad", "no paso", "no fue aprobad")
MAJORITY = ("majority", "mayoria", "50%")
# The share a constitutional amendment needs where a state's constitution sets one above a majority: Colorado's
# since Amendment 71 (2016), art. V, sec. 1(4)(b); Georgia's need a majority.
CONSTITUTIONAL_THRESHOLDS = {"CO": 55.0}
DEMOCRATS = ("democrat", "dem ", "democrata")
REPUBLICANS = ("republican", "gop", "rep ")


def votes(n: int) -> str:
    """A vote count as the grader compares it."""
    return str(n)


def one_decimal(x: float) -> str:
    """A share or a margin in points, to one decimal."""
    return f"{x:.1f}"


def _others(figures: dict[str, int], own: str) -> tuple[str, ...]:
    """The same figure of the other areas: said instead, the answer is about another place."""
    mine = figures[own]
    return tuple(sorted({votes(n) for area, n in figures.items() if area != own and n != mine}))


# ------------------------------------------------------------------------------------------------ states (MEDSL)
def state_winner(state: str) -> Expect:
    """Who won a state in 2024: the winner and their votes."""
    tallies = files.medsl_states()
    tally = tallies[state]
    winner_votes = {name: t.votes[t.winner] for name, t in tallies.items()}
    return Expect(((files.surname(tally.winner),), (votes(tally.votes[tally.winner]),)),
                  never=_others(winner_votes, state))


def did_win(state: str, person: str) -> Expect:
    """Did a person win a state in 2024: the state's winner and their votes, whoever was asked about."""
    assert any(files.surname(name) == person for name in files.medsl_states()[state].votes), person
    return state_winner(state)


def state_votes(state: str, person: str) -> Expect:
    """A person's votes in a state in 2024."""
    tallies = files.medsl_states()
    # Only the states where one person has that surname (two Harrises ran in some).
    figures = {name: t.of(person) for name, t in tallies.items()
               if sum(files.surname(n) == person for n in t.votes) == 1}
    return Expect(((votes(figures[state]),),), never=_others(figures, state))


def state_margin(state: str) -> Expect:
    """By how much a state was won: the winner, and the margin in votes or in points (of all votes cast, or of the
    candidates' votes)."""
    tally = files.medsl_states()[state]
    (first, a), (_, b) = tally.ranked()[:2]
    of_people = sum(tally.votes.values())
    margins = (votes(a - b), one_decimal(100 * (a - b) / tally.total), one_decimal(100 * (a - b) / of_people))
    return Expect(((files.surname(first),), tuple(dict.fromkeys(margins))))


def state_turnout(state: str) -> Expect:
    """How many voted in a state's presidential contest (MEDSL's totalvotes)."""
    totals = {name: t.total for name, t in files.medsl_states().items()}
    return Expect(((votes(totals[state]),),), never=_others(totals, state))


# ------------------------------------------------------------------------------------------------ Clarity files
def count_winner(path: Path, contest: str) -> Expect:
    """Who won a contest of a Clarity file (its whole area): the winner and their votes."""
    tally = files.clarity_tally(path, contest)
    # A choice's published totalVotes, or the sum of its vote types where a file's two disagree (Arkansas 2014).
    published = files.clarity_choice_totals(path, contest)[tally.winner]
    figures = tuple(dict.fromkeys((votes(published), votes(tally.votes[tally.winner]))))
    return Expect(((files.surname(tally.winner),), figures))


def count_votes(path: Path, contest: str, person: str, region: str) -> Expect:
    """A person's votes in a file's whole area (a county's file: the county, named `region`)."""
    here = files.clarity_tally(path, contest).of(person)
    return Expect(((votes(here),), (region,)))


def area_votes(path: Path, contest: str, area: str, person: str, vote_type: str | None = None) -> Expect:
    """A person's votes in one county or precinct of a Clarity file (of one vote type, or all), the area named; the
    whole file's figure said instead is another area."""
    here = files.clarity_tally(path, contest, area, vote_type).of(person)
    whole = files.clarity_tally(path, contest, None, vote_type).of(person)
    never = (votes(whole),) if whole != here else ()
    return Expect(((votes(here),), (area.lower(),)), never=never)


def area_winner(path: Path, contest: str, area: str) -> Expect:
    """Who won one county or precinct: its winner and their votes there, the area named."""
    tally = files.clarity_tally(path, contest, area)
    whole = files.clarity_tally(path, contest)
    here = tally.votes[tally.winner]
    never = (votes(whole.votes[whole.winner]),) if whole.votes[whole.winner] != here else ()
    return Expect(((files.surname(tally.winner),), (votes(here),), (area.lower(),)), never=never)


def areas_won(path: Path, contest: str, person: str) -> Expect:
    """How many counties (or precincts) a person won: the count and the person."""
    won = 0
    for area in files.clarity_areas(path, contest):
        tally = files.clarity_tally(path, contest, area)
        won += files.surname(tally.winner) == person
    return Expect(((str(won),), (person,)))


def vote_type_votes(path: Path, contest: str, person: str, vote_type: str) -> Expect:
    """A person's votes of one vote type in a Clarity file; their votes of all types said instead is wrong."""
    here = files.clarity_tally(path, contest, None, vote_type).of(person)
    whole = files.clarity_tally(path, contest).of(person)
    return Expect(((votes(here),),), never=(votes(whole),) if whole != here else ())


def turnout(path: Path, area: str | None = None) -> Expect:
    """Ballots cast in a Clarity file's whole area or one county or precinct of it, with the turnout in percent
    where the file counts registered voters."""
    cast, registered = files.clarity_turnout(path, area)
    says: list[tuple[str, ...]] = [(votes(cast),)]
    if area:
        says.append((area.lower(),))
    whole, _ = files.clarity_turnout(path)
    return Expect(tuple(says), never=(votes(whole),) if area and whole != cast else ())


def measure(path: Path, contest: str, state: str) -> Expect:
    """Did a ballot measure pass: the verdict by the threshold the contest states (a share in its words, or a
    constitutional amendment of a state whose constitution sets one), else by majority, with the Yes votes or share."""
    tally = files.clarity_tally(path, contest)
    yes = next(n for name, n in tally.votes.items() if name.lower().startswith("yes"))
    no = next(n for name, n in tally.votes.items() if name.lower().startswith("no"))
    stated = re.search(r"(\d+(?:\.\d+)?)\s*%", contest)
    constitutional = "constitutional" in contest.lower() and state in CONSTITUTIONAL_THRESHOLDS
    threshold = float(stated.group(1)) if stated else CONSTITUTIONAL_THRESHOLDS[state] if constitutional else 50.0
    share = 100 * yes / (yes + no)
    passed = share > threshold if threshold == 50.0 else share >= threshold
    rule = (f"{threshold:g}",) if stated or constitutional else MAJORITY
    return Expect((PASSED if passed else FAILED, (votes(yes), one_decimal(share)), rule),
                  never=FAILED if passed else PASSED)


def area_measure(path: Path, contest: str, region: str) -> Expect:
    """A statewide measure asked of a county's file: the county's Yes votes or share, the county named; whether it
    passed statewide the file cannot say."""
    tally = files.clarity_tally(path, contest)
    yes = next(n for name, n in tally.votes.items() if name.lower().startswith("yes"))
    no = next(n for name, n in tally.votes.items() if name.lower().startswith("no"))
    return Expect(((votes(yes), one_decimal(100 * yes / (yes + no))), (region,)))


# ------------------------------------------------------------------------------------------------ OpenElections
def cameron_votes(office: str, person: str, vote_type: str | None = None, precinct: str | None = None) -> Expect:
    """A person's votes in Cameron County, PA (one precinct, one vote type, or all)."""
    here = files.cameron_tally(office, precinct, vote_type).of(person)
    whole = files.cameron_tally(office).of(person)
    says = [(votes(here),)] + ([(precinct.lower(),)] if precinct else [])
    return Expect(tuple(says), never=(votes(whole),) if whole != here else ())


def cameron_winner(office: str, precinct: str | None = None) -> Expect:
    """Who won an office in Cameron County, PA (or one precinct of it), with their votes."""
    tally = files.cameron_tally(office, precinct)
    says = [(files.surname(tally.winner),), (votes(tally.votes[tally.winner]),)]
    return Expect(tuple(says + ([(precinct.lower(),)] if precinct else [])))


def cameron_turnout() -> Expect:
    """Ballots cast in Cameron County, PA (the file's "Ballots Cast" rows)."""
    cast, _ = files.cameron_turnout()
    return Expect(((votes(cast),),))


# ------------------------------------------------------------------------------------------------ generic ballot
def generic_leader(cycle: int) -> Expect:
    """Who leads a cycle's generic ballot: the party ahead in the README's average, said as the average's. The
    share is not compared: which of a poll's questions (likely, registered voters, adults) the average takes is the
    engine's choice the README does not state, and moves it by tenths."""
    dem, rep = files.generic_average(cycle)
    party = DEMOCRATS if dem > rep else REPUBLICANS
    return Expect((party, ("average", "promedio")))


def generic_latest(cycle: int) -> Expect:
    """A cycle's newest generic-ballot poll: its pollster and the Democrats' share."""
    newest = files.generic_newest(cycle)
    shares = {text for p in newest for text in (one_decimal(p.dem), f"{p.dem:g}")}  # 47.0 is written "47%" too
    return Expect((tuple(sorted({p.pollster.lower() for p in newest})), tuple(sorted(shares))))


# ------------------------------------------------------------------------------------------------ missing
def missing(named: str, instead: str | None = None, **args: Any) -> Expect:
    """A question about what the data lacks: the answer says so, naming it, and never answers `instead` (another
    derivation, with `args`): its figures said are another answer."""
    never: tuple[str, ...] = ()
    if instead:
        other = DERIVE[instead](**args)
        never = tuple(alt for group in other.says for alt in group if re.fullmatch(r"\d{3,}", alt))
    return Expect(((named,),), never=never, missing=True)


def only_area(region: str) -> Expect:
    """A whole state asked where the files hold one county's count of its race: the answer names that county and
    says the count is its only ("this count covers Atkinson County only"), or says the state's results are missing."""
    return Expect(((region,), ("only", "solo", "solamente", "unicamente", "no results", "no hay resultados")),
                  partial=True)


DERIVE: dict[str, Callable[..., Expect]] = {
    "state_winner": state_winner, "did_win": did_win, "state_votes": state_votes, "state_margin": state_margin,
    "state_turnout": state_turnout, "count_winner": count_winner, "count_votes": count_votes, "area_votes": area_votes,
    "area_winner": area_winner, "areas_won": areas_won, "vote_type_votes": vote_type_votes, "turnout": turnout,
    "measure": measure, "area_measure": area_measure, "cameron_votes": cameron_votes, "cameron_winner": cameron_winner,
    "cameron_turnout": cameron_turnout, "generic_leader": generic_leader, "generic_latest": generic_latest,
    "missing": missing, "only_area": only_area,
}
