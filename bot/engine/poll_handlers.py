"""The handlers of the routes about polls (bot/engine/routes.py): a group of voters, a named or the newest poll, a
poll's detail, a candidate's best or worst poll, who polled a race, the average and the history."""

from __future__ import annotations

from dataclasses import replace

from bot.engine.answers import Answer
from bot.engine.answers.poll_details import poll_detail
from bot.engine.answers.poll_extremes import extreme_poll
from bot.engine.answers.polls import (
    average,
    by_any,
    latest_poll,
    poll_history,
    pollsters,
    subgroup,
)
from bot.engine.answers.wording import no_polls, race_name
from bot.engine.asked import (
    Asked,
    pollsters_set_aside,
    size_extreme,
)
from bot.engine.kinds import Attribute, QuestionKind
from bot.engine.understanding.attributes import FIRST_WORDS
from bot.engine.understanding.question import Span
from bot.engine.understanding.race_choice import has_stage
from bot.engine.understanding.vocabulary import ADVANCED_WORDS, POLL_WORDS
from bot.names import fold


async def handle_subgroup(q: Asked) -> Answer:
    """How the named group of voters is voting, for the named candidate when there is one; two groups named ("did
    bass do better with latinos or with white voters"), each of them."""
    answers = []
    runs: list[list[Span]] = []  # words between: two groups; side by side, one ("black women": Black women)
    for span in sorted(q.groups, key=lambda s: s.start):
        if runs and span.start <= runs[-1][-1].end:
            runs[-1].append(span)
        else:
            runs.append([span])
    named = [run[0].match.entry.display if len(run) == 1
             else " ".join(q.parsed.words[run[0].start:max(s.end for s in run)]) for run in runs]
    for group in dict.fromkeys(named):
        answer = await subgroup(q.reader, q.race, group, q.candidate, pollsters=_pollsters_of_race(q),
                                month=q.parsed.month, year=q.parsed.poll_year)
        answers.append(await _whom_polled(q, group, answer))
    if len(answers) == 1:
        return answers[0]
    shown = [a for a in answers if a.status == "ok"] or answers
    return replace(shown[0], title=" · ".join(a.title for a in answers),
                   summary="; ".join(a.summary.rstrip(".") for a in answers) + ".",
                   facts=tuple(f for a in shown for f in a.facts),
                   entities=tuple(dict.fromkeys(e for a in answers for e in a.entities)))


async def handle_unknown_group(q: Asked) -> Answer:
    """That no poll of the race reports the group of voters named."""
    group = q.parsed.group or ""  # (a pollster's name in the group's words is the group's: "suburban women")
    in_group = any(set(s.text.split()) <= set(group.split()) for s in q.pollsters)
    answer = await subgroup(q.reader, q.race, group, q.candidate, pollsters=() if in_group else _pollsters_of_race(q),
                            month=q.parsed.month, year=q.parsed.poll_year)
    return await _whom_polled(q, group, answer)


# The groups that are whom a poll asked, its population, when no poll reports them as a group of voters.
POPULATION_GROUPS = {"likely voters", "registered voters", "adults", "likely", "registered", "lv", "rv",
                     "votantes probables", "votantes registrados", "probables", "registrados"}


def _population_named(group: str) -> str | None:
    """Whom polls asked, as the data writes it, that a group's words name: "likely voters" (lv), "votantes
    registrados" (rv), or None."""
    words = set(fold(group).split())
    return "lv" if {"likely", "probables"} & words else "rv" if {"registered", "registrados"} & words else None


POPULATION_WORDS = {"likely", "probables", "registered", "registrados", "adults", "adultos", "voters", "votantes",
                    "lv", "rv"}


def _which_population(words: list[str]) -> bool:
    """Whether a question asks which population a poll asked: one named on each side of an "or" ("adults or likely
    voters?"); not "registered voters ..., bass or caruso?"."""
    return any(w in ("or", "o") and POPULATION_WORDS & set(words[max(0, i - 2):i])
               and POPULATION_WORDS & set(words[i + 1:i + 3]) for i, w in enumerate(words))


