"""The words of a question that say which race it is about: state, office, district, year, stage, special."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

import us
from rapidfuzz.distance import OSA

from bot.engine.understanding.other_offices import OTHER_OFFICE_LENGTHS, OTHER_OFFICES
from bot.i18n import ENGLISH, Messages
from bot.names import fold_name
from bot.races import AT_LARGE, OFFICE_KINDS

OFFICE_WORDS = {
    "president": "president", "presidential": "president", "presidency": "president", "potus": "president",
    "pres": "president", "prez": "president",
    "senate": "senate", "senator": "senate", "senatorial": "senate", "sen": "senate", "senators": "senate",
    "house": "house", "congress": "house", "congressional": "house", "congressman": "house",
    "congresswoman": "house", "representative": "house", "rep": "house",
    "governor": "governor", "gov": "governor", "governors": "governor", "gubernatorial": "governor",
    "governorship": "governor", "guv": "governor",
    "mayor": "mayor", "mayoral": "mayor", "mayors": "mayor", "mayorship": "mayor",
    "council": "council", "councilmember": "council", "councilman": "council", "councilwoman": "council",
}
SPANISH_OFFICE_WORDS = {
    "presidente": "president", "presidenta": "president", "presidencia": "president", "presidencial": "president",
    "presidenciales": "president",
    "senado": "senate", "senador": "senate", "senadora": "senate", "senadores": "senate",
    "congreso": "house", "congresista": "house", "representante": "house", "representantes": "house",
    "camara": "house",
    "gobernador": "governor", "gobernadora": "governor", "gobernacion": "governor", "gubernatura": "governor",
    "alcalde": "mayor", "alcaldesa": "mayor", "alcaldia": "mayor", "alcaldes": "mayor",
    "concejo": "council", "concejal": "council", "concejala": "council",
}
OFFICE_WORDS |= SPANISH_OFFICE_WORDS
SPANISH_STAGE_WORDS = {"primaria": "primary", "primarias": "primary", "balotaje": "runoff", "generales": "general"}
STAGE_WORDS = {"runoff": "runoff", "runoffs": "runoff", "primary": "primary", "primaries": "primary",
               "general": "general"} | SPANISH_STAGE_WORDS
NATIONAL_WORDS = {"national", "nationwide", "nationally", "usa", "america", "countrywide",
                  "nacional", "nacionales", "nacionalmente", "eeuu", "eua"}
DISTRICT_WORDS = {"district", "districts", "cd", "seat", "distrito", "distritos"}
# Two words that name a stage ("run off", "segunda vuelta", "the first round": the primary of a two-round race).
STAGE_PHRASES = {("segunda", "vuelta"): "runoff", ("run", "off"): "runoff", ("second", "round"): "runoff",
                 ("first", "round"): "primary", ("primera", "vuelta"): "primary"}
SPECIAL_WORDS = {"special", "especial", "especiales", "extraordinaria", "extraordinarias"}
REGULAR_WORDS = {"regular", "ordinaria", "ordinario"}  # the regular election of a seat, not its special one
# Two-letter state codes that are also everyday words count as states only in capitals ("IN", "OR") or in a
# district ("in-2"); the rarer ones also right next to an office word ("oh gov").
WORD_CODES = {"in", "or", "me", "hi", "ok", "de", "al", "id", "us"}
WORDLIKE_CODES = WORD_CODES | {"oh", "la", "co", "ma", "mo", "ms", "pa", "wa", "ne", "mi", "ut", "ar", "va"}
# What people call a few states besides their names and codes.
# Words before a place: a code that is also a word ("pa", "va", "mi") is the state after them ("chances in pa").
PLACE_BEFORE = {"in", "for", "from"}
# Verbs a place in a count follows: "came in 3rd", "finished in second".
PLACE_VERBS = {"came", "come", "comes", "coming", "finished", "finish", "finishes", "placed", "place", "ended", "end",
               "wound", "was", "is", "be", "got"}
# ... and after a county's word: "cameron county pa", "jefferson county co".
COUNTY_WORDS = {"county", "parish", "borough"}
STATE_NICKNAMES = {"cali": "CA", "penn": "PA", "jersey": "NJ", "mass": "MA", "wisco": "WI",
                   # AP abbreviations typed without their period ("pres mich", "calif gov"): those no word is
                   "ariz": "AZ", "calif": "CA", "colo": "CO", "conn": "CT", "fla": "FL", "mich": "MI", "minn": "MN",
                   "mont": "MT", "neb": "NE", "nev": "NV", "okla": "OK", "tenn": "TN", "wisc": "WI", "wyo": "WY"}
# The states Spanish names otherwise than English does.
SPANISH_STATE_NAMES = {
    "nueva york": "NY", "nueva jersey": "NJ", "nuevo mexico": "NM", "nuevo hampshire": "NH",
    "carolina del norte": "NC", "carolina del sur": "SC", "dakota del norte": "ND", "dakota del sur": "SD",
    "virginia occidental": "WV", "pensilvania": "PA", "luisiana": "LA", "misuri": "MO", "misisipi": "MS",
    "hawai": "HI", "distrito de columbia": "DC",
}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL_WORDS |= {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5,
                  "sexto": 6, "septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10}

_STATES = [*us.states.STATES_AND_TERRITORIES, us.states.DC]
# State names by their first word, longest first ("west virginia" before "virginia" is settled by the first word)
_STATE_NAMES: dict[str, list[tuple[list[str], str]]] = {}
for _name, _code in sorted([*((s.name, s.abbr) for s in _STATES), *SPANISH_STATE_NAMES.items()],
                           key=lambda pair: -len(pair[0].split())):
    _words = fold_name(_name).split()
    _STATE_NAMES.setdefault(_words[0], []).append((_words, _code))
_CODES = {s.abbr.lower(): s.abbr for s in _STATES}
# One-word state names, for a name typed with a typo ("pensylvania", "georiga"): a close word that is no state
_ONE_WORD_STATES = {words[0]: code for words, code in (w for group in _STATE_NAMES.values() for w in group)
                    if len(words) == 1}
NOT_STATE_TYPOS = {"indian"}  # "Indian American voters"
# AP abbreviations with a period ("N.C.", "Calif."): one pattern, longest first, each to its postal code
_AP = {s.ap_abbr.casefold(): s.abbr for s in _STATES if s.ap_abbr and "." in s.ap_abbr}
_AP_PATTERN = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in sorted(_AP, key=len, reverse=True)) + ")",
                         re.IGNORECASE)
_INITIALS = re.compile(r"(?<![\w.])([A-Za-z])\.\s?([A-Za-z])\.")
_NUMBER_SIGN = re.compile(r"#\s*(of|de)\b", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"(?<!\w)['\u2019](\d\d)\b")
_CAPITAL_PAIR = re.compile(r"\b([A-Z]{2})\b")
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th|o|er|ro|do|to|mo|vo|no)$")  # "2nd", and Spanish "2º", "7mo"
_CODE_NUMBER = re.compile(r"^([a-z]{2})(\d{1,2})$")
_CD_NUMBER = re.compile(r"^cd(\d{1,2})$")
_YEAR = re.compile(r"^(19|20|21)\d\d$")
# Words after which two digits ending the question are a year ("who took wisconsin in 24", "en el 24"); a district
# is written with its state's code or a district word ("tx 24", "district 24").
YEAR_PREPOSITIONS = {"in", "en", "of", "de"}
# Words after which two digits are a year ("senate race 24"), never a district ("house 24" is not written for it).
SHORT_YEAR_AFTER = {"race", "election", "elections", "cycle", "contest", "campaign", "senate", "governor", "mayor",
                    "mayoral", "president", "presidential", "eleccion", "elecciones", "carrera", "contienda"}


@dataclass(slots=True)
class RaceTerms:
    """What a question says of its race. `used` holds the word positions these terms took."""

    states: dict[str, int] = field(default_factory=dict)  # postal code -> position of the word naming it
    offices: set[str] = field(default_factory=set)
    district: str | None = None
    cycle: int | None = None
    poll_year: int | None = None  # a poll's year ("polls august 2018"): its race is of that cycle or the next
    stage: str | None = None
    area_state: str | None = None  # the state of a county named, when one state only has it: a hint, not a term
    special: bool = False
    regular: bool = False  # "the 2020 georgia regular senate race": not the special election
    national: bool = False
    used: set[int] = field(default_factory=set)
    office_at: dict[int, str] = field(default_factory=dict)  # position of each office word
    other_office: str | None = None  # an office of no kind above ("school board", "sheriff")
    other_office_at: tuple[int, ...] = ()  # the positions of its words
    other_place: str | None = None  # a city the data's places are not, named with its office ("phoenix mayor")
    state_words: set[int] = field(default_factory=set)  # positions of the words of states' names ("new", "york")
    measure: tuple[str, str] | None = None  # a ballot measure named: its kind and label ("amendment", "79")

    def take(self, *positions: int) -> None:
        """Marks words of the question as taken by these terms."""
        self.used.update(positions)

    def drop_title(self, position: int) -> None:
        """An office word that is a title before a name ("congresswoman bass") says nothing of the race."""
        office = self.office_at.pop(position, None)
        self.used.discard(position)
        if office is not None and office not in self.office_at.values():
            self.offices.discard(office)

    def drop_other_title(self) -> None:
        """An office of no kind above that is a title before a name ("city attorney feuer") says nothing of the
        race."""
        self.used.difference_update(self.other_office_at)
        self.other_office, self.other_office_at = None, ()

    def drop_state(self, position: int) -> None:
        """A state's name inside a person's name ("William Washington") says nothing of the race."""
        for code, at in list(self.states.items()):
            if at == position:
                del self.states[code]
        if position in self.state_words:
            self.state_words.discard(position)
            self.used.discard(position)

    @property
    def named(self) -> bool:
        """Whether the question says anything of a race beyond an office word."""
        return bool(self.states or self.district or self.cycle or self.special or self.national or self.other_office
                    or self.other_place or self.measure)

    def describe(self, m: Messages = ENGLISH) -> str:
        """What the question says of a race, in the asker's words ("2018 TX district 2 house primary")."""
        # One template a translator may reorder; the pieces a question does not give are left out.
        text = m.gettext("{year} {place} {scope} {district} {special} {office} {stage}").format(
            year=str(self.cycle) if self.cycle else "",
            place=" ".join([*([self.other_place.title()] if self.other_place else []),
                            *(_state_name(code) for code in self.states)]),
            scope=m.gettext("national") if self.national else "",
            district=m.gettext("district {number}").format(number=self.district) if self.district else "",
            special=m.term("stage", "special") if self.special else "",
            office=m.either([m.term("race office", office) for office in sorted(self.offices)]
                            + ([self.other_office] if self.other_office else [])),
            stage=m.term("stage", self.stage) if self.stage else "")
        if self.measure:
            text = f"{text} {self.measure[0]} {self.measure[1].upper()}"
        return " ".join(text.split())


