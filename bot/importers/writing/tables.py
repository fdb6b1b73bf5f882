"""What the table writers share: the import's transaction with its bulk loads, id reservations and key holds, the
change rows it collects, the diff of a table, and the index of a race's candidates by name."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, ColumnElement, Integer, any_, bindparam, func, inspect, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import (
    AreaCount,
    AreaTurnout,
    Candidacy,
    Candidate,
    DataChange,
    ElectionResult,
    Endorsement,
    Endorser,
    Poll,
    PollResult,
    PollsterAlias,
    Race,
    RaceStage,
    ResultCount,
    Source,
)
from bot.errors import ImportRejected
from bot.importers.writing.summary import ImportSummary
from bot.names import fold

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list: well under SQLite's and asyncpg's parameter limits
ARRAY_CHUNK = 20_000  # PostgreSQL: values per "= ANY(array)" (one parameter, planned once)
SQLITE_INSERT_ROWS = 20_000  # rows per executemany of a bulk insert on SQLite

# Tables an import writes: their statistics are refreshed after a large one.
TABLES_WRITTEN = tuple(model.__tablename__ for model in (
    Source, Race, RaceStage, Candidate, Candidacy, Poll, PollResult, Endorser, Endorsement, ElectionResult,
    PollsterAlias, DataChange))
# Tables whose rows the writer loads in bulk and whose foreign keys it holds itself where PostgreSQL allows it (a
# results import's counts and areas refer to the snapshots it made and to people it made or holds).
KEYS_HELD_BY_WRITER = tuple(model.__tablename__ for model in (Poll, PollResult, DataChange, ResultCount, AreaCount,
                                                              AreaTurnout))
ANALYZE_AFTER_ROWS = 10_000  # rows added or updated by one import from which statistics are refreshed


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`items` in slices of at most `size`."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def changed_fields(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The fields of `values` that differ from `row` (None in `values` means "not given": kept)."""
    return {k: v for k, v in values.items() if v is not None and getattr(row, k) != v}


class CandidateIndex:
    """Folded names and aliases of one race's candidates -> candidate id."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def add(self, candidate_id: int, name: str, aliases: Iterable[str]) -> None:
        """Know this candidate by their name and each alias (the first candidate of a name keeps it)."""
        for n in (name, *aliases):
            self.ids.setdefault(fold(n), candidate_id)

    def find(self, name: str) -> int | None:
        """The id of the candidate called `name` (a name or an alias, folded), or None."""
        return self.ids.get(fold(name))


class IdRuns:
    """A set of row ids kept as runs of consecutive ids: the rows an import added or compared, in a few numbers however
    many (the ids it reserves come in runs: one per batch on SQLite, a few more on PostgreSQL when another writer takes
    ids meanwhile; the rows a file describes again were mostly added together). A set of a million ints would cost
    the import tens of MB."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._stops: list[int] = []  # each run is range(start, stop); runs sorted and apart

    def add(self, ids: Iterable[int]) -> None:
        """Add some ids that are not in the set yet."""
        for row_id in sorted(ids):
            at = bisect_right(self._starts, row_id)
            if at and self._stops[at - 1] == row_id:  # extends the run before it (the usual case)
                self._stops[at - 1] = row_id + 1
                if at < len(self._starts) and self._starts[at] == row_id + 1:  # and joins the next one
                    self._stops[at - 1] = self._stops.pop(at)
                    del self._starts[at]
            elif at < len(self._starts) and self._starts[at] == row_id + 1:
                self._starts[at] = row_id
            else:
                self._starts.insert(at, row_id)
                self._stops.insert(at, row_id + 1)

    def __contains__(self, row_id: object) -> bool:
        if not isinstance(row_id, int):
            return False
        at = bisect_right(self._starts, row_id)
        return at > 0 and row_id < self._stops[at - 1]

    def __len__(self) -> int:
        return sum(stop - start for start, stop in zip(self._starts, self._stops, strict=True))


@dataclass(slots=True)
class RowDiff:
    """What a file changes in one table: rows to insert, rows to update ({"id": ..., fields}), rows unchanged."""

    added: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0


