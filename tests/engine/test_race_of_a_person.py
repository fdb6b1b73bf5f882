"""A person named alone, in several races that fit equally, is about the race they are polled in: a poll or two
that asked about them in another race does not make them its candidate ("thom tillis polls" is his 2020 Senate
race, not the governor's race one poll put him in). The cases are every such person of the real 538 files."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from bot.engine.thresholds import POLLED_IN_RATIO
from tests.engine.asking import sync_asker
from tests.engine.question_data import candidate_poll_files
from tests.engine.real_questions import race_slug

Race = tuple[str, str, str, str]  # cycle, state, office_type, seat_name


def people_polled_mostly_in_one_race() -> list[tuple[str, Race]]:
    """People of one state and cycle in two races or more, polled at least POLLED_IN_RATIO times as often in one."""
    polls: dict[str, dict[Race, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in candidate_poll_files():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("cycle") and row["state"]:
                    race = (row["cycle"], row["state"], row["office_type"], row["seat_name"])
                    polls[row["candidate_name"]][race].add(row["poll_id"])
    found = []
    for name, races in polls.items():
        by_cycle: dict[tuple[str, str], list[tuple[int, Race]]] = defaultdict(list)
        for race, ids in races.items():
            by_cycle[race[:2]].append((len(ids), race))
        for ranked in by_cycle.values():
            ranked.sort(reverse=True)
            if len(ranked) >= 2 and ranked[0][0] > 1 and ranked[0][0] >= POLLED_IN_RATIO * ranked[1][0]:
                found.append((name, ranked[0][1]))
    return found


CASES = people_polled_mostly_in_one_race()


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("race_of_a_person"), candidate_poll_files())


@pytest.mark.parametrize(("name", "race"), CASES)
def test_a_person_named_alone_is_about_the_race_they_are_polled_in(ask: Callable[[str], Answer], name: str,
                                                                   race: Race) -> None:
    answer = ask(f"{name} polls {race[0]}")
    expected = race_slug(race[1], race[2], race[3], race[0])
    assert answer.status == "ok" and answer.race_slug == expected, (answer.title, answer.summary)


def test_the_cases_come_from_the_files() -> None:
    assert len(CASES) >= 2
