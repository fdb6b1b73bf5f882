"""The thirty-seventh fresh dev batch: dropped constraints of the LA mayor race, asked in chatty Discord messages, in
English and Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the docstring of `fresh35_set.py`, for the format) nor `tests/engine/*` nor `tests/results_set/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`,
`derive_files.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, `derive_more.py`, the two READMEs), the LA
bundles and `../shared/data/README.md`. (The first 80 lines of `tests/devset/test_devset.py`, its imports only, were
printed once by one of this helper's commands, which it was not asked to read; no row of any set was read.) Polls, their
dates, populations, sponsors, stages and groups of voters, the endorsements with their kinds and dates, and the results
were listed with scripts over `la_race()`; every expected answer is derived by code.

What it hunts: one constraint per question that the answer must honour, named inside chatter ("my tio swears he was
winning them", "i rent so i care lol", "not the wallin one", "not likely voters, registered"): a group of voters (Black,
Latino, Asian/Pacific Islander, white voters, women, Black men, Democrats, Republicans, moderates, liberals, voters who
put crime first, a primary rival's supporters; and young voters, renters, seniors, Jewish voters, independents, the
Eastside, which no poll reports), a month or a span of days (August 2022, "between feb and april", "before the primary",
"after the june primary"; July 2022, which has no poll), a pollster (IGS, LMU, FM3, J. Wallin; Emerson and Data for
Progress, which never polled it), a sponsor (the LA Times, SCNG, the pro-Bass committee; KTLA, Univision, a Caruso
campaign poll, which do not exist), a population (likely, registered; adults, and registered voters of a poll that
reported likely voters only), a stage (the primary or the general, of results and of polls: "the last primary poll",
"wallin's poll of the primary"), an area (the Valley in polls; results by the Valley, council district, Westside, south
LA or precinct, which the data lacks), a vote type (mail, election day, early, provisional: none), another race of the
city (city council, LAUSD school board, controller, county sheriff, Measure ULA, the 2017 and 2026 mayoral races: none
held), an endorser kind (unions, newspapers, celebrities, U.S. senators, city council members, politicians; none of some
kinds for de León or Viola). The answers it hunts state what the question rules out: another candidate's figure for a
group (de León among Black voters, de León in the Wallin poll, Viola among Latinos), another poll (the likely-voter poll
for "registered, not likely"), the topline for a group's figure ("what % of moderates did caruso get": the final IGS
poll names only its leader), a constraint dropped (a union's February endorsement for "after the primary", the pro-Bass
committee's poll for "caruso's internal poll").

New derivations in `derive_more.py` (section "fresh37"): `la_no_vote_type` (results by vote type: the bundles hold
citywide totals only), `la_no_other_race` (another race of the city: the bundles hold the 2022 mayoral race alone and
the poll files no city race), `la_stage_polls` (the polls of one stage by the bundle's `stage` of a poll: how many, or
the n-th one's leader; none of a pollster, "no such poll"), `la_group_any` (a candidate's figure for a group of voters
asked of no poll in particular: any poll's figure for it), `la_no_group_figure` (a candidate no poll gives a figure for
among a group that polls do report), `la_not_in_poll` (a candidate one poll did not test), `la_group_leader_only` (a
figure asked of a group a poll reports only by its leader: the leader named, not the poll's topline) and `la_group_gap`
(two candidates' gap within one group of one poll).

199 rows, all source la: group la 131, es 68. By kind: dropped_constraint 162 (la 104, es 58), unrouted_fact 25 (18 +
7), swallowed 12 (9 + 3). Five first drafts equal to dev phrasings ("how many unions endorsed bass", "which us senators
endorsed bass", "how many newspapers endorsed bass", "how many la mayor polls did the la times sponsor", "cuantas
celebridades apoyaron a caruso") were reworded before any score (`overlap --module` printed none after). Before any
score, drafts were checked against the data: "women" in June names its group by "about" (the row asks `subgroup`), "men"
alone was not asked ("women" holds it), September 2022 was not asked as a month without a poll (the IGS poll was fielded
in late September), the LMU and IGS polls of February 10 were not asked as "the first poll of 2022" (two that day), and
"caruso's votes in the general election, how many total" became "... like his raw vote count" (total read two ways).

First score, rows as first written, engine at `d2a61a9` (this branch's base, main of 2026-12-07), `python -m
tests.devset.score --module tests.devset.fresh37_set`:
```
overall: 165/199 right (82.9%), 6 ruled out
  group la                   106/131 right (80.9%), 3 ruled out
  group es                   59/68 right (86.8%), 3 ruled out
  kind swallowed            5/12 right (41.7%), 0 ruled out
  kind dropped_constraint   141/162 right (87.0%), 5 ruled out
  kind unrouted_fact        19/25 right (76.0%), 1 ruled out
ruled_out: 6
grades: {'right': 165, 'wrong': 28, 'ruled_out': 6}
```

Corrections after the first score: none. The 34 misses were read only to judge whether a row itself was unfair (a wrong
expected answer, ambiguous words, a race not named, a derivation bug); none was. "how many la mayor polls between feb
and april 2022" reads the span inclusively (the two February releases and April's), as people say it. The final score is
the first: rescored with this docstring written (rows unchanged), the same block, line for line.

The six answers graded ruled out: "howd de leon do with black voters in la? kdl specifically, i know about bass" (the
primary result, Bass beat de León), "any unions endorse caruso after the june primary?" (the police union's February
endorsement), "did caruso's campaign release an internal poll? ..." and "la campaña de caruso saco alguna encuesta
interna?" (Caruso's polling average), "y los inquilinos? bass o caruso, alcaldia LA" (the general's result), "quien hizo
la encuesta que publico el comite pro bass en mayo" (the May poll's figures, not that no pollster is named).
"""

