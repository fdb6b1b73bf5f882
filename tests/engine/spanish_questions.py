"""Questions in Spanish, each with the answer the data says it must get: the LA bundles and the 538 files.

Like the English sets (la_questions.py, real_questions.py), every expected name, race and figure is read from the
data; only the Spanish phrasings are written here. Each case says which English question it mirrors: a Spanish
question is routed to the same intent with the same entities. A case checks names only, never English words or
figures formatted one way, so it holds when the answers themselves come out in Spanish; `language` is the language
the answer must be in, for the check that comes with them.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po

from tests.engine import real_questions as rq
from tests.engine.la_questions import ASKED_ON, Phrasing
from tests.engine.question_data import PERSON_TYPES, SEED, Race, fold, la_race, surname

SHOUTED_SHARE = 0.05  # of the questions, about this share is typed in capitals
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")


@dataclass(frozen=True)
class SpanishCase:
    question: str
    intent: str  # the intent of the answer; for a leader question the average is right too (as in English)
    entities: tuple[tuple[str, str], ...] = ()  # (kind, name) that must be among the answer's entities
    says: tuple[str, ...] = ()  # names the answer must mention (any of `any_of` groups below as well)
    any_of: tuple[tuple[str, ...], ...] = ()  # each group: at least one of its names appears
    status: str = "ok"
    race_slug: str | None = None  # the race the answer must be about, when the set has several races
    english: str = ""  # the English question it mirrors
    topic: str = ""
    language: str = "es"

    @property
    def intents(self) -> tuple[str, ...]:
        return rq.INTENTS_OF.get(self.intent, (self.intent,))


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return rng.choice(list(options))


def accents_off(text: str) -> str:
    """How many people type: no accents, no opening marks ("¿quién ganó?" -> "quien gano?")."""
    return fold(text.replace("¿", "").replace("¡", "")) + ("?" if text.endswith("?") else "")


def either(rng: random.Random, text: str) -> str:
    """The question with its accents and marks, or without them, or all in lower case, now and then shouted."""
    if rng.random() < SHOUTED_SHARE:
        return text.upper()
    return pick(rng, (text, accents_off(text), text.lower()))


# ------------------------------------------------------------------------------------------------- LA
ENDORSED = (
    ("¿quién apoya a {n}?", "who supports {n}"), ("quien respalda a {n}", "who backs {n}"),
    ("¿quiénes apoyan a {n}?", "who supports {n}"), ("¿quién respaldó a {n}?", "who endorsed {n}"),
    ("apoyos de {n}", "{n} endorsements"), ("respaldos de {n}", "{n} endorsements"),
    ("¿quién está apoyando a {n}?", "who is backing {n}"), ("quienes respaldan a {n}", "who backs {n}"),
    ("¿quién avala a {n}?", "who endorsed {n}"), ("partidarios de {n}", "{n} supporters"),
    ("¿quién resplada a {n}?", "who endorsd {n}"),
)
TYPED = {"celebrity": ("celebridades", "famosos"), "newspaper": ("periódicos", "diarios"),
         "union": ("sindicatos",), "official": ("políticos",), "organization": ("organizaciones", "grupos")}
TYPED_TEMPLATES = (("¿qué {t} apoyan a {n}?", "which {t} support {n}"),
                   ("¿qué {t} respaldaron a {n}?", "which {t} endorsed {n}"),
                   ("¿cuáles {t} apoyan a {n}?", "which {t} support {n}"))
ENDORSER = (
    ("¿a quién apoya {n}?", "who did {n} endorse"), ("¿a quién respaldó {n}?", "who did {n} endorse"),
    ("a quien apoyo {n}", "who did {n} back"), ("¿{n} apoyó a alguien?", "did {n} endorse anyone"),
    ("¿{n} respaldó a algún candidato?", "did {n} endorse anyone"), ("¿a quién está apoyando {n}?",
                                                                      "who is {n} supporting"),
    ("¿a qué candidato apoya {n}?", "who did {n} endorse"),
)
# An organisation takes an article in Spanish: "¿a quién respaldó el LA Times?"
ORGANISATION_ENDORSER = (("¿a quién respaldó el {n}?", "who did the {n} endorse"),
                         ("¿a quién apoya el {n}?", "who did the {n} back"),
                         ("¿el {n} apoyó a alguien?", "did the {n} endorse anyone"))
PAIR = (("¿{e} apoyó a {c}?", "did {e} endorse {c}"), ("¿{e} respalda a {c}?", "is {e} backing {c}"),
        ("¿es verdad que {e} apoyó a {c}?", "did {e} really endorse {c}"))


def la_endorsement_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    say = Phrasing(race, rng)
    cases = []
    for name in [c.name for c in race.candidates if race.endorsers_of(c.name)]:
        endorsers = race.endorsers_of(name)
        for template, english in rng.sample(ENDORSED, 5):
            form = say.candidate(name)
            cases.append(SpanishCase(either(rng, template.format(n=form)), "endorsements_of", (("candidate", name),),
                                     tuple(rng.sample(endorsers, min(2, len(endorsers)))),
                                     english=english.format(n=form), topic="endorsements of"))
        for endorser_type, words in TYPED.items():
            of_type = race.endorsers_of(name, endorser_type)
            if of_type:
                template, english = rng.choice(TYPED_TEMPLATES)
                form = say.candidate(name, typo=False)
                cases.append(SpanishCase(either(rng, template.format(t=pick(rng, words), n=form)), "endorsements_of",
                                         (("candidate", name),), tuple(rng.sample(of_type, min(2, len(of_type)))),
                                         english=english.format(t=endorser_type, n=form),
                                         topic="endorsements of, by type"))
    endorsers = race.endorsers()
    also_candidates = [e for e in endorsers if any(c.name == e.endorser for c in race.candidates)]
    others = [e for e in endorsers if e not in also_candidates]
    for e in [*also_candidates, *rng.sample(others, min(20, len(others)))]:
        form = say.endorser(e.endorser)
        template, english = rng.choice(ENDORSER if e.endorser_type in PERSON_TYPES else ORGANISATION_ENDORSER)
        question = re.sub(r"\bel (the|la) ", lambda found: "el " if found.group(1) == "the" else "la ",
                          template.format(n=form), flags=re.IGNORECASE)  # "el the police union", "el La Opinión"
        cases.append(SpanishCase(either(rng, question), "endorsements_by", (("endorser", e.endorser),),
                                 tuple(race.endorsed_by(e.endorser)), english=english.format(n=form),
                                 topic="endorsements by"))
    for e in rng.sample(others, 6):
        candidate = race.endorsed_by(e.endorser)[0]
        template, english = rng.choice(PAIR)
        e_form, c_form = say.endorser(e.endorser), say.candidate(candidate)
        cases.append(SpanishCase(either(rng, template.format(e=e_form, c=c_form)), "endorsements_by",
                                 (("endorser", e.endorser),), (candidate,), english=english.format(e=e_form, c=c_form),
                                 topic="did X endorse Y"))
    return cases


MONTH_TEMPLATES = (("la encuesta de {m}", "the {m} poll"),
                   ("¿qué dijo la encuesta de {m}?", "what did the {m} poll say"), ("encuesta de {m}", "{m}'s poll"),
                   ("¿cómo salió la encuesta de {m}?", "what was the {m} poll"),
                   ("la encuseta de {m}", "the {m} pol"))
POLLSTER_TEMPLATES = (("la encuesta de {k}", "the {k} poll"), ("última encuesta de {k}", "latest {k} poll"),
                      ("¿qué dijo la encuesta de {k}?", "what did the {k} poll show"),
                      ("encuesta de {k} por favor", "{k} poll pls"))
LATEST = (("última encuesta", "latest poll"), ("¿cuál es la encuesta más reciente?", "most recent poll pls"),
          ("la encuesta más nueva", "newest pol rn"), ("ultima encuesta en los angeles", "whats the latest poll in la"),
          ("¿qué dice la última encuesta?", "latest poll"), ("ultma encuesta", "latest poll"),
          ("ultima ecnuesta", "latest plol"))
BEFORE_PRIMARY = (("la encuesta antes de la primaria", "the poll before the primary"),
                  ("¿cuál fue la última encuesta antes de las primarias?", "last poll before the primary lol"))


def names_of_newest(race: Race, polls: list) -> tuple[str, ...] | None:
    """The pollster of the newest of some polls, when one pollster alone has it."""
    newest = race.newest_polls(polls)
    pollsters = {p.pollster for p in newest}
    return (pollsters.pop(),) if len(pollsters) == 1 else None


def la_poll_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    cases = []
    polls = list(race.polls)
    for month in sorted({p.as_of.month for p in polls}):
        says = names_of_newest(race, [p for p in polls if p.as_of.month == month])
        if says:
            for template, english in rng.sample(MONTH_TEMPLATES, 2):
                cases.append(SpanishCase(either(rng, template.format(m=MESES[month - 1])), "latest_poll", (), says,
                                         english=english.format(m=month), topic="poll by month"))
    for pollster in dict.fromkeys(p.pollster for p in polls):
        says = names_of_newest(race, [p for p in polls if p.pollster == pollster])
        for nick in [k for k in race.pollster_nicknames(pollster) if len(k.split()) <= 2][:1]:
            template, english = rng.choice(POLLSTER_TEMPLATES)
            cases.append(SpanishCase(either(rng, template.format(k=nick)), "latest_poll", (("pollster", pollster),),
                                     says or (), english=english.format(k=nick), topic="poll by pollster"))
    says = names_of_newest(race, [p for p in polls if p.as_of < race.stages["primary"]])
    cases += [SpanishCase(either(rng, q), "latest_poll", (), says or (), english=e, topic="poll before the primary")
              for q, e in BEFORE_PRIMARY]
    says = names_of_newest(race, polls)
    cases += [SpanishCase(either(rng, q), "latest_poll", (), says or (), english=e, topic="latest poll")
              for q, e in LATEST]
    return cases


RESULT_TEMPLATES = (("¿cómo le fue a {n} en la primaria?", "how did {n} do in the primary"),
                    ("resultado de {n} en las primarias", "{n} primary result"),
                    ("¿qué porcentaje sacó {n} en la primaria?", "what % did {n} get in the primary"),
                    ("¿cuántos votos obtuvo {n} en la primaria?", "how many votes did {n} get in the primary"))
WON = (("¿quién ganó?", "who won"), ("quien gano en los angeles", "who won la lol"),
       ("¿quién ganó la alcaldía?", "who won the mayor race"), ("¿quién ganó la elección?", "yo who won the election"),
       ("resultados", "results"), ("resultaods", "reuslts"),
       ("¿cuáles fueron los resultados de la elección general?", "general results"),
       ("¿quién fue elegido alcalde?", "who was elected mayor"))
RUNOFF = (("¿quién pasó a la segunda vuelta?", "who made the runoff"),
          ("¿quiénes pasaron a la general?", "who made it to the general lol"),
          ("¿quién avanzó de la primaria?", "who advanced from the primary"))


def la_result_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    say = Phrasing(race, rng)
    race_entity = (("race", race.name),)
    cases = []
    for result in [r for r in race.results.get("primary", ()) if r.pct is not None][:6]:
        form = say.candidate(result.candidate)
        template, english = rng.choice(RESULT_TEMPLATES)
        cases.append(SpanishCase(either(rng, template.format(n=form)), "results", race_entity, (result.candidate,),
                                 english=english.format(n=form), topic="a candidate's result"))
    general = sorted(race.results["general"], key=lambda r: -(r.pct or 0))
    primary = sorted(race.results["primary"], key=lambda r: -(r.pct or 0))
    cases += [SpanishCase(either(rng, q), "results", race_entity, (general[0].candidate,), english=e, topic="who won")
              for q, e in WON]
    cases.append(SpanishCase("¿quién ganó la primaria?", "results", race_entity, (primary[0].candidate,),
                             english="who won the primary", topic="who won"))
    cases += [SpanishCase(either(rng, q), "results", race_entity, (primary[0].candidate, primary[1].candidate),
                          english=e, topic="who made the runoff") for q, e in RUNOFF]
    return cases


AVERAGE_TEMPLATES = (("promedio de encuestas de {n}", "{n} polling average"), ("promedio de {n}", "{n} avg"),
                     ("¿cuál es el promedio de {n}?", "whats {n} average rn"))
RACE_AVERAGE = (("promedio de encuestas", "polling average"), ("¿cuál es el promedio de las encuestas?",
                                                               "whats the avg rn"),
                ("promedio de encuestas en los angeles", "la polling average lol"), ("promedio", "avg"),
                ("promedo de encuestas", "poll averge pls"), ("promedoi de encuestas", "polling avreage"))


def la_average_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    say = Phrasing(race, rng)
    polled = [n for n in dict.fromkeys(n for p in race.polls for n in p.results)
              if sum(n in p.results for p in race.polls) >= 5]
    cases = []
    for name, (template, english) in zip(polled[:3], AVERAGE_TEMPLATES, strict=False):
        form = say.candidate(name)
        cases.append(SpanishCase(either(rng, template.format(n=form)), "average", (("candidate", name),), (name,),
                                 english=english.format(n=form), topic="average"))
    cases += [SpanishCase(either(rng, q), "average", (("race", race.name),), english=e, topic="average")
              for q, e in RACE_AVERAGE]
    return cases


# The data's groups in Spanish, word by word: the noun first, then its adjectives in the label's order.
GROUP_NOUNS = {"voters": ("votantes", "los"), "men": ("hombres", "los"), "women": ("mujeres", "las"),
               "liberals": ("liberales", "los"), "democrats": ("demócratas", "los"), "moderates": ("moderados", "los")}
GROUP_ADJECTIVES = {"latino": "latinos", "black": "negros", "white": "blancos", "asian": "asiáticos",
                    "likely": "probables", "registered": "registrados"}
GROUP_TEMPLATES = (("¿cómo votan {g}?", "how are {g} voting"), ("¿por quién votan {g}?", "who are {g} voting for"),
                   ("¿quién va ganando entre {g}?", "whos ahead among {g}"),
                   ("¿cómo están votando {g}?", "how are {g} voting"))
CANDIDATE_GROUP_TEMPLATES = (("¿cómo le va a {n} con {g}?", "how is {n} doing with {g}"),
                             ("{n} entre {g}", "{n} among {g}"), ("¿cómo va {n} entre {g}?", "how is {n} doing w {g}"))


def in_spanish(label: str) -> str | None:
    """A group's label in Spanish with its article ("Latino men" -> "los hombres latinos"), or None if a word of
    it has no Spanish here."""
    words = fold(label).split()
    noun = GROUP_NOUNS.get(words[-1])
    if noun is None or any(w not in GROUP_ADJECTIVES for w in words[:-1]):
        return None
    adjectives = [GROUP_ADJECTIVES[w] for w in words[:-1]]
    if noun[1] == "las":
        adjectives = [re.sub("os$", "as", a) for a in adjectives]
    return " ".join([noun[1], noun[0], *adjectives])


def la_subgroup_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    say = Phrasing(race, rng)
    groups = race.subgroups_by_name()
    cases = []
    for name, found in groups.items():
        spanish = in_spanish(name)
        if spanish is None:
            continue
        people = list(dict.fromkeys(n for g in found for n in (*g.results, g.leader, g.about) if n))
        for template, english in rng.sample(GROUP_TEMPLATES, 2):
            cases.append(SpanishCase(either(rng, template.format(g=spanish)), "subgroup", (("subgroup", name),),
                                     english=english.format(g=fold(name)), topic="subgroup"))
        if people:
            candidate = rng.choice(people)
            form = say.candidate(candidate, typo=False)
            template, english = rng.choice(CANDIDATE_GROUP_TEMPLATES)
            cases.append(SpanishCase(either(rng, template.format(n=form, g=spanish)), "subgroup",
                                     (("subgroup", name),), (surname(candidate),),
                                     english=english.format(n=form, g=fold(name)), topic="subgroup and candidate"))
    return cases


LEADER = (("¿quién va ganando?", "whos winning"), ("¿quién va ganando en Los Ángeles?", "whos ahead in la"),
          ("quien lidera", "who is leading"), ("¿quién lidera las encuestas?", "who leads the polls"),
          ("¿quién tiene ventaja?", "who has the lead"), ("¿quién va adelante en la alcaldía?", "whos ahead for mayor"),
          ("¿quién es el favorito?", "who is the frontrunner"), ("¿quién encabeza la carrera por la alcaldía?",
                                                                  "whos ahead in the mayor race"),
          ("¿quién va ganando la alcaldía de Los Ángeles?", "whos winning the LA mayor race"),
          ("quien va ganado", "whos winning"), ("quien va gannado", "whos winnign"), ("quien lidrea", "who is leaidng"),
          ("¿quién va ganando para alcalde de Los Ángeles?", "whos winning the LA mayor race"))
RUNNING = (("¿quién se postula?", "who is running"), ("¿quiénes son los candidatos?", "who are the candidates"),
           ("candidatos", "candidates"), ("candidatso", "candidtaes"), ("¿quién se psotula?", "who is runnign"),
           ("¿quién se postula para alcalde?", "whos running for mayor"),
           ("candidatos a la alcaldía de Los Ángeles", "LA mayor candidates"),
           ("¿quién está en la boleta?", "whos on the ballot"), ("¿quiénes compiten por la alcaldía?",
                                                                 "who is running for mayor"))
IS_RUNNING = (("¿{n} se postula?", "is {n} running"), ("¿se postula {n}?", "is {n} running"),
              ("¿{n} es candidato?", "is {n} a candidate"), ("¿{n} sigue en la carrera?", "is {n} still running"))
PROFILE = (("¿quién es {n}?", "who is {n}"), ("quien es {n}", "whos {n}"), ("háblame de {n}", "tell me about {n}"),
           ("información sobre {n}", "info about {n}"), ("perfil de {n}", "{n} profile"))
WHEN = (("¿cuándo es la elección?", "when is the election"), ("cuando es la eleccion", "when is the election"),
        ("¿cuántos días faltan para la elección?", "how many days til the election"),
        ("¿qué día es la elección?", "what day is the election"), ("¿cuándo es la elecicón?", "when is the elcetion"),
        ("fecha de la elección", "date of the election"))
WHEN_STAGE = {"primary": (("¿cuándo es la primaria?", "whens the primary"),
                          ("¿cuándo son las primarias?", "when is the primary")),
              "general": (("¿cuándo es la elección general?", "whens the general"),)}
COMPARE = (("{a} contra {b}", "{a} vs {b}"), ("{a} vs {b}, ¿quién gana?", "{a} vs {b} whos winning"),
           ("compara a {a} con {b}", "compare {a} and {b}"),
           ("{a} frente a {b}", "{a} versus {b}"), ("¿{a} o {b}, quién va ganando?", "{a} or {b} whos ahead"),
           ("{a} contra {b} en las encuestas", "{a} vs {b} polls"))


POLLSTERS = (("¿quién ha encuestado la carrera?", "who polled the race"),
             ("¿qué encuestadoras han hecho encuestas?", "which pollsters polled the race"),
             ("¿cuántas encuestas hay?", "how many polls"), ("encuestadoras de la alcaldía", "mayor race pollsters"),
             ("encuestadroas", "pollstres"))


def la_race_cases(race: Race, rng: random.Random) -> list[SpanishCase]:
    say = Phrasing(race, rng)
    race_entity = (("race", race.name),)
    names = [c.name for c in race.candidates]
    winner = max(race.results["general"], key=lambda r: r.pct or 0).candidate
    cases = [SpanishCase(either(rng, q), "leader", race_entity, (winner,), english=e, topic="who leads")
             for q, e in LEADER]
    cases += [SpanishCase(either(rng, q), "race", race_entity, tuple(rng.sample(names, 3)), english=e,
                          topic="who is running") for q, e in RUNNING]
    polls_by = Counter(p.pollster for p in race.polls)
    most = [p for p, n in polls_by.items() if n == max(polls_by.values())]
    cases += [SpanishCase(either(rng, q), "pollsters", race_entity, (), (tuple(most),), english=e, topic="pollsters")
              for q, e in POLLSTERS]
    for number, name in enumerate(rng.sample(names, 6)):
        template, english = IS_RUNNING[number % len(IS_RUNNING)]
        form = say.candidate(name)
        cases.append(SpanishCase(either(rng, template.format(n=form)), "is_running", (("candidate", name),),
                                 english=english.format(n=form), topic="is X running"))
    for name, (template, english) in zip(rng.sample(names, len(PROFILE)), PROFILE, strict=True):
        form = say.candidate(name)
        cases.append(SpanishCase(either(rng, template.format(n=form)), "candidate", (("candidate", name),),
                                 english=english.format(n=form), topic="who is X"))
    upcoming = [stage for stage, day in sorted(race.stages.items(), key=lambda s: s[1]) if day >= ASKED_ON]
    cases += [SpanishCase(either(rng, q), "election_date", race_entity, english=e, topic="when") for q, e in WHEN]
    for stage in upcoming:
        cases += [SpanishCase(either(rng, q), "election_date", race_entity, english=e, topic="when")
                  for q, e in WHEN_STAGE.get(stage, ())]
    polled = [n for n in names if sum(n in p.results for p in race.polls) >= 5]
    pairs = [(a, b) for a in polled for b in polled if a != b]
    for (template, english), (a, b) in zip(COMPARE, rng.sample(pairs, len(COMPARE)), strict=True):
        x, y = say.candidate(a, typo=False), say.candidate(b, typo=False)
        cases.append(SpanishCase(either(rng, template.format(a=x, b=y)), "compare",
                                 (("candidate", a), ("candidate", b)), english=english.format(a=x, b=y),
                                 topic="compare"))
    return cases


LA_BUILDERS = (la_endorsement_cases, la_poll_cases, la_result_cases, la_average_cases, la_subgroup_cases,
               la_race_cases)


@cache
def la_spanish_cases(seed: str = f"{SEED}-es") -> tuple[SpanishCase, ...]:
    """Every Spanish LA phrasing; each group has a random of its own, as in la_questions (another seed draws
    another set, for benchmarks/bench_spanish.py)."""
    race = la_race()
    cases: list[SpanishCase] = []
    for builder in LA_BUILDERS:
        cases += builder(race, random.Random(f"{seed}-{builder.__name__}"))
    return tuple({c.question: c for c in cases}.values())


# ----------------------------------------------------------------------------------- the 538 files
# The states a Spanish question names otherwise than English does; the others keep their names.
ESTADOS = {"NY": "Nueva York", "NJ": "Nueva Jersey", "NM": "Nuevo México", "NC": "Carolina del Norte",
           "SC": "Carolina del Sur", "ND": "Dakota del Norte", "SD": "Dakota del Sur", "PA": "Pensilvania",
           "WV": "Virginia Occidental", "HI": "Hawái", "MO": "Misuri", "MS": "Misisipi", "LA": "Luisiana"}
CARGO = {"governor": (("la gobernación de {s}", "gobernador de {s}"), ("la elección de gobernador de {s}",
                                                                      "gobernador de {s}")),
         "senate": (("el senado de {s}", "senado de {s}"), ("la elección al senado de {s}", "senado de {s}"))}
STAGE_WORDS = {"runoff": ("la segunda vuelta de", "segunda vuelta"), "general": ("la elección general de", "general")}
REAL_TEMPLATES: dict[str, tuple[str, ...]] = {
    "latest_poll": ("última encuesta de {n}", "¿cuál es la encuesta más reciente de {n}?", "encuesta más reciente {a}",
                    "¿qué dice la última encuesta de {n}?", "últimas encuestas {a}"),
    "race": ("¿quién se postula en {n}?", "¿quiénes son los candidatos en {n}?", "candidatos {a}",
             "¿quiénes compiten en {n}?"),
    "leader": ("¿quién va ganando en {n}?", "¿quién lidera en {n}?", "promedio de encuestas {a}",
               "¿quién tiene ventaja en {n}?", "¿quién encabeza las encuestas en {n}?"),
    "pollsters": ("¿quién ha encuestado {n}?", "¿qué encuestadoras han hecho encuestas en {n}?",
                  "encuestadoras {a}", "¿cuántas encuestas hay de {n}?"),
}
REAL_COMPARE = (("{x} contra {y}", "{x} vs {y}"), ("compara a {x} con {y}", "compare {x} and {y}"),
                ("{x} frente a {y}", "{x} versus {y}"), ("{x} contra {y} en {s}", "{x} vs {y} in {s}"),
                ("¿{x} o {y}, quién va ganando?", "{x} or {y} who is ahead"))
REAL_IS_RUNNING = ("¿se postula {x}?", "¿{x} es candidato?", "¿{x} sigue en la carrera?", "¿{x} se postula para {o}?")
RUNNING_FOR = {"governor": "gobernador", "senate": "el senado"}
# How many questions of each intent are drawn over the governor and Senate races of the files.
REAL_QUOTAS = {"latest_poll": 14, "race": 10, "leader": 14, "pollsters": 8, "compare": 10, "is_running": 8,
               "named_poll": 12}


def estado(code: str) -> str:
    return ESTADOS.get(code, rq.STATE_NAME[code])


def real_phrase(race: rq.Race, rng: random.Random, year: bool, stage: str | None) -> tuple[str, str, rq.Mention]:
    """(noun phrase, bare phrase, mention) naming a governor or Senate race in Spanish, as "el senado de Georgia
    en 2020" and "senado de Georgia 2020"."""
    assert race.state
    noun, bare = rng.choice(CARGO[race.office])
    noun, bare = noun.format(s=estado(race.state)), bare.format(s=estado(race.state))
    mention = rq.Mention(state=race.state, office=race.office, cycle=race.cycle if year else None, stage=stage)
    if stage:
        before, word = STAGE_WORDS[stage]
        noun, bare = f"{before} {noun}".replace(" de el ", " del "), f"{bare} {word}"
    if year:
        noun, bare = f"{noun} en {race.cycle}", f"{bare} {race.cycle}"
    return noun, bare, mention


