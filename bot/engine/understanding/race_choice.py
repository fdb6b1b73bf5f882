"""Choosing the race a question is about from its race terms, the places and the candidates it names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.db.views import RaceView
from bot.engine.understanding.race_table import RaceTable
from bot.engine.understanding.race_terms import MEASURE_KINDS, RaceTerms
from bot.names import fold
from bot.races import AT_LARGE

if TYPE_CHECKING:
    from bot.engine.understanding.question import ParsedQuestion

MAX_RACE_OPTIONS = 5  # "which race?" lists at most this many


@dataclass(frozen=True, slots=True)
class RaceChoice:
    """The race a question is about, or why there is none: several fit equally ("which race?") or none fits."""

    race: RaceView | None
    options: tuple[RaceView, ...] = ()
    constrained: bool = False  # the question said something of its race (place, office, year, candidate ...)

    @property
    def several(self) -> bool:
        """Whether several races fit and none was chosen."""
        return self.race is None and len(self.options) > 1

    @property
    def none_fits(self) -> bool:
        """Whether the question names a race that no race fits."""
        return self.race is None and self.constrained and not self.options


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the question (a city, "LA") and the races held there, with the words it took."""

    positions: frozenset[int]
    race_ids: frozenset[int]


def places_of(parsed: ParsedQuestion) -> list[Place]:
    """The places a parsed question names."""
    return [Place(frozenset(range(s.start, s.end)), frozenset(s.match.entry.race_ids)) for s in parsed.of("place")]


def choose_race(terms: RaceTerms, races: RaceTable, today: dt.date, *, places: Sequence[Place] = (),
                candidates: Sequence[Iterable[int]] = (), hints: Sequence[Iterable[int]] = (),
                default_id: int | None = None, top_of_ticket: bool = False) -> RaceChoice:
    """Filter the races by what the question names, then prefer the default race, the newest or upcoming cycle,
    the regular election over a special one and the national race over a state's; ask only among equals.
    `top_of_ticket`: the question asks who won a place and names no office ("who won michigan in 2024"): of a
    presidential year's races there, the presidential race."""
    constrained = bool(terms.named or terms.offices or places or candidates)
    if not constrained:
        if default_id in races.by_id:
            return RaceChoice(races.by_id[default_id])
        hinted = _narrow_all(races, hints)
        if len(hinted) == 1:
            return RaceChoice(hinted[0])
        return RaceChoice(None, tuple(hinted) if len(hinted) < len(races) else ())
    pool, states = _fitting(terms, races, places, candidates)
    if len(pool) > 1:
        pool = _narrow(pool, hints)
    if len(pool) > 1 and default_id is not None and any(r.id == default_id for r in pool):
        pool = [r for r in pool if r.id == default_id]
    # "president" and the generic ballot are one race a cycle: named alone, the newest or upcoming one
    lone_office = not (terms.named or places or candidates or terms.offices & {"president", "generic"})
    if len(pool) > 1 and not lone_office:
        pool = _preferred(pool, terms, today, bool(states or places))
    if len(pool) > 1 and top_of_ticket and not (terms.offices or terms.other_office or candidates) \
            and terms.district is None:
        presidential = [r for r in pool if r.structure.office_kind == "president" and r.structure.district is None]
        if len(presidential) == 1:
            pool = presidential
    if len(pool) == 1:
        return RaceChoice(pool[0], constrained=True)
    ordered = sorted(pool, key=lambda r: (-r.cycle, r.name))[:MAX_RACE_OPTIONS]
    return RaceChoice(None, tuple(ordered), constrained=True)


def races_fitting(terms: RaceTerms, races: RaceTable, today: dt.date, *, places: Sequence[Place] = (),
                  candidates: Sequence[Iterable[int]] = ()) -> list[RaceView]:
    """Every race that fits what a text names ("nc gov", "ga-6", "pres mich", "warnock"), for a race typed in
    part: the one a question would be about first, then the newest. None when the text names nothing of a race."""
    if not (terms.named or terms.offices or places or candidates):
        return []
    pool, _ = _fitting(terms, races, places, candidates)
    first = choose_race(terms, races, today, places=places, candidates=candidates).race
    return sorted(pool, key=lambda r: (first is None or r.id != first.id, -r.cycle, r.name))


def _fitting(terms: RaceTerms, races: RaceTable, places: Sequence[Place],
             candidates: Sequence[Iterable[int]]) -> tuple[list[RaceView], dict[str, int]]:
    """The races that fit, and the reading of the state words that found them: a word that is a place ("LA") is
    read as the place first, as a state code only if no race fits that way."""
    place_words = set().union(*(p.positions for p in places)) if places else set()
    readings = [{c: p for c, p in terms.states.items() if p not in place_words}]
    if len(readings[0]) != len(terms.states):
        readings.append(dict(terms.states))
    pool: list[RaceView] = []
    for states in readings:
        place_ids = set().union(*(p.race_ids for p in places)) if places and states == readings[0] else set()
        pool = _filter(terms, races, states, place_ids if places and states == readings[0] else None, candidates)
        if pool:
            break
    return pool, states


