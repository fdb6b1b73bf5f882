"""The things a question names that an answer must honour beyond its names and race terms: a group of voters, an
area of a count (a county, a precinct) and a vote type, found in the words nothing else explained."""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.kinds import Attribute
from bot.engine.understanding.attributes import (
    KIND_OF_WORD,
    ORDINALS,
    POLL_NOUNS,
    AttributeAsked,
    asks_population,
    endorser_kind,
    find_attribute,
)
from bot.engine.understanding.gazetteer import (
    COUNTY_SHORT,
    bare_county_names,
    cities,
    county_named,
    county_state,
    short_for_county,
)
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.place_parts import part_of_a_place, statewide
from bot.engine.understanding.question import ParsedQuestion
from bot.engine.understanding.spanish import ARTICLES
from bot.engine.understanding.vocabulary import (
    AREA_WORDS,
    GROUP_CUES,
    GROUP_NOUNS,
    GROUP_TAILS,
    GROUP_WORDS,
    NAME_OR_SPANISH,
    PARTY_WORDS,
    POLL_WORDS,
    QUESTION_WORDS,
)
from bot.engine.understanding.vote_types import find_vote_type
from bot.given_names import initials_typed
from bot.names import fold


def _but_parties(words: list[str], taken: set[int]) -> set[int]:
    """The words taken but a party's, which a generic ballot's name takes and may ask a person's party ("is caruso
    a democrat or republican")."""
    return taken - {i for i, w in enumerate(words) if w in PARTY_WORDS}