def real_case(question: str, intent: str, mention: rq.Mention, race: rq.Race, english: str) -> SpanishCase | None:
    """The case of a Spanish question, its expectations from the files; None if the rule picks no single race."""
    case = rq.make_case(question, intent, mention, race)
    if case is None:
        return None
    # names only: "3 polls" is how the English answer counts, not a name
    groups = tuple(c.any_of for c in case.checks if not re.fullmatch(r"\d+ polls?", c.any_of[0]))
    entities = tuple(("candidate", name) for name in mention.candidates)
    return SpanishCase(case.question, intent, entities, any_of=groups, race_slug=case.slug, english=english,
                       topic=f"538 {intent}")


ENGLISH_TWINS = {"latest_poll": "latest {a} poll", "race": "who is running in the {a} race",
                 "leader": "who leads the {a} race", "pollsters": "who polled the {a} race"}


def real_race_question(intent: str, race: rq.Race, rng: random.Random) -> SpanishCase | None:
    stage = None
    if intent in ("latest_poll", "leader") and "runoff" in race.stages and rq.stage_is_clear(race, "runoff"):
        stage = "runoff" if rng.random() < 0.6 else None
    for year in (rng.random() < 0.35, True):
        noun, bare, mention = real_phrase(race, rng, year, stage)
        template = rng.choice(REAL_TEMPLATES[intent])
        question = either(rng, template.format(n=noun, a=bare))
        assert race.state
        english = " ".join(p for p in (rq.STATE_NAME[race.state].lower(), race.office, stage,
                                       str(race.cycle) if year else None) if p)
        case = real_case(question, intent, mention, race, english=ENGLISH_TWINS[intent].format(a=english))
        if case:
            return case
    return None


