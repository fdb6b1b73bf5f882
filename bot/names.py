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