# A ballot measure as people name it: a kind word, then its label ("amendment 79", "prop 131", "enmienda g"); the
# kinds by their spellings, folded.
MEASURE_KINDS = {
    "amendment": "amendment", "amendments": "amendment", "amendmnet": "amendment", "ammendment": "amendment",
    "amend": "amendment", "enmienda": "amendment",
    "proposition": "proposition", "prop": "proposition", "props": "proposition", "propositon": "proposition",
    "proposicion": "proposition", "propuesta": "proposition",
    "referendum": "referendum", "referendo": "referendum", "measure": "measure", "medida": "measure",
    "initiative": "initiative", "iniciativa": "initiative",
}
_MEASURE_LABEL = re.compile(r"^(?:[0-9]{1,4}[a-z]?|[a-z]{1,2})$")
# Short words after a kind word that are no label ("la enmienda de colorado", "measure in ohio").
NOT_MEASURE_LABELS = {"de", "del", "el", "la", "en", "lo", "y", "o", "on", "in", "of", "to", "is", "do", "by", "no",
                      "si", "se", "le", "at", "or", "an", "as", "it", "be", "us", "me", "mi", "tu", "su"}


def normalize_question(text: str) -> str:
    """Rewrites what folding would break: "N.C." and "Calif." to postal codes, "'22" to 2022, "# of" to "number of"."""
    if "#" in text:
        text = _NUMBER_SIGN.sub(lambda found: "numero de" if found.group(1).lower() == "de" else "number of", text)
    if "." in text:
        text = _AP_PATTERN.sub(lambda found: f" {_AP[found.group(1).casefold()]} ", text)
        text = _INITIALS.sub(r"\1\2", text)
    text = _GLUED_MEASURE.sub(lambda found: f"{found.group(1)} {found.group(2)}"
                              if fold_name(found.group(1)) in MEASURE_KINDS else found.group(0), text)
    return _SHORT_YEAR.sub(r"20\1", text)


