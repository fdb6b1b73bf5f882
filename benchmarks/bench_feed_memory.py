"""Memory while reading a large feed: a 538 polls CSV of about 200 MB served by a local http server (in a process of
its own, generating the body as it sends it), with a Content-Length and without one (chunked), and one over the 200 MB
limit each way; each read in a fresh child process, whose peak RSS (getrusage ru_maxrss) is taken after a small feed
was read the same way and again after the large one. Prints the rise for each case.

    python benchmarks/bench_feed_memory.py [--mb 200] [--mode fetch|parse|import]
    python benchmarks/bench_feed_memory.py --mode clarity [--mb 20] [--clarity DETAIL.XML]

fetch: read the body to its temporary file (the feed reader's own work, with its SHA-256); parse: that, then check and
parse the file as `racebot import` does, every batch, in this process (no database); import: `Feeds.refresh` into a
new SQLite database, as the bot does (slow: every poll is written; a file over 16 MB is parsed in a parse process,
whose peak is printed apart); clarity: a Clarity detail.xml made of a real one's contests repeated to the size, read
to its file and parsed as the results import does: whole, for clarify's parser reads a whole document.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT

HEADER = b"poll_id,pollster,end_date,sample_size,url,race,stage,candidate_name,pct\n"
LIMIT_MB = 200  # bot.updates.feeds.MAX_FEED_BYTES, in MB
CLARITY_SAMPLE = ROOT.parent / "shared" / "data" / "clarity" / "co_2024_general_detail.xml"  # Colorado 2024, 750 KB


def poll_rows(n: int) -> bytes:
    """One poll of the LA race (two rows), of the same length whatever n: a body's length is known beforehand."""
    day = n % 28 + 1
    return b"".join(f"{10_000_000 + n},Bench Research {n:08d},2022-05-{day:02d},900,https://polls.example/b{n:08d},"
                    f"la-mayor-2022,primary,{name},{pct}\n".encode() for name, pct in (("Karen Bass", "38.5"),
                                                                                       ("Rick Caruso", "31.5")))


POLL_BYTES = len(poll_rows(0))


