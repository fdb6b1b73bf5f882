"""Facts and names read from the bundled LA race and the 538 files, for the generated question sets.

The question sets derive every expected answer from here, never by hand: when the data grows (more polls,
endorser aliases), the questions and their expectations grow with it.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz.distance import OSA

from bot.engine.understanding.lexicon import lexicon

ROOT = Path(__file__).resolve().parents[2]
LA_BUNDLES = (ROOT / "data" / "races" / "la-mayor-2022.yaml", ROOT / "data" / "races" / "la-mayor-2022-public.yaml")
FIVETHIRTYEIGHT = ROOT.parent / "shared" / "data" / "fivethirtyeight"


def candidate_poll_files() -> list[Path]:
    """The 538 files of polls of candidates (a row per answer, with `candidate_name`): not the generic ballot's wide
    file of parties, which has no candidates."""
    files = []
    for path in sorted(FIVETHIRTYEIGHT.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            if "candidate_name" in next(csv.reader(handle), []):
                files.append(path)
    return files
SEED = 10

PERSON_TYPES = {"person", "celebrity", "official"}
FUNCTION_WORDS = {"of", "the", "for", "and", "de", "la", "del"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Words that say what kind of pollster a name is, not which one ("Siena College", "Change Research").
GENERIC_POLLSTER_WORDS = {"college", "university", "research", "group", "polling", "poll", "strategies", "insights",
                          "institute", "associates", "analytics", "opinion", "center", "centre", "study", "studies",
                          "governmental", "public", "policy", "survey", "surveys", "partners", "consulting", "law",
                          "school", "not", "named", "uc", "of", "the", "for"}
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def fold(text: str) -> str:
    """Lower case without accents or punctuation, as people type on Discord: "Kevin de León" -> "kevin de leon"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w\s]+", " ", stripped.replace("'", "").replace("’", "")).split())


def distance(a: str, b: str) -> int:
    """Typos between two folded names: letters dropped, added, replaced or swapped (optimal string alignment)."""
    return OSA.distance(a, b)


# ------------------------------------------------------------------------------------------- the LA race
@dataclass(frozen=True)
class Candidate:
    name: str
    aliases: tuple[str, ...]
    status: str | None


@dataclass(frozen=True)
class Endorsement:
    endorser: str
    endorser_type: str
    candidate: str
    aliases: tuple[str, ...]  # the bundle's endorser_aliases, and short forms derived from the bundle's own text


@dataclass(frozen=True)
class Subgroup:
    name: str
    results: dict[str, float]
    leader: str | None
    about: str | None


@dataclass(frozen=True)
class Poll:
    id: str
    pollster: str
    sponsors: tuple[str, ...]
    as_of: dt.date  # end of fieldwork, or the day it was reported when the sources give no field dates
    results: dict[str, float]
    has_questions: bool  # several questions: which one is the topline is the engine's choice
    subgroups: tuple[Subgroup, ...]
    start: dt.date | None = None  # first day of fieldwork, when the sources give it
    population: str | None = None  # whom it asked: "lv", "rv", "a"

    @property
    def months(self) -> set[int]:
        """The months a poll is of: every month its fieldwork touched (or the one it was reported in)."""
        first = self.start or self.as_of
        return {(first.month + k - 1) % 12 + 1 for k in range((self.as_of.year - first.year) * 12
                                                               + self.as_of.month - first.month + 1)}

    @property
    def leader_pct(self) -> float | None:
        shares = sorted(self.results.values(), reverse=True)
        return shares[0] if shares and (len(shares) < 2 or shares[0] != shares[1]) else None


@dataclass(frozen=True)
class Result:
    candidate: str
    votes: int | None
    pct: float | None


