"""A question engine on a new SQLite database (the bundled LA race plus some files), asked synchronously: for the
module-scoped fixtures of the large question sets."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from tests.engine.la_questions import ASKED_ON


def sync_asker(folder: Path, files: Sequence[Path] = ()) -> Iterator[Callable[[str], Answer]]:
    """Yields ask(question) -> Answer on `folder`/questions.sqlite3, asked on ASKED_ON; closes it all after."""
    runner = asyncio.Runner()
    db = Database(f"sqlite+aiosqlite:///{folder / 'questions.sqlite3'}")
    runner.run(db.open(load_bundled=load_bundled_races))
    for path in files:
        runner.run(import_file(db, str(path)))
    engine = QuestionEngine(db, clock=lambda: ASKED_ON)
    yield lambda question: runner.run(engine.ask(question, AskContext(today=ASKED_ON)))
    runner.run(db.close())
    runner.close()
