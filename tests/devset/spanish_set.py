"""Dev questions in Spanish (no accents, as typed), about the LA race and the real files."""

from __future__ import annotations

from tests.devset.question import maker

q = maker("es", "la")
f = maker("es", "files")
SPANISH_SET = ()
