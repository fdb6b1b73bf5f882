"""The thirty-ninth fresh dev batch: other people and dropped constraints over the real files, in English and
Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the module docstring of `fresh35_set.py`, for the format) nor `tests/engine/*` nor `tests/results_set/*`: only the
machinery (`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`,
`derive_files.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, `derive_more.py`, the READMEs), the LA
bundles and the real files in `../shared/data/`. Races, candidates, parties, pollsters, stages, populations, months
with and without polls, counties and precincts were listed with scripts over `poll_races()`, the Clarity files,
MEDSL and OpenElections; near surnames were found by edit distance over the 1990 Census surname list (the `names`
package) and kept only at 0.002% or more and only where nobody in the database has them.

What it hunts: answers that state something the question rules out, over the real files (groups real and es,
source files).
- Other people (kind other_surname): a real surname one or two letters from a candidate's, the candidate's given
  name kept ("stacey adams", "deb fisher", "dave mccormack", "kari leake", "ted crum"); a candidate's surname after
  a given name that is also a word or a month ("will tillis", "june ernst", "may warnock", "bill kemp", "hope
  gardner", "april mcconnell", "grant hawley") or just another given name ("karen loeffler", "jose cruz", "maria
  kelly"); a real surname near a pollster's, asked of a race that pollster polled ("graves" for Gravis in North
  Carolina, "wellman" for Mellman in the Georgia runoff, "laughlin" for McLaughlin, "pittman" for Dittman, "frank
  lentz" for Frank Luntz, "keaton" for Keating, "bender" for Binder). The right answer says there is no such
  person or pollster (or asks "did you mean ...?"), never the candidate's or the pollster's figures.
- Typos of real candidates and pollsters that must still answer for them (kind two_spellings): "ossof", "warnok",
  "loefler", "tubberville", "hickenloper", "cunningam", "grenfield", "sinemma", "mcsaly", "gidean", "orourk",
  "shehy", "slotkn", "desantes", "laxault", "sisolack", "purdue" (Perdue), "galego", "heitcamp", and the pollsters
  "seltzer" (Selzer, under 0.002% in the Census list, so a typo), "quinnipiack", "trafalger".
- Dropped constraints (kind dropped_constraint), both those the files lack and those they have: a county not in
  the state or not in the file (Cook, Fulton or Orange County in Colorado's file, Fulton, DeKalb or Gwinnett in
  Atkinson County's, Potter or Elk County in Cameron County's, Los Angeles County or Harris County (Texas) in the
  MEDSL state file; Pima County or Harris County in a poll) next to ones they hold (Boulder, El Paso, Weld,
  Denver, Pueblo; the Willacoochee, Axson, Lumber and Gibson precincts); a pollster with no poll of the race or of
  its stage (Quinnipiac in Montana 2024, AtlasIntel in Arizona 2020, Selzer and Gallup in Georgia, Quinnipiac in
  the Georgia runoff, Marist in the Mississippi runoff) next to ones with (Siena, Trafalgar's and Emerson's runoff
  polls, Mason-Dixon's runoff poll); a month with no poll of the race next to one with; a party's or a group's
  voters no poll breaks out (independents, Republicans, Black, Latino, women); a population polled or not
  (registered, likely, adults); a stage polled or not (runoff, jungle primary, a primary, Louisiana's first round);
  another year's race of the same office (Arizona, Pennsylvania, Nevada, Florida, North Carolina Senate 2022, Texas,
  Arizona governor 2022, Kemp in 2020, Beto and Kari Lake for governor); another state's race for the same office
  (Ohio, Florida, Pennsylvania Senate 2020, Ossoff in South Carolina, Mark Kelly in 2024) next to a person of the
  same name in the race asked (Doug Collins in 2022, the Minnesota and the Massachusetts Kevin O'Connor, Scott
  Walker, Jim Justice).
Every race is named where the words alone would not pick one (the day asked is 2022-06-01).

New derivations in `derive_more.py` (section "fresh39"): `nobody_named` (a surname nobody the database holds has,
or a candidate's surname with a given name nobody of that surname has: checked against the poll files, the Clarity
files' choices, MEDSL, OpenElections and the LA bundles, not the poll files alone; it caught "mark kelley", whom
MEDSL's "BILLY KELLEY JR." rules out, and the row was dropped before any score) and `no_pollster_named` (a surname
no pollster of the poll files, the LA race or the generic-ballot file has, about the race asked).

198 rows: group real 140 (source files), es 58 (source files). By kind: dropped_constraint 116 (real 80, es 36),
other_surname 56 (42 + 14), two_spellings 26 (18 + 8). Every other_surname row's `surname` is at 0.002% or more of
the 1990 Census list.
Before any score, drafts were checked against the data: a Siena poll whose rows mix registered and likely voters
was not asked as "the newest registered-voter poll" (Patriot Polling's uniform Pennsylvania poll was); Spanish lacks
of a month, a stage or a state name are said in Spanish and English (`files_lacks`); five first drafts equal to
dev phrasings (`overlap --module` printed them, nothing else) were reworded.

First score, rows as first written (`745031f`), engine at `d2a61a9` (main as found; `745031f` adds only these rows
and the two derivations), `python -m tests.devset.score --module tests.devset.fresh39_set --misses`:
```
overall: 178/198 right (89.9%), 9 ruled out
  group real                 124/140 right (88.6%), 8 ruled out
  group es                   54/58 right (93.1%), 1 ruled out
  kind other_surname        51/56 right (91.1%), 5 ruled out
  kind two_spellings        21/26 right (80.8%), 0 ruled out
  kind dropped_constraint   106/116 right (91.4%), 4 ruled out
ruled_out: 9
grades: {'right': 178, 'ruled_out': 9, 'wrong': 11}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "texas senate polls from may 2024" -> "cruz vs allred polls from october 2023": a derivation bug, not the engine's;
  the sealed `poll_in_month` takes a poll as touching a month only if it starts by the 28th, and YouGov's poll of
  May 31 - June 9, 2024 touches May, so "no May poll" was not what the data says (and "a poll from May" reads either
  way). October 2023 has no Texas Senate poll by any reading. The other month rows were rechecked with the whole
  month: none else was affected.
- "tester para gobernador": the words accepted for "not for governor" now include "gobern*"; the Spanish answer
  ("no es candidato en ninguna carrera de gobernación") said so and was graded ruled out only for the word.
- "harrison en la carrera de georgia de perdue" -> "jaime harrison ...": a lone surname the files share (Brian
  Harrison of Texas's 6th district, 2021); the engine's "which Harrison?" was fair.
- "kelly con los independientes 2020" -> "mark kelly ...": 2020 has Mike Kelly (PA-16) and Shawn Kelly (TX-7) too,
  so the words named no race.
- "warnock's vote in dekalb county?" -> "... in the 2020 special?": the words named no race, and Warnock's 2022 race
  (upcoming on the day asked) is in the files; the engine's "no results of the 2022 race" was about a race the words
  allowed.
- (by the lead, after merging) "marist's poll of the mississippi special senate runoff 2018" -> "neighborhood
  research's poll of ...": Marist's poll 56373 asked both the jungle primary and the runoff (Hyde-Smith 50, Espy
  36 among likely voters, in the file's rows of stage "runoff"); the sealed poll model keeps one stage per poll id,
  so `file_no_stage_poll` passed its check wrongly. Neighborhood Research and Media has jungle-primary rows only.
Kept as they are, judged fair: "is may cunningham related to cal cunningham or is she running too" (ruled out: the
answer says "Yes: Cal Cunningham was a candidate", Cal put in May's place, though the chatter names Cal), "my cousin
swears trafalgar nailed it but what did quinnipiac have for the perdue ossoff runoff" (ruled out: Trafalgar's poll
in place of the Quinnipiac runoff poll that does not exist, though the chatter names Trafalgar), the three pollster
near-surnames answered with the pollster they resemble ("wellman", "pittman", "keaton": real surnames at 0.002% or
more, the sealed set's rule for other people; "did you mean Mellman?" would be right), and "la ultimisima encuesta
de la segunda vuelta de warnock y loeffler" ("ultimisima" read as a pollster; a first draft reworded before any
score only because it equalled a dev phrasing).

Score after the corrections (same engine):
```
overall: 183/198 right (92.4%), 7 ruled out
  group real                 126/140 right (90.0%), 7 ruled out
  group es                   57/58 right (98.3%), 0 ruled out
  kind other_surname        51/56 right (91.1%), 5 ruled out
  kind two_spellings        21/26 right (80.8%), 0 ruled out
  kind dropped_constraint   111/116 right (95.7%), 2 ruled out
ruled_out: 7
grades: {'right': 183, 'ruled_out': 7, 'wrong': 8}
```
"""

