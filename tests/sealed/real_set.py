"""Sealed questions over the real files of ../shared/data, in English, as people type them."""

from __future__ import annotations

from tests.sealed.derive_files import CLARITY_CO, CLARITY_GA
from tests.sealed.question import Question, maker

q = maker("real", "files")
AZ24 = {"state": "AZ", "office": "senate", "cycle": 2024}
PA24 = {"state": "PA", "office": "senate", "cycle": 2024}
OH24 = {"state": "OH", "office": "senate", "cycle": 2024}
MT24 = {"state": "MT", "office": "senate", "cycle": 2024}
TX24 = {"state": "TX", "office": "senate", "cycle": 2024}
NV24 = {"state": "NV", "office": "senate", "cycle": 2024}
MA24 = {"state": "MA", "office": "senate", "cycle": 2024}
WV24 = {"state": "WV", "office": "senate", "cycle": 2024}
VT24 = {"state": "VT", "office": "senate", "cycle": 2024}
GA20 = {"state": "GA", "office": "senate", "cycle": 2020}
GA20S = {"state": "GA", "office": "senate", "cycle": 2020, "special": True}
ME20 = {"state": "ME", "office": "senate", "cycle": 2020}
GAGOV18 = {"state": "GA", "office": "governor", "cycle": 2018}
FLGOV18 = {"state": "FL", "office": "governor", "cycle": 2018}
WIGOV18 = {"state": "WI", "office": "governor", "cycle": 2018}
NCGOV20 = {"state": "NC", "office": "governor", "cycle": 2020}
MI24 = {"state": "MI", "office": "president", "cycle": 2024}
US24 = {"state": None, "office": "president", "cycle": 2024}
ME2 = {"state": "ME", "office": "house", "cycle": 2022, "district": 2}
VA7 = {"state": "VA", "office": "house", "cycle": 2022, "district": 7}
CO_PRES, GA_REG, GA_SPECIAL = "Presidential Electors", "US Senate (Perdue)", "US Senate (Loeffler) - Special"

