"""Questions about the LA race as people type them on Discord, each with the answer the bundles say it must give.

Names, aliases, endorsers, pollsters, sponsors, dates, subgroups and figures all come from the two LA bundles
(question_data.la_race); the phrasings (slang, filler, typos in keywords) are written here, the typos in names are
made by script. Every question is asked on ASKED_ON, a day of the campaign.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.engine.question_data import (
    PERSON_TYPES,
    SEED,
    KeyIndex,
    Poll,
    Race,
    first_and_last,
    fold,
    la_named,
    la_race,
    make_typo,
    surname,
)

ASKED_ON = dt.date(2022, 6, 1)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_SHORT = {"january": "jan", "february": "feb", "march": "mar", "april": "apr", "august": "aug",
               "september": "sept", "october": "oct", "november": "nov", "december": "dec"}
# How people name kinds of endorsers (the bundles' endorser_type).
TYPE_WORDS = {"celebrity": ("celebs", "celebrities"), "newspaper": ("newspapers", "papers"), "union": ("unions",),
              "official": ("politicians", "elected officials"), "organization": ("groups", "orgs")}
TYPO_SHARE = 0.3  # of the names in questions, about this share carries a typo
MOST_POLLED = 5  # candidates in at least this many polls are the ones people compare and average


@dataclass(frozen=True)
class Case:
    question: str
    intent: str
    entity: tuple[str, str] | None = None  # (kind, name) that must be among the answer's entities
    says: tuple[str, ...] = ()  # substrings of the summary, the facts or the suggestions
    status: str = "ok"
    topic: str = ""  # the group of the case, for reading the misses


class Phrasing:
    """The ways a name of the race can be typed, chosen by a seeded random."""

    def __init__(self, race: Race, rng: random.Random) -> None:
        self.race = race
        self.rng = rng
        self.index = KeyIndex(la_named(race))
        self.first_names = {parts[0] for n in la_named(race) if n.person and (parts := first_and_last(n.name))}

    def unique(self, form: str, owner: str) -> bool:
        """Whether a typed form names one thing of the race only: a key of its own, not someone's first name
        ("Kim" is Andrew Kim's alias and Kim Kardashian's first name)."""
        folded = fold(form)
        first_of_other = folded in self.first_names and folded not in (fold(owner), fold(surname(owner)))
        return self.index.owners.get(folded) == {fold(owner)} and not first_of_other

    def forms(self, name: str, aliases: tuple[str, ...], person: bool) -> list[str]:
        """The name lower case, its aliases of up to three words and, for a person, the surname alone."""
        forms = [fold(name), *(fold(a) for a in aliases if len(a.split()) <= 3)]
        parts = first_and_last(name)
        if person and parts:
            forms.append(parts[1])
        return [f for f in dict.fromkeys(forms) if self.unique(f, name)] or [fold(name)]

    def choose(self, name: str, aliases: tuple[str, ...], person: bool, typo: bool) -> str:
        """One of the forms, now and then with a typo of one letter."""
        form = self.rng.choice(self.forms(name, aliases, person))
        if typo and person and self.rng.random() < TYPO_SHARE:
            return make_typo(form, name, self.rng, self.index, max_edits=1) or form
        return form

    def candidate(self, name: str, typo: bool = True) -> str:
        c = self.race.candidate(name)
        return self.choose(c.name, c.aliases, True, typo)

    def endorser(self, name: str) -> str:
        e = next(e for e in self.race.endorsers() if e.endorser == name)
        return self.choose(e.endorser, e.aliases, e.endorser_type in PERSON_TYPES, True)


def possessive(form: str) -> str:
    return f"{form}'s"


def pct(value: float) -> str:
    return f"{value:g}%"


# --------------------------------------------------------------------------------------- endorsements
ENDORSED_TEMPLATES = (
    "who endorsed {n}", "who endorsd {n} lol", "yo whos backing {n}", "{p} endorsments pls", "who supports {n} rn",
    "{n} endorsers?", "ngl who is endorsing {n}", "who backed {n} tho", "ppl who endorsed {n}",
)
TYPED_TEMPLATES = ("which {t} endorsed {n}", "any {t} backing {n}?", "what {t} support {n} lol")
ENDORSER_TEMPLATES = (
    "who did {n} endorse", "did {n} endorse anyone", "who did {n} back lol", "{p} endorsement pls",
    "did {n} endorse someone for mayor", "yo did {n} endorse anybody", "who is {n} supporting rn",
    "who did {n} endorse tho", "did {n} endorse anyone ngl",
)
PAIR_TEMPLATES = ("did {e} endorse {c}", "is {e} backing {c}?", "did {e} really endorse {c} lol")


def endorsement_cases(race: Race, rng: random.Random) -> list[Case]:
    say = Phrasing(race, rng)
    cases = []
    endorsed = [c.name for c in race.candidates if race.endorsers_of(c.name)]
    for name in endorsed:
        endorsers = race.endorsers_of(name)
        for template in rng.sample(ENDORSED_TEMPLATES, 7):
            form = say.candidate(name)
            cases.append(Case(template.format(n=form, p=possessive(form)), "endorsements_of", ("candidate", name),
                              tuple(rng.sample(endorsers, min(2, len(endorsers)))), topic="endorsements of"))
        for endorser_type, words in TYPE_WORDS.items():
            of_type = race.endorsers_of(name, endorser_type)
            if of_type:
                template = rng.choice(TYPED_TEMPLATES)
                question = template.format(t=rng.choice(words), n=say.candidate(name, typo=False))
                cases.append(Case(question, "endorsements_of", ("candidate", name),
                                  tuple(rng.sample(of_type, min(2, len(of_type)))), topic="endorsements of, by type"))
    endorsers = race.endorsers()
    with_aliases = [e for e in endorsers if e.aliases]
    also_candidates = [e for e in endorsers if any(c.name == e.endorser for c in race.candidates)]
    others = [e for e in endorsers if e not in with_aliases and e not in also_candidates]
    chosen = [*also_candidates, *rng.sample(others, min(26, len(others)))]
    for e in chosen:
        form = say.endorser(e.endorser)
        template = rng.choice(ENDORSER_TEMPLATES)
        cases.append(Case(template.format(n=form, p=possessive(form)), "endorsements_by", ("endorser", e.endorser),
                          tuple(race.endorsed_by(e.endorser)), topic="endorsements by"))
    for e in with_aliases:  # every short form the data gives, so these cases grow with the aliases
        for alias in (a for a in e.aliases if len(a.split()) <= 3):
            template = rng.choice(ENDORSER_TEMPLATES)
            form = rng.choice((alias, alias.lower()))
            cases.append(Case(template.format(n=form, p=possessive(form)), "endorsements_by",
                              ("endorser", e.endorser), tuple(race.endorsed_by(e.endorser)),
                              topic="endorsements by, alias"))
    for e in rng.sample(endorsers, 8):
        candidate = race.endorsed_by(e.endorser)[0]
        question = rng.choice(PAIR_TEMPLATES).format(e=say.endorser(e.endorser), c=say.candidate(candidate))
        cases.append(Case(question, "endorsements_by", ("endorser", e.endorser), (candidate,),
                          topic="did X endorse Y"))
    return cases


# ---------------------------------------------------------------------------------------------- polls
MONTH_TEMPLATES = ("the {m} poll", "what did the {m} poll say", "{m}'s poll pls", "the {m} pol",
                   "what was the {m} poll lol")
MONTH_POLLSTER_TEMPLATES = ("{m}'s {k} poll", "the {m} {k} poll", "what did the {k} poll in {m} say")
POLLSTER_TEMPLATES = ("the {k} poll", "latest {k} poll", "what did the {k} poll show", "{k} poll pls")
BEFORE_PRIMARY = ("the poll before the primary", "last poll before the primary lol",
                  "what was the last pol b4 the primary")
LATEST = ("latest poll", "newest pol rn", "most recent poll pls", "whats the latest poll in la")


def poll_says(race: Race, polls: list[Poll], named_pollster: bool) -> tuple[tuple[str, str] | None, tuple[str, ...]]:
    """What an answer about the newest of some polls must say: its pollster, and its leader's share when one
    poll alone is the newest (two of a day may be the likely and the registered voters of one poll)."""
    newest = race.newest_polls(polls)
    pollsters = {p.pollster for p in newest}
    if len(pollsters) != 1:
        return None, ()
    pollster = next(iter(pollsters))
    says = [pollster]
    if len(newest) == 1 and not newest[0].has_questions and newest[0].leader_pct is not None:
        says.append(pct(newest[0].leader_pct))
    return (("pollster", pollster) if named_pollster else None), tuple(says)


def month_word(month: int, rng: random.Random) -> str:
    name = MONTHS[month - 1]
    return rng.choice((name, MONTH_SHORT.get(name, name)))


def poll_cases(race: Race, rng: random.Random) -> list[Case]:
    cases = []
    polls = list(race.polls)
    months = sorted({p.as_of.month for p in polls})
    for month in months:
        entity, says = poll_says(race, [p for p in polls if p.as_of.month == month], False)
        if not says:
            continue  # the newest polls of that month are of several pollsters: no one right answer
        for template in rng.sample(MONTH_TEMPLATES, 2):
            cases.append(Case(template.format(m=month_word(month, rng)), "latest_poll", entity, says,
                              topic="poll by month"))
        years = sorted({p.as_of.year for p in polls if p.as_of.month == month})
        for year in years[:-1]:  # an older year of the same month, named with its year
            entity, says = poll_says(race, [p for p in polls if p.as_of.month == month and p.as_of.year == year],
                                     False)
            if says:
                cases.append(Case(f"the {MONTHS[month - 1]} {year} poll", "latest_poll", entity, says,
                                  topic="poll by month"))
    nicknames = {p.pollster: race.pollster_nicknames(p.pollster) for p in polls}
    pairs = []
    for pollster, nicks in nicknames.items():
        short = [k for k in nicks if len(k.split()) <= 2]
        for nick in short:
            entity, says = poll_says(race, [p for p in polls if p.pollster == pollster], True)
            template = rng.choice(POLLSTER_TEMPLATES)
            cases.append(Case(template.format(k=rng.choice((nick, nick.lower()))), "latest_poll", entity, says,
                              topic="poll by pollster"))
        for month in sorted({p.as_of.month for p in polls if p.pollster == pollster}):
            if short:
                pairs.append((pollster, rng.choice(short), month))
    for pollster, nick, month in rng.sample(pairs, min(8, len(pairs))):
        entity, says = poll_says(race, [p for p in polls if p.pollster == pollster and p.as_of.month == month], True)
        template = rng.choice(MONTH_POLLSTER_TEMPLATES)
        cases.append(Case(template.format(m=month_word(month, rng), k=nick.lower()), "latest_poll", entity, says,
                          topic="poll by month and pollster"))
    for sponsor in dict.fromkeys(s for p in polls for s in p.sponsors):
        _, says = poll_says(race, [p for p in polls if sponsor in p.sponsors], False)
        for form in (f for f in race.pollster_nicknames(sponsor, sponsor=True) if len(f.split()) <= 2):
            cases.append(Case(rng.choice(("the {s} poll", "what did the {s} poll say")).format(s=form.lower()),
                              "latest_poll", None, says, topic="poll by sponsor"))
    primary = race.stages["primary"]
    _, says = poll_says(race, [p for p in polls if p.as_of < primary], False)
    cases += [Case(q, "latest_poll", None, says, topic="poll before the primary") for q in BEFORE_PRIMARY]
    _, says = poll_says(race, polls, False)
    cases += [Case(q, "latest_poll", None, says, topic="latest poll") for q in LATEST]
    return cases


# -------------------------------------------------------------------------------------- results, average
RESULT_TEMPLATES = ("how did {n} do in the primary", "{p} primary result", "what % did {n} get in the primary",
                    "how did {n} do in the primary lol", "what did {n} get in the primary tho")
WON = ("who won", "who won la lol", "who won the mayor race", "yo who won the election", "who won in the end ngl")
RUNOFF = ("who made the runoff", "who made it to the general lol", "who advanced from the primary")


def result_cases(race: Race, rng: random.Random) -> list[Case]:
    say = Phrasing(race, rng)
    cases = []
    for result in race.results.get("primary", ()):
        if result.pct is None:
            continue
        form = say.candidate(result.candidate)
        if rng.random() < 0.15 and result.votes:
            question, says = f"how many votes did {form} get in the primary", f"{result.votes:,}"
        else:
            question, says = rng.choice(RESULT_TEMPLATES).format(n=form, p=possessive(form)), pct(result.pct)
        cases.append(Case(question, "results", None, (says,), topic="a candidate's result"))
    for result in race.results.get("general", ()):
        form = say.candidate(result.candidate)
        cases.append(Case(f"how did {form} do in the general", "results", None, (pct(result.pct),),
                          topic="a candidate's result"))
    general = sorted(race.results["general"], key=lambda r: -(r.pct or 0))
    primary = sorted(race.results["primary"], key=lambda r: -(r.pct or 0))
    race_entity = ("race", race.name)
    cases += [Case(q, "results", race_entity, (general[0].candidate, pct(general[0].pct)), topic="who won")
              for q in WON]
    cases.append(Case("who won the primary", "results", race_entity, (primary[0].candidate, pct(primary[0].pct)),
                      topic="who won"))
    cases += [Case(q, "results", race_entity, (primary[0].candidate, primary[1].candidate), topic="who won")
              for q in RUNOFF]
    return cases


AVERAGE_TEMPLATES = ("{p} polling average", "{n} avg", "{n} polling averge", "whats {p} average rn",
                     "{p} poll average pls")
RACE_AVERAGE = ("polling average la", "whats the avg rn", "poll averge pls", "la polling average lol")


def average_cases(race: Race, rng: random.Random) -> list[Case]:
    say = Phrasing(race, rng)
    polled = [name for name in dict.fromkeys(n for p in race.polls for n in p.results)
              if sum(name in p.results for p in race.polls) >= MOST_POLLED]
    cases = []
    for name, template in zip(polled[:3], rng.sample(AVERAGE_TEMPLATES, 3), strict=False):
        form = say.candidate(name)
        cases.append(Case(template.format(n=form, p=possessive(form)), "average", ("candidate", name), (name,),
                          topic="average"))
    cases += [Case(q, "average", ("race", race.name), topic="average") for q in RACE_AVERAGE]
    return cases


# ------------------------------------------------------------------------------------------- subgroups
GROUP_TEMPLATES = ("how are {g} voting", "how r {g} voting rn", "{g} who are they voting for lol",
                   "how are {g} voting tho")
PLACE_GROUP_TEMPLATES = ("how is the {g} voting", "whos ahead in the {g} lol")
CANDIDATE_GROUP_TEMPLATES = ("how is {n} doing with {g}", "{n} among {g}", "{p} numbers with {g}",
                             "how is {n} doing w {g} lol")


def subgroup_cases(race: Race, rng: random.Random) -> list[Case]:
    say = Phrasing(race, rng)
    groups = race.subgroups_by_name()
    cases = []
    for name, found in groups.items():
        words = fold(name).split()
        if len(name.split()) > 3 or words[0] in ("primary", "likely"):
            continue  # "Primary supporters of Gina Viola" is a row of a poll, not how people ask
        people = list(dict.fromkeys(n for g in found for n in (*g.results, g.leader, g.about) if n))
        voters = words[-1] in ("voters", "men", "women", "moderates", "democrats", "liberals")
        if people and rng.random() < 0.5:
            candidate = rng.choice(people)
            figures = [g.results[candidate] for g in found if candidate in g.results]
            says = (pct(figures[-1]),) if figures else (surname(candidate),)
            form = say.candidate(candidate, typo=False)
            template = rng.choice(CANDIDATE_GROUP_TEMPLATES)
            question = template.format(n=form, p=possessive(form), g=fold(name) if voters else f"the {fold(name)}")
        else:
            with_figures = [g for g in found if g.results]
            if with_figures:
                newest = with_figures[-1]
                top = max(newest.results, key=lambda n: newest.results[n])
                says = (pct(newest.results[top]),)
            else:
                # a group with no figures: its note or its leader, which names the candidate by surname at least
                says = tuple(dict.fromkeys(surname(g.leader or g.about) for g in found if g.leader or g.about))[:1]
            template = rng.choice(GROUP_TEMPLATES if voters else PLACE_GROUP_TEMPLATES)
            question = template.format(g=fold(name))
        cases.append(Case(question, "subgroup", ("subgroup", name), says, topic="subgroup"))
    return cases


# ------------------------------------------------------------------------ the race: who leads, runs, when
LEADER = ("whos ahead", "whos winning rn", "who is leading lol", "whos ahead in la tho",
          "whos winning the mayor race ngl")
RUNNING = ("who is running", "whos running for mayor lol", "candidates pls", "who r the candidates in la",
           "whos on the ballot")
IS_RUNNING = ("is {n} running", "is {n} even running lol", "{n} running?")
PROFILE = ("who is {n}", "whos {n}", "tell me abt {n}", "{n} bio pls", "who is {n} tho", "yo who is {n}")
COMPARE = ("{a} vs {b}", "{a} vs {b} lol", "{a} versus {b}", "{a} v {b}", "{a} or {b} whos ahead", "{a} vs. {b} rn")


def race_cases(race: Race, rng: random.Random) -> list[Case]:
    say = Phrasing(race, rng)
    race_entity = ("race", race.name)
    names = [c.name for c in race.candidates]
    winner = max(race.results["general"], key=lambda r: r.pct or 0).candidate
    cases = [Case(q, "leader", race_entity, (winner,), topic="who leads") for q in LEADER]
    cases += [Case(q, "race", race_entity, tuple(rng.sample(names, 3)), topic="who is running") for q in RUNNING]
    for number, name in enumerate(rng.sample(names, 6)):
        question = IS_RUNNING[number % len(IS_RUNNING)].format(n=say.candidate(name))
        cases.append(Case(question, "is_running", ("candidate", name), (race.name,), topic="is X running"))
    for name, template in zip(rng.sample(names, 6), PROFILE, strict=True):
        cases.append(Case(template.format(n=say.candidate(name)), "candidate", ("candidate", name),
                          topic="who is X"))
    stages = sorted(race.stages.items(), key=lambda s: s[1])
    upcoming = [(stage, day) for stage, day in stages if day >= ASKED_ON]
    next_stage = upcoming[0][0]
    days = {stage: (day - ASKED_ON).days for stage, day in stages}
    for question in ("when is the election", "when do we vote lol", "how many days til the election"):
        cases.append(Case(question, "election_date", race_entity, (f"{days[next_stage]} days",), topic="when"))
    for stage, _ in upcoming:
        cases.append(Case(f"whens the {stage} rn", "election_date", race_entity, (f"{days[stage]} days",),
                          topic="when"))
    polled = [n for n in names if sum(n in p.results for p in race.polls) >= MOST_POLLED]
    pairs = [(a, b) for a in polled for b in polled if a != b]
    for template, (a, b) in zip(COMPARE, rng.sample(pairs, len(COMPARE)), strict=True):
        question = template.format(a=say.candidate(a, typo=False), b=say.candidate(b, typo=False))
        cases.append(Case(question, "compare", ("candidate", a), (a, b), topic="compare"))
    return cases


BUILDERS: tuple[Callable[[Race, random.Random], list[Case]], ...] = (
    endorsement_cases, poll_cases, result_cases, average_cases, subgroup_cases, race_cases,
)


def la_cases() -> list[Case]:
    """Every LA phrasing; each group has a random of its own, so a group that grows leaves the others alone."""
    race = la_race()
    cases: list[Case] = []
    for builder in BUILDERS:
        cases += builder(race, random.Random(f"{SEED}-{builder.__name__}"))
    return list({c.question: c for c in cases}.values())
