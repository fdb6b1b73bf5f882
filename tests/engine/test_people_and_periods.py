"""Who a question is about and what it bounds, asked of the bundled LA race and every real file imported as a new
user imports it: someone who only endorsed is no candidate; a name typed twice is one person; a word of the
language before a whole name is no part of it; endorsements of a month or year; a poll's margin of error; a
candidate's party; a party's voters as a group; a population a pollster's newest poll did not ask; a candidate's
votes of a vote type or an area the counts don't have."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from bot.engine.answers import Answer
from tests.engine.asking import all_files_asker
from tests.results_set import files
from tests.results_set.expect import fold

pytestmark = pytest.mark.skipif(not files.DATA.is_dir(), reason=f"no real files at {files.DATA}")


@pytest.fixture(scope="module")
def ask(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Answer]]:
    yield from all_files_asker(tmp_path_factory.mktemp("ask"))


def _text(answer: Answer) -> str:
    return fold(" ".join((answer.title, answer.summary, *(f.text for f in answer.facts))))


@pytest.mark.parametrize(("question", "who"), [("where did eric garcetti place in the la mayor primary", "garcetti"),
                                               ("antonio villaraigosa's votes for la mayor", "villaraigosa"),
                                               ("cuantos votos tuvo alex padilla para alcalde de los angeles",
                                                "padilla")])
def test_someone_who_only_endorsed_is_no_candidate(ask: Callable[..., Answer], question: str, who: str) -> None:
    """An endorser asked as if they ran: not a candidate of the race, never the race's figures."""
    answer = ask(question)
    text = _text(answer)
    assert who in text and "candidat" in text and "%" not in answer.summary, (question, answer.summary)
    assert all(e.kind != "candidate" for e in answer.entities), answer.entities


def test_a_name_typed_again_in_full_is_one_person(ask: Callable[..., Answer]) -> None:
    answer = ask("what did de leon get in the primary, kevin de leon i mean")
    assert "50,372" in answer.summary and "beat" not in fold(answer.summary), answer.summary


@pytest.mark.parametrize("question", ["did karen bass beat rick caruso in november",
                                      "did fetterman... no wait, did ossoff beat david perdue in atkinson"])
