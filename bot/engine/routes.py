"""Which answer a parsed question gets: the order of precedence, one small handler per case.

The routes are tried in this order; the first whose condition holds answers (tests check this list is ROUTES):

1. help: "help", "what can you do", with no name in it.
2. weak name: a name nobody has, or several have, and no candidate or endorser known besides.
3. endorser first: whom a named endorser endorsed ("did snoop dogg endorse anyone").
4. endorsements of: who endorsed a named candidate.
5. endorsements by: whom a named endorser endorsed, when the question names no candidate.
6. endorsements, no name: which person do you mean, or did you mean ...
7. is running: "is X running (for senate)", answered from X's candidacies.
8. profile: a candidate named with nothing that needs a race ("who is karen bass").
9. endorser: an endorser named alone ("snoop dogg"): whom they endorsed.
10. compare, a name unknown: "X vs Y" where X or Y is nobody's name: which one is not known.
11. races: which races there are ("which races are in georgia").
12. unknown person: a question about one person nobody has ("is fetterman ahead"): not known, not the race.
13. no race: the question needs a race and none fits ("no such race") or several fit ("which race?").
14. compare: two candidates ("bass vs caruso", "biden vs trump in arizona").
15. subgroup: a group of voters ("how are latino men voting", "caruso among women").
16. pollsters: who polled the race, with counts.
17. named poll: a poll named by pollster, sponsor, month or "before the primary".
18. results: who won, who made the runoff, how a candidate did in a stage.
19. election date: when the election is, or was.
20. average: the polling average, or one candidate's share of it.
21. poll history: every poll, oldest first.
22. latest poll: the newest poll.
23. who is running: the race's candidates.
24. standing: how a named candidate is doing.
25. candidate in the race: the profile of a named candidate in the race.
26. who leads: the results if decided, the count while counting, else the polling average.
27. race: only a race named: its candidates and dates.
28. anything else: the weak name, an unknown name, or what I can answer.

Adding a kind of question is a member of QuestionKind (kinds.py), its English and Spanish rules
(understanding/parse.py), one condition, one handler, and one line in ROUTES and in the list above.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.db.views import CandidateView
from bot.engine.answers import Answer, localized
from bot.engine.answers.endorsements import endorsements_by, endorsements_of
from bot.engine.answers.localized import suggest, unknown_name, weak_answer, which_race
from bot.engine.answers.matched import with_entity
from bot.engine.answers.people import candidate_profile, candidate_standing, is_running
from bot.engine.answers.polls import average, compare, latest_poll, poll_history, pollsters, subgroup, who_leads
from bot.engine.answers.races import election_date, race_list, race_overview
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import election_results
from bot.engine.kinds import ENDORSEMENTS, RACE_FREE, QuestionKind
from bot.engine.thresholds import MAX_SUGGESTIONS
from bot.engine.understanding.names import NameIndex
from bot.engine.understanding.question import ParsedQuestion, Span, compared_sides, same_words, stage_asked
from bot.engine.understanding.race_choice import RaceChoice, places_of
from bot.i18n import Messages


@dataclass(slots=True)
class Asked:
    """One question on its way to an answer: what was parsed, the names resolved and the race chosen."""

    parsed: ParsedQuestion
    reader: Reader
    index: NameIndex
    today: dt.date
    choice: RaceChoice
    candidates: list[tuple[Span, CandidateView]] = field(default_factory=list)

    @property
    def messages(self) -> Messages:
        """The asker's language: the router writes its own answers (help, unknown names, which race) in it."""
        return self.reader.messages

    def has(self, *kinds: QuestionKind) -> bool:
        """Whether the question asks any of these kinds."""
        return any(kind in self.parsed.intents for kind in kinds)

    @property
    def race(self):  # noqa: ANN201 - a RaceView or None
        """The race the question is about (a RaceView), or None."""
        return self.choice.race

    @property
    def endorsers(self) -> list[Span]:
        """The endorsers the question names."""
        return self.parsed.of("endorser")

    @property
    def pollsters(self) -> list[Span]:
        """The pollsters the question names."""
        return self.parsed.of("pollster")

    @property
    def groups(self) -> list[Span]:
        """The groups of voters the question names."""
        return self.parsed.of("subgroup")

    @property
    def candidate(self) -> CandidateView | None:
        """The first candidate the question names, or None."""
        return self.candidates[0][1] if self.candidates else None

    @property
    def weak(self) -> bool:
        """Whether the question has a name nobody has, or several have."""
        return bool(self.parsed.unknown or self.parsed.ambiguous)

    @property
    def needs_race(self) -> bool:
        """Whether the question asks something only a race answers."""
        intents = set(self.parsed.intents) - RACE_FREE
        return bool(intents or self.groups or self.pollsters or self.parsed.month or self.choice.constrained
                    and not self.candidates)


