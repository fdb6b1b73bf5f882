"""Stores parsed records in one transaction: upserts by natural key, in batches, counting what changed."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, ColumnElement, any_, bindparam, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.change_log import note_item_changes
from bot.db.models import (
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
    Source,
)
from bot.errors import ImportRejected
from bot.importers.records import (
    CandidateRecord,
    EndorsementRecord,
    ParsedFile,
    PollRecord,
    RaceData,
    RaceRecord,
    Repair,
    SourceRecord,
)
from bot.names import fold

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list: well under SQLite's and asyncpg's parameter limits
ARRAY_CHUNK = 20_000  # PostgreSQL: values per "= ANY(array)" (one parameter, planned once)
SQLITE_INSERT_ROWS = 20_000  # rows per executemany of a bulk insert on SQLite

# Tables an import writes: their statistics are refreshed after a large one.
TABLES_WRITTEN = tuple(model.__tablename__ for model in (
    Source, Race, RaceStage, Candidate, Candidacy, Poll, PollResult, Endorser, Endorsement, ElectionResult,
    PollsterAlias, DataChange))
# Tables whose rows the writer loads in bulk and whose foreign keys it holds itself where PostgreSQL allows it.
KEYS_HELD_BY_WRITER = tuple(model.__tablename__ for model in (Poll, PollResult, DataChange))
ANALYZE_AFTER_ROWS = 10_000  # rows added or updated by one import from which statistics are refreshed
REPAIRS_SHOWN = 3  # the first few repairs are printed with the summary
KINDS = ("races", "candidates", "polls", "poll results", "endorsements", "results", "sources")


@dataclass
class ChangeCount:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return self.added + self.updated


@dataclass
class ImportSummary:
    path: str
    counts: dict[str, ChangeCount] = field(default_factory=lambda: {k: ChangeCount() for k in KINDS})
    repairs: list[Repair] = field(default_factory=list)

    def add(self, kind: str, how: str, n: int = 1) -> None:
        count = self.counts[kind]
        setattr(count, how, getattr(count, how) + n)

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.counts.values())

    @property
    def rows_changed(self) -> int:
        return sum(c.changed for c in self.counts.values())

    def lines(self) -> list[str]:
        out = []
        for kind, c in self.counts.items():
            if c.added or c.updated or c.unchanged:
                out.append(f"{kind}: {c.added} added, {c.updated} updated, {c.unchanged} unchanged")
        if self.repairs:
            shown = "; ".join(r.describe() for r in self.repairs[:REPAIRS_SHOWN])
            more = f" (and {len(self.repairs) - REPAIRS_SHOWN} more)" if len(self.repairs) > REPAIRS_SHOWN else ""
            out.append(f"repaired {len(self.repairs)} malformed cell{'s' if len(self.repairs) != 1 else ''}: "
                       f"{shown}{more}")
        return out or ["nothing in the file"]


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _changes(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The fields of `values` that differ from `row` (None in `values` means "not given": kept)."""
    return {k: v for k, v in values.items() if v is not None and getattr(row, k) != v}


class CandidateIndex:
    """Folded names and aliases of one race's candidates -> candidate id."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def add(self, candidate_id: int, name: str, aliases: Iterable[str]) -> None:
        for n in (name, *aliases):
            self.ids.setdefault(fold(n), candidate_id)

    def find(self, name: str) -> int | None:
        return self.ids.get(fold(name))


POLL_FIELDS = ("pollster", "sponsors", "start_date", "end_date", "reported", "sample_size", "population", "method",
               "stage", "note", "source_id")
RESULT_FIELDS = ("pct", "leads", "note", "hypothetical", "ranked_round")
# A new result as the writer inserts it: a tuple of these columns (a million dicts would cost more than the writes).
RESULT_COLUMNS = ("poll_id", "question", "subgroup", "candidate_id", *RESULT_FIELDS)
RESULT_BATCH_POLLS = 2000  # polls whose results are compared and written together
ResultKey = tuple[int, str, str, int]  # poll id, question, subgroup, candidate id
EndorsementKey = tuple[str, int, int]  # folded endorser name, candidate id, race id


@dataclass(slots=True)
class RowDiff:
    """What a file changes in one table: rows to insert, rows to update ({"id": ..., fields}), rows unchanged."""

    added: list[dict[str, Any]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0


@dataclass(slots=True)
class PollDiff:
    """What a file changes in the polls table."""

    added: list[tuple[int, CandidateIndex, PollRecord, dict[str, Any]]] = field(default_factory=list)
    updated: list[dict[str, Any]] = field(default_factory=list)  # {"id": ..., the changed fields}
    kept: list[tuple[int, int, CandidateIndex, PollRecord]] = field(default_factory=list)  # id, race id: stored


def diff_polls(wanted: Iterable[tuple[int, CandidateIndex, PollRecord, dict[str, Any]]],
               existing: dict[tuple[int, str], dict[str, Any]]) -> PollDiff:
    """Compare a file's polls (race id, index, record, values) with the stored ones by (race id, key)."""
    diff = PollDiff()
    for race_id, index, rec, values in wanted:
        row = existing.get((race_id, rec.key))
        if row is None:
            diff.added.append((race_id, index, rec, values))
            continue
        changes = {k: v for k, v in values.items() if row[k] != v}
        if changes:
            diff.updated.append({"id": row["id"], **changes})
        diff.kept.append((row["id"], race_id, index, rec))
    return diff


