"""People's names by their structure: given, middle, surname and suffix (nameparser); when two spellings can name
one person; and the short forms people type a name by ("Maggie Hassan" for Margaret Wood Hassan).

nameparser is loaded on first use, by an import only: its tables take about 4 MB, which the serving path of questions
never needs. The nickname pairs are `bot.given_names`', shared with the question engine.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bot.given_names import given_compatible, nickname_table
from bot.names import fold

# A nickname people are really called: at least one in 10,000 Americans has it as their given name (the 1990 Census
# lists the `names` package ships). The nicknames package also holds forms nobody goes by today ("hob" for Robert).
NICKNAME_MIN_PERCENT = 0.01
MAX_NICKNAMES = 2  # nickname forms stored per person at most, of the given name's initial first: the index stays small


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in parts, each folded ("Margaret Wood Hassan" -> margaret, (wood,), hassan)."""

    given: str
    middles: tuple[str, ...]
    surname: str
    suffix: str
    nickname: str  # a nickname the name itself gives: Robert "Bob" Casey
    given_as_written: str
    surname_as_written: str

    @property
    def complete(self) -> bool:
        """Whether the name has both a given name and a surname (one word, "Cher", has no surname to compare)."""
        return bool(self.given and self.surname)

    @property
    def given_names(self) -> tuple[str, ...]:
        """The given name and the nickname the name gives, if any."""
        return (self.given, self.nickname) if self.nickname else (self.given,)


@lru_cache(maxsize=1 << 14)
def parse_name(name: str) -> PersonName:
    """The parts of a person's name, folded (nameparser: "Kevin de León" has the surname "de leon")."""
    words = name.split()
    if 2 <= len(words) <= 4 and all(_plain_word(word) for word in words):
        # What nameparser makes of a name of plain words, at a hundredth of its cost: most names are such.
        first, *middles, last = words
        return PersonName(given=fold(first), middles=tuple(fold(m) for m in middles), surname=fold(last), suffix="",
                          nickname="", given_as_written=first, surname_as_written=last)
    parsed = _human_name()(name)
    return PersonName(given=fold(parsed.first), middles=tuple(fold(m) for m in parsed.middle.split()),
                      surname=fold(parsed.last), suffix=fold(parsed.suffix), nickname=fold(parsed.nickname),
                      given_as_written=parsed.first, surname_as_written=parsed.last)


def _plain_word(word: str) -> bool:
    """A word nameparser reads as a plain part of a name: letters (an initial's period, an apostrophe or a hyphen
    inside), and none of its titles, particles, suffixes or conjunctions."""
    bare = word.rstrip(".")
    if not bare.replace("'", "").replace("-", "").isalpha() or "." in bare:
        return False
    return bare.lower() not in _special_words()


def same_person_names(a: str, b: str) -> bool:
    """Whether two spellings can name one person: the same surname, given names equal, one an initial of the other
    or nicknames of each other; middle names and suffixes optional, but two that are given must agree ("Thomas H.
    Kean" is "Thomas Kean Jr.", not "Thomas J. Kean")."""
    first, second = parse_name(a), parse_name(b)
    if not (first.complete and second.complete) or first.surname != second.surname:
        return False
    if first.suffix and second.suffix and first.suffix != second.suffix:
        return False
    if first.middles and second.middles and not given_compatible(first.middles[0], second.middles[0]):
        return False
    return any(given_compatible(x, y) for x in first.given_names for y in second.given_names)


def typed_forms(name: str) -> list[str]:
    """The forms people type a name by, besides the name: the given name and surname without middle names or suffix
    ("Herschel Walker" for Herschel Junior Walker), and the given name's common nicknames ("Maggie Hassan"), or for
    a nickname its usual full form ("James Justice" for Jim Justice)."""
    parts = parse_name(name)
    if not parts.complete or len(parts.given) == 1:
        return []
    surname = parts.surname_as_written
    forms = [f"{parts.given_as_written} {surname}"] if parts.middles or parts.suffix else []
    if parts.nickname:
        forms.append(f"{parts.nickname.title()} {surname}")
    forms += [f"{nickname.title()} {surname}" for nickname in common_nicknames(parts.given)]
    own = fold(name)
    return [form for form in dict.fromkeys(forms) if fold(form) != own]


@lru_cache(maxsize=1 << 12)
def common_nicknames(given: str) -> tuple[str, ...]:
    """The nicknames of a folded given name people are really called by, of its initial and the most common first
    (MAX_NICKNAMES at most);
    for a nickname, its usual full form first: the most common one of the same initial, if it is more common than
    the nickname ("jim" -> "james"; not "margaret" -> "gretchen", which the package also lists)."""
    nicknames = nickname_table()
    percent = _given_name_percent()
    # Of the given name's initial first ("maggie", "margie" for Margaret): the package pairs Margaret with Rita and
    # Robert with Billy too, which people rarely mean
    common = [n for n in nicknames.nicknames_of(given) if percent.get(n, 0.0) >= NICKNAME_MIN_PERCENT]
    common.sort(key=lambda n: (n[0] != given[0], -percent[n], n))
    # Only a full form of the same initial: the package's pairs run both ways, and "lee" is also a nickname of
    # Shirley and Ashley, which no Lee is called.
    full = sorted((n for n in nicknames.canonicals_of(given) if n[0] == given[0]),
                  key=lambda n: (-percent.get(n, 0.0), n))[:1]
    if full and percent.get(full[0], 0.0) <= max(percent.get(given, 0.0), NICKNAME_MIN_PERCENT):
        full = []
    return tuple(dict.fromkeys([*full, *common]))[:MAX_NICKNAMES]


@cache
def _human_name() -> Any:
    """nameparser's HumanName, imported on first use (an import's, never a question's)."""
    from nameparser import HumanName

    return HumanName


@cache
def _special_words() -> frozenset[str]:
    """The words nameparser gives a part of their own (titles, particles, suffixes, conjunctions), lower case."""
    from nameparser.config import CONSTANTS

    words: set[str] = set()
    for kind in (CONSTANTS.titles, CONSTANTS.first_name_titles, CONSTANTS.prefixes, CONSTANTS.suffix_acronyms,
                 CONSTANTS.suffix_not_acronyms, CONSTANTS.conjunctions):
        words.update(word.lower().replace(".", "") for word in kind)
    return frozenset(words)


@cache
def _given_name_percent() -> dict[str, float]:
    """Folded given name -> the percent of Americans who have it (the Census lists of the `names` package, read from
    its data files: lines of "NAME  percent  cumulative  rank"); the larger of the women's and men's figures."""
    percent: dict[str, float] = {}
    for sex in ("female", "male"):
        with (_package_dir("names") / f"dist.{sex}.first").open(encoding="ascii") as lines:
            for line in lines:
                fields = line.split()
                if len(fields) >= 2:
                    name = fields[0].lower()
                    percent[name] = max(percent.get(name, 0.0), float(fields[1]))
    return percent


def _package_dir(package: str) -> Path:
    """The folder a package is installed in, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))
