"""Questions over the real FiveThirtyEight polls files, each with the answer the files say it must get.

Nothing here is written by hand but the phrasing: every expected race, pollster, count and name is read from
`shared/data/fivethirtyeight/*.csv` by the functions below. Print the set with
`python -m tests.engine.real_questions`.

How a question picks a race (the rule the engine is being rewritten to follow, written out in `resolve`):
the races are filtered by what the question names (state, office, district, year, "special", a stage word,
"national", candidates); among those left, the newest cycle unless a year is named, then the regular race unless
"special" is named, and a presidential question that names no state is the national race. One race left: that is
the answer; several: "need_race"; none: "not_found". An office word alone never picks a race.

A race of a file is one (cycle, state, office_type, seat_name), its stages merged; its slug is the importer's
`slugify(f"{state or 'us'} {office_type} {seat_name} {cycle}")`.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from bot.names import slugify

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fivethirtyeight"
BUNDLED_DIR = Path(__file__).resolve().parents[2] / "data" / "races"
FILES = {
    "governor": "governor_polls.csv",
    "senate": "senate_polls.csv",
    "house": "house_polls.csv",
    "president": "president_polls_2024-03.csv",
}
OFFICE_OF_TYPE = {"Governor": "governor", "U.S. Senate": "senate", "U.S. House": "house",
                  "U.S. President": "president"}
SEED = 538
REAL_INTENTS = ("latest_poll", "race", "leader", "pollsters", "compare", "is_running")

# How many questions of each intent are drawn for the races of each file (the seeds from the brief come on top).
QUOTAS: dict[str, dict[str, int]] = {
    "latest_poll": {"governor": 20, "senate": 24, "house": 24, "president": 14},
    "race": {"governor": 14, "senate": 14, "house": 14, "president": 6},
    "leader": {"governor": 14, "senate": 14, "house": 14, "president": 12},
    "pollsters": {"governor": 10, "senate": 12, "house": 10, "president": 8},
    "compare": {"governor": 10, "senate": 12, "house": 10, "president": 12},
    "is_running": {"governor": 10, "senate": 10, "house": 10, "president": 6},
    "named_poll": {"governor": 8, "senate": 10, "house": 6, "president": 8},  # last: the others' draws stay the same
}
MAX_LISTED_CANDIDATES = 12  # "who is running" is asked only of races whose whole field fits one answer

STATES: tuple[tuple[str, str, str | None], ...] = (
    ("Alabama", "AL", "Ala."), ("Alaska", "AK", None), ("Arizona", "AZ", "Ariz."), ("Arkansas", "AR", "Ark."),
    ("California", "CA", "Calif."), ("Colorado", "CO", "Colo."), ("Connecticut", "CT", "Conn."),
    ("Delaware", "DE", "Del."), ("Florida", "FL", "Fla."), ("Georgia", "GA", "Ga."), ("Hawaii", "HI", None),
    ("Idaho", "ID", None), ("Illinois", "IL", "Ill."), ("Indiana", "IN", "Ind."), ("Iowa", "IA", None),
    ("Kansas", "KS", "Kan."), ("Kentucky", "KY", "Ky."), ("Louisiana", "LA", "La."), ("Maine", "ME", None),
    ("Maryland", "MD", "Md."), ("Massachusetts", "MA", "Mass."), ("Michigan", "MI", "Mich."),
    ("Minnesota", "MN", "Minn."), ("Mississippi", "MS", "Miss."), ("Missouri", "MO", "Mo."),
    ("Montana", "MT", "Mont."), ("Nebraska", "NE", "Neb."), ("Nevada", "NV", "Nev."),
    ("New Hampshire", "NH", "N.H."), ("New Jersey", "NJ", "N.J."), ("New Mexico", "NM", "N.M."),
    ("New York", "NY", "N.Y."), ("North Carolina", "NC", "N.C."), ("North Dakota", "ND", "N.D."),
    ("Ohio", "OH", None), ("Oklahoma", "OK", "Okla."), ("Oregon", "OR", "Ore."), ("Pennsylvania", "PA", "Pa."),
    ("Rhode Island", "RI", "R.I."), ("South Carolina", "SC", "S.C."), ("South Dakota", "SD", "S.D."),
    ("Tennessee", "TN", "Tenn."), ("Texas", "TX", None), ("Utah", "UT", None), ("Vermont", "VT", "Vt."),
    ("Virginia", "VA", "Va."), ("Washington", "WA", "Wash."), ("West Virginia", "WV", "W.Va."),
    ("Wisconsin", "WI", "Wis."), ("Wyoming", "WY", "Wyo."), ("Puerto Rico", "PR", "P.R."),
)
STATE_CODE = {name: code for name, code, _ in STATES}
STATE_NAME = {code: name for name, code, _ in STATES}
STATE_AP = {code: ap for _, code, ap in STATES}
# Codes that are English words (or names: "al", "la" for Los Angeles) are used in real questions only in a
# district form ("OH-12"), never alone; so are the AP abbreviations that read as words or titles.
WORD_CODES = {"AL", "CO", "DE", "HI", "ID", "IN", "LA", "MA", "MD", "ME", "MS", "OH", "OK", "OR"}
WORD_AP = {"Ind.", "Ill.", "La.", "Miss.", "Mo.", "Del.", "Ore."}
# One House seat elected at large (538 numbers it District 1) up to and including the cycle given.
AT_LARGE = {"AK": 9999, "DE": 9999, "ND": 9999, "SD": 9999, "VT": 9999, "WY": 9999, "MT": 2022}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Surnames that are everyday words: a question naming only one of them could mean something else.
WORD_SURNAMES = {
    "young", "hill", "good", "price", "long", "wild", "rose", "hunt", "mann", "kind", "bush", "king", "brown",
    "white", "green", "black", "bell", "gross", "rich", "little", "love", "best", "hale", "mace", "small", "sweet",
    "steel", "hart", "banks", "wood", "waters", "church", "fields", "major", "cash", "house", "bishop", "baker",
    "walker", "carter", "hawkins", "golden", "graves", "noble", "street", "stone", "bacon", "cotton", "march",
    "booker", "wright", "ward", "jordan", "chambers", "hunter", "mills", "sessions", "collins", "cox",
    "allen", "gideon", "james", "scott", "nelson", "miller", "smith", "johnson", "jones", "davis", "brooks",
    "poll", "polls", "race", "senate", "leads", "running",
}
KEY_NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", [
    "wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ol", "qsz", "awdx", "sefc", "drgv", "fthb",
    "gyjn", "hukm", "jilm", "kop", "xse", "zcd", "xvf", "cbg", "vnh", "bmj", "nk",
], strict=True))


# --------------------------------------------------------------------------------------------- the files
@dataclass
class Poll:
    poll_id: str
    pollster: str
    end_date: dt.date
    stage: str  # the stage of its first row: the one the importer keeps
    stages: set[str]  # the stages of all its rows (a few Senate polls ask of the primary and of the runoff)


@dataclass
class Race:
    """One race of a file, its stages merged, as the importer makes it."""

    slug: str
    file: str  # a key of FILES
    cycle: int
    state: str | None  # postal code; None for the national presidential race
    office: str  # governor, senate, house, president
    district: int | None  # a House district, or a presidential one ("Maine CD-2")
    seat_class: str | None
    special: bool
    answers: Counter[str] = field(default_factory=Counter)  # rows per candidate_name
    polls: dict[str, Poll] = field(default_factory=dict)

    @property
    def candidates(self) -> list[str]:
        """The candidates, the most polled first (ties by name, so the order is stable)."""
        return sorted(self.answers, key=lambda name: (-self.answers[name], name))

    @property
    def stages(self) -> set[str]:
        return {stage for poll in self.polls.values() for stage in poll.stages}

    def polls_of(self, stage: str | None = None, *, first_row: bool = False) -> list[Poll]:
        """The polls of a stage ("primary" is any primary): with a row of it, or (`first_row`) whose first row is."""
        return [p for p in self.polls.values()
                if stage is None or any(stage in s for s in ({p.stage} if first_row else p.stages))]


def race_slug(state: str, office_type: str, seat_name: str, cycle: int | str) -> str:
    """The importer's slug of a race (bot/importers/polls_538.py::_race), empty parts skipped."""
    office = " ".join(p for p in (office_type, seat_name) if p)
    return slugify(f"{state or 'us'} {office} {int(float(cycle))}")


