"""One person, one record: a spelling a file gives for the first time ("Stacey Abrams") is the person of the same
state and party whose names it can be (bot.importers.person_names) in the same race or a related one (a race of
the same state, any office and cycle: "Jim Justice", senator in 2024, is "James Justice", governor in 2020), stored
as that person's alias; and the forms people type a person by. Parties are compared by what they are, not how a
file writes them ("Democratic" is DEM).

Never merged: people of two states or parties; people of a national race, where no state tells namesakes apart
("Donald Trump", "Donald Trump Jr."); two names one question of a poll asks about together, or one file lists as
two candidates of a race; a spelling that can be either of two people. The display name stays the first seen: an
import never renames a person the data already shows, and the other spellings are aliases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.importers.person_names import parse_name, same_person_names, typed_forms
from bot.importers.records import RaceData
from bot.names import fold, party_key

Person = tuple[str, str | None]  # a person not stored yet: folded name and party
PersonRef = int | Person  # a stored person's id, or a person the import creates
OfficeKey = str  # the state code of the races whose people a name is matched among


def office_key(race: Any) -> OfficeKey | None:
    """Where a race's people are looked for a person: its state, whatever the office (people run for one office,
    then another); None for a national race (no state tells namesakes apart)."""
    return race.state_code or None


def spellings_of(name: str, aliases: Iterable[str]) -> list[str]:
    """A person's name and the aliases that are spellings of it (given by a file), not forms derived by typed_forms:
    an import matches a new name to a person by these."""
    # The forms of the name first, then those of the spellings left: a form is never parsed for forms of its own.
    derived = {fold(form) for form in typed_forms(name)}
    spellings = [alias for alias in aliases if fold(alias) not in derived]
    derived = {fold(form) for spelling in spellings for form in typed_forms(spelling)}
    return [name, *(alias for alias in spellings if fold(alias) not in derived)]


@dataclass(slots=True)
class KnownPerson:
    """A person of an office, with every name they are known by and (worked out when first needed) the spellings
    files gave of their name."""

    ref: PersonRef
    name: str
    party: str | None
    aliases: list[str]
    names: set[str]  # folded: the name and the aliases, spellings and typed forms alike
    _spellings: list[str] | None = None

    @property
    def spellings(self) -> list[str]:
        """The name and the aliases that are spellings of it (parsed only for a person a new name may be)."""
        if self._spellings is None:
            self._spellings = spellings_of(self.name, self.aliases)
        return self._spellings

    def add_spelling(self, spelling: str) -> None:
        """Know the person by a new spelling of their name too."""
        self.aliases.append(spelling)
        self.names.add(fold(spelling))
        if self._spellings is not None:
            self._spellings.append(spelling)


@dataclass(frozen=True, slots=True)
class Merge:
    """A spelling found to name a known person in a race, for the import summary."""

    race_id: int
    person: PersonRef
    spelling: str
    name: str
    party: str | None
    race: str
    new_spelling: bool  # not among the person's names until now

    def describe(self) -> str:
        """One line of the summary: “Stacey Abrams” is Stacey Yvonne Abrams (DEM, 2018 Georgia governor race)."""
        party = f"{self.party}, " if self.party else ""
        return f"same person: “{self.spelling}” is {self.name} ({party}{self.race})"


@dataclass(slots=True)
class PeopleOfOffices:
    """The people of the offices an import touches, by office, party and each word of their name: where a new
    spelling's person is looked for (a name is parsed only when someone of the office shares a word of it)."""

    people: dict[tuple[OfficeKey, str | None, str], list[KnownPerson]] = field(
        default_factory=lambda: defaultdict(list))
    unsettled: list[tuple[OfficeKey, KnownPerson]] = field(default_factory=list)  # people of this import not stored
    _known: set[tuple[OfficeKey, PersonRef]] = field(default_factory=set)

    def add(self, office: OfficeKey, ref: PersonRef, name: str, party: str | None, aliases: Iterable[str]) -> None:
        """Know a person as one of an office's (once per office, however many races of it they ran in)."""
        if (office, ref) in self._known:
            return
        self._known.add((office, ref))
        aliases = list(aliases)
        person = KnownPerson(ref, name, party, aliases, {fold(n) for n in (name, *aliases)})
        for word in set(fold(name).split()):
            self.people[(office, party_key(party), word)].append(person)
        if not isinstance(ref, int):
            self.unsettled.append((office, person))

    def settle(self, ids: dict[Person, int]) -> None:
        """The people this import created, by their ids from now on."""
        for office, person in self.unsettled:
            person.ref = ids[person.ref]  # type: ignore[index]
            self._known.add((office, person.ref))
        self.unsettled.clear()

    def same_person(self, office: OfficeKey, party: str | None, name: str,
                    rivals: Callable[[], set[str]]) -> KnownPerson | None:
        """The one person of the office and party `name` can be; None when there is none, or more than one, or the
        one is a rival (a name of theirs is named beside `name`: `rivals()`, folded)."""
        near = {id(p): p for word in set(fold(name).split())
                for p in self.people.get((office, party_key(party), word), ())}
        found = [person for person in near.values() if _fits(name, person.spellings)]
        if len(found) != 1 or found[0].names & rivals():
            return None
        return found[0]


def _fits(name: str, spellings: list[str]) -> bool:
    """Whether a name can be the person of these spellings (their name first): it can be the same person as their
    name and as every other spelling that is a whole name of theirs; a surname alone, initials or a title ("de
    León", "KDL", "Councilman de León") tell nothing either way."""
    own, *others = spellings
    whole = [own, *(s for s in others if parse_name(s).complete and same_person_names(own, s))]
    return all(same_person_names(name, spelling) for spelling in whole)


def rivals_of(data: RaceData, folded: str, explicit: set[str]) -> set[str]:
    """The folded names a race's data names beside `folded` as another person: in one question of a poll, or in the
    file's list of the race's candidates when it lists both."""
    rivals = set(explicit - {folded}) if folded in explicit else set()
    for poll in data.polls:
        questions: dict[tuple[str, str], set[str]] = defaultdict(set)
        for result in poll.results:
            questions[(result.question, result.subgroup)].add(fold(result.candidate))
        for names in questions.values():
            if folded in names:
                rivals |= names - {folded}
    return rivals


def forms_to_add(spellings: Iterable[str], own: set[str], taken: dict[str, set[PersonRef]],
                 ref: PersonRef) -> list[str]:
    """The typed forms of a person's spellings not yet among their names (`own`, folded) nor another person's name
    (`taken`: folded name -> the people it names): an alias never makes two people's names collide."""
    forms = []
    for spelling in spellings:
        if any(fold(spelling).endswith(" " + name) for name in list(own) if " " in name):
            continue  # a title before a name of theirs ("City Attorney Mike Feuer"): no given name "City" typed
        for form in typed_forms(spelling):
            key = fold(form)
            if key not in own and not taken.get(key, set()) - {ref}:
                own.add(key)
                forms.append(form)
    return forms
