"""Imports a results file (Clarity ENR XML, or the results CSV) as snapshots of the count: each Clarity contest
mapped to its race by the race's structure (state, office, district, cycle), unmapped contests listed and never
guessed; a CSV names its races by slug. All in one transaction."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import us
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.change_log import record_import
from bot.db.database import Database, bump_data_version
from bot.db.models import Candidacy, Candidate, DataChange, Race, RaceStage, ResultCount, ResultSnapshot, Source
from bot.engine.answers.counts import reporting_words
from bot.engine.understanding.gazetteer import county_state
from bot.errors import ImportRejected
from bot.importers.clarity import ContestCount, ResultsFile, parse_clarity
from bot.importers.person_names import same_person_names
from bot.importers.results_csv import looks_like_results_csv, parse_results_csv
from bot.importers.textfile import csv_header, read_text
from bot.names import fold, slugify
from bot.races import AT_LARGE, natural_name, state_code, structure_from_538

HEADER_BYTES = 65_536  # enough of a CSV to read its header
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
        lines += [f"  created race: {name}" for name in self.created_races]
        lines += [f"  recorded: {line}" for line in self.recorded]
        lines += [f"  already recorded: {line}" for line in self.unchanged]
        lines += [f"  not mapped: {line}" for line in self.unmapped]
        return lines


def is_results_file(path: str, data: bytes | None = None) -> bool:
    """A Clarity XML file, or a CSV with the results columns (race, candidate, votes, time)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xml":
        return True
    if suffix != ".csv":
        return False
    try:
        if data is None:
            with open(path, "rb") as handle:
                data = handle.read(HEADER_BYTES)
        first_line = data[:HEADER_BYTES].split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
        return looks_like_results_csv(csv_header(path, first_line))
    except (ImportRejected, OSError):
        return False  # the polls and endorsements importers say what is wrong with it


def _parse(path: str, data: bytes) -> ResultsFile:
    if Path(path).suffix.lower() == ".csv":
        return parse_results_csv(path, read_text(path, data))
    return parse_clarity(path, data)


async def import_results(db: Database, path: str, data: bytes | None = None, *, origin: str | None = None,
                         create_races: bool = False, state: str | None = None,
                         name: str | None = None) -> ResultsSummary:
    """Record the count of every contest of a results file that maps to a race; ImportRejected changes nothing.
    `name` is how the summary names the file (a feed's file name, where `path` is a temporary copy)."""
    if data is None:
        try:
            data = await asyncio.to_thread(Path(path).read_bytes)
        except OSError as exc:
            raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from None
    parsed = await asyncio.to_thread(_parse, path, data)
    code = parsed.state_code or (state_code(state) if state else None)
    if state and code is None:
        raise ImportRejected(path, f"--state {state!r} is not a US state")
    county_of = county_state(fold(parsed.region).split()) if code is None and parsed.region else None
    if county_of is not None:  # a county's file names only its county: the one state that has a county of that name
        code = county_of
    summary = ResultsSummary(name or path)
    if county_of is not None:
        summary.state_from = f"{county_of}, the only state with a county named {parsed.region}"
    async with db.sessions.begin() as session:
        file_source = origin or Path(path).resolve().as_uri()
        for contest in parsed.contests:
            source = await _source(session, parsed, contest.source_url or file_source)
            if contest.race_slug is not None:
                await _record_named(session, summary, path, contest, source)
            else:
                await _record(session, summary, parsed, contest, code, source, create_races)
        if summary.changed:
            await bump_data_version(session)
            await record_import(session, file=summary.path, origin=origin, counts=summary.changes(),
                                race_ids=summary.race_ids)
    return summary


