"""A part of a month typed with it ("early august", "mid october", "the last week of september", "a finales de
agosto", "la primera semana de julio"): the month asked, narrowed to the days a poll's fieldwork must touch."""

from __future__ import annotations

import calendar
import datetime as dt

# A word right before the month: the month's first, middle or last third.
_PART_BEFORE = {"early": "early", "mid": "mid", "late": "late", "principios": "early", "inicios": "early",
                "comienzos": "early", "mediados": "mid", "finales": "late", "fines": "late"}
# Words before "of" / "de" and the month.
_PART_OF = {("beginning",): "early", ("start",): "early", ("middle",): "mid", ("end",): "late",
            ("first", "week"): "week1", ("second", "week"): "week2", ("third", "week"): "week3",
            ("fourth", "week"): "week4", ("last", "week"): "last_week", ("final", "week"): "last_week",
            ("primera", "semana"): "week1", ("segunda", "semana"): "week2", ("tercera", "semana"): "week3",
            ("cuarta", "semana"): "week4", ("ultima", "semana"): "last_week", ("principio",): "early",
            ("inicio",): "early", ("final",): "late", ("fin",): "late", ("mitad",): "mid"}
_OF = {"of", "de", "del"}
# The days of each part; the last ones end with the month.
_FIRST_DAYS = {"early": (1, 10), "mid": (11, 20), "week1": (1, 7), "week2": (8, 14), "week3": (15, 21),
               "week4": (22, 28)}
PARTS = ("early", "mid", "late", "week1", "week2", "week3", "week4", "last_week")


class MonthAsked(int):
    """A month's number, with the part of it the question named (None: the whole month)."""

    part: str | None

    def __new__(cls, month: int, part: str | None = None) -> MonthAsked:  # noqa: D102 - as int makes one
        made = super().__new__(cls, month)
        made.part = part
        return made

    def days(self, year: int) -> tuple[dt.date, dt.date]:
        """The first and last day asked, in a year."""
        last = calendar.monthrange(year, self)[1]
        first_day, last_day = _FIRST_DAYS.get(self.part or "", (1, last))
        if self.part == "late":
            first_day, last_day = 21, last
        elif self.part == "last_week":
            first_day, last_day = last - 6, last
        return dt.date(year, self, first_day), dt.date(year, self, last_day)


def part_of_month(words: list[str], at: int) -> str | None:
    """The part of the month named before the month word at `at` ("late", "the last week of"), or None."""
    before = words[at - 1] if at > 0 else ""
    if before in _PART_BEFORE:
        return _PART_BEFORE[before]
    if before not in _OF:
        return None
    for width in (2, 1):
        phrase = tuple(words[max(0, at - 1 - width):at - 1])
        if len(phrase) == width and phrase in _PART_OF:
            return _PART_OF[phrase]
        if len(phrase) == width and width == 1 and phrase[0] in _PART_BEFORE:  # "finales de agosto"
            return _PART_BEFORE[phrase[0]]
    return None