def is_special(office: str, seat_class: str | None, cycle: int) -> bool:
    """Class I is up in regular elections of cycles = 2018 (mod 6), II of 2020, III of 2022; House: odd years."""
    if office == "senate":
        regular = {"I": 2018 % 6, "II": 2020 % 6, "III": 2022 % 6}
        return seat_class is not None and regular[seat_class] != cycle % 6
    return office == "house" and cycle % 2 == 1


def parse_date(text: str) -> dt.date:
    if "-" in text:
        return dt.date.fromisoformat(text)
    month, day, year = (int(p) for p in text.split("/"))
    return dt.date(year + 2000 if year < 100 else year, month, day)


@cache
def races() -> dict[str, Race]:
    """Every race of the four files by slug."""
    found: dict[str, Race] = {}
    for file, name in FILES.items():
        with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                slug = race_slug(row["state"], row["office_type"], row["seat_name"], row["cycle"])
                race = found.get(slug)
                if race is None:
                    race = found[slug] = _new_race(slug, file, row)
                race.answers[row["candidate_name"] or row["answer"]] += 1
                stage = (row["stage"] or "general").lower()
                if row["poll_id"] not in race.polls:
                    race.polls[row["poll_id"]] = Poll(row["poll_id"], row["pollster"], parse_date(row["end_date"]),
                                                      stage, set())
                race.polls[row["poll_id"]].stages.add(stage)
    return found


def _new_race(slug: str, file: str, row: dict[str, str]) -> Race:
    office = OFFICE_OF_TYPE[row["office_type"]]
    cycle = int(float(row["cycle"]))
    state_text, district = row["state"], None
    cd = re.fullmatch(r"(.+?) CD-(\d+)", state_text)
    if cd:
        state_text, district = cd.group(1), int(cd.group(2))
    seat = re.fullmatch(r"District (\d+)", row["seat_name"])
    if seat:
        district = int(seat.group(1))
    seat_class = row["seat_name"].removeprefix("Class ") if row["seat_name"].startswith("Class ") else None
    return Race(slug=slug, file=file, cycle=cycle, state=STATE_CODE[state_text] if state_text else None,
                office=office, district=district, seat_class=seat_class,
                special=is_special(office, seat_class, cycle))


@cache
def pollsters() -> set[str]:
    return {poll.pollster for race in races().values() for poll in race.polls.values()}


# --------------------------------------------------------------------------------------------- names
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation: how a name is typed on Discord ("o'rourke" -> "orourke")."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    stripped = stripped.casefold().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^\w\s]+", " ", stripped).split())


def words_of(name: str) -> list[str]:
    """The folded words of a name without Jr./Sr./III."""
    words = fold(name).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words


def surname(name: str) -> str:
    return words_of(name)[-1]


@cache
def other_names(keys: tuple[str, ...] = ("name", "endorser")) -> tuple[str, ...]:
    """Names the engine knows besides the 538 candidates: what the bundled races call `name` (races, candidates,
    groups) and `endorser`."""
    pattern = re.compile(rf"^\s*-?\s*(?:{'|'.join(keys)}):\s*\"?([^\"\n]+?)\"?\s*$", re.MULTILINE)
    found: list[str] = []
    for path in sorted(BUNDLED_DIR.glob("*.yaml")):
        found.extend(pattern.findall(path.read_text(encoding="utf-8")))
    return tuple(found)


@cache
def candidate_names() -> tuple[str, ...]:
    return tuple(sorted({name for race in races().values() for name in race.answers}))


@cache
def _owners_of_word() -> dict[str, frozenset[str]]:
    """Every word of a name (candidate, bundled person, pollster) -> the names that have it."""
    owners: dict[str, set[str]] = {}
    for name in (*candidate_names(), *other_names(), *pollsters()):
        for word in fold(name).split():
            owners.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in owners.items()}


def _without_suffixed_twins(names: Iterable[str]) -> set[str]:
    """Drop "Donald Trump Jr." when "Donald Trump" is there too: a bare surname means the one without a suffix."""
    names = set(names)
    plain = {tuple(fold(n).split()) for n in names}
    return {n for n in names if tuple(words_of(n)) == tuple(fold(n).split()) or tuple(words_of(n)) not in plain}


