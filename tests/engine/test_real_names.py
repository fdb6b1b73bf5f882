"""A name typed near a candidate's is theirs only if it is a typo: a real surname is somebody else.

The cases come from the data and the Census lists, never from a hand-picked list: for candidates of the bundled LA
race and of the real 538 files, every real surname one letter from theirs (another person: "karen basso") and a
spelling nobody has one letter from theirs (a typo: "karen bas").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from rapidfuzz.distance import OSA

from bot.engine.answers import Answer
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.vocabulary import MONTHS
from bot.given_names import nickname_table
from tests.engine.asking import sync_asker
from tests.engine.question_data import candidate_poll_files, fivethirtyeight_names, fold

LA_CANDIDATES = ("Karen Bass", "Rick Caruso", "Joe Buscaino", "Mike Feuer")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("real_names"), candidate_poll_files())


def one_letter_off(word: str) -> set[str]:
    """Every word one letter from `word`: a letter dropped, added or changed (not the first letter)."""
    near = {word[:i] + word[i + 1:] for i in range(1, len(word))}
    near |= {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in LETTERS}
    near |= {word[:i] + c + word[i + 1:] for i in range(1, len(word)) for c in LETTERS}
    return {w for w in near if w != word and OSA.distance(w, word) == 1}


def near_surnames(name: str) -> tuple[list[str], list[str]]:
    """A name with its surname replaced by each real surname one letter off, and by each spelling nobody has (and
    no word of the language) one letter off."""
    words = fold(name).split()
    real, typos = [], []
    for near in sorted(one_letter_off(words[-1])):
        typed = " ".join([*words[:-1], near])
        if lexicon().is_real_surname(near):
            real.append(typed)
        elif not lexicon().is_real_name(near) and not lexicon().is_common(near):
            typos.append(typed)
    return real, typos


def people_of(answer: Answer) -> set[str]:
    return {e.name for e in answer.entities if e.kind == "candidate"}


def confident_about(answer: Answer, name: str) -> bool:
    return answer.status == "ok" and name in people_of(answer)


def file_candidates() -> list[str]:
    """Candidates of the 538 files with a given name and surname of four letters or more, and nobody else of that
    surname (so a typo of it can only be theirs)."""
    names = fivethirtyeight_names().candidates
    surnames = [fold(n).split()[-1] for n in names if len(fold(n).split()) >= 2]
    return [n for n in names if len(fold(n).split()) == 2 and len(fold(n).split()[-1]) >= 5
            and surnames.count(fold(n).split()[-1]) == 1]


def test_a_real_surname_one_letter_from_a_la_candidates_is_somebody_else(ask: Callable[[str], Answer]) -> None:
    asked = 0
    for name in LA_CANDIDATES:
        real, _ = near_surnames(name)
        for typed in real:
            asked += 1
            answer = ask(f"is {typed} running")
            assert not confident_about(answer, name), (typed, answer.summary)
            assert answer.status in ("not_found", "ambiguous"), (typed, answer.summary)
    assert asked >= 5


def test_a_spelling_nobody_has_one_letter_from_a_la_candidates_is_a_typo(ask: Callable[[str], Answer]) -> None:
    for name in LA_CANDIDATES:
        _, typos = near_surnames(name)
        for typed in typos[:6]:
            assert confident_about(ask(f"who is {typed}"), name), typed


def test_real_surnames_near_candidates_of_the_files_name_nobody_known(ask: Callable[[str], Answer]) -> None:
    wrong, asked = [], 0
    for name in file_candidates()[::7]:
        real, typos = near_surnames(name)
        for typed in real[:2]:
            asked += 1
            answer = ask(f"how is {typed} doing")
            if confident_about(answer, name):
                wrong.append((typed, name))
        for typed in typos[:1]:
            asked += 1
            if not confident_about(ask(f"how is {typed} doing"), name):
                wrong.append((typed, name))
    assert asked >= 100
    assert not wrong, wrong[:10]


def nickname_forms(name: str) -> list[str]:
    """The name with its given name replaced by each nickname or full form the nicknames package pairs it with that
    is a real given name and no plain word ("bob casey" for Robert Casey), and by its initial ("e warren")."""
    words = fold(name).split()
    table = nickname_table()
    forms = sorted(table.nicknames_of(words[0]) | table.canonicals_of(words[0]))
    # (a month is no given name here: "jan garrett" reads as January's poll of Garrett's race)
    forms = [f for f in forms if f in lexicon().given and not lexicon().is_plain_word(f) and f not in MONTHS]
    return [" ".join([f, *words[1:]]) for f in forms] + [" ".join([words[0][0], *words[1:]])]


def test_a_nickname_or_an_initial_of_the_given_name_names_the_person(ask: Callable[[str], Answer]) -> None:
    """Nicknames are matched when a question is asked, not only those stored at import ("liz warren")."""
    wrong, asked = [], 0
    for name in file_candidates()[::3]:
        for typed in nickname_forms(name)[:3]:
            asked += 1
            if not confident_about(ask(f"how is {typed} doing"), name):
                wrong.append((typed, name))
    assert asked >= 100
    assert not wrong, wrong[:10]


def test_a_given_name_typed_before_a_given_name_that_is_a_surname_too_is_somebody_else(
        ask: Callable[[str], Answer]) -> None:
    """"mel morris" is a Mr or Ms Morris, not Morris Davis: a given name before it makes "morris" a surname."""
    names = fivethirtyeight_names().candidates
    cases = [(name, fold(name).split()[0]) for name in names if len(fold(name).split()) >= 2
             and lexicon().is_real_surname(fold(name).split()[0])
             and not any(fold(other).split()[-1] == fold(name).split()[0] for other in names)]
    asked = 0
    for name, given in cases[:40]:
        for before in ("mel", "tina"):
            asked += 1
            answer = ask(f"who did {before} {given} endorse")
            assert not any(e.name == name for e in answer.entities), (before, given, answer.summary)
    assert asked >= 20