def test_a_word_before_a_whole_name_is_no_part_of_it(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok" and "beat" in fold(answer.summary), (question, answer.summary)


def test_a_margin_from_one_county_says_so(ask: Callable[..., Answer]) -> None:
    answer = ask("by how much did perdue beat ossoff in 2020")
    assert "atkinson" in fold(answer.summary), answer.summary


@pytest.mark.parametrize(("question", "says"), [("who endorsed caruso in 2021", "2021"),
                                                ("de leon endorsements after july 2022", "july"),
                                                ("quien respaldo a bass antes de marzo de 2022", "marzo")])
def test_endorsements_of_a_period_are_those_made_then(ask: Callable[..., Answer], question: str, says: str) -> None:
    """Endorsements are dated; one of another period is never listed for the period asked."""
    answer = ask(question)
    assert says in fold(answer.summary), (question, answer.summary)
    assert answer.status == "no_data" or "on record" in answer.summary or "registrad" in answer.summary


def test_endorsements_after_a_stage_are_those_made_after_its_election_day(ask: Callable[..., Answer]) -> None:
    """The LA primary was on June 7, 2022: Caruso's four endorsements dated before it are left out after it."""
    after, before = ask("did caruso pick up endorsements after the primary"), ask("caruso backers before the primary")
    assert "jun 07, 2022" in fold(after.summary) and "musk" not in _text(after), after.summary
    assert "musk" in _text(before) and "cedillo" not in _text(before), before.facts


def test_endorsements_of_a_month_leave_out_the_other_months(ask: Callable[..., Answer]) -> None:
    """Hillary Clinton endorsed Bass in July 2022: no endorsement of August."""
    answer = ask("which endorsements did karen bass get in august 2022")
    assert answer.status == "ok" and "hillary" not in _text(answer), answer.summary


@pytest.mark.parametrize(("question", "says"), [("margin of error in wallin's la mayor poll", "4.9"),
                                                ("error margin for the latest fm3 la poll", "no margin of error")])
def test_a_polls_margin_of_error_is_its_sources_or_said_missing(ask: Callable[..., Answer], question: str,
                                                                 says: str) -> None:
    answer = ask(question)
    assert says in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize(("question", "says"), [("which party is karen bass in", "democratic"),
                                                ("what party does gina viola belong to", "no party"),
                                                ("is raphael warnock a democrat", "democratic")])
def test_a_candidates_party_is_the_datas_or_said_missing(ask: Callable[..., Answer], question: str,
                                                         says: str) -> None:
    answer = ask(question)
    assert says in fold(answer.summary), (question, answer.summary)


def test_a_partys_word_after_among_is_its_voters(ask: Callable[..., Answer]) -> None:
    """No LA poll reports Republicans as a group: said so, never the poll's topline."""
    answer = ask("bass among republicans in the lmu la mayor poll")
    assert answer.status == "no_data" and "republicans" in fold(answer.summary), answer.summary


def test_a_population_the_newest_poll_did_not_ask_is_said(ask: Callable[..., Answer]) -> None:
    """IGS's last LA poll asked likely voters only: its registered-voter figures are the October release's, said."""
    answer = ask("bass with registered voters, igs's last la mayor poll")
    assert "not registered voters" in fold(answer.summary), answer.summary


@pytest.mark.parametrize(("question", "missing"), [("caruso's early votes in the la general", "early"),
                                                   ("bass votes in ventura county la mayor primary", "ventura")])
def test_a_candidates_votes_of_what_the_counts_lack_are_said_missing(ask: Callable[..., Answer], question: str,
                                                                      missing: str) -> None:
    answer = ask(question)
    assert answer.status == "no_data" and missing in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize(("question", "typed"), [("is mark bass running for la mayor", "mark bass"),
                                                 ("what did june caruso get in the la general", "june caruso"),
                                                 ("tell me about will feuer, the la mayor candidate", "will feuer"),
                                                 ("will buscaino la mayor 2022 votes", "will buscaino"),
                                                 ("is june bass related to karen bass", "june bass")])
def test_a_given_name_that_is_a_word_names_someone_else(ask: Callable[..., Answer], question: str,
                                                        typed: str) -> None:
    """A common given name that is a word or a month before a candidate's surname, their given name another: not
    known, never the candidate's figures."""
    answer = ask(question)
    assert answer.status == "not_found" and typed in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize("question", ["will caruso win the general", "in june bass led the la mayor polls",
                                      "will bass beat caruso in the la general"])
def test_will_and_a_month_stay_words_where_they_are_words(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.status == "ok", (question, answer.summary)


@pytest.mark.parametrize("question", ["did emerson get more votes than bass in the la mayor primary",
                                      "how many votes did fm3 get for la mayor"])
def test_a_pollster_asked_as_if_it_ran_is_no_candidate(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert "not a candidate" in fold(answer.summary) or answer.status != "ok", (question, answer.summary)
    assert "%" not in answer.summary, (question, answer.summary)


@pytest.mark.parametrize("question", ["who did caruso endorse for mayor", "a quien respaldo kevin de leon"])
def test_whom_a_candidate_endorsed_is_never_who_endorsed_them(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.summary.startswith(("No endorsement by", "No hay ningún respaldo de")), (question, answer.summary)


def test_a_poll_named_by_a_sponsor_with_none_is_said_missing(ask: Callable[..., Answer]) -> None:
    answer = ask("the la mayor poll paid for by the de leon campaign")
    assert answer.status == "no_data" and "paid for by" in answer.summary, answer.summary


def test_a_year_after_during_dates_the_polls(ask: Callable[..., Answer]) -> None:
    """The LA race's polls of 2021: FM3's only."""
    answer = ask("how many la mayor polls were there during 2021")
    assert "1 poll" in answer.summary and "fm3" in fold(answer.summary), answer.summary


@pytest.mark.parametrize(("question", "says"), [("caruso's share in the primary? no, i mean in the general", "45.18"),
                                                ("how many ran in the 2020 arizona senate race, sorry, 2018",
                                                 "2018")])
def test_a_correction_mid_message_is_what_is_meant(ask: Callable[..., Answer], question: str, says: str) -> None:
    """A year or stage typed, then taken back for another ("i mean", "sorry"): the later one is asked."""
    answer = ask(question)
    assert says in answer.summary, (question, answer.summary)


def test_a_stage_set_aside_in_spanish_is_not_the_one_answered(ask: Callable[..., Answer]) -> None:
    answer = ask("por cuanto le gano bass a caruso en la primaria y no en la general")
    assert "7,12" in answer.summary, answer.summary


def test_a_junior_of_another_name_is_not_passed_over(ask: Callable[..., Answer]) -> None:
    """"love" is Mia B. Love (Utah) or Preston Love Jr. (Nebraska): the junior is another person, not a son of the
    plain name, and Ricketts's race tells which."""
    answer = ask("ricketts vs love, nebraska senate polls")
    assert "preston love" in fold(answer.title + answer.summary), answer.summary


@pytest.mark.parametrize("question", ["how did feuer the city attorney do in the la mayor race",
                                      "kevin de leon the councilman, his la primary votes"])
def test_a_title_after_a_name_describes_the_person(ask: Callable[..., Answer], question: str) -> None:
    """"the councilman", "the city attorney" after a candidate's name is who they are, not a race's office."""
    answer = ask(question)
    assert answer.status == "ok" and answer.race_slug == "la-mayor-2022", (question, answer.summary)


def test_how_a_candidate_did_with_a_group_is_the_groups_polls_never_the_results(ask: Callable[..., Answer]) -> None:
    """Two candidates named and a group of voters: the group's figures (de León has none), never the count's margin."""
    answer = ask("how did de leon do among latino voters? not asking about bass, i know hers")
    assert answer.status in ("ok", "no_data") and "points" not in answer.summary, answer.summary
    assert "latino" in fold(answer.summary), answer.summary


@pytest.mark.parametrize(("question", "group"), [("y los propietarios? bass o caruso en la alcaldia de LA",
                                                  "propietarios"),
                                                 ("bass vs caruso entre los arrendatarios de LA", "arrendatarios")])
def test_a_spanish_group_no_poll_reports_is_said_missing(ask: Callable[..., Answer], question: str,
                                                         group: str) -> None:
    answer = ask(question)
    assert answer.status == "no_data" and group in fold(answer.summary), (question, answer.summary)


@pytest.mark.parametrize(("question", "says"), [("is mike feuer on the la mayor primary ballot", "12087"),
                                                ("was jessica lall on the ballot in los angeles for mayor",
                                                 "not on the ballot"),
                                                ("jessica lall estuvo en la boleta para alcalde de los angeles",
                                                 "no estuvo en la boleta")])
def test_on_the_ballot_is_whether_their_name_was_on_it(ask: Callable[..., Answer], question: str, says: str) -> None:
    """Feuer withdrew after the ballots were printed and still got votes; Lall withdrew before the ballot was set."""
    answer = ask(question)
    assert says in fold(answer.summary), (question, answer.summary)


def test_a_partys_asked_in_the_polls_is_the_persons_party(ask: Callable[..., Answer]) -> None:
    """"Listed in the polls" bounds nothing a party has: the person's party, never a compare with a party's side."""
    answer = ask("which party did the 2024 arizona senate polls list sinema under, wasn't she a democrat once")
    assert "independent" in fold(answer.summary) and "vs" not in fold(answer.title), answer.summary