Handler = Callable[[Asked], Awaitable[Answer]]


# ------------------------------------------------------------------------------------------- handlers
async def handle_help(q: Asked) -> Answer:
    """What I can answer."""
    return localized.help_answer(q.messages)


async def handle_weak_name(q: Asked) -> Answer:
    """Did you mean ..., or which one do you mean."""
    return weak_answer(q.parsed, q.index, q.race, q.messages)


async def handle_endorsements_by(q: Asked) -> Answer:
    """Whom the named endorser endorsed."""
    span = q.endorsers[0]
    return with_entity(await endorsements_by(q.reader, span.match.entry.id), span)


async def handle_endorsements_of(q: Asked) -> Answer:
    """Who endorsed the named candidate, in the race when the question names one."""
    span, candidate = q.candidates[0]
    race = q.race if q.choice.constrained else None
    return with_entity(await endorsements_of(q.reader, candidate, race), span)


async def handle_endorsements_unknown(q: Asked) -> Answer:
    """Which name the endorsements are asked of, or the nearest names."""
    if q.weak:
        return weak_answer(q.parsed, q.index, q.race, q.messages)
    kind, intent = (("candidate", QuestionKind.ENDORSEMENTS_OF) if q.has(QuestionKind.ENDORSEMENTS_OF)
                    else ("endorser", QuestionKind.ENDORSEMENTS_BY))
    return unknown_name(q.parsed, q.index, kind, intent, q.messages)


async def handle_is_running(q: Asked) -> Answer:
    """Whether the named candidate runs, in the race when the question names one."""
    span, candidate = q.candidates[0]
    answer = await is_running(q.reader, candidate.id, span.match.entry.race_ids, q.race, q.today)
    return with_entity(answer, span)


async def handle_profile(q: Asked) -> Answer:
    """The named candidate's profile."""
    span, candidate = q.candidates[0]
    answer = await candidate_profile(q.reader, candidate.id, q.today, span.match.entry.race_ids)
    return with_entity(answer, span)


async def handle_no_race(q: Asked) -> Answer:
    """Which race, or that no race fits what the question names."""
    m = q.messages
    if q.choice.several:
        return which_race(q.choice, m)
    if q.choice.none_fits:
        what = q.parsed.terms.describe(m) or m.gettext("that")
        names = ", ".join(c.name for _, c in q.candidates)
        return Answer(q.parsed.intents[0] if q.parsed.intents else QuestionKind.RACE, status="not_found",
                      title=m.gettext("No such race"),
                      summary=localized.no_race_summary(what, names, m))
    if q.weak:
        return weak_answer(q.parsed, q.index, None, m)
    return which_race(q.choice, m)


async def handle_compare(q: Asked) -> Answer:
    """The two named candidates side by side."""
    (first_span, first), (second_span, second) = q.candidates[:2]
    answer = await compare(q.reader, q.race, first, second)
    return with_entity(with_entity(answer, first_span), second_span)


async def handle_compare_unknown(q: Asked) -> Answer:
    """Two names compared, one or both of which nobody has ("fetterman vs oz" in a file without them)."""
    unknown = [" ".join(w for w in side if w in q.parsed.leftover) for side in compared_sides(q.parsed.words)]
    names = [name for name in unknown if name]
    near = [n for name in names for n in suggest(q.index, name, "candidate")][:MAX_SUGGESTIONS]
    m = q.messages
    return Answer(QuestionKind.COMPARE, status="not_found", title=m.gettext("Name not known"),
                  summary=localized.unknown_name_summary("candidate", names, near, m), suggestions=tuple(near),
                  unmatched=" ".join(names))


async def handle_subgroup(q: Asked) -> Answer:
    """How the named group of voters is voting, for the named candidate when there is one."""
    return await subgroup(q.reader, q.race, q.groups[0].match.entry.display, q.candidate)


