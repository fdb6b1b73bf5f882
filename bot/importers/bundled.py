"""The races bundled in data/races: the files, and their load into a new database on first use."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from bot.db.change_log import ChangeAuthor, changes_by
from bot.importers.files import import_paths

if TYPE_CHECKING:
    from bot.db.database import Database

log = logging.getLogger(__name__)

BUNDLED_DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "races"


def bundled_files() -> list[Path]:
    """The bundled race files, in a stable order (bundles before CSVs)."""
    files = [p for p in BUNDLED_DATA_DIR.iterdir() if p.suffix in (".yaml", ".yml", ".json", ".csv")]
    return sorted(files, key=lambda p: (p.suffix == ".csv", p.name))


async def load_bundled_races(db: Database) -> None:
    """Import every file of data/races, as the bundled data's change: the first-use load `Database.open` runs once
    on a new database."""
    files = bundled_files()
    log.info("Loading bundled data into a new database: %s", ", ".join(f.name for f in files))
    with changes_by(ChangeAuthor("bundled")):
        await import_paths(db, files)
