"""The name index: fuzzy lookup of candidates, endorsers, races, places and pollsters with rapidfuzz."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine.thresholds import (
    AMBIGUITY_MARGIN,
    COMMON_TOKEN_KEYS,
    CONFIDENT_SCORE,
    SUGGESTION_SCORE,
    TOKEN_SCORE,
    TOKENS_PER_QUERY_TOKEN,
)
from bot.given_names import compatible_with
from bot.names import fold_name, ticket_head

NEAR_WORDS_CACHED = 20_000  # query words whose near name words are remembered (then the memory starts over)

# Surname particles: "Kevin de León" is known as "de León", not "León".
PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "la", "le", "st", "du", "dos", "der", "ter", "bin", "al"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PEOPLE = {"candidate", "person", "celebrity", "official"}
# Short forms people type for places inside names: "LA Times" for "Los Angeles Times".
ABBREVIATIONS = {"los angeles": "la", "new york": "ny", "san francisco": "sf", "united states": "us",
                 "washington dc": "dc", "saint": "st", "university of california": "uc"}
EXACT_CAP = 16  # unfiltered, the people of one exact name looked at: enough to see it is shared, and by whom
NICKNAME_SCORE = 95.0  # a nickname or initial of the given name, and the surname exactly
FIRST_NAME_SCORE = 85.0  # a first name alone names a person only when nobody else shares it


@dataclass(frozen=True, slots=True)
class NameEntry:
    """Something a user can name: kind is candidate, endorser, race, place, pollster or subgroup."""

    kind: str
    id: int
    display: str
    race_ids: tuple[int, ...] = ()
    person: bool = False
    slug: str = ""  # a race's slug


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A name found by the index: the entry, its score (0-100) and the key it matched."""

    entry: NameEntry
    score: float
    key: str

    @property
    def confident(self) -> bool:
        """Whether the score is high enough to answer about this name without asking."""
        return self.score >= CONFIDENT_SCORE


def abbreviated_keys(name: str) -> list[str]:
    """The name with its long words abbreviated as people type them ("saint" as "st")."""
    folded = fold_name(name)
    keys = []
    for long, short in ABBREVIATIONS.items():
        if f" {long} " in f" {folded} ":
            keys.append(f" {folded} ".replace(f" {long} ", f" {short} ").strip())
    return keys


def initials_keys(name: str) -> list[str]:
    """A person's given and middle names by their initials before the surname, as people write them: "James David
    Vance" is "jd vance"."""
    tokens = [t for t in fold_name(name).split() if t not in SUFFIXES]
    if len(tokens) != 3 or tokens[1] in PARTICLES or len(tokens[0]) < 2 or len(tokens[1]) < 2:
        return []
    return [f"{tokens[0][0]}{tokens[1][0]} {tokens[2]}"]


def first_name(name: str) -> str | None:
    """The given name of a person's name of two words or more, when it has three letters or more."""
    tokens = fold_name(name).split()
    return tokens[0] if len(tokens) >= 2 and len(tokens[0]) >= 3 else None


def surname_keys(name: str) -> list[str]:
    """The short forms of a person's name: "Kevin de León" -> ["de leon"], "Joe Biden Jr." -> ["biden"]."""
    tokens = [t for t in fold_name(name).split() if t not in SUFFIXES]
    if len(tokens) < 2:
        return []
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1] in PARTICLES:
        start -= 1
    return [" ".join(tokens[start:])]


def untitled(name: str, others: Iterable[str]) -> str:
    """A name without the title before it, when it ends with another name of the same person ("City Attorney Mike
    Feuer" -> "Mike Feuer"); else the name."""
    folded = fold_name(name)
    return next((other for other in others if len(fold_name(other).split()) >= 2 and folded != fold_name(other)
                 and folded.endswith(" " + fold_name(other))), name)


