"""The handlers of the routes about endorsements (bot/engine/routes.py): whom an endorser endorsed, who endorsed a
candidate, the endorsements of a kind in a race, and endorsers nobody has."""

from __future__ import annotations

from dataclasses import replace

from bot.engine.answers import Answer
from bot.engine.answers.endorsements import (
    Period,
    endorsements_by,
    endorsements_in_race,
    endorsements_of,
    no_endorsement_by,
    not_a_candidate,
)
from bot.engine.answers.localized import name_not_known, unknown_name, weak_answer
from bot.engine.answers.matched import with_entity
from bot.engine.asked import WHO_WORDS, Asked, endorser_asked_as_candidate, unknown_people
from bot.engine.kinds import QuestionKind
from bot.engine.understanding.attributes import KIND_OF_WORD
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.negation import EXCLUDING_CUES
from bot.engine.understanding.question import Span
from bot.engine.understanding.race_choice import stage_fits
from bot.engine.understanding.race_terms import STAGE_WORDS
from bot.engine.understanding.vocabulary import ENDORSE_VERBS, QUESTION_WORDS

# Words that ask whom an endorser backed, not whether it backed anyone ("who did the la times back").
WHOM_WORDS = WHO_WORDS | {"which", "what", "whats", "wich", "cual", "cuales", "quién", "cuál"}


async def handle_endorsements_by(q: Asked) -> Answer:
    """Whom the named endorser endorsed; of someone nobody has ("did the la times endorse karen pruitt"), not known."""
    people = unknown_people(q)
    if people:
        return name_not_known(q.index, "candidate", people, QuestionKind.CANDIDATE, q.messages)
    span = q.endorsers[0]
    return with_entity(await endorsements_by(q.reader, span.match.entry.id, [c.id for _, c in q.candidates],
                                             yes_no=not WHOM_WORDS & set(q.parsed.words)), span)


def asked_as_candidate(q: Asked) -> bool:
    """Someone who only endorses, asked of a race named as if they ran in it ("did mike bonin make the la mayor
    runoff")."""
    people = endorser_asked_as_candidate(q)
    return bool(people) and unknown_people(q) == people  # (with nobody else unknown: "nury martinez or joe doe")


async def handle_not_a_candidate(q: Asked) -> Answer:
    """Not a candidate of the race, and whom they endorsed in it."""
    span = next(s for s in q.endorsers if s.text in endorser_asked_as_candidate(q))
    assert q.race is not None
    return await not_a_candidate(q.reader, span.match.entry.id, q.race)


async def handle_endorsements_of(q: Asked) -> Answer:
    """Who endorsed the named candidate, in the race when the question names one; whom a candidate who endorsed no
    one endorsed ("who did bass endorse"): nobody on record."""
    span, candidate = q.candidates[0]
    if _candidate_as_endorser(q, span) and not q.endorsers:
        received = await endorsements_of(q.reader, candidate)  # and what they got ("... or get endorsed")
        none_by = no_endorsement_by(candidate, q.messages)
        return with_entity(replace(received, intent=none_by.intent, title=none_by.title,
                                   summary=f"{none_by.summary} {received.summary}"), span)
    stranger = [w for w in q.parsed.leftover if len(w) > 2 and not lexicon().is_plain_form(w)] \
        or _endorser_asked(q)
    if stranger and not q.endorsers:  # "did lebron back caruso": an endorser nobody has, not all of Caruso's
        return name_not_known(q.index, "endorser", [" ".join(stranger)], QuestionKind.ENDORSEMENTS_BY, q.messages)
    race = q.race if q.choice.constrained else None
    words = q.parsed.words
    at = next((i for i, w in enumerate(words) if w in TITLE_NOUNS), None)
    titled = None if at is None else (" ".join(words[at:at + 2]) if words[at + 1:at + 2] in (["members"], ["member"])
                                      else words[at], TITLE_NOUNS[words[at]])
    answer = await endorsements_of(q.reader, candidate, race, q.parsed.endorser_kind, titled,
                                   current=bool({"sitting", "current", "actuales"} & set(words)),  # no former one
                                   without=[s.match.entry.id for s in q.parsed.set_aside
                                            if s.match.entry.kind == "endorser"],  # "other than the police union"
                                   period=_period(q, span.match.entry.race_ids))
    return with_entity(answer, span)


# Words that bound a period from one side ("since june", "antes de 2022"); without one, the month or year itself.
RELATION_WORDS = {"since": "since", "desde": "since", "after": "after", "despues": "after", "before": "before",
                  "antes": "before", "prior": "before"}


