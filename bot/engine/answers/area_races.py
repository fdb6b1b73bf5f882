"""Which races' counts have the county or precinct a question names: by the names of their areas, read together for
all the races that may be meant (never each count's thousands of votes)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.views import RaceView
from bot.engine.answers.areas import matching_area
from bot.engine.answers.counts import area_counted, count_for
from bot.engine.answers.reader import Reader


async def races_counting(reader: Reader, races: Sequence[RaceView], area: str) -> list[RaceView]:
    """Of the races, those with a count that has the county or precinct named (their areas read together)."""
    counted = [race for race in races if reader.current_counts(race.id)]
    await reader.area_names([count.snapshot_id for race in counted
                             if (count := count_for(reader.current_counts(race.id), None)) is not None])
    return [race for race in counted if await counts_area(reader, race, area)]


async def counts_area(reader: Reader, race: RaceView, area: str) -> bool:
    """Whether the race's current count has the county or precinct named, by its areas or as a county's file."""
    counts = reader.current_counts(race.id)
    if area_counted(area, counts):
        return True
    if not counts:
        return False
    # the race's own count, or a county's file counted beside it ("emporium east ward" is a precinct of Cameron
    # County's file, not of the state's count)
    names = await reader.area_names([count.snapshot_id for count in counts])
    return any(names.get(count.snapshot_id) and matching_area(area, names[count.snapshot_id]) is not None
               for count in counts)