async def _record(session: AsyncSession, summary: ResultsSummary, parsed: ResultsFile, contest: ContestCount,
                  code: str | None, source: Source, create_races: bool) -> None:
    if contest.office_kind is None:
        summary.unmapped.append(f"{contest.text}: not an office Racebot follows")
        return
    if code is None:
        summary.unmapped.append(f"{contest.text}: the file is for {parsed.region or 'an unnamed region'}, not a "
                                "state; say which state with --state")
        return
    if not contest.choices:
        summary.unmapped.append(f"{contest.text}: no candidates in the count")
        return
    races = await _fitting_races(session, contest, code, parsed.election_date.year)
    if len(races) > 1:
        names = ", ".join(sorted(r.name for r in races))
        summary.unmapped.append(f"{contest.text}: several races fit ({names})")
        return
    if not races:
        if not create_races:
            summary.unmapped.append(f"{contest.text}: no {parsed.election_date.year} race of that office in {code}; "
                                    "import its race first, or create it with --create-races")
            return
        race = _new_race(contest, code, parsed.election_date)
        session.add(race)
        await session.flush()
        summary.created_races.append(race.name)
    else:
        race = races[0]
    if not any(s.stage == contest.stage for s in race.stages):
        session.add(RaceStage(race_id=race.id, stage=contest.stage, date=parsed.election_date))
    await _snapshot(session, summary, race, contest, contest.taken_at or parsed.taken_at, source, area_of(parsed))


async def _record_named(session: AsyncSession, summary: ResultsSummary, path: str, contest: ContestCount,
                        source: Source) -> None:
    """A count that names its race by slug (the results CSV): the race must exist, as in an endorsements file."""
    race = await session.scalar(select(Race).options(
        selectinload(Race.stages), selectinload(Race.candidacies).selectinload(Candidacy.candidate))
        .where(Race.slug == contest.race_slug))
    if race is None:
        raise ImportRejected(path, f"unknown race {contest.race_slug!r} (import its race first)", contest.line)
    assert contest.taken_at is not None
    if not any(s.stage == contest.stage for s in race.stages):
        session.add(RaceStage(race_id=race.id, stage=contest.stage, date=contest.taken_at.date()))
    await _snapshot(session, summary, race, contest, contest.taken_at, source)


def area_of(parsed: ResultsFile) -> str | None:
    """The area a file's counts cover: a county's file (its region is a county's name, no state's) counts that
    county only ("Atkinson County"); a state's file, the whole race."""
    region = parsed.region.strip()
    if not region or parsed.state_code:
        return None
    return region if fold(region).split()[-1] in ("county", "parish", "borough") else f"{region} County"


async def _snapshot(session: AsyncSession, summary: ResultsSummary, race: Race, contest: ContestCount,
                    taken_at: dt.datetime, source: Source, area: str | None = None) -> None:
    label = f"{contest.text} -> {race.name} ({contest.stage}), {_reporting(contest)}"
    existing = await session.scalar(select(ResultSnapshot.id).where(
        ResultSnapshot.race_id == race.id, ResultSnapshot.stage == contest.stage,
        ResultSnapshot.source_id == source.id, ResultSnapshot.taken_at == taken_at))
    if existing is not None:
        summary.unchanged.append(label)
        return
    snapshot = ResultSnapshot(race_id=race.id, stage=contest.stage, taken_at=taken_at,
                              units_reported=contest.units_reported, units_total=contest.units_total,
                              unit=contest.unit, certified=contest.certified, source_id=source.id,
                              area=area)
    for choice in contest.choices:
        candidate = await _candidate(session, race, choice.name, choice.party)
        snapshot.counts.append(ResultCount(candidate_id=candidate.id, votes=choice.votes))
        if contest.called is not None and choice.name == contest.called:
            snapshot.called_candidate_id = candidate.id
    session.add(snapshot)
    await session.flush()
    # The change log is what update posts are made from (first results, a lead change, a call, certification).
    session.add(DataChange(kind="count", change="added", race_id=race.id, item_id=snapshot.id, origin=source.url))
    summary.recorded.append(label)
    summary.race_ids.add(race.id)


