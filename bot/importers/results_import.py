"""Imports a results file (any results format of bot.importers.formats: Clarity XML and summary CSV, MEDSL,
OpenElections, the results CSV) as snapshots of the count: each contest mapped to its race by the race's structure
(state, office, district, cycle; a ballot measure by its name), unmapped contests listed and never guessed; the
results CSV names its races by slug. A snapshot keeps the race-wide votes (ResultCount), and where the file gives
them its areas' votes by vote type (AreaCount) and turnout (AreaTurnout). All in one transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import us
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.change_log import record_import
from bot.db.database import Database, bump_data_version
from bot.db.models import (
    AreaCount,
    AreaTurnout,
    Candidacy,
    Candidate,
    DataChange,
    Race,
    RaceStage,
    ResultCount,
    ResultSnapshot,
    Source,
)
from bot.engine.answers.counts import reporting_words
from bot.engine.understanding.gazetteer import county_state
from bot.errors import ImportRejected
from bot.importers.clarity import ContestCount, ResultsFile
from bot.importers.formats import FileFormat, ParseOptions, detect_format
from bot.importers.person_names import same_person_names
from bot.importers.records import Repair
from bot.importers.results_races import Place, StoredRaces, is_special, load_stored_races, measure_name
from bot.importers.writing.summary import ImportSummary
from bot.importers.writing.tables import ANALYZE_AFTER_ROWS, WriteSession
from bot.names import fold, slugify, ticket_head
from bot.races import natural_name, state_code, structure_from_538

AREA_ROWS = 50_000  # area rows built and written at a time (a national county file has millions)
FLUSH_CONTESTS = 500  # contests whose races, people and counts are written together (one flush, bulk rows)
# Tables a results import writes: their statistics are refreshed after a large one.
RESULT_TABLES = tuple(model.__tablename__ for model in (
    Source, Race, RaceStage, Candidate, Candidacy, ResultSnapshot, ResultCount, AreaCount, AreaTurnout, DataChange))


@dataclass(slots=True)
class _Pending:
    """What an import has made and not written yet: the races it created (found again by their contest's key, as
    no query sees them before the flush), and the counts waiting for the ids of their snapshot and people."""

    stored: StoredRaces  # the stored races the file's contests may fit, and the counts its sources have
    created: dict[tuple[Any, ...], Race] = field(default_factory=dict)
    recorded: set[tuple[int, str, int, dt.datetime]] = field(default_factory=set)  # (id(race), stage, source, time)
    counts: list[tuple[ResultSnapshot, ContestCount, dict[str, Candidate], Source]] = field(default_factory=list)
OFFICE_TYPES = {"senate": "U.S. Senate", "house": "U.S. House", "governor": "Governor", "president": "U.S. President"}


@dataclass(slots=True)
class ResultsSummary:
    """What a results import did, contest by contest."""

    path: str
    recorded: list[str] = field(default_factory=list)  # "U.S. Senate -> 2014 Arkansas Senate (general)"
    unchanged: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)  # "County Judge: not an office Racebot follows"
    created_races: list[str] = field(default_factory=list)
    state_from: str | None = None  # "GA, the only state with a county named Atkinson"
    race_ids: set[int] = field(default_factory=set)  # the races a new count was recorded for
    repairs: list[Repair] = field(default_factory=list)  # cells repaired and the encoding guessed
    file_format: str = ""  # the format's name in the registry
    area_rows: int = 0  # votes by area and vote type recorded

    def changes(self) -> dict[str, int]:
        """What the import added, as the change log counts it: "count added" -> 3, "race added" -> 1."""
        return {"count added": len(self.recorded), "race added": len(self.created_races)}

    @property
    def changed(self) -> bool:
        """Whether the import recorded a new count."""
        return bool(self.recorded)

    def lines(self) -> list[str]:
        """The summary as lines for a reader: what was recorded, what was known, what was not mapped."""
        lines = [f"{self.path}: {len(self.recorded)} new count(s), {len(self.unchanged)} already recorded, "
                 f"{len(self.unmapped)} contest(s) not mapped to a race"]
        lines += [f"  state: {self.state_from}"] if self.state_from else []
        lines += [f"  format: {self.file_format}"] if self.file_format else []
        lines += [f"  votes by area and vote type: {self.area_rows:,}"] if self.area_rows else []
        lines += [f"  repaired: {repair.describe()}" for repair in self.repairs]
        lines += [f"  created race: {name}" for name in self.created_races]
        lines += [f"  recorded: {line}" for line in self.recorded]
        lines += [f"  already recorded: {line}" for line in self.unchanged]
        lines += [f"  not mapped: {line}" for line in self.unmapped]
        return lines


def is_results_file(path: str, data: bytes | None = None) -> bool:
    """Whether the registry reads the file as a count of votes (a file of no known format is not)."""
    try:
        return detect_format(path, data).results
    except ImportRejected:
        return False  # the data importers say what is wrong with it


async def import_results(db: Database, path: str, data: bytes | None = None, *, origin: str | None = None,
                         create_races: bool = False, state: str | None = None, name: str | None = None,
                         strict: bool = False, file_format: FileFormat | None = None) -> ResultsSummary:
    """Record the count of every contest of a results file that maps to a race; ImportRejected changes nothing.
    `name` is how the summary names the file (a feed's file name, where `path` is a temporary copy)."""
    if state and state_code(state) is None:
        raise ImportRejected(path, f"--state {state!r} is not a US state")
    if data is None and Path(path).suffix.lower() != ".csv":
        try:
            data = await asyncio.to_thread(Path(path).read_bytes)
        except OSError as exc:
            raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from None
    file_format = file_format or await asyncio.to_thread(detect_format, path, data)
    if data is None and file_format.name != "MEDSL returns CSV":  # MEDSL's files are read as a stream: millions
        try:
            data = await asyncio.to_thread(Path(path).read_bytes)
        except OSError as exc:
            raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from None
    options = ParseOptions(origin=origin, strict=strict, state=state, name=name)
    parsed = await asyncio.to_thread(file_format.parse, path, data, options)  # type: ignore[arg-type]
    assert isinstance(parsed, ResultsFile)
    code = parsed.state_code or (state_code(state) if state else None)
    county_of = county_state(fold(parsed.region).split()) if code is None and parsed.region else None
    if county_of is not None:  # a county's file names only its county: the one state that has a county of that name
        code = county_of
    summary = ResultsSummary(name or path, repairs=list(parsed.repairs), file_format=file_format.name,
                             state_from=parsed.state_from)
    summary.unmapped.extend(parsed.skipped)
    if county_of is not None:
        summary.state_from = f"{county_of}, the only state with a county named {parsed.region}"
    async with db.sessions.begin() as session:
        file_source = origin or Path(path).resolve().as_uri()
        sources: dict[str, Source] = {}  # one query for a file's source, not one for each of its contests
        for contest in parsed.contests:
            url = contest.source_url or file_source
            if url not in sources:
                sources[url] = await _source(session, parsed, url, name or path)
        stored = await load_stored_races(session, _places(parsed, code), (s.id for s in sources.values()))
        pending = _Pending(stored)
        for contest in parsed.contests:
            source = sources[contest.source_url or file_source]
            # Nothing is written contest by contest (a flush costs more than the rows): races, people and counts of
            # FLUSH_CONTESTS contests go in together, their counts and areas in bulk.
            with session.no_autoflush:
                if contest.race_slug is not None:
                    await _record_named(session, summary, path, contest, source, pending)
                else:
                    await _record(session, summary, parsed, contest, contest.state_code or code, source,
                                  create_races, pending)
            if len(pending.counts) >= FLUSH_CONTESTS:
                await _write_pending(session, summary, pending)
        await _write_pending(session, summary, pending)
        if summary.changed:
            await bump_data_version(session)
            await record_import(session, file=summary.path, origin=origin, counts=summary.changes(),
                                race_ids=summary.race_ids)
    if summary.area_rows >= ANALYZE_AFTER_ROWS:  # as a large import of polls: PostgreSQL plans by fresh statistics
        await db.refresh_statistics(RESULT_TABLES)
    return summary


async def _record(session: AsyncSession, summary: ResultsSummary, parsed: ResultsFile, contest: ContestCount,
                  code: str | None, source: Source, create_races: bool, pending: _Pending) -> None:
    if contest.office_kind is None:
        summary.unmapped.append(f"{contest.text}: not an office Racebot follows")
        return
    if contest.measure and code is None:
        summary.unmapped.append(f"{contest.text}: a ballot measure of no known state; say which with --state")
        return
    if code is None:
        summary.unmapped.append(f"{contest.text}: the file is for {parsed.region or 'an unnamed region'}, not a "
                                "state; say which state with --state")
        return
    if not contest.choices:
        summary.unmapped.append(f"{contest.text}: no candidates in the count")
        return
    if contest.office_kind == "house" and contest.district is None:
        summary.unmapped.append(f"{contest.text}: the file names no district of the U.S. House in {code}")
        return
    when = contest.election_date or parsed.election_date
    key = (code, when.year, contest.office_kind, contest.district, is_special(contest), measure_name(contest)
           if contest.measure else None)
    made = pending.created.get(key)
    races = [made] if made is not None else pending.stored.fitting(contest, code, when.year)
    if len(races) > 1:
        names = ", ".join(sorted(r.name for r in races))
        summary.unmapped.append(f"{contest.text}: several races fit ({names})")
        return
    if not races:
        if not create_races:
            summary.unmapped.append(f"{contest.text}: no {when.year} race of that office in {code}; "
                                    "import its race first, or create it with --create-races")
            return
        race = _new_measure(contest, code, when) if contest.measure else _new_race(contest, code, when)
        session.add(race)
        pending.created[key] = race
        pending.stored.add(race)  # a later contest of it under another key (its seat written otherwise) finds it
        summary.created_races.append(race.name)
    else:
        race = races[0]
    if not any(s.stage == contest.stage for s in race.stages):  # in race.stages: the next contest of it sees it
        race.stages.append(RaceStage(stage=contest.stage, date=when))
    if contest.measure and race.pass_threshold != contest.pass_threshold:
        race.pass_threshold = contest.pass_threshold
    taken_at = contest.taken_at or (dt.datetime.combine(when, dt.time()) if contest.election_date else parsed.taken_at)
    await _snapshot(session, summary, race, contest, taken_at, source, pending, area_of(parsed))


async def _record_named(session: AsyncSession, summary: ResultsSummary, path: str, contest: ContestCount,
                        source: Source, pending: _Pending) -> None:
    """A count that names its race by slug (the results CSV): the race must exist, as in an endorsements file."""
    race = await session.scalar(select(Race).options(
        selectinload(Race.stages), selectinload(Race.candidacies).selectinload(Candidacy.candidate))
        .where(Race.slug == contest.race_slug))
    if race is None:
        raise ImportRejected(path, f"unknown race {contest.race_slug!r} (import its race first)", contest.line)
    assert contest.taken_at is not None
    if not any(s.stage == contest.stage for s in race.stages):
        race.stages.append(RaceStage(stage=contest.stage, date=contest.taken_at.date()))
    await _snapshot(session, summary, race, contest, contest.taken_at, source, pending)


def area_of(parsed: ResultsFile) -> str | None:
    """The area a file's counts cover: a county's file (its region is a county's name, no state's) counts that
    county only ("Atkinson County"); a state's file, the whole race."""
    if parsed.county:
        name = parsed.county.strip()
        return name if fold(name).split()[-1] in ("county", "parish", "borough") else f"{name.title()} County"
    region = parsed.region.strip()
    if not region or parsed.state_code:
        return None
    return region if fold(region).split()[-1] in ("county", "parish", "borough") else f"{region} County"


async def _snapshot(session: AsyncSession, summary: ResultsSummary, race: Race, contest: ContestCount,
                    taken_at: dt.datetime, source: Source, pending: _Pending, area: str | None = None) -> None:
    """A new snapshot of the race's count, made and added to `pending` (written by _write_pending); a count the
    database (or this file) has already is left as it is."""
    label = f"{contest.text} -> {race.name} ({contest.stage}), {_reporting(contest)}"
    key = (id(race), contest.stage, source.id, taken_at)
    existing = key in pending.recorded or (race.id is not None and await _has_count(session, pending.stored, race.id,
                                                                                   contest.stage, source.id, taken_at))
    if existing:
        summary.unchanged.append(label)
        return
    pending.recorded.add(key)
    snapshot = ResultSnapshot(race=race, stage=contest.stage, taken_at=taken_at,
                              units_reported=contest.units_reported, units_total=contest.units_total,
                              unit=contest.unit, certified=contest.certified, source_id=source.id,
                              area=area, total_votes=contest.total_votes, registered=contest.registered,
                              ballots_cast=contest.ballots_cast)
    people = {choice.name: _candidate(session, race, choice.name, choice.party) for choice in contest.choices}
    session.add(snapshot)
    pending.counts.append((snapshot, contest, people, source))
    summary.recorded.append(label)


async def _write_pending(session: AsyncSession, summary: ResultsSummary, pending: _Pending) -> None:
    """Write what is pending: one flush for the races, people and snapshots, then each snapshot's counts (one
    per person, even where a count names one person twice: two spellings, two lines), areas and change rows."""
    if not pending.counts:
        return
    writer = WriteSession(session, ImportSummary(path=summary.path))
    # The stored people the counts name: held, as a foreign-key check would, where the bulk loads skip those checks
    # (the snapshots and the people made here are this transaction's, seen by no one else).
    made = session.new
    stored = {id(person): person for _, _, people, _ in pending.counts for person in people.values()
              if person not in made}
    await writer.number_new_rows()
    await session.flush()
    await writer.hold(Candidate, [person.id for person in stored.values()])
    counts: list[tuple[int, int, int]] = []
    changes: list[dict[str, Any]] = []
    for snapshot, contest, people, source in pending.counts:
        ids = {name: person.id for name, person in people.items()}
        votes: dict[int, int] = {}
        for choice in contest.choices:
            votes[ids[choice.name]] = votes.get(ids[choice.name], 0) + choice.votes
            if contest.called is not None and choice.name == contest.called:
                snapshot.called_candidate_id = ids[choice.name]
        counts.extend((snapshot.id, person, n) for person, n in votes.items())
        await _areas(writer, summary, snapshot.id, contest, ids)
        contest.areas = []  # written: a national file's millions of rows need not wait for the end of the import
        # The change log is what update posts are made from (first results, a lead change, a call, certification).
        changes.append({"kind": "count", "change": "added", "race_id": snapshot.race_id, "item_id": snapshot.id,
                        "origin": source.url})
        summary.race_ids.add(snapshot.race_id)
    await writer.insert_records(ResultCount, ("snapshot_id", "candidate_id", "votes"), counts)
    await session.execute(insert(DataChange), changes)  # one executemany: the ORM would read back each row's time
    pending.counts.clear()
    await writer.number_new_rows()
    await session.flush()


async def _areas(writer: WriteSession, summary: ResultsSummary, snapshot_id: int, contest: ContestCount,
                 ids: dict[str, int]) -> None:
    """A count's votes by area and vote type, and its areas' turnout, written in bulk (COPY on PostgreSQL)."""
    if not contest.areas and not contest.turnout:
        return
    columns = ("snapshot_id", "candidate_id", "county", "precinct", "vote_type", "votes")
    for start in range(0, len(contest.areas), AREA_ROWS):
        rows: list[tuple[Any, ...]] = [(snapshot_id, ids[a.choice], a.county, a.precinct, a.vote_type, a.votes)
                                       for a in contest.areas[start:start + AREA_ROWS]]
        await writer.insert_records(AreaCount, columns, rows)
    summary.area_rows += len(contest.areas)
    turnout = [(snapshot_id, t.county, t.precinct, t.registered or None, t.ballots_cast, t.total_votes)
               for t in contest.turnout]
    await writer.insert_records(AreaTurnout, ("snapshot_id", "county", "precinct", "registered", "ballots_cast",
                                              "total_votes"), turnout)


def _places(parsed: ResultsFile, code: str | None) -> set[Place]:
    """The (state, cycle, office) of every contest of the file that _record may map to a stored race."""
    places: set[Place] = set()
    for contest in parsed.contests:
        state = contest.state_code or code
        if contest.race_slug is None and contest.office_kind is not None and state is not None:
            cycle = (contest.election_date or parsed.election_date).year
            places.add((state, cycle, "measure" if contest.measure else contest.office_kind))
    return places


async def _has_count(session: AsyncSession, stored: StoredRaces, race_id: int, stage: str, source_id: int,
                     taken_at: dt.datetime) -> bool:
    """Whether the database has this count of the race: known from what was read up front, or asked (a source's
    count of another moment, where only the database compares the moments as it stores them)."""
    known = stored.has_count(race_id, stage, source_id, taken_at)
    if known is not None:
        return known
    return await session.scalar(select(ResultSnapshot.id).where(
        ResultSnapshot.race_id == race_id, ResultSnapshot.stage == stage, ResultSnapshot.source_id == source_id,
        ResultSnapshot.taken_at == taken_at)) is not None


def _new_race(contest: ContestCount, code: str, when: dt.date) -> Race:
    """A race made from a contest, named and slugged as the FiveThirtyEight importer would name it, so that the
    polls of the same race land on it later."""
    state = us.states.lookup(code)
    state_name = state.name if state else code
    office_type = OFFICE_TYPES[contest.office_kind or "senate"]
    seat = ""
    special = contest.office_kind == "senate" and is_special(contest)
    if special:  # the seat of a special election is not the class regularly up that year: which one, files rarely say
        seat = "Special"
    elif contest.office_kind == "senate":
        seat = f"Class {_senate_class_up(when.year)}"
    elif contest.office_kind == "house" and contest.district:
        seat = f"District {contest.district}"
    structure = structure_from_538(state_name, office_type, seat, when.year)
    if special:
        structure = replace(structure, special=True)
    office = " ".join(p for p in (office_type, seat) if p)
    race = Race(slug=slugify(f"{state_name} {office} {when.year}"), name=natural_name(structure), office=office,
                office_type=office_type, jurisdiction=state_name, state=state_name, cycle=when.year,
                nonpartisan=False, places=[state_name], office_kind=structure.office_kind,
                state_code=structure.state_code, locality=None, district=structure.district,
                seat_class=structure.seat_class, special=structure.special)
    race.stages = []
    race.candidacies = []
    return race


def _new_measure(contest: ContestCount, code: str, when: dt.date) -> Race:
    """A ballot measure's race: named "2024 Colorado Amendment 79", its choices Yes and No (added with the count)
    and the share it needs to pass (None: a majority)."""
    state = us.states.lookup(code)
    state_name = state.name if state else code
    office = measure_name(contest)
    race = Race(slug=slugify(f"{state_name} {office} {when.year}")[:120], name=f"{when.year} {state_name} {office}",
                office=office, office_type="Ballot measure", jurisdiction=state_name, state=state_name,
                cycle=when.year, nonpartisan=True, places=[state_name], office_kind="measure", state_code=code,
                locality=None, district=None, seat_class=None, special=False, pass_threshold=contest.pass_threshold)
    race.stages = []
    race.candidacies = []
    return race


def _senate_class_up(year: int) -> str:
    """The Senate class whose regular election falls in a year (class I in 2018, II in 2020, III in 2022)."""
    return {2018 % 6: "I", 2020 % 6: "II", 2022 % 6: "III"}.get(year % 6, "I")


def _candidate(session: AsyncSession, race: Race, name: str, party: str | None) -> Candidate:
    """The race's candidate of that name (as typed in capitals or not), or a new one running in it (added to the
    session: its id comes with the next flush)."""
    wanted = fold(name)
    for candidacy in race.candidacies:
        person = candidacy.candidate
        if wanted in {fold(person.name), *(fold(a) for a in person.aliases or [])}:
            return person
    # the same person under another spelling of their name in this race's polls ("Raphael Warnock" in a results
    # file, "Raphael G. Warnock" in 538's): one of them only, never a guess between two
    head = ticket_head(name)  # a ticket ("Donald J. Trump / JD Vance") is its head's, on both sides
    same = [c.candidate for c in race.candidacies if same_person_names(head, ticket_head(c.candidate.name))]
    if not same and len(head.split()) == 1:  # "Trump / Vance": a surname alone, when one candidate has it
        same = [c.candidate for c in race.candidacies
                if fold(ticket_head(c.candidate.name)).split()[-1:] == [fold(head)]]
    if len(same) == 1:
        same[0].aliases = [*(same[0].aliases or []), name]
        return same[0]
    person = Candidate(name=name, aliases=[], party=party)
    candidacy = Candidacy(candidate=person, status="running", party=party)
    race.candidacies.append(candidacy)
    session.add(person)
    return person


async def _source(session: AsyncSession, parsed: ResultsFile, url: str, path: str) -> Source:
    source = await session.scalar(select(Source).where(Source.url == url))
    if source is None:
        # As the file names itself: its election's name (Clarity) or the file's own name, and its region.
        title = parsed.election_name if parsed.election_name not in ("", "results") else Path(path).name
        region = f" ({parsed.region})" if parsed.region else ""
        source = Source(url=url[:1000], title=f"{title}{region}"[:500], publisher=parsed.publisher,
                        published=parsed.taken_at.date())
        session.add(source)
        await session.flush()
    return source


def _reporting(contest: ContestCount) -> str:
    return reporting_words(contest.units_reported, contest.units_total, contest.unit)
