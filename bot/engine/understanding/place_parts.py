"""Scopes a question names beside a race's place: a part of it ("the westside", "downtown", "south la", "la zona
norte"), which no count or poll has, and the whole state ("statewide", "todo el estado")."""

from __future__ import annotations

from bot.engine.understanding.question import ParsedQuestion
from bot.engine.understanding.vocabulary import POLL_WORDS

# The words that name a part of a city or a region ("the westside", "downtown", "the south side", "la zona norte"):
# an area no count or poll may have, never the whole place's figures.
PART_WORDS = {"westside", "eastside", "northside", "southside", "downtown", "uptown", "midtown", "suburbs",
              "exurbs", "innercity"}
_COMPASS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
_SPANISH_COMPASS = {"norte", "sur", "este", "oeste", "oriente", "poniente", "centro"}
_SIDE_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "downtown"}
# A region of a place named with an article ("the valley", "el valle", "the bay"): a part too.
_REGIONS = {"valley", "valle", "bay", "bahia", "beaches", "hills", "foothills", "harbor", "coast", "costa"}
_PEOPLE_WORDS = {"voters", "residents", "votantes", "residentes", "people", "folks"}  # "suburban voters": a group

# The words that ask for the whole state's figure, not a county's ("statewide", "the whole state", "todo el estado").
STATEWIDE_PHRASES = (("statewide",), ("state", "wide"), ("whole", "state"), ("entire", "state"), ("estatal",),
                     ("todo", "el", "estado"), ("nivel", "estatal"))


STATEWIDE_WORDS = frozenset(phrase[-1] for phrase in STATEWIDE_PHRASES)


def statewide(parsed: ParsedQuestion) -> set[str]:
    """The words of a phrase that asks for the whole state's figure, or none; sets the question's `statewide`."""
    words = parsed.words
    if not STATEWIDE_WORDS & set(words):
        return set()
    for phrase in STATEWIDE_PHRASES:
        if any(tuple(words[i:i + len(phrase)]) == phrase for i in range(len(words))):
            parsed.statewide = True
            return set(phrase)
    return set()


_PART_CUES = frozenset(PART_WORDS | _COMPASS | _SPANISH_COMPASS | _SIDE_ADJECTIVES | _REGIONS | {"zona", "lado"})


def part_of_a_place(parsed: ParsedQuestion, taken: set[int]) -> str | None:
    """A part of a place named in words nothing else took: "westside", "downtown", "the south side", "zona norte",
    "south la", "el sur de los angeles";
    a compass word before "side" is no pollster's ("the east side" is no East Carolina University poll)."""
    words = parsed.words
    if not _PART_CUES & set(words):
        return None
    compass = {i for s in parsed.of("pollster") if s.end - s.start == 1 and words[s.start] in _COMPASS | _REGIONS
               for i in range(s.start, s.end)}
    for i, word in enumerate(words):
        if i in taken - compass or word not in PART_WORDS and i + 1 < len(words) and words[i + 1] in _PEOPLE_WORDS:
            continue  # "southern voters": a group of voters; "eastside voters": the voters of a part of the city
        after = words[i + 1] if i + 1 < len(words) and i + 1 not in taken else ""
        if word in PART_WORDS and i not in taken:
            return word
        if word in _REGIONS and i > 0 and words[i - 1] in ("the", "el", "la") and (not after or after in ("in", "en")) \
                and not POLL_WORDS & set(words) and not parsed.month:  # (a poll's group: "the valley in the igs poll")
            parsed.spans = [s for s in parsed.spans if s.start != i]  # "caruso's votes in the valley"
            return f"{words[i - 1]} {word}"
        if word in _SPANISH_COMPASS and word != "este" and i > 0 and words[i - 1] == "el" and after == "de" \
                and words[i + 2:i + 3] in (["la"], ["los"]):  # "votos de bass en el sur de la": the south of LA
            return f"el {word}"
        if word in _COMPASS and after in ("side", "end") or word in ("zona", "lado") and after in _SPANISH_COMPASS:
            parsed.spans = [s for s in parsed.spans if s.start != i]
            return f"{word} {after}"
        place = next((s for s in parsed.of("place") if s.start == i + 1 or s.start == i + 2 and after == "de"), None)
        if place and (word in _COMPASS | _SIDE_ADJECTIVES or word in _SPANISH_COMPASS and after == "de"):
            parsed.spans = [s for s in parsed.spans if s.start != i]  # "south la", "el sur de los angeles"
            return " ".join(words[i:place.end])
    return None
