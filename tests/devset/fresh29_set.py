"""The twenty-ninth fresh dev batch: two or three constraints at once, in long messy Discord messages, English and
Spanish (Spanglish too), over the LA mayor race and the real files.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the docstring of `fresh25_set.py`, for the format) nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`,
`check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`, `derive_files.py`, `tests/devset/
question.py`, `score.py`, `overlap.py`, `derive_more.py`, the READMEs), the LA bundles and the real files. Polls,
pollsters, months, populations, stages, groups of voters, endorsement dates, counties, precincts and vote types were
listed with scripts over `la_race()`, `poll_races()`, the Clarity files and the Cameron County file.

What it hunts: a question whose answer must honour every constraint it gives, or say which one has no data. A
pollster and a month ("quinnipiac's last october poll of the 2018 texas senate race"), a pollster and a group of
voters ("caruso with asian voters in the october berkeley la mayor poll"), a pollster and a population ("bass among
registered voters in the feb 2022 berkeley igs mayor poll"), a stage and a pollster ("what did trafalgar have ossoff
at in the runoff"), a candidate, a county and a vote type ("ossoff's absentee by mail votes in atkinson county"), a
candidate and a precinct, a year, a state and an office, a month and "besides pollster X" ("newest october 2020
maine senate poll that isn't colby's"), an endorser kind and a month ("which celebs came out for caruso in june
2022"); comparisons over two polls ("did bass poll better in august than in june", "casey's number in quinnipiac's
september vs october 2024 pa senate polls"); questions buried in chatter or in a second clause that is not the
question ("ok so i know bass won the whole thing but how many votes did de leon pull in the primary"); and rows where
one constraint has no data, so the right answer says it is missing (a group a pollster never reported, a pollster
with no poll that month or stage, a population no poll asked, mail votes in a file that does not split them or in
LA's citywide results, a part of the city or a county the results do not break out, an endorser kind with no
endorsement that month, a person with no race that cycle, a race the files do not have). Every year or race is
named where the words alone would not pick one (the day asked is 2022-06-01); the LA rows naming Berkeley, FM3 or
Wallin say "la" or "mayor" where the pollster also polls the files.

New derivations in `derive_more.py` (section "fresh29"): `la_share_polls` (a candidate's share in two or more LA
polls, each picked by pollster, month and population), `la_endorsers_month` (a candidate's endorsers, of a kind,
dated in one month; none, "no such"), `la_month_besides` (the LA poll of a month by a pollster other than the one
named), `la_no_area_result` (citywide results asked for a part of the city), `la_also_named` (an LA derivation whose
question's chatter names other candidates, counted among the people named); `clarity_no_vote_type` (a vote type a
Clarity file does not split), `file_no_poll` (a pollster of a race with no poll that month), `file_no_stage_poll` (a
pollster of a race with no poll of one stage), `file_no_population` (a population no poll of a race asked),
`file_stage_share` (a person's share in a pollster's newest poll of one stage), `file_pick_shares` (a person's share
in a pollster's newest poll of each of two months), `file_month_besides` (the newest poll of a month by a pollster
other than one named).

196 rows: group la 71, real 65, es 60 (30 with source "la", 30 with source "files"); source la 101, files 95. By
kind: dropped_constraint 119 (la 61, files 58), swallowed 38 (22 + 16), unrouted_fact 26 (12 + 14), ordinary 7
(3 + 4), two_spellings 6 (3 + 3).

Rewordings before any score: 7 first drafts equal to dev phrasings (the overlap check printed only this module's
rows) were reworded by a word or two ("newest poll of likely voters only, la mayor race", "so who actually made the
la mayor runoff", "cuantas encuestas hizo berkeley de la alcaldia de LA en total" ...). Also before any score, drafts
whose words fit two polls or races were tightened by reading the data alone: "how many la mayor polls were taken in
october 2022" -> "came out during october 2022" (Berkeley's October release was fielded in late September); "the
fm3 la mayor poll from 2022" -> "was there an fm3 la mayor poll fielded in 2022?" (FM3's one poll is of the 2022 race,
fielded in 2021); "collins" -> "susan collins" (Doug Collins ran in Georgia's 2020 special); Cameron County surnames
written as the results-set tally reads them.

First score, rows as first written, engine at `148d5b7`:
```
overall: 157/196 right (80.1%), 13 ruled out
  group la                   53/71 right (74.6%), 7 ruled out
  group real                 57/65 right (87.7%), 2 ruled out
  group es                   47/60 right (78.3%), 4 ruled out
  kind ordinary             7/7 right (100.0%), 0 ruled out
  kind swallowed            23/38 right (60.5%), 3 ruled out
  kind two_spellings        5/6 right (83.3%), 0 ruled out
  kind dropped_constraint   97/119 right (81.5%), 10 ruled out
  kind unrouted_fact        25/26 right (96.2%), 0 ruled out
ruled_out: 13
grades: {'right': 157, 'wrong': 26, 'ruled_out': 13}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "ok so i know bass won the whole thing but how many votes did de leon pull in the primary", "forget caruso for a
  sec, how did bass do with latino likely voters in the october igs poll of la" and "bueno ya se que gano bass pero
  que porcentaje saco caruso en la general": the chatter names a second candidate, so an answer showing that
  candidate is not "another person" the question did not name; the spec now counts them among the people named
  (`la_also_named`), the expected figures unchanged. All three were ruled out only for that reason; two are now
  right (each answer holds the asked figure), one wrong (it answers the general's result, not the Latino likely
  voters of Berkeley's October poll).
The other misses stay: each row's words pick one poll, race or fact the data holds (or one lack it holds for
certain). The ten ruled-out answers left each drop a constraint: the month of an endorsement (calo.org's May
endorsement of de Leon for "october 2022"), the vote type (Bass's citywide primary total for her "mail-in votes",
in English and Spanish), a county (de Leon's citywide primary total for "orange county"), a part of the city
(Caruso's citywide general total for "in the valley", twice), "not done by berkeley" (Berkeley's November poll),
"adults-only" (the Pennsylvania 2024 polling average, twice), and "trump's mail ballots in denver county" (Denver's
ballots cast).

Score after the corrections, same engine:
```
overall: 159/196 right (81.1%), 10 ruled out
  group la                   54/71 right (76.1%), 5 ruled out
  group real                 57/65 right (87.7%), 2 ruled out
  group es                   48/60 right (80.0%), 3 ruled out
  kind ordinary             7/7 right (100.0%), 0 ruled out
  kind swallowed            25/38 right (65.8%), 0 ruled out
  kind two_spellings        5/6 right (83.3%), 0 ruled out
  kind dropped_constraint   97/119 right (81.5%), 10 ruled out
  kind unrouted_fact        25/26 right (96.2%), 0 ruled out
ruled_out: 10
grades: {'right': 159, 'wrong': 27, 'ruled_out': 10}
```

Reworded by the lead when the batch was merged: "who endorsed bass in august 2022", which the fresh27 helper
had also written, is "who all endorsed bass during august of 2022" here.
"""

