"""Expected answers of questions about the bundled LA race, read from the bundles."""

from __future__ import annotations

import datetime as dt
import re

from tests.engine.real_questions import fold
from tests.sealed.bundle import LA_SLUG, LaPoll, la_race, stated_total, turnout
from tests.sealed.expect import Expect, absent, day_forms, name_forms, number_forms

LA = frozenset({LA_SLUG})
ASKED_ON = dt.date(2022, 6, 1)  # tests/engine/la_questions.ASKED_ON: the day the questions are asked


def _in_la(*says: tuple[str, ...], people: tuple[str, ...] = (), pollster: str | None = None,
           may_ask: bool = False) -> Expect:
    return Expect(True, says=tuple(says), slugs=LA, people=frozenset(people), pollster=pollster, may_ask=may_ask)


def pollster_forms(pollster: str) -> tuple[str, ...]:
    """A pollster's name or one of the bundle's aliases."""
    return (pollster, *la_race().pollster_aliases.get(pollster, ()))


def _newest(polls: list[LaPoll]) -> list[LaPoll]:
    newest = max(p.as_of for p in polls)
    return [p for p in polls if p.as_of == newest]


def _poll_says(polls: list[LaPoll]) -> tuple[tuple[str, ...], ...]:
    """The pollster of the newest poll(s) and a figure one of them gives."""
    figures = tuple(f for p in polls for f in number_forms(max(p.results.values())) if p.results)
    return tuple(g for g in (tuple(f for p in polls for f in pollster_forms(p.pollster)), figures) if g)


def leader() -> Expect:
    """Who leads or won: the general election's winner."""
    return _in_la(name_forms(la_race().ranked("general")[0]["candidate"]))


def latest_poll(pollster: str | None = None) -> Expect:
    polls = la_race().polls_by(pollster) if pollster else list(la_race().polls)
    return _in_la(*_poll_says(_newest(polls)), pollster=pollster)


def poll_in_month(year: int, month: int, pollster: str | None = None) -> Expect:
    """A poll of a month: one fielded (or reported) in it, or "no such poll"."""
    polls = [p for p in la_race().polls if (pollster is None or p.pollster == pollster)
             and any(d and (d.year, d.month) == (year, month) for d in (p.start, p.end, p.reported))]
    if not polls:
        return absent(dt.date(year, month, 1).strftime("%B").lower(), slugs=LA)
    return _in_la(*_poll_says(polls), pollster=pollster)


def poll_attribute(pollster: str, attribute: str, month: tuple[int, int] | None = None) -> Expect:
    """One field of a pollster's newest poll (of a month): sample_size, method, field_dates, sponsor."""
    polls = [p for p in la_race().polls_by(pollster) if month is None or (p.as_of.year, p.as_of.month) == month]
    poll = max(polls, key=lambda p: p.as_of)
    match attribute:
        case "sample_size":
            assert poll.sample_size
            return _in_la(number_forms(poll.sample_size), pollster=pollster)
        case "method":
            assert poll.method
            return _in_la(("telephone", "phone", "telefono", "telefonico"), pollster=pollster)
        case "field_dates":
            assert poll.start and poll.end
            return _in_la(day_forms(poll.start), day_forms(poll.end), pollster=pollster)
        case "sponsor":
            assert poll.sponsors
            return _in_la(tuple(f for s in poll.sponsors for f in pollster_forms(s)), pollster=pollster)
    raise ValueError(attribute)


def candidates() -> Expect:
    """Who is (was) running: every candidate who was on the ballot."""
    return _in_la(*(name_forms(r["candidate"]) for r in la_race().results["primary"]))


def endorsers_of(candidate: str, endorser_type: str | None = None) -> Expect:
    """Who endorsed a candidate (of a type: all of them; else any one)."""
    names = la_race().endorsers_of(candidate, endorser_type)
    if not names:
        return absent(endorser_type or "endorsement", slugs=LA)
    if not endorser_type:
        return Expect(True, says=(tuple(f for n in names for f in name_forms(n)),), people=frozenset({candidate}))
    others = [n for n in la_race().endorsers_of(candidate) if n not in names][:5]
    return Expect(True, says=tuple(name_forms(n) for n in names), people=frozenset({candidate}),
                  excludes=tuple(others))


def endorsed_by(endorser: str) -> Expect:
    chosen = {e["candidate"] for e in la_race().endorsements if e["endorser"] == endorser}
    return Expect(True, says=tuple(name_forms(c) for c in sorted(chosen)))


def election_date(stage: str | None = None) -> Expect:
    """The date of a stage; without one, the next stage after the day asked."""
    stages = la_race().stages
    stage = stage or min((s for s, d in stages.items() if d >= ASKED_ON), key=lambda s: stages[s])
    return _in_la(day_forms(stages[stage]))