def surname_is_unique(name: str) -> bool:
    """The surname names this candidate only: no other candidate, person, group or pollster has that word."""
    word = surname(name)
    if len(word) < 4 or word in WORD_SURNAMES or word in STATE_WORDS:
        return False
    return _without_suffixed_twins(_owners_of_word().get(word, ())) == {name}


def first_last_is_unique(name: str) -> bool:
    """No other candidate has the same first and last word ("Chris Sununu" and "Christopher Sununu" differ)."""
    words = words_of(name)
    return sum(words_of(n)[0] == words[0] and words_of(n)[-1] == words[-1] for n in candidate_names()) == 1


STATE_WORDS = {word for name, _, _ in STATES for word in fold(name).split()}


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def typo_of(word: str, rng: random.Random) -> str | None:
    """One letter off (dropped, doubled or a keyboard neighbour), never within one edit of another known word."""
    if len(word) < 6:
        return None
    for _ in range(12):
        i = rng.randrange(1, len(word) - 1)  # people get the first and last letters right
        match rng.choice(("drop", "double", "neighbour")):
            case "drop":
                typo = word[:i] + word[i + 1:]
            case "double":
                typo = word[:i] + word[i] + word[i:]
            case _:
                if word[i] not in KEY_NEIGHBOURS:
                    continue
                typo = word[:i] + rng.choice(KEY_NEIGHBOURS[word[i]]) + word[i + 1:]
        if typo != word and all(w == word or abs(len(w) - len(typo)) > 1 or levenshtein(w, typo) > 1
                                for w in _owners_of_word()):
            return typo
    return None


def only_in_the_files(name: str) -> bool:
    """Not also a person of a bundled race (Kevin de León ran for LA mayor too): their races are the files' only."""
    return fold(name) not in {fold(n) for n in other_names(("name",))}


def typed_name(name: str, rng: random.Random) -> str | None:
    """How a person types a candidate: the surname alone when it is unique, first and last name, the full name,
    or the surname one letter off; None when no form names this candidate alone."""
    forms: list[str] = []
    if surname_is_unique(name):
        forms += [surname(name)] * 3
        typo = typo_of(surname(name), rng)
        if typo:
            forms += [typo] * 2
    words = words_of(name)
    if len(words) > 2 and len(words[0]) > 1 and first_last_is_unique(name):  # not "m rounds" for M. Michael Rounds
        forms.append(f"{words[0]} {words[-1]}")
    if len(words) >= 2 and sum(fold(n) == fold(name) for n in candidate_names()) == 1:
        forms.append(" ".join(words))
    return rng.choice(forms) if forms else None


# --------------------------------------------------------------------------------------------- the rule
@dataclass(frozen=True)
class Mention:
    """What a question names."""

    state: str | None = None
    office: str | None = None
    district: int | None = None
    at_large: bool = False
    cycle: int | None = None
    special: bool = False
    stage: str | None = None  # "runoff", "jungle primary", "primary" (any primary), "general"
    national: bool = False
    candidates: tuple[str, ...] = ()


def resolve(mention: Mention) -> tuple[str, list[Race]]:
    """("ok", [race]), ("need_race", races) or ("not_found", []): the race a question names."""
    m = mention
    if m.office and m.office != "president" and not (m.state or m.district or m.candidates or m.national):
        return "need_race", []  # an office word alone never picks a race
    left = fitting(m)
    if not left:
        return "not_found", []
    if m.cycle is None:
        newest = max(r.cycle for r in left)
        left = [r for r in left if r.cycle == newest]
    if not m.special and any(not r.special for r in left):
        left = [r for r in left if not r.special]
    if not m.state and m.district is None and all(r.office == "president" for r in left):
        left = [r for r in left if r.state is None] or left
    return ("ok" if len(left) == 1 else "need_race"), left


def fitting(mention: Mention) -> list[Race]:
    """Every race that fits what is named, before any is preferred."""
    m = mention
    left = list(races().values())
    if m.state:
        left = [r for r in left if r.state == m.state]
    if m.office:
        left = [r for r in left if r.office == m.office]
    if m.district is not None:
        left = [r for r in left if r.district == m.district]
    if m.at_large:
        left = [r for r in left if r.office == "house" and r.cycle <= AT_LARGE.get(r.state or "", 0)]
    if m.cycle:
        left = [r for r in left if r.cycle == m.cycle]
    if m.special:
        left = [r for r in left if r.special]
    if m.stage:
        left = [r for r in left if any(m.stage in stage for stage in r.stages)]
    if m.national:
        left = [r for r in left if r.state is None]
    for name in m.candidates:
        left = [r for r in left if name in r.answers]
    if m.office == "president" and not m.state and m.district is None:
        left = [r for r in left if r.state is None]
    return left


# --------------------------------------------------------------------------------------------- cases
@dataclass(frozen=True)
class Check:
    """One of these strings must appear in the answer (in its summary only, when `in_summary`)."""

    any_of: tuple[str, ...]
    in_summary: bool = False


@dataclass(frozen=True)
class Case:
    question: str
    intents: tuple[str, ...]  # any of these
    slug: str | None
    checks: tuple[Check, ...] = ()
    status: str = "ok"
    file: str = ""  # the file of the expected race
    why: str = ""  # for a trap: what it tries
    pollster: str = ""  # for a poll named by its pollster: the pollster's words as typed


def appears(text: str, fragment: str) -> bool:
    """`fragment` appears in `text`, case-insensitive, as whole words ("2 polls" is not in "12 polls")."""
    return re.search(rf"(?<!\w){re.escape(fragment.casefold())}(?!\w)", text.casefold()) is not None


def latest_pollsters(race: Race, stage: str | None = None, *, first_row: bool = False) -> tuple[str, ...]:
    polls = race.polls_of(stage, first_row=first_row)
    newest = max((p.end_date for p in polls), default=None)
    return tuple(sorted({p.pollster for p in polls if p.end_date == newest}))


def stage_is_clear(race: Race, stage: str) -> bool:
    """Whether a poll's stage is read from any of its rows or from its first row gives the same newest poll."""
    return latest_pollsters(race, stage) == latest_pollsters(race, stage, first_row=True) != ()


