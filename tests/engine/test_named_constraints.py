"""Every constraint a question names is honoured or reported: a pollster with no poll of the race, a month with no
poll, an office with no race, a county the counts do not have, a group of voters no poll reports. The answer names
what is missing; it never answers the question without it.

The values come from the data: pollsters of the real 538 files, the months of the LA polls, offices of Colorado's
2024 Clarity file, counties of the Colorado and Georgia Clarity files; the groups are what people ask about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.answers import Answer
from bot.engine.answers.voter_groups import labels_for
from tests.engine.asking import sync_asker
from tests.engine.question_data import candidate_poll_files, first_and_last, fivethirtyeight_names, fold, la_race

CLARITY = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "clarity"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
GROUPS = ("young voters", "seniors", "independents", "suburban women", "college graduates", "evangelicals",
          "voters under 30", "gen z voters", "union members", "hispanic voters", "rural voters", "veterans")
LA = "the la mayor race"
pytestmark = pytest.mark.skipif(not CLARITY.exists(), reason=f"no Clarity files in {CLARITY}")


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Answer]]:
    yield from sync_asker(tmp_path_factory.mktemp("constraints"), candidate_poll_files())


@cache
def la_pollster_words() -> frozenset[str]:
    return frozenset(w for poll in la_race().polls for w in fold(poll.pollster).split())


@cache
def other_pollsters() -> tuple[str, ...]:
    """Pollsters of the 538 files none of whose words is a word of an LA pollster's name."""
    return tuple(p for p in fivethirtyeight_names().pollsters
                 if len(fold(p)) > 3 and not set(fold(p).split()) & la_pollster_words())


@cache
def months_without_polls() -> tuple[str, ...]:
    polled = {month for poll in la_race().polls for month in poll.months}
    return tuple(m for i, m in enumerate(MONTHS, 1) if i not in polled)


@cache
def clarity_offices() -> tuple[str, ...]:
    """The offices of Colorado's 2024 contests ("District Attorney - 10th Judicial District": district attorney),
    those not named after a county."""
    text = (CLARITY / "co_2024_general_detail.xml").read_text(encoding="utf-8")
    counties = {fold(c) for c in re.findall(r'<County name="([^"]+)"', text)}
    offices = set()
    for contest in re.findall(r'<Contest key="\d+" text="([^"]+)"', text):
        office = fold(contest.split(" - ")[0])
        if " - " in contest and not re.search(r"\d", office) and not any(office.startswith(c) for c in counties):
            offices.add(office)
    return tuple(sorted(offices))


@cache
def counties() -> tuple[str, ...]:
    names = set()
    for path in CLARITY.glob("*.xml"):
        names |= {fold(c) for c in re.findall(r'<County name="([^"]+)"', path.read_text(encoding="utf-8"))}
        names |= {fold(c) for c in re.findall(r"<Region>([^<]+)</Region>", path.read_text(encoding="utf-8"))}
    return tuple(sorted(names))


def cases() -> st.SearchStrategy[tuple[str, str]]:
    """(question, the words of the missing constraint) for one constraint with no data."""
    pollster = st.sampled_from(other_pollsters()).flatmap(lambda p: st.sampled_from((
        (f"latest {p} poll of {LA}", p), (f"what did the {p} poll say about {LA}", p),
        (f"{p} poll la mayor", p))))
    month = st.sampled_from(months_without_polls()).flatmap(lambda m: st.sampled_from((
        (f"the {m} poll of {LA}", m), (f"{m} poll la mayor 2022", m), (f"la encuesta de {_es(m)} de la alcaldia de "
                                                                       "los angeles", _es(m)))))
    office = st.sampled_from(clarity_offices()).flatmap(lambda o: st.sampled_from((
        (f"who won the la {o} race", o), (f"la {o} results", o), (f"who is running for {o} in la", o))))
    county = st.tuples(st.sampled_from(counties()), st.sampled_from(("bass", "caruso", "karen bass"))).flatmap(
        lambda c: st.sampled_from(((f"how did {c[1]} do in {c[0]} county", c[0]),
                                   (f"{c[0]} county results for {LA}", c[0]),
                                   (f"resultados de {c[1]} en el condado de {c[0]}", c[0]))))
    # (a group no LA poll reports by any of its names: "hispanic voters" are the polls' Latino voters)
    absent = [g for g in GROUPS if not labels_for(g, la_race().subgroups_by_name())]
    group = st.tuples(st.sampled_from(absent), st.sampled_from(("bass vs caruso", "how is caruso doing",
                                                               "who leads the la mayor race"))).map(
        lambda g: (f"{g[1]} among {g[0]}", g[0]))
    return st.one_of(pollster, month, office, county, group)


def _es(month: str) -> str:
    return ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
            .split()[MONTHS.index(month)])


def names_it(answer: Answer, missing: str) -> bool:
    """Whether the answer says the missing thing is missing: not an ok answer, and its words in what it says."""
    said = fold(f"{answer.title} {answer.summary} {answer.unmatched or ''}")
    words = [w for w in fold(missing).split() if len(w) > 2 or w.isdigit()] or fold(missing).split()
    return answer.status != "ok" and any(w in said.split() for w in words)


