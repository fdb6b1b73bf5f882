"""Which answer a parsed question gets: the order of precedence, one small handler per case.

The routes are tried in this order; the first whose condition holds answers (tests check this list is ROUTES):

1. help: "help", "what can you do", with no name in it.
2. weak name: a name nobody has, or several have, and no candidate or endorser known besides.
3. not kept: a debate, money raised or spent, a recount, ads: what no data here holds; said so.
4. endorser first: whom a named endorser endorsed ("did snoop dogg endorse anyone").
5. endorsements of: who endorsed a named candidate.
6. endorsements by: whom a named endorser endorsed, when the question names no candidate.
7. endorsements, no name: which person do you mean, or did you mean ...
8. not a candidate: someone who only endorses, asked of a race as if they ran: not a candidate there.
9. pollster not a candidate: a pollster asked of a race as if it ran: not a candidate there.
10. someone nobody has: a person or pollster nobody has, named beside those the data has: not known.
11. person fact: a candidate's party or age (that it is not recorded).
12. is running: "is X running (for senate)", answered from X's candidacies.
13. a candidate's stage: a candidate and a stage named, nothing asked ("kevin de leon primary numbers").
14. profile: a candidate named with nothing that needs a race ("who is karen bass").
15. endorser: an endorser named alone ("snoop dogg"): whom they endorsed.
16. compare, a name unknown: "X vs Y" where X or Y is nobody's name: which one is not known.
17. races: which races there are ("which races are in georgia").
18. unknown person: a question about one person nobody has ("is fetterman ahead"): not known, not the race.
19. unexplained words: words nothing explains, where a name would stand ("how did ossoff do"): not known.
20. no race: the question needs a race and none fits ("no such race") or several fit ("which race?").
21. stage not held: a stage named that the race has none of ("primary polls" of a race with no primary).
22. group not in the polls: a group of voters the race's polls do not report ("among young voters").
23. area: a county or precinct named: the counts kept are the race's totals, not by area.
24. vote type: a vote type named ("mail votes"): a candidate's votes of that type, or that the counts are not split.
25. areas won: how many counties (or precincts) a named candidate won.
26. endorsements in the race: endorsements by a kind of endorser, no candidate named ("which unions endorsed").
27. withdrew: who dropped out, or whether a named candidate did.
28. poll detail: a poll's sample size, whom it asked, field dates, sponsor or method; the newest or first poll's date.
29. best poll: a candidate's highest or lowest share in the race's polls, and the poll.
30. place: who came third, or last, in a stage.
31. margin: by how much the stage was won, or one candidate beat another.
32. votes cast: the votes cast in a stage, and turnout.
33. own votes: a named candidate's own votes, their result.
34. how many ran: the number of candidates.
35. compare: two candidates ("bass vs caruso", "biden vs trump in arizona").
36. subgroup: a group of voters ("how are latino men voting", "caruso among women").
37. pollsters: who polled the race, with counts; how many polls there are.
38. named poll: a poll named by pollster, sponsor, month or "before the primary".
39. results: who won, who made the runoff, how a candidate did in a stage.
40. election date: when the election is, or was.
41. average: the polling average, or one candidate's share of it.
42. poll history: every poll, oldest first.
43. latest poll: the newest poll.
44. who is running: the race's candidates.
45. standing: how a named candidate is doing.
46. candidate in the race: the profile of a named candidate in the race.
47. who leads: the results if decided, the count while counting, else the polling average.
48. unknown words: a race named with words nothing explains ("la mayor fundraising totals"): said so, the card under.
49. race: only a race named: its candidates and dates.
50. anything else: the weak name, an unknown name, or what I can answer.

Adding a kind of question is a member of QuestionKind (kinds.py), its English and Spanish rules
(understanding/parse.py), one condition, one handler, and one line in ROUTES and in the list above.
"""

from __future__ import annotations

import logging