from __future__ import annotations

from tests.devset.question import maker

q = maker("la", "la")
es = maker("es", "la")

IGS = "UC Berkeley Institute of Governmental Studies"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
WALLIN = "J. Wallin Opinion Research"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
DC, UF, SW = "dropped_constraint", "unrouted_fact", "swallowed"

# ------------------------------------------------------------------------------------------ English: groups of voters
LA_GROUPS = (
    q("ok so how's bass doing w black voters in the wallin poll for la mayor", DC, "la_group_share",
      person=BASS, group="Black voters", pollster=WALLIN),
    q("caruso with latino voters in that scng poll?? asking for my abuela lol she loves him", DC, "la_group_share",
      person=CARUSO, group="Latino voters", pollster=WALLIN),
    q("what did the berkeley la mayor poll that dropped oct 3 have caruso at among asian voters", DC,
      "la_group_share", person=CARUSO, group="Asian voters", pollster=IGS, month=(2022, 10)),
    q("ngl im curious, among white voters who was ahead in wallins la mayor poll", DC, "la_group_leader",
      group="White voters", pollster=WALLIN),
    q("which candidate was winning latino likely voters in the april berkeley la mayor poll, kdl or caruso", DC,
      "la_group_leader", group="Latino likely voters", pollster=IGS, month=(2022, 4)),
    q("de leons number with latino likely voters in april (berkeley, la mayor)? my tio swears he was winning them",
      DC, "la_group_share", person=KDL, group="Latino likely voters", pollster=IGS, month=(2022, 4)),
    q("bass among latino REGISTERED voters in the berkeley poll released oct 3. not likely voters, registered", DC,
      "la_group_share", person=BASS, group="Latino registered voters", pollster=IGS, month=(2022, 10)),
    q("who's got the republicans in the la mayor race lol, obviously not bass right", DC, "subgroup",
      group="Republican", written=("republican*", "conservative*")),
    q("moderates in the la race - bass or caruso? going by the last berkeley poll pls, not vibes", DC,
      "la_group_leader",
      group="Moderates", pollster=IGS, month=(2022, 11)),
    q("fm3's la mayor poll - what did bass get among democrats specificaly? not everyone, just dems", DC,
      "la_group_share",
      person=BASS, group="Democrats", pollster=FM3),
    q("my barber was arguing about this all day. black men, bass or caruso? the early june berkeley poll of la mayor",
      DC, "la_group_leader",
      group="Black men", pollster=IGS, month=(2022, 6)),
    q("what % of voters who put crime first went caruso in the april berkeley la mayor poll", DC, "la_group_share",
      person=CARUSO, group="crime", pollster=IGS, month=(2022, 4)),
    q("caruso's number w black voters in the oct 3 berkeley la poll, not the wallin one", DC, "la_group_share",
      person=CARUSO, group="Black voters", pollster=IGS, month=(2022, 10)),
    q("how is bass doing with black voters in the LA mayors race, any numbers? hearing mixed things", DC,
      "la_group_any",
      person=BASS, group="Black voters"),
    q("caruso latino support la mayor %? just the latino number pls not the overall", DC, "la_group_any",
      person=CARUSO, group="Latino"),
    q("bass with white voters in the la mayor polls? just white voters", DC,
      "la_group_any", person=BASS, group="White voters"),
    q("liberals in la, who are they backing for mayor... i assume bass but idk", DC,
      "subgroup", group="liberals", written=("liberal*",)),
    # groups the data lacks
    q("hows caruso doing with young voters in the la mayor race? all my friends under 30 hate him lmao", DC,
      "subgroup", group="young"),
    q("bass vs caruso among renters?? la mayor. i rent so i care lol", DC, "subgroup", group="renters"),
    q("how are jewish voters breaking in bass vs caruso, any poll on that", DC, "subgroup", group="jewish"),
    q("howd de leon do with black voters in la? kdl specifically, i know about bass", DC, "la_no_group_figure",
      person=KDL, group="Black voters", missing=("de leon", "black")),
    q("gina viola's numbers among latinos in the la mayor polls?? she's my girl", DC, "la_no_group_figure",
      person=VIOLA, group="Latino", missing=("viola", "latino*")),
    q("lmu la mayor poll: how did latinos break. lmu only not berkeley", DC,
      "la_no_group", group="Latino", pollster=LMU),
    q("black voters in the fm3 la mayor poll? the 2021 one", DC, "la_no_group", group="Black", pollster=FM3),
    q("what did the wallin la poll say about women voters, my mom wants to know", DC,
      "la_no_group", group="women", pollster=WALLIN),
    q("san fernando valley numbers from the wallin la mayor poll", DC, "la_no_group",
      group="San Fernando Valley", pollster=WALLIN),
    q("feb berkeley poll of la mayor, how did latino voters split? the february one", DC, "la_no_group",
      group="Latino", pollster=IGS, month=(2022, 2)),
    q("what % of moderates did caruso get in the final berkeley la poll, exact number", DC, "la_group_leader_only",
      group="Moderates", pollster=IGS, month=(2022, 11)),
    q("bass's exact % among women in that june berkeley la mayor poll", DC, "la_group_leader_only",
      group="women", pollster=IGS, month=(2022, 6)),
    q("what number did caruso get in the valley in the final igs la poll", DC, "la_group_leader_only",
      group="San Fernando Valley", pollster=IGS, month=(2022, 11)),
)

