"""The thirty-fifth fresh dev batch: unrouted facts asked in long, chatty Discord messages, about the LA mayor race
and the real files, in English and Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the docstring of `fresh25_set.py`, for the format) nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`,
`check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`, `derive_files.py`, `tests/devset/
question.py`, `score.py`, `overlap.py`, `derive_more.py`, the READMEs), the LA bundles and the real files. Races,
pollsters, polls (sample, dates, sponsor, population, method, uniformity), candidates and parties were listed with
scripts over `la_race()`, `poll_races()`, the Clarity files, MEDSL and OpenElections.

What it hunts: the fact asked (count of candidates, place, margin, total votes, turnout, registered voters,
write-ins, a poll's sample / field dates / sponsor / population / method / margin of error / undecided share, who
withdrew and when, days until a stage, days since a poll, days from the last poll to election day, poll and pollster
counts, who polled most, a candidate's highest or lowest poll, how many polls a candidate led or appeared in, a
party) inside two or three sentences of chatter: an aside ("my uncle says polls are all fake anyway lol"), a joke, a
guess that is wrong ("my dad keeps saying 50k votes"), a correction mid-message ("wait no scratch that, the general",
"no wait, i meant 2018", "no en la general, en la primaria de junio"). The chatter names people, places, races and
years that are NOT what is asked: Ted Cruz, Feinstein's 2018 Senate race (Kevin de León ran in both), the Georgia
runoff, Karen Bass in a Nebraska question, Tampa, Denver, Biden's 2020 Georgia win, Sinema's old party; and pollsters
that poll both sides (FM3 in Alabama 2020, Berkeley in California's 2018 Senate race, Tulchin/J. Wallin in
California's 2018 governor race), each asked with the race named. Lacks are asked too (Berkeley's April method,
LMU's sponsor, the pollster of the May 2022 pro-Bass poll, Gina Viola's party). Every race is named where the words
alone would not pick one (the day asked is 2022-06-01).

New derivations in `derive_more.py` (section "fresh35"): `file_min_share` (a person's lowest poll figure in a race
of the files), `file_party` (a person's party as a race's rows give it), `file_poll_lead` (how far ahead a
pollster's newest poll of a race put its leader), `la_days_since` (days from an LA poll to the day asked),
`file_days_until` (days from the day asked to a 2022 race's `election_date`) and `files_also_named` (a files
derivation whose chatter names another person of the race, counted among the question's people, as `la_also_named`
does for LA).

190 rows: group la 61 (source la), real 75 (files), es 54 (32 la, 22 files); source la 93, files 97. By kind:
unrouted_fact 95 (la 44, files 51), swallowed 64 (34 + 30), dropped_constraint 24 (12 + 12), ordinary 7 (3 + 4).
No first draft equalled a sealed, dev, engine-test or results-set phrasing (`overlap --module` printed none).
Before any score, drafts were checked against the data: a sponsor given as two names ("Des Moines Register |
Mediacom") and a poll whose rows disagree on sample size (Marquette's in Wisconsin) were not asked; `file_days_until`
was asked only of races with one election day (NY-19, TX-34 and Alaska had a special too); "mel wilson" got "la
mayor" and the LMU poll "mayor".

First score, rows as first written, engine at `683112e`:
```
overall: 135/190 right (71.1%), 4 ruled out
  group la                   45/61 right (73.8%), 0 ruled out
  group real                 52/75 right (69.3%), 3 ruled out
  group es                   38/54 right (70.4%), 1 ruled out
  kind ordinary             6/7 right (85.7%), 0 ruled out
  kind swallowed            42/64 right (65.6%), 3 ruled out
  kind dropped_constraint   18/24 right (75.0%), 1 ruled out
  kind unrouted_fact        69/95 right (72.6%), 0 ruled out
ruled_out: 4
grades: {'right': 135, 'wrong': 51, 'ruled_out': 4}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "what did the early october berkeley poll say among likely voters ..." -> "... berkeley poll of the la mayor race
  ...": Berkeley's 2024 California Senate poll of early October is in the files too, so the words named no race.
- "theresa greenfield's best poll in 2020 ... she was supposed to beat ernst" (graded ruled out for showing Ernst),
  and, before they could be, "kevin de leon's best poll vs feinstein in 2018", "de leon's lowest poll number ...
  against feinstein", its Spanish twin and "what party was sinema in the 2018 arizona senate polls ... against
  mcsally": the chatter names the rival, so an answer showing the rival is not about someone unnamed; the rows now
  ask `files_also_named` (the same figure, the rival among the question's people). Words unchanged. The Greenfield
  row is right since, though loosely: its answer is a Greenfield vs Ernst polling average whose facts happen to list
  a poll at 51, not an answer to "best poll" (so is "how many different pollsters covered the iowa senate race in
  2018? oops no, 2020 ...", whose summary names Selzer's 3 polls and whose facts hold the 19).
One row was kept as it is: "de cuantas personas fue la muestra de la encuesta de wallin? la del southern california
news group en octubre" names no race, but SCNG and October pick exactly one poll in the data (J. Wallin's other poll,
with Tulchin, is of California's 2018 governor race, in April, for another sponsor).

Score after the corrections (same engine):
```
overall: 136/190 right (71.6%), 3 ruled out
  group la                   45/61 right (73.8%), 0 ruled out
  group real                 53/75 right (70.7%), 2 ruled out
  group es                   38/54 right (70.4%), 1 ruled out
  kind ordinary             6/7 right (85.7%), 0 ruled out
  kind swallowed            43/64 right (67.2%), 2 ruled out
  kind dropped_constraint   18/24 right (75.0%), 1 ruled out
  kind unrouted_fact        69/95 right (72.6%), 0 ruled out
ruled_out: 3
grades: {'right': 136, 'wrong': 51, 'ruled_out': 3}
```
"""

