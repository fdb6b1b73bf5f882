"""The results question set of issue 22: questions as people type them on Discord (lower case, typos, slang; about
a fifth in Spanish) over the published results files and the generic ballot, each a phrasing and a derivation of
`derive` with its arguments. The phrasing is written here; every expected answer is derived from the files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.results_set import derive
from tests.results_set.derive import (
    HOUSE_PA,
    PRES_CO,
    PRES_GA,
    PRES_PA,
    SENATE_AR,
    SENATE_GA,
    SENATE_KY,
    SENATE_PA,
    SPECIAL_GA,
)
from tests.results_set.expect import Expect
from tests.results_set.files import CLARITY_AR, CLARITY_CO, CLARITY_GA, CLARITY_KY

TOPICS = ("state", "county", "precinct", "vote_type", "measure", "turnout", "historical", "generic", "missing")
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Question:
    """A phrasing, its language and topic, and the derivation of its expected answer."""

    text: str
    language: str
    topic: str
    asks: str
    args: tuple[tuple[str, Any], ...]

    def expect(self) -> Expect:
        """The expected answer, derived from the files."""
        return derive.DERIVE[self.asks](**dict(self.args))


def q(text: str, topic: str, asks: str, *, es: bool = False, **args: Any) -> Question:
    """One row; `es` marks a Spanish phrasing."""
    assert topic in TOPICS and asks in derive.DERIVE, (topic, asks)
    return Question(text, "es" if es else "en", topic, asks, tuple(sorted(args.items())))


def co_measure(name: str) -> dict[str, Any]:
    """A Colorado 2024 measure, by its contest's name in the file."""
    return dict(path=CLARITY_CO, contest=name, state="CO")


A79, A80 = co_measure("Amendment 79 (CONSTITUTIONAL)"), co_measure("Amendment 80 (CONSTITUTIONAL)")
AG, AH, AI = (co_measure(f"Amendment {x} (CONSTITUTIONAL)") for x in "GHI")
AJ, AK = co_measure("Amendment J (CONSTITUTIONAL)"), co_measure("Amendment K (CONSTITUTIONAL)")
PJJ, PKK = co_measure("Proposition JJ (STATUTORY)"), co_measure("Proposition KK (STATUTORY)")
P127, P128, P129, P130, P131 = (co_measure(f"Proposition {n} (STATUTORY)") for n in range(127, 132))
GA_A1 = dict(path=CLARITY_GA, contest="Constitutional Amendment #1")
GA_A2 = dict(path=CLARITY_GA, contest="Constitutional Amendment #2")
GA_RA = dict(path=CLARITY_GA, contest="Statewide Referendum A")
CO_PRES, GA_PRES = dict(path=CLARITY_CO, contest=PRES_CO), dict(path=CLARITY_GA, contest=PRES_GA)
GA_SEN, GA_SPECIAL = dict(path=CLARITY_GA, contest=SENATE_GA), dict(path=CLARITY_GA, contest=SPECIAL_GA)


def co_house(district: int) -> dict[str, Any]:
    """A Colorado 2024 House seat, by district."""
    return dict(path=CLARITY_CO, contest=f"Representative to the 119th United States Congress - District {district}")


