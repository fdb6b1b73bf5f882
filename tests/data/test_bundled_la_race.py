"""The bundled 2022 Los Angeles mayoral race: every figure sourced, plausible and consistent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.db.database import Database
from bot.engine.engine import QuestionEngine
from bot.importers.bundle_schema import BundleSpec
from bot.importers.bundled import bundled_files

RACES = Path(__file__).resolve().parents[2] / "data" / "races"
CAMPAIGN = (dt.date(2021, 1, 1), dt.date(2022, 12, 31))


def bundles() -> list[BundleSpec]:
    return [BundleSpec.model_validate(yaml.safe_load(p.read_text(encoding="utf-8")))
            for p in sorted(RACES.glob("la-mayor-2022*.yaml"))]


def test_every_bundled_file_is_valid() -> None:
    assert [p.name for p in bundled_files()] == ["la-mayor-2022-public.yaml", "la-mayor-2022.yaml"]
    assert len(bundles()) == 2


def test_poll_shares_are_percentages_that_sum_to_at_most_100_per_question() -> None:
    for bundle in bundles():
        for poll in bundle.races[0].polls:
            for question in poll.questions:
                shares = [v for v in question.results.values() if v is not None]
                assert all(0 <= v <= 100 for v in shares), poll.id
                assert sum(shares) <= 100, poll.id
                for group in question.subgroups:
                    figures = [v for v in group.results.values() if v is not None]
                    assert sum(figures) <= 100, (poll.id, group.name)


def test_every_date_is_within_the_campaign() -> None:
    for bundle in bundles():
        race = bundle.races[0]
        dates = [s.date for s in race.stages]
        dates += [d for p in race.polls for d in (p.start_date, p.end_date, p.reported) if d]
        dates += [e.date for e in race.endorsements if e.date]
        dates += [s.published for s in bundle.sources if s.published]
        assert dates and all(CAMPAIGN[0] <= d <= CAMPAIGN[1] for d in dates)


def test_every_poll_endorsement_and_result_has_a_source_url() -> None:
    for bundle in bundles():
        urls = {s.id: str(s.url) for s in bundle.sources}
        race = bundle.races[0]
        for item in [*race.polls, *race.endorsements, *race.results]:
            assert urls[item.source].startswith("https://")


def test_every_named_candidate_exists() -> None:
    for bundle in bundles():
        race = bundle.races[0]
        names = {c.name for c in race.candidates}
        named = {n for p in race.polls for q in p.questions for n in q.results}
        named |= {e.candidate for e in race.endorsements}
        named |= {r.candidate for result in race.results for r in result.results}
        assert named <= names


def test_the_seed_article_facts_are_kept_with_the_article_as_source() -> None:
    seed = next(b for b in bundles() if b.sources[0].id == "cbsla-2022-06-06")
    (poll,) = seed.races[0].polls
    assert poll.questions[0].results == {"Karen Bass": 38, "Rick Caruso": 32}
    assert {e.endorser for e in seed.races[0].endorsements} == {
        "Elon Musk", "Snoop Dogg", "Kim Kardashian", "Katy Perry",
        "Steven Spielberg", "Kate Capshaw", "Jennifer Garner", "J.J. Abrams"}


async def test_polls_are_listed_oldest_first_with_sources(db: Database) -> None:
    answer = await QuestionEngine(db).polls_answer("la-mayor-2022")
    dated = [f.when for f in answer.facts if not f.text.startswith("  ")]
    assert len(dated) >= 10 and dated == sorted(dated)
    assert all(f.source is not None for f in answer.facts)


@pytest.mark.parametrize(("question", "expected"), [
    ("who won the LA mayor race", "Karen Bass won the general election with 54.82%"),
    ("who made the runoff", "Karen Bass (43.11%) and Rick Caruso (35.99%) advanced"),
])
async def test_results_from_the_bundled_data(db: Database, question: str, expected: str) -> None:
    answer = await QuestionEngine(db).ask(question)
    assert expected in answer.summary
    assert all(f.source is not None for f in answer.facts)


async def test_kevin_de_leons_endorsements_have_sources(db: Database) -> None:
    answer = await QuestionEngine(db).endorsements_answer("kevin de leon")
    assert answer.status == "ok" and answer.facts
    assert all(f.source is not None and f.source.url.startswith("https://") for f in answer.facts)
