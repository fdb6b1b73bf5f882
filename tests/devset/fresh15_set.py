"""The fifteenth fresh dev batch: the LA race, everything people ask, in the proportions of real traffic.

Written on 2026-12-07 by a helper session that read neither the engine (`bot/engine/`), the sealed rows, the other
dev rows (only the docstring and first lines of `fresh8_set.py`, for the format) nor `tests/engine/*`: only the
machinery (`tests/sealed/question.py`, `expect.py`, `check.py`, `derive_la.py`, `bundle.py`, the READMEs,
`tests/devset/question.py`, `derive_more.py`, `overlap.py`) and the LA bundle, dumped with a script over `la_race()`
(candidates and statuses, every poll with its fields and subgroups, every endorsement with its kind and date, both
stages' results). No new derivation was needed: every row uses one of `derive_la.DERIVE` or `derive_more.DERIVE_LA`.

What it hunts: the LA race asked the way a politics Discord asks it, in the proportions of everyday traffic: terse
("bass lead?", "newest la mayor poll?"), chatty ("ok so who is actually winning the la mayor thing"), slangy ("obama
endorse bass or nah", "buscaino still in it for la mayor or did he bail"), doubled ("feuer quit, who'd he throw his
support to"), and facts a journalist or civics teacher would want (days until and between the stages, turnout,
registered voters, totals, last place, who pulled out and when, the smallest and largest samples, the most
active pollster, who paid for the May poll, the LMU poll's missing sample size, the FM3 poll's Democrats, a group
of voters in one named poll, endorsers of one kind or one office). Other surnames sit where a candidate's name goes
(given names of the race's people kept: "karen kimball", "rick caputo", "mel wilkins"); all are >= 0.002% in the
1990 Census list of the `names` package (checked with a script), none one keystroke from a candidate, none in the
LA bundles (the `nobody` derivation checks) nor in the real files (grep). Two spellings: "kevin deleon", "KDL",
"councilman de leon", "congresswoman bass", "rep. karen bass", "mayor bass", "jsamuel jackson", "alex gruenenfelder",
"craig e. greiwe", "city attorney feuer", "jj abrams", "tony cardenas", "linda sanchez", "la opinion", "lapd union",
"utla", "l.a. times".

200 rows: 150 "la" (25 of each kind) and 50 "es" (Spanish about LA: 8 of each kind, 10 unrouted_fact); per kind
ordinary 33, swallowed 33, other_surname 33, two_spellings 33, dropped_constraint 33, unrouted_fact 35.

Rewordings: 47 first drafts equal to other phrasings were reworded before any score (1 sealed, 42 dev, 1 engine
test on the first check; 3 more dev collisions of the rewordings on the second), and one row ("rick kemper vs karen
bass la mayor") was reworded before the score to name no real candidate beside the other surname.

First score, rows on the base `f1a57a8` (branch fresh15), `python -m tests.devset.score --module
tests.devset.fresh15_set --misses`:
```
overall: 187/200 right (93.5%), 1 ruled out
  group la                   140/150 right (93.3%), 1 ruled out
  group es                   47/50 right (94.0%), 0 ruled out
  kind ordinary             33/33 right (100.0%), 0 ruled out
  kind swallowed            28/33 right (84.8%), 0 ruled out
  kind other_surname        32/33 right (97.0%), 1 ruled out
  kind two_spellings        32/33 right (97.0%), 0 ruled out
  kind dropped_constraint   32/33 right (97.0%), 0 ruled out
  kind unrouted_fact        30/35 right (85.7%), 0 ruled out
ruled_out: 1
grades: {'right': 187, 'wrong': 12, 'ruled_out': 1}
```
Corrections after the first score: none. The thirteen misses were read only to judge whether the row itself was
unfair; each has one right answer the data holds (Lall withdrew in February, English and Spanish; Bass's primary and
general results side by side; Bass's lowest poll figure; "karen pruitt", a surname nobody of the race has, beside the
LA Times, a real endorser; the LA Times's general-election endorsement date; the U.S. senators among Bass's
endorsers; the days between the stages; the largest and smallest samples; the most endorsed candidate; Caruso's
party as the bundle gives it; the number of pollsters), so they stay. Score after corrections: the same, 187/200
(93.5%), 1 ruled out.
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
VIOLA, WILSON, GREIWE, KIM = "Gina Viola", "Mel Wilson", "Craig Greiwe", "Andrew Kim"
GRUENENFELDER, JACKSON = "Alex Gruenenfelder Smith", "John Jackson"
BUSCAINO, FEUER, VARMA, LALL = "Joe Buscaino", "Mike Feuer", "Ramit Varma", "Jessica Lall"

LA_ROWS: tuple[DevQuestion, ...] = (
    # ---------------------------------------------------------------- ordinary (25)
    la("bass lead?", "ordinary", "leader"),
    la("ok so who is actually winning the la mayor thing", "ordinary", "leader"),
    la("whos on the ballot for la mayor, full list pls", "ordinary", "candidates"),
    la("remind me when the LA mayoral primary is happening", "ordinary", "election_date", stage="primary"),
    la("what day is the LA mayor general election in november", "ordinary", "election_date", stage="general"),
    la("newest la mayor poll?", "ordinary", "latest_poll"),
    la("most recent wallin poll for la mayor", "ordinary", "latest_poll", pollster=WALLIN),
    la("latest berkeley igs numbers on the la mayor race", "ordinary", "latest_poll", pollster=BERKELEY),
    la("ppl who endorsed karen bass for la mayor??", "ordinary", "endorsers_of", candidate=BASS),
    la("caruso endorsements list?", "ordinary", "endorsers_of", candidate=CARUSO),
    la("has anyone endorsed kevin de leon for la mayor", "ordinary", "endorsers_of", candidate=KDL),
    la("who won the la mayor race in the end", "ordinary", "winner", stage="general"),
    la("who came out on top in the june la mayor primary", "ordinary", "winner", stage="primary"),
    la("is rick caruso running for mayor of los angeles", "ordinary", "is_running", person=CARUSO),
    la("is gina viola a candidate for la mayor", "ordinary", "is_running", person=VIOLA),
    la("tell me about craig greiwe, la mayor candidate", "ordinary", "profile", person=GREIWE),
    la("who is mel wilson in the la mayor race", "ordinary", "profile", person=WILSON),
    la("bass vs caruso, how do they compare in la", "ordinary", "compare", first=BASS, second=CARUSO),
    la("so did karen bass end up winning", "ordinary", "outcome", person=BASS),
    la("did caruso lose the mayoral race", "ordinary", "outcome", person=CARUSO),
    la("what pollsters have polled the la mayor race", "ordinary", "pollsters"),
    la("did elon musk endorse anyone for la mayor", "ordinary", "endorsed_by", endorser="Elon Musk"),
    la("who did snoop dogg back in the la mayor race", "ordinary", "endorsed_by", endorser="Snoop Dogg"),
    la("obama endorse bass or nah", "ordinary", "endorsement_pair", endorser="Barack Obama", candidate=BASS),
    la("hey quick q, did bernie sanders endorse karen bass for la mayor?", "ordinary", "endorsement_pair",
       endorser="Bernie Sanders", candidate=BASS),
    # ---------------------------------------------------------------- swallowed (25)
    la("how many votes did caruso get in november", "swallowed", "votes_of", person=CARUSO, stage="general"),
    la("what did de leon get in the primary", "swallowed", "result_of", person=KDL, stage="primary"),
    la("how did viola do in the la mayor primary", "swallowed", "result_of", person=VIOLA, stage="primary"),
    la("where did andrew kim finish in the la mayor primary", "swallowed", "place_of", person=KIM, stage="primary"),
    la("when did lall drop out of the la mayor race", "swallowed", "withdrawal_month", person=LALL),
    la("feuer quit, who'd he throw his support to", "swallowed", "endorsed_by", endorser="Mike Feuer"),
    la("who did buscaino endorse for mayor", "swallowed", "endorsed_by", endorser="Joe Buscaino"),
    la("did varma drop out of the la mayor race", "swallowed", "did_withdraw", person=VARMA),
    la("buscaino still in it for la mayor or did he bail", "swallowed", "is_running", person=BUSCAINO),
    la("how much did bass beat caruso by in the general", "swallowed", "margin", stage="general"),
    la("by how much did bass lead caruso in the june primary", "swallowed", "margin", stage="primary"),
    la("did bass get more votes in november than in june", "swallowed", "stage_change", person=BASS),
    la("what was caruso's best poll number", "swallowed", "la_max_share", person=CARUSO),
    la("whats the lowest bass ever polled in la", "swallowed", "la_min_share", person=BASS),
    la("how far ahead was caruso in the wallin la mayor poll", "swallowed", "la_poll_lead", pollster=WALLIN),
    la("caruso has how many endorsements total", "swallowed", "endorsement_count", candidate=CARUSO),
    la("count of celebrities endorsing caruso?", "swallowed", "endorser_type_count", endorser_type="celebrity",
       candidate=CARUSO),
    la("how many votes separated de leon and viola in the primary", "swallowed", "gap",
       first=KDL, second=VIOLA, stage="primary"),
    la("what share did wilson get in the la mayor primary", "swallowed", "result_of", person=WILSON,
       stage="primary"),
    la("how many votes did greiwe get for la mayor", "swallowed", "votes_of", person=GREIWE, stage="primary"),
    la("which candidates backed caruso after they quit", "swallowed", "withdrawn_endorsers", candidate=CARUSO),
    la("caruso, which party is he registered with", "swallowed", "party_of", person=CARUSO),
    la("is de leon a dem", "swallowed", "party_of", person=KDL),
    la("did kim make the runoff for la mayor", "swallowed", "outcome", person=KIM),
    la("what date did obama come out for bass", "swallowed", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    # ---------------------------------------------------------------- other_surname (25)
    la("karen kimball polls", "other_surname", "nobody", missing=("kimball",)),
    la("is rick caputo running for la mayor", "other_surname", "nobody", missing=("caputo",)),
    la("how is kevin montoya doing in the mayor race", "other_surname", "nobody", missing=("montoya",)),
    la("who endorsed gina orozco for mayor", "other_surname", "nobody", missing=("orozco",)),
    la("mel wilkins la mayor primary votes?", "other_surname", "nobody", missing=("wilkins",)),
    la("any news on craig greer's la mayor run", "other_surname", "nobody", missing=("greer",)),
    la("what % did andrew kimble get in the la primary", "other_surname", "nobody", missing=("kimble",)),
    la("did jessica holland drop out of the la mayoral race", "other_surname", "nobody", missing=("holland",)),
    la("ramit varner poll numbers la", "other_surname", "nobody", missing=("varner",)),
    la("joe basham for mayor of LA?", "other_surname", "nobody", missing=("basham",)),
    la("how many votes did mike kessler get in the la mayor primary", "other_surname", "nobody",
       missing=("kessler",)),
    la("is john jackman on the la mayor ballot", "other_surname", "nobody", missing=("jackman",)),
    la("did karen davenport win la mayor", "other_surname", "nobody", missing=("davenport",)),
    la("rick carrasco la mayor poll", "other_surname", "nobody", missing=("carrasco",)),
    la("whats alex ponce polling at in LA", "other_surname", "nobody", missing=("ponce",)),
    la("kevin galvan mayor race results", "other_surname", "nobody", missing=("galvan",)),
    la("who backs gina esquivel in the la mayoral race", "other_surname", "nobody", missing=("esquivel",)),
    la("mel dorsey la mayor", "other_surname", "nobody", missing=("dorsey",)),
    la("did the la times endorse karen pruitt", "other_surname", "nobody", missing=("pruitt",)),
    la("where did craig padgett place in the la mayor primary", "other_surname", "nobody", missing=("padgett",)),
    la("how is joe hendricks doing in the la mayor polls", "other_surname", "nobody", missing=("hendricks",)),
    la("is mike crawley still in the race for la mayor", "other_surname", "nobody", missing=("crawley",)),
    la("rick kemper la mayor numbers?", "other_surname", "nobody", missing=("kemper",)),
    la("jessica bowers la mayor campaign?", "other_surname", "nobody", missing=("bowers",)),
    la("andrew fuller, how many votes in the LA mayor primary", "other_surname", "nobody", missing=("fuller",)),
    # ---------------------------------------------------------------- two_spellings (25)
    la("kevin deleon primary results", "two_spellings", "result_of", person=KDL, stage="primary"),
    la("how did KDL do in the la mayor primary", "two_spellings", "result_of", person=KDL, stage="primary"),
    la("congresswoman bass, votes in the general election?", "two_spellings", "votes_of", person=BASS, stage="general"),
    la("rep karen bass poll numbers latest", "two_spellings", "latest_poll"),
    la("did councilman de leon make the runoff", "two_spellings", "outcome", person=KDL),
    la("jsamuel jackson's vote total la mayor", "two_spellings", "votes_of", person=JACKSON, stage="primary"),
    la("how did alex gruenenfelder do in the mayor primary", "two_spellings", "result_of", person=GRUENENFELDER,
       stage="primary"),
    la("craig e. greiwe mayor candidate, who is he", "two_spellings", "profile", person=GREIWE),
    la("city attorney feuer primary vote count", "two_spellings", "votes_of", person=FEUER, stage="primary"),
    la("who did jj abrams endorse for la mayor", "two_spellings", "endorsed_by", endorser="J.J. Abrams"),
    la("did tony cardenas endorse bass", "two_spellings", "endorsement_pair", endorser="Tony Cárdenas",
       candidate=BASS),
    la("did linda sanchez back karen bass for mayor", "two_spellings", "endorsement_pair",
       endorser="Linda Sánchez", candidate=BASS),
    la("la opinion's pick for mayor of LA?", "two_spellings", "endorsed_by", endorser="La Opinión"),
    la("kevin de leon vs rick caruso", "two_spellings", "compare", first=KDL, second=CARUSO),
    la("Kevin De Leon endorsements", "two_spellings", "endorsers_of", candidate=KDL),
    la("mayor bass primary %", "two_spellings", "result_of", person=BASS, stage="primary"),
    la("de leon's ranking in the la primary?", "two_spellings", "place_of", person=KDL, stage="primary"),
    la("john jsamuel jackson where did he finish la mayor", "two_spellings", "place_of", person=JACKSON,
       stage="primary"),
    la("alex gruenenfelder smith mayor votes", "two_spellings", "votes_of", person=GRUENENFELDER,
       stage="primary"),
    la("rep. karen bass vs rick caruso general election numbers", "two_spellings", "la_results_of",
       people=(BASS, CARUSO), stage="general"),
    la("when did the l.a. times endorse bass in the general", "two_spellings", "endorsement_date",
       endorser="Los Angeles Times", candidate=BASS),
    la("who did the lapd union endorse", "two_spellings", "endorsed_by",
       endorser="Los Angeles Police Protective League"),
    la("who did utla endorse for la mayor", "two_spellings", "endorsed_by", endorser="United Teachers Los Angeles"),
    la("kevin deleon's votes in the general?", "two_spellings", "la_not_in_stage", person=KDL, stage="general"),
    la("congresswoman karen bass is she running for mayor", "two_spellings", "is_running", person=BASS),
    # ---------------------------------------------------------------- dropped_constraint (25)
    la("what papers have endorsed bass so far", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    la("any union endorse caruso?", "dropped_constraint", "endorsers_of", candidate=CARUSO, endorser_type="union"),
    la("celebrity endorsements for kevin de leon la mayor", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="celebrity"),
    la("what newspaper endorsed rick caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="newspaper"),
    la("which celebrities are backing bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="celebrity"),
    la("anything polled in december 2021 for la mayor?", "dropped_constraint", "poll_in_month", year=2021, month=12),
    la("were there la mayor polls done in july 2022", "dropped_constraint", "poll_in_month", year=2022, month=7),
    la("who led the april berkeley poll of the la mayor race", "dropped_constraint", "la_poll_leader",
       pollster=BERKELEY, month=(2022, 4)),
    la("bass number in the feb 2022 berkeley la mayor poll of likely voters", "dropped_constraint",
       "la_poll_pick", pollster=BERKELEY, month=(2022, 2), population="lv", person=BASS),
    la("caruso among registered voters in the february berkeley la poll", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 2), population="rv", person=CARUSO),
    la("how did caruso do with latino voters in the wallin la mayor poll", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Latino", pollster=WALLIN),
    la("bass with black voters, wallin la mayor poll", "dropped_constraint", "la_group_share", person=BASS,
       group="Black", pollster=WALLIN),
    la("asian voters in the october berkeley la mayor poll, how did bass do", "dropped_constraint",
       "la_group_share", person=BASS, group="Asian", pollster=BERKELEY, month=(2022, 10)),
    la("who won the san fernando valley in the august berkeley poll of la mayor", "dropped_constraint",
       "la_group_leader", group="San Fernando Valley", pollster=BERKELEY, month=(2022, 8)),
    la("what did the lmu la mayor poll say about black voters", "dropped_constraint", "la_no_group",
       group="Black", pollster=LMU),
    la("fm3 la mayor poll latino voters?", "dropped_constraint", "la_no_group", group="Latino", pollster=FM3),
    la("bass among democrats in the fm3 la mayor poll", "dropped_constraint", "la_group_share", person=BASS,
       group="Democrats", pollster=FM3),
    la("wallin la mayor poll from august 2022", "dropped_constraint", "la_no_poll", missing=("august",),
       pollster=WALLIN, month=(2022, 8)),
    la("la mayor polls from 2020?", "dropped_constraint", "la_no_poll", missing=("2020",), year=2020),
    la("lmu poll of likely voters in the la mayor race", "dropped_constraint", "la_no_poll", missing=("likely",),
       pollster=LMU, population="lv"),
    la("caruso votes in the general, not the primary", "dropped_constraint", "votes_of", person=CARUSO,
       stage="general"),
    la("lall primary votes la mayor", "dropped_constraint", "la_not_in_stage", person=LALL, stage="primary"),
    la("third place in the la mayor general election, who", "dropped_constraint", "no_place", stage="general",
       place=3),
    la("which us senators endorsed karen bass", "dropped_constraint", "endorsers_described", candidate=BASS,
       words=("U.S. Senator",), without=("Former",)),
    la("how many unions endorsed bass", "dropped_constraint", "endorser_type_count", endorser_type="union",
       candidate=BASS),
    # ---------------------------------------------------------------- unrouted_fact (25)
    la("days until LA votes in the mayoral primary?", "unrouted_fact", "days_until", stage="primary"),
    la("days left till the la mayor general?", "unrouted_fact", "days_until", stage="general"),
    la("how long is the gap in days from the la primary to the runoff", "unrouted_fact", "days_between",
       first="primary", second="general"),
    la("la mayor general turnout pct?", "unrouted_fact", "turnout_of"),
    la("number of registered voters in the city for the la mayor election", "unrouted_fact", "registered_voters"),
    la("total votes cast in the la mayoral runoff?", "unrouted_fact", "total_votes", stage="general"),
    la("how many ballots were counted in the la mayor primary", "unrouted_fact", "total_votes", stage="primary"),
    la("who was at the very bottom of the la mayor primary results", "unrouted_fact", "rank", stage="primary",
       place=-1),
    la("who placed 4th in the la mayor primary", "unrouted_fact", "rank", stage="primary", place=4),
    la("number of la mayor candidates who pulled out?", "unrouted_fact", "withdrawn_count"),
    la("who dropped out before the la mayor ballot was even set", "unrouted_fact", "withdrawn_off_ballot"),
    la("n of the wallin la mayor poll?", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sample_size"),
    la("how was the wallin la mayor poll conducted, phone or online", "unrouted_fact", "poll_attribute",
       pollster=WALLIN, attribute="method"),
    la("field dates for the wallin poll, la mayor", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="field_dates"),
    la("who commissioned wallin's la mayor poll", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sponsor"),
    la("who funded the la mayor poll released in may 2022", "unrouted_fact", "la_month_sponsor", year=2022, month=5),
    la("how many people did the lmu la mayor poll survey", "unrouted_fact", "la_poll_fact",
       attribute="sample_size", pollster=LMU),
    la("when was the earliest la mayor poll fielded", "unrouted_fact", "first_poll_day"),
    la("which la mayor poll had the biggest sample", "unrouted_fact", "la_sample_extreme", largest=True),
    la("which pollster polled the la mayor race the most", "unrouted_fact", "la_top_pollster"),
    la("smallest sample size of any la mayor poll?", "unrouted_fact", "la_sample_extreme", largest=False),
    la("who made the runoff from the la mayor primary", "unrouted_fact", "top_two", stage="primary"),
    la("count of names on the la mayor primary ballot", "unrouted_fact", "la_stage_candidate_count",
       stage="primary"),
    la("which la mayor candidate racked up the most endorsements", "unrouted_fact", "la_most_endorsed"),
    la("how many la mayor polls came out in 2021", "unrouted_fact", "la_poll_count_when", year=2021),
)

SPANISH_ROWS: tuple[DevQuestion, ...] = (
    # ---------------------------------------------------------------- ordinary (8)
    es("oigan quien lleva la delantera para alcalde de los angeles", "ordinary", "leader"),
    es("me dicen quienes se postulan para alcalde de la?", "ordinary", "candidates"),
    es("cuando es la eleccion general para alcalde de los angeles", "ordinary", "election_date", stage="general"),
    es("cual es la encuesta mas reciente de la carrera de alcalde de LA", "ordinary", "latest_poll"),
    es("quien apoya a rick caruso para alcalde", "ordinary", "endorsers_of", candidate=CARUSO),
    es("gano karen bass la alcaldia?", "ordinary", "outcome_es", person=BASS),
    es("quien gano la primaria de junio para alcalde de los angeles", "ordinary", "winner", stage="primary"),
    es("obama apoyo a karen bass?", "ordinary", "endorsement_pair", endorser="Barack Obama", candidate=BASS),
    # ---------------------------------------------------------------- swallowed (8)
    es("caruso cuantos votos obtuvo en noviembre", "swallowed", "votes_of", person=CARUSO, stage="general"),
    es("de leon que % obtuvo en la primaria de alcalde", "swallowed", "result_of", person=KDL, stage="primary"),
    es("en que lugar quedo viola en la primaria de alcalde", "swallowed", "place_of", person=VIOLA,
       stage="primary"),
    es("feuer se bajo de la carrera, y a quien respaldo", "swallowed", "endorsed_by", endorser="Mike Feuer"),
    es("por cuanto gano bass a caruso en la general", "swallowed", "margin", stage="general"),
    es("cuando se retiro lall de la carrera de alcalde", "swallowed", "withdrawal_month", person=LALL),
    es("caruso es de que partido politico", "swallowed", "party_of", person=CARUSO),
    es("cuantos respaldos tiene bass para alcalde", "swallowed", "endorsement_count", candidate=BASS),
    # ---------------------------------------------------------------- other_surname (8)
    es("como va karen medina en la carrera de alcalde de la", "other_surname", "nobody", missing=("medina",)),
    es("cuantos votos saco rick becerra para alcalde de los angeles", "other_surname", "nobody",
       missing=("becerra",)),
    es("kevin bastian alcalde la encuestas", "other_surname", "nobody", missing=("bastian",)),
    es("quien apoya a gina grier para alcaldesa de la", "other_surname", "nobody", missing=("grier",)),
    es("se retiro mike kimmel de la carrera de alcalde de la?", "other_surname", "nobody", missing=("kimmel",)),
    es("andrew kessler, candidato a alcalde de los angeles?", "other_surname", "nobody", missing=("kessler",)),
    es("resultados de joe montoya en la primaria de alcalde de la", "other_surname", "nobody",
       missing=("montoya",)),
    es("gano rick orozco la alcaldia de los angeles", "other_surname", "nobody", missing=("orozco",)),
    # ---------------------------------------------------------------- two_spellings (8)
    es("resultados de kevin deleon en la primaria", "two_spellings", "result_of", person=KDL, stage="primary"),
    es("la congresista bass, votos en la eleccion de noviembre?", "two_spellings", "votes_of", person=BASS,
       stage="general"),
    es("KDL paso a la segunda vuelta?", "two_spellings", "outcome_es", person=KDL),
    es("el diario la opinion a quien respaldo para alcalde de la", "two_spellings", "endorsed_by",
       endorser="La Opinión"),
    es("cuantos votos saco jsamuel jackson para alcalde de la", "two_spellings", "votes_of", person=JACKSON,
       stage="primary"),
    es("el concejal de leon, en que lugar termino en la primaria", "two_spellings", "place_of", person=KDL,
       stage="primary"),
    es("tony cardenas apoyo a bass?", "two_spellings", "endorsement_pair", endorser="Tony Cárdenas",
       candidate=BASS),
    es("alex gruenenfelder cuantos votos para alcalde", "two_spellings", "votes_of", person=GRUENENFELDER,
       stage="primary"),
    # ---------------------------------------------------------------- dropped_constraint (8)
    es("que periodicos apoyan a karen bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    es("algun sindicato apoya a caruso?", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    es("hubo encuestas de alcalde de la en diciembre de 2021", "dropped_constraint", "poll_in_month", year=2021,
       month=12),
    es("como le fue a caruso con los votantes latinos en la encuesta de wallin para alcalde de la",
       "dropped_constraint", "la_group_share", person=CARUSO, group="Latino", pollster=WALLIN),
    es("en la encuesta de berkeley de abril sobre alcalde de la, quien iba adelante", "dropped_constraint",
       "la_poll_leader", pollster=BERKELEY, month=(2022, 4)),
    es("que celebridades apoyan a caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="celebrity"),
    es("quien quedo tercero en la eleccion general de alcalde de la", "dropped_constraint", "no_place",
       stage="general", place=3),
    es("votos de caruso en la general, no en la primaria", "dropped_constraint", "votes_of", person=CARUSO,
       stage="general"),
    # ---------------------------------------------------------------- unrouted_fact (10)
    es("cuantos dias faltan para la primaria de alcalde de los angeles", "unrouted_fact", "days_until",
       stage="primary"),
    es("cual fue la participacion en la eleccion general de alcalde de la", "unrouted_fact", "turnout_of"),
    es("cuantos votos hubo en total en la segunda vuelta de alcalde de la", "unrouted_fact", "total_votes",
       stage="general"),
    es("cuantos entrevistados tuvo la encuesta de wallin de alcalde de la", "unrouted_fact",
       "poll_attribute", pollster=WALLIN, attribute="sample_size"),
    es("quien encargo la encuesta de wallin sobre alcalde de la", "unrouted_fact", "poll_attribute",
       pollster=WALLIN, attribute="sponsor"),
    es("cuantos abandonaron la carrera por la alcaldia de la", "unrouted_fact", "withdrawn_count"),
    es("en la primaria de alcalde de la quien quedo de ultimo", "unrouted_fact", "rank", stage="primary",
       place=-1),
    es("quienes pasaron a la segunda vuelta para alcalde de los angeles", "unrouted_fact", "top_two",
       stage="primary"),
    es("cuantas encuestadoras midieron la carrera de alcalde de la", "unrouted_fact", "la_pollster_count"),
    es("cuantos votantes registrados hay en los angeles para la eleccion de alcalde", "unrouted_fact",
       "registered_voters"),
)

FRESH15_SET: tuple[DevQuestion, ...] = LA_ROWS + SPANISH_ROWS
