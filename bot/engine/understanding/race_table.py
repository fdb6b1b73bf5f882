"""Every race of a data version, indexed by state, office and cycle, so a question filters dozens of races, not all."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.db.views import RaceView

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class RaceTable:
    """The races, and the same races grouped by what questions name: built once when the data changes."""

    races: tuple[RaceView, ...] = ()
    by_id: dict[int, RaceView] = field(default_factory=dict)
    statewide: dict[str, tuple[RaceView, ...]] = field(default_factory=dict)  # state code -> its state's races
    by_office: dict[str, tuple[RaceView, ...]] = field(default_factory=dict)
    by_cycle: dict[int, tuple[RaceView, ...]] = field(default_factory=dict)
    national: tuple[RaceView, ...] = ()

    @classmethod
    def of(cls, races: Iterable[RaceView]) -> RaceTable:
        """The table of these races."""
        every = tuple(races)
        statewide: dict[str, list[RaceView]] = {}
        by_office: dict[str, list[RaceView]] = {}
        by_cycle: dict[int, list[RaceView]] = {}
        for race in every:
            structure = race.structure
            if structure.state_code is not None and structure.locality is None:  # a city's race is not the state's
                statewide.setdefault(structure.state_code, []).append(race)
            by_office.setdefault(structure.office_kind, []).append(race)
            by_cycle.setdefault(race.cycle, []).append(race)
        return cls(every, {race.id: race for race in every}, _frozen(statewide), _frozen(by_office),
                   _frozen(by_cycle), tuple(r for r in every if r.structure.national))

    def __len__(self) -> int:
        return len(self.races)

    def with_ids(self, ids: Iterable[int]) -> list[RaceView]:
        """The races of these ids that exist, in id order."""
        return [self.by_id[i] for i in sorted(set(ids)) if i in self.by_id]

    def cycle_of(self, race_id: int) -> int:
        """A race's cycle (0 when the race is unknown)."""
        race = self.by_id.get(race_id)
        return race.cycle if race is not None else 0


def _frozen(groups: dict[K, list[RaceView]]) -> dict[K, tuple[RaceView, ...]]:
    return {key: tuple(value) for key, value in groups.items()}
