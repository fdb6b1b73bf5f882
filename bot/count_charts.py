"""Charts of the count of votes: the current count as bars, and how each candidate's share moved as it came in."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from bot.charts import DPI, PIXELS, assign_colours
from bot.db import queries
from bot.engine.answers import Answer, SourceRef
from bot.engine.answers.counts import reporting_text
from bot.engine.answers.wording import race_name, source_ref
from bot.engine.engine import QuestionEngine
from bot.i18n import messages

MAX_BARS = 10  # the candidates with the most votes; the rest of a long ballot is in the answer's text


@dataclass(frozen=True, slots=True)
class CountBar:
    """One candidate's bar in a count chart: their votes, share and colour."""

    candidate: str
    colour: str
    votes: int
    share: float


@dataclass(frozen=True, slots=True)
class CountChart:
    """The current count of a race's latest counted stage, and the share of each candidate in every count of it."""

    title: str
    race_slug: str
    stage: str
    bars: tuple[CountBar, ...]
    history: tuple[tuple[str, str, tuple[tuple[dt.datetime, float], ...]], ...]  # candidate, colour, points
    reporting: str
    taken_at: dt.datetime
    certified: bool
    sources: tuple[SourceRef, ...]
    language: str = "en"

    @property
    def caption(self) -> str:
        """The chart's caption in its language: the stage, how much is reported, when, and whether it is certified."""
        m = messages(self.language)
        state = m.gettext("certified") if self.certified else m.gettext("partial until certified")
        counts = len(self.history[0][2]) if self.history else 1
        values = {"stage": m.term("stage", self.stage).capitalize(), "reporting": self.reporting,
                  "when": m.date(self.taken_at, "time"), "state": state}
        if counts > 1:
            return m.gettext("{stage}: {reporting}, as of {when} ({state}); {count} counts since {since}.").format(
                count=counts, since=m.date(self.history[0][2][0][0], "day_time"), **values)
        return m.gettext("{stage}: {reporting}, as of {when} ({state}).").format(**values)


async def count_chart(engine: QuestionEngine, race_text: str, language: str | None = None) -> CountChart | Answer:
    """The chart data of a race's count, with its words in `language`; an Answer instead when the race is unknown
    or nothing is counted."""
    m = messages(language)
    race, problem = await engine.find_race(race_text, language)
    if race is None:
        assert problem is not None
        return problem
    async with engine.db.session() as session:
        history = await queries.count_history(session, race.id)
    if not history:
        return Answer("results", status="no_data", title=m.gettext("Count: {race}").format(race=race_name(race, m)),
                      summary=m.gettext("No count of the votes of {race} is recorded, so there is nothing to draw."
                                        ).format(race=race_name(race, m)), race_slug=race.slug, language=m.language)
    current = history[-1]
    of_stage = [c for c in history if c.stage == current.stage]
    total = current.total or 1
    shown = current.counts[:MAX_BARS]
    colours = assign_colours([c.candidate.name for c in shown])
    bars = tuple(CountBar(c.candidate.name, colours[c.candidate.name], c.votes, 100 * c.votes / total)
                 for c in shown)
    lines = []
    for bar in bars:
        points = []
        for count in of_stage:
            votes = next((c.votes for c in count.counts if c.candidate.name == bar.candidate), None)
            if votes is not None and count.total:
                points.append((count.taken_at, 100 * votes / count.total))
        lines.append((bar.candidate, bar.colour, tuple(points)))
    sources = tuple(dict.fromkeys(source_ref(c.source) for c in reversed(of_stage)))
    return CountChart(m.gettext("Count: {race}").format(race=race_name(race, m)), race.slug, current.stage, bars,
                      tuple(lines), reporting_text(current, m), current.taken_at, current.certified, sources,
                      m.language)


def render_count_png(chart: CountChart) -> bytes:
    """The chart as PNG bytes: bars of the current count, and under them the shares count by count when there
    is more than one. CPU-bound: call it in a worker thread (asyncio.to_thread)."""
    from matplotlib.figure import Figure  # the object API: no pyplot state, safe off the main thread

    m = messages(chart.language)
    moved = len(chart.history[0][2]) > 1 if chart.history else False
    figure = Figure(figsize=(PIXELS[0] / DPI, PIXELS[1] / DPI * (1.6 if moved else 1)), dpi=DPI,
                    layout="constrained")
    axes = figure.add_subplot(2, 1, 1) if moved else figure.add_subplot()
    names = [bar.candidate for bar in reversed(chart.bars)]  # the leader on top
    shares = [bar.share for bar in reversed(chart.bars)]
    bars = axes.barh(names, shares, color=[bar.colour for bar in reversed(chart.bars)])
    axes.bar_label(bars, labels=[f"{m.percent(bar.share, 1)}  ({m.number(bar.votes)})" for bar in reversed(chart.bars)],
                   padding=4, fontsize="small")
    axes.set_xlim(0, max(100.0, max(shares, default=0) * 1.25))
    axes.set_xlabel(m.gettext("Share of the votes counted (%)"))
    axes.set_title(chart.title, loc="left")
    if moved:
        history = figure.add_subplot(2, 1, 2)
        for candidate, colour, points in chart.history:
            if points:
                times, values = zip(*points, strict=True)
                history.plot(times, values, color=colour, marker="o", linewidth=2, label=candidate)
        history.set_ylabel(m.gettext("Share (%)"))
        history.set_title(m.gettext("How the count moved"), loc="left", fontsize="medium")
        history.grid(True, alpha=0.3)
        history.legend(loc="best", fontsize="small", frameon=False)
    figure.supxlabel(chart.caption, fontsize="x-small", color="#444444")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