from __future__ import annotations

from tests.devset.question import maker

B = "UC Berkeley Institute of Governmental Studies"
W = "J. Wallin Opinion Research"
F = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
FEUER, BUSCAINO = "Mike Feuer", "Joe Buscaino"

la = maker("la", "la")
es_la = maker("es", "la")
real = maker("real", "files")
es_f = maker("es", "files")

PA24 = dict(state="PA", office="senate", cycle=2024)
GA_REG = dict(state="GA", office="senate", cycle=2020)
GA_SPE = dict(state="GA", office="senate", cycle=2020, special=True)
ME20 = dict(state="ME", office="senate", cycle=2020)
TX18 = dict(state="TX", office="senate", cycle=2018)
TX24 = dict(state="TX", office="senate", cycle=2024)
OH24 = dict(state="OH", office="senate", cycle=2024)
NV24 = dict(state="NV", office="senate", cycle=2024)
IA20 = dict(state="IA", office="senate", cycle=2020)
AZ20 = dict(state="AZ", office="senate", cycle=2020, special=True)
NC20 = dict(state="NC", office="senate", cycle=2020)
NCGOV20 = dict(state="NC", office="governor", cycle=2020)
FLGOV18 = dict(state="FL", office="governor", cycle=2018)
FLSEN18 = dict(state="FL", office="senate", cycle=2018)
AK22 = dict(state="AK", office="house", cycle=2022, district=1)
NY19 = dict(state="NY", office="house", cycle=2022, district=19)
CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES = "Presidential Electors"
PERDUE = "US Senate (Perdue)"
LOEFFLER = "US Senate (Loeffler) - Special"

