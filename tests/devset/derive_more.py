"""Derivations the sealed set lacks, read from the same bundles and files with the sealed set's readers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tests.sealed.bundle import LaPoll, la_race
from tests.sealed.derive_files import CONTEST_RACE, _choice_forms, _pollster_poll, _sel, spellings
from tests.sealed.derive_la import ASKED_ON, LA, pollster_forms
from tests.sealed.expect import Expect, absent, day_forms, name_forms, number_forms
from tests.sealed.files import SHARED, clarity_counts, clarity_county_votes, shares

# A poll's population code and the words an answer may use for it (English and Spanish).
POPULATION_WORDS = {"lv": ("likely", "probable*"), "rv": ("registered", "registrad*"),
                    "a": ("adults", "adult", "adultos"), "v": ("voters", "votantes")}


def _la(*says: tuple[str, ...], people: tuple[str, ...] = (), pollster: str | None = None) -> Expect:
    return Expect(True, says=tuple(says), slugs=LA, people=frozenset(people), pollster=pollster)


def _la_poll(pollster: str, month: tuple[int, int] | None) -> LaPoll:
    """A pollster's newest LA poll (of a month)."""
    polls = [p for p in la_race().polls_by(pollster) if month is None or (p.as_of.year, p.as_of.month) == month]
    newest = max(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == newest]
    assert len(found) == 1, (pollster, month, [p.id for p in found])
    return found[0]


# ------------------------------------------------------------------------------------------------ LA
def days_until(stage: str) -> Expect:
    """How many days from the day asked to a stage's election day."""
    days = (la_race().stages[stage] - ASKED_ON).days
    assert days > 0, stage
    return _la(number_forms(days))


def la_poll_count() -> Expect:
    """How many polls of the race the bundles hold."""
    return _la(number_forms(len(la_race().polls)))


def endorsement_count(candidate: str) -> Expect:
    """How many endorsements a candidate has: distinct endorsers, or every endorsement row."""
    rows = [e for e in la_race().endorsements if e["candidate"] == candidate]
    counts = sorted({len(rows), len({e["endorser"] for e in rows})})
    return _la(tuple(f for n in counts for f in number_forms(n)), people=(candidate,))


def la_poll_population(pollster: str, month: tuple[int, int] | None = None) -> Expect:
    """Whom a pollster's newest poll (of a month) asked: likely or registered voters."""
    poll = _la_poll(pollster, month)
    assert poll.population in ("lv", "rv"), poll.population
    return _la(POPULATION_WORDS[poll.population], pollster=pollster)


def la_poll_share(pollster: str, person: str, month: tuple[int, int] | None = None) -> Expect:
    """A candidate's share in a pollster's newest poll (of a month)."""
    poll = _la_poll(pollster, month)
    return _la(number_forms(poll.results[person]), people=(person,), pollster=pollster)


def la_poll_leader(pollster: str, month: tuple[int, int] | None = None) -> Expect:
    """Who leads a pollster's newest poll (of a month), with the leader's share."""
    poll = _la_poll(pollster, month)
    top = max(poll.results, key=lambda name: poll.results[name])
    return _la(name_forms(top), number_forms(poll.results[top]), pollster=pollster)


def gap(first: str, second: str, stage: str) -> Expect:
    """How far apart two candidates finished in a stage: points or votes."""
    a, b = la_race().result(stage, first), la_race().result(stage, second)
    points = round(abs(a["pct"] - b["pct"]), 2)
    return _la(number_forms(points) + number_forms(abs(a["votes"] - b["votes"])), people=(first, second))


def place_of(person: str, stage: str) -> Expect:
    """Where a candidate finished in a stage: the place as a number or an ordinal, and the name."""
    ranked = [r["candidate"] for r in la_race().ranked(stage)]
    place = ranked.index(person) + 1
    return _la(name_forms(person), _place_forms(place, len(ranked)), people=(person,))


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth")
ORDINALES = ("primer*", "segund*", "tercer*", "cuart*", "quint*", "sext*", "septim*", "octav*", "noven*", "decim*",
             "undecim*", "duodecim*")


def _place_forms(place: int, of: int) -> tuple[str, ...]:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(place if place < 20 else place % 10, "th")
    forms = [f"{place}{suffix}", f"#{place}", f"{place}º", f"{place}o", ORDINALS[place - 1], ORDINALES[place - 1],
             f"{place} of {of}", f"{place}/{of}"]
    if place == of:
        forms += ["last", "ultimo", "ultima"]
    return tuple(forms)


def newest_poll_day() -> Expect:
    """When the newest poll of the race was taken (its last field day, or the day it was reported)."""
    newest = max(p.as_of for p in la_race().polls)
    return _la(day_forms(newest))


def endorser_kinds_of(endorser: str) -> Expect:
    """Whom one endorser backed and as what kind of endorser (a newspaper, a union)."""
    chosen = sorted({e["candidate"] for e in la_race().endorsements if e["endorser"] == endorser})
    return Expect(True, says=tuple(name_forms(c) for c in chosen) + (pollster_forms(endorser),))


def endorsers_by_type(endorser_type: str) -> Expect:
    """Every endorser of one kind (newspapers, unions, celebrities) in the race, whomever they backed."""
    names = list(dict.fromkeys(e["endorser"] for e in la_race().endorsements if e["endorser_type"] == endorser_type))
    assert names, endorser_type
    others = [e["endorser"] for e in la_race().endorsements if e["endorser_type"] != endorser_type][:5]
    return Expect(True, says=tuple(name_forms(n) for n in names), excludes=tuple(others))


def top_two(stage: str) -> Expect:
    """Who made the top two of a stage (in a top-two primary: who made the runoff)."""
    first, second = la_race().ranked(stage)[:2]
    return _la(name_forms(first["candidate"]), name_forms(second["candidate"]))


def withdrawn_count() -> Expect:
    """How many candidates dropped out: those who stayed on the ballot, or every one counting one who left early."""
    gone = [n for n, c in la_race().candidates.items() if c.get("status") == "withdrawn"]
    on_ballot = [n for n in gone if any(r["candidate"] == n for r in la_race().results["primary"])]
    return _la(tuple(f for n in sorted({len(on_ballot), len(gone)}) for f in number_forms(n)))


def endorser_type_count(endorser_type: str, candidate: str | None = None) -> Expect:
    """How many endorsers of one kind (newspapers, unions, celebrities) backed a candidate, or anyone."""
    names = {e["endorser"] for e in la_race().endorsements if e["endorser_type"] == endorser_type
             and (candidate is None or e["candidate"] == candidate)}
    assert names, (endorser_type, candidate)
    return _la(number_forms(len(names)), people=(candidate,) if candidate else ())


def endorsement_date(endorser: str, candidate: str) -> Expect:
    """When one endorser backed a candidate (the day the bundle gives, the newest if several)."""
    days = [e["date"] for e in la_race().endorsements if e["endorser"] == endorser and e["candidate"] == candidate
            and e.get("date")]
    assert days, (endorser, candidate)
    return _la(day_forms(max(days)), people=(candidate,))


def registered_voters() -> Expect:
    """How many registered voters the city had (the number a source states)."""
    found = re.search(r"Registered voters ([\d,]+)", la_race().text)
    assert found
    return _la(number_forms(int(found.group(1).replace(",", ""))))


def la_pollster_poll_count(pollster: str) -> Expect:
    """How many LA polls one pollster has: its entries, or its releases (a likely- and a registered-voter figure of
    one release are one poll)."""
    polls = la_race().polls_by(pollster)
    assert polls, pollster
    counts = sorted({len(polls), len({p.as_of for p in polls})})
    return _la(tuple(f for n in counts for f in number_forms(n)), pollster=pollster)


def first_poll_day() -> Expect:
    """When the race's first poll was taken: its first or last field day (or the day it was reported)."""
    first = min(la_race().polls, key=lambda p: p.as_of)
    return _la(tuple(dict.fromkeys(day_forms(first.as_of) + (day_forms(first.start) if first.start else ()))))


def la_max_share(person: str) -> Expect:
    """The highest share any poll of the race gave a candidate (its first question)."""
    polls = [p for p in la_race().polls if person in p.results]
    best = max(p.results[person] for p in polls)
    return _la(number_forms(best), people=(person,))


def out_in_primary() -> Expect:
    """Who did not make the top two of the primary: any of the others on the ballot (the third named at least)."""
    rest = [r["candidate"] for r in la_race().ranked("primary")[2:]]
    return _la(tuple(f for n in rest for f in name_forms(n)))


def la_population_count(population: str) -> Expect:
    """How many LA polls asked one population (likely or registered voters)."""
    count = sum(p.population == population for p in la_race().polls)
    assert count, population
    return _la(number_forms(count))


def la_population_latest_poll(population: str) -> Expect:
    """The newest LA poll of one population (likely or registered voters): its pollster and its leader's share."""
    polls = [p for p in la_race().polls if p.population == population]
    newest = max(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == newest]
    assert len(found) == 1, population
    return _la(pollster_forms(found[0].pollster), number_forms(max(found[0].results.values())))


def stage_change(person: str) -> Expect:
    """A candidate's primary and general results side by side (did X do better in the runoff than the primary):
    the share or votes of each stage."""
    first, second = la_race().result("primary", person), la_race().result("general", person)
    return _la(number_forms(first["pct"]) + number_forms(first["votes"]),
               number_forms(second["pct"]) + number_forms(second["votes"]), people=(person,))


def la_pollster_count() -> Expect:
    """How many pollsters polled the race: the named ones, or every one counting the unnamed pollster."""
    every = {p.pollster for p in la_race().polls}
    named = {n for n in every if not n.startswith("Not named")}
    return _la(tuple(f for n in sorted({len(named), len(every)}) for f in number_forms(n)))


def days_between(first: str, second: str) -> Expect:
    """How many days apart two stages' election days are."""
    days = (la_race().stages[second] - la_race().stages[first]).days
    assert days > 0, (first, second)
    return _la(number_forms(days))


DERIVE_LA = {f.__name__: f for f in (
    days_until, la_poll_count, endorsement_count, la_poll_population, la_poll_share, la_poll_leader, gap, place_of,
    newest_poll_day, endorser_kinds_of, endorsers_by_type, top_two, withdrawn_count, endorser_type_count,
    endorsement_date, registered_voters, la_pollster_poll_count, first_poll_day, la_max_share, out_in_primary,
    la_population_count, la_population_latest_poll, stage_change, la_pollster_count, days_between)}


# ------------------------------------------------------------------------------------------------ files
def file_poll_population(pollster: str, **sel: object) -> Expect:
    """Whom a pollster's newest poll of a race asked: likely or registered voters, adults."""
    r = _sel(sel)
    poll = _pollster_poll(r, pollster)
    return Expect(True, says=(POPULATION_WORDS[poll.population],), slugs=frozenset({r.slug}), pollster=pollster)


def newest_poll_date(**sel: object) -> Expect:
    """The last field day of a race's newest poll."""
    r = _sel(sel)
    return Expect(True, says=(day_forms(max(p.end for p in r.polls.values())),), slugs=frozenset({r.slug}))


def first_poll_date(**sel: object) -> Expect:
    """The last field day of a race's oldest poll."""
    r = _sel(sel)
    return Expect(True, says=(day_forms(min(p.end for p in r.polls.values())),), slugs=frozenset({r.slug}))


def pollster_poll_count(pollster: str, **sel: object) -> Expect:
    """How many polls of a race one pollster has."""
    r = _sel(sel)
    count = sum(p.pollster == pollster for p in r.polls.values())
    assert count, (pollster, r.slug)
    return Expect(True, says=(number_forms(count),), slugs=frozenset({r.slug}), pollster=pollster)


def person_share(pollster: str, name: str, **sel: object) -> Expect:
    """A person's share in a pollster's newest poll, the name written as the files spell it."""
    r = _sel(sel)
    poll = _pollster_poll(r, pollster)
    share = next(v for k, v in poll.shares.items() if k in spellings(name))
    return Expect(True, says=(number_forms(share),), slugs=frozenset({r.slug}), pollster=pollster,
                  people=spellings(name))


def file_poll_leader(pollster: str, **sel: object) -> Expect:
    """Who leads a pollster's newest poll of a race, with the leader's share."""
    r = _sel(sel)
    poll = _pollster_poll(r, pollster)
    top = max(shares(poll), key=lambda name: shares(poll)[name])
    return Expect(True, says=(name_forms(top), number_forms(shares(poll)[top])), slugs=frozenset({r.slug}),
                  pollster=pollster)


def pollster_count(**sel: object) -> Expect:
    """How many different pollsters polled a race."""
    r = _sel(sel)
    return Expect(True, says=(number_forms(len({p.pollster for p in r.polls.values()})),), slugs=frozenset({r.slug}))


def stage_latest_poll(stage: str, **sel: object) -> Expect:
    """The newest poll of one stage of a race (a runoff, a jungle primary): its pollster; none, "no such poll"."""
    r = _sel(sel)
    polls = [p for p in r.polls.values() if p.stage == stage]
    if not polls:
        return absent(stage, slugs={r.slug})
    newest = max(p.end for p in polls)
    return Expect(True, says=(tuple(dict.fromkeys(p.pollster for p in polls if p.end == newest)),),
                  slugs=frozenset({r.slug}))


def population_latest_poll(population: str, **sel: object) -> Expect:
    """The newest poll of a race among one population (likely or registered voters, adults): its pollster."""
    r = _sel(sel)
    polls = [p for p in r.polls.values() if p.population == population]
    assert polls, (population, r.slug)
    newest = max(p.end for p in polls)
    return Expect(True, says=(tuple(dict.fromkeys(p.pollster for p in polls if p.end == newest)),),
                  slugs=frozenset({r.slug}))


def count_place(path: str, contest: str, choice_word: str) -> Expect:
    """Where one choice finished in a results count: the place as a number or an ordinal."""
    ranked = clarity_counts(path)[contest].ranked
    place = next(i for i, (c, _) in enumerate(ranked, 1) if choice_word in c.casefold())
    return Expect(True, says=(_place_forms(place, len(ranked)),), slugs=frozenset({CONTEST_RACE[path, contest]}))


def count_gap(path: str, contest: str, first_word: str, second_word: str) -> Expect:
    """How many votes apart two choices of a results count finished."""
    votes = dict(clarity_counts(path)[contest].ranked)
    a = next(v for c, v in votes.items() if first_word in c.casefold())
    b = next(v for c, v in votes.items() if second_word in c.casefold())
    return Expect(True, says=(number_forms(abs(a - b)),), slugs=frozenset({CONTEST_RACE[path, contest]}))


