"""How a name was typed: each word the name's word or a typo of it, and whether a typed surname is another person's."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from bot.engine.thresholds import MAX_NAME_TYPOS
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.names import SUFFIXES
from bot.engine.understanding.question import Span
from bot.names import fold, ticket_head


def typed_like(typed: str, key: str) -> bool:
    """Whether each typed word is the key's word, in order, or a typo of it: one letter off in a word of up to
    five letters, two in a longer one ("kardashan"); "karen bliss" is not "karen bass"."""
    typed_words, key_words = typed.split(), key.split()
    if "".join(typed_words) == "".join(key_words):
        return True
    pairs = _aligned(typed_words, key_words)
    # and two typos in the whole name at most: three letters off make another name ("lucille roydal allebd")
    return pairs is not None and sum(OSA.distance(word, meant) for word, meant in pairs) <= MAX_NAME_TYPOS


def _aligned(typed_words: list[str], key_words: list[str]) -> list[tuple[str, str]] | None:
    """Each typed word with the word of the key it stands for (the key's words in order, each typed word the same
    word or a typo of it), or None when a typed word stands for none."""
    pairs: list[tuple[str, str]] = []
    position = 0
    for word in typed_words:
        while position < len(key_words) and not _close(word, key_words[position]):
            position += 1
        if position == len(key_words):
            return None
        pairs.append((word, key_words[position]))
        position += 1
    return pairs


def names_someone_else(typed: str, key: str, *, given_first: bool = True) -> bool:
    """Whether a name typed near a person's name is another person's: a typed surname that is not theirs but a real
    surname, common enough that someone is likely called it ("karen basso", "karen boss" are not Karen Bass; "karen
    bas", a spelling nobody has, is her name with a typo). A given name typed near theirs stays a typo ("karin").
    A firm's name (`given_first` False) begins with its founder's surname: "wellman group" is not the Mellman Group."""
    key_words = key.split()
    pairs = _aligned(typed.split(), key_words)
    real = lexicon()
    return pairs is not None and any(
        word != meant and real.is_real_surname(word) for word, meant in pairs
        if len(key_words) == 1 or meant != key_words[0]
        or not given_first and len(meant) > 3 and not real.is_common(meant))  # a firm's first word, a name


def _close(typed: str, word: str) -> bool:
    if len(word) < 4:  # a short word: one letter off, the first letter right ("jow" for "joe")
        allowed = 1 if typed[:1] == word[:1] and len(typed) >= 2 else 0
    else:
        allowed = 1 if len(word) < 6 else 2
    return OSA.distance(typed, word, score_cutoff=allowed + 1) <= allowed


def is_year(words: list[str]) -> bool:
    """Whether any of the words is a year ("2024")."""
    return any(re.fullmatch(r"(19|20)\d\d", w) for w in words)


def fewest_typos(span: Span, rivals: list[Span], others: list[Span]) -> tuple[Span, list[Span]]:
    """Of names a misspelt name is about as close to, the one it is fewest typos from, when one is: a swapped pair
    of letters is one typo, so "sofia bakre" is Sofia Baker, not Sofia Barker (a plain similarity ties them).
    `others`, people of the other kind on the same words, count too: as near as the closest, they keep the doubt."""
    if not rivals or span.match.score >= 100.0:
        return span, rivals
    everyone = [span, *rivals]
    typos = [OSA.distance(span.text, s.match.key) for s in everyone]
    fewest = min(typos)
    if typos.count(fewest) == 1 and all(OSA.distance(span.text, o.match.key) > fewest for o in others):
        return everyone[typos.index(fewest)], []
    return span, rivals


def without_juniors(span: Span, rivals: list[Span]) -> tuple[Span, list[Span]]:
    """A bare surname names the person without a suffix: "trump" is Donald Trump, not Donald Trump Jr."""
    if len(span.text.split()) != 1:
        return span, rivals
    everyone = [span, *rivals]
    plain = [s for s in everyone if not _has_suffix(s.match.entry.display)]
    if plain and len(plain) < len(everyone):  # (only a junior of a plain one's name: "love" is Mia Love or Preston
        names = {given_and_surname(s.match.entry.display) for s in plain}  # Love Jr., two people)
        kept = [s for s in everyone if s in plain or given_and_surname(s.match.entry.display) not in names]
        return kept[0], kept[1:]
    return span, rivals


def given_and_surname(name: str) -> tuple[str, str]:
    """A person's first given name and surname, a ticket's running mate, a suffix and middle names aside ("Robert F.
    Kennedy Jr.": robert, kennedy); no given name for a name of one word."""
    words = [w for w in fold(ticket_head(name)).split() if w not in SUFFIXES]
    return (words[0] if len(words) > 1 else "", words[-1] if words else "")


def _has_suffix(name: str) -> bool:
    return fold(name).split()[-1] in SUFFIXES
