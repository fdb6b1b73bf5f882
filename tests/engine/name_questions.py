"""Name-safety questions: made-up names close to real ones, which must not be answered as a real person, and
typos of real names, which must be.

Both sets are made by script, with a seeded random, from the names of the LA bundles and the 538 files
(question_data.all_named): a made-up name is checked to be at least MADE_UP_DISTANCE typos from every name and
alias of the data (so it can be no typo of one), and a typo to be nearer its own name than any other.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from nicknames import NickNamer

from tests.engine.question_data import (
    SEED,
    KeyIndex,
    Named,
    all_named,
    first_and_last,
    fold,
    la_named,
    la_race,
    make_typo,
)

MADE_UP_DISTANCE = 3  # a typo set case has at most two typos: a made-up name is farther than that from all names
MADE_UP_COUNTS = {"first name + other surname": 45, "other first name + surname": 45, "near surname": 35,
                  "swapped names": 30, "relative or namesake": 25, "near pollster": 25}
FILE_PEOPLE = 80  # people of the 538 files taken into the pool (the LA people are all in it)

# Everyday first names and surnames: "karen smith", "tom caruso".
COMMON_FIRST = ("tom", "mike", "sarah", "jessica", "david", "maria", "linda", "chris", "emily", "brian", "nicole",
                "jason", "laura", "steve", "amy", "carlos", "rachel", "eric", "megan", "tony", "diana", "greg",
                "heather", "victor", "wendy", "frank", "paula", "oscar", "vanessa", "derek")
COMMON_SURNAMES = ("smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
                   "martinez", "hernandez", "lopez", "wilson", "anderson", "taylor", "thomas", "moore", "jackson",
                   "martin", "lee", "thompson", "white", "harris", "clark", "lewis", "robinson", "walker", "young",
                   "allen", "wright", "nguyen", "flores", "rivera", "campbell", "mitchell", "roberts", "turner",
                   "phillips", "parker", "evans", "edwards", "collins", "stewart", "morris", "murphy", "cook")
# Real people who share a surname with someone in the data but are not in it ("kourtney kardashian" when only Kim
# is); a pair is used only when the surname is in the data and the full name is not.
RELATIVES = {
    "kardashian": ("kourtney", "khloe", "kris", "kylie"), "obama": ("michelle", "malia", "sasha"),
    "biden": ("jill", "hunter", "beau"), "clinton": ("bill", "chelsea"), "trump": ("melania", "ivanka", "barron"),
    "pelosi": ("paul", "alexandra"), "musk": ("kimbal", "maye", "errol"), "paltrow": ("bruce", "blythe"),
    "perry": ("tyler", "matthew"), "harris": ("maya",), "cuomo": ("chris", "mario"), "desantis": ("casey",),
    "romney": ("ann", "tagg"), "sanders": ("jane",), "abrams": ("stacey", "dan"), "garner": ("james",),
    "cruz": ("heidi",), "bush": ("jeb", "laura"), "kennedy": ("caroline", "ted"), "spielberg": ("sasha",),
    "schiff": ("eve",), "warren": ("earl",), "booker": ("cory",),
}
# Words of no pollster that make pollster-like names with a real pollster's generic tail ("Redwood Research").
POLLSTER_WORDS = ("redwood", "lakeside", "summit", "keystone", "harbor", "pinecrest", "granite", "bluewater",
                  "westbrook", "northfield", "silverline", "oakmont", "brightpath", "ridgeview", "clearwater")
POLLSTER_TAILS = {"college", "university", "research", "group", "polling", "strategies", "insights", "institute",
                  "associates", "analytics"}

PERSON_TEMPLATES = ("who endorsed {n}", "who did {n} endorse", "how is {n} doing", "is {n} running", "who is {n}")
POLLSTER_TEMPLATES = ("what did the {n} poll say", "the {n} poll", "latest {n} poll")
VOWELS = "aeiou"
CONSONANTS = "bcdfghjklmnprstvwz"


@dataclass(frozen=True)
class NameCase:
    question: str
    typed: str  # the name as the question types it
    how: str  # how the name was made: "first name + other surname", "typo" ...
    real: str  # the real name it was made from
    real_kind: str  # candidate, endorser or pollster

    @property
    def guarded_kinds(self) -> set[str]:
        """Kinds of entity a made-up name must not be answered as."""
        return {"candidate", "endorser", "pollster"} if self.real_kind == "pollster" else {"candidate", "endorser"}


@dataclass(frozen=True)
class Pool:
    """The people and pollsters names are made from, with the index of every name of the data."""

    index: KeyIndex
    people: tuple[Named, ...]
    la_people: tuple[Named, ...]
    pollsters: tuple[Named, ...]


def plain_person(name: str) -> bool:
    """A name of two words of letters: "Tim Ryan", not "Angus S. King Jr." (people type no middle initials)."""
    words = name.split()
    return len(words) == 2 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)


def build_pool(rng: random.Random) -> Pool:
    named = all_named()
    la = [n for n in la_named() if n.person]
    la_names = {fold(n.name) for n in la}
    files = sorted({n.name for n in named if n.kind == "candidate" and n.person and plain_person(n.name)
                    and fold(n.name) not in la_names})
    people = [*la, *(Named("candidate", name, True) for name in rng.sample(files, FILE_PEOPLE))]
    pollsters = [n for n in named if n.kind == "pollster" and 2 <= len(n.name.split()) <= 3
                 and fold(n.name).split()[-1] in POLLSTER_TAILS]
    return Pool(KeyIndex(named), tuple(people), tuple(la), tuple(dict.fromkeys(pollsters)))


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@cache
def _given_names_by_surname() -> dict[str, set[str]]:
    """Folded surname -> the folded first names of the people of the data who have it."""
    given: dict[str, set[str]] = {}
    for named in all_named():
        parts = first_and_last(named.name) if named.person else None
        if parts:
            given.setdefault(parts[1], set()).add(parts[0])
    return given


def someones_other_form(typed: str) -> bool:
    """Whether a name is a real person's by another form of their given name (the issue's rule: a nickname names the
    person, "jim smith" is James Smith): no made-up name, however far from every spelling of the data."""
    parts = first_and_last(typed)
    if parts is None:
        return False
    first, last = parts
    nicknames = _nicknamer()
    return any(first in nicknames.nicknames_of(real) or real in nicknames.nicknames_of(first)
               for real in _given_names_by_surname().get(last, ()))


def far_from_every_name(pool: Pool, typed: str) -> bool:
    nearest, _ = pool.index.nearest(fold(typed))
    return nearest >= MADE_UP_DISTANCE


def near_surname(surname: str, rng: random.Random) -> str:
    """A surname of about the same sound: three of its letters replaced, vowels by vowels ("bass" -> "bliss")."""
    letters = list(surname)
    places = [i for i, ch in enumerate(letters) if ch.isalpha() and i > 0]
    for i in rng.sample(places, min(3, len(places))):
        pool = VOWELS if letters[i] in VOWELS else CONSONANTS
        letters[i] = rng.choice([ch for ch in pool if ch != letters[i]])
    return "".join(letters)


def _person(pool: Pool, rng: random.Random) -> Named:
    """Half the time someone of the LA race, else anyone of the pool."""
    return rng.choice(pool.la_people if rng.random() < 0.5 else pool.people)


def _made_up_person(pool: Pool, rng: random.Random, how: str) -> tuple[str, Named] | None:
    real = _person(pool, rng)
    parts = first_and_last(real.name)
    if parts is None:
        return None
    first, last = parts
    if how == "first name + other surname":
        return f"{first} {rng.choice(COMMON_SURNAMES)}", real
    if how == "other first name + surname":
        return f"{rng.choice(COMMON_FIRST)} {last}", real
    if how == "near surname":
        return f"{first} {near_surname(last, rng)}", real
    if how == "swapped names":
        other = first_and_last(_person(pool, rng).name)
        return (f"{first} {other[1]}", real) if other and other[1] != last else None
    if how == "relative or namesake":
        relatives = RELATIVES.get(last)
        return (f"{rng.choice(relatives)} {last}", real) if relatives else None
    raise ValueError(how)


def made_up_cases() -> list[NameCase]:
    rng = random.Random(SEED)
    pool = build_pool(rng)
    cases: dict[str, NameCase] = {}
    for how, count in MADE_UP_COUNTS.items():
        made: list[NameCase] = []
        for _ in range(count * 40):
            if len(made) >= count:
                break
            if how == "near pollster":
                real = rng.choice(pool.pollsters)
                tail = " ".join(fold(real.name).split()[1:])
                typed, template = f"{rng.choice(POLLSTER_WORDS)} {tail}", rng.choice(POLLSTER_TEMPLATES)
            else:
                found = _made_up_person(pool, rng, how)
                if found is None:
                    continue
                typed, real = found
                template = rng.choice(PERSON_TEMPLATES)
            if typed in {c.typed for c in made} or not far_from_every_name(pool, typed):
                continue
            made.append(NameCase(template.format(n=typed), typed, how, real.name, real.kind))
        cases.update((c.question, c) for c in made)
    # Dropped after the draws, so that the seeded draws of the set stay the same: another form of a real person's
    # name is that person, not a made-up name.
    return [case for case in cases.values() if not someones_other_form(case.typed)]


# ---------------------------------------------------------------------------------------------- typos
TYPO_COUNTS = {"LA candidate": 45, "LA endorser": 60, "538 candidate": 110}
LA_CANDIDATE_TEMPLATES = ("who is {n}", "how is {n} doing", "is {n} running")
ENDORSED_TEMPLATES = ("who endorsed {n}", "{n} endorsements")
ENDORSER_TEMPLATES = ("who did {n} endorse", "did {n} endorse anyone")
FILE_TEMPLATES = ("who is {n}", "is {n} running")


def _typo_target(pool: Pool, rng: random.Random, how: str) -> tuple[str, Named, tuple[str, ...]]:
    """A real name (or alias) to misspell, whose it is, and the questions that fit it."""
    race = la_race()
    if how == "LA candidate":
        candidate = rng.choice([n for n in la_named() if n.kind == "candidate"])
        parts = first_and_last(candidate.name)
        forms = [candidate.name, *candidate.aliases, *([parts[1]] if parts else [])]
        templates = LA_CANDIDATE_TEMPLATES + (ENDORSED_TEMPLATES if race.endorsers_of(candidate.name) else ())
        return rng.choice(forms), candidate, templates
    if how == "LA endorser":
        endorser = rng.choice([n for n in la_named() if n.kind == "endorser"])
        return endorser.name, endorser, ENDORSER_TEMPLATES
    person = rng.choice([p for p in pool.people if p not in pool.la_people])
    return person.name, person, FILE_TEMPLATES


def typo_cases() -> list[NameCase]:
    rng = random.Random(SEED)
    pool = build_pool(rng)
    cases: dict[str, NameCase] = {}
    for how, count in TYPO_COUNTS.items():
        made = 0
        for _ in range(count * 20):
            if made >= count:
                break
            form, real, templates = _typo_target(pool, rng, how)
            typo = make_typo(form, real.name, rng, pool.index)
            if typo is None or any(c.typed == typo for c in cases.values()):
                continue
            question = rng.choice(templates).format(n=typo)
            cases[question] = NameCase(question, typo, f"typo of {how}", real.name, real.kind)
            made += 1
    return list(cases.values())

