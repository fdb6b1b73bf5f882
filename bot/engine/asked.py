"""One question on its way to an answer: what was parsed, the names resolved, the race chosen."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.db.views import CandidateView
from bot.engine.answers import Answer
from bot.engine.answers.reader import Reader
from bot.engine.kinds import PERSON_ATTRIBUTES, RACE_FREE, Attribute, QuestionKind
from bot.engine.understanding.attributes import ONE_POLL, POLL_NOUNS
from bot.engine.understanding.gazetteer import counties
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.names import NameIndex
from bot.engine.understanding.question import ParsedQuestion, Span
from bot.engine.understanding.race_choice import RaceChoice
from bot.engine.understanding.race_terms import STAGE_WORDS
from bot.engine.understanding.typed import given_and_surname, names_someone_else, typed_like
from bot.engine.understanding.vocabulary import (
    AGE_PHRASES,
    AMOUNT_WORDS,
    ENDORSE_VERBS,
    JOINING_WORDS,
    MONEY_VERBS,
    MOVING_WORDS,
    NOT_KEPT_WORDS,
    OPPONENT_WORDS,
    PARTY_WORDS,
    POLL_KINDS,
    POLL_WORDS,
    QUESTION_WORDS,
)
from bot.given_names import compatible_with
from bot.i18n import Messages
from bot.names import fold
from bot.races import state_code


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
        """The pollsters the question names: not the words that name a person of the question too ("is lake losing"
        is Kari Lake, not Lake Research; "the lake poll", read as the pollster's, names no person)."""
        people = {(s.start, s.end) for s in self.parsed.spans if s.match.entry.kind in ("candidate", "endorser")}
        groups = {i for s in self.parsed.of("subgroup") for i in range(s.start, s.end)}  # "among women": no pollster
        # a name several people have, settled by the race ("how is king doing in maine": Angus King, not KING TV)
        settled = {span.text for span, _ in self.candidates if span.end == span.start}
        words = self.parsed.words
        return [s for s in self.parsed.of("pollster") if (s.start, s.end) not in people
                and not groups & set(range(s.start, s.end))
                and not (" ".join(words[s.start:s.end]) in settled and not POLL_NOUNS & set(words[s.end:s.end + 1]))]

    @property
    def groups(self) -> list[Span]:
        """The groups of voters the question names."""
        return self.parsed.of("subgroup")

    @property
    def candidate(self) -> CandidateView | None:
        """The first candidate the question names, or None."""
        return self.candidates[0][1] if self.candidates else None

    @property
    def people_asked(self) -> list[CandidateView]:
        """The candidates named who are people, not a party's generic ballot ("is mel wilson a dem or a republican":
        Mel Wilson)."""
        return [c for span, c in self.candidates if span.text not in PARTY_WORDS]

    @property
    def polls_asked(self) -> bool:
        """Whether the question asks for the polls ("la mayor polls"), not the results, whatever the race's state."""
        return bool(POLL_WORDS & set(self.parsed.words)) and not self.has(QuestionKind.RESULTS)

    @property
    def weak(self) -> bool:
        """Whether the question has a name nobody has, or several have."""
        return bool(self.parsed.unknown or self.parsed.ambiguous)

    @property
    def needs_race(self) -> bool:
        """Whether the question asks something only a race answers."""
        intents = set(self.parsed.intents) - RACE_FREE
        return bool(intents or self.groups or self.pollsters or self.parsed.month or self.parsed.group
                    or self.parsed.area or self.parsed.asked or self.choice.constrained and not self.candidates)


Handler = Callable[[Asked], Awaitable[Answer]]


@dataclass(frozen=True, slots=True)
class Route:
    """One row of the route table (bot/engine/routes.py): its name, as that module's docstring lists it, its
    condition and its handler."""

    name: str
    applies: Callable[[Asked], bool]
    handler: Handler


WHO_WORDS = {"who", "whos", "whom", "quien", "quienes", "contra"}


def asks_opponents(q: Asked) -> bool:
    """Whom one candidate named runs against ("whos bass facing in november")."""
    words = set(q.parsed.words)
    return len(q.candidates) == 1 and bool(OPPONENT_WORDS & words) and bool(WHO_WORDS & words)


def names_a_poll(q: Asked) -> bool:
    """A poll named by its pollster, or by a month or stage with the word poll ("bass vs caruso in the fm3 poll",
    "in the june poll"): two candidates compared there are compared in that poll, never in the average."""
    poll_word = bool(POLL_WORDS & set(q.parsed.words))
    people = {(s.start, s.end) for s, _ in q.candidates}
    # "is gallego beating lake": Kari Lake, not Lake Research, unless a poll is named
    return any((s.start, s.end) not in people for s in q.pollsters) \
        or bool(q.pollsters or q.parsed.month or q.parsed.before_stage) and poll_word


def unknown_people(q: Asked) -> list[str]:
    """Names nobody of the data has beside those it has: a given name and a real surname ("joe bustamante", "karen
    bass and karen foster", "john ford": a given name some name of the data begins with, and a surname nobody's), that
    are no candidate's words ("alan gross" is Al Gross; "nelson scott" Bill Nelson and Rick Scott); and a surname
    alone that English rarely uses as a word ("bass, caruso, and rivera", "how'd greer do against bass")."""
    names, words, leftover = lexicon(), q.parsed.words, set(q.parsed.leftover)
    named = {w for span, _ in q.candidates for w in fold(span.text).split()}
    single = {s.start for s in q.parsed.spans if s.end - s.start == 1}  # a given name matched alone ("john")
    pairs = [f"{a} {b}" for i, (a, b) in enumerate(zip(words, words[1:], strict=False))
             if (a in leftover and a not in named or i in single) and b in leftover and a in names.given
             and names.is_real_surname(b) and b not in named]
    pairs += [text for text, _ in q.parsed.unknown if len(text.split()) == 2 and text.split()[0] in names.given
              and names.is_real_surname(text.split()[1]) and text not in pairs
              and (text.split()[1] not in named or _another_given(q, *text.split()))]
    paired = {w for n in pairs for w in n.split()}
    # (a word of a named candidate's name is theirs, "hyde-smith"; beside a name several people have, that name's)
    theirs = {w for _, c in q.candidates for w in fold(c.name).replace("-", " ").split()}
    theirs |= {w for text, _ in q.parsed.ambiguous for i, word in enumerate(words) if word in text.split()
               for w in words[max(0, i - 1):i + 2]}
    if q.parsed.area:  # a county's name beside an area named is that county's ("pearson county precinct atkinson")
        theirs |= {w for w in q.parsed.leftover if w in counties()}
    alone = [w for w in dict.fromkeys(q.parsed.leftover) if w not in paired | named | theirs and w in names.name_like]
    listed = [w for w in _listed_with_candidates(q) if w not in paired | named | theirs | set(alone)]
    return pairs + alone + listed + endorser_asked_as_candidate(q)


def _another_given(q: Asked, given: str, surname: str) -> bool:
    """Whether a given name typed before the surname of a candidate named elsewhere in the question is none of theirs:
    someone else of that surname ("is may cunningham related to cal cunningham")."""
    namesakes = [c for _, c in q.candidates if fold(c.name).split()[-1:] == [surname]]
    return bool(namesakes) and not any(compatible_with(given)(g) for c in namesakes
                                       if (g := given_and_surname(c.name)[0]))


def endorser_asked_as_candidate(q: Asked) -> list[str]:
    """A person who only endorses, asked of a race named as if they ran in it ("y el tal aguilar? senado de arizona
    2024, como va en las encuestas", "did mike bonin make the la mayor runoff"): nobody of that race, never the
    race's figures."""
    if q.candidates or not q.endorsers or q.race is None or not q.choice.constrained \
            or q.has(QuestionKind.ENDORSEMENTS_BY) or q.has(QuestionKind.ENDORSEMENTS_OF) \
            or ENDORSE_VERBS & set(q.parsed.words):
        return []
    index = q.index
    runs = [s.text for s in q.endorsers for i in index.exact.get(s.match.key, ())
            if index.entries[index.key_entry[i]].kind == "candidate"
            and q.race.id in index.entries[index.key_entry[i]].race_ids]
    return [s.text for s in q.endorsers if s.match.entry.person and s.text not in runs]


def _listed_with_candidates(q: Asked) -> list[str]:
    """Real surnames no name of the data has, joined to a named candidate in a list or a match-up ("bass, caruso and
    baker", "baker vs bass"), or in a row of names and race terms only ("tuberville jones sharp al"): the form says
    a name stands there, though English uses the word too."""
    words, free, names = q.parsed.words, set(q.parsed.leftover) | set(q.parsed.common), lexicon()
    named_at = {i for span, _ in q.candidates for i in range(span.start, span.end)}
    settled = {w for span, _ in q.candidates if span.end == span.start for w in span.text.split()}
    named_at |= {i for i, w in enumerate(words) if w in settled}  # names several have, settled by the race
    free -= settled

    def joined(i: int, step: int) -> bool:
        return 0 <= i + 2 * step < len(words) and words[i + step] in JOINING_WORDS and i + 2 * step in named_at

    def in_a_row(i: int) -> bool:  # "nelson scott pope fl 2018": names and race terms only, the word beside a name
        rest = {j for j in range(len(words)) if j not in named_at | q.parsed.terms.used | {i}
                and state_code(words[j]) is None}  # (a state's code typed lower case: "al", "in")
        return bool({i - 1, i + 1} & named_at) and not rest
    return list(dict.fromkeys(w for i, w in enumerate(words) if w in free and names.is_real_surname(w)
                              and not q.index.by_token.get(w) and (joined(i, -1) or joined(i, 1) or in_a_row(i))))


def not_kept_words(q: Asked) -> list[int]:
    """Where a question names what no data here holds (a debate, money raised, a recount), outside any name."""
    named = {i for s in q.parsed.spans for i in range(s.start, s.end)}
    words = set(q.parsed.words)
    polls, amount = bool(POLL_WORDS & words), bool(AMOUNT_WORDS & words)  # "caruso raised his poll numbers"
    pairs = enumerate(zip(q.parsed.words, q.parsed.words[1:], strict=False))
    ages = [i + 1 for i, pair in pairs if pair in AGE_PHRASES]  # "how old is jon tester"
    return ages + [i for i, w in enumerate(q.parsed.words) if w in NOT_KEPT_WORDS and i not in named
                   and not (polls and w in MOVING_WORDS) and (amount or w not in MONEY_VERBS)
                   and not (w in ("approval", "aprobacion") and q.parsed.terms.measure)]  # a measure's approval


def unknown_pollster(q: Asked) -> str:
    """A pollster nobody has, named beside the word poll by words nothing explains ("beto vs cruz 2018, blue ridge
    analytics poll", "la encuesta de hartwell"), or ""."""
    words, unexplained = q.parsed.words, set(q.parsed.leftover) | set(q.parsed.common)
    unexplained -= {w for span, _ in q.candidates for w in span.text.split()}  # "how did scott poll vs nelson"
    if q.pollsters:
        return ""
    # a pollster's name typed with another real surname ("the wellman group": not the Mellman Group)
    looks_like = next((text for text, matches in q.parsed.unknown if matches and matches[0].entry.kind == "pollster"
                       and len(matches[0].key.split()) > 1 and typed_like(text, matches[0].key)
                       and names_someone_else(text, matches[0].key, given_first=False)), None)
    if looks_like:
        return looks_like
    for i, word in enumerate(words):
        if word not in ONE_POLL:
            continue
        start, end = i, i + 1
        while start > 0 and words[start - 1] in unexplained and words[start - 1] not in QUESTION_WORDS:
            start -= 1
        if start == i and words[i + 1:i + 2] == ["de"]:  # "la encuesta de hartwell"
            end = i + 2
            while end < len(words) and words[end] in unexplained and words[end] not in QUESTION_WORDS:
                end += 1
        run = words[start:i] or words[i + 2:end]
        if any(w in q.parsed.leftover or _names_an_outlet(w) for w in run):
            return " ".join(run)
    return ""


# Endings of English adjectives ("a shocking poll", "the most reliable poll"): words that describe a poll.
_ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ic", "ous", "ble", "ive", "ful", "ent", "ant", "ary", "ish", "less", "est")


def _names_an_outlet(word: str) -> bool:
    """A common word beside "poll" rare enough to be an institution's or outlet's name ("the ucla poll", "cnn
    poll"): not an everyday word, a word the questions use, a kind of poll or an adjective."""
    return lexicon().is_common(word) and not lexicon().is_everyday(word) and word not in QUESTION_WORDS \
        and word not in POLL_KINDS and not word.endswith(_ADJECTIVE_ENDINGS)


def _newest_words(words: list[str]) -> list[str]:
    """ "most" of "the most recent": a word of the newest poll, not of the largest sample."""
    return [w for w, after in zip(words, words[1:], strict=False) if w == "most" and after in ("recent", "current")]


def size_extreme(q: Asked) -> int | None:
    """"the biggest sample of any poll": 1; "the smallest": 0; else None."""
    words = set(q.parsed.words) - set(_newest_words(q.parsed.words))  # "the most recent poll" is no extreme
    if q.parsed.asked is None or q.parsed.asked.attribute != Attribute.SAMPLE_SIZE:
        return None
    return 1 if words & {"biggest", "largest", "most", "max", "maximum", "grande"} else 0 if words & {
        "smallest", "least", "fewest", "min", "minimum", "pequena", "chica"} else None


def pollsters_set_aside(q: Asked) -> tuple[str, ...]:
    """The pollsters a question leaves out ("the newest poll that wasn't from berkeley"), as the race's polls name
    them."""
    return tuple(e.display for s in q.parsed.set_aside if s.match.entry.kind == "pollster"
                 for e in q.index.namesakes(s.match) if q.race.id in e.race_ids)


def names_someone_unknown(q: Asked) -> bool:
    """A person nobody has beside candidates ("how'd greer do against bass"), or a pollster nobody has ("beto vs cruz
    2018, blue ridge analytics poll"): not known, never an answer about the others or the other polls."""
    return bool(unknown_people(q) or unknown_pollster(q) or outside_the_race(q))


def outside_the_race(q: Asked) -> list[str]:
    """Names several people have, none of whom runs in the race of the candidates named beside them ("bass, caruso,
    and leonard": the Leonards of the files run elsewhere): which one is meant, never an answer about the others."""
    if q.race is None or not q.candidates:
        return []
    return [text for text, matches in q.parsed.ambiguous if all(m.entry.kind == "candidate" for m in matches)
            and not any(q.race.id in m.entry.race_ids for m in matches)]


# Questions about one person, the person in the middle: "is X ahead", "how is X doing", "is X running", "X polls".
SUBJECT_SLOTS = re.compile(
    r"^(?:(?:is|was|will|has|did) (?P<a>.+?) (?:still )?(?:ahead|leading|winning|behind|losing|trailing|running"
    r"|doing|polling|in the race|on the ballot)"
    r"|how (?:is|s|are) (?P<b>.+?) (?:doing|polling)|(?P<c>.+?) (?:polls|polling|numbers|odds|chances)"
    r"|como (?:va|le va a|esta) (?P<d>.+?)$|(?:va|esta) (?P<e>.+?) (?:ganando|adelante|liderando|arriba)"
    r"|(?:se postula|es candidat[oa]) (?P<f>.+?)$|(?P<g>.+?) (?:se postula|es candidat[oa])"
    r"|(?:how many votes|what share|what percent|how much) did (?P<h>.+?) (?:get|receive|win)"
    r"|how did (?P<i>.+?) do|cuantos votos (?:saco|obtuvo|tuvo) (?P<j>.+?) en)\b")


def unknown_subject(q: Asked) -> bool:
    """A question about one person whose words are all unknown ("is fetterman ahead in pennsylvania"): no answer
    about the race instead, which would read as the answer about them."""
    if q.candidates or q.endorsers or not q.parsed.leftover:
        return False
    found = SUBJECT_SLOTS.match(" ".join(q.parsed.words))
    subject = next((g for g in found.groups() if g), "") if found else ""
    return bool(subject) and set(subject.split()) <= set(q.parsed.leftover)


# Words that ask a span of time ("how many days between the primary and the general", "cuánto tiempo entre ...").
SPAN_WORDS = {"days", "dias", "weeks", "semanas", "months", "meses", "long", "tiempo"}


def stages_apart(q: Asked) -> bool:
    """Whether the question asks the time between two stages named ("how many days between the la primary and the
    general", "cuantos dias hay entre la primaria y la general")."""
    words = set(q.parsed.words)
    return len({STAGE_WORDS[w] for w in words if w in STAGE_WORDS}) >= 2 and bool(SPAN_WORDS & words)


def asks_person_fact(q: Asked) -> bool:
    """A candidate's party or age ("what party is gina viola", "karen bass age?")."""
    words = q.parsed.words  # (or "party" right after the name: "varma's party")
    party_after = q.parsed.asked is None and any(words[s.end:s.end + 1] in (["party"], ["partido"])
                                                 for s, _ in q.candidates)
    return (q.parsed.asked is not None and q.parsed.asked.attribute in PERSON_ATTRIBUTES or party_after) \
        and len(q.people_asked) == 1 and not q.groups and (not POLL_WORDS & set(words) or q.parsed.asked is not None
                                                           and q.parsed.asked.attribute == Attribute.PARTY)
