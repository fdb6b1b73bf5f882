"""Questions while a large import writes, on one SQLite file: how long `racebot ask` takes before and during a
300,000-row `racebot import` (as separate processes, as a user runs them), what `racebot ask` does after loading its
modules (open the database, build the engine, answer: a cold ask) and the answer time of a warm engine (the running
bot), both in this process reading the same file. Each `racebot ask` process is timed twice: wall time (what a
user waits; it depends on what else the machine runs) and CPU time (what the command costs). Prints the
figures; asserts nothing.

    python benchmarks/bench_sharing.py [--rows 300000]
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import ROOT, percentile

from bot.db.database import Database
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers.bundled import load_bundled_races
from tests.factories import write_538

QUESTION = "who is ahead in the LA mayor race"
ROWS_PER_POLL = 5  # write_538: three candidates in a poll's first question, two in its second


def racebot(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def ask_process(env: dict[str, str]) -> tuple[float, float]:
    """Wall time of one `racebot ask`, process start included, and the CPU time it used (user + system): the wall
    time shows what a user waits, which depends on what else the machine runs; the CPU time what the command costs."""
    started = time.perf_counter()
    process = racebot(env, "ask", QUESTION)
    assert process.stdout is not None and process.stderr is not None
    out, err = process.stdout.read(), process.stderr.read()  # a few lines each: no pipe fills while the other waits
    _, status, usage = os.wait4(process.pid, 0)  # reaped here, with its resource usage
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    process.stderr.close()
    if process.returncode != 0 or "Karen Bass" not in out:
        raise SystemExit(f"racebot ask failed ({process.returncode}): {err or out}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


async def ask_in_process(engine: QuestionEngine) -> float:
    started = time.perf_counter()
    answer = await engine.ask(QUESTION, AskContext())
    if "Karen Bass" not in answer.summary + "".join(f.text for f in answer.facts):
        raise SystemExit(f"unexpected answer: {answer.summary}")
    return time.perf_counter() - started


async def cold_ask(url: str) -> float:
    """What `racebot ask` does once its modules are loaded: open the database, a new engine, one answer."""
    started = time.perf_counter()
    db = Database(url)
    try:
        await db.open(load_bundled=load_bundled_races)
        await ask_in_process(QuestionEngine(db))
    finally:
        await db.close()
    return time.perf_counter() - started


def writer_active(database: Path) -> bool:
    """Whether some process holds the database's write lock now (the import has started writing)."""
    connection = sqlite3.connect(database, timeout=0)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.rollback()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()


def line(name: str, values: list[float]) -> str:
    return (f"{name:52} n={len(values):3}  p50 {percentile(values, 50) * 1000:7.1f} ms  "
            f"max {max(values) * 1000:7.1f} ms")


def process_line(name: str, runs: list[tuple[float, float]]) -> str:
    cpu = [used for _, used in runs]
    return (f"{line(name, [wall for wall, _ in runs])}  (CPU p50 {percentile(cpu, 50) * 1000:5.0f} ms, "
            f"max {max(cpu) * 1000:5.0f} ms)")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=300_000, help="rows of the 538 CSV imported (default 300,000)")
    args = parser.parse_args()
    # pip compiles an installed package's bytecode once; a checkout run with PYTHONDONTWRITEBYTECODE=1 would compile
    # every module of bot/ again at every start of `racebot ask` (0.1-0.2 s), which no installed racebot does.
    compileall.compile_dir(ROOT / "bot", quiet=1)
    folder = Path(tempfile.mkdtemp(prefix="racebot-sharing-"))
    database = folder / "racebot.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{database}", "LOG_LEVEL": "WARNING"}
    polls = folder / "polls.csv"
    races = 8
    rows = write_538(polls, races=races, polls_per_race=max(1, args.rows // (ROWS_PER_POLL * races)))
    print(f"database {database}; import file {polls.name}: {rows:,} rows")
    assert racebot(env, "races").wait(timeout=300) == 0  # first use: schema and bundled data

    db = Database(env["DATABASE_URL"])
    await db.open()
    engine = QuestionEngine(db)
    await ask_in_process(engine)  # builds the name index once
    idle_process = [ask_process(env) for _ in range(5)]
    idle_engine = [await ask_in_process(engine) for _ in range(20)]
    idle_cold = [await cold_ask(env["DATABASE_URL"]) for _ in range(5)]

    started = time.perf_counter()
    importer = racebot(env, "import", str(polls))
    assert importer.stderr is not None
    stderr_lines: list[str] = []

    def read_stderr() -> None:
        assert importer.stderr is not None
        stderr_lines.extend(importer.stderr)

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    # A 538 file is read and written a batch at a time in its one transaction: wait for the first write.
    while not writer_active(database) and importer.poll() is None:
        await asyncio.sleep(0.05)
    write_started = time.perf_counter()
    busy_process: list[tuple[float, float]] = []
    busy_engine: list[float] = []
    busy_cold: list[float] = []
    while importer.poll() is None:
        busy_process.append(await asyncio.to_thread(ask_process, env))
        if importer.poll() is None:
            busy_cold.append(await cold_ask(env["DATABASE_URL"]))
        for _ in range(5):
            if importer.poll() is None:
                busy_engine.append(await ask_in_process(engine))
    out = importer.stdout.read() if importer.stdout else ""
    reader.join(timeout=5)
    finished = time.perf_counter()
    await db.close()
    if importer.returncode != 0:
        raise SystemExit(f"the import failed: {''.join(stderr_lines)}")
    print(f"import: {finished - started:.1f} s in all, {finished - write_started:.1f} s of it writing "
          f"(one transaction); {next((t.strip() for t in out.splitlines() if 'polls:' in t), out.strip())}")
    print(f"load average (1 min) {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(process_line("`racebot ask` process, database idle", idle_process))
    print(process_line("`racebot ask` process, while the import writes", busy_process) if busy_process
          else "`racebot ask` process, while the import writes: the import finished first")
    print(line("cold ask (open, new engine, answer), idle", idle_cold))
    print(line("cold ask, while the import writes", busy_cold) if busy_cold
          else "cold ask while the import writes: the import finished first")
    print(line("engine.ask in one process, database idle", idle_engine))
    print(line("engine.ask in one process, while the import writes", busy_engine) if busy_engine
          else "engine.ask while the import writes: the import finished first")


if __name__ == "__main__":
    asyncio.run(main())