def top_pollsters(race: Race) -> tuple[tuple[str, ...], int]:
    counts = Counter(p.pollster for p in race.polls.values())
    most = max(counts.values())
    return tuple(sorted(p for p, n in counts.items() if n == most)), most


def polls_text(count: int) -> str:
    return f"{count} poll{'s' if count != 1 else ''}"


def checks_for(intent: str, race: Race, mention: Mention) -> tuple[Check, ...]:
    """What the answer must say, read from the race's rows."""
    match intent:
        case "latest_poll":
            return (Check(latest_pollsters(race, mention.stage)),)
        case "race":
            return tuple(Check((name,)) for name in race.candidates)
        case "leader":
            return (Check(tuple(race.candidates), in_summary=True),)
        case "pollsters":
            names, count = top_pollsters(race)
            return Check(names), Check((polls_text(count),))
        case "compare" | "is_running":
            return tuple(Check((name,)) for name in mention.candidates)
    raise ValueError(intent)


INTENTS_OF = {"leader": ("leader", "average"), "named_poll": ("latest_poll",)}


def make_case(question: str, intent: str, mention: Mention, target: Race | None = None) -> Case | None:
    """The case of a question naming `mention`, or None when the rule picks no single race (or not `target`)."""
    status, found = resolve(mention)
    if status != "ok" or (target is not None and found[0] is not target):
        return None
    race = found[0]
    return Case(" ".join(question.split()), INTENTS_OF.get(intent, (intent,)), race.slug,
                checks_for(intent, race, mention), file=race.file)


# --------------------------------------------------------------------------------------------- phrasing
@dataclass(frozen=True)
class Phrase:
    """A way to name a race: `adj` goes before "poll"/"race" ("nc governor"), `noun` stands alone."""

    adj: str | None
    noun: str
    mention: Mention


ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else ORDINAL_SUFFIX.get(n % 10, 'th')}"


