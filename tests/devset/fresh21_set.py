"""The twenty-first fresh dev batch: every fact the LA data holds, asked in forms the engine may not route.

Written by a helper session that read neither the engine (`bot/`), the sealed rows, the other dev rows (only the
docstring and first rows of `fresh18_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, the derivations of `derive_la.py`,
`derive_files.py` and `derive_more.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, the READMEs) and the
LA bundles; a script listed the bundles' polls (pollster, sponsor, field days, sample, population, method, first
question), endorsements by kind and date, stages, results and turnout, and which LA surnames the real files share
(Kim, Wilson, Jackson, Smith: those rows name the LA race).

What it hunts: every fact the LA data holds, asked in forms the engine may not route: comparisons ("did bass get
more votes than caruso in the general or nah", "did bass do better in november than she did in june"), yes/no
questions about facts ("was turnout over 40%", "did caruso ever lead a poll", "did over 600k votes get cast"),
superlatives and ranks ("who got the fewest votes", "the 4th place finisher", "biggest sample", "bass's biggest
lead in any poll"), counts (candidates, endorsements, polls, pollsters, dropouts, endorsers of a kind, polls of a
month or population, polls a candidate led), dates and intervals (stages, days until, days between, endorsement
days, a withdrawal's month, the first and newest poll), a poll's attributes (sample, field dates, sponsor, method,
population, and fields a poll lacks), endorsements by kind, withdrawals, turnout, registered voters, margins and
gaps, party; 40 swallowed ("did caruso lose bad", "bass win by much?", "how bad did feuer get beat", "varma endorse
who??", "how high caruso poll"), and dropped constraints (a pollster's month, population, year or group of voters
it never reported, a stage a candidate was not in, a third place of a two-way general, one kind of endorser) and
ordinary questions. Registers: terse, polite ("could you tell me ... please?"), British ("stood for mayor",
"cheers"), slang ("or nah", "lol", "lmao"), typos of common words ("hw", "wen", "wat", "waht"), Spanish without
accents. New derivations in `derive_more.py` (section "LA (fresh21)"): la_polls_led (did X ever lead a poll: one
of X's shares in the polls X led), la_led_count (how many polls X led: entries or releases), la_biggest_lead (X's
biggest lead in any poll: its pollster and the points), all reading each poll's first question as `la_max_share`.

207 rows: 156 "la", 51 "es" (all source "la"). By kind: unrouted_fact 118 (la 91, es 27), swallowed 40 (30 + 10),
dropped_constraint 32 (23 + 9), ordinary 17 (12 + 5).

Rewordings before any score: 35 first drafts equal to sealed (1), dev (31) or engine-test (3) phrasings (the
overlap check printed only this module's rows) were reworded by adding chatter or changing the words around the
question; four of the rewordings were again dev phrasings and were reworded once more. Before the score, 15 of 222
drafts were cut (facts asked twice) and three were made unambiguous on rereading ("how many people stood for mayor
of LA in the end" could mean the nine still active; "who did bass beat" could mean the primary field; a Wallin row
without "LA").

First score, rows as first written (commit `0a28432`), engine on this branch's base `ff70f8a`:
```
overall: 184/207 right (88.9%), 3 ruled out
  group la                   138/156 right (88.5%), 1 ruled out
  group es                   46/51 right (90.2%), 2 ruled out
  kind ordinary             16/17 right (94.1%), 0 ruled out
  kind swallowed            37/40 right (92.5%), 0 ruled out
  kind dropped_constraint   29/32 right (90.6%), 3 ruled out
  kind unrouted_fact        102/118 right (86.4%), 0 ruled out
ruled_out: 3
grades: {'right': 184, 'wrong': 20, 'ruled_out': 3}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "did fm3 poll the la mayor race in 2022 at all" -> "did fm3 put out any la mayor poll during 2022 at all": "in
  2022" could attach to "the la mayor race" (the 2022 race, which FM3 did poll in 2021), so it had two right
  answers.
- "hubo alguna encuesta en julio para alcalde de los angeles" -> "... en julio de 2022 ...": no year, and FM3's poll
  was in the field from July 29, 2021.
The other misses stay: each asks one fact the data holds (turnout and registered voters, both stages of Bass's
result, a biggest lead, the total votes, de León's and Caruso's best poll shares, the poll and dropout counts, the
first poll's day, Bass's senators, how many polls a candidate led, Caruso's margin, Feuer's votes, the next
election's day asked in Spanish, Andrew Kim's result) or a lack it has (FM3 in 2022).

Score after the corrections:
```
overall: 185/207 right (89.4%), 2 ruled out
  group la                   138/156 right (88.5%), 1 ruled out
  group es                   47/51 right (92.2%), 1 ruled out
  kind ordinary             16/17 right (94.1%), 0 ruled out
  kind swallowed            37/40 right (92.5%), 0 ruled out
  kind dropped_constraint   30/32 right (93.8%), 2 ruled out
  kind unrouted_fact        102/118 right (86.4%), 0 ruled out
ruled_out: 2
grades: {'right': 185, 'wrong': 20, 'ruled_out': 2}
```
Merged by the lead: "cuantos votos hubo en total en la primaria de alcalde de los angeles", also written by the
nineteenth batch's helper, became "oye cuantos votos ..." (the spec unchanged).
"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

la = maker("la", "la")
es = maker("es", "la")

IGS = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
LAPPL = "Los Angeles Police Protective League"
UTLA = "United Teachers Los Angeles"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
FEUER, KIM, SMITH, BUSCAINO = "Mike Feuer", "Andrew Kim", "Alex Gruenenfelder Smith", "Joe Buscaino"
GREIWE, WILSON, VARMA, JACKSON, LALL = "Craig Greiwe", "Mel Wilson", "Ramit Varma", "John Jackson", "Jessica Lall"
BOTH = (BASS, CARUSO)
SENATOR, COUNCIL = ("U.S. Senator",), ("City Council",)

# ------------------------------------------------------------------------------------------------ LA: facts
LA_FACTS_SET: tuple[DevQuestion, ...] = (
    # comparisons
    la("did bass get more votes than caruso in the general or nah", "unrouted_fact", "la_results_of",
       people=BOTH, stage="general"),
    la("who got more votes in the la mayor primary, de leon or viola?", "unrouted_fact", "la_results_of",
       people=(KDL, VIOLA), stage="primary"),
    la("did feuer outpoll andrew kim in the LA mayoral primary", "unrouted_fact", "la_results_of",
       people=(FEUER, KIM), stage="primary"),
    la("did bass do better in november than she did in june", "unrouted_fact", "stage_change", person=BASS),
    la("caruso's share in the primary vs the general?", "unrouted_fact", "stage_change", person=CARUSO),
    la("how far behind bass was de leon in the primary", "unrouted_fact", "gap", first=BASS, second=KDL,
       stage="primary"),
    la("how many more votes did viola get than feuer in the la mayor primary", "unrouted_fact", "gap",
       first=VIOLA, second=FEUER, stage="primary"),
    la("in the last igs poll of la mayor who was ahead and by how much", "unrouted_fact", "la_poll_lead",
       pollster=IGS),
    la("how big was caruso's lead in the wallin la mayor poll", "unrouted_fact", "la_poll_lead", pollster=WALLIN),
    la("bass's lead in the igs / la times mayor poll from august?", "unrouted_fact", "la_poll_lead", pollster=IGS,
       month=(2022, 8)),
    la("what was bass's biggest lead in any la mayor poll", "unrouted_fact", "la_biggest_lead", person=BASS),
    la("caruso biggest lead in a poll ever? mayor race", "unrouted_fact", "la_biggest_lead", person=CARUSO),
    # yes / no about facts
    la("was turnout over 40% in the la mayor general, or less", "unrouted_fact", "turnout_of"),
    la("did over 600k votes get cast in the la mayoral primary?", "unrouted_fact", "total_votes", stage="primary"),
    la("were there more than 900,000 votes in the la mayor runoff", "unrouted_fact", "total_votes", stage="general"),
    la("did caruso ever lead a poll", "unrouted_fact", "la_polls_led", person=CARUSO),
    la("was bass ever behind in any la mayor poll", "unrouted_fact", "la_polls_led", person=CARUSO),
    la("did de leon ever crack double digits in a poll for mayor", "unrouted_fact", "la_max_share", person=KDL),
    la("wait did obama actually endorse karen bass?", "unrouted_fact", "endorsement_pair", endorser="Barack Obama",
       candidate=BASS),
    la("did snoop dogg really back caruso lol", "unrouted_fact", "endorsement_pair", endorser="Snoop Dogg",
       candidate=CARUSO),
    la("did mike feuer drop out of the mayors race", "unrouted_fact", "did_withdraw", person=FEUER),
    la("was the wallin la mayor poll done by phone or what", "unrouted_fact", "la_poll_fact", attribute="method",
       pollster=WALLIN),
    la("did gina viola make it to the runoff", "unrouted_fact", "outcome", person=VIOLA),
    la("was the wallin poll of la mayor likely voters or registered", "unrouted_fact", "la_poll_fact",
       attribute="population", pollster=WALLIN),
    # superlatives and ranks
    la("who got the fewest votes in the la mayor primary lmao", "unrouted_fact", "rank", stage="primary", place=-1),
    la("who was the 4th place finisher in the LA mayor primary", "unrouted_fact", "rank", stage="primary", place=4),
    la("who came 3rd for la mayor in june", "unrouted_fact", "rank", stage="primary", place=3),
    la("who finished runner-up in the general for mayor of la", "unrouted_fact", "rank", stage="general", place=2),
    la("where did andrew kim place in the la mayor primary", "unrouted_fact", "place_of", person=KIM,
       stage="primary"),
    la("waht place did buscaino end up in", "unrouted_fact", "place_of", person=BUSCAINO, stage="primary"),
    la("who got the least votes in the la runoff", "unrouted_fact", "rank", stage="general", place=-1),
    la("who's got the most endorsements in the la mayor race", "unrouted_fact", "la_most_endorsed"),
    la("which firm polled the LA mayoral race most often", "unrouted_fact", "la_top_pollster"),
    la("biggest sample of any la mayor poll? just curious", "unrouted_fact", "la_sample_extreme", largest=True),
    la("smallest sample size among the la mayor polls", "unrouted_fact", "la_sample_extreme", largest=False),
    la("caruso's best poll number?", "unrouted_fact", "la_max_share", person=CARUSO),
    la("wat was bass's worst poll number", "unrouted_fact", "la_min_share", person=BASS),
    # counts
    la("how many people stood for mayor of LA, all told", "unrouted_fact", "candidate_count", on_ballot=False),
    la("hw many endorsed caruso", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    la("how many endorsements has bass got, roughly", "unrouted_fact", "endorsement_count", candidate=BASS),
    la("how many polls did berkeley do of the la mayor race", "unrouted_fact", "la_pollster_poll_count",
       pollster=IGS),
    la("how many la mayor polls are there in total? asking for a spreadsheet", "unrouted_fact", "la_poll_count"),
    la("how many different pollsters ended up polling la mayor", "unrouted_fact", "la_pollster_count"),
    la("hw many candidates dropped out of the la mayor race", "unrouted_fact", "withdrawn_count"),
    la("how many newspapers ended up endorsing karen bass", "unrouted_fact", "endorser_type_count",
       endorser_type="newspaper",
       candidate=BASS),
    la("how many unions made an endorsement in the la mayor race", "unrouted_fact", "endorser_type_count",
       endorser_type="union"),
    la("how many celebs came out and endorsed caruso lol", "unrouted_fact", "endorser_type_count",
       endorser_type="celebrity",
       candidate=CARUSO),
    la("how many la mayor polls came out in october 2022", "unrouted_fact", "la_poll_count_when", year=2022,
       month=10),
    la("how many likely voter polls of the la mayor race are there", "unrouted_fact", "la_population_count",
       population="lv"),
    la("how many endorsements were there in total in the LA mayor race", "unrouted_fact", "la_endorsement_total"),
    la("how many polls did caruso actually lead", "unrouted_fact", "la_led_count", person=CARUSO),
    la("in how many la mayor polls was bass ahead", "unrouted_fact", "la_led_count", person=BASS),
    # dates and intervals
    la("when is the runoff for la mayor", "unrouted_fact", "election_date", stage="general"),
    la("wen is the la mayor primary", "unrouted_fact", "election_date", stage="primary"),
    la("right, how long is it between the primary and the general in LA then?", "unrouted_fact", "days_between",
       first="primary",
       second="general"),
    la("how many days till the la mayor general", "unrouted_fact", "days_until", stage="general"),
    la("could you tell me how many days are left until the LA primary, please?", "unrouted_fact", "days_until",
       stage="primary"),
    la("when was the most recent la mayor poll taken? ty", "unrouted_fact", "newest_poll_day"),
    la("when was the very first poll of the la mayor race done, like way back", "unrouted_fact", "first_poll_day"),
    la("when did jessica lall drop out again", "unrouted_fact", "withdrawal_month", person=LALL),
    la("when did obama endorse bass for mayor", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    la("what day did the police union endorse caruso", "unrouted_fact", "endorsement_date", endorser=LAPPL,
       candidate=CARUSO),
    la("what date did biden back bass", "unrouted_fact", "endorsement_date", endorser="Joe Biden", candidate=BASS),
    # a poll's attributes
    la("when was the lmu mayor poll in the field", "unrouted_fact", "la_poll_fact", attribute="field_dates",
       pollster=LMU),
    la("what were the field dates of the wallin la mayor poll", "unrouted_fact", "la_poll_fact",
       attribute="field_dates", pollster=WALLIN),
    la("sample size on the wallin la mayor poll pls", "unrouted_fact", "la_poll_fact", attribute="sample_size",
       pollster=WALLIN),
    la("how many ppl did fm3 actually survey for their la mayor poll", "unrouted_fact", "la_poll_fact",
       attribute="sample_size",
       pollster=FM3),
    la("cheers - and who sponsored the wallin poll of the la mayor race", "unrouted_fact", "la_poll_fact",
       attribute="sponsor",
       pollster=WALLIN),
    la("who paid for the berkeley igs la mayor polls", "unrouted_fact", "la_poll_fact", attribute="sponsor",
       pollster=IGS),
    la("sample size for the latest igs la mayor poll", "unrouted_fact", "la_poll_fact", attribute="sample_size",
       pollster=IGS),
    la("who sponsored the fm3 la mayor poll", "unrouted_fact", "la_poll_fact", attribute="sponsor", pollster=FM3),
    la("what method did the lmu mayor poll use, phone or online", "unrouted_fact", "la_poll_fact",
       attribute="method", pollster=LMU),
    la("who paid for the la mayor poll released in may", "unrouted_fact", "la_month_sponsor", year=2022, month=5),
    la("april igs la mayor poll sample?", "unrouted_fact", "la_poll_fact", attribute="sample_size", pollster=IGS,
       month=(2022, 4)),
    # endorsements by kind
    la("which unions endorsed anybody in the la mayor race", "unrouted_fact", "endorsers_by_type",
       endorser_type="union"),
    la("what newspapers made endorsements for LA mayor this cycle", "unrouted_fact", "endorsers_by_type",
       endorser_type="newspaper"),
    la("which celebrities endorsed someone for la mayor", "unrouted_fact", "endorsers_by_type",
       endorser_type="celebrity"),
    la("which paper endorsed caruso", "unrouted_fact", "endorsers_of", candidate=CARUSO, endorser_type="newspaper"),
    la("who was endorsing de leon for mayor, anyone?", "unrouted_fact", "endorsers_of", candidate=KDL),
    la("did anyone endorse gina viola", "unrouted_fact", "endorsers_of", candidate=VIOLA),
    la("waht senators endorsed bass", "unrouted_fact", "endorsers_described", candidate=BASS, words=SENATOR,
       without=("Former",)),
    la("which city council members endorsed caruso", "unrouted_fact", "endorsers_described", candidate=CARUSO,
       words=COUNCIL),
    la("who did the teachers union endorse for la mayor", "unrouted_fact", "endorsed_by", endorser=UTLA),
    # withdrawals
    la("who all dropped out of the la mayor race along the way", "unrouted_fact", "withdrew"),
    la("who quit the la mayor race before the ballot was even set", "unrouted_fact", "withdrawn_off_ballot"),
    la("which of the dropouts went and endorsed caruso", "unrouted_fact", "withdrawn_endorsers", candidate=CARUSO),
    la("did any of the candidates who quit back bass", "unrouted_fact", "withdrawn_endorsers", candidate=BASS),
    # turnout, registered voters, margins, party
    la("how many people were registered to vote in LA for the mayor election", "unrouted_fact",
       "registered_voters"),
    la("by how much did bass win the general, in the end", "unrouted_fact", "margin", stage="general"),
    la("margin in the la mayor primary?", "unrouted_fact", "margin", stage="primary"),
    la("what party is caruso anyway", "unrouted_fact", "party_of", person=CARUSO),
)

# ------------------------------------------------------------------------------------------------ LA: swallowed
LA_SWALLOWED_SET: tuple[DevQuestion, ...] = (
    la("did caruso lose bad", "swallowed", "gap", first=BASS, second=CARUSO, stage="general"),
    la("bass win by much?", "swallowed", "margin", stage="general"),
    la("how bad did feuer get beat", "swallowed", "result_of", person=FEUER, stage="primary"),
    la("caruso lose?", "swallowed", "outcome", person=CARUSO),
    la("so bass won?", "swallowed", "outcome", person=BASS),
    la("how much kdl get in june", "swallowed", "result_of", person=KDL, stage="primary"),
    la("how many votes viola get in the la primary", "swallowed", "votes_of", person=VIOLA, stage="primary"),
    la("what did buscaino get even", "swallowed", "result_of", person=BUSCAINO, stage="primary"),
    la("how did andrew kim do in la mayor", "swallowed", "result_of", person=KIM, stage="primary"),
    la("did mel wilson even get 1% in the la mayor race", "swallowed", "result_of", person=WILSON, stage="primary"),
    la("bass how many votes in the general", "swallowed", "votes_of", person=BASS, stage="general"),
    la("caruso how many endorsements", "swallowed", "endorsement_count", candidate=CARUSO),
    la("feuer who did he endorse", "swallowed", "endorsed_by", endorser=FEUER),
    la("buscaino who'd he back after quitting", "swallowed", "endorsed_by", endorser=BUSCAINO),
    la("varma endorse who??", "swallowed", "endorsed_by", endorser=VARMA),
    la("when did lall quit anyway", "swallowed", "withdrawal_month", person=LALL),
    la("greiwe get how many votes for mayor", "swallowed", "votes_of", person=GREIWE, stage="primary"),
    la("how high caruso poll", "swallowed", "la_max_share", person=CARUSO),
    la("whats bass at in the newest berkeley la poll", "swallowed", "la_poll_share", pollster=IGS, person=BASS),
    la("de leon what place he finish", "swallowed", "place_of", person=KDL, stage="primary"),
    la("did gruenenfelder smith win anything", "swallowed", "outcome", person=SMITH),
    la("john jackson la mayor votes how many", "swallowed", "votes_of", person=JACKSON, stage="primary"),
    la("how much did caruso lose the general by", "swallowed", "gap", first=BASS, second=CARUSO, stage="general"),
    la("did kdl make the runoff", "swallowed", "outcome", person=KDL),
    la("where bass finish in the primary", "swallowed", "place_of", person=BASS, stage="primary"),
    la("how many votes caruso get in november", "swallowed", "votes_of", person=CARUSO, stage="general"),
    la("who beat caruso in the la mayor race", "swallowed", "leader"),
    la("who did bass end up beating in november", "swallowed", "compare", first=BASS, second=CARUSO),
    la("viola get more than kdl?", "swallowed", "la_results_of", people=(VIOLA, KDL), stage="primary"),
    la("how many votes did feuer get when he'd already quit", "swallowed", "votes_of", person=FEUER,
       stage="primary"),
)

# ------------------------------------------------------------------------------------------- LA: constraints, ordinary
LA_OTHER_SET: tuple[DevQuestion, ...] = (
    la("got the wallin la mayor poll from august?", "dropped_constraint", "la_no_poll", missing=("august",),
       pollster=WALLIN,
       month=(2022, 8)),
    la("lmu likely voter numbers for la mayor", "dropped_constraint", "la_no_poll", missing=("likely",),
       pollster=LMU, population="lv"),
    la("did fm3 put out any la mayor poll during 2022 at all", "dropped_constraint", "la_no_poll", missing=("2022",),
       pollster=FM3, year=2022),
    la("was there any la mayor poll out in july 2022?", "dropped_constraint", "la_no_poll", missing=("july",),
       month=(2022, 7)),
    la("latino numbers in the fm3 la mayor poll", "dropped_constraint", "la_no_group", group="Latino",
       pollster=FM3),
    la("bass among black voters in the wallin la poll", "dropped_constraint", "la_group_share", person=BASS,
       group="Black", pollster=WALLIN),
    la("caruso w/ asian voters in the wallin mayor poll", "dropped_constraint", "la_group_share", person=CARUSO,
       group="Asian", pollster=WALLIN),
    la("who led latino likely voters in the october igs la poll", "dropped_constraint", "la_group_leader",
       group="Latino likely", pollster=IGS, month=(2022, 10), population="lv"),
    la("caruso's number in the april berkeley la mayor poll", "dropped_constraint", "la_poll_share", pollster=IGS,
       person=CARUSO, month=(2022, 4)),
    la("february 2022 la mayor poll of likely voters - who led", "dropped_constraint", "la_poll_fact",
       attribute="leader", month=(2022, 2), population="lv"),
    la("last likely voter poll in the la mayor race", "dropped_constraint", "la_population_latest_poll",
       population="lv"),
    la("latest registered voter poll la mayor", "dropped_constraint", "la_population_latest_poll",
       population="rv"),
    la("just the celebs who backed bass pls", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="celebrity"),
    la("caruso endorsements from unions only", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    la("bass's primary vote total", "dropped_constraint", "votes_of", person=BASS, stage="primary"),
    la("caruso percent in the june primary", "dropped_constraint", "result_of", person=CARUSO, stage="primary"),
    la("who was 3rd in the la mayor general", "dropped_constraint", "no_place", stage="general", place=3),
    la("de leon's votes in the general", "dropped_constraint", "la_not_in_stage", person=KDL, stage="general"),
    la("lall primary votes", "dropped_constraint", "la_not_in_stage", person=LALL, stage="primary"),
    la("wallin la poll bass share among white voters", "dropped_constraint", "la_group_share", person=BASS,
       group="White", pollster=WALLIN),
    la("april igs poll, de leon among latino likely voters", "dropped_constraint", "la_group_share", person=KDL,
       group="Latino", pollster=IGS, month=(2022, 4)),
    la("fm3 la poll: how did de leon do", "dropped_constraint", "la_poll_share", pollster=FM3, person=KDL),
    la("who led the lmu la mayor survey", "dropped_constraint", "la_poll_leader", pollster=LMU),
    la("so who ended up winning la mayor", "ordinary", "leader"),
    la("latest la mayor poll? need it for an argument", "ordinary", "latest_poll"),
    la("the la mayor candidates list pls", "ordinary", "candidates"),
    la("ok who endorsed caruso", "ordinary", "endorsers_of", candidate=CARUSO),
    la("la mayor general results, final numbers", "ordinary", "winner", stage="general"),
    la("la primary results for mayor", "ordinary", "winner", stage="primary"),
    la("when's the la mayoral election", "ordinary", "election_date"),
    la("latest igs la poll", "ordinary", "latest_poll", pollster=IGS),
    la("who's running for mayor of la", "ordinary", "candidates"),
    la("which pollsters actually polled la mayor", "ordinary", "pollsters"),
    la("bass vs caruso, where are we", "ordinary", "compare", first=BASS, second=CARUSO),
    la("who endorsed bass? theres a ton i think", "ordinary", "endorsers_of", candidate=BASS),
)

# ------------------------------------------------------------------------------------------------ Spanish
ES_SET: tuple[DevQuestion, ...] = (
    es("y cuantos votos saco la bass en la eleccion general de noviembre", "unrouted_fact", "votes_of", person=BASS,
       stage="general"),
    es("quien quedo en cuarto lugar en la primaria de alcalde de los angeles", "unrouted_fact", "rank",
       stage="primary", place=4),
    es("cuantos candidatos se retiraron de la carrera para alcalde de los angeles", "unrouted_fact",
       "withdrawn_count"),
    es("cuando cae la segunda vuelta de alcalde en los angeles?", "unrouted_fact", "election_date", stage="general"),
    es("cuantos dias nos faltan para la general de alcalde de LA", "unrouted_fact", "days_until",
       stage="general"),
    es("cuantos dias hay entre la primaria y la general en los angeles", "unrouted_fact", "days_between",
       first="primary", second="general"),
    es("de cuanto fue la participacion en la general de alcalde de los angeles", "unrouted_fact", "turnout_of"),
    es("la participacion en la general de los angeles paso del 40%?", "unrouted_fact", "turnout_of"),
    es("cuantas personas estaban inscritas para votar en la ciudad de los angeles", "unrouted_fact",
       "registered_voters"),
    es("por cuanto gano bass la general", "unrouted_fact", "margin", stage="general"),
    es("caruso alguna vez lidero una encuesta?", "unrouted_fact", "la_polls_led", person=CARUSO),
    es("cual fue el numero mas alto que tuvo caruso en alguna encuesta", "unrouted_fact", "la_max_share",
       person=CARUSO),
    es("cuantas encuestas hizo berkeley de la carrera de alcalde de los angeles", "unrouted_fact",
       "la_pollster_poll_count", pollster=IGS),
    es("cuantas encuestas hay de la alcaldia de los angeles", "unrouted_fact", "la_poll_count"),
    es("cuantos respaldos junto caruso en total", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    es("que sindicatos dieron su apoyo en la carrera de alcalde de los angeles", "unrouted_fact",
       "endorsers_by_type", endorser_type="union"),
    es("que periodicos respaldaron a bass", "unrouted_fact", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    es("de que tamano fue la muestra de la encuesta de wallin para alcalde de LA", "unrouted_fact", "la_poll_fact",
       attribute="sample_size", pollster=WALLIN),
    es("quien patrocino la encuesta de wallin de la alcaldia de los angeles", "unrouted_fact", "la_poll_fact",
       attribute="sponsor", pollster=WALLIN),
    es("en que fechas se hizo la encuesta de lmu de alcalde", "unrouted_fact", "la_poll_fact",
       attribute="field_dates", pollster=LMU),
    es("quien saco menos votos en la primaria de alcalde de los angeles", "unrouted_fact", "rank",
       stage="primary", place=-1),
    es("en que lugar quedo andrew kim en la primaria de alcalde de LA", "unrouted_fact", "place_of", person=KIM,
       stage="primary"),
    es("cuando se retiro jessica lall de la carrera", "unrouted_fact", "withdrawal_month", person=LALL),
    es("obama en que fecha le dio su respaldo a karen bass", "unrouted_fact", "endorsement_date",
       endorser="Barack Obama",
       candidate=BASS),
    es("bass saco mas votos que caruso en la primaria?", "unrouted_fact", "la_results_of", people=BOTH,
       stage="primary"),
    es("oye cuantos votos hubo en total en la primaria de alcalde de los angeles", "unrouted_fact", "total_votes",
       stage="primary"),
    es("cuantos candidatos habia en la boleta para alcalde de los angeles", "unrouted_fact", "candidate_count",
       on_ballot=True),
    es("gano bass?", "swallowed", "outcome_es", person=BASS),
    es("perdio caruso por mucho?", "swallowed", "gap", first=BASS, second=CARUSO, stage="general"),
    es("cuanto saco feuer", "swallowed", "result_of", person=FEUER, stage="primary"),
    es("buscaino a quien apoyo al final", "swallowed", "endorsed_by", endorser=BUSCAINO),
    es("viola cuantos votos saco", "swallowed", "votes_of", person=VIOLA, stage="primary"),
    es("que tan mal le fue a kdl", "swallowed", "result_of", person=KDL, stage="primary"),
    es("caruso quedo segundo en la general?", "swallowed", "place_of", person=CARUSO, stage="general"),
    es("lall cuando se salio", "swallowed", "withdrawal_month", person=LALL),
    es("bass cuantos apoyos tiene", "swallowed", "endorsement_count", candidate=BASS),
    es("de leon gano o perdio", "swallowed", "outcome_es", person=KDL),
    es("encuesta de wallin en agosto para alcalde de los angeles", "dropped_constraint", "la_no_poll",
       missing=("agosto", "august"), pollster=WALLIN, month=(2022, 8)),
    es("como iba bass entre los latinos en la encuesta de wallin de LA", "dropped_constraint", "la_group_share",
       person=BASS, group="Latino", pollster=WALLIN),
    es("hubo encuesta de fm3 en 2022 para alcalde de los angeles?", "dropped_constraint", "la_no_poll",
       missing=("2022",), pollster=FM3, year=2022),
    es("encuesta de lmu de alcalde entre votantes probables", "dropped_constraint", "la_no_poll",
       missing=("probable*", "likely"), pollster=LMU, population="lv"),
    es("hubo alguna encuesta en julio de 2022 para alcalde de los angeles", "dropped_constraint", "la_no_poll",
       missing=("julio", "july"), month=(2022, 7)),
    es("como le fue a caruso con los votantes negros en la encuesta de wallin de LA", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Black", pollster=WALLIN),
    es("quien iba ganando en la encuesta de berkeley de agosto para alcalde de LA", "dropped_constraint",
       "la_poll_fact", attribute="leader", pollster=IGS, month=(2022, 8)),
    es("que apoyos sindicales tuvo caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    es("que famosos apoyaron a bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="celebrity"),
    es("y al final quien gano la alcaldia de los angeles", "ordinary", "leader"),
    es("ultima encuesta de alcalde de los angeles", "ordinary", "latest_poll"),
    es("oye quienes eran los candidatos pa alcalde de los angeles", "ordinary", "candidates"),
    es("resultados de la general de alcalde de los angeles", "ordinary", "winner", stage="general"),
    es("cuando son las elecciones de alcalde en los angeles", "ordinary", "election_date"),
)

# The whole batch, as the dev set takes it.
FRESH21_SET: tuple[DevQuestion, ...] = (*LA_FACTS_SET, *LA_SWALLOWED_SET, *LA_OTHER_SET, *ES_SET)
