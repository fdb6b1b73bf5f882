"""Expected answers of questions over the real files, read from the files themselves."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

from tests.engine.real_questions import words_of
from tests.sealed.expect import ANY_FIGURE, Expect, absent, day_forms, name_forms, number_forms
from tests.sealed.files import (
    FilePoll,
    FileRace,
    cameron_rows,
    clarity_counts,
    clarity_county_votes,
    generic_ballot_rows,
    medsl_rows,
    poll_races,
    shares,
)

CLARITY_CO = "clarity/co_2024_general_detail.xml"
CLARITY_GA = "clarity/ga_atkinson_2020_general_precinct.xml"
# The race each results contest was recorded to by today's importer (its summary names them).
CONTEST_RACE = {(CLARITY_CO, "Presidential Electors"): "colorado-u-s-president-2024",
                (CLARITY_GA, "US Senate (Perdue)"): "georgia-u-s-senate-class-ii-2020",
                (CLARITY_GA, "US Senate (Loeffler) - Special"): "georgia-u-s-senate-class-iii-2020"}


def race(state: str | None, office: str, cycle: int, district: int | None = None, special: bool = False) -> FileRace:
    """The one race of the files with these words."""
    found = [r for r in poll_races().values() if r.state == state and r.office == office and r.cycle == cycle
             and r.district == district and r.special == special]
    assert len(found) == 1, (state, office, cycle, district, special, [r.slug for r in found])
    return found[0]


def _sel(sel: dict[str, object]) -> FileRace:
    return race(**sel)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ people
# Given names the files write both ways for one person (found by pairing names of one state, party and surname).
NICKNAMES = {frozenset(p) for p in (("jim", "james"), ("jake", "jacob"), ("bernie", "bernard"))}


def _compatible(a: str, b: str) -> bool:
    """Same surname and given names that agree by equality, initial, prefix or nickname (middle names optional)."""
    wa, wb = words_of(a), words_of(b)
    ga, gb = wa[0], wb[0]
    return wa[-1] == wb[-1] and (ga == gb or (ga[0] == gb[0] and (min(len(ga), len(gb)) <= 2 or ga.startswith(gb)
                                                                 or gb.startswith(ga)))
                                 or frozenset((ga, gb)) in NICKNAMES)


@cache
def spellings(name: str) -> frozenset[str]:
    """Every spelling of one person in the files: compatible names of the same state and party, never two names
    of one race (Donald Trump and Donald Trump Jr.)."""
    homes = {(r.state, r.party.get(name, "")) for r in poll_races().values() if name in r.answers}
    assert homes, name
    rivals = {n for r in poll_races().values() if name in r.answers for n in r.answers}
    return frozenset(n for r in poll_races().values() for n in r.answers
                     if (r.state, r.party.get(n, "")) in homes and _compatible(n, name)
                     and (n == name or n not in rivals))


def races_of(name: str) -> list[FileRace]:
    names = spellings(name)
    return [r for r in poll_races().values() if names & set(r.answers)]


def _person(name: str, *says: tuple[str, ...], cycle: int | None = None, office: str | None = None) -> Expect:
    """About one person: the newest race they are in (or of `cycle`, `office`); several: "which race?" is right."""
    all_races = races_of(name)
    pool = [r for r in all_races if (cycle is None or r.cycle == cycle) and (office is None or r.office == office)]
    newest = max(r.cycle for r in pool)
    chosen = [r for r in pool if r.cycle == newest]
    forms = tuple(f for n in sorted(spellings(name)) for f in name_forms(n))
    return Expect(True, says=(forms, (ANY_FIGURE,), *says), slugs=frozenset(r.slug for r in chosen),
                  related=frozenset(r.slug for r in all_races), people=spellings(name), may_ask=len(chosen) > 1)


def person(name: str, cycle: int | None = None, office: str | None = None) -> Expect:
    """How is X doing, is X running, X polls: about X's newest race (of a cycle, of an office)."""
    return _person(name, cycle=cycle, office=office)


def compare(first: str, second: str, cycle: int | None = None) -> Expect:
    """X vs Y: the race both are in."""
    both = [r for r in races_of(first) if spellings(second) & set(r.answers) and (cycle is None or r.cycle == cycle)]
    newest = max(r.cycle for r in both)
    chosen = [r for r in both if r.cycle == newest]
    return Expect(True, says=(tuple(f for n in spellings(first) for f in name_forms(n)),
                              tuple(f for n in spellings(second) for f in name_forms(n))),
                  slugs=frozenset(r.slug for r in chosen), people=spellings(first) | spellings(second),
                  may_ask=len(chosen) > 1)


