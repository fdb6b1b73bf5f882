"""Every generation of 538's poll columns: the published files as they are, and fixtures for what they lack."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import Candidate, Poll, PollResult, Race
from bot.engine.engine import QuestionEngine
from bot.importers import import_file

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fivethirtyeight"
REAL_FILES = ["governor_polls.csv", "house_polls.csv", "president_polls_2024-03.csv", "senate_polls.csv"]

# The files live in shared/ beside the repository; a checkout without them skips, except in CI, where it fails.
needs_real_files = pytest.mark.skipif(not DATA_DIR.is_dir() and os.environ.get("CI") != "true",
                                      reason=f"the published 538 files are not in {DATA_DIR}")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@needs_real_files
@pytest.mark.parametrize("name", REAL_FILES)
async def test_each_published_file_imports_every_row(empty_db: Database, name: str) -> None:
    rows = _rows(name)
    summary = await import_file(empty_db, str(DATA_DIR / name))
    assert summary.counts["poll results"].added == len(rows)
    # A poll is one stage of one race: Georgia's 2020 polls asked about the jungle primary and the runoff at once.
    stages = {(r["cycle"], r["state"], r["office_type"], r["seat_name"], r["poll_id"], r["stage"]) for r in rows}
    assert summary.counts["polls"].added == len(stages)
    expected_repairs = [1630, 1631] if name == "senate_polls.csv" else []
    assert [r.line for r in summary.repairs] == expected_repairs
    assert all(r.column == "url" for r in summary.repairs)
    again = await import_file(empty_db, str(DATA_DIR / name))
    assert not again.changed


@needs_real_files
async def test_the_2024_file_has_national_races_and_its_parties(empty_db: Database) -> None:
    rows = _rows("president_polls_2024-03.csv")
    await import_file(empty_db, str(DATA_DIR / "president_polls_2024-03.csv"))
    national = [r for r in rows if not r["state"]]
    async with empty_db.session() as session:
        race = await session.scalar(select(Race).where(Race.slug == "us-u-s-president-2024"))
        assert race is not None and race.state is None and race.jurisdiction == "United States"
        polls = await session.scalar(select(func.count()).select_from(Poll).where(Poll.race_id == race.id))
        assert polls == len({r["poll_id"] for r in national})
        biden = await session.scalar(select(Candidate).where(Candidate.name == "Joe Biden"))
        assert biden is not None and biden.party == "DEM"  # the `party` column of the newer files


@needs_real_files
async def test_the_2018_to_2020_files_read_candidate_party(empty_db: Database) -> None:
    await import_file(empty_db, str(DATA_DIR / "governor_polls.csv"))
    async with empty_db.session() as session:
        parties = set(await session.scalars(select(Candidate.party)))
    assert {"DEM", "REP"} <= parties


# The generations the published files lack, written as 538 publishes them: later 2024 files (numeric_grade,
# pollscore, hypothetical, ranked_choice_round as numbers, booleans as TRUE/false) and 2022's subpopulation.
LATE_2024 = (
    "poll_id,pollster,numeric_grade,pollscore,methodology,state,start_date,end_date,question_id,sample_size,"
    "population,subpopulation,tracking,notes,url,internal,cycle,office_type,seat_name,election_date,stage,"
    "ranked_choice_reallocated,ranked_choice_round,hypothetical,party,answer,candidate_name,pct\n"
    # A poll of the real match-up, and a hypothetical one naming more candidates.
    "800,Pollster A,2.8,-1.1,Online Panel,,7/8/24,7/10/24,801,1200,lv,,FALSE,,https://a.example/800,false,2024,"
    "U.S. President,,11/5/24,general,false,,false,DEM,Biden,Joe Biden,44\n"
    "800,Pollster A,2.8,-1.1,Online Panel,,7/8/24,7/10/24,801,1200,lv,,FALSE,,https://a.example/800,false,2024,"
    "U.S. President,,11/5/24,general,false,,false,REP,Trump,Donald Trump,46\n"
    "800,Pollster A,2.8,-1.1,Online Panel,,7/8/24,7/10/24,802,1200,lv,,FALSE,,https://a.example/800,false,2024,"
    "U.S. President,,11/5/24,general,false,,TRUE,DEM,Harris,Kamala Harris,42\n"
    "800,Pollster A,2.8,-1.1,Online Panel,,7/8/24,7/10/24,802,1200,lv,,FALSE,,https://a.example/800,false,2024,"
    "U.S. President,,11/5/24,general,false,,TRUE,REP,Trump,Donald Trump,45\n"
    "800,Pollster A,2.8,-1.1,Online Panel,,7/8/24,7/10/24,802,1200,lv,,FALSE,,https://a.example/800,false,2024,"
    "U.S. President,,11/5/24,general,false,,TRUE,IND,Kennedy,Robert F. Kennedy,8\n"
    # A newer poll of nothing but a hypothetical match-up: never the latest poll, never in the average.
    "900,Pollster B,1.9,0.2,Live Phone,,7/18/24,7/20/24,901,800,rv,,,,https://b.example/900,TRUE,2024,"
    "U.S. President,,11/5/24,general,false,,TRUE,DEM,Harris,Kamala Harris,49\n"
    "900,Pollster B,1.9,0.2,Live Phone,,7/18/24,7/20/24,901,800,rv,,,,https://b.example/900,TRUE,2024,"
    "U.S. President,,11/5/24,general,false,,TRUE,REP,Trump,Donald Trump,44\n"
    # Maine's ranked-choice Senate race: two rounds of one question; the final round is the main one.
    "700,Pollster C,3.0,-1.5,Live Phone,Maine,9/1/24,9/5/24,701,600,lv,,,,https://c.example/700,false,2024,"
    "U.S. Senate,,11/5/24,general,TRUE,1,false,IND,King,Angus King,45\n"
    "700,Pollster C,3.0,-1.5,Live Phone,Maine,9/1/24,9/5/24,701,600,lv,,,,https://c.example/700,false,2024,"
    "U.S. Senate,,11/5/24,general,TRUE,1,false,REP,Kouzounas,Demi Kouzounas,35\n"
    "700,Pollster C,3.0,-1.5,Live Phone,Maine,9/1/24,9/5/24,701,600,lv,,,,https://c.example/700,false,2024,"
    "U.S. Senate,,11/5/24,general,TRUE,1,false,DEM,Costello,David Costello,15\n"
    "700,Pollster C,3.0,-1.5,Live Phone,Maine,9/1/24,9/5/24,701,600,lv,,,,https://c.example/700,false,2024,"
    "U.S. Senate,,11/5/24,general,TRUE,2,false,IND,King,Angus King,56\n"
    "700,Pollster C,3.0,-1.5,Live Phone,Maine,9/1/24,9/5/24,701,600,lv,,,,https://c.example/700,false,2024,"
    "U.S. Senate,,11/5/24,general,TRUE,2,false,REP,Kouzounas,Demi Kouzounas,41\n"
)

SUBPOPULATION_2022 = (
    "poll_id,question_id,cycle,state,pollster,fte_grade,sample_size,population,subpopulation,office_type,"
    "seat_name,start_date,end_date,election_date,stage,internal,partisan,tracking,url,candidate_name,"
    "candidate_party,pct\n"
    "600,601,2022,Arizona,Pollster D,B,900,lv,,U.S. Senate,Class III,10/1/22,10/4/22,11/8/22,general,false,,,"
    "https://d.example/600,Mark Kelly,DEM,48\n"
    "600,601,2022,Arizona,Pollster D,B,900,lv,,U.S. Senate,Class III,10/1/22,10/4/22,11/8/22,general,false,,,"
    "https://d.example/600,Blake Masters,REP,44\n"
    "600,601,2022,Arizona,Pollster D,B,900,lv,Hispanic,U.S. Senate,Class III,10/1/22,10/4/22,11/8/22,general,"
    "false,,,https://d.example/600,Mark Kelly,DEM,58\n"
    "600,601,2022,Arizona,Pollster D,B,900,lv,Hispanic,U.S. Senate,Class III,10/1/22,10/4/22,11/8/22,general,"
    "false,,,https://d.example/600,Blake Masters,REP,36\n"
)


async def _import_text(db: Database, tmp_path: Path, text: str) -> None:
    path = tmp_path / "polls.csv"
    path.write_text(text, encoding="utf-8")
    summary = await import_file(db, str(path))
    assert not summary.repairs


async def test_ranked_choice_rounds_are_labelled_questions_of_one_poll(empty_db: Database, tmp_path: Path) -> None:
    await _import_text(empty_db, tmp_path, LATE_2024)
    async with empty_db.session() as session:
        rows = (await session.execute(
            select(PollResult.question, PollResult.ranked_round, func.count())
            .join(Poll).where(Poll.key == "538:700").group_by(PollResult.question, PollResult.ranked_round)
            .order_by(PollResult.question))).all()
    assert [tuple(r) for r in rows] == [("701 round 1", 1, 3), ("701 round 2", 2, 2)]


async def test_the_final_round_is_the_main_question(empty_db: Database, tmp_path: Path) -> None:
    await _import_text(empty_db, tmp_path, LATE_2024)
    engine = QuestionEngine(empty_db)
    latest = await engine.polls_answer("me-u-s-senate-2024", "latest")
    assert latest.status == "ok", latest.summary
    assert "Angus King 56%, Demi Kouzounas 41%" in latest.facts[0].text
    assert "Costello" not in latest.facts[0].text
    average = await engine.polls_answer("me-u-s-senate-2024", "average")
    assert [round(share) for _, share in average.extra["shares"]] == [56, 41]


async def test_a_hypothetical_match_up_is_never_the_main_question(empty_db: Database, tmp_path: Path) -> None:
    await _import_text(empty_db, tmp_path, LATE_2024)
    async with empty_db.session() as session:
        flagged = set(await session.scalars(select(PollResult.question).where(PollResult.hypothetical)))
        race = await session.scalar(select(Race).where(Race.state.is_(None)))
    assert flagged == {"802", "901"}
    assert race is not None
    engine = QuestionEngine(empty_db)
    latest = await engine.polls_answer(race.slug, "latest")
    assert latest.extra["poll_id"] is not None
    assert "Pollster A" in latest.facts[0].text  # the newer poll by Pollster B is only a hypothetical match-up
    assert "Donald Trump 46%, Joe Biden 44%" in latest.facts[0].text and "Harris" not in latest.facts[0].text
    average = await engine.polls_answer(race.slug, "average")
    names = {name for name in ("Joe Biden", "Donald Trump", "Kamala Harris", "Robert F. Kennedy")
             if name in " ".join(f.text for f in average.facts)}
    assert names == {"Joe Biden", "Donald Trump"}
    assert len(average.extra["shares"]) == 2


async def test_subpopulation_rows_are_subgroups_of_the_poll(empty_db: Database, tmp_path: Path) -> None:
    await _import_text(empty_db, tmp_path, SUBPOPULATION_2022)
    async with empty_db.session() as session:
        rows = set((await session.execute(select(PollResult.subgroup, PollResult.pct))).all())
        polls = await session.scalar(select(func.count()).select_from(Poll))
    assert polls == 1
    assert rows == {("", 48.0), ("", 44.0), ("Hispanic", 58.0), ("Hispanic", 36.0)}
    engine = QuestionEngine(empty_db)
    latest = await engine.polls_answer("az-u-s-senate-class-iii-2022", "latest")
    assert "Mark Kelly 48%, Blake Masters 44%" in latest.facts[0].text
    assert any("Hispanic: Mark Kelly 58%, Blake Masters 36%" in f.text for f in latest.facts)


async def test_a_poll_of_two_stages_is_a_poll_of_each(empty_db: Database, tmp_path: Path) -> None:
    header = "poll_id,question_id,cycle,state,pollster,office_type,seat_name,end_date,election_date,stage,"\
             "candidate_name,candidate_party,pct\n"
    rows = ("1,11,2020,Georgia,P,U.S. Senate,Class III,10/1/20,11/3/20,jungle primary,Raphael Warnock,DEM,31\n"
            "1,11,2020,Georgia,P,U.S. Senate,Class III,10/1/20,11/3/20,jungle primary,Kelly Loeffler,REP,23\n"
            "1,11,2020,Georgia,P,U.S. Senate,Class III,10/1/20,11/3/20,jungle primary,Doug Collins,REP,21\n"
            "1,12,2020,Georgia,P,U.S. Senate,Class III,10/1/20,1/5/21,runoff,Raphael Warnock,DEM,48\n"
            "1,12,2020,Georgia,P,U.S. Senate,Class III,10/1/20,1/5/21,runoff,Kelly Loeffler,REP,45\n")
    await _import_text(empty_db, tmp_path, header + rows)
    async with empty_db.session() as session:
        polls = {key: stage for key, stage in await session.execute(select(Poll.key, Poll.stage))}
    assert polls == {"538:1": "jungle primary", "538:1:runoff": "runoff"}
    latest = await QuestionEngine(empty_db).polls_answer("ga-u-s-senate-class-iii-2020", "latest")
    assert "Raphael Warnock 48%, Kelly Loeffler 45%" in latest.facts[0].text
