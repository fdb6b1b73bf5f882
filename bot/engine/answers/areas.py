"""Answers from a count's areas and vote types: how a candidate did in a county or precinct, who won it, how many
counties a candidate won, a candidate's votes of one vote type, the turnout of an area."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.db.views import AreaNameView, AreaTotalView, AreaTurnoutView, AreaVotesView, CandidateView, CountView, RaceView
from bot.engine.answers import Answer, Fact, ResolvedEntity, SourceRef
from bot.engine.answers.counts import count_for
from bot.engine.answers.reader import Reader
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.race_choice import stage_fits
from bot.i18n import Messages
from bot.names import fold

# The words around an area's name that are not its name: "atkinson county", "condado de atkinson", "axson
# precinct", "precinto de axson", "driftwood borough".
AREA_FRAME = {"county", "parish", "borough", "co", "cnty", "cty", "condado", "of", "de", "del", "the", "el",
              "precinct", "precinto", "ward", "township", "twp", "city", "ciudad"}

_PRECINCT_FRAME = {"precinct", "precinto", "the", "of", "de", "del", "el"}


def area_key(name: str) -> frozenset[str]:
    """An area's name as a set of words without the frame words: how a question's area meets a count's."""
    return frozenset(fold(name).split()) - AREA_FRAME


@dataclass(frozen=True, slots=True)
class AreaIndex:
    """The counties and precincts the data's counts have, by their words (the frame words aside), built once a data
    version: what a question's words are looked up in."""

    keys: frozenset[frozenset[str]]  # each area's words, for "is this an area of the data"
    names: dict[str, tuple[str, bool]]  # sorted words -> (the data's name, whether a precinct)
    fuzzy: tuple[str, ...]  # the keys long enough to be typed with a typo


async def area_index(reader: Reader) -> AreaIndex:
    """The data's areas, built once a data version (the reader's cache is cleared with each import)."""
    async def build() -> AreaIndex:
        known = await reader.known_areas()
        names: dict[str, tuple[str, bool]] = {}
        for county, precinct in known:
            key = " ".join(sorted(area_key(precinct or county)))
            if key and names.get(key, ("", False))[1] is False:  # a precinct's name before a county's of its words
                names[key] = (precinct or county, precinct is not None)
        keys = frozenset(area_key(precinct or county) for county, precinct in known) - {frozenset()}
        return AreaIndex(keys, names, tuple(k for k in names if len(k) > 3))
    index: AreaIndex = await reader.cache.get("area_index", 0, build)
    return index


async def area_known(reader: Reader) -> Callable[[str], bool]:
    """Whether words name a county or precinct some count of the data has (its words, the frame words aside)."""
    keys = (await area_index(reader)).keys
    return lambda text: area_key(text) in keys


async def area_spelled(reader: Reader) -> Callable[[str], tuple[str, bool] | None]:
    """The name of the county or precinct of the data that words name, typed right or with a typo a word ("arapaho
    county": Arapahoe, "willacoochie": Willacoochee), and whether it is a precinct; None when none, or several, are
    that near."""
    index = await area_index(reader)

    def spelled(text: str) -> tuple[str, bool] | None:
        key = " ".join(sorted(area_key(text)))
        if not key:
            return None
        if key in index.names:  # typed right: the words as typed, which `matching_area` reads finer ("pearson county")
            return text, index.names[key][1]
        if all(lexicon().is_common(w) for w in text.split()):
            return None  # a word of the language typed right is no typo of an area ("when is it held": no Weld)
        allowed = 1 if len(key) < 8 else 2
        near = {index.names[typed] for typed, _distance, _at in process.extract(
            key, index.fuzzy, scorer=OSA.distance, score_cutoff=allowed, limit=None)}
        return near.pop() if len(near) == 1 else None
    return spelled


def matching_area(asked: str, rows: Sequence[AreaNameView] | Sequence[AreaVotesView]) -> tuple[str, str | None] | None:
    """The county (and precinct) of a count a question's area names: a precinct's name, else a county's; the frame
    words ("county", "precinct", "ward") left aside unless they tell two apart."""
    wanted = area_key(asked)
    if not wanted:
        return None
    precincts = {(r.county, r.precinct) for r in rows if r.precinct}
    light = frozenset(fold(asked).split()) - _PRECINCT_FRAME
    exact = [p for p in precincts if frozenset(fold(p[1] or "").split()) - _PRECINCT_FRAME == light]
    if len(exact) == 1:  # "pearson city precinct" is Pearson City, not Pearson County
        return exact[0]
    counties = {r.county for r in rows}
    county = [c for c in counties if area_key(c) == wanted]
    said_county = bool({"county", "condado", "parish"} & set(fold(asked).split()))
    if county and (said_county or not precincts):
        return county[0], None
    found = [p for p in precincts if area_key(p[1] or "") == wanted]
    if len(found) == 1:
        return found[0]
    return (county[0], None) if county else None