async def _whom_polled(q: Asked, group: str, answer: Answer) -> Answer:
    """ "bluegrass data ky senate poll registered voters?": no poll reports registered voters as a group, so it asks
    whom the poll asked."""
    if answer.status != "no_data" or fold(group) not in POPULATION_GROUPS or not POLL_WORDS & set(q.parsed.words):
        return answer
    detail = await poll_detail(q.reader, q.race, Attribute.POPULATION, _pollsters_of_race(q), month=q.parsed.month,
                               year=q.parsed.poll_year, before_stage=q.parsed.before_stage, stage=q.parsed.terms.stage)
    if _which_population(q.parsed.words) or detail.status != "ok":
        return detail
    asked = _population_named(group) or "a"
    # "bass with likely voters in the lmu poll": the poll of that population, or that there is none
    found = await latest_poll(q.reader, q.race, _pollsters_of_race(q), month=q.parsed.month, year=q.parsed.poll_year,
                              before_stage=q.parsed.before_stage, stage=q.parsed.terms.stage, candidate=q.candidate,
                              population=asked)
    if found.status == "ok" or q.candidates:
        return found
    return replace(detail, status="no_data", summary=f"{found.summary} {detail.summary}")


# Words after which a poll's sponsor is named, a constraint, not asked ("the poll paid for by caruso's campaign").
PAID_BY = (("paid", "for", "by"), ("paid", "by"), ("sponsored", "by"), ("commissioned", "by"), ("funded", "by"),
           ("pagada", "por"), ("pagado", "por"), ("patrocinada", "por"), ("financiada", "por"), ("encargada", "por"))
_NOT_A_SPONSOR = {"the", "a", "la", "el", "los", "las", "de", "del", "campaign", "campana", "campaña", "s"}


def _sponsor_named(q: Asked) -> str | None:
    """The sponsor a question names after "paid for by", "pagada por": a candidate's surname (their campaign) or the
    words typed; None when it names none."""
    words = q.parsed.words
    if {"internal", "interna", "internas"} & set(words) and len(q.candidates) == 1:  # "did caruso release an
        return q.candidates[0][1].name.split()[-1]  # internal poll": one paid for by their campaign
    for phrase in PAID_BY:
        at = next((i + len(phrase) for i in range(len(words)) if tuple(words[i:i + len(phrase)]) == phrase), None)
        if at is None:
            continue
        person = next((c for span, c in q.candidates if span.start >= at), None)
        if person is not None:
            return person.name.split()[-1]
        named = [w for w in words[at:at + 4] if w not in _NOT_A_SPONSOR]
        return " ".join(named[:2]) or None
    return None


async def handle_poll_detail(q: Asked) -> Answer:
    """The field asked for (sample, dates, sponsor, method) of the poll named, or of the latest; a poll named by its
    sponsor ("la encuesta pagada por la campaña de caruso"): that sponsor's newest, or that it paid for none."""
    assert q.parsed.asked is not None
    sponsor = _sponsor_named(q) if q.parsed.asked.attribute == Attribute.SPONSOR else None
    if sponsor is not None:
        polls = [p for p in await q.reader.polls(q.race.id)
                 if any(fold(sponsor) in fold(s) for s in (*p.sponsors, p.pollster))]
        if not polls:
            missing = no_polls(q.race, QuestionKind.LATEST_POLL, q.messages)
            return replace(missing, summary=q.messages.gettext("No poll of {race} paid for by {sponsor} is recorded.")
                           .format(race=race_name(q.race, q.messages), sponsor=sponsor))
        return await latest_poll(q.reader, q.race, (polls[0].sponsors[0] if polls[0].sponsors
                                                    else polls[0].pollster,))
    return await poll_detail(q.reader, q.race, q.parsed.asked.attribute, _pollsters_of_race(q), month=q.parsed.month,
                             year=q.parsed.poll_year, before_stage=q.parsed.before_stage, stage=q.parsed.terms.stage,
                             first=q.parsed.asked.place == 1 or bool(FIRST_WORDS & set(q.parsed.words)),
                             extreme=size_extreme(q))


async def handle_extreme_poll(q: Asked) -> Answer:
    """The candidate's highest or lowest share in the race's polls."""
    assert q.parsed.asked is not None and q.candidate is not None
    return await extreme_poll(q.reader, q.race, q.candidate, highest=q.parsed.asked.place == 1)


async def handle_pollsters(q: Asked) -> Answer:
    """Who polled the race; how many polls of a pollster, month, year, population or stage named."""
    stage = q.parsed.terms.stage if q.parsed.terms.stage and has_stage(q.race, q.parsed.terms.stage) else None
    population = q.parsed.population or _population_named(q.parsed.group or "")  # "polls surveyed likely voters"
    return await pollsters(q.reader, q.race, _pollsters_of_race(q), month=q.parsed.month, year=q.parsed.poll_year,
                           population=population, stage=stage, without=pollsters_set_aside(q))