@dataclass(frozen=True)
class Race:
    slug: str
    name: str
    places: tuple[str, ...]
    stages: dict[str, dt.date]
    candidates: tuple[Candidate, ...]
    polls: tuple[Poll, ...]
    endorsements: tuple[Endorsement, ...]
    results: dict[str, tuple[Result, ...]]
    text: str = field(repr=False)  # every bundle's raw text: an acronym written in it is one people use
    named_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the bundles' pollsters: aliases

    def candidate(self, name: str) -> Candidate:
        return next(c for c in self.candidates if c.name == name)

    def subgroups_by_name(self) -> dict[str, list[Subgroup]]:
        """Each group of voters the polls report, with its figures in every poll that has it."""
        groups: dict[str, list[Subgroup]] = {}
        for poll in self.polls:
            for group in poll.subgroups:
                groups.setdefault(group.name, []).append(group)
        return groups

    def endorsers_of(self, candidate: str, endorser_type: str | None = None) -> list[str]:
        return list(dict.fromkeys(e.endorser for e in self.endorsements if e.candidate == candidate
                                  and (endorser_type is None or e.endorser_type == endorser_type)))

    def endorsed_by(self, endorser: str) -> list[str]:
        return list(dict.fromkeys(e.candidate for e in self.endorsements if e.endorser == endorser))

    def endorsers(self) -> list[Endorsement]:
        """One entry per endorser (the first), with the aliases of all its entries."""
        first: dict[str, Endorsement] = {}
        for e in self.endorsements:
            known = first.get(e.endorser)
            aliases = tuple(dict.fromkeys([*(known.aliases if known else ()), *e.aliases]))
            first[e.endorser] = Endorsement(e.endorser, (known or e).endorser_type, (known or e).candidate, aliases)
        return list(first.values())

    def newest_polls(self, polls: Iterable[Poll]) -> list[Poll]:
        """The newest of some polls: several when they share the newest date."""
        polls = list(polls)
        if not polls:
            return []
        newest = max(p.as_of for p in polls)
        return [p for p in polls if p.as_of == newest]

    def short_forms(self, name: str) -> list[str]:
        """Names as people shorten them: the race's shortest place for its long one ("LA Times"), acronyms the
        bundles write themselves ("UTLA", "IGS"), and a university's initials ("LMU")."""
        forms = []
        long_places = sorted((p for p in self.places if len(p.split()) > 1), key=len, reverse=True)
        short_place = min(self.places, key=len)
        for place in long_places:
            if place in name:
                forms.append(name.replace(place, short_place))
                break
        words = re.sub(r"\(.*?\)", " ", name).replace(",", " ").split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + 1):
                run = words[start:end]
                if run[0].lower() in FUNCTION_WORDS or run[-1].lower() in FUNCTION_WORDS:
                    continue
                if not all(w[0].isupper() for w in run if w.lower() not in FUNCTION_WORDS):
                    continue
                acronym = "".join(w[0] for w in run if w.lower() not in FUNCTION_WORDS).upper()
                if len(acronym) < 3:
                    continue
                if re.search(rf"\b{acronym}\b", self.text) or run[-1] in ("University", "College"):
                    forms.append(acronym)
        forms += re.findall(r"\((\w+)\)", name)  # "... Los Angeles (StudyLA)"
        return list(dict.fromkeys(f for f in forms if f != name))

    def pollster_nicknames(self, pollster: str, sponsor: bool = False) -> list[str]:
        """How people name a pollster or a sponsor: the aliases the bundles give, a pollster's first distinctive
        word ("Berkeley", "Wallin", "FM3") and the short forms."""
        words = re.sub(r"\(.*?\)", " ", pollster).replace(".", " ").split()
        distinctive = [w for w in words if w.lower() not in GENERIC_POLLSTER_WORDS and len(w) >= 3
                       and (len(w) >= 4 or any(ch.isdigit() for ch in w))]
        forms = [*self.named_aliases.get(pollster, ()), *([] if sponsor else distinctive[:1]),
                 *self.short_forms(pollster)]
        return [f for f in dict.fromkeys(forms) if f != pollster]


@cache
def la_race() -> Race:
    """The LA race as the two bundles give it together (the loader imports both into one race)."""
    texts = [path.read_text(encoding="utf-8") for path in LA_BUNDLES]
    races = [yaml.safe_load(text)["races"][0] for text in texts]
    text = "\n".join(texts)
    candidates: dict[str, Candidate] = {}
    polls: dict[str, Poll] = {}
    endorsements: dict[tuple[str, str, str], dict] = {}
    results: dict[str, tuple[Result, ...]] = {}
    named_aliases: dict[str, list[str]] = {}
    for bundle in (yaml.safe_load(text) for text in texts):
        for entry in bundle.get("pollsters") or []:
            named_aliases.setdefault(entry["name"], []).extend(entry.get("aliases", []))
    for race in races:
        for c in race.get("candidates", []):
            known = candidates.get(c["name"])
            aliases = tuple(dict.fromkeys([*(known.aliases if known else ()), *c.get("aliases", [])]))
            candidates[c["name"]] = Candidate(c["name"], aliases, c.get("status") or (known.status if known else None))
        for p in race.get("polls", []):
            polls[p["id"]] = _poll(p)
        for e in race.get("endorsements", []):
            endorsements.setdefault((e["endorser"], e["candidate"], e.get("endorser_type", "")), e)
        for r in race.get("results", []):
            results[r["stage"]] = tuple(Result(x["candidate"], x.get("votes"), x.get("pct")) for x in r["results"])
    first = races[-1]
    partial = Race(first["slug"], first["name"], tuple(first.get("places", [])),
                   {s["stage"]: s["date"] for s in first["stages"]}, tuple(candidates.values()),
                   tuple(sorted(polls.values(), key=lambda p: (p.as_of, p.id))), (), results, text,
                   {name: tuple(dict.fromkeys(aliases)) for name, aliases in named_aliases.items()})
    with_aliases = []
    for e in endorsements.values():
        aliases = [*e.get("endorser_aliases", []), *partial.short_forms(e["endorser"])]
        with_aliases.append(Endorsement(e["endorser"], e.get("endorser_type", ""), e["candidate"],
                                        tuple(dict.fromkeys(aliases))))
    return Race(partial.slug, partial.name, partial.places, partial.stages, partial.candidates, partial.polls,
                tuple(with_aliases), partial.results, text, partial.named_aliases)


