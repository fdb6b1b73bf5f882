"""The dev set: every question of its three groups."""

from __future__ import annotations

from tests.devset.la_set import LA_SET
from tests.devset.question import DevQuestion
from tests.devset.real_set import REAL_SET
from tests.devset.spanish_set import SPANISH_SET

DEV_QUESTIONS: tuple[DevQuestion, ...] = (*LA_SET, *REAL_SET, *SPANISH_SET)