def _filter(terms: RaceTerms, races: RaceTable, states: dict[str, int], place_ids: set[int] | None,
            candidates: Sequence[Iterable[int]]) -> list[RaceView]:
    """The races that fit every term. Starts from the smallest group the table holds, then checks the rest."""
    national = terms.national or ("president" in terms.offices and not states and place_ids is None
                                  and terms.district is None)
    pool: Sequence[RaceView]
    if candidates:
        pool = races.with_ids(set.intersection(*(set(ids) for ids in candidates)))
        candidates = ()
    elif states or place_ids is not None:
        in_states = [r for code in states for r in races.statewide.get(code, ())]
        pool = [*in_states, *races.with_ids(set(place_ids or ()) - {r.id for r in in_states})]
        states, place_ids = {}, None
    elif national:
        pool = races.national
    elif terms.cycle is not None:
        pool = races.by_cycle.get(terms.cycle, ())
    elif terms.offices:
        pool = [r for office in sorted(terms.offices) for r in races.by_office.get(office, ())]
    else:
        pool = races.races
    if states or place_ids is not None:
        pool = [r for r in pool if r.structure.state_code in states and r.structure.locality is None
                or place_ids is not None and r.id in place_ids]
    if national:
        pool = [r for r in pool if r.structure.national]
    if terms.offices:
        pool = [r for r in pool if r.structure.office_kind in terms.offices]
    if terms.measure:
        pool = [r for r in pool if r.structure.office_kind == "measure" and _measure_is(r, terms.measure)]
    if terms.other_office:
        pool = [r for r in pool if r.structure.office_kind == "other" and _office_is(r, terms.other_office)]
    if terms.other_place:  # a city no place of the data is: its races, if any (there are none)
        pool = [r for r in pool if fold(r.structure.locality or "") == terms.other_place]
    if terms.district is not None:
        pool = [r for r in pool if _district_fits(r.structure.district, terms.district)]
    if terms.special or terms.regular:
        pool = [r for r in pool if r.structure.special == terms.special]
    if terms.cycle is not None:
        pool = [r for r in pool if r.cycle == terms.cycle]
    if terms.stage is not None:
        pool = [r for r in pool if has_stage(r, terms.stage)]
    for ids in candidates:
        wanted = set(ids)
        pool = [r for r in pool if r.id in wanted]
    return list(pool)


def _office_is(race: RaceView, office: str) -> bool:
    """Whether a race of another office is the one named: every word of the office's name in the race's office."""
    words = set(fold(race.office).split())
    return set(office.split()) <= words


def _measure_is(race: RaceView, measure: tuple[str, str]) -> bool:
    """Whether a ballot measure's race is the one named: its office is the kind and label ("Amendment 79"; a
    "Prop 131" is a proposition)."""
    words = fold(race.office).split()
    return len(words) >= 2 and words[-1] == measure[1] and MEASURE_KINDS.get(words[-2]) == measure[0]


def _narrow(pool: list[RaceView], hints: Sequence[Iterable[int]]) -> list[RaceView]:
    """Soft hints (a pollster or group of voters named) narrow the races only when some race fits them."""
    for ids in hints:
        wanted = set(ids)
        narrowed = [r for r in pool if r.id in wanted]
        if narrowed:
            pool = narrowed
    return pool


def _narrow_all(races: RaceTable, hints: Sequence[Iterable[int]]) -> list[RaceView]:
    """`_narrow` of every race, read through the table."""
    for i, ids in enumerate(hints):
        hinted = races.with_ids(ids)
        if hinted:
            return _narrow(hinted, hints[i + 1:])
    return list(races.races)


def _preferred(pool: list[RaceView], terms: RaceTerms, today: dt.date, where_named: bool) -> list[RaceView]:
    # "NE-2" is the House seat, unless the question names the presidential race of the district
    if terms.district is not None and "house" in terms.offices and any(r.structure.office_kind == "house"
                                                                       for r in pool):
        pool = [r for r in pool if r.structure.office_kind == "house"]
    if terms.area_state is not None and any(r.structure.state_code == terms.area_state for r in pool):
        pool = [r for r in pool if r.structure.state_code == terms.area_state]
    if terms.cycle is None and terms.poll_year is not None:
        # a poll of a year is of that year's race, or of the next year's (polls come before the election)
        for cycle in (terms.poll_year, terms.poll_year + 1):
            if any(r.cycle == cycle for r in pool):
                return _preferred([r for r in pool if r.cycle == cycle], replace(terms, cycle=cycle), today,
                                  where_named)
    if terms.cycle is None:
        upcoming = [r for r in pool if r.stages and max(s.date for s in r.stages) >= today]
        if upcoming:
            soonest = min(min(s.date for s in r.stages if s.date >= today) for r in upcoming)
            pool = [r for r in upcoming if any(s.date == soonest for s in r.stages)]
        else:
            newest = max(r.cycle for r in pool)
            pool = [r for r in pool if r.cycle == newest]
    if terms.district is None:  # "maine presidential": the statewide vote, not the districts' votes
        statewide = {r.structure.office_kind for r in pool if r.structure.district is None}
        pool = [r for r in pool if r.structure.district is None or r.structure.office_kind not in statewide]
    if not terms.special and any(not r.structure.special for r in pool):
        pool = [r for r in pool if not r.structure.special]
    if not where_named and any(r.structure.national for r in pool):
        pool = [r for r in pool if r.structure.national]
    return pool


def has_stage(race: RaceView, asked: str) -> bool:
    """Whether a race has the stage asked; the general election after a top-two primary is its runoff, and that
    primary its "top two" (jungle) primary."""
    if any(stage_fits(s.stage, asked) for s in race.stages):
        return True
    if asked == "jungle primary" and race.nonpartisan and any(s.stage == "primary" for s in race.stages):
        return True
    return asked == "runoff" and race.nonpartisan and any(s.stage == "general" for s in race.stages)


def _district_fits(district: str | None, asked: str) -> bool:
    if district == asked:
        return True
    return district == AT_LARGE and asked == "1" or asked == AT_LARGE and district == "1"


def stage_fits(stage: str, asked: str) -> bool:
    """ "primary" is any primary (a jungle primary too); other stages are named exactly."""
    return stage == asked or asked == "primary" and "primary" in stage
