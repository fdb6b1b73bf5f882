"""Poll charts: the data of a race's polls over time, and a PNG of it drawn with matplotlib (Agg)."""

from __future__ import annotations

import datetime as dt
import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from bot.db import queries
from bot.db.models import Poll
from bot.engine.answers import Answer, SourceRef
from bot.engine.answers.average import poll_average, topline
from bot.engine.answers.wording import race_name, source_ref
from bot.engine.engine import QuestionEngine
from bot.i18n import messages

# Matplotlib's ten distinct "tab10" colours; a candidate's colour comes from their name, so the same candidate
# has the same colour on every chart.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")
MAX_CANDIDATES = 8   # more lines than this make a chart unreadable: the ones polling highest are kept
PIXELS = (1000, 560)
DPI = 100


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One candidate: a point per poll, and the polling average after each poll date (None: no average)."""

    candidate: str
    colour: str
    points: tuple[tuple[dt.date, float], ...]
    average: tuple[tuple[dt.date, float | None], ...]


@dataclass(frozen=True, slots=True)
class PollChart:
    """A race's poll chart: each candidate's shares over time, drawn to a PNG, with its caption and sources."""

    title: str
    race_slug: str
    series: tuple[ChartSeries, ...]
    first: dt.date
    last: dt.date
    poll_count: int
    pollsters: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    subgroup: str | None = None
    language: str = "en"

    @property
    def caption(self) -> str:
        """The chart's caption in its language: the dates it spans and how many polls and reports it shows."""
        m = messages(self.language)
        when = (m.date(self.first) if self.first == self.last
                else m.gettext("{start} – {end}").format(start=m.date(self.first), end=m.date(self.last)))
        polls = m.ngettext("{count} poll", "{count} polls", self.poll_count).format(count=self.poll_count)
        reports = m.ngettext("{count} report", "{count} reports", len(self.sources)).format(count=len(self.sources))
        values = {"polls": polls, "when": when, "pollsters": ", ".join(self.pollsters), "reports": reports}
        if self.subgroup:
            return m.gettext("{group}: {polls}, {when}; dots: polls. Pollsters: {pollsters}. Sources: {reports}."
                             ).format(group=m.term("subgroup", self.subgroup), **values)
        return m.gettext("{polls}, {when}; dots: polls; lines: polling average. Pollsters: {pollsters}. Sources: "
                         "{reports}.").format(**values)


async def poll_chart(engine: QuestionEngine, race_text: str, candidate: str | None = None,
                     subgroup: str | None = None, language: str | None = None) -> PollChart | Answer:
    """The chart data of a race's polls, with its words in `language`; an Answer instead when a name is unknown or
    there are no polls."""
    m = messages(language)
    race, problem = await engine.find_race(race_text, language)
    if race is None:
        assert problem is not None
        return problem
    only: int | None = None
    if candidate:
        match, problem = await engine.resolve(candidate, "candidate", race, language)
        if match is None:
            assert problem is not None
            return problem
        only = match.entry.id
    group: str | None = None
    if subgroup:
        match, problem = await engine.resolve(subgroup, "subgroup", race, language)
        if match is None:
            assert problem is not None
            return problem
        group = match.entry.display
    async with engine.db.session() as session:
        polls = list(await queries.polls(session, race.id))
    names = race.candidate_names()
    shares = {p.id: _shares(p, group) for p in polls}
    polls = [p for p in polls if shares[p.id] and (only is None or only in shares[p.id])]
    if not polls:
        name, who = race_name(race, m), names.get(only or 0, candidate)
        label = m.term("subgroup", group) if group else None
        if only and group:
            summary = m.gettext("No poll of {race} naming {name} with figures for {group} is recorded, so there is "
                                "nothing to draw.").format(race=name, name=who, group=label)
        elif only:
            summary = m.gettext("No poll of {race} naming {name} is recorded, so there is nothing to draw.").format(
                race=name, name=who)
        elif group:
            summary = m.gettext("No poll of {race} with figures for {group} is recorded, so there is nothing to "
                                "draw.").format(race=name, group=label)
        else:
            summary = m.gettext("No poll of {race} is recorded, so there is nothing to draw.").format(race=name)
        return Answer("chart", status="no_data", title=m.gettext("Poll chart: {race}").format(race=name),
                      summary=summary,
                      race_slug=race.slug, language=m.language)
    averages = {} if group else _running_averages(polls)
    best: dict[int, float] = {}
    for poll in polls:
        for cid, pct in shares[poll.id].items():
            best[cid] = max(best.get(cid, 0.0), pct)
    chosen = [only] if only is not None else sorted(best, key=lambda cid: -best[cid])[:MAX_CANDIDATES]
    colours = assign_colours([names.get(cid, "?") for cid in chosen])
    series = []
    for cid in chosen:
        name = names.get(cid, "?")
        points = tuple((p.as_of, shares[p.id][cid]) for p in polls if cid in shares[p.id])
        average = tuple((day, values.get(cid)) for day, values in averages.items())
        series.append(ChartSeries(name, colours[name], points, average))
    sources = tuple(dict.fromkeys(source_ref(p.source) for p in reversed(polls)))
    title = m.gettext("Polls: {race}").format(race=race_name(race, m))
    if group:
        title = f"{title} — {m.term('subgroup', group)}"
    return PollChart(title, race.slug, tuple(series), min(p.as_of for p in polls), max(p.as_of for p in polls),
                     len(polls), tuple(dict.fromkeys(p.pollster for p in polls)), sources, group, m.language)