from bot.engine.answers import Answer
from bot.engine.answers.counts import area_counted
from bot.engine.asked import (
    Asked,
    Route,
    asks_opponents,
    asks_person_fact,
    names_a_poll,
    names_someone_unknown,
    not_kept_words,
    stages_apart,
    unknown_subject,
)
from bot.engine.endorsement_handlers import (
    asked_as_candidate,
    endorser_words,
    handle_endorsements_by,
    handle_endorsements_in_race,
    handle_endorsements_of,
    handle_endorsements_unknown,
    handle_not_a_candidate,
)
from bot.engine.handlers import (
    handle_area,
    handle_areas_won,
    handle_candidate_count,
    handle_compare,
    handle_compare_unknown,
    handle_election_date,
    handle_fallback,
    handle_help,
    handle_is_running,
    handle_leader,
    handle_margin,
    handle_no_race,
    handle_not_kept,
    handle_not_understood,
    handle_person_fact,
    handle_profile,
    handle_races,
    handle_rank,
    handle_results,
    handle_running,
    handle_someone_unknown,
    handle_stage_not_held,
    handle_standing,
    handle_unknown_person,
    handle_vote_type,
    handle_votes_cast,
    handle_weak_name,
    handle_withdrew,
)
from bot.engine.kinds import ENDORSEMENTS, POLL_ATTRIBUTES, Attribute, QuestionKind
from bot.engine.poll_handlers import (
    handle_average,
    handle_extreme_poll,
    handle_latest_poll,
    handle_named_poll,
    handle_poll_detail,
    handle_poll_history,
    handle_pollster_not_a_candidate,
    handle_pollsters,
    handle_subgroup,
    handle_unknown_group,
    pollster_asked_as_candidate,
)
from bot.engine.understanding.attributes import FIRST_WORDS, NEWEST_WORDS, ONE_POLL
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.question import compared_sides, same_words
from bot.engine.understanding.race_choice import has_stage
from bot.engine.understanding.vocabulary import OPPONENT_WORDS, POLL_WORDS

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------------------ conditions
def asks_help(q: Asked) -> bool:
    """Help asked ("help", "what can you do"), with no name in it."""
    return q.has(QuestionKind.HELP) and not q.parsed.spans


def only_weak_names(q: Asked) -> bool:
    """A name nobody has, or several have, and no candidate or endorser known besides."""
    return q.weak and not (q.candidates or q.endorsers)


def endorser_first(q: Asked) -> bool:
    """Whom a named endorser endorsed ("did snoop dogg endorse anyone"), unless the words name a candidate too."""
    if not (q.has(QuestionKind.ENDORSEMENTS_BY) and q.endorsers):
        return False
    # "who endorsed X" names X as a candidate: endorsements of, unless the endorser is the same words
    return not (q.has(QuestionKind.ENDORSEMENTS_OF) and q.candidates
                and not same_words(q.endorsers[0], q.candidates[0][0]))


def endorsements_of_candidate(q: Asked) -> bool:
    """Endorsements asked, and a candidate named: who endorsed them."""
    return q.has(*ENDORSEMENTS) and bool(q.candidates)


def endorsements_by_endorser(q: Asked) -> bool:
    """Endorsements asked, and an endorser named: whom they endorsed."""
    return q.has(*ENDORSEMENTS) and bool(q.endorsers)


def endorsements_no_name(q: Asked) -> bool:
    """Endorsements asked with no name known: which person do you mean, or did you mean ... (unless a kind of
    endorser is named of a race: "which newspapers endorsed in la")."""
    return q.has(*ENDORSEMENTS) and not ((q.parsed.endorser_kind or q.choice.constrained and not endorser_words(q))
                                         and q.race is not None and not q.weak and not q.parsed.leftover)


def asks_is_running(q: Asked) -> bool:
    """"Is X running (for senate)", X a known candidate."""
    return q.has(QuestionKind.IS_RUNNING) and bool(q.candidates)


def is_profile(q: Asked) -> bool:
    """One candidate named, and nothing asked that needs a race (two named with nothing asked: compare them)."""
    return len(q.candidates) == 1 and (not q.needs_race or q.race is None and not q.choice.constrained
                                       and not q.choice.options and not (q.groups or q.pollsters))


