"""What a results question's answer must say, and its grading: right, wrong, or ruled out (a wrong person, race or
area answered)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from bot.engine.answers import Answer

Verdict = Literal["right", "wrong", "ruled_out"]
# Answers that say a thing is not in the data; "help" (not understood), "need_race" (which race?) and "ok" are not.
MISSING_STATUSES = frozenset({"not_found", "no_data"})


@dataclass(frozen=True)
class Expect:
    """Every group of `says` must have one of its texts in the answer; any text of `never` in it rules the answer
    out. `missing`: the answer must say the data lacks what was asked (a status of MISSING_STATUSES)."""

    says: tuple[tuple[str, ...], ...]
    never: tuple[str, ...] = ()
    missing: bool = False
    # A question the data answers only in part (a state asked of a county's file): a count with the part named, or
    # "no results" of the whole, may both be right.
    partial: bool = False


def fold(text: str) -> str:
    """Lower case without accents, and figures written one way: thousands unseparated ("1,728,159", "1.728.159",
    "1 728 159" -> 1728159) and a decimal comma a point ("48,3" -> 48.3)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", plain)
    plain = re.sub(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", plain)  # 1,234,567: the second separator
    return re.sub(r"(?<=\d),(?=\d)", ".", plain)


def answer_text(answer: Answer) -> str:
    """Everything a reader sees of an answer: title, summary, facts and the sources' names."""
    parts = [answer.title, answer.summary, *(fact.text for fact in answer.facts)]
    parts += [source.label for source in answer.sources]
    return fold("\n".join(parts))


def contains(text: str, wanted: str) -> bool:
    """Whether a folded text holds a wanted text: a figure as a whole figure (12 is not in 123 nor in 1.25), words
    at word starts."""
    wanted = fold(wanted)
    if re.fullmatch(r"[\d.]+", wanted):
        return re.search(rf"(?<![\d.]){re.escape(wanted)}(?!\.?\d)", text) is not None
    return re.search(rf"(?<!\w){re.escape(wanted)}", text) is not None


def grade(answer: Answer, expect: Expect) -> Verdict:
    """Right when every group is said and nothing ruled out; ruled out when a `never` text is said."""
    text = answer_text(answer)
    if any(contains(text, bad) for bad in expect.never):
        return "ruled_out"
    allowed = MISSING_STATUSES if expect.missing else MISSING_STATUSES | {"ok"} if expect.partial else {"ok"}
    if answer.status not in allowed:
        return "wrong"
    return "right" if all(any(contains(text, alt) for alt in group) for group in expect.says) else "wrong"