def real_compare(race: rq.Race, rng: random.Random) -> SpanishCase | None:
    top = race.candidates[:2]
    if len(top) < 2 or not all(rq.only_in_the_files(n) for n in top):
        return None
    first, second = rng.sample(top, 2)
    x, y = rq.typed_name(first, rng), rq.typed_name(second, rng)
    if not x or not y:
        return None
    assert race.state
    template, twin = rng.choice(REAL_COMPARE)
    mention = rq.Mention(candidates=(first, second), state=race.state if "{s}" in template else None)
    question = template.format(x=x, y=y, s=estado(race.state))
    english = twin.format(x=x, y=y, s=rq.STATE_NAME[race.state].lower())
    return real_case(either(rng, question), "compare", mention, race, english=english)


def real_is_running(race: rq.Race, rng: random.Random) -> SpanishCase | None:
    name = rng.choice(race.candidates[:3])
    typed = rq.typed_name(name, rng)
    if not typed or not rq.only_in_the_files(name):
        return None
    template = rng.choice(REAL_IS_RUNNING)
    mention = rq.Mention(office=race.office if "{o}" in template else None, candidates=(name,))
    question = template.format(x=typed, o=RUNNING_FOR[race.office])
    english = f"is {typed} running" + (f" for {race.office}" if "{o}" in template else "")
    return real_case(either(rng, question), "is_running", mention, race, english=english)


