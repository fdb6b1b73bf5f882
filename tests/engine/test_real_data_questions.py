"""Hundreds of questions over the real FiveThirtyEight files: at least 97% answered right, no trap answered wrongly.

The cases and their expected answers come from `tests/engine/real_questions.py`, which reads the same four CSV files
the fixture imports. SQLite only: the set asks about 400 questions of a database holding the four files (about
10,000 poll answers, 450 races), which is a test of the question engine's choices, not of the backend; the
engine's SQL is covered on both backends by the other engine tests, and a second run on PostgreSQL would double
the time for no new code path.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from tests.engine import real_questions as rq

TODAY = dt.date(2026, 11, 27)
MIN_SHARE_RIGHT = 0.97

# The files live in shared/ beside the repository; a checkout without them skips, except in CI, where it fails.
pytestmark = pytest.mark.skipif(not rq.DATA_DIR.is_dir() and os.environ.get("CI") != "true",
                                reason=f"no FiveThirtyEight files at {rq.DATA_DIR}")


# People in the news whom the files don't have (the test checks that no name of the files has these words), asked
# about as people ask: each must get "I don't know a candidate called ...", never an answer about some race.
UNKNOWN_PEOPLE_QUESTIONS = [
    ("is fetterman ahead in pennsylvania", "fetterman"), ("how is hochul doing", "hochul"),
    ("is mastriano running for governor", "mastriano"), ("demings polls", "demings"),
    ("is beasley winning in nc", "beasley"), ("how is kari lake doing in arizona", "kari lake"),
]


# A race option typed in part, as people type it on Discord; the races it names come from the files.
TYPED_RACES = [
    ("nc gov", rq.Mention(state="NC", office="governor")), ("ga senate", rq.Mention(state="GA", office="senate")),
    ("az-6", rq.Mention(state="AZ", district=6)), ("pres mich", rq.Mention(state="MI", office="president")),
    ("calif gov", rq.Mention(state="CA", office="governor")), ("ny 22", rq.Mention(state="NY", district=22)),
    ("texas senate 2018", rq.Mention(state="TX", office="senate", cycle=2018)),
    ("warnock", rq.Mention(candidates=("Raphael Warnock",))),
]


# "Which races ...": each lists the races of the files that fit what it names.
RACE_LISTS = [
    ("which races are in georgia", rq.Mention(state="GA")), ("list the races in arizona", rq.Mention(state="AZ")),
    ("what senate races do you have in 2020", rq.Mention(office="senate", cycle=2020)),
    ("how many races in maine", rq.Mention(state="ME")), ("what house races are there in iowa",
                                                           rq.Mention(state="IA", office="house")),
]


@dataclass(frozen=True)
class Asked:
    answers: dict[str, Answer]
    slugs: set[str]  # the races the import made
    race_choices: dict[str, list[str]]  # typed text -> the slugs autocomplete offers


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory) -> Asked:
    folder: Path = tmp_path_factory.mktemp("real538")
    questions = sorted({c.question for c in (*rq.real_cases(), *rq.trap_cases(), *rq.word_cases(),
                                             *rq.state_typo_cases(), *rq.code_cases())}
                       | {q for q, _ in UNKNOWN_PEOPLE_QUESTIONS} | {q for q, _ in RACE_LISTS})

    async def ask_all() -> Asked:
        db = Database(f"sqlite+aiosqlite:///{folder / 'real538.sqlite3'}")
        await db.open(load_bundled=load_bundled_races)
        try:
            for name in rq.FILES.values():
                await import_file(db, str(rq.DATA_DIR / name))
            engine = QuestionEngine(db)
            answers = {q: await engine.ask(q, AskContext(today=TODAY)) for q in questions}
            choices = {typed: [slug for _, slug in await engine.race_choices(typed)] for typed, _ in TYPED_RACES}
            return Asked(answers, {race.slug for race in await engine.races()}, choices)
        finally:
            await db.close()

    with asyncio.Runner() as runner:
        return runner.run(ask_all())


def text_of(answer: Answer, case_check: rq.Check) -> str:
    if case_check.in_summary:
        return answer.summary
    return "\n".join([answer.title, answer.summary, *(f.text for f in answer.facts)])


def is_right(case: rq.Case, answer: Answer) -> bool:
    return (answer.status == "ok" and answer.intent in case.intents and answer.race_slug == case.slug
            and all(any(rq.appears(text_of(answer, check), s) for s in check.any_of) for check in case.checks))


def is_confidently_wrong(case: rq.Case, answer: Answer) -> bool:
    return answer.status == "ok" and answer.race_slug is not None and answer.race_slug != case.slug


def describe(case: rq.Case, answer: Answer) -> str:
    expected = ", ".join(" | ".join(c.any_of[:4]) + (" (summary)" if c.in_summary else "") for c in case.checks)
    facts = " / ".join(f.text for f in answer.facts[:4])
    return (f"{case.question!r}\n    expected: {case.status} {'/'.join(case.intents) or '-'} {case.slug}"
            f"{f' [{expected}]' if expected else ''}{f' ({case.why})' if case.why else ''}\n"
            f"    got:      {answer.status} {answer.intent} {answer.race_slug} | {answer.title} | "
            f"{answer.summary[:200]}{f' | {facts[:200]}' if facts else ''}")


def misses_of(cases: tuple[rq.Case, ...] | list[rq.Case], asked: Asked) -> list[rq.Case]:
    """The cases answered wrongly, each printed with what it got."""
    misses = [case for case in cases if not is_right(case, asked.answers[case.question])]
    for case in misses:
        print(describe(case, asked.answers[case.question]))
    return misses


# --------------------------------------------------------------------------------------------- the set itself
def test_there_are_at_least_250_real_data_questions_over_every_file_and_intent() -> None:
    cases = rq.real_cases()
    assert len(cases) >= 250
    assert len({c.question.casefold() for c in cases}) == len(cases)
    assert set(Counter(c.file for c in cases)) == set(rq.FILES)
    assert set(Counter(c.intents[0] for c in cases)) == set(rq.REAL_INTENTS)


def test_there_are_at_least_40_traps() -> None:
    traps = rq.trap_cases()
    assert len(traps) >= 40
    assert sum(t.status != "ok" for t in traps) >= 40  # most name no single race


def test_the_set_is_the_same_on_every_run() -> None:
    first = [c.question for c in rq.real_cases()]
    rq.real_cases.cache_clear()
    assert [c.question for c in rq.real_cases()] == first


# --------------------------------------------------------------------------------------------- self-check
@pytest.fixture(scope="module")
def rows_by_slug() -> dict[str, list[dict[str, str]]]:
    """The raw rows of each race, grouped by the importer's slug rule written out again here."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for name in rq.FILES.values():
        with open(rq.DATA_DIR / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                office = " ".join(p for p in (row["office_type"], row["seat_name"]) if p)
                slug = rq.slugify(f"{row['state'] or 'us'} {office} {int(float(row['cycle']))}")
                grouped.setdefault(slug, []).append(row)
    return grouped


def test_the_rule_picks_the_races_the_brief_names() -> None:
    """Hand-written: what the brief says some questions must pick, checked against the generator's rule."""
    def picked(**mention: object) -> str | None:
        status, found = rq.resolve(rq.Mention(**mention))  # type: ignore[arg-type]
        return found[0].slug if status == "ok" else status

    assert picked(state="GA", office="senate", special=True) == "georgia-u-s-senate-class-iii-2020"
    assert picked(state="GA", office="senate", cycle=2020) == "georgia-u-s-senate-class-ii-2020"
    assert picked(state="GA", office="senate", stage="runoff") == "georgia-u-s-senate-class-ii-2020"
    assert picked(office="president") == "us-u-s-president-2024"
    assert picked(national=True) == "us-u-s-president-2024"
    assert picked(state="ME", district=2, office="president") == "maine-cd-2-u-s-president-2024"
    assert picked(state="FL", district=26, cycle=2018) == "florida-u-s-house-district-26-2018"
    assert picked(state="VT", office="governor", cycle=2020) == "vermont-governor-2020"
    assert picked(state="AK", district=1, at_large=True, cycle=2018) == "alaska-u-s-house-district-1-2018"
    assert picked(state="TX", district=53) == "not_found"
    assert picked(state="NE", district=7) == "not_found"
    assert picked(office="president", cycle=2018) == "not_found"
    assert picked(office="governor") == "need_race"
    assert picked(office="senate", cycle=2016) == "need_race"
    race = rq.races()["georgia-u-s-senate-class-iii-2020"]
    assert race.special and race.stages == {"jungle primary", "runoff"}
    assert not rq.races()["georgia-u-s-senate-class-ii-2020"].special
    assert rq.races()["minnesota-u-s-senate-class-ii-2018"].special
    assert rq.races()["north-carolina-u-s-house-district-9-2019"].special
    assert {"Phillip B. Scott", "David Zuckerman"} <= set(rq.races()["vermont-governor-2020"].answers)


def test_expected_answers_agree_with_the_raw_rows(rows_by_slug: dict[str, list[dict[str, str]]]) -> None:
    """Each case's expectations derived again from the CSV rows, by code that shares only the slug with the
    generator (the stage of a latest-poll question read from its words)."""
    for case in rq.real_cases():
        rows = rows_by_slug[case.slug or ""]
        names = {r["candidate_name"] for r in rows}
        polls = {r["poll_id"]: r for r in rows}
        expected = [set(c.any_of) for c in case.checks]
        match case.intents[0]:
            case "latest_poll" if case.pollster:  # a brand word begins the names it names; a whole name is one
                typed = case.pollster.split()
                dated = [(rq.parse_date(r["end_date"]), r["pollster"]) for r in rows
                         if rq.fold(r["pollster"]).split()[:len(typed)] == typed
                         and (len(typed) == 1 or rq.fold(r["pollster"]) == case.pollster)]
                newest = max(d for d, _ in dated)
                assert expected == [{p for d, p in dated if d == newest}, {f"{newest:%b %d, %Y}"}], case.question
            case "latest_poll":
                words = case.question.casefold()
                stage = next((s for s in ("runoff", "primary", "general") if s in words), "")
                dated = [(rq.parse_date(r["end_date"]), r["pollster"]) for r in rows if stage in r["stage"]]
                newest = max(d for d, _ in dated)
                assert expected == [{p for d, p in dated if d == newest}], case.question
            case "race":
                assert {c.any_of[0] for c in case.checks} == names, case.question
                assert len(names) <= rq.MAX_LISTED_CANDIDATES
            case "leader":
                assert expected == [names] and case.checks[0].in_summary, case.question
            case "pollsters":
                counts = Counter(r["pollster"] for r in polls.values())
                top = max(counts.values())
                assert expected == [{p for p, n in counts.items() if n == top}, {f"{top} polls" if top > 1 else
                                                                                 "1 poll"}], case.question
            case "compare":
                assert len(expected) == 2 and set.union(*expected) <= names, case.question
            case "is_running":
                (name,) = expected[0]
                assert name in names, case.question
                cycles = {int(float(r["cycle"])) for rs in rows_by_slug.values() for r in rs
                          if r["candidate_name"] == name}
                assert int(float(rows[0]["cycle"])) == max(cycles), case.question


def test_every_expected_race_was_imported(asked: Asked) -> None:
    expected = {c.slug for c in (*rq.real_cases(), *rq.trap_cases()) if c.slug}
    assert expected <= asked.slugs, sorted(expected - asked.slugs)
    assert set(rq.races()) <= asked.slugs, sorted(set(rq.races()) - asked.slugs)


# --------------------------------------------------------------------------------------------- the engine
def test_real_data_questions_are_answered_right(asked: Asked) -> None:
    cases = rq.real_cases()
    misses = misses_of(cases, asked)
    share = 1 - len(misses) / len(cases)
    by_intent = Counter(c.intents[0] for c in misses)
    print(f"{len(cases) - len(misses)}/{len(cases)} right ({share:.1%}); misses by intent: {dict(by_intent)}")
    assert share >= MIN_SHARE_RIGHT, f"{share:.1%} right, {len(misses)} misses (printed above)"


def test_no_trap_gets_a_confident_wrong_race(asked: Asked) -> None:
    traps = rq.trap_cases()
    wrong = [case for case in traps if is_confidently_wrong(case, asked.answers[case.question])]
    for case in wrong:
        print(describe(case, asked.answers[case.question]))
    print(f"{len(traps) - len(wrong)}/{len(traps)} traps passed")
    assert not wrong, f"{len(wrong)} traps answered with a wrong race (printed above)"


def test_a_poll_named_by_its_pollster_is_found_as_each_file_names_the_pollster(asked: Asked) -> None:
    """ "latest emerson poll in the maine senate race": "Emerson College" in the 2018-2020 files, "Emerson" in the
    2024 one; a brand word names every pollster of the race whose name begins with it."""
    cases = [case for case in rq.real_cases() if case.pollster]
    assert len(cases) >= 30 and sum(" " not in case.pollster for case in cases) >= 10
    misses = misses_of(cases, asked)
    assert not misses, f"{len(misses)} of {len(cases)} polls named by their pollster were missed (printed above)"


def test_words_of_questions_that_are_surnames_in_the_files_stay_words(asked: Asked) -> None:
    """ "who is doing best in the florida senate race" is about that race, not about Russell Best."""
    assert any(rq.surname(name) == "best" for name in rq.candidate_names())
    cases = rq.word_cases()
    misses = misses_of(cases, asked)
    assert not misses, f"{len(misses)} of {len(cases)} questions were taken for a name (printed above)"


def test_a_person_the_files_dont_have_is_said_to_be_unknown(asked: Asked) -> None:
    owners = rq._owners_of_word()
    for question, name in UNKNOWN_PEOPLE_QUESTIONS:
        assert not all(word in owners for word in name.split()), name  # not in the files
        answer = asked.answers[question]
        assert answer.status == "not_found" and answer.unmatched == name, describe(
            rq.Case(question, ("candidate",), None, status="not_found"), answer)


def test_a_race_typed_in_part_offers_every_race_it_names_the_likeliest_first(asked: Asked) -> None:
    """The race option of /poll, /race ...: "nc gov", "az-6", "pres mich" as questions name races."""
    for typed, mention in TYPED_RACES:
        offered = asked.race_choices[typed]
        status, picked = rq.resolve(mention)
        assert status == "ok", typed  # each names one race first
        assert offered[:1] == [picked[0].slug], (typed, offered[:3])
        assert {race.slug for race in rq.fitting(mention)} <= set(offered), (typed, offered)


def test_a_state_typed_with_a_typo_is_that_state(asked: Asked) -> None:
    """ "whos ahead in pensylvania" is Pennsylvania, not a pollster or sponsor whose name begins with the state."""
    cases = rq.state_typo_cases()
    assert len(cases) >= 20
    misses = misses_of(cases, asked)
    assert not misses, f"{len(misses)} of {len(cases)} states typed with a typo were missed (printed above)"


def test_a_state_code_that_is_a_word_is_the_state_after_in(asked: Asked) -> None:
    cases = rq.code_cases()
    assert len(cases) >= 8
    misses = misses_of(cases, asked)
    assert not misses, f"{len(misses)} of {len(cases)} state codes were missed (printed above)"


def test_which_races_lists_the_races_that_fit(asked: Asked) -> None:
    for question, mention in RACE_LISTS:
        answer = asked.answers[question]
        fitting = {race.slug for race in rq.fitting(mention)}
        listed = [fact.text.rsplit("(", 1)[1].rstrip(")") for fact in answer.facts]
        assert answer.intent == "races" and answer.status == "ok", describe(rq.Case(question, ("races",), None), answer)
        assert f"{len(fitting)} race" in answer.summary, (question, answer.summary, len(fitting))
        assert set(listed) <= fitting and len(listed) == min(len(fitting), 15), (question, listed)