def profile_asked(q: Asked) -> bool:
    """A candidate named with nothing that needs a race ("who is karen bass"), and not "is X running" nor a field
    of their race ("did feuer drop out")."""
    return is_profile(q) and not q.has(QuestionKind.IS_RUNNING) and q.parsed.asked is None and not asks_opponents(q)


def candidate_in_a_stage(q: Asked) -> bool:
    """One candidate and a stage named, nothing else asked but how they did ("kevin de leon primary numbers"):
    their result there."""
    return len(q.candidates) == 1 and q.parsed.terms.stage is not None \
        and set(q.parsed.intents) <= {QuestionKind.LEADER, QuestionKind.RESULTS} \
        and q.race is not None and q.parsed.asked is None and not (q.groups or q.pollsters or q.parsed.month) \
        and not POLL_WORDS & set(q.parsed.words) and not asks_opponents(q) \
        and not (q.parsed.vote_type or names_area(q))
    # "loeffler general polls" asks her polls; "whos bass facing in november" her opponents; "bass's mail-in votes in
    # the primary" and "de leon's primary votes in orange county" the votes of that type or area


def endorser_alone(q: Asked) -> bool:
    """An endorser named alone ("snoop dogg"), with nothing that needs a race: whom they endorsed."""
    return bool(q.endorsers) and not q.candidates and not q.needs_race


def compare_name_unknown(q: Asked) -> bool:
    """"X vs Y" where X or Y is nobody's name."""
    return (q.has(QuestionKind.COMPARE) and len(q.candidates) < 2 and bool(q.parsed.leftover)
            and len(compared_sides(q.parsed.words)) > 1)


def asks_races(q: Asked) -> bool:
    """Which races there are ("which races are in georgia"), with no endorser or doubtful name in it."""
    return q.has(QuestionKind.RACES) and not (q.endorsers or q.weak)


def asks_what_is_not_kept(q: Asked) -> bool:
    """A debate, the money raised or spent, a recount, ads: what no data here holds ("who won the la mayoral debate",
    "how much money has caruso raised"), never the results or the polls instead; of a person nobody has, not known."""
    return bool(not_kept_words(q)) and not (unknown_subject(q) or unexplained_words(q) or names_someone_unknown(q))


def unexplained_words(q: Asked) -> bool:
    """Words nothing explains, no person or group named to answer about: a name nobody has ("how did ossoff do in
    atkinson county"), never an answer about the race alone."""
    # "son" is a word, "ossoff" is not; nor "emitieron", a form of a common verb
    unexplained = [w for w in q.parsed.leftover if not lexicon().is_common(w) and not lexicon().is_plain_form(w)]
    # a person named is asked about even with nothing else asked: "tim shea montana senate" is no race card (beside
    # people the data has, "someone nobody has" answered first: "how is ruben gallego's opponent kari leake doing")
    return bool(unexplained and q.parsed.intents and not (q.candidates or q.endorsers or q.pollsters or q.groups)) \
        and not q.has(QuestionKind.RACES, QuestionKind.HELP)


def no_race_fits(q: Asked) -> bool:
    """The question needs a race and none fits ("no such race"), or several fit ("which race?")."""
    return q.race is None and (q.needs_race or q.choice.constrained)


def stage_not_held(q: Asked) -> bool:
    """A stage named that the race has none of ("primary polls for the 2024 texas senate race", a race named whole):
    said so, never the race's other stage instead."""
    stage = q.parsed.terms.stage
    return q.race is not None and stage is not None and bool(q.race.stages) and not has_stage(q.race, stage)


def group_not_polled(q: Asked) -> bool:
    """A group of voters named that no poll of the data reports ("bass vs caruso among young voters")."""
    return q.parsed.group is not None and not q.groups and q.race is not None and not _asks(q, Attribute.POLL_COUNT)