# A measure's kind and number typed as one word: "prop131", "amendment79", "proposición131".
_GLUED_MEASURE = re.compile(r"\b([^\W\d_]{4,})(\d{1,3})\b")


@lru_cache(maxsize=1 << 12)
def _state_typo(word: str) -> str | None:
    """The state of six letters or more a word names with one typo (two in a word of nine or more): a letter
    dropped, doubled, swapped or mistyped; None when it names none, or two."""
    if len(word) < 5 or word in NOT_STATE_TYPOS or not word.isalpha():
        return None
    allowed = 1 if len(word) < 9 else 2
    codes = {code for name, code in _ONE_WORD_STATES.items() if len(name) >= 6
             and abs(len(name) - len(word)) <= allowed and OSA.distance(word, name, score_cutoff=allowed) <= allowed}
    return codes.pop() if len(codes) == 1 else None


def parse_race_terms(normalized: str, words: list[str], today: dt.date,
                     not_terms: AbstractSet[int] = frozenset()) -> RaceTerms:
    """Finds the race terms among the folded words of a question (`normalized` keeps the capitals);
    `not_terms` are positions of words that are no terms ("la" the Spanish article, not Louisiana)."""
    capitals = set(_CAPITAL_PAIR.findall(normalized))
    terms = RaceTerms()
    _find_other_office(terms, words, not_terms)
    _find_measure(terms, words, not_terms)
    _find_states(terms, words, capitals, not_terms)
    us_word = _find_other_terms(terms, words, capitals, not_terms, today)
    if us_word and not terms.states and terms.offices <= {"president"}:
        terms.national = True
    if terms.district is not None:
        if not terms.offices & {"president", "house"}:  # a district alone: the House seat, or the presidential
            terms.offices |= {"house", "president"}  # vote of a state that splits it ("maine cd-1")
        terms.take(*(i for i, w in enumerate(words) if w in DISTRICT_WORDS or w == "congressional"))
    return terms


