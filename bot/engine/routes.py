"""Which answer a parsed question gets: the order of precedence, one small handler per case.

The routes are tried in this order; the first whose condition holds answers:

1. help: "help", "what can you do", with no name in it.
2. weak name: a name nobody has, or several have, and no candidate or endorser known besides.
3. endorsements by: whom a named endorser endorsed ("did snoop dogg endorse anyone").
4. endorsements of: who endorsed a named candidate.
5. endorsements, no name known: which person do you mean, or did you mean ...
6. is running: "is X running (for senate)", answered from X's candidacies.
7. profile: a candidate named with nothing that needs a race ("who is karen bass").
8. endorser: an endorser named alone ("snoop dogg"): whom they endorsed.
9. compare, a name unknown: "X vs Y" where X or Y is nobody's name: which one is not known.
10. no race: the question needs a race and none fits ("no such race") or several fit ("which race?").
11. compare: two candidates ("bass vs caruso", "biden vs trump in arizona").
12. subgroup: a group of voters ("how are latino men voting", "caruso among women").
13. pollsters: who polled the race, with counts.
14. named poll: a poll named by pollster, sponsor, month or "before the primary".
15. results: who won, who made the runoff, how a candidate did in a stage.
16. election date.
17. average: the polling average, or one candidate's share of it.
18. poll history.
19. latest poll.
20. who is running: the race's candidates.
21. standing: how a named candidate is doing.
22. profile of a named candidate in the race.
23. who leads.
24. the race, when only a race was named.
25. anything else: the weak name, an unknown name, or what I can answer.

Adding an intent is one handler and one line in ROUTES, and its English and Spanish rules in parse.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from bot.db.views import CandidateView
from bot.engine.answers import Answer, ResolvedEntity, localized
from bot.engine.answers.endorsements import endorsements_by, endorsements_of
from bot.engine.answers.people import candidate_profile, candidate_standing, is_running
from bot.engine.answers.polls import average, compare, latest_poll, poll_history, pollsters, subgroup, who_leads
from bot.engine.answers.races import election_date, race_list, race_overview
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import election_results
from bot.engine.thresholds import MAX_SUGGESTIONS, SUGGEST_CUTOFF
from bot.engine.understanding.names import NameIndex, NameMatch
from bot.engine.understanding.parse import VERSUS_WORDS, ParsedQuestion, Span, name_text
from bot.engine.understanding.race_choice import RaceChoice, places_of
from bot.i18n import ENGLISH, Messages
from bot.names import fold

ENDORSEMENT_INTENTS = ("endorsements_of", "endorsements_by")
RACE_FREE_INTENTS = {"candidate", "endorsements_of", "endorsements_by", "help", "races"}
# Words that ask who made it out of the primary ("who advanced", "¿quién pasó a la segunda vuelta?").
ADVANCED_WORDS = {"advanced", "paso", "pasaron", "avanzo", "avanzaron", "clasifico", "clasificaron"}


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

    def has(self, *intents: str) -> bool:
        return any(i in self.parsed.intents for i in intents)

    @property
    def race(self):  # noqa: ANN201 - a RaceView or None
        return self.choice.race

    @property
    def endorsers(self) -> list[Span]:
        return self.parsed.of("endorser")

    @property
    def pollsters(self) -> list[Span]:
        return self.parsed.of("pollster")

    @property
    def groups(self) -> list[Span]:
        return self.parsed.of("subgroup")

    @property
    def candidate(self) -> CandidateView | None:
        return self.candidates[0][1] if self.candidates else None

    @property
    def weak(self) -> bool:
        return bool(self.parsed.unknown or self.parsed.ambiguous)

    @property
    def needs_race(self) -> bool:
        """Whether the question asks something only a race answers."""
        intents = set(self.parsed.intents) - RACE_FREE_INTENTS
        return bool(intents or self.groups or self.pollsters or self.parsed.month or self.choice.constrained
                    and not self.candidates)


Handler = Callable[[Asked], Awaitable[Answer]]


# ------------------------------------------------------------------------------------------- handlers
async def handle_help(q: Asked) -> Answer:
    return localized.help_answer(q.messages)


async def handle_weak_name(q: Asked) -> Answer:
    return weak_answer(q.parsed, q.index, q.race, q.messages)


async def handle_endorsements_by(q: Asked) -> Answer:
    span = q.endorsers[0]
    return with_entity(await endorsements_by(q.reader, span.match.entry.id), span)


async def handle_endorsements_of(q: Asked) -> Answer:
    span, candidate = q.candidates[0]
    race = q.race if q.choice.constrained else None
    return with_entity(await endorsements_of(q.reader, candidate, race), span)


async def handle_endorsements_unknown(q: Asked) -> Answer:
    if q.weak:
        return weak_answer(q.parsed, q.index, q.race, q.messages)
    kind, intent = ("candidate", "endorsements_of") if q.has("endorsements_of") else ("endorser", "endorsements_by")
    return unknown_name(q.parsed, q.index, kind, intent, q.messages)


async def handle_is_running(q: Asked) -> Answer:
    span, candidate = q.candidates[0]
    answer = await is_running(q.reader, candidate.id, span.match.entry.race_ids, q.race, q.today)
    return with_entity(answer, span)


async def handle_profile(q: Asked) -> Answer:
    span, candidate = q.candidates[0]
    answer = await candidate_profile(q.reader, candidate.id, q.today, span.match.entry.race_ids)
    return with_entity(answer, span)


async def handle_no_race(q: Asked) -> Answer:
    m = q.messages
    if q.choice.several:
        return which_race(q.choice, m)
    if q.choice.none_fits:
        what = q.parsed.terms.describe(m) or m.gettext("that")
        names = ", ".join(c.name for _, c in q.candidates)
        return Answer(q.parsed.intents[0] if q.parsed.intents else "race", status="not_found",
                      title=m.gettext("No such race"),
                      summary=localized.no_race_summary(what, names, m))
    if q.weak:
        return weak_answer(q.parsed, q.index, None, m)
    return which_race(q.choice, m)


async def handle_compare(q: Asked) -> Answer:
    (first_span, first), (second_span, second) = q.candidates[:2]
    answer = await compare(q.reader, q.race, first, second)
    return with_entity(with_entity(answer, first_span), second_span)


async def handle_compare_unknown(q: Asked) -> Answer:
    """Two names compared, one or both of which nobody has ("fetterman vs oz" in a file without them)."""
    unknown = [" ".join(w for w in side if w in q.parsed.leftover) for side in compared_sides(q.parsed.words)]
    names = [name for name in unknown if name]
    near = [n for name in names for n in suggest(q.index, name, "candidate")][:MAX_SUGGESTIONS]
    m = q.messages
    return Answer("compare", status="not_found", title=m.gettext("Name not known"),
                  summary=localized.unknown_name_summary("candidate", names, near, m), suggestions=tuple(near),
                  unmatched=" ".join(names))


async def handle_subgroup(q: Asked) -> Answer:
    return await subgroup(q.reader, q.race, q.groups[0].match.entry.display, q.candidate)


async def handle_pollsters(q: Asked) -> Answer:
    return await pollsters(q.reader, q.race)


async def handle_named_poll(q: Asked) -> Answer:
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
    return await election_results(q.reader, q.race, stage_asked(q.parsed), q.candidate)


async def handle_election_date(q: Asked) -> Answer:
    return await election_date(q.reader, q.race, q.today)


async def handle_average(q: Asked) -> Answer:
    return await average(q.reader, q.race, q.candidate)


async def handle_poll_history(q: Asked) -> Answer:
    return await poll_history(q.reader, q.race)


async def handle_latest_poll(q: Asked) -> Answer:
    return await latest_poll(q.reader, q.race, stage=q.parsed.terms.stage)


async def handle_running(q: Asked) -> Answer:
    return await race_overview(q.reader, q.race, q.today)


async def handle_standing(q: Asked) -> Answer:
    span, candidate = q.candidates[0]
    return with_entity(await candidate_standing(q.reader, q.race, candidate, q.today), span)


async def handle_leader(q: Asked) -> Answer:
    return await who_leads(q.reader, q.race, q.today)


async def handle_races(q: Asked) -> Answer:
    candidates = [span.match.entry.race_ids for span, _ in q.candidates]
    return race_list(q.reader, q.parsed.terms, q.today, places_of(q.parsed), candidates,
                             " ".join(q.parsed.leftover))


async def handle_unknown_person(q: Asked) -> Answer:
    return unknown_name(q.parsed, q.index, "candidate", "candidate", q.messages)


async def handle_fallback(q: Asked) -> Answer:
    if q.weak:
        return weak_answer(q.parsed, q.index, q.race, q.messages)
    if q.parsed.leftover and q.has("candidate"):
        return unknown_name(q.parsed, q.index, "candidate", "candidate", q.messages)
    return localized.help_answer(q.messages, "unknown")


def _is_profile(q: Asked) -> bool:
    """One candidate named, and nothing asked that needs a race (two named with nothing asked: compare them)."""
    return len(q.candidates) == 1 and (not q.needs_race or q.race is None and not q.choice.constrained
                                   and not q.choice.options and not (q.groups or q.pollsters))


# Questions about one person, the person in the middle: "is X ahead", "how is X doing", "is X running", "X polls".
SUBJECT_SLOTS = re.compile(
    r"^(?:(?:is|was|will|has|did) (?P<a>.+?) (?:still )?(?:ahead|leading|winning|behind|losing|trailing|running"
    r"|doing|polling|in the race|on the ballot)"
    r"|how (?:is|s|are) (?P<b>.+?) (?:doing|polling)|(?P<c>.+?) (?:polls|polling|numbers|odds|chances)"
    r"|como (?:va|le va a|esta) (?P<d>.+?)$|(?:va|esta) (?P<e>.+?) (?:ganando|adelante|liderando|arriba)"
    r"|(?:se postula|es candidat[oa]) (?P<f>.+?)$|(?P<g>.+?) (?:se postula|es candidat[oa]))\b")


def _unknown_subject(q: Asked) -> bool:
    """A question about one person whose words are all unknown ("is fetterman ahead in pennsylvania"): no answer
    about the race instead, which would read as the answer about them."""
    if q.candidates or q.endorsers or not q.parsed.leftover:
        return False
    found = SUBJECT_SLOTS.match(" ".join(q.parsed.words))
    subject = next((g for g in found.groups() if g), "") if found else ""
    return bool(subject) and set(subject.split()) <= set(q.parsed.leftover)


def _endorser_first(q: Asked) -> bool:
    if not (q.has("endorsements_by") and q.endorsers):
        return False
    # "who endorsed X" names X as a candidate: endorsements of, unless the endorser is the same words
    return not (q.has("endorsements_of") and q.candidates and not same_words(q.endorsers[0], q.candidates[0][0]))


ROUTES: tuple[tuple[str, Callable[[Asked], bool], Handler], ...] = (
    ("help", lambda q: q.has("help") and not q.parsed.spans, handle_help),
    ("weak name", lambda q: q.weak and not (q.candidates or q.endorsers), handle_weak_name),
    ("endorsements by", _endorser_first, handle_endorsements_by),
    ("endorsements of", lambda q: q.has(*ENDORSEMENT_INTENTS) and bool(q.candidates), handle_endorsements_of),
    ("endorsements by", lambda q: q.has(*ENDORSEMENT_INTENTS) and bool(q.endorsers), handle_endorsements_by),
    ("endorsements, no name", lambda q: q.has(*ENDORSEMENT_INTENTS), handle_endorsements_unknown),
    ("is running", lambda q: q.has("is_running") and bool(q.candidates), handle_is_running),
    ("profile", lambda q: _is_profile(q) and not q.has("is_running"), handle_profile),
    ("endorser", lambda q: bool(q.endorsers) and not q.candidates and not q.needs_race, handle_endorsements_by),
    ("compare, name unknown", lambda q: q.has("compare") and len(q.candidates) < 2 and bool(q.parsed.leftover)
     and len(compared_sides(q.parsed.words)) > 1, handle_compare_unknown),
    ("races", lambda q: q.has("races") and not (q.endorsers or q.weak), handle_races),
    ("unknown person", _unknown_subject, handle_unknown_person),
    ("no race", lambda q: q.race is None and (q.needs_race or q.choice.constrained), handle_no_race),
    ("compare", lambda q: len(q.candidates) >= 2 and (q.has("compare", "leader") or not q.parsed.intents),
     handle_compare),
    ("subgroup", lambda q: bool(q.groups), handle_subgroup),
    ("pollsters", lambda q: q.has("pollsters"), handle_pollsters),
    ("named poll", lambda q: bool(q.pollsters or q.parsed.month or q.parsed.before_stage)
     and not q.has("average", "poll_history", "results"), handle_named_poll),
    ("results", lambda q: q.has("results"), handle_results),
    ("election date", lambda q: q.has("election_date"), handle_election_date),
    ("average", lambda q: q.has("average"), handle_average),
    ("poll history", lambda q: q.has("poll_history"), handle_poll_history),
    ("latest poll", lambda q: q.has("latest_poll"), handle_latest_poll),
    ("who is running", lambda q: q.has("running") and not q.candidates, handle_running),
    ("standing", lambda q: bool(q.candidates) and q.has("leader"), handle_standing),
    ("profile", lambda q: bool(q.candidates), handle_profile),
    ("who leads", lambda q: q.has("leader"), handle_leader),
    ("race", lambda q: q.choice.constrained or bool(q.parsed.of("race")), handle_running),
    ("anything else", lambda q: True, handle_fallback),
)


async def route(q: Asked) -> Answer:
    """The answer of the first route whose condition holds (see the order above)."""
    for _name, applies, handler in ROUTES:
        if applies(q):
            return await handler(q)
    raise AssertionError("the last route answers everything")


# ---------------------------------------------------------------------------- answers without data
# Written through the catalog (bot/engine/answers/localized.py) in the asker's language; in English as they always were.
def which_race(choice: RaceChoice, m: Messages = ENGLISH) -> Answer:
    """Asks which race a question is about, naming at most five of those that fit, by their natural names."""
    names = tuple(f"{race.name} ({race.slug})" for race in choice.options)
    return Answer("need_race", status="need_race", title=m.gettext("Which race?"),
                  summary=localized.which_race_summary([race.name for race in choice.options], m), suggestions=names)


def weak_answer(parsed: ParsedQuestion, index: NameIndex, race, m: Messages = ENGLISH) -> Answer:  # noqa: ANN001
    """A name nobody has, or several have: did you mean ..., which one do you mean. `race` is a RaceView or None."""
    if parsed.ambiguous:
        text, matches = parsed.ambiguous[0]
        if race is not None:
            matches = [match for match in matches
                       if not match.entry.race_ids or race.id in match.entry.race_ids] or matches
        names = tuple(dict.fromkeys(match.entry.display for match in matches))[:MAX_SUGGESTIONS]
        return Answer("ambiguous", status="ambiguous", title=m.gettext("Did you mean…?"),
                      summary=localized.ambiguous_summary(text, names, m), suggestions=names, unmatched=text)
    text, matches = parsed.unknown[0]
    kind = matches[0].entry.kind if matches else "candidate"
    near = [match.entry.display for match in matches if match.score >= SUGGEST_CUTOFF]
    names = tuple(dict.fromkeys([*near, *suggest(index, text, kind)]))[:MAX_SUGGESTIONS]
    intent = parsed.intents[0] if parsed.intents else "unknown_name"
    return Answer(intent, status="not_found", title=m.gettext("Name not known"),
                  summary=localized.unknown_name_summary(kind, [text], names, m), suggestions=names, unmatched=text)


def unknown_name(parsed: ParsedQuestion, index: NameIndex, kind: str, intent: str, m: Messages = ENGLISH) -> Answer:
    """A name of a kind that the index does not know, with the nearest names; or which name, when none was given."""
    text = name_text(parsed)
    if not text:
        return Answer(intent, status="not_found", title=m.gettext("Which name?"),
                      summary=localized.which_name_summary(kind, m))
    near = suggest(index, text, kind)
    return Answer(intent, status="not_found", title=m.gettext("Name not known"),
                  summary=localized.unknown_name_summary(kind, [text], near, m), suggestions=tuple(near),
                  unmatched=text)


def suggest(index: NameIndex, text: str, kind: str) -> list[str]:
    """The nearest names of a kind, for "did you mean": through the index, never a scan of every name."""
    near = index.lookup(text, [kind], limit=MAX_SUGGESTIONS * 3, cutoff=SUGGEST_CUTOFF)
    if not near:  # maybe a typo in every word: try the words alone
        for word in fold(text).split():
            near += index.lookup(word, [kind], limit=MAX_SUGGESTIONS, cutoff=SUGGEST_CUTOFF)
    near.sort(key=lambda m: -m.score)
    return list(dict.fromkeys(m.entry.display for m in near))[:MAX_SUGGESTIONS]


def candidate_of(match: NameMatch) -> CandidateView:
    """The candidate a name matched, as far as answers need them (id and name): from the index, no query."""
    return CandidateView(match.entry.id, match.entry.display, [], None, None)


def compared_sides(words: list[str]) -> list[list[str]]:
    """The words on each side of "vs" ("bass vs caruso", "bass contra caruso", "bass frente a caruso")."""
    sides: list[list[str]] = [[]]
    for i, word in enumerate(words):
        if word in VERSUS_WORDS:
            sides.append([])
        elif not (word == "a" and i > 0 and words[i - 1] == "frente"):
            sides[-1].append(word)
    return sides


def same_words(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def stage_asked(parsed: ParsedQuestion) -> str | None:
    """The stage whose results are asked for: "who made the runoff" asks for the primary."""
    words = set(parsed.words)
    if parsed.terms.stage in ("primary", "jungle primary") or words & ADVANCED_WORDS:
        return "primary"
    if "runoff" in words and "made" in words:
        return "primary"
    return parsed.terms.stage


def with_entity(answer: Answer, span: Span) -> Answer:
    return with_match(answer, span.match, span.text)


def with_match(answer: Answer, match: NameMatch, text: str) -> Answer:
    """Record how well the user's words matched the entity the answer is about."""
    entities = tuple(
        ResolvedEntity(e.kind, e.id, e.name, match.score, text)
        if e.kind == match.entry.kind and e.id == match.entry.id else e
        for e in answer.entities
    )
    return replace(answer, entities=entities)