def _poll(p: dict) -> Poll:
    questions = p.get("questions") or []
    results = p.get("results") or (questions[0]["results"] if questions else {})
    subgroups = tuple(Subgroup(s["name"], s.get("results") or {}, s.get("leader"), s.get("about"))
                      for s in p.get("subgroups", []))
    return Poll(p["id"], p["pollster"], tuple(p.get("sponsors", [])), p.get("end_date") or p["reported"],
                dict(results), bool(questions), subgroups, p.get("start_date"), p.get("population"))


# ------------------------------------------------------------------------------------------ the 538 files
@dataclass(frozen=True)
class FileNames:
    candidates: tuple[str, ...]  # every candidate name of the 538 files
    pollsters: tuple[str, ...]
    sponsors: tuple[str, ...]


@cache
def fivethirtyeight_names() -> FileNames:
    candidates: dict[str, None] = {}
    pollsters: dict[str, None] = {}
    sponsors: dict[str, None] = {}
    for path in candidate_poll_files():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                candidates[row["candidate_name"].strip()] = None
                pollsters[row["pollster"].strip()] = None
                for sponsor in row.get("sponsors", "").split(","):
                    if sponsor.strip():
                        sponsors[sponsor.strip()] = None
    return FileNames(tuple(candidates), tuple(pollsters), tuple(sponsors))


# -------------------------------------------------------------------------------------- names as keys
@dataclass(frozen=True)
class Named:
    """Someone or something a question can name: kind is candidate, endorser or pollster."""

    kind: str
    name: str
    person: bool
    aliases: tuple[str, ...] = ()


def first_and_last(name: str) -> tuple[str, str] | None:
    """A person's first name and surname, folded: "Kevin de León" -> ("kevin", "de leon"), "Lucille Roybal-Allard"
    -> ("lucille", "roybal allard"), "Joe Manchin, III" -> ("joe", "manchin"); None for a name of one word."""
    words = [fold(w) for w in name.split() if fold(w) and fold(w) not in SUFFIXES]
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1] in FUNCTION_WORDS:
        start -= 1
    return words[0], " ".join(words[start:])


def surname(name: str) -> str:
    """A person's surname as the data writes it: "Kevin de León" -> "de León"; the name itself if of one word."""
    words = [w for w in name.split() if fold(w) not in SUFFIXES]
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]) in FUNCTION_WORDS:
        start -= 1
    return " ".join(words[start:]).rstrip(",")


def keys_of(named: Named) -> set[str]:
    """Every form of a name that means that one: the name, its aliases, and for a person the name without middle
    names or initials ("stacey abrams" for "Stacey Yvonne Abrams") and the surname alone."""
    keys = {fold(named.name), *(fold(a) for a in named.aliases)}
    if named.person:
        for name in (named.name, *named.aliases):
            parts = first_and_last(name)
            if parts:
                keys |= {" ".join(parts), parts[1]}
    return {k for k in keys if k}


def la_named(race: Race | None = None) -> list[Named]:
    race = race or la_race()
    named = [Named("candidate", c.name, True, c.aliases) for c in race.candidates]
    named += [Named("endorser", e.endorser, e.endorser_type in PERSON_TYPES, e.aliases) for e in race.endorsers()]
    named += [Named("pollster", p, False, tuple(race.pollster_nicknames(p)))
              for p in dict.fromkeys(p.pollster for p in race.polls)]
    named += [Named("pollster", s, False, tuple(race.pollster_nicknames(s, sponsor=True)))
              for s in dict.fromkeys(s for p in race.polls for s in p.sponsors)]
    return named