@dataclass(slots=True)
class ResultDiff:
    """What a file changes in the results of some polls."""

    added: list[tuple[Any, ...]] = field(default_factory=list)  # RESULT_COLUMNS
    updated: list[dict[str, Any]] = field(default_factory=list)  # {"id": ..., every RESULT_FIELDS value}
    unchanged: int = 0
    updated_polls: set[int] = field(default_factory=set)  # polls with a result whose figures changed
    grown_polls: set[int] = field(default_factory=set)  # polls with a result that was not there


def diff_results(path: str, polls: Iterable[tuple[int, CandidateIndex, PollRecord]],
                 old: dict[ResultKey, tuple[Any, ...]]) -> ResultDiff:
    """Compare the results of some polls (poll id, the race's candidates, record) with the stored ones."""
    diff = ResultDiff()
    for poll_id, index, rec in polls:
        seen: set[tuple[str, str, int]] = set()
        for res in rec.results:
            candidate_id = index.find(res.candidate)
            if candidate_id is None:  # parsers add every named candidate, so this is a bug, not bad input
                raise RuntimeError(f"candidate {res.candidate!r} was not created")
            if (res.question, res.subgroup, candidate_id) in seen:
                raise ImportRejected(path, f"poll {rec.key}: {res.candidate!r} is named twice in "
                                     f"question {res.question or '(main)'}", rec.line)
            seen.add((res.question, res.subgroup, candidate_id))
            stored = old.get((poll_id, res.question, res.subgroup, candidate_id)) if old else None
            values = (res.pct, res.leads, res.note, res.hypothetical, res.ranked_round)  # as RESULT_FIELDS
            if stored is None:
                diff.added.append((poll_id, res.question, res.subgroup, candidate_id, *values))  # RESULT_COLUMNS
                diff.grown_polls.add(poll_id)
                continue
            if stored[1:] != values:
                diff.updated.append({"id": stored[0], **dict(zip(RESULT_FIELDS, values, strict=True))})
                diff.updated_polls.add(poll_id)
            else:
                diff.unchanged += 1
    return diff


Person = tuple[str, str | None]  # a person not stored yet: folded name and party


@dataclass(slots=True)
class CandidateMatch:
    """Who a file's candidates are: people to create, each (race, candidate) to link, known people it describes."""

    new_people: dict[Person, dict[str, Any]] = field(default_factory=dict)  # one row per new person in the file
    links: list[tuple[int, CandidateRecord, Person | int, bool]] = field(default_factory=list)  # race, record,
    # person (an id, or a new person), whether the file lists the candidate (not only names them in a poll)
    explicit_people: dict[int, CandidateRecord] = field(default_factory=dict)


def match_candidates(datas: Iterable[tuple[int, RaceData]], indexes: dict[int, CandidateIndex],
                     known_people: dict[Person, int]) -> CandidateMatch:
    """Match every candidate a file names (listed, in a poll or in a result) to its race's candidates (by name or
    alias), to the same person known from another race (same name and party), or to a new person."""
    match = CandidateMatch()
    for race_id, data in datas:
        index = indexes[race_id]
        explicit = {fold(rec.name) for rec in data.candidates}
        wanted: dict[str, CandidateRecord] = {fold(rec.name): rec for rec in data.candidates}
        for poll in data.polls:
            for result in poll.results:
                folded = fold(result.candidate)
                if folded not in wanted:  # a million results name a few thousand people
                    wanted[folded] = CandidateRecord(result.candidate, party=result.party)
        for res in data.results:
            wanted.setdefault(fold(res.candidate), CandidateRecord(res.candidate))
        for folded, rec in wanted.items():
            candidate_id = index.find(rec.name)
            for alias in rec.aliases:
                candidate_id = candidate_id or index.find(alias)
            person: Person | int
            if candidate_id is not None:
                person = candidate_id
            elif (folded, rec.party) in known_people:
                person = known_people[(folded, rec.party)]
            else:
                person = (folded, rec.party)
                match.new_people.setdefault(person, {"name": rec.name, "aliases": list(rec.aliases),
                                                     "party": rec.party, "description": rec.description})
            if isinstance(person, int) and folded in explicit:
                match.explicit_people[person] = rec
            match.links.append((race_id, rec, person, folded in explicit))
    return match