POLLSTER_TEMPLATES_538 = (("encuestas de {k} en {n}", "{k} polls in the {a} race"),
                          ("la última encuesta de {k} en {n}", "latest {k} poll in the {a} race"),
                          ("¿qué dijo la encuesta de {k} sobre {n}?", "what did the {k} poll say about the {a} race"))
GENERIC_POLLSTER_WORDS = {"college", "university", "research", "group", "polling", "poll", "strategies", "insights",
                          "institute", "associates", "analytics", "opinion", "center", "public", "policy", "survey",
                          "surveys", "partners", "consulting", "school", "state", "news", "media", "data", "global",
                          "national", "american", "communications", "marketing", "the", "and", "for"}


@cache
def pollster_nicknames() -> dict[str, str]:
    """How a question names each pollster: its name when of three words at most ("Change Research"), else its first
    word when that word is distinctive ("Quinnipiac"): no other pollster's word, no state's, no candidate's."""
    owners: dict[str, set[str]] = {}
    for pollster in rq.pollsters():
        for word in set(fold(pollster).split()):
            owners.setdefault(word, set()).add(pollster)
    taken = {w for name in rq.candidate_names() for w in fold(name).split()} | rq.STATE_WORDS
    nicknames = {}
    for pollster in rq.pollsters():
        words = fold(pollster).split()
        if len(words) <= 3 and not set(words) & rq.STATE_WORDS:
            nicknames[pollster] = pollster
        elif words and len(words[0]) >= 5 and words[0] not in GENERIC_POLLSTER_WORDS | taken \
                and owners[words[0]] == {pollster}:
            nicknames[pollster] = pollster.split()[0]
    return nicknames


