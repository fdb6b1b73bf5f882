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


def all_files_asker(folder: Path) -> Iterator[Callable[..., Answer]]:
    """Yields ask(question, language=None) -> Answer on a database holding the bundled LA race and every real file
    of ../shared/data imported as a new user imports it, asked on the results set's day; closes it all after."""
    from tests.results_set import files
    from tests.results_set.score import ASKED_ON as RESULTS_DAY
    from tests.results_set.score import import_as_new_user

    runner = asyncio.Runner()
    db = Database(f"sqlite+aiosqlite:///{folder / 'all_files.sqlite3'}")
    runner.run(db.open(load_bundled=load_bundled_races))
    for path in files.ALL_FILES:
        assert runner.run(import_as_new_user(db, path)) == "", path
    engine = QuestionEngine(db, clock=lambda: RESULTS_DAY)
    yield lambda text, language=None: runner.run(engine.ask(text, AskContext(today=RESULTS_DAY, language=language)))
    runner.run(db.close())
    runner.close()