LA_ROWS = (
    # -------------------------------------------------------------- dropped_constraint: pollster + group + month
    la("lol ok so my uncle says caruso is winning but what did the latest la mayor poll with latino voters say",
       "dropped_constraint", "la_group_leader", group="Latino voters", pollster=B, month=(2022, 11)),
    la("berkeley's february 2022 la mayor poll, likely voters only: what was bass at", "dropped_constraint",
       "la_poll_pick", pollster=B, month=(2022, 2), population="lv", person=BASS),
    la("bass among registered voters in the feb 2022 berkeley igs mayor poll", "dropped_constraint",
       "la_poll_pick", pollster=B, month=(2022, 2), population="rv", person=BASS),
    la("what did caruso get with asian voters in the october berkeley la mayor poll", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Asian", pollster=B, month=(2022, 10)),
    la("bass's number with black voters in the wallin poll", "dropped_constraint", "la_group_share",
       person=BASS, group="Black voters", pollster=W),
    la("how did de leon do among latino likely voters in berkeley's april mayor poll", "dropped_constraint",
       "la_group_share", person=KDL, group="Latino", pollster=B, month=(2022, 4)),
    la("who was ahead in the san fernando valley in the august berkeley/latimes poll for mayor",
       "dropped_constraint", "la_group_leader", group="San Fernando Valley", pollster=B, month=(2022, 8)),
    la("who led moderates in berkeley's november la mayor poll", "dropped_constraint", "la_group_leader",
       group="Moderates", pollster=B, month=(2022, 11)),
    la("did wallin break out women? what did bass get with women voters in the wallin la poll",
       "dropped_constraint", "la_no_group", group="women", pollster=W),
    la("fm3 la mayor poll numbers among latino voters for bass?", "dropped_constraint", "la_no_group",
       group="Latino", pollster=F),
    la("asian voters in berkeley's august 2022 la mayor poll, who led them", "dropped_constraint", "la_no_group",
       group="Asian", pollster=B, month=(2022, 8)),
    la("what did the wallin mayor poll have for the san fernando valley", "dropped_constraint", "la_no_group",
       group="San Fernando Valley", pollster=W),
    la("wallin's june 2022 la mayor poll, who was ahead", "dropped_constraint", "la_no_poll", missing=("june",),
       pollster=W, month=(2022, 6)),
    la("was there an fm3 la mayor poll fielded in 2022? what was bass at in it", "dropped_constraint", "la_no_poll",
       missing=("2022",),
       pollster=F, year=2022),
    la("loyola marymount poll of likely voters for la mayor, who led it", "dropped_constraint", "la_no_poll",
       missing=("likely",), pollster=LMU, population="lv"),
    la("berkeley igs la mayor poll from july 2022?", "dropped_constraint", "la_no_poll", missing=("july",),
       pollster=B, month=(2022, 7)),
    la("did bass poll better in august than in june in the la mayor race", "dropped_constraint", "la_share_polls",
       person=BASS, picks=((None, (2022, 6), None), (None, (2022, 8), None))),
    la("caruso in the wallin poll vs caruso in berkeley's november poll for mayor, which was higher",
       "dropped_constraint", "la_share_polls", person=CARUSO, picks=((W, None, None), (B, (2022, 11), None))),
    la("did de leon go up or down between the lmu poll and berkeley's april la mayor poll", "dropped_constraint",
       "la_share_polls", person=KDL, picks=((LMU, None, None), (B, (2022, 4), None))),
    la("bass in fm3's 2021 la poll vs the feb 2022 berkeley likely voter poll", "dropped_constraint",
       "la_share_polls", person=BASS, picks=((F, None, None), (B, (2022, 2), "lv"))),
    la("who all endorsed bass during august of 2022", "dropped_constraint", "la_endorsers_month", candidate=BASS,
       year=2022, month=8),
    la("which celebs came out for caruso in june 2022", "dropped_constraint", "la_endorsers_month",
       candidate=CARUSO, year=2022, month=6, endorser_type="celebrity"),
    la("any newspapers endorse de leon for mayor in october 2022?", "dropped_constraint", "la_endorsers_month",
       candidate=KDL, year=2022, month=10, endorser_type="newspaper"),
    la("which unions were backing caruso for mayor", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    la("newspaper endorsements for bass only pls, not the celebs", "dropped_constraint", "endorsers_of",
       candidate=BASS, endorser_type="newspaper"),
    la("bass's mail-in votes in the june la mayor primary", "dropped_constraint", "nobody", missing=("mail",)),
    la("how many votes did caruso get in the valley in the november mayor runoff", "dropped_constraint",
       "la_no_area_result", area=("valley", "san fernando valley"), stage="general"),
    la("de leon's primary votes in orange county", "dropped_constraint", "nobody", missing=("orange county",)),
    la("how many votes did bass get in the la general, not the primary", "dropped_constraint", "votes_of",
       person=BASS, stage="general"),
    la("caruso's vote share in the june primary specifically", "dropped_constraint", "result_of", person=CARUSO,
       stage="primary"),
    la("was berkeley's april la mayor poll likely or registered voters", "dropped_constraint", "la_poll_fact",
       attribute="population", pollster=B, month=(2022, 4)),
    la("how much was bass up among likely voters in the october berkeley mayor poll", "dropped_constraint",
       "la_poll_lead", pollster=B, month=(2022, 10), population="lv"),
    la("any october 2022 la mayor poll besides wallin's?", "dropped_constraint", "la_month_besides", year=2022,
       month=10, besides=W),
    la("the february 2022 la mayor poll that wasn't berkeley, who led it", "dropped_constraint",
       "la_month_besides", year=2022, month=2, besides=B),
    la("newest la mayor poll not done by berkeley", "dropped_constraint", "la_newest_poll_besides", besides=B),
    la("newest poll of likely voters only, la mayor race", "dropped_constraint", "la_population_latest_poll",
       population="lv"),
    la("most recent registered voter poll of the la mayor race", "dropped_constraint", "la_population_latest_poll",
       population="rv"),
    la("which pollsters did the la mayor race other than berkeley", "dropped_constraint", "la_pollsters_besides",
       besides=B),
    la("who else dropped out of the la race besides buscaino and feuer", "dropped_constraint",
       "la_withdrawn_besides", besides=(BUSCAINO, FEUER)),
    la("bass among latino registered voters in the october igs poll of la", "dropped_constraint", "la_group_share",
       person=BASS, group="Latino registered", pollster=B, month=(2022, 10)),
    # -------------------------------------------------------------- swallowed: the question buried in chatter
    la("ok so i know bass won the whole thing but how many votes did de leon pull in the primary", "swallowed",
       "la_also_named", derive="votes_of", also=(BASS,), person=KDL, stage="primary"),
    la("ngl i stopped following after june, who ended up winning the la mayor runoff", "swallowed", "winner",
       stage="general"),
    la("my group chat is arguing about this lol. caruso spent like 100 million, what % did he end up with in the "
       "general", "swallowed", "result_of", person=CARUSO, stage="general"),
    la("not asking about the polls, just the actual primary result for gina viola", "swallowed", "result_of",
       person=VIOLA, stage="primary"),
    la("brb making dinner but quick q what did the lmu poll have feuer at", "swallowed", "la_poll_share",
       pollster=LMU, person=FEUER),
    la("forget caruso for a sec, how did bass do with latino likely voters in the october igs poll of la",
       "swallowed", "la_also_named", derive="la_group_share", also=(CARUSO,), person=BASS, group="Latino likely",
       pollster=B, month=(2022, 10)),
    la("i saw something on twitter about asian voters and caruso, was it wallin? what did wallin have caruso at "
       "with asian voters", "swallowed", "la_group_share", person=CARUSO, group="Asian", pollster=W),
    la("so apparently turnout was bad?? anyway who came third in the la mayor primary", "swallowed", "rank",
       stage="primary", place=3),
    la("my cousin volunteered for kdl. how many points behind caruso was he in the primary", "swallowed", "gap",
       first=KDL, second=CARUSO, stage="primary"),
    la("idc about endorsements rn, what did the last la mayor poll before the primary show", "swallowed",
       "la_poll_before", stage="primary"),
    la("the primary was a mess tbh. first la mayor poll after it, who ran it and who led", "swallowed",
       "la_poll_after", stage="primary"),
    la("caruso's ads are everywhere lmao. did he do better in november than in june", "swallowed",
       "stage_change", person=CARUSO),
    la("wait viola was 4th?? where did she actually finish in the primary", "swallowed", "place_of",
       person=VIOLA, stage="primary"),
    la("the wallin one was all over the news, who paid for the wallin poll", "swallowed", "la_poll_fact",
       attribute="sponsor", pollster=W),
    la("i'm writing a paper on this (pls help) — field dates of the loyola marymount la mayor poll", "swallowed",
       "la_poll_fact", attribute="field_dates", pollster=LMU),
    la("lol the latimes again. sample size of berkeley's august la mayor poll?", "swallowed", "la_poll_fact",
       attribute="sample_size", pollster=B, month=(2022, 8)),
    # -------------------------------------------------------------- unrouted_fact
    la("sample size of the november berkeley la mayor poll", "unrouted_fact", "la_poll_fact",
       attribute="sample_size", pollster=B, month=(2022, 11)),
    la("how many la mayor polls did berkeley run", "unrouted_fact", "la_pollster_poll_count", pollster=B),
    la("how many la mayor polls came out during october 2022", "unrouted_fact", "la_poll_count_when", year=2022,
       month=10),
    la("how many unions endorsed caruso for mayor", "unrouted_fact", "endorser_type_count", endorser_type="union",
       candidate=CARUSO),
    la("how many celebrities endorsed bass for mayor", "unrouted_fact", "endorser_type_count",
       endorser_type="celebrity", candidate=BASS),
    la("what day did joe biden endorse karen bass for mayor", "unrouted_fact", "endorsement_date", endorser="Joe Biden",
       candidate=BASS),
    la("caruso's best number in any la mayor poll", "unrouted_fact", "la_max_share", person=CARUSO),
    la("gap between de leon and viola in the june la primary", "unrouted_fact", "gap", first=KDL, second=VIOLA,
       stage="primary"),
    la("what's the margin between bass and caruso in the wallin poll", "unrouted_fact", "la_poll_lead",
       pollster=W),
    # -------------------------------------------------------------- two_spellings
    la("what did carusso get with latino voters in wallins poll", "two_spellings", "la_group_share",
       person=CARUSO, group="Latino", pollster=W),
    la("kevin de leone with latino likely voters, berkeley april poll", "two_spellings", "la_group_share",
       person=KDL, group="Latino", pollster=B, month=(2022, 4)),
    la("karen bas black voters berkeley october la poll", "two_spellings", "la_group_share", person=BASS,
       group="Black voters", pollster=B, month=(2022, 10)),
    # -------------------------------------------------------------- ordinary
    la("so who actually made the la mayor runoff", "ordinary", "top_two", stage="primary"),
    la("bass vs caruso general election result", "ordinary", "winner", stage="general"),
    la("who led the wallin poll of the la mayor race", "ordinary", "la_poll_leader", pollster=W),
)

SPANISH_LA = (
    es_la("oye y en la encuesta de wallin cuanto sacaba caruso con los votantes latinos?", "dropped_constraint",
          "la_group_share", person=CARUSO, group="Latino", pollster=W),
    es_la("cuanto tenia bass entre votantes probables en la encuesta de berkeley de febrero 2022 pa alcalde de LA",
          "dropped_constraint", "la_poll_pick", pollster=B, month=(2022, 2), population="lv", person=BASS),
    es_la("y con votantes registrados? bass en la de berkeley de febrero 2022, alcaldia de los angeles",
          "dropped_constraint", "la_poll_pick", pollster=B, month=(2022, 2), population="rv", person=BASS),
    es_la("quien iba ganando en el valle de san fernando segun la encuesta de berkeley de agosto (alcalde LA)",
          "dropped_constraint", "la_group_leader", group="San Fernando Valley", pollster=B, month=(2022, 8)),
    es_la("bass con los votantes negros en la encuesta de wallin, cuanto?", "dropped_constraint",
          "la_group_share", person=BASS, group="Black voters", pollster=W),
    es_la("caruso con votantes asiaticos en la de berkeley de octubre, alcaldia de LA", "dropped_constraint",
          "la_group_share", person=CARUSO, group="Asian", pollster=B, month=(2022, 10)),
    es_la("la encuesta de wallin tiene datos de mujeres? cuanto sacaba bass con las mujeres", "dropped_constraint",
          "la_lacks", lacks="la_no_group", said=("women", "mujeres"), group="women", pollster=W),
    es_la("hubo alguna encuesta de wallin en junio 2022 para alcalde de LA?", "dropped_constraint", "la_lacks",
          lacks="la_no_poll", said=("june", "junio"), missing=("june",), pollster=W, month=(2022, 6)),
    es_la("a bass le fue mejor en la encuesta de agosto que en la de junio? carrera de alcalde de LA",
          "dropped_constraint", "la_share_polls", person=BASS,
          picks=((None, (2022, 6), None), (None, (2022, 8), None))),
    es_la("quien apoyo a bass en agosto de 2022", "dropped_constraint", "la_endorsers_month", candidate=BASS,
          year=2022, month=8),
    es_la("que celebridades respaldaron a caruso en junio 2022", "dropped_constraint", "la_endorsers_month",
          candidate=CARUSO, year=2022, month=6, endorser_type="celebrity"),
    es_la("que sindicatos le dieron su apoyo a caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
          endorser_type="union"),
    es_la("cuantos votos saco de leon en la primaria, no en la general", "dropped_constraint", "votes_of",
          person=KDL, stage="primary"),
    es_la("cuantos votos por correo saco bass en la primaria de LA", "dropped_constraint", "nobody",
          missing=("mail", "correo")),
    es_la("cuanto le sacaba bass a caruso con votantes probables en la encuesta de berkeley de octubre",
          "dropped_constraint", "la_poll_lead", pollster=B, month=(2022, 10), population="lv"),
    es_la("aparte de wallin, que otra encuesta hubo en octubre 2022 en la alcaldia de LA", "dropped_constraint",
          "la_month_besides", year=2022, month=10, besides=W),
    es_la("la encuesta de fm3 para alcalde de LA tenia datos de latinos?", "dropped_constraint", "la_lacks",
          lacks="la_no_group", said=("latino*",), group="Latino", pollster=F),
    es_la("quien iba adelante con los moderados en la encuesta de berkeley de noviembre, alcaldia LA",
          "dropped_constraint", "la_group_leader", group="Moderates", pollster=B, month=(2022, 11)),
    es_la("que periodicos le dieron el endorsement a bass", "dropped_constraint", "endorsers_of", candidate=BASS,
          endorser_type="newspaper"),
    es_la("de leon con latinos probables en la encuesta de abril de berkeley, cuanto tenia", "dropped_constraint",
          "la_group_share", person=KDL, group="Latino", pollster=B, month=(2022, 4)),
    es_la("cuantos votos saco caruso en el valle en la general de noviembre", "dropped_constraint",
          "la_no_area_result", area=("valley", "valle", "san fernando"), stage="general"),
    es_la("bueno ya se que gano bass pero que porcentaje saco caruso en la general", "swallowed",
          "la_also_named", derive="result_of", also=(BASS,), person=CARUSO, stage="general"),
    es_la("mi tia dice que de leon quedo tercero, es cierto? en que lugar quedo en la primaria", "swallowed",
          "place_of", person=KDL, stage="primary"),
    es_la("jaja no me acuerdo de nada, quien hizo la primera encuesta despues de la primaria de LA y quien iba "
          "ganando", "swallowed", "la_poll_after", stage="primary"),
    es_la("weno, olvidate de las encuestas: caruso subio o bajo de la primaria a la general?", "swallowed",
          "stage_change", person=CARUSO),
    es_la("oigan una pregunta rapida, el tamaño de muestra de la encuesta de berkeley de agosto pa alcalde",
          "swallowed", "la_poll_fact", attribute="sample_size", pollster=B, month=(2022, 8)),
    es_la("quien pago la encuesta de wallin? mi profe quiere saber", "swallowed", "la_poll_fact",
          attribute="sponsor", pollster=W),
    es_la("cuantas encuestas hizo berkeley de la alcaldia de LA en total", "unrouted_fact", "la_pollster_poll_count",
          pollster=B),
    es_la("cuantos sindicatos apoyaron a caruso", "unrouted_fact", "endorser_type_count", endorser_type="union",
          candidate=CARUSO),
    es_la("por cuantos puntos le gano caruso a de leon en la primaria", "unrouted_fact", "gap", first=CARUSO,
          second=KDL, stage="primary"),
)

REAL_ROWS = (
    # -------------------------------------------------------------- dropped_constraint: pollster + month, stage, ...
    real("quinnipiac's last october poll of the 2018 texas senate race, what did cruz get", "dropped_constraint",
         "file_poll_pick", pollster="Quinnipiac University", year=2018, month=10, name="Ted Cruz", **TX18),
    real("emerson's last september 2024 poll of the pa senate race, who was ahead", "dropped_constraint",
         "file_poll_pick", pollster="Emerson", year=2024, month=9, **PA24),
    real("latest registered-voter poll of the 2024 pa senate race", "dropped_constraint",
         "population_latest_poll", population="rv", **PA24),
    real("latest poll of adults in the 2018 florida senate race", "dropped_constraint", "population_latest_poll",
         population="a", **FLSEN18),
    real("latest runoff poll for ossoff vs perdue", "dropped_constraint", "stage_latest_poll", stage="runoff",
         **GA_REG),
    real("newest jungle primary poll of the 2020 georgia special senate election", "dropped_constraint",
         "stage_latest_poll", stage="jungle primary", **GA_SPE),
    real("runoff polls in the 2020 maine senate race?", "dropped_constraint", "stage_latest_poll",
         stage="runoff", **ME20),
    real("did quinnipiac poll the ossoff perdue runoff", "dropped_constraint", "file_no_stage_poll",
         stage="runoff", pollster="Quinnipiac University", missing=("quinnipiac", "runoff"), **GA_REG),
    real("what did trafalgar have ossoff at in the runoff, their last one", "dropped_constraint",
         "file_stage_share", stage="runoff", pollster="Trafalgar Group", name="Jon Ossoff", **GA_REG),
    real("warnock in trafalgar's final runoff poll of the 2020 georgia special", "dropped_constraint",
         "file_stage_share", stage="runoff", pollster="Trafalgar Group", name="Raphael Warnock", **GA_SPE),
    real("quinnipiac poll of the maine senate race from october 2020?", "dropped_constraint", "file_no_poll",
         pollster="Quinnipiac University", year=2020, month=10, missing=("october",), **ME20),
    real("did colby poll the maine senate race in august 2020", "dropped_constraint", "file_no_poll",
         pollster="Colby College", year=2020, month=8, missing=("august",), **ME20),
    real("any adults-only polls of the 2024 pa senate race", "dropped_constraint", "file_no_population",
         population="a", missing=("adults", "adult"), **PA24),
    real("casey's number in quinnipiac's september vs october 2024 pa senate polls", "dropped_constraint",
         "file_pick_shares", name="Robert P. Casey Jr.", pollster="Quinnipiac", months=((2024, 9), (2024, 10)),
         **PA24),
    real("did ossoff do better in quinnipiac's september or october 2020 poll", "dropped_constraint",
         "file_pick_shares", name="Jon Ossoff", pollster="Quinnipiac University", months=((2020, 9), (2020, 10)),
         **GA_REG),
    real("newest october 2020 maine senate poll that isn't colby's", "dropped_constraint", "file_month_besides",
         year=2020, month=10, besides="Colby College", **ME20),
    real("newest 2024 pa senate poll besides atlasintel", "dropped_constraint", "latest_poll_besides",
         besides=("AtlasIntel",), **PA24),
    real("harris votes in pueblo county colorado 2024", "dropped_constraint", "county_votes", path=CO,
         contest=PRES, choice_word="harris", county="Pueblo"),
    real("how many mail ballots did trump get in denver county colorado 2024", "dropped_constraint",
         "clarity_no_vote_type", path=CO, contest=PRES, words=("mail",)),
    real("ossoff's absentee by mail votes in atkinson county", "dropped_constraint", "clarity_type_votes",
         path=GA, contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    real("perdue election day votes atkinson county 2020", "dropped_constraint", "clarity_type_votes", path=GA,
         contest=PERDUE, choice_word="perdue", vote_type="Election Day Votes"),
    real("warnock votes in the axson precinct of atkinson county", "dropped_constraint", "clarity_precinct_votes",
         path=GA, contest=LOEFFLER, choice_word="warnock", precinct="Axson"),
    real("who carried the willacoochee precinct in the perdue ossoff race", "dropped_constraint",
         "clarity_precinct_winner", path=GA, contest=PERDUE, precinct="Willacoochee"),
    real("mccormick's mail votes in cameron county pa", "dropped_constraint", "cameron_type_votes",
         office="U.S. Senate", surname="mccormick", vote_type="mail"),
    real("trump's election day votes in cameron county pennsylvania", "dropped_constraint", "cameron_type_votes",
         office="President", surname="trump", vote_type="election_day"),
    real("casey votes in driftwood borough, cameron county", "dropped_constraint", "cameron_precinct_votes",
         office="U.S. Senate", surname="casey", precinct="Driftwood Borough"),
    real("who won costilla county for president in colorado 2024", "dropped_constraint", "county_winner",
         path=CO, contest=PRES, county="Costilla"),
    real("beto o'rourke 2024 senate polls", "dropped_constraint", "not_running", name="Beto O'Rourke",
         missing=("2024",), cycle=2024),
    real("ted cruz's 2020 senate race numbers", "dropped_constraint", "not_running", name="Ted Cruz",
         missing=("2020",), cycle=2020, office="senate"),
    real("2018 utah governor polls", "dropped_constraint", "no_race", state="UT", office="governor", cycle=2018,
         words="utah"),
    real("2020 iowa senate, who led the last selzer poll", "dropped_constraint", "file_poll_leader",
         pollster="Selzer & Co.", **IA20),
    real("greenfield's number in selzer's last iowa senate poll", "dropped_constraint", "person_share",
         pollster="Selzer & Co.", name="Theresa Greenfield", **IA20),
    real("mark kelly in the last oh predictive insights poll of the 2020 arizona senate race",
         "dropped_constraint", "person_share", pollster="OH Predictive Insights", name="Mark Kelly", **AZ20),
    real("what kind of voters did alaska survey research's last poll of the 2022 alaska house race ask",
         "dropped_constraint", "file_poll_population", pollster="Alaska Survey Research", **AK22),
    real("latest likely voter poll of the 2024 ohio senate race", "dropped_constraint", "population_latest_poll",
         population="lv", **OH24),
    # -------------------------------------------------------------- swallowed
    real("lol ok my dad keeps saying susan collins was down all year, what did the last colby poll say",
         "swallowed", "file_poll_leader", pollster="Colby College", **ME20),
    real("honestly polls are fake but whatever, who led the last quinnipiac poll of the 2018 texas senate race",
         "swallowed", "file_poll_leader", pollster="Quinnipiac University", **TX18),
    real("so many texts from campaigns rn. anyway what did cygnal's last 2024 texas senate poll show",
         "swallowed", "file_poll_leader", pollster="Cygnal", **TX24),
    real("sorry if dumb q but in the 2020 georgia special which pollster did the last runoff poll", "swallowed",
         "stage_latest_poll", stage="runoff", **GA_SPE),
    real("not the presidential one, i mean the senate: what did ossoff get in atkinson county", "swallowed",
         "count_votes", path=GA, contest=PERDUE, choice_word="ossoff"),
    real("my feed is all pa stuff. anyway how many votes did mccormick get in cameron county", "swallowed",
         "cameron_votes", office="U.S. Senate", surname="McCormick"),
    real("forget the polls lol, who actually won colorado in 2024", "swallowed", "count_winner", path=CO,
         contest=PRES),
    real("bro what did sherrod brown get in emerson's last ohio poll in 2024", "swallowed", "person_share",
         pollster="Emerson", name="Sherrod Brown", **OH24),
    real("ok random but peltola's number in dittman's last poll of the alaska house race 2022", "swallowed",
         "person_share", pollster="Dittman Research", name="Mary S. Peltola", **AK22),
    real("ok the 2018 florida senate race, nelson vs scott, who was ahead in the last st. pete polls survey",
         "swallowed", "file_poll_leader", pollster="St. Pete Polls", **FLSEN18),
    real("my aunt lives in florida and won't shut up about it: who led harris insights' last poll of the 2018 "
         "governor race there", "swallowed", "file_poll_leader", pollster="Harris Insights & Analytics",
         **FLGOV18),
    real("i voted early lol. anyway, how many runoff polls were there of ossoff vs perdue", "swallowed",
         "stage_poll_count", stage="runoff", **GA_REG),
    # -------------------------------------------------------------- unrouted_fact
    real("how many polls did trafalgar do of the 2024 pa senate race", "unrouted_fact", "pollster_poll_count",
         pollster="Trafalgar Group", **PA24),
    real("when was the first poll of the 2020 north carolina governor race", "unrouted_fact", "first_poll_date",
         **NCGOV20),
    real("how many pollsters polled ny's 19th district in 2022", "unrouted_fact", "pollster_count", **NY19),
    real("sample size of siena's last poll of ny-19 in 2022", "unrouted_fact", "poll_attribute",
         pollster="Siena", attribute="sample_size", **NY19),
    real("trump's votes in arizona in the 2024 presidential election", "unrouted_fact", "medsl_votes",
         state_po="AZ", surname="TRUMP"),
    real("harris's margin in colorado 2024, actual results", "unrouted_fact", "count_margin", path=CO,
         contest=PRES),
    real("turnout in atkinson county georgia 2020 general", "unrouted_fact", "clarity_turnout", path=GA),
    real("ballots cast in the pearson city precinct, atkinson county", "unrouted_fact",
         "clarity_precinct_ballots", path=GA, precinct="Pearson City"),
    real("registered voters in cameron county pa in 2024", "unrouted_fact", "cameron_registered"),
    real("what share of the vote did ossoff get in atkinson county", "unrouted_fact", "count_share", path=GA,
         contest=PERDUE, choice_word="ossoff"),
    real("where did warnock finish in atkinson county in the special", "unrouted_fact", "count_place", path=GA,
         contest=LOEFFLER, choice_word="warnock"),
    # -------------------------------------------------------------- two_spellings
    real("osoff absentee by mail votes atkinson", "two_spellings", "clarity_type_votes", path=GA,
         contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    real("mccormik mail-in votes cameron county", "two_spellings", "cameron_type_votes", office="U.S. Senate",
         surname="mccormick", vote_type="mail"),
    real("greenfeild in selzer's last poll, iowa senate 2020", "two_spellings", "person_share",
         pollster="Selzer & Co.", name="Theresa Greenfield", **IA20),
    # -------------------------------------------------------------- ordinary
    real("who's leading the 2020 nc senate race polls", "ordinary", "leader", **NC20),
    real("latest 2024 nevada senate poll", "ordinary", "latest_poll", **NV24),
    real("gideon vs collins 2020", "ordinary", "compare", first="Sara Gideon", second="Susan M. Collins"),
    real("who was leading the 2018 florida governor race", "ordinary", "leader", **FLGOV18),
)

SPANISH_FILES = (
    es_f("cuanto sacaba cruz en la ultima encuesta de quinnipiac de octubre 2018, senado de texas",
         "dropped_constraint", "file_poll_pick", pollster="Quinnipiac University", year=2018, month=10,
         name="Ted Cruz", **TX18),
    es_f("la ultima encuesta con votantes registrados del senado de pensilvania 2024", "dropped_constraint",
         "population_latest_poll", population="rv", **PA24),
    es_f("quien hizo la ultima encuesta de la segunda vuelta de ossoff contra perdue", "dropped_constraint",
         "stage_latest_poll", stage="runoff", **GA_REG),
    es_f("hubo encuestas de segunda vuelta en el senado de maine 2020?", "dropped_constraint", "files_lacks",
         lacks="stage_latest_poll", said=("runoff", "segunda vuelta"), stage="runoff", **ME20),
    es_f("quinnipiac encuesto la segunda vuelta de ossoff y perdue?", "dropped_constraint", "file_no_stage_poll",
         stage="runoff", pollster="Quinnipiac University", missing=("quinnipiac", "runoff", "segunda vuelta"),
         **GA_REG),
    es_f("cuanto tenia ossoff en la ultima de trafalgar de la segunda vuelta", "dropped_constraint",
         "file_stage_share", stage="runoff", pollster="Trafalgar Group", name="Jon Ossoff", **GA_REG),
    es_f("colby hizo alguna encuesta del senado de maine en agosto 2020?", "dropped_constraint", "file_no_poll",
         pollster="Colby College", year=2020, month=8, missing=("august", "agosto"), **ME20),
    es_f("votos de harris en el condado de pueblo, colorado 2024", "dropped_constraint", "county_votes",
         path=CO, contest=PRES, choice_word="harris", county="Pueblo"),
    es_f("cuantos votos por correo saco trump en el condado de denver colorado 2024", "dropped_constraint",
         "clarity_no_vote_type", path=CO, contest=PRES, words=("mail", "correo")),
    es_f("votos ausentes por correo de ossoff en el condado de atkinson", "dropped_constraint",
         "clarity_type_votes", path=GA, contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    es_f("votos de warnock en el precinto de axson, condado de atkinson", "dropped_constraint",
         "clarity_precinct_votes", path=GA, contest=LOEFFLER, choice_word="warnock", precinct="Axson"),
    es_f("votos por correo de mccormick en el condado de cameron pensilvania", "dropped_constraint",
         "cameron_type_votes", office="U.S. Senate", surname="mccormick", vote_type="mail"),
    es_f("quien gano el condado de costilla en la presidencial de colorado 2024", "dropped_constraint",
         "county_winner", path=CO, contest=PRES, county="Costilla"),
    es_f("beto o'rourke en las encuestas del senado 2024?", "dropped_constraint", "not_running",
         name="Beto O'Rourke", missing=("2024",), cycle=2024),
    es_f("encuestas para gobernador de utah 2018", "dropped_constraint", "no_race", state="UT",
         office="governor", cycle=2018, words="utah"),
    es_f("a ossoff le fue mejor en la encuesta de quinnipiac de septiembre o en la de octubre 2020?",
         "dropped_constraint", "file_pick_shares", name="Jon Ossoff", pollster="Quinnipiac University",
         months=((2020, 9), (2020, 10)), **GA_REG),
    es_f("la encuesta mas nueva de octubre 2020 del senado de maine que no sea de colby", "dropped_constraint",
         "file_month_besides", year=2020, month=10, besides="Colby College", **ME20),
    es_f("quien iba ganando en la ultima encuesta de selzer, senado iowa 2020", "dropped_constraint",
         "file_poll_leader", pollster="Selzer & Co.", **IA20),
    es_f("cuanto sacaba mark kelly en la ultima de oh predictive insights, senado arizona 2020",
         "dropped_constraint", "person_share", pollster="OH Predictive Insights", name="Mark Kelly", **AZ20),
    es_f("la ultima encuesta de votantes probables del senado de ohio 2024", "dropped_constraint",
         "population_latest_poll", population="lv", **OH24),
    es_f("encuestas de solo adultos en el senado de pensilvania 2024?", "dropped_constraint",
         "file_no_population", population="a", missing=("adults", "adultos"), **PA24),
    es_f("quinnipiac hizo encuesta del senado de maine en octubre 2020?", "dropped_constraint", "file_no_poll",
         pollster="Quinnipiac University", year=2020, month=10, missing=("october", "octubre"), **ME20),
    es_f("ted cruz en el senado 2020?", "dropped_constraint", "not_running", name="Ted Cruz",
         missing=("2020",), cycle=2020, office="senate"),
    es_f("ya se que trump gano pero cuantos votos saco en arizona en la presidencial 2024", "swallowed",
         "medsl_votes", state_po="AZ", surname="TRUMP"),
    es_f("mi primo dice que perdue arraso en atkinson, cuantos votos del dia de la eleccion saco perdue ahi",
         "swallowed", "clarity_type_votes", path=GA, contest=PERDUE, choice_word="perdue",
         vote_type="Election Day Votes"),
    es_f("no se nada de alaska jaja, pero cuanto sacaba peltola en la ultima de dittman para la camara 2022",
         "swallowed", "person_share", pollster="Dittman Research", name="Mary S. Peltola", **AK22),
    es_f("ay los ads de cruz... bueno, la ultima encuesta de cygnal en el senado de texas 2024, quien ganaba",
         "swallowed", "file_poll_leader", pollster="Cygnal", **TX24),
    es_f("cual fue la participacion en el condado de atkinson, georgia 2020", "unrouted_fact", "clarity_turnout",
         path=GA),
    es_f("cuantas encuestas de segunda vuelta hubo de ossoff y perdue", "unrouted_fact", "stage_poll_count",
         stage="runoff", **GA_REG),
    es_f("quien gano el precinto de willacoochee en la carrera de perdue y ossoff", "unrouted_fact",
         "clarity_precinct_winner", path=GA, contest=PERDUE, precinct="Willacoochee"),
)

FRESH29_SET = (*LA_ROWS, *SPANISH_LA, *REAL_ROWS, *SPANISH_FILES)