@dataclass(frozen=True, slots=True)
class AreaCount:
    """The count of a race that has an area named, its rows, and the county (and precinct) the area is in it."""

    count: CountView
    rows: Sequence[AreaVotesView]
    county: str
    precinct: str | None


async def count_with_area(reader: Reader, counts: Sequence[CountView], stage: str | None,
                          area: str) -> AreaCount | None:
    """The count of the stage asked whose areas have the one named: the race's own count first, else a county's
    file counted beside it ("emporium east ward" is a precinct of Cameron County's file, not of the state's count)."""
    first = count_for(counts, stage)
    others = sorted((c for c in counts if c is not first and (stage is None or stage_fits(c.stage, stage))),
                    key=lambda c: c.taken_at, reverse=True)
    ordered = ([first] if first is not None else []) + others
    names = await reader.area_names([count.snapshot_id for count in ordered]) if ordered else {}
    for count in ordered:  # the area's name among the count's names, then that county's rows only
        found = matching_area(area, names[count.snapshot_id]) if names.get(count.snapshot_id) else None
        if found is not None:
            return AreaCount(count, await reader.county_votes(count.snapshot_id, found[0]), *found)
    return None


def _rows_of(rows: Sequence[AreaVotesView], county: str | None, precinct: str | None,
             vote_type: str | None) -> list[AreaVotesView]:
    """The rows of one area (None: the whole count, by its finest areas once) and vote type (None: every type)."""
    if county is None:
        level = [r for r in rows if r.precinct is None] or list(rows)
    elif precinct is None:
        level = [r for r in rows if r.county == county and r.precinct is None] \
            or [r for r in rows if r.county == county]
    else:
        level = [r for r in rows if r.county == county and r.precinct == precinct]
    return [r for r in level if vote_type is None or r.vote_type == vote_type]


def tally(rows: Sequence[AreaVotesView]) -> dict[int, int]:
    """Votes by candidate id."""
    votes: dict[int, int] = defaultdict(int)
    for row in rows:
        votes[row.candidate_id] += row.votes
    return dict(votes)


def _place_name(county: str, precinct: str | None, m: Messages) -> str:
    return (m.gettext("{precinct} ({county})").format(precinct=precinct, county=county) if precinct
            else m.gettext("{county} County").format(county=county))


def _share(votes: int, total: int, m: Messages) -> str:
    return m.percent(100 * votes / total, 1) if total else m.gettext("n/a")


def area_answer(race: RaceView, count: CountView, rows: Sequence[AreaVotesView], county: str, precinct: str | None,
                candidate: CandidateView | None, vote_type: str | None, m: Messages) -> Answer:
    """How a candidate did in an area (of one vote type, or all), or who won it when no candidate is named."""
    _ = m.gettext
    names = {c.candidate.id: c.candidate.name for c in count.counts}
    votes = tally(_rows_of(rows, county, precinct, vote_type))
    total = sum(votes.values())
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    place = _place_name(county, precinct, m)
    kind = m.term("vote type", vote_type) if vote_type else ""
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    facts = [Fact(_("{name}: {votes} votes ({share})").format(name=names.get(cid, "?"), votes=m.number(n),
                                                              share=_share(n, total, m)), ref) for cid, n in ranked]
    race_name = m.term("race", race.name)
    if candidate is not None and candidate.id in votes:
        own = votes[candidate.id]
        summary = (_("{name} got {votes} {kind} votes in {place} ({share}), in the count of the {race}.") if vote_type
                   else _("{name} got {votes} votes in {place} ({share}), {rank} of {count}, in the count of the "
                          "{race}.")).format(name=candidate.name, votes=m.number(own), kind=kind, place=place,
                                             share=_share(own, total, m),
                                             rank=m.ordinal([c for c, _n in ranked].index(candidate.id) + 1),
                                             count=len(ranked), race=race_name)
    elif candidate is not None:
        summary = _("{name} is not in the count of the {race} in {place}.").format(name=candidate.name,
                                                                                  race=race_name, place=place)
    elif ranked:
        (first, a), second = ranked[0], (ranked[1] if len(ranked) > 1 else None)
        over = _(" to {name}'s {votes} ({share})").format(name=names.get(second[0], "?"), votes=m.number(second[1]),
                                                          share=_share(second[1], total, m)) if second else ""
        summary = _("{name} won {place} with {votes} votes ({share}){over}, in the count of the {race}.").format(
            name=names.get(first, "?"), place=place, votes=m.number(a), share=_share(a, total, m), over=over,
            race=race_name)
    else:
        summary = _("No votes counted in {place} in the {race}.").format(place=place, race=race_name)
    entities = [ResolvedEntity("race", race.id, race.name, 100.0)]
    if candidate is not None:
        entities.append(ResolvedEntity("candidate", candidate.id, candidate.name, 100.0))
    return Answer(QuestionKind.RESULTS, status="ok", title=_("Results in {place}: {race}").format(place=place,
                                                                                                  race=race_name),
                  summary=summary, facts=tuple(facts), entities=tuple(entities), race_slug=race.slug,
                  extra={"area": place, "vote_type": vote_type})