def real_pollster_question(race: rq.Race, rng: random.Random) -> SpanishCase | None:
    """ "encuestas de Emerson en el senado de Georgia": the newest poll of a pollster of the race."""
    pollsters = sorted({p.pollster for p in race.polls.values()} & set(pollster_nicknames()))
    if not pollsters:
        return None
    pollster = rng.choice(pollsters)
    nickname = pollster_nicknames()[pollster]
    noun, _, mention = real_phrase(race, rng, True, None)
    assert race.state
    english = f"{rq.STATE_NAME[race.state].lower()} {race.office} {race.cycle}"
    template, twin = rng.choice(POLLSTER_TEMPLATES_538)
    case = rq.make_case(template.format(k=nickname, n=noun), "latest_poll", mention, race)
    if case is None:
        return None
    return SpanishCase(either(rng, case.question), "latest_poll", (("pollster", pollster),), (pollster,),
                       race_slug=case.slug, english=twin.format(k=nickname, a=english), topic="538 poll by pollster")


# The issue's own kinds of Spanish questions over the files, with the English question each mirrors; the races
# they name and what the answers must say come from the files, like every other case.
SEEDS: tuple[tuple[str, str, dict[str, object], str], ...] = (
    ("¿quién va ganando para gobernador de Texas?", "leader", {"state": "TX", "office": "governor"},
     "who leads the texas governor race"),
    ("¿quién encabeza la gobernación de Nueva York?", "leader", {"state": "NY", "office": "governor"},
     "who leads the new york governor race"),
    ("última encuesta de la segunda vuelta del senado de Georgia", "latest_poll",
     {"state": "GA", "office": "senate", "stage": "runoff"}, "most recent georgia senate runoff poll"),
    ("¿quién lidera la elección especial del senado de Georgia?", "leader",
     {"state": "GA", "office": "senate", "special": True}, "who leads the georgia senate special election"),
    ("última encuesta de la elección especial al senado de Georgia", "latest_poll",
     {"state": "GA", "office": "senate", "special": True}, "latest georgia senate special election poll"),
    ("promedio de encuestas para presidente", "leader", {"office": "president"}, "presidential polling average"),
    ("¿quién lidera las encuestas nacionales?", "leader", {"national": True}, "who leads the national polls"),
    ("¿quién va ganando en Arizona para presidente?", "leader", {"state": "AZ", "office": "president"},
     "who leads the arizona presidential race"),
    ("candidatos al senado de Georgia en 2022", "race", {"state": "GA", "office": "senate", "cycle": 2022},
     "candidates in the 2022 georgia senate race"),
    ("¿quién se postula para gobernador de Carolina del Norte en 2020?", "race",
     {"state": "NC", "office": "governor", "cycle": 2020}, "who is running for governor of north carolina in 2020"),
    ("¿quién ha encuestado el senado de Pensilvania?", "pollsters", {"state": "PA", "office": "senate"},
     "who polled the pennsylvania senate race"),
)


