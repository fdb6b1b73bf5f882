"""What a question sets aside ("the newest poll that wasn't from berkeley", "other than the police union", "the
regular race, not the special", "july, not june or august"): the words after a word of exclusion, which name what
the answer must leave out, never what it is about."""

from __future__ import annotations

from bot.engine.understanding.question import ParsedQuestion, Span

# Words and pairs of words that set what follows aside.
EXCLUDING_WORDS = {"not", "except", "excluding", "besides", "excepto", "salvo", "sin"}
EXCLUDING_PAIRS = {("other", "than"), ("apart", "from"), ("aside", "from"), ("aparte", "de"), ("ademas", "de"),
                   ("fuera", "de"), ("aparte", "del"), ("ademas", "del"), ("fuera", "del"), ("but", "not"),
                   ("no", "la"), ("no", "el"), ("no", "sea"), ("no", "fue"), ("no", "es"),
                   ("no", "en"), ("anyone", "but"),
                   ("anybody", "but"), ("everyone", "but"), ("cualquiera", "menos"), ("todos", "menos")}
# The words of exclusion themselves: no name's ("other than the police union" names no endorser "other").
EXCLUDING_CUES = frozenset(EXCLUDING_WORDS | {w for pair in EXCLUDING_PAIRS for w in pair} - {"la", "el", "de", "no"})
# Words between the word of exclusion and what it sets aside ("not the special", "wasn't from berkeley", "sin
# contar la encuesta de"); "in" only after words other than "not" ("who was not in the primary" asks who ran).
_BETWEEN = {"the", "a", "an", "from", "by", "of", "el", "la", "los", "las", "de", "del", "counting", "including",
            "contar", "one", "just", "only", "that", "this", "al", "done", "made", "conducted", "run", "taken", "hecha",
            "hecho", "realizada", "por"}
_JOINS = {"or", "and", "nor", "ni", "o", "y"}  # "not june or august"
_ITEM_WORDS = 3  # an item set aside is at most this many words before a join continues the list


def set_aside_at(words: list[str]) -> set[int]:
    """The first word of each thing the question sets aside ("the newest poll not from berkeley": berkeley's)."""
    starts: set[int] = set()
    for at, word in enumerate(words):
        pair = tuple(words[at:at + 2])
        if word in EXCLUDING_WORDS:
            j = at + 1
        elif pair in EXCLUDING_PAIRS:
            # "no la especial": "la" is an article, passed over below as "de" is ("que no sea de berkeley")
            j = at + 2 if pair[1] not in ("la", "el") else at + 1
        else:
            continue
        between = _BETWEEN if word == "not" else _BETWEEN | {"in", "en"}
        while True:
            while j < len(words) and words[j] in between:
                j += 1
            if j >= len(words):
                break
            starts.add(j)
            join = next((k for k in range(j + 1, min(j + 1 + _ITEM_WORDS, len(words))) if words[k] in _JOINS), None)
            if join is None:
                break
            j = join + 1
    return starts


def set_aside_words(words: list[str], starts: set[int]) -> set[int]:
    """The words of each thing set aside: from its first word to a join, a word of exclusion or _ITEM_WORDS on ("not
    the hyde-smith special": hyde, smith, special)."""
    found: set[int] = set()
    for start in starts:
        for i in range(start, min(start + _ITEM_WORDS, len(words))):
            if i > start and (words[i] in _JOINS or words[i] in EXCLUDING_CUES):
                break
            found.add(i)
    return found


def set_aside_spans(parsed: ParsedQuestion, starts: set[int],
                    kinds: tuple[str, ...] = ("pollster", "endorser", "candidate")) -> list[Span]:
    """Take out of the question's names the pollsters, endorsers and candidates it sets aside; returns them."""
    aside = [s for s in parsed.spans if s.match.entry.kind in kinds and any(s.start <= i < s.end for i in starts)]
    parsed.spans = [s for s in parsed.spans if s not in aside]
    # a name set aside that several people have, or nobody, is no question to ask back ("not the hyde-smith special")
    first = {parsed.words[i] for i in starts}
    words = {parsed.words[i] for i in set_aside_words(parsed.words, starts)}
    dropped = [(text, found) for text, found in parsed.ambiguous + parsed.unknown
               if text.split()[0] in first and set(text.split()) <= words]
    parsed.ambiguous = [a for a in parsed.ambiguous if a not in dropped]
    parsed.unknown = [u for u in parsed.unknown if u not in dropped]
    gone = first | {w for text, _ in dropped for w in text.split()}
    parsed.leftover = [w for w in parsed.leftover if w not in gone]
    return aside


# Words that take back what came before ("2024? no wait, i meant 2018", "en la general... digo, en la primaria").
CORRECTION_PHRASES = (("i", "meant"), ("i", "mean"), ("no", "wait"), ("wait", "no"), ("quise", "decir"),
                      ("digo",), ("perdon",), ("sorry",), ("actually",))


def taken_back(words: list[str], stages: set[str]) -> set[int]:
    """The years and stages typed before a correction that names another of the same kind: the later one is meant
    ("how many candidates in the 2024 arizona senate race? no wait, i meant 2018": 2018)."""
    at = next((i for i in range(len(words)) for p in CORRECTION_PHRASES if tuple(words[i:i + len(p)]) == p), None)
    if at is None:
        return set()
    dropped: set[int] = set()
    for kind in (lambda w: len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"), lambda w: w in stages):
        before = [i for i in range(at) if kind(words[i])]
        after = {words[i] for i in range(at, len(words)) if kind(words[i])}
        if after and any(words[i] not in after for i in before):
            dropped |= set(before)
    return dropped