@cache
def all_named() -> tuple[Named, ...]:
    """The names of the LA bundles and of the 538 files together."""
    files = fivethirtyeight_names()
    named = la_named()
    named += [Named("candidate", n, True) for n in files.candidates]
    named += [Named("pollster", n, False) for n in (*files.pollsters, *files.sponsors)]
    return tuple(named)


class KeyIndex:
    """Folded keys of names, to measure how near a text is to each of them."""

    def __init__(self, named: Iterable[Named]) -> None:
        self.owners: dict[str, set[str]] = defaultdict(set)  # key -> folded display names that have it
        for n in named:
            for key in keys_of(n):
                self.owners[key].add(fold(n.name))
        self.keys = list(self.owners)
        self.words = {w for key in self.keys for w in key.split()}

    def nearest(self, text: str) -> tuple[int, set[str]]:
        """The smallest distance from the text to any key, and the names that have a key that near."""
        best, owners = 10**6, set()
        for key in self.keys:
            d = distance(text, key)
            if d < best:
                best, owners = d, set(self.owners[key])
            elif d == best:
                owners |= self.owners[key]
        return best, owners


# ------------------------------------------------------------------------------------------------ typos
def _neighbours() -> dict[str, str]:
    near: dict[str, str] = {}
    for r, row in enumerate(KEYBOARD_ROWS):
        for i, ch in enumerate(row):
            around = row[max(i - 1, 0):i] + row[i + 1:i + 2]
            for other in (r - 1, r + 1):
                if 0 <= other < len(KEYBOARD_ROWS):
                    around += KEYBOARD_ROWS[other][max(i - 1, 0):i + 1]
            near[ch] = around
    return near


NEIGHBOURS = _neighbours()


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def edits_allowed(text: str) -> int:
    """One or two typos in a name of six letters or more, one in a name of four or five, none in a shorter one."""
    count = letters(text)
    return 2 if count >= 6 else 1 if count >= 4 else 0


def typos_per_word_allowed(name: str, typo: str) -> bool:
    """The issue's standard of a close typo, word by word: one letter off in a word of four or five letters, two in
    a longer one, none in a shorter one ("karen bliss" is not a typo of "karen bass")."""
    words, typed = name.split(), typo.split()
    return len(words) == len(typed) and all(
        distance(w, t) <= (2 if letters(w) >= 6 else 1 if letters(w) >= 4 else 0) for w, t in zip(words, typed,
                                                                                                  strict=True))


def nobody_is_called(name: str, typo: str) -> bool:
    """Whether each misspelt word is a word nobody is called and no word of the language (issue 21: "a typo is a
    word nobody is called"; "Basso" is a real surname, "time" a word, so neither is a typo of a name)."""
    words = lexicon()
    return not any(w != t and (words.is_real_name(t) or words.is_common(t))
                   for w, t in zip(name.split(), typo.split(), strict=False))


def one_typo(text: str, rng: random.Random) -> str:
    """One letter dropped, doubled, swapped with the next or replaced by a key next to it on the keyboard; never
    the first letter of a word (people get those right)."""
    inner = [i for i, ch in enumerate(text) if ch.isalpha() and i > 0 and text[i - 1].isalpha()]
    if not inner:
        return text
    i = rng.choice(inner)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return text[:i] + text[i + 1:]
    if kind == "double":
        return text[:i + 1] + text[i] + text[i + 1:]
    if kind == "swap" and i + 1 < len(text) and text[i + 1].isalpha() and text[i + 1] != text[i]:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    near = NEIGHBOURS.get(text[i], "")
    return text[:i] + rng.choice(near) + text[i + 1:] if near else text[:i] + text[i + 1:]


def make_typo(text: str, owner: str, rng: random.Random, index: KeyIndex, max_edits: int = 2,
              tries: int = 20) -> str | None:
    """A typo of a name or alias (lower case, no accents) nearer to its owner than to anybody else, or None."""
    folded = fold(text)
    allowed = min(edits_allowed(folded), max_edits)
    if allowed == 0:
        return None
    for _ in range(tries):
        typo = folded
        for _ in range(rng.randint(1, allowed)):
            typo = one_typo(typo, rng)
        if typo == folded or not typos_per_word_allowed(folded, typo) or not nobody_is_called(folded, typo):
            continue
        _, owners = index.nearest(typo)
        if owners == {fold(owner)}:
            return typo
    return None
