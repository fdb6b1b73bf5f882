"""When scheduled posts are due: daily or weekly at a wall-clock time in a server's timezone."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.i18n import ENGLISH, Messages

WHATS = ("polls", "endorsements", "digest", "results")
CADENCES = ("instant", "daily", "weekly")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_TIME = "09:00"
DEFAULT_TIMEZONE = "UTC"
_TIME = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)


class ScheduleError(ValueError):
    """A time, weekday or timezone the user typed is not valid; the message says what to type instead."""

    def __init__(self, message: str, kind: str = "", text: str = "") -> None:
        super().__init__(message)
        self.kind = kind  # time, weekday, timezone
        self.text = text

    def message(self, m: Messages) -> str:
        """What to type instead, in the asker's language."""
        _ = m.gettext
        if self.kind == "time":
            return _("“{text}” is not a time: use HH:MM, e.g. 09:00 or 18:30.").format(text=self.text)
        if self.kind == "weekday":
            return _("“{text}” is not a day of the week: use monday … sunday.").format(text=self.text)
        if self.kind == "timezone":
            return _("“{text}” is not a timezone: use a name like Europe/Paris or America/Los_Angeles.").format(
                text=self.text)
        return str(self)


def parse_time(text: str) -> str:
    """'9', '9:30', '21:05', '9pm' -> 'HH:MM' (24-hour)."""
    match = _TIME.match(text)
    if not match:
        raise ScheduleError(f"“{text}” is not a time: use HH:MM, e.g. 09:00 or 18:30.", "time", text)
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ScheduleError(f"“{text}” is not a time: use HH:MM, e.g. 09:00 or 18:30.", "time", text)
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ScheduleError(f"“{text}” is not a time: use HH:MM, e.g. 09:00 or 18:30.", "time", text)
    return f"{hour:02d}:{minute:02d}"


def parse_weekday(text: str) -> int:
    """The number of a weekday (0 for Monday) from its name or first three letters or more."""
    folded = text.strip().lower()
    for number, name in enumerate(WEEKDAYS):
        if len(folded) >= 3 and name.startswith(folded):
            return number
    raise ScheduleError(f"“{text}” is not a day of the week: use monday … sunday.", "weekday", text)


def zone(name: str) -> ZoneInfo:
    """The timezone of an IANA name; ScheduleError for a name there is none of."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"“{name}” is not a timezone: use a name like Europe/Paris or America/Los_Angeles.",
                            "timezone", name) from None


def timezone_names(text: str, limit: int) -> list[str]:
    """Timezone names containing `text`, for autocomplete."""
    folded = text.strip().lower().replace(" ", "_")
    names = sorted(n for n in available_timezones() if folded in n.lower())
    return names[:limit]


def next_due(cadence: str, at_time: str | None, weekday: int | None, timezone: str,
             after: dt.datetime) -> dt.datetime | None:
    """The first moment strictly after `after` at which a daily or weekly post is due (UTC); None for instant."""
    if cadence == "instant":
        return None
    tz = zone(timezone)
    hour, minute = (int(part) for part in (at_time or DEFAULT_TIME).split(":"))
    local_day = after.astimezone(tz).date()
    for offset in range(0, 9):
        day = local_day + dt.timedelta(days=offset)
        if cadence == "weekly" and day.weekday() != (weekday or 0):
            continue
        due = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz).astimezone(dt.UTC)
        if due > after:
            return due
    raise AssertionError("a daily or weekly time always falls within nine days")


def describe(cadence: str, at_time: str | None, weekday: int | None, timezone: str, m: Messages = ENGLISH) -> str:
    """'as it happens', 'daily at 09:00 Europe/Paris', 'weekly on Monday at 18:00 UTC' (in `m`'s language)."""
    _ = m.gettext
    if cadence == "instant":
        return _("as it happens")
    if cadence == "weekly":
        day = m.weekday(weekday or 0)
        return _("weekly on {day} at {time} {timezone}").format(day=day, time=at_time, timezone=timezone)
    return _("daily at {time} {timezone}").format(time=at_time, timezone=timezone)