# ------------------------------------------------------------------------------------------ English: months and days
LA_WHEN = (
    q("quick q who led the la mayor poll in august 2022", DC, "poll_in_month", year=2022, month=8),
    q("were there any la mayor polls in july 2022? feels like there was a lull", DC, "poll_in_month",
      year=2022, month=7),
    q("what did the january 2022 la mayor poll say, i missed it", DC, "poll_in_month", year=2022, month=1),
    q("who was ahead in the may 2022 la mayor poll? someone said caruso was winning then??", DC,
      "la_poll_fact", attribute="leader", month=(2022, 5)),
    q("how many la mayor polls between feb and april 2022 lol i lost count", UF, "la_release_count",
      since="2022-02-01", before="2022-05-01"),
    q("whats bass's best poll number before the primary? before june 7 only", DC,
      "la_share_extreme", person=BASS, before="primary"),
    q("caruso's best la mayor poll after the primary, he was closing in right", DC,
      "la_share_extreme", person=CARUSO, since="primary"),
    q("la mayor polls in october 2022 who was leading? i remember it got close", DC,
      "poll_in_month", year=2022, month=10),
    q("how many la mayor polls in 2022 before the primary?? doing a school project", UF, "la_release_count",
      since="2022-01-01", before="primary"),
    q("who endorsed bass in august 2022, i think it was someone big", DC,
      "la_endorsers_month", candidate=BASS, year=2022, month=8),
    q("who endorsed bass in october 2022 specifically, not the whole list", DC, "la_endorsers_month",
      candidate=BASS, year=2022, month=10),
    q("who came out for de leon in may 2022? did anyone lol", DC,
      "la_endorsers_month", candidate=KDL, year=2022, month=5),
    q("who endorsed caruso in april 2022 hmm", DC, "la_endorsers_month", candidate=CARUSO, year=2022, month=4),
    q("any unions endorse caruso after the june primary?", DC, "la_endorsers_when",
      candidate=CARUSO, since="primary", endorser_type="union", missing=("union*",)),
    q("newspapers that endorsed bass in october 2022, only the october ones", DC, "la_endorsers_when",
      candidate=BASS, since="2022-10-01", before="2022-11-01", endorser_type="newspaper"),
)

