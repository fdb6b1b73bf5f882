"""The scope a question names, honoured or said missing, asked of every real file imported as a new user imports
it: a stage that was held but has no results here, the whole state where a file counts one county, a poll's year,
an area's own figures whichever race its count has, a person in a race that is not theirs, initials typed together,
and a person of the files who endorsed no one here."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from bot.given_names import compatible_with
from tests.engine.asking import all_files_asker
from tests.results_set import files
from tests.results_set.expect import answer_text, fold

pytestmark = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    yield from all_files_asker(tmp_path_factory.mktemp("ask"))


@pytest.mark.parametrize("question", ["perdue or ossoff, who won the runoff", "ossoff vs perdue runoff winner?",
                                      "who won the warnock loeffler runoff"])
def test_a_stage_held_with_no_results_here_is_said_missing_never_the_polls(ask: Callable[..., Answer],
                                                                         question: str) -> None:
    """The Georgia runoffs of January 2021 were held, but no file here has their results: said so, never the
    polling average of the general as the winner."""
    answer = ask(question)
    assert answer.status == "no_data" and "runoff" in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize(("question", "language"), [("did casey or mccormick carry pennsylvania statewide in 2024",
                                                     None),
                                                    ("quien gano el senado de pennsylvania 2024 en todo el estado",
                                                     "es")])
def test_the_whole_state_asked_of_a_county_count_is_said_missing(ask: Callable[..., Answer], question: str,
                                                                 language: str | None) -> None:
    """OpenElections' Cameron County file holds one county of Pennsylvania: the whole state's winner is not in it."""
    answer = ask(question, language)
    assert answer.status == "no_data" and "cameron" in fold(answer.summary), (question, answer.summary)
    assert ask("who won colorado statewide in 2024").status == "ok"  # a statewide count answers


def test_a_counties_registered_voters_are_its_count_whichever_race(ask: Callable[..., Answer]) -> None:
    """Atkinson County's registered voters and ballots are the same in each race its Clarity file counts."""
    ballots, registered = files.clarity_turnout(files.CLARITY_GA)  # the file is Atkinson County's
    county = "atkinson"
    for question in (f"registered voters in {county} county georgia", f"{county} county ga turnout"):
        answer = ask(question)
        assert answer.status == "ok" and f"{registered:,}" in answer.summary, (question, answer.summary)
        assert f"{ballots:,}" in answer.summary, (question, answer.summary)


@pytest.mark.parametrize("question", ["any fm3 la mayor poll conducted in 2022?",
                                      "la mayor race polls taken in 2020"])
def test_a_polls_year_named_by_its_verb_is_honoured(ask: Callable[..., Answer], question: str) -> None:
    """"a poll fielded in 2022": the polls of that year only (FM3 polled LA in 2021); none, said so."""
    answer = ask(question)
    year = next(w.strip("?") for w in question.split() if w.strip("?").isdigit())
    assert answer.status == "no_data" and year in answer.summary, (question, answer.summary)


def test_a_person_named_with_a_race_that_is_not_theirs_is_no_answer_about_their_own(
        ask: Callable[..., Answer]) -> None:
    """"mike braun indiana governor 2020": Braun ran for the Senate in 2018; "No", never his Senate polls."""
    answer = ask("mike braun 2020 indiana governor race")
    assert answer.summary.startswith("No") and "2020 indiana governor" in fold(answer.summary), answer.summary


def test_initials_typed_together_are_a_given_name_of_that_letter(ask: Callable[..., Answer]) -> None:
    assert compatible_with("jb")("jay") and compatible_with("jay")("jb") and not compatible_with("jb")("robert")
    answer = ask("jb pritzker 2018 illinois governor race")
    assert "pritzker" in fold(answer_text(answer)) and "not a candidate" not in answer.summary, answer.summary


@pytest.mark.parametrize(("question", "language"), [("¿mitch mcconnell apoyo a bass?", "es"),
                                                    ("ted cruz endorsed caruso?", None)])
def test_a_person_who_endorsed_no_one_here_is_no_endorser(ask: Callable[..., Answer], question: str,
                                                          language: str | None) -> None:
    """A candidate of the files named as an endorser: not known as one, never every endorsement of the other."""
    answer = ask(question, language)
    assert answer.status in ("not_found", "no_data") and "caruso" not in fold(answer.summary), (question,
                                                                                               answer.summary)


@pytest.mark.parametrize(("question", "language"), [("who came out on top in the 2020 georgia special in atkinson",
                                                     None),
                                                    ("quien gano la especial del senado de georgia en atkinson", "es")])
