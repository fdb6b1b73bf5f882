"""The fourteenth fresh dev batch: the real files, short everyday questions with traps.

Written on 2026-12-07 by a helper session that read neither the engine (`bot/engine/`), the sealed rows, the other
dev rows (only the docstring and first lines of `fresh8_set.py`, for the format) nor `tests/engine/*`: only the
machinery (`tests/sealed/question.py`, `expect.py`, `check.py`, `derive_files.py`, `files.py`, `score.py`, the
READMEs, `tests/devset/question.py`, `derive_more.py`, `score.py`, `overlap.py`, the readers of
`tests/results_set/files.py`), the field names of `bot/db/models.py` (results live under a race) and the real files
in `../shared/data/` (races, people, years, stages, pollsters, months and populations listed with a script over
`files.poll_races`; the Clarity contests, counties, precincts and vote types; the Cameron County offices, precincts
and vote types; surnames two or more people of the files share; surnames checked against the 1990 Census list of the
`names` package, all >= 0.002%, absent from every poll file, and for the no-person rows absent from the results
files and the LA bundle too).

What it hunts: the short forms a politics server types ("ga sen 2020 polls", "kemp abrams 18", "az gov 2018 who won",
"perdue election day votes atkinson", "quinnipiac tx sen 2024", "mcsally numbers"), with traps: a bare surname two or
more people of the files share ("walker polls", "collins 2020 polls": a question back, or every one of them named, is
right; one of them alone is not), and the same surname with the state, office or year that tells them apart
("walker wisconsin gov", "scott florida 2018"); words that fit two races ("ga sen 2020": the regular and the special);
a real surname nobody of the files has, or nobody of the race asked ("kemp vs baker ga 2018", "ossoff vs collins
2020 polls", "mcsally vs lake 2020"); a person asked with a year or office they have no race in ("kemp 2020 polls",
"tester for governor"); a real 2022 race the files lack ("demings rubio fl sen 2022"); a pollster that polled the
state but not that race or year ("morning consult ga gov 2018", "marquette wi gov 2022"); a month or a stage with no
poll ("tx sen polls march 2018", "ga gov 2018 runoff polls"); a group of voters the 538 files never report; a county
the Clarity, MEDSL or OpenElections file lacks ("ossoff votes fulton county", "harris elk county pa"); and the count
facts: winners, margins, totals, shares, places, turnout, registered voters, ballots cast, a vote type's votes
(Atkinson's absentee, early and election-day votes; Cameron County's mail and election-day votes), a precinct's votes
and winner, a county's winner, MEDSL state totals and margins, and four ballot measures (Colorado Proposition 131 and
Amendment 80, Atkinson's Amendment 1 and Referendum A; the files hold them, though the score imports Clarity contests
only where they map onto a race, so these may miss for that reason).

New derivations (end of `derive_more.py`, in DERIVE_FILES): `which_person` (a shared surname asked bare: a question
back or every person named in full), `either_race` (words that fit two races: a question back or both races
covered), `clarity_type_votes`, `clarity_precinct_votes`, `clarity_precinct_winner`, `clarity_precinct_ballots`,
`measure_result`, `cameron_type_votes`, `cameron_precinct_votes`.

283 rows: 230 "real" (English) and 53 "es" (Spanish as Latin American users write it, about the real files).
Per kind: ordinary 41 (real 32, es 9), swallowed 27 (22, 5), other_surname 52 (42, 10), two_spellings 28 (23, 5),
dropped_constraint 72 (61, 11), unrouted_fact 63 (50, 13).
Rewordings before any score: 12, of 11 first drafts equal to sealed (2) or dev (9) phrasings, one of them twice (its
first rewording equalled a dev phrasing too), until `python -m tests.devset.overlap --module
tests.devset.fresh14_set` printed nothing.

First score, base commit `3826463` (the branch's base; rows uncommitted), `python -m tests.devset.score --module
tests.devset.fresh14_set --misses`:
```
overall: 254/283 right (89.8%), 5 ruled out
  group real                 206/230 right (89.6%), 5 ruled out
  group es                   48/53 right (90.6%), 0 ruled out
  kind ordinary             38/41 right (92.7%), 1 ruled out
  kind swallowed            26/27 right (96.3%), 0 ruled out
  kind other_surname        49/52 right (94.2%), 3 ruled out
  kind two_spellings        28/28 right (100.0%), 0 ruled out
  kind dropped_constraint   66/72 right (91.7%), 0 ruled out
  kind unrouted_fact        47/63 right (74.6%), 1 ruled out
ruled_out: 5
grades: {'wrong': 24, 'ruled_out': 5, 'right': 254}
```
Corrections after the first score (the misses read only to judge whether a row itself was unfair), two:
- "loeffler coffee county" -> "loeffler coffee county 2020": Loeffler is in a 2020 and a 2022 race of the files and
  the row named neither year, so "no 2022 results for Coffee County" was as true an answer as the expected 2020 one.
- "registered voters colorado 2024" -> "how many registered voters colorado 2024": the bare words also read as "the
  polls of registered voters in Colorado 2024"; the row asks the count.
Every other miss was judged a fair row (each has one right answer the data holds, or a clear lack) and stays.

Score after the corrections (same engine):
```
overall: 256/283 right (90.5%), 5 ruled out
  group real                 208/230 right (90.4%), 5 ruled out
  group es                   48/53 right (90.6%), 0 ruled out
  kind ordinary             38/41 right (92.7%), 1 ruled out
  kind swallowed            26/27 right (96.3%), 0 ruled out
  kind other_surname        49/52 right (94.2%), 3 ruled out
  kind two_spellings        28/28 right (100.0%), 0 ruled out
  kind dropped_constraint   67/72 right (93.1%), 0 ruled out
  kind unrouted_fact        48/63 right (76.2%), 1 ruled out
ruled_out: 5
grades: {'wrong': 22, 'ruled_out': 5, 'right': 256}
```
"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

real = maker("real", "files")
es = maker("es", "files")

GA = "clarity/ga_atkinson_2020_general_precinct.xml"
CO = "clarity/co_2024_general_detail.xml"
PERDUE = "US Senate (Perdue)"
SPECIAL = "US Senate (Loeffler) - Special"
ELECTORS = "Presidential Electors"
ABSENTEE, ADVANCE, ELECTION_DAY, PROVISIONAL = ("Absentee by Mail Votes", "Advanced Voting Votes",
                                               "Election Day Votes", "Provisional Votes")

GA_GOV18 = {"state": "GA", "office": "governor", "cycle": 2018}
GA_GOV22 = {"state": "GA", "office": "governor", "cycle": 2022}
GA_SEN20 = {"state": "GA", "office": "senate", "cycle": 2020}
GA_SPEC20 = {"state": "GA", "office": "senate", "cycle": 2020, "special": True}
GA_SEN22 = {"state": "GA", "office": "senate", "cycle": 2022}
AZ_GOV18 = {"state": "AZ", "office": "governor", "cycle": 2018}
AZ_SEN18 = {"state": "AZ", "office": "senate", "cycle": 2018}
AZ_SEN20 = {"state": "AZ", "office": "senate", "cycle": 2020, "special": True}
AZ_SEN24 = {"state": "AZ", "office": "senate", "cycle": 2024}
TX_SEN18 = {"state": "TX", "office": "senate", "cycle": 2018}
TX_SEN20 = {"state": "TX", "office": "senate", "cycle": 2020}
TX_SEN24 = {"state": "TX", "office": "senate", "cycle": 2024}
TX_GOV18 = {"state": "TX", "office": "governor", "cycle": 2018}
NC_SEN20 = {"state": "NC", "office": "senate", "cycle": 2020}
NC_GOV20 = {"state": "NC", "office": "governor", "cycle": 2020}
MI_SEN18 = {"state": "MI", "office": "senate", "cycle": 2018}
MI_SEN20 = {"state": "MI", "office": "senate", "cycle": 2020}
MI_SEN24 = {"state": "MI", "office": "senate", "cycle": 2024}
MI_GOV18 = {"state": "MI", "office": "governor", "cycle": 2018}
ME_SEN18 = {"state": "ME", "office": "senate", "cycle": 2018}
ME_SEN20 = {"state": "ME", "office": "senate", "cycle": 2020}
IA_SEN20 = {"state": "IA", "office": "senate", "cycle": 2020}
IA_GOV18 = {"state": "IA", "office": "governor", "cycle": 2018}
FL_GOV18 = {"state": "FL", "office": "governor", "cycle": 2018}
FL_SEN18 = {"state": "FL", "office": "senate", "cycle": 2018}
FL_SEN24 = {"state": "FL", "office": "senate", "cycle": 2024}
NV_SEN18 = {"state": "NV", "office": "senate", "cycle": 2018}
NV_SEN24 = {"state": "NV", "office": "senate", "cycle": 2024}
NV_GOV18 = {"state": "NV", "office": "governor", "cycle": 2018}
PA_SEN18 = {"state": "PA", "office": "senate", "cycle": 2018}
PA_SEN24 = {"state": "PA", "office": "senate", "cycle": 2024}
PA_GOV18 = {"state": "PA", "office": "governor", "cycle": 2018}
OH_SEN18 = {"state": "OH", "office": "senate", "cycle": 2018}
OH_SEN24 = {"state": "OH", "office": "senate", "cycle": 2024}
OH_GOV18 = {"state": "OH", "office": "governor", "cycle": 2018}
WI_SEN18 = {"state": "WI", "office": "senate", "cycle": 2018}
WI_SEN22 = {"state": "WI", "office": "senate", "cycle": 2022}
WI_SEN24 = {"state": "WI", "office": "senate", "cycle": 2024}
WI_GOV18 = {"state": "WI", "office": "governor", "cycle": 2018}
WI_GOV22 = {"state": "WI", "office": "governor", "cycle": 2022}
MT_SEN18 = {"state": "MT", "office": "senate", "cycle": 2018}
MT_SEN24 = {"state": "MT", "office": "senate", "cycle": 2024}
MO_SEN18 = {"state": "MO", "office": "senate", "cycle": 2018}
IN_SEN18 = {"state": "IN", "office": "senate", "cycle": 2018}
TN_SEN18 = {"state": "TN", "office": "senate", "cycle": 2018}
TN_GOV18 = {"state": "TN", "office": "governor", "cycle": 2018}
ND_SEN18 = {"state": "ND", "office": "senate", "cycle": 2018}
KY_SEN20 = {"state": "KY", "office": "senate", "cycle": 2020}
KY_GOV19 = {"state": "KY", "office": "governor", "cycle": 2019}
SC_SEN20 = {"state": "SC", "office": "senate", "cycle": 2020}
KS_GOV18 = {"state": "KS", "office": "governor", "cycle": 2018}
KS_SEN20 = {"state": "KS", "office": "senate", "cycle": 2020}
CO_SEN20 = {"state": "CO", "office": "senate", "cycle": 2020}
AL_SEN20 = {"state": "AL", "office": "senate", "cycle": 2020}
MN_SEN20 = {"state": "MN", "office": "senate", "cycle": 2020}
NH_SEN20 = {"state": "NH", "office": "senate", "cycle": 2020}
LA_GOV19 = {"state": "LA", "office": "governor", "cycle": 2019}
MS_SEN18 = {"state": "MS", "office": "senate", "cycle": 2018, "special": True}
MS_GOV19 = {"state": "MS", "office": "governor", "cycle": 2019}
CA_GOV18 = {"state": "CA", "office": "governor", "cycle": 2018}
CA_SEN24 = {"state": "CA", "office": "senate", "cycle": 2024}
MD_SEN24 = {"state": "MD", "office": "senate", "cycle": 2024}
NE_SEN24 = {"state": "NE", "office": "senate", "cycle": 2024}
NY_SEN18 = {"state": "NY", "office": "senate", "cycle": 2018}
NY_GOV18 = {"state": "NY", "office": "governor", "cycle": 2018}
IA_PRES24 = {"state": "IA", "office": "president", "cycle": 2024}
GA_PRES24 = {"state": "GA", "office": "president", "cycle": 2024}
CO_PRES24 = {"state": "CO", "office": "president", "cycle": 2024}
PA_PRES24 = {"state": "PA", "office": "president", "cycle": 2024}
FL_PRES24 = {"state": "FL", "office": "president", "cycle": 2024}
US_PRES24 = {"state": None, "office": "president", "cycle": 2024}
NY19_22 = {"state": "NY", "office": "house", "cycle": 2022, "district": 19}
CO3_22 = {"state": "CO", "office": "house", "cycle": 2022, "district": 3}

KEMP, ABRAMS = "Brian P. Kemp", "Stacey Yvonne Abrams"
OSSOFF, PERDUE_P = "Jon Ossoff", "David A. Perdue"
WARNOCK, LOEFFLER, COLLINS_GA = "Raphael Warnock", "Kelly Loeffler", "Doug Collins"

REAL_ROWS: tuple[DevQuestion, ...] = (
    # ---------------------------------------------------------------- ordinary
    real("ga sen 2020 polls", "ordinary", "either_race", sels=(GA_SEN20, GA_SPEC20)),
    real("kemp abrams 18", "ordinary", "compare", first=KEMP, second=ABRAMS, cycle=2018),
    real("pa sen 2024 latest", "ordinary", "latest_poll", **PA_SEN24),
    real("tester sheehy 2024 numbers", "ordinary", "compare", first="Jon Tester", second="Tim Sheehy", cycle=2024),
    real("fl sen 2018 polls", "ordinary", "leader", **FL_SEN18),
    real("whos ahead mi sen 2024", "ordinary", "leader", **MI_SEN24),
    real("nv sen 2024 newest poll", "ordinary", "latest_poll", **NV_SEN24),
    real("gallego lake sinema az 2024 polls", "ordinary", "race_people",
         names=("Ruben Gallego", "Kari Lake", "Kyrsten Sinema"), **AZ_SEN24),
    real("walker polls", "ordinary", "which_person", surname="walker"),
    real("scott senate 2024", "ordinary", "which_person", surname="scott", cycle=2024, office="senate"),
    real("kelly polls", "ordinary", "which_person", surname="kelly"),
    real("johnson senate numbers", "ordinary", "which_person", surname="johnson", office="senate"),
    real("collins 2020 polls", "ordinary", "which_person", surname="collins", cycle=2020),
    real("who's running ca sen 2024", "ordinary", "candidates", **CA_SEN24),
    real("ne sen 2024 who's in it", "ordinary", "candidates", **NE_SEN24),
    real("tn gov 2018 polls", "ordinary", "leader", **TN_GOV18),
    real("ny sen 2018 candidates", "ordinary", "candidates", **NY_SEN18),
    real("cruz allred polls", "ordinary", "compare", first="Ted Cruz", second="Colin Allred"),
    real("tillis vs cunningham 2020", "ordinary", "compare", first="Thom Tillis", second="Cal Cunningham"),
    real("ernst greenfield 2020 latest", "ordinary", "latest_poll", **IA_SEN20),
    real("md sen 2024 polling", "ordinary", "leader", **MD_SEN24),
    real("mcconnell mcgrath polls 2020", "ordinary", "compare", first="Mitch McConnell", second="Amy McGrath"),
    real("slotkin rogers latest", "ordinary", "latest_poll", **MI_SEN24),
    real("oh sen 2024 who leads", "ordinary", "leader", **OH_SEN24),
    real("wi sen 2024 polls", "ordinary", "leader", **WI_SEN24),
    real("co sen 2020 polls", "ordinary", "leader", **CO_SEN20),
    real("gardner hickenlooper 2020 who was up", "ordinary", "leader", **CO_SEN20),
    real("ky gov 2019 polling", "ordinary", "leader", **KY_GOV19),
    real("iowa pres 2024 polls", "ordinary", "leader", **IA_PRES24),
    real("ny-19 2022 polls", "ordinary", "leader", **NY19_22),
    real("boebert frisch 2022 poll", "ordinary", "compare", first="Lauren Boebert", second="Adam Frisch"),
    real("ga gov 2022 polls", "ordinary", "leader", **GA_GOV22),

    # ---------------------------------------------------------------- swallowed
    real("how much did ossoff pull in atkinson county", "swallowed", "count_votes", path=GA, contest=PERDUE,
         choice_word="ossoff"),
    real("what did perdue win atkinson by", "swallowed", "count_margin", path=GA, contest=PERDUE),
    real("how many votes did collins get atkinson special", "swallowed", "count_votes", path=GA, contest=SPECIAL,
         choice_word="collins"),
    real("where did warnock finish in atkinson", "swallowed", "count_place", path=GA, contest=SPECIAL,
         choice_word="warnock"),
    real("how many did hazel get atkinson", "swallowed", "count_votes", path=GA, contest=PERDUE,
         choice_word="hazel"),
    real("what was harris share in colorado", "swallowed", "count_share", path=CO, contest=ELECTORS,
         choice_word="harris"),
    real("how many votes did trump get in el paso county co", "swallowed", "county_votes", path=CO,
         contest=ELECTORS, choice_word="trump", county="El Paso"),
    real("is sinema ahead 2018", "swallowed", "person", name="Kyrsten Sinema", cycle=2018),
    real("where does kelly stand az 2020", "swallowed", "person", name="Mark Kelly", cycle=2020),
    real("hows tester doing 2024", "swallowed", "person", name="Jon Tester", cycle=2024),
    real("did cruz lead allred", "swallowed", "compare", first="Ted Cruz", second="Colin Allred"),
    real("was harrison close to graham 2020", "swallowed", "compare", first="Jaime Harrison", second="Lindsey Graham"),
    real("who is gideon running against 2020", "swallowed", "compare", first="Sara Gideon", second="Susan M. Collins"),
    real("whats mcconnell polling at in 2020", "swallowed", "person", name="Mitch McConnell"),
    real("how did loeffler do in atkinson", "swallowed", "count_votes", path=GA, contest=SPECIAL,
         choice_word="loeffler"),
    real("how far behind was ossoff in atkinson", "swallowed", "count_margin", path=GA, contest=PERDUE),
    real("how many votes did harris rack up in denver", "swallowed", "county_votes", path=CO, contest=ELECTORS,
         choice_word="harris", county="Denver"),
    real("what did mccormick get in cameron county pa", "swallowed", "cameron_votes", office="U.S. Senate",
         surname="McCormick"),
    real("how many did casey get cameron county pa", "swallowed", "cameron_votes", office="U.S. Senate",
         surname="Casey"),
    real("who did abrams face in 18", "swallowed", "compare", first=ABRAMS, second=KEMP, cycle=2018),
    real("what is baldwin at in wisconsin 2024", "swallowed", "person", name="Tammy Baldwin", cycle=2024),
    real("where is hovde polling 2024", "swallowed", "person", name="Eric D. Hovde"),

    # ---------------------------------------------------------------- other_surname
    real("kemp vs baker ga 2018", "other_surname", "absent_from_race", name="Charles D. Baker", surname="baker",
         **GA_GOV18),
    real("ossoff vs parker polls", "other_surname", "no_person", surname="parker"),
    real("tillis rodriguez 2020", "other_surname", "no_person", surname="rodriguez"),
    real("cruz vs reyes 2018", "other_surname", "no_person", surname="reyes"),
    real("mcsally griffin 2020 polls", "other_surname", "no_person", surname="griffin"),
    real("kelly lynch az 2020", "other_surname", "no_person", surname="lynch"),
    real("gallego holland 2024", "other_surname", "no_person", surname="holland"),
    real("slotkin webster latest", "other_surname", "no_person", surname="webster"),
    real("baldwin chapman wi 2024", "other_surname", "no_person", surname="chapman"),
    real("ron johnson barnes wi sen 2022", "other_surname", "no_person", surname="barnes"),
    real("mcsally vs lake 2020", "other_surname", "absent_from_race", name="Kari Lake", surname="lake", **AZ_SEN20),
    real("ossoff vs collins 2020 polls", "other_surname", "absent_from_race", name=COLLINS_GA, surname="collins",
         **GA_SEN20),
    real("cruz vs abbott 2018", "other_surname", "absent_from_race", name="Gregory W. Abbott", surname="abbott",
         **TX_SEN18),
    real("graham cunningham sc 2020", "other_surname", "absent_from_race", name="Cal Cunningham",
         surname="cunningham", **SC_SEN20),
    real("peters vs rogers mi 2020", "other_surname", "absent_from_race", name="Mike Rogers", surname="rogers",
         **MI_SEN20),
    real("slotkin vs peters 2024", "other_surname", "absent_from_race", name="Gary C. Peters", surname="peters",
         **MI_SEN24),
    real("nelson desantis fl sen 2018", "other_surname", "absent_from_race", name="Ron DeSantis",
         surname="desantis", **FL_SEN18),
    real("kemp vs perdue ga gov 2022", "other_surname", "absent_from_race", name=PERDUE_P, surname="perdue",
         **GA_GOV22),
    real("warnock vs walker vs ramos", "other_surname", "no_person", surname="ramos"),
    real("rosen vs rivera nv 2024", "other_surname", "no_person", surname="rivera"),
    real("casey medina pa sen", "other_surname", "no_person", surname="medina"),
    real("sherrod brown vs morales", "other_surname", "no_person", surname="morales"),
    real("tester vs simmons", "other_surname", "no_person", surname="simmons"),
    real("hyde-smith vs fowler polls", "other_surname", "no_person", surname="fowler"),
    real("perdue ossoff burke runoff", "other_surname", "no_person", surname="burke"),
    real("loeffler romero special", "other_surname", "no_person", surname="romero"),
    real("abbott vs ortega tx gov 2018", "other_surname", "no_person", surname="ortega"),
    real("nelson scott pope fl 2018", "other_surname", "no_person", surname="pope"),
    real("tuberville jones sharp al", "other_surname", "no_person", surname="sharp"),
    real("ernst vs norman iowa", "other_surname", "no_person", surname="norman"),
    real("dan burnett az sen", "other_surname", "no_person", surname="burnett"),
    real("gary hopkins nc senate", "other_surname", "no_person", surname="hopkins"),
    real("mark wade polls", "other_surname", "no_person", surname="wade"),
    real("susan moss maine", "other_surname", "no_person", surname="moss"),
    real("john kelly az 2020", "other_surname", "files_other_given", given="john", surname="kelly"),
    real("tim walker ga 2022", "other_surname", "files_other_given", given="tim", surname="walker"),
    real("laura scott fl sen", "other_surname", "files_other_given", given="laura", surname="scott"),
    real("mike brown ohio sen 2024", "other_surname", "files_other_given", given="mike", surname="brown"),
    real("dan graham sc sen", "other_surname", "files_other_given", given="dan", surname="graham"),
    real("karen collins maine 2020", "other_surname", "files_other_given", given="karen", surname="collins"),
    real("paul johnson wi sen", "other_surname", "files_other_given", given="paul", surname="johnson"),
    real("nikki blair sc", "other_surname", "no_person", surname="blair"),

    # ---------------------------------------------------------------- two_spellings
    real("bob casey 2024 polls", "two_spellings", "person", name="Robert P. Casey Jr.", cycle=2024),
    real("jim inhofe polls 2020", "two_spellings", "person", name="James M. Inhofe"),
    real("dick durbin 2020", "two_spellings", "person", name="Richard J. Durbin"),
    real("mike dewine numbers 2018", "two_spellings", "person", name="Michael DeWine"),
    real("greg abbott tx gov 2018", "two_spellings", "person", name="Gregory W. Abbott"),
    real("tom wolf pa gov 2018", "two_spellings", "person", name="Thomas W. Wolf"),
    real("phil scott vt gov 2020", "two_spellings", "person", name="Phillip B. Scott", cycle=2020,
         office="governor"),
    real("charlie baker ma gov 2018", "two_spellings", "person", name="Charles D. Baker", cycle=2018),
    real("ed markey 2020 polls", "two_spellings", "person", name="Edward J. Markey"),
    real("jd vance ohio sen 2022", "two_spellings", "person", name="James David Vance"),
    real("tim walz mn gov 2018", "two_spellings", "person", name="Timothy J. Walz"),
    real("matt bevin ky gov 2019", "two_spellings", "person", name="Matthew G. Bevin"),
    real("roy cooper nc gov 2020", "two_spellings", "person", name="Roy A. Cooper"),
    real("mike rounds sd sen 2020", "two_spellings", "person", name="M. Michael Rounds"),
    real("jim risch 2020", "two_spellings", "person", name="James E. Risch"),
    real("ben cardin md sen 2018", "two_spellings", "person", name="Benjamin L. Cardin"),
    real("tom carper de sen 2018", "two_spellings", "person", name="Thomas R. Carper"),
    real("kris kobach ks sen 2020", "two_spellings", "person", name="Kris W. Kobach", cycle=2020),
    real("steve pearce nm gov 2018", "two_spellings", "person", name="Stevan Pearce"),
    real("bob menendez 2018 polls", "two_spellings", "person", name="Robert Menendez", cycle=2018),
    real("timothy kaine va sen 2018", "two_spellings", "person", name="Tim Kaine", cycle=2018),
    real("chris murphy ct sen 2018", "two_spellings", "person", name="Christopher Murphy", cycle=2018),
    real("dave perdue vs ossoff", "two_spellings", "compare", first=PERDUE_P, second=OSSOFF, cycle=2020),

    # ---------------------------------------------------------------- dropped_constraint
    real("az gov 2018 who won", "dropped_constraint", "nothing", missing=("result", "results", "winner"),
         around=AZ_GOV18),
    real("quinnipiac tx sen 2024", "dropped_constraint", "latest_poll", pollster="Quinnipiac", **TX_SEN24),
    real("emerson ga gov 2018", "dropped_constraint", "latest_poll", pollster="Emerson College", **GA_GOV18),
    real("morning consult ga gov 2018", "dropped_constraint", "latest_poll", pollster="Morning Consult",
         **GA_GOV18),
    real("selzer ia sen 2020 latest", "dropped_constraint", "latest_poll", pollster="Selzer & Co.", **IA_SEN20),
    real("marquette wi gov 2022", "dropped_constraint", "latest_poll", pollster="Marquette Law School",
         **WI_GOV22),
    real("harris insights az sen 2020", "dropped_constraint", "latest_poll",
         pollster="Harris Insights & Analytics", **AZ_SEN20),
    real("quinnipiac ga gov 2018 poll", "dropped_constraint", "latest_poll", pollster="Quinnipiac University",
         **GA_GOV18),
    real("colby me sen 2020 latest", "dropped_constraint", "latest_poll", pollster="Colby College", **ME_SEN20),
    real("epic mra mi sen 2020", "dropped_constraint", "file_poll_leader", pollster="EPIC-MRA", **MI_SEN20),
    real("mitchell mi sen 2024 poll", "dropped_constraint", "file_poll_leader", pollster="Mitchell", **MI_SEN24),
    real("st pete polls fl sen 2024", "dropped_constraint", "file_poll_leader", pollster="St. Pete Polls",
         **FL_SEN24),
    real("ga gov polls august 2018", "dropped_constraint", "poll_in_month", year=2018, month=8, **GA_GOV18),
    real("tx sen polls march 2018", "dropped_constraint", "poll_in_month", year=2018, month=3, **TX_SEN18),
    real("me sen 2020 polls in april", "dropped_constraint", "poll_in_month", year=2020, month=4, **ME_SEN20),
    real("nc sen polls december 2019", "dropped_constraint", "poll_in_month", year=2019, month=12, **NC_SEN20),
    real("pa sen 2024 polls november 2023", "dropped_constraint", "poll_in_month", year=2023, month=11,
         **PA_SEN24),
    real("az sen 2018 polls may 2018", "dropped_constraint", "poll_in_month", year=2018, month=5, **AZ_SEN18),
    real("ga gov 2018 runoff polls", "dropped_constraint", "stage_latest_poll", stage="runoff", **GA_GOV18),
    real("ms sen 2018 runoff latest poll", "dropped_constraint", "stage_latest_poll", stage="runoff", **MS_SEN18),
    real("perdue ossoff runoff latest", "dropped_constraint", "stage_latest_poll", stage="runoff", **GA_SEN20),
    real("la gov 2019 jungle primary polls", "dropped_constraint", "stage_latest_poll", stage="jungle primary",
         **LA_GOV19),
    real("az sen 2020 latest registered voter poll", "dropped_constraint", "population_latest_poll",
         population="rv", **AZ_SEN20),
    real("latest likely voter poll tx sen 2024", "dropped_constraint", "population_latest_poll",
         population="lv", **TX_SEN24),
    real("fl sen 2018 poll of adults", "dropped_constraint", "population_latest_poll", population="a",
         **FL_SEN18),
    real("ossoff with black voters", "dropped_constraint", "nothing", missing=("black",), around=GA_SEN20),
    real("kelly among latinos az 2020", "dropped_constraint", "nothing", missing=("latino", "latinos"),
         around=AZ_SEN20),
    real("cruz allred women voters 2024", "dropped_constraint", "nothing", missing=("women",), around=TX_SEN24),
    real("tillis cunningham independents", "dropped_constraint", "nothing", missing=("independents", "independent"),
         around=NC_SEN20),
    real("ossoff votes fulton county", "dropped_constraint", "nothing", missing=("fulton",), around=GA_SEN20),
    real("trump miami dade 2024 votes", "dropped_constraint", "nothing", missing=("miami-dade", "miami dade"),
         around=FL_PRES24),
    real("harris votes polk county colorado", "dropped_constraint", "nothing", missing=("polk",),
         around=CO_PRES24),
    real("harris elk county pa", "dropped_constraint", "nothing", missing=("elk",), around=PA_PRES24),
    real("loeffler coffee county 2020", "dropped_constraint", "nothing", missing=("coffee",), around=GA_SPEC20),
    real("weld county who won president", "dropped_constraint", "county_winner", path=CO, contest=ELECTORS,
         county="Weld"),
    real("boulder county turnout 2024", "dropped_constraint", "clarity_turnout", path=CO, county="Boulder"),
    real("ossoff absentee votes atkinson", "dropped_constraint", "clarity_type_votes", path=GA, contest=PERDUE,
         choice_word="ossoff", vote_type=ABSENTEE),
    real("perdue election day votes atkinson", "dropped_constraint", "clarity_type_votes", path=GA,
         contest=PERDUE, choice_word="perdue", vote_type=ELECTION_DAY),
    real("warnock early votes atkinson", "dropped_constraint", "clarity_type_votes", path=GA, contest=SPECIAL,
         choice_word="warnock", vote_type=ADVANCE),
    real("trump mail votes cameron county pa", "dropped_constraint", "cameron_type_votes", office="President",
         surname="trump", vote_type="mail"),
    real("mccormick election day votes cameron", "dropped_constraint", "cameron_type_votes",
         office="U.S. Senate", surname="mccormick", vote_type="election_day"),
    real("ossoff willacoochee", "dropped_constraint", "clarity_precinct_votes", path=GA, contest=PERDUE,
         choice_word="ossoff", precinct="Willacoochee"),
    real("who won pearson city in the special", "dropped_constraint", "clarity_precinct_winner", path=GA,
         contest=SPECIAL, precinct="Pearson City"),
    real("kemp 2020 polls", "dropped_constraint", "not_running", name=KEMP, missing=("2020",), cycle=2020),
    real("sinema 2020 numbers", "dropped_constraint", "not_running", name="Kyrsten Sinema", missing=("2020",),
         cycle=2020),
    real("mcsally 2024", "dropped_constraint", "not_running", name="Martha McSally", missing=("2024",), cycle=2024),
    real("abrams senate polls", "dropped_constraint", "not_running", name=ABRAMS, missing=("senate",),
         office="senate"),
    real("tester for governor", "dropped_constraint", "not_running", name="Jon Tester", missing=("governor",),
         office="governor"),
    real("beto 2024 polls", "dropped_constraint", "not_running", name="Beto O'Rourke", missing=("2024",),
         cycle=2024),
    real("manchin 2018", "dropped_constraint", "person", name="Joe Manchin, III", cycle=2018),
    real("sherrod brown 2018 polls", "dropped_constraint", "person", name="Sherrod Brown", cycle=2018),
    real("hogan senate", "dropped_constraint", "person", name="Larry Hogan", office="senate"),
    real("gianforte governor race", "dropped_constraint", "person", name="Greg Gianforte", office="governor"),
    real("brown ohio 2024", "dropped_constraint", "person", name="Sherrod Brown", cycle=2024),
    real("smith mn sen 2020", "dropped_constraint", "person", name="Tina Smith", cycle=2020),
    real("scott florida 2018", "dropped_constraint", "person", name="Rick Scott", cycle=2018),
    real("walker wisconsin gov", "dropped_constraint", "person", name="Scott Walker", office="governor"),
    real("collins maine 2018 polls", "dropped_constraint", "absent_from_race", name="Susan M. Collins",
         surname="collins", **ME_SEN18),
    real("demings rubio fl sen 2022", "dropped_constraint", "no_race", state="FL", office="senate", cycle=2022,
         words="florida senate 2022"),
    real("hobbs lake az gov 2022", "dropped_constraint", "no_race", state="AZ", office="governor", cycle=2022,
         words="arizona governor 2022"),
    real("laxalt cortez masto 2022", "dropped_constraint", "no_race", state="NV", office="senate", cycle=2022,
         words="nevada senate 2022"),

    # ---------------------------------------------------------------- unrouted_fact
    real("atkinson perdue ossoff who won", "unrouted_fact", "count_winner", path=GA, contest=PERDUE),
    real("atkinson special total votes", "unrouted_fact", "count_total", path=GA, contest=SPECIAL),
    real("who came 3rd atkinson special", "unrouted_fact", "count_rank", path=GA, contest=SPECIAL, place=3),
    real("warnock votes atkinson", "unrouted_fact", "count_votes", path=GA, contest=SPECIAL, choice_word="warnock"),
    real("how many ran in the loeffler special atkinson", "unrouted_fact", "count_candidates", path=GA,
         contest=SPECIAL),
    real("ossoff pct atkinson", "unrouted_fact", "count_share", path=GA, contest=PERDUE, choice_word="ossoff"),
    real("collins loeffler gap atkinson", "unrouted_fact", "count_gap", path=GA, contest=SPECIAL,
         first_word="collins", second_word="loeffler"),
    real("atkinson turnout 2020", "unrouted_fact", "clarity_turnout", path=GA),
    real("registered voters atkinson", "unrouted_fact", "clarity_voters", path=GA),
    real("ballots cast in axson", "unrouted_fact", "clarity_precinct_ballots", path=GA, precinct="Axson"),
    real("colorado 2024 president who won", "unrouted_fact", "count_winner", path=CO, contest=ELECTORS),
    real("harris margin colorado", "unrouted_fact", "count_margin", path=CO, contest=ELECTORS),
    real("colorado pres 2024 total votes cast", "unrouted_fact", "count_total", path=CO, contest=ELECTORS),
    real("who was 3rd in colorado pres", "unrouted_fact", "count_rank", path=CO, contest=ELECTORS, place=3),
    real("trump share colorado 2024", "unrouted_fact", "count_share", path=CO, contest=ELECTORS,
         choice_word="trump"),
    real("co 2024 turnout statewide", "unrouted_fact", "clarity_turnout", path=CO),
    real("how many registered voters colorado 2024", "unrouted_fact", "clarity_voters", path=CO),
    real("registered voters el paso county colorado", "unrouted_fact", "clarity_voters", path=CO, county="El Paso"),
    real("who carried pueblo county", "unrouted_fact", "county_winner", path=CO, contest=ELECTORS,
         county="Pueblo"),
    real("colorado prop 131 results", "unrouted_fact", "measure_result", path=CO,
         contest="Proposition 131 (STATUTORY)"),
    real("amendment 80 colorado yes no", "unrouted_fact", "measure_result", path=CO,
         contest="Amendment 80 (CONSTITUTIONAL)"),
    real("atkinson amendment 1 vote", "unrouted_fact", "measure_result", path=GA,
         contest="Constitutional Amendment #1"),
    real("referendum a atkinson results", "unrouted_fact", "measure_result", path=GA,
         contest="Statewide Referendum A"),
    real("ga pres 2024 who won", "unrouted_fact", "medsl_winner", state_po="GA"),
    real("trump votes arizona 2024", "unrouted_fact", "medsl_votes", state_po="AZ", surname="TRUMP"),
    real("pa total votes president 2024", "unrouted_fact", "medsl_total", state_po="PA"),
    real("wi pres 2024 margin", "unrouted_fact", "medsl_margin", state_po="WI"),
    real("nv 2024 presidential margin", "unrouted_fact", "medsl_margin", state_po="NV"),
    real("cameron county pa registered voters", "unrouted_fact", "cameron_registered"),
    real("ballots cast cameron county pa 2024", "unrouted_fact", "cameron_ballots"),
    real("cameron county pa senate who won", "unrouted_fact", "cameron_winner", office="U.S. Senate"),
    real("cameron county pa attorney general winner", "unrouted_fact", "cameron_winner", office="Attorney General"),
    real("harris driftwood borough votes", "unrouted_fact", "cameron_precinct_votes", office="President",
         surname="harris", precinct="Driftwood Borough"),
    real("ga gov 2018 sample size trafalgar", "unrouted_fact", "poll_attribute", pollster="Trafalgar Group",
         attribute="sample_size", **GA_GOV18),
    real("selzer ia gov 2018 field dates", "unrouted_fact", "poll_attribute", pollster="Selzer & Co.",
         attribute="field_dates", **IA_GOV18),
    real("who paid for the harris insights fl gov 2018 poll", "unrouted_fact", "poll_attribute",
         pollster="Harris Insights & Analytics", attribute="sponsor", **FL_GOV18),
    real("how was the atlasintel pa sen 2024 poll done", "unrouted_fact", "poll_attribute", pollster="AtlasIntel",
         attribute="method", **PA_SEN24),
    real("emerson nv sen 2024 lv or rv", "unrouted_fact", "file_poll_population", pollster="Emerson", **NV_SEN24),
    real("how many polls az sen 2020", "unrouted_fact", "poll_count", **AZ_SEN20),
    real("how many pollsters nc sen 2020", "unrouted_fact", "pollster_count", **NC_SEN20),
    real("how many candidates mi sen 2024", "unrouted_fact", "candidate_count", **MI_SEN24),
    real("how many polls did marquette do wi sen 2024", "unrouted_fact", "pollster_poll_count",
         pollster="Marquette Law School", **WI_SEN24),
    real("when was the last ga gov 2018 poll", "unrouted_fact", "newest_poll_date", **GA_GOV18),
    real("first poll tx sen 2018 when", "unrouted_fact", "first_poll_date", **TX_SEN18),
    real("highest beto got in a poll 2018", "unrouted_fact", "file_max_share", name="Beto O'Rourke", **TX_SEN18),
    real("who polled nc gov 2020 the most", "unrouted_fact", "pollsters", **NC_GOV20),
    real("how many runoff polls perdue ossoff", "unrouted_fact", "stage_poll_count", stage="runoff", **GA_SEN20),
    real("jungle primary polls ga special how many", "unrouted_fact", "stage_poll_count", stage="jungle primary",
         **GA_SPEC20),
    real("la gov 2019 trafalgar sample", "unrouted_fact", "poll_attribute", pollster="Trafalgar Group",
         attribute="sample_size", **LA_GOV19),
    real("siena ny-19 2022 sponsor", "unrouted_fact", "poll_attribute", pollster="Siena", attribute="sponsor",
         **NY19_22),
)

SPANISH_ROWS: tuple[DevQuestion, ...] = (
    # ---------------------------------------------------------------- ordinary
    es("encuestas de kemp vs abrams 2018", "ordinary", "compare", first=KEMP, second=ABRAMS, cycle=2018),
    es("quien va ganando en el senado de pensilvania 2024", "ordinary", "leader", **PA_SEN24),
    es("ultima encuesta senado nevada 2024", "ordinary", "latest_poll", **NV_SEN24),
    es("candidatos al senado de california 2024", "ordinary", "candidates", **CA_SEN24),
    es("como van ossoff y perdue en 2020", "ordinary", "compare", first=OSSOFF, second=PERDUE_P, cycle=2020),
    es("encuestas de gallego contra lake 2024", "ordinary", "compare", first="Ruben Gallego", second="Kari Lake"),
    es("quien lidera en arizona senado 2020", "ordinary", "leader", **AZ_SEN20),
    es("que dicen las encuestas de walker", "ordinary", "which_person", surname="walker"),
    es("senado georgia 2020 encuestas", "ordinary", "either_race", sels=(GA_SEN20, GA_SPEC20)),

    # ---------------------------------------------------------------- swallowed
    es("cuantos votos le dieron a ossoff en atkinson", "swallowed", "count_votes", path=GA, contest=PERDUE,
       choice_word="ossoff"),
    es("por cuanto gano perdue en atkinson", "swallowed", "count_margin", path=GA, contest=PERDUE),
    es("como le fue a warnock en atkinson", "swallowed", "count_votes", path=GA, contest=SPECIAL,
       choice_word="warnock"),
    es("que porcentaje saco harris en colorado", "swallowed", "count_share", path=CO, contest=ELECTORS,
       choice_word="harris"),
    es("cuantos votos tuvo trump en el condado de weld", "swallowed", "county_votes", path=CO, contest=ELECTORS,
       choice_word="trump", county="Weld"),

    # ---------------------------------------------------------------- other_surname
    es("kemp contra gonzalez 2018", "other_surname", "absent_from_race", name="Jay M. Gonzalez",
       surname="gonzalez", **GA_GOV18),
    es("encuestas de ossoff contra ramirez", "other_surname", "absent_from_race", name="Juan Dalmau Ramírez",
       surname="ramirez", **GA_SEN20),
    es("tillis contra castillo 2020", "other_surname", "absent_from_race", name="Lee Castillo",
       surname="castillo", **NC_SEN20),
    es("cruz vs mendoza texas 2024", "other_surname", "absent_from_race", name="Vinny Mendoza", surname="mendoza",
       **TX_SEN24),
    es("sinema contra herrera 2018", "other_surname", "absent_from_race", name="Jaime Herrera Beutler",
       surname="herrera", **AZ_SEN18),
    es("rosen contra vargas nevada 2024", "other_surname", "absent_from_race", name="Tony Vargas",
       surname="vargas", **NV_SEN24),
    es("kelly contra guzman arizona 2020", "other_surname", "no_person", surname="guzman"),
    es("encuestas de maria flores senado florida 2024", "other_surname", "files_other_given", given="maria",
       surname="flores"),
    es("slotkin contra rios michigan", "other_surname", "no_person", surname="rios"),
    es("baldwin contra mejia wisconsin 2024", "other_surname", "no_person", surname="mejia"),

    # ---------------------------------------------------------------- two_spellings
    es("como va roberto casey en pensilvania 2024", "two_spellings", "person", name="Robert P. Casey Jr.",
       cycle=2024),
    es("y beto orourke en 2018", "two_spellings", "person", name="Beto O'Rourke", cycle=2018),
    es("bernie sanders senado vermont 2018", "two_spellings", "person", name="Bernard Sanders", cycle=2018,
       office="senate"),
    es("chris sununu gobernador 2020", "two_spellings", "person", name="Christopher Sununu", cycle=2020,
       office="governor"),
    es("j.b. pritzker gobernador illinois 2018", "two_spellings", "person", name="Jay Pritzker", cycle=2018,
       office="governor"),

    # ---------------------------------------------------------------- dropped_constraint
    es("encuesta de emerson gobernador georgia 2018", "dropped_constraint", "latest_poll",
       pollster="Emerson College", **GA_GOV18),
    es("encuestas de quinnipiac senado texas 2024", "dropped_constraint", "latest_poll", pollster="Quinnipiac",
       **TX_SEN24),
    es("encuestas de septiembre 2018 gobernador georgia", "dropped_constraint", "poll_in_month", year=2018,
       month=9, **GA_GOV18),
    es("ultima encuesta de la segunda vuelta perdue ossoff", "dropped_constraint", "stage_latest_poll", stage="runoff",
       **GA_SEN20),
    es("ossoff entre votantes latinos", "dropped_constraint", "nothing", missing=("latino", "latinos"),
       around=GA_SEN20),
    es("votos de ossoff en el condado de fulton", "dropped_constraint", "nothing", missing=("fulton",),
       around=GA_SEN20),
    es("votos por correo de ossoff en atkinson", "dropped_constraint", "clarity_type_votes", path=GA,
       contest=PERDUE, choice_word="ossoff", vote_type=ABSENTEE),
    es("kemp para el senado", "dropped_constraint", "not_running", name=KEMP, missing=("senado", "senate"),
       office="senate"),
    es("quien se llevo el condado de denver", "dropped_constraint", "county_winner", path=CO, contest=ELECTORS,
       county="Denver"),
    es("gobernador arizona 2018 quien gano", "dropped_constraint", "nothing",
       missing=("resultado", "resultados", "result", "results"), around=AZ_GOV18),
    es("encuestas de marquette senado wisconsin 2024", "dropped_constraint", "latest_poll",
       pollster="Marquette Law School", **WI_SEN24),

    # ---------------------------------------------------------------- unrouted_fact
    es("participacion en atkinson 2020", "unrouted_fact", "clarity_turnout", path=GA),
    es("cuantos votantes registrados hay en atkinson", "unrouted_fact", "clarity_voters", path=GA),
    es("cuantos votos hubo en total en la especial de atkinson", "unrouted_fact", "count_total", path=GA,
       contest=SPECIAL),
    es("quien quedo segundo en la especial de atkinson", "unrouted_fact", "count_rank", path=GA, contest=SPECIAL,
       place=2),
    es("con cuanto margen gano harris colorado", "unrouted_fact", "count_margin", path=CO, contest=ELECTORS),
    es("participacion colorado 2024", "unrouted_fact", "clarity_turnout", path=CO),
    es("resultado de la proposicion 131 colorado", "unrouted_fact", "measure_result", path=CO,
       contest="Proposition 131 (STATUTORY)"),
    es("quien gano pensilvania 2024 presidente", "unrouted_fact", "medsl_winner", state_po="PA"),
    es("cuantos votos saco harris en michigan 2024", "unrouted_fact", "medsl_votes", state_po="MI",
       surname="HARRIS"),
    es("votantes registrados condado cameron pensilvania", "unrouted_fact", "cameron_registered"),
    es("tamano de muestra de la ultima de trafalgar gobernador georgia 2018", "unrouted_fact", "poll_attribute",
       pollster="Trafalgar Group", attribute="sample_size", **GA_GOV18),
    es("cuantas encuestas tienen del senado carolina del norte 2020", "unrouted_fact", "poll_count", **NC_SEN20),
    es("cuando fue la ultima encuesta del senado de arizona 2018", "unrouted_fact", "newest_poll_date",
       **AZ_SEN18),
)

FRESH14_SET: tuple[DevQuestion, ...] = REAL_ROWS + SPANISH_ROWS
