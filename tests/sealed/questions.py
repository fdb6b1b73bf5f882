"""The whole sealed set: LA questions, questions over the real files, Spanish questions."""

from __future__ import annotations

from tests.sealed.la_set import LA_QUESTIONS
from tests.sealed.question import Question
from tests.sealed.real_set import REAL_QUESTIONS
from tests.sealed.spanish_set import SPANISH_QUESTIONS

QUESTIONS: tuple[Question, ...] = (*LA_QUESTIONS, *REAL_QUESTIONS, *SPANISH_QUESTIONS)