def names_area(q: Asked) -> bool:
    """A county or precinct named ("how did bass do in ventura county") that the race's counts are not of (a
    county's file counts that county: "how did ossoff do in atkinson county" is answered from it)."""
    return q.parsed.area is not None and q.race is not None and not area_counted(q.parsed.area,
                                                                                  q.reader.current_counts(q.race.id))


def asks_areas_won(q: Asked) -> bool:
    """How many counties or precincts a named candidate won ("how many counties did trump win in colorado")."""
    return q.parsed.counts_areas and q.race is not None and q.candidate is not None


def names_vote_type(q: Asked) -> bool:
    """A vote type named ("how many mail votes did X get") that the race's counts are not split by."""
    return q.parsed.vote_type is not None and q.race is not None


def _asks(q: Asked, *attributes: Attribute) -> bool:
    """Whether the question asks for one of these attributes, of a race it is about."""
    return q.race is not None and q.parsed.asked is not None and q.parsed.asked.attribute in attributes


def endorsements_of_a_kind(q: Asked) -> bool:
    """Endorsements by a kind of endorser asked of a race, no candidate or endorser named ("which unions endorsed
    in the la race")."""
    return q.has(*ENDORSEMENTS) and (q.parsed.endorser_kind is not None or q.choice.constrained
                                     and not endorser_words(q)) \
        and q.race is not None and not (q.candidates or q.endorsers)  # ("who has the most endorsements in la")


def asks_withdrew(q: Asked) -> bool:
    """Who dropped out, or whether a named candidate did ("did feuer drop out")."""
    return _asks(q, Attribute.WITHDREW)


def asks_poll_detail(q: Asked) -> bool:
    """A poll's sample size, field dates, sponsor or method ("sample size of the latest berkeley poll")."""
    return _asks(q, *POLL_ATTRIBUTES)


def asks_extreme_poll(q: Asked) -> bool:
    """A candidate's highest or lowest share in the race's polls ("the best poll number de leon ever got")."""
    return _asks(q, Attribute.EXTREME_POLL) and q.candidate is not None and q.race is not None and not q.groups


def asks_place(q: Asked) -> bool:
    """Who came in a place ("who came third in the primary", "who finished last"); of two named, who got more is
    their margin ("quien saco mas votos, viola o de leon")."""
    return _asks(q, Attribute.RANK) and not (len(q.candidates) >= 2 and q.parsed.asked.place == 1)


def asks_margin(q: Asked) -> bool:
    """By how much ("how much did bass win by", "how much did bass beat caruso by"), or who won between two named
    ("caruso vs bass who won")."""
    return _asks(q, Attribute.MARGIN) and not q.polls_asked or q.race is not None and len(q.candidates) >= 2 \
        and q.has(QuestionKind.RESULTS) and not (q.groups or q.parsed.group) \
        and (q.parsed.asked is None or _asks(q, Attribute.RANK)
                                             and q.parsed.asked.place == 1)  # (a gap in the polls is the polls')


def asks_votes_cast(q: Asked) -> bool:
    """The votes cast, or turnout (a candidate's own total is their result: "rick caruso total votes"; but people
    named before "race" name the race: "votes cast in the perdue race")."""
    return _asks(q, Attribute.TOTAL_VOTES, Attribute.TURNOUT) and (not q.candidates or _people_name_the_race(q))


def asks_own_votes(q: Asked) -> bool:
    """A named candidate's own votes ("rick caruso total votes"): their result."""
    return _asks(q, Attribute.TOTAL_VOTES) and bool(q.candidates)


# The words after people's names that make the names the race's ("the perdue ossoff race").
RACE_AFTER_NAMES = {"race", "contest", "election", "seat", "matchup", "carrera", "contienda", "eleccion"}


def _people_name_the_race(q: Asked) -> bool:
    """Whether the people named stand together before a word for the race: "the perdue ossoff race"."""
    spans = sorted((span for span, _ in q.candidates), key=lambda s: s.start)
    joined = all(a.end == b.start for a, b in zip(spans, spans[1:], strict=False))
    end = spans[-1].end
    return joined and end < len(q.parsed.words) and q.parsed.words[end] in RACE_AFTER_NAMES