def find_constraints(parsed: ParsedQuestion) -> None:
    """Sets the question's group of voters, area, attribute and kind of endorser when it names them: the words
    taken leave its leftover."""
    _area_word_no_surname(parsed)
    taken = {i for s in parsed.spans for i in range(s.start, s.end)} | parsed.terms.used | parsed.function_words
    free = [i for i in range(len(parsed.words)) if i not in taken]
    # A county may be named like a place or a state ("el paso county", "washington county"): those words are free
    # for an area, and are its name when they stand before the area word.
    people = {i for s in parsed.spans if s.match.entry.kind in ("candidate", "endorser", "subgroup")
              for i in range(s.start, s.end)}
    # and the names several people share ("harris arapaho county": Harris in Arapahoe County; a county of the list
    # is found by its own words still: "harris county")
    people |= {i for text, _ in parsed.ambiguous for i, w in enumerate(parsed.words) if w in text.split()
               and w not in SIDE_WORDS}  # ("shippen township west" is no Cornel West)
    parsed.area, at = _area(parsed.words, [i for i in range(len(parsed.words)) if i not in people])
    if not parsed.area:  # (a bare county's name that people of the question have is theirs: "casey vs mccormick")
        parsed.area, at = _county_before_terms(parsed, set(free) - people)
    if not parsed.area:
        parsed.area, at = _area_word_alone(parsed, set(free))
    if parsed.area:
        for position in at:
            parsed.terms.drop_state(position)
        state = county_state(parsed.words[at.start:at.stop])
        if state and not parsed.terms.states and not parsed.terms.national:
            parsed.terms.area_state = state  # a county of one state only: its races first ("arapahoe county")
        parsed.spans = [s for s in parsed.spans if not set(range(s.start, s.end)) & set(at)]
    if not parsed.area:
        _city(parsed, taken)
    if not parsed.area:
        parsed.area = part_of_a_place(parsed, taken)
    said = statewide(parsed)  # words a constraint explains, besides the area's and the group's
    area_words = set(parsed.area.split()) if parsed.area else set()
    if area_words:  # the county's name is no unknown name ("atkinson county" is no pollster), nor the name of
        # people who share it ("gibson township" is no Christopher Gibson)
        parsed.unknown = [u for u in parsed.unknown if not set(u[0].split()) <= area_words]
        parsed.ambiguous = [a for a in parsed.ambiguous if not set(a[0].split()) <= area_words]
    parsed.population, at = poll_population(parsed.words)
    if parsed.population:  # "the latest likely voter poll": the polls of likely voters, no group of voters
        parsed.spans = [s for s in parsed.spans if not (s.match.entry.kind == "subgroup" and set(at) & set(
            range(s.start, s.end)))]
        free, said = [i for i in free if i not in at], said | {parsed.words[i] for i in at}
    wider = _wider_group(parsed, set(free))
    if asks_population(parsed.words):  # "was the emerson poll likely voters": whom it asked, no group
        parsed.spans = [s for s in parsed.spans if s.match.entry.kind != "subgroup"]
    elif wider or parsed.of("subgroup"):
        parsed.group = wider
    else:  # a group's words win over a pollster's name that has one ("among independents": Independent Alaska)
        pollsters = {i for s in parsed.of("pollster") if all(w in GROUP_WORDS for w in parsed.words[s.start:s.end])
                     for i in range(s.start, s.end)}
        parsed.group, at = _group(parsed.words, sorted({*free, *pollsters} - people), parsed.language == "es")
        if parsed.group:
            parsed.spans = [s for s in parsed.spans if not set(range(s.start, s.end)) & set(at)]
    if parsed.group and all(w in KIND_OF_WORD or w in ARTICLES or w == "the" for w in parsed.group.split()):
        parsed.group = None  # "who endorsed bass among newspapers": a kind of endorser, no group of voters
    group_words = set(parsed.group.split()) if parsed.group else set()
    # (not the little words of an area's name: the "de" of "condado de cameron" is not every "de" of the question)
    taken |= {i for i, w in enumerate(parsed.words) if w in area_words | group_words and w not in LINKING}
    words = set(parsed.words)
    parsed.counts_areas = bool(words & {"counties", "condados", "precincts", "precintos", "parishes"}) and bool(
        words & {"many", "cuantos", "cuantas", "number", "numero"})
    # (a phrase may hold articles: "el día de la elección")
    parsed.vote_type, at = find_vote_type(parsed.words, taken - parsed.function_words)
    vote_type_words = {parsed.words[i] for i in at}
    taken |= set(at)
    parsed.asked = find_attribute(parsed.words, _but_parties(parsed.words, taken))
    if parsed.group and set(parsed.group.split()) <= REGISTERED_WORDS:
        # "how many registered voters", "what percent of registered voters turned out": turnout, no poll's group
        turnout = find_attribute(parsed.words, taken - {i for i, w in enumerate(parsed.words) if w in group_words})
        if turnout is None and parsed.area and parsed.asked is None:  # "registered voters in atkinson county": the
            turnout = AttributeAsked(Attribute.TURNOUT)  # count's, no poll reports a county
        if turnout is not None and turnout.attribute == Attribute.TURNOUT:
            parsed.asked, parsed.group = turnout, None
            parsed.spans = [s for s in parsed.spans if s.match.entry.kind != "subgroup"]
    parsed.endorser_kind = endorser_kind([w for w in parsed.words if w not in area_words | group_words])
    asked_words = {parsed.words[i] for i in parsed.asked.positions} if parsed.asked else set()
    if parsed.endorser_kind:
        asked_words |= {w for w in parsed.words if KIND_OF_WORD.get(w) == parsed.endorser_kind}
    explained = area_words | group_words | asked_words | vote_type_words | said
    parsed.leftover = [w for w in parsed.leftover if w not in explained]
    parsed.common = [w for w in parsed.common if w not in explained]


# Area words of many areas, counted: they name none ("how many colorado counties did harris win").
COUNTING_WORDS = {"many", "number", "cuantos", "cuantas", "numero"}
PLURAL_AREA_WORDS = {"counties", "precincts", "parishes", "boroughs", "wards", "townships", "condados", "precintos"}
# Little words inside an area's or a group's name.
LINKING = {"de", "del", "of", "the", "el", "la", "los", "las"}
# The words that tell the parts of a place apart, typed before or after its name ("east shippen township",
# "shippen township east", "emporium west ward").
SIDE_WORDS = {"east", "west", "north", "south", "middle", "upper", "lower", "central", "center"}


def _area_word_no_surname(parsed: ParsedQuestion) -> None:
    """An area word that is a surname of the data, after a place's words rather than a given name, is the area's
    word ("emporium middle ward" is a precinct, not Kelli Ward)."""
    words = parsed.words
    named = {i for s in parsed.spans for i in range(s.start, s.end)}
    for span in list(parsed.spans):
        before = span.start - 1
        if span.end - span.start == 1 and words[span.start] in AREA_WORDS and before >= 0 \
                and span.match.entry.kind in ("candidate", "endorser") and before not in named \
                and before not in parsed.terms.used and words[before] not in QUESTION_WORDS \
                and words[before] not in NAME_OR_SPANISH and not given_name(words[before]):
            parsed.spans.remove(span)
            parsed.leftover.append(words[span.start])