# ----------------------------------------------------------------------------------------- English: pollsters, sponsors
LA_POLLSTERS = (
    q("loyola marymount la mayor poll, what did they have bass at", DC, "la_poll_pick", pollster=LMU, person=BASS),
    q("caruso in the fm3 la mayor poll, was he even in double digits", DC, "la_poll_pick",
      pollster=FM3, person=CARUSO),
    q("wallin la mayor poll who was winning. that one freaked my group chat out", DC,
      "la_poll_fact", attribute="leader", pollster=WALLIN),
    q("did data for progress poll the la mayor race at all", DC, "nobody", missing=("data for progress",)),
    q("wallin's la mayor poll of the primary, what did it say", DC, "la_stage_polls",
      stage="primary", pollster=WALLIN, missing=("primary",)),
    q("did lmu poll the la mayor general election", DC, "la_stage_polls",
      stage="general", pollster=LMU, missing=("general",)),
    q("was there an fm3 la mayor poll in 2022?", DC, "la_no_poll", missing=("2022",), pollster=FM3, year=2022),
    q("newest la mayor poll that isnt from berkeley, im sick of berkeley", DC, "la_newest_poll_besides", besides=IGS),
    q("how many times did berkeley igs poll la mayor, like total", UF, "la_pollster_poll_count", pollster=IGS),
    q("lmu la mayor poll sample size? how many ppl did they ask", UF,
      "la_poll_fact", attribute="sample_size", pollster=LMU),
    q("undecideds in the wallin la poll, what % was it", UF, "la_poll_undecided", pollster=WALLIN),
    q("what was bass at in the berkeley la poll from april, not the wallin one", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 4), person=BASS),
    q("fm3 la mayor poll when was it done, like the field dates", UF,
      "la_poll_fact", attribute="field_dates", pollster=FM3),
    q("the poll the la times sponsored in april 2022, caruso's %", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 4), person=CARUSO),
    q("scng la mayor poll sample size, seemed small to me", UF,
      "la_poll_fact", attribute="sample_size", pollster=WALLIN),
    q("the poll the pro-bass committee put out in la, what were the numbers", DC, "la_nth_poll",
      n=1, sponsor="Communities United"),
    q("any ktla polls of the la mayor race? i think i saw one on tv", DC,
      "la_no_sponsor", word="KTLA", missing=("ktla",)),
    q("did caruso's campaign release an internal poll? they had $$$ for it", DC, "la_no_sponsor",
      word="Caruso", missing=("caruso", "internal", "campaign")),
    q("how many of the la mayor polls were sponsored by the la times? i feel like all of them lol", UF,
      "la_release_count", sponsor="Los Angeles Times"),
    q("who conducted the poll the bass committee released in may", UF, "la_unnamed_pollster", month=(2022, 5)),
    q("de leon in the wallin la mayor poll, what'd he get", DC, "la_not_in_poll",
      person=KDL, missing=("de leon",), pollster=WALLIN),
    q("viola's number in the final berkeley la poll", DC, "la_not_in_poll",
      person=VIOLA, missing=("viola",), pollster=IGS, month=(2022, 11)),
    q("buscaino in the august la mayor poll?", DC, "la_not_in_poll",
      person="Joe Buscaino", missing=("buscaino",), pollster=IGS, month=(2022, 8)),
    q("what did feuer poll at with registered voters in the feb berkeley la poll", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 2), population="rv", person="Mike Feuer"),
    q("mel wilson lmu poll la mayor %, the realtor guy", DC, "la_poll_pick", pollster=LMU, person="Mel Wilson"),
    q("lall in the feb berkeley la poll of likely voters, what'd she get?", DC, "la_not_in_poll",
      person="Jessica Lall", missing=("lall",), pollster=IGS, month=(2022, 2), population="lv"),
)

# ------------------------------------------------------------------------------------------ English: populations
LA_POPULATIONS = (
    q("registered voters only: bass in the feb berkeley la mayor poll", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 2), population="rv", person=BASS),
    q("feb berkeley la poll, likely voters, caruso's number", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 2), population="lv", person=CARUSO),
    q("likely voters in the oct 3 berkeley la poll, bass %", DC, "la_poll_pick",
      pollster=IGS, month=(2022, 10), population="lv", person=BASS),
    q("any la mayor poll of all adults, not just voters? like everyone in the city", DC,
      "la_no_poll", missing=("adults",), population="a"),
    q("august berkeley la poll - the likely voter numbers", DC, "la_no_poll",
      missing=("likely",), pollster=IGS, month=(2022, 8), population="lv"),
    q("latest la mayor poll of registered voters, not likely voters", DC, "la_population_latest_poll", population="rv"),
    q("how many la mayor polls were of likely voters, curious", UF, "la_population_count", population="lv"),
    q("the final berkeley la poll among registered voters, what was it", DC, "la_no_poll",
      missing=("registered",), pollster=IGS, month=(2022, 11), population="rv"),
    q("wallin la mayor poll registered voter numbers? not the likely ones", DC, "la_no_poll",
      missing=("registered",), pollster=WALLIN, population="rv"),
    q("feb berkeley la poll of registered voters, sample size", UF, "la_poll_fact",
      attribute="sample_size", pollster=IGS, month=(2022, 2), population="rv"),
)