from __future__ import annotations

from tests.devset.question import maker

q = maker("real", "files")
es = maker("es", "files")

# The races asked about, as `race()` of tests/sealed/derive_files.py picks them.
GA_REG = {"state": "GA", "office": "senate", "cycle": 2020}
GA_SPEC = {"state": "GA", "office": "senate", "cycle": 2020, "special": True}
GA_SEN22 = {"state": "GA", "office": "senate", "cycle": 2022}
AZ_SEN20 = {"state": "AZ", "office": "senate", "cycle": 2020, "special": True}
AZ_SEN24 = {"state": "AZ", "office": "senate", "cycle": 2024}
IA_SEN20 = {"state": "IA", "office": "senate", "cycle": 2020}
ME_SEN20 = {"state": "ME", "office": "senate", "cycle": 2020}
NC_SEN20 = {"state": "NC", "office": "senate", "cycle": 2020}
TX_SEN18 = {"state": "TX", "office": "senate", "cycle": 2018}
TX_SEN20 = {"state": "TX", "office": "senate", "cycle": 2020}
TX_SEN24 = {"state": "TX", "office": "senate", "cycle": 2024}
MT_SEN24 = {"state": "MT", "office": "senate", "cycle": 2024}
MT_SEN20 = {"state": "MT", "office": "senate", "cycle": 2020}
PA_SEN24 = {"state": "PA", "office": "senate", "cycle": 2024}
MI_SEN20 = {"state": "MI", "office": "senate", "cycle": 2020}
MI_SEN24 = {"state": "MI", "office": "senate", "cycle": 2024}
KY_SEN20 = {"state": "KY", "office": "senate", "cycle": 2020}
SC_SEN20 = {"state": "SC", "office": "senate", "cycle": 2020}
OH_SEN24 = {"state": "OH", "office": "senate", "cycle": 2024}
NV_SEN24 = {"state": "NV", "office": "senate", "cycle": 2024}
WI_SEN24 = {"state": "WI", "office": "senate", "cycle": 2024}
CO_SEN20 = {"state": "CO", "office": "senate", "cycle": 2020}
KS_SEN20 = {"state": "KS", "office": "senate", "cycle": 2020}
MN_SEN20 = {"state": "MN", "office": "senate", "cycle": 2020}
MS_SPEC18 = {"state": "MS", "office": "senate", "cycle": 2018, "special": True}
LA_GOV19 = {"state": "LA", "office": "governor", "cycle": 2019}
FL_GOV18 = {"state": "FL", "office": "governor", "cycle": 2018}
WI_GOV18 = {"state": "WI", "office": "governor", "cycle": 2018}
WV_GOV20 = {"state": "WV", "office": "governor", "cycle": 2020}
WV_SEN24 = {"state": "WV", "office": "senate", "cycle": 2024}
AK_GOV18 = {"state": "AK", "office": "governor", "cycle": 2018}
OH_GOV18 = {"state": "OH", "office": "governor", "cycle": 2018}
FL_SEN18 = {"state": "FL", "office": "senate", "cycle": 2018}
CA_SEN24 = {"state": "CA", "office": "senate", "cycle": 2024}
FL_GOV22 = {"state": "FL", "office": "governor", "cycle": 2022}
NV_SEN18 = {"state": "NV", "office": "senate", "cycle": 2018}
MA_SEN20 = {"state": "MA", "office": "senate", "cycle": 2020}
TX6_21 = {"state": "TX", "office": "house", "cycle": 2021, "district": 6, "special": True}

CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES_CO = "Presidential Electors"
SEN_GA_REG = "US Senate (Perdue)"
SEN_GA_SPEC = "US Senate (Loeffler) - Special"

REAL_ROWS = (
    # ---- other people: a real surname a letter or two from a candidate's, the candidate's given name kept
    q("is stacey adams running for georgia governor again or nah", "other_surname", "nobody_named", surname="adams"),
    q("martha mcnally arizona senate numbers?", "other_surname", "nobody_named", surname="mcnally"),
    q("kari leake vs gallego who's up", "other_surname", "nobody_named", surname="leake"),
    q("susan collier maine senate polls 2020", "other_surname", "nobody_named", surname="collier"),
    q("what was jaime garrison polling at against graham", "other_surname", "nobody_named", surname="garrison"),
    q("john corbin texas senate 2020 poll numbers pls", "other_surname", "nobody_named", surname="corbin"),
    q("ted crum 2024 texas senate??", "other_surname", "nobody_named", surname="crum"),
    q("mitch mcdonnell kentucky polls lol how close was it", "other_surname", "nobody_named", surname="mcdonnell"),
    q("amy mcgraw, how close did she get in kentucky", "other_surname", "nobody_named", surname="mcgraw"),
    q("bob causey pa senate poll", "other_surname", "nobody_named", surname="causey"),
    q("dave mccormack in pennsylvania, hows he doing", "other_surname", "nobody_named", surname="mccormack"),
    q("gretchen whitman michigan governor 2018 polls", "other_surname", "nobody_named", surname="whitman"),
    q("andrew gilliam florida governor 2018 polling, was he close", "other_surname", "nobody_named", surname="gilliam"),
    q("dean keller nevada senate 2018 where did he end up in the polls", "other_surname", "nobody_named",
      surname="keller"),
    q("kevin kramer north dakota senate race how'd he poll", "other_surname", "nobody_named", surname="kramer"),
    q("dan osborne nebraska senate 2024 polls", "other_surname", "nobody_named", surname="osborne"),
    q("deb fisher nebraska senate polling 2024", "other_surname", "nobody_named", surname="fisher"),
    q("dianne weinstein 2018 california senate race", "other_surname", "nobody_named", surname="weinstein"),
    q("jon hester montana senate 2024 chances", "other_surname", "nobody_named", surname="hester"),

    # ---- other people: a candidate's surname after another given name (a word, a month, or just another name)
    q("who is will tillis", "other_surname", "nobody_named", surname="tillis", given="will"),
    q("is june ernst a candidate in iowa", "other_surname", "nobody_named", surname="ernst", given="june"),
    q("whats may warnock polling at", "other_surname", "nobody_named", surname="warnock", given="may"),
    q("bill kemp georgia numbers?", "other_surname", "nobody_named", surname="kemp", given="bill"),
    q("mark cruz texas senate 2024 how is he doing", "other_surname", "nobody_named", surname="cruz", given="mark"),
    q("grant hawley, missouri senate, any polls with him", "other_surname", "nobody_named", surname="hawley",
      given="grant"),
    q("is hope gardner running in colorado", "other_surname", "nobody_named", surname="gardner", given="hope"),
    q("is april mcconnell on the ballot in kentucky", "other_surname", "nobody_named", surname="mcconnell",
      given="april"),
    q("rich whitmer michigan governor polls", "other_surname", "nobody_named", surname="whitmer", given="rich"),
    q("how did jack collins do in the maine polls", "other_surname", "nobody_named", surname="collins",
      given="jack"),
    q("dawn baldwin wisconsin senate 2024 numbers", "other_surname", "nobody_named", surname="baldwin",
      given="dawn"),
    q("whos june hassan? saw her name in a nh thread", "other_surname", "nobody_named", surname="hassan",
      given="june"),
    q("is may cunningham related to cal cunningham or is she running too", "other_surname", "nobody_named",
      surname="cunningham", given="may"),
    q("art rogers michigan senate 2024?", "other_surname", "nobody_named", surname="rogers", given="art"),
    q("any polls with will harrison in the south carolina senate race", "other_surname", "nobody_named",
      surname="harrison", given="will"),
    q("karen loeffler's numbers in the georgia special", "other_surname", "nobody_named", surname="loeffler",
      given="karen"),

    # ---- other pollsters: a real surname a letter or two from a pollster's, asked of a race that pollster polled
    q("any graves polls of the nc senate race 2020?", "other_surname", "no_pollster_named", surname="graves",
      **NC_SEN20),
    q("what did the wellman group find in the perdue ossoff runoff", "other_surname", "no_pollster_named",
      surname="wellman", **GA_REG),
    q("laughlin and associates poll of the 2018 florida senate race", "other_surname", "no_pollster_named",
      surname="laughlin", **FL_SEN18),
    q("pittman research alaska governor 2018 poll?", "other_surname", "no_pollster_named", surname="pittman",
      **AK_GOV18),
    q("did frank lentz poll the ohio governor race in 2018", "other_surname", "no_pollster_named", surname="lentz",
      **OH_GOV18),
    q("keaton research colorado senate 2020 what did they have", "other_surname", "no_pollster_named",
      surname="keaton", **CO_SEN20),
    q("david bender research poll california senate 2024", "other_surname", "no_pollster_named", surname="bender",
      **CA_SEN24),

    # ---- typos of real candidates and pollsters: still them
    q("how's ossof doing these days", "two_spellings", "person", name="Jon Ossoff"),
    q("warnok or loefler who was ahead in the runoff", "two_spellings", "compare", first="Raphael Warnock",
      second="Kelly Loeffler", cycle=2020),
    q("tubberville vs doug jones polls", "two_spellings", "compare", first="Tommy Tuberville", second="Doug Jones"),
    q("hickenloper lead over gardner?", "two_spellings", "compare", first="John Wright Hickenlooper",
      second="Cory Gardner"),
    q("cunningam v tillis latest", "two_spellings", "compare", first="Cal Cunningham", second="Thom Tillis"),
    q("grenfield iowa polls 2020", "two_spellings", "person", name="Theresa Greenfield"),
    q("sinemma's 2018 numbers", "two_spellings", "person", name="Kyrsten Sinema", cycle=2018),
    q("mcsaly kelly 2020 who led", "two_spellings", "compare", first="Martha McSally", second="Mark Kelly",
      cycle=2020),
    q("gidean vs collins maine", "two_spellings", "compare", first="Sara Gideon", second="Susan M. Collins"),
    q("orourk cruz 2018 final polls", "two_spellings", "compare", first="Beto O'Rourke", second="Ted Cruz",
      cycle=2018),
    q("shehy up on tester?", "two_spellings", "compare", first="Tim Sheehy", second="Jon Tester"),
    q("slotkn rogers michigan whos winning", "two_spellings", "compare", first="Elissa Slotkin",
      second="Mike Rogers"),
    q("desantes gillum 2018 polls", "two_spellings", "compare", first="Ron DeSantis", second="Andrew Gillum"),
    q("laxault vs sisolack nevada gov", "two_spellings", "compare", first="Adam Paul Laxalt",
      second="Steve Sisolak"),
    q("purdue ossoff polls", "two_spellings", "compare", first="David A. Perdue", second="Jon Ossoff"),
    q("seltzer poll iowa senate 2020", "two_spellings", "latest_poll", pollster="Selzer & Co.", **IA_SEN20),
    q("quinnipiack texas senate 2018 poll", "two_spellings", "latest_poll", pollster="Quinnipiac University",
      **TX_SEN18),
    q("trafalger's last perdue ossoff poll", "two_spellings", "latest_poll", pollster="Trafalgar Group", **GA_REG),

    # ---- a county or precinct: one the results files hold, and one they do not
    q("how did trump do in cook county colorado", "dropped_constraint", "clarity_no_area", path=CO, area="cook",
      missing=("cook",), contest=PRES_CO),
    q("harris total in fulton county in the colorado results", "dropped_constraint", "clarity_no_area", path=CO,
      area="fulton", missing=("fulton",), contest=PRES_CO),
    q("ossoff votes in fulton county? need it for a bet", "dropped_constraint", "clarity_no_area", path=GA,
      area="fulton", missing=("fulton",), contest=SEN_GA_REG),
    q("warnock's vote in dekalb county in the 2020 special?", "dropped_constraint", "clarity_no_area", path=GA,
      area="dekalb", missing=("dekalb",), contest=SEN_GA_SPEC),
    q("trump votes in potter county pa 2024", "dropped_constraint", "cameron_no_area", area="potter",
      missing=("potter",)),
    q("how many votes did kamala get in los angeles county", "dropped_constraint", "medsl_no_split",
      state_po="CA", words=("los angeles",), missing=("los angeles", "county")),
    q("harris votes in boulder county", "dropped_constraint", "county_votes", path=CO, contest=PRES_CO,
      choice_word="harris", county="Boulder"),
    q("trump in el paso county colorado how many votes", "dropped_constraint", "county_votes", path=CO,
      contest=PRES_CO, choice_word="trump", county="El Paso"),
    q("who carried weld county in 2024", "dropped_constraint", "county_winner", path=CO, contest=PRES_CO,
      county="Weld"),
    q("ossoff's votes in willacoochee", "dropped_constraint", "clarity_precinct_votes", path=GA,
      contest=SEN_GA_REG, choice_word="ossoff", precinct="Willacoochee"),
    q("warnock axson precinct votes", "dropped_constraint", "clarity_precinct_votes", path=GA,
      contest=SEN_GA_SPEC, choice_word="warnock", precinct="Axson"),
    q("casey votes in lumber township", "dropped_constraint", "cameron_precinct_votes", office="U.S. Senate",
      surname="casey", precinct="Lumber Township"),
    q("kelly's numbers in pima county 2020", "dropped_constraint", "nothing", missing=("pima",), around=AZ_SEN20),
    q("what's cruz polling in harris county for 2024", "dropped_constraint", "nothing",
      missing=("harris county", "county"), around=TX_SEN24),

    # ---- a pollster: one with no poll of the race (or of its stage), and one with
    q("quinnipiac poll of the montana senate race 2024", "dropped_constraint", "file_no_pollster",
      word="quinnipiac", missing=("quinnipiac",), **MT_SEN24),
    q("atlasintel arizona senate 2020 poll?", "dropped_constraint", "file_no_pollster", word="atlas",
      missing=("atlasintel", "atlas"), **AZ_SEN20),
    q("selzer's poll of the georgia runoff, perdue vs ossoff", "dropped_constraint", "file_no_pollster",
      word="selzer", missing=("selzer",), **GA_REG),
    q("trafalgar maine senate 2020 what did they show", "dropped_constraint", "file_no_pollster",
      word="trafalgar", missing=("trafalgar",), **ME_SEN20),
    q("gallup poll on perdue ossoff", "dropped_constraint", "file_no_pollster", word="gallup",
      missing=("gallup",), **GA_REG),
    q("did emerson ever poll bollier vs marshall in kansas", "dropped_constraint", "file_no_pollster",
      word="emerson", missing=("emerson",), **KS_SEN20),
    q("siena poll nc senate 2020 latest", "dropped_constraint", "latest_poll",
      pollster="Siena College/The New York Times Upshot", **NC_SEN20),
    q("my cousin swears trafalgar nailed it but what did quinnipiac have for the perdue ossoff runoff",
      "dropped_constraint", "file_no_stage_poll", stage="runoff", pollster="Quinnipiac University",
      missing=("runoff", "quinnipiac"), **GA_REG),
    q("trafalgar's last runoff poll, ossoff number", "dropped_constraint", "file_stage_share", stage="runoff",
      pollster="Trafalgar Group", name="Jon Ossoff", **GA_REG),
    q("emerson's runoff poll warnock number", "dropped_constraint", "file_stage_share", stage="runoff",
      pollster="Emerson College", name="Raphael Warnock", **GA_SPEC),
    q("what did emerson have warnock at before the jungle primary", "dropped_constraint", "file_stage_share",
      stage="jungle primary", pollster="Emerson College", name="Raphael Warnock", **GA_SPEC),
    q("neighborhood research's poll of the mississippi special senate runoff 2018", "dropped_constraint",
      "file_no_stage_poll", stage="runoff", pollster="Neighborhood Research and Media",
      missing=("runoff", "neighborhood"), **MS_SPEC18),
    q("mason dixon runoff poll espy hyde-smith", "dropped_constraint", "files_also_named",
      derive="file_stage_share", also=("Cindy Hyde-Smith",), stage="runoff",
      pollster="Mason-Dixon Polling & Strategy", name="Mike Espy", **MS_SPEC18),
    q("quinnipiac's last pa senate poll of 2024, likely or registered voters?", "dropped_constraint",
      "file_poll_population", pollster="Quinnipiac", **PA_SEN24),

    # ---- a month: one with no poll of the race, and one with
    q("any perdue ossoff polls from march 2020", "dropped_constraint", "poll_in_month", year=2020, month=3,
      **GA_REG),
    q("georgia special senate polls january 2020", "dropped_constraint", "poll_in_month", year=2020, month=1,
      **GA_SPEC),
    q("iowa senate polls from february 2020 greenfield ernst", "dropped_constraint", "poll_in_month", year=2020,
      month=2, **IA_SEN20),
    q("cruz vs allred polls from october 2023", "dropped_constraint", "poll_in_month", year=2023, month=10,
      **TX_SEN24),
    q("tester sheehy poll from april 2024", "dropped_constraint", "poll_in_month", year=2024, month=4, **MT_SEN24),
    q("arizona senate 2024 race, was there a poll in september 2023", "dropped_constraint", "poll_in_month",
      year=2023, month=9, **AZ_SEN24),
    q("maine senate polls in august 2020 who had them", "dropped_constraint", "poll_in_month", year=2020,
      month=8, **ME_SEN20),
    q("what did quinnipiac show in the pa senate race in september 2024", "dropped_constraint", "file_poll_pick",
      pollster="Quinnipiac", year=2024, month=9, **PA_SEN24),
    q("emerson pa senate poll from june 2024, casey's number", "dropped_constraint", "file_poll_pick",
      pollster="Emerson", year=2024, month=6, name="Robert P. Casey Jr.", **PA_SEN24),
    q("emerson's august 2024 ohio senate poll", "dropped_constraint", "file_no_poll", pollster="Emerson",
      year=2024, month=8, missing=("august",), **OH_SEN24),

    # ---- a group of voters the polls of the files do not break out
    q("how are independents breaking in the arizona senate race 2024", "dropped_constraint", "nothing",
      missing=("independent*",), around=AZ_SEN24),
    q("what share of republicans back tester in 2024", "dropped_constraint", "nothing",
      missing=("republican*",), around=MT_SEN24),
    q("ossoff among black voters in the runoff", "dropped_constraint", "nothing", missing=("black",),
      around=GA_REG),
    q("latino support for allred 2024", "dropped_constraint", "nothing", missing=("latino*", "hispanic*"),
      around=TX_SEN24),
    q("how's mcsally doing with women 2020", "dropped_constraint", "nothing", missing=("women",),
      around=AZ_SEN20),

    # ---- a population: one polled, one not
    q("latest registered voter poll of the pa senate race 2024", "dropped_constraint", "population_latest_poll",
      population="rv", **PA_SEN24),
    q("newest likely voter poll nc senate 2020", "dropped_constraint", "population_latest_poll", population="lv",
      **NC_SEN20),
    q("any polls of adults in the perdue ossoff race", "dropped_constraint", "file_no_population", population="a",
      missing=("adults", "adult"), **GA_REG),
    q("most recent poll of all adults montana senate 2024", "dropped_constraint", "population_latest_poll",
      population="a", **MT_SEN24),
    q("polls of adults in the pa senate race 2024", "dropped_constraint", "file_no_population", population="a",
      missing=("adults", "adult"), **PA_SEN24),

    # ---- a stage: one polled, one not
    q("newest runoff poll for perdue vs ossoff", "dropped_constraint", "stage_latest_poll", stage="runoff", **GA_REG),
    q("last jungle primary poll in the georgia special", "dropped_constraint", "stage_latest_poll",
      stage="jungle primary", **GA_SPEC),
    q("2020 texas senate primary polls", "dropped_constraint", "stage_latest_poll", stage="primary", **TX_SEN20),
    q("arizona senate 2020 runoff polls", "dropped_constraint", "stage_latest_poll", stage="runoff", **AZ_SEN20),
    q("mississippi special senate runoff 2018 latest poll", "dropped_constraint", "stage_latest_poll",
      stage="runoff", **MS_SPEC18),
    q("louisiana governor 2019 first round polls", "dropped_constraint", "files_lacks",
      lacks="stage_latest_poll", said=("first round", "jungle primary", "primary"), stage="jungle primary",
      **LA_GOV19),
    q("tx-6 special runoff poll 2021", "dropped_constraint", "stage_latest_poll", stage="runoff", **TX6_21),

    # ---- another year's race of the same office
    q("arizona senate 2022 polls", "dropped_constraint", "no_race", state="AZ", office="senate", cycle=2022,
      words="2022"),
    q("who's ahead in the 2022 pennsylvania senate race", "dropped_constraint", "no_race", state="PA",
      office="senate", cycle=2022, words="2022"),
    q("texas governor 2022 polls abbott vs beto", "dropped_constraint", "no_race", state="TX", office="governor",
      cycle=2022, words="2022"),
    q("nevada senate 2022 cortez masto numbers", "dropped_constraint", "no_race", state="NV", office="senate",
      cycle=2022, words="2022"),
    q("florida senate 2022 rubio demings", "dropped_constraint", "no_race", state="FL", office="senate",
      cycle=2022, words="2022"),
    q("2022 north carolina senate polls", "dropped_constraint", "no_race", state="NC", office="senate",
      cycle=2022, words="2022"),
    q("arizona governor 2022 lake vs hobbs", "dropped_constraint", "no_race", state="AZ", office="governor",
      cycle=2022, words="2022"),
    q("kemp's 2020 polls", "dropped_constraint", "not_running", name="Brian P. Kemp", missing=("2020",),
      cycle=2020),
    q("beto for governor polls", "dropped_constraint", "not_running", name="Beto O'Rourke", missing=("governor",),
      office="governor"),
    q("kari lake governor polling", "dropped_constraint", "not_running", name="Kari Lake", missing=("governor",),
      office="governor"),
    q("is whitmer running for senate, any senate polls", "dropped_constraint", "not_running",
      name="Gretchen E. Whitmer", missing=("senate",), office="senate"),
    q("cruz 2020 polls", "dropped_constraint", "not_running", name="Ted Cruz", missing=("2020",), cycle=2020),
    q("ossoff 2022 polls", "dropped_constraint", "not_running", name="Jon Ossoff", missing=("2022",), cycle=2022),

    # ---- another state's race for the same office, and a person of the same name in another race
    q("ohio senate race 2020", "dropped_constraint", "no_race", state="OH", office="senate", cycle=2020,
      words="ohio"),
    q("florida senate 2020 polls", "dropped_constraint", "no_race", state="FL", office="senate", cycle=2020,
      words="florida"),
    q("pennsylvania senate 2020 who led", "dropped_constraint", "no_race", state="PA", office="senate", cycle=2020,
      words="pennsylvania"),
    q("ossoff in the south carolina senate race", "dropped_constraint", "absent_from_race", name="Jon Ossoff",
      surname="ossoff", **SC_SEN20),
    q("mark kelly 2024 arizona senate polls", "dropped_constraint", "absent_from_race", name="Mark Kelly",
      surname="kelly", **AZ_SEN24),
    q("warnock's numbers in the perdue race", "dropped_constraint", "absent_from_race", name="Raphael Warnock",
      surname="warnock", **GA_REG),
    q("gary peters 2024 michigan senate polls", "dropped_constraint", "absent_from_race", name="Gary C. Peters",
      surname="peters", **MI_SEN24),
    q("sinema 2024 polls", "dropped_constraint", "person", name="Kyrsten Sinema", cycle=2024),
    q("doug collins 2022 georgia senate polling", "dropped_constraint", "person_in_race", name="Doug Collins",
      **GA_SEN22),
    q("kevin o'connor minnesota 2020", "dropped_constraint", "person_in_race", name="Kevin O'Connor", **MN_SEN20),
    q("scott walker 2018 wisconsin governor numbers", "dropped_constraint", "person_in_race", name="Scott Walker",
      **WI_GOV18),
    q("jim justice governor 2020 numbers pls", "dropped_constraint", "person_in_race", name="James Justice",
      **WV_GOV20),
)

