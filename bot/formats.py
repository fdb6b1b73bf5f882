"""Small text helpers shared by the engine, the CLI and the cogs."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 poll", "12 polls", "3 pollsters": the count with the word in the right number."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


# Control characters (C0 but tab and newline, DEL, C1): printed raw, data could drive a terminal (ESC[2J clears it).
_CONTROL_ESCAPES = {c: f"\\u{c:04x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (0x09, 0x0A)}


def show_controls(text: str) -> str:
    """The text with each control character written as an escape (\\u001b), so printing it never drives a terminal."""
    return text.translate(_CONTROL_ESCAPES)