def _converted(records: Sequence[Sequence[Any]], fixes: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    """The records with the cells that need it converted for the driver (the same records when none do)."""
    if not fixes:
        return list(records)
    converted = [list(record) for record in records]
    for record in converted:
        for i, fix in fixes:
            record[i] = fix(record[i])
    return converted


class WriteSession:
    """One import's transaction as the table writers use it: its session and summary, the source ids and change
    rows of the file so far, and the bulk ways to read and write that each database does best."""

    def __init__(self, session: AsyncSession, summary: ImportSummary, origin: str | None = None) -> None:
        self.session = session
        self.summary = summary
        self.origin = origin or summary.path
        self.changes: list[dict[str, Any]] = []
        self.races_changed: set[int] = set()  # ids of the races whose rows (or items) the import added or updated
        self.source_ids: dict[str, int] = {}  # url -> id of every source the batch names (written first)
        self.postgresql = session.bind.dialect.name == "postgresql"
        self._sequences: dict[str, int] = {}  # PostgreSQL: table -> the oid of its id sequence
        self._holds_keys: bool | None = None  # PostgreSQL: whether bulk loads skip the per-row key checks
        self._held: dict[str, set[int]] = {}  # table -> ids of stored rows this import holds (FOR KEY SHARE)

    def changed(self, kind: str, change: str, race_id: int, item_id: int) -> None:
        """Note an item this import added or updated, for the update posts (and its race for the change log)."""
        self.races_changed.add(race_id)
        self.changes.append({"kind": kind, "change": change, "race_id": race_id, "item_id": item_id,
                             "origin": self.origin[:1000]})

    @asynccontextmanager
    async def planned_each_time(self) -> AsyncIterator[None]:
        """Lookups that PostgreSQL plans at each run. A large import grows its tables a hundredfold inside one
        transaction, which no ANALYZE sees: the plan it keeps for a prepared statement after the first batches
        (a scan of a table that was nearly empty) would scan the whole table later. Only around lookups: the
        foreign-key checks of a COPY are prepared statements too, and planning each of those costs more."""
        if not self.postgresql:
            yield
            return
        await self.session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        try:
            yield
        finally:
            await self.session.execute(text("SET LOCAL plan_cache_mode = auto"))

    def matching(self, column: Any, values: Sequence[Any]) -> Iterator[ColumnElement[bool]]:
        """Conditions that together select the rows whose `column` is one of `values`: on PostgreSQL one array
        parameter per ARRAY_CHUNK values (an IN list of hundreds of parameters is planned again at every run), on
        SQLite IN lists of CHUNK."""
        if not self.postgresql:
            for chunk in chunks(values):
                yield column.in_(chunk)
            return
        for chunk in chunks(values, ARRAY_CHUNK):
            yield column == any_(bindparam(None, list(chunk), type_=ARRAY(column.type)))

    async def insert_many(self, model: type[Any], rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts of the same columns) that need no id back: see insert_records."""
        if not rows:
            return
        columns = [c.name for c in model.__table__.columns if c.name in rows[0]]
        cells = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
        await self.insert_records(model, columns, [cells(row) for row in rows])

    async def insert_records(self, model: type[Any], columns: Sequence[str], records: list[Sequence[Any]]) -> None:
        """Insert rows given as tuples of `columns`, straight through the driver inside the import's transaction:
        COPY on PostgreSQL, one executemany per batch on SQLite (the ORM's per-row bookkeeping cost more than the
        writes)."""
        if not records:
            return
        connection = (await (await self.session.connection()).get_raw_connection()).driver_connection
        if self.postgresql:
            await self._copy_records(connection, model.__table__, columns, records)
            return
        table = model.__table__
        dialect = self.session.bind.dialect
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
        sql = str(compiled)
        if list(compiled.positiontup or ()) != list(columns):  # the INSERT lists them in the table's order
            order = itemgetter(*(list(columns).index(name) for name in compiled.positiontup or ()))
            records, columns = [order(record) for record in records], list(compiled.positiontup or ())
        # Dates and JSON stored as SQLAlchemy stores them; sqlite3 stores a bool as 0 or 1 itself.
        fixes = [(i, f) for i, c in enumerate(columns) if not isinstance(table.c[c].type, Boolean)
                 and (f := table.c[c].type.bind_processor(dialect)) is not None]
        for chunk in chunks(records, SQLITE_INSERT_ROWS):
            await connection.executemany(sql, _converted(chunk, fixes))

    async def _copy_records(self, connection: Any, table: Any, columns: Sequence[str],
                            records: list[Sequence[Any]]) -> None:
        """PostgreSQL: the records through COPY, with the per-row key checks off where this import holds the keys."""
        # asyncpg encodes every type but JSON, which COPY takes as its text.
        records = _converted(records, [(i, json.dumps) for i, c in enumerate(columns)
                                       if isinstance(table.c[c].type, JSON)])
        if table.name in KEYS_HELD_BY_WRITER and await self.holds_keys_itself():
            # The rows' references were held beforehand (hold): the per-row checks would repeat that work.
            # SET LOCAL: a failed COPY ends the transaction, and the setting with it.
            await connection.execute("SET LOCAL session_replication_role = replica")
            await connection.copy_records_to_table(table.name, columns=list(columns), records=records)
            await connection.execute("SET LOCAL session_replication_role = origin")
            return
        await connection.copy_records_to_table(table.name, columns=list(columns), records=records)

    async def holds_keys_itself(self) -> bool:
        """Whether this PostgreSQL import checks the foreign keys of its bulk loads itself, a referenced row once,
        instead of a trigger per row (two thirds of the time of a million poll results). That takes a role allowed
        to set session_replication_role (a superuser, or one granted it), and no triggers of anyone else's on the
        tables loaded: replica mode would skip them too. Otherwise every row is checked as usual."""
        if self._holds_keys is None:
            allowed = self.postgresql and await self.session.scalar(
                text("SELECT current_setting('is_superuser') = 'on'"))
            if self.postgresql and not allowed and await self.session.scalar(
                    text("SELECT current_setting('server_version_num')::int >= 150000")):
                allowed = await self.session.scalar(
                    text("SELECT has_parameter_privilege('session_replication_role', 'SET')"))
            if allowed:
                others = await self.session.scalar(
                    text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = ANY("
                         "SELECT CAST(CAST(name AS regclass) AS oid) FROM unnest(CAST(:tables AS text[])) AS name)"),
                    {"tables": list(KEYS_HELD_BY_WRITER)})
                allowed = others == 0
            self._holds_keys = bool(allowed)
        return self._holds_keys

    async def hold(self, model: type[Any], ids: Iterable[int]) -> None:
        """What a foreign-key check does for every row, done once per referenced row when this import checks its
        keys itself: the rows exist, and no one may delete them or change their ids until it commits. Callers pass the
        stored rows a batch refers to (rows this import created are invisible to everyone else, and need none)."""
        if not await self.holds_keys_itself():
            return
        table = model.__table__
        held = self._held.setdefault(table.name, set())
        wanted = sorted(set(ids) - held)
        found: set[int] = set()
        for matching in self.matching(table.c.id, wanted):
            found.update(await self.session.scalars(
                select(table.c.id).where(matching).with_for_update(key_share=True)))
        if len(found) != len(wanted):
            missing = sorted(set(wanted) - found)[:3]
            raise ImportRejected(self.summary.path, f"{table.name} {missing} was removed while the file was imported "
                                 "(nothing was imported; try again)")
        held.update(wanted)

    async def number_new_rows(self) -> None:
        """Give the rows the session's next flush adds their ids beforehand, a query per table: rows without ids are
        inserted one statement each to read their ids back (RETURNING), rows with ids in one executemany a table.
        In the order the session would insert them; only rows keyed by an integer `id` (not Meta's by name)."""
        new: dict[type[Any], list[Any]] = {}
        for state in sorted((inspect(row) for row in self.session.new), key=lambda state: state.insert_order):
            row = state.obj()
            key = state.mapper.primary_key
            if row is not None and len(key) == 1 and key[0].name == "id" and isinstance(key[0].type, Integer) \
                    and row.id is None:
                new.setdefault(state.class_, []).append(row)
        with self.session.no_autoflush:  # the reserving queries must not flush the rows first
            for model, rows in new.items():
                for row, row_id in zip(rows, await self.reserve_ids(model, len(rows)), strict=True):
                    row.id = row_id

    async def reserve_ids(self, model: type[Any], count: int) -> list[int]:
        """Ids for `count` new rows of `model`, so that they are written in bulk without RETURNING."""
        if count == 0:
            return []
        table = model.__table__
        if self.postgresql:  # taken from the table's sequence: other writers never get the same ones
            sequence = self._sequences.get(table.name)
            if sequence is None:  # looked up once, by oid: a lookup by name per row costs ten times the nextval
                sequence = self._sequences[table.name] = await self.session.scalar(
                    text("SELECT CAST(CAST(pg_get_serial_sequence(:table, 'id') AS regclass) AS oid)"),
                    {"table": table.name})
            result = await self.session.execute(
                text("SELECT nextval(CAST(CAST(:sequence AS oid) AS regclass)) FROM generate_series(1, :count)"),
                {"sequence": sequence, "count": count})
            return list(result.scalars())
        # SQLite lets one transaction write at a time, and one that read before another's commit cannot write after
        # it: the ids above the largest stored one are this transaction's.
        top = await self.session.scalar(select(func.max(table.c.id))) or 0
        return list(range(top + 1, top + 1 + count))
