"""Normalising names for matching: case, accents, punctuation and possessives."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(\w)['\u2019]s\b")


@lru_cache(maxsize=1 << 16)  # a file or a question names the same few thousand people again and again
def fold(text: str) -> str:
    """Lower case without accents, punctuation or repeated spaces: "Kevin de León's" -> "kevin de leons"."""
    if text.isascii():  # most names: nothing to decompose, and splitting them into characters is most of the cost
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = _NON_WORD.sub(" ", stripped.casefold().replace("'", "").replace("\u2019", ""))
    return _SPACES.sub(" ", cleaned).strip()


def fold_name(text: str) -> str:
    """Like fold, but drops a possessive first: "Bass's" -> "bass"."""
    return fold(_POSSESSIVE.sub(r"\1", text) if "'" in text or "\u2019" in text else text)


def slugify(text: str) -> str:
    """The text as a slug: folded, words joined by hyphens."""
    return fold(text).replace("_", " ").replace(" ", "-").strip("-")


def ticket_head(name: str) -> str:
    """A ticket's head ("Kamala D. Harris / Tim Walz": Kamala D. Harris); a person's name as it is."""
    return name.split("/")[0].strip()


# How files write the parties: "DEM", "Democratic", "Democrat", "D" are one party.
_PARTIES = {"democratic": "dem", "democrat": "dem", "d": "dem", "republican": "rep", "gop": "rep", "r": "rep",
            "libertarian": "lib", "l": "lib", "green": "gre", "grn": "gre", "g": "gre", "independent": "ind",
            "i": "ind", "constitution": "con"}


def party_key(party: str | None) -> str | None:
    """A party as compared: "Democratic", "DEM", "Democratic Party" are "dem"; None stays None."""
    if not party:
        return None
    words = [w for w in fold(party).split() if w != "party"]
    text = " ".join(words)
    return _PARTIES.get(text, text)


PARTY_NAMES = {"dem": "Democratic", "rep": "Republican", "lib": "Libertarian", "gre": "Green", "ind": "Independent",
               "con": "Constitution"}


def party_name(party: str) -> str:
    """A party as people name it: "DEM" is "Democratic"; one no list has ("Working Families") as written."""
    return PARTY_NAMES.get(party_key(party) or "", party)