# ------------------------------------------------------------------------------------------------ states (MEDSL)
# A state's winner, asked as people ask it; the state words as typed (a few misspelt).
WINNER_EN = (
    ("who won michigan in 2024", "MICHIGAN"), ("who won pennsylvania 2024", "PENNSYLVANIA"),
    ("who took wisconsin in 24", "WISCONSIN"), ("2024 results arizona president", "ARIZONA"),
    ("who carried nevada in the 2024 election", "NEVADA"), ("north carolina 2024 winner?", "NORTH CAROLINA"),
    ("who won georgia in the 2024 presidential", "GEORGIA"), ("minnesota pres results 2024", "MINNESOTA"),
    ("who won new hampshire in 2024", "NEW HAMPSHIRE"), ("virginia 2024 who won", "VIRGINIA"),
    ("who won texas 2024", "TEXAS"), ("florida 2024 presidential winner", "FLORIDA"),
    ("who won ohio in the 2024 pres race", "OHIO"), ("iowa 2024 who won it", "IOWA"),
    ("who won maine in 2024", "MAINE"), ("new mexico 2024 results", "NEW MEXICO"),
    ("who won nebraska 2024 president", "NEBRASKA"), ("who won alaska in 2024", "ALASKA"),
    ("who won california in 2024", "CALIFORNIA"), ("new york 2024 election results", "NEW YORK"),
    ("who won pensylvania in 2024", "PENNSYLVANIA"), ("who won michgan 2024", "MICHIGAN"),
    ("wisconson 2024 who won", "WISCONSIN"), ("who won colorado in 2024 president", "COLORADO"),
    ("who won west virginia 2024", "WEST VIRGINIA"), ("who won kansas 2024", "KANSAS"),
    ("who won arkansas in 2024", "ARKANSAS"), ("dc 2024 presidential results", "DISTRICT OF COLUMBIA"),
    ("who won south carolina 24", "SOUTH CAROLINA"), ("utah 2024 who won president", "UTAH"),
    ("who won oregon 2024", "OREGON"), ("who won montana in 2024", "MONTANA"),
    ("who won hawaii in the 2024 election", "HAWAII"), ("who won wyoming 2024", "WYOMING"),
    ("rhode island 2024 president winner", "RHODE ISLAND"), ("who won massachusetts in 2024", "MASSACHUSETTS"),
)
DID_WIN_EN = (
    ("did trump win georgia in 2024", "GEORGIA", "trump"), ("did harris win michigan", "MICHIGAN", "harris"),
    ("did kamala win virginia 2024", "VIRGINIA", "harris"), ("did trump win arizona in 2024", "ARIZONA", "trump"),
    ("did harris win nevada", "NEVADA", "harris"), ("did trump carry pennsylvania in 24", "PENNSYLVANIA", "trump"),
    ("did harris win new hampshire 2024", "NEW HAMPSHIRE", "harris"), ("did trump win minnesota", "MINNESOTA", "trump"),
    ("did harris take colorado in 2024", "COLORADO", "harris"),
    ("did trump win new jersey 2024", "NEW JERSEY", "trump"),
    ("did trump win florida 2024", "FLORIDA", "trump"), ("did harris win north carolina", "NORTH CAROLINA", "harris"),
)
VOTES_EN = (
    ("how many votes did harris get in ohio", "OHIO", "harris"),
    ("trump vote total michigan 2024", "MICHIGAN", "trump"),
    ("how many votes did trump get in texas in 2024", "TEXAS", "trump"),
    ("kamala harris votes in california 2024", "CALIFORNIA", "harris"),
    ("how many votes did jill stein get in wisconsin", "WISCONSIN", "stein"),
    ("chase oliver votes georgia 2024", "GEORGIA", "oliver"),
    ("how many votes did rfk jr get in michigan", "MICHIGAN", "kennedy"),
    ("how many votes did harris get in pennsylvania 2024", "PENNSYLVANIA", "harris"),
    ("trumps votes in arizona 2024", "ARIZONA", "trump"),
    ("how many ppl voted for trump in florida in 2024", "FLORIDA", "trump"),
)
MARGIN_EN = (
    ("how much did trump win georgia by in 2024", "GEORGIA"), ("margin in pennsylvania 2024 president", "PENNSYLVANIA"),
    ("by how much did harris win virginia in 2024", "VIRGINIA"), ("how close was wisconsin in 2024", "WISCONSIN"),
    ("michigan 2024 margin of victory", "MICHIGAN"), ("how big did trump win florida in 2024", "FLORIDA"),
    ("how much did harris win new hampshire by 2024", "NEW HAMPSHIRE"),
    ("nevada 2024 pres margin", "NEVADA"),
)
TURNOUT_EN = (
    ("how many people voted in ohio in 2024", "OHIO"), ("total votes cast in michigan 2024 president", "MICHIGAN"),
    ("turnout in georgia 2024 presidential", "GEORGIA"), ("how many votes were cast in arizona in 2024", "ARIZONA"),
    ("how many ppl voted in wisconsin 2024", "WISCONSIN"),
)