def _find_measure(terms: RaceTerms, words: list[str], not_terms: AbstractSet[int]) -> None:
    """A ballot measure named by its kind and label: "amendment 79", "prop kk", "referendum a", "enmienda 79"."""
    for i, (word, after) in enumerate(zip(words, words[1:], strict=False)):
        if i in not_terms or i in terms.used or i + 1 in terms.used:
            continue
        if word in MEASURE_KINDS and _MEASURE_LABEL.match(after) and after not in NOT_MEASURE_LABELS \
                and not (after.isdigit() and len(after) == 4):
            terms.measure = (MEASURE_KINDS[word], after)
            terms.take(i, i + 1)
            return


def _find_other_office(terms: RaceTerms, words: list[str], not_terms: AbstractSet[int]) -> None:
    """An office of no kind the races are indexed by ("school board", "district attorney", "sheriff"), longest
    phrase first: its words are the office's, not a district, a state or a governor's race."""
    for i in range(len(words)):
        for length in OTHER_OFFICE_LENGTHS:
            phrase = tuple(words[i:i + length])  # ("de", "la" inside one are the phrase's: "fiscal de la ciudad")
            inside = set(range(i + 1, i + length - 1))
            if len(phrase) == length and phrase in OTHER_OFFICES and not (set(range(i, i + length)) - inside) \
                    & set(not_terms) and not set(range(i, i + length)) & terms.used:
                office = OTHER_OFFICES[phrase]
                if office in OFFICE_KINDS:  # an office of a kind the races have, in two words ("city council")
                    terms.offices.add(office)
                    terms.office_at[i + length - 1] = office
                elif terms.other_office is None:
                    terms.other_office, terms.other_office_at = office, tuple(range(i, i + length))
                terms.take(*range(i, i + length))
                break


def _office_near(words: list[str], i: int) -> bool:
    """Whether an office word stands next to a state code that is no word ("ga senate", "senate nc")."""
    near = words[max(0, i - 1):i] + words[i + 1:i + 2]
    return words[i] not in WORD_CODES and any(w in OFFICE_WORDS for w in near)