def county_winner(path: str, contest: str, county: str) -> Expect:
    """Who carried one county of a statewide results file, with the votes there."""
    votes = {c: clarity_county_votes(path, contest, c.casefold(), county) for c in clarity_counts(path)[contest].votes}
    top = max(votes, key=lambda c: votes[c])
    return Expect(True, says=(_choice_forms(top), number_forms(votes[top])),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def clarity_turnout(path: str, county: str | None = None) -> Expect:
    """A results file's turnout (statewide, or of one county): ballots cast or the share of voters."""
    root = ET.parse(SHARED / path).getroot()
    if county:
        found = next(c for c in root.iter("County") if c.get("name") == county and c.get("ballotsCast"))
    else:
        found = next(e for e in root if e.tag in ("ElectionVoterTurnout", "VoterTurnout"))
    ballots, share = int(found.get("ballotsCast", "0")), float(found.get("voterTurnout", "0"))
    assert ballots and share, (path, county)
    slugs = frozenset(slug for (file, _), slug in CONTEST_RACE.items() if file == path)
    return Expect(True, says=(number_forms(ballots) + number_forms(share),), slugs=slugs)


def file_max_share(name: str, **sel: object) -> Expect:
    """The highest share any poll of a race gave one person (any question)."""
    r = _sel(sel)
    best = max(v for p in r.polls.values() for k, v in shares(p).items() if k in spellings(name))
    return Expect(True, says=(number_forms(best),), slugs=frozenset({r.slug}), people=spellings(name))


def _medsl_tally(state_po: str):  # noqa: ANN202 - a results_set Tally
    from tests.results_set.files import medsl_states
    from tests.sealed.files import medsl_rows
    state = next(r["state"] for r in medsl_rows() if r["state_po"] == state_po)
    return medsl_states()[state]


def medsl_total(state_po: str) -> Expect:
    """All 2024 presidential votes cast in a state (MEDSL): the contest's total, or the candidates' sum."""
    tally = _medsl_tally(state_po)
    return Expect(True, says=(tuple(f for n in sorted({tally.total, sum(tally.votes.values())})
                                    for f in number_forms(n)),))


def medsl_margin(state_po: str) -> Expect:
    """How many votes (or points of all votes cast) the 2024 presidential winner of a state won by (MEDSL)."""
    tally = _medsl_tally(state_po)
    (_, a), (_, b) = tally.ranked()[:2]
    points = round(100 * (a - b) / tally.total, 1)
    return Expect(True, says=(number_forms(a - b) + number_forms(points),))


def cameron_registered() -> Expect:
    """Cameron County, PA's registered voters in 2024 (OpenElections)."""
    from tests.results_set.files import cameron_turnout
    registered = cameron_turnout()[1]
    assert registered
    return Expect(True, says=(number_forms(registered),))


def cameron_winner(office: str) -> Expect:
    """Who carried Cameron County, PA for an office in 2024, with the votes (OpenElections)."""
    from tests.results_set.files import cameron_tally
    top, votes = cameron_tally(office).ranked()[0]
    return Expect(True, says=(name_forms(top.split(" / ")[0]), number_forms(votes)))


DERIVE_FILES = {f.__name__: f for f in (
    file_poll_population, newest_poll_date, first_poll_date, pollster_poll_count, person_share, file_poll_leader,
    pollster_count, stage_latest_poll, population_latest_poll, count_place, count_gap, county_winner,
    clarity_turnout, file_max_share, medsl_total, medsl_margin, cameron_registered, cameron_winner)}


# ------------------------------------------------------------------------------------------------ LA (fresh9)
# Polls picked by two constraints at once (a pollster and a month, a population, a group of voters), what a poll
# lacks, and facts asked indirectly (the last poll before a stage, the dropouts who endorsed someone).
def _la_polls(pollster: str | None = None, month: tuple[int, int] | None = None, population: str | None = None,
              year: int | None = None) -> list[LaPoll]:
    """The LA polls of a pollster, a month (of the day a poll is dated by), a population and a year, each if given."""
    return [p for p in la_race().polls if (pollster is None or p.pollster == pollster)
            and (month is None or (p.as_of.year, p.as_of.month) == month)
            and (population is None or p.population == population)
            and (year is None or p.as_of.year == year)]


def la_poll_pick(pollster: str, month: tuple[int, int] | None = None, population: str | None = None,
                 person: str | None = None) -> Expect:
    """One poll picked by pollster, month and population (the newest such, which must be one): a person's share,
    or else its leader with the leader's share."""
    polls = _la_polls(pollster, month, population)
    newest = max(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == newest]
    assert len(found) == 1, (pollster, month, population, [p.id for p in found])
    poll = found[0]
    if person:
        return _la(number_forms(poll.results[person]), people=(person,), pollster=pollster)
    top = max(poll.results, key=lambda name: poll.results[name])
    return _la(name_forms(top), number_forms(poll.results[top]), pollster=pollster)


def _la_group_rows(group: str, person: str | None, pollster: str | None, month: tuple[int, int] | None,
                   population: str | None) -> list[dict]:
    """The subgroups named by `group` in the polls picked, with a figure for `person` (if given); exactly one."""
    found = [g for p in _la_polls(pollster, month, population) for g in p.subgroups
             if group.casefold() in g["name"].casefold() and (person is None or person in g.get("results", {}))]
    assert len(found) == 1, (group, person, pollster, month, population, [g["name"] for g in found])
    return found


def la_group_share(person: str, group: str, pollster: str | None = None, month: tuple[int, int] | None = None,
                   population: str | None = None) -> Expect:
    """A candidate's figure among one group of voters in one poll (picked by pollster, month and population)."""
    row = _la_group_rows(group, person, pollster, month, population)[0]
    return _la(number_forms(row["results"][person]), people=(person,), pollster=pollster)


def la_groups_share(person: str, groups: tuple[str, ...], pollster: str, month: tuple[int, int] | None = None,
                    population: str | None = None) -> Expect:
    """A candidate's figures among two or more groups of one poll (did X do better with A or with B): each."""
    figures = [_la_group_rows(g, person, pollster, month, population)[0]["results"][person] for g in groups]
    return _la(*(number_forms(f) for f in figures), people=(person,), pollster=pollster)


def la_group_leader(group: str, pollster: str, month: tuple[int, int] | None = None,
                    population: str | None = None) -> Expect:
    """Who led one group of voters in one poll: the leader the source names, or the highest figure."""
    row = _la_group_rows(group, None, pollster, month, population)[0]
    results = row.get("results", {})
    top = row.get("leader") or max(results, key=lambda name: results[name])
    return _la(name_forms(top), pollster=pollster)


def la_no_group(group: str, pollster: str, month: tuple[int, int] | None = None) -> Expect:
    """A group of voters a pollster's LA poll(s) never report (other pollsters' polls may): no such figure."""
    polls = _la_polls(pollster, month)
    assert polls, (pollster, month)
    assert not any(group.casefold() in g["name"].casefold() for p in polls for g in p.subgroups), (group, pollster)
    return absent(group, slugs=LA)


def la_no_poll(missing: tuple[str, ...], pollster: str | None = None, month: tuple[int, int] | None = None,
               population: str | None = None, year: int | None = None) -> Expect:
    """No LA poll of that pollster, month, population or year (the pollster itself polled the race): say so."""
    assert pollster is None or la_race().polls_by(pollster), pollster
    assert not _la_polls(pollster, month, population, year), (pollster, month, population, year)
    return absent(*missing, slugs=LA)


MISSING_WORDS = {"sample_size": ("sample size", "sample", "muestra"), "field_dates": ("field dates", "dates", "fechas"),
                 "sponsor": ("sponsor*", "patrocin*"), "method": ("method*", "metodo")}


def la_poll_unknown(attribute: str, pollster: str | None = None) -> Expect:
    """A field the newest LA poll (of a pollster) does not give (sample size, field dates, sponsor): say so."""
    polls = _la_polls(pollster)
    newest = max(p.as_of for p in polls)
    for poll in (p for p in polls if p.as_of == newest):
        value = {"sample_size": poll.sample_size, "field_dates": poll.start or poll.end, "sponsor": poll.sponsors,
                 "method": poll.method}[attribute]
        assert not value, (poll.id, attribute)
    return absent(*MISSING_WORDS[attribute], slugs=LA)


def la_poll_before(stage: str) -> Expect:
    """The last LA poll dated before a stage's election day: its pollster and its leader's share."""
    polls = [p for p in la_race().polls if p.as_of < la_race().stages[stage]]
    newest = max(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == newest]
    assert len(found) == 1, stage
    return _la(pollster_forms(found[0].pollster), number_forms(max(found[0].results.values())))


def la_poll_after(stage: str) -> Expect:
    """The first LA poll dated after a stage's election day: its pollster and its leader's share."""
    polls = [p for p in la_race().polls if p.as_of > la_race().stages[stage]]
    first = min(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == first]
    assert len(found) == 1, stage
    return _la(pollster_forms(found[0].pollster), number_forms(max(found[0].results.values())))


def la_month_sponsor(year: int, month: int) -> Expect:
    """Who paid for the LA poll(s) of one month (the sponsor, in full or its name's start)."""
    polls = _la_polls(month=(year, month))
    sponsors = {s for p in polls for s in p.sponsors}
    assert len(polls) == 1 and sponsors, (year, month)
    forms = tuple(f for s in sorted(sponsors) for f in (*pollster_forms(s), " ".join(s.split()[:4])))
    return _la(tuple(dict.fromkeys(forms)))


def no_place(stage: str, place: int) -> Expect:
    """A place nobody finished in (third in a two-candidate general): there is none."""
    count = len(la_race().results[stage])
    assert place > count, (stage, place)
    return absent(ORDINALS[place - 1], ORDINALES[place - 1], f"only {count}", slugs=LA)


def withdrawn_endorsers(candidate: str) -> Expect:
    """Which candidates who dropped out endorsed a candidate: each of them."""
    gone = {n for n, c in la_race().candidates.items() if c.get("status") == "withdrawn"}
    names = sorted({e["endorser"] for e in la_race().endorsements if e["candidate"] == candidate
                    and e["endorser"] in gone})
    assert names, candidate
    return _la(*(name_forms(n) for n in names), people=(candidate, *names))


def withdrawn_off_ballot() -> Expect:
    """Who dropped out before the ballot was set (a withdrawn candidate with no primary result)."""
    on_ballot = {r["candidate"] for r in la_race().results["primary"]}
    names = [n for n, c in la_race().candidates.items() if c.get("status") == "withdrawn" and n not in on_ballot]
    assert names
    return _la(*(name_forms(n) for n in names), people=tuple(names))


def endorsers_described(candidate: str, words: tuple[str, ...], without: tuple[str, ...] = ()) -> Expect:
    """A candidate's endorsers whose description says what they are (U.S. Senator, City Council member): each of
    them, and none of the candidate's other endorsers."""
    def fits(e: dict) -> bool:
        text = e.get("endorser_description") or ""
        return any(w in text for w in words) and not any(w in text for w in without)
    rows = [e for e in la_race().endorsements if e["candidate"] == candidate]
    names = list(dict.fromkeys(e["endorser"] for e in rows if fits(e)))
    assert names, (candidate, words)
    others = [n for n in dict.fromkeys(e["endorser"] for e in rows) if n not in names
              and not any(fits(e) or any(w.split()[-1] in (e.get("endorser_description") or "") for w in words)
                          for e in rows if e["endorser"] == n)][:5]
    running = [n for n in names if n in la_race().candidates]  # an endorser who ran too (Buscaino) is named
    return Expect(True, says=tuple(name_forms(n) for n in names), slugs=LA, people=frozenset({candidate, *running}),
                  excludes=tuple(others))


# A candidate's final status as Spanish answers also write it ("quedó eliminado", "se retiró").
STATUS_WORDS_ES = {"won": ("gano", "ganador*", "electa", "electo"), "lost": ("perdio",),
                   "eliminated": ("eliminad*", "perdio"), "withdrawn": ("retir*",)}


def outcome_es(person: str) -> Expect:
    """Did X win, lose, make the runoff (asked in Spanish): the name and the final status in English or Spanish."""
    from tests.sealed.derive_la import STATUS_WORDS
    status = la_race().candidates[person].get("status", "")
    return _la(name_forms(person), STATUS_WORDS[status] + STATUS_WORDS_ES[status], people=(person,))


DERIVE_LA.update({f.__name__: f for f in (
    outcome_es, la_poll_pick, la_group_share, la_groups_share, la_group_leader, la_no_group, la_no_poll,
    la_poll_unknown, la_poll_before, la_poll_after, la_month_sponsor, no_place, withdrawn_endorsers,
    withdrawn_off_ballot, endorsers_described)})
# ------------------------------------------------------------------------------------------------ files (fresh10)
def not_running(name: str, missing: tuple[str, ...], cycle: int | None = None, office: str | None = None) -> Expect:
    """A person of the files asked about a cycle or office they have no race in (checked against every race of
    theirs): the answer says there is none, never their other race's figures as if asked."""
    from tests.sealed.derive_files import races_of
    found = races_of(name)
    assert found, name
    assert not any((cycle is None or r.cycle == cycle) and (office is None or r.office == office) for r in found), \
        (name, cycle, office)
    return absent(*missing)


def count_share(path: str, contest: str, choice_word: str) -> Expect:
    """A choice's share of all votes of a results count (percent, one decimal or two)."""
    votes = clarity_counts(path)[contest].votes
    total = sum(votes.values())
    got = next(v for c, v in votes.items() if choice_word in c.casefold())
    share = 100 * got / total
    return Expect(True, says=(tuple(dict.fromkeys(number_forms(round(share, 1)) + number_forms(round(share, 2)))),),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def clarity_voters(path: str, county: str | None = None) -> Expect:
    """A results file's registered voters (statewide, or of one county): the `totalVoters` it states."""
    root = ET.parse(SHARED / path).getroot()
    if county:
        found = next(c for c in root.iter("County") if c.get("name") == county and c.get("totalVoters"))
    else:
        found = next(e for e in root if e.tag in ("ElectionVoterTurnout", "VoterTurnout"))
    voters = int(found.get("totalVoters", "0"))
    assert voters, (path, county)
    slugs = frozenset(slug for (file, _), slug in CONTEST_RACE.items() if file == path)
    return Expect(True, says=(number_forms(voters),), slugs=slugs)


def stage_poll_count(stage: str, **sel: object) -> Expect:
    """How many polls of one stage of a race (a runoff, a jungle primary) the files hold."""
    r = _sel(sel)
    count = sum(p.stage == stage for p in r.polls.values())
    assert count, (stage, r.slug)
    return Expect(True, says=(number_forms(count),), slugs=frozenset({r.slug}))


DERIVE_FILES.update({f.__name__: f for f in (not_running, count_share, clarity_voters, stage_poll_count)})
# ------------------------------------------------------------------------------------------------ fresh11: who is meant
from tests.engine.real_questions import fold, words_of  # noqa: E402
from tests.sealed.derive_files import _compatible  # noqa: E402
from tests.sealed.files import poll_races  # noqa: E402


def _la_people() -> dict[str, list[str]]:
    """Every person of the LA race (candidates and endorsers) by the names the bundles give them."""
    race = la_race()
    people = {name: [name, *entry.get("aliases", ())] for name, entry in race.candidates.items()}
    for e in race.endorsements:
        people.setdefault(e["endorser"], [e["endorser"], *e.get("endorser_aliases", ())])
    return people


def la_other_given(given: str, surname: str) -> Expect:
    """A surname of the LA race with a given name nobody of the race has ("john caruso", "selena gomez"): the data
    has no such person (checked: someone of the race has the surname, nobody has it with that given name, a
    nickname or an initial of it, and the bundles never write the two together)."""
    people = [a for names in _la_people().values() for a in names if words_of(a) and words_of(a)[-1] == surname]
    assert people, surname
    assert not any(_compatible(f"{given} {surname}", n) for n in people), (given, surname, people)
    assert not re.search(rf"\b{re.escape(given)} {re.escape(surname)}\b", fold(la_race().text)), (given, surname)
    return absent(f"{given} {surname}", slugs=LA)


def la_results_of(people: tuple[str, ...], stage: str) -> Expect:
    """Several named candidates' results in one stage ("bass caruso and de leon in the primary"): each one's name
    and share or votes."""
    groups: list[tuple[str, ...]] = []
    for person in people:
        row = la_race().result(stage, person)
        groups += [name_forms(person), number_forms(row["pct"]) + number_forms(row["votes"])]
    return _la(*groups, people=tuple(people))


DERIVE_LA.update({f.__name__: f for f in (la_other_given, la_results_of)})


def files_other_given(given: str, surname: str) -> Expect:
    """A surname of the files with a given name nobody of the files has ("john kelly", "kanye west"): no such person
    (checked: someone has the surname, nobody has it with that given name, a nickname or an initial of it)."""
    named = {n for r in poll_races().values() for n in r.answers if words_of(n)[-1] == surname}
    assert named, surname
    assert not any(_compatible(f"{given} {surname}", n) for n in named), (given, surname, sorted(named))
    return absent(f"{given} {surname}")


def absent_from_race(name: str, surname: str, **sel: object) -> Expect:
    """A person of the files asked of a race they are not in ("kari lake, arizona governor 2018"): the race has
    nobody of that surname (checked), and the person is in another race of the files."""
    r = _sel(sel)
    assert not any(surname in words_of(n) for n in r.answers), (surname, r.slug)
    assert any(name in race.answers for race in poll_races().values()), name
    return absent(surname, slugs={r.slug})


def race_people(names: tuple[str, ...], **sel: object) -> Expect:
    """Several people of one race named together ("sinema lake gallego 2024"): the race, each one named."""
    r = _sel(sel)
    for name in names:
        assert spellings(name) & set(r.answers), (name, r.slug)
    says = tuple(tuple(f for s in sorted(spellings(n)) for f in name_forms(s)) for n in names)
    return Expect(True, says=says, slugs=frozenset({r.slug}),
                  people=frozenset(s for n in names for s in spellings(n)))


DERIVE_FILES.update({f.__name__: f for f in (files_other_given, absent_from_race, race_people)})
# ------------------------------------------------------------------------------------------------ LA (fresh12)
# A stage's words, and the words of a withdrawal, an answer may use to say a candidate was not in that stage.
STAGE_WORDS = {"general": ("general", "runoff", "november", "noviembre", "segunda vuelta"),
               "primary": ("primary", "primaria", "ballot", "boleta", "june", "junio")}


def la_not_in_stage(person: str, stage: str) -> Expect:
    """A candidate asked of a stage they were not in (Lall's primary votes: she withdrew before the ballot was set):
    the answer says they have no result there (or that they withdrew, with a negation), never another candidate's
    or another stage's figures (checked: the candidate is in the race, and the stage's results do not list them)."""
    race = la_race()
    assert person in race.candidates, person
    assert not any(r["candidate"] == person for r in race.results[stage]), (person, stage)
    return absent(*STAGE_WORDS[stage], "withdr*", "dropped*", "retir*", slugs=LA)


DERIVE_LA.update({f.__name__: f for f in (la_not_in_stage,)})
# ------------------------------------------------------------------------------------------------ LA (fresh13)
# Facts of the LA race asked every way: a poll picked as the first or newest (of a pollster, month, population),
# one field of it; a candidate's lowest poll figure; a stage's count of candidates; a lead within one poll; counts of
# polls by year or month and of endorsements overall; who has the most endorsements or polls; a party; when a
# candidate who left early withdrew.
def _la_one_poll(pollster: str | None, month: tuple[int, int] | None, population: str | None,
                 which: str) -> LaPoll:
    """The newest (or first) LA poll picked by pollster, month and population: exactly one, or the row is unfair."""
    polls = _la_polls(pollster, month, population)
    assert polls, (pollster, month, population)
    day = (max if which == "newest" else min)(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == day]
    assert len(found) == 1, (pollster, month, population, which, [p.id for p in found])
    return found[0]


def la_poll_fact(attribute: str, pollster: str | None = None, month: tuple[int, int] | None = None,
                 population: str | None = None, which: str = "newest") -> Expect:
    """One field of the newest (or first) LA poll picked by pollster, month and population: its pollster, sample
    size, sponsor, field dates, method, population or leader; a field the poll lacks is said missing."""
    poll = _la_one_poll(pollster, month, population, which)
    match attribute:
        case "pollster":
            assert not poll.pollster.startswith("Not named"), poll.id
            return _la(pollster_forms(poll.pollster), pollster=pollster)
        case "sample_size":
            if not poll.sample_size:
                return absent(*MISSING_WORDS[attribute], slugs=LA)
            return _la(number_forms(poll.sample_size), pollster=pollster)
        case "sponsor":
            if not poll.sponsors:
                return absent(*MISSING_WORDS[attribute], slugs=LA)
            return _la(tuple(f for s in poll.sponsors for f in pollster_forms(s)), pollster=pollster)
        case "field_dates":
            if not (poll.start and poll.end):
                return absent(*MISSING_WORDS[attribute], slugs=LA)
            return _la(day_forms(poll.start), day_forms(poll.end), pollster=pollster)
        case "method":
            if not poll.method:
                return absent(*MISSING_WORDS[attribute], slugs=LA)
            return _la(("telephone", "phone", "telefono", "telefonico"), pollster=pollster)
        case "population":
            assert poll.population in POPULATION_WORDS, poll.population
            return _la(POPULATION_WORDS[poll.population], pollster=pollster)
        case "leader":
            top = max(poll.results, key=lambda name: poll.results[name])
            return _la(name_forms(top), number_forms(poll.results[top]), pollster=pollster)
    raise ValueError(attribute)


def la_poll_lead(pollster: str | None = None, month: tuple[int, int] | None = None, population: str | None = None,
                 which: str = "newest") -> Expect:
    """How far the leader of one LA poll (picked as in `la_poll_fact`) was ahead of the second: the leader and the
    points."""
    poll = _la_one_poll(pollster, month, population, which)
    (top, a), (_, b) = sorted(poll.results.items(), key=lambda item: -item[1])[:2]
    return _la(name_forms(top), number_forms(round(a - b, 1)), pollster=pollster)


def la_min_share(person: str) -> Expect:
    """The lowest share any poll of the race gave a candidate (its first question)."""
    worst = min(p.results[person] for p in la_race().polls if person in p.results)
    return _la(number_forms(worst), people=(person,))


def la_stage_candidate_count(stage: str) -> Expect:
    """How many candidates a stage's results list (the primary's ballot, the general's two)."""
    return _la(number_forms(len(la_race().results[stage])))


def la_poll_count_when(year: int, month: int | None = None) -> Expect:
    """How many LA polls are dated (by their last field day, or the day reported) in a year or a month: entries, or
    releases (a likely- and a registered-voter figure of one release are one poll)."""
    polls = [p for p in la_race().polls if p.as_of.year == year and (month is None or p.as_of.month == month)]
    assert polls, (year, month)
    counts = sorted({len(polls), len({(p.pollster, p.as_of) for p in polls})})
    return _la(tuple(f for n in counts for f in number_forms(n)))


def la_endorsement_total() -> Expect:
    """How many endorsements the race has in all: rows, endorser-candidate pairs, or distinct endorsers."""
    rows = la_race().endorsements
    pairs, endorsers = {(e["endorser"], e["candidate"]) for e in rows}, {e["endorser"] for e in rows}
    counts = sorted({len(rows), len(pairs), len(endorsers)})
    return _la(tuple(f for n in counts for f in number_forms(n)))


def la_most_endorsed() -> Expect:
    """Who has the most endorsements (distinct endorsers), named."""
    counts = {c: len(la_race().endorsers_of(c)) for c in la_race().candidates}
    top = max(counts, key=lambda c: counts[c])
    assert sorted(counts.values())[-2] < counts[top]
    return _la(name_forms(top))


def la_top_pollster() -> Expect:
    """Which pollster polled the race most often (entries and releases agree on it), named."""
    by = {}
    for p in la_race().polls:
        by.setdefault(p.pollster, []).append(p)
    top = max(by, key=lambda n: len(by[n]))
    assert all(len({q.as_of for q in by[n]}) < len({q.as_of for q in by[top]}) for n in by if n != top)
    return _la(pollster_forms(top))


def la_sample_extreme(largest: bool) -> Expect:
    """The LA poll with the largest (or smallest) sample: its pollster and the sample size."""
    polls = [p for p in la_race().polls if p.sample_size]
    size = (max if largest else min)(p.sample_size for p in polls)
    found = [p for p in polls if p.sample_size == size]
    assert len(found) == 1
    return _la(pollster_forms(found[0].pollster), number_forms(size))


PARTY_WORDS = {"Democratic": ("democrat*", "democrata*", "dem")}


def party_of(person: str) -> Expect:
    """A candidate's party as the bundle gives it (the race itself is nonpartisan)."""
    party = la_race().candidates[person].get("party")
    assert party in PARTY_WORDS, (person, party)
    return _la(name_forms(person), PARTY_WORDS[party], people=(person,))


MONTHS_BOTH = {m: (en, en[:3], es) for m, (en, es) in enumerate(zip(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"), strict=True), 1)}


def withdrawal_month(person: str) -> Expect:
    """When a candidate who left before the ballot was set withdrew: the month the bundle's description gives."""
    text = la_race().candidates[person].get("description", "")
    found = re.search(r"withdrew in (?:early |late |mid-)?([A-Z][a-z]+) (\d{4})", text)
    assert found and la_race().candidates[person].get("status") == "withdrawn", person
    month = next(m for m, forms in MONTHS_BOTH.items() if forms[0] == found.group(1).lower())
    return _la(name_forms(person), MONTHS_BOTH[month], people=(person,))


DERIVE_LA.update({f.__name__: f for f in (
    la_poll_fact, la_poll_lead, la_min_share, la_stage_candidate_count, la_poll_count_when, la_endorsement_total,
    la_most_endorsed, la_top_pollster, la_sample_extreme, party_of, withdrawal_month)})


# ------------------------------------------------------------------------------------------------ fresh14: results
# A surname several people share asked bare, and the results files' finer counts (a vote type, a precinct, a
# measure), read from the files as the sealed readers read them.
def which_person(surname: str, state: str | None = None, cycle: int | None = None,
                 office: str | None = None) -> Expect:
    """A surname two or more people of the files share, asked with nothing that tells them apart ("walker polls"):
    a question back is right, or an answer naming each of them in full; one of them alone is not (checked: at
    least two people of that surname fit the words given)."""
    fits = [r for r in poll_races().values() if (state is None or r.state == state)
            and (cycle is None or r.cycle == cycle) and (office is None or r.office == office)]
    named = sorted({n for r in fits for n in r.answers if words_of(n) and words_of(n)[-1] == surname})
    persons = list(dict.fromkeys(spellings(n) for n in named))
    assert len(persons) > 1, (surname, named)
    says = tuple(tuple(dict.fromkeys(f for n in sorted(p) for f in (fold(n), " ".join(words_of(n))))) for p in persons)
    slugs = frozenset(r.slug for r in fits if any(p & set(r.answers) for p in persons))
    return Expect(True, says=says, slugs=slugs, people=frozenset().union(*persons), may_ask=True)


def _clarity_choice(path: str, contest: str, choice_word: str) -> ET.Element:
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    choices = [c for c in found.iter("Choice") if choice_word in c.get("text", "").casefold()]
    assert len(choices) == 1, (contest, choice_word)
    return choices[0]


def clarity_type_votes(path: str, contest: str, choice_word: str, vote_type: str) -> Expect:
    """A choice's votes of one vote type ("Absentee by Mail Votes") in a Clarity file that splits them."""
    found = next(v for v in _clarity_choice(path, contest, choice_word).iter("VoteType") if v.get("name") == vote_type)
    return Expect(True, says=(number_forms(int(found.get("votes", "0"))),),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def clarity_precinct_votes(path: str, contest: str, choice_word: str, precinct: str) -> Expect:
    """A choice's votes in one precinct of a Clarity precinct file, summed over vote types."""
    votes = sum(int(p.get("votes", "0")) for p in _clarity_choice(path, contest, choice_word).iter("Precinct")
                if p.get("name") == precinct)
    assert votes, (contest, choice_word, precinct)
    return Expect(True, says=(number_forms(votes),), slugs=frozenset({CONTEST_RACE[path, contest]}))


def clarity_precinct_winner(path: str, contest: str, precinct: str) -> Expect:
    """Who carried one precinct of a Clarity precinct file, with the votes there."""
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    votes = {c.get("text", ""): sum(int(p.get("votes", "0")) for p in c.iter("Precinct") if p.get("name") == precinct)
             for c in found.iter("Choice")}
    top = max(votes, key=lambda c: votes[c])
    assert sorted(votes.values())[-2] < votes[top], (contest, precinct)
    return Expect(True, says=(_choice_forms(top), number_forms(votes[top])),
                  slugs=frozenset({CONTEST_RACE[path, contest]}))


def clarity_precinct_ballots(path: str, precinct: str) -> Expect:
    """The ballots cast in one precinct of a Clarity precinct file (or its turnout share)."""
    root = ET.parse(SHARED / path).getroot()
    turnout = next(e for e in root if e.tag in ("ElectionVoterTurnout", "VoterTurnout"))
    found = next(p for p in turnout.iter("Precinct") if p.get("name") == precinct)
    ballots, share = int(found.get("ballotsCast", "0")), float(found.get("voterTurnout", "0"))
    assert ballots, precinct
    slugs = frozenset(slug for (file, _), slug in CONTEST_RACE.items() if file == path)
    return Expect(True, says=(number_forms(ballots) + number_forms(share),), slugs=slugs)


def measure_result(path: str, contest: str) -> Expect:
    """A ballot measure's count in a Clarity file (an amendment, a proposition): its yes and its no votes."""
    votes = clarity_counts(path)[contest].votes
    yes = next(v for c, v in votes.items() if c.casefold().startswith("yes"))
    no = next(v for c, v in votes.items() if c.casefold().startswith("no"))
    return Expect(True, says=(number_forms(yes), number_forms(no)))


def cameron_type_votes(office: str, surname: str, vote_type: str) -> Expect:
    """A candidate's votes of one vote type (election_day, mail, provisional) in Cameron County, PA (OpenElections)."""
    from tests.results_set.files import cameron_tally
    votes = cameron_tally(office, vote_type=vote_type).of(surname)
    assert votes, (office, surname, vote_type)
    return Expect(True, says=(number_forms(votes),))


def cameron_precinct_votes(office: str, surname: str, precinct: str) -> Expect:
    """A candidate's votes in one precinct of Cameron County, PA (OpenElections)."""
    from tests.results_set.files import cameron_tally
    votes = cameron_tally(office, precinct=precinct).of(surname)
    assert votes, (office, surname, precinct)
    return Expect(True, says=(number_forms(votes),))


DERIVE_FILES.update({f.__name__: f for f in (
    which_person, clarity_type_votes, clarity_precinct_votes, clarity_precinct_winner, clarity_precinct_ballots,
    measure_result, cameron_type_votes, cameron_precinct_votes)})


def either_race(sels: tuple[dict[str, object], ...]) -> Expect:
    """Words that fit two or more races of the files ("ga sen 2020": the regular and the special election): a question
    back is right, or an answer covering each race (one of its two most polled candidates named); one race alone is
    not."""
    races = [_sel(sel) for sel in sels]
    assert len({r.slug for r in races}) > 1, sels
    says = tuple(tuple(f for n in r.candidates[:2] for f in name_forms(n)) for r in races)
    return Expect(True, says=says, slugs=frozenset(r.slug for r in races), may_ask=True)


DERIVE_FILES.update({"either_race": either_race})


# ------------------------------------------------------------------------------------------------ LA (fresh19)
# Negations ("who polled la besides berkeley", "newspapers other than the la times that backed bass", "who else
# dropped out besides buscaino"): what is left once the named ones are set aside; and a lack asked in Spanish, said
# with the words a Spanish answer uses.
def la_pollsters_besides(besides: str) -> Expect:
    """Which pollsters polled the race other than one named: each other named pollster (the unnamed one aside)."""
    every = list(dict.fromkeys(p.pollster for p in la_race().polls))
    assert besides in every, besides
    names = [n for n in every if n != besides and not n.startswith("Not named")]
    assert names, besides
    return _la(*(pollster_forms(n) for n in names))


def la_endorsers_besides(candidate: str, besides: tuple[str, ...], endorser_type: str | None = None) -> Expect:
    """A candidate's endorsers (of one kind) other than the ones named: each of them, none of the candidate's
    endorsers of other kinds; none left, an answer that says there is no other (checked: the named ones are among
    the candidate's endorsers of that kind)."""
    every = la_race().endorsers_of(candidate, endorser_type)
    assert all(b in every for b in besides), (candidate, besides, endorser_type)
    names = [n for n in every if n not in besides]
    if not names:
        return absent(endorser_type or "endorsement", "other", slugs=LA)
    others = [n for n in la_race().endorsers_of(candidate) if n not in every][:5] if endorser_type else []
    return Expect(True, says=tuple(name_forms(n) for n in names), slugs=LA, people=frozenset({candidate}),
                  excludes=tuple(others))


def la_withdrawn_besides(besides: tuple[str, ...]) -> Expect:
    """Who else dropped out besides the ones named: each other withdrawn candidate (checked: the named ones
    withdrew)."""
    gone = [n for n, c in la_race().candidates.items() if c.get("status") == "withdrawn"]
    assert all(b in gone for b in besides), besides
    return _la(*(name_forms(n) for n in gone if n not in besides), people=tuple(gone))


def la_lacks(lacks: str, said: tuple[str, ...], **args: object) -> Expect:
    """A lack asked in Spanish ("que sindicatos apoyaron a de leon"): the LA derivation `lacks` with `args` must
    find nothing (checked), and the answer says so in the words given (Spanish and English)."""
    from tests.sealed.derive_la import DERIVE
    derive = DERIVE_LA.get(lacks) or DERIVE[lacks]
    assert not derive(**args).present, (lacks, args)
    return absent(*said, slugs=LA)


DERIVE_LA.update({f.__name__: f for f in (la_pollsters_besides, la_endorsers_besides, la_withdrawn_besides, la_lacks)})


# ------------------------------------------------------------------------------------------------ LA (fresh21)
# Polls a candidate led (each poll's first question, as `la_max_share` reads it): did X ever lead one, how many, and
# X's biggest lead in any of them.
def _la_led(person: str) -> list[LaPoll]:
    """The LA polls whose first question puts `person` alone on top."""
    return [p for p in la_race().polls if person in p.results
            and all(v < p.results[person] for k, v in p.results.items() if k != person)]


def la_polls_led(person: str) -> Expect:
    """Did a candidate ever lead an LA poll: the name and the candidate's share in one of the polls led (checked: at
    least one)."""
    led = _la_led(person)
    assert led, person
    figures = tuple(dict.fromkeys(f for p in led for f in number_forms(p.results[person])))
    rivals = {k for p in led for k in p.results if k != person}
    return _la(name_forms(person), figures, people=(person, *sorted(rivals)))


def la_led_count(person: str) -> Expect:
    """How many LA polls a candidate led: entries, or releases (a likely- and a registered-voter figure of one
    release are one poll)."""
    led = _la_led(person)
    assert led, person
    counts = sorted({len(led), len({(p.pollster, p.as_of) for p in led})})
    rivals = {k for p in led for k in p.results if k != person}  # a poll's others may be shown beside it
    return _la(tuple(f for n in counts for f in number_forms(n)), people=(person, *sorted(rivals)))


def la_biggest_lead(person: str) -> Expect:
    """A candidate's biggest lead over the second in any LA poll: its pollster and the points (checked: one poll)."""
    leads = {p.id: (p, round(p.results[person] - sorted(p.results.values())[-2], 1)) for p in _la_led(person)}
    best = max(lead for _, lead in leads.values())
    found = [p for p, lead in leads.values() if lead == best]
    assert len(found) == 1, (person, [p.id for p in found])
    return _la(pollster_forms(found[0].pollster), number_forms(best), people=(person, *found[0].results))


DERIVE_LA.update({f.__name__: f for f in (la_polls_led, la_led_count, la_biggest_lead)})


# ------------------------------------------------------------------------------------------------ LA (fresh23)
# A constraint set aside by pollster or by kind of endorser: "the newest la poll not from berkeley", "who endorsed
# caruso that isn't a celebrity".
def la_newest_poll_besides(besides: str) -> Expect:
    """The newest LA poll by any pollster but the one named: its pollster and its leader's share (checked: the named
    pollster polled the race, and exactly one other poll is newest)."""
    assert la_race().polls_by(besides), besides
    polls = [p for p in la_race().polls if p.pollster != besides]
    newest = max(p.as_of for p in polls)
    found = [p for p in polls if p.as_of == newest]
    assert len(found) == 1 and not found[0].pollster.startswith("Not named"), (besides, [p.id for p in found])
    return _la(pollster_forms(found[0].pollster), number_forms(max(found[0].results.values())),
               pollster=found[0].pollster)


def la_endorsers_other_kinds(candidate: str, endorser_type: str) -> Expect:
    """A candidate's endorsers of every kind but one ("caruso's endorsers that aren't celebrities"): each of them,
    none of those of that kind only (checked: both are there)."""
    rows = [e for e in la_race().endorsements if e["candidate"] == candidate]
    names = list(dict.fromkeys(e["endorser"] for e in rows if e["endorser_type"] != endorser_type))
    left = [n for n in dict.fromkeys(e["endorser"] for e in rows) if n not in names]
    assert names and left, (candidate, endorser_type)
    running = [n for n in names if n in la_race().candidates]  # an endorser who ran too (Buscaino) is named
    return Expect(True, says=tuple(name_forms(n) for n in names), slugs=LA, people=frozenset({candidate, *running}),
                  excludes=tuple(left[:5]))


DERIVE_LA.update({f.__name__: f for f in (la_newest_poll_besides, la_endorsers_other_kinds)})


# ------------------------------------------------------------------------------------------------ files (fresh24)
# What a question sets aside over the files ("the newest pa senate poll not by atlasintel", "who else polled the
# nebraska special besides surveyusa", "who else was in the maine polls besides collins and gideon"), and a poll
# picked by pollster and month.
def latest_poll_besides(besides: tuple[str, ...], **sel: object) -> Expect:
    """The newest poll of a race by any pollster but the ones named: its pollster(s) (checked: a named one has a
    poll of the race, so setting it aside is a real constraint)."""
    r = _sel(sel)
    assert any(p.pollster in besides for p in r.polls.values()), (besides, r.slug)
    polls = [p for p in r.polls.values() if p.pollster not in besides]
    newest = max(p.end for p in polls)
    return Expect(True, says=(tuple(dict.fromkeys(p.pollster for p in polls if p.end == newest)),),
                  slugs=frozenset({r.slug}))


def pollsters_besides(besides: tuple[str, ...], **sel: object) -> Expect:
    """Which pollsters polled a race other than the ones named: each of the others (checked: the named ones polled
    it, and some other did)."""
    r = _sel(sel)
    every = list(dict.fromkeys(p.pollster for p in sorted(r.polls.values(), key=lambda p: p.end)))
    assert all(b in every for b in besides), (besides, r.slug)
    names = [n for n in every if n not in besides]
    assert names, (besides, r.slug)
    return Expect(True, says=tuple((n,) for n in names), slugs=frozenset({r.slug}))


def candidates_besides(besides: tuple[str, ...], **sel: object) -> Expect:
    """Who else a race's polls name besides the candidates named: each of the others (checked: the named ones are
    in the race); any candidate of the race may be shown."""
    r = _sel(sel)
    named = frozenset().union(*(spellings(b) for b in besides))
    assert all(spellings(b) & set(r.answers) for b in besides), (besides, r.slug)
    rest = [n for n in r.candidates if n not in named]
    assert rest, (besides, r.slug)
    return Expect(True, says=tuple(name_forms(n) for n in rest), slugs=frozenset({r.slug}),
                  people=frozenset(r.candidates))


def file_poll_pick(pollster: str, year: int, month: int, name: str | None = None, **sel: object) -> Expect:
    """A pollster's newest poll of a race whose last field day falls in one month (exactly one such): a person's
    share in it, or else its leader with the leader's share."""
    r = _sel(sel)
    polls = [p for p in r.polls.values() if p.pollster == pollster and (p.end.year, p.end.month) == (year, month)]
    assert polls, (pollster, year, month, r.slug)
    newest = max(p.end for p in polls)
    found = [p for p in polls if p.end == newest]
    assert len(found) == 1, (pollster, year, month, r.slug)
    got = shares(found[0])
    if name:
        share = next(v for k, v in got.items() if k in spellings(name))
        return Expect(True, says=(number_forms(share),), slugs=frozenset({r.slug}), pollster=pollster,
                      people=spellings(name))
    top = max(got, key=lambda n: got[n])
    assert sorted(got.values())[-2] < got[top], (pollster, year, month, r.slug)
    return Expect(True, says=(name_forms(top), number_forms(got[top])), slugs=frozenset({r.slug}), pollster=pollster)


def opponent(name: str, **sel: object) -> Expect:
    """Who a candidate is up against in a race: the most polled other candidate, named; any candidate of the race
    may be shown (checked: the candidate is in the race)."""
    r = _sel(sel)
    mine = spellings(name)
    assert mine & set(r.answers), (name, r.slug)
    rival = next(n for n in r.candidates if n not in mine)
    return Expect(True, says=(name_forms(rival),), slugs=frozenset({r.slug}), people=frozenset(r.candidates))


DERIVE_FILES.update({f.__name__: f for f in (latest_poll_besides, pollsters_besides, candidates_besides,
                                             file_poll_pick, opponent)})


# ------------------------------------------------------------------------------------------------ fresh25 (Spanish)
# A poll picked by what it is not ("la ultima encuesta que no sea de berkeley"), and a lack in the files asked in
# Spanish, said with the words a Spanish answer uses.
# the same derivation as fresh23's `la_newest_poll_besides`, written twice by two helpers: one function, two names
DERIVE_LA["la_newest_besides"] = la_newest_poll_besides


def files_newest_besides(besides: str, **sel: object) -> Expect:
    """The newest poll of a race by any pollster but one named (fresh24's `latest_poll_besides` of one name)."""
    return latest_poll_besides((besides,), **sel)


def files_lacks(lacks: str, said: tuple[str, ...], **args: object) -> Expect:
    """A lack of the files asked in Spanish ("encuestas de puerto rico en agosto 2020"): the files derivation
    `lacks` with `args` must find nothing (checked), and the answer says so in the words given (Spanish and
    English), about the race the derivation names (if any)."""
    from tests.sealed.derive_files import DERIVE
    derive = DERIVE_FILES.get(lacks) or DERIVE[lacks]
    found = derive(**args)
    assert not found.present, (lacks, args)
    return absent(*said, slugs=found.slugs)


DERIVE_FILES.update({f.__name__: f for f in (files_newest_besides, files_lacks)})


# ------------------------------------------------------------------------------------------------ fresh27
# LA polls picked by their place in time ("the first poll", "the second-to-last", "the one before the latest"), by
# a span of days ("since august", "before the primary"), by population, sponsor, or a pollster set aside; how many
# such polls; a candidate's highest or lowest figure among them; endorsements by the day they were given. A release
# (the entries of one pollster dated one day: a likely- and a registered-voter figure) counts as one poll.
def _la_day(day: str | None) -> object:
    """A stage's name ("primary") or an ISO day as a date; None stays None."""
    import datetime as dt
    if day is None:
        return None
    return la_race().stages.get(day) or dt.date.fromisoformat(day)


def _la_releases(pollster: str | None = None, population: str | None = None, since: str | None = None,
                 before: str | None = None, sponsor: str | None = None,
                 besides: str | None = None) -> list[list[LaPoll]]:
    """The LA poll releases picked by pollster, population, days (`since` inclusive, `before` exclusive, by the day
    a poll is dated by), sponsor (a word of its name) and a pollster set aside, oldest first."""
    start, end = _la_day(since), _la_day(before)
    polls = [p for p in la_race().polls if (pollster is None or p.pollster == pollster)
             and (population is None or p.population == population)
             and (start is None or p.as_of >= start) and (end is None or p.as_of < end)
             and (sponsor is None or any(sponsor.casefold() in s.casefold() for s in p.sponsors))
             and (besides is None or p.pollster != besides)]
    assert besides is None or la_race().polls_by(besides), besides
    assert pollster is None or la_race().polls_by(pollster), pollster
    by: dict[tuple[str, object], list[LaPoll]] = {}
    for poll in sorted(polls, key=lambda p: p.as_of):
        by.setdefault((poll.pollster, poll.as_of), []).append(poll)
    return list(by.values())


def _pollster_says(poll: LaPoll) -> tuple[str, ...]:
    """A poll's pollster as an answer may name it; an unnamed pollster by its sponsor."""
    if poll.pollster.startswith("Not named"):
        return tuple(f for s in poll.sponsors for f in (s, " ".join(s.split()[:3])))
    return pollster_forms(poll.pollster)


def la_nth_poll(n: int, attribute: str = "leader", person: str | None = None, missing: tuple[str, ...] = (),
                **pick: str) -> Expect:
    """One field of the n-th LA poll release (1 the first, -1 the newest, -2 the one before it) among those picked
    (`_la_releases`): its leader and the leader's share, its pollster, sample size, field dates, sponsor, population,
    date, or a person's share; none picked (or fewer than n), "no such poll" in the words `missing`; a field the
    release lacks is said missing (checked: no other release is dated the same day)."""
    releases = _la_releases(**pick)
    if len(releases) < abs(n):
        assert missing, (n, pick)
        return absent(*missing, slugs=LA)
    chosen = releases[n - 1 if n > 0 else n]
    day = chosen[0].as_of
    assert sum(r[0].as_of == day for r in releases) == 1, (n, pick, day)
    named = pick.get("pollster")
    match attribute:
        case "leader":
            tops = {max(p.results, key=lambda k: p.results[k]) for p in chosen}
            assert len(tops) == 1, chosen
            top = tops.pop()
            figures = tuple(dict.fromkeys(f for p in chosen for f in number_forms(p.results[top])))
            return _la(name_forms(top), figures, pollster=named)
        case "pollster":
            return _la(_pollster_says(chosen[0]), pollster=named)
        case "share":
            assert person
            figures = tuple(dict.fromkeys(f for p in chosen for f in number_forms(p.results[person])))
            return _la(figures, people=(person,), pollster=named)
        case "date":
            return _la(day_forms(day), pollster=named)
        case "population":
            return _la(tuple(w for p in chosen for w in POPULATION_WORDS[p.population]), pollster=named)
        case "sample_size" | "field_dates" | "sponsor" | "method":
            for poll in chosen:
                value = {"sample_size": poll.sample_size, "field_dates": poll.start and poll.end,
                         "sponsor": poll.sponsors, "method": poll.method}[attribute]
                if value:
                    break
            else:
                return absent(*MISSING_WORDS[attribute], slugs=LA)
            if attribute == "sample_size":
                return _la(tuple(f for p in chosen if p.sample_size for f in number_forms(p.sample_size)),
                           pollster=named)
            if attribute == "field_dates":
                return _la(day_forms(poll.start), day_forms(poll.end), pollster=named)
            if attribute == "sponsor":
                return _la(tuple(f for s in poll.sponsors for f in pollster_forms(s)), pollster=named)
            return _la(("telephone", "phone", "telefono", "telefonico"), pollster=named)
    raise ValueError(attribute)


def la_release_count(missing: tuple[str, ...] = (), **pick: str) -> Expect:
    """How many LA polls are picked (`_la_releases`): entries or releases; none, "no such poll" in the words
    `missing`."""
    releases = _la_releases(**pick)
    if not releases:
        assert missing, pick
        return absent(*missing, slugs=LA)
    counts = sorted({len(releases), sum(len(r) for r in releases)})
    return _la(tuple(f for n in counts for f in number_forms(n)), pollster=pick.get("pollster"))


def la_share_extreme(person: str, highest: bool = True, **pick: str) -> Expect:
    """A candidate's highest (or lowest) figure among the LA polls picked (`_la_releases`; each poll's first
    question)."""
    figures = [p.results[person] for r in _la_releases(**pick) for p in r if person in p.results]
    assert figures, (person, pick)
    return _la(number_forms((max if highest else min)(figures)), people=(person,), pollster=pick.get("pollster"))


def la_no_sponsor(word: str, missing: tuple[str, ...]) -> Expect:
    """No LA poll was paid for by anyone named `word` (checked over every poll's sponsors): say so."""
    assert not any(word.casefold() in s.casefold() for p in la_race().polls for s in p.sponsors), word
    return absent(*missing, slugs=LA)


def la_endorsers_when(candidate: str, since: str | None = None, before: str | None = None,
                      missing: tuple[str, ...] = (), endorser_type: str | None = None) -> Expect:
    """Who endorsed a candidate (of one kind) on a day in a span (`since` inclusive, `before` exclusive): each
    endorser dated in it; none, "no such endorsement" in the words `missing` (checked: every endorsement of the
    candidate of that kind is dated, so none undated may fall in the span)."""
    start, end = _la_day(since), _la_day(before)
    rows = [e for e in la_race().endorsements if e["candidate"] == candidate
            and (endorser_type is None or e["endorser_type"] == endorser_type)]
    names = list(dict.fromkeys(e["endorser"] for e in rows if e.get("date") and (start is None or e["date"] >= start)
                               and (end is None or e["date"] < end)))
    if not names:
        assert missing and all(e.get("date") for e in rows), (candidate, since, before)
        return absent(*missing, slugs=LA)
    return Expect(True, says=tuple(name_forms(n) for n in names), slugs=LA, people=frozenset({candidate}))


DERIVE_LA.update({f.__name__: f for f in (la_nth_poll, la_release_count, la_share_extreme, la_no_sponsor,
                                          la_endorsers_when)})


# ------------------------------------------------------------------------------------------------ fresh28
# Results contests of a Clarity file that no race of the poll files holds (Colorado's 2024 House seats, Atkinson
# County's 2020 presidential and county races), a vote type's total or winner in a contest, and one person asked of
# one race where the files have others of the same name elsewhere ("scott walker" of Delaware's 2018 House race).
from tests.sealed.expect import ANY_FIGURE  # noqa: E402


def _contest_votes(path: str, contest: str) -> dict[str, int]:
    return clarity_counts(path)[contest].votes


def _contest_people(path: str, contest: str) -> frozenset[str]:
    return frozenset(c.split(" / ")[0].split(" (")[0] for c in _contest_votes(path, contest))


def contest_choice(path: str, contest: str, choice_word: str) -> Expect:
    """A choice's votes in any contest of a Clarity file (the race it was recorded to, if any): the votes; an answer
    naming someone outside the contest is ruled out (checked: one choice has the word)."""
    found = [(c, v) for c, v in _contest_votes(path, contest).items() if choice_word in c.casefold()]
    assert len(found) == 1, (contest, choice_word, found)
    slug = CONTEST_RACE.get((path, contest))
    return Expect(True, says=(number_forms(found[0][1]),), slugs=frozenset({slug} if slug else ()),
                  people=_contest_people(path, contest))


def contest_winner_any(path: str, contest: str) -> Expect:
    """Who won any contest of a Clarity file, with the votes (checked: no tie)."""
    ranked = clarity_counts(path)[contest].ranked
    assert len(ranked) == 1 or ranked[0][1] > ranked[1][1], contest
    slug = CONTEST_RACE.get((path, contest))
    return Expect(True, says=(_choice_forms(ranked[0][0]), number_forms(ranked[0][1])),
                  slugs=frozenset({slug} if slug else ()), people=_contest_people(path, contest))


def _type_votes(path: str, contest: str, vote_type: str) -> dict[str, int]:
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    votes = {}
    for choice in found.iter("Choice"):
        kinds = [v for v in choice.iter("VoteType") if v.get("name") == vote_type]
        assert len(kinds) == 1, (contest, vote_type)
        votes[choice.get("text", "")] = int(kinds[0].get("votes", "0"))
    return votes


def clarity_type_total(path: str, contest: str, vote_type: str) -> Expect:
    """All votes of one vote type ("Absentee by Mail Votes") cast in a contest of a Clarity file that splits them."""
    slug = CONTEST_RACE.get((path, contest))
    return Expect(True, says=(number_forms(sum(_type_votes(path, contest, vote_type).values())),),
                  slugs=frozenset({slug} if slug else ()))


def clarity_type_winner(path: str, contest: str, vote_type: str) -> Expect:
    """Who led one vote type of a contest, with those votes (checked: no tie)."""
    votes = _type_votes(path, contest, vote_type)
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    assert ranked[0][1] > ranked[1][1], (contest, vote_type)
    slug = CONTEST_RACE.get((path, contest))
    return Expect(True, says=(_choice_forms(ranked[0][0]), number_forms(ranked[0][1])),
                  slugs=frozenset({slug} if slug else ()), people=_contest_people(path, contest))


def person_in_race(name: str, **sel: object) -> Expect:
    """One person asked of one race named by its state, office or year, where the files have someone of the same
    name in another race ("scott walker" of Delaware and of Wisconsin): that race, the person named with a figure."""
    r = _sel(sel)
    assert name in r.answers, (name, r.slug)
    return Expect(True, says=(name_forms(name), (ANY_FIGURE,)), slugs=frozenset({r.slug}), people=frozenset({name}))


DERIVE_FILES.update({f.__name__: f for f in (contest_choice, contest_winner_any, clarity_type_total,
                                             clarity_type_winner, person_in_race)})


# ------------------------------------------------------------------------------------------------ fresh29
# Two or three constraints at once: a candidate's figures in two polls picked by pollster and month (did X poll
# better in August than in June), a candidate's endorsers of a month (and kind), the newest poll of a month set
# aside one pollster, and lacks the files hold for certain (a vote type a results file does not split, a pollster
# who polled a race but not in that month or stage, a population no poll of the race asked).
def la_share_polls(person: str, picks: tuple[tuple[str | None, tuple[int, int] | None, str | None], ...]) -> Expect:
    """A candidate's share in two or more LA polls, each picked by (pollster, month, population) as `la_poll_pick`
    picks one (the newest such, exactly one): each figure."""
    figures = []
    for pollster, month, population in picks:
        polls = _la_polls(pollster, month, population)
        newest = max(p.as_of for p in polls)
        found = [p for p in polls if p.as_of == newest]
        assert len(found) == 1, (pollster, month, population, [p.id for p in found])
        figures.append(number_forms(found[0].results[person]))
    return _la(*figures, people=(person,))


def la_endorsers_month(candidate: str, year: int, month: int, endorser_type: str | None = None) -> Expect:
    """A candidate's endorsers (of a kind) the bundle dates in one month: each of them, none dated in another month;
    none, an answer that says there is none that month."""
    rows = [e for e in la_race().endorsements if e["candidate"] == candidate
            and (endorser_type is None or e["endorser_type"] == endorser_type)]
    names = list(dict.fromkeys(e["endorser"] for e in rows if e.get("date") and (e["date"].year, e["date"].month)
                               == (year, month)))
    if not names:
        return absent(MONTHS_BOTH[month][0], MONTHS_BOTH[month][2], slugs=LA)
    others = [e["endorser"] for e in rows if e.get("date") and e["endorser"] not in names][:5]
    return Expect(True, says=tuple(name_forms(n) for n in names), slugs=LA, people=frozenset({candidate}),
                  excludes=tuple(others))


def la_month_besides(year: int, month: int, besides: str) -> Expect:
    """The LA poll(s) of one month by pollsters other than the one named: their pollster and a figure (checked: the
    named pollster has a poll that month, and another pollster does too)."""
    polls = _la_polls(month=(year, month))
    assert any(p.pollster == besides for p in polls), (year, month, besides)
    rest = [p for p in polls if p.pollster != besides]
    assert rest and len({p.pollster for p in rest}) == 1, (year, month, besides)
    figures = tuple(f for p in rest for f in number_forms(max(p.results.values())))
    return _la(pollster_forms(rest[0].pollster), figures, pollster=rest[0].pollster)


DERIVE_LA.update({f.__name__: f for f in (la_share_polls, la_endorsers_month, la_month_besides)})


def clarity_no_vote_type(path: str, contest: str, words: tuple[str, ...]) -> Expect:
    """A vote type a Clarity file does not split a contest by (Colorado's file has one, "Total Votes"): the answer
    says the split is not there (checked: no vote type of the contest has any of `words`)."""
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    types = {v.get("name", "").casefold() for v in found.iter("VoteType")}
    assert types and not any(w.casefold() in t for w in words for t in types), (contest, types)
    return absent(*words, slugs={CONTEST_RACE[path, contest]})


def file_no_poll(pollster: str, year: int, month: int, missing: tuple[str, ...], **sel: object) -> Expect:
    """A pollster who polled a race, but with no poll whose field dates touch one month: no such poll (checked)."""
    import datetime as dt
    r = _sel(sel)
    mine = [p for p in r.polls.values() if p.pollster == pollster]
    assert mine, (pollster, r.slug)
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    assert not any(p.start <= last and p.end >= first for p in mine), (pollster, year, month, r.slug)
    return absent(*missing, slugs={r.slug})


def file_no_stage_poll(stage: str, pollster: str, missing: tuple[str, ...], **sel: object) -> Expect:
    """A pollster who polled a race, but not one stage of it (a runoff): no such poll (checked)."""
    r = _sel(sel)
    mine = [p for p in r.polls.values() if p.pollster == pollster]
    assert mine and not any(p.stage == stage for p in mine), (pollster, stage, r.slug)
    assert any(p.stage == stage for p in r.polls.values()), (stage, r.slug)
    return absent(*missing, slugs={r.slug})


def file_no_population(population: str, missing: tuple[str, ...], **sel: object) -> Expect:
    """A population no poll of a race asked (adults): no such poll (checked)."""
    r = _sel(sel)
    assert not any(p.population == population for p in r.polls.values()), (population, r.slug)
    return absent(*missing, slugs={r.slug})


def file_stage_share(stage: str, pollster: str, name: str, **sel: object) -> Expect:
    """A person's share in a pollster's newest poll of one stage of a race (a runoff): the figure."""
    r = _sel(sel)
    polls = [p for p in r.polls.values() if p.pollster == pollster and p.stage == stage]
    assert polls, (stage, pollster, r.slug)
    newest = max(p.end for p in polls)
    found = [p for p in polls if p.end == newest]
    assert len(found) == 1, (stage, pollster, r.slug)
    share = next(v for k, v in shares(found[0]).items() if k in spellings(name))
    return Expect(True, says=(number_forms(share),), slugs=frozenset({r.slug}), pollster=pollster,
                  people=spellings(name))


def file_pick_shares(name: str, pollster: str, months: tuple[tuple[int, int], ...], **sel: object) -> Expect:
    """A person's share in a pollster's newest poll of each of two or more months (by last field day): each figure
    (did X do better in Quinnipiac's September poll or its October one)."""
    r = _sel(sel)
    figures = []
    for year, month in months:
        polls = [p for p in r.polls.values() if p.pollster == pollster and (p.end.year, p.end.month) == (year, month)]
        newest = max(p.end for p in polls)
        found = [p for p in polls if p.end == newest]
        assert len(found) == 1, (pollster, year, month, r.slug)
        figures.append(number_forms(next(v for k, v in shares(found[0]).items() if k in spellings(name))))
    return Expect(True, says=tuple(figures), slugs=frozenset({r.slug}), pollster=pollster, people=spellings(name))


def file_month_besides(year: int, month: int, besides: str, **sel: object) -> Expect:
    """The newest poll of a race in one month by any pollster but one named: its pollster, the month read as the
    last field day's or as any field day's (checked: the named pollster polled the race that month)."""
    import datetime as dt
    r = _sel(sel)
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    touching = [p for p in r.polls.values() if p.start <= last and p.end >= first]
    assert any(p.pollster == besides for p in touching), (year, month, besides, r.slug)
    rest = [p for p in touching if p.pollster != besides]
    ended = [p for p in rest if first <= p.end <= last]
    names: list[str] = []
    for pool in (ended, rest):
        newest = max(p.end for p in pool)
        names += [p.pollster for p in pool if p.end == newest]
    return Expect(True, says=(tuple(dict.fromkeys(names)),), slugs=frozenset({r.slug}))


DERIVE_FILES.update({f.__name__: f for f in (clarity_no_vote_type, file_no_poll, file_no_stage_poll,
                                             file_no_population, file_stage_share, file_pick_shares,
                                             file_month_besides)})


def la_no_area_result(area: tuple[str, ...], stage: str) -> Expect:
    """A stage's results asked for one part of the city ("caruso's votes in the valley in the general"): the bundles'
    results are citywide only (checked: a result row has no area), so the answer says there is no such count; a
    poll's figure for that area is not a result."""
    assert all(set(row) <= {"candidate", "votes", "pct"} for row in la_race().results[stage]), stage
    return absent(*area, slugs=LA)


DERIVE_LA.update({f.__name__: f for f in (la_no_area_result,)})


def la_also_named(derive: str, also: tuple[str, ...], **args: object) -> Expect:
    """An LA derivation `derive` for a question whose chatter names other candidates too ("i know bass won but what %
    did caruso get"): the same answer, the people named in the chatter counted among the question's people (an
    answer that shows them is not about someone the question did not name)."""
    from dataclasses import replace

    from tests.sealed.derive_la import DERIVE
    expect = (DERIVE_LA.get(derive) or DERIVE[derive])(**args)
    assert all(a in la_race().candidates for a in also), also
    return replace(expect, people=expect.people | frozenset(also))


DERIVE_LA.update({f.__name__: f for f in (la_also_named,)})


# ------------------------------------------------------------------------------------------------ fresh26
# People the LA bundles name who were not candidates (an endorser, someone a poll tested, a governor a source says
# had not endorsed): asked as a candidate or as an endorser, the answer says they were none, never another
# person's figures or endorsement.
def _named_in_la(name: str) -> None:
    """The bundles name the person, given name and surname together."""
    assert re.search(rf"\b{re.escape(fold(name))}\b", fold(la_race().text)), name


def la_not_candidate(name: str, said: tuple[str, ...]) -> Expect:
    """Someone the LA bundles name who did not run (checked: named there, and no candidate of the race nor any of
    their aliases fits the name): asked their votes, place or run, the answer says they were not a candidate."""
    _named_in_la(name)
    race = la_race()
    assert not any(_compatible(name, a) for c, e in race.candidates.items() for a in (c, *e.get("aliases", ()))
                   if len(words_of(a)) > 1), name
    return absent(*said, slugs=LA)


def la_not_endorser(name: str, said: tuple[str, ...]) -> Expect:
    """Someone the LA bundles name who endorsed nobody in the race (checked: named there, and no endorser fits the
    name): asked whom they backed, the answer says they backed no one there."""
    _named_in_la(name)
    assert not any(_compatible(name, n) for n in {e["endorser"] for e in la_race().endorsements}), name
    return absent(*said, slugs=LA)


DERIVE_LA.update({f.__name__: f for f in (la_not_candidate, la_not_endorser)})


def la_other_person(given: str, surname: str, written: tuple[str, ...]) -> Expect:
    """`la_other_given` for a person of the real files ("deborah jackson"), whose answer may name them as the files
    write them ("Deborah A. Jackson is not a candidate"): the same checks, and those spellings said missing too."""
    from dataclasses import replace
    found = la_other_given(given, surname)
    return replace(found, missing=(*found.missing, *written))


DERIVE_LA.update({f.__name__: f for f in (la_other_person,)})


# ------------------------------------------------------------------------------------------------ fresh32
# Unrouted facts of the LA race a poll's or a result's note states (a margin of error, the undecided share, the
# write-in votes, the ballots received), the lacks of a candidate's entry (an age, a party, money raised), a poll
# whose pollster is not named, and figures computed across stages (a candidate's gain from primary to general, the
# share of everyone but the named ones, the days from a stage's last poll to its election day).
def _la_entries() -> tuple[dict[str, dict], dict[str, dict], dict[str, dict]]:
    """The bundles' poll entries by id, source entries by id and candidate entries by name (the public bundle's
    entries win, as `la_race` merges them)."""
    import yaml

    from tests.sealed.bundle import BUNDLES
    polls: dict[str, dict] = {}
    sources: dict[str, dict] = {}
    people: dict[str, dict] = {}
    for path in BUNDLES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sources.update({s["id"]: s for s in data.get("sources", ())})
        race = data["races"][0]
        polls.update({p["id"]: p for p in race.get("polls", ())})
        people.update({c["name"]: c for c in race["candidates"]})
    return polls, sources, people


def _poll_texts(poll: LaPoll) -> tuple[str, str]:
    """A poll's note and the note of the source it cites."""
    polls, sources, _ = _la_entries()
    entry = polls[poll.id]
    return entry.get("note", ""), sources[entry["source"]].get("note", "")


MOE_WORDS = ("margin of error", "moe", "margen de error", "margin")


def la_poll_moe(pollster: str | None = None, month: tuple[int, int] | None = None, population: str | None = None,
                which: str = "newest") -> Expect:
    """The margin of error of one LA poll (picked as `la_poll_fact` picks it) as its note states it ("Margin of error
    +/-4.9%"); a poll whose note and source's note state none is said to have none recorded (checked: neither
    says "margin of error", "+/-" nor "moe")."""
    poll = _la_one_poll(pollster, month, population, which)
    note, source = _poll_texts(poll)
    found = re.search(r"margin of error (?:about |given as )?(?:\+/-)?(\d+(?:\.\d+)?)", note, re.IGNORECASE)
    if found:
        return _la(number_forms(float(found.group(1))), pollster=pollster)
    assert not any(re.search(r"margin of error|\+/-|\bmoe\b", t, re.IGNORECASE) for t in (note, source)), poll.id
    return absent(*MOE_WORDS, slugs=LA)


def la_poll_undecided(pollster: str | None = None, month: tuple[int, int] | None = None,
                      population: str | None = None, which: str = "newest") -> Expect:
    """The undecided share of one LA poll (picked as `la_poll_fact` picks it) as its note states it ("13%
    undecided", "Undecided or declined to name a candidate 23.6%")."""
    poll = _la_one_poll(pollster, month, population, which)
    note, _ = _poll_texts(poll)
    found = (re.search(r"(\d+(?:\.\d+)?)% undecided", note, re.IGNORECASE)
             or re.search(r"undecided[a-z ]*?(\d+(?:\.\d+)?)%", note, re.IGNORECASE))
    assert found, poll.id
    return _la(number_forms(float(found.group(1))), pollster=pollster)


# What a candidate's entry lacks, and the pattern that would show it there (checked over the entry and the text of
# both bundles' sources next to the candidate's surname).
LACK_PATTERNS = {"age": r"\b(age|aged|born|years old|birthday)\b", "party": None,
                 "money": r"(raised|fundrais|\$\d|campaign cash|contribut)"}


def la_candidate_lacks(person: str, field: str, said: tuple[str, ...]) -> Expect:
    """A fact the bundles do not give of a candidate (an age, a party, money raised): the answer says it is not
    recorded, in the words `said` (checked: the candidate's entry has no such field, and for an age or money no
    text of the bundles states one)."""
    _, _, people = _la_entries()
    entry = people[person]
    if field == "party":
        assert not entry.get("party"), person
    else:
        pattern = LACK_PATTERNS[field]
        assert not re.search(pattern, la_race().text, re.IGNORECASE), (person, field)
    return absent(*said, slugs=LA)


def la_unnamed_pollster(month: tuple[int, int]) -> Expect:
    """Who conducted a month's LA poll when no source names its pollster: the answer says the pollster is not named
    (checked: the month's one poll has an unnamed pollster), in those words or in the bundle's own ("Not named")."""
    polls = _la_polls(month=month)
    assert len(polls) == 1 and polls[0].pollster.startswith("Not named"), month
    return absent("pollster", "encuestadora", "encuestador", "not named", slugs=LA)


def la_polls_with_count(person: str) -> Expect:
    """How many LA polls tested a candidate (the first question): entries, or releases (a likely- and a registered-
    voter figure of one release are one poll)."""
    polls = [p for p in la_race().polls if person in p.results]
    assert polls, person
    counts = sorted({len(polls), len({(p.pollster, p.as_of) for p in polls})})
    return _la(tuple(f for n in counts for f in number_forms(n)), people=(person,))


def la_write_ins(stage: str = "primary") -> Expect:
    """How many write-in votes a stage's results note states ("also 12 write-in votes")."""
    note = re.search(r"note: \"(Certified June 7.*?)\"\n", la_race().text)
    assert note and stage == "primary"
    found = re.search(r"(\d[\d,]*) write-in votes", note.group(1))
    assert found
    return _la(number_forms(int(found.group(1).replace(",", ""))))


def la_ballots_general() -> Expect:
    """How many ballots the general had: the votes cast for mayor its note states (923,747), or the ballots received
    in the city a source states (1,018,139)."""
    from tests.sealed.bundle import stated_total
    votes = stated_total("general")
    received = re.search(r"([\d,]+) votes received", la_race().text)
    assert votes and received
    return _la(number_forms(votes) + number_forms(int(received.group(1).replace(",", ""))))


def la_vote_change(person: str) -> Expect:
    """How many more votes (or points of share) a candidate had in the general than in the primary."""
    first, second = la_race().result("primary", person), la_race().result("general", person)
    return _la(number_forms(second["votes"] - first["votes"]) + number_forms(round(second["pct"] - first["pct"], 2)),
               people=(person,))


def la_rest_share(stage: str, besides: tuple[str, ...]) -> Expect:
    """The share (or votes) of every candidate of a stage but the named ones, summed."""
    rows = [r for r in la_race().results[stage] if r["candidate"] not in besides]
    assert rows and len(rows) + len(besides) == len(la_race().results[stage]), (stage, besides)
    pct = sum(r["pct"] for r in rows)
    return _la(tuple(dict.fromkeys(number_forms(round(pct, 2)) + number_forms(round(pct, 1))
                                   + number_forms(sum(r["votes"] for r in rows)))))


def la_days_poll_to_stage(stage: str) -> Expect:
    """How many days the last LA poll dated before a stage came before that stage's election day."""
    day = max(p.as_of for p in la_race().polls if p.as_of < la_race().stages[stage])
    return _la(number_forms((la_race().stages[stage] - day).days))


DERIVE_LA.update({f.__name__: f for f in (
    la_poll_moe, la_poll_undecided, la_candidate_lacks, la_unnamed_pollster, la_polls_with_count, la_write_ins,
    la_ballots_general, la_vote_change, la_rest_share, la_days_poll_to_stage)})


# ------------------------------------------------------------------------------------------------ fresh31
# Facts asked of one person of a race of the files: how many polls of the race name them (in any question, or in
# each poll's first question), and the newest poll of the race that names them.
def _polls_naming(name: str, **sel: object) -> tuple[object, dict[str, set[str]]]:
    """The race picked, and the poll ids of its rows that name the person (any spelling): by question kind, "any"
    (any question of the poll) and "first" (its first question, as the sealed reader keeps shares)."""
    import csv

    from tests.engine.real_questions import race_slug
    from tests.sealed.files import DATA_DIR, POLL_FILES
    r = _sel(sel)
    mine = spellings(name)
    assert mine & set(r.answers), (name, r.slug)
    found: dict[str, set[str]] = {"any": set(), "first": set()}
    for file in POLL_FILES:
        with open(DATA_DIR / file, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if (row["candidate_name"] or row["answer"]) not in mine:
                    continue
                if race_slug(row["state"], row["office_type"], row["seat_name"], row["cycle"]) != r.slug:
                    continue
                found["any"].add(row["poll_id"])
    found["first"] = {pid for pid, poll in r.polls.items() if any(k in mine for k in shares(poll))}
    return r, found


def person_poll_count(name: str, **sel: object) -> Expect:
    """How many polls of a race name one person: those with the person in any question, or in the first question
    (both counts are right; checked: the person is in the race); any candidate of the race may be shown."""
    r, found = _polls_naming(name, **sel)
    counts = sorted({len(found["any"]), len(found["first"])})
    return Expect(True, says=(tuple(f for n in counts for f in number_forms(n)),), slugs=frozenset({r.slug}),
                  people=frozenset(r.candidates))


def person_newest_poll(name: str, **sel: object) -> Expect:
    """The newest poll of a race that names one person: its pollster (any poll of that last field day that names
    them; checked: the person is in the race); any candidate of the race may be shown."""
    r, found = _polls_naming(name, **sel)
    polls = [p for pid, p in r.polls.items() if pid in found["any"]]
    newest = max(p.end for p in polls)
    return Expect(True, says=(tuple(dict.fromkeys(p.pollster for p in polls if p.end == newest)),),
                  slugs=frozenset({r.slug}), people=frozenset(r.candidates))


DERIVE_FILES.update({f.__name__: f for f in (person_poll_count, person_newest_poll)})


# ------------------------------------------------------------------------------------------------ fresh33
# People of the LA bundles who did not run (an endorser, a pollster, someone a poll tested, a governor a source says
# had not endorsed), asked as a candidate or as an endorser, with the surname people call them by, so that an
# `other_surname` row can be checked against the 1990 Census like any other surname.
def la_named_not_running(name: str, surname: str, said: tuple[str, ...]) -> Expect:
    """`la_not_candidate` (someone the bundles name asked as a candidate: they were none), with the surname the row
    is checked by (checked: it is the name's last word)."""
    assert words_of(name)[-1] == surname, (name, surname)
    return la_not_candidate(name, said)


def la_named_not_endorser(name: str, surname: str, said: tuple[str, ...]) -> Expect:
    """`la_not_endorser` (someone the bundles name asked whom they backed: nobody in the race), with the surname the
    row is checked by (checked: it is the name's last word)."""
    assert words_of(name)[-1] == surname, (name, surname)
    return la_not_endorser(name, said)


DERIVE_LA.update({f.__name__: f for f in (la_named_not_running, la_named_not_endorser)})


# ------------------------------------------------------------------------------------------------ fresh34
# Constraints of the files a question may drop: a county or precinct a results file does not hold, a contest (a
# House district, a measure's number) it does not have, a stage it did not count, a pollster who never polled a race,
# a place or vote type the MEDSL and OpenElections files do not split by. Each checks that the thing is really absent.
def clarity_no_area(path: str, area: str, missing: tuple[str, ...], contest: str | None = None) -> Expect:
    """A county or precinct a Clarity file does not hold ("fulton" in Atkinson County's file): no such area
    (checked: no County or Precinct element's name has the word); about the contest's race, if named."""
    root = ET.parse(SHARED / path).getroot()
    names = {e.get("name", "").casefold() for e in root.iter() if e.tag in ("County", "Precinct")}
    assert names and not any(area.casefold() in n for n in names), (path, area)
    slug = CONTEST_RACE.get((path, contest)) if contest else None
    return absent(*missing, slugs={slug} if slug else ())


def clarity_no_contest(path: str, pattern: str, missing: tuple[str, ...]) -> Expect:
    """A contest a Clarity file does not have ("amendment 81", Colorado's 9th district): no such contest (checked:
    no contest name matches `pattern`, case-insensitive)."""
    contests = list(clarity_counts(path))
    assert contests and not any(re.search(pattern, c, re.IGNORECASE) for c in contests), (path, pattern)
    return absent(*missing)


def clarity_no_stage(path: str, word: str, missing: tuple[str, ...], contest: str) -> Expect:
    """A stage a Clarity file did not count (Atkinson County's file is the November general, not the January
    runoff): no such count (checked: the election's name lacks the word)."""
    root = ET.parse(SHARED / path).getroot()
    name = root.findtext("ElectionName", "")
    assert name and word.casefold() not in name.casefold(), (path, name)
    return absent(*missing, slugs={CONTEST_RACE[path, contest]})


def file_no_pollster(word: str, missing: tuple[str, ...], **sel: object) -> Expect:
    """A pollster who never polled a race ("quinnipiac" of Arizona's 2024 Senate race): no such poll (checked: no
    pollster of the race has the word)."""
    r = _sel(sel)
    assert r.polls and not any(word.casefold() in p.pollster.casefold() for p in r.polls.values()), (word, r.slug)
    return absent(*missing, slugs={r.slug})


def cameron_no_area(area: str, missing: tuple[str, ...]) -> Expect:
    """A county or precinct the OpenElections Cameron County, PA file does not hold: no such count (checked)."""
    from tests.sealed.files import cameron_rows
    rows = cameron_rows()
    assert rows and not any(area.casefold() in (r["county"] + " " + r["precinct"]).casefold() for r in rows), area
    return absent(*missing)


def medsl_no_split(state_po: str, words: tuple[str, ...], missing: tuple[str, ...]) -> Expect:
    """A vote type or a county the MEDSL state file does not split a state's 2024 presidential votes by (checked:
    the state's rows have no such mode and the file has no county column)."""
    from tests.sealed.files import medsl_rows
    rows = [r for r in medsl_rows() if r["state_po"] == state_po]
    assert rows and "county_name" not in rows[0], state_po
    assert not any(w.casefold() in r["mode"].casefold() for w in words for r in rows), (state_po, words)
    return absent(*missing)


DERIVE_FILES.update({f.__name__: f for f in (clarity_no_area, clarity_no_contest, clarity_no_stage, file_no_pollster,
                                             cameron_no_area, medsl_no_split)})


# ------------------------------------------------------------------------------------------------ fresh35
# Unrouted facts asked in long chatty messages: a person's lowest poll figure and party in a race of the files, how
# far a pollster's newest poll of a race put its leader ahead, the days from an LA poll to the day asked, and the days
# from the day asked to a 2022 race's election day (the files' `election_date`).
FILE_PARTY_WORDS = {"DEM": ("democrat*", "democrata*", "dem"), "REP": ("republican*", "republicano*", "rep", "gop"),
                    "LIB": ("libertarian*", "libertario*", "lib"), "IND": ("independent*", "independiente*", "ind"),
                    "GRE": ("green", "verde*", "gre")}


def file_min_share(name: str, **sel: object) -> Expect:
    """The lowest share any poll of a race gave one person (each poll's first question, as `file_max_share`)."""
    r = _sel(sel)
    worst = min(v for p in r.polls.values() for k, v in shares(p).items() if k in spellings(name))
    return Expect(True, says=(number_forms(worst),), slugs=frozenset({r.slug}), people=spellings(name))


def file_party(name: str, **sel: object) -> Expect:
    """A person's party as a race's poll rows give it: the name and the party's words (checked: one party)."""
    r = _sel(sel)
    parties = {r.party.get(n, "") for n in spellings(name) if n in r.answers}
    assert len(parties) == 1 and next(iter(parties)) in FILE_PARTY_WORDS, (name, r.slug, parties)
    forms = tuple(f for n in sorted(spellings(name)) for f in name_forms(n))
    return Expect(True, says=(forms, FILE_PARTY_WORDS[parties.pop()]), slugs=frozenset({r.slug}),
                  people=spellings(name))


def file_poll_lead(pollster: str, **sel: object) -> Expect:
    """How far ahead a pollster's newest poll of a race put its leader (first question): the leader and the points
    (checked: no tie)."""
    r = _sel(sel)
    got = shares(_pollster_poll(r, pollster))
    (top, a), (_, b) = sorted(got.items(), key=lambda kv: -kv[1])[:2]
    assert a > b, (pollster, r.slug)
    points = round(a - b, 2)
    figures = tuple(dict.fromkeys(number_forms(points) + number_forms(round(points, 1))))
    return Expect(True, says=(name_forms(top), figures), slugs=frozenset({r.slug}), pollster=pollster)


def la_days_since(pollster: str | None = None, month: tuple[int, int] | None = None, population: str | None = None,
                  which: str = "newest") -> Expect:
    """How many days before the day asked one LA poll (picked as `la_poll_fact` picks it) was taken: from its last
    field day (or the day reported), or from its first field day (checked: before the day asked)."""
    poll = _la_one_poll(pollster, month, population, which)
    assert poll.as_of < ASKED_ON, poll.id
    days = sorted({(ASKED_ON - d).days for d in (poll.as_of, poll.start) if d})
    return _la(tuple(f for n in days for f in number_forms(n)), pollster=pollster)


def file_days_until(**sel: object) -> Expect:
    """How many days from the day asked to a race's election day, as its poll rows give it (checked: one day, after
    the day asked)."""
    import csv

    from tests.engine.real_questions import parse_date, race_slug
    from tests.sealed.files import DATA_DIR, POLL_FILES
    r = _sel(sel)
    days = set()
    for file in POLL_FILES:
        with open(DATA_DIR / file, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("election_date") and race_slug(row["state"], row["office_type"], row["seat_name"],
                                                          row["cycle"]) == r.slug:
                    days.add(parse_date(row["election_date"]))
    assert len(days) == 1, (r.slug, days)
    day = days.pop()
    assert day > ASKED_ON, (r.slug, day)
    return Expect(True, says=(number_forms((day - ASKED_ON).days),), slugs=frozenset({r.slug}))


def files_also_named(derive: str, also: tuple[str, ...], **args: object) -> Expect:
    """A files derivation `derive` for a question whose chatter names another person of the same race too
    ("greenfield's best poll? she was supposed to beat ernst"): the same answer, the people named in the chatter
    counted among the question's people (checked: each is in the race the derivation answers about)."""
    from dataclasses import replace

    from tests.sealed.derive_files import DERIVE
    expect = (DERIVE_FILES.get(derive) or DERIVE[derive])(**args)
    named = frozenset().union(*(spellings(a) for a in also))
    assert all(spellings(a) & set(poll_races()[slug].answers) for a in also for slug in expect.slugs), also
    return replace(expect, people=expect.people | named)


DERIVE_LA.update({f.__name__: f for f in (la_days_since,)})
DERIVE_FILES.update({f.__name__: f for f in (file_min_share, file_party, file_poll_lead, file_days_until,
                                             files_also_named)})


# ------------------------------------------------------------------------------------------------ fresh36
# Other people next to the LA race's own: a real surname (1990 Census, the `names` package) that nobody of the race
# has, one or two letters from a candidate's, an endorser's or a pollster's ("karen basso", "kevin leonard", "rick
# carson", "the emerson poll"), asked as a candidate, an endorser or a pollster of the LA race.
CENSUS_SHARE = 0.002  # percent of people: the dev set's line between another person's surname and a typo


def _census_surnames() -> dict[str, float]:
    """The 1990 Census surnames the `names` package ships, with the percent of people who have each."""
    from pathlib import Path

    import names
    lines = (Path(names.__file__).parent / "dist.all.last").read_text(encoding="utf-8").splitlines()
    return {line.split()[0].casefold(): float(line.split()[1]) for line in lines if line.strip()}


def _la_name_words() -> set[str]:
    """Every word of every name the LA race gives: candidates, endorsers and their aliases, pollsters, sponsors and
    the pollsters' aliases."""
    race = la_race()
    named = [n for ns in _la_people().values() for n in ns]
    named += [p.pollster for p in race.polls] + [s for p in race.polls for s in p.sponsors]
    named += [a for n, more in race.pollster_aliases.items() for a in (n, *more)]
    return {w for n in named for w in words_of(n)}


def la_stranger(name: str, surname: str, said: tuple[str, ...] = ()) -> Expect:
    """Someone of a real surname nobody of the LA race has ("karen basso", "kevin de luna", "the emerson poll"): the
    data has no such person, and the answer says so, in the name as typed, without its given name, or in the words
    `said` (checked: `surname` is the name's last word and one at least 0.002% of people have, so another person and
    not a typo; no name of a candidate, endorser, pollster or sponsor of the race, aliases included, has it as a
    word; the bundles never write the name)."""
    words = words_of(name)
    assert words[-1] == surname, (name, surname)
    assert _census_surnames().get(surname, 0.0) >= CENSUS_SHARE, (surname, _census_surnames().get(surname))
    assert surname not in _la_name_words(), (name, surname)
    assert not re.search(rf"\b{re.escape(fold(name))}\b", fold(la_race().text)), name
    forms = (fold(name), " ".join(words[1:])) if len(words) > 1 else (fold(name),)
    return absent(*dict.fromkeys((*forms, *said)), slugs=LA)


DERIVE_LA.update({f.__name__: f for f in (la_stranger,)})


def la_made_runoff(person: str) -> Expect:
    """Did X make the runoff, of a candidate the general does not list: the name and that they are out, eliminated
    in the primary or withdrawn (both are true of one who withdrew after the ballots were printed and stayed on
    them, as Feuer, Buscaino and Varma did), in English or Spanish (checked: the general does not list them)."""
    from tests.sealed.derive_la import STATUS_WORDS
    assert not any(r["candidate"] == person for r in la_race().results["general"]), person
    words = (*STATUS_WORDS["eliminated"], *STATUS_WORDS["withdrawn"], *STATUS_WORDS_ES["eliminated"],
             *STATUS_WORDS_ES["withdrawn"])
    return _la(name_forms(person), tuple(dict.fromkeys(words)), people=(person,))


DERIVE_LA.update({f.__name__: f for f in (la_made_runoff,)})
# ------------------------------------------------------------------------------------------------ fresh37
# Constraints of the LA race a question may drop: a vote type or another race of the city the data does not hold, a
# poll's stage (the bundle's `stage` of a poll), a group of voters asked of no poll in particular, a candidate a poll
# or a group's figures leave out, a group a poll reports only by its leader, and two candidates' gap within a group.
def la_no_vote_type(words: tuple[str, ...], stage: str) -> Expect:
    """A stage's results asked by vote type (mail, election day, early, provisional): the bundles' results are
    citywide totals only (checked: a result row has only candidate, votes and pct, and the stage's result entry has
    no field but its stage, source, note, rows and turnout), so the answer says there is no such split."""
    import yaml

    from tests.sealed.bundle import BUNDLES
    assert all(set(row) <= {"candidate", "votes", "pct"} for row in la_race().results[stage]), stage
    for path in BUNDLES:
        race = yaml.safe_load(path.read_text(encoding="utf-8"))["races"][0]
        for entry in race.get("results", ()):
            assert set(entry) <= {"stage", "source", "note", "results", "turnout"}, (path, entry["stage"])
    return absent(*words, slugs=LA)


def la_no_other_race(missing: tuple[str, ...]) -> Expect:
    """Another race of the city than the 2022 mayoral election (the school board, the city council, the controller,
    the sheriff, the 2017 or 2026 mayoral election): the answer says there is none, never the mayor's race (checked:
    each bundle holds one race, the 2022 mayoral one, and every race of the poll files is a federal or governor's
    race, none of a city)."""
    import yaml

    from tests.sealed.bundle import BUNDLES, LA_SLUG
    for path in BUNDLES:
        races = yaml.safe_load(path.read_text(encoding="utf-8"))["races"]
        assert [r["slug"] for r in races] == [LA_SLUG], path
    assert all(r.office in ("governor", "senate", "house", "president") for r in poll_races().values())
    return absent(*missing, slugs=LA)


def _la_stage_releases(stage: str, pollster: str | None = None) -> list[list[LaPoll]]:
    """The LA poll releases whose entries the bundle gives `stage` (primary or general), of a pollster if named,
    oldest first (a release: the entries of one pollster dated one day)."""
    entries, _, _ = _la_entries()
    by: dict[tuple[str, object], list[LaPoll]] = {}
    for poll in sorted(la_race().polls, key=lambda p: p.as_of):
        if entries[poll.id].get("stage") == stage and (pollster is None or poll.pollster == pollster):
            by.setdefault((poll.pollster, poll.as_of), []).append(poll)
    return list(by.values())


def la_stage_polls(stage: str, pollster: str | None = None, n: int | None = None,
                   missing: tuple[str, ...] = ()) -> Expect:
    """The LA polls of one stage (the bundle's `stage` of a poll; of a pollster if named): how many (entries or
    releases), or the n-th release's (1 the first, -1 the newest) leader and the leader's share; none, "no such poll"
    in the words `missing` (checked: the pollster polled the race)."""
    assert pollster is None or la_race().polls_by(pollster), pollster
    releases = _la_stage_releases(stage, pollster)
    if not releases:
        assert missing, (stage, pollster)
        return absent(*missing, slugs=LA)
    if n is None:
        counts = sorted({len(releases), sum(len(r) for r in releases)})
        return _la(tuple(f for k in counts for f in number_forms(k)), pollster=pollster)
    chosen = releases[n - 1 if n > 0 else n]
    tops = {max(p.results, key=lambda k: p.results[k]) for p in chosen}
    assert len(tops) == 1, chosen
    top = tops.pop()
    figures = tuple(dict.fromkeys(f for p in chosen for f in number_forms(p.results[top])))
    return _la(name_forms(top), figures, pollster=pollster)


def _la_group_figures(person: str, group: str) -> list[float]:
    return [g["results"][person] for p in la_race().polls for g in p.subgroups
            if group.casefold() in g["name"].casefold() and person in g.get("results", {})]


def la_group_any(person: str, group: str) -> Expect:
    """A candidate's figure among one group of voters asked of no poll in particular ("how is bass doing with black
    voters"): any poll's figure for that group (checked: at least one poll gives one)."""
    figures = _la_group_figures(person, group)
    assert figures, (person, group)
    return _la(tuple(dict.fromkeys(f for v in figures for f in number_forms(v))), people=(person,))


def la_no_group_figure(person: str, group: str, missing: tuple[str, ...]) -> Expect:
    """A candidate no poll gives a figure for among a group of voters that polls do report ("de león among black
    voters"): the answer says so, never another candidate's figure for the group (checked: some poll reports the
    group, none with a figure, a leader or an "about" for the person)."""
    rows = [g for p in la_race().polls for g in p.subgroups if group.casefold() in g["name"].casefold()]
    assert rows, group
    assert not any(person in g.get("results", {}) or person in (g.get("leader"), g.get("about")) for g in rows), person
    return absent(*missing, slugs=LA)


def la_not_in_poll(person: str, missing: tuple[str, ...], pollster: str | None = None,
                   month: tuple[int, int] | None = None, population: str | None = None) -> Expect:
    """A candidate one LA poll (picked as `la_poll_fact` picks it) did not test ("de león in the wallin poll"): the
    answer says so, never the poll's other candidates' figures as the person's (checked: the person is a candidate of
    the race and not in the poll's results, nor in any question's)."""
    poll = _la_one_poll(pollster, month, population, "newest")
    entries, _, _ = _la_entries()
    questions = entries[poll.id].get("questions") or []
    assert person in la_race().candidates and person not in poll.results, (person, poll.id)
    assert not any(person in q.get("results", {}) for q in questions), (person, poll.id)
    return absent(*missing, slugs=LA)


def la_group_leader_only(group: str, pollster: str, month: tuple[int, int]) -> Expect:
    """A figure asked for a group one LA poll reports only by its leader ("what % of moderates did caruso get in the
    final berkeley poll": it says Caruso leads them, no figure): the leader and the group named, and not the leader's
    topline figure of that poll given as the group's (checked: the group's row has no figures)."""
    row = _la_group_rows(group, None, pollster, month, None)[0]
    assert not row.get("results") and (row.get("leader") or row.get("about")), row
    leader = row.get("leader") or row.get("about")
    poll = _la_one_poll(pollster, month, None, "newest")
    topline = number_forms(poll.results[leader]) if leader in poll.results else ()
    return Expect(True, says=(name_forms(leader),), slugs=LA, people=frozenset({leader}), pollster=pollster,
                  excludes=topline)


def la_group_gap(first: str, second: str, group: str, pollster: str, month: tuple[int, int] | None = None,
                 population: str | None = None) -> Expect:
    """How far apart two candidates were among one group of voters in one LA poll: the points (checked: one group
    row with figures for both)."""
    rows = [g for g in _la_group_rows(group, first, pollster, month, population) if second in g["results"]]
    assert len(rows) == 1, (group, pollster, month)
    points = round(abs(rows[0]["results"][first] - rows[0]["results"][second]), 1)
    return _la(number_forms(points), people=(first, second), pollster=pollster)


DERIVE_LA.update({f.__name__: f for f in (la_no_vote_type, la_no_other_race, la_stage_polls, la_group_any,
                                          la_no_group_figure, la_not_in_poll, la_group_leader_only, la_group_gap)})
# ------------------------------------------------------------------------------------------------ fresh38
# Facts of the results files asked of any contest, not only the three a poll race holds: a place (second, third,
# last), where one choice finished, how many were on the ballot, the margin and the total of a Clarity contest, a
# choice's votes in one Colorado county; the MEDSL 2024 returns' places, ballot size and write-ins; Cameron County,
# PA's places, ballot size, margin, totals and a precinct's registered voters or ballots cast; which poll gave a
# person their best or worst figure; and what the 538 files never hold (a poll's margin of error, who withdrew), which
# an answer must say is not there.
MEDSL_PSEUDO = ("UNDERVOTES", "OVERVOTES", "WRITE-IN", "SCATTERING", "VOID", "NONE OF THESE CANDIDATES", "BLANK")


def _slug_of(path: str, contest: str) -> frozenset[str]:
    slug = CONTEST_RACE.get((path, contest))
    return frozenset({slug} if slug else ())


def _pick(ranked: list[tuple[str, int]], place: int) -> tuple[str, int]:
    """The choice at a place of a ranking (1-based; -1 is the last), checked to tie with no other choice."""
    choice, votes = ranked[place - 1 if place > 0 else len(ranked) + place]
    assert sum(v == votes for _, v in ranked) == 1, (ranked, place)
    return choice, votes


def contest_place(path: str, contest: str, place: int) -> Expect:
    """Who finished at a place (second, third, last) of any contest of a Clarity file, with the votes (checked: no
    tie); an answer naming someone outside the contest is ruled out."""
    choice, votes = _pick(clarity_counts(path)[contest].ranked, place)
    return Expect(True, says=(_choice_forms(choice), number_forms(votes)), slugs=_slug_of(path, contest),
                  people=_contest_people(path, contest))


def contest_finish(path: str, contest: str, choice_word: str) -> Expect:
    """Where one choice of any contest of a Clarity file finished: the place as a number or an ordinal."""
    ranked = clarity_counts(path)[contest].ranked
    found = [i for i, (c, _) in enumerate(ranked, 1) if choice_word in c.casefold()]
    assert len(found) == 1, (contest, choice_word)
    _pick(ranked, found[0])
    return Expect(True, says=(_place_forms(found[0], len(ranked)),), slugs=_slug_of(path, contest),
                  people=_contest_people(path, contest))


def contest_size(path: str, contest: str) -> Expect:
    """How many candidates (choices) any contest of a Clarity file had on the ballot."""
    return Expect(True, says=(number_forms(len(clarity_counts(path)[contest].votes)),), slugs=_slug_of(path, contest),
                  people=_contest_people(path, contest))


def contest_margin(path: str, contest: str) -> Expect:
    """How many votes (or points of the contest's votes) the winner of any contest of a Clarity file won by."""
    ranked = clarity_counts(path)[contest].ranked
    (_, a), (_, b) = ranked[:2]
    total = sum(v for _, v in ranked)
    points = round(100 * (a - b) / total, 1)  # a margin under 0.05 points is said in votes only ("0" is no figure)
    return Expect(True, says=(number_forms(a - b) + (number_forms(points) if points else ()),),
                  slugs=_slug_of(path, contest), people=_contest_people(path, contest))


def contest_total(path: str, contest: str) -> Expect:
    """All votes cast for the choices of any contest of a Clarity file."""
    total = sum(clarity_counts(path)[contest].votes.values())
    return Expect(True, says=(number_forms(total),), slugs=_slug_of(path, contest),
                  people=_contest_people(path, contest))


def contest_county_votes(path: str, contest: str, choice_word: str, county: str) -> Expect:
    """A choice's votes in one county of a statewide Clarity file, in any contest (checked: one choice has the word,
    and the county has votes of it)."""
    root = ET.parse(SHARED / path).getroot()
    found = next(c for c in root.iter("Contest") if c.get("text") == contest)
    choices = [c for c in found.iter("Choice") if choice_word in c.get("text", "").casefold()]
    assert len(choices) == 1, (contest, choice_word)
    counties = [int(c.get("votes", "0")) for c in choices[0].iter("County") if c.get("name") == county]
    assert counties, (contest, county)
    return Expect(True, says=(number_forms(sum(counties)),), slugs=_slug_of(path, contest),
                  people=_contest_people(path, contest))


def _medsl_ranked(state_po: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """A state's 2024 presidential candidates (not written in), summed over modes, the most votes first; and every
    row's name and votes (write-ins and the pseudo-candidates too)."""
    from collections import Counter

    from tests.sealed.files import medsl_rows
    rows = [r for r in medsl_rows() if r["state_po"] == state_po]
    assert rows, state_po
    named: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for r in rows:
        every[r["candidate"]] += int(r["votes"])
        if r["writein"] != "TRUE" and r["candidate"] not in MEDSL_PSEUDO:
            named[r["candidate"]] += int(r["votes"])
    return named.most_common(), every.most_common()


def _medsl_forms(candidate: str) -> tuple[str, ...]:
    """ "KENNEDY, ROBERT F. JR" -> the forms of "Robert F. Kennedy" (the surname alone among them)."""
    surname, _, given = candidate.partition(", ")
    given = " ".join(w for w in given.split() if w.rstrip(".").upper() not in ("JR", "SR", "III"))
    return name_forms(f"{given} {surname}".title().strip())


def medsl_place(state_po: str, place: int) -> Expect:
    """Who finished at a place of a state's 2024 presidential vote (MEDSL), with the votes (checked: no tie, and no
    write-in or pseudo-candidate row, "UNDERVOTES" or "NONE OF THESE CANDIDATES", has as many votes or more)."""
    named, every = _medsl_ranked(state_po)
    choice, votes = _pick(named, place)
    assert [c for c, v in every if v >= votes] == [c for c, v in named if v >= votes], (state_po, place)
    return Expect(True, says=(_medsl_forms(choice), number_forms(votes)))


def medsl_finish(state_po: str, surname: str) -> Expect:
    """Where one candidate finished in a state's 2024 presidential vote (MEDSL): the place (checked as above)."""
    named, every = _medsl_ranked(state_po)
    place = next(i for i, (c, _) in enumerate(named, 1) if c.partition(",")[0] == surname.upper())
    _, votes = _pick(named, place)
    assert [c for c, v in every if v >= votes] == [c for c, v in named if v >= votes], (state_po, surname)
    return Expect(True, says=(_place_forms(place, len(named)),))


def medsl_size(state_po: str) -> Expect:
    """How many candidates were on a state's 2024 presidential ballot (MEDSL; checked: the state has no write-in
    and no pseudo-candidate row, so the count is not in doubt)."""
    named, every = _medsl_ranked(state_po)
    assert len(named) == len(every), state_po
    return Expect(True, says=(number_forms(len(named)),))


def medsl_write_ins(state_po: str) -> Expect:
    """A state's 2024 presidential write-in votes (MEDSL): its WRITE-IN row, or every written-in candidate's votes
    summed (both are right; checked: the state has a WRITE-IN row)."""
    from tests.sealed.files import medsl_rows
    rows = [r for r in medsl_rows() if r["state_po"] == state_po]
    lump = sum(int(r["votes"]) for r in rows if r["candidate"] == "WRITE-IN")
    assert any(r["candidate"] == "WRITE-IN" for r in rows), state_po
    summed = sum(int(r["votes"]) for r in rows if r["writein"] == "TRUE")
    return Expect(True, says=(tuple(dict.fromkeys(number_forms(lump) + number_forms(summed))),))


def medsl_no_field(state_po: str, words: tuple[str, ...], missing: tuple[str, ...]) -> Expect:
    """A figure the MEDSL state file has no column for (registered voters, turnout): no such figure (checked: no
    column name has any of `words`)."""
    from tests.sealed.files import medsl_rows
    rows = [r for r in medsl_rows() if r["state_po"] == state_po]
    assert rows and not any(w in column for w in words for column in rows[0]), (state_po, words)
    return absent(*missing)


def _cameron_ranked(office: str) -> tuple[list[tuple[str, int]], int]:
    """Cameron County, PA's candidates of one office (not the write-ins), summed over precincts, the most votes
    first; and the write-in votes."""
    from collections import Counter

    from tests.sealed.files import cameron_rows
    named: Counter[str] = Counter()
    written = 0
    rows = [r for r in cameron_rows() if r["office"] == office]
    assert rows, office
    for r in rows:
        if r["party"] == "WI":
            written += int(r["votes"] or 0)
        else:
            named[r["candidate"]] += int(r["votes"] or 0)
    return named.most_common(), written


def cameron_place(office: str, place: int) -> Expect:
    """Who finished at a place of one office in Cameron County, PA (OpenElections), with the votes (checked: no tie,
    and the write-ins do not reach it)."""
    named, written = _cameron_ranked(office)
    choice, votes = _pick(named, place)
    assert written < votes, (office, place)
    return Expect(True, says=(name_forms(choice.split(" / ")[0]), number_forms(votes)))


def cameron_size(office: str) -> Expect:
    """How many candidates one office had on Cameron County, PA's ballot (the write-in line not counted)."""
    named, _ = _cameron_ranked(office)
    return Expect(True, says=(number_forms(len(named)),))


def cameron_margin(office: str) -> Expect:
    """How many votes (or points of the office's votes, write-ins counted or not) the winner of one office in
    Cameron County, PA won by."""
    named, written = _cameron_ranked(office)
    (_, a), (_, b) = named[:2]
    total = sum(v for _, v in named)
    points = {round(100 * (a - b) / t, 1) for t in (total, total + written)}
    return Expect(True, says=(tuple(dict.fromkeys(number_forms(a - b) + tuple(f for p in sorted(points)
                                                                                  for f in number_forms(p)))),))


def cameron_total(office: str) -> Expect:
    """All votes cast for one office in Cameron County, PA: the write-ins counted, or not (both are right)."""
    named, written = _cameron_ranked(office)
    total = sum(v for _, v in named)
    return Expect(True, says=(tuple(dict.fromkeys(number_forms(total + written) + number_forms(total))),))


def cameron_write_ins(office: str) -> Expect:
    """The write-in votes of one office in Cameron County, PA (checked: some)."""
    _, written = _cameron_ranked(office)
    assert written, office
    return Expect(True, says=(number_forms(written),))


def cameron_precinct_figure(precinct: str, office: str) -> Expect:
    """A precinct's "Registered Voters" or "Ballots Cast" in Cameron County, PA (OpenElections)."""
    from tests.sealed.files import cameron_rows
    found = [int(r["votes"]) for r in cameron_rows() if r["precinct"] == precinct and r["office"] == office]
    assert len(found) == 1, (precinct, office)
    return Expect(True, says=(number_forms(found[0]),))


def file_extreme_poll(name: str, highest: bool = True, **sel: object) -> Expect:
    """Which poll of a race gave a person their highest (or lowest) figure: its pollster(s) and the figure, read in
    each poll's first question or, where the file flags hypothetical match-ups (2024), in the real match-ups only
    (either reading is right)."""
    r = _sel(sel)
    mine = [(v, p.pollster) for p in r.polls.values() for k, v in shares(p).items() if k in spellings(name)]
    readings = [mine, _real_matchups(name, r.slug)]  # the 2024 files flag hypothetical match-ups: both readings
    names: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    for found in (f for f in readings if f):
        best = max(v for v, _ in found) if highest else min(v for v, _ in found)
        names += tuple(p for v, p in found if v == best)
        figures += number_forms(best)
    return Expect(True, says=(tuple(dict.fromkeys(names)), tuple(dict.fromkeys(figures))), slugs=frozenset({r.slug}),
                  people=spellings(name))


def _real_matchups(name: str, slug: str) -> list[tuple[float, str]]:
    """A person's figures and pollsters in a race's rows that are not hypothetical match-ups (the 2024 files' column
    `hypothetical`; any question of a poll); none where no row of the race has that column."""
    import csv

    from tests.engine.real_questions import race_slug
    from tests.sealed.files import DATA_DIR, POLL_FILES
    found: list[tuple[float, str]] = []
    for file in POLL_FILES:
        with open(DATA_DIR / file, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if "hypothetical" not in row or (row["candidate_name"] or row["answer"]) not in spellings(name):
                    continue
                if row["pct"] and row["hypothetical"].casefold() != "true" and \
                        race_slug(row["state"], row["office_type"], row["seat_name"], row["cycle"]) == slug:
                    found.append((float(row["pct"]), row["pollster"]))
    return found


def _poll_columns() -> set[str]:
    import csv

    from tests.sealed.files import DATA_DIR, POLL_FILES
    columns: set[str] = set()
    for file in POLL_FILES:
        with open(DATA_DIR / file, encoding="utf-8", newline="") as handle:
            columns |= set(next(csv.reader(handle)))
    return columns


def file_no_moe(missing: tuple[str, ...], **sel: object) -> Expect:
    """A poll's margin of error asked of a race of the files: no 538 file has such a column (checked), so the answer
    says it is not there, never a figure of its own."""
    r = _sel(sel)
    assert r.polls and not any(w in c.casefold() for c in _poll_columns() for w in ("moe", "margin", "error")), r.slug
    return absent(*missing, slugs={r.slug})


def file_no_withdrawal(missing: tuple[str, ...], **sel: object) -> Expect:
    """Who withdrew from (dropped out of) a race of the files: no 538 file has a column for it (checked), so the
    answer says so, never a candidate picked from the polls."""
    r = _sel(sel)
    assert r.polls and not any(w in c.casefold() for c in _poll_columns() for w in ("withdr", "drop", "status")), \
        r.slug
    return absent(*missing, slugs={r.slug})


DERIVE_FILES.update({f.__name__: f for f in (
    contest_place, contest_finish, contest_size, contest_margin, contest_total, contest_county_votes, medsl_place,
    medsl_finish, medsl_size, medsl_write_ins, medsl_no_field, cameron_place, cameron_size, cameron_margin,
    cameron_total, cameron_write_ins, cameron_precinct_figure, file_extreme_poll, file_no_moe, file_no_withdrawal)})
# ------------------------------------------------------------------------------------------------ fresh39
# Other people and dropped constraints over the real files: a real surname near a candidate's or a pollster's, or a
# candidate's surname after another given name, checked against everyone the database holds (the poll files, the
# results files, the LA bundles), not the poll files alone.
def _everyone() -> set[str]:
    """Every person's name the database holds: the poll files' candidates, the results files' choices (each person
    of a ticket), the LA race's candidates, aliases and endorsers."""
    from tests.sealed.derive_files import _medsl_name
    from tests.sealed.files import cameron_rows, medsl_rows
    names = {n for r in poll_races().values() for n in r.answers}
    for path in {file for file, _ in CONTEST_RACE}:
        names |= {part.split(" (")[0] for count in clarity_counts(path).values() for choice in count.votes
                  for part in choice.split(" / ")}
    names |= {_medsl_name(r["candidate"]) if "," in r["candidate"] else r["candidate"] for r in medsl_rows()}
    names |= {part for r in cameron_rows() for part in r["candidate"].split(" / ")}
    names |= {n for names_of in _la_people().values() for n in names_of}
    return {n for n in names if words_of(n)}


def nobody_named(surname: str, given: str | None = None) -> Expect:
    """A person nobody in the database is: a real surname near a candidate's ("stacey adams", "deb fisher"), or a
    candidate's surname after another given name ("will tillis", "june ernst"). Checked against `_everyone`: without
    `given`, no name has the surname as a word; with it, no name of that surname has a compatible given name."""
    if given is None:
        assert not any(surname in words_of(n) for n in _everyone()), surname
        return absent(surname)
    named = [n for n in _everyone() if words_of(n)[-1] == surname]
    assert named, (given, surname)
    assert not any(_compatible(f"{given} {surname}", n) for n in named), (given, surname, sorted(named))
    return absent(f"{given} {surname}")


def _pollster_names() -> set[str]:
    """Every pollster the database holds: the poll files', the LA race's and the generic-ballot file's."""
    from tests.sealed.files import generic_ballot_rows
    found = {p.pollster for r in poll_races().values() for p in r.polls.values()}
    found |= {p.pollster for p in la_race().polls}
    found |= {r["pollster"] for r in generic_ballot_rows()}
    return found


def no_pollster_named(surname: str, missing: tuple[str, ...] = (), **sel: object) -> Expect:
    """A real surname near a pollster's asked as a pollster ("graves" for Gravis, "wellman" for Mellman): no pollster
    the database holds has it as a word (checked); about the race named, if any (checked: it has polls)."""
    assert not any(surname in words_of(p) for p in _pollster_names()), surname
    slugs = set()
    if sel:
        r = _sel(sel)
        assert r.polls, r.slug
        slugs = {r.slug}
    return absent(surname, *missing, slugs=slugs)


DERIVE_FILES.update({f.__name__: f for f in (nobody_named, no_pollster_named)})