from __future__ import annotations

from tests.devset.question import maker

FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
IGS = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES_CO = "Presidential Electors"
PERDUE = "US Senate (Perdue)"
LOEFFLER = "US Senate (Loeffler) - Special"

ME20 = {"state": "ME", "office": "senate", "cycle": 2020}
IA20 = {"state": "IA", "office": "senate", "cycle": 2020}
TX18 = {"state": "TX", "office": "senate", "cycle": 2018}
PA24 = {"state": "PA", "office": "senate", "cycle": 2024}
AZ18 = {"state": "AZ", "office": "senate", "cycle": 2018}
AZ24 = {"state": "AZ", "office": "senate", "cycle": 2024}
NE2 = {"state": "NE", "office": "house", "cycle": 2022, "district": 2}
NY19 = {"state": "NY", "office": "house", "cycle": 2022, "district": 19}
GA20 = {"state": "GA", "office": "senate", "cycle": 2020}
NCGOV20 = {"state": "NC", "office": "governor", "cycle": 2020}
FLGOV18 = {"state": "FL", "office": "governor", "cycle": 2018}
CAGOV18 = {"state": "CA", "office": "governor", "cycle": 2018}
CASEN18 = {"state": "CA", "office": "senate", "cycle": 2018}
MT24 = {"state": "MT", "office": "senate", "cycle": 2024}
OH24 = {"state": "OH", "office": "senate", "cycle": 2024}
FL27 = {"state": "FL", "office": "house", "cycle": 2022, "district": 27}
TX34 = {"state": "TX", "office": "house", "cycle": 2022, "district": 34}
AK1 = {"state": "AK", "office": "house", "cycle": 2022, "district": 1}
KY20 = {"state": "KY", "office": "senate", "cycle": 2020}
NMGOV18 = {"state": "NM", "office": "governor", "cycle": 2018}
AL20 = {"state": "AL", "office": "senate", "cycle": 2020}
MI20 = {"state": "MI", "office": "senate", "cycle": 2020}
NV24 = {"state": "NV", "office": "senate", "cycle": 2024}