def assign_colours(names: Sequence[str]) -> dict[str, str]:
    """A colour per name from a hash of the name; on a clash within one chart the next free colour."""
    taken: set[str] = set()
    colours: dict[str, str] = {}
    for name in names:
        start = zlib.crc32(name.casefold().encode()) % len(PALETTE)
        for step in range(len(PALETTE)):
            colour = PALETTE[(start + step) % len(PALETTE)]
            if colour not in taken or step == len(PALETTE) - 1:
                break
        taken.add(colour)
        colours[name] = colour
    return colours


def render_png(chart: PollChart) -> bytes:
    """The chart as PNG bytes. CPU-bound: call it in a worker thread (asyncio.to_thread)."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure  # the object API: no pyplot state, safe off the main thread

    figure = Figure(figsize=(PIXELS[0] / DPI, PIXELS[1] / DPI), dpi=DPI, layout="constrained")
    axes = figure.add_subplot()
    for series in chart.series:
        xs, ys = zip(*series.points, strict=True)
        axes.scatter(xs, ys, color=series.colour, s=28, alpha=0.75, zorder=3)
        line = [(day, value) for day, value in series.average]
        if any(value is not None for _, value in line):
            days = [day for day, _ in line]
            values = [float("nan") if value is None else value for _, value in line]
            axes.plot(days, values, color=series.colour, linewidth=2.2, label=series.candidate, zorder=2)
        else:
            axes.plot([], [], color=series.colour, marker="o", linestyle="", label=series.candidate)
    locator = AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.set_ylabel(messages(chart.language).gettext("Share (%)"))
    axes.set_ylim(bottom=0)
    axes.grid(True, alpha=0.3)
    axes.set_title(chart.title, loc="left")
    axes.legend(loc="upper left", fontsize="small", frameon=False)
    figure.supxlabel(_wrap(chart.caption, 150), fontsize="x-small", color="#444444")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _shares(poll: Poll, group: str | None) -> dict[int, float]:
    """The poll's shares by candidate: the main question's, or the subgroup's when one is asked."""
    if group is None:
        return {r.candidate_id: r.pct for r in topline(poll) if r.pct is not None}
    return {r.candidate_id: r.pct for r in poll.results
            if r.pct is not None and r.subgroup.casefold() == group.casefold()}


def _running_averages(polls: Sequence[Poll]) -> dict[dt.date, dict[int, float]]:
    """The polling average as it stood on each poll date (the same rules as the average answer)."""
    averages: dict[dt.date, dict[int, float]] = {}
    ordered = sorted(polls, key=lambda p: (p.as_of, p.id))
    for day in sorted({p.as_of for p in ordered}):
        result = poll_average([p for p in ordered if p.as_of <= day])
        averages[day] = dict(result.shares) if result else {}
    return averages


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
