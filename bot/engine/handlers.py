"""The handlers of the routes: each answers one case of the route table (bot/engine/routes.py) from the data."""

from __future__ import annotations

from dataclasses import replace

from bot.db.views import CandidateView
from bot.engine.answers import Answer, Fact, localized
from bot.engine.answers.areas import (
    area_answer,
    area_known,
    areas_won_answer,
    count_with_area,
    turnout_answer,
    vote_type_answer,
)
from bot.engine.answers.counts import count_for
from bot.engine.answers.facts import candidate_count, margin, placed, votes_cast, withdrawn
from bot.engine.answers.localized import (
    area_not_in_count,
    area_not_kept,
    area_nowhere,
    name_not_known,
    no_results_at_all,
    suggest,
    unknown_name,
    vote_type_not_kept,
    weak_answer,
    which_race,
)
from bot.engine.answers.matched import with_entity
from bot.engine.answers.people import candidate_profile, candidate_standing, is_running, person_fact
from bot.engine.answers.polls import (
    compare,
    who_leads,
)
from bot.engine.answers.races import election_date, race_list, race_overview
from bot.engine.answers.results import election_results
from bot.engine.answers.wording import race_name
from bot.engine.asked import (
    WHO_WORDS,
    Asked,
    not_kept_words,
    outside_the_race,
    stages_apart,
    unknown_people,
    unknown_pollster,
)
from bot.engine.kinds import Attribute, QuestionKind
from bot.engine.thresholds import MAX_SUGGESTIONS
from bot.engine.understanding.attributes import LOST_WORDS, WON_WORDS
from bot.engine.understanding.name_spans import question_word
from bot.engine.understanding.question import Span, compared_sides, stage_asked
from bot.engine.understanding.race_choice import places_of, races_fitting, stage_fits


async def handle_help(q: Asked) -> Answer:
    """What I can answer."""
    return localized.help_answer(q.messages)


async def handle_weak_name(q: Asked) -> Answer:
    """Did you mean ..., or which one do you mean."""
    return weak_answer(q.parsed, q.index, q.race, q.messages)


async def handle_is_running(q: Asked) -> Answer:
    """Whether the named candidate runs, in the race when the question names one."""
    span, candidate = q.candidates[0]
    if q.choice.none_fits:  # the race named is none of theirs: "is gavin newsom running for la mayor"
        return await _not_their_race(q, span, candidate)
    answer = await is_running(q.reader, candidate.id, span.match.entry.race_ids, q.race, q.today,
                              ballot=bool(BALLOT_WORDS & set(q.parsed.words)))
    return with_entity(answer, span)


# Words that ask whether someone was on the ballot, which one who withdrew late still was.
BALLOT_WORDS = {"ballot", "ballots", "boleta", "boletas", "papeleta", "papeletas"}


async def _not_their_race(q: Asked, span: Span, candidate: CandidateView) -> Answer:
    """A race named that the candidate does not run in: "No", the race (or the kind of race) and theirs; or that no
    race fits what the question names at all."""
    fitting = races_fitting(q.parsed.terms, q.reader.race_table(), q.today, places=places_of(q.parsed))
    if not fitting:
        return await handle_no_race(q)
    race, not_in = (fitting[0], None) if len(fitting) == 1 else (None, _race_asked(q))
    answer = await is_running(q.reader, candidate.id, span.match.entry.race_ids, race, q.today, not_in=not_in)
    return with_entity(answer, span)


def _race_asked(q: Asked) -> str:
    """The race a question names, in its words, its places first ("LA mayor", "2024 senate")."""
    terms = q.parsed.terms
    places = places_of(q.parsed)
    at_places = set().union(*(p.positions for p in places)) if places else set()
    if at_places:  # "la" read as the place, not as Louisiana too
        terms = replace(terms, states={code: at for code, at in terms.states.items() if at not in at_places})
    described = terms.describe(q.messages)
    names = [s.match.entry.display for s in q.parsed.of("place") if s.match.entry.display not in described]
    return " ".join([*names, described]).strip()


async def handle_person_fact(q: Asked) -> Answer:
    """A candidate's party or age."""
    attribute = q.parsed.asked.attribute if q.parsed.asked is not None else Attribute.PARTY  # "varma's party"
    return await person_fact(q.reader, q.people_asked[0], attribute, q.race)


