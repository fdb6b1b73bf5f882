"""The nineteenth fresh dev batch: LA answers that state something the question rules out.

Written by a helper session that read neither the engine (`bot/`), the sealed rows, the other dev rows (only the
docstring and first rows of `fresh18_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `bundle.py`, the derivations of `derive_la.py` and
`derive_more.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, the READMEs) and the two LA bundles. Polls
(pollster, population, field and reported days, subgroups), endorsements (endorser kinds and descriptions), stages
and results were listed with scripts over `la_race()`. Other surnames were found with a script: 1990 Census surnames
(`names` package, >= 0.002%) one or two letters from a candidate's, an endorser's or a pollster's surname and absent
from both bundles (basso, bates, banks, bays, buss; carson, carlson, caputo, corso; delong, dillon, lyons, leong;
avila, vela, viera; king, sim, lam; gibson, nelson; jameson, dickson; meyer, bauer (Feuer); sharma, garza (Varma);
wall (Lall); greene (Greiwe); berry, gardner, bowen, farris, clifton, brooker, badillo, saunders, webber, potter,
guerra, sedillo, lusk for endorsers; wallis for Wallin; and longoria), plus a candidate's surname with another given
name ("ashley bass", "tony kim", "sarah wilson", "michael jackson", "jim caruso", "carlos de leon", "maria bass",
"jose kim"), each checked by `nobody` / `la_other_given`. The Buscaino surname has no Census surname within two
letters, so it is not asked that way.

What it hunts: LA answers that state something the question rules out, in the two kinds hardest for the engine.
Other surnames at the start, the end or inside a long message, possessive ("basso's numbers"), with a race term ("is
basso running for mayor of LA"), in a list with real candidates ("bass, caruso, de leon and dillon", "caruso vs
buss"), endorsers' and pollsters' surnames one letter off ("katy berry", "bernie saunders", "the wallis poll").
Dropped constraints: a pollster that never polled LA (Emerson, Quinnipiac, SurveyUSA, PPIC, YouGov, Monmouth,
Rasmussen, Pepperdine, UCLA, Siena); a month or year with no poll (of anyone, or of the pollster named: Berkeley in
May and January, Wallin in August, LMU in October 2022, FM3 in January 2022, 2020); a group a named poll did not
report (women, Democrats and the Valley in Wallin's; Black voters in FM3's; Latinos in LMU's and February IGS's;
Asian voters in August IGS's; independents in November IGS's) or no poll reports (seniors, young and Jewish voters);
a part of the city (the Westside, South LA, the Eastside; the Valley where the August poll does report it); a stage
(KDL, Viola, Kim in the general; Lall in the primary; third place in a two-way general; the last poll before and the
first after the primary); a kind of endorser (unions, celebrities, newspapers, city council members, sitting
senators); a population (registered voters in the final IGS poll and in Wallin's; likely voters in LMU's); two
constraints at once (a group and a population of one month's poll); negations ("who besides bass made the runoff",
"not counting bass and caruso", "the newest poll that wasnt from berkeley", "other than berkeley igs", "besides
buscaino, who else dropped out", "newspapers other than the la times", "other than the police union, did any union").
Forms: the constraint first ("in the june primary, how many votes..."), after a comma at the end, in parentheses, two
questions in one message ("feuer dropped out right? who'd he back...", "was there a wallin poll in august...? if so
who led").

New derivations in `derive_more.py` (section "LA (fresh19)"): la_pollsters_besides, la_endorsers_besides,
la_withdrawn_besides (what is left once the named ones are set aside), la_lacks (a lack asked in Spanish: another LA
derivation must find nothing, and the answer may say so in Spanish or English words).

201 rows, all source "la": 155 "la", 46 "es". By kind: other_surname 70 (la 56, es 14), dropped_constraint 90 (la 68,
es 22), unrouted_fact 27 (la 20, es 7), swallowed 14 (la 11, es 3).

Rewordings before any score: 13 first drafts equal to dev phrasings (the overlap check printed only this module's
rows) were reworded by adding chatter or changing the words around the question ("emerson poll la mayor" -> "emerson
la mayor poll numbers pls", "any la mayor polls from july 2022?" -> "july 2022: were there any polls of the la mayor
race that month?", ...); three more were reworded at the same time for variety of form (two questions in one).

First score, rows as first written (`99f6b92`), engine on this branch's base `ff70f8a`:
```
overall: 188/201 right (93.5%), 6 ruled out
  group la                   144/155 right (92.9%), 5 ruled out
  group es                   44/46 right (95.7%), 1 ruled out
  kind swallowed            14/14 right (100.0%), 0 ruled out
  kind other_surname        70/70 right (100.0%), 0 ruled out
  kind dropped_constraint   78/90 right (86.7%), 6 ruled out
  kind unrouted_fact        26/27 right (96.3%), 0 ruled out
ruled_out: 6
grades: {'right': 188, 'ruled_out': 6, 'wrong': 7}
```

Corrections after the first score: none. Each of the 13 misses was read only to judge whether the row itself was
unfair, and each has one right answer the data holds: "registered voters in the final igs poll ..." and its Spanish
twin ("... la ultima encuesta de igs ...") name the last IGS poll (November 3), which gives likely voters only (the
October poll's registered-voter figure is not the final poll's); "ucla poll", "eastside voters" are lacks; "the newest
la mayor poll that wasnt from berkeley" is Wallin's; "first poll after the la mayor primary" is August IGS's;
"which la city council members endorsed caruso" names Caruso's race (Buscaino, Cedillo); "among registered voters
(not likely)" sets registered against likely voters; the negations ("besides buscaino", "aparte de buscaino",
"other than the la times", "other than the police union") each leave a definite rest; "racked up the most
endorsements" is Bass. Score after corrections: the same as the first score.
"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

la = maker("la", "la")
es = maker("es", "la")

BERKELEY = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
VIOLA, WILSON, KIM, GREIWE = "Gina Viola", "Mel Wilson", "Andrew Kim", "Craig Greiwe"
BUSCAINO, FEUER, LALL = "Joe Buscaino", "Mike Feuer", "Jessica Lall"
LAT, LAPPL = "Los Angeles Times", "Los Angeles Police Protective League"

# ------------------------------------------------------------------------------------------------ other surnames
LA_OTHER_SURNAME_SET: tuple[DevQuestion, ...] = (
    # one or two letters from a candidate, with the candidate's given name or none
    la("basso's numbers in the la mayor race?", "other_surname", "nobody", missing=("basso",)),
    la("is basso running for mayor of LA", "other_surname", "nobody", missing=("basso",)),
    la("yo whats karen bates polling at for la mayor", "other_surname", "nobody", missing=("bates",)),
    la("ok real question, karen banks, is she winning the LA mayor thing or nah", "other_surname", "nobody",
       missing=("banks",)),
    la("what did rick carson get in the la mayoral primary", "other_surname", "nobody", missing=("carson",)),
    la("rick carlson vs karen bass for la mayor, who's up", "other_surname", "nobody", missing=("carlson",)),
    la("caputo la mayor endorsements", "other_surname", "nobody", missing=("caputo",)),
    la("how many votes did rick corso pull in the LA mayor race", "other_surname", "nobody", missing=("corso",)),
    la("kevin delong la mayor primary results", "other_surname", "nobody", missing=("delong",)),
    la("any polls on kevin dillon for mayor of los angeles", "other_surname", "nobody", missing=("dillon",)),
    la("gina avila in the la mayor primary, how'd she do", "other_surname", "nobody", missing=("avila",)),
    la("how did vela do in the los angeles mayoral primary?", "other_surname", "nobody", missing=("vela",)),
    la("gina viera la mayor votes??", "other_surname", "nobody", missing=("viera",)),
    la("andrew king la mayor 2022 primary share", "other_surname", "nobody", missing=("king",)),
    la("where did andrew sim finish in the la mayor primary", "other_surname", "nobody", missing=("sim",)),
    la("is mel gibson running for la mayor lmao", "other_surname", "nobody", missing=("gibson",)),
    la("mel nelson, la mayor race, did he make the runoff", "other_surname", "nobody", missing=("nelson",)),
    la("jameson LA mayor 2022 result", "other_surname", "nobody", missing=("jameson",)),
    la("did john dickson drop out of the la mayor race", "other_surname", "nobody", missing=("dickson",)),
    la("mike meyer la mayor, did he quit before the primary", "other_surname", "nobody", missing=("meyer",)),
    la("who did mike bauer endorse for mayor of la after he dropped out", "other_surname", "nobody",
       missing=("bauer",)),
    la("ramit sharma la mayor race, who'd he back", "other_surname", "nobody", missing=("sharma",)),
    la("garza for la mayor? polls?", "other_surname", "nobody", missing=("garza",)),
    la("jessica wall la mayor, when did she withdraw", "other_surname", "nobody", missing=("wall",)),
    la("craig greene la mayor primary numbers", "other_surname", "nobody", missing=("greene",)),
    la("la mayor: did kevin lyons make the runoff", "other_surname", "nobody", missing=("lyons",)),
    la("kevin leong polling la mayor", "other_surname", "nobody", missing=("leong",)),
    la("what % did andrew lam get in the la mayor primary", "other_surname", "nobody", missing=("lam",)),
    la("longoria in the la mayor race?", "other_surname", "nobody", missing=("longoria",)),
    # endorsers' and pollsters' surnames, one or two letters off
    la("did katy berry endorse caruso for la mayor", "other_surname", "nobody", missing=("berry",)),
    la("jennifer gardner endorsed bass for la mayor right?", "other_surname", "nobody", missing=("gardner",)),
    la("did joe bowen endorse karen bass for mayor", "other_surname", "nobody", missing=("bowen",)),
    la("kamala farris endorsement la mayor", "other_surname", "nobody", missing=("farris",)),
    la("hillary clifton backed bass in the la mayor race?", "other_surname", "nobody", missing=("clifton",)),
    la("cory brooker endorse bass for LA mayor?", "other_surname", "nobody", missing=("brooker",)),
    la("did alex badillo endorse anyone for la mayor", "other_surname", "nobody", missing=("badillo",)),
    la("bernie saunders endorse karen bass la mayor", "other_surname", "nobody", missing=("saunders",)),
    la("did shirley webber back bass for la mayor", "other_surname", "nobody", missing=("webber",)),
    la("katie potter endorsed bass for mayor of los angeles?", "other_surname", "nobody", missing=("potter",)),
    la("dolores guerra endorsement in the la mayor race", "other_surname", "nobody", missing=("guerra",)),
    la("gil sedillo endorse caruso for la mayor", "other_surname", "nobody", missing=("sedillo",)),
    la("elon lusk endorsed caruso for la mayor lol", "other_surname", "nobody", missing=("lusk",)),
    la("what did the wallis poll say about la mayor", "other_surname", "nobody", missing=("wallis",)),
    # a candidate's surname with another given name
    la("ashley bass la mayor polls", "other_surname", "la_other_given", given="ashley", surname="bass"),
    la("tony kim for la mayor how'd he do", "other_surname", "la_other_given", given="tony", surname="kim"),
    la("sarah wilson la mayor primary votes", "other_surname", "la_other_given", given="sarah", surname="wilson"),
    la("is michael jackson on the la mayor ballot lol", "other_surname", "la_other_given", given="michael",
       surname="jackson"),
    la("jim caruso la mayor race numbers", "other_surname", "la_other_given", given="jim", surname="caruso"),
    la("carlos de leon la mayor primary votes", "other_surname", "la_other_given", given="carlos", surname="leon"),
    # inside long messages, in lists with real candidates, at the end
    la("so my uncle keeps saying some guy named tom basso is gonna be the next la mayor and i told him thats not "
       "even a real candidate but now im not sure, is basso in the race or what", "other_surname", "nobody",
       missing=("basso",)),
    la("quick one before i vote: bass, caruso, de leon and dillon, who's leading for LA mayor", "other_surname",
       "nobody", missing=("dillon",)),
    la("is it bass or carson winning the la mayor race", "other_surname", "nobody", missing=("carson",)),
    la("i keep seeing ads for karen bays, how's she doing for la mayor", "other_surname", "nobody",
       missing=("bays",)),
    la("mayor of LA race, caruso vs buss, who won", "other_surname", "nobody", missing=("buss",)),
    la("who's ahead for la mayor, i mean between viola and avila", "other_surname", "nobody", missing=("avila",)),
    la("la mayor primary results for bass caruso and bates pls", "other_surname", "nobody", missing=("bates",)),
)

ES_OTHER_SURNAME_SET: tuple[DevQuestion, ...] = (
    es("cuantos votos saco rick corso en la primaria de alcalde de los angeles", "other_surname", "nobody",
       missing=("corso",)),
    es("karen bates va ganando la alcaldia de LA?", "other_surname", "nobody", missing=("bates",)),
    es("como le fue a gina avila en la eleccion de alcalde de los angeles", "other_surname", "nobody",
       missing=("avila",)),
    es("kevin delong sigue en la carrera por la alcaldia de LA?", "other_surname", "nobody", missing=("delong",)),
    es("a quien apoyo katy berry para alcalde de los angeles", "other_surname", "nobody", missing=("berry",)),
    es("es cierto que bernie saunders apoyo a bass para alcaldesa de LA", "other_surname", "nobody",
       missing=("saunders",)),
    es("encuesta de wallis para alcalde de la", "other_surname", "nobody", missing=("wallis",)),
    es("maria bass es candidata a alcaldesa de los angeles?", "other_surname", "la_other_given", given="maria",
       surname="bass"),
    es("cuantos votos tuvo jose kim en la primaria de alcalde de LA", "other_surname", "la_other_given",
       given="jose", surname="kim"),
    es("longoria se lanzo para alcalde de los angeles?", "other_surname", "nobody", missing=("longoria",)),
    es("mel gibson es candidato a alcalde de LA? jaja", "other_surname", "nobody", missing=("gibson",)),
    es("oye y el tal basso, cuanto tiene en las encuestas de alcalde de LA", "other_surname", "nobody",
       missing=("basso",)),
    es("dolores guerra apoyo a karen bass para alcaldesa de LA?", "other_surname", "nobody", missing=("guerra",)),
    es("juan garza alcalde los angeles 2022 resultados", "other_surname", "nobody", missing=("garza",)),
)

# ------------------------------------------------------------------------------------------------ dropped constraints
LA_DROPPED_SET: tuple[DevQuestion, ...] = (
    # a pollster that never polled the race
    la("emerson la mayor poll numbers pls", "dropped_constraint", "nobody", missing=("emerson",)),
    la("did quinnipiac ever poll the LA mayor race", "dropped_constraint", "nobody", missing=("quinnipiac",)),
    la("surveyusa numbers for bass vs caruso?", "dropped_constraint", "nobody", missing=("surveyusa",)),
    la("ppic poll on the los angeles mayoral race", "dropped_constraint", "nobody", missing=("ppic",)),
    la("what does yougov have for the la mayor race", "dropped_constraint", "nobody", missing=("yougov",)),
    la("in the monmouth poll of la mayor who leads", "dropped_constraint", "nobody", missing=("monmouth",)),
    la("la mayor race (rasmussen poll) whos winning", "dropped_constraint", "nobody", missing=("rasmussen",)),
    la("the pepperdine poll of the la mayors race, bass or caruso?", "dropped_constraint", "nobody",
       missing=("pepperdine",)),
    la("ucla poll la mayor primary", "dropped_constraint", "nobody", missing=("ucla",)),
    # a month or year with no poll (of anyone, or of the pollster named)
    la("july 2022: were there any polls of the la mayor race that month?", "dropped_constraint", "poll_in_month",
       year=2022, month=7),
    la("in december 2021, what did the LA mayor polling look like", "dropped_constraint", "poll_in_month",
       year=2021, month=12),
    la("berkeley poll of the la mayor race in may", "dropped_constraint", "poll_in_month", year=2022, month=5,
       pollster=BERKELEY),
    la("was there a wallin poll in august for la mayor? if so who led", "dropped_constraint", "poll_in_month",
       year=2022, month=8,
       pollster=WALLIN),
    la("lmu la mayor poll, the one in october 2022", "dropped_constraint", "poll_in_month", year=2022, month=10,
       pollster=LMU),
    la("2020 la mayor polls", "dropped_constraint", "la_no_poll", missing=("2020",), year=2020),
    la("fm3 poll for la mayor in january 2022", "dropped_constraint", "poll_in_month", year=2022, month=1,
       pollster=FM3),
    la("la mayor: who led the march 2021 poll", "dropped_constraint", "poll_in_month", year=2021, month=3),
    # a group of voters the poll named did not report, or no poll reports
    la("how are women voting in the wallin la mayor poll", "dropped_constraint", "la_no_group", group="women",
       pollster=WALLIN),
    la("black voters in the fm3 poll for la mayor?", "dropped_constraint", "la_no_group", group="black",
       pollster=FM3),
    la("latinos in the february igs poll of the la mayor race, who led", "dropped_constraint", "la_no_group",
       group="latino", pollster=BERKELEY, month=(2022, 2)),
    la("asian voters, august berkeley la mayor poll", "dropped_constraint", "la_no_group", group="asian",
       pollster=BERKELEY, month=(2022, 8)),
    la("in the lmu poll, how did bass do with latino voters (la mayor)", "dropped_constraint", "la_no_group",
       group="latino", pollster=LMU),
    la("what about independents in the nov igs poll for la mayor", "dropped_constraint", "la_no_group",
       group="independent", pollster=BERKELEY, month=(2022, 11)),
    la("seniors, la mayor poll, who are they voting for", "dropped_constraint", "nobody", missing=("seniors",)),
    la("la mayor race: young voters, bass or caruso?", "dropped_constraint", "nobody", missing=("young",)),
    la("how is caruso doing with jewish voters in the LA mayor race", "dropped_constraint", "nobody",
       missing=("jewish",)),
    # a part of the city
    la("bass's numbers on the westside? la mayor", "dropped_constraint", "nobody", missing=("westside",)),
    la("who's winning south la in the mayor race", "dropped_constraint", "nobody", missing=("south la",)),
    la("la mayor: eastside voters, bass or caruso", "dropped_constraint", "nobody", missing=("eastside",)),
    la("wallin poll of la mayor, the san fernando valley numbers?", "dropped_constraint", "la_no_group",
       group="valley", pollster=WALLIN),
    la("in the august igs poll who was ahead in the valley (la mayor)", "dropped_constraint", "la_group_leader",
       group="valley", pollster=BERKELEY, month=(2022, 8)),
    # a stage
    la("kdl in the general election for la mayor, how many votes", "dropped_constraint", "la_not_in_stage",
       person=KDL, stage="general"),
    la("gina viola runoff numbers la mayor", "dropped_constraint", "la_not_in_stage", person=VIOLA,
       stage="general"),
    la("how many votes did jessica lall get in the june primary for la mayor", "dropped_constraint",
       "la_not_in_stage", person=LALL, stage="primary"),
    la("andrew kim's share in the november la mayor election", "dropped_constraint", "la_not_in_stage",
       person=KIM, stage="general"),
    la("in the june primary, how many votes did caruso get (la mayor)", "dropped_constraint", "votes_of",
       person=CARUSO, stage="primary"),
    la("bass vote share for la mayor, the general not the primary", "dropped_constraint", "result_of",
       person=BASS, stage="general"),
    la("who won the la mayor primary? the june one i mean, not the runoff", "dropped_constraint", "winner",
       stage="primary"),
    la("who finished third in the november la mayor election", "dropped_constraint", "no_place", stage="general",
       place=3),
    la("last la mayor poll before the june primary, who led", "dropped_constraint", "la_poll_before",
       stage="primary"),
    la("first poll after the la mayor primary, who was ahead", "dropped_constraint", "la_poll_after",
       stage="primary"),
    # a kind of endorser
    la("which unions backed kevin de leon for la mayor", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="union"),
    la("kdl celebrity endorsements la mayor?", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="celebrity"),
    la("newspapers that endorsed caruso for mayor", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="newspaper"),
    la("what union endorsed karen bass for la mayor", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="union"),
    la("which la city council members endorsed caruso", "dropped_constraint", "endorsers_described",
       candidate=CARUSO, words=("City Council",)),
    la("which sitting senators endorsed bass for la mayor", "dropped_constraint", "endorsers_described",
       candidate=BASS, words=("U.S. Senator",), without=("Former",)),
    la("did any celebs endorse gina viola for la mayor", "dropped_constraint", "endorsers_of", candidate=VIOLA,
       endorser_type="celebrity"),
    # a population
    la("caruso among registered voters in the february berkeley la mayor poll", "dropped_constraint",
       "la_poll_pick", pollster=BERKELEY, month=(2022, 2), population="rv", person=CARUSO),
    la("registered voters in the final igs poll of the LA mayor race, bass's number", "dropped_constraint",
       "la_no_poll", missing=("registered",), pollster=BERKELEY, month=(2022, 11), population="rv"),
    la("la mayor, wallin poll: what'd registered voters say (not likely voters)", "dropped_constraint",
       "la_no_poll", missing=("registered",), pollster=WALLIN, population="rv"),
    la("lmu la mayor poll likely voters, who led", "dropped_constraint", "la_no_poll", missing=("likely",),
       pollster=LMU, population="lv"),
    la("among registered voters (not likely), what's the newest la mayor poll and who led it", "dropped_constraint",
       "la_population_latest_poll", population="rv"),
    la("in the october igs poll, likely voters only, bass vs caruso for la mayor", "dropped_constraint",
       "la_poll_pick", pollster=BERKELEY, month=(2022, 10), population="lv"),
    # two constraints at once
    la("bass with latino likely voters in the october berkeley la mayor poll", "dropped_constraint",
       "la_group_share", person=BASS, group="Latino", pollster=BERKELEY, month=(2022, 10), population="lv"),
    la("caruso among latino registered voters, the october igs la mayor poll", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Latino", pollster=BERKELEY, month=(2022, 10), population="rv"),
    la("in the april igs la mayor poll, de leon with latino likely voters?", "dropped_constraint",
       "la_group_share", person=KDL, group="Latino", pollster=BERKELEY, month=(2022, 4)),
    la("wallin la mayor poll, bass among black voters", "dropped_constraint", "la_group_share", person=BASS,
       group="Black", pollster=WALLIN),
    la("asian voters in the october igs la mayor poll, caruso's number", "dropped_constraint", "la_group_share",
       person=CARUSO, group="Asian", pollster=BERKELEY, month=(2022, 10)),
    la("viola's share in the april berkeley poll for la mayor", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 4), person=VIOLA),
    la("caruso in the june igs poll of la mayor", "dropped_constraint", "la_poll_share", pollster=BERKELEY,
       person=CARUSO, month=(2022, 6)),
    # a negation
    la("who besides bass made the la mayor runoff", "dropped_constraint", "top_two", stage="primary"),
    la("not counting bass and caruso, who got the most votes in the la mayor primary", "dropped_constraint",
       "rank", stage="primary", place=3),
    la("the newest la mayor poll that wasnt from berkeley, who led it", "dropped_constraint", "la_poll_fact",
       attribute="leader", pollster=WALLIN),
    la("who polled the la mayor race other than berkeley igs", "dropped_constraint", "la_pollsters_besides",
       besides=BERKELEY),
    la("besides buscaino, who else dropped out of the la mayor race", "dropped_constraint", "la_withdrawn_besides",
       besides=(BUSCAINO,)),
    la("newspapers other than the la times that endorsed bass", "dropped_constraint", "la_endorsers_besides",
       candidate=BASS, besides=(LAT,), endorser_type="newspaper"),
    la("other than the police union, did any union endorse caruso for la mayor", "dropped_constraint",
       "la_endorsers_besides", candidate=CARUSO, besides=(LAPPL,), endorser_type="union"),
)

ES_DROPPED_SET: tuple[DevQuestion, ...] = (
    es("oigan, hay alguna encuesta de emerson sobre la alcaldia de los angeles o no", "dropped_constraint", "nobody",
       missing=("emerson",)),
    es("hay encuestas de alcalde de LA de julio de 2022?", "dropped_constraint", "la_no_poll",
       missing=("julio", "july"), month=(2022, 7)),
    es("encuesta de wallin de agosto para alcalde de la", "dropped_constraint", "la_no_poll",
       missing=("agosto", "august"), pollster=WALLIN, month=(2022, 8)),
    es("como van las mujeres en la encuesta de wallin para alcalde de LA", "dropped_constraint", "la_lacks",
       lacks="la_no_group", said=("mujeres", "women"), group="women", pollster=WALLIN),
    es("como le fue a de leon en la segunda vuelta de alcalde de LA", "dropped_constraint", "la_not_in_stage",
       person=KDL, stage="general"),
    es("cuantos votos saco caruso en la primaria de junio para alcalde de LA", "dropped_constraint", "votes_of",
       person=CARUSO, stage="primary"),
    es("que sindicatos apoyaron a kevin de leon para alcalde", "dropped_constraint", "la_lacks",
       lacks="endorsers_of", said=("sindicato*", "union*"), candidate=KDL, endorser_type="union"),
    es("que periodicos apoyaron a caruso para alcalde de los angeles", "dropped_constraint", "endorsers_of",
       candidate=CARUSO, endorser_type="newspaper"),
    es("en la encuesta de igs de octubre para alcalde de LA, caruso entre latinos registrados",
       "dropped_constraint", "la_group_share", person=CARUSO, group="Latino", pollster=BERKELEY,
       month=(2022, 10), population="rv"),
    es("bass con votantes negros en la encuesta de wallin (alcalde LA)", "dropped_constraint", "la_group_share",
       person=BASS, group="Black", pollster=WALLIN),
    es("quien iba ganando en el valle de san fernando en la encuesta de agosto de berkeley para alcalde",
       "dropped_constraint", "la_group_leader", group="valley", pollster=BERKELEY, month=(2022, 8)),
    es("encuesta de siena para la alcaldia de los angeles", "dropped_constraint", "nobody", missing=("siena",)),
    es("aparte de bass, quien paso a la segunda vuelta en LA", "dropped_constraint", "top_two", stage="primary"),
    es("sin contar a bass ni a caruso, quien saco mas votos en la primaria de alcalde de LA", "dropped_constraint",
       "rank", stage="primary", place=3),
    es("votantes registrados en la ultima encuesta de igs para alcalde de LA, cuanto tenia bass",
       "dropped_constraint", "la_no_poll", missing=("registrad*", "registered"), pollster=BERKELEY,
       month=(2022, 11), population="rv"),
    es("la encuesta de lmu para alcalde de LA, cuanto saco buscaino", "dropped_constraint", "la_poll_share",
       pollster=LMU, person=BUSCAINO),
    es("quien quedo tercero en la general de noviembre para alcalde de los angeles", "dropped_constraint",
       "no_place", stage="general", place=3),
    es("cuanto saco bass entre votantes probables latinos en la encuesta de octubre de berkeley (alcalde LA)",
       "dropped_constraint", "la_group_share", person=BASS, group="Latino", pollster=BERKELEY, month=(2022, 10),
       population="lv"),
    es("hay datos de los jovenes en las encuestas de alcalde de LA?", "dropped_constraint", "nobody",
       missing=("jovenes", "young")),
    es("quien mas se retiro de la carrera de alcalde aparte de buscaino", "dropped_constraint",
       "la_withdrawn_besides", besides=(BUSCAINO,)),
    es("encuesta de berkeley de mayo para alcalde de los angeles", "dropped_constraint", "la_no_poll",
       missing=("mayo", "may"), pollster=BERKELEY, month=(2022, 5)),
    es("que celebridades apoyaron a gina viola para alcaldesa", "dropped_constraint", "la_lacks",
       lacks="endorsers_of", said=("celebridad*", "celebrit*"), candidate=VIOLA, endorser_type="celebrity"),
)

# ------------------------------------------------------------------------------------------------ the rest
LA_REST_SET: tuple[DevQuestion, ...] = (
    la("total votes in the la mayor primary, all candidates combined?", "unrouted_fact", "total_votes",
       stage="primary"),
    la("turnout for the la mayor general election?", "unrouted_fact", "turnout_of"),
    la("for the mayor race, how many registered voters are there in LA total", "unrouted_fact", "registered_voters"),
    la("how many polls of the la mayor race are there in total", "unrouted_fact", "la_poll_count"),
    la("how many different pollsters did the la mayor race", "unrouted_fact", "la_pollster_count"),
    la("how many la mayor candidates dropped out", "unrouted_fact", "withdrawn_count"),
    la("gap between de leon and viola in the la mayor primary", "unrouted_fact", "gap", first=KDL, second=VIOLA,
       stage="primary"),
    la("biggest sample size of any la mayor poll", "unrouted_fact", "la_sample_extreme", largest=True),
    la("how many days till the la mayor primary from today", "unrouted_fact", "days_until", stage="primary"),
    la("how many endorsements does caruso have for la mayor", "unrouted_fact", "endorsement_count",
       candidate=CARUSO),
    la("which la mayor candidate has racked up the most endorsements", "unrouted_fact", "la_most_endorsed"),
    la("when was the first la mayor poll taken", "unrouted_fact", "first_poll_day"),
    la("what method did the wallin la mayor poll use", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="method"),
    la("who sponsored that wallin la mayor poll, like who paid for it", "unrouted_fact", "la_poll_fact",
       attribute="sponsor",
       pollster=WALLIN),
    la("lowest bass ever polled in the la mayor race", "unrouted_fact", "la_min_share", person=BASS),
    la("caruso's best poll number for la mayor", "unrouted_fact", "la_max_share", person=CARUSO),
    la("when did jessica lall drop out of the la mayor race", "unrouted_fact", "withdrawal_month", person=LALL),
    la("when did emily's list endorse bass for la mayor", "unrouted_fact", "endorsement_date",
       endorser="EMILY's List", candidate=BASS),
    la("how many days between the la mayor primary and general", "unrouted_fact", "days_between",
       first="primary", second="general"),
    la("la mayor: how many polls were of registered voters", "unrouted_fact", "la_population_count",
       population="rv"),
    # swallowed: question words run into a name
    la("how much did caruso lose the la mayor race by", "swallowed", "margin", stage="general"),
    la("what did de leon get in the primary for la mayor, percent wise", "swallowed", "result_of",
       person=KDL, stage="primary"),
    la("who did buscaino endorse when he dropped out of the la mayor race", "swallowed", "endorsed_by",
       endorser=BUSCAINO),
    la("how many votes viola got in the primary for la mayor", "swallowed", "votes_of", person=VIOLA,
       stage="primary"),
    la("where'd gina viola finish in the la mayor primary", "swallowed", "place_of", person=VIOLA,
       stage="primary"),
    la("whats caruso at in the final igs la mayor poll", "swallowed", "la_poll_pick", pollster=BERKELEY,
       month=(2022, 11), person=CARUSO),
    la("how'd kim do in the la mayor primary", "swallowed", "result_of", person=KIM, stage="primary"),
    la("when did bass get obama's endorsement for la mayor", "swallowed", "endorsement_date",
       endorser="Barack Obama", candidate=BASS),
    la("how many votes'd greiwe get for la mayor", "swallowed", "votes_of", person=GREIWE, stage="primary"),
    la("feuer dropped out right? who'd he back after quitting the la mayor race", "swallowed", "endorsed_by",
       endorser=FEUER),
    la("did mel wilson lose in the la mayor primary", "swallowed", "outcome", person=WILSON),
)

ES_REST_SET: tuple[DevQuestion, ...] = (
    es("por cuanto gano bass la general de alcalde de LA", "swallowed", "margin", stage="general"),
    es("cuantos votos hubo en total en la primaria de alcalde de los angeles", "unrouted_fact", "total_votes",
       stage="primary"),
    es("una pregunta, cuantas encuestas se hicieron en total para alcalde de LA", "unrouted_fact", "la_poll_count"),
    es("en que lugar quedo gina viola en la primaria de alcalde de LA", "unrouted_fact", "place_of",
       person=VIOLA, stage="primary"),
    es("cuantos dias faltan para la segunda vuelta de alcalde de LA", "unrouted_fact", "days_until",
       stage="general"),
    es("a quien apoyo buscaino cuando se retiro de la carrera de alcalde", "swallowed", "endorsed_by",
       endorser=BUSCAINO),
    es("cuanto saco caruso en la general de alcalde de LA", "swallowed", "result_of", person=CARUSO,
       stage="general"),
    es("cuando se retiro jessica lall de la carrera de alcalde de LA", "unrouted_fact", "withdrawal_month",
       person=LALL),
    es("de que partido es karen bass, la candidata a alcaldesa de LA", "unrouted_fact", "party_of", person=BASS),
    es("que porcentaje de participacion hubo en la eleccion de alcalde de los angeles", "unrouted_fact", "turnout_of"),
)

# The whole batch, as the dev set takes it.
FRESH19_SET: tuple[DevQuestion, ...] = (*LA_OTHER_SURNAME_SET, *ES_OTHER_SURNAME_SET, *LA_DROPPED_SET, *ES_DROPPED_SET,
                                        *LA_REST_SET, *ES_REST_SET)
