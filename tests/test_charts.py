"""Poll charts: the data gathered from the polls, and a PNG that decodes."""

from __future__ import annotations

import io

from matplotlib import image

from bot.charts import PALETTE, PollChart, assign_colours, poll_chart, render_png
from bot.engine.answers import Answer
from bot.engine.engine import QuestionEngine


async def test_chart_of_the_bundled_race_has_every_poll_and_a_running_average(engine: QuestionEngine) -> None:
    chart = await poll_chart(engine, "la-mayor-2022")
    assert isinstance(chart, PollChart)
    assert chart.poll_count == 12 and f"{chart.first:%Y-%m-%d}" == "2021-08-05"
    bass = next(s for s in chart.series if s.candidate == "Karen Bass")
    assert bass.points[-1][1] == 45.0  # the November IGS poll
    assert [day for day, _ in bass.average] == sorted({day for s in chart.series for day, _ in s.points})
    assert all(value is None or 0 <= value <= 100 for _, value in bass.average)
    assert "12 polls, Aug 05, 2021 – Nov 03, 2022" in chart.caption
    assert len(chart.sources) == 11


async def test_chart_of_one_candidate_and_of_a_subgroup(engine: QuestionEngine) -> None:
    only = await poll_chart(engine, "la mayor", candidate="caruzo")
    assert isinstance(only, PollChart) and [s.candidate for s in only.series] == ["Rick Caruso"]
    group = await poll_chart(engine, "la-mayor-2022", subgroup="black voters")
    assert isinstance(group, PollChart) and group.subgroup == "Black voters"
    assert {s.candidate for s in group.series} == {"Karen Bass", "Rick Caruso"}
    assert all(value is None for s in group.series for _, value in s.average)  # no average of a subgroup
    assert "no figures" not in group.caption and group.caption.startswith("Black voters: 2 polls")


async def test_unknown_names_answer_instead_of_drawing(engine: QuestionEngine) -> None:
    for kwargs in ({"race_text": "narnia-2022"}, {"race_text": "la-mayor-2022", "candidate": "karen smith"},
                   {"race_text": "la-mayor-2022", "subgroup": "martians"}):
        answer = await poll_chart(engine, **kwargs)
        assert isinstance(answer, Answer) and answer.status == "not_found", kwargs


async def test_png_decodes_as_an_image(engine: QuestionEngine) -> None:
    chart = await poll_chart(engine, "la-mayor-2022")
    assert isinstance(chart, PollChart)
    png = render_png(chart)
    pixels = image.imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (560, 1000)


def test_a_candidate_keeps_their_colour_whoever_else_is_on_the_chart() -> None:
    alone = assign_colours(["Karen Bass"])
    crowded = assign_colours(["Rick Caruso", "Kevin de León", "Karen Bass"])
    assert alone["Karen Bass"] == crowded["Karen Bass"]
    assert crowded == assign_colours(["Karen Bass", "Kevin de León", "Rick Caruso"])  # order does not matter
    many = assign_colours([f"Candidate {n}" for n in range(len(PALETTE))])
    assert len(set(many.values())) == len(PALETTE)  # clashes move to a free colour
