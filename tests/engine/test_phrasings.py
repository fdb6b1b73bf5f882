"""How people really ask: typos, case, nicknames, word order, possessives, missing accents.

Each phrasing is checked for its intent, the entity it resolved and facts of the answer, over the bundled LA race
plus a second race (Springfield 2026) that the fixture imports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from bot.engine.answers import Answer
from bot.engine.engine import AskContext, QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import load_bundled_races
from tests.conftest import BACKENDS, DatabaseTarget, make_target
from tests.factories import write_second_race

TODAY = dt.date(2026, 9, 25)


@dataclass(frozen=True)
class Case:
    question: str
    intent: str
    entity: tuple[str, str] | None = None  # (kind, name) that must be resolved
    says: tuple[str, ...] = ()  # substrings of the summary or the facts
    status: str = "ok"


BASS, CARUSO, KDL = ("candidate", "Karen Bass"), ("candidate", "Rick Caruso"), ("candidate", "Kevin de León")
OKAFOR, DELGADO = ("candidate", "Thomas Okafor"), ("candidate", "Maria Delgado-Smith")
SNOOP, MUSK = ("endorser", "Snoop Dogg"), ("endorser", "Elon Musk")
LA, SPRINGFIELD = ("race", "2022 Los Angeles mayoral election"), ("race", "2026 Springfield mayoral election")

ENDORSEMENTS_OF = [
    Case("who endorsed karen bass", "endorsements_of", BASS, ("Steven Spielberg", "Jennifer Garner")),
    Case("who endorsed karen bas", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("Who endorsed Karen Bass?", "endorsements_of", BASS, ("J.J. Abrams",)),
    Case("WHO ENDORSED KAREN BASS", "endorsements_of", BASS, ("Kate Capshaw",)),
    Case("who endorsed bass", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("bass's endorsements", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("bass’s endorsers", "endorsements_of", BASS, ("Jennifer Garner",)),
    Case("endorsements for karen bass", "endorsements_of", BASS, ("Barack Obama",)),
    Case("who is backing karen bass", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("who supports bass", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("who backs karin bass", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("who has endorsed Rep. Karen Bass", "endorsements_of", BASS, ("Steven Spielberg",)),
    Case("who endorsed caruso", "endorsements_of", CARUSO, ("Elon Musk", "Snoop Dogg", "Katy Perry")),
    Case("who endorsed rick caruzo", "endorsements_of", CARUSO, ("Kim Kardashian",)),
    Case("who endorsed rick carusso", "endorsements_of", CARUSO, ("Elon Musk",)),
    Case("caruso endorsements", "endorsements_of", CARUSO, ("Katy Perry",)),
    Case("Caruso's endorsements?", "endorsements_of", CARUSO, ("Snoop Dogg",)),
    Case("endorsers of rick caruso", "endorsements_of", CARUSO, ("Elon Musk",)),
    Case("which celebrities endorsed caruso", "endorsements_of", CARUSO, ("Katy Perry",)),
    Case("who endorsed kevin de leon", "endorsements_of", KDL, ("calo.org",)),
    Case("who endorsed de león", "endorsements_of", KDL, ("calo.org",)),
    Case("who endorsed KDL", "endorsements_of", KDL, ("calo.org",)),
    Case("de leon's endorsements", "endorsements_of", KDL, ("calo.org",)),
    Case("who endorsed kevin deleon", "endorsements_of", KDL, ("calo.org",)),
    Case("who endorsed okafor", "endorsements_of", OKAFOR, ("Springfield Gazette",)),
    Case("who endorsed tom okafor", "endorsements_of", OKAFOR, ("Springfield Gazette",)),
    Case("who backs maria delgado smith", "endorsements_of", DELGADO, ("Springfield Teachers Union",)),
    Case("delgado-smith endorsements", "endorsements_of", DELGADO, ("Springfield Teachers Union",)),
]

ENDORSEMENTS_BY = [
    Case("did snoop dog endorse anyone", "endorsements_by", SNOOP, ("Rick Caruso", "Karen Whitfield")),
    Case("did snoop dogg endorse anyone?", "endorsements_by", SNOOP, ("Rick Caruso",)),
    Case("who did snoop dogg endorse", "endorsements_by", SNOOP, ("Rick Caruso",)),
    Case("whom did Snoop Dogg back", "endorsements_by", SNOOP, ("Karen Whitfield",)),
    Case("snoop dogg endorsements", "endorsements_by", SNOOP, ("Rick Caruso",)),
    Case("did elon musk endorse anyone", "endorsements_by", MUSK, ("Rick Caruso", "awesome")),
    Case("who did elon endorse", "endorsements_by", MUSK, ("Rick Caruso",)),
    Case("did musk back anybody", "endorsements_by", MUSK, ("Rick Caruso",)),
    Case("who did katy perry endorse", "endorsements_by", ("endorser", "Katy Perry"), ("Rick Caruso", "FTW")),
    Case("did kim kardashain endorse anyone", "endorsements_by", ("endorser", "Kim Kardashian"), ("Rick Caruso",)),
    Case("who did spielberg endorse", "endorsements_by", ("endorser", "Steven Spielberg"), ("Karen Bass",)),
    Case("did jennifer garner endorse someone", "endorsements_by", ("endorser", "Jennifer Garner"), ("Karen Bass",)),
    Case("did obama endorse anyone", "endorsements_by", ("endorser", "Barack Obama"), ("Karen Bass",)),
    Case("who did the la times endorse", "endorsements_by", ("endorser", "Los Angeles Times"), ("Karen Bass",)),
    Case("who did the los angeles times endorse for mayor", "endorsements_by", ("endorser", "Los Angeles Times"),
         ("Karen Bass",)),
    Case("did the springfield teachers union endorse anyone", "endorsements_by",
         ("endorser", "Springfield Teachers Union"), ("Maria Delgado-Smith",)),
    Case("endorsements by the springfield gazette", "endorsements_by", ("endorser", "Springfield Gazette"),
         ("Thomas Okafor",)),
]

POLLS = [
    Case("whos ahead in the LA mayor race", "leader", LA, ("Karen Bass won",)),
    Case("who's ahead in LA", "leader", LA, ("Karen Bass won",)),
    Case("who is ahead in springfield", "leader", SPRINGFIELD, ("Maria Delgado-Smith leads Thomas Okafor",)),
    Case("who's winning the springfield mayor race", "leader", SPRINGFIELD, ("Delgado-Smith",)),
    Case("who is leading in springfeild", "leader", SPRINGFIELD, ("Delgado-Smith",)),
    Case("what do the polls say in springfield", "leader", SPRINGFIELD, ("Prairie Research",)),
    Case("latest poll in LA", "latest_poll", LA, ("Karen Bass 45%", "Rick Caruso 41%")),
    Case("what's the latest poll in the LA mayor race", "latest_poll", LA, ("45%",)),
    Case("newest poll springfield", "latest_poll", SPRINGFIELD, ("Prairie Research", "44%")),
    Case("most recent poll for springfield mayor", "latest_poll", SPRINGFIELD, ("Prairie Research",)),
    Case("what did the berkeley poll say", "latest_poll", ("pollster", "UC Berkeley Institute of Governmental Studies"),
         ("Karen Bass 45%",)),
    Case("the berkeley poll in la", "latest_poll", ("pollster", "UC Berkeley Institute of Governmental Studies"),
         ("45%",)),
    Case("what did the Prairie Research poll show", "latest_poll", ("pollster", "Prairie Research"), ("44%",)),
    Case("capitol polling poll springfield", "latest_poll", ("pollster", "Capitol Polling"), ("43%",)),
    Case("polling average in la", "average", LA, ("Window", "latest per pollster")),
    Case("what's the polling average for springfield", "average", SPRINGFIELD, ("Window", "weight")),
    Case("springfield avg", "average", SPRINGFIELD, ("Window",)),
    Case("average of the polls in the LA mayor race", "average", LA, ("Karen Bass",)),
    Case("all polls in la", "poll_history", LA, ("FM3", "J. Wallin")),
    Case("poll history springfield", "poll_history", SPRINGFIELD, ("Capitol Polling", "Prairie Research")),
    Case("list the polls for the la mayor race", "poll_history", LA, ("reported Jun 06, 2022",)),
    Case("whos up in springfield", "leader", SPRINGFIELD, ("Maria Delgado-Smith leads Thomas Okafor",)),
    Case("is the springfield mayor race close", "leader", SPRINGFIELD, ("Maria Delgado-Smith leads",)),
    Case("who is doing best in springfield", "leader", SPRINGFIELD, ("Maria Delgado-Smith leads",)),
    Case("whats okafor at in springfield", "leader", OKAFOR, ("Thomas Okafor",)),
    Case("how many polls in springfield", "pollsters", SPRINGFIELD, ("Prairie Research",)),
]

SUBGROUPS = [
    Case("how are latino men voting", "subgroup", ("subgroup", "Latino men"), ("Rick Caruso ahead",)),
    Case("How are Latino men voting?", "subgroup", ("subgroup", "Latino men"), ("Caruso",)),
    Case("how are latino man voting", "subgroup", ("subgroup", "Latino men"), ("Caruso",)),
    Case("how is caruso doing with latino men", "subgroup", ("subgroup", "Latino men"), ("Rick Caruso ahead",)),
    Case("how are women voting", "subgroup", ("subgroup", "women"), ("most of her support",)),
    Case("how are women voting in la", "subgroup", ("subgroup", "women"), ("Bass",)),
    Case("how are black men voting", "subgroup", ("subgroup", "Black men"), ("Caruso",)),
    Case("how are white liberals voting", "subgroup", ("subgroup", "white liberals"), ("Bass",)),
    Case("how are seniors voting", "subgroup", ("subgroup", "seniors"), ("Thomas Okafor 52%",)),
    Case("how is okafor doing with seniors", "subgroup", ("subgroup", "seniors"), ("52%",)),
    Case("how are young voters voting in springfield", "subgroup", ("subgroup", "young voters"), ("58%",)),
    Case("young voters springfield", "subgroup", ("subgroup", "young voters"), ("58%",)),
    Case("how are black voters voting in la", "subgroup", ("subgroup", "Black voters"), ("67%",)),
    Case("latino voters in LA", "subgroup", ("subgroup", "Latino voters"), ("43.7%",)),
]

RUNNING_AND_PROFILES = [
    Case("who is running in la", "race", LA, ("Karen Bass", "Rick Caruso", "Kevin de León")),
    Case("who's running for mayor of los angeles", "race", LA, ("Karen Bass",)),
    Case("candidates in springfield", "race", SPRINGFIELD, ("Thomas Okafor", "Karen Whitfield")),
    Case("who is on the ballot in springfield", "race", SPRINGFIELD, ("Maria Delgado-Smith",)),
    Case("la-mayor-2022", "race", LA, ("Karen Bass",)),
    Case("tell me about the springfield mayoral election", "race", SPRINGFIELD, ("Thomas Okafor",)),
    Case("who is kevin de leon", "candidate", KDL, ("City Councilman",)),
    Case("who is KDL", "candidate", KDL, ("City Councilman",)),
    Case("who is rick caruso", "candidate", CARUSO, ("developer",)),
    Case("tell me about caruso", "candidate", CARUSO, ("developer",)),
    Case("caruso", "candidate", CARUSO, ("developer",)),
    Case("Karen Bass", "candidate", BASS, ("U.S. Representative",)),
    Case("karen bass profile", "candidate", BASS, ("Democratic",)),
    Case("who is thomas okafor", "candidate", OKAFOR, ("sheriff",)),
    Case("tom okafor bio", "candidate", OKAFOR, ("Republican",)),
    Case("who is mayor maria", "candidate", DELGADO, ("treasurer",)),
    Case("who's joe buscaino", "candidate", ("candidate", "Joe Buscaino"), ("withdrew",)),
    Case("tell me about mike fuer", "candidate", ("candidate", "Mike Feuer"), ("withdrew",)),
]

DATES = [
    Case("when is the springfield election", "election_date", SPRINGFIELD, ("in 39 days", "November 03, 2026")),
    Case("how many days until the springfield election", "election_date", SPRINGFIELD, ("39 days",)),
    Case("days left springfield", "election_date", SPRINGFIELD, ("39",)),
    Case("when is election day in springfield", "election_date", SPRINGFIELD, ("November 03, 2026",)),
    Case("when was the la mayor election", "election_date", LA, ("November 08, 2022",)),
    Case("when's the LA primary", "election_date", LA, ("June 07, 2022",)),
]

COMPARE = [
    Case("bass vs caruso", "compare", BASS, ("Karen Bass", "Rick Caruso", "Polling average")),
    Case("compare karen bass and rick caruso", "compare", CARUSO, ("Polling average",)),
    Case("caruso versus bass", "compare", BASS, ("endorsements on record",)),
    Case("Okafor vs Delgado-Smith", "compare", OKAFOR, ("Polling average",)),
    Case("compare delgado smith and okafor in springfield", "compare", DELGADO, ("44%",)),
    Case("okafor or delgado smith in springfield", "compare", OKAFOR, ("Polling average",)),
    Case("delgado smith and okafor", "compare", DELGADO, ("Polling average",)),
    Case("bass caruso", "compare", BASS, ("Rick Caruso",)),  # two surnames of one race, side by side
    Case("how many points is okafor down in springfield", "leader", OKAFOR, ("Thomas Okafor",)),
    Case("who will win springfield", "leader", SPRINGFIELD, ("Maria Delgado-Smith leads",)),
    Case("what races do you have", "races", SPRINGFIELD, ("I know 2 races", "la-mayor-2022")),
    Case("which mayoral races are there", "races", SPRINGFIELD, ("2 races fit", "la-mayor-2022")),
    Case("any races in narnia", "races", None, ("I have no race matching “narnia”",), "not_found"),
    Case("bass or caruso, who's ahead", "compare", CARUSO, ("Polling average",)),
]

RESULTS = [
    Case("who won the LA mayor race", "results", LA, ("Karen Bass won the general", "506,372")),
    Case("who won in los angeles", "results", LA, ("Karen Bass won",)),
    Case("who won the la mayoral election 2022", "results", LA, ("54.82%",)),
    Case("la mayor results", "results", LA, ("Rick Caruso", "417,375")),
    Case("who made the runoff", "need_race", None, ("Which race",), "need_race"),
    Case("who made the runoff in la", "results", LA, ("Karen Bass (43.11%) and Rick Caruso (35.99%)",)),
    Case("who advanced from the LA primary", "results", LA, ("Karen Bass (43.11%)",)),
    Case("la primary results", "results", LA, ("advanced from the primary",)),
    Case("how many votes did bass get", "results", LA, ("506,372",)),
    Case("springfield primary results", "results", SPRINGFIELD, ("Maria Delgado-Smith", "21,000")),
    Case("who won the springfield primary", "results", SPRINGFIELD, ("Delgado-Smith",)),
]

NOT_KNOWN = [
    Case("who endorsed Karen Smith", "endorsements_of", None, ("I don't know a candidate called “karen smith”",),
         "not_found"),
    Case("who endorsed john doe", "endorsements_of", None, ("I don't know a candidate called “john doe”",),
         "not_found"),
    Case("who endorsed bob bassington", "endorsements_of", None, ("I don't know",), "not_found"),
    Case("did taylor swift endorse anyone", "endorsements_by", None, ("taylor swift",), "not_found"),
    Case("who is zebulon quartermaine", "candidate", None, ("zebulon quartermaine",), "not_found"),
    # a person nobody knows asked about in a race: not an answer about the race, which would read as about them
    Case("is zebulon quartermaine ahead in springfield", "candidate", None,
         ("I don't know a candidate called “zebulon quartermaine”",), "not_found"),
    Case("how is quartermaine doing", "candidate", None, ("“quartermaine”",), "not_found"),
    Case("is zebulon running for mayor", "candidate", None, ("“zebulon”",), "not_found"),
    Case("quartermaine polls", "candidate", None, ("“quartermaine”",), "not_found"),
    Case("who endorsed karen", "ambiguous", None, ("Karen Bass", "Karen Whitfield"), "ambiguous"),
    Case("latest poll", "need_race", None, ("Which race",), "need_race"),
    Case("who is ahead", "need_race", None, ("Which race",), "need_race"),
    Case("what's the weather like", "unknown", None, ("Here is what I can answer",), "help"),
    Case("help", "help", None, ("who endorsed Karen Bass",), "help"),
    Case("what can you do", "help", None, ("latest poll",), "help"),
    Case("asdfghjkl", "unknown", None, ("what I can answer",), "help"),
    Case("", "unknown", None, ("what I can answer",), "help"),
]

CASES = [*ENDORSEMENTS_OF, *ENDORSEMENTS_BY, *POLLS, *SUBGROUPS, *RUNNING_AND_PROFILES, *DATES, *COMPARE,
         *RESULTS, *NOT_KNOWN]


@pytest.fixture(scope="module", params=BACKENDS)
def two_races_target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    yield from make_target(request.param, tmp_path_factory.mktemp("two_races"))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def two_races(two_races_target: DatabaseTarget,
                    tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[QuestionEngine]:
    folder: Path = tmp_path_factory.mktemp("springfield")
    db = two_races_target.database()
    await db.open(load_bundled=load_bundled_races)
    await import_file(db, str(write_second_race(folder / "springfield.yaml")))
    yield QuestionEngine(db, clock=lambda: TODAY)
    await db.close()


def text_of(answer: Answer) -> str:
    return "\n".join([answer.summary, *(f.text for f in answer.facts), *answer.suggestions])


def test_there_are_at_least_120_phrasings() -> None:
    assert len(CASES) >= 120
    assert len({c.question for c in CASES}) == len(CASES)


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("case", CASES, ids=[c.question or "<empty>" for c in CASES])
async def test_phrasing(two_races: QuestionEngine, case: Case) -> None:
    answer = await two_races.ask(case.question, AskContext())
    assert (answer.intent, answer.status) == (case.intent, case.status), text_of(answer)
    if case.entity is not None:
        kind, name = case.entity
        assert any(e.kind == kind and e.name == name for e in answer.entities), answer.entities
    for fragment in case.says:
        assert fragment in text_of(answer), text_of(answer)
    if case.status == "ok":
        assert all(f.source is None or f.source.url.startswith("https://") for f in answer.facts)
    if case.status == "not_found":
        assert not any(e.kind in ("candidate", "endorser") for e in answer.entities)