def asks_candidate_count(q: Asked) -> bool:
    """How many candidates ran."""
    return _asks(q, Attribute.CANDIDATE_COUNT)


def compares_two(q: Asked) -> bool:
    """Two candidates named, to compare or with nothing asked ("bass vs caruso", "biden trump michigan"), and no
    group of voters nor population named (then it is how the group votes, or that population's poll)."""
    return len(q.candidates) >= 2 and not q.groups and not names_a_poll(q) and not _asks(q, Attribute.POLL_COUNT) \
        and not q.has(QuestionKind.LATEST_POLL) and not q.parsed.population \
        and (q.has(QuestionKind.COMPARE, QuestionKind.LEADER) or not q.parsed.intents)


def names_group(q: Asked) -> bool:
    """A group of voters named ("how are latino men voting", "caruso among women")."""
    return bool(q.groups)


def asks_pollsters(q: Asked) -> bool:
    """Who polled the race, and how many times; not which pollster took the newest poll ("qué encuestadora hizo la
    última encuesta": that poll)."""
    words = set(q.parsed.words)
    newest_poll = bool(words & (NEWEST_WORDS - FIRST_WORDS)) and bool(words & ONE_POLL)
    return q.has(QuestionKind.POLLSTERS) and not newest_poll or _asks(q, Attribute.POLL_COUNT)


def names_poll(q: Asked) -> bool:
    """A poll named by its pollster, sponsor, month, year, population or "before the primary", and no average, history
    or results."""
    return (bool(q.pollsters or q.parsed.month or q.parsed.poll_year or q.parsed.before_stage or q.parsed.population)
            and not q.has(QuestionKind.AVERAGE, QuestionKind.POLL_HISTORY) and not _asks(q, Attribute.POLL_COUNT)
            # results have no pollster: "what did caruso get in the wallin poll" is the poll's figure
            and (not q.has(QuestionKind.RESULTS) or bool(q.pollsters) and bool(POLL_WORDS & set(q.parsed.words))))


def asks_results(q: Asked) -> bool:
    """Who won, who made the runoff, how a candidate did in a stage."""
    return q.has(QuestionKind.RESULTS)


def asks_election_date(q: Asked) -> bool:
    """When the election is, or how long between two of its stages."""
    return q.has(QuestionKind.ELECTION_DATE) or q.race is not None and stages_apart(q)


def asks_average(q: Asked) -> bool:
    """The polling average, or one candidate's share of it."""
    return q.has(QuestionKind.AVERAGE)


def asks_poll_history(q: Asked) -> bool:
    """Every poll of the race."""
    return q.has(QuestionKind.POLL_HISTORY)


def asks_latest_poll(q: Asked) -> bool:
    """The newest poll of the race."""
    return q.has(QuestionKind.LATEST_POLL)


def asks_who_runs(q: Asked) -> bool:
    """Who is running, no candidate named; or whom a named candidate runs against ("who is bass running against")."""
    words = set(q.parsed.words)
    return q.has(QuestionKind.RUNNING) and (not q.candidates or bool(OPPONENT_WORDS & words)) or asks_opponents(q)


def asks_standing(q: Asked) -> bool:
    """How a named candidate is doing ("is bass ahead")."""
    return bool(q.candidates) and q.has(QuestionKind.LEADER)


def names_candidate(q: Asked) -> bool:
    """A candidate named in a race, with nothing else asked: their profile."""
    return bool(q.candidates)


def asks_leader(q: Asked) -> bool:
    """Who leads the race."""
    return q.has(QuestionKind.LEADER)


def names_the_unknown(q: Asked) -> bool:
    """A race named with words nothing explains and nothing asked of it ("la mayor fundraising totals")."""
    return q.race is not None and not q.parsed.intents and q.parsed.asked is None \
        and not (q.candidates or q.endorsers or q.pollsters or q.groups or q.parsed.area) \
        and any(not lexicon().is_common(w) for w in q.parsed.leftover)


