"""Daily and weekly times in a server's timezone."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.updates.schedule import ScheduleError, describe, next_due, parse_time, parse_weekday, zone

UTC = dt.UTC


@pytest.mark.parametrize(("typed", "stored"), [("9", "09:00"), ("9:30", "09:30"), ("21:05", "21:05"),
                                               ("9pm", "21:00"), ("12am", "00:00"), (" 07:00 ", "07:00")])
def test_times_are_read_the_ways_people_write_them(typed: str, stored: str) -> None:
    assert parse_time(typed) == stored


@pytest.mark.parametrize("typed", ["25:00", "9:75", "noon", "13pm", ""])
def test_an_impossible_time_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ScheduleError, match="HH:MM"):
        parse_time(typed)


def test_weekdays_and_timezones_are_checked() -> None:
    assert parse_weekday("Wed") == 2
    with pytest.raises(ScheduleError):
        parse_weekday("someday")
    with pytest.raises(ScheduleError, match="Europe/Paris"):
        zone("Mars/Olympus")


def test_a_daily_time_is_the_next_one_in_the_servers_timezone() -> None:
    before = dt.datetime(2022, 6, 1, 15, 0, tzinfo=UTC)  # 08:00 in Los Angeles (PDT, UTC-7)
    assert next_due("daily", "09:00", None, "America/Los_Angeles", before) == dt.datetime(2022, 6, 1, 16, 0,
                                                                                          tzinfo=UTC)
    at_the_time = dt.datetime(2022, 6, 1, 16, 0, tzinfo=UTC)  # strictly after: the next day
    assert next_due("daily", "09:00", None, "America/Los_Angeles", at_the_time) == dt.datetime(2022, 6, 2, 16, 0,
                                                                                               tzinfo=UTC)


def test_a_daily_time_follows_daylight_saving() -> None:
    before = dt.datetime(2022, 11, 5, 17, 0, tzinfo=UTC)  # after 09:00 PDT on Nov 5; Nov 6 is in PST (UTC-8)
    assert next_due("daily", "09:00", None, "America/Los_Angeles", before) == dt.datetime(2022, 11, 6, 17, 0,
                                                                                          tzinfo=UTC)


def test_a_weekly_time_falls_on_its_weekday() -> None:
    wednesday = dt.datetime(2022, 6, 1, 12, 0, tzinfo=UTC)
    due = next_due("weekly", "18:30", 0, "Europe/Paris", wednesday)
    assert due == dt.datetime(2022, 6, 6, 16, 30, tzinfo=UTC)  # Monday 18:30 CEST
    assert next_due("instant", None, None, "UTC", wednesday) is None
    assert describe("weekly", "18:30", 0, "Europe/Paris") == "weekly on Monday at 18:30 Europe/Paris"
