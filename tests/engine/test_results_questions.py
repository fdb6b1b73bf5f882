"""Questions about published results, asked as a new user asks them of the files imported as published: who won a
state, a county, a measure; the expected figures read from the files by `tests.results_set.files`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.db.database import Database
from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers.bundled import load_bundled_races
from tests.engine.asking import all_files_asker
from tests.results_set import files
from tests.results_set.derive import PRES_CO, PRES_GA
from tests.results_set.expect import answer_text, fold
from tests.results_set.score import ASKED_ON, import_as_new_user

pytestmark = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")

IMPORTED = (files.CLARITY_CO, files.CLARITY_GA, files.DATA / "fivethirtyeight" / "president_polls_2024-03.csv",
            files.GENERIC_BALLOT)


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    folder: Path = tmp_path_factory.mktemp("results_questions")
    runner = asyncio.Runner()
    db = Database(f"sqlite+aiosqlite:///{folder / 'results.sqlite3'}")
    runner.run(db.open(load_bundled=load_bundled_races))
    for path in IMPORTED:
        assert runner.run(import_as_new_user(db, path)) == "", path
    engine = QuestionEngine(db, clock=lambda: ASKED_ON)
    yield lambda text, language=None: runner.run(engine.ask(text, AskContext(today=ASKED_ON, language=language)))
    runner.run(db.close())
    runner.close()


def says(answer: Answer, *texts: str) -> bool:
    text = answer_text(answer)
    return all(fold(t) in text for t in texts)


@pytest.mark.parametrize("question", ["who won colorado in 2024", "colorado 2024 results", "who took colorado 24"])
def test_who_won_a_state_in_a_presidential_year_is_its_presidential_race(ask: Callable[..., Answer],
                                                                        question: str) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, PRES_CO)
    answer = ask(question)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and "president" in answer.race_slug
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]))


@pytest.mark.parametrize("question", ["quien gano colorado el 2024", "resultados de colorado 2024"])
def test_who_won_a_state_in_spanish_is_its_presidential_race(ask: Callable[..., Answer], question: str) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, PRES_CO)
    answer = ask(question, "es")
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and "president" in answer.race_slug
    assert says(answer, files.surname(tally.winner))


def test_a_state_with_no_count_says_its_presidential_race_has_no_results(ask: Callable[..., Answer]) -> None:
    answer = ask("who won michigan in 2024")
    assert answer.status == "no_data"
    assert answer.race_slug is not None and answer.race_slug.startswith("michigan") and "president" in \
        answer.race_slug


def test_an_office_named_is_never_replaced_by_the_presidential_race(ask: Callable[..., Answer]) -> None:
    answer = ask("who won colorado's 8th district 2024")
    assert answer.race_slug is not None and "district-8" in answer.race_slug


@pytest.mark.parametrize(("question", "language"), [("how many mail votes did harris get in colorado", None),
                                                    ("cuantos votos por correo saco harris en colorado", "es")])
def test_a_vote_type_a_count_is_not_split_by_is_reported_never_dropped(ask: Callable[..., Answer], question: str,
                                                                       language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, PRES_CO)
    answer = ask(question, language)
    assert answer.status == "no_data"
    assert says(answer, "correo" if language else "mail")
    assert str(tally.of("harris")) not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("turnout in colorado 2024", None),
                                                    ("how many ballots were cast in colorado in 2024", None),
                                                    ("participacion en colorado 2024", "es")])
def test_turnout_of_a_state_with_no_office_named_is_its_presidential_races(ask: Callable[..., Answer], question: str,
                                                                           language: str | None) -> None:
    answer = ask(question, language)
    assert answer.race_slug is not None and "president" in answer.race_slug
    assert answer.status == "ok"



@pytest.mark.parametrize(("question", "county", "language"), [
    ("who won pueblo county colorado", "Pueblo", None), ("who won el paso county in 2024", "El Paso", None),
    ("quien gano el condado de pueblo", "Pueblo", "es"), ("quién ganó el condado de larimer colorado", "Larimer", "es"),
])
def test_who_won_a_county_is_read_from_the_counts_areas(ask: Callable[..., Answer], question: str, county: str,
                                                        language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, PRES_CO, county)
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]), county)
    whole = files.clarity_tally(files.CLARITY_CO, PRES_CO)
    assert str(whole.votes[whole.winner]) not in answer_text(answer)


def test_a_precinct_of_a_countys_file_is_one_of_its_areas(ask: Callable[..., Answer]) -> None:
    tally = files.clarity_tally(files.CLARITY_GA, PRES_GA, "Pearson City")
    answer = ask("who won the pearson city precinct in the 2020 presidential race")
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]), "pearson city")


@pytest.mark.parametrize(("question", "area", "language"), [("what was turnout in denver county", "Denver", None),
                                                            ("participación en el condado de denver", "Denver", "es")])
def test_turnout_of_a_county_is_its_ballots_cast(ask: Callable[..., Answer], question: str, area: str,
                                                 language: str | None) -> None:
    cast, _registered = files.clarity_turnout(files.CLARITY_CO, area)
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    assert str(cast) in answer_text(answer)



@pytest.mark.parametrize(("question", "cycle", "language"), [
    ("who leads the generic ballot", 2024, None), ("who led the 2018 generic ballot", 2018, None),
    ("generic ballot 2022 who led", 2022, None), ("quien va ganando la boleta generica", 2024, "es"),
])
def test_the_generic_ballot_is_the_national_race_of_its_cycle(ask: Callable[..., Answer], question: str, cycle: int,
                                                              language: str | None) -> None:
    dem, rep = files.generic_average(cycle)
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and answer.race_slug.endswith(f"generic-{cycle}")
    assert answer.summary.startswith("Democrats" if dem > rep else "Republicans")


# ------------------------------------------------------------------------------------------------ every file
# The questions below need the files a new user imports together: MEDSL's states, OpenElections' Cameron County, the
# Clarity counties and precincts, and the polls that give "harris" and "trump" several records (Andy Harris's House
# polls, the 2024 presidential polls).
@pytest.fixture(scope="module")
def ask_all(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    yield from all_files_asker(tmp_path_factory.mktemp("ask_all"))


@pytest.mark.parametrize(("question", "state", "person", "language"), [
    ("how many votes did harris get in arizona", "ARIZONA", "harris", None),
    ("cuantos votos saco harris en nevada", "NEVADA", "harris", "es"),
    ("kamala votes in minnesota 2024", "MINNESOTA", "harris", None),  # a given name alone: every record of it
    ("votos de kamala en florida", "FLORIDA", "harris", "es"),
    ("trumps total in ohio", "OHIO", "trump", None),  # an 's typed without the apostrophe
])
def test_a_name_many_records_share_is_the_record_of_the_state_named(ask_all: Callable[..., Answer], question: str,
                                                                    state: str, person: str,
                                                                    language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and "president" in answer.race_slug
    assert str(files.medsl_states()[state].of(person)) in answer_text(answer)


@pytest.mark.parametrize(("question", "county", "person", "language"), [
    ("harris votes in douglas county colorado", "Douglas", "harris", None),
    ("trump in mesa county", "Mesa", "trump", None),
    ("votos de trump en el condado de weld", "Weld", "trump", "es"),
])
def test_a_name_many_records_share_is_the_record_a_count_of_the_county_named_has(ask_all: Callable[..., Answer],
                                                                                 question: str, county: str,
                                                                                 person: str,
                                                                                 language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(files.clarity_tally(files.CLARITY_CO, PRES_CO, county).of(person)), county)
    assert str(files.clarity_tally(files.CLARITY_CO, PRES_CO).of(person)) not in answer_text(answer)


@pytest.mark.parametrize(("question", "precinct", "person", "language"), [
    ("trump votes in emporium middle ward", "Middle Ward Emporium Borough", "trump", None),
    ("how did harris do in shippen township west", "West Shippen Township", "harris", None),
    ("votos de harris en lumber township", "Lumber Township", "harris", "es"),
])
def test_a_precinct_of_a_countys_own_file_in_any_word_order(ask_all: Callable[..., Answer], question: str,
                                                            precinct: str, person: str,
                                                            language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(files.cameron_tally("President", precinct).of(person)), precinct)


@pytest.mark.parametrize(("question", "contest", "area", "person", "language"), [
    ("how did loeffler do in axson", "US Senate (Loeffler) - Special", "Axson", "loeffler", None),
    ("como le fue a perdue en willacoochee", "US Senate (Perdue)", "Willacoochee", "perdue", "es"),
])
def test_a_precinct_the_data_has_named_without_an_area_word(ask_all: Callable[..., Answer], question: str,
                                                            contest: str, area: str, person: str,
                                                            language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(files.clarity_tally(files.CLARITY_GA, contest, area).of(person)), area)


@pytest.mark.parametrize(("question", "county", "language"), [("who won king county", "king", None),
                                                              ("quien gano el condado de cook", "cook", "es")])
def test_a_county_no_count_has_is_said_to_have_no_results(ask_all: Callable[..., Answer], question: str, county: str,
                                                          language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "no_data", answer.summary
    assert says(answer, county)


@pytest.mark.parametrize(("question", "language"), [("how many people voted in minnesota 2024", None),
                                                    ("cuanta gente voto en minnesota en 2024", "es")])
def test_the_votes_cast_in_a_state_are_medsls_totalvotes(ask_all: Callable[..., Answer], question: str,
                                                         language: str | None) -> None:
    tally = files.medsl_states()["MINNESOTA"]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert str(tally.total) in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("cameron county pa turnout", None),
                                                    ("participacion en el condado de cameron", "es")])
def test_turnout_of_a_countys_file_is_its_ballots_cast(ask_all: Callable[..., Answer], question: str,
                                                       language: str | None) -> None:
    cast, registered = files.cameron_turnout()
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(cast), str(registered))


@pytest.mark.parametrize(("question", "language"), [("how much did trump win arizona by in 2024", None),
                                                    ("por cuanto gano trump arizona en 2024", "es")])
def test_a_states_margin(ask_all: Callable[..., Answer], question: str, language: str | None) -> None:
    (_, first), (_, second) = files.medsl_states()["ARIZONA"].ranked()[:2]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert str(first - second) in answer_text(answer)


@pytest.mark.parametrize(("question", "state", "language"), [("who took georgia in 24", "GEORGIA", None),
                                                             ("quien gano michigan en el 24", "MICHIGAN", "es")])
def test_two_digits_after_in_are_the_year_not_a_district(ask_all: Callable[..., Answer], question: str, state: str,
                                                         language: str | None) -> None:
    tally = files.medsl_states()[state]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]))


@pytest.mark.parametrize(("question", "language"), [("dems or the gop on the generic ballot", None),
                                                    ("democratas o republicanos en la boleta generica", "es")])
def test_the_parties_of_the_generic_ballot_are_its_sides_not_the_polls_party_groups(ask: Callable[..., Answer],
                                                                                    question: str,
                                                                                    language: str | None) -> None:
    dem, rep = files.generic_average(2024)
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and answer.race_slug.endswith("generic-2024")
    leader, other = ("democrats", "republicans") if dem > rep else ("republicans", "democrats")
    text = answer_text(answer)
    assert leader in text and other in text and text.index(leader) < text.index(other)


@pytest.mark.parametrize(("question", "county", "person", "language"), [
    ("harris results denver", "Denver", "harris", None),  # Denver, not the pollster University of Denver
    ("trump arapahoe votes", "Arapahoe", "trump", None),  # a surname beside a county's name: two things
    ("trump in boulder", "Boulder", "trump", None),  # a word of the language after "in"
    ("votos de harris en boulder", "Boulder", "harris", "es"),
])
def test_a_county_of_the_data_named_without_the_word_county(ask_all: Callable[..., Answer], question: str,
                                                             county: str, person: str,
                                                             language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(files.clarity_tally(files.CLARITY_CO, PRES_CO, county).of(person)), county)


def test_a_pollsters_short_name_stays_the_pollsters_when_a_poll_is_asked(ask_all: Callable[..., Answer]) -> None:
    answer = ask_all("latest denver poll")
    assert answer.status == "ok", answer.summary
    assert says(answer, "university of denver")


@pytest.mark.parametrize("question", ["how is kari lakes doing", "kari lakes numbers"])
def test_a_typo_of_a_persons_name_that_a_pollster_shares_is_no_area(ask_all: Callable[..., Answer],
                                                                     question: str) -> None:
    # "lakes" is near Lake Research and a precinct's name, but beside "kari" it is Kari Lake
    answer = ask_all(question)
    assert answer.status == "ok", answer.summary
    assert "Results by area" not in answer.title and "Arizona" in answer.title


@pytest.mark.parametrize(("question", "language"), [("boebert votes in pueblo county", None),
                                                    ("votos de boebert en el condado de pueblo", "es")])
def test_a_county_outside_a_districts_count_is_said_to_be_outside_it(ask_all: Callable[..., Answer], question: str,
                                                                     language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "no_data", answer.summary
    assert answer.race_slug is not None and "district-4" in answer.race_slug
    assert says(answer, "pueblo")
    assert str(files.clarity_tally(files.CLARITY_CO, PRES_CO, "Pueblo").of("trump")) not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [
    ("votos el dia de la eleccion de perdue en atkinson", "es"),  # the phrase's articles are the phrase's
    ("cuantos votos tuvo perdue el dia de la eleccion en el condado de atkinson", "es"),  # "de" of the county too
    ("perdue's election day vote in atkinson county", None),
])
def test_a_vote_type_phrase_with_articles_is_the_vote_type(ask_all: Callable[..., Answer], question: str,
                                                           language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    here = files.clarity_tally(files.CLARITY_GA, "US Senate (Perdue)", None, "Election Day Votes").of("perdue")
    whole = files.clarity_tally(files.CLARITY_GA, "US Senate (Perdue)").of("perdue")
    assert str(here) in answer_text(answer) and str(whole) not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("did rfk get any votes in colorado", None),
                                                    ("votos de rfk en colorado", "es")])
def test_a_record_of_the_same_name_that_runs_in_the_race_named(ask_all: Callable[..., Answer], question: str,
                                                               language: str | None) -> None:
    # the polls' "Robert F. Kennedy" ran in no Colorado race; Colorado's ticket "Robert F. Kennedy Jr. / ..." did
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert str(files.clarity_tally(files.CLARITY_CO, PRES_CO).of("kennedy")) in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("who won cameron county texas", None),
                                                    ("quien gano el condado de cameron en texas", "es")])
def test_a_county_of_the_state_named_is_never_another_states_county_of_that_name(ask_all: Callable[..., Answer],
                                                                                   question: str,
                                                                                   language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "no_data", answer.summary
    assert answer.race_slug is not None and answer.race_slug.startswith("texas")
    assert str(files.cameron_tally("President").votes[files.cameron_tally("President").winner]) \
        not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("did trump win colorado in 2020", None),
                                                    ("gano trump colorado en 2020", "es")])
def test_one_persons_records_with_no_race_that_fits_say_no_such_race(ask_all: Callable[..., Answer], question: str,
                                                                     language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "not_found", answer.summary
    assert says(answer, "2020", "colorado")


@pytest.mark.parametrize(("question", "language"), [("who won pueblo county in 2020", None),
                                                    ("quien gano el condado de pueblo en 2020", "es")])
def test_a_county_counted_only_in_other_races_is_said_to_have_no_results_in_those_named(
        ask_all: Callable[..., Answer], question: str, language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "no_data", answer.summary
    assert says(answer, "pueblo", "2020")
    assert str(files.clarity_tally(files.CLARITY_CO, PRES_CO, "Pueblo").of("trump")) not in answer_text(answer)


@pytest.mark.parametrize(("question", "state", "language"), [("who won mn in 24", "MINNESOTA", None),
                                                             ("quien se llevo ohio", "OHIO", "es")])
def test_who_took_a_state_named_by_its_code_or_in_spanish(ask_all: Callable[..., Answer], question: str, state: str,
                                                          language: str | None) -> None:
    tally = files.medsl_states()[state]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]))


@pytest.mark.parametrize(("question", "county", "person", "language"), [
    ("harris arapaho county", "Arapahoe", "harris", None),  # a county of the data typed with a typo
    ("trump votes larimar county", "Larimer", "trump", None),
    ("trump el paso cnty", "El Paso", "trump", None),  # "cnty", "cty": county
    ("votos de harris en el condado de arapaho", "Arapahoe", "harris", "es"),
])
def test_a_county_of_the_data_typed_with_a_typo_or_a_short_word(ask_all: Callable[..., Answer], question: str,
                                                                county: str, person: str,
                                                                language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(files.clarity_tally(files.CLARITY_CO, PRES_CO, county).of(person)), county)


@pytest.mark.parametrize(("question", "language"), [("perdue in willacoochie", None),
                                                    ("como le fue a perdue en willacochee", "es")])
def test_a_precinct_of_the_data_typed_with_a_typo(ask_all: Callable[..., Answer], question: str,
                                                  language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_GA, "US Senate (Perdue)", "Willacoochee")
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(tally.of("perdue")), "willacoochee")


@pytest.mark.parametrize(("question", "language"), [("prop131 results", None),
                                                    ("resultado de la proposicion131", "es")])
def test_a_measure_typed_as_one_word(ask: Callable[..., Answer], question: str, language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, "Proposition 131 (STATUTORY)")
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    yes = next(n for name, n in tally.votes.items() if name.lower().startswith("yes"))
    assert str(yes) in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("encuesta generica mas reciente", "es"),
                                                    ("quien gana la generica", "es"), ("whos up on the generic", None)])
def test_the_generic_ballot_named_generic_alone(ask: Callable[..., Answer], question: str,
                                                language: str | None) -> None:
    answer = ask(question, language)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and answer.race_slug.endswith("generic-2024")


@pytest.mark.parametrize(("question", "language"), [("mcconnell vs bevin 2014", None),
                                                    ("mcconnell contra bevin en 2014", "es")])
def test_two_candidates_side_by_side_show_their_count(ask_all: Callable[..., Answer], question: str,
                                                      language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_KY, "US Senator - REPUBLICAN")
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(tally.of("mcconnell")), str(tally.of("bevin")), "greenup")


@pytest.mark.parametrize(("question", "language"), [("who beat frisch", None), ("quien le gano a frisch", "es")])
def test_a_result_asked_of_a_person_is_the_race_counted_not_the_one_polled(ask_all: Callable[..., Answer],
                                                                          question: str,
                                                                          language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_CO, "Representative to the 119th United States Congress - District 3")
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert answer.race_slug is not None and answer.race_slug.endswith("2024")
    assert says(answer, files.surname(tally.winner))


@pytest.mark.parametrize(("question", "language"), [("voter turnout in pa 2024", None),
                                                    ("cuantos votos hubo en pensilvania en 2024", "es")])
def test_a_countys_own_count_is_never_added_to_its_states(ask_all: Callable[..., Answer], question: str,
                                                          language: str | None) -> None:
    tally = files.medsl_states()["PENNSYLVANIA"]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert str(tally.total) in answer_text(answer)
    assert str(files.cameron_tally("President").of("trump")) not in answer_text(answer)


@pytest.mark.parametrize(("question", "state", "language"), [
    ("how'd trump do in az", "ARIZONA", None), ("michigan went to who", "MICHIGAN", None),
    ("did georgia go red", "GEORGIA", None), ("y michigan quien lo gano", "MICHIGAN", "es"),
])
def test_who_won_a_state_asked_as_people_type_it(ask_all: Callable[..., Answer], question: str, state: str,
                                                 language: str | None) -> None:
    tally = files.medsl_states()[state]
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]))


@pytest.mark.parametrize(("question", "precinct", "language"), [
    ("mcconnell in a104 greenup county", "A104", None),  # a precinct beside its county: the precinct
    ("who won precinct A105 greenup", "A105", None),
    ("votos de mcconnell en a106 condado de greenup", "A106", "es"),
])
def test_a_precinct_named_beside_its_county_is_the_area(ask_all: Callable[..., Answer], question: str, precinct: str,
                                                        language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_KY, "US Senator - REPUBLICAN", precinct)
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, str(tally.of("mcconnell")), precinct)
    assert str(files.clarity_tally(files.CLARITY_KY, "US Senator - REPUBLICAN").of("mcconnell")) \
        not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("who won atkinson county sheriff", None),
                                                    ("quien gano sheriff en el condado de atkinson", "es")])
def test_an_office_no_race_has_is_never_answered_with_another_race_of_the_area(ask_all: Callable[..., Answer],
                                                                               question: str,
                                                                               language: str | None) -> None:
    answer = ask_all(question, language)
    assert answer.status in ("no_data", "not_found"), answer.summary
    assert "president" not in (answer.race_slug or "")
    assert str(files.clarity_tally(files.CLARITY_GA, PRES_GA).of("trump")) not in answer_text(answer)


@pytest.mark.parametrize(("question", "language"), [("who won the special senate election in georgia 2020", None),
                                                    ("quien gano la eleccion especial al senado de georgia 2020",
                                                     "es")])
def test_a_result_asked_of_races_alike_is_the_one_with_results(ask_all: Callable[..., Answer], question: str,
                                                               language: str | None) -> None:
    tally = files.clarity_tally(files.CLARITY_GA, "US Senate (Loeffler) - Special")
    answer = ask_all(question, language)
    assert answer.status == "ok", answer.summary
    assert says(answer, files.surname(tally.winner), str(tally.votes[tally.winner]))


@pytest.mark.parametrize(("question", "race_words"), [
    ("tim walz 2018 minnesota governor race", "minnesota"),  # Timothy J. Walz of the polls, not the 2024 ticket
    ("harris walz colorado", "colorado"),  # the Colorado ticket, not the polls' Kamala Harris
    ("kamala harris colorado votes", "colorado")])
def test_a_person_is_the_record_of_the_race_named_whichever_way_the_name_is_typed(
        ask_all: Callable[..., Answer], question: str, race_words: str) -> None:
    answer = ask_all(question)
    assert answer.status == "ok" and race_words in (answer.race_slug or ""), (question, answer.race_slug,
                                                                               answer.summary)


@pytest.mark.parametrize(("question", "state"), [("did trump win pennsylvania", "pennsylvania"),
                                                 ("trump won pennsylvania in 2024 by how much", "pennsylvania"),
                                                 ("did harris win colorado", "colorado")])
def test_words_whose_initials_spell_a_pollsters_are_not_that_pollster(ask_all: Callable[..., Answer],
                                                                       question: str, state: str) -> None:
    # "trump win pennsylvania" spells TWP, The Washington Post's initials: a person, a verb and a state, no pollster
    answer = ask_all(question)
    assert answer.status == "ok" and answer.race_slug == f"{state}-u-s-president-2024", (question, answer.race_slug)


@pytest.mark.parametrize(("question", "language"), [
    ("ossoff's votes in fulton county, from the atkinson file", None),
    ("votos de ossoff en el condado de fulton, segun el archivo de atkinson", "es")])
def test_an_area_named_with_its_word_is_kept_beside_an_area_the_data_has(ask_all: Callable[..., Answer],
                                                                         question: str, language: str | None) -> None:
    # Fulton County is what was asked: no count has it; never Atkinson County's count instead
    answer = ask_all(question, language)
    assert answer.status == "no_data" and "fulton" in answer.summary.lower(), answer.summary


@pytest.mark.parametrize(("question", "state"), [("total votes cast in wyoming", "wyoming"),
                                                 ("nevada margin", "nevada"),
                                                 ("who finished third in colorado", "colorado"),
                                                 ("participacion en colorado", "colorado")])
def test_a_result_asked_of_a_state_is_of_its_race_with_results(ask_all: Callable[..., Answer], question: str,
                                                               state: str) -> None:
    # no office or year named: the state's race that has results (the top of the ticket), not its upcoming one
    answer = ask_all(question)
    assert answer.status == "ok" and answer.race_slug == f"{state}-u-s-president-2024", (question, answer.race_slug,
                                                                                         answer.summary)


@pytest.mark.parametrize("question", ["trump in emporium east ward?", "trump votes, pearson city precinct",
                                      "biden votes, pearson county precinct atkinson"])
def test_a_precincts_name_that_holds_a_pollsters_or_a_surname_is_the_precinct(ask_all: Callable[..., Answer],
                                                                              question: str) -> None:
    answer = ask_all(question)
    assert answer.status == "ok", (question, answer.summary)
    assert any(word in answer.title.lower() for word in ("emporium", "pearson")), (question, answer.title)


@pytest.mark.parametrize(("question", "language"), [
    ("did rick caruso improve from the primary to the general?", None),
    ("how did karen bass do in the primary and in the general", None),
    ("a bass le fue mejor en la primaria o en la general", "es")])
def test_two_stages_named_get_the_candidates_result_in_each(ask: Callable[..., Answer], question: str,
                                                            language: str | None) -> None:
    from tests.engine.question_data import la_race
    race = la_race()
    surname = "caruso" if "caruso" in question else "bass"
    answer = ask(question, language)
    said = answer_text(answer)
    for stage in ("primary", "general"):
        result = next(r for r in race.results[stage] if surname in r.candidate.lower())
        assert str(result.votes) in said.replace(",", "").replace(".", ""), (question, stage, said)


@pytest.mark.parametrize("question", ["how far apart were bass and caruso in the general",
                                      "how many votes separated caruso and bass in november"])
def test_how_far_apart_two_candidates_finished_is_the_margin(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok" and "88,997" in answer.summary, (question, answer.summary)


def test_a_gap_in_the_polls_is_the_polls_gap(ask: Callable[..., Answer]) -> None:
    answer = ask("how far apart are bass and caruso in the polls")
    assert answer.status == "ok" and "Polling average" in answer.summary, answer.summary


@pytest.mark.parametrize(("question", "figure"), [("how much was caruso down by in the la general", "88,997"),
                                                  ("bass was ahead by how much in the primary", "46,021")])
def test_up_down_ahead_or_behind_by_asks_the_margin(ask: Callable[..., Answer], question: str, figure: str) -> None:
    answer = ask(question)
    assert answer.status == "ok" and figure in answer.summary, (question, answer.summary)


def test_how_much_a_state_was_won_by_with_words_after_by(ask_all: Callable[..., Answer]) -> None:
    answer = ask_all("how much did trump win nevada by overall")
    assert answer.status == "ok" and "46,008" in answer.summary, answer.summary
