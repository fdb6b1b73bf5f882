"""The `racebot` command line: import, changes, races, race, candidate, polls, endorsements, endorser, ask, feeds, db,
doctor, run, sync."""

from __future__ import annotations

import argparse
import asyncio
import gc
import getpass
import json
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.changes import changes_answer
from bot.config import Settings, configure_logging, load_settings
from bot.db.change_log import ChangeAuthor, changes_by
from bot.db.database import Database
from bot.db.migrate import HEAD_REVISION
from bot.db.unavailable import OPEN_ERRORS
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.errors import ConfigError, RacebotError
from bot.formats import show_controls
from bot.i18n import LANGUAGES
from bot.render_text import render_answer

if TYPE_CHECKING:  # the importers and the feeds (aiohttp, clarify, lxml) load only for the commands that use them,
    from bot.importers import ImportSummary  # so `racebot ask` starts quickly

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
PROGRESS_BAR_BYTES = 10 << 20  # a file smaller than this imports in a moment: no bar


class _ImportParser(argparse.ArgumentParser):
    """The parser of `racebot import`, whose help lists the formats of the registry (bot.importers.formats), loaded
    only when the help is shown: `racebot ask` never loads the importers."""

    def format_help(self) -> str:
        from bot.importers.formats import format_list

        self.description = ("Imports files, each in one transaction. The formats, recognised by suffix and "
                            "columns:\n" + format_list())
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    """The `racebot` argument parser, with a subcommand for each command."""
    parser = argparse.ArgumentParser(prog="racebot", description="Election races, polls and endorsements.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("import", help="import a file of any format Racebot reads (racebot import --help lists them)",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.__class__ = _ImportParser  # its help lists the formats, read when it is asked for
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--report", metavar="CSV", help="write every repaired cell (file,line,column,value,action) here")
    p.add_argument("--strict", action="store_true", help="reject a file with any malformed cell instead of repairing")
    p.add_argument("--create-races", action="store_true",
                   help="results files: create the race of a contest that matches none")
    p.add_argument("--state", metavar="STATE",
                   help="results files that do not name their state (a county's Clarity file, a summary CSV)")
    p = sub.add_parser("changes", help="the latest imports that changed the data: who, from where, what file or feed")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many imports (default 10)")
    sub.add_parser("races", help="list the races")
    p = sub.add_parser("results", help="who won or is winning a race: final results, or the count as it stands")
    p.add_argument("race", metavar="RACE")
    p = sub.add_parser("race", help="a race with its candidates and dates")
    p.add_argument("race", metavar="SLUG")
    p = sub.add_parser("candidate", help="a candidate's profile (fuzzy name)")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("polls", help="the polls of a race, oldest first, with sources")
    p.add_argument("race", metavar="RACE")
    p.add_argument("--latest", action="store_true", help="only the latest poll")
    p.add_argument("--average", action="store_true", help="the polling average")
    p = sub.add_parser("endorsements", help="who endorsed a candidate (fuzzy name)")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("endorser", help="whom a person or organisation endorsed (fuzzy name)")
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser("ask", help="ask a question in plain words; no question opens a prompt")
    p.add_argument("question", nargs="*")
    p.add_argument("--json", action="store_true", help="print the typed answer as JSON")
    p = sub.add_parser("db", help="the database: `racebot db upgrade`, `current`, `backup PATH`, `restore PATH`")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="upgrade the schema to this version's (first, before new bot processes start)")
    actions.add_parser("current", help="the database's schema revision, and this version's")
    a = actions.add_parser("backup", help="copy the SQLite database, consistently, while the bot runs (PostgreSQL: "
                                          "prints the pg_dump command)")
    a.add_argument("path", metavar="PATH", help="the backup file, or a folder to write a dated one in")
    a = actions.add_parser("restore", help="put a backup back, after checking it")
    a.add_argument("path", metavar="PATH")
    a.add_argument("--force", action="store_true", help="replace a database whose schema is newer than the backup's")
    p = sub.add_parser("doctor", help="check the settings, the database and (with DISCORD_TOKEN) what Discord says "
                                      "about the bot; one line per check, with the fix")
    p.add_argument("--offline", action="store_true", help="skip the checks that ask Discord")
    p = sub.add_parser("feeds", help="the feeds new data comes from: `racebot feeds add URL`, `list`, `refresh [ID]`")
    actions = p.add_subparsers(dest="feeds_action", required=True, metavar="ACTION")
    a = actions.add_parser("add", help="read an http(s) URL of a 538 polls CSV or race bundle on the schedule")
    a.add_argument("url", metavar="URL")
    actions.add_parser("list", help="every feed, and whether it works")
    a = actions.add_parser("refresh", help="read a feed (default: every feed) now; prints what was imported or why not")
    a.add_argument("feed_id", nargs="?", type=int, metavar="ID")
    p = sub.add_parser("run", help="run the Discord bot")
    p = sub.add_parser("sync", help="register the slash commands with Discord")
    p.add_argument("--guild", type=int, help="sync to one server (instant) instead of globally")
    for name in ("race", "results", "candidate", "polls", "endorsements", "endorser"):
        sub.choices[name].add_argument("--json", action="store_true", help="print the typed answer as JSON")
    for name in ("ask", "race", "results", "candidate", "polls", "endorsements", "endorser"):
        sub.choices[name].add_argument("--lang", choices=LANGUAGES, default=None,
                                       help="the language of the answer (default: the question's language; English "
                                            "for the other commands)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command `argv` names (the process's arguments by default); returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "doctor":  # it reports a bad setting as one of its checks
        from bot.doctor import run_doctor

        return run_doctor(offline=args.offline)
    try:
        settings = load_settings()
    except RacebotError as exc:
        print(f"racebot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings, quiet=args.command not in ("run", "sync"))
    if args.command in ("run", "sync"):
        from bot.client import run_bot  # imports discord: only for the commands that need it

        if settings.discord_token:  # a bad database setting is told in one line before Discord is asked anything
            try:
                asyncio.run(_with_engine(settings, _ready))
            except ConfigError as exc:
                print(f"racebot: {exc}", file=sys.stderr)
                return EXIT_USAGE
        return run_bot(settings, sync=args.command == "sync", guild_id=getattr(args, "guild", None))
    # Data reaches the terminal through these: a name holding ESC]0;...BEL or ESC[2J is shown, never obeyed.
    with redirect_stdout(_ControlsShown(sys.stdout)), redirect_stderr(_ControlsShown(sys.stderr)):
        try:
            return asyncio.run(_dispatch(args, settings))
        except ConfigError as exc:  # a database the settings name that cannot be used, and why
            print(f"racebot: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except RacebotError as exc:
            print(f"racebot: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except BrokenPipeError:  # `racebot ask ... | head`: the reader has what it wanted
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python exits
            return EXIT_OK
        except KeyboardInterrupt:
            return 130


async def _load_bundled_races(db: Database) -> None:
    """The first-use load of a new database: the bundled races, through the importers (loaded only then)."""
    from bot.importers.bundled import load_bundled_races

    await load_bundled_races(db)


async def _ready(engine: QuestionEngine) -> int:
    return EXIT_OK


async def _with_engine(settings: Settings, work: Callable[[QuestionEngine], Awaitable[int]]) -> int:
    db = Database(settings.database_url, schema=settings.database_schema)
    try:
        await db.open(load_bundled=_load_bundled_races if settings.load_bundled_data else None, announce=_say)
        return await work(QuestionEngine(db))
    finally:
        await db.close()


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    as_json = bool(getattr(args, "json", False))

    def show(answer: Answer) -> int:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False) if as_json else render_answer(answer))
        return EXIT_OK if answer.status in ("ok", "help", "no_data") else EXIT_ERROR

    async def work(engine: QuestionEngine) -> int:
        match args.command:
            case "import":
                with changes_by(ChangeAuthor("cli", _login_name())):
                    async with engine.db.write_turn(_say):  # one import at a time; a second one waits, and says so
                        return await _import(engine, args.paths, report=args.report, strict=args.strict,
                                             create_races=args.create_races, state=args.state)
            case "changes":
                return show(await changes_answer(engine.db, max(1, args.limit)))
            case "feeds":
                with changes_by(ChangeAuthor("cli", _login_name())):  # a feed added here is logged as by this login
                    return await _feeds(engine, args, settings, show)
            case "races":
                races = await engine.races()
                if not races:
                    print("No races yet. Import one with: racebot import PATH")
                for race in races:
                    dates = ", ".join(f"{s.stage} {s.date:%Y-%m-%d}" for s in race.stages)
                    when = f"; {dates}" if dates else ""
                    print(f"{race.slug:32} {race.name} ({len(race.candidacies)} candidates{when})")
                return EXIT_OK
            case "race":
                return show(await engine.race_answer(args.race, language=args.lang))
            case "results":
                return show(await engine.results_answer(args.race, language=args.lang))
            case "candidate":
                return show(await engine.candidate_answer(args.name, language=args.lang))
            case "polls":
                kind = "latest" if args.latest else "average" if args.average else "history"
                return show(await engine.polls_answer(args.race, kind, language=args.lang))
            case "endorsements":
                return show(await engine.endorsements_answer(args.name, language=args.lang))
            case "endorser":
                return show(await engine.endorser_answer(args.name, language=args.lang))
            case "ask":
                if args.question:
                    answer = await engine.ask(" ".join(args.question), AskContext(language=args.lang))
                    show(answer)
                    return EXIT_OK  # an answer saying a name is unknown is still an answer
                return await _prompt(engine, as_json, args.lang)
        return EXIT_USAGE

    if args.command == "db":
        return await _database(args, settings)
    return await _with_engine(settings, work)


async def _database(args: argparse.Namespace, settings: Settings) -> int:
    """`racebot db upgrade|current|backup|restore`: only `upgrade` (and a restore) changes the database."""
    from bot.db import backup

    if args.action in ("backup", "restore") and backup.sqlite_path(settings.database_url) is None:
        dump, restore = backup.pg_commands(settings.database_url, settings.database_schema, args.path)
        print("racebot: the database is on PostgreSQL, which backs up and restores with its own tools (a password "
              "comes from PGPASSWORD or ~/.pgpass):", file=sys.stderr)
        print(dump if args.action == "backup" else restore)
        return EXIT_USAGE
    if args.action == "backup":  # a reader of the file: nothing is opened, created or upgraded
        report = await asyncio.to_thread(backup.backup_sqlite, backup.sqlite_path(settings.database_url),
                                         Path(args.path))
        print("\n".join(report.lines()))
        return EXIT_OK
    db = Database(settings.database_url, schema=settings.database_schema)
    try:
        if args.action == "restore":
            restored = await backup.restore_sqlite(Path(args.path), db, force=args.force)
            print("\n".join(restored.lines()))
            return EXIT_OK
        if args.action == "upgrade":  # as any first use: a new database gets the bundled races too
            await db.open(load_bundled=_load_bundled_races if settings.load_bundled_data else None, announce=_say)
        try:
            revision = await db.schema_revision()
        except OPEN_ERRORS as error:
            raise db.unavailable(error) from error
        behind = "" if revision == HEAD_REVISION else "; `racebot db upgrade` upgrades it"
        print(f"schema revision {revision} (current: {HEAD_REVISION}){behind}")
        return EXIT_OK
    finally:
        await db.close()


async def _import(engine: QuestionEngine, paths: list[str], *, report: str | None = None,
                  strict: bool = False, create_races: bool = False, state: str | None = None) -> int:
    from bot.importers import write_repair_report
    from bot.importers.entry import import_any
    from bot.importers.parse_process import GC_THRESHOLD
    from bot.importers.results_import import ResultsSummary

    # This process only imports: a million rows make millions of objects that live until the batch is written, and
    # the cyclic collector would scan them again and again (a third of a large import's time) to find no cycles.
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    status = EXIT_OK
    summaries: list[ImportSummary] = []
    for path in paths:
        try:
            with _import_display(path) as (progress, on_read):
                imported = await import_any(engine.db, path, progress=progress, strict=strict, on_read=on_read,
                                            create_races=create_races, state=state)
            if isinstance(imported, ResultsSummary):
                print("\n".join(imported.lines()))
                continue
            summary = imported
        except RacebotError as exc:
            print(f"racebot: rejected {exc} (nothing was imported from this file)", file=sys.stderr)
            status = EXIT_ERROR
            continue
        summaries.append(summary)
        print(f"{path}:")
        for line in summary.lines():
            print(f"  {line}")
    engine.index_cache.invalidate()
    if report:
        try:
            count = write_repair_report(report, summaries)
        except OSError as exc:
            print(f"racebot: cannot write the report {report} ({exc.strerror or exc})", file=sys.stderr)
            return EXIT_ERROR
        print(f"{count} repaired cell{'s' if count != 1 else ''} listed in {report}")
    return status


async def _say(message: str) -> None:
    """Tell the person at the terminal why nothing seems to happen (e.g. "waiting for another import to finish")."""
    print(f"racebot: {message}…", file=sys.stderr, flush=True)


@contextmanager
def _import_display(path: str) -> Iterator[tuple[Callable[[str], None], Callable[[int], None] | None]]:
    """How an import shows its progress: a bar over the file's bytes on a terminal, plain lines otherwise (a pipe,
    a log, CI)."""
    def plain(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    size = os.path.getsize(path) if os.path.isfile(path) else 0
    if not sys.stderr.isatty() or size < PROGRESS_BAR_BYTES:
        yield plain, None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    # The bar draws with cursor controls: it writes to the real stderr, not the stream that shows them as escapes.
    console = Console(file=sys.__stderr__)
    columns = (TextColumn("{task.description}", markup=False), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(show_controls(os.path.basename(path)), total=size)
        yield (lambda message: bar.update(task, description=show_controls(message))), \
            (lambda done: bar.update(task, completed=done))


def _login_name() -> str | None:
    """Who imports from this terminal, for the change log."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor in the password database
        return None


async def _feeds(engine: QuestionEngine, args: argparse.Namespace, settings: Settings,
                 show: Callable[[Answer], int]) -> int:
    """`racebot feeds add|list|refresh`: the same core as /updates add-feed and /updates feeds."""
    from bot.updates.feeds import Feeds
    from bot.updates.fetch import AddressPolicy

    feeds = Feeds(engine.db, refresh_seconds=settings.feed_refresh_seconds, configured=settings.feeds,
                  policy=AddressPolicy(allow_private=settings.feeds_allow_private))
    try:
        await feeds.sync_configured()
        if args.feeds_action == "add":
            return show(await feeds.add(args.url, None, None))
        if args.feeds_action == "list":
            return show(await feeds.list_answer())
        reports = await feeds.refresh_now(args.feed_id)
    finally:
        await feeds.close()
    if not reports:
        print("racebot: " + (f"there is no feed #{args.feed_id}; `racebot feeds list` lists them"
                             if args.feed_id is not None else "no feeds; add one with `racebot feeds add URL`"),
              file=sys.stderr)
        return EXIT_ERROR
    for report in reports:
        if report.ok:
            print(f"#{report.feed_id} {report.location}: {report.summary or 'unchanged'}")
        else:  # the operator sees the whole reason, which Discord does not show
            print(f"#{report.feed_id} {report.location}: failed: {report.detail or report.error}")
    if any(report.changed for report in reports):
        engine.index_cache.invalidate()
    return EXIT_OK if all(report.ok for report in reports) else EXIT_ERROR


async def _prompt(engine: QuestionEngine, as_json: bool, language: str | None = None) -> int:
    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:
        pass
    print("Ask about races, polls and endorsements. An empty line or Ctrl-D quits.")
    while True:
        try:
            question = await asyncio.to_thread(input, "racebot> ")
        except EOFError:
            print()
            return EXIT_OK
        if not question.strip():
            return EXIT_OK
        answer = await engine.ask(question, AskContext(language=language))
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False) if as_json else render_answer(answer))


class _ControlsShown:
    """A text stream that writes control characters as escapes (\\u001b) to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(show_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, fileno (input() keeps its line editing), isatty ...
        return getattr(self.stream, name)