def vote_type_answer(race: RaceView, count: CountView, rows: Sequence[AreaVotesView], candidate: CandidateView | None,
                     vote_type: str, m: Messages) -> Answer:
    """A candidate's votes of one vote type in the whole count (or every candidate's)."""
    _ = m.gettext
    names = {c.candidate.id: c.candidate.name for c in count.counts}
    votes = tally(_rows_of(rows, None, None, vote_type))
    total = sum(votes.values())
    kind = m.term("vote type", vote_type)
    race_name = m.term("race", race.name)
    where = _(" ({area} only)").format(area=count.area) if count.area else ""
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    facts = tuple(Fact(_("{name}: {votes} votes ({share})").format(name=names.get(cid, "?"), votes=m.number(n),
                                                                   share=_share(n, total, m)), ref)
                  for cid, n in ranked)
    if candidate is not None:
        summary = _("{name} got {votes} {kind} votes ({share} of them) in the count of the {race}{where}.").format(
            name=candidate.name, votes=m.number(votes.get(candidate.id, 0)), kind=kind,
            share=_share(votes.get(candidate.id, 0), total, m), race=race_name, where=where)
    else:
        summary = _("{count} {kind} votes were counted in the {race}{where}.").format(
            count=m.number(total), kind=kind, race=race_name, where=where)
    return Answer(QuestionKind.RESULTS, status="ok", title=_("Results by vote type: {race}").format(race=race_name),
                  summary=summary, facts=facts, race_slug=race.slug, extra={"vote_type": vote_type})


def areas_won_answer(race: RaceView, count: CountView, rows: Sequence[AreaTotalView], candidate: CandidateView,
                     m: Messages) -> Answer:
    """How many of a count's counties (or precincts, for a county's file) a candidate won."""
    _ = m.gettext
    by_area: dict[tuple[str, str | None], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    county_level = any(r.precinct is None for r in rows)
    for row in rows:
        if (row.precinct is None) == county_level:
            by_area[(row.county, row.precinct)][row.candidate_id] += row.votes
    won = sorted(area for area, votes in by_area.items()
                 if votes and max(votes.items(), key=lambda item: item[1])[0] == candidate.id)
    unit = _("counties") if county_level else _("precincts")
    summary = _("{name} won {won} of {total} {unit} in the count of the {race}.").format(
        name=candidate.name, won=m.number(len(won)), total=m.number(len(by_area)), unit=unit,
        race=m.term("race", race.name))
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    facts = (Fact(m.series([precinct or county for county, precinct in won]), ref),) if won else ()
    return Answer(QuestionKind.RESULTS, status="ok", title=_("Results by area: {race}").format(
        race=m.term("race", race.name)), summary=summary, facts=facts, race_slug=race.slug,
        entities=(ResolvedEntity("race", race.id, race.name, 100.0),
                  ResolvedEntity("candidate", candidate.id, candidate.name, 100.0)))


def turnout_answer(race: RaceView, count: CountView, turnout: Sequence[AreaTurnoutView], county: str | None,
                   precinct: str | None, m: Messages) -> Answer | None:
    """Ballots cast (and the share of registered voters, where known) in an area of a count, or in its whole area;
    None when the count keeps no turnout there."""
    _ = m.gettext
    if county is None:
        rows = [t for t in turnout if t.precinct is None] or list(turnout)
    else:
        rows = [t for t in turnout if t.county == county and t.precinct == precinct] \
            or [t for t in turnout if t.county == county and precinct is None]
    cast = sum(t.ballots_cast or 0 for t in rows)
    if not rows or not cast:
        return None
    registered = sum(t.registered or 0 for t in rows) if all(t.registered for t in rows) else 0
    place = _place_name(county, precinct, m) if county else (count.area or m.term("race", race.name))
    summary = (_("{cast} ballots were cast in {place}, {share} of its {registered} registered voters.") if registered
               else _("{cast} ballots were cast in {place}.")).format(
        cast=m.number(cast), place=place, share=m.percent(100 * cast / registered, 1) if registered else "",
        registered=m.number(registered))
    ref = SourceRef(count.source.url, count.source.title, count.source.publisher, count.source.published)
    return Answer(QuestionKind.RESULTS, status="ok", title=_("Turnout: {race}").format(race=m.term("race", race.name)),
                  summary=summary, facts=(Fact(summary, ref),), race_slug=race.slug)


def areas_of(rows: Sequence[AreaVotesView]) -> list[str]:
    """The counties of a count's rows."""
    return sorted({r.county for r in rows})
