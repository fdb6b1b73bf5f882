"""Counts dev phrasings equal to a sealed phrasing: `python -m tests.devset.overlap` prints the count only.

Equal means equal after lower-casing and collapsing spaces, or after the engine tests' `fold` (accents and
punctuation dropped too). The sealed rows are compared in memory and never shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tests.engine.real_questions import fold

if TYPE_CHECKING:
    from tests.devset.question import DevQuestion


def plain(text: str) -> str:
    """Lower case, spaces collapsed."""
    return " ".join(text.lower().split())


def overlap_count(dev: Iterable[str], sealed: Iterable[str]) -> int:
    """How many dev phrasings equal a sealed phrasing, either way of comparing."""
    sealed = list(sealed)
    sealed_plain, sealed_fold = {plain(t) for t in sealed}, {fold(t) for t in sealed}
    return sum(plain(t) in sealed_plain or fold(t) in sealed_fold for t in dev)


def collisions(batch: Iterable[DevQuestion]) -> dict[str, list[str]]:
    """Which of `rows` (a new batch's own phrasings) equal a sealed, dev, engine-test or results-set phrasing, by
    the side they collide with. Only the batch's own rows are returned: the other side stays unread."""
    from tests.devset.questions import DEV_QUESTIONS
    from tests.results_set.heldout import HELDOUT
    from tests.results_set.questions import QUESTIONS as RESULTS
    from tests.sealed.questions import QUESTIONS as SEALED
    from tests.sealed.test_sealed_set import existing_phrasings
    batch = list(batch)
    rows, mine = [q.text for q in batch], {id(q) for q in batch}  # (the batch's own rows, once it is in the set)
    sides = {"sealed": [q.text for q in SEALED], "dev": [q.text for q in DEV_QUESTIONS if id(q) not in mine],
             "results set": [q.text for q in (*RESULTS, *HELDOUT)]}
    found = {side: [t for t in rows if overlap_count([t], texts)] for side, texts in sides.items()}
    engine = existing_phrasings()
    found["engine tests"] = [t for t in rows if fold(t) in engine]
    found["repeated within"] = [t for t in rows if sum(plain(t) == plain(u) or fold(t) == fold(u) for u in rows) > 1]
    return {side: texts for side, texts in found.items() if texts}


def main() -> None:
    """Prints the number of dev phrasings equal to sealed ones, nothing else; with `--module M`, the rows of that
    batch module that collide with any other set, by side."""
    import sys
    if "--module" in sys.argv:
        from tests.devset.score import module_rows
        for side, texts in collisions(module_rows(sys.argv[sys.argv.index("--module") + 1])).items():
            print(f"{len(texts)} equal {side}:", *texts, sep="\n  ")
        return
    from tests.devset.questions import DEV_QUESTIONS
    from tests.sealed.questions import QUESTIONS as SEALED
    print(overlap_count((q.text for q in DEV_QUESTIONS), (q.text for q in SEALED)))


if __name__ == "__main__":
    main()