async def handle_profile(q: Asked) -> Answer:
    """The named candidate's profile."""
    span, candidate = q.candidates[0]
    race_ids = span.match.entry.race_ids
    terms = q.parsed.terms
    if terms.offices or terms.cycle is not None or terms.states or terms.stage:  # "chris sununu governor": those races
        fitting = {r.id for r in races_fitting(terms, q.reader.race_table(), q.today, candidates=[race_ids],
                                               places=places_of(q.parsed))}
        if not fitting:  # "ted cruz in the la mayor race", "mike braun indiana governor 2020": not his race
            return await _not_their_race(q, span, candidate)
        race_ids = tuple(r for r in race_ids if r in fitting) or race_ids
    focus = q.race if q.race is not None and q.race.id in race_ids else None
    answer = await candidate_profile(q.reader, candidate.id, q.today, race_ids, focus)
    return with_entity(answer, span)


async def handle_no_race(q: Asked) -> Answer:
    """Which race, or that no race fits what the question names."""
    m = q.messages
    asks_a_result = q.has(QuestionKind.RESULTS) or q.parsed.asked is not None and q.parsed.asked.attribute in (
        Attribute.TURNOUT, Attribute.TOTAL_VOTES, Attribute.MARGIN, Attribute.RANK)
    if q.parsed.area and not q.candidates and asks_a_result:
        area = q.parsed.area
        if not (await area_known(q.reader))(area):
            return area_nowhere(area, m)  # "who won cook county": no count has it, whichever race is meant
        if q.parsed.terms.named and not await _counted_in_fitting_race(q, area):
            return area_nowhere(area, m, q.parsed.terms.describe(m))  # "who won pueblo county in 2020"
    if q.choice.several:
        return which_race(q.choice, m)
    if q.choice.none_fits:
        what = _race_asked(q) or m.gettext("that")
        names = ", ".join(c.name for _, c in q.candidates)
        return Answer(q.parsed.intents[0] if q.parsed.intents else QuestionKind.RACE, status="not_found",
                      title=m.gettext("No such race"),
                      summary=localized.no_race_summary(what, names, m))
    if q.weak:
        return weak_answer(q.parsed, q.index, None, m)
    return which_race(q.choice, m)


async def handle_stage_not_held(q: Asked) -> Answer:
    """A stage named that the race has none of: which stages it has."""
    assert q.race is not None and q.parsed.terms.stage is not None
    m = q.messages
    held = m.series([f"{m.term('stage', s.stage)} ({m.date(s.date)})" for s in q.race.stages])
    return Answer(q.parsed.intents[0] if q.parsed.intents else QuestionKind.RACE, status="not_found",
                  title=m.gettext("No such stage: {race}").format(race=race_name(q.race, m)),
                  summary=m.gettext("I have no {stage} of {race}: its stages are {stages}.").format(
                      stage=m.term("stage", q.parsed.terms.stage), race=race_name(q.race, m), stages=held),
                  race_slug=q.race.slug)


async def _counted_in_fitting_race(q: Asked, area: str) -> bool:
    """Whether a race that fits what the question names has a count with the area it names."""
    for race in races_fitting(q.parsed.terms, q.reader.race_table(), q.today, places=places_of(q.parsed)):
        counts = q.reader.current_counts(race.id)
        if counts and await count_with_area(q.reader, counts, None, area) is not None:
            return True
    return False


async def handle_compare(q: Asked) -> Answer:
    """The two named candidates side by side; in a county or precinct named, as that area counted them."""
    if q.parsed.area is not None:  # "ossoff vs perdue atkinson county": the count there, not the polls
        return await handle_results(q)
    (first_span, first), (second_span, second) = q.candidates[:2]
    answer = await compare(q.reader, q.race, first, second)
    return with_entity(with_entity(answer, first_span), second_span)


async def handle_compare_unknown(q: Asked) -> Answer:
    """Two names compared, one or both of which nobody has ("fetterman vs oz" in a file without them)."""
    unexplained = set(q.parsed.leftover) | set(q.parsed.common)  # "oz" is a word, but "vs" says it is a name here
    unknown = [" ".join(w for w in side if w in unexplained) for side in compared_sides(q.parsed.words)]
    names = [name for name in unknown if name]
    near = [n for name in names for n in suggest(q.index, name, "candidate")][:MAX_SUGGESTIONS]
    m = q.messages
    return Answer(QuestionKind.COMPARE, status="not_found", title=m.gettext("Name not known"),
                  summary=localized.unknown_name_summary("candidate", names, near, m), suggestions=tuple(near),
                  unmatched=" ".join(names))


