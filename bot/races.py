"""Races as structured things: jurisdiction, office, district or seat, special flag and cycle, and their names."""

from __future__ import annotations

import re
from dataclasses import dataclass

import us

from bot.names import fold

# "generic": the national generic congressional ballot (which party voters would choose for the House), a race of
# its own in each cycle; "measure": a ballot measure (amendment, proposition, referendum), its choices Yes and No.
OFFICE_KINDS = ("president", "senate", "house", "governor", "mayor", "council", "generic", "measure", "other")
# The office words of 538's `office_type` and of race bundles, folded, and the office kind each names.
_OFFICE_TYPES = {
    "u s president": "president", "president": "president", "presidential": "president",
    "u s senate": "senate", "senate": "senate", "senator": "senate",
    "u s house": "house", "house": "house", "congress": "house", "congressional": "house",
    "governor": "governor", "gubernatorial": "governor",
    "mayor": "mayor", "mayoral": "mayor",
    "council": "council", "city council": "council",
}
# A Senate class is up in the regular elections of the cycles congruent to these, modulo 6 (2018, 2020, 2022).
_SENATE_CLASS_CYCLE = {"I": 2018 % 6, "II": 2020 % 6, "III": 2022 % 6}
_CLASS = re.compile(r"\bclass\s+(i{1,3})\b", re.IGNORECASE)
_DISTRICT = re.compile(r"\b(?:district|cd)[\s-]*(\d{1,2}|at[\s-]*large)\b", re.IGNORECASE)
AT_LARGE = "at-large"
# States with one House seat, elected at large (538 files number it District 1); Montana got a second in 2022.
_AT_LARGE_STATES = {"AK": 9999, "DE": 9999, "ND": 9999, "SD": 9999, "VT": 9999, "WY": 9999, "MT": 2020}


@dataclass(frozen=True, slots=True)
class RaceStructure:
    """What a race is: the office, where, which seat, in which cycle."""

    office_kind: str  # one of OFFICE_KINDS
    cycle: int
    state_code: str | None = None  # postal code; None for a national race
    locality: str | None = None  # a city or county, for local offices
    district: str | None = None  # "2", "at-large": a House district (or a presidential district of ME/NE)
    seat_class: str | None = None  # "I", "II", "III": a Senate seat
    special: bool = False

    @property
    def national(self) -> bool:
        """Whether the race is national (no state and no locality)."""
        return self.state_code is None and self.locality is None

    @property
    def state_name(self) -> str | None:
        """The state's name, or its code when it is not a state's."""
        state = us.states.lookup(self.state_code) if self.state_code else None
        return state.name if state else self.state_code


def state_code(text: str | None) -> str | None:
    """The postal code of a state named by name, code or AP abbreviation; None when it isn't one."""
    if not text:
        return None
    state = us.states.lookup(text.strip())
    if state is None and text.strip().casefold() in ("washington dc", "washington d c", "dc"):
        state = us.states.DC
    return state.abbr if state else None


def office_kind(office_type: str | None, office: str | None = None) -> str:
    """The kind of an office from its words: "U.S. Senate" -> senate, "Mayor of Los Angeles" -> mayor."""
    for text in (office_type, office):
        folded = fold(text or "")
        if folded in _OFFICE_TYPES:
            return _OFFICE_TYPES[folded]
        for words, kind in _OFFICE_TYPES.items():
            if f" {words} " in f" {folded} ":
                return kind
    return "other"


def is_special_senate(seat_class: str | None, cycle: int) -> bool:
    """A Senate election is a special one when its class is not the one whose term ends that cycle."""
    return seat_class is not None and _SENATE_CLASS_CYCLE.get(seat_class) != cycle % 6


