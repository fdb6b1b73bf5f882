"""The candidates a file names (listed, in a poll or in a result): matched to a race's candidates, to the same
person known from another race (by name, or by a spelling of their name: writing/identity.py), or created; and
each person's candidacy in each race."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from bot.db.models import Candidacy, Candidate, Race
from bot.importers.records import CandidateRecord, RaceData
from bot.importers.writing.identity import (
    Merge,
    OfficeKey,
    PeopleOfOffices,
    Person,
    PersonRef,
    forms_to_add,
    office_key,
    rivals_of,
    spellings_of,
)
from bot.importers.writing.tables import CandidateIndex, WriteSession, changed_fields, chunks
from bot.names import fold


@dataclass(slots=True)
class CandidateMatch:
    """Who a file's candidates are: people to create, each (race, candidate) to link, known people it describes."""

    new_people: dict[Person, dict[str, Any]] = field(default_factory=dict)  # one row per new person in the file
    links: list[tuple[int, CandidateRecord, Person | int, bool]] = field(default_factory=list)  # race, record,
    # person (an id, or a new person), whether the file lists the candidate (not only names them in a poll)
    explicit_people: dict[int, CandidateRecord] = field(default_factory=dict)
    spellings: dict[int, list[str]] = field(default_factory=dict)  # known person -> the new spellings of their name
    merges: list[Merge] = field(default_factory=list)


def _wanted_candidates(data: RaceData) -> dict[str, CandidateRecord]:
    """Every candidate one race's data names, by folded name: listed ones first, then those only polled or counted."""
    wanted: dict[str, CandidateRecord] = {fold(rec.name): rec for rec in data.candidates}
    for poll in data.polls:
        for result in poll.results:
            folded = fold(result.candidate)
            if folded not in wanted:  # a million results name a few thousand people
                wanted[folded] = CandidateRecord(result.candidate, party=result.party)
    for res in data.results:
        wanted.setdefault(fold(res.candidate), CandidateRecord(res.candidate))
    return wanted


def match_candidates(datas: Iterable[tuple[int, RaceData]], indexes: dict[int, CandidateIndex],
                     known_people: dict[Person, int], people: PeopleOfOffices | None = None,
                     offices: dict[int, tuple[OfficeKey | None, str]] | None = None) -> CandidateMatch:
    """Match every candidate a file names (listed, in a poll or in a result) to its race's candidates (by name or
    alias), to the same person known from another race (same name and party), to the one person of the same office
    and party whose name it can be (`people`, by each race's office in `offices`: id -> office and race name), or
    to a new person."""
    match = CandidateMatch()
    people = people or PeopleOfOffices()
    for race_id, data in datas:
        index = indexes[race_id]
        office, race_name = (offices or {}).get(race_id, (None, data.slug))
        explicit = {fold(rec.name) for rec in data.candidates}
        for folded, rec in _wanted_candidates(data).items():
            person = _known(index, known_people, match, folded, rec)
            if person is None and office is not None:
                person = _same_person(match, people, (race_id, office, race_name), rec,
                                      lambda: rivals_of(data, folded, explicit))  # noqa: B023 (called at once)
            if person is None:
                person = (folded, rec.party)
                match.new_people[person] = {"name": rec.name, "aliases": list(rec.aliases), "party": rec.party,
                                            "description": rec.description}
                if office is not None:
                    people.add(office, person, rec.name, rec.party, rec.aliases)
            if isinstance(person, int) and folded in explicit:
                match.explicit_people[person] = rec
            match.links.append((race_id, rec, person, folded in explicit))
    return match


def _known(index: CandidateIndex, known_people: dict[Person, int], match: CandidateMatch, folded: str,
           rec: CandidateRecord) -> PersonRef | None:
    """The person a candidate is by name: one of the race's (a name or alias), or anyone's of the same name and
    party, stored or new in this file."""
    candidate_id = index.find(rec.name)
    for alias in rec.aliases:
        candidate_id = candidate_id or index.find(alias)
    if candidate_id is not None:
        return candidate_id
    if (folded, rec.party) in known_people:
        return known_people[(folded, rec.party)]
    return (folded, rec.party) if (folded, rec.party) in match.new_people else None


def _same_person(match: CandidateMatch, people: PeopleOfOffices, race: tuple[int, OfficeKey, str],
                 rec: CandidateRecord, rivals: Callable[[], set[str]]) -> PersonRef | None:
    """The one person of the office and party a spelling new to the race can be, with the spelling noted as theirs
    (`race`: its id, office and name)."""
    race_id, office, race_name = race
    same = people.same_person(office, rec.party, rec.name, rivals)
    if same is None:
        return None
    new_spelling = fold(rec.name) not in same.names  # else a form of their name stored already
    match.merges.append(Merge(race_id, same.ref, rec.name, same.name, rec.party, race_name, new_spelling))
    if not new_spelling:
        return same.ref
    same.add_spelling(rec.name)
    if isinstance(same.ref, int):
        match.spellings.setdefault(same.ref, []).append(rec.name)
    else:
        match.new_people[same.ref]["aliases"].append(rec.name)
    return same.ref


