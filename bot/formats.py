"""Small text helpers shared by the engine, the CLI and the cogs."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 poll", "12 polls", "3 pollsters": the count with the word in the right number."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"