def winner(stage: str) -> Expect:
    top = la_race().ranked(stage)[0]
    return _in_la(name_forms(top["candidate"]), number_forms(top["pct"]) + number_forms(top["votes"]))


def result_of(person: str, stage: str) -> Expect:
    """A candidate's own votes or share in a stage."""
    row = la_race().result(stage, person)
    return _in_la(number_forms(row["pct"]) + number_forms(row["votes"]), people=(person,))


def votes_of(person: str, stage: str) -> Expect:
    return _in_la(number_forms(la_race().result(stage, person)["votes"]), people=(person,))


def rank(stage: str, place: int) -> Expect:
    """Who finished in a place (1-based; -1 last)."""
    row = la_race().ranked(stage)[place - 1 if place > 0 else place]
    return _in_la(name_forms(row["candidate"]), number_forms(row["pct"]) + number_forms(row["votes"]))


def candidate_count(on_ballot: bool) -> Expect:
    """How many ran: the ballot's candidates (12), or every candidate of the race counting one who left early."""
    counts = {len(la_race().results["primary"])} | (set() if on_ballot else {len(la_race().candidates)})
    return _in_la(tuple(f for n in sorted(counts) for f in number_forms(n)))


def margin(stage: str) -> Expect:
    first, second = la_race().ranked(stage)[:2]
    points = round(first["pct"] - second["pct"], 2)
    return _in_la(number_forms(points) + number_forms(first["votes"] - second["votes"]))


def total_votes(stage: str) -> Expect:
    total = sum(r["votes"] for r in la_race().results[stage])
    stated = stated_total(stage)
    return _in_la(number_forms(total) + (number_forms(stated) if stated else ()))


def turnout_of() -> Expect:
    return _in_la(number_forms(float(turnout())))


def withdrew() -> Expect:
    """Who dropped out: every withdrawn candidate."""
    return _in_la(*(name_forms(n) for n, c in la_race().candidates.items() if c.get("status") == "withdrawn"))


def did_withdraw(person: str) -> Expect:
    return outcome(person)


def pollsters() -> Expect:
    """Which pollsters polled the race: each named pollster (the unnamed one aside)."""
    names = dict.fromkeys(p.pollster for p in la_race().polls if not p.pollster.startswith("Not named"))
    return _in_la(*(pollster_forms(n) for n in names))


def subgroup(group: str, candidate: str | None = None, written: tuple[str, ...] = ()) -> Expect:
    """A group of voters the polls report: its leader or figures; a group they never report is missing."""
    found = [(p, g) for p in la_race().polls for g in p.subgroups if group.casefold() in g["name"].casefold()]
    if not found:
        return absent(group, slugs=LA)
    names = {g.get("leader") or g.get("about") for _, g in found} | {n for _, g in found for n in g.get("results", {})}
    says = tuple(f for n in sorted(x for x in names if x) for f in name_forms(n))
    return _in_la(says, (group, *written), people=(candidate,) if candidate else ())


def compare(first: str, second: str) -> Expect:
    return _in_la(name_forms(first), name_forms(second), people=(first, second))


STATUS_WORDS = {"won": ("won", "winner", "elected", "gano", "ganador*"), "lost": ("lost", "perdio"),
                "eliminated": ("eliminat*", "lost", "perdio"),
                "withdrawn": ("withdr*", "dropped*", "retir*", "quit*", "abandon*")}


def outcome(person: str) -> Expect:
    """Did X win, lose, drop out: the name and the candidate's final status."""
    status = la_race().candidates[person].get("status", "")
    return _in_la(name_forms(person), STATUS_WORDS[status], people=(person,))


def is_running(person: str) -> Expect:
    """Is X running: the name, and that X is (was) a candidate or how X's run ended."""
    status = la_race().candidates[person].get("status", "")
    said = ("candidate*", "candidat*", "running", "yes", "si", *STATUS_WORDS[status])
    return _in_la(name_forms(person), said, people=(person,))


def profile(person: str) -> Expect:
    return _in_la(name_forms(person), people=(person,))


def endorsement_pair(endorser: str, candidate: str) -> Expect:
    """Did X endorse Y: the answer names both (yes or no)."""
    return Expect(True, says=(name_forms(endorser), name_forms(candidate)), people=frozenset({candidate}))


def nobody(missing: tuple[str, ...]) -> Expect:
    """A person, race, place or constraint the LA data does not have (checked: the bundles never name it)."""
    text = fold(la_race().text)
    assert not any(re.search(rf"\b{re.escape(fold(m))}\b", text) for m in missing), missing
    return absent(*missing, slugs=LA)


DERIVE = {f.__name__: f for f in (
    leader, latest_poll, poll_in_month, poll_attribute, candidates, endorsers_of, endorsed_by, election_date, winner,
    result_of, votes_of, rank, candidate_count, margin, total_votes, turnout_of, withdrew, did_withdraw, pollsters,
    subgroup, compare, is_running, outcome, profile, endorsement_pair, nobody)}