class CandidateWriter:
    """Matches, creates and links a file's candidates, in a few statements for the whole file. A file may come in
    batches (a long 538 CSV): what earlier batches loaded and linked is kept."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx
        self._indexes: dict[int, CandidateIndex] = {}  # race id -> its candidates
        self._candidacies: dict[tuple[int, int], Candidacy] = {}  # stored (race id, candidate id)
        self._linked: set[tuple[int, int]] = set()  # (race id, candidate id) linked by this import
        self._known: dict[Person, int] | None = None  # everyone stored, loaded on first use
        self._people = PeopleOfOffices()  # the people of the offices of the states loaded so far
        self._states: set[str] = set()  # states whose people are loaded
        self._merges: set[tuple[str, str, str | None]] = set()  # spellings listed in the summary so far

    async def write(self, races: dict[str, Race], datas: list[RaceData]) -> dict[str, CandidateIndex]:
        """Match every named candidate to a race's candidates (by name or alias), to the same person known from
        another race (same name and party, or a spelling of their name in the same office), or create them; returns
        each race's candidates by slug."""
        await self._load([race.id for race in races.values()])
        known_people = await self._known_people()
        await self._load_people(list(races.values()))
        offices = {race.id: (office_key(race), race.name) for race in races.values()}
        match = match_candidates([(races[data.slug].id, data) for data in datas], self._indexes, known_people,
                                 self._people, offices)
        taken = self._taken_names(match, known_people)
        for key, row in match.new_people.items():  # the forms people type each new person by
            own = {fold(name) for name in (row["name"], *row["aliases"])}
            row["aliases"] += forms_to_add([row["name"], *row["aliases"]], own, taken, key)
        await self._add_people(match.new_people, known_people)
        self._people.settle(known_people)
        updated_people = await self._update_people(match.explicit_people, match.spellings, taken)
        # a known person the file names by a new spelling only
        self.tx.summary.add("candidates", "updated", len(match.spellings.keys() & updated_people
                                                         - match.explicit_people.keys()))
        for merge in match.merges:  # once per spelling and person, where it changes the data
            key = (fold(merge.spelling), merge.name, merge.party)
            if key not in self._merges and (merge.new_spelling or (merge.race_id, merge.person) not in
                                            self._candidacies):
                self._merges.add(key)
                self.tx.summary.merges.append(merge.describe())
        stored = await self._link(match.links, known_people, updated_people)
        await self.tx.session.flush()
        await self.tx.hold(Candidate, stored)
        return {slug: self._indexes[race.id] for slug, race in races.items()}

    async def _load(self, race_ids: list[int]) -> None:
        """The stored candidacies of the races no earlier batch loaded, and their candidates' names (the forms
        derived from a name are left out: a new name is matched to them only where no rival is named beside it)."""
        unloaded = [race_id for race_id in race_ids if race_id not in self._indexes]
        self._indexes.update((race_id, CandidateIndex()) for race_id in unloaded)
        for matching in self.tx.matching(Candidacy.race_id, unloaded):
            stmt = select(Candidacy).where(matching).options(selectinload(Candidacy.candidate))
            for candidacy in await self.tx.session.scalars(stmt):
                candidate = candidacy.candidate
                self._candidacies[(candidacy.race_id, candidacy.candidate_id)] = candidacy
                self._indexes[candidacy.race_id].add(candidacy.candidate_id, candidate.name,
                                                     spellings_of(candidate.name, candidate.aliases))

    async def _load_people(self, races: list[Race]) -> None:
        """The stored people of every office of the states of `races` no earlier batch loaded."""
        states = sorted({race.state_code for race in races if race.state_code} - self._states)
        self._states.update(states)
        for matching in self.tx.matching(Race.state_code, states):
            stmt = (select(Candidate.id, Candidate.name, Candidate.aliases, Candidate.party, Race.office_kind,
                           Race.state_code, Race.locality, Race.office)
                    .join(Candidacy, Candidacy.candidate_id == Candidate.id).join(Race, Race.id == Candidacy.race_id)
                    .where(matching))
            for row in await self.tx.session.execute(stmt):
                office = office_key(row)
                if office is not None:
                    self._people.add(office, row.id, row.name, row.party, row.aliases or [])

    def _taken_names(self, match: CandidateMatch, known_people: dict[Person, int]) -> dict[str, set[PersonRef]]:
        """Every person's name, folded, with the people it names: the stored people's and the new ones', and the
        names and spellings of everyone in the races the file names. No typed form an import adds is among them."""
        taken: dict[str, set[PersonRef]] = {}
        for (folded, _), ref in [*known_people.items(), *((key, key) for key in match.new_people)]:
            taken.setdefault(folded, set()).add(ref)
        for race_id in {link[0] for link in match.links}:
            for folded, ref in self._indexes[race_id].ids.items():
                taken.setdefault(folded, set()).add(ref)
        return taken

    async def _known_people(self) -> dict[Person, int]:
        """Everyone already known, by folded name and party: the same person may run in several races."""
        if self._known is None:
            self._known = {}
            rows = await self.tx.session.execute(select(Candidate.id, Candidate.name, Candidate.party))
            for row in rows:
                self._known.setdefault((fold(row.name), row.party), row.id)
        return self._known

    async def _add_people(self, new_people: dict[Person, dict[str, Any]], known_people: dict[Person, int]) -> None:
        """Create the people no race has yet; their ids join `known_people`."""
        people = list(new_people)
        for chunk in chunks(people, 1000):
            result = await self.tx.session.execute(
                insert(Candidate).returning(Candidate.id, Candidate.name, Candidate.party),
                [new_people[key] for key in chunk])
            for row in result.all():  # matched by key: RETURNING order is not guaranteed
                known_people[(fold(row.name), row.party)] = row.id
        self.tx.summary.add("candidates", "added", len(people))

    async def _update_people(self, explicit_people: dict[int, CandidateRecord], spellings: dict[int, list[str]],
                             taken: dict[str, set[PersonRef]]) -> set[int]:
        """Apply the parties, descriptions and aliases a file gives for people already known, and the new spellings
        of their names (with the forms people type them by); returns the ids of the people it changed."""
        wanted = list(dict.fromkeys([*explicit_people, *spellings]))
        rows = {c.id: c for matching in self.tx.matching(Candidate.id, wanted)
                for c in await self.tx.session.scalars(select(Candidate).where(matching))}
        updated_people: set[int] = set()
        for candidate_id in wanted:
            candidate = rows[candidate_id]
            rec = explicit_people.get(candidate_id)
            changes = changed_fields(candidate, {"party": rec.party, "description": rec.description}) if rec else {}
            new = spellings.get(candidate_id, [])
            aliases = list(dict.fromkeys([*candidate.aliases, *(rec.aliases if rec else ()), *new]))
            if new:
                own = {fold(name) for name in (candidate.name, *aliases)}
                aliases += forms_to_add(new, own, taken, candidate_id)
            if aliases != candidate.aliases:
                changes["aliases"] = aliases
            for key, value in changes.items():
                setattr(candidate, key, value)
            if changes:
                updated_people.add(candidate_id)
        return updated_people

    async def _link(self, links: list[tuple[int, CandidateRecord, Person | int, bool]],
                    known_people: dict[Person, int], updated_people: set[int]) -> set[int]:
        """Link each candidate to their race (or update the candidacy the file lists); returns the stored candidates
        the file's records name (not the ones it creates)."""
        new_links: list[dict[str, Any]] = []
        stored: set[int] = set()
        for race_id, rec, person, is_explicit in links:
            candidate_id = person if isinstance(person, int) else known_people[person]
            if isinstance(person, int):
                stored.add(candidate_id)
            was_new = not isinstance(person, int)
            candidacy = self._candidacies.get((race_id, candidate_id))
            changed = candidate_id in updated_people
            if candidacy is None:
                if (race_id, candidate_id) not in self._linked:
                    self._linked.add((race_id, candidate_id))
                    new_links.append({"race_id": race_id, "candidate_id": candidate_id,
                                      "status": rec.status or "running", "party": rec.party,
                                      "incumbent": rec.incumbent})
                changed = True
            elif is_explicit:
                changes = changed_fields(candidacy, {"status": rec.status, "party": rec.party,
                                                     "incumbent": rec.incumbent})
                for key, value in changes.items():
                    setattr(candidacy, key, value)
                changed = changed or bool(changes)
            if is_explicit and not was_new:
                self.tx.summary.add("candidates", "updated" if changed else "unchanged")
            if changed:
                self.tx.races_changed.add(race_id)
            name = rec.name if was_new else None
            self._indexes[race_id].add(candidate_id, name or rec.name, rec.aliases)
        for chunk in chunks(new_links, 2000):
            await self.tx.session.execute(insert(Candidacy), list(chunk))
        return stored
