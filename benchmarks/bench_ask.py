"""Speed of `ask`: p50 and p99 per question over the bundled data, and over a generated cycle of a few thousand
candidates (with the share answered right against the generator's ground truth).

    python benchmarks/bench_ask.py [--repeat 200] [--races 800] [--misses 20]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import OUT, answered_right, load_questions, miss_reason, percentile, summary

from benchmarks.generate import generate
from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races

BUNDLED_QUESTIONS = [
    "who endorsed karen bas", "did snoop dog endorse anyone", "whos ahead in the LA mayor race",
    "how are latino men voting", "who endorsed Karen Smith", "who won the LA mayor race", "who made the runoff",
    "what did the berkeley poll say", "how is caruso doing with latino men", "when is the election",
    "bass vs caruso", "who is kevin de leon", "who is running", "what's the polling average", "latest poll",
    "all polls", "who endorsed KDL", "bass's endorsements", "help", "what's the weather like",
]


async def bundled(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite+aiosqlite:///{folder}/bench.sqlite3")
        await db.open(load_bundled=load_bundled_races)
        engine = QuestionEngine(db)
        await engine.ask("warm up")
        print(f"Bundled data (LA 2022), {repeat} runs per question:")
        print(f"  {'question':42} {'p50':>9} {'p99':>9}  answer")
        every: list[float] = []
        for question in BUNDLED_QUESTIONS:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                answer = await engine.ask(question, AskContext())
                times.append(time.perf_counter() - start)
            every += times
            print(f"  {question:42} {percentile(times, 50) * 1000:7.2f}ms {percentile(times, 99) * 1000:7.2f}ms"
                  f"  {answer.intent}/{answer.status}")
        print(f"  all: {summary(every)}")
        await db.close()


async def generated(races: int, show_misses: int) -> None:
    folder = OUT / f"ask-{races}"
    if not (folder / "questions.jsonl").exists():
        generate(folder, races, 5, 8, races * 10, 2000, seed=3)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}")
        await db.open()
        await import_file(db, str(folder / "polls.csv"))
        await import_file(db, str(folder / "endorsements.csv"))
        engine = QuestionEngine(db)
        await engine.ask("warm up")
        questions = load_questions(folder / "questions.jsonl")
        times: dict[bool, list[float]] = {False: [], True: []}
        right: dict[bool, int] = {False: 0, True: 0}
        misses: list[tuple[dict, str]] = []
        for truth in questions:
            start = time.perf_counter()
            answer = await engine.ask(truth["question"], AskContext())
            times[truth["typo"]].append(time.perf_counter() - start)
            ok = answered_right(answer, truth)
            right[truth["typo"]] += ok
            if not ok:
                misses.append((truth, miss_reason(answer, truth)))
        everything = times[False] + times[True]
        print(f"Generated cycle: {races:,} races, {races * 5:,} candidates, {len(questions):,} questions:")
        print(f"  all:        {summary(everything)}")
        for typo in (False, True):
            label = "with typos" if typo else "clean"
            share = right[typo] / max(1, len(times[typo]))
            print(f"  {label:11} {summary(times[typo])}; answered right {share:.1%} of {len(times[typo]):,}")
        asked = Counter(f"{t['kind']} {t['intent']}" for t in questions)
        missed = Counter(f"{t['kind']} {t['intent']}" for t, _ in misses)
        print("  answered right by question kind: " + ", ".join(
            f"{k} {1 - missed[k] / n:.0%} of {n}" for k, n in sorted(asked.items())))
        for truth, reason in misses[:show_misses]:
            print(f"  miss: {truth['question']!r}: {reason}")
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--races", type=int, default=800)
    parser.add_argument("--misses", type=int, default=0, help="list this many questions answered wrong")
    args = parser.parse_args()
    asyncio.run(bundled(args.repeat))
    asyncio.run(generated(args.races, args.misses))


if __name__ == "__main__":
    main()
