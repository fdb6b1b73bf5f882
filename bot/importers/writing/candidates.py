"""The candidates a file names (listed, in a poll or in a result): matched to a race's candidates, to the same
person known from another race, or created; and each person's candidacy in each race."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from bot.db.models import Candidacy, Candidate, Race
from bot.importers.records import CandidateRecord, RaceData
from bot.importers.writing.tables import CandidateIndex, WriteSession, changed_fields, chunks
from bot.names import fold

Person = tuple[str, str | None]  # a person not stored yet: folded name and party


@dataclass(slots=True)
class CandidateMatch:
    """Who a file's candidates are: people to create, each (race, candidate) to link, known people it describes."""

    new_people: dict[Person, dict[str, Any]] = field(default_factory=dict)  # one row per new person in the file
    links: list[tuple[int, CandidateRecord, Person | int, bool]] = field(default_factory=list)  # race, record,
    # person (an id, or a new person), whether the file lists the candidate (not only names them in a poll)
    explicit_people: dict[int, CandidateRecord] = field(default_factory=dict)


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
                     known_people: dict[Person, int]) -> CandidateMatch:
    """Match every candidate a file names (listed, in a poll or in a result) to its race's candidates (by name or
    alias), to the same person known from another race (same name and party), or to a new person."""
    match = CandidateMatch()
    for race_id, data in datas:
        index = indexes[race_id]
        explicit = {fold(rec.name) for rec in data.candidates}
        for folded, rec in _wanted_candidates(data).items():
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


class CandidateWriter:
    """Matches, creates and links a file's candidates, in a few statements for the whole file. A file may come in
    batches (a long 538 CSV): what earlier batches loaded and linked is kept."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx
        self._indexes: dict[int, CandidateIndex] = {}  # race id -> its candidates
        self._candidacies: dict[tuple[int, int], Candidacy] = {}  # stored (race id, candidate id)
        self._linked: set[tuple[int, int]] = set()  # (race id, candidate id) linked by this import
        self._known: dict[Person, int] | None = None  # everyone stored, loaded on first use

    async def write(self, races: dict[str, Race], datas: list[RaceData]) -> dict[str, CandidateIndex]:
        """Match every named candidate to a race's candidates (by name or alias), to the same person known from
        another race (same name and party), or create them; returns each race's candidates by slug."""
        await self._load([race.id for race in races.values()])
        known_people = await self._known_people()
        match = match_candidates([(races[data.slug].id, data) for data in datas], self._indexes, known_people)
        await self._add_people(match.new_people, known_people)
        updated_people = await self._update_people(match.explicit_people)
        stored = await self._link(match.links, known_people, updated_people)
        await self.tx.session.flush()
        await self.tx.hold(Candidate, stored)
        return {slug: self._indexes[race.id] for slug, race in races.items()}

    async def _load(self, race_ids: list[int]) -> None:
        """The stored candidacies of the races no earlier batch loaded, and their candidates' names."""
        unloaded = [race_id for race_id in race_ids if race_id not in self._indexes]
        self._indexes.update((race_id, CandidateIndex()) for race_id in unloaded)
        for matching in self.tx.matching(Candidacy.race_id, unloaded):
            stmt = select(Candidacy).where(matching).options(selectinload(Candidacy.candidate))
            for candidacy in await self.tx.session.scalars(stmt):
                self._candidacies[(candidacy.race_id, candidacy.candidate_id)] = candidacy
                self._indexes[candidacy.race_id].add(candidacy.candidate_id, candidacy.candidate.name,
                                                     candidacy.candidate.aliases)

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

    async def _update_people(self, explicit_people: dict[int, CandidateRecord]) -> set[int]:
        """Apply the parties, descriptions and aliases a file gives for people already known; returns the ids of the
        people it changed."""
        if explicit_people:
            rows = {c.id: c for matching in self.tx.matching(Candidate.id, list(explicit_people))
                    for c in await self.tx.session.scalars(select(Candidate).where(matching))}
        updated_people: set[int] = set()
        for candidate_id, rec in explicit_people.items():
            candidate = rows[candidate_id]
            changes = changed_fields(candidate, {"party": rec.party, "description": rec.description})
            aliases = list(dict.fromkeys([*candidate.aliases, *rec.aliases]))
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
            name = rec.name if was_new else None
            self._indexes[race_id].add(candidate_id, name or rec.name, rec.aliases)
        for chunk in chunks(new_links, 2000):
            await self.tx.session.execute(insert(Candidacy), list(chunk))
        return stored