def _find_states(terms: RaceTerms, words: list[str], capitals: set[str], not_terms: AbstractSet[int]) -> None:
    """The states a question names: by name (longest first), nickname, a typo of a name, or a code (with a
    district after it: "fl 26", "ga 6th", "ak al")."""
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        if i in not_terms:
            i += 1
            continue
        # state names, longest first ("west virginia" before "virginia")
        named = _STATE_NAMES.get(word, [])
        if word.endswith("s") and word[:-1] in _STATE_NAMES:  # "minnesotas 2nd"
            named = [*named, *_STATE_NAMES[word[:-1]]]
        for name, code in named:
            typed = words[i:i + len(name)]
            if typed == name or typed[:-1] == name[:-1] and typed[-1:] == [name[-1] + "s"]:  # "minnesotas 2nd"
                terms.states.setdefault(code, i)
                terms.take(*range(i, i + len(name)))
                terms.state_words.update(range(i, i + len(name)))
                i += len(name) - 1
                break
        else:
            if word in STATE_NICKNAMES:
                terms.states.setdefault(STATE_NICKNAMES[word], i)
                terms.take(i)
            elif (code := _state_typo(word)) is not None:  # a state's words: a person's exact name may take it back
                terms.states.setdefault(code, i)
                terms.take(i)
                terms.state_words.add(i)
            elif (found := _CODE_NUMBER.match(word)) and found.group(1) in _CODES:  # "ne02", "fl26"
                terms.states.setdefault(_CODES[found.group(1)], i)
                terms.district = str(int(found.group(2)))
                terms.take(i)
            elif word in WORD_CODES and word.upper() not in capitals and (
                    _state_named_elsewhere(words, i) or i > 0 and _ORDINAL.match(words[i - 1])
                    or word in YEAR_PREPOSITIONS and i + 2 == len(words) and re.fullmatch(r"[0-4]\d", words[i + 1])):
                pass  # "who took wisconsin in 24", "1st or 2nd", "who did abrams face in 18": no state
            elif word in _CODES and (word.upper() in capitals or word not in WORDLIKE_CODES or _office_near(words, i)
                                     or _district_after(words, i) is not None
                                     or word not in WORD_CODES and i > 0 and words[i - 1] in PLACE_BEFORE
                                     or word not in WORD_CODES and i > 0 and words[i - 1] in COUNTY_WORDS
                                     or word not in WORD_CODES and words[i + 1:i + 2] in (["poll"], ["polls"])
                                     or word not in WORD_CODES | {"la"} and _year_at(words, i + 1)):
                # ("co 2024 turnout": a code before a year is the state; "la 2022" is the city)
                terms.states.setdefault(_CODES[word], i)
                terms.take(i)
                district = _district_after(words, i)
                if district is not None:  # "fl 26", "ga 6th", "ak al"
                    terms.district = district
                    terms.take(i + 1)
                    i += 1
        i += 1


def _year_at(words: list[str], i: int) -> bool:
    """Whether the word at i is a year ("2024")."""
    return i < len(words) and _YEAR.match(words[i]) is not None


def _state_name(code: str) -> str:
    """A state's name as a question's terms are described back ("Puerto Rico", not "PR"), else its code."""
    state = us.states.lookup(code)
    return state.name if state else code


def _state_named_elsewhere(words: list[str], at: int) -> bool:
    """Whether a state is named by its name, or a code that is no word, in the question's other words ("minnesota",
    "mn")."""
    for i, word in enumerate(words):
        if i != at and word in _CODES and word not in WORDLIKE_CODES:
            return True
        for name, _ in _STATE_NAMES.get(word, []):
            if words[i:i + len(name)] == name and not i <= at < i + len(name):
                return True
    return False


# Words an ordinal after is no district: an office's, a stage's ("the la mayor general, 1st or 2nd?": a place in it).
_NO_DISTRICT_BEFORE = frozenset(OFFICE_WORDS) | frozenset(STAGE_WORDS)


