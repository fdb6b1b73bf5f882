"""Dev questions over the real files, in English."""

from __future__ import annotations

from tests.devset.question import maker

q = maker("real", "files")
REAL_SET = ()
