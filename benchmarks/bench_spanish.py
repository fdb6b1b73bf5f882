"""Spanish questions over several draws of the Spanish question set: the share answered right, the misses whose
English twin is answered right (Spanish not understood, or not answered in Spanish), and the time to parse a
Spanish and an English question.

The test (tests/engine/test_spanish_questions.py) asks one draw; this asks others, so that a rule fitted to one
draw shows. Needs the 538 files in ../shared/data/fivethirtyeight/.

    python benchmarks/bench_spanish.py [--seeds 6] [--misses 20]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import tempfile
import time
from pathlib import Path

from common import percentile

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.engine.understanding.parse import parse
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from tests.engine import real_questions as rq
from tests.engine.la_questions import ASKED_ON
from tests.engine.spanish_questions import SpanishCase, la_spanish_cases, real_spanish_cases
from tests.engine.test_spanish_questions import REAL_TODAY, data_texts, miss


async def ask_set(engine: QuestionEngine, cases: tuple[SpanishCase, ...], today: dt.date,
                  spanish_only: list[tuple[SpanishCase, str]]) -> int:
    """Asks the cases; returns how many were missed (an answer not in Spanish is missed too), and adds those whose
    English twin is right to spanish_only."""
    missed = 0
    names = await data_texts(engine.db)
    for case in cases:
        reason = miss(case, await engine.ask(case.question, AskContext(today=today)), names)
        if reason:
            missed += 1
            if miss(case, await engine.ask(case.english, AskContext(today=today))) is None:
                spanish_only.append((case, reason))
    return missed


async def parse_times(engine: QuestionEngine, questions: list[str], today: dt.date) -> float:
    index = await engine.index()
    for question in questions:
        parse(question, index, today)
    times = []
    for question in questions:
        start = time.perf_counter()
        parse(question, index, today)
        times.append(time.perf_counter() - start)
    return percentile(times, 50)


async def main(seeds: int, show: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        la_db = Database(f"sqlite+aiosqlite:///{Path(folder) / 'la.sqlite3'}")
        real_db = Database(f"sqlite+aiosqlite:///{Path(folder) / 'real.sqlite3'}")
        await la_db.open(load_bundled=load_bundled_races)
        await real_db.open(load_bundled=load_bundled_races)
        for name in rq.FILES.values():
            await import_file(real_db, str(rq.DATA_DIR / name))
        la, real = QuestionEngine(la_db), QuestionEngine(real_db)
        total = missed = 0
        spanish_only: list[tuple[SpanishCase, str]] = []
        print(f"{'draw':>6} {'LA right':>12} {'538 right':>12}")
        for seed in range(1, seeds + 1):
            la_cases, real_cases = la_spanish_cases(f"bench-{seed}"), real_spanish_cases(f"bench-{seed}")
            la_missed = await ask_set(la, la_cases, ASKED_ON, spanish_only)
            real_missed = await ask_set(real, real_cases, REAL_TODAY, spanish_only)
            print(f"{seed:>6} {len(la_cases) - la_missed:>5}/{len(la_cases):<6} "
                  f"{len(real_cases) - real_missed:>5}/{len(real_cases):<6}")
            total += len(la_cases) + len(real_cases)
            missed += la_missed + real_missed
        print(f"all: {total - missed}/{total} right ({1 - missed / total:.1%}); "
              f"{len(spanish_only)} missed in Spanish only (the English twin answered right)")
        for case, reason in spanish_only[:show]:
            print(f"  SPANISH ONLY {case.question!r} (English {case.english!r}): {reason}")
        spanish = [c.question for c in real_spanish_cases(f"bench-{seeds}")]
        english = [c.english for c in real_spanish_cases(f"bench-{seeds}")]
        print(f"parse, p50 over the 538 data: Spanish {await parse_times(real, spanish, REAL_TODAY) * 1000:.3f} ms, "
              f"their English twins {await parse_times(real, english, REAL_TODAY) * 1000:.3f} ms")
        await la_db.close()
        await real_db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=6, help="how many draws of the Spanish set to ask")
    parser.add_argument("--misses", type=int, default=20, help="how many Spanish-only misses to print")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.seeds, arguments.misses))
