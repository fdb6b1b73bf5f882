"""The twenty-fourth fresh dev batch: the real files only, the six kinds in about equal parts, with traps for answers
that state something the question rules out.

Written by a helper session in its own worktree (branch `fresh24`) that read neither the engine (`bot/`), the sealed
rows, the other dev batches' rows nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`, `check.py`,
`expect.py`, `score.py`, `files.py`, `derive_la.py`, `derive_files.py`, `tests/devset/question.py`, `derive_more.py`,
`score.py`, `overlap.py`, the READMEs, `tests/results_set/files.py` for the Cameron tally a derivation uses), the
docstring of `fresh18_set.py` for the format (its first LA rows, about ten lines, scrolled past with it), and the real
files in `../shared/data/`. Races, pollsters, polls of a pollster, stages, populations, months, results contests,
counties, precincts and vote types were listed with scripts over `poll_races()`, the Clarity, MEDSL and Cameron
readers. Other surnames were found with a script: 1990 Census surnames (`names` package, >= 0.002%) absent from every
name of the files (polls and results), avoiding a rarer spelling one keystroke from a candidate's surname (that is a
typo): hester, sheehan, tillman, greenwood, harrell, mcgraw, haines, gilliam, hadley, mccauley, cromwell, morrison,
moreland, bullard, garvin, abramson, gallardo, webster, tillery; and a candidate's surname with another given name
("linda mccormick", "sam casey", "steve lake", "karen rosen", "tony cruz", "mike baldwin", "carol fischer", "frank
perdue", "lisa hawley", "greg rogers", "mary hogan", "pedro allred", "jose kemp").

What it hunts, over polls of many races and cycles (2018-2024 Senate, governor, House, president) and the results
files (Colorado 2024 by county, Atkinson County GA 2020 by precinct and vote type, MEDSL 2024 by state, Cameron County
PA 2024 by precinct and vote type, the generic ballot): who leads, the newest poll, a named pollster's poll (a share,
its leader, sample size, field dates, sponsor, method, population), how many polls and pollsters, the first and newest
poll's day, a candidate's best poll, winners, votes, shares, places, gaps, margins, totals, turnout, registered
voters, measures. Traps: a real surname near a candidate's, a candidate's surname with another given name, one
person under two names across files ("maggie hassan", "jd vance", "robert menendez" where 2024 has Bob, "james
justice" where 2024 has Jim, "bernard sanders", "ben ray lujan"), question words next to names ("whos hovde", "what
does love have in the nebraska special"), constraints to honour (year, state, office, district, stage, special vs
regular, pollster, month, population, county, precinct, vote type) and constraints set aside ("the regular one not
the special", "that wasn't a runoff poll", "not counting atlasintel", "other than surveyusa", "besides banks and
mccray", "aparte de emerson"). Written as Discord traffic: lower case, chatter ("yo", "lol", "pls", "rn"),
shorthand (ca-45, tx-6, wv, rfk jr, prop), one-word-ish and rambling questions, Spanish without accents.

New derivations in `derive_more.py` (section "files (fresh24)"): latest_poll_besides, pollsters_besides,
candidates_besides, file_poll_pick (a pollster's poll of one month), opponent (who a candidate is up against: the
most polled rival named, any candidate of the race may be shown).

207 rows: 167 "real", 40 "es". By kind: ordinary 33 (real 26, es 7), swallowed 33 (27 + 6), other_surname 33
(27 + 6), two_spellings 33 (27 + 6), dropped_constraint 38 (31 + 7), unrouted_fact 37 (29 + 8).

Rewordings before any score: 23 first drafts equal to sealed (1) or dev (22) phrasings (the overlap check printed
only this module's rows) were reworded, by adding chatter or changing the words around the name, the spec unchanged.

First score, rows as first written, engine at this branch's base `3c05f66`
(`python -m tests.devset.score --module tests.devset.fresh24_set`):
```
overall: 190/207 right (91.8%), 2 ruled out
  group real                 154/167 right (92.2%), 2 ruled out
  group es                   36/40 right (90.0%), 0 ruled out
  kind ordinary             29/33 right (87.9%), 0 ruled out
  kind swallowed            32/33 right (97.0%), 0 ruled out
  kind other_surname        33/33 right (100.0%), 0 ruled out
  kind two_spellings        33/33 right (100.0%), 0 ruled out
  kind dropped_constraint   33/38 right (86.8%), 1 ruled out
  kind unrouted_fact        30/37 right (81.1%), 1 ruled out
ruled_out: 2
grades: {'right': 190, 'wrong': 15, 'ruled_out': 2}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "was the bowling green ohio senate poll likely or registered voters" -> "... ohio senate 2024 poll ...": the files
  have a 2022 and a 2024 Ohio Senate race, and the words named no year (the 2022 one was upcoming on the day asked).
- "quien gano el precinto de axson en la carrera regular al senado de georgia" -> "... georgia 2020": the regular
  Georgia Senate races of the files are 2020 and 2022; the words named no year.
The other misses stay: each has one right answer the data holds.

Score after the corrections (same engine):
```
overall: 191/207 right (92.3%), 1 ruled out
  group real                 154/167 right (92.2%), 1 ruled out
  group es                   37/40 right (92.5%), 0 ruled out
  kind ordinary             29/33 right (87.9%), 0 ruled out
  kind swallowed            32/33 right (97.0%), 0 ruled out
  kind other_surname        33/33 right (100.0%), 0 ruled out
  kind two_spellings        33/33 right (100.0%), 0 ruled out
  kind dropped_constraint   34/38 right (89.5%), 1 ruled out
  kind unrouted_fact        30/37 right (81.1%), 0 ruled out
ruled_out: 1
grades: {'right': 191, 'wrong': 15, 'ruled_out': 1}
```"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

real = maker("real", "files")
es = maker("es", "files")

CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES = "Presidential Electors"
PERDUE = "US Senate (Perdue)"
LOEFFLER = "US Senate (Loeffler) - Special"


def R(state: str | None, office: str, cycle: int, district: int | None = None,  # noqa: N802 - a race selector
      special: bool = False) -> dict[str, object]:
    """The words that select one race of the files."""
    return {"state": state, "office": office, "cycle": cycle, "district": district, "special": special}


PA24, AZ24, MI24 = R("PA", "senate", 2024), R("AZ", "senate", 2024), R("MI", "senate", 2024)
OH24, WI24, MT24 = R("OH", "senate", 2024), R("WI", "senate", 2024), R("MT", "senate", 2024)
NV24, TX24 = R("NV", "senate", 2024), R("TX", "senate", 2024)
NE24, NE24S, MD24, FL24 = (R("NE", "senate", 2024), R("NE", "senate", 2024, special=True), R("MD", "senate", 2024),
                           R("FL", "senate", 2024))
CA24, IN24 = R("CA", "senate", 2024), R("IN", "senate", 2024)
MN18S, MS18 = R("MN", "senate", 2018, special=True), R("MS", "senate", 2018)
GA20, GA20S = R("GA", "senate", 2020), R("GA", "senate", 2020, special=True)
NC20, IA20, SC20 = R("NC", "senate", 2020), R("IA", "senate", 2020), R("SC", "senate", 2020)
GAGOV18, FLGOV18, TXGOV18, KSGOV18 = (R("GA", "governor", 2018), R("FL", "governor", 2018), R("TX", "governor", 2018),
                                      R("KS", "governor", 2018))
LAGOV19, KYGOV19 = R("LA", "governor", 2019), R("KY", "governor", 2019)
CA45, IA3, TX6S = R("CA", "house", 2018, 45), R("IA", "house", 2022, 3), R("TX", "house", 2021, 6, special=True)
AZPRES = R("AZ", "president", 2024)

# ------------------------------------------------------------------------------------------------ ordinary
ORDINARY = (
    real("yo who won colorado in the 2024 presidential", "ordinary", "count_winner", path=CO, contest=PRES),
    real("whos ahead in the wisconsin senate race 2024", "ordinary", "leader", **WI24),
    real("latest poll for ohio senate 2024?", "ordinary", "latest_poll", **OH24),
    real("nc senate 2020 who was leading, tillis or the other guy", "ordinary", "leader", **NC20),
    real("who was running for georgia governor back in 2018", "ordinary", "candidates", **GAGOV18),
    real("cruz vs allred", "ordinary", "compare", first="Ted Cruz", second="Colin Allred"),
    real("pennsylvania presidential results 2024 who took it", "ordinary", "medsl_winner", state_po="PA"),
    real("who carried atkinson county ga in the regular 2020 senate race", "ordinary", "count_winner", path=GA,
         contest=PERDUE),
    real("newest nevada senate poll (2024)", "ordinary", "latest_poll", **NV24),
    real("arizona senate 2024, who's up", "ordinary", "leader", **AZ24),
    real("michigan senate race 2024 who is winning in the polls rn", "ordinary", "leader", **MI24),
    real("ok so who actually won georgia in the 2024 presidential", "ordinary", "medsl_winner", state_po="GA"),
    real("how many votes did trump get in cameron county pennsylvania", "ordinary", "cameron_votes",
         office="President", surname="Trump"),
    real("who was in the 2019 louisiana governor race", "ordinary", "candidates", **LAGOV19),
    real("texas governor 2018 who was ahead", "ordinary", "leader", **TXGOV18),
    real("most recent poll in the maryland senate race 2024", "ordinary", "latest_poll", **MD24),
    real("who won cameron county pa for us house", "ordinary", "cameron_winner", office="U.S. House"),
    real("tester vs sheehy, who's ahead", "ordinary", "compare", first="Jon Tester", second="Tim Sheehy"),
    real("florida governor 2018 polls pls", "ordinary", "leader", **FLGOV18),
    real("who won wisconsin 2024 president", "ordinary", "medsl_winner", state_po="WI"),
    real("last poll of the kentucky governor race in 2019", "ordinary", "latest_poll", **KYGOV19),
    real("how's the tennessee senate race looking in 2018", "ordinary", "leader", **R("TN", "senate", 2018)),
    real("iowa senate 2020: ernst or greenfield ahead?", "ordinary", "compare", first="Joni K. Ernst",
         second="Theresa Greenfield"),
    real("who's on the ballot for indiana senate 2024", "ordinary", "candidates", **IN24),
    real("ca-45 2018 who's leading", "ordinary", "leader", **CA45),
    real("harris or trump in colorado, who won", "ordinary", "count_winner", path=CO, contest=PRES),
    es("oye quien lleva la delantera en el senado de pensilvania 2024", "ordinary", "leader", **PA24),
    es("cual es la encuesta mas nueva de cruz y allred, senado texas 2024", "ordinary", "latest_poll", **TX24),
    es("quien gano colorado en las presidenciales del 2024?", "ordinary", "count_winner", path=CO, contest=PRES),
    es("kari lake contra gallego quien va arriba", "ordinary", "compare", first="Kari Lake", second="Ruben Gallego"),
    es("quien gano en el condado de cameron pa para presidente", "ordinary", "cameron_winner", office="President"),
    es("quienes eran los candidatos a gobernador de georgia en 2018", "ordinary", "candidates", **GAGOV18),
    es("como va la carrera del senado en montana 2024", "ordinary", "leader", **MT24),
)

# ------------------------------------------------------------------------------------------------ swallowed
SWALLOWED = (
    real("how much did ossoff get in atkinson county", "swallowed", "count_votes", path=GA, contest=PERDUE,
         choice_word="ossoff"),
    real("what did warnock pull in atkinson county ga, votes", "swallowed", "count_votes", path=GA, contest=LOEFFLER,
         choice_word="warnock"),
    real("whos mccormick up against in pennsylvania", "swallowed", "opponent", name="Dave McCormick", **PA24),
    real("how is sheehy doing", "swallowed", "person", name="Tim Sheehy"),
    real("where does slotkin stand in the senate race", "swallowed", "person", name="Elissa Slotkin", office="senate"),
    real("what did moreno get in the last emerson ohio poll", "swallowed", "poll_share", pollster="Emerson",
         name="Bernie Moreno", **OH24),
    real("how many votes did harris end up with in colorado", "swallowed", "count_votes", path=CO, contest=PRES,
         choice_word="harris"),
    real("whos hovde", "swallowed", "person", name="Eric D. Hovde"),
    real("howd kemp do vs abrams in the 2018 polls", "swallowed", "compare", first="Brian P. Kemp",
         second="Stacey Yvonne Abrams", cycle=2018),
    real("whats casey at in quinnipiac's latest pa senate poll", "swallowed", "poll_share", pollster="Quinnipiac",
         name="Robert P. Casey Jr.", **PA24),
    real("who is alsobrooks running against", "swallowed", "opponent", name="Angela Alsobrooks", **MD24),
    real("bob casey's vote count in cameron county?", "swallowed", "cameron_votes", office="U.S. Senate",
         surname="Casey"),
    real("what is rick scott polling at for senate in 2024", "swallowed", "person", name="Rick Scott", cycle=2024,
         office="senate"),
    real("is kari lake winning", "swallowed", "person", name="Kari Lake"),
    real("how did doug collins do in atkinson county", "swallowed", "count_votes", path=GA, contest=LOEFFLER,
         choice_word="collins"),
    real("whats jaime harrison at in the optimus poll", "swallowed", "person_share", pollster="Optimus",
         name="Jaime Harrison", **SC20),
    real("who's mucarsel-powell up against for senate", "swallowed", "opponent", name="Debbie Mucarsel-Powell",
         **FL24),
    real("where's osborn at vs fischer", "swallowed", "compare", first="Dan Osborn", second="Deb Fischer"),
    real("how'd mcconnell poll against mcgrath", "swallowed", "compare", first="Mitch McConnell",
         second="Amy McGrath"),
    real("what did stein get in cameron county", "swallowed", "cameron_votes", office="President", surname="Stein"),
    real("how many did mccormick get out of cameron county pa", "swallowed", "cameron_votes", office="U.S. Senate",
         surname="McCormick"),
    real("how did hazel do in atkinson", "swallowed", "count_votes", path=GA, contest=PERDUE, choice_word="hazel"),
    real("what's gallego polling at in the latest noble predictive poll", "swallowed", "poll_share",
         pollster="Noble Predictive Insights", name="Ruben Gallego", **AZ24),
    real("how is cal cunningham doing in nc", "swallowed", "person", name="Cal Cunningham"),
    real("how many did chase oliver pull in colorado lol", "swallowed", "count_votes", path=CO, contest=PRES,
         choice_word="oliver"),
    real("what's the best allred ever polled", "swallowed", "file_max_share", name="Colin Allred", **TX24),
    real("what does love have in the nebraska special", "swallowed", "person", name="Preston Love Jr."),
    es("cuanto saco ossoff en atkinson", "swallowed", "count_votes", path=GA, contest=PERDUE, choice_word="ossoff"),
    es("como le va a slotkin en la carrera al senado", "swallowed", "person", name="Elissa Slotkin",
       office="senate"),
    es("contra quien compite hogan en maryland", "swallowed", "opponent", name="Larry Hogan", **MD24),
    es("que tal va moreno en ohio", "swallowed", "person", name="Bernie Moreno"),
    es("y warnock cuantos votos tuvo en atkinson, georgia", "swallowed", "count_votes", path=GA,
       contest=LOEFFLER, choice_word="warnock"),
    es("como iba beto contra cruz en 2018", "swallowed", "compare", first="Beto O'Rourke", second="Ted Cruz",
       cycle=2018),
)

# ------------------------------------------------------------------------------------------------ other_surname
OTHER_SURNAME = (
    real("how is jon hester doing in the montana senate race", "other_surname", "no_person", surname="hester"),
    real("tim sheehan mt senate polls", "other_surname", "no_person", surname="sheehan"),
    real("thom tillman nc senate 2020 numbers?", "other_surname", "no_person", surname="tillman"),
    real("theresa greenwood iowa senate race 2020 how's she doing", "other_surname", "no_person", surname="greenwood"),
    real("hows jaime harrell doing in south carolina", "other_surname", "no_person", surname="harrell"),
    real("amy mcgraw kentucky senate polls", "other_surname", "no_person", surname="mcgraw"),
    real("steve haines montana senate 2020", "other_surname", "no_person", surname="haines"),
    real("andrew gilliam florida governor polling", "other_surname", "no_person", surname="gilliam"),
    real("josh hadley missouri senate 2018 how'd he poll", "other_surname", "no_person", surname="hadley"),
    real("claire mccauley polls", "other_surname", "no_person", surname="mccauley"),
    real("kevin cromwell north dakota senate", "other_surname", "no_person", surname="cromwell"),
    real("patrick morrison wv senate 2018", "other_surname", "no_person", surname="morrison"),
    real("bernie moreland ohio senate race", "other_surname", "no_person", surname="moreland"),
    real("steve bullard montana", "other_surname", "no_person", surname="bullard"),
    real("whats steve garvin polling at in california", "other_surname", "no_person", surname="garvin"),
    real("stacey abramson georgia governor", "other_surname", "no_person", surname="abramson"),
    real("linda mccormick pa senate", "other_surname", "files_other_given", given="linda", surname="mccormick"),
    real("sam casey pennsylvania senate 2024", "other_surname", "files_other_given", given="sam", surname="casey"),
    real("how is steve lake doing in arizona", "other_surname", "files_other_given", given="steve", surname="lake"),
    real("karen rosen nevada senate polls", "other_surname", "files_other_given", given="karen", surname="rosen"),
    real("tony cruz texas senate, is he ahead", "other_surname", "files_other_given", given="tony", surname="cruz"),
    real("mike baldwin wisconsin senate", "other_surname", "files_other_given", given="mike", surname="baldwin"),
    real("carol fischer nebraska polls", "other_surname", "files_other_given", given="carol", surname="fischer"),
    real("frank perdue georgia senate numbers", "other_surname", "files_other_given", given="frank",
         surname="perdue"),
    real("lisa hawley missouri", "other_surname", "files_other_given", given="lisa", surname="hawley"),
    real("how did greg rogers do in michigan", "other_surname", "files_other_given", given="greg",
         surname="rogers"),
    real("mary hogan maryland senate", "other_surname", "files_other_given", given="mary", surname="hogan"),
    es("como va tim sheehan en montana", "other_surname", "nothing", missing=("sheehan",), around=MT24),
    es("cuanto tiene ruben gallardo en arizona", "other_surname", "no_person", surname="gallardo"),
    es("encuestas de jon webster en montana", "other_surname", "no_person", surname="webster"),
    es("como le va a pedro allred en texas", "other_surname", "files_other_given", given="pedro", surname="allred"),
    es("como va jose kemp en georgia", "other_surname", "files_other_given", given="jose", surname="kemp"),
    es("encuestas de thom tillery en carolina del norte", "other_surname", "no_person", surname="tillery"),
)

# ------------------------------------------------------------------------------------------------ two_spellings
TWO_SPELLINGS = (
    real("maggie hassan nh senate 2022 polls", "two_spellings", "person", name="Margaret Wood Hassan"),
    real("jd vance ohio senate 2022", "two_spellings", "person", name="James David Vance"),
    real("greg abbott texas governor 2018", "two_spellings", "person", name="Gregory W. Abbott"),
    real("tom wolf pa governor 2018 how was he polling", "two_spellings", "person", name="Thomas W. Wolf"),
    real("phil scott's numbers for vermont governor in 2020", "two_spellings", "person", name="Phillip B. Scott",
         cycle=2020,
         office="governor"),
    real("dick durbin illinois senate", "two_spellings", "person", name="Richard J. Durbin"),
    real("jim inhofe polls, oklahoma senate 2020", "two_spellings", "person", name="James M. Inhofe"),
    real("mike rounds south dakota senate", "two_spellings", "person", name="M. Michael Rounds"),
    real("bob casey polling pa 2024 senate", "two_spellings", "person", name="Robert P. Casey Jr.", cycle=2024),
    real("mike dewine ohio governor race", "two_spellings", "person", name="Michael DeWine"),
    real("charlie baker mass governor 2018", "two_spellings", "person", name="Charles D. Baker", cycle=2018,
         office="governor"),
    real("tim walz polling when he ran for mn governor in 2018", "two_spellings", "person", name="Timothy J. Walz"),
    real("matt bevin kentucky governor", "two_spellings", "person", name="Matthew G. Bevin"),
    real("ed markey massachusetts senate 2020", "two_spellings", "person", name="Edward J. Markey"),
    real("john hickenlooper colorado senate", "two_spellings", "person", name="John Wright Hickenlooper"),
    real("ben ray lujan new mexico senate", "two_spellings", "person", name="Ben Ray Luján"),
    real("cindy hyde smith 2018 special", "two_spellings", "person", name="Cindy Hyde-Smith", cycle=2018),
    real("debbie mucarsel powell senate polls", "two_spellings", "person", name="Debbie Mucarsel-Powell",
         office="senate"),
    real("robert menendez nj senate 2024", "two_spellings", "person", name="Bob Menendez", cycle=2024),
    real("james justice, wv senate 2024 — how's he polling", "two_spellings", "person", name="Jim Justice",
         office="senate"),
    real("bernard sanders 2024 senate numbers in vermont", "two_spellings", "person", name="Bernie Sanders", cycle=2024,
         office="senate"),
    real("timothy kaine virginia senate 2024", "two_spellings", "person", name="Timothy Michael Kaine"),
    real("chris murphy connecticut senate 2024 how's he doing", "two_spellings", "person",
         name="Christopher S. Murphy"),
    real("alex mooney wv senate", "two_spellings", "person", name="Alexander X. Mooney", office="senate"),
    real("jenniffer gonzalez puerto rico", "two_spellings", "person", name="Jenniffer González"),
    real("jb pritzker 2018 governor polls in illinois", "two_spellings", "person", name="Jay Pritzker",
         office="governor"),
    real("henry mcmaster sc governor", "two_spellings", "person", name="Henry Dargan McMaster"),
    es("como va maggie hassan en new hampshire 2022", "two_spellings", "person", name="Margaret Wood Hassan"),
    es("encuestas de greg abbott para gobernador 2018", "two_spellings", "person", name="Gregory W. Abbott"),
    es("bob casey en pensilvania 2024 como va", "two_spellings", "person", name="Robert P. Casey Jr.", cycle=2024),
    es("como le va a ben ray lujan en nuevo mexico", "two_spellings", "person", name="Ben Ray Luján"),
    es("como va james justice para el senado", "two_spellings", "person", name="Jim Justice", office="senate"),
    es("encuestas de debbie mucarsel powell en florida para el senado", "two_spellings", "person",
       name="Debbie Mucarsel-Powell", office="senate"),
)

# ------------------------------------------------------------------------------------------------ dropped_constraint
DROPPED_CONSTRAINT = (
    real("latest georgia senate 2020 poll, the regular one not the special", "dropped_constraint", "latest_poll",
         **GA20),
    real("newest poll of the ga special senate 2020 jungle primary, not the runoff", "dropped_constraint",
         "stage_latest_poll", stage="jungle primary", **GA20S),
    real("last perdue ossoff poll that wasn't a runoff poll", "dropped_constraint", "stage_latest_poll",
         stage="general", **GA20),
    real("who polled the nebraska special senate race in 2024 other than surveyusa", "dropped_constraint",
         "pollsters_besides", besides=("SurveyUSA",), **NE24S),
    real("newest pa senate 2024 poll not counting atlasintel", "dropped_constraint", "latest_poll_besides",
         besides=("AtlasIntel",), **PA24),
    real("latest az senate 2024 poll other than atlas intel", "dropped_constraint", "latest_poll_besides",
         besides=("AtlasIntel",), **AZ24),
    real("emerson's latest michigan senate poll 2024, who led it", "dropped_constraint", "file_poll_leader",
         pollster="Emerson", **MI24),
    real("any ohio senate polls from march 2024?", "dropped_constraint", "poll_in_month", year=2024, month=3,
         **OH24),
    real("nebraska special senate polls from july 2024", "dropped_constraint", "poll_in_month", year=2024, month=7,
         **NE24S),
    real("latest likely voter poll texas senate 2024", "dropped_constraint", "population_latest_poll",
         population="lv", **TX24),
    real("newest registered voter poll of the michigan senate race 2024", "dropped_constraint",
         "population_latest_poll", population="rv", **MI24),
    real("the montana senate 2024 poll of all adults, who did it", "dropped_constraint", "population_latest_poll",
         population="a", **MT24),
    real("john james michigan senate 2020 polls", "dropped_constraint", "person", name="John James", cycle=2020),
    real("doug collins for governor 2022", "dropped_constraint", "person", name="Doug Collins", cycle=2022,
         office="governor"),
    real("harris's votes in el paso county, colorado only", "dropped_constraint", "county_votes", path=CO, contest=PRES,
         choice_word="harris", county="El Paso"),
    real("who won weld county colorado for president", "dropped_constraint", "county_winner", path=CO, contest=PRES,
         county="Weld"),
    real("biden's numbers in maricopa county arizona 2024", "dropped_constraint", "nothing", missing=("maricopa",),
         around=AZPRES),
    real("perdue votes in the axson precinct", "dropped_constraint", "clarity_precinct_votes", path=GA,
         contest=PERDUE, choice_word="perdue", precinct="Axson"),
    real("who won the willacoochee precinct in the ga special senate race 2020", "dropped_constraint",
         "clarity_precinct_winner", path=GA, contest=LOEFFLER, precinct="Willacoochee"),
    real("ossoff absentee by mail votes in atkinson county", "dropped_constraint", "clarity_type_votes", path=GA,
         contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    real("how many mail votes did harris get in cameron county pa", "dropped_constraint", "cameron_type_votes",
         office="President", surname="harris", vote_type="mail"),
    real("mccormick votes in portage township cameron county", "dropped_constraint", "cameron_precinct_votes",
         office="U.S. Senate", surname="mccormick", precinct="Portage Township"),
    real("selzer poll of the pennsylvania senate race 2024", "dropped_constraint", "latest_poll",
         pollster="Selzer & Co.", **PA24),
    real("minnesota senate 2018, the special, who led", "dropped_constraint", "leader", **MN18S),
    real("mississippi senate 2018 latest poll, the regular race not the hyde-smith special", "dropped_constraint",
         "latest_poll", **MS18),
    real("tx-6 special 2021 jungle primary, newest poll", "dropped_constraint", "stage_latest_poll",
         stage="jungle primary", **TX6S),
    real("besides banks and mccray who else was running for indiana senate 2024", "dropped_constraint",
         "candidates_besides", besides=("Jim Banks", "Valerie McCray"), **IN24),
    real("ted cruz texas governor 2018", "dropped_constraint", "absent_from_race", name="Ted Cruz", surname="cruz",
         **TXGOV18),
    real("amy mcgrath's house race 2018 polls", "dropped_constraint", "person", name="Amy McGrath", cycle=2018),
    real("iowa 3rd district 2022 who's leading", "dropped_constraint", "leader", **IA3),
    real("emerson ohio senate poll from september 2024, what did brown get", "dropped_constraint", "file_poll_pick",
         pollster="Emerson", year=2024, month=9, name="Sherrod Brown", **OH24),
    es("ultima encuesta de georgia senado 2020, la regular no la especial", "dropped_constraint", "latest_poll",
       **GA20),
    es("quien va ganando en nebraska senado 2024? no la especial", "dropped_constraint", "leader", **NE24),
    es("cuantos votos saco harris en el condado de denver", "dropped_constraint", "county_votes", path=CO,
       contest=PRES, choice_word="harris", county="Denver"),
    es("hubo encuestas del senado de montana en agosto de 2024", "dropped_constraint", "poll_in_month", year=2024,
       month=8, **MT24),
    es("ultima encuesta de votantes probables en arizona senado 2024", "dropped_constraint",
       "population_latest_poll", population="lv", **AZ24),
    es("aparte de emerson, quien mas hizo encuestas del senado de indiana 2024", "dropped_constraint",
       "pollsters_besides", besides=("Emerson",), **IN24),
    es("quien gano el precinto de axson en la carrera regular al senado de georgia 2020", "dropped_constraint",
       "clarity_precinct_winner", path=GA, contest=PERDUE, precinct="Axson"),
)

# ------------------------------------------------------------------------------------------------ unrouted_fact
UNROUTED_FACT = (
    real("how many polls of the wisconsin senate race 2024", "unrouted_fact", "poll_count", **WI24),
    real("sample size of the last noble predictive insights az senate poll", "unrouted_fact", "poll_attribute",
         pollster="Noble Predictive Insights", attribute="sample_size", **AZ24),
    real("when was the last selzer iowa senate poll in the field", "unrouted_fact", "poll_attribute",
         pollster="Selzer & Co.", attribute="field_dates", **IA20),
    real("who paid for the latest epic mra michigan senate poll", "unrouted_fact", "poll_attribute",
         pollster="EPIC/MRA", attribute="sponsor", **MI24),
    real("method of the last ut tyler texas senate 2024 poll", "unrouted_fact", "poll_attribute",
         pollster="University of Texas at Tyler", attribute="method", **TX24),
    real("was the bowling green ohio senate 2024 poll likely or registered voters", "unrouted_fact",
         "file_poll_population", pollster="Bowling Green State University/YouGov", **OH24),
    real("how many pollsters did the nc senate race have in 2020", "unrouted_fact", "pollster_count", **NC20),
    real("how many times did emerson poll the pa senate race 2024", "unrouted_fact", "pollster_poll_count",
         pollster="Emerson", **PA24),
    real("when was the first poll of the texas senate race 2024", "unrouted_fact", "first_poll_date", **TX24),
    real("date of the most recent mt senate 2024 poll", "unrouted_fact", "newest_poll_date", **MT24),
    real("highest kari lake ever got in a poll", "unrouted_fact", "file_max_share", name="Kari Lake", **AZ24),
    real("how many candidates in the kansas governor race 2018", "unrouted_fact", "candidate_count", **KSGOV18),
    real("total votes cast for president in colorado in 2024, all candidates", "unrouted_fact", "count_total",
         path=CO, contest=PRES),
    real("turnout in boulder county colorado 2024", "unrouted_fact", "clarity_turnout", path=CO, county="Boulder"),
    real("how many registered voters in douglas county colorado", "unrouted_fact", "clarity_voters", path=CO,
         county="Douglas"),
    real("how many ballots were cast in the pearson city precinct", "unrouted_fact", "clarity_precinct_ballots",
         path=GA, precinct="Pearson City"),
    real("did amendment 79 pass in colorado", "unrouted_fact", "measure_result", path=CO,
         contest="Amendment 79 (CONSTITUTIONAL)"),
    real("atkinson county constitutional amendment 2 yes and no", "unrouted_fact", "measure_result", path=GA,
         contest="Constitutional Amendment #2"),
    real("rfk jr finished what place in colorado", "unrouted_fact", "count_place", path=CO, contest=PRES,
         choice_word="kennedy"),
    real("how many votes separated perdue and ossoff in atkinson", "unrouted_fact", "count_gap", path=GA,
         contest=PERDUE, first_word="perdue", second_word="ossoff"),
    real("what percent did trump get in colorado", "unrouted_fact", "count_share", path=CO, contest=PRES,
         choice_word="trump"),
    real("how many candidates were on the colorado presidential ballot", "unrouted_fact", "count_candidates",
         path=CO, contest=PRES),
    real("how many ballots got cast in cameron county pa in 2024", "unrouted_fact", "cameron_ballots"),
    real("what was the margin in nevada in the 2024 presidential race", "unrouted_fact", "medsl_margin",
         state_po="NV"),
    real("total presidential votes in michigan 2024", "unrouted_fact", "medsl_total", state_po="MI"),
    real("who came 2nd in atkinson county in the ga special senate race", "unrouted_fact", "count_rank", path=GA,
         contest=LOEFFLER, place=2),
    real("whats the newest generic ballot poll for the 2022 midterms cycle", "unrouted_fact", "generic_latest",
         cycle=2022),
    real("how many runoff polls were there in the perdue ossoff race", "unrouted_fact", "stage_poll_count",
         stage="runoff", **GA20),
    real("who finished dead last for president in colorado", "unrouted_fact", "count_rank", path=CO, contest=PRES,
         place=-1),
    es("cuantas encuestas hay del senado de michigan 2024", "unrouted_fact", "poll_count", **MI24),
    es("tamano de muestra de la ultima encuesta de selzer en iowa 2020", "unrouted_fact", "poll_attribute",
       pollster="Selzer & Co.", attribute="sample_size", **IA20),
    es("resultado de la proposicion 127 en colorado", "unrouted_fact", "measure_result", path=CO,
       contest="Proposition 127 (STATUTORY)"),
    es("cuantos votantes registrados tiene el condado de cameron", "unrouted_fact", "cameron_registered"),
    es("por cuanto gano trump en pensilvania en 2024", "unrouted_fact", "medsl_margin", state_po="PA"),
    es("participacion en el condado de jefferson colorado", "unrouted_fact", "clarity_turnout", path=CO,
       county="Jefferson"),
    es("jill stein quedo en que puesto en colorado", "unrouted_fact", "count_place", path=CO, contest=PRES,
       choice_word="stein"),
    es("quien patrocino la ultima encuesta de uc berkeley del senado de california 2024", "unrouted_fact",
       "poll_attribute", pollster="UC Berkeley", attribute="sponsor", **CA24),
)

FRESH24_SET: tuple[DevQuestion, ...] = (*ORDINARY, *SWALLOWED, *OTHER_SURNAME, *TWO_SPELLINGS, *DROPPED_CONSTRAINT,
                                        *UNROUTED_FACT)