# ------------------------------------------------------------------------------------------------ races
def _in(r: FileRace, *says: tuple[str, ...], pollster: str | None = None) -> Expect:
    return Expect(True, says=tuple(says), slugs=frozenset({r.slug}), pollster=pollster)


def leader(**sel: object) -> Expect:
    """Who leads: one of the two most polled candidates, named in the answer."""
    r = _sel(sel)
    return _in(r, tuple(f for n in r.candidates[:2] for f in name_forms(n)))


def latest_poll(pollster: str | None = None, **sel: object) -> Expect:
    r = _sel(sel)
    polls = [p for p in r.polls.values() if pollster is None or p.pollster == pollster]
    if not polls:
        return absent(pollster or "poll", slugs={r.slug})
    newest = max(p.end for p in polls)
    return _in(r, tuple(p.pollster for p in polls if p.end == newest), pollster=pollster)


def poll_in_month(year: int, month: int, **sel: object) -> Expect:
    """A poll of a month: one whose field dates touch it, else "no poll that month"."""
    r = _sel(sel)
    first = dt.date(year, month, 1)
    polls = [p for p in r.polls.values() if p.start <= first.replace(day=28) and p.end >= first]
    if not polls:
        return absent(first.strftime("%B").lower(), slugs={r.slug})
    return _in(r, tuple(p.pollster for p in polls))


def pollsters(**sel: object) -> Expect:
    """Who polled a race: the pollster with the most polls."""
    r = _sel(sel)
    counts = Counter(p.pollster for p in r.polls.values())
    most = max(counts.values())
    return _in(r, tuple(p for p, n in counts.items() if n == most))


def poll_count(**sel: object) -> Expect:
    r = _sel(sel)
    return _in(r, number_forms(len(r.polls)))


def candidates(**sel: object) -> Expect:
    """Who is running: every candidate the polls name."""
    r = _sel(sel)
    return _in(r, *(name_forms(n) for n in r.candidates))


def candidate_count(**sel: object) -> Expect:
    r = _sel(sel)
    return _in(r, number_forms(len(r.candidates)))


def _pollster_poll(r: FileRace, pollster: str) -> FilePoll:
    polls = [p for p in r.polls.values() if p.pollster == pollster]
    poll = max(polls, key=lambda p: p.end)
    assert poll.uniform, (r.slug, pollster)
    return poll


def poll_attribute(pollster: str, attribute: str, **sel: object) -> Expect:
    """A field of the newest poll of a pollster in a race: sample_size, method, field_dates, population, sponsor."""
    r = _sel(sel)
    poll = _pollster_poll(r, pollster)
    match attribute:
        case "sample_size":
            return _in(r, number_forms(int(float(poll.sample_size))), pollster=pollster)
        case "method":
            return _in(r, (poll.method,), pollster=pollster)
        case "field_dates":
            return _in(r, day_forms(poll.start), day_forms(poll.end), pollster=pollster)
        case "sponsor":
            return _in(r, tuple(s.strip() for s in poll.sponsors.split(",")), pollster=pollster)
    raise ValueError(attribute)


def poll_share(pollster: str, name: str, **sel: object) -> Expect:
    """A candidate's share in a pollster's newest poll of a race."""
    r = _sel(sel)
    poll = _pollster_poll(r, pollster)
    return Expect(True, says=(number_forms(shares(poll)[name]),), slugs=frozenset({r.slug}), pollster=pollster,
                  people=spellings(name))


# ------------------------------------------------------------------------------------------------ results
def _count(path: str, contest: str) -> list[tuple[str, int]]:
    return clarity_counts(path)[contest].ranked


def _choice_forms(choice: str) -> tuple[str, ...]:
    """A results choice ("Jon Ossoff (Dem)", "Kamala D. Harris / Tim Walz"): its first person's name forms."""
    head = choice.split(" / ")[0].split(" (")[0]
    return name_forms(head)