q = maker("la", "la")
LA_ROWS = (
    q("ok so my roommate swears it was like a 20 person field lol. how many candidates were actually on the ballot "
      "in the june primary for la mayor?", "unrouted_fact", "candidate_count", on_ballot=True),
    q("trivia night at the bar tonight and one of the questions is about the LA mayor race. who finished third in "
      "the primary? pretty sure it wasnt viola but idk", "unrouted_fact", "rank", stage="primary", place=3),
    q("everyone knows bass beat caruso in november. but by how much exactly?? my dad keeps saying 50k votes and i "
      "dont believe him", "swallowed", "margin", stage="general"),
    q("how many total votes were cast in the la mayor primary? wait no scratch that, the general. this is for a "
      "school project and my teacher wants the raw number", "dropped_constraint", "total_votes", stage="general"),
    q("what was turnout like for the LA mayor general election in the end? feels like nobody i know even voted "
      "honestly", "unrouted_fact", "turnout_of"),
    q("quick one about the la mayor polls. wallin how many people did they actually talk to, for the SCNG one in "
      "october? seems tiny for a city of 4 million", "swallowed", "la_poll_fact",
      attribute="sample_size", pollster=WALLIN),
    q("the wallin poll of bass vs caruso who paid for it? i saw it in the daily news i think but cant remember who "
      "commissioned it", "swallowed", "la_poll_fact", attribute="sponsor", pollster=WALLIN),
    q("what was the margin of error on that j wallin survey in the mayor race? my uncle says polls are all fake "
      "anyway lol", "unrouted_fact", "la_poll_moe", pollster=WALLIN),
    q("fm3 when were they actually in the field for their la mayor poll? i know it came out in august 2021 but "
      "when did they call people", "swallowed", "la_poll_fact", attribute="field_dates", pollster=FM3),
    q("the loyola marymount poll of the mayor race - was that registered voters or likely voters? my poli sci prof "
      "says it matters a lot", "unrouted_fact", "la_poll_fact", attribute="population", pollster=LMU),
    q("how did berkeley igs run their april poll of the la mayor race, phone or online? the article i read didnt "
      "say", "unrouted_fact", "la_poll_fact", attribute="method", pollster=IGS, month=(2022, 4)),
    q("how many people dropped out of the la mayor race altogether? i remember buscaino quitting but were there "
      "others too", "unrouted_fact", "withdrawn_count"),
    q("wait mike feuer did he actually drop out of the mayor race or stay in till the end? i swear his name was "
      "on my ballot", "swallowed", "did_withdraw", person="Mike Feuer"),
    q("how many days until the la mayor primary? i still havent mailed my ballot back lmao", "unrouted_fact",
      "days_until", stage="primary"),
    q("how many days till the november mayor election in LA? not the june one, the general. i need something to "
      "look forward to", "dropped_constraint", "days_until", stage="general"),
    q("how many polls have there been of the la mayor race, total? feels like i only ever see the times one",
      "unrouted_fact", "la_release_count"),
    q("which firms have polled the la mayor race? not asking about the candidates, just the pollsters",
      "unrouted_fact", "pollsters"),
    q("what was karen bass's best poll number in the mayor race? she was in the 20s early but i think she got way "
      "higher later", "swallowed", "la_max_share", person=BASS),
    q("caruso's worst poll in the la mayor race, what was it? he started super low before he even got in i think",
      "swallowed", "la_min_share", person=CARUSO),
    q("rick caruso what party is he? i know the mayor race is nonpartisan but wasnt he a republican for years",
      "swallowed", "party_of", person=CARUSO),
    q("gina viola, democrat or green or what party? couldnt find it anywhere on her site", "swallowed",
      "la_candidate_lacks", person=VIOLA, field="party", said=("party", "partido")),
    q("where did kevin de leon finish in the mayor primary? i know he ran against feinstein in 2018 but i mean the "
      "la one", "swallowed", "place_of", person=KDL, stage="primary"),
    q("how far ahead of caruso was bass in the june primary, in points? my coworker claims it was within 5",
      "swallowed", "margin", stage="primary"),
    q("gina viola how many votes did she get in the primary? my neighbor knows her and says she did way better "
      "than anyone expected", "swallowed", "votes_of", person=VIOLA, stage="primary"),
    q("how many registered voters did LA have for the mayor election? trying to work out turnout myself on a "
      "napkin", "unrouted_fact", "registered_voters"),
    q("how many write-in votes were there in the la mayor primary?? somebody at work says they wrote in their dog",
      "unrouted_fact", "la_write_ins"),
    q("how many days were there between the la mayor primary and the general? like how long was the runoff "
      "campaign basically", "unrouted_fact", "days_between", first="primary", second="general"),
    q("how many days ago was the loyola marymount mayor poll? trying to figure out if its stale by now",
      "unrouted_fact", "la_days_since", pollster=LMU),
    q("fm3's la mayor poll, how long ago was that in days? feels like forever", "swallowed", "la_days_since",
      pollster=FM3),
    q("what was the undecided number in the final berkeley poll before the mayor general, the november one? "
      "everyone says it was a coin flip", "dropped_constraint", "la_poll_undecided", pollster=IGS, month=(2022, 11)),
    q("berkeley igs how many polls did they do on the la mayor race? they seem like the only ones doing it lol",
      "swallowed", "la_pollster_poll_count", pollster=IGS),
    q("who came dead last in the la mayor primary? like the fewest votes of everybody on the ballot",
      "unrouted_fact", "rank", stage="primary", place=-1),
    q("which candidate dropped out of the mayor race before the ballot was even set? not buscaino, the earlier one",
      "dropped_constraint", "withdrawn_off_ballot"),
    q("so jessica lall was running for mayor at some point?? when did she drop out", "swallowed",
      "withdrawal_month", person="Jessica Lall"),
    q("how many candidates were on the november ballot for la mayor? i only remember two but my brother insists "
      "there were more", "unrouted_fact", "la_stage_candidate_count", stage="general"),
    q("what was the sample size of the february berkeley mayor poll of likely voters? there were two numbers "
      "floating around and i want the likely one", "dropped_constraint", "la_poll_fact", attribute="sample_size",
      pollster=IGS, month=(2022, 2), population="lv"),
    q("in the august berkeley igs poll of the mayor race, how big was the sample? writing a paper on polling "
      "error", "dropped_constraint", "la_poll_fact", attribute="sample_size", pollster=IGS, month=(2022, 8)),
    q("who sponsored the berkeley polls in the la race? was it the times or some pac, i keep seeing both",
      "unrouted_fact", "la_poll_fact", attribute="sponsor", pollster=IGS),
    q("the mayor poll that pro-bass committee put out in may, who actually conducted it? which pollster",
      "unrouted_fact", "la_unnamed_pollster", month=(2022, 5)),
    q("how big was caruso's lead in the wallin poll? i remember it being the one late poll he was ahead in",
      "swallowed", "la_poll_lead", pollster=WALLIN),
    q("who won the la mayor primary? yeah yeah i know nobody got 50% but who came first", "ordinary", "winner",
      stage="primary"),
    q("caruso how much did he get in the general, percentage wise? my mom voted for him and was bummed",
      "swallowed", "result_of", person=CARUSO, stage="general"),
    q("my cousin is obsessed with ted cruz for some reason but whatever. how many total votes were cast in the la "
      "mayor primary?", "unrouted_fact", "total_votes", stage="primary"),
    q("i know de leon lost the 2018 senate race to feinstein badly, but in the la mayor primary how many votes did "
      "he get?", "swallowed", "votes_of", person=KDL, stage="primary"),
    q("which pollster polled the la mayor race the most? and dont say the la times, they just paid for it",
      "unrouted_fact", "la_top_pollster"),
    q("how many different pollsters did the la mayor race have? counting that unnamed one or not, either is fine",
      "unrouted_fact", "la_pollster_count"),
    q("besides buscaino, who else dropped out of the mayor race? i only remember him quitting", "dropped_constraint",
      "la_withdrawn_besides", besides=("Joe Buscaino",)),
    q("was the wallin mayor poll likely voters or all adults? the daily news write up didnt say", "unrouted_fact",
      "la_poll_fact", attribute="population", pollster=WALLIN),
    q("how was the wallin poll of bass and caruso done, phone or online? my grandpa refuses to answer unknown "
      "numbers so i'm curious", "unrouted_fact", "la_poll_fact", attribute="method", pollster=WALLIN),
    q("what was the last la mayor poll before the june primary? who did it? i want to see how close it was to "
      "the real thing", "unrouted_fact", "la_poll_before", stage="primary"),
    q("how many days before the november election was the final la mayor poll? i'm trying to prove polls close "
      "to election day are better", "unrouted_fact", "la_days_poll_to_stage", stage="general"),
    q("what did caruso get in the loyola marymount mayor poll? i think he hadnt even entered the race yet lol",
      "ordinary", "la_poll_share", pollster=LMU, person=CARUSO),
    q("how many la mayor polls were there back in 2021? before basically anyone had declared", "unrouted_fact",
      "la_poll_count_when", year=2021),
    q("caruso how many polls did he lead in the mayor race? i know he was ahead in a couple", "swallowed",
      "la_led_count", person=CARUSO),
    q("de leon and viola how far apart were they in the mayor primary? pretty close for 3rd from what i remember",
      "swallowed", "gap", first=KDL, second=VIOLA, stage="primary"),
    q("i was reading about the georgia runoff earlier which was wild, anyway: how many people were on the la "
      "mayor primary ballot?", "unrouted_fact", "candidate_count", on_ballot=True),
    q("what did the early october berkeley poll of the la mayor race say among likely voters? not registered, "
      "likely. my friend only ever quotes the rv numbers", "dropped_constraint", "la_poll_pick", pollster=IGS,
      month=(2022, 10), population="lv"),
    q("hey so in the la mayor race, who made the runoff? i moved here in july and missed all of it", "ordinary",
      "top_two", stage="primary"),
    q("how many polls did de leon show up in for mayor? he was in the senate polls in 2018 too but i only care "
      "about the la ones", "swallowed", "la_polls_with_count", person=KDL),
    q("what's the newest la mayor poll not from berkeley? everyone just reposts the times poll", "dropped_constraint",
      "la_newest_poll_besides", besides=IGS),
    q("how did mel wilson do in the la mayor primary, like what place? he was a metro board guy right", "swallowed",
      "place_of", person="Mel Wilson", stage="primary"),
)