class ImportWriter:
    """Writes one parsed file inside the caller's transaction."""

    def __init__(self, session: AsyncSession, summary: ImportSummary, origin: str | None = None) -> None:
        self.session = session
        self.summary = summary
        self.origin = origin or summary.path
        self.changes: list[dict[str, Any]] = []
        self.sources: dict[str, int] = {}
        self._global_candidates: dict[tuple[str, str | None], int] | None = None  # loaded on first use
        # A file may come in batches (a long 538 CSV): what earlier batches loaded, wrote and counted is kept.
        self._indexes: dict[int, CandidateIndex] = {}  # race id -> its candidates
        self._candidacies: dict[tuple[int, int], Candidacy] = {}  # stored (race id, candidate id)
        self._linked: set[tuple[int, int]] = set()  # (race id, candidate id) linked by this import
        self._races_counted: set[str] = set()
        self._postgresql = session.bind.dialect.name == "postgresql"
        self._sequences: dict[str, int] = {}  # PostgreSQL: table -> the oid of its id sequence
        self._holds_keys: bool | None = None  # PostgreSQL: whether bulk loads skip the per-row key checks
        self._held: dict[str, set[int]] = {}  # table -> ids of stored rows this import holds (FOR KEY SHARE)

    async def write(self, parsed: ParsedFile) -> None:
        await self._sources([*self._all_sources(parsed)])
        races = await self._races(parsed.races)
        indexes = await self._candidates(races, parsed.races)
        await self._polls([(races[d.slug], indexes[d.slug], d.polls) for d in parsed.races if d.polls])
        for data in parsed.races:
            await self._results(races[data.slug], indexes[data.slug], data)
        await self._endorsements(parsed.endorsements)
        await self._pollster_aliases(parsed.pollster_aliases)
        await self._insert_many(DataChange, self.changes)
        note_item_changes(self.session.sync_session, self.changes)  # so that the import's author is recorded
        self.changes = []

    @asynccontextmanager
    async def _planned_each_time(self) -> AsyncIterator[None]:
        """Lookups that PostgreSQL plans at each run. A large import grows its tables a hundredfold inside one
        transaction, which no ANALYZE sees: the plan it keeps for a prepared statement after the first batches
        (a scan of a table that was nearly empty) would scan the whole table later. Only around lookups: the
        foreign-key checks of a COPY are prepared statements too, and planning each of those costs more."""
        if not self._postgresql:
            yield
            return
        await self.session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        try:
            yield
        finally:
            await self.session.execute(text("SET LOCAL plan_cache_mode = auto"))

    def _matching(self, column: Any, values: Sequence[Any]) -> Iterator[ColumnElement[bool]]:
        """Conditions that together select the rows whose `column` is one of `values`: on PostgreSQL one array
        parameter per ARRAY_CHUNK values (an IN list of hundreds of parameters is planned again at every run), on
        SQLite IN lists of CHUNK."""
        if not self._postgresql:
            for chunk in _chunks(values):
                yield column.in_(chunk)
            return
        for chunk in _chunks(values, ARRAY_CHUNK):
            yield column == any_(bindparam(None, list(chunk), type_=ARRAY(column.type)))

    async def _insert_many(self, model: type[Any], rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts of the same columns) that need no id back: see _insert_records."""
        if not rows:
            return
        columns = [c.name for c in model.__table__.columns if c.name in rows[0]]
        cells = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
        await self._insert_records(model, columns, [cells(row) for row in rows])

    async def _insert_records(self, model: type[Any], columns: Sequence[str], records: list[Sequence[Any]]) -> None:
        """Insert rows given as tuples of `columns`, straight through the driver inside the import's transaction:
        COPY on PostgreSQL, one executemany per batch on SQLite (the ORM's per-row bookkeeping cost more than the
        writes)."""
        if not records:
            return
        table = model.__table__
        connection = (await (await self.session.connection()).get_raw_connection()).driver_connection
        if self._postgresql:
            # asyncpg encodes every type but JSON, which COPY takes as its text.
            records = _converted(records, [(i, json.dumps) for i, c in enumerate(columns)
                                           if isinstance(table.c[c].type, JSON)])
            if table.name in KEYS_HELD_BY_WRITER and await self._holds_keys_itself():
                # The rows' references were held beforehand (_hold): the per-row checks would repeat that work.
                # SET LOCAL: a failed COPY ends the transaction, and the setting with it.
                await connection.execute("SET LOCAL session_replication_role = replica")
                await connection.copy_records_to_table(table.name, columns=list(columns), records=records)
                await connection.execute("SET LOCAL session_replication_role = origin")
                return
            await connection.copy_records_to_table(table.name, columns=list(columns), records=records)
            return
        dialect = self.session.bind.dialect
        compiled = table.insert().compile(dialect=dialect, column_keys=list(columns))
        sql = str(compiled)
        if list(compiled.positiontup or ()) != list(columns):  # the INSERT lists them in the table's order
            order = itemgetter(*(list(columns).index(name) for name in compiled.positiontup or ()))
            records, columns = [order(record) for record in records], list(compiled.positiontup or ())
        # Dates and JSON stored as SQLAlchemy stores them; sqlite3 stores a bool as 0 or 1 itself.
        fixes = [(i, f) for i, c in enumerate(columns) if not isinstance(table.c[c].type, Boolean)
                 and (f := table.c[c].type.bind_processor(dialect)) is not None]
        for chunk in _chunks(records, SQLITE_INSERT_ROWS):
            await connection.executemany(sql, _converted(chunk, fixes))

    async def _holds_keys_itself(self) -> bool:
        """Whether this PostgreSQL import checks the foreign keys of its bulk loads itself, a referenced row once,
        instead of a trigger per row (two thirds of the time of a million poll results). That takes a role allowed
        to set session_replication_role (a superuser, or one granted it), and no triggers of anyone else's on the
        tables loaded: replica mode would skip them too. Otherwise every row is checked as usual."""
        if self._holds_keys is None:
            allowed = self._postgresql and await self.session.scalar(
                text("SELECT current_setting('is_superuser') = 'on'"))
            if self._postgresql and not allowed and await self.session.scalar(
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

    async def _hold(self, model: type[Any], ids: Iterable[int]) -> None:
        """What a foreign-key check does for every row, done once per referenced row when this import checks its
        keys itself: the rows exist, and no one may delete them or change their ids until it commits. Callers pass the
        stored rows a batch refers to (rows this import created are invisible to everyone else, and need none)."""
        if not await self._holds_keys_itself():
            return
        table = model.__table__
        held = self._held.setdefault(table.name, set())
        wanted = sorted(set(ids) - held)
        found: set[int] = set()
        for matching in self._matching(table.c.id, wanted):
            found.update(await self.session.scalars(
                select(table.c.id).where(matching).with_for_update(key_share=True)))
        if len(found) != len(wanted):
            missing = sorted(set(wanted) - found)[:3]
            raise ImportRejected(self.summary.path, f"{table.name} {missing} was removed while the file was imported "
                                 "(nothing was imported; try again)")
        held.update(wanted)

    async def _reserve_ids(self, model: type[Any], count: int) -> list[int]:
        """Ids for `count` new rows of `model`, so that they are written in bulk without RETURNING."""
        if count == 0:
            return []
        table = model.__table__
        if self._postgresql:  # taken from the table's sequence: other writers never get the same ones
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

    async def _pollster_aliases(self, pairs: list[tuple[str, str]]) -> None:
        """Other names of pollsters: added once, never removed (another file may name them too)."""
        if not pairs:
            return
        known = {(p, a) for p, a in await self.session.execute(select(PollsterAlias.pollster, PollsterAlias.alias))}
        new = [{"pollster": p, "alias": a} for p, a in dict.fromkeys(pairs) if (p, a) not in known]
        if new:
            await self.session.execute(insert(PollsterAlias), new)

    def _changed(self, kind: str, change: str, race_id: int, item_id: int) -> None:
        self.changes.append({"kind": kind, "change": change, "race_id": race_id, "item_id": item_id,
                             "origin": self.origin[:1000]})

    # sources -----------------------------------------------------------------------------------------
    @staticmethod
    def _all_sources(parsed: ParsedFile) -> Iterator[SourceRecord]:
        for data in parsed.races:
            for poll in data.polls:
                yield poll.source
            for result in data.results:
                yield result.source
        for endorsement in parsed.endorsements:
            yield endorsement.source

    async def _sources(self, records: list[SourceRecord]) -> None:
        by_url: dict[str, SourceRecord] = {}
        for rec in records:
            if rec.url not in self.sources:  # an earlier batch of the file wrote it
                by_url.setdefault(rec.url, rec)
        urls = list(by_url)
        existing: dict[str, Source] = {}
        async with self._planned_each_time():
            for matching in self._matching(Source.url, urls):
                for row in await self.session.scalars(select(Source).where(matching)):
                    existing[row.url] = row
        new_rows = []
        for url, rec in by_url.items():
            values = {"title": rec.title, "publisher": rec.publisher, "published": rec.published, "note": rec.note}
            row = existing.get(url)
            if row is None:
                new_rows.append({"url": url, **values})
                continue
            self.sources[url] = row.id
            changes = _changes(row, values)
            if changes:
                await self.session.execute(update(Source).where(Source.id == row.id).values(**changes))
                self.summary.add("sources", "updated")
            else:
                self.summary.add("sources", "unchanged")
        await self._hold(Source, [row.id for row in existing.values()])
        for row, source_id in zip(new_rows, await self._reserve_ids(Source, len(new_rows)), strict=True):
            row["id"] = source_id
            self.sources[row["url"]] = source_id
        await self._insert_many(Source, new_rows)
        self.summary.add("sources", "added", len(new_rows))

    # races -------------------------------------------------------------------------------------------
    async def _races(self, datas: list[RaceData]) -> dict[str, Race]:
        slugs = [d.slug for d in datas]
        races: dict[str, Race] = {}
        for matching in self._matching(Race.slug, slugs):
            stmt = select(Race).where(matching).options(selectinload(Race.stages))
            for race in await self.session.scalars(stmt):
                races[race.slug] = race
        for data in datas:
            race = races.get(data.slug)
            if data.race is None:
                if race is None:
                    raise ImportRejected(self.summary.path, f"unknown race {data.slug!r}")
                continue
            first_time = data.slug not in self._races_counted
            self._races_counted.add(data.slug)
            if race is None:
                race = Race(**_race_values(data.race), stages=[])
                self.session.add(race)
                races[data.slug] = race
                self.summary.add("races", "added")
            else:
                changes = _changes(race, _race_values(data.race))
                for key, value in changes.items():
                    setattr(race, key, value)
                if first_time:
                    self.summary.add("races", "updated" if changes else "unchanged")
            known = {s.stage: s for s in race.stages}
            for stage, when in data.race.stages.items():
                if stage not in known:
                    race.stages.append(RaceStage(stage=stage, date=when))
                elif known[stage].date != when:
                    known[stage].date = when
        await self.session.flush()
        await self._hold(Race, [race.id for race in races.values()])
        return races

    # candidates --------------------------------------------------------------------------------------
    async def _candidates(self, races: dict[str, Race], datas: list[RaceData]) -> dict[str, CandidateIndex]:
        """Match every named candidate to a race's candidates (by name or alias), to the same person known from
        another race (same name and party), or create them; in a few statements for the whole file."""
        by_id = {race.id: race for race in races.values()}
        unloaded = [race_id for race_id in by_id if race_id not in self._indexes]
        self._indexes.update((race_id, CandidateIndex()) for race_id in unloaded)
        indexes = self._indexes
        candidacies = self._candidacies
        for matching in self._matching(Candidacy.race_id, unloaded):
            stmt = select(Candidacy).where(matching).options(selectinload(Candidacy.candidate))
            for candidacy in await self.session.scalars(stmt):
                candidacies[(candidacy.race_id, candidacy.candidate_id)] = candidacy
                indexes[candidacy.race_id].add(candidacy.candidate_id, candidacy.candidate.name,
                                               candidacy.candidate.aliases)
        known_people = await self._known_people()

        match = match_candidates([(races[data.slug].id, data) for data in datas], indexes, known_people)
        new_people, links, explicit_people = match.new_people, match.links, match.explicit_people

        people = list(new_people)
        for chunk in _chunks(people, 1000):
            result = await self.session.execute(
                insert(Candidate).returning(Candidate.id, Candidate.name, Candidate.party),
                [new_people[key] for key in chunk])
            for candidate_id, name, party in result.all():  # matched by key: RETURNING order is not guaranteed
                known_people[(fold(name), party)] = candidate_id
        self.summary.add("candidates", "added", len(people))

        if explicit_people:  # names, parties and aliases a file gives for people already known
            rows = {c.id: c for matching in self._matching(Candidate.id, list(explicit_people))
                    for c in await self.session.scalars(select(Candidate).where(matching))}
        updated_people: set[int] = set()
        for candidate_id, rec in explicit_people.items():
            candidate = rows[candidate_id]
            changes = _changes(candidate, {"party": rec.party, "description": rec.description})
            aliases = list(dict.fromkeys([*candidate.aliases, *rec.aliases]))
            if aliases != candidate.aliases:
                changes["aliases"] = aliases
            for key, value in changes.items():
                setattr(candidate, key, value)
            if changes:
                updated_people.add(candidate_id)

        new_links: list[dict[str, Any]] = []
        linked = self._linked
        stored: set[int] = set()  # the stored candidates the file's records name (not the ones it creates)
        for race_id, rec, person, is_explicit in links:
            candidate_id = person if isinstance(person, int) else known_people[person]
            if isinstance(person, int):
                stored.add(candidate_id)
            was_new = not isinstance(person, int)
            candidacy = candidacies.get((race_id, candidate_id))
            changed = candidate_id in updated_people
            if candidacy is None:
                if (race_id, candidate_id) not in linked:
                    linked.add((race_id, candidate_id))
                    new_links.append({"race_id": race_id, "candidate_id": candidate_id,
                                      "status": rec.status or "running", "party": rec.party,
                                      "incumbent": rec.incumbent})
                changed = True
            elif is_explicit:
                changes = _changes(candidacy, {"status": rec.status, "party": rec.party, "incumbent": rec.incumbent})
                for key, value in changes.items():
                    setattr(candidacy, key, value)
                changed = changed or bool(changes)
            if is_explicit and not was_new:
                self.summary.add("candidates", "updated" if changed else "unchanged")
            name = rec.name if was_new else None
            indexes[race_id].add(candidate_id, name or rec.name, rec.aliases)
        for chunk in _chunks(new_links, 2000):
            await self.session.execute(insert(Candidacy), list(chunk))
        await self.session.flush()
        await self._hold(Candidate, stored)
        return {slug: indexes[race.id] for slug, race in races.items()}

    async def _known_people(self) -> dict[tuple[str, str | None], int]:
        """Everyone already known, by folded name and party: the same person may run in several races."""
        if self._global_candidates is None:
            self._global_candidates = {}
            rows = await self.session.execute(select(Candidate.id, Candidate.name, Candidate.party))
            for candidate_id, name, party in rows:
                self._global_candidates.setdefault((fold(name), party), candidate_id)
        return self._global_candidates

    # polls -------------------------------------------------------------------------------------------
    async def _polls(self, work: list[tuple[Race, CandidateIndex, list[PollRecord]]]) -> None:
        """Polls, then their results: each loaded, compared (a pure diff) and written."""
        existing = await self._load_polls([(race.id, rec.key) for race, _, polls in work for rec in polls])
        wanted = [(race.id, index, rec, _poll_values(rec, self.sources[rec.source.url]))
                  for race, index, polls in work for rec in polls]
        diff = diff_polls(wanted, existing)
        new_ids = await self._apply_polls(diff)
        self.summary.add("polls", "added", len(diff.added))
        self.summary.add("polls", "updated", len(diff.updated))
        self.summary.add("polls", "unchanged", len(diff.kept) - len(diff.updated))

        kept_ids = {poll_id for poll_id, _, _, _ in diff.kept}
        poll_race = {poll_id: race_id for poll_id, race_id, _, _ in diff.kept}
        changed_polls = {row["id"] for row in diff.updated}
        grown_polls: set[int] = set()
        pairs = [(poll_id, index, rec) for poll_id, _, index, rec in diff.kept]
        pairs += [(new_ids[(race_id, rec.key)], index, rec) for race_id, index, rec, _ in diff.added]
        # Results are compared and written a batch of polls at a time: a million rows never sit in memory at once.
        for batch in _chunks(pairs, RESULT_BATCH_POLLS):
            old = await self._load_results([poll_id for poll_id, _, _ in batch if poll_id in kept_ids])
            results = diff_results(self.summary.path, batch, old)
            await self._hold(Poll, results.grown_polls & kept_ids)
            await self._apply_results(results)
            self.summary.add("poll results", "added", len(results.added))
            self.summary.add("poll results", "updated", len(results.updated))
            self.summary.add("poll results", "unchanged", results.unchanged)
            changed_polls |= results.updated_polls
            grown_polls |= results.grown_polls & kept_ids
        for poll_id in sorted(changed_polls):
            self._changed("poll", "updated", poll_race[poll_id], poll_id)
        for poll_id in sorted(grown_polls - changed_polls):
            self._changed("poll", "updated", poll_race[poll_id], poll_id)

    async def _load_polls(self, keys: list[tuple[int, str]]) -> dict[tuple[int, str], dict[str, Any]]:
        """The stored polls of these (race id, key)s: their id and the values a file may change. Read by race (an
        index PostgreSQL uses, unlike a list of (race, key) pairs) and filtered here."""
        wanted = set(keys)
        existing: dict[tuple[int, str], dict[str, Any]] = {}
        columns = [Poll.id, Poll.race_id, Poll.key, *(getattr(Poll, name) for name in POLL_FIELDS)]
        async with self._planned_each_time():
            for matching in self._matching(Poll.race_id, sorted({race_id for race_id, _ in wanted})):
                for row in await self.session.execute(select(*columns).where(matching)):
                    values = row._asdict()
                    key = (values.pop("race_id"), values.pop("key"))
                    if key in wanted:
                        existing[key] = values
        return existing

    async def _apply_polls(self, diff: PollDiff) -> dict[tuple[int, str], int]:
        """Write a polls diff; returns the ids of the added polls by (race id, key)."""
        for row in diff.updated:
            changes = dict(row)
            await self.session.execute(update(Poll).where(Poll.id == changes.pop("id")).values(**changes))
        ids = await self._reserve_ids(Poll, len(diff.added))
        rows = [{"id": poll_id, "race_id": race_id, "key": rec.key, **values}
                for poll_id, (race_id, _, rec, values) in zip(ids, diff.added, strict=True)]
        await self._insert_many(Poll, rows)
        new_ids: dict[tuple[int, str], int] = {}
        for row in rows:
            new_ids[(row["race_id"], row["key"])] = row["id"]
            self._changed("poll", "added", row["race_id"], row["id"])
        return new_ids

    async def _load_results(self, poll_ids: list[int]) -> dict[ResultKey, tuple[Any, ...]]:
        """The stored results of these polls: (poll, question, subgroup, candidate) -> (id, *RESULT_FIELDS)."""
        old: dict[ResultKey, tuple[Any, ...]] = {}
        columns = [PollResult.poll_id, PollResult.question, PollResult.subgroup, PollResult.candidate_id,
                   PollResult.id, *(getattr(PollResult, name) for name in RESULT_FIELDS)]
        if not poll_ids:
            return old
        async with self._planned_each_time():
            for matching in self._matching(PollResult.poll_id, poll_ids):
                for poll_id, question, subgroup, candidate_id, *values in await self.session.execute(
                        select(*columns).where(matching)):
                    old[(poll_id, question, subgroup, candidate_id)] = tuple(values)
        return old

    async def _apply_results(self, diff: ResultDiff) -> None:
        await self._insert_records(PollResult, RESULT_COLUMNS, diff.added)
        if diff.updated:
            await self.session.execute(update(PollResult), diff.updated)

    # election results --------------------------------------------------------------------------------
    async def _results(self, race: Race, index: CandidateIndex, data: RaceData) -> None:
        if not data.results:
            return
        existing = {
            (r.stage, r.candidate_id): r
            for r in await self.session.scalars(select(ElectionResult).where(ElectionResult.race_id == race.id))
        }
        for rec in data.results:
            candidate_id = index.find(rec.candidate)
            assert candidate_id is not None
            values = {"votes": rec.votes, "pct": rec.pct, "source_id": self.sources[rec.source.url]}
            row = existing.get((rec.stage, candidate_id))
            if row is None:
                row = ElectionResult(race_id=race.id, stage=rec.stage, candidate_id=candidate_id, **values)
                self.session.add(row)
                await self.session.flush()
                self.summary.add("results", "added")
                self._changed("result", "added", race.id, row.id)
            else:
                changes = {k: v for k, v in values.items() if getattr(row, k) != v}
                for key, value in changes.items():
                    setattr(row, key, value)
                self.summary.add("results", "updated" if changes else "unchanged")
                if changes:
                    self._changed("result", "updated", race.id, row.id)
        await self.session.flush()

    # endorsements ------------------------------------------------------------------------------------
    async def _endorsements(self, records: list[EndorsementRecord]) -> None:
        """Endorsements by (endorser, candidate, race): loaded, compared (pure diffs) and written in bulk."""
        if not records:
            return
        races, indexes = await self._load_candidates_of(sorted({rec.race for rec in records}))
        wanted, repeats = match_endorsements(self.summary.path, records, races, indexes)
        self.summary.add("endorsements", "unchanged", repeats)  # the same endorsement twice in one file
        stored = {fold(e.name): e for e in await self.session.scalars(select(Endorser))}
        endorsers = diff_endorsers(wanted.values(), {f: (e.id, e.kind, e.aliases, e.description)
                                                     for f, e in stored.items()})
        endorser_ids = {folded: e.id for folded, e in stored.items()}
        endorser_ids.update(await self._apply_endorsers(endorsers))
        existing = await self._load_endorsements(sorted(set(races.values())))
        diff = diff_endorsements(wanted, endorser_ids, existing, self.sources)
        await self._apply_endorsements(diff)

    async def _load_candidates_of(self, slugs: list[str]) -> tuple[dict[str, int], dict[int, CandidateIndex]]:
        """The ids of these races by slug, and each race's candidates by name and alias."""
        races: dict[str, int] = {}
        for matching in self._matching(Race.slug, slugs):
            races.update((slug, rid) for rid, slug in await self.session.execute(
                select(Race.id, Race.slug).where(matching)))
        indexes = {race_id: CandidateIndex() for race_id in races.values()}
        for matching in self._matching(Candidacy.race_id, list(indexes)):
            rows = await self.session.execute(
                select(Candidacy.race_id, Candidate.id, Candidate.name, Candidate.aliases)
                .join(Candidate, Candidate.id == Candidacy.candidate_id).where(matching))
            for race_id, candidate_id, name, aliases in rows:
                indexes[race_id].add(candidate_id, name, aliases)
        return races, indexes

    async def _apply_endorsers(self, diff: RowDiff) -> dict[str, int]:
        """Write an endorsers diff; returns the new endorsers' ids by folded name."""
        ids: dict[str, int] = {}
        for chunk in _chunks(diff.added, 1000):
            result = await self.session.execute(insert(Endorser).returning(Endorser.id, Endorser.name), list(chunk))
            ids.update((fold(name), endorser_id) for endorser_id, name in result.all())
        for row in diff.updated:
            changes = dict(row)
            await self.session.execute(update(Endorser).where(Endorser.id == changes.pop("id")).values(**changes))
        return ids

    async def _load_endorsements(self, race_ids: list[int]) -> dict[tuple[int, int, int], tuple[Any, ...]]:
        """Stored endorsements: (endorser, candidate, race) -> (id, date, quote, source id)."""
        existing: dict[tuple[int, int, int], tuple[Any, ...]] = {}
        for matching in self._matching(Endorsement.race_id, race_ids):
            rows = await self.session.execute(
                select(Endorsement.endorser_id, Endorsement.candidate_id, Endorsement.race_id, Endorsement.id,
                       Endorsement.date, Endorsement.quote, Endorsement.source_id)
                .where(matching))
            for endorser_id, candidate_id, race_id, row_id, when, quote, source_id in rows:
                existing[(endorser_id, candidate_id, race_id)] = (row_id, when, quote, source_id)
        return existing

    async def _apply_endorsements(self, diff: RowDiff) -> None:
        for chunk in _chunks(diff.added, 1000):
            result = await self.session.execute(
                insert(Endorsement).returning(Endorsement.id, Endorsement.race_id), list(chunk))
            for endorsement_id, race_id in result.all():
                self._changed("endorsement", "added", race_id, endorsement_id)
        if diff.updated:
            await self.session.execute(update(Endorsement), diff.updated)
        for row in diff.updated:
            self._changed("endorsement", "updated", row["race_id"], row["id"])
        self.summary.add("endorsements", "added", len(diff.added))
        self.summary.add("endorsements", "updated", len(diff.updated))
        self.summary.add("endorsements", "unchanged", diff.unchanged)