async def handle_named_poll(q: Asked) -> Answer:
    """The newest poll by the named pollster, of the named month or stage, or before a stage."""
    return await latest_poll(q.reader, q.race, _pollsters_of_race(q), month=q.parsed.month,
                             year=q.parsed.poll_year, before_stage=q.parsed.before_stage,
                             stage=q.parsed.terms.stage, candidate=q.candidate if len(q.candidates) == 1 else None,
                             population=q.parsed.population, without=pollsters_set_aside(q))


def _pollsters_of_race(q: Asked) -> tuple[str, ...]:
    """The pollster named, as the race's polls name it: "Emerson" is "Emerson College" in a 2020 race, and
    "Siena" both "Siena College" and "Siena College/The New York Times Upshot"."""
    if not q.pollsters:
        return ()
    named = q.index.namesakes(_pollster_asked(q).match)
    return tuple(e.display for e in named if q.race.id in e.race_ids) or (named[0].display,)


# The words a question's own clause begins with ("my cousin swears trafalgar nailed it but what did quinnipiac have").
_ASKING_WORDS = {"what", "whats", "which", "who", "whos", "how", "hows", "when", "where", "que", "quien", "cual",
                 "cuales", "como", "cuanto", "cuantos", "cuanta", "cuantas"}
# The words that part a clause of chatter from the question after it.
_BUT = {"but", "pero", "though", "although", "anyway", "anyways", "however", "sino"}


def _pollster_asked(q: Asked) -> Span:
    """Of several pollsters named, the first one after the word that asks, when a "but" parts it from the others:
    they are chatter before the question ("trafalgar nailed it but what did quinnipiac have"); else the first."""
    words, first = q.parsed.words, q.pollsters[0]
    asking = next((i for i, w in enumerate(words) if w in _ASKING_WORDS and i > first.end), None)
    if asking is None or not _BUT & set(words[first.end:asking]):
        return first
    return next((s for s in q.pollsters if s.start > asking), first)


async def handle_average(q: Asked) -> Answer:
    """The polling average, with the named candidate's share first."""
    return await average(q.reader, q.race, q.candidate)


async def handle_poll_history(q: Asked) -> Answer:
    """Every poll of the race."""
    return await poll_history(q.reader, q.race)


async def handle_latest_poll(q: Asked) -> Answer:
    """The newest poll of the race (of the stage named)."""
    return await latest_poll(q.reader, q.race, stage=q.parsed.terms.stage, without=pollsters_set_aside(q))


# Words that ask what a candidate got or did: votes, advancing, winning ("how many votes did uc berkeley get").
CANDIDATE_FACT_WORDS = ADVANCED_WORDS | {"votes", "votos", "vote", "won", "win", "gano", "lost", "perdio", "ran",
                                         "running", "candidate", "candidato", "candidata"}


_SUBJECT_BEFORE = {"did", "does", "is", "was", "has", "encuestadora", "pollster"}


def pollster_asked_as_candidate(q: Asked) -> bool:
    """A pollster named where a candidate would stand, with no poll asked ("how many votes did uc berkeley get in
    the la mayor primary", "la encuestadora wallin paso a la segunda vuelta?")."""
    words = set(q.parsed.words)
    if not q.pollsters or q.endorsers or q.race is None or POLL_WORDS & words \
            or not CANDIDATE_FACT_WORDS & words or q.parsed.asked or {"according", "segun", "per"} & words:
        return False
    span, typed = q.pollsters[0], q.parsed.words  # the pollster where the subject stands: "did emerson win"
    return span.match.score >= 100.0 and (typed[span.start - 1:span.start] in ([w] for w in _SUBJECT_BEFORE)
                                          or typed[span.end:span.end + 1] in ([w] for w in CANDIDATE_FACT_WORDS))


async def handle_pollster_not_a_candidate(q: Asked) -> Answer:
    """A pollster is no candidate: said so, with how many polls of the race it took."""
    m = q.messages
    name = next(iter(_pollsters_of_race(q)), q.pollsters[0].match.entry.display)
    count = sum(1 for p in await q.reader.polls(q.race.id) if by_any(p, (name,)))
    missing = no_polls(q.race, QuestionKind.CANDIDATE, m)
    summary = m.ngettext("{name} is a pollster, not a candidate in the {race}; it took {count} poll of it.",
                         "{name} is a pollster, not a candidate in the {race}; it took {count} polls of it.", count)
    return replace(missing, status="not_found", title=m.gettext("Not a candidate: {name}").format(name=name),
                   summary=summary.format(name=name, race=race_name(q.race, m), count=count))
