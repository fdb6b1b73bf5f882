"""Renders a typed answer as plain text for the command line, with numbered sources, in the answer's language."""

from __future__ import annotations

from bot.engine.answers import Answer
from bot.i18n import messages


def render_answer(answer: Answer) -> str:
    """The answer as plain text for a terminal: title, summary, facts with numbered sources."""
    m = messages(answer.language)
    lines = [answer.title, answer.summary] if answer.title != answer.summary else [answer.summary]
    refs = {s.url: n for n, s in enumerate(answer.sources, 1)}
    for fact in answer.facts:
        mark = f" [{refs[fact.source.url]}]" if fact.source else ""
        indent = "      " if fact.text.startswith("  ") else "  • "
        lines.append(f"{indent}{fact.text.strip()}{mark}")
    if answer.suggestions and answer.status != "ok":
        lines.append("  " + m.gettext("Try: {suggestions}").format(suggestions=" · ".join(answer.suggestions)))
    if answer.sources:
        lines.append(m.gettext("Sources:"))
        for n, source in enumerate(answer.sources, 1):
            date = f", {source.published:%Y-%m-%d}" if source.published else ""
            title = f" — {source.title}" if source.title else ""
            lines.append(f"  [{n}] {source.label}{title}{date}: {source.url}")
    return "\n".join(lines)