def seed_cases() -> list[SpanishCase]:
    cases = []
    for question, intent, spec, english in SEEDS:
        mention = rq.Mention(**spec)  # type: ignore[arg-type]
        status, found = rq.resolve(mention)
        assert status == "ok", f"{question!r} names no single race in the files"
        case = real_case(question, intent, mention, found[0], english)
        assert case is not None
        cases.append(replace(case, topic=f"538 {intent}, the issue's"))
    race = rq.races()["georgia-u-s-senate-class-ii-2020"]
    mention = rq.Mention(state="GA", office="senate", stage="runoff")
    case = rq.make_case("encuestas de Emerson College en la segunda vuelta del senado de Georgia", "latest_poll",
                        mention, race)
    assert case is not None and "Emerson College" in {p.pollster for p in race.polls.values()}
    cases.append(SpanishCase(case.question, "latest_poll", (("pollster", "Emerson College"),), ("Emerson College",),
                             race_slug=case.slug, english="emerson college georgia senate runoff poll",
                             topic="538 poll by pollster, the issue's"))
    return cases


@cache
def real_spanish_cases(seed: str = f"{rq.SEED}-es") -> tuple[SpanishCase, ...]:
    """Spanish questions over the governor and Senate races of the 538 files (the Georgia Senate runoffs among
    them), each naming exactly one race by the files' rule."""
    rng = random.Random(seed)
    pool = sorted((r for r in rq.races().values() if r.office in ("governor", "senate") and r.state),
                  key=lambda r: r.slug)
    georgia = [r for r in pool if r.state == "GA"]
    cases: dict[str, SpanishCase] = {c.question: c for c in seed_cases()}
    for intent, quota in REAL_QUOTAS.items():
        made, tries = 0, 0
        while made < quota and tries < quota * 60:
            tries += 1
            race = rng.choice(georgia) if rng.random() < 0.3 else rng.choice(pool)
            if intent == "race" and len(race.answers) > rq.MAX_LISTED_CANDIDATES:
                continue
            if intent == "compare":
                case = real_compare(race, rng)
            elif intent == "is_running":
                case = real_is_running(race, rng)
            elif intent == "named_poll":
                case = real_pollster_question(race, rng)
            else:
                case = real_race_question(intent, race, rng)
            if case and fold(case.question) not in {fold(q) for q in cases}:
                cases[case.question] = case
                made += 1
    return tuple(cases.values())


