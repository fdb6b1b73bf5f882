"""The question asked again with a name the asker picked from "did you mean" (or the race from "which race?")."""

from __future__ import annotations

import re

from bot.engine.answers import Answer
from bot.engine.kinds import QuestionKind

# What to ask when a suggestion cannot be put in place of the words the engine did not know: each is parsed back
# into its own kind (tests/engine/test_routes_table.py checks it).
REASK: dict[QuestionKind, str] = {
    QuestionKind.ENDORSEMENTS_OF: "who endorsed {name}",
    QuestionKind.ENDORSEMENTS_BY: "whom did {name} endorse",
    QuestionKind.CANDIDATE: "who is {name}",
}


def question_with(question: str, answer: Answer, choice: str) -> str:
    """The question again, with the suggested name in place of the one that was not understood."""
    if answer.status == "need_race":
        slug = choice.rsplit("(", 1)[-1].rstrip(")") if choice.endswith(")") else choice
        return f"{question} in {slug}"
    if answer.unmatched:
        typed = re.search(re.escape(answer.unmatched), question, flags=re.IGNORECASE)
        if typed:
            return question[: typed.start()] + choice + question[typed.end():]
    return REASK.get(answer.intent, "{name}").format(name=choice)