async def handle_area(q: Asked) -> Answer:
    """How a candidate did in the county or precinct named (of a vote type, if one is named), who won it, or its
    turnout, from the count's areas; else that the race's counts are not kept for it."""
    counts = q.reader.current_counts(q.race.id)
    found = await count_with_area(q.reader, counts, q.parsed.terms.stage, q.parsed.area or "")
    if found is not None:
        count, rows, county, precinct = found.count, found.rows, found.county, found.precinct
        if q.parsed.asked is not None and q.parsed.asked.attribute in (Attribute.TURNOUT, Attribute.TOTAL_VOTES) \
                and not (q.candidates or q.parsed.vote_type):  # "how many mail ballots did trump get": his
            turnout = turnout_answer(q.race, count, await q.reader.area_turnout(count.snapshot_id), county,
                                     precinct, q.messages)
            if turnout is not None:
                return turnout
        vote_type = q.parsed.vote_type if any(r.vote_type == q.parsed.vote_type for r in rows) else None
        if q.parsed.vote_type and vote_type is None:
            return vote_type_not_kept(q.race, q.parsed.vote_type, q.messages)
        return area_answer(q.race, count, rows, county, precinct, q.candidate, vote_type, q.messages)
    if not counts and not await q.reader.election_results(q.race.id):
        return no_results_at_all(q.race, q.parsed.area or "", q.messages)
    count = count_for(counts, q.parsed.terms.stage)
    if count is not None and not count.area and await q.reader.area_votes(count.snapshot_id):
        return area_not_in_count(q.race, q.parsed.area or "", q.messages)  # "boebert votes in pueblo county"
    counted = sorted({c.area for c in counts if c.area})
    return area_not_kept(q.race, q.parsed.area or "", q.messages, counted)


async def handle_vote_type(q: Asked) -> Answer:
    """A candidate's votes of the vote type named (or every candidate's), from the count's vote types; else that
    the race's counts are not split by it."""
    count = count_for(q.reader.current_counts(q.race.id), q.parsed.terms.stage)
    if count is not None:
        rows = await q.reader.area_votes(count.snapshot_id)
        if any(r.vote_type == q.parsed.vote_type for r in rows):
            return vote_type_answer(q.race, count, rows, q.candidate, q.parsed.vote_type or "", q.messages)
    return vote_type_not_kept(q.race, q.parsed.vote_type or "", q.messages)


async def handle_areas_won(q: Asked) -> Answer:
    """How many counties (or precincts) the candidate named won, from the count's areas."""
    count = count_for(q.reader.current_counts(q.race.id), q.parsed.terms.stage)
    rows = await q.reader.area_totals(count.snapshot_id) if count is not None else []
    if count is None or not rows or q.candidate is None:
        return area_not_kept(q.race, q.messages.gettext("each county"), q.messages)
    return areas_won_answer(q.race, count, rows, q.candidate, q.messages)


async def handle_withdrew(q: Asked) -> Answer:
    """Who withdrew from the race, or whether the named candidate did."""
    return withdrawn(q.race, q.candidate, q.messages, without=[s.match.entry.id for s in q.parsed.set_aside
                                                               if s.match.entry.kind == "candidate"])


async def handle_rank(q: Asked) -> Answer:
    """Who came in the place asked for in the stage asked for."""
    assert q.parsed.asked is not None
    answer = await placed(q.reader, q.race, stage_asked(q.parsed), q.parsed.asked.place)
    if len(q.candidates) == 1 and not WHO_WORDS & set(q.parsed.words) \
            and all(e.id != q.candidate.id for e in answer.entities if e.kind == "candidate"):
        return await handle_results(q)  # "was jackson near the bottom": his own place, never another's
    return answer


BEAT_WORDS = {"beat", "beats", "defeat", "defeated", "outpolled", "outvoted"}


async def handle_margin(q: Asked) -> Answer:
    """By how much the stage was won, or one named candidate beat another; before any result, the margin in the
    polls (who leads, or the two named side by side)."""
    answer = await margin(q.reader, q.race, stage_asked(q.parsed), [c for _, c in q.candidates])
    if answer.status == "ok" and len(q.candidates) == 1 and answer.entities[1].id != q.candidates[0][1].id \
            and (WON_WORDS | BEAT_WORDS) & set(q.parsed.words) and not LOST_WORDS & set(q.parsed.words):
        return await handle_results(q)  # "did caruso win big", "did jackson beat anybody": no, and how he did
    if answer.status == "ok" or _stage_named_and_held(q):  # "who won the perdue ossoff runoff": none recorded
        return answer
    if len(q.candidates) >= 2:
        return await handle_compare(q)
    return await (handle_standing(q) if q.candidates else who_leads(q.reader, q.race, q.today))


def _stage_named_and_held(q: Asked) -> bool:
    """Whether the question names a stage of the race that was held before the day asked: its result, not the polls
    before it, is what is asked."""
    stage = q.parsed.terms.stage
    return q.race is not None and stage is not None and any(
        stage_fits(s.stage, stage) and s.date is not None and s.date < q.today for s in q.race.stages)


async def handle_votes_cast(q: Asked) -> Answer:
    """The votes cast in the stage, and turnout where it is asked for."""
    assert q.parsed.asked is not None
    return await votes_cast(q.reader, q.race, stage_asked(q.parsed), q.parsed.asked.attribute == Attribute.TURNOUT)