def count_winner(path: str, contest: str) -> Expect:
    top, votes = _count(path, contest)[0]
    return Expect(True, says=(_choice_forms(top), number_forms(votes)), slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_rank(path: str, contest: str, place: int) -> Expect:
    choice, votes = _count(path, contest)[place - 1 if place > 0 else place]
    return Expect(True, says=(_choice_forms(choice), number_forms(votes)),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_votes(path: str, contest: str, choice_word: str) -> Expect:
    """A candidate's votes in a count ("ossoff")."""
    choice, votes = next((c, v) for c, v in _count(path, contest) if choice_word in c.casefold())
    return Expect(True, says=(number_forms(votes),), slugs=frozenset({CONTEST_RACE[path, contest]}),
                  people=frozenset({choice.split(" (")[0]}))


def county_votes(path: str, contest: str, choice_word: str, county: str) -> Expect:
    """A candidate's votes in one county of a statewide Clarity file (the file has them; the race keeps totals)."""
    votes = clarity_county_votes(path, contest, choice_word, county)
    return Expect(True, says=(number_forms(votes),), slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_total(path: str, contest: str) -> Expect:
    total = sum(v for _, v in _count(path, contest))
    return Expect(True, says=(number_forms(total),), slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_margin(path: str, contest: str) -> Expect:
    (_, a), (_, b) = _count(path, contest)[:2]
    total = sum(v for _, v in _count(path, contest))
    points = round(100 * (a - b) / total, 1)
    return Expect(True, says=(number_forms(a - b) + number_forms(points),),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_candidates(path: str, contest: str) -> Expect:
    return Expect(True, says=(number_forms(len(_count(path, contest))),),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


# ------------------------------------------------------------------------------------------- files not loaded
def _medsl_name(candidate: str) -> str:
    """ "TRUMP, DONALD J." -> "Donald J. Trump"."""
    surname, _, given = candidate.partition(", ")
    return f"{given} {surname}".title().strip()


def medsl_votes(state_po: str, surname: str) -> Expect:
    """A candidate's official 2024 votes in a state (MEDSL; today's importer rejects the file)."""
    votes = sum(int(r["votes"]) for r in medsl_rows() if r["state_po"] == state_po
                and r["candidate"].partition(",")[0] == surname.upper())
    assert votes
    return Expect(True, says=(number_forms(votes),))


def medsl_winner(state_po: str) -> Expect:
    totals = Counter[str]()
    for row in medsl_rows():
        if row["state_po"] == state_po and row["writein"] != "TRUE":
            totals[_medsl_name(row["candidate"])] += int(row["votes"])
    top, votes = totals.most_common(1)[0]
    return Expect(True, says=(name_forms(top), number_forms(votes)))


def cameron_votes(office: str, surname: str) -> Expect:
    """A candidate's votes in Cameron County, PA (OpenElections; today's importer rejects the file)."""
    votes = sum(int(r["votes"]) for r in cameron_rows() if r["office"] == office
                and surname.casefold() in r["candidate"].casefold())
    assert votes
    return Expect(True, says=(number_forms(votes),))


def cameron_ballots() -> Expect:
    ballots = sum(int(r["votes"]) for r in cameron_rows() if r["office"] == "Ballots Cast")
    return Expect(True, says=(number_forms(ballots),))


def generic_latest(cycle: int) -> Expect:
    """The newest generic-ballot poll of a cycle (a wide file today's importer rejects)."""
    rows = [r for r in generic_ballot_rows() if r["cycle"] == str(cycle)]
    newest = max(dt.datetime.strptime(r["end_date"], "%m/%d/%y").date() for r in rows)
    return Expect(True, says=(tuple({r["pollster"] for r in rows
                                     if dt.datetime.strptime(r["end_date"], "%m/%d/%y").date() == newest}),))


def nothing(missing: tuple[str, ...], around: dict[str, object] | None = None) -> Expect:
    """A place, group or kind of data the files do not have (`around`: the race it is asked of)."""
    return absent(*missing, slugs={_sel(around).slug} if around else ())  # type: ignore[arg-type]


def no_race(state: str | None, office: str, cycle: int | None = None, district: int | None = None,
            words: str = "") -> Expect:
    """A race the files do not have (checked)."""
    assert not any(r.state == state and r.office == office and (cycle is None or r.cycle == cycle)
                   and (district is None or r.district == district) for r in poll_races().values())
    return absent(words or f"{state} {office} {cycle or ''}".strip())


def no_person(surname: str) -> Expect:
    """A surname no candidate of the files has (checked): a different person from the candidate it resembles."""
    assert not any(words_of(n)[-1] == surname for r in poll_races().values() for n in r.answers), surname
    return absent(surname)


DERIVE = {f.__name__: f for f in (
    person, compare, leader, latest_poll, poll_in_month, pollsters, poll_count, candidates, candidate_count,
    poll_attribute, poll_share, count_winner, count_rank, count_votes, county_votes, count_total, count_margin,
    count_candidates, medsl_votes, medsl_winner, cameron_votes, cameron_ballots, generic_latest, nothing, no_race,
    no_person)}