def _area(words: list[str], free: list[int]) -> tuple[str | None, range]:
    """An area named ("atkinson county", "county of atkinson", "condado de atkinson", "precinct 4") and the
    positions of its words: a county of the US county list first; else the words that stand where a county's name
    would ("atkinsen county", a name typed with a typo), never a word of the question or another name's."""
    free_set = set(free)
    counted = bool(COUNTING_WORDS & set(words))
    for i in free:
        short = words[i] in COUNTY_SHORT and i > 0  # "atkinson co": only after a county's name
        if words[i] not in AREA_WORDS and not short or words[i] in PLURAL_AREA_WORDS and counted:
            continue  # "how many colorado counties": the state's counties counted, no county named Colorado
        known = _known_county(words, i)
        if short and (known is None or known.stop > i + 1 or not short_for_county(words[known.start:i], words[i])):
            continue  # "selzer & co. de los angeles" is no "county of los angeles"
        if known is not None:
            return " ".join(words[known.start:known.stop]), known
        if i + 2 < len(words) and words[i + 1] in ("of", "de", "del"):
            end = i + 2  # "county of orange", "condado de la plata"
            while end < len(words) and end - i < 5 and (not _plain(words[end]) or words[end] in NAME_OR_SPANISH
                                                        and end + 1 < len(words) and not _plain(words[end + 1])):
                end += 1
            if end > i + 2 and end >= len(words) - 1:  # a name that ends the question: "... in the county of x"
                return " ".join(words[i:end]), range(i, end)
        start = i
        while start > 0 and i - start < 3 and words[start - 1].isalpha() \
                and (start - 1 in free_set and not _plain(words[start - 1]) or words[start - 1] in NAME_OR_SPANISH):
            start -= 1  # "clear creek county", "la plata county"
        while start < i and words[start] in NAME_OR_SPANISH and start + 1 < i and words[start + 1] in NAME_OR_SPANISH:
            start += 1
        if start < i and words[start] not in NAME_OR_SPANISH or start < i - 1:
            end = i + 1
            while end in free_set and words[end] in SIDE_WORDS:  # "shippen township east", "emporium ward west"
                end += 1
            return " ".join(words[start:end]), range(start, end)
        if i + 1 in free_set and words[i + 1].isdigit():  # "precinct 4", "ward 12"
            return " ".join(words[i:i + 2]), range(i, i + 2)
    return None, range(0)


def _area_word_alone(parsed: ParsedQuestion, free: set[int]) -> tuple[str | None, range]:
    """The area word alone: results by area ("la mayor precinct results", "results by county"), unless a place
    stands before it ("la county" is the place's county)."""
    places = {i for s in parsed.of("place") for i in range(s.start, s.end)} | parsed.terms.state_words \
        | {i for i in parsed.terms.used if parsed.words[i] in ("la", "nyc", "dc")}
    for i in sorted(free):  # a precinct only: counties are counted by the counts' areas ("how many counties")
        if parsed.words[i] in ("precinct", "precinto") and i - 1 not in places:
            return parsed.words[i], range(i, i + 1)
    return None, range(0)


def _county_before_terms(parsed: ParsedQuestion, free: set[int]) -> tuple[str | None, range]:
    """A county of the list named without its area word, in words nothing else explained ("the atkinson senate
    special")."""
    for start, end in bare_county_names(parsed.words, common_word, given_name,
                                        parsed.terms.used - parsed.terms.state_words):
        if set(range(start, end)) <= free:
            return " ".join(parsed.words[start:end]), range(start, end)
    return _county_after_in(parsed, free)


# Whom a poll asked, as the data writes it: likely voters, registered voters, adults.
POPULATION_PHRASES = {("likely", "voters"): "lv", ("likely", "voter"): "lv", ("registered", "voters"): "rv",
                      ("registered", "voter"): "rv", ("all", "adults"): "a", ("adults",): "a", ("adult",): "a",
                      ("lv",): "lv", ("rv",): "rv", ("adultos",): "a", ("votantes", "probables"): "lv",
                      ("votantes", "registrados"): "rv", ("votantes", "inscritos"): "rv"}