ORDINARY: tuple[Question, ...] = (
    q("whos ahead in the arizona senate race 2024", "ordinary", "leader", **AZ24),
    q("pa senate 2024 who leads", "ordinary", "leader", **PA24),
    q("ohio senate 24 whos winning", "ordinary", "leader", **OH24),
    q("montana senate race 2024 leader", "ordinary", "leader", **MT24),
    q("cruz or allred whos up", "ordinary", "compare", first="Ted Cruz", second="Colin Allred"),
    q("nevada senate 2024 who is ahead", "ordinary", "leader", **NV24),
    q("whos winning georgia governor 2018", "ordinary", "leader", **GAGOV18),
    q("florida gov 2018 who was leading", "ordinary", "leader", **FLGOV18),
    q("maine senate 2020 whos ahead", "ordinary", "leader", **ME20),
    q("nc governor 2020 polling leader", "ordinary", "leader", **NCGOV20),
    q("michigan 2024 presidential polls who leads", "ordinary", "leader", **MI24),
    q("latest arizona senate poll 2024", "ordinary", "latest_poll", **AZ24),
    q("newest poll pa senate 2024", "ordinary", "latest_poll", **PA24),
    q("last poll of the montana senate race 2024", "ordinary", "latest_poll", **MT24),
    q("most recent texas senate poll 2024", "ordinary", "latest_poll", **TX24),
    q("latest georgia senate 2020 poll", "ordinary", "latest_poll", **GA20),
    q("most recent wisconsin governor poll 2018", "ordinary", "latest_poll", **WIGOV18),
    q("newest national poll for president", "ordinary", "latest_poll", **US24),
    q("latest poll maine 2nd district 2022", "ordinary", "latest_poll", **ME2),
    q("last emerson poll of the ohio senate race 2024", "ordinary", "latest_poll", pollster="Emerson", **OH24),
    q("latest marquette poll wisconsin governor 2018", "ordinary", "latest_poll",
      pollster="Marquette University Law School", **WIGOV18),
    q("who is running for senate in texas 2024", "ordinary", "candidates", **TX24),
    q("candidates ohio senate 2024", "ordinary", "candidates", **OH24),
    q("who was on the ballot for georgia governor in 2018", "ordinary", "candidates", **GAGOV18),
    q("who ran in virginia's 7th district in 2022", "ordinary", "candidates", **VA7),
    q("who polled the montana senate race in 2024", "ordinary", "pollsters", **MT24),
    q("which pollsters did the nevada senate race 2024", "ordinary", "pollsters", **NV24),
    q("who polled maine senate 2020", "ordinary", "pollsters", **ME20),
    q("gallego vs lake", "ordinary", "compare", first="Ruben Gallego", second="Kari Lake"),
    q("tester vs sheehy polls", "ordinary", "compare", first="Jon Tester", second="Tim Sheehy"),
    q("brown vs moreno ohio", "ordinary", "compare", first="Sherrod Brown", second="Bernie Moreno"),
    q("collins vs gideon", "ordinary", "compare", first="Susan M. Collins", second="Sara Gideon"),
    q("gillum vs desantis 2018", "ordinary", "compare", first="Andrew Gillum", second="Ron DeSantis", cycle=2018),
    q("kemp versus abrams 2018", "ordinary", "compare", first="Brian P. Kemp", second="Stacey Yvonne Abrams",
      cycle=2018),
    q("evers or walker 2018 polls", "ordinary", "compare", first="Tony Evers", second="Scott Walker"),
    q("is jon tester running again", "ordinary", "person", name="Jon Tester"),
    q("is sherrod brown running in 2024", "ordinary", "person", name="Sherrod Brown", cycle=2024),
    q("how is colin allred polling", "ordinary", "person", name="Colin Allred"),
    q("how is sam brown doing in nevada", "ordinary", "person", name="Sam Brown"),
    q("dave mccormick polls", "ordinary", "person", name="Dave McCormick"),
    q("how was jon ossoff polling", "ordinary", "person", name="Jon Ossoff"),
    q("roy cooper 2020 numbers", "ordinary", "person", name="Roy A. Cooper", cycle=2020),
    q("how many polls of the arizona senate race 2024", "ordinary", "poll_count", **AZ24),
    q("number of polls texas senate 2024", "ordinary", "poll_count", **TX24),
    q("who won colorado for president in 2024", "ordinary", "count_winner", path=CLARITY_CO, contest=CO_PRES),
    q("colorado 2024 presidential results", "ordinary", "count_winner", path=CLARITY_CO, contest=CO_PRES),
    q("who won the georgia senate race in atkinson 2020", "ordinary", "count_winner", path=CLARITY_GA,
      contest=GA_REG),
    q("loeffler warnock special results atkinson", "ordinary", "count_winner", path=CLARITY_GA,
      contest=GA_SPECIAL),
)

SWALLOWED: tuple[Question, ...] = (
    q("how much is gallego beating lake by", "swallowed", "compare", first="Ruben Gallego", second="Kari Lake"),
    q("is casey losing to mccormick", "swallowed", "compare", first="Robert P. Casey Jr.",
      second="Dave McCormick"),
    q("did tester fall behind sheehy", "swallowed", "compare", first="Jon Tester", second="Tim Sheehy"),
    q("how many votes ossoff get in atkinson", "swallowed", "count_votes", path=CLARITY_GA, contest=GA_REG,
      choice_word="ossoff"),
    q("perdue got how many votes in atkinson county", "swallowed", "count_votes", path=CLARITY_GA, contest=GA_REG,
      choice_word="perdue"),
    q("how many votes did harris win colorado with", "swallowed", "count_winner", path=CLARITY_CO,
      contest=CO_PRES),
    q("trump colorado vote total", "swallowed", "count_votes", path=CLARITY_CO, contest=CO_PRES,
      choice_word="trump"),
    q("how did warnock end up in atkinson", "swallowed", "count_votes", path=CLARITY_GA, contest=GA_SPECIAL,
      choice_word="warnock"),
    q("is allred closing in on cruz", "swallowed", "compare", first="Colin Allred", second="Ted Cruz"),
    q("did rosen stay ahead of brown", "swallowed", "compare", first="Jacky S. Rosen", second="Sam Brown"),
    q("how badly is moreno trailing", "swallowed", "person", name="Bernie Moreno"),
    q("was gideon really beating collins", "swallowed", "compare", first="Sara Gideon", second="Susan M. Collins"),
    q("what did emerson have gallego at", "swallowed", "poll_share", pollster="Emerson", name="Ruben Gallego",
      **AZ24),
    q("what was sheehy at in the last emerson poll", "swallowed", "poll_share", pollster="Emerson",
      name="Tim Sheehy", **MT24),
    q("kennedy votes colorado 2024", "swallowed", "count_votes", path=CLARITY_CO, contest=CO_PRES,
      choice_word="kennedy"),
)

