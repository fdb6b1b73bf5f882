"""A dev question: the sealed set's Question, whose spec may also name a derivation of `derive_more`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from tests.devset import derive_more
from tests.sealed.expect import Expect
from tests.sealed.question import Question
from tests.sealed.question import maker as sealed_maker


@dataclass(frozen=True)
class DevQuestion(Question):
    """A sealed-style question; `asks` names a derivation of the sealed set or, failing that, of `derive_more`."""

    def expect(self) -> Expect:
        """The expected answer, derived from the data."""
        more = derive_more.DERIVE_LA if self.source == "la" else derive_more.DERIVE_FILES
        if self.asks not in more:
            return super().expect()
        expect = more[self.asks](**dict(self.args))
        return replace(expect, may_ask=True) if self.kind == "other_surname" else expect


def maker(group: str, source: str) -> Callable[..., DevQuestion]:
    """q(text, kind, asks, **args) for one group and source: the sealed maker's checks, a DevQuestion made."""
    sealed = sealed_maker(group, source)

    def q(text: str, kind: str, asks: str, **args: Any) -> DevQuestion:
        made = sealed(text, kind, asks, **args)
        return DevQuestion(made.text, made.group, made.kind, made.source, made.asks, made.args)
    return q
