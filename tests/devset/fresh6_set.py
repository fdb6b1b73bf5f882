"""The sixth batch of fresh dev questions: hunting confident answers to a different question.

Written on 2026-12-07 by a helper session that read neither the sealed rows, the other dev rows, the engine's
question files (`tests/engine/*_questions.py`, `tests/engine/test_*.py`) nor the engine's code: only the machinery
(`tests/sealed/question.py`, `expect.py`, `check.py`, `derive_la.py`, `derive_files.py`, `README.md`;
`tests/devset/question.py`, `derive_more.py`, `README.md`), the LA bundle and the real files. Every expectation is
derived by the existing derivations; a lack is checked by them (`nobody`, `no_person`, `no_race`, `poll_in_month`,
`stage_latest_poll`, `latest_poll`, `subgroup`) or, for `nothing`, by hand-run code before writing (no pollster of any
file named Hartwell / Blue Ridge / Pinecrest; no such county or precinct in the Clarity files; the race's polls use
no such population).

Most rows name something the data LACKS or a constraint the answer MUST honour, written so that a careless engine
would answer a different question with confidence: a person who never ran beside or instead of a candidate (common
census surnames, "firstname realsurname" pairs, real politicians and celebrities), an endorser nobody has, a
pollster that polled other races but not this one or exists nowhere, a month with no poll (of a pollster), a group
of voters or a population no poll of the race reports, an office or a race the data lacks (sheriff, controller, DA,
school board, lieutenant governor, secretary of state, a state or year with no race), a stage the race never had,
a county of another state or a precinct that does not exist, topics no data holds (debates, fundraising, ads,
recounts, approval, age, platform, scandals). The lacking thing sits first, last, in parentheses, after a comma, as
a possessive, after "and"/"or", in a hashtag, in a second sentence. The rest are unrouted facts and swallowed
questions in unusual forms (the fact in a subordinate clause, double questions, a typo in the attribute word).

Five first drafts equal to a sealed (1), engine-test (1) or dev (3) phrasing were reworded before any score.
252 rows: 96 LA ("la", source la), 96 real files ("real", source files), 60 Spanish ("es": 34 LA, 26 files).
Per kind: dropped_constraint 146, other_surname 51, unrouted_fact 42, swallowed 13 (78% lacks or constraints).
Per group and kind: la D 52 / O 21 / U 18 / W 5; real D 59 / O 21 / U 12 / W 4; es D 35 / O 9 / U 12 / W 4.

First score, rows at `8129439`, engine of this worktree's base `11caa14` (the snippet of the brief, counts only):
```
overall: 214/252 right (84.9%), 27 ruled out
  group la                   77/96 right (80.2%), 12 ruled out
  group real                 83/96 right (86.5%), 9 ruled out
  group es                   54/60 right (90.0%), 6 ruled out
  kind swallowed            11/13 right (84.6%), 0 ruled out
  kind other_surname        38/51 right (74.5%), 13 ruled out
  kind dropped_constraint   131/146 right (89.7%), 14 ruled out
  kind unrouted_fact        34/42 right (81.0%), 0 ruled out
ruled_out: 27
grades: {'right': 214, 'ruled_out': 27, 'wrong': 11}
```
One correction after that score, because the row was unfair: "trump vs tom hanks polls" named Trump, whom the files
hold as several people (Donald Trump, Donald J. Trump, Donald Trump Jr.), so a question back about "trump" was a
fair answer the row graded wrong; now "joe biden vs tom hanks polls" (one Joe Biden in the files), spec unchanged
(`no_person("hanks")`). The other misses were read only to judge fairness and left as they are.
Score after the correction (same engine):
```
overall: 215/252 right (85.3%), 27 ruled out
  group la                   77/96 right (80.2%), 12 ruled out
  group real                 84/96 right (87.5%), 9 ruled out
  group es                   54/60 right (90.0%), 6 ruled out
  kind swallowed            11/13 right (84.6%), 0 ruled out
  kind other_surname        38/51 right (74.5%), 13 ruled out
  kind dropped_constraint   132/146 right (90.4%), 14 ruled out
  kind unrouted_fact        34/42 right (81.0%), 0 ruled out
ruled_out: 27
grades: {'right': 215, 'ruled_out': 27, 'wrong': 10}
```
"""