q = maker("es", "la")
SPANISH_LA_ROWS = (
    q("oye una pregunta, cuantos candidatos habia en la boleta de la primaria de alcalde de los angeles? mi tia "
      "dice que como veinte", "unrouted_fact", "candidate_count", on_ballot=True),
    q("quien quedo en tercer lugar en la primaria de alcalde de LA? yo digo que de leon pero mi primo dice que "
      "viola", "unrouted_fact", "rank", stage="primary", place=3),
    q("por cuantos votos le gano bass a caruso en la general? mi papa dice que fue bien cerrado", "swallowed",
      "margin", stage="general"),
    q("cual fue la participacion en la eleccion de alcalde de los angeles? nadie de mi cuadra fue a votar jaja",
      "unrouted_fact", "turnout_of"),
    q("cuantos votos hubo en total en la primaria de alcalde de LA? es para una tarea de civica", "unrouted_fact",
      "total_votes", stage="primary"),
    q("de cuantas personas fue la muestra de la encuesta de wallin? la del southern california news group en "
      "octubre", "unrouted_fact", "la_poll_fact", attribute="sample_size", pollster=WALLIN),
    q("loyola marymount quien les pago la encuesta de la alcaldia? o la hicieron ellos solos?", "swallowed",
      "la_poll_fact", attribute="sponsor", pollster=LMU),
    q("cual era el margen de error de la encuesta de berkeley de abril sobre alcalde? mi profe dice que era "
      "enorme", "unrouted_fact", "la_poll_moe", pollster=IGS, month=(2022, 4)),
    q("cuantos candidatos se retiraron de la carrera por la alcaldia de LA? se que buscaino se bajo pero no se "
      "de los demas", "unrouted_fact", "withdrawn_count"),
    q("cuantos dias faltan para la eleccion general de noviembre en los angeles? ya quiero que se acabe esto",
      "unrouted_fact", "days_until", stage="general"),
    q("cuantas encuestas se han hecho de la carrera de alcalde de los angeles? solo veo las del la times",
      "unrouted_fact", "la_release_count"),
    q("cual fue el mejor numero de caruso en las encuestas de alcalde? en la de wallin iba arriba creo",
      "swallowed", "la_max_share", person=CARUSO),
    q("karen bass de que partido es? ya se que la eleccion es no partidista pero igual quiero saber",
      "swallowed", "party_of", person=BASS),
    q("en que lugar quedo mel wilson en la primaria de alcalde? lo vi en un debate y me cayo bien", "swallowed",
      "place_of", person="Mel Wilson", stage="primary"),
    q("cuales fueron las fechas de la encuesta de berkeley de agosto sobre alcalde? la de votantes registrados",
      "dropped_constraint", "la_poll_fact", attribute="field_dates", pollster=IGS, month=(2022, 8)),
    q("cuantos votantes registrados habia en la ciudad de los angeles para la eleccion de alcalde? quiero sacar "
      "la cuenta yo", "unrouted_fact", "registered_voters"),
    q("cuantos dias hay entre la primaria y la general de alcalde en LA? quiero planear un viaje jaja",
      "unrouted_fact", "days_between", first="primary", second="general"),
    q("quien encargo la encuesta de wallin de bass contra caruso? creo que fue un periodico pero no se cual",
      "unrouted_fact", "la_poll_fact", attribute="sponsor", pollster=WALLIN),
    q("berkeley igs cuantas encuestas hizo de la carrera de alcalde de LA? son las unicas que veo en las noticias",
      "swallowed", "la_pollster_poll_count", pollster=IGS),
    q("cual fue el peor numero de bass en las encuestas de alcalde? empezo bajita creo", "swallowed",
      "la_min_share", person=BASS),
    q("jessica lall cuando se retiro de la carrera de alcalde? ni sabia que estaba compitiendo", "swallowed",
      "withdrawal_month", person="Jessica Lall"),
    q("viola cuantos votos saco en la primaria? quedo en cuarto lugar no?", "swallowed", "votes_of", person=VIOLA,
      stage="primary"),
    q("quien quedo ultimo en la primaria de alcalde de los angeles? alguien con poquitisimos votos",
      "unrouted_fact", "rank", stage="primary", place=-1),
    q("wallin como hizo su encuesta de la alcaldia, por telefono o por internet? el articulo no decia nada",
      "swallowed", "la_poll_fact", attribute="method", pollster=WALLIN),
    q("cuantos puntos le saco bass a caruso? no en la general, en la primaria de junio", "dropped_constraint",
      "margin", stage="primary"),
    q("la encuesta que saco en mayo el comite pro bass, quien la hizo? que encuestadora fue", "unrouted_fact",
      "la_unnamed_pollster", month=(2022, 5)),
    q("cuantos dias antes de la general fue la ultima encuesta de alcalde de los angeles? para un trabajo de la "
      "uni", "unrouted_fact", "la_days_poll_to_stage", stage="general"),
    q("caruso cuantas encuestas encabezo? se que iba arriba en algunas pero no en muchas", "swallowed",
      "la_led_count", person=CARUSO),
    q("kevin de leon tambien se lanzo al senado en 2018 contra feinstein, pero en la primaria de alcalde cuantos "
      "votos saco?", "swallowed", "votes_of", person=KDL, stage="primary"),
    q("cuantos votos hubo en la primaria... no espera, en la general de alcalde de LA, cuantos votos en total?",
      "dropped_constraint", "total_votes", stage="general"),
    q("cuantos dias faltan para la primaria de alcalde en LA? todavia no mando mi boleta jaja", "unrouted_fact",
      "days_until", stage="primary"),
    q("hace cuantos dias fue la encuesta de fm3 sobre la alcaldia? parece que fue hace siglos", "unrouted_fact",
      "la_days_since", pollster=FM3),
)

