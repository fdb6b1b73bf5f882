"""Groups of voters by what they are, whatever a poll calls them: the Census's categories have several names
("Hispanic or Latino", "Black or African American"), and polls count Asian voters with Pacific Islanders or
without. A group asked by one name is found in the polls that report it by another."""

from __future__ import annotations

from collections.abc import Iterable

from bot.names import fold

# One name for each of a Census category's names, singular.
_CATEGORY = {"hispanic": "latino", "hispanics": "latino", "latinos": "latino", "latinx": "latino",
             "latine": "latino", "latina": "latino", "latinas": "latino", "african": "black", "blacks": "black",
             "caucasian": "white", "caucasians": "white", "whites": "white", "asians": "asian", "aapi": "asian"}
# Words that do not tell one group from another: "voters", and the second half of a category's name.
_POPULATIONS = {"likely", "registered"}
_SAME = {"voters", "voter", "people", "american", "americans", "pacific", "islander", "islanders", "or", "and"}


def group_key(label: str) -> frozenset[str]:
    """What a group of voters is, by its words: "Asian/Pacific Islander voters" and "asian voters" are {"asian"};
    "Latino likely voters" is {"latino", "likely"}, another group than Latino voters."""
    words = fold(label.replace("/", " ")).split()
    return frozenset(_CATEGORY.get(w, w) for w in words if w not in _SAME)


def labels_for(group: str, labels: Iterable[str]) -> set[str]:
    """The labels polls give a group asked by name: the same label, else the labels of the same group."""
    labels = {label for label in labels if label}
    same = {label for label in labels if label.casefold() == group.casefold()}
    key = group_key(group)
    alike = {label for label in labels if key and group_key(label) == key}
    # a poll of likely or registered voters asked its group so: "white voters" there are its "White likely voters"
    return same or alike or {label for label in labels if key and group_key(label) - _POPULATIONS == key - _POPULATIONS}