@settings(max_examples=1000, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=cases())
def test_a_constraint_with_no_data_is_named_never_dropped(ask: Callable[[str], Answer], case: tuple[str, str]) -> None:
    question, missing = case
    answer = ask(question)
    assert names_it(answer, missing), (question, answer.status, answer.title, answer.summary)


def test_the_values_come_from_the_data() -> None:
    assert len(other_pollsters()) > 100 and len(months_without_polls()) >= 2
    assert len(clarity_offices()) >= 5 and len(counties()) > 60


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pollster=st.sampled_from(other_pollsters()),
       phrasing=st.sampled_from(("bass vs caruso in the {p} poll of the la mayor race", "caruso or bass la {p} poll",
                                 "{p} poll of la mayor: who leads, bass or caruso",
                                 "bass contra caruso en la encuesta de {p} de los angeles")))
def test_two_candidates_compared_in_a_poll_with_no_data_name_it(ask: Callable[[str], Answer], pollster: str,
                                                                 phrasing: str) -> None:
    question = phrasing.format(p=pollster)
    answer = ask(question)
    assert names_it(answer, pollster), (question, answer.status, answer.title, answer.summary)


@pytest.mark.parametrize("phrasing", ["bass vs caruso in the {p} poll", "caruso vs bass {p}",
                                      "who is ahead in the {p} poll, caruso or bass"])
def test_two_candidates_compared_in_a_named_poll_are_compared_in_it(ask: Callable[[str], Answer],
                                                                    phrasing: str) -> None:
    """Each LA pollster, by the name people use: that pollster's newest poll, never the average."""
    race = la_race()
    for pollster in dict.fromkeys(p.pollster for p in race.polls):
        polls = [p for p in race.polls if p.pollster == pollster and {"Karen Bass", "Rick Caruso"} <= set(p.results)]
        nickname = next((n for n in race.pollster_nicknames(pollster) if len(n) > 3), None)
        if not polls or nickname is None:
            continue
        newest = max(polls, key=lambda p: p.as_of)
        question = phrasing.format(p=nickname.lower())
        answer = ask(question)
        said = fold(f"{answer.title} {answer.summary}")
        assert answer.status == "ok" and "average" not in said, (question, answer.summary)
        assert all(f"{newest.results[n]:g}%" in answer.summary for n in ("Karen Bass", "Rick Caruso")), \
            (question, answer.summary, newest.results)