from __future__ import annotations

from tests.devset.question import maker

BK = "UC Berkeley Institute of Governmental Studies"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
WAL = "J. Wallin Opinion Research"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES_CO = "Presidential Electors"
PERDUE, LOEFFLER = "US Senate (Perdue)", "US Senate (Loeffler) - Special"


def s(state, office, cycle, district=None, special=False):
    d = dict(state=state, office=office, cycle=cycle)
    if district is not None:
        d["district"] = district
    if special:
        d["special"] = True
    return d


CO24 = s("CO", "president", 2024)
GA_II = s("GA", "senate", 2020)
GA_III = s("GA", "senate", 2020, special=True)
TX18 = s("TX", "senate", 2018)
TX24 = s("TX", "senate", 2024)
MI24 = s("MI", "senate", 2024)
NV24 = s("NV", "senate", 2024)
PA24 = s("PA", "senate", 2024)
OH24 = s("OH", "senate", 2024)
AZ24 = s("AZ", "senate", 2024)
MT24 = s("MT", "senate", 2024)
WY24 = s("WY", "senate", 2024)
GAGOV18 = s("GA", "governor", 2018)
FLGOV18 = s("FL", "governor", 2018)
WIGOV18 = s("WI", "governor", 2018)
OKGOV18 = s("OK", "governor", 2018)
MAGOV22 = s("MA", "governor", 2022)
TNPRES = s("TN", "president", 2024)
US24 = s(None, "president", 2024)

q = maker("la", "la")
D, OS, U, W = "dropped_constraint", "other_surname", "unrouted_fact", "swallowed"

