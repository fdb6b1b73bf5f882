"""Given names of one person: equal, one an initial of the other, or nicknames of each other (the English pairs of
the `nicknames` package: Maggie-Margaret, Bob-Robert, Liz-Elizabeth).

The pairs are read once, from the package's own table (`nicknames.name_triplets`), into two small maps (about 2,700
pairs): the package's NickNamer builds lookup tables a question never needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class NicknameTable:
    """Folded given name -> its nicknames, and nickname -> the given names it is short for."""

    nicknames: dict[str, frozenset[str]]
    canonicals: dict[str, frozenset[str]]

    def nicknames_of(self, given: str) -> frozenset[str]:
        """The nicknames of a folded given name ("robert" -> bob, rob, robbie ...)."""
        return self.nicknames.get(given, frozenset())

    def canonicals_of(self, nickname: str) -> frozenset[str]:
        """The given names a folded nickname is short for ("liz" -> elizabeth ...)."""
        return self.canonicals.get(nickname, frozenset())


@cache
def nickname_table() -> NicknameTable:
    """The package's nickname pairs, read once per process."""
    from nicknames import name_triplets

    nicknames: dict[str, set[str]] = defaultdict(set)
    canonicals: dict[str, set[str]] = defaultdict(set)
    for triplet in name_triplets():
        if triplet.relationship == "has_nickname":
            nicknames[triplet.name1].add(triplet.name2)
            canonicals[triplet.name2].add(triplet.name1)
    return NicknameTable({k: frozenset(v) for k, v in nicknames.items()},
                         {k: frozenset(v) for k, v in canonicals.items()})


def given_compatible(a: str, b: str) -> bool:
    """Two folded given names of one person: equal, an initial of the other, or nicknames of each other."""
    return compatible_with(a)(b)


def compatible_with(a: str) -> Callable[[str], bool]:
    """`given_compatible(a, b)` for every b: the test of one given name against many, its nicknames looked up once."""
    a = a.replace(" ", "")
    table = nickname_table()
    nicknames = table.nicknames_of(a)

    def compatible(b: str) -> bool:
        b = b.replace(" ", "")
        if not a or not b:
            return False
        if a == b:
            return True
        if len(a) == 1 or len(b) == 1 or initials_typed(a) or initials_typed(b):  # "J.B." and "jb" are initials: "Jay"
            return a[0] == b[0]
        return b in nicknames or a in table.nicknames_of(b)

    return compatible


def initials_typed(word: str) -> bool:
    """Whether a given name of two letters and no vowel is initials typed together ("jb", "jd", "tj"; not "pct")."""
    return len(word) == 2 and not set(word) & set("aeiouy")
