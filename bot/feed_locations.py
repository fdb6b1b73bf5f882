"""What a feed location may be: a path or an http(s) URL of a file Racebot imports. Light on purpose: the settings
check FEEDS with it at every start, before anything loads the feed reader."""

from __future__ import annotations

from urllib.parse import urlparse

FEED_SUFFIXES = (".csv", ".yaml", ".yml", ".json", ".xml")


def is_url(location: str) -> bool:
    """Whether a feed location is a web address (otherwise a file path)."""
    return location.lower().startswith(("http://", "https://"))


def feed_problem(location: str, *, urls_only: bool = False) -> str | None:
    """Why a location can't be a feed, or None."""
    if urls_only and not is_url(location):
        return "A feed added with a command must be an http(s) URL (files on the bot's computer go in FEEDS in .env)."
    path = urlparse(location).path if is_url(location) else location
    if not path.lower().endswith(FEED_SUFFIXES):
        return (f"“{location}” does not end in .csv, .yaml, .yml, .json or .xml: a feed is a polls or results "
                f"file or a race bundle.")
    return None