class NameIndex:
    """Folded keys of every name, with an exact map and a token map to narrow fuzzy search."""

    def __init__(self) -> None:
        self.entries: list[NameEntry] = []
        self.keys: list[str] = []
        self.key_entry: list[int] = []
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, list[int]] = defaultdict(list)
        self._vocabulary: list[str] = []
        self._by_kind: dict[str, list[int]] = defaultdict(list)
        self.first_names: dict[str, list[int]] = defaultdict(list)  # exact only, never fuzzy
        self._near_cache: dict[str, list[str]] = {}
        self._prefixes: dict[str, list[tuple[str, int]]] = {}  # kind -> sorted (folded name or word, entry)
        self._slugs: dict[str, NameEntry] = {}
        self._given_names: dict[int, str] = {}  # entry -> the first word of its name, folded, once looked at

    def add(self, entry: NameEntry, names: Iterable[str]) -> None:
        """Adds an entry under each of its names (folded), and under their words."""
        entry_index = len(self.entries)
        self.entries.append(entry)
        self._by_kind[entry.kind].append(entry_index)
        seen: set[str] = set()
        names = list(names)
        if entry.person:  # a ticket ("Kamala D. Harris / Tim Walz") is found by each of its people's names too;
            # a ticket that is only another name of its head ("Donald J. Trump / JD Vance" of Donald Trump), by the
            # head's: the running mate is someone else
            names += [part.strip() for part in entry.display.split("/") if "/" in entry.display and part.strip()]
            names += [ticket_head(name) for name in names if "/" in name and name != entry.display]
        for name in names:
            keys = [fold_name(name), *abbreviated_keys(name)]
            if entry.person:  # (an alias that is a title before another name: "City Attorney Mike Feuer" is found
                bare = untitled(name, [entry.display, *names])  # whole, but its given name is Mike, not City)
                keys += surname_keys(bare) + initials_keys(bare)
                first = first_name(bare)
                if first and entry_index not in self.first_names[first]:
                    self.first_names[first].append(entry_index)
            for key in keys:
                if not key or key in seen:
                    continue
                seen.add(key)
                key_index = len(self.keys)
                self.keys.append(key)
                self.key_entry.append(entry_index)
                self.exact[key].append(key_index)
                for token in set(key.split()):
                    self.by_token[token].append(key_index)

    def freeze(self) -> NameIndex:
        """Builds the lookup structures once every entry is added; returns the index."""
        self._vocabulary = list(self.by_token)
        prefixes: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for entry_index, entry in enumerate(self.entries):
            folded = fold_name(entry.display).split()
            # the name from each of its words on ("los ang" finds "2022 los angeles mayoral election")
            words = {" ".join(folded[i:]) for i in range(len(folded))}
            if entry.slug:
                words.add(fold_name(entry.slug))
            prefixes[entry.kind].extend((word, entry_index) for word in words)
        self._prefixes = {kind: sorted(items) for kind, items in prefixes.items()}
        self._slugs = {entry.slug: entry for entry in self.entries if entry.slug}
        return self

    def race_with_slug(self, slug: str) -> NameEntry | None:
        """The race whose slug this is, or None."""
        return self._slugs.get(slug.strip().lower())

    def prefixed(self, kind: str, text: str, limit: int = 25) -> list[NameEntry]:
        """Entries of a kind whose name, one of its words or its slug starts with `text`: whole names first."""
        query = fold_name(text)
        items = self._prefixes.get(kind, [])
        start = bisect_left(items, (query, -1))
        whole: list[int] = []
        part: list[int] = []
        for word, entry_index in items[start:]:
            if not word.startswith(query) or len(whole) + len(part) >= limit * 4:
                break
            display = fold_name(self.entries[entry_index].display)
            (whole if display.startswith(query) else part).append(entry_index)
        chosen = list(dict.fromkeys([*whole, *part]))[:limit]
        return [self.entries[i] for i in chosen]

    def names_of(self, kind: str) -> list[NameEntry]:
        """Every entry of a kind."""
        return [self.entries[i] for i in self._by_kind.get(kind, [])]

    def exact_only(self, query: str) -> bool:
        """Whether a folded text is a whole key: cheap, for long spans that are only ever matched exactly."""
        return query in self.exact

    def lookup(self, text: str, kinds: Iterable[str] | None = None, *, limit: int = 5,
               race_ids: Iterable[int] | None = None, folded: bool = False,
               cutoff: float = SUGGESTION_SCORE) -> list[NameMatch]:
        """Entries whose names match `text`, best first, one per entry, each with a 0-100 score."""
        query = text if folded else fold_name(text)
        if not query:
            return []
        wanted = set(kinds) if kinds is not None else None
        races = set(race_ids) if race_ids is not None else None
        # The best score of each entry and the key that has it; NameMatch objects only for the few returned.
        scores: dict[int, float] = {}
        keyed: dict[int, str] = {}
        # Unfiltered, a name many people share ("smith") needs only a few of them to show it is ambiguous.
        cap = None if wanted is not None or races is not None else EXACT_CAP
        for key_index in self.exact.get(query, ())[:cap]:
            self._offer(scores, keyed, key_index, 100.0, wanted, races)
        if not scores:
            for entry_index in self.first_names.get(query, ())[:cap]:
                if self._wanted(entry_index, wanted, races):
                    scores[entry_index], keyed[entry_index] = FIRST_NAME_SCORE, query
        if not scores:
            near = list(self._near_keys(query))
            keys, key_entry = self.keys, self.key_entry
            # scored by rapidfuzz's loop, which yields the keys at or above the cutoff in the order given
            scored = process.extract_iter(query, list(map(keys.__getitem__, near)), scorer=fuzz.ratio,
                                          score_cutoff=cutoff)
            unfiltered = wanted is None and races is None
            for key, score, position in scored:
                entry_index = key_entry[near[position]]
                if score > scores.get(entry_index, -1.0) and (
                        unfiltered or self._wanted(entry_index, wanted, races)):
                    scores[entry_index] = score
                    keyed[entry_index] = key
            # a nickname of someone's given name ("bob casey"), unless the words are another's name with one typo
            # ("jane ward" is Janet Ward mistyped before it is a Jean Ward called Jane)
            nicknamed = [i for i in self.by_nickname(query) if self._wanted(i, wanted, races)]
            if nicknamed and all(i in nicknamed for i in scores if OSA.distance(query, keyed[i], score_cutoff=2) <= 1):
                scores = {i: NICKNAME_SCORE for i in nicknamed}
                keyed = {i: query for i in nicknamed}
        entries = self.entries
        chosen: Iterable[int] = scores
        if len(scores) > limit:  # only the entries scored at least the limit-th best can be among the first
            least = heapq.nlargest(limit, scores.values())[-1]
            chosen = [i for i, score in scores.items() if score >= least]
        top = heapq.nsmallest(limit, chosen, key=lambda i: (-scores[i], entries[i].display))
        return [NameMatch(entries[i], scores[i], keyed[i]) for i in top]

    def _wanted(self, entry_index: int, kinds: set[str] | None, races: set[int] | None) -> bool:
        """Whether an entry is of the kinds and races asked (None: any)."""
        entry = self.entries[entry_index]
        return (kinds is None or entry.kind in kinds) and (
            races is None or not entry.race_ids or not races.isdisjoint(entry.race_ids))

    def by_nickname(self, query: str) -> list[int]:
        """People whose surname is typed exactly after their given name, a nickname, a full form or an initial of it
        ("bob casey" for Robert P. Casey Jr., "liz warren" for Elizabeth Warren, "chase oliver" for Chase Russell
        Oliver)."""
        given, _, surname = query.partition(" ")
        if not surname or not given.isalpha():
            return []
        found: dict[int, None] = {}
        given_compatible = compatible_with(given)
        for key_index in self.exact.get(surname, ()):
            entry_index = self.key_entry[key_index]
            if entry_index in found or not self.entries[entry_index].person:
                continue
            own = self._given_names.get(entry_index)
            if own is None:
                own = self._given_names[entry_index] = fold_name(self.entries[entry_index].display).split()[0]
            # (the given name itself too: "chase oliver" for Chase Russell Oliver, middle names left out)
            if given_compatible(own):
                found[entry_index] = None
        return list(found)

    def namesakes(self, match: NameMatch) -> list[NameEntry]:
        """The entries of the match's kind that its key names as well, the match's own first: "Emerson" is the
        pollster "Emerson" of 538's 2024 files and "Emerson College" of its 2018-2020 ones; a pollster's, those whose
        names begin with the key's words ("siena": Siena College, Siena/NYT)."""
        others = [self.entries[self.key_entry[i]] for i in self.exact.get(match.key, ())]
        if match.entry.kind == "pollster":  # and a pollster's every name that begins with those words: "siena" is
            # "Siena/NYT" too, but "wallin" is not "Tulchin Research/J. Wallin Opinion Research", another firm's poll
            words = match.key.split()
            keys = set(self.by_token.get(words[0], ())).intersection(*(self.by_token.get(w, ()) for w in words[1:]))
            others += [entry for entry in (self.entries[self.key_entry[i]] for i in sorted(keys))
                       if fold_name(entry.display).split()[:len(words)] == words]
            if len(words) >= 3:  # and those named by its initials: "New York Times" is also "Siena/NYT"
                others += [self.entries[self.key_entry[i]] for i in self.exact.get("".join(w[0] for w in words), ())]
        return list(dict.fromkeys([match.entry, *(e for e in others if e.kind == match.entry.kind)]))

    def resolve(self, text: str, kinds: Iterable[str] | None = None, *,
                race_ids: Iterable[int] | None = None) -> tuple[NameMatch | None, list[NameMatch]]:
        """(the match, or None when none is confident or two are too close; the alternatives)."""
        matches = self.lookup(text, kinds, race_ids=race_ids)
        if not matches or not matches[0].confident:
            return None, matches
        if len(matches) > 1 and matches[0].score - matches[1].score < AMBIGUITY_MARGIN:
            return None, matches
        return matches[0], matches

    def near_tokens(self, token: str) -> list[str]:
        """Name words equal or close to a query word (cached: the same words come back in every question)."""
        cached = self._near_cache.get(token)
        if cached is not None:
            return cached
        if token in self.by_token:
            near = [token]
        elif len(token) < 3:
            near = []
        else:
            near = [found for found, _score, _ in process.extract(
                token, self._vocabulary, scorer=fuzz.ratio, score_cutoff=TOKEN_SCORE, limit=TOKENS_PER_QUERY_TOKEN)]
        if len(self._near_cache) > NEAR_WORDS_CACHED:
            self._near_cache.clear()
        self._near_cache[token] = near
        return near

    def _near_keys(self, query: str) -> set[int]:
        """Keys sharing a distinctive word (exactly or nearly) with the query: a small set to score fully.

        Words found in very many names ("district", "county", a common surname) bring nothing in on their own:
        the rarer words of the query choose the names to score. A query made only of common words scores the
        names that share all of them.
        """
        rare: set[int] = set()
        common: list[set[int]] = []
        for token in query.split():
            postings = [self.by_token[near] for near in self.near_tokens(token)]
            size = sum(len(p) for p in postings)
            if not postings:
                continue
            if size <= COMMON_TOKEN_KEYS:
                for posting in postings:
                    rare.update(posting)
            else:
                common.append(set().union(*postings))
        if rare or not common:
            return rare
        if len(common) < 2:
            return set()
        common.sort(key=len)
        shared = set.intersection(*common)
        # still very many ("u s house district"): too vague to score fuzzily; exact keys already had their turn
        return shared if len(shared) <= COMMON_TOKEN_KEYS else set()

    def _offer(self, scores: dict[int, float], keyed: dict[int, str], key_index: int, score: float,
               kinds: set[str] | None, races: set[int] | None) -> None:
        """A key's score for its entry, kept when it is the entry's best yet (the first key offered wins a tie)."""
        entry_index = self.key_entry[key_index]
        if score > scores.get(entry_index, -1.0) and self._wanted(entry_index, kinds, races):
            scores[entry_index] = score
            keyed[entry_index] = self.keys[key_index]