def _period(q: Asked, race_ids: tuple[int, ...]) -> Period | None:
    """When the endorsements asked were made: a month named ("in august 2022"), or a year that is none of the
    candidate's races' ("back in 2021"; "in 2022" names the 2022 race), with "since", "after" or "before"."""
    words = q.parsed.words
    bound = next(((i, RELATION_WORDS[w]) for i, w in enumerate(words) if w in RELATION_WORDS), None)
    if bound is not None and q.race is not None and q.parsed.terms.stage \
            and STAGE_WORDS.keys() & set(words[bound[0] + 1:bound[0] + 5]):  # "after the june primary"
        day = next((s.date for s in q.race.stages if stage_fits(s.stage, q.parsed.terms.stage)), None)
        if day is not None:
            return Period(bound[1], None, None, day=day)
    month = q.parsed.month if q.parsed.month is not None else \
        q.parsed.stage_month if q.parsed.terms.stage is None else None
    year = q.parsed.poll_year or q.parsed.terms.cycle
    cycles = {q.reader.race_table().cycle_of(r) for r in race_ids}
    if month is None and (year is None or year in cycles):
        return None
    relation = next((RELATION_WORDS[w] for w in q.parsed.words if w in RELATION_WORDS), "in")
    return Period(relation, month, year)


_AUXILIARIES = {"did", "does", "has", "have", "will", "would", "had"}


def _candidate_as_endorser(q: Asked, span: Span) -> bool:
    """Whether the words ask whom the candidate named endorsed: "who did bass endorse" (an auxiliary, the name, the
    verb), "a quien apoyo karen bass" (whom, the verb, the name); not "who endorsed bass", "was bass endorsed by"."""
    words = q.parsed.words
    verb_after = words[span.end:span.end + 1] and words[span.end] in ENDORSE_VERBS | {"endorsing", "backing"}
    if verb_after and span.start > 0 and words[span.start - 1] in _AUXILIARIES:
        return True
    return span.start >= 3 and words[span.start - 3:span.start - 1] == ["a", "quien"] \
        and words[span.start - 1] in ENDORSE_VERBS


# Offices endorsers are described by, as a question names them ("which us senators endorsed bass": "U.S. Senator
# from Vermont"): the noun typed -> the word of the descriptions.
TITLE_NOUNS = {"senators": "senator", "senadores": "senator", "supervisors": "supervisor",
               "supervisores": "supervisor", "councilmembers": "council", "council": "council", "concejales": "council",
               "congressmen": "representative", "congresswomen": "representative", "representatives": "representative",
               "congresistas": "representative", "representantes": "representative", "governors": "governor",
               "mayors": "mayor", "alcaldes": "mayor"}


def _endorser_asked(q: Asked) -> list[str]:
    """The words of "did X endorse Y" before the verb that nothing explains, or a person who endorses no one ("did the
    la clippers endorse bass", "trump apoyo a caruso")."""
    words = q.parsed.words
    verb = next((i for i, w in enumerate(words) if w in ENDORSE_VERBS), None)
    if verb is None or words[0] in QUESTION_WORDS and words[0] not in ("did", "has", "does", "have", "is", "was") \
            or WHO_WORDS & set(words[:verb]):
        return []  # "who backed bass", "everyone who endorsed bass" ask the endorsers; "did X back bass" names one
    unexplained = set(q.parsed.leftover) | set(q.parsed.common) | {w for text, _ in q.parsed.ambiguous
                                                                  for w in text.split()}
    cues = EXCLUDING_CUES if q.parsed.set_aside else frozenset()  # "other than the police union, did any ..."
    return [w for w in words[:verb] if w in unexplained and w not in QUESTION_WORDS and w not in KIND_OF_WORD
            and w not in cues and len(w) > 2]  # (not a kind of endorser: "did labor groups back bass")


async def handle_endorsements_unknown(q: Asked) -> Answer:
    """Which name the endorsements are asked of, or the nearest names."""
    if q.weak:
        return weak_answer(q.parsed, q.index, q.race, q.messages)
    kind, intent = (("candidate", QuestionKind.ENDORSEMENTS_OF) if q.has(QuestionKind.ENDORSEMENTS_OF)
                    else ("endorser", QuestionKind.ENDORSEMENTS_BY))
    return unknown_name(q.parsed, q.index, kind, intent, q.messages)


async def handle_endorsements_in_race(q: Asked) -> Answer:
    """The endorsements in the race by the kind of endorser named."""
    return await endorsements_in_race(q.reader, q.race, q.parsed.endorser_kind)


def endorser_words(q: Asked) -> list[str]:
    """The words of an endorser asked about that nothing explains: between "did" ("has", "does") and the verb ("who
    did the dodgers endorse": dodgers), or before the verb ("did lebron back caruso")."""
    words, unexplained = q.parsed.words, set(q.parsed.leftover) | set(q.parsed.common)
    verb = next((i for i, w in enumerate(words) if w in ENDORSE_VERBS), None)
    aux = next((i for i, w in enumerate(words) if w in ("did", "has", "does", "have")), None)
    between = words[aux + 1:verb] if verb is not None and aux is not None and aux < verb else []
    return [w for w in between if w in unexplained and w not in QUESTION_WORDS and w not in KIND_OF_WORD
            and len(w) > 2] or _endorser_asked(q)