ONLY_WORDS = {"only", "just", "solo", "solamente", "sólo"}


def poll_population(words: list[str]) -> tuple[str | None, range]:
    """The population of the polls asked for, named next to the word poll ("likely voter polls", "the latest poll
    of all adults", "rv poll"), and its words; a population after "among" is a group of a poll's voters."""
    for (phrase, code) in POPULATION_PHRASES.items():
        size = len(phrase)
        for i in range(len(words) - size + 1):
            if tuple(words[i:i + size]) != phrase:
                continue
            # ("adults-only polls", "encuestas de solo adultos")
            before = [w for w in words[:i] if w not in ONLY_WORDS][-2:]
            after = [w for w in words[i + size:] if w not in ONLY_WORDS][:1]
            if set(after) & POLL_NOUNS or len(before) == 2 and before[0] in POLL_NOUNS and before[1] in ("of", "de"):
                return code, range(i, i + size)
    return None, range(0)


REGISTERED_WORDS = {"registered", "voters", "voter", "votantes", "registrados", "inscritos"}


def _county_after_in(parsed: ParsedQuestion, free: set[int]) -> tuple[str | None, range]:
    """A county of the list named after "in" without its area word, in words nothing else explained, no poll
    after it ("ossoff vs perdue in atkinson"; not "in monmouth poll", a pollster's)."""
    words = parsed.words
    for i, word in enumerate(words[:-1]):
        if word not in ("in", "en"):
            continue
        for end in range(min(len(words), i + 4), i + 1, -1):
            at = range(i + 1, end)
            if set(at) <= free and county_named(words, i + 1, end) \
                    and not any(common_word(w) or given_name(w) for w in words[i + 1:end]) \
                    and " ".join(words[i + 1:end]) not in cities() and not POLL_WORDS & set(words[end:end + 2]):
                return " ".join(words[i + 1:end]), at
    return None, range(0)


def common_word(word: str) -> bool:
    """A common word of the language."""
    return lexicon().is_common(word)


def given_name(word: str) -> bool:
    """Someone's given name."""
    return word in lexicon().given


# Offices of a city: a city named next to one is the place of the race asked ("phoenix mayor race").
LOCAL_OFFICE_WORDS = {"mayor", "mayoral", "council", "alcalde", "alcaldia", "alcaldesa", "concejo", "city"}


def _city(parsed: ParsedQuestion, taken: set[int]) -> None:
    """A US city the data has no race of: with a city's office next to it, the place of the race asked, which the
    race choice then finds none of ("phoenix mayor race polls"); alone, an area of a count ("caruso votes
    glendale"). A city whose name is a common word or a person's ("mobile", "jackson") counts only next to an office.
    """
    words = parsed.words
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            at = range(start, start + size)
            text = " ".join(words[start:start + size])
            if set(at) & taken or text not in cities():
                continue
            near_office = bool(LOCAL_OFFICE_WORDS & set(words[max(0, start - 2):start + size + 2]))
            plain = size == 1 and (lexicon().is_common(text) or lexicon().is_real_name(text))
            if near_office:
                parsed.terms.other_place = text
                parsed.terms.take(*at)
                return
            after_in = start > 0 and words[start - 1] in ("in", "en")  # "bass votes in burbank"
            if not plain or after_in:
                parsed.area = text
                return


def _known_county(words: list[str], at: int) -> range | None:
    """A county of the gazetteer named around the area word at `at`: before it ("el paso county"), or after "of",
    "de" ("county of orange", "condado de el paso"); the longest name first."""
    for size in range(4, 0, -1):
        if at - size >= 0 and county_named(words, at - size, at):
            return range(at - size, at + 1)
    if at + 2 < len(words) and words[at + 1] in ("of", "de", "del"):
        for size in range(4, 0, -1):
            if at + 2 + size <= len(words) and county_named(words, at + 2, at + 2 + size):
                return range(at, at + 2 + size)
    return None