q = maker("real", "files")
REAL_ROWS = (
    q("ok random but my grandma in florida keeps asking about maine lol. how many candidates were in the polls for "
      "the 2020 maine senate race? i know there were some independents", "unrouted_fact", "candidate_count", **ME20),
    q("who polled the 2020 maine senate race the most? collins vs gideon got polled to death", "unrouted_fact",
      "pollsters", **ME20),
    q("colby college how big was the sample in their last poll of the maine senate race in 2020? colby's my alma "
      "mater so i'm curious", "swallowed", "poll_attribute", pollster="Colby College", attribute="sample_size", **ME20),
    q("susan collins's worst poll number in 2020, what was it? everyone said she was toast and then she won",
      "swallowed", "file_min_share", name="Susan M. Collins", **ME20),
    q("what party was lisa savage in the 2020 maine senate race? i thought she was green but my friend says no",
      "unrouted_fact", "file_party", name="Lisa Savage", **ME20),
    q("forget the la mayor race for a sec - how many polls were there of the 2020 iowa senate race, ernst vs "
      "greenfield?", "unrouted_fact", "poll_count", **IA20),
    q("how many different pollsters covered the iowa senate race in 2018? oops no, 2020, ernst vs greenfield. i "
      "feel like selzer is the only one anyone trusts", "dropped_constraint", "pollster_count", **IA20),
    q("theresa greenfield's best poll in 2020, what was it? she was supposed to beat ernst", "swallowed",
      "files_also_named", derive="file_max_share", also=("Joni K. Ernst",), name="Theresa Greenfield", **IA20),
    q("when was the last poll of the 2020 iowa senate race? like the very last field date", "unrouted_fact",
      "newest_poll_date", **IA20),
    q("beto vs cruz 2018, who polled that race the most? i remember quinnipiac and yougov everywhere",
      "unrouted_fact", "pollsters", **TX18),
    q("when was the first poll of the 2018 texas senate race? like way before beto got famous", "unrouted_fact",
      "first_poll_date", **TX18),
    q("trafalgar how many people did they survey for their 2018 texas senate poll? they always claim huge samples",
      "swallowed", "poll_attribute", pollster="Trafalgar Group", attribute="sample_size", **TX18),
    q("in quinnipiac's last poll of cruz vs o'rourke in 2018, by how much was the leader ahead? i don't trust "
      "quinnipiac in texas", "unrouted_fact", "file_poll_lead", pollster="Quinnipiac University", **TX18),
    q("beto's highest number in any 2018 senate poll? i know he ran for president later but just the senate race",
      "swallowed", "file_max_share", name="Beto O'Rourke", **TX18),
    q("how many pollsters polled the 2024 pennsylvania senate race? casey vs mccormick felt like it had a new "
      "poll every day", "unrouted_fact", "pollster_count", **PA24),
    q("who polled casey vs mccormick the most in 2024? my guess is emerson but who knows", "unrouted_fact",
      "pollsters", **PA24),
    q("atlasintel how did they run their last pa senate poll in 2024, phone or online? they were weirdly accurate",
      "swallowed", "poll_attribute", pollster="AtlasIntel", attribute="method", **PA24),
    q("john c thomas what party was he in the 2024 pennsylvania senate race? he showed up in a few polls",
      "swallowed", "file_party", name="John C. Thomas", **PA24),
    q("when was the newest poll of the 2024 pa senate race? i want to see the final one before election day",
      "unrouted_fact", "newest_poll_date", **PA24),
    q("survation's last poll of casey vs mccormick in 2024 - how big was the leader's margin? they're a uk firm "
      "right", "unrouted_fact", "file_poll_lead", pollster="Survation", **PA24),
    q("how many candidates were in the polls for the 2024 arizona senate race? no wait, i meant 2018, sinema vs "
      "mcsally. the older one", "dropped_constraint", "candidate_count", **AZ18),
    q("how many polls did emerson do of the 2024 arizona senate race? they're everywhere", "unrouted_fact",
      "pollster_poll_count", pollster="Emerson", **AZ24),
    q("noble predictive how many people did they survey in their last arizona senate poll of 2024? they're a "
      "local firm right", "swallowed", "poll_attribute", pollster="Noble Predictive Insights",
      attribute="sample_size", **AZ24),
    q("kyrsten sinema what party was she listed as in the 2024 arizona senate polls? she used to be a democrat",
      "swallowed", "file_party", name="Kyrsten Sinema", **AZ24),
    q("what party was sinema in the 2018 arizona senate polls? i know she's an independent now but back then, "
      "against mcsally", "dropped_constraint", "files_also_named", derive="file_party",
      also=("Martha McSally",), name="Kyrsten Sinema", **AZ18),
    q("kari lake's best poll in the 2024 arizona senate race? she lost the governor race in 2022 too but i mean "
      "the senate one", "swallowed", "file_max_share", name="Kari Lake", **AZ24),
    q("how many days until the election in nebraska's 2nd district? the bacon vs vargas house race this year",
      "unrouted_fact", "file_days_until", **NE2),
    q("my friend loves karen bass lol. anyway, who polled the nebraska 2nd district house race in 2022 the most?",
      "unrouted_fact", "pollsters", **NE2),
    q("impact research who sponsored their poll of bacon vs vargas in 2022? sounds like a dem group", "swallowed",
      "poll_attribute", pollster="Impact Research", attribute="sponsor", **NE2),
    q("was the gbao poll of the 2022 ne-02 race likely voters or registered? i always forget to check",
      "unrouted_fact", "file_poll_population", pollster="GBAO", **NE2),
    q("how many candidates were polled in the 2022 ny-19 house race? molinaro, riley and... someone else?",
      "unrouted_fact", "candidate_count", **NY19),
    q("who polled new york's 19th district the most in 2022? i only ever saw siena", "unrouted_fact", "pollsters",
      **NY19),
    q("siena how big was their last poll of the ny-19 house race in 2022? spectrum news paid for it i think",
      "swallowed", "poll_attribute", pollster="Siena", attribute="sample_size", **NY19),
    q("how many runoff polls were there of perdue vs ossoff? the regular 2020 georgia senate race, not the "
      "warnock one", "dropped_constraint", "stage_poll_count", stage="runoff", **GA20),
    q("newest poll of the perdue ossoff runoff in 2020-21? the january one, not the november general",
      "dropped_constraint", "stage_latest_poll", stage="runoff", **GA20),
    q("how many different pollsters covered perdue vs ossoff in 2020? feels like dozens", "unrouted_fact",
      "pollster_count", **GA20),
    q("in atkinson county georgia in 2020, by how much did perdue beat ossoff? my cousin lives there and says "
      "it was a blowout", "swallowed", "count_margin", path=GA, contest=PERDUE),
    q("how many votes were cast in the perdue race in atkinson county ga in 2020? all candidates together",
      "unrouted_fact", "count_total", path=GA, contest=PERDUE),
    q("how many candidates were on the ballot for the loeffler special in atkinson county georgia in 2020? it "
      "was a jungle thing right", "unrouted_fact", "count_candidates", path=GA, contest=LOEFFLER),
    q("where did warnock finish in atkinson county in the 2020 special? i know he won statewide eventually",
      "swallowed", "count_place", path=GA, contest=LOEFFLER, choice_word="warnock"),
    q("who polled the 2020 north carolina governor race the most? cooper vs forest, not the tillis senate one",
      "dropped_constraint", "pollsters", **NCGOV20),
    q("roy cooper's worst poll number in the 2020 nc governor race? he won pretty easily i think", "swallowed",
      "file_min_share", name="Roy A. Cooper", **NCGOV20),
    q("how many candidates were in the 2020 north carolina governor polls? i only know cooper and forest",
      "unrouted_fact", "candidate_count", **NCGOV20),
    q("who did the most polling of desantis vs gillum in 2018? i was in tampa then and got called like 5 times",
      "unrouted_fact", "pollsters", **FLGOV18),
    q("trafalgar's last poll of the 2018 florida governor race, how big was the leader's edge? they were the "
      "only ones with desantis ahead i think", "unrouted_fact", "file_poll_lead", pollster="Trafalgar Group",
      **FLGOV18),
    q("the tulchin / j wallin poll of the 2018 california governor race (newsom vs cox, not the la mayor thing) "
      "- how many people did they survey?", "dropped_constraint", "poll_attribute",
      pollster="Tulchin Research/J. Wallin Opinion Research", attribute="sample_size", **CAGOV18),
    q("who paid for the tulchin wallin poll of newsom vs cox in 2018? some foundation i think", "unrouted_fact",
      "poll_attribute", pollster="Tulchin Research/J. Wallin Opinion Research", attribute="sponsor", **CAGOV18),
    q("how many people were in the berkeley poll of the 2018 california senate race, feinstein vs de leon? not "
      "the la mayor one, the senate one", "dropped_constraint", "poll_attribute",
      pollster="University of California, Berkeley", attribute="sample_size", **CASEN18),
    q("kevin de leon's best poll vs feinstein in 2018? before he ran for mayor", "swallowed", "files_also_named",
      derive="file_max_share", also=("Dianne Feinstein",), name="Kevin de León", **CASEN18),
    q("de leon's lowest poll number in the 2018 senate race against feinstein? he was pretty unknown statewide",
      "swallowed", "files_also_named", derive="file_min_share", also=("Dianne Feinstein",),
      name="Kevin de León", **CASEN18),
    q("msu billings was their 2024 montana senate poll registered voters, likely voters or what? tester vs "
      "sheehy", "swallowed", "file_poll_population", pollster="MSU - Billings", **MT24),
    q("how many candidates were in the 2024 ohio senate polls? brown, moreno, and the primary guys too i think",
      "unrouted_fact", "candidate_count", **OH24),
    q("how many days till the 2022 election in florida's 27th? salazar's house seat, my abuela wants to know",
      "unrouted_fact", "file_days_until", **FL27),
    q("when was the latest poll of the 2022 fl-27 house race? salazar vs taddeo", "unrouted_fact",
      "newest_poll_date", **FL27),
    q("cygnal how many people did they survey in their 2022 poll of florida's 27th district? seemed small",
      "swallowed", "poll_attribute", pollster="Cygnal Political", attribute="sample_size", **FL27),
    q("how many jungle primary polls were there of texas's 34th district in 2022? mayra flores's seat",
      "dropped_constraint", "stage_poll_count", stage="jungle primary", **TX34),
    q("how many candidates showed up in the polls for alaska's house seat in 2022? palin, begich, peltola and a "
      "bunch of others", "unrouted_fact", "candidate_count", **AK1),
    q("who polled the 2022 alaska house race the most? i think it's some local firm", "unrouted_fact", "pollsters",
      **AK1),
    q("who sponsored the last research & polling inc. poll of the 2018 new mexico governor race? lujan grisham vs "
      "pearce", "unrouted_fact", "poll_attribute", pollster="Research & Polling Inc.", attribute="sponsor",
      **NMGOV18),
    q("fm3 polled the alabama senate race in 2020 too apparently, not just la. how many people were in their "
      "last one?", "dropped_constraint", "poll_attribute", pollster="FM3 Research", attribute="sample_size", **AL20),
    q("epic-mra who sponsored their last poll of the 2020 michigan senate race? peters vs james", "swallowed",
      "poll_attribute", pollster="EPIC-MRA", attribute="sponsor", **MI20),
    q("by how many votes did harris win colorado in 2024? my brother in denver says it wasnt even close",
      "swallowed", "count_margin", path=CO, contest=PRES_CO),
    q("how many votes were cast for president in colorado in 2024, everyone combined? not just harris and trump",
      "unrouted_fact", "count_total", path=CO, contest=PRES_CO),
    q("how many candidates were on the colorado presidential ballot in 2024? felt like a lot of random tickets",
      "unrouted_fact", "count_candidates", path=CO, contest=PRES_CO),
    q("what was colorado's turnout in the 2024 general? they mail everyone a ballot so it must be high",
      "unrouted_fact", "clarity_turnout", path=CO),
    q("who won pueblo county colorado in 2024 for president? it used to be a dem stronghold i think",
      "unrouted_fact", "county_winner", path=CO, contest=PRES_CO, county="Pueblo"),
    q("where did rfk jr finish in colorado in 2024? he dropped out and endorsed trump but was still on the ballot "
      "there", "swallowed", "count_place",
      path=CO, contest=PRES_CO, choice_word="kennedy"),
    q("how many total votes were cast for president in pennsylvania in 2024? the official number, not a poll",
      "unrouted_fact", "medsl_total", state_po="PA"),
    q("by how much did trump win georgia in 2024? i know biden won it in 2020 but i mean this time",
      "swallowed", "medsl_margin", state_po="GA"),
    q("who won nevada in 2024 for president and with how many votes? my vegas friends are split",
      "ordinary", "medsl_winner", state_po="NV"),
    q("how many ballots were cast in cameron county pennsylvania in 2024? its like the smallest county there",
      "unrouted_fact", "cameron_ballots"),
    q("how many registered voters does cameron county pa have? for the 2024 general", "unrouted_fact",
      "cameron_registered"),
    q("who's leading in the 2024 arizona senate race? lake or gallego, i keep hearing different things",
      "ordinary", "leader", **AZ24),
    q("who's running in the 2022 nebraska 2nd district race? is it still bacon", "ordinary", "candidates", **NE2),
    q("what's the latest poll of the 2020 maine senate race? i know collins won but what did the last poll say",
      "ordinary", "latest_poll", **ME20),
)