def match_endorsements(path: str, records: Iterable[EndorsementRecord], races: dict[str, int],
                       indexes: dict[int, CandidateIndex]) -> tuple[dict[EndorsementKey, EndorsementRecord], int]:
    """Each endorsement's (folded endorser, candidate id, race id); an unknown race or candidate rejects the file.
    Returns them and how many repeated an earlier one of the file."""
    wanted: dict[EndorsementKey, EndorsementRecord] = {}
    repeats = 0
    for rec in records:
        race_id = races.get(rec.race)
        if race_id is None:
            raise ImportRejected(path, f"unknown race {rec.race!r}", rec.line)
        candidate_id = indexes[race_id].find(rec.candidate)
        if candidate_id is None:
            raise ImportRejected(path, f"{rec.candidate!r} is not a candidate in {rec.race!r}", rec.line)
        key = (fold(rec.endorser), candidate_id, race_id)
        if key in wanted:
            repeats += 1
            continue
        wanted[key] = rec
    return wanted, repeats


def diff_endorsers(records: Iterable[EndorsementRecord],
                   stored: dict[str, tuple[int, str, list[str], str | None]]) -> RowDiff:
    """New endorsers (the first record naming each), and what the file changes of known ones (id, kind, aliases,
    description by folded name): their kind, description and more aliases, never fewer."""
    diff = RowDiff()
    seen: set[str] = set()
    for rec in records:
        folded = fold(rec.endorser)
        if folded in seen:
            continue
        seen.add(folded)
        known = stored.get(folded)
        if known is None:
            diff.added.append({"name": rec.endorser, "kind": rec.endorser_type,
                               "description": rec.endorser_description, "aliases": list(rec.endorser_aliases)})
            continue
        endorser_id, kind, aliases, description = known
        merged = list(dict.fromkeys([*(aliases or []), *rec.endorser_aliases]))
        changes = {k: v for k, v in (("kind", rec.endorser_type), ("aliases", merged),
                                     ("description", rec.endorser_description))
                   if v is not None and {"kind": kind, "aliases": aliases, "description": description}[k] != v}
        if changes:
            diff.updated.append({"id": endorser_id, **changes})
        else:
            diff.unchanged += 1
    return diff