# The words before a place's name in a question ("in", "en"): where a county's name ends on the left.
PREPOSITIONS = {"in", "at", "of", "for", "from", "across", "throughout", "en", "de", "del", "para", "por", "a"}


def _plain(word: str) -> bool:
    """A word that cannot name an area: a question word, an area word or a word that introduces a group."""
    return word in QUESTION_WORDS or word in AREA_WORDS or word in GROUP_CUES


def _wider_group(parsed: ParsedQuestion, free: set[int]) -> str | None:
    """A group of the data named with more words than it has ("suburban women" where the polls report women): the
    group named, which the data does not have; the narrower group's span is dropped."""
    words = parsed.words
    for span in parsed.of("subgroup"):
        start, end = span.start, span.end
        while start - 1 in free and words[start - 1] in GROUP_WORDS:
            start -= 1
        while end in free and (words[end] in GROUP_WORDS or words[end] in GROUP_TAILS and end + 1 < len(words)
                                                                    and words[end + 1] in GROUP_WORDS):
            end += 1
        if (start, end) != (span.start, span.end):
            parsed.spans = [s for s in parsed.spans if s is not span]
            return " ".join(words[start:end])
    return None


def _group(words: list[str], free: list[int], spanish: bool = False) -> tuple[str | None, range]:
    """A group of voters named with its words ("young voters", "seniors", "among independents") and its positions,
    or None; in Spanish, the group's word after its noun too ("los votantes judios", read "voters judios")."""
    free_set = set(free)
    for i in free:  # "among" and "entre" say a group follows, whatever its words ("among voters under 30"),
        # but not places in a result ("diferencia entre primero y segundo")
        if words[i] in ("among", "amongst", "entre") and i + 1 in free_set and words[i + 1] not in ORDINALS:
            end = i + 1
            while end + 1 in free_set and (not _plain(words[end + 1]) or words[end + 1] in GROUP_TAILS
                                           or words[end + 1] in GROUP_WORDS or words[end + 1].isdigit()):
                end += 1
            return " ".join(words[i + 1:end + 1]), range(i + 1, end + 1)
    for i in free:
        if words[i] not in GROUP_WORDS:
            continue
        end = i
        while end + 1 in free_set and (words[end + 1] in GROUP_WORDS or words[end + 1] in GROUP_TAILS
                                       or words[end + 1].isdigit()):
            end += 1
        cued = i > 0 and words[i - 1] in GROUP_CUES or words[end] in GROUP_TAILS or words[end] in GROUP_NOUNS
        if cued:  # "young" alone is no group; "young voters", "among the young", "seniors" are
            return " ".join(words[i:end + 1]), range(i, end + 1)
    for i in free:  # "voters under 30"; and Spanish, the group's word after its noun: "los votantes judios"
        if words[i] == "voters" and words[i + 1:i + 2] in (["under"], ["over"]) and words[i + 2:i + 3] \
                and words[i + 2].isdigit():
            return " ".join(words[i:i + 3]), range(i, i + 3)
        if spanish and words[i] in ("voters", "votantes", "electores") and i + 1 in free_set \
                and words[i + 1] not in QUESTION_WORDS:
            return f"votantes {words[i + 1]}", range(i, i + 2)
    return None, range(0)