q = maker("es", "files")
SPANISH_FILES_ROWS = (
    q("cuantos candidatos hubo en las encuestas del senado de arizona 2024? gallego, lake y sinema un rato, "
      "quien mas", "unrouted_fact", "candidate_count", **AZ24),
    q("sinema de que partido era en las encuestas del senado de arizona 2024? antes era democrata",
      "swallowed", "file_party", name="Kyrsten Sinema", **AZ24),
    q("quien hizo mas encuestas de beto contra cruz en 2018? el senado de texas", "unrouted_fact", "pollsters",
      **TX18),
    q("cuando fue la primera encuesta del senado de texas 2018? antes de que beto fuera famoso", "unrouted_fact",
      "first_poll_date", **TX18),
    q("cuantos dias faltan para la eleccion del distrito 27 de florida? la de maria elvira salazar este año",
      "unrouted_fact", "file_days_until", **FL27),
    q("cygnal a cuantas personas encuesto en el distrito 27 de florida en 2022? se me hizo poquito",
      "swallowed", "poll_attribute", pollster="Cygnal Political", attribute="sample_size", **FL27),
    q("cuantas encuestas de la primaria abierta hubo en el distrito 34 de texas en 2022? el de mayra flores",
      "dropped_constraint", "stage_poll_count", stage="jungle primary", **TX34),
    q("quien patrocino la ultima encuesta de research & polling del gobernador de nuevo mexico 2018? lujan "
      "grisham contra pearce", "unrouted_fact", "poll_attribute", pollster="Research & Polling Inc.",
      attribute="sponsor", **NMGOV18),
    q("por cuantos votos gano harris en colorado en 2024? mi hermano en denver dice que fue paliza",
      "swallowed", "count_margin", path=CO, contest=PRES_CO),
    q("cual fue la participacion en colorado en la eleccion general de 2024? alla votan por correo",
      "unrouted_fact", "clarity_turnout", path=CO),
    q("quien gano el condado de pueblo en colorado para presidente en 2024? antes era bien democrata",
      "unrouted_fact", "county_winner", path=CO, contest=PRES_CO, county="Pueblo"),
    q("cuantos votos hubo en total para presidente en texas en 2024? el numero oficial, no encuestas",
      "unrouted_fact", "medsl_total", state_po="TX"),
    q("por cuanto gano trump florida en 2024? mi abuelo en miami dice que por un monton", "swallowed",
      "medsl_margin", state_po="FL"),
    q("en el condado de atkinson georgia en 2020, por cuanto le gano perdue a ossoff? mi prima vive ahi",
      "swallowed", "count_margin", path=GA, contest=PERDUE),
    q("cuantos candidatos hubo en la especial de loeffler en el condado de atkinson en 2020? era de esas "
      "elecciones con todos juntos", "unrouted_fact", "count_candidates", path=GA, contest=LOEFFLER),
    q("cual fue el peor numero de kevin de leon contra feinstein en 2018? antes de lanzarse a alcalde",
      "swallowed", "files_also_named", derive="file_min_share", also=("Dianne Feinstein",),
      name="Kevin de León", **CASEN18),
    q("cuantas encuestadoras hubo en la carrera de casey contra mccormick en 2024? el senado de pensilvania",
      "unrouted_fact", "pollster_count", **PA24),
    q("msu billings su encuesta del senado de montana 2024 fue de votantes probables o de adultos? tester "
      "contra sheehy", "swallowed", "file_poll_population", pollster="MSU - Billings", **MT24),
    q("cuantas encuestas hubo de la segunda vuelta de perdue contra ossoff? la regular de georgia 2020, no la de "
      "warnock", "dropped_constraint", "stage_poll_count", stage="runoff", **GA20),
    q("cuantos candidatos salieron en las encuestas de la camara de alaska en 2022? palin, begich, peltola y "
      "otros", "unrouted_fact", "candidate_count", **AK1),
    q("quien encuesto mas el distrito 2 de nebraska en 2022? bacon contra vargas", "unrouted_fact", "pollsters",
      **NE2),
    q("de que partido era lisa savage en la eleccion al senado de maine 2020? pense que era verde",
      "unrouted_fact", "file_party", name="Lisa Savage", **ME20),
)

FRESH35_SET = (*LA_ROWS, *SPANISH_LA_ROWS, *REAL_ROWS, *SPANISH_FILES_ROWS)
