"""What an answer must say, and the ways the data's names, numbers and dates may be written in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from tests.engine.real_questions import fold, words_of

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
ASKING_STATUSES = frozenset({"need_race", "ambiguous"})
MISSING_STATUSES = frozenset({"not_found", "need_race", "no_data"})
ANY_FIGURE = "#"  # a says-alternative met by any figure in the answer


@dataclass(frozen=True)
class Expect:
    """The expected answer of one question, derived from the data."""

    present: bool  # the data has what is asked; False: the right answer says it is not there
    says: tuple[tuple[str, ...], ...] = ()  # each group: one of its strings must be in the answer's text
    slugs: frozenset[str] = frozenset()  # the race(s) the answer may be about
    related: frozenset[str] = frozenset()  # races not asked about but not ruled out (the same person's other race)
    people: frozenset[str] = frozenset()  # the people the question names: another candidate's answer is ruled out
    pollster: str | None = None  # the pollster the question names
    missing: tuple[str, ...] = ()  # words naming what the data lacks
    may_ask: bool = False  # "which race?" or "which one?" is a right answer too
    excludes: tuple[str, ...] = ()  # strings a right answer does not show (what a dropped constraint lets in)

    def describe(self) -> str:
        """One line for the report."""
        if not self.present:
            return f"says there is no {' / '.join(self.missing) or 'such thing'}"
        parts = [f"race {'|'.join(sorted(self.slugs))}" if self.slugs else "",
                 f"people {', '.join(sorted(self.people))}" if self.people else "",
                 "says " + " & ".join("|".join(sorted(group)[:3]) for group in self.says) if self.says else ""]
        return "; ".join(p for p in parts if p)


def absent(*missing: str, slugs: Iterable[str] = ()) -> Expect:
    """The data has no such thing: the answer must say so (`slugs`: the race around the missing thing, if any)."""
    return Expect(False, missing=tuple(missing), slugs=frozenset(slugs))


def name_forms(name: str) -> tuple[str, ...]:
    """A person's name as an answer may write it: in full, or without the given name."""
    words = words_of(name)
    forms = [fold(name), " ".join(words)]
    if len(words) > 1:
        forms.append(" ".join(words[1:]) if words[1] in ("de", "van", "von", "la") else words[-1])
    return tuple(dict.fromkeys(forms))


def number_forms(value: float) -> tuple[str, ...]:
    """A count or a share, written any usual way (fold makes "1,446", "1.446" and "1 446" one form)."""
    if float(value).is_integer():
        return tuple(dict.fromkeys((f"{int(value):,}", str(int(value)))))
    return tuple(dict.fromkeys((f"{value:g}", f"{round(value, 1):g}")))


def day_forms(day: dt.date, year: bool = False) -> tuple[str, ...]:
    """A day as English and Spanish answers write it ("Oct 15", "October 15", "15 de octubre"), with its year."""
    forms = []
    for months in (MONTHS_EN, MONTHS_ES):
        month = months[day.month - 1]
        for name in (month, month[:3], month[:4]):
            for number in (str(day.day), f"{day.day:02d}"):
                forms += [f"{name} {number}", f"{number} de {name}", f"{number} {name}"]
    if year:
        forms = [f"{f} {day.year}" for f in forms] + [f"{f} de {day.year}" for f in forms]
    return (*dict.fromkeys(forms), day.isoformat())
