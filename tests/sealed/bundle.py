"""The bundled LA race as the database holds it: both bundles merged (polls by id, endorsements, results)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

BUNDLES = tuple(Path(__file__).resolve().parents[2] / "data" / "races" / name
                for name in ("la-mayor-2022.yaml", "la-mayor-2022-public.yaml"))
LA_SLUG = "la-mayor-2022"


@dataclass(frozen=True)
class LaPoll:
    """One poll of the LA race with the fields a poll card has."""

    id: str
    pollster: str
    sponsors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    reported: dt.date | None
    sample_size: int | None
    population: str | None
    method: str | None
    results: dict[str, float]
    subgroups: tuple[dict[str, Any], ...]

    @property
    def as_of(self) -> dt.date:
        """End of fieldwork, or the day it was reported."""
        day = self.end or self.reported
        assert day is not None
        return day


@dataclass(frozen=True)
class LaRace:
    """The merged LA race."""

    candidates: dict[str, dict[str, Any]]  # name -> the public bundle's entry (aliases, status, party)
    polls: tuple[LaPoll, ...]
    endorsements: tuple[dict[str, Any], ...]
    results: dict[str, tuple[dict[str, Any], ...]]  # stage -> rows, as listed (highest first)
    stages: dict[str, dt.date]
    pollster_aliases: dict[str, tuple[str, ...]]
    text: str  # both bundles' raw text

    def result(self, stage: str, name: str) -> dict[str, Any]:
        return next(r for r in self.results[stage] if r["candidate"] == name)

    def ranked(self, stage: str) -> list[dict[str, Any]]:
        return sorted(self.results[stage], key=lambda r: -r["votes"])

    def endorsers_of(self, candidate: str, kind: str | None = None) -> list[str]:
        return list(dict.fromkeys(e["endorser"] for e in self.endorsements if e["candidate"] == candidate
                                  and (kind is None or e["endorser_type"] == kind)))

    def polls_by(self, pollster: str) -> list[LaPoll]:
        return [p for p in self.polls if p.pollster == pollster]


def _poll(entry: dict[str, Any]) -> LaPoll:
    results = entry.get("results") or (entry.get("questions") or [{}])[0].get("results", {})
    return LaPoll(entry["id"], entry["pollster"], tuple(entry.get("sponsors", ())), entry.get("start_date"),
                  entry.get("end_date"), entry.get("reported"), entry.get("sample_size"), entry.get("population"),
                  entry.get("method"), dict(results), tuple(entry.get("subgroups", ())))


@cache
def la_race() -> LaRace:
    """The LA race of both bundles; the public bundle's entries win where both have one."""
    candidates: dict[str, dict[str, Any]] = {}
    polls: dict[str, LaPoll] = {}
    endorsements: list[dict[str, Any]] = []
    aliases: dict[str, tuple[str, ...]] = {}
    results: dict[str, tuple[dict[str, Any], ...]] = {}
    stages: dict[str, dt.date] = {}
    for path in BUNDLES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for pollster in data.get("pollsters", ()):
            aliases[pollster["name"]] = tuple(pollster.get("aliases", ()))
        race = data["races"][0]
        candidates.update({c["name"]: c for c in race["candidates"]})
        polls.update({p["id"]: _poll(p) for p in race.get("polls", ())})
        endorsements += race.get("endorsements", ())
        results.update({r["stage"]: tuple(r["results"]) for r in race.get("results", ())})
        stages.update({s["stage"]: s["date"] for s in race["stages"]})
    text = "\n".join(path.read_text(encoding="utf-8") for path in BUNDLES)
    return LaRace(candidates, tuple(polls.values()), tuple(endorsements), results, stages, aliases, text)


def turnout() -> str:
    """The turnout the bundle's sources give ("43.86")."""
    found = re.search(r"turnout (\d+(?:\.\d+)?)%", la_race().text)
    assert found
    return found.group(1)


def stated_total(stage: str) -> int | None:
    """The total of votes a results note states, write-ins included ("total 646,058 votes")."""
    notes = [n for n in re.findall(r"note: \"(Certified June 7.*?|November 8, 2022 general.*?)\"\n", la_race().text)]
    note = next((n for n in notes if n.startswith("Certified" if stage == "primary" else "November")), "")
    found = re.search(r"total ([\d,]+) votes", note)
    return int(found.group(1).replace(",", "")) if found else None
