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
    count = count_for(counts, None)
    if count is None:
        return False
    names = (await reader.area_names([count.snapshot_id]))[count.snapshot_id]
    return bool(names) and matching_area(area, names) is not None