async def handle_candidate_count(q: Asked) -> Answer:
    """How many candidates ran in the race."""
    return await candidate_count(q.reader, q.race, q.parsed.terms.stage,
                                 ballot=any(w in ("ballot", "boleta", "papeleta") for w in q.parsed.words))


async def handle_results(q: Asked) -> Answer:
    """The results of the stage asked, for the named candidate when there is one."""
    return await election_results(q.reader, q.race, stage_asked(q.parsed), q.candidate)


async def handle_election_date(q: Asked) -> Answer:
    """When the race is held; how long between the two stages named."""
    return await election_date(q.reader, q.race, q.today, q.parsed.terms.stage, between=stages_apart(q))


async def handle_running(q: Asked) -> Answer:
    """Who is running in the race, and its dates."""
    return await race_overview(q.reader, q.race, q.today)


async def handle_not_kept(q: Asked) -> Answer:
    """What no data here holds (a debate, money raised, a recount): said so, with the race's card under it where a
    race is named, or what I can answer."""
    if q.race is None:
        m = q.messages
        words = " ".join(q.parsed.words[i] for i in not_kept_words(q))
        return replace(localized.help_answer(m), status="not_found",
                       summary=m.gettext("I have nothing on “{words}”: I know races' polls, endorsements and results."
                                         ).format(words=words))
    return await handle_not_understood(q, _unexplained_run(q, set(not_kept_words(q))))


async def handle_not_understood(q: Asked, unknown: str | None = None) -> Answer:
    """Words the question names that nothing in the data explains ("la mayor fundraising totals"), or `unknown`, what
    no data here holds: said so, with the race's card under it, never the card as if it were the answer."""
    card = await race_overview(q.reader, q.race, q.today)
    m = q.messages
    summary = m.gettext("I have nothing on “{words}” for {race}; what I have is below.").format(
        words=unknown or _unexplained_run(q), race=race_name(q.race, m))
    return replace(card, status="not_found", summary=summary, facts=(Fact(card.summary), *card.facts))


def _unexplained_run(q: Asked, named: set[int] | None = None) -> str:
    """The runs of unexplained words around those nothing explains (or around `named`): "fundraising totals"."""
    words = q.parsed.words
    named = named or {i for i, w in enumerate(words) if w in q.parsed.leftover}
    explained = q.parsed.terms.used | {i for s in q.parsed.spans for i in range(s.start, s.end)} \
        | q.parsed.function_words
    runs: list[str] = []
    for at in sorted(named):
        start, end = at, at + 1
        while start > 0 and start - 1 not in explained and not question_word(words[start - 1]):
            start -= 1
        while end < len(words) and end not in explained and not question_word(words[end]):
            end += 1
        runs += [" ".join(words[start:end])] if not runs or words[start:end] != runs[-1].split() else []
    return " ".join(runs)


async def handle_standing(q: Asked) -> Answer:
    """How the named candidate is doing in the race."""
    span, candidate = q.candidates[0]
    return with_entity(await candidate_standing(q.reader, q.race, candidate, q.today, polls_asked=q.polls_asked),
                       span)


async def handle_leader(q: Asked) -> Answer:
    """Who leads the race."""
    return await who_leads(q.reader, q.race, q.today, polls_asked=q.polls_asked)


async def handle_races(q: Asked) -> Answer:
    """The races that fit what the question names."""
    candidates = [span.match.entry.race_ids for span, _ in q.candidates]
    return race_list(q.reader, q.parsed.terms, q.today, places_of(q.parsed), candidates,
                             " ".join(q.parsed.leftover))


async def handle_someone_unknown(q: Asked) -> Answer:
    """A person, or a pollster, nobody has."""
    people = unknown_people(q)
    if people:
        return name_not_known(q.index, "candidate", people, QuestionKind.CANDIDATE, q.messages)
    if outside_the_race(q):
        return weak_answer(q.parsed, q.index, None, q.messages)
    return name_not_known(q.index, "pollster", [unknown_pollster(q)], QuestionKind.LATEST_POLL, q.messages)


async def handle_unknown_person(q: Asked) -> Answer:
    """No candidate called what the question names."""
    return unknown_name(q.parsed, q.index, "candidate", QuestionKind.CANDIDATE, q.messages)


async def handle_fallback(q: Asked) -> Answer:
    """The doubtful name, an unknown name, or what I can answer."""
    if q.weak:
        return weak_answer(q.parsed, q.index, q.race, q.messages)
    if q.parsed.leftover and q.has(QuestionKind.CANDIDATE):
        return unknown_name(q.parsed, q.index, "candidate", QuestionKind.CANDIDATE, q.messages)
    return localized.help_answer(q.messages, QuestionKind.UNKNOWN)
