"""Scores the question engine on the results question set: `python -m tests.results_set.score [--misses]
[--topic T] [--language es] [--json PATH] [--heldout]` (`--heldout`: the held-out batch of `heldout.py` instead).

A fresh SQLite database in a temporary folder, set up as a new user's (the bundled races, then every file of
`../shared/data/` imported as `racebot import --create-races` imports it); each question asked through the engine
in its language, on ASKED_ON; each answer graded by `expect.grade`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.errors import RacebotError
from bot.importers.bundled import load_bundled_races
from bot.importers.entry import import_any
from tests.results_set.expect import Verdict, answer_text, grade
from tests.results_set.files import ALL_FILES
from tests.results_set.questions import LANGUAGES, TOPICS, Question

# After every election of the files: a question about them is about the past.
ASKED_ON = dt.date(2026, 12, 7)


async def import_as_new_user(db: Database, path: Path) -> str:
    """Imports one file as `racebot import --create-races PATH` does (the one way in, `import_any`); returns the
    one line a user would see of a failure (a rejection, or what the CLI would have shown as a traceback), or ""
    when the file imported."""
    try:
        await import_any(db, str(path), create_races=True)
    except RacebotError as exc:
        return f"rejected {exc}"
    except Exception as exc:  # a traceback a new user would see: scored as this file's questions missing
        return f"failed with {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return ""


async def ask_all(folder: Path, questions: Sequence[Question]) -> tuple[list[Answer], list[str]]:
    """The engine's answers to the questions on a new user's database of every file; and the files that failed."""
    db = Database(f"sqlite+aiosqlite:///{folder / 'results_set.sqlite3'}")
    await db.open(load_bundled=load_bundled_races)
    try:
        failures = []
        for path in ALL_FILES:
            failure = await import_as_new_user(db, path)
            if failure:
                failures.append(f"{path.relative_to(path.parents[1])}: {failure}")
        engine = QuestionEngine(db, clock=lambda: ASKED_ON)
        answers = [await engine.ask(q.text, AskContext(today=ASKED_ON, language=q.language)) for q in questions]
    finally:
        await db.close()
    return answers, failures


def score_line(label: str, verdicts: Sequence[Verdict]) -> str:
    """One line of the score: right of all, and how many were ruled out."""
    counts = Counter(verdicts)
    share = 100 * counts["right"] / len(verdicts) if verdicts else 0.0
    return f"{label:<22} {counts['right']}/{len(verdicts)} right ({share:.1f}%), {counts['ruled_out']} ruled out"


def main() -> None:
    """Runs the set (or one topic or language of it) and prints the score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every answer that is not right")
    parser.add_argument("--topic", choices=TOPICS, help="only the questions of this topic")
    parser.add_argument("--language", choices=LANGUAGES, help="only the questions in this language")
    parser.add_argument("--json", metavar="PATH", help="write the per-question results to PATH")
    parser.add_argument("--heldout", action="store_true", help="score the held-out batch (heldout.py) instead")
    args = parser.parse_args()
    from tests.results_set.heldout import HELDOUT
    from tests.results_set.questions import QUESTIONS
    questions = [q for q in (HELDOUT if args.heldout else QUESTIONS)
                 if args.topic in (None, q.topic) and args.language in (None, q.language)]
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        answers, failures = asyncio.run(ask_all(Path(folder), questions))
    expects = [q.expect() for q in questions]
    verdicts = [grade(a, e) for a, e in zip(answers, expects, strict=True)]
    for failure in failures:
        print(f"import: {failure}")
    if args.misses:
        for question, expect, answer, verdict in zip(questions, expects, answers, verdicts, strict=True):
            if verdict != "right":
                print(f"\n[{verdict}] {question.text}  ({question.topic}, {question.language})")
                print(f"  expected: {' & '.join('|'.join(g) for g in expect.says)}"
                      f"{'  (missing)' if expect.missing else ''}"
                      f"{'  never: ' + '|'.join(expect.never[:6]) if expect.never else ''}")
                print(f"  answer [{answer.intent}/{answer.status}]: {answer_text(answer)[:400]!r}")
    print()
    print(score_line("overall", verdicts))
    for language in LANGUAGES:
        print(score_line(f"  language {language}", [v for q, v in zip(questions, verdicts, strict=True)
                                                    if q.language == language]))
    for topic in TOPICS:
        print(score_line(f"  topic {topic}", [v for q, v in zip(questions, verdicts, strict=True)
                                              if q.topic == topic]))
    if args.json:
        rows = [dict(text=q.text, language=q.language, topic=q.topic, verdict=v, status=a.status, intent=a.intent,
                     answer=answer_text(a)) for q, a, v in zip(questions, answers, verdicts, strict=True)]
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\n{len(questions)} questions in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