SPANISH_ROWS = (
    # ---- otra gente: un apellido real a una o dos letras del de un candidato, u otro nombre con su apellido
    es("oigan, como va ruben gallo en arizona 2024?", "other_surname", "nobody_named", surname="gallo"),
    es("y jill stern cuantos votos saco en 2024", "other_surname", "nobody_named", surname="stern"),
    es("susan mullins sigue arriba en maine?", "other_surname", "nobody_named", surname="mullins"),
    es("lindsey grantham carolina del sur encuestas 2020", "other_surname", "nobody_named", surname="grantham"),
    es("roy hooper gobernador carolina del norte 2020 como le fue", "other_surname", "nobody_named",
       surname="hooper"),
    es("larry horan maryland senado, quien es", "other_surname", "nobody_named", surname="horan"),
    es("como va bernie marino en ohio", "other_surname", "nobody_named", surname="marino"),
    es("herschel welker encuestas georgia 2022", "other_surname", "nobody_named", surname="welker"),
    es("jose cruz texas 2024 como va", "other_surname", "nobody_named", surname="cruz", given="jose"),
    es("maria kelly en arizona tiene encuestas?", "other_surname", "nobody_named", surname="kelly", given="maria"),
    es("quien es rosa collins, sale en las encuestas de maine?", "other_surname", "nobody_named",
       surname="collins", given="rosa"),
    es("carmen hogan senado maryland 2024", "other_surname", "nobody_named", surname="hogan", given="carmen"),
    es("la encuesta de graves en arizona 2020, que decia", "other_surname", "no_pollster_named", surname="graves",
       **AZ_SEN20),
    es("que encontro wellman en el senado de nevada 2018", "other_surname", "no_pollster_named",
       surname="wellman", **NV_SEN18),

    # ---- errores de dedo: siguen siendo ellos
    es("como va warnok contra loefler en la segunda vuelta", "two_spellings", "compare", first="Raphael Warnock",
       second="Kelly Loeffler", cycle=2020),
    es("encuestas de tubberville en alabama", "two_spellings", "person", name="Tommy Tuberville"),
    es("galego vs kari lake quien gana", "two_spellings", "compare", first="Ruben Gallego", second="Kari Lake"),
    es("ossof contra purdue quien iba ganando", "two_spellings", "compare", first="Jon Ossoff",
       second="David A. Perdue"),
    es("cuanto tiene orourk contra cruz en 2018", "two_spellings", "compare", first="Beto O'Rourke",
       second="Ted Cruz", cycle=2018),
    es("hickenloper va ganando en colorado?", "two_spellings", "person", name="John Wright Hickenlooper"),
    es("la encuesta de seltzer en iowa 2020 que dice", "two_spellings", "latest_poll", pollster="Selzer & Co.",
       **IA_SEN20),
    es("heitcamp contra cramer en dakota del norte", "two_spellings", "compare", first="Heidi Heitkamp",
       second="Kevin Cramer"),

    # ---- un condado o precinto: uno que los archivos tienen y otro que no
    es("cuantos votos saco trump en el condado de harris, texas", "dropped_constraint", "medsl_no_split",
       state_po="TX", words=("harris",), missing=("harris", "condado", "county")),
    es("cuantos votos tuvo harris en denver", "dropped_constraint", "county_votes", path=CO, contest=PRES_CO,
       choice_word="harris", county="Denver"),
    es("quien gano el condado de pueblo en colorado", "dropped_constraint", "county_winner", path=CO,
       contest=PRES_CO, county="Pueblo"),
    es("votos de ossoff en el condado de gwinnett", "dropped_constraint", "clarity_no_area", path=GA,
       area="gwinnett", missing=("gwinnett",), contest=SEN_GA_REG),
    es("en colorado, cuantos votos saco trump en el condado de orange", "dropped_constraint", "clarity_no_area",
       path=CO, area="orange", missing=("orange",), contest=PRES_CO),
    es("votos de casey en gibson township", "dropped_constraint", "cameron_precinct_votes", office="U.S. Senate",
       surname="casey", precinct="Gibson Township"),
    es("votos de mccormick en el condado de elk, pensilvania", "dropped_constraint", "cameron_no_area",
       area="elk", missing=("elk",)),

    # ---- un encuestador: uno sin encuesta de esa carrera (o de esa vuelta) y otro con
    es("hay encuesta de monmouth del senado de maine 2020?", "dropped_constraint", "file_no_pollster",
       word="monmouth", missing=("monmouth",), **ME_SEN20),
    es("la encuesta de atlasintel en arizona 2024 cuanto tenia gallego", "dropped_constraint", "person_share",
       pollster="AtlasIntel", name="Ruben Gallego", **AZ_SEN24),
    es("encuesta de emerson en la segunda vuelta, perdue vs ossoff, cuanto sacaba ossoff", "dropped_constraint",
       "files_also_named", derive="file_stage_share", also=("David A. Perdue",), stage="runoff",
       pollster="Emerson College", name="Jon Ossoff", **GA_REG),
    es("que dijo marist de montana 2024", "dropped_constraint", "file_no_pollster", word="marist",
       missing=("marist",), **MT_SEN24),
    es("la encuesta de quinnipiac del senado de kentucky 2020, mcconnell cuanto", "dropped_constraint",
       "person_share", pollster="Quinnipiac University", name="Mitch McConnell", **KY_SEN20),

    # ---- un mes: sin encuesta, y con
    es("hubo encuestas en abril de 2024 de brown vs moreno", "dropped_constraint", "files_lacks",
       lacks="poll_in_month", said=("abril", "april"), year=2024, month=4, **OH_SEN24),
    es("encuestas de wisconsin senado enero 2024", "dropped_constraint", "files_lacks", lacks="poll_in_month",
       said=("enero", "january"), year=2024, month=1, **WI_SEN24),
    es("quien encuesto iowa senado en septiembre 2020", "dropped_constraint", "poll_in_month", year=2020,
       month=9, **IA_SEN20),
    es("encuestas de junio 2020 harrison graham", "dropped_constraint", "files_lacks", lacks="poll_in_month",
       said=("junio", "june"), year=2020, month=6, **SC_SEN20),

    # ---- un grupo de votantes que las encuestas no desglosan
    es("como va gallego con los latinos", "dropped_constraint", "nothing", missing=("latino*", "hispan*"),
       around=AZ_SEN24),
    es("que tal warnock con los votantes negros en la segunda vuelta", "dropped_constraint", "nothing",
       missing=("negro*", "black", "afroamerican*"), around=GA_SPEC),
    es("mark kelly con los independientes 2020", "dropped_constraint", "nothing",
       missing=("independiente*", "independent*"), around=AZ_SEN20),
    es("ossoff entre las mujeres", "dropped_constraint", "nothing", missing=("mujeres", "women"), around=GA_REG),

    # ---- una poblacion, una vuelta
    es("encuestas de adultos en arizona senado 2024", "dropped_constraint", "file_no_population", population="a",
       missing=("adultos", "adults", "adult"), **AZ_SEN24),
    es("la ultimisima encuesta de la segunda vuelta de warnock y loeffler", "dropped_constraint", "stage_latest_poll",
       stage="runoff", **GA_SPEC),
    es("encuestas de la primaria de texas senado 2018", "dropped_constraint", "files_lacks",
       lacks="stage_latest_poll", said=("primaria", "primary"), stage="primary", **TX_SEN18),
    es("cuantas encuestas hubo de la primaria abierta en la especial de georgia", "dropped_constraint",
       "stage_poll_count", stage="jungle primary", **GA_SPEC),

    # ---- otro ano de la misma oficina, otro estado
    es("senado de colorado 2022 encuestas", "dropped_constraint", "no_race", state="CO", office="senate",
       cycle=2022, words="2022"),
    es("encuestas gobernador florida 2022", "dropped_constraint", "latest_poll", **FL_GOV22),
    es("whitmer gobernadora 2022 como va", "dropped_constraint", "person", name="Gretchen E. Whitmer", cycle=2022),
    es("gobernador de nevada 2022 encuestas", "dropped_constraint", "no_race", state="NV", office="governor",
       cycle=2022, words="2022"),
    es("warnock en 2024?", "dropped_constraint", "not_running", name="Raphael Warnock", missing=("2024",),
       cycle=2024),
    es("abrams 2020 encuestas", "dropped_constraint", "not_running", name="Stacey Yvonne Abrams",
       missing=("2020",), cycle=2020),
    es("tester para gobernador", "dropped_constraint", "not_running", name="Jon Tester",
       missing=("gobernador", "gobern*", "governor"), office="governor"),
    es("senado de nueva york 2020", "dropped_constraint", "files_lacks", lacks="no_race",
       said=("nueva york", "new york"), state="NY", office="senate", cycle=2020),
    es("senado de california 2020 quien iba ganando", "dropped_constraint", "no_race", state="CA",
       office="senate", cycle=2020, words="california"),
    es("jaime harrison en la carrera de georgia de perdue", "dropped_constraint", "absent_from_race",
       name="Jaime Harrison", surname="harrison", **GA_REG),
    es("jim justice en el senado 2024 como va", "dropped_constraint", "person_in_race", name="Jim Justice",
       **WV_SEN24),
    es("kevin o'connor de massachusetts 2020", "dropped_constraint", "person_in_race", name="Kevin J. O'Connor",
       **MA_SEN20),
)

FRESH39_SET = (*REAL_ROWS, *SPANISH_ROWS)