def names_race_only(q: Asked) -> bool:
    """Only a race named ("la mayor 2022", "ga senate")."""
    return q.choice.constrained or bool(q.parsed.of("race"))


def always(q: Asked) -> bool:
    """Anything else: the doubtful name, an unknown name, or what I can answer."""
    return True


# ------------------------------------------------------------------------------------------ the table
ROUTES: tuple[Route, ...] = (
    Route("help", asks_help, handle_help),
    Route("weak name", only_weak_names, handle_weak_name),
    Route("not kept", asks_what_is_not_kept, handle_not_kept),
    Route("endorser first", endorser_first, handle_endorsements_by),
    Route("endorsements of", endorsements_of_candidate, handle_endorsements_of),
    Route("endorsements by", endorsements_by_endorser, handle_endorsements_by),
    Route("endorsements, no name", endorsements_no_name, handle_endorsements_unknown),
    Route("not a candidate", asked_as_candidate, handle_not_a_candidate),
    Route("pollster not a candidate", pollster_asked_as_candidate, handle_pollster_not_a_candidate),
    Route("someone nobody has", names_someone_unknown, handle_someone_unknown),
    Route("person fact", asks_person_fact, handle_person_fact),
    Route("is running", asks_is_running, handle_is_running),
    Route("a candidate's stage", candidate_in_a_stage, handle_results),
    Route("profile", profile_asked, handle_profile),
    Route("endorser", endorser_alone, handle_endorsements_by),
    Route("compare, a name unknown", compare_name_unknown, handle_compare_unknown),
    Route("races", asks_races, handle_races),
    Route("unknown person", unknown_subject, handle_unknown_person),
    Route("unexplained words", unexplained_words, handle_unknown_person),
    Route("no race", no_race_fits, handle_no_race),
    Route("stage not held", stage_not_held, handle_stage_not_held),
    Route("group not in the polls", group_not_polled, handle_unknown_group),
    Route("area", names_area, handle_area),
    Route("vote type", names_vote_type, handle_vote_type),
    Route("areas won", asks_areas_won, handle_areas_won),
    Route("endorsements in the race", endorsements_of_a_kind, handle_endorsements_in_race),
    Route("withdrew", asks_withdrew, handle_withdrew),
    Route("poll detail", asks_poll_detail, handle_poll_detail),
    Route("best poll", asks_extreme_poll, handle_extreme_poll),
    Route("place", asks_place, handle_rank),
    Route("margin", asks_margin, handle_margin),
    Route("votes cast", asks_votes_cast, handle_votes_cast),
    Route("own votes", asks_own_votes, handle_results),
    Route("how many ran", asks_candidate_count, handle_candidate_count),
    Route("compare", compares_two, handle_compare),
    Route("subgroup", names_group, handle_subgroup),
    Route("pollsters", asks_pollsters, handle_pollsters),
    Route("named poll", names_poll, handle_named_poll),
    Route("results", asks_results, handle_results),
    Route("election date", asks_election_date, handle_election_date),
    Route("average", asks_average, handle_average),
    Route("poll history", asks_poll_history, handle_poll_history),
    Route("latest poll", asks_latest_poll, handle_latest_poll),
    Route("who is running", asks_who_runs, handle_running),
    Route("standing", asks_standing, handle_standing),
    Route("candidate in the race", names_candidate, handle_profile),
    Route("who leads", asks_leader, handle_leader),
    Route("unknown words", names_the_unknown, handle_not_understood),
    Route("race", names_race_only, handle_running),
    Route("anything else", always, handle_fallback),
)


async def route(q: Asked) -> Answer:
    """The answer of the first route whose condition holds (see the order above)."""
    for row in ROUTES:
        if row.applies(q):
            log.debug("route %s", row.name)
            return await row.handler(q)
    raise AssertionError("the last route answers everything")