def _find_other_terms(terms: RaceTerms, words: list[str], capitals: set[str], not_terms: AbstractSet[int],
                      today: dt.date) -> bool:
    """The office, nation, year, special, stage and district words of a question; whether it says "US" in capitals
    (national, unless it is "U.S. Senate")."""
    us_word = False
    for i, word in enumerate(words):
        if i in terms.used or i in not_terms:
            continue
        before, after = words[i - 1] if i > 0 else "", words[i + 1] if i + 1 < len(words) else ""
        if word in OFFICE_WORDS and not (word == "house" and before == "white"):
            terms.offices.add(OFFICE_WORDS[word])
            terms.office_at[i] = OFFICE_WORDS[word]
            terms.take(i)
        elif word == "house" and before == "white":
            terms.offices.add("president")
            terms.take(i - 1, i)
        elif word in NATIONAL_WORDS:
            terms.national = True
            terms.take(i)
        elif word == "us" and "US" in capitals:  # "U.S." / "US": national, unless it is "U.S. Senate"
            us_word = True
            terms.take(i)
        elif word == "popular" and after == "vote":
            terms.national = True
            terms.take(i, i + 1)
        elif _YEAR.match(word):
            year = int(word)
            if 1789 <= year <= 2200:
                terms.cycle = year
                terms.take(i)
        elif re.fullmatch(r"[0-4]\d", word) and terms.cycle is None and (
                before in SHORT_YEAR_AFTER or before in YEAR_PREPOSITIONS and not after
                or before == "el" and i > 1 and words[i - 2] in YEAR_PREPOSITIONS and not after):
            terms.cycle = 2000 + int(word)  # "wisconsin senate race 24": a race's year, as people write it
            terms.take(i)
        elif word == "year" and before in ("this", "next", "last"):
            terms.cycle = today.year + {"this": 0, "next": 1, "last": -1}[before]
            terms.take(i - 1, i)
        elif word == "ano" and before in ("este", "proximo"):
            terms.cycle = today.year + (1 if before == "proximo" else 0)  # "este año", "el próximo año"
            terms.take(i - 1, i)
        elif word == "ano" and after == "pasado":
            terms.cycle = today.year - 1
            terms.take(i, i + 1)
        elif word in SPECIAL_WORDS or word in REGULAR_WORDS and ({before, after} & OFFICE_WORDS.keys()
                                                                 or after in SHORT_YEAR_AFTER):
            terms.special, terms.regular = word in SPECIAL_WORDS, word not in SPECIAL_WORDS
            terms.take(i)
        elif word == "jungle" and after in ("primary", "primaries"):
            terms.stage = "jungle primary"
            terms.take(i, i + 1)
        elif word in ("top", "top2") and after in ("two", "2", "primary"):
            terms.stage = "jungle primary"
            terms.take(i)
        elif word in STAGE_WORDS and terms.stage is None:
            terms.stage = STAGE_WORDS[word]
            terms.take(i)
        elif (word, after) in STAGE_PHRASES:
            terms.stage = STAGE_PHRASES[word, after]
            terms.take(i, i + 1)
        elif word in ("at", "atlarge") and (word == "atlarge" or after == "large"):
            terms.district = AT_LARGE
            terms.take(i, i + 1) if word == "at" else terms.take(i)
        elif (found := _CD_NUMBER.match(word)) is not None:
            terms.district = str(int(found.group(1)))
            terms.take(i)
        elif word in DISTRICT_WORDS and word != "seat" and terms.district is None:
            # any two-digit number after the word: "district 99 of texas" is no race, not the state's race
            district = _district_at(words, i + 1, largest=99) or _district_at(words, i - 1, ordinal_words=True)
            if district is not None:
                terms.district = district
                terms.take(i, i + 1 if _district_at(words, i + 1, largest=99) else i - 1)
        elif (_ORDINAL.match(word) or word in ORDINAL_WORDS) and after in ("district", "congressional", "cd",
                                                                           "distrito"):
            terms.district = _district_at(words, i, ordinal_words=True)
            terms.take(i)
        elif _ORDINAL.match(word) and i - 1 in terms.used and before not in _NO_DISTRICT_BEFORE and not terms.district:
            terms.district = _district_at(words, i)  # "nebraska 2nd", "nebraska's 2nd"
            terms.take(i)
    return us_word


def _district_after(words: list[str], i: int) -> str | None:
    """The district after a state code ("fl 26", "ak al"); "al" after a word that is a code too is Alabama, not at
    large ("who leads in AL-3", "in AL presidential" are no Indiana seat). Delaware's seat is at large: "de al",
    unless a district number follows ("de AL-3")."""
    district = _district_at(words, i + 1)
    if district == AT_LARGE and words[i] in WORD_CODES and (words[i] != "de" or _district_at(words, i + 2)):
        return None
    if district is not None and words[i] in WORD_CODES and _ORDINAL.match(words[i + 1]) \
            and i > 0 and words[i - 1] in PLACE_VERBS:
        return None  # "who came in 3rd", "finished in 2nd": a place in a count, not Indiana's 3rd district
    return district


def _district_at(words: list[str], i: int, *, ordinal_words: bool = False, largest: int = 60) -> str | None:
    """The district number written at position i: "2", "02", "2nd", "al" (at large); None if none is."""
    if not 0 <= i < len(words):
        return None
    word = words[i]
    if word.isdigit() and len(word) <= 2 and 0 < int(word) <= largest:
        return str(int(word))
    found = _ORDINAL.match(word)
    if found and 0 < int(found.group(1)) <= 60:
        return str(int(found.group(1)))
    if ordinal_words and word in ORDINAL_WORDS:
        return str(ORDINAL_WORDS[word])
    if word == "al":
        return AT_LARGE
    return None