STATES = (
    *(q(text, "historical", "state_winner", state=state) for text, state in WINNER_EN),
    *(q(text, "historical", "did_win", state=state, person=person) for text, state, person in DID_WIN_EN),
    *(q(text, "state", "state_votes", state=state, person=person) for text, state, person in VOTES_EN),
    *(q(text, "state", "state_margin", state=state) for text, state in MARGIN_EN),
    *(q(text, "turnout", "state_turnout", state=state) for text, state in TURNOUT_EN),
)

# ------------------------------------------------------------------------------------------------ Clarity files
COUNTIES = (
    q("how did harris do in denver county", "county", "area_votes", area="Denver", person="harris", **CO_PRES),
    q("trump votes in el paso county colorado", "county", "area_votes", area="El Paso", person="trump", **CO_PRES),
    q("how many votes did trump get in weld county co", "county", "area_votes", area="Weld", person="trump",
      **CO_PRES),
    q("harris in boulder county?", "county", "area_votes", area="Boulder", person="harris", **CO_PRES),
    q("how did trump do in mesa county colorado 2024", "county", "area_votes", area="Mesa", person="trump",
      **CO_PRES),
    q("kamala numbers in jefferson county colorado", "county", "area_votes", area="Jefferson", person="harris",
      **CO_PRES),
    q("how did trump do in pueblo county", "county", "area_votes", area="Pueblo", person="trump", **CO_PRES),
    q("harris votes arapahoe county", "county", "area_votes", area="Arapahoe", person="harris", **CO_PRES),
    q("who won pueblo county colorado", "county", "area_winner", area="Pueblo", **CO_PRES),
    q("who won el paso county in 2024", "county", "area_winner", area="El Paso", **CO_PRES),
    q("who won larimer county co president", "county", "area_winner", area="Larimer", **CO_PRES),
    q("who carried douglas county colorado", "county", "area_winner", area="Douglas", **CO_PRES),
    q("who won adams county colorado 2024", "county", "area_winner", area="Adams", **CO_PRES),
    q("who won san miguel county", "county", "area_winner", area="San Miguel", **CO_PRES),
    q("who won garfield county colorado", "county", "area_winner", area="Garfield", **CO_PRES),
    q("how many counties did trump win in colorado", "county", "areas_won", person="trump", **CO_PRES),
    q("how many colorado counties did harris win", "county", "areas_won", person="harris", **CO_PRES),
    q("how many counties did kamala carry in colorado 2024", "county", "areas_won", person="harris", **CO_PRES),
    q("how did boebert do in douglas county", "county", "area_votes", area="Douglas", person="boebert", **co_house(4)),
    q("gabe evans votes in adams county", "county", "area_votes", area="Adams", person="evans", **co_house(8)),
    q("who won weld county in the co-8 race", "county", "area_winner", area="Weld", **co_house(8)),
    q("how many counties did jeff hurd win", "county", "areas_won", person="hurd", **co_house(3)),
    q("how did cotton do in pulaski county 2014", "county", "area_votes", area="Pulaski", person="cotton",
      path=CLARITY_AR, contest=SENATE_AR),
    q("tom cotton votes in benton county arkansas", "county", "area_votes", area="Benton", person="cotton",
      path=CLARITY_AR, contest=SENATE_AR),
    q("how did ossoff do in atkinson county", "county", "count_votes", person="ossoff", region="atkinson", **GA_SEN),
    q("who won atkinson county in the 2020 senate race", "county", "count_winner", **GA_SEN),
    q("who won atkinson county for president 2020", "county", "count_winner", **GA_PRES),
    q("atkinson county special senate election results", "county", "count_winner", **GA_SPECIAL),
    q("how many votes did mcconnell get in greenup county", "county", "count_votes", person="mcconnell",
      region="greenup", path=CLARITY_KY, contest=SENATE_KY),
)
PRECINCTS = (
    q("how did ossoff do in the axson precinct", "precinct", "area_votes", area="Axson", person="ossoff", **GA_SEN),
    q("perdue votes willacoochee precinct", "precinct", "area_votes", area="Willacoochee", person="perdue",
      **GA_SEN),
    q("who won pearson city precinct in 2020 pres", "precinct", "area_winner", area="Pearson City", **GA_PRES),
    q("biden votes in pearson county precinct atkinson", "precinct", "area_votes", area="Pearson County",
      person="biden", **GA_PRES),
    q("how did warnock do in willacoochee", "precinct", "area_votes", area="Willacoochee", person="warnock",
      **GA_SPECIAL),
    q("how many precincts did trump win in atkinson county", "precinct", "areas_won", person="trump", **GA_PRES),
    q("how did trump do in emporium east ward", "precinct", "cameron_votes", office=PRES_PA, person="trump",
      precinct="East Ward Emporium Borough"),
    q("harris votes driftwood borough", "precinct", "cameron_votes", office=PRES_PA, person="harris",
      precinct="Driftwood Borough"),
    q("who won shippen township east cameron county", "precinct", "cameron_winner", office=PRES_PA,
      precinct="East Shippen Township"),
    q("mccormick votes in portage township pa", "precinct", "cameron_votes", office=SENATE_PA, person="mccormick",
      precinct="Portage Township"),
    q("how did casey do in lumber township", "precinct", "cameron_votes", office=SENATE_PA, person="casey",
      precinct="Lumber Township"),
)
VOTE_TYPES = (
    q("how many mail votes did biden get in atkinson county", "vote_type", "vote_type_votes", person="biden",
      vote_type="Absentee by Mail Votes", **GA_PRES),
    q("absentee by mail votes for ossoff atkinson", "vote_type", "vote_type_votes", person="ossoff",
      vote_type="Absentee by Mail Votes", **GA_SEN),
    q("how many early votes did trump get in atkinson county 2020", "vote_type", "vote_type_votes",
      person="trump", vote_type="Advanced Voting Votes", **GA_PRES),
    q("perdue election day votes atkinson county", "vote_type", "vote_type_votes", person="perdue",
      vote_type="Election Day Votes", **GA_SEN),
    q("how many provisional votes did biden get in atkinson", "vote_type", "vote_type_votes", person="biden",
      vote_type="Provisional Votes", **GA_PRES),
    q("how many mail votes did trump get in cameron county", "vote_type", "cameron_votes", office=PRES_PA,
      person="trump", vote_type="mail"),
    q("harris mail in votes cameron county pa", "vote_type", "cameron_votes", office=PRES_PA, person="harris",
      vote_type="mail"),
    q("how many election day votes did trump get in cameron county", "vote_type", "cameron_votes",
      office=PRES_PA, person="trump", vote_type="election_day"),
    q("casey mail ballots cameron co", "vote_type", "cameron_votes", office=SENATE_PA, person="casey",
      vote_type="mail"),
    q("mccormick election day vote cameron county", "vote_type", "cameron_votes", office=SENATE_PA,
      person="mccormick", vote_type="election_day"),
    q("how many early votes did cotton get in arkansas 2014", "vote_type", "vote_type_votes", person="cotton",
      vote_type="Early Vote", path=CLARITY_AR, contest=SENATE_AR),
    q("cotton absentee votes 2014", "vote_type", "vote_type_votes", person="cotton", vote_type="Absentee",
      path=CLARITY_AR, contest=SENATE_AR),
)
RACES = (
    q("who won colorado's 8th district", "historical", "count_winner", **co_house(8)),
    q("co-8 2024 results", "historical", "count_winner", **co_house(8)),
    q("who won the colorado 3rd district house race 2024", "historical", "count_winner", **co_house(3)),
    q("boebert race results 2024", "historical", "count_winner", **co_house(4)),
    q("who won co-5 in 2024", "historical", "count_winner", **co_house(5)),
    q("diana degette results", "historical", "count_winner", **co_house(1)),
    q("who won the arkansas senate race in 2014", "historical", "count_winner", path=CLARITY_AR,
      contest=SENATE_AR),
    q("who won the 2014 kentucky senate primary in greenup county", "historical", "count_winner", path=CLARITY_KY,
      contest=SENATE_KY),
    q("who won cameron county pa for president", "historical", "cameron_winner", office=PRES_PA),
    q("who won the senate race in cameron county pennsylvania", "historical", "cameron_winner", office=SENATE_PA),
    q("cameron county house race results 2024", "historical", "cameron_winner", office=HOUSE_PA),
    q("how did trump do in cameron county", "county", "cameron_votes", office=PRES_PA, person="trump"),
    q("harris votes cameron county pennsylvania", "county", "cameron_votes", office=PRES_PA, person="harris"),
    q("how did mccormick do in cameron county", "county", "cameron_votes", office=SENATE_PA, person="mccormick"),
)
MEASURES = (
    q("did amendment 79 pass", "measure", "measure", **A79),
    q("results of proposition 131", "measure", "measure", **P131),
    q("did prop 131 pass in colorado", "measure", "measure", **P131),
    q("amendment 80 results", "measure", "measure", **A80),
    q("did colorado amendment 80 pass", "measure", "measure", **A80),
    q("did amendment g pass", "measure", "measure", **AG),
    q("amendment h colorado results", "measure", "measure", **AH),
    q("did amendment i pass colorado 2024", "measure", "measure", **AI),
    q("amendment j pass or fail?", "measure", "measure", **AJ),
    q("did amendment k pass", "measure", "measure", **AK),
    q("proposition jj results", "measure", "measure", **PJJ),
    q("did prop kk pass", "measure", "measure", **PKK),
    q("prop 127 colorado result", "measure", "measure", **P127),
    q("did proposition 128 pass", "measure", "measure", **P128),
    q("prop 129 results", "measure", "measure", **P129),
    q("did proposition 130 pass colorado", "measure", "measure", **P130),
    q("how did amendment 79 do", "measure", "measure", **A79),
    q("did georgia amendment 1 pass in atkinson county", "measure", "area_measure", region="atkinson", **GA_A1),
    q("constitutional amendment 2 atkinson county results", "measure", "area_measure", region="atkinson", **GA_A2),
    q("statewide referendum a atkinson results", "measure", "area_measure", region="atkinson", **GA_RA),
)
TURNOUTS = (
    q("what was turnout in atkinson county", "turnout", "turnout", path=CLARITY_GA),
    q("how many ballots were cast in atkinson county 2020", "turnout", "turnout", path=CLARITY_GA),
    q("turnout in colorado 2024", "turnout", "turnout", path=CLARITY_CO),
    q("what was turnout in denver county", "turnout", "turnout", path=CLARITY_CO, area="Denver"),
    q("turnout el paso county colorado 2024", "turnout", "turnout", path=CLARITY_CO, area="El Paso"),
    q("how many people voted in boulder county", "turnout", "turnout", path=CLARITY_CO, area="Boulder"),
    q("turnout in the axson precinct", "turnout", "turnout", path=CLARITY_GA, area="Axson"),
    q("what was turnout in cameron county", "turnout", "cameron_turnout"),
    q("how many ballots cast in cameron county pa 2024", "turnout", "cameron_turnout"),
    q("arkansas 2014 turnout", "turnout", "turnout", path=CLARITY_AR),
    q("turnout in pulaski county 2014", "turnout", "turnout", path=CLARITY_AR, area="Pulaski"),
    q("greenup county turnout 2014 primary", "turnout", "turnout", path=CLARITY_KY),
)
GENERIC = (
    q("who leads the generic ballot", "generic", "generic_leader", cycle=2024),
    q("generic ballot average", "generic", "generic_leader", cycle=2024),
    q("whos ahead on the generic congressional ballot", "generic", "generic_leader", cycle=2024),
    q("generic ballot 2022 who led", "generic", "generic_leader", cycle=2022),
    q("who led the 2018 generic ballot", "generic", "generic_leader", cycle=2018),
    q("2020 generic ballot polls", "generic", "generic_leader", cycle=2020),
    q("latest generic ballot poll", "generic", "generic_latest", cycle=2024),
    q("newest generic ballot poll 2022", "generic", "generic_latest", cycle=2022),
    q("dems or gop on the generic ballot?", "generic", "generic_leader", cycle=2024),
)
MISSING = (
    q("who won michigan in 2016", "missing", "missing", named="2016", instead="state_winner", state="MICHIGAN"),
    q("2024 senate results in arizona", "missing", "missing", named="arizona"),
    q("did trump win georgia in 2020", "missing", "only_area", region="atkinson"),
    q("did amendment 99 pass", "missing", "missing", named="99"),
    q("results of proposition 50", "missing", "missing", named="50"),
    q("how did harris do in king county", "missing", "missing", named="king", instead="count_winner", **CO_PRES),
    q("who won cook county", "missing", "missing", named="cook", instead="count_winner", **CO_PRES),
    q("ossoff numbers in fulton county ga", "missing", "missing", named="fulton", instead="count_winner",
      **GA_SEN),
    q("what was turnout in maricopa county", "missing", "missing", named="maricopa", instead="turnout",
      path=CLARITY_CO),
    q("who won puerto rico in 2024", "missing", "missing", named="puerto rico"),
    q("how many mail votes did harris get in michigan", "missing", "missing", named="mail",
      instead="state_votes", state="MICHIGAN", person="harris"),
    q("2022 senate results in pennsylvania", "missing", "missing", named="2022"),
)

