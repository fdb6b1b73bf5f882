"""Builds the name index from the database, once per data version."""

from __future__ import annotations

import asyncio
import time

from bot.db import queries
from bot.db.database import Database
from bot.engine.answers.reader import RowCache
from bot.engine.understanding.gazetteer import cities, counties
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.names import PEOPLE, NameEntry, NameIndex
from bot.given_names import nickname_table
from bot.names import fold, ticket_head
from bot.races import state_code

VERSION_CHECK_SECONDS = 2.0  # how often another process's imports are noticed


async def build_index(db: Database) -> NameIndex:
    """The name index of everything the database knows: candidates, endorsers, races, places, pollsters, groups."""
    async with db.session() as session:
        rows = await queries.name_rows(session)
    index = NameIndex()
    for cid, name, aliases, race_ids in rows["candidates"]:
        index.add(NameEntry("candidate", cid, name, race_ids, person=True),
                  [name, *(aliases or []), *initials_of(name), *PARTY_WORDS.get(fold(name), ())])
    for eid, name, kind, race_ids, aliases in rows["endorsers"]:
        index.add(NameEntry("endorser", eid, name, race_ids, person=kind in PEOPLE), [name, *(aliases or [])])
    places: dict[str, set[int]] = {}
    for rid, slug, name, race_places, locality, state in rows["races"]:
        # Races are matched by their structure; these keys serve exact names, slugs and autocomplete.
        index.add(NameEntry("race", rid, name, (rid,), slug=slug), [slug, name, slug.replace("-", " ")])
        for place in [*([locality] if locality else []), *(race_places or [])]:
            if state_code(place) is None or state_code(place) != state_code(state or ""):
                # the race's own state is a race term, not a place ("LA" stays Los Angeles in California)
                places.setdefault(place, set()).add(rid)
    for place, race_ids in places.items():
        index.add(NameEntry("place", 0, place, tuple(sorted(race_ids))), [place])
    pollsters: dict[str, set[int]] = {}
    for pollster, race_id in rows["pollsters"]:
        pollsters.setdefault(pollster, set()).add(race_id)
    aliases: dict[str, list[str]] = {}
    for pollster, alias in rows["pollster_aliases"]:
        aliases.setdefault(pollster, []).append(alias)
    for pollster, race_ids in pollsters.items():
        names = [*pollster_names(pollster), *aliases.get(pollster, [])]
        index.add(NameEntry("pollster", 0, pollster, tuple(sorted(race_ids))), names)
    groups: dict[str, set[int]] = {}
    for group, race_id in rows["subgroups"]:
        groups.setdefault(group, set()).add(race_id)
    for group, race_ids in groups.items():
        index.add(NameEntry("subgroup", 0, group, tuple(sorted(race_ids))), subgroup_names(group))
    return index.freeze()


# The words people name a party by, for the sides of a race that are parties (the generic ballot's "Democrats" and
# "Republicans"): "dems or gop on the generic ballot".
# (never "party" alone: "what party is caruso" names no party)
PARTY_WORDS = {"democrats": ("dems", "democrat", "democratas"),
               "republicans": ("gop", "republican", "reps", "republicanos")}

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def initials_of(name: str) -> list[str]:
    """A person of three names or more is also known by their initials ("Robert F. Kennedy Jr.": RFK), unless
    they spell a word or a state's code."""
    head = ticket_head(name)  # "Robert F. Kennedy Jr. / Nicole Shanahan": his initials
    words = [w for w in fold(head).replace(".", " ").split() if w not in _SUFFIXES]
    if len(words) < 3 or len(words) > 4:
        return []
    initials = "".join(w[0] for w in words)
    if lexicon().is_common(initials) or state_code(initials) is not None:
        return []
    return [initials]


# Words that end a polling firm's name and that people leave out when they name it ("Noble Predictive Insights" is
# "noble predictive"); "&" and "and" are left out too ("Redfield & Wilton Strategies" is "redfield wilton").
FIRM_WORDS = {"strategies", "strategy", "insights", "research", "group", "associates", "partners", "analytics",
              "consulting", "inc", "llc", "company", "co", "poll", "polling", "polls", "survey", "surveys", "opinion",
              "communications", "solutions", "data", "intelligence"}


