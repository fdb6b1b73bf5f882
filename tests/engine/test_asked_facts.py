"""Facts asked of a poll or a stage, and places named, on the bundled LA race, with the expected answers read from
its bundles (tests/sealed/bundle.py): whom a poll asked, how many polls there are and when the newest was taken, a
stage named by its month, how many were on a stage's ballot, endorsements by a kind of endorser whatever the verb,
and a US city the data has no race of.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from bot.engine.answers.wording import POPULATIONS
from tests.engine.asking import sync_asker
from tests.sealed.bundle import la_race
from tests.sealed.expect import day_forms, number_forms


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("asked_facts"))


def text_of(answer: Answer) -> str:
    return " ".join([answer.title, answer.summary, *(f.text for f in answer.facts)]).lower()


def says_one_of(answer: Answer, forms: tuple[str, ...]) -> bool:
    """Whether the answer says one of the forms, thousands written any usual way ("417,375", "417.375")."""
    def bare(text: str) -> str:
        return text.lower().replace(",", "").replace(".", "").replace("\xa0", " ")
    return any(bare(form) in bare(text_of(answer)) for form in forms)


def test_whom_a_poll_asked(ask: Callable[[str], Answer]) -> None:
    race = la_race()
    pollster = next(p.pollster for p in race.polls if p.population)
    newest = max(race.polls_by(pollster), key=lambda p: p.as_of)
    answer = ask(f"was the newest {pollster.split()[-1].lower()} poll of the la mayor race likely or registered voters")
    assert answer.status == "ok", answer.summary
    assert POPULATIONS.get(newest.population or "", newest.population or "") in answer.summary, answer.summary


def test_how_many_polls_and_when_the_newest_was_taken(ask: Callable[[str], Answer]) -> None:
    race = la_race()
    count = ask("number of polls in the la mayor race")
    assert says_one_of(count, tuple(f"{n} polls" for n in number_forms(len(race.polls)))), count.summary
    newest = max(race.polls, key=lambda p: p.as_of)
    when = ask("date of the newest la mayor poll")
    assert when.status == "ok" and says_one_of(when, day_forms(newest.as_of)), when.summary


@pytest.mark.parametrize("question, stage", [
    ("caruso vote total in june", "primary"),
    ("caruso votes in november", "general"),
    ("votos de caruso en noviembre", "general"),
])
def test_a_month_next_to_votes_names_the_stage_held_then(ask: Callable[[str], Answer], question: str,
                                                         stage: str) -> None:
    row = la_race().result(stage, "Rick Caruso")
    answer = ask(question)
    assert answer.status == "ok" and says_one_of(answer, number_forms(row["votes"])), (question, answer.summary)


def test_how_many_were_on_a_stages_ballot(ask: Callable[[str], Answer]) -> None:
    on_ballot = len(la_race().results["primary"])
    answer = ask("how many names were on the june ballot for la mayor")
    assert says_one_of(answer, (f"{on_ballot} candidates were on the ballot",)), answer.summary


@pytest.mark.parametrize("question, kind", [
    ("any unions behind bass", "union"),
    ("what newspapers are with bass", "newspaper"),
    ("que sindicatos respaldan a bass", "union"),
])
def test_a_kind_of_endorser_asks_for_those_endorsements(ask: Callable[[str], Answer], question: str,
                                                        kind: str) -> None:
    expected = la_race().endorsers_of("Karen Bass", kind)
    others = set(la_race().endorsers_of("Karen Bass")) - set(expected)
    answer = ask(question)
    assert answer.intent == "endorsements_of" and expected, (question, answer.summary)
    assert any(name.lower() in text_of(answer) for name in expected), (question, answer.summary)
    assert not any(name.lower() in text_of(answer) for name in others), (question, answer.summary)


@pytest.mark.parametrize("question, city", [
    ("who leads the fresno mayor race", "fresno"),
    ("latest poll of the race for mayor of sacramento", "sacramento"),
    ("long beach city council candidates", "long beach"),
])
def test_a_city_with_no_race_in_the_data_is_reported_never_replaced(ask: Callable[[str], Answer], question: str,
                                                                    city: str) -> None:
    answer = ask(question)
    assert answer.status in ("not_found", "no_data") and city in text_of(answer), (question, answer.summary)
    assert answer.race_slug is None, (question, answer.summary)