# ------------------------------------------------------------------------------------------ English: stages
LA_STAGES = (
    q("bass's % in the primary, not the general. the june one", DC, "result_of", person=BASS, stage="primary"),
    q("caruso's votes in the general election, like his raw vote count", DC,
      "votes_of", person=CARUSO, stage="general"),
    q("who was 3rd in the la mayor primary? behind bass and caruso", DC, "rank", stage="primary", place=3),
    q("how many total votes in the la mayor primary, ballpark is fine", UF, "total_votes", stage="primary"),
    q("la mayor primary margin between the top two?", UF, "margin", stage="primary"),
    q("how many general election polls of la mayor were there", UF, "la_stage_polls", stage="general"),
    q("last primary poll of the la mayor race, who led it", DC, "la_stage_polls", stage="primary", n=-1),
    q("did buscaino get any votes in the november la mayor election", DC, "la_not_in_stage",
      person="Joe Buscaino", stage="general"),
    q("lall's votes in the la mayor primary?", DC, "la_not_in_stage", person="Jessica Lall", stage="primary"),
    q("caruso's share in the runoff? lol he spent like 100 mil", DC, "result_of", person=CARUSO, stage="general"),
    q("who won the la mayor primary, i know bass won nov", DC, "winner", stage="primary"),
    q("how many primary polls did berkeley do for la mayor", UF, "la_stage_polls", stage="primary", pollster=IGS),
    q("first general election poll for la mayor, numbers?", DC, "la_stage_polls", stage="general", n=1),
)

# ------------------------------------------------------------------------------------------ English: areas, vote types
LA_AREAS = (
    q("caruso's votes in the valley in the la mayor general", DC, "la_no_area_result",
      area=("valley", "san fernando"), stage="general"),
    q("bass results by council district?? i wanna see my district", DC, "la_no_area_result",
      area=("council district", "district"), stage="general"),
    q("how'd bass do on the westside in the la mayor primary", DC, "la_no_area_result",
      area=("westside",), stage="primary"),
    q("la mayor precinct results?? need em for a map", DC, "la_no_area_result", area=("precinct*",), stage="general"),
    q("eastside polling in the la mayor race, boyle heights etc", DC, "subgroup", group="eastside"),
    q("whos ahead in the valley in the la mayor polls? valley ppl love caruso i bet", DC, "subgroup",
      group="San Fernando Valley", written=("valley",)),
    q("election day votes for caruso in the la primary", DC, "la_no_vote_type",
      words=("election day",), stage="primary"),
    q("early vote numbers la mayor general", DC, "la_no_vote_type", words=("early",), stage="general"),
    q("provisional ballots la mayor caruso general", DC, "la_no_vote_type", words=("provisional",), stage="general"),
)

# ------------------------------------------------------------------------------------------ English: other races of LA
LA_OTHER_RACES = (
    q("who's winning the la city council races rn", DC, "la_no_other_race", missing=("city council", "council")),
    q("lausd school board race results? my kid's school cares", DC,
      "la_no_other_race", missing=("school board", "lausd")),
    q("who won la city controller in 2022, that kenneth mejia guy?", DC, "la_no_other_race", missing=("controller",)),
    q("la county sheriff race polls, villanueva vs luna", DC, "la_no_other_race", missing=("sheriff",)),
    q("who won the 2017 la mayor race, garcetti right?", DC, "la_no_other_race", missing=("2017",)),
    q("2026 la mayor race polls? is bass running again", DC, "la_no_other_race", missing=("2026",)),
    q("measure ula results la, the mansion tax one", DC, "la_no_other_race", missing=("measure", "ula")),
)

# ------------------------------------------------------------------------------------------ English: endorser kinds
LA_ENDORSERS = (
    q("unions backing caruso for la mayor? cops maybe", DC, "endorsers_of", candidate=CARUSO, endorser_type="union"),
    q("any unions for de leon? kinda thought labor would be with him", DC,
      "endorsers_of", candidate=KDL, endorser_type="union"),
    q("which newspapers endorsed bass, just the papers", DC, "endorsers_of", candidate=BASS, endorser_type="newspaper"),
    q("celebrities backing caruso, i heard snoop??", DC, "endorsers_of", candidate=CARUSO, endorser_type="celebrity"),
    q("celebrities endorsing de leon? any hollywood ppl", DC, "endorsers_of", candidate=KDL, endorser_type="celebrity"),
    q("politicians who endorsed caruso, elected officials only not celebs", DC,
      "endorsers_described", candidate=CARUSO, words=("City Council member",)),
    q("which us senators endorsed bass? sitting senators i mean", DC, "endorsers_described",
      candidate=BASS, words=("U.S. Senator",), without=("Former",)),
    q("how many celebrities endorsed caruso lmao", UF,
      "endorser_type_count", endorser_type="celebrity", candidate=CARUSO),
    q("how many unions endorsed bass, labor unions only", UF,
      "endorser_type_count", endorser_type="union", candidate=BASS),
    q("la city council members who endorsed bass, council only", DC,
      "endorsers_described", candidate=BASS, words=("City Council",)),
    q("newspapers that endorsed viola?", DC, "endorsers_of", candidate=VIOLA, endorser_type="newspaper"),
    q("how many newspapers endorsed bass in total, papers not people", UF,
      "endorser_type_count", endorser_type="newspaper", candidate=BASS),
)