def diff_endorsements(wanted: dict[EndorsementKey, EndorsementRecord], endorser_ids: dict[str, int],
                      existing: dict[tuple[int, int, int], tuple[Any, ...]], source_ids: dict[str, int]) -> RowDiff:
    """Compare a file's endorsements with the stored ones (id, date, quote, source id) by (endorser, candidate,
    race)."""
    diff = RowDiff()
    for (folded, candidate_id, race_id), rec in wanted.items():
        endorser_id = endorser_ids[folded]
        values = {"date": rec.date, "quote": rec.quote, "source_id": source_ids[rec.source.url]}
        old = existing.get((endorser_id, candidate_id, race_id))
        if old is None:
            diff.added.append({"endorser_id": endorser_id, "candidate_id": candidate_id, "race_id": race_id,
                               **values})
        elif old[1:] != (values["date"], values["quote"], values["source_id"]):
            diff.updated.append({"id": old[0], "race_id": race_id, **values})
        else:
            diff.unchanged += 1
    return diff


def _converted(records: Sequence[Sequence[Any]], fixes: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    """The records with the cells that need it converted for the driver (the same records when none do)."""
    if not fixes:
        return list(records)
    converted = [list(record) for record in records]
    for record in converted:
        for i, fix in fixes:
            record[i] = fix(record[i])
    return converted


def _race_values(rec: RaceRecord) -> dict[str, Any]:
    s = rec.structure
    assert s is not None  # RaceRecord infers it
    return {
        "slug": rec.slug, "name": rec.name, "office": rec.office, "office_type": rec.office_type,
        "jurisdiction": rec.jurisdiction, "state": rec.state, "cycle": rec.cycle,
        "nonpartisan": rec.nonpartisan, "places": list(rec.places),
        "office_kind": s.office_kind, "state_code": s.state_code, "locality": s.locality, "district": s.district,
        "seat_class": s.seat_class, "special": s.special,
    }


def _poll_values(rec: PollRecord, source_id: int) -> dict[str, Any]:
    return {
        "pollster": rec.pollster, "sponsors": list(rec.sponsors), "start_date": rec.start_date,
        "end_date": rec.end_date, "reported": rec.reported, "sample_size": rec.sample_size,
        "population": rec.population, "method": rec.method, "stage": rec.stage,
        "note": rec.note, "source_id": source_id,
    }