async def _fitting_races(session: AsyncSession, contest: ContestCount, code: str, cycle: int) -> list[Race]:
    query = (select(Race).options(selectinload(Race.stages), selectinload(Race.candidacies)
                                  .selectinload(Candidacy.candidate))
             .where(Race.state_code == code, Race.cycle == cycle, Race.office_kind == contest.office_kind,
                    Race.locality.is_(None)))
    if contest.office_kind == "president":  # a state's own vote, or one of its districts' (Maine, Nebraska)
        query = query.where(Race.district.is_(None) if contest.district is None
                            else Race.district == contest.district)
    elif contest.office_kind == "house":  # no district named: the state's one seat
        query = query.where(Race.district.in_([contest.district] if contest.district else [AT_LARGE, "1"]))
    races = list((await session.scalars(query)).unique())
    special = "special" in fold(contest.text).split() or "unexpired" in fold(contest.text).split()
    if len(races) > 1:  # a state's two Senate seats in one year: the special one only when the contest says so
        races = [r for r in races if r.special == special] or races
    return races


def _new_race(contest: ContestCount, code: str, when: dt.date) -> Race:
    """A race made from a contest, named and slugged as the FiveThirtyEight importer would name it, so that the
    polls of the same race land on it later."""
    state = us.states.lookup(code)
    state_name = state.name if state else code
    office_type = OFFICE_TYPES[contest.office_kind or "senate"]
    seat = ""
    if contest.office_kind == "senate":
        seat = f"Class {_senate_class_up(when.year)}"
    elif contest.office_kind == "house" and contest.district:
        seat = f"District {contest.district}"
    structure = structure_from_538(state_name, office_type, seat, when.year)
    office = " ".join(p for p in (office_type, seat) if p)
    race = Race(slug=slugify(f"{state_name} {office} {when.year}"), name=natural_name(structure), office=office,
                office_type=office_type, jurisdiction=state_name, state=state_name, cycle=when.year,
                nonpartisan=False, places=[state_name], office_kind=structure.office_kind,
                state_code=structure.state_code, locality=None, district=structure.district,
                seat_class=structure.seat_class, special=structure.special)
    race.stages = []
    race.candidacies = []
    return race


def _senate_class_up(year: int) -> str:
    """The Senate class whose regular election falls in a year (class I in 2018, II in 2020, III in 2022)."""
    return {2018 % 6: "I", 2020 % 6: "II", 2022 % 6: "III"}.get(year % 6, "I")


async def _candidate(session: AsyncSession, race: Race, name: str, party: str | None) -> Candidate:
    """The race's candidate of that name (as typed in capitals or not), or a new one running in it."""
    wanted = fold(name)
    for candidacy in race.candidacies:
        person = candidacy.candidate
        if wanted in {fold(person.name), *(fold(a) for a in person.aliases or [])}:
            return person
    # the same person under another spelling of their name in this race's polls ("Raphael Warnock" in a results
    # file, "Raphael G. Warnock" in 538's): one of them only, never a guess between two
    head = name.split("/")[0].strip()  # a ticket ("Donald J. Trump / JD Vance") is its head's
    same = [c.candidate for c in race.candidacies if same_person_names(head, c.candidate.name)]
    if len(same) == 1:
        same[0].aliases = [*(same[0].aliases or []), name]
        return same[0]
    person = Candidate(name=name, aliases=[], party=party)
    candidacy = Candidacy(candidate=person, status="running", party=party)
    race.candidacies.append(candidacy)
    session.add(person)
    await session.flush()
    return person


async def _source(session: AsyncSession, parsed: ResultsFile, url: str) -> Source:
    source = await session.scalar(select(Source).where(Source.url == url))
    if source is None:
        source = Source(url=url, title=f"{parsed.election_name} results ({parsed.region})".strip(),
                        publisher="Clarity election results", published=parsed.taken_at.date())
        session.add(source)
        await session.flush()
    return source


def _reporting(contest: ContestCount) -> str:
    return reporting_words(contest.units_reported, contest.units_total, contest.unit)