# ------------------------------------------------------------------------------------------ English: swallowed
LA_SWALLOWED = (
    q("how much did bass lead caruso by among black voters in the wallin la poll", SW, "la_group_gap",
      first=BASS, second=CARUSO, group="Black voters", pollster=WALLIN),
    q("by how much was caruso ahead w latinos in the wallin la mayor poll", SW, "la_group_gap",
      first=CARUSO, second=BASS, group="Latino voters", pollster=WALLIN),
    q("how far ahead was bass among likely voters in the oct 3 berkeley la poll", SW, "la_poll_lead",
      pollster=IGS, month=(2022, 10), population="lv"),
    q("how much did caruso lead bass by in the april berkeley la poll", SW, "la_poll_lead",
      pollster=IGS, month=(2022, 4)),
    q("how much did bass beat caruso by in the primary, percentage wise", SW, "gap",
      first=BASS, second=CARUSO, stage="primary"),
    q("how many more votes did bass get in the general than the primary", SW, "la_vote_change", person=BASS),
    q("what was bass's lead over caruso in the august la poll (registered voters)", SW, "la_poll_lead",
      pollster=IGS, month=(2022, 8), population="rv"),
    q("how big was caruso's lead with asian voters in the oct 3 berkeley la poll", SW, "la_group_gap",
      first=CARUSO, second=BASS, group="Asian voters", pollster=IGS, month=(2022, 10)),
    q("how many pts was bass up with black voters in the oct 3 igs la poll", SW, "la_group_gap",
      first=BASS, second=CARUSO, group="Black voters", pollster=IGS, month=(2022, 10)),
)

