"""Counts dev phrasings equal to a sealed phrasing: `python -m tests.devset.overlap` prints the count only.

Equal means equal after lower-casing and collapsing spaces, or after the engine tests' `fold` (accents and
punctuation dropped too). The sealed rows are compared in memory and never shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from tests.engine.real_questions import fold


def plain(text: str) -> str:
    """Lower case, spaces collapsed."""
    return " ".join(text.lower().split())


def overlap_count(dev: Iterable[str], sealed: Iterable[str]) -> int:
    """How many dev phrasings equal a sealed phrasing, either way of comparing."""
    sealed = list(sealed)
    sealed_plain, sealed_fold = {plain(t) for t in sealed}, {fold(t) for t in sealed}
    return sum(plain(t) in sealed_plain or fold(t) in sealed_fold for t in dev)


def main() -> None:
    """Prints the number of overlapping phrasings, nothing else."""
    from tests.devset.questions import DEV_QUESTIONS
    from tests.sealed.questions import QUESTIONS
    print(overlap_count((q.text for q in DEV_QUESTIONS), (q.text for q in QUESTIONS)))


if __name__ == "__main__":
    main()
