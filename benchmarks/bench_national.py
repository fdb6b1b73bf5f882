"""Racebot at the size of a national election cycle: one command, one table.

    python benchmarks/bench_national.py                 # generates the data on first use (about 10 s)
    python benchmarks/bench_national.py --naive-sample 300 --questions 10000
    python benchmarks/bench_national.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/test
    python benchmarks/bench_national.py --metrics       # each answer also recorded into the metrics, as the bot does

Measures, on a fresh SQLite database (or, with --database-url, in a new schema of that PostgreSQL database, dropped
at the end):
  * import of 1,000,000 538-format poll rows (and 100,000 endorsements): seconds and peak memory (a subprocess, with
    the parse process it starts: their sum);
  * `ask` over 10,000 generated questions (mixed intents, a fifth with typos): p50, p99, share answered right; with
    --metrics, each answer's time includes recording it into the process's metrics (bot.metrics, as cogs/ask.py
    does), and the table says how long rendering /metrics takes;
  * name resolution alone, against plain rapidfuzz extractOne(query, all_names, scorer=WRatio): p50, p99, accuracy;
  * autocomplete p99;
  * the same questions through a naive baseline (difflib.get_close_matches over names fetched with SQL LIKE;
    SQLite only);
  * resident memory of a serving process with the data loaded (measured in that process, after the questions).
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import OUT, ROOT, answered_right, load_questions, percentile

from benchmarks.generate import generate

TARGETS = {
    "import_s": 60.0, "import_s_postgresql": 40.0, "import_mb": 400.0,
    "ask_p50_ms": 2.0, "ask_p99_ms": 10.0, "resolve_p99_ms": 2.0, "resolve_speedup": 5.0,
    "rss_mb": 300.0, "naive_speedup": 50.0,
}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_import(db_url: str, path: Path, schema: str | None = None) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of `racebot import PATH` in its own process, together with the processes
    it starts (a long file is parsed in a process of its own): their sum, sampled every SAMPLE_SECONDS."""
    env = {**os.environ, "DATABASE_URL": db_url, "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "WARNING"}
    if schema:
        env["DATABASE_SCHEMA"] = schema
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bot", "import", str(path)], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_rss_mb(process.pid))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"import of {path} failed with exit code {process.returncode}")
    # The kernel's own peak of the import process alone: never below it, even between two samples.
    own = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, max(peak, own)


SAMPLE_SECONDS = 0.05


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (0 once it is gone)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, ()))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


# ------------------------------------------------------------------------------------------ serving side
async def serve(db_url: str, questions_path: Path, limit: int, schema: str | None = None,
                record_metrics: bool = False) -> dict[str, Any]:
    """Runs in its own process: opens the data as the bot would, answers the questions, reports figures."""
    from rapidfuzz import fuzz, process

    from bot.db.database import Database
    from bot.engine.engine import AskContext, QuestionEngine

    metrics = None
    if record_metrics:  # loaded only then: without --metrics the process is what it was before metrics existed
        from bot.metrics import Metrics

        metrics = Metrics()

    db = Database(db_url, schema=schema)
    await db.open()
    engine = QuestionEngine(db)
    start = time.perf_counter()
    index = await engine.index()
    index_seconds = time.perf_counter() - start
    questions = load_questions(questions_path)[:limit]
    await engine.ask("warm up")

    times: dict[bool, list[float]] = {False: [], True: []}
    right: dict[bool, int] = {False: 0, True: 0}
    recording: list[float] = []  # the time of recording alone, within each answer's time
    for truth in questions:
        t0 = time.perf_counter()
        answer = await engine.ask(truth["question"], AskContext())
        if metrics is not None:  # as cogs/ask.py: the engine's time, recorded once it has answered
            t1 = time.perf_counter()
            metrics.answered(answer, t1 - t0)
            recording.append(time.perf_counter() - t1)
        times[truth["typo"]].append(time.perf_counter() - t0)
        right[truth["typo"]] += answered_right(answer, truth)
    serving_rss = rss_mb()
    recorded = render_ms = 0.0
    if metrics is not None:
        recorded = metrics.registry.get_sample_value("racebot_answer_seconds_count") or 0.0
        t0 = time.perf_counter()
        metrics.render()
        render_ms = (time.perf_counter() - t0) * 1000

    # Name resolution alone, and the full-scan baseline, on the same names as typed.
    names_of = {kind: list(dict.fromkeys(e.display for e in index.names_of(kind)))
                for kind in ("candidate", "endorser", "race")}
    ours: list[float] = []
    scan: list[float] = []
    ours_right = ours_confident = scan_right = typo_total = 0
    named = [truth for truth in questions if truth["kind"] != "race"]
    # Each in a loop of its own: a scan between two resolutions evicts the index from the CPU's caches and leaves
    # garbage to collect, which the bot, resolving names between answers, never has.
    for truth in named:
        t0 = time.perf_counter()
        match, alternatives = index.resolve(truth["asked"], [truth["kind"]])
        ours.append(time.perf_counter() - t0)
        best_ours = match or (alternatives[0] if alternatives else None)
        if truth["typo"]:
            typo_total += 1
            ours_right += bool(best_ours and best_ours.entry.display == truth["name"])
            ours_confident += bool(match and match.entry.display == truth["name"])
    for truth in named:
        t0 = time.perf_counter()
        best = process.extractOne(truth["asked"], names_of[truth["kind"]], scorer=fuzz.WRatio)
        scan.append(time.perf_counter() - t0)
        if truth["typo"]:
            scan_right += bool(best and best[0] == truth["name"])

    # Autocomplete on partly typed and misspelt candidate names.
    completions: list[float] = []
    for n, truth in enumerate(q for q in questions if q["kind"] == "candidate"):
        typed = truth["asked"][: 3 + n % 6]
        t0 = time.perf_counter()
        await engine.autocomplete("candidate", typed)
        completions.append(time.perf_counter() - t0)
    await db.close()
    everything = times[False] + times[True]
    return {
        "index_seconds": index_seconds, "rss_mb": serving_rss, "questions": len(questions),
        "ask": [percentile(everything, 50), percentile(everything, 99)],
        "ask_right": (right[False] + right[True]) / max(1, len(everything)),
        "ask_right_clean": right[False] / max(1, len(times[False])),
        "ask_right_typo": right[True] / max(1, len(times[True])),
        "resolve": [percentile(ours, 50), percentile(ours, 99)],
        "scan": [percentile(scan, 50), percentile(scan, 99)],
        "resolve_right_typo": ours_right / max(1, typo_total),
        "resolve_confident_typo": ours_confident / max(1, typo_total),
        "scan_right_typo": scan_right / max(1, typo_total),
        "autocomplete_p99": percentile(completions, 99),
        "answer_times": sorted(everything),
        "metrics": metrics is not None, "metrics_recorded": recorded, "metrics_render_ms": render_ms,
        "metrics_recording": [percentile(recording, 50), percentile(recording, 99)] if recording else [0.0, 0.0],
    }