LA_ROWS = (
    # people who never ran, beside or instead of a candidate
    q("karen bates la mayor numbers?", OS, "nobody", missing=("bates",)),
    q("how did rick ross do in the la mayor primary", OS, "nobody", missing=("ross",)),
    q("kevin de leon and kevin rivera, who did better in the june primary", OS, "nobody", missing=("rivera",)),
    q("gina romero's share of the mayor vote", OS, "nobody", missing=("romero",)),
    q("andrew kim or andrew cook... how many votes for cook", OS, "nobody", missing=("cook",)),
    q("craig stone mayor of los angeles 2022", OS, "nobody", missing=("stone",)),
    q("what did joe rice get in the la primary", OS, "nobody", missing=("rice",)),
    q("polls for karen bass and karen foster", OS, "nobody", missing=("foster",)),
    q("john ford la mayoral results", OS, "nobody", missing=("ford",)),
    q("is mike chavez still in the race for la mayor", OS, "nobody", missing=("chavez",)),
    q("votes for alex reyes in the los angeles mayor primary", OS, "nobody", missing=("reyes",)),
    q("did jessica alvarez drop out of the mayor race too", OS, "nobody", missing=("alvarez",)),
    q("did eric adams ever run for mayor of LA", OS, "nobody", missing=("adams",)),
    q("bass, caruso, and leonard - who's ahead in LA", OS, "nobody", missing=("leonard",)),
    q("kimball mayor la poll numbers", OS, "nobody", missing=("kimball",)),
    q("how'd greer do against bass", OS, "nobody", missing=("greer",)),
    q("LA mayor race: diaz vs caruso, who leads?", OS, "nobody", missing=("diaz",)),
    q("is rodriguez on the ballot for mayor of los angeles", OS, "nobody", missing=("rodriguez",)),
    q("la mayor primary % (morales)", OS, "nobody", missing=("morales",)),
    q("caruso's running mate shaw, any polls?", OS, "nobody", missing=("shaw",)),
    q("mayor race LA: did tom bassett endorse anyone", OS, "nobody", missing=("bassett",)),
    q("bass v caruso v garcetti la mayor poll", D, "nobody", missing=("garcetti",)),
    q("lebron james for mayor lol how is he polling in LA", D, "nobody", missing=("lebron",)),
    # endorsers nobody has
    q("taylor swift's endorsement in the la mayor race, who'd she pick", D, "nobody", missing=("taylor swift",)),
    q("did beyonce back caruso or nah", D, "nobody", missing=("beyonce",)),
    q("when did oprah come out for karen bass", D, "nobody", missing=("oprah",)),
    q("who did the dodgers endorse for los angeles mayor", D, "nobody", missing=("dodgers",)),
    q("caruso endorsed by garcetti?", D, "nobody", missing=("garcetti",)),
    q("did the LA Clippers endorse bass", D, "nobody", missing=("clippers",)),
    q("karen bass endorsements from tiktok stars", D, "nobody", missing=("tiktok",)),
    # pollsters that never polled LA
    q("emerson's la mayor poll?", D, "nobody", missing=("emerson",)),
    q("la mayor race quinnipiac numbers", D, "nobody", missing=("quinnipiac",)),
    q("newest surveyusa poll of bass vs caruso", D, "nobody", missing=("surveyusa",)),
    q("did siena ever poll the los angeles mayoral race", D, "nobody", missing=("siena",)),
    q("what did the PPIC poll say about LA mayor", D, "nobody", missing=("ppic",)),
    q("what did gallup have for caruso", D, "nobody", missing=("gallup",)),
    q("bass caruso #rasmussen", D, "nobody", missing=("rasmussen",)),
    q("la mayor, the ipsos poll, who led", D, "nobody", missing=("ipsos",)),
    q("trafalgar group's take on bass v caruso", D, "nobody", missing=("trafalgar",)),
    q("caruso morning consult numbers LA", D, "nobody", missing=("morning consult",)),
    # months with no poll (of a pollster)
    q("wallin's july poll of the la mayor race", D, "poll_in_month", year=2022, month=7, pollster=WAL),
    q("fm3 la mayor poll from march 2022", D, "poll_in_month", year=2022, month=3, pollster=FM3),
    q("LMU's october 2022 mayor poll", D, "poll_in_month", year=2022, month=10, pollster=LMU),
    q("berkeley igs la mayor poll, december 2021", D, "poll_in_month", year=2021, month=12, pollster=BK),
    q("any polling of bass/caruso in jul '22?", D, "poll_in_month", year=2022, month=7),
    q("la mayor poll from november 2021", D, "poll_in_month", year=2021, month=11),
    q("was there an la mayor poll in december 2022", D, "poll_in_month", year=2022, month=12),
    q("caruso numbers, october 2021 la mayor polls", D, "poll_in_month", year=2021, month=10),
    # groups of voters no poll reports
    q("how's bass doing with catholic voters", D, "subgroup", group="catholic"),
    q("caruso among seniors in la", D, "subgroup", group="seniors"),
    q("gen z voters, la mayor poll, who they like", D, "subgroup", group="gen z"),
    q("la mayor: who leads among renters", D, "subgroup", group="renters"),
    q("and homeowners? bass or caruso", D, "subgroup", group="homeowners"),
    q("jewish voters bass caruso split", D, "subgroup", group="jewish"),
    q("bass's westside numbers", D, "subgroup", group="westside"),
    q("caruso's standing with independents in the mayor race", D, "subgroup", group="independents"),
    q("bass vs caruso among teachers", D, "subgroup", group="teachers"),
    q("who are east la voters backing for mayor", D, "subgroup", group="east la"),
    q("la mayor polls: voters under 30", D, "subgroup", group="under 30"),
    q("how did caruso poll with moderates", D, "subgroup", group="moderates", candidate=CARUSO),
    q("caruso w/ san fernando valley voters", D, "subgroup", group="san fernando valley", candidate=CARUSO),
    # offices and topics with no race or no data
    q("la county sheriff race 2022 polls", D, "nobody", missing=("sheriff",)),
    q("who's winning LA city controller", D, "nobody", missing=("controller",)),
    q("los angeles district attorney race, who's ahead", D, "nobody", missing=("district attorney",)),
    q("LAUSD school board race results", D, "nobody", missing=("school board",)),
    q("who won la treasurer in 2022", D, "nobody", missing=("treasurer",)),
    q("did bass and caruso debate", D, "nobody", missing=("debate",)),
    q("caruso fundraising totals, how much has he raised", D, "nobody", missing=("fundraising",)),
    q("karen bass approval rating", D, "nobody", missing=("approval",)),
    q("was there a recount in the la mayor race", D, "nobody", missing=("recount",)),
    q("how many tv ads did caruso run", D, "nobody", missing=("ads",)),
    q("measure ula results los angeles", D, "nobody", missing=("ula",)),
    q("bass's scandal, did it hurt her polls", D, "nobody", missing=("scandal",)),
    # facts in unusual forms
    q("ok so de leon, how many votes did he get for mayor. in the primary i mean", U, "votes_of", person=KDL,
      stage="primary"),
    q("what place did gina viola finish in the june primary", U, "place_of", person=VIOLA, stage="primary"),
    q("whats the sample sise of the la wallin poll", U, "poll_attribute", pollster=WAL, attribute="sample_size"),
    q("who sponsered the wallin mayor survey", U, "poll_attribute", pollster=WAL, attribute="sponsor"),
    q("fm3 la mayor poll fieled dates?", U, "poll_attribute", pollster=FM3, attribute="field_dates"),
    q("i know bass won but by how much in the november vote", U, "margin", stage="general"),
    q("if caruso lost, what percent did he end up with in november", U, "result_of", person=CARUSO, stage="general"),
    q("who came third in the la primary and how many votes did they get", U, "rank", stage="primary", place=3),
    q("do you know how many people dropped out of the mayor race?", U, "withdrawn_count"),
    q("how many diffrent pollsters polled bass vs caruso", U, "la_pollster_count"),
    q("who led the fm3 la poll and by how much", U, "la_poll_leader", pollster=FM3),
    q("did caruso do better in the general than in the primary, percentage wise", U, "stage_change", person=CARUSO),
    q("how many registerd voters are in la", U, "registered_voters"),
    q("what's the most bass ever polled at", U, "la_max_share", person=BASS),
    q("how many celebs endorsed caruso", U, "endorser_type_count", endorser_type="celebrity", candidate=CARUSO),
    q("mel wilsons vote count in the june primary", U, "votes_of", person="Mel Wilson", stage="primary"),
    q("kevin de leons number in the lmu mayor poll", U, "la_poll_share", pollster=LMU, person=KDL),
    q("how far apart were viola and de leon in the primary", U, "gap", first=KDL, second=VIOLA, stage="primary"),
    q("bass got how many votes in the general?", W, "votes_of", person=BASS, stage="general"),
    q("caruso finished where in the primary", W, "place_of", person=CARUSO, stage="primary"),
    q("how much did caruso loose by", W, "margin", stage="general"),
    q("by how much did bass lead caruso in the june primary, in points", W, "gap", first=BASS, second=CARUSO,
      stage="primary"),
    q("what % did feuer get even tho he dropped out", W, "result_of", person="Mike Feuer", stage="primary"),
)