# ------------------------------------------------------------------------------------------------ Spanish
SPANISH = (
    q("quien gano michigan en 2024", "historical", "state_winner", es=True, state="MICHIGAN"),
    q("quién ganó pensilvania en 2024", "historical", "state_winner", es=True, state="PENNSYLVANIA"),
    q("quien gano florida 2024", "historical", "state_winner", es=True, state="FLORIDA"),
    q("quién ganó texas en las elecciones de 2024", "historical", "state_winner", es=True, state="TEXAS"),
    q("quien gano arizona en 2024", "historical", "state_winner", es=True, state="ARIZONA"),
    q("resultados de nevada 2024 presidente", "historical", "state_winner", es=True, state="NEVADA"),
    q("quien gano carolina del norte 2024", "historical", "state_winner", es=True, state="NORTH CAROLINA"),
    q("quien gano nueva york en 2024", "historical", "state_winner", es=True, state="NEW YORK"),
    q("quien gano california 2024", "historical", "state_winner", es=True, state="CALIFORNIA"),
    q("¿ganó trump georgia en 2024?", "historical", "did_win", es=True, state="GEORGIA", person="trump"),
    q("gano harris en wisconsin?", "historical", "did_win", es=True, state="WISCONSIN", person="harris"),
    q("trump gano nuevo mexico en 2024?", "historical", "did_win", es=True, state="NEW MEXICO", person="trump"),
    q("cuantos votos saco harris en ohio", "state", "state_votes", es=True, state="OHIO", person="harris"),
    q("cuántos votos obtuvo trump en michigan en 2024", "state", "state_votes", es=True, state="MICHIGAN",
      person="trump"),
    q("votos de kamala en texas 2024", "state", "state_votes", es=True, state="TEXAS", person="harris"),
    q("por cuanto gano trump georgia en 2024", "state", "state_margin", es=True, state="GEORGIA"),
    q("margen en pensilvania 2024", "state", "state_margin", es=True, state="PENNSYLVANIA"),
    q("cuanta gente voto en ohio en 2024", "turnout", "state_turnout", es=True, state="OHIO"),
    q("participacion en georgia 2024 presidencial", "turnout", "state_turnout", es=True, state="GEORGIA"),
    q("como le fue a harris en el condado de denver", "county", "area_votes", es=True, area="Denver",
      person="harris", **CO_PRES),
    q("votos de trump en el condado de el paso colorado", "county", "area_votes", es=True, area="El Paso",
      person="trump", **CO_PRES),
    q("quien gano el condado de pueblo", "county", "area_winner", es=True, area="Pueblo", **CO_PRES),
    q("quién ganó el condado de larimer colorado", "county", "area_winner", es=True, area="Larimer", **CO_PRES),
    q("cuantos condados gano trump en colorado", "county", "areas_won", es=True, person="trump", **CO_PRES),
    q("cuántos condados ganó harris en colorado", "county", "areas_won", es=True, person="harris", **CO_PRES),
    q("como le fue a ossoff en el condado de atkinson", "county", "count_votes", es=True, person="ossoff",
      region="atkinson", **GA_SEN),
    q("como le fue a trump en el condado de cameron", "county", "cameron_votes", es=True, office=PRES_PA,
      person="trump"),
    q("votos de ossoff en el precinto axson", "precinct", "area_votes", es=True, area="Axson", person="ossoff",
      **GA_SEN),
    q("quien gano el precinto de pearson city", "precinct", "area_winner", es=True, area="Pearson City",
      **GA_PRES),
    q("cuantos votos por correo saco biden en el condado de atkinson", "vote_type", "vote_type_votes", es=True,
      person="biden", vote_type="Absentee by Mail Votes", **GA_PRES),
    q("cuántos votos por correo tuvo trump en el condado de cameron", "vote_type", "cameron_votes", es=True,
      office=PRES_PA, person="trump", vote_type="mail"),
    q("votos anticipados de trump en atkinson", "vote_type", "vote_type_votes", es=True, person="trump",
      vote_type="Advanced Voting Votes", **GA_PRES),
    q("¿se aprobó la enmienda 79?", "measure", "measure", es=True, **A79),
    q("resultados de la proposición 131", "measure", "measure", es=True, **P131),
    q("paso la enmienda 80 en colorado", "measure", "measure", es=True, **A80),
    q("se aprobo la proposicion 129", "measure", "measure", es=True, **P129),
    q("resultado de la enmienda g", "measure", "measure", es=True, **AG),
    q("la proposicion 127 paso?", "measure", "measure", es=True, **P127),
    q("cual fue la participacion en el condado de atkinson", "turnout", "turnout", es=True, path=CLARITY_GA),
    q("participación en el condado de denver", "turnout", "turnout", es=True, path=CLARITY_CO, area="Denver"),
    q("cuanta gente voto en el condado de cameron", "turnout", "cameron_turnout", es=True),
    q("quien va ganando la boleta generica", "generic", "generic_leader", es=True, cycle=2024),
    q("promedio de la boleta genérica del congreso", "generic", "generic_leader", es=True, cycle=2024),
    q("ultima encuesta de la boleta generica", "generic", "generic_latest", es=True, cycle=2024),
    q("quien gano el distrito 8 de colorado", "historical", "count_winner", es=True, **co_house(8)),
    q("quien gano la eleccion al senado de arkansas en 2014", "historical", "count_winner", es=True,
      path=CLARITY_AR, contest=SENATE_AR),
    q("quien gano michigan en 2016", "missing", "missing", es=True, named="2016", instead="state_winner",
      state="MICHIGAN"),
    q("se aprobo la enmienda 99?", "missing", "missing", es=True, named="99"),
    q("como le fue a harris en el condado de king", "missing", "missing", es=True, named="king",
      instead="count_winner", **CO_PRES),
    q("resultados del senado 2024 en arizona", "missing", "missing", es=True, named="arizona"),
)

QUESTIONS: tuple[Question, ...] = (*STATES, *COUNTIES, *PRECINCTS, *VOTE_TYPES, *RACES, *MEASURES, *TURNOUTS,
                                   *GENERIC, *MISSING, *SPANISH)