# ------------------------------------------------------------------------------------------ naive baseline
def naive_answers(db_file: Path, questions: list[dict[str, Any]]) -> tuple[list[float], float]:
    """The straightforward way, for comparison: for each question fetch the names with SQL, pick the closest with
    difflib.get_close_matches, and answer with SQL LIKE. No prepared index, no cache."""
    import sqlite3

    from bot.engine.understanding.vocabulary import QUESTION_WORDS

    conn = sqlite3.connect(db_file)
    times: list[float] = []
    right = 0
    for truth in questions:
        t0 = time.perf_counter()
        words = [w for w in truth["question"].replace("?", "").split() if w.lower() not in QUESTION_WORDS]
        text = " ".join(words)
        found = None
        for table, column in (("candidate", "name"), ("endorser", "name"), ("race", "name"), ("race", "slug")):
            names = [row[0] for row in conn.execute(f"SELECT {column} FROM {table}")]
            close = difflib.get_close_matches(text, names, n=1, cutoff=0.75)
            if close:
                found = (table, close[0])
                break
        if found and found[0] == "candidate":
            conn.execute("SELECT e.id FROM endorsement e JOIN candidate c ON c.id = e.candidate_id "
                         "WHERE c.name LIKE ?", (f"%{found[1]}%",)).fetchall()
        elif found and found[0] == "endorser":
            conn.execute("SELECT e.id FROM endorsement e JOIN endorser n ON n.id = e.endorser_id "
                         "WHERE n.name LIKE ?", (f"%{found[1]}%",)).fetchall()
        elif found:
            conn.execute("SELECT p.id FROM poll p JOIN race r ON r.id = p.race_id WHERE r.name LIKE ? OR r.slug LIKE ?",
                         (f"%{found[1]}%", f"%{found[1]}%")).fetchall()
        times.append(time.perf_counter() - t0)
        right += bool(found and found[1] in (truth["name"], truth.get("race")))
    conn.close()
    return times, right / max(1, len(questions))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=OUT / "national")
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--naive-sample", type=int, default=100)
    parser.add_argument("--metrics", action="store_true",
                        help="record each answer into the bot's metrics (bot.metrics), as the bot does")
    parser.add_argument("--database-url", metavar="URL",
                        help="a PostgreSQL database (postgresql+asyncpg://...) to run in, in a schema of its own")
    parser.add_argument("--serve", nargs=2, metavar=("DB_URL", "QUESTIONS"), help=argparse.SUPPRESS)
    parser.add_argument("--schema", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        print(json.dumps(asyncio.run(serve(args.serve[0], Path(args.serve[1]), args.questions, args.schema,
                                           args.metrics))))
        return
    if args.database_url:
        schema = f"bench_national_{os.getpid()}"
        _postgres(args.database_url, f"CREATE SCHEMA {schema}")
        try:
            run(args, args.database_url, schema)
        finally:
            _postgres(args.database_url, f"DROP SCHEMA {schema} CASCADE")
        return
    run(args, None, None)


def _postgres(url: str, sql: str) -> None:
    """One statement on a PostgreSQL database, outside any benchmark process."""
    import asyncpg

    async def execute() -> None:
        connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(execute())


def run(args: argparse.Namespace, database_url: str | None, schema: str | None) -> None:
    """Import, serve and print the table, on a new SQLite file or in a new PostgreSQL schema."""
    data: Path = args.data
    if not (data / "questions.jsonl").exists():
        print(f"generating the national data set into {data} ...", flush=True)
        generate(data, 5000, 5, 40, 100_000, 10_000, seed=2026)
    db_file = data / "bench.sqlite3"
    if database_url is None:
        db_file.unlink(missing_ok=True)
    db_url = database_url or f"sqlite+aiosqlite:///{db_file}"
    print(f"importing into {'PostgreSQL schema ' + schema if schema else db_file} ...", flush=True)
    polls_s, polls_peak = run_import(db_url, data / "polls.csv", schema)
    endorsements_s, _ = run_import(db_url, data / "endorsements.csv", schema)

    print("serving ...", flush=True)
    output = subprocess.run([sys.executable, __file__, "--serve", db_url, str(data / "questions.jsonl"),
                             "--questions", str(args.questions), *(["--schema", schema] if schema else []),
                             *(["--metrics"] if args.metrics else [])],
                            capture_output=True, text=True, cwd=ROOT)
    if output.returncode != 0:
        raise SystemExit(output.stderr)
    served = json.loads(output.stdout.strip().splitlines()[-1])

    ours_sample = served["answer_times"]
    if database_url is None:
        print("naive baseline ...", flush=True)
        questions = load_questions(data / "questions.jsonl")[: args.naive_sample]
        naive_times, naive_right = naive_answers(db_file, questions)
        naive_ratio = percentile(naive_times, 50) / percentile(ours_sample, 50)
    resolve_ratio = served["scan"][0] / served["resolve"][0]

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    import_target = TARGETS["import_s_postgresql" if database_url else "import_s"]
    print(f"\n{'PostgreSQL' if database_url else 'SQLite'}")

    rows = [
        ("import 1,000,000 poll rows", f"{polls_s:.1f} s, peak {polls_peak:.0f} MB",
         f"< {import_target:.0f} s: {verdict(polls_s < import_target)}; "
         f"< {TARGETS['import_mb']:.0f} MB: {verdict(polls_peak < TARGETS['import_mb'])}"),
        ("import 100,000 endorsements", f"{endorsements_s:.1f} s", ""),
        ("name index build", f"{served['index_seconds']:.2f} s", ""),
        (f"ask, {served['questions']:,} questions", f"p50 {ms(served['ask'][0])}, p99 {ms(served['ask'][1])}",
         f"p50 < 2 ms: {verdict(served['ask'][0] * 1000 < TARGETS['ask_p50_ms'])}; "
         f"p99 < 10 ms: {verdict(served['ask'][1] * 1000 < TARGETS['ask_p99_ms'])}"),
        ("ask answered right", f"{served['ask_right']:.1%} (clean {served['ask_right_clean']:.1%}, "
         f"typos {served['ask_right_typo']:.1%})", ""),
        ("metrics", f"on: {served['metrics_recorded']:,.0f} answers recorded, each in p50 "
         f"{served['metrics_recording'][0] * 1e6:.1f} µs, p99 {served['metrics_recording'][1] * 1e6:.1f} µs; "
         f"/metrics rendered in {served['metrics_render_ms']:.1f} ms" if served["metrics"]
         else "off (--metrics records each answer)", ""),
        ("name resolution", f"p50 {ms(served['resolve'][0])}, p99 {ms(served['resolve'][1])}",
         f"p99 < 2 ms: {verdict(served['resolve'][1] * 1000 < TARGETS['resolve_p99_ms'])}"),
        ("full WRatio scan (extractOne)", f"p50 {ms(served['scan'][0])}, p99 {ms(served['scan'][1])}",
         f"ours {resolve_ratio:.0f}x faster: {verdict(resolve_ratio >= TARGETS['resolve_speedup'])}"),
        ("resolved right on typos (top 1)", f"ours {served['resolve_right_typo']:.1%} "
         f"({served['resolve_confident_typo']:.1%} without asking), scan {served['scan_right_typo']:.1%}",
         verdict(served["resolve_right_typo"] >= served["scan_right_typo"])),
        ("autocomplete", f"p99 {ms(served['autocomplete_p99'])}", ""),
        *([(f"naive baseline, {len(naive_times)} questions", f"p50 {ms(percentile(naive_times, 50))}, "
            f"p99 {ms(percentile(naive_times, 99))}, right {naive_right:.1%}",
            f"ours {naive_ratio:.0f}x faster: {verdict(naive_ratio >= TARGETS['naive_speedup'])}")]
          if database_url is None else []),
        ("serving process memory", f"{served['rss_mb']:.0f} MB resident",
         f"< 300 MB: {verdict(served['rss_mb'] < TARGETS['rss_mb'])}"),
    ]
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print()
    print(f"{'measure':{width}}  {'figure':{value_width}}  target")
    print(f"{'-' * width}  {'-' * value_width}  ------")
    for name, value, target in rows:
        print(f"{name:{width}}  {value:{value_width}}  {target}")


if __name__ == "__main__":
    main()