# ------------------------------------------------------------------------------------------ Spanish
SPANISH = (
    es("como le va a bass con los votantes negros segun la encuesta de wallin de la alcaldia de LA", DC,
       "la_group_share", person=BASS, group="Black voters", pollster=WALLIN),
    es("oye y caruso con los latinos en la encuesta de scng? mi abuela dice que lo aman jaja", DC,
       "la_group_share", person=CARUSO, group="Latino voters", pollster=WALLIN),
    es("quien ganaba entre los votantes asiaticos en la encuesta de berkeley del 3 de octubre, alcaldia de los "
       "angeles", DC, "la_group_leader", group="Asian voters", pollster=IGS, month=(2022, 10)),
    es("cuanto sacaba de leon entre latinos probables en abril, encuesta de berkeley de la alcaldia de LA", DC,
       "la_group_share", person=KDL, group="Latino likely voters", pollster=IGS, month=(2022, 4)),
    es("y los republicanos a quien apoyan en la carrera por la alcaldia de LA", DC, "subgroup",
       group="Republican", written=("republican*", "conservador*", "conservative*")),
    es("las mujeres iban con bass o con caruso en la encuesta de berkeley de junio? alcaldia LA", DC,
       "subgroup", group="women", written=("mujeres",)),
    es("quien iba ganando en el valle de san fernando en la encuesta de agosto de la alcaldia de LA", DC,
       "la_group_leader", group="San Fernando Valley", pollster=IGS, month=(2022, 8)),
    es("como va caruso con los jovenes en la alcaldia de los angeles", DC, "la_lacks",
       lacks="subgroup", said=("jovenes", "young"), group="young"),
    es("y los inquilinos? bass o caruso, alcaldia LA", DC, "la_lacks",
       lacks="subgroup", said=("inquilinos", "renters"), group="renters"),
    es("la gente de la tercera edad por quien vota en la alcaldia de LA", DC, "la_lacks",
       lacks="subgroup", said=("tercera edad", "mayores", "seniors"), group="seniors"),
    es("de leon con los votantes negros, cuanto tenia? alcaldia de LA", DC, "la_no_group_figure",
       person=KDL, group="Black voters", missing=("de leon", "negros", "black")),
    es("en la encuesta de lmu de la alcaldia como salieron los latinos", DC, "la_lacks",
       lacks="la_no_group", said=("latino*",), group="Latino", pollster=LMU),
    es("numeros de los independientes en las encuestas de la alcaldia de LA", DC, "la_lacks",
       lacks="subgroup", said=("independiente*", "independent*"), group="independent"),
    es("que % de los moderados saco caruso en la ultima encuesta de berkeley de LA, el numero exacto", DC,
       "la_group_leader_only", group="Moderates", pollster=IGS, month=(2022, 11)),
    es("y los latinos en la encuesta de berkeley de febrero? alcaldia LA", DC, "la_lacks",
       lacks="la_no_group", said=("latino*",), group="Latino", pollster=IGS, month=(2022, 2)),
    es("que tenia caruso entre los votantes negros en la encuesta de wallin de LA", DC, "la_group_share",
       person=CARUSO, group="Black voters", pollster=WALLIN),
    # months and days
    es("quien gano la encuesta de agosto 2022 de la alcaldia de LA", DC, "poll_in_month", year=2022, month=8),
    es("hubo encuestas de la alcaldia de LA en julio de 2022?", DC, "la_lacks",
       lacks="poll_in_month", said=("julio", "july"), year=2022, month=7),
    es("quien apoyo a bass en agosto de 2022? creo que fue alguien importante", DC,
       "la_endorsers_month", candidate=BASS, year=2022, month=8),
    es("apoyos de caruso en junio 2022, solo los de junio porfa", DC,
       "la_endorsers_month", candidate=CARUSO, year=2022, month=6),
    es("cuantas encuestas de la alcaldia de LA salieron despues de la primaria", UF, "la_release_count",
       since="primary"),
    es("la mejor encuesta de bass antes de la primaria, cuanto tenia", DC, "la_share_extreme",
       person=BASS, before="primary"),
    es("la ultima encuesta antes de mayo de 2022 de la alcaldia de LA, quien iba adelante", DC, "la_nth_poll",
       n=-1, before="2022-05-01"),
    es("quien respaldo a caruso en febrero de 2022", DC, "la_endorsers_month", candidate=CARUSO, year=2022, month=2),
    # pollsters, sponsors, populations
    es("oigan que tenia lmu para bass en la alcaldia de LA", DC, "la_poll_pick", pollster=LMU, person=BASS),
    es("la encuesta de emerson de la alcaldia de los angeles?", DC, "nobody", missing=("emerson",)),
    es("encuesta de berkeley de mayo de 2022 para alcalde de LA", DC, "la_no_poll",
       missing=("mayo", "may"), pollster=IGS, month=(2022, 5)),
    es("wallin hizo alguna encuesta de la primaria de LA?", DC, "la_stage_polls",
       stage="primary", pollster=WALLIN, missing=("primaria", "primary")),
    es("la encuesta mas reciente de la alcaldia de LA que no sea de berkeley", DC, "la_newest_poll_besides",
       besides=IGS),
    es("margen de error de la encuesta de wallin, alcaldia LA", UF, "la_poll_moe", pollster=WALLIN),
    es("cuantos indecisos habia en la encuesta de wallin de la alcaldia", UF, "la_poll_undecided", pollster=WALLIN),
    es("la encuesta que patrocino el la times en abril, cuanto tenia caruso", DC, "la_poll_pick",
       pollster=IGS, month=(2022, 4), person=CARUSO),
    es("quien pago la encuesta de wallin de alcalde de LA", UF, "la_poll_fact", attribute="sponsor", pollster=WALLIN),
    es("hay encuestas de univision sobre la alcaldia de LA?", DC, "la_no_sponsor",
       word="Univision", missing=("univision",)),
    es("la campaña de caruso saco alguna encuesta interna?", DC, "la_no_sponsor",
       word="Caruso", missing=("caruso", "interna", "internal", "campaña", "campana")),
    es("quien hizo la encuesta que publico el comite pro bass en mayo", UF, "la_unnamed_pollster", month=(2022, 5)),
    es("solo votantes registrados: cuanto tenia bass en la encuesta de berkeley de febrero, alcaldia LA", DC,
       "la_poll_pick", pollster=IGS, month=(2022, 2), population="rv", person=BASS),
    es("votantes probables en la encuesta de berkeley del 3 de octubre, cuanto caruso", DC, "la_poll_pick",
       pollster=IGS, month=(2022, 10), population="lv", person=CARUSO),
    es("hay alguna encuesta de adultos (no votantes) de la alcaldia de LA", DC, "la_no_poll",
       missing=("adultos", "adults"), population="a"),
    es("la ultima encuesta de votantes registrados de la alcaldia de LA", DC, "la_population_latest_poll",
       population="rv"),
    es("la encuesta de agosto de berkeley de LA, los numeros de votantes probables", DC, "la_no_poll",
       missing=("probables", "likely"), pollster=IGS, month=(2022, 8), population="lv"),
    es("que saco de leon en la encuesta de wallin de alcalde de LA", DC, "la_not_in_poll",
       person=KDL, missing=("de leon",), pollster=WALLIN),
    es("cuanto tenia viola en la ultima encuesta de berkeley de la alcaldia", DC, "la_not_in_poll",
       person=VIOLA, missing=("viola",), pollster=IGS, month=(2022, 11)),
    # stages, areas, vote types, other races
    es("porcentaje de bass en la primaria, no en la general", DC, "result_of", person=BASS, stage="primary"),
    es("votos de caruso en la general de noviembre", DC, "votes_of", person=CARUSO, stage="general"),
    es("quien quedo tercero en la general de la alcaldia de LA", DC, "no_place", stage="general", place=3),
    es("cuantos votos saco de leon en la segunda vuelta de LA", DC, "la_not_in_stage", person=KDL, stage="general"),
    es("cuantas encuestas hubo de la eleccion general de alcalde de LA", UF, "la_stage_polls", stage="general"),
    es("la ultima encuesta de la primaria de la alcaldia de LA, quien lideraba", DC, "la_stage_polls",
       stage="primary", n=-1),
    es("votos de caruso en el valle en la general de LA", DC, "la_no_area_result",
       area=("valle", "valley", "san fernando"), stage="general"),
    es("resultados de bass por distrito del concejo", DC, "la_no_area_result",
       area=("distrito", "district", "concejo"), stage="general"),
    es("como le fue a bass en el sur de LA en la primaria", DC, "la_no_area_result",
       area=("sur", "south"), stage="primary"),
    es("cuantos votos por correo saco bass en la general", DC, "la_no_vote_type",
       words=("correo", "mail"), stage="general"),
    es("votos del dia de la eleccion para caruso en la primaria", DC, "la_no_vote_type",
       words=("dia de la eleccion", "election day"), stage="primary"),
    es("quien va ganando en las elecciones del concejo municipal de LA", DC, "la_no_other_race",
       missing=("concejo", "council")),
    es("resultados de la junta escolar de LAUSD? mi hija va a esa escuela", DC, "la_no_other_race",
       missing=("junta escolar", "school board", "lausd")),
    es("quien gano la alcaldia de LA en 2017, fue garcetti no?", DC, "la_no_other_race", missing=("2017",)),
    es("encuestas para la alcaldia de LA 2026, se va a lanzar bass otra vez?", DC, "la_no_other_race",
       missing=("2026",)),
    es("la carrera del sheriff del condado de LA, quien va arriba", DC, "la_no_other_race", missing=("sheriff",)),
    # endorser kinds
    es("que sindicatos apoyaron a bass, solo sindicatos", DC, "endorsers_of", candidate=BASS, endorser_type="union"),
    es("que sindicatos respaldaron a de leon", DC, "la_lacks",
       lacks="endorsers_of", said=("sindicato*", "union*"), candidate=KDL, endorser_type="union"),
    es("que periodicos apoyaron a caruso? los diarios nada mas", DC,
       "endorsers_of", candidate=CARUSO, endorser_type="newspaper"),
    es("que famosos apoyaron a bass, gente de hollywood", DC,
       "endorsers_of", candidate=BASS, endorser_type="celebrity"),
    es("cuantas celebridades apoyaron a caruso? famosos nada mas", UF, "endorser_type_count", endorser_type="celebrity",
       candidate=CARUSO),
    es("que senadores apoyaron a bass, los de washington", DC, "endorsers_described",
       candidate=BASS, words=("U.S. Senator",), without=("Former",)),
    # swallowed
    es("por cuanto le ganaba bass a caruso entre votantes negros en la encuesta de wallin", SW, "la_group_gap",
       first=BASS, second=CARUSO, group="Black voters", pollster=WALLIN),
    es("por cuanto le gano bass a caruso en la primaria", SW, "gap", first=BASS, second=CARUSO, stage="primary"),
    es("cuanto le sacaba caruso a bass con los latinos en la encuesta de scng de LA", SW, "la_group_gap",
       first=CARUSO, second=BASS, group="Latino voters", pollster=WALLIN),
)

FRESH37_SET = (*LA_GROUPS, *LA_WHEN, *LA_POLLSTERS, *LA_POPULATIONS, *LA_STAGES, *LA_AREAS, *LA_OTHER_RACES,
               *LA_ENDORSERS, *LA_SWALLOWED, *SPANISH)