async def handle_pollsters(q: Asked) -> Answer:
    """Who polled the race."""
    return await pollsters(q.reader, q.race)


async def handle_named_poll(q: Asked) -> Answer:
    """The newest poll by the named pollster, of the named month or stage, or before a stage."""
    return await latest_poll(q.reader, q.race, _pollsters_of_race(q), month=q.parsed.month,
                                     year=q.parsed.poll_year, before_stage=q.parsed.before_stage,
                                     stage=q.parsed.terms.stage)


def _pollsters_of_race(q: Asked) -> tuple[str, ...]:
    """The pollster named, as the race's polls name it: "Emerson" is "Emerson College" in a 2020 race, and
    "Siena" both "Siena College" and "Siena College/The New York Times Upshot"."""
    if not q.pollsters:
        return ()
    named = q.index.namesakes(q.pollsters[0].match)
    return tuple(e.display for e in named if q.race.id in e.race_ids) or (named[0].display,)


async def handle_results(q: Asked) -> Answer:
    """The results of the stage asked, for the named candidate when there is one."""
    return await election_results(q.reader, q.race, stage_asked(q.parsed), q.candidate)


async def handle_election_date(q: Asked) -> Answer:
    """When the race is held."""
    return await election_date(q.reader, q.race, q.today)


async def handle_average(q: Asked) -> Answer:
    """The polling average, with the named candidate's share first."""
    return await average(q.reader, q.race, q.candidate)


async def handle_poll_history(q: Asked) -> Answer:
    """Every poll of the race."""
    return await poll_history(q.reader, q.race)


async def handle_latest_poll(q: Asked) -> Answer:
    """The newest poll of the race (of the stage named)."""
    return await latest_poll(q.reader, q.race, stage=q.parsed.terms.stage)


async def handle_running(q: Asked) -> Answer:
    """Who is running in the race, and its dates."""
    return await race_overview(q.reader, q.race, q.today)


async def handle_standing(q: Asked) -> Answer:
    """How the named candidate is doing in the race."""
    span, candidate = q.candidates[0]
    return with_entity(await candidate_standing(q.reader, q.race, candidate, q.today), span)


async def handle_leader(q: Asked) -> Answer:
    """Who leads the race."""
    return await who_leads(q.reader, q.race, q.today)


async def handle_races(q: Asked) -> Answer:
    """The races that fit what the question names."""
    candidates = [span.match.entry.race_ids for span, _ in q.candidates]
    return race_list(q.reader, q.parsed.terms, q.today, places_of(q.parsed), candidates,
                             " ".join(q.parsed.leftover))


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
    """Endorsements asked with no name known: which person do you mean, or did you mean ..."""
    return q.has(*ENDORSEMENTS)


def asks_is_running(q: Asked) -> bool:
    """"Is X running (for senate)", X a known candidate."""
    return q.has(QuestionKind.IS_RUNNING) and bool(q.candidates)


def is_profile(q: Asked) -> bool:
    """One candidate named, and nothing asked that needs a race (two named with nothing asked: compare them)."""
    return len(q.candidates) == 1 and (not q.needs_race or q.race is None and not q.choice.constrained
                                       and not q.choice.options and not (q.groups or q.pollsters))


def profile_asked(q: Asked) -> bool:
    """A candidate named with nothing that needs a race ("who is karen bass"), and not "is X running"."""
    return is_profile(q) and not q.has(QuestionKind.IS_RUNNING)


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


# Questions about one person, the person in the middle: "is X ahead", "how is X doing", "is X running", "X polls".
SUBJECT_SLOTS = re.compile(
    r"^(?:(?:is|was|will|has|did) (?P<a>.+?) (?:still )?(?:ahead|leading|winning|behind|losing|trailing|running"
    r"|doing|polling|in the race|on the ballot)"
    r"|how (?:is|s|are) (?P<b>.+?) (?:doing|polling)|(?P<c>.+?) (?:polls|polling|numbers|odds|chances)"
    r"|como (?:va|le va a|esta) (?P<d>.+?)$|(?:va|esta) (?P<e>.+?) (?:ganando|adelante|liderando|arriba)"
    r"|(?:se postula|es candidat[oa]) (?P<f>.+?)$|(?P<g>.+?) (?:se postula|es candidat[oa]))\b")