def _plain_word(word: str) -> bool:
    """A common word of the language that is nobody's name and no county's ("times", "change", "data"; not
    "emerson", "suffolk")."""
    return lexicon().is_common(word) and not lexicon().is_real_name(word) and word not in counties()


def pollster_names(pollster: str) -> list[str]:
    """"UC Berkeley Institute of Governmental Studies" is also "Berkeley", "UC Berkeley", "Berkeley IGS"; a joint
    poll's ("Siena/NYT") is also each partner's name; a firm's, its name without "&" and the words that end firms'
    names ("Redfield & Wilton Strategies": "Redfield Wilton")."""
    names = [pollster]
    parts = [part.strip() for part in pollster.split("/") if part.strip()]
    if len(parts) > 1:
        names += [part for part in parts if len(part) >= 3 and state_code(part) is None]
    for part in parts:
        words = [w for w in part.split() if w not in ("&", "and", "+")]
        while len(words) > 1 and fold(words[-1]) in FIRM_WORDS:
            words.pop()
        short = " ".join(words)
        if short != part and len(words) >= 2:
            names.append(short)
    words = pollster.split()
    # Initials of three letters or more ("PPP"): two would read states and words ("FL" is not Frank Luntz).
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) >= 3 and not lexicon().is_common(initials.casefold()):  # "IBA" is no Spanish "iba"
        names.append(initials)
    lead = [w for w in words if w.casefold() not in ("uc", "university", "of", "the", "institute")]
    # a state is no pollster's short name: "michigan" is the state, not Michigan State University; nor is a word
    # of the language ("how many times": not The Times of London)
    if lead and len(lead[0]) >= 4 and state_code(lead[0]) is None and not _plain_word(fold(lead[0])):
        names.append(lead[0])
    return names


def subgroup_names(group: str) -> list[str]:
    """The names a group of voters is asked by: its label, singular forms and folded variants, and the initials of
    a label of three words or more ("San Fernando Valley": "sfv")."""
    folded = fold(group)
    names = [group]
    words = [w for w in folded.split() if w not in ("of", "the", "and", "de", "la", "el", "y")]
    if len(words) >= 3 and not lexicon().is_common("".join(w[0] for w in words)):
        names.append("".join(w[0] for w in words))
    for plural, singular in (("men", "man"), ("women", "woman"), ("voters", "voter")):
        if folded.endswith(plural):
            names.append(folded[: -len(plural)] + singular)
    if folded.endswith(" voters"):
        names.append(folded.removesuffix(" voters"))
    else:
        names.append(f"{folded} voters")
    return names


def _load_word_lists() -> None:
    """The word lists questions are read with, read once per process with the index rather than by the first
    question that needs one (a city's name, a nickname): no question waits for a file to be read."""
    lexicon()
    cities()
    counties()
    nickname_table()


class IndexCache:
    """The current name index; rebuilt when the database's data version changes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: NameIndex | None = None
        self._version = -1
        self._checked = 0.0
        self._lock = asyncio.Lock()
        self.rows = RowCache()  # hot rows of the same data version as the index

    def invalidate(self) -> None:
        """Makes the next `get` check the data version at once."""
        self._checked = 0.0

    async def get(self) -> NameIndex:
        """The name index of the current data version, rebuilt when an import changed the data."""
        now = time.monotonic()
        if self._index is not None and now - self._checked < VERSION_CHECK_SECONDS:
            return self._index
        async with self._lock:
            version = await self.db.data_version()
            self._checked = time.monotonic()
            if self._index is None or version != self._version:
                index = await build_index(self.db)
                _load_word_lists()
                async with self.db.session() as session:
                    races = {race.id: race for race in await queries.races(session)}
                    results: dict[int, list] = {race_id: [] for race_id in races}
                    for race_id, row in await queries.all_election_results(session):
                        results[race_id].append(row)
                    counts = await queries.current_counts(session)
                self.rows.clear()
                self.rows.preload_races(races)  # every race at hand: most answers start from one
                self.rows.preload("results", results)  # few races have results yet: none is a query away
                self.rows.preload("counts", counts)  # nor counts of election night
                self._index = index
                self._version = version
            return self._index
