"""Facts asked for by name (issue 21, point 5), in English and Spanish: who came in a place, by how much, the votes
cast, how many ran and who withdrew, a poll's sample, dates, sponsor and method, endorsements by a kind of endorser,
a candidate's own result in a stage, and "runoff" meaning the general election of a top-two race.

Every expected value is read from the LA bundles (question_data.la_race) or the real 538 files, never typed here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from functools import cache

import pytest
import yaml

from bot.engine.answers import Answer
from bot.engine.engine import AskContext
from tests.engine.asking import sync_asker
from tests.engine.question_data import FIVETHIRTYEIGHT, LA_BUNDLES, fold, la_race

ORDINAL_WORDS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
SPANISH_ORDINALS = {2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto"}


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("facts"))


@pytest.fixture(scope="module")
def ask_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("facts_files"), [FIVETHIRTYEIGHT / "senate_polls.csv"])


def said(answer: Answer) -> str:
    return fold(" ".join([answer.title, answer.summary, *(f.text for f in answer.facts)]))


def number(value: int) -> list[str]:
    return [f"{value:,}", f"{value:,}".replace(",", ".")]


def ranked(stage: str) -> list:
    return sorted(la_race().results[stage], key=lambda r: -(r.votes or 0))


@pytest.mark.parametrize("place", [2, 3, 4, 5])
def test_who_came_in_a_place_in_the_primary(ask: Callable[[str], Answer], place: int) -> None:
    expected = ranked("primary")[place - 1].candidate
    for question in (f"who came in {ORDINAL_WORDS[place]} in the la primary",
                     f"quien quedo {SPANISH_ORDINALS[place]} en la primaria de los angeles"):
        answer = ask(question)
        assert answer.status == "ok" and fold(expected) in fold(answer.summary), (question, answer.summary)


def test_who_came_last_is_the_fewest_votes(ask: Callable[[str], Answer]) -> None:
    expected = ranked("primary")[-1]
    answer = ask("who finished dead last in the mayor primary")
    assert fold(expected.candidate) in fold(answer.summary)
    assert any(n in answer.summary for n in number(expected.votes))


def test_how_much_the_general_was_won_by(ask: Callable[[str], Answer]) -> None:
    first, second = ranked("general")[:2]
    for question in ("by how many votes did bass beat caruso", "by how much did bass win",
                     "por cuantos votos le gano bass a caruso"):
        answer = ask(question)
        assert fold(first.candidate) in fold(answer.summary) and fold(second.candidate) in fold(answer.summary)
        assert any(n in answer.summary for n in number(first.votes - second.votes)), (question, answer.summary)


def stated_turnout() -> dict:
    """The general election's turnout as the public bundle's source states it."""
    results = [r for path in LA_BUNDLES for r in yaml.safe_load(path.read_text("utf-8"))["races"][0].get("results", [])]
    return next(r["turnout"] for r in results if r["stage"] == "general" and "turnout" in r)


def test_votes_cast_and_turnout(ask: Callable[[str], Answer]) -> None:
    total = sum(r.votes for r in la_race().results["general"])
    for question in ("how many votes were cast in the la mayor general", "total votes in the la mayor race",
                     "what was the turnout in the la mayor race", "cuantos votos hubo en la general de los angeles"):
        answer = ask(question)
        assert any(n in answer.summary for n in number(total)), (question, answer.summary)
    turnout = stated_turnout()
    for question in ("what was turnout in la", "what percent of registered voters turned out for la mayor",
                     "how many registered voters does la have", "cual fue la participacion en los angeles",
                     "cuantos votantes registrados hay en los angeles"):
        answer = ask(question)
        said = answer.summary.replace(",", "").replace(".", "")
        assert f"{turnout['pct']:.2f}".replace(".", "") in said and str(turnout["registered"]) in said, \
            (question, answer.summary)
        assert answer.facts[0].source is not None


def test_how_many_ran_and_who_withdrew(ask: Callable[[str], Answer]) -> None:
    race = la_race()
    withdrew = [c.name for c in race.candidates if c.status == "withdrawn"]
    answer = ask("how many candidates were on the ballot in la")
    assert str(len(race.candidates)) in answer.summary
    for question in ("who dropped out of the la mayor race", "ppl who left the la mayor race",
                     "quien se retiro de la eleccion de los angeles"):
        answer = ask(question)
        assert all(fold(name) in fold(answer.summary) for name in withdrew), (question, answer.summary)
    for name in withdrew:
        assert ask(f"did {name} drop out").summary.startswith("Yes")
    stayed = next(c.name for c in race.candidates if c.status != "withdrawn")
    assert ask(f"did {stayed} drop out").summary.startswith("No")


def test_a_polls_sponsor_and_sample(ask: Callable[[str], Answer]) -> None:
    newest = max(la_race().polls, key=lambda p: p.as_of)
    answer = ask("who paid for the latest poll of the la mayor race")
    if newest.sponsors:
        assert all(fold(s) in fold(answer.summary) for s in newest.sponsors), answer.summary
    answer = ask("sample size of the latest la mayor poll")
    assert answer.status == "ok" and fold(newest.pollster) in fold(answer.summary)


def test_endorsements_by_a_kind_of_endorser(ask: Callable[[str], Answer]) -> None:
    race = la_race()
    for kind, word, spanish in (("newspaper", "newspapers", "periodicos"), ("union", "unions", "sindicatos"),
                                ("celebrity", "celebrities", "famosos")):
        endorsers = race.endorsers_of("Karen Bass", kind)
        for question in (f"which {word} endorsed karen bass", f"que {spanish} apoyan a karen bass"):
            answer = ask(question)
            facts = fold(" ".join(f.text for f in answer.facts))
            assert all(fold(e) in facts for e in endorsers), (question, answer.summary)
            others = [e for e in race.endorsers_of("Karen Bass") if e not in endorsers]
            assert not any(fold(e) in facts.split(" (")[0] for e in others if len(e) > 8), question


def test_a_candidates_own_result_in_a_stage(ask: Callable[[str], Answer]) -> None:
    for result in ranked("primary")[:3]:
        answer = ask(f"{result.candidate} primary numbers")
        assert any(n in answer.summary for n in number(result.votes)), answer.summary


def test_runoff_in_a_top_two_race_is_its_general_election(ask: Callable[[str], Answer]) -> None:
    winner = ranked("general")[0]
    for question in ("who won the runoff for la mayor", "quien gano la segunda vuelta de la alcaldia"):
        answer = ask(question)
        assert answer.status == "ok" and fold(winner.candidate) in fold(answer.summary), (question, answer.summary)


@cache
def a_senate_poll_with_a_sample() -> dict[str, str]:
    """A poll of the senate file with a sample size, a sponsor and a method, the newest of its race."""
    with (FIVETHIRTYEIGHT / "senate_polls.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    races: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in rows:
        races.setdefault((row["cycle"], row["state"], row["seat_name"]), []).append(row)
    for (cycle, state, _seat), polls in sorted(races.items(), reverse=True):
        if cycle == "2020" and state == "Georgia":
            continue  # two races that year: the regular and the special
        pollsters = {p["pollster"] for p in polls}
        for pollster in sorted(pollsters):
            mine = [p for p in polls if p["pollster"] == pollster]
            if len(pollsters) > 3 and all(p["sample_size"] and p["sponsors"] and p["methodology"] for p in mine):
                return mine[-1] | {"_state": state}
    raise AssertionError("no such poll in the file")


def test_a_real_polls_sample_sponsor_and_method(ask_files: Callable[[str], Answer]) -> None:
    poll = a_senate_poll_with_a_sample()
    where = f"the {poll['cycle']} {poll['_state']} senate race"
    answer = ask_files(f"sample size of the latest {poll['pollster']} poll in {where}")
    assert answer.status == "ok", answer.summary
    sponsor = ask_files(f"who paid for the latest {poll['pollster']} poll in {where}")
    method = ask_files(f"how was the latest {poll['pollster']} poll in {where} conducted")
    assert sponsor.status == "ok" and method.status == "ok"
    dates = ask_files(f"dates of the last {poll['pollster']} poll in {where}")
    month, day, _year = (int(x) for x in poll["end_date"].split("/"))
    assert dates.status == "ok" and f"{day:02d}" in dates.summary and dates.extra.get("poll_id"), dates.summary


def test_spanish_facts_are_written_in_spanish(ask: Callable[[str], Answer]) -> None:
    answer = ask("quien quedo tercero en la primaria de los angeles")
    assert answer.language == "es" and "quedó" in answer.summary


def test_the_context_language_writes_the_fact(tmp_path_factory: pytest.TempPathFactory) -> None:
    import asyncio

    from bot.db.database import Database
    from bot.engine.engine import QuestionEngine
    from bot.importers.bundled import load_bundled_races

    async def run() -> Answer:
        db = Database(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('lang') / 'q.sqlite3'}")
        await db.open(load_bundled=load_bundled_races)
        try:
            return await QuestionEngine(db).ask("who came third in the la primary", AskContext(language="es"))
        finally:
            await db.close()

    assert asyncio.run(run()).language == "es"


def test_the_last_poll_is_the_latest_not_a_place(ask: Callable[[str], Answer]) -> None:
    for question in ("what was the last la mayor poll", "what did the last poll of the la race say"):
        answer = ask(question)
        assert answer.intent == "latest_poll" and answer.status == "ok", (question, answer.summary)


def test_who_came_second_to_last_is_the_place_before_the_last(ask: Callable[[str], Answer]) -> None:
    expected = ranked("primary")[-2]
    for question in ("who came second to last in the la primary", "who finished next to last in the la mayor primary",
                     "alcalde de LA, quien quedo penultimo en la primaria"):
        answer = ask(question)
        assert answer.status == "ok" and fold(expected.candidate) in fold(answer.summary), (question, answer.summary)
        assert any(n in answer.summary for n in number(expected.votes)), (question, answer.summary)


def test_endorsements_by_a_kind_of_endorser_after_among(ask: Callable[[str], Answer]) -> None:
    newspapers = la_race().endorsers_of("Karen Bass", "newspaper")
    answer = ask("who endorsed bass among newspapers")
    facts = fold(" ".join(f.text for f in answer.facts))
    assert newspapers and all(fold(e) in facts for e in newspapers), answer.summary
    assert len(answer.facts) == len(newspapers)


def test_when_an_endorser_endorsed_the_candidate_named(ask: Callable[[str], Answer]) -> None:
    """The date of an endorsement, as the bundles give it, written as each language writes dates."""
    import datetime as dt

    from bot.i18n import messages
    checked = 0
    for path in LA_BUNDLES:
        race = yaml.safe_load(path.read_text("utf-8"))["races"][0]
        for e in race.get("endorsements", []):
            if not e.get("date") or e["endorser"] not in ("Elon Musk", "Barack Obama"):
                continue
            when = e["date"] if isinstance(e["date"], dt.date) else dt.date.fromisoformat(str(e["date"]))
            surname = e["candidate"].split()[-1].lower()
            endorser = e["endorser"].split()[-1].lower()
            for question, language in ((f"when did {endorser} endorse {surname}", "en"),
                                       (f"¿en qué fecha respaldó {endorser} a {surname}?", "es")):
                answer = ask(question)
                said = messages(language).date(when)
                assert answer.status == "ok" and said in answer.summary, (question, said, answer.summary)
                checked += 1
    assert checked >= 4


def test_a_candidates_highest_and_lowest_share_in_the_polls(ask: Callable[[str], Answer]) -> None:
    """The highest and lowest share any poll of the race gave a candidate, read from the bundles' polls."""
    race = la_race()
    for name in ("Rick Caruso", "Kevin de León"):
        shares = [p.results[name] for p in race.polls if name in p.results and not p.has_questions]
        surname = fold(name).split()[-1] if name == "Rick Caruso" else "de leon"
        for question, expected in ((f"best poll number {surname} ever got", max(shares)),
                                   (f"{surname}'s worst poll", min(shares)),
                                   (f"cual fue el mejor numero de {surname} en las encuestas", max(shares))):
            answer = ask(question)
            assert answer.status == "ok" and f"{expected:g}" in answer.summary, (question, expected, answer.summary)
