"""Scores the question engine on the sealed set: `python -m tests.sealed.score [--misses] [--json PATH]`."""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from bot.importers.entry import import_any
from bot.importers.results_import import import_results
from tests.engine.la_questions import ASKED_ON
from tests.sealed.check import Verdict, grade
from tests.sealed.files import DATA_DIR, LATER_FILES, POLL_FILES, RESULT_FILES, SHARED
from tests.sealed.question import GROUPS, KINDS, Question
from tests.sealed.questions import QUESTIONS

SHOWN = 160  # characters of an answer's title and summary shown per miss


async def ask_all(folder: Path, questions: tuple[Question, ...]) -> list[Answer]:
    """A fresh database with the bundled races and the real files that import today; every question asked."""
    db = Database(f"sqlite+aiosqlite:///{folder / 'sealed.sqlite3'}")
    await db.open(load_bundled=load_bundled_races)
    for name in POLL_FILES:
        await import_file(db, str(DATA_DIR / name))
    for path, state in RESULT_FILES:
        await import_results(db, str(SHARED / path), state=state)
    for path in LATER_FILES:
        await import_any(db, str(SHARED / path), create_races=True)
    engine = QuestionEngine(db, clock=lambda: ASKED_ON)
    try:
        return [await engine.ask(q.text, AskContext(today=ASKED_ON)) for q in questions]
    finally:
        await db.close()


def _share(verdicts: list[Verdict]) -> str:
    right = sum(v.grade == "right" for v in verdicts)
    return f"{right}/{len(verdicts)} right ({100 * right / len(verdicts):.1f}%), " \
           f"{sum(v.grade == 'ruled_out' for v in verdicts)} ruled out"


def report(questions: tuple[Question, ...], answers: list[Answer], verdicts: list[Verdict], misses: bool) -> None:
    """Prints the score overall, per group and per kind, and the misses."""
    print(f"overall: {_share(verdicts)}")
    for label, key, order in (("group", "group", GROUPS), ("kind", "kind", KINDS)):
        by: dict[str, list[Verdict]] = defaultdict(list)
        for q, v in zip(questions, verdicts, strict=True):
            by[getattr(q, key)].append(v)
        for name in order:
            if by[name]:
                print(f"  {label} {name:20} {_share(by[name])}")
    print(f"ruled_out: {sum(v.grade == 'ruled_out' for v in verdicts)}")
    print("grades:", dict(Counter(v.grade for v in verdicts)))
    if not misses:
        return
    for q, a, v in zip(questions, answers, verdicts, strict=True):
        if v.grade != "right":
            shown = f"{a.title} | {a.summary}"[:SHOWN]
            print(f"\n[{v.grade}] ({q.group}/{q.kind}) {q.text}\n  expected: {q.expect().describe()[:200]}\n"
                  f"  got ({a.intent}, {a.status}, {a.race_slug}): {shown}\n  why: {v.why}")


def results_json(questions: tuple[Question, ...], answers: list[Answer], verdicts: list[Verdict]) -> list[dict]:
    """One record per question, for --json."""
    return [{"question": q.text, "group": q.group, "kind": q.kind, "asks": q.asks, "grade": v.grade, "why": v.why,
             "expected": q.expect().describe(), "intent": a.intent, "status": a.status, "race_slug": a.race_slug,
             "title": a.title, "summary": a.summary} for q, a, v in zip(questions, answers, verdicts, strict=True)]


def main() -> None:
    """Runs the set and prints the score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every answer that is not right")
    parser.add_argument("--json", metavar="PATH", help="write the per-question results to PATH")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        answers = asyncio.run(ask_all(Path(folder), QUESTIONS))
    verdicts = [grade(a, q.expect()) for q, a in zip(QUESTIONS, answers, strict=True)]
    report(QUESTIONS, answers, verdicts, args.misses)
    if args.json:
        Path(args.json).write_text(json.dumps(results_json(QUESTIONS, answers, verdicts), indent=1,
                                              ensure_ascii=False), encoding="utf-8")
    print(f"\n{len(QUESTIONS)} questions in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