def polls_for(megabytes: float) -> int:
    return max(1, int((megabytes * 1024 * 1024 - len(HEADER)) // POLL_BYTES))


# ----------------------------------------------------------------------------------------------- the server process
def clarity_body(sample: Path, megabytes: float) -> bytes:
    """A Clarity detail.xml of about `megabytes`: the sample's contests, repeated."""
    text = sample.read_bytes()
    start, end = text.index(b"<Contest "), text.rindex(b"</ElectionResult>")
    contests = text[start:end]
    copies = max(1, int(megabytes * 1024 * 1024 // len(contests)))
    return text[:start] + contests * copies + text[end:]


async def serve(port_file: Path, sample: Path) -> None:
    """GET /polls-N.csv (N polls, with a Content-Length), /polls-N-chunked.csv (without one), /clarity-MB.xml."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await reader.readuntil(b"\r\n\r\n")
            path = request.split(b" ", 2)[1].decode().lstrip("/")
            if path.startswith("clarity-"):
                body = clarity_body(sample, float(path.removeprefix("clarity-").removesuffix(".xml")))
                writer.write(f"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: {len(body)}\r\n\r\n".encode())
                writer.write(body)
                await writer.drain()
                return
            polls = int(path.removeprefix("polls-").split("-")[0].split(".")[0])
            chunked = "-chunked" in path
            length = len(HEADER) + polls * POLL_BYTES
            framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {length}"
            head = f"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/csv\r\n{framing}\r\n\r\n"
            writer.write(head.encode())
            block: list[bytes] = [HEADER]
            for n in range(polls):
                block.append(poll_rows(n))
                if len(block) >= 256 or n == polls - 1:
                    data = b"".join(block)
                    writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n" if chunked else data)
                    block = []
                    await writer.drain()
            if chunked:
                writer.write(b"0\r\n\r\n")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the reader refused the body and hung up: expected over the limit
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port_file.write_text(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


# ------------------------------------------------------------------------------------------------ the reader process
def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


async def read_feed(url: str, mode: str, workdir: Path) -> str:
    """Read one feed as `mode` says; the outcome in a few words."""
    from bot.updates.fetch import AddressPolicy, FeedFetcher, FetchFailed

    if mode == "import":
        return await import_feed(url, workdir)
    fetcher = FeedFetcher(AddressPolicy(allow_private=True), timeout_seconds=600, max_bytes=LIMIT_MB * 1024 * 1024)
    try:
        async with fetcher.get(url, {}) as fetched:
            assert fetched.path is not None
            size = fetched.path.stat().st_size
            if mode == "parse":
                polls = await asyncio.to_thread(parse_file, fetched.path)
                return f"read {size / 1024 / 1024:.0f} MB, parsed {polls:,} polls"
            if mode == "clarity":
                contests = await asyncio.to_thread(parse_clarity_file, fetched.path)
                return f"read {size / 1024 / 1024:.0f} MB, parsed {contests:,} contests"
            return f"read {size / 1024 / 1024:.0f} MB"
    except FetchFailed as exc:
        return f"refused: {exc}"
    finally:
        await fetcher.close()


def parse_file(path: Path) -> int:
    """Check and parse a 538 CSV from its file as `racebot import` does, batch by batch; the number of polls."""
    from bot.importers.polls_538 import stream_538

    batches = stream_538(str(path), origin="http://127.0.0.1/polls.csv")
    assert batches is not None
    return sum(len(race.polls) for batch in batches for race in batch.races)


def parse_clarity_file(path: Path) -> int:
    """Parse a Clarity file as the results import does (its bytes whole); the number of contests."""
    from bot.importers.clarity import parse_clarity

    return len(parse_clarity(str(path), path.read_bytes()).contests)


async def import_feed(url: str, workdir: Path) -> str:
    from bot.db.database import Database
    from bot.importers.bundled import load_bundled_races
    from bot.updates.feeds import Feeds
    from bot.updates.fetch import AddressPolicy

    db = Database(f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}")
    await db.open()
    await load_bundled_races(db)  # the feed's race, la-mayor-2022
    feeds = Feeds(db, configured=(url,), policy=AddressPolicy(allow_private=True), fetch_timeout_seconds=3600)
    try:
        await feeds.sync_configured()
        (report,) = await feeds.refresh_now()
    finally:
        await feeds.close()
        await db.close()
    return "imported" if report.ok else f"refused: {report.error}"


async def measure(small: str, large: str, mode: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        (workdir / "small").mkdir()
        warm = await read_feed(small, mode, workdir / "small")  # every module loaded, every buffer made once
        before = peak_mb()
        start = time.perf_counter()
        outcome = await read_feed(large, mode, workdir)
        seconds = time.perf_counter() - start
    after = peak_mb()
    return {"warm_up": warm, "outcome": outcome, "before_mb": before, "after_mb": after, "seconds": seconds,
            "children_mb": peak_mb(resource.RUSAGE_CHILDREN)}


# ----------------------------------------------------------------------------------------------------- the driver
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, help="size of the feed under the limit, in MB (default: 199.5; 20 for a "
                        "Clarity XML, whose parse needs many times its size)")
    parser.add_argument("--mode", choices=("fetch", "parse", "import", "clarity"), default="fetch")
    parser.add_argument("--clarity", type=Path, default=CLARITY_SAMPLE, help="a Clarity detail.xml to repeat")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, metavar=("SMALL", "LARGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.serve, args.clarity))
        return
    args.mb = args.mb or (20 if args.mode == "clarity" else LIMIT_MB - 0.5)
    if args.measure:
        print(json.dumps(asyncio.run(measure(*args.measure, args.mode))))
        return
    with tempfile.TemporaryDirectory() as folder:
        port_file = Path(folder) / "port"
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file), "--clarity", str(args.clarity)])
        try:
            while not port_file.exists() or not port_file.read_text():
                time.sleep(0.05)
            run_cases(f"http://127.0.0.1:{port_file.read_text()}", args.mb, args.mode)
        finally:
            server.terminate()
            server.wait()


def run_cases(base: str, megabytes: float, mode: str) -> None:
    small = f"{base}/polls-{polls_for(0.05)}.csv"
    over = LIMIT_MB + 10
    if mode == "clarity":
        small = f"{base}/clarity-0.05.xml"
        cases = [(f"Clarity XML, {size:g} MB", f"{base}/clarity-{size:g}.xml") for size in (5, megabytes)]
    else:
        cases = [(f"{megabytes:g} MB, Content-Length", f"{base}/polls-{polls_for(megabytes)}.csv"),
                 (f"{megabytes:g} MB, chunked (no Content-Length)", f"{base}/polls-{polls_for(megabytes)}-chunked.csv"),
                 (f"{over} MB, Content-Length (refused)", f"{base}/polls-{polls_for(over)}.csv"),
                 (f"{over} MB, chunked (refused at {LIMIT_MB} MB)", f"{base}/polls-{polls_for(over)}-chunked.csv")]
    body = "a Clarity detail.xml" if mode == "clarity" else f"a 538 polls CSV of {POLL_BYTES} bytes a poll"
    print(f"mode: {mode}; {body}; the peak RSS of a child process that read a 50 KB feed the same way first")
    print(f"{'case':<42} {'before':>9} {'after':>9} {'rise':>9} {'time':>8}  outcome")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for label, url in cases:
        child = subprocess.run([sys.executable, __file__, "--mode", mode, "--measure", small, url],
                               capture_output=True, text=True, env=env, check=False)
        if child.returncode != 0:
            print(f"{label:<42} failed: {child.stderr.strip().splitlines()[-1:]}")
            continue
        result = json.loads(child.stdout.strip().splitlines()[-1])
        rise = result["after_mb"] - result["before_mb"]
        extra = f" (parse process peak {result['children_mb']:.0f} MB)" if result["children_mb"] else ""
        print(f"{label:<42} {result['before_mb']:>6.0f} MB {result['after_mb']:>6.0f} MB {rise:>6.1f} MB "
              f"{result['seconds']:>7.1f}s  {result['outcome']}{extra}")


if __name__ == "__main__":
    main()