OTHER_SURNAME: tuple[Question, ...] = (
    q("ruben gallegos arizona polls", "other_surname", "no_person", surname="gallegos"),
    q("is sherrod browne running", "other_surname", "no_person", surname="browne"),
    q("dave mccormack senate pa", "other_surname", "no_person", surname="mccormack"),
    q("tim sheehan montana senate", "other_surname", "no_person", surname="sheehan"),
    q("colin aldridge texas senate", "other_surname", "no_person", surname="aldridge"),
    q("how is ted cruise doing", "other_surname", "no_person", surname="cruise"),
    q("jacky rosenberg nevada", "other_surname", "no_person", surname="rosenberg"),
    q("susan collier maine senate polls", "other_surname", "no_person", surname="collier"),
    q("sara guidry vs collins", "other_surname", "no_person", surname="guidry"),
    q("kari lane arizona", "other_surname", "no_person", surname="lane"),
    q("bernie moreland ohio senate", "other_surname", "no_person", surname="moreland"),
    q("jon testa polls", "other_surname", "no_person", surname="testa"),
    q("andrew gilliam florida governor", "other_surname", "no_person", surname="gilliam"),
    q("tony everett wisconsin governor", "other_surname", "no_person", surname="everett"),
)

TWO_SPELLINGS: tuple[Question, ...] = (
    q("how was stacey abrams polling in 2018", "two_spellings", "person", name="Stacey Yvonne Abrams",
      cycle=2018),
    q("stacey abrams 2022 governor polls", "two_spellings", "person", name="Stacey Yvonne Abrams", cycle=2022),
    q("maggie hassan senate polls", "two_spellings", "person", name="Margaret Wood Hassan"),
    q("herschel walker numbers", "two_spellings", "person", name="Herschel Walker"),
    q("bernie sanders 2018 senate race", "two_spellings", "person", name="Bernard Sanders", cycle=2018),
    q("tim kaine 2024 race", "two_spellings", "person", name="Tim Kaine", cycle=2024),
    q("elizabeth warren 2024 senate polls", "two_spellings", "person", name="Elizabeth Warren", cycle=2024,
      office="senate"),
    q("jim justice governor 2020 polls", "two_spellings", "person", name="Jim Justice", cycle=2020),
    q("jake laturner 2020 race", "two_spellings", "person", name="Jake LaTurner", cycle=2020),
    q("jim banks 2018 house race", "two_spellings", "person", name="Jim Banks", cycle=2018),
    q("chris sununu governor 2020", "two_spellings", "person", name="Chris Sununu", cycle=2020,
      office="governor"),
    q("chris murphy senate 2024", "two_spellings", "person", name="Christopher Murphy", cycle=2024),
    q("jb pritzker 2018 governor polls", "two_spellings", "person", name="J.B. Pritzker", cycle=2018),
    q("jim bognet 2020", "two_spellings", "person", name="Jim Bognet", cycle=2020),
    q("maria elvira salazar 2020 polls", "two_spellings", "person", name="María Elvira Salazar", cycle=2020),
    q("annie kuster 2022", "two_spellings", "person", name="Annie Kuster", cycle=2022),
    q("george santos 2020 race", "two_spellings", "person", name="George A.D. Santos", cycle=2020),
    q("alex mooney senate 2024", "two_spellings", "person", name="Alex X. Mooney", cycle=2024),
    q("tom kean jr 2020 polls", "two_spellings", "person", name="Thomas H. Kean Jr.", cycle=2020),
    q("gretchen whitmer 2018 governor race", "two_spellings", "person", name="Gretchen Whitmer", cycle=2018),
    q("kathy manning 2018 race", "two_spellings", "person", name="Kathy Manning", cycle=2018),
    q("bernie sanders vs malloy", "two_spellings", "compare", first="Bernard Sanders", second="Gerald Malloy"),
)