def unknown_subject(q: Asked) -> bool:
    """A question about one person whose words are all unknown ("is fetterman ahead in pennsylvania"): no answer
    about the race instead, which would read as the answer about them."""
    if q.candidates or q.endorsers or not q.parsed.leftover:
        return False
    found = SUBJECT_SLOTS.match(" ".join(q.parsed.words))
    subject = next((g for g in found.groups() if g), "") if found else ""
    return bool(subject) and set(subject.split()) <= set(q.parsed.leftover)


def no_race_fits(q: Asked) -> bool:
    """The question needs a race and none fits ("no such race"), or several fit ("which race?")."""
    return q.race is None and (q.needs_race or q.choice.constrained)


def compares_two(q: Asked) -> bool:
    """Two candidates named, to compare or with nothing asked ("bass vs caruso", "biden trump michigan")."""
    return len(q.candidates) >= 2 and (q.has(QuestionKind.COMPARE, QuestionKind.LEADER) or not q.parsed.intents)


def names_group(q: Asked) -> bool:
    """A group of voters named ("how are latino men voting", "caruso among women")."""
    return bool(q.groups)


def asks_pollsters(q: Asked) -> bool:
    """Who polled the race."""
    return q.has(QuestionKind.POLLSTERS)


def names_poll(q: Asked) -> bool:
    """A poll named by its pollster, sponsor, month or "before the primary", and no average, history or results."""
    return (bool(q.pollsters or q.parsed.month or q.parsed.before_stage)
            and not q.has(QuestionKind.AVERAGE, QuestionKind.POLL_HISTORY, QuestionKind.RESULTS))


def asks_results(q: Asked) -> bool:
    """Who won, who made the runoff, how a candidate did in a stage."""
    return q.has(QuestionKind.RESULTS)


def asks_election_date(q: Asked) -> bool:
    """When the election is."""
    return q.has(QuestionKind.ELECTION_DATE)


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
    """Who is running, no candidate named."""
    return q.has(QuestionKind.RUNNING) and not q.candidates


def asks_standing(q: Asked) -> bool:
    """How a named candidate is doing ("is bass ahead")."""
    return bool(q.candidates) and q.has(QuestionKind.LEADER)


def names_candidate(q: Asked) -> bool:
    """A candidate named in a race, with nothing else asked: their profile."""
    return bool(q.candidates)


def asks_leader(q: Asked) -> bool:
    """Who leads the race."""
    return q.has(QuestionKind.LEADER)


def names_race_only(q: Asked) -> bool:
    """Only a race named ("la mayor 2022", "ga senate")."""
    return q.choice.constrained or bool(q.parsed.of("race"))


def always(q: Asked) -> bool:
    """Anything else: the doubtful name, an unknown name, or what I can answer."""
    return True


# ------------------------------------------------------------------------------------------ the table
@dataclass(frozen=True, slots=True)
class Route:
    """One row of the table: its name (as the module docstring lists it), its condition and its handler."""

    name: str
    applies: Callable[[Asked], bool]
    handler: Handler


ROUTES: tuple[Route, ...] = (
    Route("help", asks_help, handle_help),
    Route("weak name", only_weak_names, handle_weak_name),
    Route("endorser first", endorser_first, handle_endorsements_by),
    Route("endorsements of", endorsements_of_candidate, handle_endorsements_of),
    Route("endorsements by", endorsements_by_endorser, handle_endorsements_by),
    Route("endorsements, no name", endorsements_no_name, handle_endorsements_unknown),
    Route("is running", asks_is_running, handle_is_running),
    Route("profile", profile_asked, handle_profile),
    Route("endorser", endorser_alone, handle_endorsements_by),
    Route("compare, a name unknown", compare_name_unknown, handle_compare_unknown),
    Route("races", asks_races, handle_races),
    Route("unknown person", unknown_subject, handle_unknown_person),
    Route("no race", no_race_fits, handle_no_race),
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
    Route("race", names_race_only, handle_running),
    Route("anything else", always, handle_fallback),
)


async def route(q: Asked) -> Answer:
    """The answer of the first route whose condition holds (see the order above)."""
    for row in ROUTES:
        if row.applies(q):
            return await row.handler(q)
    raise AssertionError("the last route answers everything")
