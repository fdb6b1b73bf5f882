"""One sealed question: its phrasing, its group and kind, and the spec its expected answer is derived from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from tests.sealed import derive_files, derive_la
from tests.sealed.expect import Expect

GROUPS = ("la", "real", "es")
# The kinds of issue 21, and the ordinary questions of everyday traffic.
KINDS = ("ordinary", "swallowed", "other_surname", "two_spellings", "dropped_constraint", "unrouted_fact")


@dataclass(frozen=True)
class Question:
    """A phrasing and what it asks: `asks` names a derivation of `source` ("la" or "files"), `args` its arguments."""

    text: str
    group: str
    kind: str
    source: str
    asks: str
    args: tuple[tuple[str, Any], ...] = ()

    def expect(self) -> Expect:
        """The expected answer, derived from the data."""
        derive = (derive_la.DERIVE if self.source == "la" else derive_files.DERIVE)[self.asks]
        expect = derive(**dict(self.args))
        # A different real surname: "did you mean ...?" is as right as "not known".
        return replace(expect, may_ask=True) if self.kind == "other_surname" else expect


def maker(group: str, source: str) -> Callable[..., Question]:
    """q(text, kind, asks, **args) for one group and source."""
    def q(text: str, kind: str, asks: str, **args: Any) -> Question:
        assert kind in KINDS, kind
        return Question(text, group, kind, source, asks, tuple(args.items()))
    return q