q = maker("real", "files")
REAL_ROWS = (
    # people who never ran
    q("ted ross texas senate 2018 poll numbers", OS, "no_person", surname="ross"),
    q("how's beto doing vs mike foster", OS, "no_person", surname="foster"),
    q("jon ossoff and jon rivera, who polled higher", OS, "no_person", surname="rivera"),
    q("kari lake vs kari stone arizona senate", OS, "no_person", surname="stone"),
    q("sherrod brown vs tim ford ohio 2024", OS, "no_person", surname="ford"),
    q("stacey abrams or stacey rice - georgia governor polls", OS, "no_person", surname="rice"),
    q("is mark kimball running for senate in arizona", OS, "no_person", surname="kimball"),
    q("jacky shaw nevada senate", OS, "no_person", surname="shaw"),
    q("how'd greer do in the pennsylvania senate race", OS, "no_person", surname="greer"),
    q("morales, nevada governor 2018", OS, "no_person", surname="morales"),
    q("alvarez vs gallego, arizona", OS, "no_person", surname="alvarez"),
    q("did reyes win the texas senate primary", OS, "no_person", surname="reyes"),
    q("tim leonard wisconsin senate polls", OS, "no_person", surname="leonard"),
    q("romero's new mexico senate numbers 2018", OS, "no_person", surname="romero"),
    q("cook vs hawley missouri senate", OS, "no_person", surname="cook"),
    q("bassett georgia senate runoff polls", OS, "no_person", surname="bassett"),
    q("the adams campaign for new york governor, how's it polling", OS, "no_person", surname="adams"),
    q("kevin bates montana senate 2024", OS, "no_person", surname="bates"),
    q("oprah winfrey 2024 president polls", OS, "no_person", surname="winfrey"),
    q("joe biden vs tom hanks polls", D, "no_person", surname="hanks"),
    q("maria diaz florida governor 2018 polling", OS, "no_person", surname="diaz"),
    q("mark zuckerberg 2024 president polls", D, "no_person", surname="zuckerberg"),
    q("lisa chavez for senate in new mexico?", OS, "no_person", surname="chavez"),
    # pollsters that never polled the race, or do not exist
    q("selzer poll of the 2024 ohio senate race", D, "latest_poll", pollster="Selzer", **OH24),
    q("marquette law school poll michigan senate 2024", D, "latest_poll", pollster="Marquette Law School", **MI24),
    q("what did emerson say about the 2024 wyoming senate race", D, "latest_poll", pollster="Emerson", **WY24),
    q("ppic texas senate 2024 poll", D, "latest_poll", pollster="PPIC", **TX24),
    q("siena's georgia governor 2018 poll", D, "latest_poll", pollster="Siena College", **GAGOV18),
    q("monmouth university, florida governor 2018 poll", D, "latest_poll", pollster="Monmouth University", **FLGOV18),
    q("2024 montana senate (quinnipiac poll)", D, "latest_poll", pollster="Quinnipiac", **MT24),
    q("did the university of houston poll nevada's 2024 senate race", D, "latest_poll", pollster="U. Houston",
      **NV24),
    q("suffolk's newest on the texas senate 2018 race", D, "latest_poll", pollster="Suffolk University", **TX18),
    q("hartwell research poll of the 2024 pennsylvania senate race", D, "nothing", missing=("hartwell",), around=PA24),
    q("beto vs cruz 2018, blue ridge analytics poll", D, "nothing", missing=("blue ridge",), around=TX18),
    q("pinecrest polling arizona senate 2024", D, "nothing", missing=("pinecrest",), around=AZ24),
    # months with no poll
    q("texas senate 2018 polls from february 2018", D, "poll_in_month", year=2018, month=2, **TX18),
    q("georgia governor 2018 polls in march 2018", D, "poll_in_month", year=2018, month=3, **GAGOV18),
    q("2024 michigan senate polls from december 2023", D, "poll_in_month", year=2023, month=12, **MI24),
    q("wisconsin governor 2018 poll, april 2018", D, "poll_in_month", year=2018, month=4, **WIGOV18),
    q("any ohio senate 2024 polls in april 2024?", D, "poll_in_month", year=2024, month=4, **OH24),
    q("the 2024 montana senate race: polls from may 2024", D, "poll_in_month", year=2024, month=5, **MT24),
    q("nevada senate 2024 polling in january 2024", D, "poll_in_month", year=2024, month=1, **NV24),
    # stages a race never had
    q("texas senate 2018 runoff poll", D, "stage_latest_poll", stage="runoff", **TX18),
    q("georgia governor 2018 runoff polling", D, "stage_latest_poll", stage="runoff", **GAGOV18),
    q("latest runoff poll pennsylvania senate 2024", D, "stage_latest_poll", stage="runoff", **PA24),
    # races the files lack
    q("2022 texas governor race, got any polls", D, "no_race", state="TX", office="governor", cycle=2022),
    q("who's leading for california governor this year", D, "no_race", state="CA", office="governor", cycle=2022),
    q("ohio lieutenant governor poll", D, "no_race", state="OH", office="lieutenant governor",
      words="lieutenant governor"),
    q("who's ahead for georgia secretary of state 2022", D, "no_race", state="GA", office="secretary of state",
      cycle=2022, words="secretary of state"),
    q("florida senate 2026 polls", D, "no_race", state="FL", office="senate", cycle=2026),
    q("alaska's 2018 senate race polls", D, "no_race", state="AK", office="senate", cycle=2018),
    q("chicago mayor 2023 polling", D, "no_race", state="IL", office="mayor", cycle=2023, words="mayor"),
    q("colorado governor 2022, any polls", D, "no_race", state="CO", office="governor", cycle=2022),
    q("california controller race 2022", D, "no_race", state="CA", office="controller", cycle=2022,
      words="controller"),
    q("nevada treasurer polls", D, "no_race", state="NV", office="treasurer", words="treasurer"),
    q("arizona superintendent of public instruction 2022", D, "no_race", state="AZ", office="superintendent",
      cycle=2022, words="superintendent"),
    q("michigan's 50th district house race 2022", D, "no_race", state="MI", office="house", cycle=2022,
      district=50, words="district 50"),
    q("wyoming governor 2020 polls", D, "no_race", state="WY", office="governor", cycle=2020),
    # places the results lack
    q("harris votes in maricopa county colorado", D, "nothing", missing=("maricopa",), around=CO24),
    q("how did trump do in orange county, colorado", D, "nothing", missing=("orange",), around=CO24),
    q("ossoff's votes in fulton county in the atkinson file", D, "nothing", missing=("fulton",), around=GA_II),
    q("perdue's total in the douglas precinct", D, "nothing", missing=("douglas",), around=GA_II),
    q("loeffler special election votes chatham county", D, "nothing", missing=("chatham",), around=GA_III),
    # populations and groups no poll of the race used
    q("oklahoma governor 2018 poll of adults", D, "nothing", missing=("adults",), around=OKGOV18),
    q("registered voter poll of the 2024 wyoming senate race", D, "nothing", missing=("registered",), around=WY24),
    q("likely voters poll massachusetts governor 2022", D, "nothing", missing=("likely",), around=MAGOV22),
    q("tennessee 2024 president likely-voter poll", D, "nothing", missing=("likely",), around=TNPRES),
    q("evangelicals in the 2018 texas senate polls, cruz or beto", D, "nothing", missing=("evangelical",),
      around=TX18),
    q("suburban women, pennsylvania senate 2024, casey or mccormick", D, "nothing", missing=("suburban",),
      around=PA24),
    q("hispanic voters in the 2024 arizona senate polls", D, "nothing", missing=("hispanic",), around=AZ24),
    q("union households michigan senate 2024", D, "nothing", missing=("union",), around=MI24),
    # topics no data holds
    q("did cruz and allred debate", D, "nothing", missing=("debate",)),
    q("beto fundraising totals 2018", D, "nothing", missing=("fundraising",)),
    q("kemp approval rating", D, "nothing", missing=("approval",)),
    q("how old is jon tester", D, "nothing", missing=("age",)),
    q("what's sherrod brown's platform", D, "nothing", missing=("platform",)),
    # constraints present that must be honoured
    q("newest registered-voter poll of the michigan senate 2024 race", D, "population_latest_poll", population="rv",
      **MI24),
    q("monmouth's nj senate 2018 poll", D, "latest_poll", pollster="Monmouth University",
      **s("NJ", "senate", 2018)),
    q("harris's votes in weld county, colorado", D, "county_votes", path=CO, contest=PRES_CO, choice_word="harris",
      county="Weld"),
    q("who won pueblo county for president (colorado)", D, "county_winner", path=CO, contest=PRES_CO,
      county="Pueblo"),
    # facts in unusual forms
    q("how many votes did shane hazel get in atkinson county", U, "count_votes", path=GA, contest=PERDUE,
      choice_word="hazel"),
    q("where did jill stein finish in colorado", U, "count_place", path=CO, contest=PRES_CO, choice_word="stein"),
    q("how many votes seperated collins and loeffler in atkinson", U, "count_gap", path=GA, contest=LOEFFLER,
      first_word="collins", second_word="loeffler"),
    q("boulder county turnuot 2024", U, "clarity_turnout", path=CO, county="Boulder"),
    q("how many polls does the 2024 nevada senate race have, roughly", U, "poll_count", **NV24),
    q("how many different pollsters did the 2018 georgia governor race", U, "pollster_count", **GAGOV18),
    q("quinnipiac's sampel size, texas senate 2018", U, "poll_attribute", pollster="Quinnipiac University",
      attribute="sample_size", **TX18),
    q("whats the best allred ever polled in the senate race", U, "file_max_share", name="Colin Allred", **TX24),
    q("when was the first poll of the 2018 wisconsin governor race taken", U, "first_poll_date", **WIGOV18),
    q("total votes cast for president in wisconsin 2024", U, "medsl_total", state_po="WI"),
    q("trump won pennsylvania 2024 by how much", W, "medsl_margin", state_po="PA"),
    q("cameron county pa, how many registered voters", U, "cameron_registered"),
    q("who carried cameron county for senate 2024 and by how many votes", U, "cameron_winner", office="U.S. Senate"),
    q("ossoff got how many votes in atkinson?", W, "count_votes", path=GA, contest=PERDUE, choice_word="ossoff"),
    q("perdue beat ossoff in atkinson by how many votes", W, "count_margin", path=GA, contest=PERDUE),
    q("hazel finished where in the perdue race in atkinson", W, "count_place", path=GA, contest=PERDUE,
      choice_word="hazel"),
)