def area_of_the_data(parsed: ParsedQuestion, spelled: Callable[[str], tuple[str, bool] | None],
                     is_name: Callable[[str], bool]) -> None:
    """A county or precinct a count of the data has, named without an area word by words nothing else explained
    ("how did warnock do in willacoochee", "statewide referendum a atkinson results"), by a word of the language after
    "in" ("trump in boulder"), or by a pollster's short name when no poll is asked ("harris results denver", not the
    University of Denver); or an area named with a typo ("arapaho county"): the question's area, as the data names
    it, the longest run of such words first; beside a county named, a precinct of the data ("mcconnell in a104
    greenup county"). `spelled` gives the data's name of an area typed right or nearly and whether it is a precinct,
    None for none; a person's name of the data (`is_name`: "jackson", "lake") stays that person's."""
    found = spelled(parsed.area) if parsed.area is not None else None
    own = set(fold(parsed.area).split()) - AREA_WORDS - LINKING if parsed.area is not None else set()
    if own and found is None and all(spelled(w) is None for w in own):  # (no word of it is a word of the data's)
        # an area named with its word that no count has is asked still ("fulton county ... in the atkinson file")
        parsed.leftover = [w for w in parsed.leftover if spelled(w) is None]  # (the data's areas, no unknown names)
        return
    if parsed.area is not None and found is not None:
        # an area word said it: the words before it, typed nearly right, are the data's area
        kind = " ".join(_frame(set(fold(parsed.area).split())))
        parsed.area = parsed.area if fold(found[0]) in fold(parsed.area) else f"{found[0]} {kind}".strip()
        if found[1]:
            return  # a precinct named: the finest area already
    words = parsed.words
    leftover, common = set(parsed.leftover), set(parsed.common)
    free = {i for i, w in enumerate(words) if w in leftover
            or w in common and (any(words[j] in PLACE_PREPOSITIONS for j in range(max(0, i - 3), i))
                                or i + 1 in parsed.terms.states.values()  # "boulder colorado results"
                                or i + 1 < len(words) and words[i + 1] in COUNTY_SHORT)}  # "boulder co results"
    if not POLL_WORDS & set(words):  # (a pollster's word that also names a person of the question is the person's)
        person = {i for kind in ("candidate", "endorser") for s in parsed.of(kind) for i in range(s.start, s.end)}
        free |= {i for s in parsed.of("pollster") if " ".join(words[s.start:s.end]) != fold(s.match.entry.display)
                 for i in range(s.start, s.end)} - person
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            at = range(start, start + size)
            text = " ".join(words[start:start + size])
            if not set(at) <= free or is_name(text) or _given_before_a_name(parsed, at) \
                    or _surname_after_a_given_name(parsed, at):
                continue
            spelt = spelled(text)
            if spelt is None or found is not None and not spelt[1]:
                continue  # (with a county named, only a precinct beside it: "mcconnell in a104 greenup county")
            name = spelt[0]
            parsed.area = text if fold(name) == text else fold(name)
            state = county_state(words[start:start + size])
            if state and not parsed.terms.states and not parsed.terms.national:
                parsed.terms.area_state = state
            # the area's words, and beside them the county it is in ("precinct a105 greenup")
            named = set(words[start:start + size]) | {w for w in leftover if spelled(w) is not None
                                                       and not is_name(w)}  # (spelled: an area of the data)
            parsed.spans = [s for s in parsed.spans if not set(range(s.start, s.end)) & set(at)]
            parsed.leftover = [w for w in parsed.leftover if w not in named]
            parsed.common = [w for w in parsed.common if w not in named]
            parsed.unknown = [u for u in parsed.unknown if not set(u[0].split()) <= named]
            parsed.ambiguous = [a for a in parsed.ambiguous if not set(a[0].split()) <= named]
            return
    if found is not None:  # a county named: the data's other counties beside it are no unknown names
        parsed.leftover = [w for w in parsed.leftover if spelled(w) is None]


def _frame(words: set[str]) -> list[str]:
    """The area words among words ("county", "precinct"): what kind of area was named."""
    return sorted(w for w in words if w in AREA_WORDS)


def _given_before_a_name(parsed: ParsedQuestion, at: range) -> bool:
    """Whether words are a given name right before a surname ("dolores robinson" is someone, not Dolores County)."""
    words = parsed.words
    if words[at.start] not in lexicon().given or at.stop >= len(words):
        return False
    after = words[at.stop]
    return any(s.start == at.stop for s in parsed.spans) or any(after in text.split()
                                                               for text, _ in parsed.ambiguous + parsed.unknown)


def _surname_after_a_given_name(parsed: ParsedQuestion, at: range) -> bool:
    """Whether words are a real surname right after a given name or initials of no name of the data ("did jj adams
    endorse bass": someone called Adams, not Adams County)."""
    before = at.start - 1
    if before < 0 or any(s.start <= before < s.end for s in parsed.spans) \
            or any(parsed.words[before] in text.split() for text, _ in parsed.ambiguous):  # "harris adams": Harris's
        return False
    given = parsed.words[before]
    return (given in lexicon().given or initials_typed(given)) and lexicon().is_real_surname(parsed.words[at.start])


# The words after which a word of the language may be a place's name ("trump in boulder", "biden en pearson city").
PLACE_PREPOSITIONS = {"in", "en", "at"}