DROPPED: tuple[Question, ...] = (
    q("trump vs biden among independents", "dropped_constraint", "nothing", missing=("independents",),
      around=US24),
    q("gallego with latino voters", "dropped_constraint", "nothing", missing=("latino voters",), around=AZ24),
    q("casey support with union households", "dropped_constraint", "nothing", missing=("union households",),
      around=PA24),
    q("cruz numbers among women", "dropped_constraint", "nothing", missing=("women",), around=TX24),
    q("casey votes in allegheny county", "dropped_constraint", "nothing", missing=("allegheny",), around=PA24),
    q("ossoff in fulton county", "dropped_constraint", "nothing", missing=("fulton",), around=GA20),
    q("harris votes in denver county", "dropped_constraint", "county_votes", path=CLARITY_CO, contest=CO_PRES,
      choice_word="harris", county="Denver"),
    q("tester results in yellowstone county", "dropped_constraint", "nothing", missing=("yellowstone",),
      around=MT24),
    q("quinnipiac poll of the montana senate race", "dropped_constraint", "latest_poll",
      pollster="Quinnipiac University", **MT24),
    q("emerson poll vermont senate 2024", "dropped_constraint", "latest_poll", pollster="Emerson", **VT24),
    q("marquette poll of the texas senate race 2024", "dropped_constraint", "latest_poll",
      pollster="Marquette University Law School", **TX24),
    q("siena poll of the ohio senate 2024", "dropped_constraint", "latest_poll", pollster="Siena/NYT", **OH24),
    q("arizona senate poll from september 2023", "dropped_constraint", "poll_in_month", year=2023, month=9,
      **AZ24),
    q("montana senate poll in may 2024", "dropped_constraint", "poll_in_month", year=2024, month=5, **MT24),
    q("georgia senate polls in march 2020", "dropped_constraint", "poll_in_month", year=2020, month=3, **GA20),
    q("montana senate poll january 2024", "dropped_constraint", "poll_in_month", year=2024, month=1, **MT24),
    q("california governor 2022 polls", "dropped_constraint", "no_race", state="CA", office="governor",
      cycle=2022, words="2022"),
    q("iowa senate race 2024", "dropped_constraint", "no_race", state="IA", office="senate", cycle=2024,
      words="2024"),
    q("alaska senate 2024 who leads", "dropped_constraint", "no_race", state="AK", office="senate", cycle=2024,
      words="2024"),
    q("who is running in ny-45", "dropped_constraint", "no_race", state="NY", office="house", district=45,
      words="45"),
    q("texas governor 2022 polls", "dropped_constraint", "no_race", state="TX", office="governor", cycle=2022,
      words="2022"),
    q("georgia senate 2020 runoff results in cobb county", "dropped_constraint", "nothing", missing=("cobb",),
      around=GA20),
)

