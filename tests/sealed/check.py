"""Grading an answer against its expectation: right, wrong, or ruled_out.

In order:
1. The data lacks what is asked (`present` False). Right: a status that says so (not_found, need_race, no_data;
   ambiguous too where a question back is allowed) about no race or the race asked of, or an ok answer whose
   summary names the missing thing with a negation. Ruled out: any other ok answer about a race, person or pollster
   (it answers a question the words ruled out). Anything else is wrong.
2. The data has it. Ruled out, whatever the status: an answer about another race than the expected or related ones;
   a question naming people answered with a candidate it did not name; a named pollster answered with another's poll.
3. Wrong: an answer about a race outside the expected ones (another race of the same person), one that shows what
   the question's constraint leaves out (another kind of endorser), a status other than ok (a question back is
   right where allowed), or one missing a group of the expected text (in title, summary or facts). Else right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.engine.answers import Answer
from tests.engine.real_questions import fold, words_of
from tests.sealed.expect import ANY_FIGURE, ASKING_STATUSES, MISSING_STATUSES, Expect

Grade = Literal["right", "wrong", "ruled_out"]
NEGATIONS = ("no", "not", "none", "dont", "don t", "isn t", "ningun", "ninguna", "no hay", "sin")


@dataclass(frozen=True)
class Verdict:
    grade: Grade
    why: str


def answer_text(answer: Answer) -> str:
    """The folded words an answer shows: title, summary and facts."""
    return fold(" ".join((answer.title, answer.summary, *(f.text for f in answer.facts))))


def contains(text: str, alternative: str) -> bool:
    """`alternative` (folded) is in folded `text` as whole words; a trailing "*" allows any ending; "#" is any
    figure."""
    if alternative == ANY_FIGURE:
        return re.search(r"\d", text) is not None
    prefix = alternative.endswith("*")
    words = fold(alternative.rstrip("*"))
    if not words:
        return False
    end = "" if prefix else r"(?!\w)"
    return re.search(rf"(?<!\w){re.escape(words)}{end}", text) is not None


def _names(answer: Answer, kind: str) -> set[str]:
    return {fold(e.name) for e in answer.entities if e.kind == kind}


def _surname(name: str) -> str:
    words = words_of(name.split(" / ")[0].split(" (")[0])
    return words[-1] if words else ""


def _others(answer: Answer, people: frozenset[str]) -> set[str]:
    """The candidates of the answer who are none of `people` (the same surname counts as the same person: names
    are written differently across files and answers)."""
    surnames = {_surname(p) for p in people}
    return {e.name for e in answer.entities if e.kind == "candidate" and _surname(e.name) not in surnames}


def _says_missing(answer: Answer, expect: Expect) -> bool:
    summary = fold(answer.summary)
    return any(contains(summary, m) for m in expect.missing) and any(contains(summary, n) for n in NEGATIONS)


def _ruled_out(answer: Answer, expect: Expect) -> str | None:
    """Why the answer states something the question rules out, or None."""
    if answer.race_slug and expect.slugs and answer.race_slug not in expect.slugs | expect.related:
        return f"another race: {answer.race_slug}"
    others = _others(answer, expect.people)
    if expect.people and others and answer.status == "ok":
        return f"another person: {', '.join(sorted(others))}"
    pollsters = _names(answer, "pollster")
    if expect.pollster and pollsters and fold(expect.pollster) not in pollsters:
        return f"another pollster: {', '.join(sorted(pollsters))}"
    return None


def grade(answer: Answer, expect: Expect) -> Verdict:
    """The verdict on one answer."""
    if not expect.present:
        if answer.race_slug and expect.slugs and answer.race_slug not in expect.slugs and answer.status != "ok":
            return Verdict("wrong", f"says what another race lacks: {answer.race_slug}")
        statuses = MISSING_STATUSES | (ASKING_STATUSES if expect.may_ask else set())
        if answer.status in statuses or _says_missing(answer, expect):
            return Verdict("right", "says it is not there")
        if answer.status == "ok" and (answer.race_slug or answer.entities):
            return Verdict("ruled_out", "a confident answer about something the question did not ask")
        return Verdict("wrong", f"status {answer.status}")
    ruled = _ruled_out(answer, expect)
    if ruled:
        return Verdict("ruled_out", ruled)
    if answer.race_slug and answer.race_slug not in expect.slugs and expect.slugs:
        return Verdict("wrong", f"about another race of the person: {answer.race_slug}")
    if answer.status != "ok":
        if expect.may_ask and answer.status in ASKING_STATUSES:
            return Verdict("right", "asks which one, as it may")
        return Verdict("wrong", f"status {answer.status}")
    text = answer_text(answer)
    shown = [e for e in expect.excludes if contains(answer_text(answer), e)]
    if shown:
        return Verdict("wrong", f"shows what the question left out: {shown[0]}")
    missing = [group for group in expect.says if not any(contains(text, alt) for alt in group)]
    if missing:
        return Verdict("wrong", f"does not say {' / '.join(missing[0][:3])}")
    return Verdict("right", "")