def test_a_spanish_article_before_a_word_english_lacks_is_no_louisiana(ask: Callable[..., Answer], question: str,
                                                                     language: str | None) -> None:
    """"la especial" is an article and a Spanish word, never LA (Los Angeles or Louisiana); "came out on top" is who
    won. The count of Atkinson County's special election says who."""
    contest = next(c for c in dict.fromkeys(r.contest.text for r in files.clarity(files.CLARITY_GA).results)
                   if "special" in fold(c) or "loeffler" in fold(c))
    tally = files.clarity_tally(files.CLARITY_GA, contest)
    answer = ask(question, language)
    assert answer.status == "ok" and str(tally.votes[tally.winner]) in answer.summary.replace(",", "").replace(
        ".", ""), (question, answer.summary)


@pytest.mark.parametrize("question", ["how is king polling in maine 2024", "how did scott poll against nelson in 2018",
                                      "mccormick vs casey 2024"])
def test_a_name_several_people_have_settled_by_the_race_is_no_pollster_or_county(ask: Callable[..., Answer],
                                                                                  question: str) -> None:
    """"king" is KING TV's word and four Kings' name; "mccormick" a county's: the race named settles the person."""
    answer = ask(question)
    assert answer.status == "ok" and answer.intent in ("leader", "compare"), (question, answer.summary)


def test_how_someone_did_in_the_polls_is_their_polls_not_results(ask: Callable[..., Answer]) -> None:
    for question, language in (("how did mcsally do in the polls in 2018", None),
                               ("como le fue a mcsally en las encuestas del 2018", "es")):
        answer = ask(question, language)
        assert answer.status == "ok" and answer.intent == "leader", (question, answer.summary)


def test_a_name_typed_with_a_typo_that_many_records_share_is_the_record_of_the_state_named(
        ask: Callable[..., Answer]) -> None:
    """"jill steins ... wi 2024": every record of Jill Stein, then the Wisconsin one (MEDSL's)."""
    answer = ask("jill steins votes in wi 2024")
    assert answer.status == "ok" and str(files.medsl_states()["WISCONSIN"].of("stein")) in answer_text(answer)


@pytest.mark.parametrize(("question", "extra"), [("sharp", "tuberville jones {n} al"),
                                                 ("pope", "nelson scott {n} fl 2018"),
                                                 ("holland", "gallego {n} az 2024")])
def test_a_real_surname_in_a_row_of_names_is_someone_nobody_has(ask: Callable[..., Answer], question: str,
                                                                extra: str) -> None:
    """Names and race terms only: every word a name, so a real surname there is a person the files lack."""
    answer = ask(extra.format(n=question))
    assert answer.status in ("not_found", "ambiguous", "no_data") and question in fold(answer.summary), answer.summary
    assert ask(extra.format(n="").replace("  ", " ")).status == "ok"


def test_two_digits_ending_a_question_beside_people_are_one_of_their_years(ask: Callable[..., Answer]) -> None:
    """"kemp abrams 18": the 2018 race of the two (they met again in 2022); "abrams in 18" is no Indiana district."""
    for question in ("kemp vs abrams 18", "who was abrams up against in 18"):
        answer = ask(question)
        assert answer.race_slug == "georgia-governor-2018", (question, answer.race_slug, answer.summary)


def test_a_wordlike_state_code_before_a_year_is_the_state(ask: Callable[..., Answer]) -> None:
    ballots, registered = files.clarity_turnout(files.CLARITY_CO)
    answer = ask("co 2024 turnout")
    assert answer.race_slug == "colorado-u-s-president-2024" and f"{registered:,}" in answer.summary, answer.summary


def test_someone_nobody_has_in_a_results_slot_is_not_known(ask: Callable[..., Answer]) -> None:
    """"how many votes did shelby get in cameron county": a name nobody has where the question's form puts a person,
    never the county's winner instead."""
    answer = ask("how many votes did whitfield get in cameron county")
    assert answer.status in ("not_found", "ambiguous"), answer.summary


@pytest.mark.parametrize("question", ["which campaign carried colorado in the 2024 presidential race",
                                      "who eventually took pennsylvania in the 2024 presidential"])
def test_who_carried_a_state_asks_its_result(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.intent == "results" and answer.status == "ok", answer.summary


def test_a_population_abbreviated_is_the_polls_population(ask: Callable[..., Answer]) -> None:
    """"newest LV poll": the polls of likely voters, never a pollster called "lv"."""
    answer = ask("latest LV poll of the 2024 michigan senate race")
    assert answer.status == "ok" and "likely" in fold(answer.title), answer.title