@cache
def senate_races_without_a_primary() -> tuple[tuple[str, str], ...]:
    """(state, cycle) of the 2024 Senate races whose polls in 538's file are all of the general election and of one
    regular seat: races the data has no primary of."""
    import csv
    stages: dict[tuple[str, str], set[str]] = {}
    with (CLARITY.parent / "fivethirtyeight" / "senate_polls_2024.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["state"] and row["cycle"] == "2024" and not row.get("special", "").strip():
                stages.setdefault((row["state"], row["cycle"]), set()).add(row["stage"])
    return tuple(sorted(key for key, held in stages.items() if held == {"general"}))[:12]


@pytest.mark.parametrize("phrasing", ["primary polls for the {cycle} {state} senate race",
                                      "who leads the {state} senate primary {cycle}",
                                      "encuestas de la primaria del senado de {state} {cycle}"])
def test_a_stage_the_race_does_not_have_is_named_never_dropped(ask: Callable[[str], Answer], phrasing: str) -> None:
    races = senate_races_without_a_primary()
    assert len(races) >= 5
    for state, cycle in races:
        question = phrasing.format(state=state.lower(), cycle=cycle)
        answer = ask(question)
        said = fold(f"{answer.title} {answer.summary}")
        assert answer.status != "ok" and ("primary" in said or "primaria" in said), (question, answer.summary)


def test_a_person_nobody_has_beside_one_the_data_has_is_not_known(ask: Callable[[str], Answer]) -> None:
    """A given name and a real surname nobody has, asked about beside a candidate of the data: that person is not
    known; the answer is never about the candidate or the race instead."""
    for question in ("how is karen bass's opponent frank delgado doing", "did rick caruso beat maria porter",
                     "bass y linda fischer, quien va ganando", "is karen bass facing frank delgado",
                     "is rick caruso running against maria porter"):
        answer = ask(question)
        assert answer.status == "not_found", (question, answer.summary)


POPULATION_WORDS = {"lv": ("likely voter", "votantes probables"), "rv": ("registered voter", "votantes registrados"),
                    "a": ("adults", "adultos")}


@cache
def newest_poll_by_population() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(state, population, the pollsters of its newest polls) of 2024 Senate races of 538's file: the newest poll of
    each population a race has, read from the file (polls that ended the same day tie: any of them)."""
    import csv
    import datetime as dt
    newest: dict[tuple[str, str], tuple[dt.date, set[str]]] = {}
    with (CLARITY.parent / "fivethirtyeight" / "senate_polls_2024.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first: dict[str, str] = {}
    for row in rows:  # a poll asked of two populations (lv and rv rows) is one poll, of its first row's population
        first.setdefault(row["poll_id"], row["population"])
    for row in rows:
        if row["cycle"] != "2024" or not row["state"] or row.get("special", "").strip() \
                or first[row["poll_id"]] not in POPULATION_WORDS or row["population"] != first[row["poll_id"]] \
                or row["stage"] != "general" or row["hypothetical"].lower() == "true":
            continue
        month, day, year = (int(x) for x in row["end_date"].split("/"))
        when = dt.date(2000 + year if year < 100 else year, month, day)
        key = (row["state"], row["population"])
        if key not in newest or when > newest[key][0]:
            newest[key] = (when, {row["pollster"]})
        elif when == newest[key][0]:
            newest[key][1].add(row["pollster"])
    return tuple(sorted((state, pop, frozenset(pollsters)) for (state, pop), (_, pollsters) in newest.items()))[:15]


@pytest.mark.parametrize("phrasing", ["latest {words} poll in the {state} senate race 2024",
                                      "most recent poll of {words}s in the 2024 {state} senate race",
                                      "ultima encuesta de {spanish} del senado de {state} 2024"])
def test_a_polls_population_named_is_honoured(ask: Callable[[str], Answer], phrasing: str) -> None:
    """The newest poll of the population named (likely voters, registered voters, adults), never the newest of all;
    a population the race has no poll of is said so."""
    cases = newest_poll_by_population()
    assert len(cases) >= 8
    for state, population, pollsters in cases:
        words, spanish = POPULATION_WORDS[population]
        question = phrasing.format(words=words.rstrip("s"), spanish=spanish, state=state.lower())
        answer = ask(question)
        said = fold(" ".join([answer.title, answer.summary, *(f.text for f in answer.facts[:1])]))
        assert answer.status == "ok" and any(fold(p) in said for p in pollsters), (question, pollsters, answer.summary)


@cache
def surnames_that_begin_a_pollsters_name() -> tuple[tuple[str, str], ...]:
    """(candidate, pollster) of the 538 files where a candidate's surname, one only of that surname among them, is the
    first word of a pollster's name ("Kari Lake", "Lake Research Partners")."""
    names = fivethirtyeight_names()
    by_surname: dict[str, list[str]] = {}
    for name in names.candidates:
        words = fold(name).split()
        if len(words) >= 2:
            by_surname.setdefault(words[-1], []).append(name)
    firsts = {fold(p).split()[0]: p for p in names.pollsters if fold(p)}
    return tuple(sorted((people[0], firsts[surname]) for surname, people in by_surname.items()
                        if len(people) == 1 and surname in firsts and len(surname) > 3))


def test_a_surname_that_is_also_a_pollsters_name_is_the_person_without_the_word_poll(
        ask: Callable[[str], Answer]) -> None:
    cases = surnames_that_begin_a_pollsters_name()
    assert cases
    for candidate, pollster in cases:
        surname = fold(candidate).split()[-1]
        for question in (f"is {surname} losing", f"what are {surname}'s chances"):
            answer = ask(question)
            said = fold(f"{answer.title} {answer.summary}")
            assert not any(e.kind == "pollster" for e in answer.entities), (question, pollster, answer.summary)
            assert answer.status in ("ok", "need_race") and (fold(candidate) in said or answer.status == "need_race"), \
                (question, candidate, answer.summary)


def test_two_candidates_with_the_latest_poll_asked_get_the_newest_poll(ask: Callable[[str], Answer]) -> None:
    race = la_race()
    newest = max((p for p in race.polls if {"Karen Bass", "Rick Caruso"} <= set(p.results)), key=lambda p: p.as_of)
    for question in ("bass vs caruso latest poll", "caruso or bass, newest poll", "bass contra caruso ultima encuesta"):
        answer = ask(question)
        assert "average" not in fold(answer.summary) and "promedio" not in fold(answer.summary), answer.summary
        assert all(f"{newest.results[n]:g}" in answer.summary for n in ("Karen Bass", "Rick Caruso")), \
            (question, answer.summary)


@cache
def senate_candidates_who_never_ran_for_governor() -> tuple[str, ...]:
    """The most polled candidates of 538's 2024 Senate file whom no governor poll of the files names."""
    import csv
    from collections import Counter
    def names_in(file: str) -> Counter[str]:
        with (CLARITY.parent / "fivethirtyeight" / file).open(encoding="utf-8", newline="") as handle:
            return Counter(row["candidate_name"] for row in csv.DictReader(handle))
    governors = {fold(name).split()[-1] for name in names_in("governor_polls.csv")}
    polled = names_in("senate_polls_2024.csv")
    return tuple(name for name, _ in polled.most_common(40) if fold(name).split()[-1] not in governors)[:8]


@pytest.mark.parametrize(("phrasing", "race_words"), [("is {name} running for governor", ("governor",)),
                                                      ("is {name} running for la mayor", ("los angeles",)),
                                                      ("{name} in the la mayor race", ("los angeles",)),
                                                      ("{name} se postula para alcalde de los angeles?",
                                                       ("los angeles",))])
def test_a_race_named_that_the_person_does_not_run_in_is_no_answer_about_their_own(
        ask: Callable[[str], Answer], phrasing: str, race_words: tuple[str, ...]) -> None:
    """"Is ted cruz running for governor": no; never "yes" about the race they do run in."""
    people = senate_candidates_who_never_ran_for_governor()
    assert len(people) >= 5
    for name in people:
        question = phrasing.format(name=name.lower())
        answer = ask(question)
        said = fold(f"{answer.title} {answer.summary}")
        assert fold(answer.summary).startswith("no "), (question, answer.summary)
        assert all(word in said for word in race_words) and "senate" not in fold(answer.title), (question, answer.title)


@cache
def pollsters_named_like_a_given_name() -> tuple[str, ...]:
    """One-word pollster names of the 538 files that are given names of the 1990 Census lists too ("Emerson")."""
    import names
    folder = Path(names.__file__).parent
    given = {line.split()[0].lower() for file in ("dist.male.first", "dist.female.first")
             for line in (folder / file).read_text(encoding="ascii").splitlines() if line.strip()}
    return tuple(sorted({fold(p) for p in other_pollsters() if fold(p) in given}))


def test_a_pollster_named_like_a_given_name_after_a_surname_is_the_pollster(ask: Callable[[str], Answer]) -> None:
    """"bass emerson poll": Bass, and an Emerson poll (none of the LA race), never a pollster called "bass emerson";
    "fetterman quinnipiac poll", nobody called Fetterman in the data: that name is not known, the pollster is."""
    pollsters = pollsters_named_like_a_given_name()
    assert pollsters
    for pollster in pollsters:
        for surname in ("bass", "caruso"):
            answer = ask(f"{surname} {pollster} poll")
            assert answer.status == "no_data" and pollster in fold(answer.summary), (pollster, answer.summary)
    for pollster in other_pollsters()[:20]:
        if len(fold(pollster).split()) == 1 and fold(pollster) not in pollsters:
            answer = ask(f"fetterman {fold(pollster)} poll")
            assert answer.status == "not_found" and "fetterman" in fold(answer.summary) \
                and f"fetterman {fold(pollster)}" not in fold(answer.summary), (pollster, answer.summary)


@pytest.mark.parametrize(("question", "words"), [
    ("who won the debate in the la mayor race", "debate"), ("how much money did caruso raise", "money"),
    ("quien gano el debate del senado de georgia 2020", "debate"), ("cuanto dinero recaudo caruso", "dinero"),
    ("was there a recount in the 2020 georgia senate race", "recount"),
    ("how much did kari lake spend", "spend")])
def test_what_no_data_here_holds_is_said_never_answered_with_results(ask: Callable[[str], Answer], question: str,
                                                                    words: str) -> None:
    """A debate, money raised or spent, a recount: no file Racebot imports holds them; said so, the race's card under
    it, never the results or the polls as if they were the answer."""
    answer = ask(question)
    assert answer.status == "not_found" and words in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("question", ["where was karen bass raised", "caruso raised his poll numbers",
                                      "latest poll after the debate in the la mayor race"])
def test_those_words_in_their_other_senses_ask_what_the_data_has(ask: Callable[[str], Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok", (question, answer.summary)


def test_a_month_with_no_stage_and_no_poll_is_named_never_dropped(ask: Callable[[str], Answer]) -> None:
    """"caruso's july 2022 numbers": no stage was held then, so the month is the polls' month; none that month: said
    so, never the results instead."""
    months = [(2022, MONTHS.index(name) + 1) for name in months_without_polls()
              if name not in ("june", "november")][:4]  # (the primary's and the general's months)
    assert months
    for year, month in months:
        for phrasing in ("caruso's {m} {y} numbers", "bass {m} {y} numbers in la"):
            question = phrasing.format(m=MONTHS[month - 1], y=year)
            answer = ask(question)
            assert answer.status == "no_data" and MONTHS[month - 1] in fold(answer.summary), (question, answer.summary)


def test_a_group_of_voters_in_a_poll_named_is_read_in_that_poll(ask: Callable[[str], Answer]) -> None:
    """"caruso with latino voters in berkeley's july poll": that poll or none, never every poll's figures."""
    for pollster in other_pollsters()[:10]:
        question = f"caruso with latino voters in the {fold(pollster)} poll"
        answer = ask(question)
        assert answer.status == "no_data" and fold(pollster) in fold(answer.summary), (question, answer.summary)
    for month in months_without_polls()[:4]:
        question = f"bass among latino voters in the {month} poll"
        answer = ask(question)
        assert answer.status == "no_data" and month in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("question", ["lebron backed caruso for mayor?", "lebron apoyo a caruso?",
                                      "joe bustamante respaldo a caruso", "did oprah endorse karen bass",
                                      "has shaquille backed bass"])
def test_an_endorser_nobody_has_beside_a_candidate_is_not_known(ask: Callable[[str], Answer], question: str) -> None:
    """Whether someone the data does not know endorsed a candidate: that person is not known, never every
    endorsement of the candidate as if it were the answer."""
    answer = ask(question)
    assert answer.status == "not_found", (question, answer.summary)


@pytest.mark.parametrize("question", ["polls of the nyc mayor race", "who is winning the nyc mayor race",
                                      "encuestas para alcalde de nyc"])
def test_a_city_named_by_its_initials_is_that_city_not_los_angeles(ask: Callable[[str], Answer], question: str) -> None:
    """GeoNames lists "NYC" among New York City's names: a city with no race here, never the LA mayor race."""
    answer = ask(question)
    assert answer.status == "not_found" and "nyc" in fold(answer.summary), (question, answer.summary)


def test_the_regular_election_named_is_never_the_special_one(ask: Callable[[str], Answer]) -> None:
    """"the 2020 georgia regular senate race": Perdue and Ossoff's, never the special election's jungle primary."""
    answer = ask("the 2020 georgia regular senate race jungle primary polls")
    assert answer.status == "not_found" and "jungle primary" in fold(answer.summary), answer.summary
    answer = ask("2020 georgia regular senate race polls")
    assert answer.status == "ok" and "special" not in fold(answer.title), answer.title


@pytest.mark.parametrize(("question", "missing"), [
    ("quien lidera para fiscal de la ciudad de los angeles", "city attorney"),
    ("quien va ganando para fiscal de distrito en los angeles", "district attorney"),
    ("quien gano para concejal en LA", "council")])
def test_a_spanish_office_with_no_race_is_named_never_the_mayor(ask: Callable[[str], Answer], question: str,
                                                                missing: str) -> None:
    answer = ask(question)
    assert answer.status == "not_found" and "alcald" not in fold(answer.title), (question, answer.summary)


@pytest.mark.parametrize("group", ["judios", "evangelicos", "musulmanes", "jubilados"])
def test_a_spanish_group_after_its_noun_that_no_poll_reports_is_named(ask: Callable[[str], Answer],
                                                                      group: str) -> None:
    """"y con los votantes judios como va bass": no poll reports them; never Bass's result instead."""
    answer = ask(f"y con los votantes {group} como va bass")
    assert answer.status == "no_data" and group in fold(answer.summary), answer.summary


@cache
def name_like_surnames_nobody_has() -> tuple[str, ...]:
    """Census surnames shared by at least 0.03% of people that English rarely uses as words, none of them a word of
    a name of the data ("rivera", "morales", "diaz")."""
    import csv

    import names
    from wordfreq import zipf_frequency
    taken = {w for name in [*(c.name for c in la_race().candidates), *(e.endorser for e in la_race().endorsers())]
             for w in fold(name).split()}
    for path in (CLARITY.parent / "fivethirtyeight").glob("*.csv"):  # every person any poll file names
        with path.open(encoding="utf-8", newline="") as handle:
            taken |= {w for row in csv.DictReader(handle) for w in fold(row.get("candidate_name") or "").split()}
    lines = (Path(names.__file__).parent / "dist.all.last").read_text(encoding="ascii").splitlines()
    found = [line.split()[0].lower() for line in lines if float(line.split()[1]) >= 0.03]
    return tuple(s for s in found if s not in taken and zipf_frequency(s, "en") < 3.5)[:12]


@pytest.mark.parametrize("phrasing", ["how'd {s} do against bass", "bass, caruso, and {s} - who's ahead in la",
                                      "la mayor primary % ({s})", "y {s}? va ganando en los angeles",
                                      "polls for karen bass and karen {s}"])
def test_a_surname_nobody_has_beside_a_candidate_is_not_known(ask: Callable[[str], Answer], phrasing: str) -> None:
    """A real surname alone (or after a given name), nobody's in the data, beside candidates: that person is not
    known, never the candidates' figures as if they were the answer."""
    people = name_like_surnames_nobody_has()
    assert len(people) >= 8
    for surname in people:
        question = phrasing.format(s=surname)
        answer = ask(question)
        assert answer.status == "not_found" and surname in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("question", ["what is brian kemp's approval rating", "how old is sherrod brown",
                                      "jon tester platform", "cuantos anos tiene karen bass",
                                      "la aprobacion de rick caruso"])
def test_a_persons_age_platform_or_approval_is_said_to_be_unknown(ask: Callable[[str], Answer],
                                                                   question: str) -> None:
    answer = ask(question)
    assert answer.status == "not_found", (question, answer.summary)


def test_voters_under_an_age_no_poll_reports_are_named(ask: Callable[[str], Answer]) -> None:
    for question in ("voters under 30 in the la mayor polls", "caruso among voters over 65 in la"):
        answer = ask(question)
        assert answer.status == "no_data" and "voters" in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("pollster", ["hartwell research", "quillfeather analytics", "blue meadow strategies"])
def test_a_pollster_nobody_has_named_beside_the_word_poll_is_not_known(ask: Callable[[str], Answer],
                                                                      pollster: str) -> None:
    """"beto vs cruz 2018, blue ridge analytics poll": a pollster nobody has; never the average instead."""
    for phrasing in ("beto vs cruz 2018, {p} poll", "latest {p} poll of the la mayor race",
                     "la encuesta de {p} sobre bass"):
        question = phrasing.format(p=pollster)
        answer = ask(question)
        assert answer.status == "not_found" and pollster.split()[0] in fold(answer.summary), (question,
                                                                                              answer.summary)



@pytest.mark.parametrize("question", ["did the dodgers back caruso", "did the lakers endorse karen bass",
                                      "john ford la mayor race results"])
def test_someone_nobody_has_asked_of_beside_a_candidate_is_not_known(ask: Callable[[str], Answer],
                                                                     question: str) -> None:
    answer = ask(question)
    assert answer.status == "not_found", (question, answer.summary)


@pytest.mark.parametrize("question", ["did labor groups back bass", "has the la times endorsed bass",
                                      "did any celebrities back caruso"])
def test_endorsers_the_data_has_or_their_kinds_are_answered(ask: Callable[[str], Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok", (question, answer.summary)


@pytest.mark.parametrize("question", ["lindsey graves senate polls south carolina 2020",
                                      "latest graves poll of the 2020 south carolina senate race"])
def test_a_real_surname_near_a_pollsters_name_is_not_that_pollster(ask: Callable[[str], Answer],
                                                                   question: str) -> None:
    # "graves" is one letter from Gravis Marketing, but a surname many people have: never Gravis's poll
    answer = ask(question)
    assert not any(e.kind == "pollster" and "gravis" in e.name.lower() for e in answer.entities), answer.summary
    assert "gravis" not in answer.title.lower(), (question, answer.title)


@cache
def shared_surnames_elsewhere() -> tuple[str, ...]:
    """Surnames two or more people of the 538 files have, no LA candidate or endorser among them, of one word."""
    la_words = {w for c in la_race().candidates for w in fold(c.name).split()}
    la_words |= {w for e in la_race().endorsements for w in fold(e.endorser).split()}
    people: dict[str, set[str]] = {}
    for name in fivethirtyeight_names().candidates:
        parts = first_and_last(name)
        if parts and " " not in parts[1] and len(parts[1]) > 3:
            people.setdefault(parts[1], set()).add(parts[0])
    return tuple(s for s, given in sorted(people.items()) if len(given) > 1 and s not in la_words)


def test_a_name_listed_with_candidates_that_people_of_other_races_have_is_asked_back(
        ask: Callable[[str], Answer]) -> None:
    """"bass, caruso and miller": the Millers of the files run elsewhere; which one is meant, never the LA
    comparison as if it were the answer."""
    surnames = shared_surnames_elsewhere()
    assert len(surnames) >= 8
    for name in surnames[::max(1, len(surnames) // 12)]:
        for phrasing in ("bass, caruso, and {n}", "{n} vs bass", "caruso or {n}, who's ahead in la"):
            question = phrasing.format(n=name)
            answer = ask(question)
            assert answer.status in ("ambiguous", "not_found"), (question, answer.summary)


@pytest.mark.parametrize("phrasing", ["when did {e} come out for {c}", "has {e} thrown their support behind {c}?",
                                      "did {e} get behind {c}"])
def test_a_phrasal_verb_of_endorsing_asks_the_endorsement(ask: Callable[[str], Answer], phrasing: str) -> None:
    """"came out for", "threw their support behind", "got behind": the endorsement asked, yes or not known."""
    endorsers = [e for e in la_race().endorsers() if len(e.endorser.split()) == 2][:6]
    for endorser in endorsers:
        candidate = fold(endorser.candidate).split()[-1]
        question = phrasing.format(e=fold(endorser.endorser), c=candidate)
        answer = ask(question)
        assert answer.status == "ok" and fold(endorser.endorser) in fold(answer.summary), (question, answer.summary)
    question = phrasing.format(e="oprah", c="bass")
    assert ask(question).status == "not_found", question
    answer = ask("how many people came out for the la general")
    assert answer.title.startswith("Votes cast") and "turnout" in fold(answer.summary), answer.summary


@pytest.mark.parametrize("question", ["bass westside numbers pls", "how did caruso do on the east side of la",
                                      "caruso downtown numbers", "como le fue a bass en la zona norte",
                                      "bass votes south side"])
def test_a_part_of_the_city_no_count_has_is_said_missing(ask: Callable[[str], Answer], question: str) -> None:
    """A part of the city named ("the westside", "downtown", "la zona norte"): no count or poll has it, so it is
    said missing, never the whole city's figures."""
    answer = ask(question)
    assert answer.status == "no_data", (question, answer.summary)


@pytest.mark.parametrize("title", ["mr", "ms", "councilman", "congresswoman", "sr", "rep"])
def test_a_title_before_a_candidates_name_is_no_part_of_it(ask: Callable[[str], Answer], title: str) -> None:
    """"mr caruso's primary vote total": a form of address, never a name nobody has."""
    for candidate in ("Rick Caruso", "Karen Bass"):
        surname = fold(candidate).split()[-1]
        answer = ask(f"{title} {surname} votes in the la primary")
        assert answer.status == "ok" and surname in fold(answer.summary), (title, answer.summary)


def test_a_name_written_surname_first_is_that_person(ask: Callable[[str], Answer]) -> None:
    """Files and lists write "CARUSO, RICK": the person, when the given name is theirs; "bass, caruso" stays two."""
    for candidate in la_race().candidates:
        words = candidate.name.split()
        if len(words) != 2 or candidate.status == "withdrawn":
            continue
        question = f"{words[1].upper()}, {words[0].upper()} la mayor primary result"
        answer = ask(question)
        assert answer.status == "ok" and fold(words[1]) in fold(answer.summary), (question, answer.summary)
    answer = ask("bass, caruso - who leads in la")
    assert {e.name for e in answer.entities if e.kind == "candidate"} == {"Karen Bass", "Rick Caruso"}


@pytest.mark.parametrize(("asked", "reported"), [("hispanic voters", "latino"), ("asian american voters", "asian"),
                                                 ("latinas", "latino"), ("african american voters", "black")])
def test_a_group_asked_by_another_of_its_names_is_the_group_polls_report(ask: Callable[[str], Answer], asked: str,
                                                                         reported: str) -> None:
    """The Census's categories have several names ("Hispanic or Latino"): a group asked by one is found under the
    other, never "no poll reports it"."""
    assert any(reported in fold(name) for name in la_race().subgroups_by_name())
    answer = ask(f"how are {asked} voting in the la mayor race")
    assert answer.status == "ok" and reported in fold(answer.title), (asked, answer.title)


def test_two_groups_named_are_each_answered(ask: Callable[[str], Answer]) -> None:
    """"did bass do better with latinos or white voters": both groups' figures, never one of them only."""
    groups = [name for name in la_race().subgroups_by_name() if fold(name) in ("latino voters", "white voters")]
    assert len(groups) == 2
    answer = ask("bass: better among latino voters or among white voters in la?")
    assert all(fold(g) in fold(answer.summary) for g in groups), answer.summary


def test_a_title_in_an_alias_is_no_given_name(ask: Callable[[str], Answer]) -> None:
    """"City Attorney Mike Feuer" is one of Feuer's names: "city" is no given name of his ("the city's registered
    voters" is about the city)."""
    titled = [a for c in la_race().candidates for a in c.aliases if fold(a).endswith(" " + fold(c.name))]
    assert titled
    for alias in titled:
        title = fold(alias).split()[0]
        answer = ask(f"registered voters in the {title} of la?")
        assert not any(e.kind == "candidate" for e in answer.entities), (alias, answer.summary)


def test_any_field_of_the_first_poll_is_the_first_polls(ask: Callable[[str], Answer]) -> None:
    """"who sponsored the first la mayor poll": the earliest poll's field, never the newest poll's."""
    first = min(la_race().polls, key=lambda p: p.as_of)
    for question in ("sponsor of the first poll of the la mayor race", "sample size of the first la mayoral poll"):
        answer = ask(question)
        assert fold(first.pollster).split()[0] in fold(answer.summary), (question, answer.summary)


def test_did_a_candidate_beat_anybody_is_their_result(ask: Callable[[str], Answer]) -> None:
    """"did jackson beat anybody in the la primary": his place, never the winner's margin over him."""
    last = la_race().results["primary"][-1]
    surname = fold(last.candidate).split()[-1]
    answer = ask(f"did {surname} beat anyone in the la primary")
    assert {e.name for e in answer.entities if e.kind == "candidate"} == {last.candidate}, answer.summary


def test_who_of_two_got_more_votes_is_their_margin(ask: Callable[[str], Answer]) -> None:
    results = la_race().results["primary"]
    third, fourth = results[2].candidate, results[3].candidate
    for question in (f"who got more votes in the la primary: {fold(fourth)} or {fold(third)}?",
                     f"quien saco mas votos en la primaria de los angeles, {fold(fourth)} o {fold(third)}"):
        answer = ask(question)
        assert {e.name for e in answer.entities if e.kind == "candidate"} == {third, fourth}, answer.summary


def test_a_place_asked_as_1st_or_2nd_is_no_district(ask: Callable[[str], Answer]) -> None:
    answer = ask("bass in the la general: 1st or 2nd?")
    assert answer.race_slug == "la-mayor-2022", answer.summary


def test_a_population_named_with_a_candidate_is_that_populations_poll_or_none(ask: Callable[[str], Answer]) -> None:
    """"bass with likely voters in the lmu poll": LMU asked registered voters only, so none; never its figures."""
    by_pollster: dict[str, set[str]] = {}
    for poll in la_race().polls:
        by_pollster.setdefault(poll.pollster, set()).add(poll.population or "")
    only_rv = [p for p, populations in by_pollster.items() if populations == {"rv"}]
    assert only_rv
    for pollster in only_rv:
        word = fold(pollster).split()[0]
        answer = ask(f"caruso among likely voters, {word} poll of la")
        assert answer.status == "no_data" and "likely" in fold(answer.summary), (pollster, answer.summary)


def test_a_surname_after_initials_is_someone_not_a_county(ask: Callable[[str], Answer]) -> None:
    answer = ask("did tj adams back karen bass")
    assert answer.status == "not_found" and "adams" in fold(answer.summary), answer.summary


def test_polls_counted_by_a_constraint_are_those_polls(ask: Callable[[str], Answer]) -> None:
    """"how many la mayor polls surveyed likely voters", "... in 2021", "... in october 2022": the polls of that
    population, year or month counted, never every poll of the race."""
    polls = la_race().polls
    by_population = sum(p.population == "lv" for p in polls)
    answer = ask("how many of the la mayor race's polls surveyed likely voters")
    assert f"{by_population} polls" in answer.summary, answer.summary
    years = sorted({p.as_of.year for p in polls})
    first_year = sum((p.start or p.as_of).year <= years[0] <= p.as_of.year for p in polls)
    answer = ask(f"how many polls of the la mayor race were there in {years[0]}?")
    assert f"{first_year} poll" in answer.summary, answer.summary
    answer = ask(f"how many la mayor polls in {years[0] - 2}?")
    assert answer.status == "no_data" and str(years[0] - 2) in answer.summary, answer.summary


def test_a_party_word_beside_a_person_is_their_party_not_the_generic_ballot(ask: Callable[[str], Answer]) -> None:
    """"is bass a democrat", "what party is caruso": the person's card (with the party), never the generic ballot's
    "Democrats" as a second candidate, nor "party" as a name."""
    for question, name in (("is caruso a democrat?", "Rick Caruso"), ("what party is karen bass", "Karen Bass"),
                           ("bass's share among democrats in the fm3 la poll", "Karen Bass")):
        answer = ask(question)
        assert answer.status == "ok" and name in {e.name for e in answer.entities}, (question, answer.summary)


def test_a_place_past_the_tenth_is_a_place(ask: Callable[[str], Answer]) -> None:
    results = la_race().results["primary"]
    assert len(results) >= 11
    answer = ask("who finished 11th in the la mayor primary")
    assert fold(results[10].candidate).split()[-1] in fold(answer.summary), answer.summary


def test_a_word_of_the_language_is_no_typo_of_a_county(ask: Callable[[str], Answer]) -> None:
    """"when is the la general held": no Weld County."""
    answer = ask("when is the la mayoral general held?")
    assert answer.intent == "election_date", answer.summary


def test_two_group_words_side_by_side_are_one_group(ask: Callable[[str], Answer]) -> None:
    """"black women": a group of its own (no LA poll reports it), never Black voters nor women."""
    groups = {fold(g) for g in la_race().subgroups_by_name()}
    assert "black women" not in groups and any("black" in g for g in groups)
    answer = ask("how is caruso doing among black women")
    assert answer.status == "no_data" and "black women" in fold(answer.summary), answer.summary


def test_the_days_between_two_stages_are_counted(ask: Callable[[str], Answer]) -> None:
    stages = la_race().stages
    days = (stages["general"] - stages["primary"]).days
    for question in ("days from the la primary to the general?", "cuanto tiempo en dias entre la primaria y la general "
                                                                 "de la alcaldia de los angeles"):
        answer = ask(question)
        assert answer.intent == "election_date" and str(days) in answer.summary, (question, answer.summary)


def test_a_withdrawal_granted_in_its_own_clause_is_not_what_is_asked(ask: Callable[[str], Answer]) -> None:
    """"feuer's primary votes even though he dropped out": his result; "is buscaino still running": no, he withdrew."""
    gone = [c for c in la_race().candidates if c.status == "withdrawn"]
    on_ballot = {r.candidate for r in la_race().results["primary"]}
    for candidate in [c for c in gone if c.name in on_ballot][:2]:
        surname = fold(candidate.name).split()[-1]
        answer = ask(f"how did {surname} do in the la primary even though he dropped out")
        assert answer.intent == "results" and surname in fold(answer.summary), answer.summary
        answer = ask(f"is {surname} still in the running for la mayor")
        assert answer.summary.startswith("No"), answer.summary


@pytest.mark.parametrize(("noun", "title"), [("senators", "senator"), ("supervisors", "supervisor"),
                                             ("council members", "council"), ("senadores", "senator")])
def test_endorsers_named_by_their_office_are_those_endorsers(ask: Callable[[str], Answer], noun: str,
                                                             title: str) -> None:
    """"which county supervisors endorsed bass": the endorsers the sources describe so, never all of them."""
    expected = {e.endorser for e in la_race().endorsements if e.candidate == "Karen Bass"
                and title in fold(next(d for d in [_description(e.endorser)] if d is not None))}
    assert expected
    answer = ask(f"which {noun} endorsed karen bass")
    named = {f.text.split(" (")[0] for f in answer.facts}
    assert named == expected, (noun, named ^ expected)


def _description(endorser: str) -> str | None:
    """An endorser's description as the LA bundles give it ("" when none)."""
    for text in la_race().text.split("- endorser: ")[1:]:
        if text.split("\n")[0].strip().strip('"') == endorser:
            found = re.search(r"endorser_description: \"?([^\n\"]+)", text)
            return found.group(1) if found else ""
    return ""


def test_the_races_endorsements_are_counted_by_candidate(ask: Callable[[str], Answer]) -> None:
    """"who has the most endorsements in the la mayor race": every candidate's count, the most endorsed first."""
    counts = Counter(e.candidate for e in la_race().endorsements)
    top, n = counts.most_common(1)[0]
    answer = ask("which candidate has the most endorsements in the la mayoral race?")
    assert f"{top} ({n})" in answer.summary, answer.summary


def test_the_largest_and_smallest_sample_are_those_polls(ask: Callable[[str], Answer]) -> None:
    sized = [p for p in la_race().polls if _sample(p.id)]
    largest, smallest = max(sized, key=lambda p: _sample(p.id)), min(sized, key=lambda p: _sample(p.id))
    for question, poll in (("the la mayor poll with the largest sample?", largest),
                           ("which poll of the la mayor race had the smallest sample", smallest)):
        answer = ask(question)
        assert f"{_sample(poll.id):,}" in answer.summary, (question, answer.summary)


def _sample(poll_id: str) -> int:
    """A poll's sample size as the LA bundles give it (0 when none)."""
    for text in la_race().text.split("- id: ")[1:]:
        if text.split("\n")[0].strip() == poll_id:
            found = re.search(r"sample_size: (\d+)", text.split("\n      - id: ")[0])
            return int(found.group(1)) if found else 0
    return 0