# ------------------------------------------------------------------------------------ the language
CATALOG = Path(__file__).resolve().parents[2] / "bot" / "locale" / "es" / "LC_MESSAGES" / "racebot.po"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


ROMAN = re.compile(r"[IVX]+")  # "U.S. Senate Class I": a number, not the English "I"


def words_of(text: str) -> set[str]:
    return {word.casefold() for word in WORD.findall(PLACEHOLDER.sub(" ", text)) if not ROMAN.fullmatch(word)}


@cache
def catalog_words() -> tuple[frozenset[str], frozenset[str]]:
    """(English, Spanish): the words of the catalog's English message ids that no Spanish translation uses (nor a
    Spanish month or weekday: "ago" is agosto), and the words of the translations that no English id uses. An
    answer's template text comes from the catalog, so a Spanish answer has none of the first and some of the
    second."""
    with CATALOG.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    english: set[str] = set()
    spanish: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            english |= words_of(text)
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            spanish |= words_of(text)
    cldr = Locale.parse("es")
    for names in (cldr.months["format"]["wide"], cldr.months["format"]["abbreviated"], cldr.days["format"]["wide"],
                  cldr.days["format"]["abbreviated"]):
        spanish |= {word for name in names.values() for word in words_of(name)}
    return frozenset(english - spanish), frozenset(spanish - english)


def without_names(text: str, names: Iterable[str]) -> str:
    """The text with every name and data text in it blanked out, the longest first ("Los Angeles City Council"
    before "Los Angeles"): names of people, organisations, pollsters and races are never translated."""
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        if name in text:
            text = text.replace(name, " ")
    return text


def english_left(text: str, names: Iterable[str] = ()) -> list[str]:
    """The English template words left in an answer's text once its names and data texts are taken out."""
    english, _ = catalog_words()
    return [word for word in WORD.findall(without_names(text, names))
            if word.casefold() in english and not ROMAN.fullmatch(word)]


def looks_spanish(text: str, names: Iterable[str] = ()) -> bool:
    """Whether an answer's text is Spanish: no word of an English template left once the names and data texts are
    taken out, and some word of a Spanish one."""
    rest = without_names(text, names)
    english, spanish = catalog_words()
    found = words_of(rest)
    return not found & english and bool(found & spanish)
