"""The one way in: `import_any` imports a file of any format of the registry (bot.importers.formats), a count of
votes through import_results, races, polls and endorsements through import_file. `racebot import`, feeds and
`/racebot import` all call it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot.db.database import Database
from bot.importers.files import Progress, import_file
from bot.importers.formats import detect_format
from bot.importers.results_import import ResultsSummary, import_results
from bot.importers.writing.summary import ImportSummary


async def import_any(db: Database, path: str, data: bytes | None = None, *, origin: str | None = None,
                     progress: Progress | None = None, strict: bool = False, create_races: bool = False,
                     state: str | None = None, name: str | None = None,
                     on_read: Callable[[int], None] | None = None) -> ImportSummary | ResultsSummary:
    """Import one file in one transaction, whatever its format; ImportRejected (naming the file and line, listing
    the formats for a file of none) changes nothing. `name` is how a results summary names the file (a feed's
    file name, where `path` is a temporary copy); `create_races` and `state` concern counts of votes only."""
    file_format = await asyncio.to_thread(detect_format, str(path), data)
    if file_format.results:
        return await import_results(db, str(path), data, origin=origin, create_races=create_races, state=state,
                                    name=name, strict=strict, file_format=file_format)
    return await import_file(db, str(path), data, origin=origin, progress=progress, strict=strict, on_read=on_read)