def structure_from_538(state: str | None, office_type: str | None, seat_name: str | None,
                       cycle: int) -> RaceStructure:
    """The structure of a race of a FiveThirtyEight polls file: `state` is empty for national rows and may name a
    congressional district of a state that splits its electoral votes ("Maine CD-2")."""
    kind = office_kind(office_type)
    state_text = (state or "").strip()
    district = _district(f"{seat_name or ''} {state_text}")
    if district is not None:
        state_text = _DISTRICT.sub("", state_text).strip()
    code = state_code(state_text) if state_text else None
    if kind == "house" and code is None and fold(seat_name or "") == "generic":  # 538's "U.S. House", "Generic"
        return RaceStructure("generic", cycle)
    seat_class = _seat_class(seat_name)
    special = is_special_senate(seat_class, cycle) if kind == "senate" else kind == "house" and cycle % 2 == 1
    return RaceStructure(kind, cycle, code, None, _at_large(kind, code, district, cycle), seat_class, special)


def infer_structure(office: str, office_type: str | None, jurisdiction: str, state: str | None,
                    cycle: int) -> RaceStructure:
    """The structure of a race known only by its office and jurisdiction words (older databases, bundles)."""
    kind = office_kind(office_type, office)
    code = state_code(state) or state_code(jurisdiction)
    locality = None
    if kind in ("mayor", "council", "other") and not state_code(jurisdiction) and jurisdiction != "United States":
        locality = jurisdiction
    seat_class = _seat_class(office)
    district = _district(office) if kind in ("house", "president", "council") else None
    regular_special = is_special_senate(seat_class, cycle) if kind == "senate" else kind == "house" and cycle % 2 == 1
    special = "special" in fold(office).split() or regular_special
    return RaceStructure(kind, cycle, code, locality, _at_large(kind, code, district, cycle), seat_class, special)


def natural_name(structure: RaceStructure) -> str:
    """How people name a race: "2020 North Carolina governor", "2022 Nebraska 2nd congressional district",
    "2020 Georgia Senate special election", "2024 presidential election (national)"."""
    s = structure
    where = s.locality or s.state_name or ""
    special = " special election" if s.special else ""
    match s.office_kind:
        case "president":
            if s.national:
                return f"{s.cycle} presidential election (national)"
            if s.district:
                return f"{s.cycle} presidential election in {where}'s {district_words(s.district)}"
            return f"{s.cycle} presidential election in {where}"
        case "senate":
            return f"{s.cycle} {where} Senate{special}".replace("  ", " ")
        case "house":
            return f"{s.cycle} {where} {district_words(s.district or AT_LARGE)}{special}".replace("  ", " ")
        case "governor":
            return f"{s.cycle} {where} governor{special}".replace("  ", " ")
        case "mayor":
            return f"{s.cycle} {where} mayoral election{special}".replace("  ", " ")
        case "generic":
            return f"{s.cycle} generic congressional ballot (national)"
        case "council":
            seat = f" district {s.district}" if s.district else ""
            return f"{s.cycle} {where} city council{seat}{special}".replace("  ", " ")
    return ""


def district_words(district: str) -> str:
    """ "2" -> "2nd congressional district", "at-large" -> "at-large congressional district"."""
    if district == AT_LARGE:
        return "at-large congressional district"
    return f"{ordinal(int(district))} congressional district" if district.isdigit() else f"district {district}"


def ordinal(n: int) -> str:
    """The English ordinal of `n`: 1st, 2nd, 3rd, 11th ..."""
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def single_seat_state(code: str | None, cycle: int) -> bool:
    """Whether a state elects its one House seat at large in a cycle."""
    return bool(code) and cycle <= _AT_LARGE_STATES.get(code or "", 0)


def _at_large(kind: str, code: str | None, district: str | None, cycle: int) -> str | None:
    if kind == "house" and district == "1" and code and cycle <= _AT_LARGE_STATES.get(code, 0):
        return AT_LARGE
    return district


def _seat_class(text: str | None) -> str | None:
    found = _CLASS.search(text or "")
    return found.group(1).upper() if found else None


def _district(text: str) -> str | None:
    found = _DISTRICT.search(text)
    if not found:
        return None
    value = found.group(1).lower()
    return AT_LARGE if value.startswith("at") else str(int(value))