q = maker("es", "la")
qf = maker("es", "files")
SPANISH_ROWS = (
    q("cuantos votos saco karen rivera en la primaria de los angeles", OS, "nobody", missing=("rivera",)),
    q("como va rick morales en la carrera por la alcaldia de la", OS, "nobody", missing=("morales",)),
    q("y diaz? va ganando en los angeles", OS, "nobody", missing=("diaz",)),
    q("bass contra reyes, quien gana la alcaldia", OS, "nobody", missing=("reyes",)),
    q("kevin chavez se retiro de la carrera de alcalde?", OS, "nobody", missing=("chavez",)),
    q("shakira apoyo a karen bass?", D, "nobody", missing=("shakira",)),
    q("bad bunny respaldo a caruso o no", D, "nobody", missing=("bad bunny",)),
    q("y la de emerson? la encuesta de alcalde de los angeles digo", D, "nobody", missing=("emerson",)),
    q("que dice la encuesta de quinnipiac sobre bass y caruso", D, "nobody", missing=("quinnipiac",)),
    q("la encuesta de gallup de la alcaldia de la", D, "nobody", missing=("gallup",)),
    q("encuesta de wallin de julio, alcaldia de la", D, "poll_in_month", year=2022, month=7, pollster=WAL),
    q("hubo encuesta de la alcaldia en diciembre de 2021?", D, "poll_in_month", year=2021, month=12),
    q("encuesta de fm3 de abril de 2022 para alcalde de la", D, "poll_in_month", year=2022, month=4, pollster=FM3),
    q("como va caruso con los catolicos", D, "subgroup", group="catolicos"),
    q("bass entre los jovenes de los angeles", D, "subgroup", group="jovenes"),
    q("caruso con los votantes mayores de 65", D, "subgroup", group="mayores de 65"),
    q("quien gana entre los inquilinos en la alcaldia", D, "subgroup", group="inquilinos"),
    q("carrera para sheriff del condado de los angeles 2022", D, "nobody", missing=("sheriff",)),
    q("quien va ganando para contralor de los angeles", D, "nobody", missing=("contralor",)),
    q("resultados de la junta escolar de los angeles", D, "nobody", missing=("junta escolar",)),
    q("fiscal de distrito de los angeles, quien gana", D, "nobody", missing=("fiscal",)),
    q("hubo debate entre bass y caruso?", D, "nobody", missing=("debate",)),
    q("caruso cuanto dinero ha recaudado para su campana", D, "nobody", missing=("recaudado",)),
    q("cual es la aprobacion de karen bass", D, "nobody", missing=("aprobacion",)),
    q("cuantos anos tiene rick caruso", D, "nobody", missing=("anos",)),
    q("hubo reconteo en la eleccion de alcalde?", D, "nobody", missing=("reconteo",)),
    q("gina viola en que puesto termino, en la primaria de junio", U, "place_of", person=VIOLA, stage="primary"),
    q("cuantos votos saco de leon para alcalde, en la primaria digo", U, "votes_of", person=KDL, stage="primary"),
    q("cual fue el tamano de la muestra de la encuesta de wallin de la alcaldia", U, "poll_attribute", pollster=WAL,
      attribute="sample_size"),
    q("quien patrosino la encuesta de wallin de los angeles", U, "poll_attribute", pollster=WAL, attribute="sponsor"),
    q("cuantos candidatos se retiraron de la carrera de alcalde", U, "withdrawn_count"),
    q("por cuanto perdio caruso en noviembre", W, "margin", stage="general"),
    q("bass saco cuantos votos en la general?", W, "votes_of", person=BASS, stage="general"),
    q("cuantas encuestadoras hicieron encuestas de la alcaldia", U, "la_pollster_count"),
    qf("como le va a ted ross en texas", OS, "no_person", surname="ross"),
    qf("jon ossoff contra jon foster, quien va arriba", OS, "no_person", surname="foster"),
    qf("kari lake contra maria romero en arizona 2024", OS, "no_person", surname="romero"),
    qf("alvarez en la carrera al senado de nevada 2024", OS, "no_person", surname="alvarez"),
    qf("encuesta de selzer del senado de ohio 2024", D, "latest_poll", pollster="Selzer", **OH24),
    qf("encuesta de marquette sobre el senado de michigan 2024", D, "latest_poll", pollster="Marquette Law School",
       **MI24),
    qf("encuestas del senado de texas 2018 de febrero de 2018", D, "poll_in_month", year=2018, month=2, **TX18),
    qf("encuestas de la segunda vuelta del senado de texas 2018", D, "stage_latest_poll", stage="runoff", **TX18),
    qf("encuestas para gobernador de texas 2022", D, "no_race", state="TX", office="governor", cycle=2022),
    qf("quien gana para vicegobernador de ohio", D, "no_race", state="OH", office="lieutenant governor",
       words="vicegobernador"),
    qf("encuestas para fiscal general de arizona 2022", D, "no_race", state="AZ", office="attorney general",
       cycle=2022, words="fiscal general"),
    qf("votos de harris en el condado de maricopa, colorado", D, "nothing", missing=("maricopa",), around=CO24),
    qf("votos de ossoff en el condado de fulton en el archivo de atkinson", D, "nothing", missing=("fulton",),
       around=GA_II),
    qf("como votaron los evangelicos en el senado de texas 2018", D, "nothing", missing=("evangelicos",),
       around=TX18),
    qf("encuesta de adultos del gobernador de oklahoma 2018", D, "nothing", missing=("adultos",), around=OKGOV18),
    qf("hubo debate entre cruz y allred", D, "nothing", missing=("debate",)),
    qf("cuanto dinero recaudo beto en 2018", D, "nothing", missing=("recaudo",)),
    qf("cuantos votos saco shane hazel en atkinson", U, "count_votes", path=GA, contest=PERDUE, choice_word="hazel"),
    qf("jill stein, que lugar saco en colorado", U, "count_place", path=CO, contest=PRES_CO, choice_word="stein"),
    qf("participacion en el condado de boulder 2024", U, "clarity_turnout", path=CO, county="Boulder"),
    qf("cuantas encuestas tiene el senado de nevada 2024", U, "poll_count", **NV24),
    qf("por cuanto gano trump pensilvania en 2024", W, "medsl_margin", state_po="PA"),
    qf("quien gano el condado de pueblo para presidente en colorado", D, "county_winner", path=CO, contest=PRES_CO,
       county="Pueblo"),
    qf("cuantos votantes registrados hay en el condado de cameron, pensilvania", U, "cameron_registered"),
    qf("ossoff saco cuantos votos en atkinson?", W, "count_votes", path=GA, contest=PERDUE, choice_word="ossoff"),
    qf("quien gano cameron county para el senado en 2024, y por cuantos votos", U, "cameron_winner",
       office="U.S. Senate"),
)


FRESH6_SET = LA_ROWS + REAL_ROWS + SPANISH_ROWS
