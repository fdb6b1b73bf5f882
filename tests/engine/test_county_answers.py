"""Questions about the counties of a county-level count, on both databases: how a person did in a county and who won
it (read from that county's rows alone), of one vote type, and how many counties a person won (every vote type of a
county summed); the figures are those the file was written with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers.results_import import import_results
from tests.factories import MedslContest, medsl_county_votes, write_medsl_county

TODAY = dt.date(2024, 12, 1)
COUNTIES = ["ALBANY", "CARBON", "LARAMIE"]
CONTESTS: list[MedslContest] = [
    (2024, "WY", "WYOMING", "US PRESIDENT", "000", [("TRUMP, DONALD J.", "REPUBLICAN"),
                                                   ("HARRIS, KAMALA D.", "DEMOCRAT")], COUNTIES),
    (2024, "WY", "WYOMING", "US HOUSE", "000", [("HAGEMAN, HARRIET M.", "REPUBLICAN"),
                                               ("GRADY, KYLE", "DEMOCRAT")], COUNTIES),
]


async def ask(db: Database, question: str) -> Answer:
    return await QuestionEngine(db, clock=lambda: TODAY).ask(question, AskContext(today=TODAY))


async def test_county_questions_are_answered_from_the_county_and_its_vote_types(empty_db: Database,
                                                                                tmp_path: Path) -> None:
    await import_results(empty_db, str(write_medsl_county(tmp_path / "wy.csv", CONTESTS)), create_races=True)
    trump_in_carbon, harris_in_carbon = medsl_county_votes(1, 0), medsl_county_votes(1, 1)
    answer = await ask(empty_db, "how did trump do in carbon county wyoming")
    assert answer.status == "ok" and "Carbon County" in answer.title and "presidential" in answer.title
    assert f"Donald J. Trump got {sum(trump_in_carbon.values())} votes in Carbon County" in answer.summary
    answer = await ask(empty_db, "who won carbon county wyoming for president")
    assert f"Kamala D. Harris won Carbon County with {sum(harris_in_carbon.values())} votes" in answer.summary
    answer = await ask(empty_db, "how many mail votes did trump get in carbon county wyoming")
    assert f"got {trump_in_carbon['MAIL']} mail votes in Carbon County" in answer.summary
    answer = await ask(empty_db, "how did hageman do in laramie county wyoming")
    assert f"got {sum(medsl_county_votes(2, 0).values())} votes in Laramie County" in answer.summary


async def test_counties_won_sum_each_countys_vote_types(empty_db: Database, tmp_path: Path) -> None:
    await import_results(empty_db, str(write_medsl_county(tmp_path / "wy.csv", CONTESTS)), create_races=True)
    answer = await ask(empty_db, "how many counties did harris win in wyoming")
    assert answer.status == "ok" and "Kamala D. Harris won 3 of 3 counties" in answer.summary, answer.summary
    answer = await ask(empty_db, "how many counties did trump win in wyoming")
    assert "Donald J. Trump won 0 of 3 counties" in answer.summary, answer.summary