def pick(rng: random.Random, options: list[tuple[str, int]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def state_text(code: str, rng: random.Random) -> str:
    options = [(STATE_NAME[code].lower(), 6)]
    if code not in WORD_CODES:
        options += [(code.lower(), 3), (code, 1)]
    ap = STATE_AP[code]
    if ap and ap not in WORD_AP:
        options.append((ap, 1))
    return pick(rng, options)


OFFICE_WORDS = {
    "governor": [("governor", 4), ("gov", 2), ("gubernatorial", 1)],
    "senate": [("senate", 5), ("sen", 1), ("us senate", 1)],
    "president": [("presidential", 3), ("president", 2), ("pres", 1)],
}


def district_text(code: str, n: int, rng: random.Random) -> tuple[str | None, str, bool]:
    """(adj or None, noun, names an office word) for House district `n` of a state, in one of many forms."""
    name = STATE_NAME[code].lower()
    possessive = f"{name}s" if not name.endswith("s") else name
    upper = code if code in WORD_CODES else rng.choice((code, code.lower()))
    forms: list[tuple[tuple[str | None, str, bool], int]] = [
        ((f"{upper}-{n}", f"{upper}-{n}", False), 5),
        ((f"{upper}-{n:02d}", f"{upper}-{n:02d}", False), 2),
        ((f"{upper}{n:02d}", f"{upper}{n:02d}", False), 1),
        ((f"{possessive} {ordinal(n)}", f"{possessive} {ordinal(n)}", False), 2),
        ((f"{name}'s {ordinal(n)} district", f"{name}'s {ordinal(n)} district", True), 1),
        ((f"{name} {ordinal(n)} congressional district", f"the {name} {ordinal(n)} congressional district", True), 2),
        ((None, f"the {ordinal(n)} district of {name}", True), 2),
        ((f"{name} district {n}", f"{name} district {n}", True), 1),
    ]
    if code not in WORD_CODES:
        forms.append(((f"{code.lower()} {n}", f"{code.lower()} {n}", False), 1))
    return rng.choices([f for f, _ in forms], weights=[w for _, w in forms])[0]


def at_large_text(code: str, rng: random.Random) -> str:
    name = STATE_NAME[code].lower()
    return rng.choice((f"{name} at-large", f"{name} at large district", f"{code} at-large", f"{name} at-large house"))


def year_text(cycle: int, rng: random.Random) -> str:
    return rng.choice((str(cycle), str(cycle), f"'{cycle % 100:02d}"))


def phrase_for(race: Race, rng: random.Random, *, year: bool, special: bool, stage: str | None) -> Phrase:
    """One way to name `race`: its words in a random form, with the year, "special" and a stage word if asked."""
    m = Mention(cycle=race.cycle if year else None, special=special, stage=stage)
    noun_only = None
    match race.office:
        case "governor" | "senate":
            office = pick(rng, OFFICE_WORDS[race.office])
            assert race.state
            state = state_text(race.state, rng)
            full_word = office in ("governor", "senate")
            core = f"{office} {state}" if full_word and rng.random() < 0.15 else f"{state} {office}"
            if special:
                core = rng.choice((f"{core} special", f"{core} special election", f"{state} special {office}"))
            m = replace(m, state=race.state, office=race.office)
        case "house":
            assert race.state and race.district
            if race.cycle <= AT_LARGE.get(race.state, 0) and rng.random() < 0.4:
                core, noun_only = at_large_text(race.state, rng), None
                m = replace(m, state=race.state, district=1, at_large=True)
            else:
                adj, noun, office_word = district_text(race.state, race.district, rng)
                if adj is None:
                    noun_only = noun
                core = adj or ""
                if adj and not office_word and rng.random() < 0.2:
                    core, office_word = f"{core} {rng.choice(('house', 'congressional'))}", True
                m = replace(m, state=race.state, district=race.district, office="house" if office_word else None)
            if special:
                core = f"{core} special" if core else core
                noun_only = f"{noun_only} special election" if noun_only else None
        case _:
            if race.state is None:
                core = pick(rng, [("presidential", 4), ("president", 2), ("pres", 1), ("national", 2),
                                  ("national presidential", 1)])
                m = replace(m, office=None if core == "national" else "president", national="national" in core)
            elif race.district is not None:
                name, code = STATE_NAME[race.state].lower(), race.state
                where = rng.choice((f"{name} cd-{race.district}", f"{name} cd{race.district}",
                                    f"{code}-{race.district}", f"{code.lower()}-0{race.district}"))
                core = f"{where} {pick(rng, OFFICE_WORDS['president'])}"
                m = replace(m, state=race.state, district=race.district, office="president")
            else:
                core = f"{state_text(race.state, rng)} {pick(rng, OFFICE_WORDS['president'])}"
                m = replace(m, state=race.state, office="president")
    if stage:
        word = {"jungle primary": rng.choice(("jungle primary", "primary")), "runoff": "runoff"}.get(stage, stage)
        m = replace(m, stage="primary" if word == "primary" else stage)
        core = f"{core} {word}" if core else core
        noun_only = f"{noun_only} {word}" if noun_only else None
    if year:
        written = year_text(race.cycle, rng)
        if noun_only:
            noun_only = f"{noun_only} in {written}"
        elif written.startswith("'") or rng.random() < 0.5:
            core = f"{core} {written}"
        else:
            core = f"{written} {core}"
    if noun_only:
        return Phrase(None, noun_only, m)
    return Phrase(core, f"the {core} race", m)


def phrases_for(race: Race, rng: random.Random, stage: str | None = None) -> Iterable[Phrase]:
    """Ways to name `race`, the plainest first that the rule still takes to `race` (checked by the caller)."""
    year = rng.random() < 0.35
    special = race.special and rng.random() < 0.4
    yield phrase_for(race, rng, year=year, special=special, stage=stage)
    yield phrase_for(race, rng, year=True, special=special, stage=stage)
    if race.special:
        yield phrase_for(race, rng, year=year, special=True, stage=stage)
        yield phrase_for(race, rng, year=True, special=True, stage=stage)


TEMPLATES: dict[str, list[str]] = {
    "latest_poll": [
        "{a} latest poll", "latest {a} poll", "whats the newest poll in {n}", "most recent {a} poll",
        "newest {a} poll", "latest poll {a}", "whats the latest poll in {n}", "latest poll for {n}",
        "most recent poll in {n}", "what is the latest {a} poll",
    ],
    "race": [
        "who is running in {n}", "whos running in {a}", "who's running in {a}", "candidates in {n}",
        "{a} candidates", "who is on the ballot in {n}", "who is running {a}", "who are the candidates in {n}",
    ],
    "leader": [
        "who leads {n}", "who is ahead in {n}", "whos winning {n}", "{a} polling average", "{a} average",
        "{a} avg", "polling average for {n}", "who is leading in {n}", "whos ahead in {a}", "who leads in {a}",
    ],
    "pollsters": [
        "who polled {n}", "which pollsters polled {n}", "pollsters in {n}", "{a} pollsters", "who has polled {n}",
        "which pollsters have polled {a}", "who polls {n}",
    ],
}
NATIONAL_LEADER = ["who leads the national polls", "national polling average", "who leads for president",
                   "presidential polling average", "whos ahead nationally", "who is winning the presidential race",
                   "pres polling average", "whos leading nationally for president"]
COMPARE_TEMPLATES = ["{x} vs {y}", "{x} versus {y}", "compare {x} and {y}", "{x} or {y} who is ahead",
                     "{x} vs {y} polls", "how does {x} compare to {y}"]
COMPARE_WHERE_TEMPLATES = ["{x} vs {y} in {s}", "compare {x} and {y} in {s}", "{x} vs {y} {s}"]
IS_RUNNING_TEMPLATES = ["is {x} running", "is {x} running for {o}", "is {x} still running", "is {x} running again"]
RUNNING_FOR = {"governor": ["governor", "gov"], "senate": ["senate", "the senate"], "house": ["congress", "house"],
               "president": ["president", "pres"]}


def fill(template: str, phrase: Phrase) -> str | None:
    if "{a}" in template and phrase.adj is None:
        return None
    return template.format(a=phrase.adj, n=phrase.noun)


def generate_race_question(intent: str, race: Race, rng: random.Random) -> Case | None:
    """A question of `intent` about `race`, named by its words (state, office, district, year...)."""
    if intent == "leader" and race.state is None and rng.random() < 0.5:
        mention = Mention(national=True) if "national" in (q := rng.choice(NATIONAL_LEADER)) else Mention(
            office="president")
        return make_case(q, intent, mention, race)
    if intent == "race" and race.office in ("governor", "senate") and rng.random() < 0.3:
        return _running_for(race, rng)
    stage = None
    stages = [s for s in sorted(race.stages) if stage_is_clear(race, s)]
    if intent in ("latest_poll", "leader") and race.stages - {"general"} and stages and rng.random() < 0.6:
        stage = rng.choice(stages)
    for phrase in phrases_for(race, rng, stage):
        templates = [t for t in TEMPLATES[intent] if fill(t, phrase)]
        case = make_case(fill(rng.choice(templates), phrase) or "", intent, phrase.mention, race)
        if case:
            return case
    return None


def _running_for(race: Race, rng: random.Random) -> Case | None:
    """ "who is running for governor of vermont in 2020", "who is running in the georgia senate special election"."""
    assert race.state
    state = STATE_NAME[race.state].lower()
    office = rng.choice(RUNNING_FOR[race.office])
    for year in (rng.random() < 0.4, True):
        mention = Mention(state=race.state, office=race.office, cycle=race.cycle if year else None)
        where = f"{office} of {state}" if race.office == "governor" and rng.random() < 0.6 else f"{office} in {state}"
        question = f"who is running for {where}" + (f" in {race.cycle}" if year else "")
        if race.special:
            question = f"who is running in the {state} senate special election" + (f" {race.cycle}" if year else "")
            mention = replace(mention, special=True)
        case = make_case(question, "race", mention, race)
        if case:
            return case
    return None


def generate_compare(race: Race, rng: random.Random) -> Case | None:
    """ "biden vs trump in arizona": two of the race's most polled candidates, the state or year when needed."""
    top = race.candidates[:4]
    if len(top) < 2:
        return None
    first, second = rng.sample(top[:2], 2) if rng.random() < 0.7 else rng.sample(top, 2)
    x, y = typed_name(first, rng), typed_name(second, rng)
    if not x or not y or not only_in_the_files(first) or not only_in_the_files(second):
        return None
    base = Mention(candidates=(first, second))
    attempts: list[tuple[str, Mention]] = [(rng.choice(COMPARE_TEMPLATES).format(x=x, y=y), base)]
    if race.state:
        where = state_text(race.state, rng)
        if race.district is not None:
            where = f"{race.state}-{race.district}" if race.office == "house" else f"{where} cd-{race.district}"
        mention = replace(base, state=race.state, district=race.district)
        attempts.append((rng.choice(COMPARE_WHERE_TEMPLATES).format(x=x, y=y, s=where), mention))
    attempts.append((f"{x} vs {y} {race.cycle}", replace(base, cycle=race.cycle)))
    for question, mention in attempts:
        case = make_case(question, "compare", mention, race)
        if case:
            return case
    return None


def generate_is_running(race: Race, rng: random.Random) -> Case | None:
    """ "is kyrsten sinema running": asked of a candidate whose newest candidacy is this race."""
    name = rng.choice(race.candidates[:4])
    typed = typed_name(name, rng)
    if not typed or not only_in_the_files(name):
        return None
    template = rng.choice(IS_RUNNING_TEMPLATES)
    office = race.office if "{o}" in template else None
    question = template.format(x=typed, o=rng.choice(RUNNING_FOR[race.office]))
    return make_case(question, "is_running", Mention(office=office, candidates=(name,)), race)


NAMED_POLL_TEMPLATES = ["latest {p} poll in {n}", "what did {p} say about {n}", "{a} {p} poll",
                        "newest {p} poll of {n}", "most recent {p} poll {a}", "{p} poll in {n}",
                        "latest {a} poll by {p}"]
# How people name a pollster by one word: its brand, typed alone ("the latest emerson poll"). Phrasing, like the
# templates: which pollsters a word names, and their polls, come from the files.
POLLSTER_BRANDS = {
    "emerson", "siena", "quinnipiac", "marist", "monmouth", "ipsos", "yougov", "rasmussen", "trafalgar", "suffolk",
    "selzer", "civiqs", "gravis", "cygnal", "redfield", "susquehanna", "marquette", "muhlenberg", "mclaughlin",
    "fabrizio", "swayable", "surveyusa", "atlasintel", "harrisx", "winthrop", "stockton", "rutgers", "goucher",
    "mellman", "tarrance", "echelon", "remington", "baselice", "elway", "clearview", "targoz", "harper",
}


def typed_pollster(pollster: str, rng: random.Random) -> tuple[str, frozenset[str]] | None:
    """A pollster as typed, and every pollster the typed words name: a brand word names each pollster whose name
    begins with it ("Siena College", "Siena College/The New York Times Upshot"); a whole name of a few plain words
    names that pollster."""
    words = fold(pollster).split()
    brand = words[0]
    if brand in POLLSTER_BRANDS and rng.random() < 0.7:
        owners = _owners_of_word()[brand]
        named = frozenset(o for o in owners if o in pollsters() and fold(o).split()[0] == brand)
        if all(o in named or fold(o).split()[0] != brand and words_of(o)[-1] != brand for o in owners):
            return brand, named
    if re.fullmatch(r"[A-Za-z .'-]+", pollster) and 2 <= len(words) <= 4:
        return " ".join(words), frozenset({pollster})
    return None


def generate_named_poll(race: Race, rng: random.Random) -> Case | None:
    """ "latest emerson poll in the arizona senate race": the newest poll of the race by the pollsters named."""
    typed = typed_pollster(rng.choice(sorted({p.pollster for p in race.polls.values()})), rng)
    if typed is None:
        return None
    word, named = typed
    polls = [p for p in race.polls.values() if p.pollster in named]
    newest = max(p.end_date for p in polls)
    checks = (Check(tuple(sorted({p.pollster for p in polls if p.end_date == newest}))),
              Check((f"{newest:%b %d, %Y}",)))
    for phrase in phrases_for(race, rng):
        templates = [t for t in NAMED_POLL_TEMPLATES if fill(t.replace("{p}", word), phrase)]
        question = fill(rng.choice(templates).replace("{p}", word), phrase) or ""
        status, found = resolve(phrase.mention)
        if status == "ok" and found[0] is race:
            return Case(" ".join(question.split()), INTENTS_OF["named_poll"], race.slug, checks, file=race.file,
                        pollster=word)
    return None


# The brief's own examples; their expected answers come from the rule and the files like every other case.
def _by_surname(word: str) -> str:
    owners = _without_suffixed_twins(n for n in candidate_names() if surname(n) == word)
    assert len(owners) == 1, (word, owners)
    return owners.pop()


SEEDS: list[tuple[str, str, dict[str, object]]] = [
    ("FL-26 latest poll", "latest_poll", {"state": "FL", "district": 26}),
    ("latest nc governor poll", "latest_poll", {"state": "NC", "office": "governor"}),
    ("whats the newest poll in the ohio senate race", "latest_poll", {"state": "OH", "office": "senate"}),
    ("most recent georgia senate runoff poll", "latest_poll", {"state": "GA", "office": "senate", "stage": "runoff"}),
    ("latest georgia senate special election poll", "latest_poll",
     {"state": "GA", "office": "senate", "special": True}),
    ("who is running for governor of vermont in 2020", "race", {"state": "VT", "office": "governor", "cycle": 2020}),
    ("who's running in GA-6", "race", {"state": "GA", "district": 6}),
    ("candidates in the 2018 az senate race", "race", {"state": "AZ", "office": "senate", "cycle": 2018}),
    ("who leads the texas senate race", "leader", {"state": "TX", "office": "senate"}),
    ("presidential polling average", "leader", {"office": "president"}),
    ("who leads the national polls", "leader", {"national": True}),
    ("the ohio senate polling average", "leader", {"state": "OH", "office": "senate"}),
    ("who leads for president", "leader", {"office": "president"}),
    ("az senate average", "leader", {"state": "AZ", "office": "senate"}),
    ("who leads the georgia senate special election", "leader", {"state": "GA", "office": "senate", "special": True}),
    ("who polled the arizona senate race", "pollsters", {"state": "AZ", "office": "senate"}),
    ("which pollsters polled NC-9", "pollsters", {"state": "NC", "district": 9}),
    ("pollsters in the 2020 maine senate race", "pollsters", {"state": "ME", "office": "senate", "cycle": 2020}),
    ("biden vs trump in arizona", "compare", {"state": "AZ", "candidates": ("biden", "trump")}),
    ("compare biden and trump", "compare", {"candidates": ("biden", "trump")}),
    ("trump vs desantis", "compare", {"candidates": ("trump", "desantis")}),
    ("ossoff vs perdue", "compare", {"candidates": ("ossoff", "perdue")}),
    ("is kyrsten sinema running", "is_running", {"candidates": ("sinema",)}),
    ("is beto o'rourke running for senate", "is_running", {"office": "senate", "candidates": ("orourke",)}),
]


def _seed_cases() -> list[Case]:
    cases = []
    for question, intent, spec in SEEDS:
        spec = dict(spec)
        spec["candidates"] = tuple(_by_surname(w) for w in spec.get("candidates", ()))  # type: ignore[union-attr]
        case = make_case(question, intent, Mention(**spec))  # type: ignore[arg-type]
        assert case is not None, f"the brief's example {question!r} names no single race in the files"
        cases.append(case)
    return cases


RARE_WEIGHT = 8  # specials, runoffs, jungle primaries, at-large seats, presidential districts and the national race


def is_rare(race: Race) -> bool:
    """A race of a kind few rows have, drawn more often so that every way of naming a race is asked."""
    at_large = race.office == "house" and race.cycle <= AT_LARGE.get(race.state or "", 0)
    presidential_district = race.office == "president" and (race.state is None or race.district is not None)
    return race.special or bool(race.stages - {"general"}) or at_large or presidential_district


@cache
def real_cases() -> tuple[Case, ...]:
    """At least 250 questions over all four files and all intents, each naming exactly one race."""
    rng = random.Random(SEED)
    cases = _seed_cases()
    seen = {c.question.casefold() for c in cases}
    by_file: dict[str, list[Race]] = {}
    for race in races().values():
        by_file.setdefault(race.file, []).append(race)
    for intent, quota in QUOTAS.items():
        for file, count in quota.items():
            pool = [r for r in by_file[file] if intent != "race" or len(r.answers) <= MAX_LISTED_CANDIDATES]
            weights = [RARE_WEIGHT if is_rare(r) else 1 for r in pool]
            made, tries = 0, 0
            while made < count and tries < count * 60:
                tries += 1
                race = rng.choices(pool, weights)[0]
                if intent == "compare":
                    case = generate_compare(race, rng)
                elif intent == "is_running":
                    case = generate_is_running(race, rng)
                elif intent == "named_poll":
                    case = generate_named_poll(race, rng)
                else:
                    case = generate_race_question(intent, race, rng)
                if case and case.question.casefold() not in seen:
                    seen.add(case.question.casefold())
                    cases.append(case)
                    made += 1
    return tuple(cases)


# Words of questions that are also names in the files ("Russell Best", "Josh Mahony" for "many"): asked around race
# names, they are the question's words, not the candidate.
WORD_TEMPLATES = [("who is doing best in {n}", "leader"), ("which candidate is polling best in {n}", "leader"),
                  ("is {n} close", "leader"), ("how close is {n}", "leader"), ("whats the margin in {n}", "leader"),
                  ("who is polling best in {n}", "leader"), ("whos up in {n}", "leader"),
                  ("how many polls in {n}", "pollsters"), ("whos gonna win {n}", "leader"),
                  ("who will win {n}", "leader")]


@cache
def word_cases() -> tuple[Case, ...]:
    rng = random.Random(SEED + 1)  # a draw of its own: the main set stays the same
    pool = sorted(races().values(), key=lambda race: race.slug)
    cases: list[Case] = []
    for template, intent in WORD_TEMPLATES:
        made = 0
        while made < 4:
            race = rng.choice(pool)
            phrase = next(iter(phrases_for(race, rng)))
            case = make_case(template.format(n=phrase.noun), intent, phrase.mention, race)
            if case and case.question not in {c.question for c in cases}:
                cases.append(case)
                made += 1
    return tuple(cases)


# Postal codes that are words too ("pa", "va", "oh"): typed in lower case after "in", they are the state.
WORDLIKE_CODES = ("pa", "va", "mi", "oh", "ma", "mo", "wa", "ut", "ar", "ne", "co", "ms")


@cache
def code_cases() -> tuple[Case, ...]:
    """ "latest poll in pa", "who leads in va": the race the state's code names, as the rule picks it."""
    rng = random.Random(SEED + 3)
    cases = []
    for code in WORDLIKE_CODES:
        template = rng.choice(["latest poll in {c}", "who leads in {c}", "polls in {c}", "whos ahead in {c}"])
        intent = "latest_poll" if template.startswith("latest") else "leader"
        case = make_case(template.format(c=code), intent, Mention(state=code.upper()))
        if case:
            cases.append(case)
    return tuple(cases)


@cache
def state_typo_cases() -> tuple[Case, ...]:
    """ "whos ahead in pensylvania": a state's one-word name with a typo, as typo_of makes them."""
    rng = random.Random(SEED + 2)
    cases: list[Case] = []
    for name, code, _ in STATES:
        typo = typo_of(fold(name), rng) if " " not in name else None
        if typo is None:
            continue
        template = rng.choice(["whos ahead in {s}", "who is winning {s}", "{s} polling average", "who leads in {s}"])
        case = make_case(template.format(s=typo), "leader", Mention(state=code))
        if case:
            cases.append(case)
    return tuple(cases)


# --------------------------------------------------------------------------------------------- traps
def trap(question: str, mention: Mention, why: str) -> Case:
    """A question whose right answer is no race (or one race the words around a trap still name)."""
    status, found = resolve(mention)
    slug = found[0].slug if status == "ok" else None
    return Case(" ".join(question.split()), (), slug, status=status, file=found[0].file if slug else "", why=why)


def _initials(pollster: str) -> str:
    words = [w for w in re.split(r"[\s/&-]+", pollster) if w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


@cache
def trap_cases() -> tuple[Case, ...]:
    """Questions a careless engine answers with a wrong race: each expected outcome comes from `resolve`."""
    rng = random.Random(SEED + 1)
    all_races = list(races().values())
    codes_with_races = {r.state for r in all_races if r.state}
    traps: list[Case] = []

    # A state code that is also a pollster's initials ("FL" and Frank Luntz).
    initials: dict[str, list[str]] = {}
    for pollster in sorted(pollsters()):
        if _initials(pollster) in codes_with_races:
            initials.setdefault(_initials(pollster), []).append(pollster)
    for code, names in sorted(initials.items()):
        traps.append(trap(f"{code} latest poll", Mention(state=code), f"{code} is also the initials of {names}"))
    for code in sorted(initials):
        districts = sorted({r.district for r in all_races if r.state == code and r.office == "house"} - {None})
        if districts:
            n = 26 if code == "FL" and 26 in districts else rng.choice(districts)
            traps.append(trap(f"{code}-{n} latest poll", Mention(state=code, district=n),
                              f"{code}-{n} is a real district; {code} is also a pollster's initials"))

    # A district number that only other states have.
    house = [r for r in all_races if r.office == "house"]
    states_of_district: dict[int, set[str]] = {}
    for r in house:
        states_of_district.setdefault(r.district or 0, set()).add(r.state or "")
    big_states = [s for s, _ in Counter(r.state for r in house).most_common(12)]
    for i, n in enumerate(sorted((n for n, s in states_of_district.items() if len(s) == 1 and n > 9),
                                 reverse=True)[:5]):
        other = [s for s in big_states if s not in states_of_district[n]][i]
        only = next(iter(states_of_district[n]))
        traps.append(trap(f"{other}-{n} latest poll", Mention(state=other, district=n),
                          f"only {only} has a district {n} in the files"))

    # A district the state does not have.
    for code, n in (("NE", 7), ("VT", 2), ("AK", 3), ("WY", 2), ("NH", 5), ("ME", 4), ("DE", 2)):
        assert not any(r.state == code and r.district == n for r in house)
        traps.append(trap(f"{code}-{n} latest poll", Mention(state=code, district=n), f"{code} has no district {n}"))
        traps.append(trap(f"who is running in {STATE_NAME[code].lower()}s {ordinal(n)} district",
                          Mention(state=code, district=n, office="house"), f"{code} has no district {n}"))

    # An office word alone.
    for question, office in [("governor polls", "governor"), ("senate average", "senate"),
                             ("who is running for governor", "governor"), ("latest senate poll", "senate"),
                             ("who leads the house race", "house"), ("house polling average", "house"),
                             ("gubernatorial latest poll", "governor"), ("who polled the senate race", "senate"),
                             ("latest congressional poll", "house"),
                             ("who is ahead in the governors race", "governor")]:
        traps.append(trap(question, Mention(office=office), "an office word alone names no race"))

    # A year with no race of that office (or of that state).
    years = [(year, office, words) for year in (2014, 2016, 2019, 2021, 2022, 2023)
             for office, words in (("senate", "senate polls"), ("governor", "governor latest poll"),
                                   ("house", "house polling average"), ("president", "presidential polling average"))
             if not any(r.office == office and r.cycle == year for r in all_races)]
    for year, office, words in [(2016, "senate", "senate polls"), *rng.sample(years, 6)]:
        if f"{year} {words}" not in {t.question for t in traps}:
            traps.append(trap(f"{year} {words}", Mention(office=office, cycle=year), f"no {office} race in {year}"))
    traps.append(trap("president 2018", Mention(office="president", cycle=2018), "no presidential race in 2018"))
    traps.append(trap("who won in 2019 vermont", Mention(state="VT", cycle=2019), "no Vermont race in 2019"))
    for code in ("TX", "FL", "AZ"):
        traps.append(trap(f"{STATE_NAME[code].lower()} governor 2020 latest poll",
                          Mention(state=code, office="governor", cycle=2020), f"no {code} governor race in 2020"))

    # A state with no race of that office.
    for office, words in (("senate", "senate latest poll"), ("governor", "governor polling average"),
                          ("house", "house race latest poll"), ("president", "presidential polling average")):
        having = {r.state for r in all_races if r.office == office}
        missing = [s for s in sorted(STATE_NAME) if s not in having]
        for code in rng.sample(missing, min(3, len(missing))):
            traps.append(trap(f"{STATE_NAME[code].lower()} {words}", Mention(state=code, office=office),
                              f"no {office} race in {code}"))

    # "special" or a stage the state's races never had.
    for code in rng.sample(sorted({r.state for r in all_races if r.office == "senate" and r.state}), 12):
        for mention, words in ((Mention(state=code, office="senate", special=True), "senate special election"),
                               (Mention(state=code, office="senate", stage="runoff"), "senate runoff")):
            if resolve(mention)[0] == "not_found" and len([t for t in traps if words in t.question]) < 3:
                traps.append(trap(f"latest {STATE_NAME[code].lower()} {words} poll", mention,
                                  f"no {words} in {code}"))

    # Candidates where they never ran, and many races at once.
    no_president = sorted(set(STATE_NAME) - {r.state for r in all_races if r.office == "president"})
    biden, trump, sinema = _by_surname("biden"), _by_surname("trump"), _by_surname("sinema")
    for code in no_president[:3]:
        traps.append(trap(f"biden vs trump in {STATE_NAME[code].lower()}",
                          Mention(state=code, candidates=(biden, trump)), f"no presidential race in {code}"))
    traps.append(trap("sinema vs trump", Mention(candidates=(sinema, trump)), "they never ran in one race"))
    for code in ("NY", "CA", "PA", "FL"):  # several districts polled in the newest cycle of House races there
        traps.append(trap(f"{STATE_NAME[code].lower()} house latest poll", Mention(state=code, office="house"),
                          f"{code} has many House races"))
    traps.append(trap("2018 senate polling average", Mention(office="senate", cycle=2018), "every 2018 Senate race"))
    for code in ("TX", "CA"):  # a district number no state has, written out: not the state's newest race
        traps.append(trap(f"polls in district 99 of {STATE_NAME[code].lower()}", Mention(state=code, district=99),
                          f"no district 99 in {code}"))
    assert len({t.question for t in traps}) == len(traps), "a trap is asked twice"
    return tuple(traps)


if __name__ == "__main__":
    real, traps = real_cases(), trap_cases()
    print(Counter(c.intents[0] for c in real), Counter(c.file for c in real), f"{len(traps)} traps")
    for case in real:
        print(f"{case.intents[0]:12} {case.question:60} {case.slug}  {[c.any_of[:3] for c in case.checks][:3]}")
    for case in traps:
        print(f"trap {case.status:10} {case.question:50} {case.slug}  ({case.why})")
