"""People's names by their structure: given, middle, surname and suffix (nameparser); when two spellings can name
one person; and the short forms people type a name by ("Maggie Hassan" for Margaret Wood Hassan).

nameparser is loaded on first use, by an import only: its tables take about 4 MB, which the serving path of questions
never needs. The nickname pairs are `bot.given_names`', shared with the question engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from bot.given_names import given_compatible
from bot.names import fold


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
    ("Herschel Walker" for Herschel Junior Walker), and the nickname the name itself gives (Robert "Bob" Casey).
    Other nicknames ("Maggie Hassan", "James Justice" for Jim Justice) are matched when a question is asked
    (bot.engine.understanding.names), never stored: stored, they would be other people's names ("Jane Ward" is not
    Jean Ward's but a Janet Ward typed with a typo)."""
    parts = parse_name(name)
    if not parts.complete or len(parts.given) == 1:
        return []
    surname = parts.surname_as_written
    forms = [f"{parts.given_as_written} {surname}"] if parts.middles or parts.suffix else []
    if parts.nickname:
        forms.append(f"{parts.nickname.title()} {surname}")
    own = fold(name)
    return [form for form in dict.fromkeys(forms) if fold(form) != own]


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


# A name in capitals of letters, initials and hyphens or apostrophes, surname first or last: written without
# nameparser. Particles of a surname ("DE LA CRUZ") stay lower case after the first word, as nameparser writes them.
_PLAIN_CAPITALS = re.compile(r"^[A-Z][A-Z.'\- ]*(?:,[A-Z.'\- ]+)?$")
_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV"})
_PARTICLES = frozenset({"de", "la", "del", "della", "van", "von", "der", "den", "da", "di", "du", "le", "st"})


def _word_as_written(word: str, position: int) -> str:
    lower = word.lower()
    if position > 0 and lower in _PARTICLES and lower != "st":
        return lower
    pieces = re.split(r"([-'])", lower)
    written = "".join(p if p in "-'" else p[:1].upper() + p[1:] for p in pieces)
    if len(written) > 3 and written.startswith("Mc"):
        written = "Mc" + written[2:].capitalize()
    return written


@lru_cache(maxsize=1 << 14)
def name_as_written(name: str) -> str:
    """A name in the order and case people write it: "HARRIS, KAMALA D." -> "Kamala D. Harris", "MCCORMICK, DAVE"
    -> "Dave McCormick" (nameparser's capitalisation); a name already in mixed case keeps its case, and any name
    its order (surname last). Line breaks and runs of spaces inside a cell are one space."""
    plain = " ".join(name.split())
    letters = [c for c in plain if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters)
    if not shouting and "," not in plain:
        return plain
    if shouting and _PLAIN_CAPITALS.match(plain):  # most names of a returns file: a hundredth of nameparser's cost
        surname, _, given = plain.partition(",")
        words = [*given.split(), *surname.split()] if given else surname.split()
        suffix = [w for w in words if w.rstrip(".") in _SUFFIXES]
        words = [w for w in words if w.rstrip(".") not in _SUFFIXES]
        return " ".join([*(_word_as_written(w, i) for i, w in enumerate(words)),
                         *(s.rstrip(".").capitalize() if s.rstrip(".") in ("JR", "SR") else s for s in suffix)])
    parsed = _human_name()(plain)
    if shouting:
        parsed.capitalize(force=True)
    written = " ".join(str(parsed).split())
    return written or plain