FACTS: tuple[Question, ...] = (
    q("sample size of the last emerson poll in arizona senate 2024", "unrouted_fact", "poll_attribute",
      pollster="Emerson", attribute="sample_size", **AZ24),
    q("how many people did atlasintel poll in nevada senate 2024", "unrouted_fact", "poll_attribute",
      pollster="AtlasIntel", attribute="sample_size", **NV24),
    q("morning consult ohio senate poll sample", "unrouted_fact", "poll_attribute", pollster="Morning Consult",
      attribute="sample_size", **OH24),
    q("when was the colby poll of maine senate 2020 done", "unrouted_fact", "poll_attribute",
      pollster="Colby College", attribute="field_dates", **ME20),
    q("field dates of the latest trafalgar georgia senate 2020 poll", "unrouted_fact", "poll_attribute",
      pollster="Trafalgar Group", attribute="field_dates", **GA20),
    q("how was the emerson montana senate poll done", "unrouted_fact", "poll_attribute", pollster="Emerson",
      attribute="method", **MT24),
    q("was the epic mra michigan poll phone or online", "unrouted_fact", "poll_attribute", pollster="EPIC/MRA",
      attribute="method", **MI24),
    q("who sponsored the emerson pa senate poll", "unrouted_fact", "poll_attribute", pollster="Emerson",
      attribute="sponsor", **PA24),
    q("who paid for the public opinion strategies montana poll", "unrouted_fact", "poll_attribute",
      pollster="Public Opinion Strategies", attribute="sponsor", **MT24),
    q("who commissioned the research america west virginia poll", "unrouted_fact", "poll_attribute",
      pollster="Research America", attribute="sponsor", **WV24),
    q("how many candidates in the massachusetts senate race 2024", "unrouted_fact", "candidate_count", **MA24),
    q("how many people running for senate in pennsylvania 2024", "unrouted_fact", "candidate_count", **PA24),
    q("how many polls were done on the maine senate race 2020", "unrouted_fact", "poll_count", **ME20),
    q("who came third in colorado for president", "unrouted_fact", "count_rank", path=CLARITY_CO,
      contest=CO_PRES, place=3),
    q("who finished last in the georgia senate race in atkinson", "unrouted_fact", "count_rank",
      path=CLARITY_GA, contest=GA_REG, place=-1),
    q("third place in the georgia special senate atkinson count", "unrouted_fact", "count_rank",
      path=CLARITY_GA, contest=GA_SPECIAL, place=3),
    q("total votes colorado president 2024", "unrouted_fact", "count_total", path=CLARITY_CO, contest=CO_PRES),
    q("how many votes were cast in atkinson for senate", "unrouted_fact", "count_total", path=CLARITY_GA,
      contest=GA_REG),
    q("harris margin of victory in colorado", "unrouted_fact", "count_margin", path=CLARITY_CO, contest=CO_PRES),
    q("how much did perdue win atkinson by", "unrouted_fact", "count_margin", path=CLARITY_GA, contest=GA_REG),
    q("how many candidates on the colorado presidential ballot", "unrouted_fact", "count_candidates",
      path=CLARITY_CO, contest=CO_PRES),
    q("who was second in colorado 2024", "unrouted_fact", "count_rank", path=CLARITY_CO, contest=CO_PRES,
      place=2),
    q("did sinema drop out of the arizona race", "unrouted_fact", "person", name="Kyrsten Sinema"),
    q("which pollsters polled pa senate 2024", "unrouted_fact", "pollsters", **PA24),
    q("georgia 2020 senate runoff latest poll", "unrouted_fact", "latest_poll", **GA20),
)

NOT_IMPORTED: tuple[Question, ...] = (
    q("how many votes did trump get in wyoming 2024", "unrouted_fact", "medsl_votes", state_po="WY",
      surname="TRUMP"),
    q("harris official vote total in vermont", "unrouted_fact", "medsl_votes", state_po="VT", surname="HARRIS"),
    q("who won nevada in 2024 official results", "ordinary", "medsl_winner", state_po="NV"),
    q("who won wisconsin president 2024 certified", "ordinary", "medsl_winner", state_po="WI"),
    q("trump votes in cameron county pa", "dropped_constraint", "cameron_votes",
      office="President", surname="trump"),
    q("how many ballots were cast in cameron county 2024", "unrouted_fact", "cameron_ballots"),
    q("harris cameron county votes", "dropped_constraint", "cameron_votes",
      office="President", surname="harris"),
    q("latest generic ballot poll 2024", "ordinary", "generic_latest", cycle=2024),
    q("generic congressional ballot newest poll 2022", "ordinary", "generic_latest", cycle=2022),
)

REAL_QUESTIONS: tuple[Question, ...] = (*ORDINARY, *SWALLOWED, *OTHER_SURNAME, *TWO_SPELLINGS, *DROPPED, *FACTS,
                                        *NOT_IMPORTED)
