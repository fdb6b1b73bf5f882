"""The twelfth fresh dev batch: the LA race, people who are and are not in it.

Written on 2026-12-07 by a helper session in the worktree `fresh12` (base `3826463`) that read neither the engine
(`bot/`), the sealed rows, the other dev batches (only the docstring and first lines of `fresh8_set.py`, for the
format) nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`, `expect.py`, `check.py`, `bundle.py`,
`derive_la.py`, `derive_files.py`, `files.py`, `score.py`, `tests/devset/question.py`, `derive_more.py`, `score.py`,
`overlap.py`, the READMEs), the LA bundles in `data/races/` and the list of people the real files name (read with
`tests.sealed.files`, to know which surnames a trap shares with a race of the files). Every surname of an
`other_surname` row was checked with a script against the 1990 Census list of the `names` package (>= 0.002%), the
LA bundles' text (the derivations `nobody` and `la_other_given` assert it is absent) and the files' names.

What it hunts: confident answers about someone the question did not name, or about the race when the question named
someone nobody has. Other people typed where an LA candidate or endorser would go: politicians of other cities and
states (Eric Adams, Lori Lightfoot, Ron DeSantis, Mitch McConnell, Kevin McCarthy, Ted Cruz, Rick Scott, Andrew
Yang, many of them candidates of the real files), LA figures who are not in the data (Hilda Solis, Janice Hahn,
Kathryn Barger, Gloria Molina, Kenneth Mejia, Larry Elder), celebrities (Taylor Swift, Tom Hanks, Kevin Hart, Rick
Ross, Tyler Perry, Brad Pitt, Mel Gibson), a given name of the race with a surname nobody has ("lance bass", "john
caruso", "paul kim", "kevin smith", "steve martinez"), surnames one or two letters from a candidate's, endorser's or
pollster's ("karen bassett", "rick carson", "mel wilcox", "katy berry", "ted lee", "curren prince", "shirley
webber", "j walling"), two people named where one is in the race ("did bass beat lopez", "de leon vs torres"), and
other people beside a pollster or a group of voters ("what did the berkeley poll have lopez at", "perez with asian
voters"). Around them, rows about people who are in the data as people type them (first names, possessives without
apostrophes, titles, nicknames: "karens endorsements", "kim k", "snoop dog", "richard caruso", "jsamuel jackson",
"councilman de leon") and the constraints and facts the race holds (pollster, month, population, group of voters,
endorser kind, an endorser's office, stage, year, office; places, margins, gaps, totals, turnout, sample size, field
dates, sponsor, method, withdrawals, endorsement dates, days until and between stages). Spanish as Latin American
users write it, with and without accents.

309 rows: 239 "la" (English), 70 "es" (Spanish, about LA).
| kind | la | es | all |
|---|---|---|---|
| other_surname | 92 | 27 | 119 |
| dropped_constraint | 50 | 15 | 65 |
| unrouted_fact | 43 | 13 | 56 |
| swallowed | 20 | 4 | 24 |
| two_spellings | 18 | 5 | 23 |
| ordinary | 16 | 6 | 22 |
Forty-three first drafts were reworded before any score: 39 at the first overlap check (3 equal to sealed, 31 to
other dev and 5 to engine-test phrasings), then 4 of those rewordings that equalled other dev phrasings.

First score, the rows as first drafted, on the engine of the base `3826463`
(`python -m tests.devset.score --module tests.devset.fresh12_set`):
```
overall: 287/309 right (92.9%), 4 ruled out
  group la                   218/239 right (91.2%), 3 ruled out
  group es                   69/70 right (98.6%), 1 ruled out
  kind ordinary             19/22 right (86.4%), 0 ruled out
  kind swallowed            23/24 right (95.8%), 0 ruled out
  kind other_surname        118/119 right (99.2%), 1 ruled out
  kind two_spellings        22/23 right (95.7%), 0 ruled out
  kind dropped_constraint   55/65 right (84.6%), 3 ruled out
  kind unrouted_fact        50/56 right (89.3%), 0 ruled out
ruled_out: 4
grades: {'right': 287, 'ruled_out': 4, 'wrong': 18}
```
Corrections after the first score, each because the row itself was unfair (never to match an answer):
- "what did kim get in the primary" named no race where the real files have an Andy Kim and a Sery Kim: now "what did
  kim get in the la mayor primary" (same spec).
- "bass or caruso whos got it" kept the spec of its first draft, "bass or caruso" (`compare`, both names), after the
  rewording made it ask who wins: now `leader`.
- "how many votes did jessica lall get in the primary" expected her withdrawal (`outcome`), but a dropped constraint
  is also answered by saying the data has no such figure ("no primary result recorded"): now `la_not_in_stage`, a
  new derivation in `derive_more.py` (a candidate asked of a stage whose results do not list them: the answer says
  so, a stage or withdrawal word with a negation, or a "not found" status).

Score after the corrections (same engine, same command):
```
overall: 290/309 right (93.9%), 4 ruled out
  group la                   221/239 right (92.5%), 3 ruled out
  group es                   69/70 right (98.6%), 1 ruled out
  kind ordinary             20/22 right (90.9%), 0 ruled out
  kind swallowed            24/24 right (100.0%), 0 ruled out
  kind other_surname        118/119 right (99.2%), 1 ruled out
  kind two_spellings        22/23 right (95.7%), 0 ruled out
  kind dropped_constraint   56/65 right (86.2%), 3 ruled out
  kind unrouted_fact        50/56 right (89.3%), 0 ruled out
ruled_out: 4
grades: {'right': 290, 'ruled_out': 4, 'wrong': 15}
```
The four ruled out: "did jj adams endorse karen bass" (all 49 of Bass's endorsements), "wallin poll registered voters
la mayor", "bass with likely voters in the lmu poll" and "la encuesta de lmu, votantes probables, cuanto tenia bass"
(each pollster's poll of its other population, shown as if asked).
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
SMITH, JACKSON, BUSCAINO = "Alex Gruenenfelder Smith", "John Jackson", "Joe Buscaino"
FEUER, VARMA, LALL = "Mike Feuer", "Ramit Varma", "Jessica Lall"
LAPPL = "Los Angeles Police Protective League"


def gone(surname: str, *more: str) -> dict[str, tuple[str, ...]]:
    """The arguments of `nobody`: the surname first (the census check reads it), then the full name."""
    return {"missing": (surname, *more)}


# ------------------------------------------------------------------------------------------------ English, LA
LA_OTHER = (
    # people who endorsed nobody here, named as endorsers
    la("did taylor swift endorse caruso for mayor", "other_surname", "nobody", **gone("swift", "taylor swift")),
    la("oprah winfrey endorsing karen bass for la mayor?", "other_surname", "nobody", **gone("winfrey", "oprah")),
    la("has tom hanks endorsed anyone in the la mayors race", "other_surname", "nobody",
       **gone("hanks", "tom hanks")),
    la("did kevin hart back bass or caruso", "other_surname", "nobody", **gone("hart", "kevin hart")),
    la("rick ross endorsed caruso right", "other_surname", "nobody", **gone("ross", "rick ross")),
    la("did tyler perry endorse rick caruso", "other_surname", "la_other_given", given="tyler", surname="perry"),
    la("rick perry endorsement for la mayor, who'd he pick", "other_surname", "la_other_given", given="rick",
       surname="perry"),
    la("did eric adams endorse bass for la mayor", "other_surname", "nobody", **gone("adams", "eric adams")),
    la("lori lightfoot endorsement in the la mayor race", "other_surname", "nobody", **gone("lightfoot")),
    la("did jerry brown endorse karen bass", "other_surname", "nobody", **gone("brown", "jerry brown")),
    la("who did kevin mccarthy endorse for mayor of la", "other_surname", "nobody",
       **gone("mccarthy", "kevin mccarthy")),
    la("ron desantis backed caruso for mayor didnt he", "other_surname", "nobody", **gone("desantis")),
    la("did mitch mcconnell back caruso in LA", "other_surname", "nobody", **gone("mcconnell")),
    la("janet jackson endorsed bass??", "other_surname", "la_other_given", given="janet", surname="jackson"),
    la("owen wilson is a caruso endorser?", "other_surname", "la_other_given", given="owen", surname="wilson"),
    la("did adam levine endorse karen bass", "other_surname", "nobody", **gone("levine", "adam levine")),
    la("jlo endorsed bass for mayor? jennifer lopez i mean", "other_surname", "nobody",
       **gone("lopez", "jennifer lopez")),
    la("is magic johnson supporting caruso for la mayor", "other_surname", "nobody",
       **gone("johnson", "magic johnson")),
    la("larry elder endorse rick caruso or not", "other_surname", "nobody", **gone("elder", "larry elder")),
    la("did supervisor hilda solis endorse bass", "other_surname", "nobody", **gone("solis", "hilda solis")),
    la("who did janice hahn endorse for la mayor", "other_surname", "nobody", **gone("hahn", "janice hahn")),
    la("kathryn barger caruso endorsement", "other_surname", "nobody", **gone("barger")),
    la("xavier becerra endorsed karen bass?", "other_surname", "nobody", **gone("becerra")),
    la("ted cruz endorsed caruso for mayor lol did he", "other_surname", "nobody", **gone("cruz", "ted cruz")),
    la("did gloria molina endorse de leon for mayor", "other_surname", "nobody", **gone("molina")),
    la("kenneth mejia endorsement la mayor", "other_surname", "nobody", **gone("mejia")),
    la("mike pence endorsed rick caruso?", "other_surname", "nobody", **gone("pence", "mike pence")),
    la("did mel gibson endorse caruso", "other_surname", "nobody", **gone("gibson", "mel gibson")),
    la("brad pitt endorsing bass for la mayor?", "other_surname", "nobody", **gone("pitt", "brad pitt")),
    la("is pete davidson a caruso supporter", "other_surname", "nobody", **gone("davidson", "pete davidson")),
    la("did harrison ford endorse karen bass for mayor", "other_surname", "nobody",
       **gone("ford", "harrison ford")),
    la("chris pratt caruso endorsement", "other_surname", "nobody", **gone("pratt", "chris pratt")),
    # one or two letters from an endorser's name
    la("did katy berry endorse caruso", "other_surname", "nobody", **gone("berry", "katy berry")),
    la("jennifer gardner endorsed bass right", "other_surname", "nobody", **gone("gardner")),
    la("did jj adams endorse karen bass", "other_surname", "nobody", **gone("adams", "jj adams")),
    la("ted lee endorsed bass for mayor?", "other_surname", "nobody", **gone("lee", "ted lee")),
    la("did katie potter endorse karen bass", "other_surname", "nobody", **gone("potter")),
    la("curren prince endorsement la mayor", "other_surname", "nobody", **gone("prince")),
    la("charlie peck endorsed caruso didnt he", "other_surname", "nobody", **gone("peck")),
    la("gil castillo endorsement for la mayor", "other_surname", "nobody", **gone("castillo")),
    la("did shirley webber endorse bass", "other_surname", "nobody", **gone("webber")),
    la("bernie sanderson endorsed bass?", "other_surname", "nobody", **gone("sanderson")),
    la("elizabeth warner endorsement for karen bass", "other_surname", "nobody", **gone("warner")),
    la("did barbara baxter endorse bass for mayor", "other_surname", "nobody", **gone("baxter")),
    la("lou correia backed karen bass?", "other_surname", "nobody", **gone("correia")),
    la("did rep judy choi endorse bass", "other_surname", "nobody", **gone("choi")),
    la("dolores herrera endorsed bass for la mayor", "other_surname", "nobody", **gone("herrera")),
    # one or two letters from a candidate's or pollster's name, a candidate's given name
    la("how is karen bassett polling for la mayor", "other_surname", "nobody", **gone("bassett")),
    la("rick carson la mayor poll numbers", "other_surname", "nobody", **gone("carson")),
    la("did rick russo make the la mayor runoff", "other_surname", "nobody", **gone("russo")),
    la("mel wilcox primary votes la mayor", "other_surname", "nobody", **gone("wilcox")),
    la("craig greer la mayor race results", "other_surname", "nobody", **gone("greer")),
    la("what did andrew kimball get in the la mayor primary", "other_surname", "nobody", **gone("kimball")),
    la("did joe busch drop out of the race for la mayor", "other_surname", "nobody", **gone("busch")),
    la("mike fuller la mayor candidate?", "other_surname", "nobody", **gone("fuller")),
    la("when did jessica hall drop out of the la mayor race", "other_surname", "nobody", **gone("hall")),
    la("is john jacobs on the ballot for la mayor", "other_surname", "nobody", **gone("jacobs")),
    la("gina vitale la mayor votes", "other_surname", "nobody", **gone("vitale")),
    la("how did kevin leonard do in the la primary", "other_surname", "nobody", **gone("leonard")),
    la("karen bates won la mayor?", "other_surname", "nobody", **gone("bates")),
    la("kevin delgado's numbers in the race for mayor of los angeles", "other_surname", "nobody",
       **gone("delgado")),
    la("alex smithson la mayor primary result", "other_surname", "nobody", **gone("smithson")),
    la("ramit sharma endorsed who for la mayor", "other_surname", "nobody", **gone("sharma")),
    la("the j walling poll of the la mayor race, who led", "other_surname", "nobody", **gone("walling")),
    # two people named where only one is in the race
    la("did bass beat lopez in the la mayor primary", "other_surname", "nobody", **gone("lopez")),
    la("bass vs garcia la mayor polls", "other_surname", "nobody", **gone("garcia")),
    la("caruso or hernandez for la mayor, who's ahead", "other_surname", "nobody", **gone("hernandez")),
    la("who got more votes in the la general, bass or rivera", "other_surname", "nobody", **gone("rivera")),
    la("margin between caruso and ramirez in the la mayor race", "other_surname", "nobody", **gone("ramirez")),
    la("de leon vs torres la mayor primary", "other_surname", "nobody", **gone("torres")),
    la("did viola finish ahead of flores in the la primary", "other_surname", "nobody", **gone("flores")),
    la("how far was gonzalez behind bass in la", "other_surname", "nobody", **gone("gonzalez")),
    la("bass caruso and mendoza in the la mayor primary", "other_surname", "nobody", **gone("mendoza")),
    # other people asked as candidates
    la("is andrew yang running for la mayor", "other_surname", "nobody", **gone("yang", "andrew yang")),
    la("is rick scott in the la mayor race", "other_surname", "nobody", **gone("scott", "rick scott")),
    la("where did mel brooks finish in the la mayor primary", "other_surname", "nobody",
       **gone("brooks", "mel brooks")),
    la("how many votes did jessica simpson get for la mayor", "other_surname", "nobody",
       **gone("simpson", "jessica simpson")),
    la("did lance bass run for la mayor", "other_surname", "la_other_given", given="lance", surname="bass"),
    la("how is john caruso polling in los angeles", "other_surname", "la_other_given", given="john",
       surname="caruso"),
    la("chris harris la mayor standing", "other_surname", "la_other_given", given="chris", surname="harris"),
    la("what did steve martinez get in the la mayor primary", "other_surname", "la_other_given", given="steve",
       surname="martinez"),
    la("paul kim la mayor primary votes", "other_surname", "la_other_given", given="paul", surname="kim"),
    la("did david jackson make the la mayor runoff", "other_surname", "la_other_given", given="david",
       surname="jackson"),
    la("is kevin smith running for mayor of la", "other_surname", "la_other_given", given="kevin",
       surname="smith"),
    # other people beside a pollster or a group of voters
    la("what did the berkeley poll have lopez at for la mayor", "other_surname", "nobody", **gone("lopez")),
    la("how is garcia doing with latino voters in the la mayor race", "other_surname", "nobody",
       **gone("garcia")),
    la("wallin poll, where was rick scott in the la race", "other_surname", "nobody", **gone("scott")),
    la("fm3 la mayor poll: how did hernandez do", "other_surname", "nobody", **gone("hernandez")),
    la("lmu poll for la mayor, adams number", "other_surname", "nobody", **gone("adams")),
    la("among black voters hows rivera doing for la mayor", "other_surname", "nobody", **gone("rivera")),
    la("cohen's share among likely voters in the la mayor polls", "other_surname", "nobody", **gone("cohen")),
    la("perez with asian voters, la mayor", "other_surname", "nobody", **gone("perez")),
)

LA_CONSTRAINT = (
    # a pollster, a month, a population
    la("wallin poll caruso number la mayor", "dropped_constraint", "la_poll_share", pollster=WALLIN,
       person=CARUSO),
    la("what did fm3 have karen bass at in the la mayor race", "dropped_constraint", "la_poll_share",
       pollster=FM3, person=BASS),
    la("lmu's number for de leon in the la mayor poll", "dropped_constraint", "la_poll_share", pollster=LMU,
       person=KDL),
    la("berkeley april poll: de leon's share in la", "dropped_constraint", "la_poll_share", pollster=BERKELEY,
       person=KDL, month=(2022, 4)),
    la("bass among registered voters in the february berkeley la poll", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 2), population="rv", person=BASS),
    la("caruso with likely voters, feb igs poll of la mayor", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 2), population="lv", person=CARUSO),
    la("who led the august igs poll of la mayor", "dropped_constraint", "la_poll_leader", pollster=BERKELEY,
       month=(2022, 8)),
    la("any la mayor poll taken in july 2022?", "dropped_constraint", "poll_in_month", year=2022, month=7),
    la("la mayor polling in dec 2021, anything", "dropped_constraint", "poll_in_month", year=2021,
       month=12),
    la("who was ahead in the may 2022 la mayor poll", "dropped_constraint", "poll_in_month", year=2022, month=5),
    la("la mayor poll numbers from january 2022", "dropped_constraint", "poll_in_month", year=2022, month=1),
    la("wallin poll registered voters la mayor", "dropped_constraint", "la_no_poll", missing=("registered",),
       pollster=WALLIN, population="rv"),
    la("fm3's likely voter numbers for la mayor", "dropped_constraint", "la_no_poll", missing=("likely",),
       pollster=FM3, population="lv"),
    la("bass with likely voters in the lmu poll", "dropped_constraint", "la_no_poll", missing=("likely",),
       pollster=LMU, population="lv"),
    la("wallin la mayor poll: how is bass doing with women", "dropped_constraint", "la_no_group", group="women",
       pollster=WALLIN),
    la("fm3 la poll latino voters, who leads", "dropped_constraint", "la_no_group", group="latino", pollster=FM3),
    la("lmu la mayor poll black voters", "dropped_constraint", "la_no_group", group="black", pollster=LMU),
    la("how did bass do with black voters in the wallin poll", "dropped_constraint", "la_group_share",
       person=BASS, group="Black voters", pollster=WALLIN),
    la("caruso among latino voters, wallin la poll", "dropped_constraint", "la_group_share", person=CARUSO,
       group="Latino voters", pollster=WALLIN),
    la("caruso's number with asian voters in the october berkeley la poll", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Asian", pollster=BERKELEY, month=(2022, 10)),
    la("who led the san fernando valley in the november igs la poll", "dropped_constraint", "la_group_leader",
       group="San Fernando Valley", pollster=BERKELEY, month=(2022, 11)),
    la("de leon with latino likely voters, april berkeley poll", "dropped_constraint", "la_group_share",
       person=KDL, group="Latino likely voters", pollster=BERKELEY, month=(2022, 4)),
    la("bass's share of democrats in the fm3 la poll", "dropped_constraint", "la_group_share", person=BASS,
       group="Democrats", pollster=FM3),
    la("bass's likely voter number in the final igs poll of la mayor", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 11), population="lv", person=BASS),
    la("caruso among registered voters in the berkeley la poll released oct 3", "dropped_constraint",
       "la_poll_pick", pollster=BERKELEY, month=(2022, 10), population="rv", person=CARUSO),
    la("how did caruso do in south la in the polls", "dropped_constraint", "subgroup", group="south la"),
    la("bass numbers with asian voters", "dropped_constraint", "subgroup", group="asian", candidate=BASS),
    # an endorser's kind, a stage, a year, an office
    la("what papers came out for karen bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    la("unions backing caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO, endorser_type="union"),
    la("caruso celeb endorsements", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="celebrity"),
    la("did any unions endorse de leon", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="union"),
    la("celebs endorsing kevin de leon", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="celebrity"),
    la("newspaper endorsements caruso got", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="newspaper"),
    la("which organizations endorsed karen bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="organization"),
    la("which hollywood celebrities backed karen bass", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="celebrity"),
    la("sitting us senators who endorsed bass", "dropped_constraint", "endorsers_described", candidate=BASS,
       words=("U.S. Senator",), without=("Former",)),
    la("which county supervisors endorsed bass", "dropped_constraint", "endorsers_described", candidate=BASS,
       words=("County Supervisor",)),
    la("city council members backing caruso", "dropped_constraint", "endorsers_described", candidate=CARUSO,
       words=("City Council",)),
    la("de leon votes in the general", "dropped_constraint", "outcome", person=KDL),
    la("viola's share in the november la election", "dropped_constraint", "outcome", person=VIOLA),
    la("how many votes did jessica lall get in the primary", "dropped_constraint", "la_not_in_stage", person=LALL,
       stage="primary"),
    la("caruso's primary percentage", "dropped_constraint", "result_of", person=CARUSO, stage="primary"),
    la("bass november vote total", "dropped_constraint", "votes_of", person=BASS, stage="general"),
    la("who won the june la mayor primary", "dropped_constraint", "winner", stage="primary"),
    la("who came third in the la general", "dropped_constraint", "no_place", stage="general", place=3),
    la("2017 la mayor election, who took it", "dropped_constraint", "nobody", missing=("2017",)),
    la("la mayor 2026 polls", "dropped_constraint", "la_no_poll", missing=("2026",), year=2026),
    la("what did the 2021 poll of the la mayor race show", "dropped_constraint", "la_poll_leader",
       pollster=FM3),
    la("who won la county sheriff", "dropped_constraint", "nobody", missing=("sheriff",)),
    la("results for la city controller, who won that one", "dropped_constraint", "nobody", missing=("controller",)),
)

LA_FACT = (
    la("where did mel wilson place in the la primary", "unrouted_fact", "place_of", person=WILSON,
       stage="primary"),
    la("how many votes did gina viola get", "unrouted_fact", "votes_of", person=VIOLA, stage="primary"),
    la("andrew kim percent la mayor primary", "unrouted_fact", "result_of", person=KIM, stage="primary"),
    la("gap between viola and de leon in the primary", "unrouted_fact", "gap", first=VIOLA, second=KDL,
       stage="primary"),
    la("caruso's endorsement count?", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    la("who did buscaino endorse after dropping out", "unrouted_fact", "endorsed_by", endorser=BUSCAINO),
    la("when did the police union endorse caruso", "unrouted_fact", "endorsement_date", endorser=LAPPL,
       candidate=CARUSO),
    la("when did obama endorse karen bass", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    la("what day did biden endorse bass", "unrouted_fact", "endorsement_date", endorser="Joe Biden",
       candidate=BASS),
    la("days until the la mayor primary", "unrouted_fact", "days_until", stage="primary"),
    la("how many days till the la general", "unrouted_fact", "days_until", stage="general"),
    la("how many ppl did wallin survey for la mayor", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sample_size"),
    la("fm3 la poll field dates", "unrouted_fact", "poll_attribute", pollster=FM3, attribute="field_dates"),
    la("who sponsored wallins la mayor poll", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sponsor"),
    la("how was the wallin la poll conducted", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="method"),
    la("la mayor: who withdrew from the race", "unrouted_fact", "withdrew"),
    la("number of la mayor candidates who quit", "unrouted_fact", "withdrawn_count"),
    la("who left the la mayor race before the ballot was set", "unrouted_fact", "withdrawn_off_ballot"),
    la("which pollsters polled the la mayor race", "unrouted_fact", "pollsters"),
    la("count of la mayor polls you have?", "unrouted_fact", "la_poll_count"),
    la("what was turnout like for the la mayor vote", "unrouted_fact", "turnout_of"),
    la("all votes cast for mayor in the la general, total?", "unrouted_fact", "total_votes", stage="general"),
    la("margin in the la primary", "unrouted_fact", "margin", stage="primary"),
    la("who came in last in the la mayor primary", "unrouted_fact", "rank", stage="primary", place=-1),
    la("who finished fourth in the la primary", "unrouted_fact", "rank", stage="primary", place=4),
    la("how many were on the ballot for la mayor", "unrouted_fact", "candidate_count", on_ballot=True),
    la("registered voters in la city", "unrouted_fact", "registered_voters"),
    la("how many newspapers endorsed bass", "unrouted_fact", "endorser_type_count", endorser_type="newspaper",
       candidate=BASS),
    la("highest poll number caruso ever got", "unrouted_fact", "la_max_share", person=CARUSO),
    la("who missed the runoff in la", "unrouted_fact", "out_in_primary"),
    la("did bass do better in the general than the primary", "unrouted_fact", "stage_change", person=BASS),
    la("how many days between the la primary and general", "unrouted_fact", "days_between", first="primary",
       second="general"),
    la("the candidates who quit and then backed caruso, who were they", "unrouted_fact", "withdrawn_endorsers",
       candidate=CARUSO),
    la("how many pollsters polled la mayor", "unrouted_fact", "la_pollster_count"),
    la("when was the first la mayor poll", "unrouted_fact", "first_poll_day"),
    la("who paid for the may la mayor poll", "unrouted_fact", "la_month_sponsor", year=2022, month=5),
    la("last poll before the la primary", "unrouted_fact", "la_poll_before", stage="primary"),
    la("the first la mayor poll after the primary", "unrouted_fact", "la_poll_after", stage="primary"),
    la("when was the most recent la mayor poll done", "unrouted_fact", "newest_poll_day"),
    la("sample size of the final igs la poll", "unrouted_fact", "la_poll_unknown", attribute="sample_size",
       pollster=BERKELEY),
    la("bass, caruso and de leon primary numbers", "unrouted_fact", "la_results_of",
       people=(BASS, CARUSO, KDL), stage="primary"),
    la("how many votes separated bass and caruso in november", "unrouted_fact", "gap", first=BASS,
       second=CARUSO, stage="general"),
    la("who endorsed gina viola", "unrouted_fact", "endorsers_of", candidate=VIOLA),
)

LA_SWALLOWED = (
    la("how much did caruso lose by in november", "swallowed", "margin", stage="general"),
    la("what did kim get in the la mayor primary", "swallowed", "result_of", person=KIM, stage="primary"),
    la("did viola win", "swallowed", "outcome", person=VIOLA),
    la("is wilson still running for mayor", "swallowed", "is_running", person=WILSON),
    la("did lall drop out", "swallowed", "did_withdraw", person=LALL),
    la("feuer endorsed which candidate", "swallowed", "endorsed_by", endorser=FEUER),
    la("how many votes did greiwe get", "swallowed", "votes_of", person=GREIWE, stage="primary"),
    la("where did jackson finish in the la mayor primary", "swallowed", "place_of", person=JACKSON,
       stage="primary"),
    la("did caruso beat bass", "swallowed", "compare", first=CARUSO, second=BASS),
    la("how did bass do in the primary", "swallowed", "result_of", person=BASS, stage="primary"),
    la("what was de leon's percentage", "swallowed", "result_of", person=KDL, stage="primary"),
    la("was varma on the ballot", "swallowed", "is_running", person=VARMA),
    la("whatd smith get in the la mayor primary", "swallowed", "result_of", person=SMITH, stage="primary"),
    la("when is bass's runoff", "swallowed", "election_date", stage="general"),
    la("did kdl make it to november", "swallowed", "outcome", person=KDL),
    la("how many votes did caruso have in november", "swallowed", "votes_of", person=CARUSO, stage="general"),
    la("who did varma back", "swallowed", "endorsed_by", endorser=VARMA),
    la("was greiwe last", "swallowed", "place_of", person=GREIWE, stage="primary"),
    la("why is feuer out", "swallowed", "did_withdraw", person=FEUER),
    la("what did buscaino end up with in the primary", "swallowed", "result_of", person=BUSCAINO,
       stage="primary"),
)

LA_SPELLINGS = (
    la("kevin deleon how many votes in the primary", "two_spellings", "votes_of", person=KDL, stage="primary"),
    la("list rep karen bass's endorsers", "two_spellings", "endorsers_of", candidate=BASS),
    la("richard caruso primary result", "two_spellings", "result_of", person=CARUSO, stage="primary"),
    la("jsamuel jackson votes for mayor", "two_spellings", "votes_of", person=JACKSON, stage="primary"),
    la("alex gruenenfelder la mayor result", "two_spellings", "result_of", person=SMITH, stage="primary"),
    la("melvin wilson la mayor primary", "two_spellings", "result_of", person=WILSON, stage="primary"),
    la("michael feuer endorsed who", "two_spellings", "endorsed_by", endorser=FEUER),
    la("joseph buscaino still in the mayors race?", "two_spellings", "did_withdraw", person=BUSCAINO),
    la("jess lall mayor run", "two_spellings", "did_withdraw", person=LALL),
    la("councilman de leon place in the primary", "two_spellings", "place_of", person=KDL, stage="primary"),
    la("mayor karen bass general election votes", "two_spellings", "votes_of", person=BASS, stage="general"),
    la("craig e greiwe finish", "two_spellings", "place_of", person=GREIWE, stage="primary"),
    la("snoop dog endorsed caruso?", "two_spellings", "endorsement_pair", endorser="Snoop Dogg",
       candidate=CARUSO),
    la("jj abrams endorsed who for mayor", "two_spellings", "endorsed_by", endorser="J.J. Abrams"),
    la("emilys list la mayor endorsement", "two_spellings", "endorsed_by", endorser="EMILY's List"),
    la("who did la opinion endorse", "two_spellings", "endorsed_by", endorser="La Opinión"),
    la("kim k endorsed caruso?", "two_spellings", "endorsement_pair", endorser="Kim Kardashian",
       candidate=CARUSO),
    la("whats kdl's primary share", "two_spellings", "result_of", person=KDL, stage="primary"),
)

LA_ORDINARY = (
    la("who won la mayor", "ordinary", "leader"),
    la("who all is running for mayor of la", "ordinary", "candidates"),
    la("la mayor latest poll", "ordinary", "latest_poll"),
    la("who all endorsed rick caruso", "ordinary", "endorsers_of", candidate=CARUSO),
    la("when's the primary for la mayor again", "ordinary", "election_date", stage="primary"),
    la("the two who advanced to the la mayor runoff?", "ordinary", "top_two", stage="primary"),
    la("did spielberg endorse bass", "ordinary", "endorsement_pair", endorser="Steven Spielberg",
       candidate=BASS),
    la("katy perry is backing caruso right?", "ordinary", "endorsement_pair", endorser="Katy Perry",
       candidate=CARUSO),
    la("did adam schiff endorse bass", "ordinary", "endorsement_pair", endorser="Adam Schiff", candidate=BASS),
    la("who's rick caruso", "ordinary", "profile", person=CARUSO),
    la("bass or caruso whos got it", "ordinary", "leader"),
    la("who did elon musk endorse", "ordinary", "endorsed_by", endorser="Elon Musk"),
    la("karens endorsements", "ordinary", "endorsers_of", candidate=BASS),
    la("ricks primary votes", "ordinary", "votes_of", person=CARUSO, stage="primary"),
    la("gwyneth paltrow endorsed rick caruso?", "ordinary", "endorsement_pair", endorser="Gwyneth Paltrow",
       candidate=CARUSO),
    la("did dolores huerta endorse karen", "ordinary", "endorsement_pair", endorser="Dolores Huerta",
       candidate=BASS),
)

LA_ROWS = (*LA_OTHER, *LA_CONSTRAINT, *LA_FACT, *LA_SWALLOWED, *LA_SPELLINGS, *LA_ORDINARY)

# ------------------------------------------------------------------------------------------------ Spanish, LA
SPANISH_ROWS = (
    # other people
    es("taylor swift apoyó a caruso?", "other_surname", "nobody", **gone("swift", "taylor swift")),
    es("¿jennifer lopez respaldo a bass para la alcaldia de LA?", "other_surname", "nobody",
       **gone("lopez", "jennifer lopez")),
    es("¿cuántos votos sacó lópez en la primaria de los angeles?", "other_surname", "nobody", **gone("lopez")),
    es("bass contra garcia en las encuestas de la alcaldia de LA", "other_surname", "nobody", **gone("garcia")),
    es("como va hernandez en la carrera por la alcaldia de los angeles", "other_surname", "nobody",
       **gone("hernandez")),
    es("quien gano entre caruso y ramirez en LA", "other_surname", "nobody", **gone("ramirez")),
    es("¿el alcalde eric adams apoyó a karen bass?", "other_surname", "nobody", **gone("adams", "eric adams")),
    es("¿hilda solís respaldó a bass?", "other_surname", "nobody", **gone("solis", "hilda solis")),
    es("rick ross apoyo a caruso para alcalde", "other_surname", "nobody", **gone("ross", "rick ross")),
    es("¿lance bass se postuló para alcalde de los angeles?", "other_surname", "la_other_given", given="lance",
       surname="bass"),
    es("tyler perry le dio su apoyo a rick caruso?", "other_surname", "la_other_given", given="tyler",
       surname="perry"),
    es("karen bassett en las encuestas de LA", "other_surname", "nobody", **gone("bassett")),
    es("rick carson votos primaria alcaldia LA", "other_surname", "nobody", **gone("carson")),
    es("kevin delgado alcaldía de los ángeles, cómo va", "other_surname", "nobody", **gone("delgado")),
    es("gina rodriguez apoyo a de leon?", "other_surname", "nobody", **gone("rodriguez", "gina rodriguez")),
    es("¿cómo le fue a andrew yang en la primaria de LA?", "other_surname", "nobody",
       **gone("yang", "andrew yang")),
    es("¿joe busch se retiró de la carrera por la alcaldía de LA?", "other_surname", "nobody",
       **gone("busch")),
    es("¿quien apoyo a mel wilcox en LA?", "other_surname", "nobody", **gone("wilcox")),
    es("encuesta de berkeley: cuanto tiene torres en LA", "other_surname", "nobody", **gone("torres")),
    es("como va rivera entre los votantes latinos en la alcaldia de LA", "other_surname", "nobody",
       **gone("rivera")),
    es("¿la encuesta de wallin de LA incluyó a flores?", "other_surname", "nobody", **gone("flores")),
    es("carlos martinez votos en la primaria de la alcaldia de LA", "other_surname", "la_other_given",
       given="carlos", surname="martinez"),
    es("¿jaime kim se postulo para alcalde de LA?", "other_surname", "la_other_given", given="jaime",
       surname="kim"),
    es("maria bass alcaldia los angeles", "other_surname", "la_other_given", given="maria", surname="bass"),
    es("¿ted cruz apoyo a caruso?", "other_surname", "nobody", **gone("cruz", "ted cruz")),
    es("mike pence respaldó a rick caruso?", "other_surname", "nobody", **gone("pence", "mike pence")),
    es("quedo gonzalez por delante de de leon en la primaria de LA?", "other_surname", "nobody",
       **gone("gonzalez")),
    # constraints
    es("¿cuánto tenía caruso en la encuesta de wallin?", "dropped_constraint", "la_poll_share", pollster=WALLIN,
       person=CARUSO),
    es("encuesta de la alcaldia de LA de julio 2022", "dropped_constraint", "poll_in_month", year=2022,
       month=7),
    es("¿que diarios le dieron su respaldo a karen bass?", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    es("caruso tiene apoyo de algun sindicato? cuales", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    es("¿algun sindicato apoyo a de leon?", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="union"),
    es("votos de de leon en la eleccion general", "dropped_constraint", "outcome_es", person=KDL),
    es("bass entre votantes negros en la encuesta de wallin", "dropped_constraint", "la_group_share",
       person=BASS, group="Black voters", pollster=WALLIN),
    es("caruso con los votantes asiaticos en la encuesta de octubre de berkeley", "dropped_constraint",
       "la_group_share", person=CARUSO, group="Asian", pollster=BERKELEY, month=(2022, 10)),
    es("encuesta de fm3 en LA, votantes latinos", "dropped_constraint", "la_no_group", group="latino",
       pollster=FM3),
    es("porcentaje de caruso en noviembre", "dropped_constraint", "result_of", person=CARUSO, stage="general"),
    es("encuesta de mayo 2022 alcaldía LA: ¿quién iba arriba?", "dropped_constraint", "poll_in_month",
       year=2022, month=5),
    es("bass con votantes probables en la encuesta final de igs", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 11), population="lv", person=BASS),
    es("famosos que respaldan a caruso para alcalde", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="celebrity"),
    es("ganador de la alcaldia de los angeles 2017", "dropped_constraint", "nobody", missing=("2017",)),
    es("la encuesta de lmu, votantes probables, cuanto tenia bass", "dropped_constraint", "la_no_poll",
       missing=("likely", "probables"), pollster=LMU, population="lv"),
    # facts
    es("gina viola en que puesto termino en la primaria", "unrouted_fact", "place_of", person=VIOLA, stage="primary"),
    es("¿cuántos votos sacó mel wilson para alcalde?", "unrouted_fact", "votes_of", person=WILSON,
       stage="primary"),
    es("diferencia entre bass y caruso en la primaria de LA", "unrouted_fact", "margin", stage="primary"),
    es("en cuantos dias es la primaria de la alcaldia de LA", "unrouted_fact", "days_until", stage="primary"),
    es("¿quiénes se retiraron de la carrera por la alcaldía?", "unrouted_fact", "withdrew"),
    es("tamaño de muestra de la encuesta de wallin", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sample_size"),
    es("qué participación hubo en la votación para alcalde de LA", "unrouted_fact", "turnout_of"),
    es("cuantos aparecian en la boleta de alcalde de los angeles", "unrouted_fact", "candidate_count",
       on_ballot=True),
    es("buscaino a quien le dio su apoyo al retirarse", "unrouted_fact", "endorsed_by", endorser=BUSCAINO),
    es("que dia respaldo obama a bass", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    es("el tercer lugar de la primaria de los angeles quien fue", "unrouted_fact", "rank", stage="primary", place=3),
    es("cuántos respaldos juntó caruso", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    es("total de votos en la general de LA", "unrouted_fact", "total_votes", stage="general"),
    # swallowed, two spellings, ordinary
    es("¿cuánto sacó kim en la primaria de LA?", "swallowed", "result_of", person=KIM, stage="primary"),
    es("¿ganó viola?", "swallowed", "outcome_es", person=VIOLA),
    es("¿a quién apoyó feuer?", "swallowed", "endorsed_by", endorser=FEUER),
    es("cuantos votos tuvo greiwe", "swallowed", "votes_of", person=GREIWE, stage="primary"),
    es("kevin de leon votos primaria", "two_spellings", "votes_of", person=KDL, stage="primary"),
    es("la congresista bass, cuantos votos saco en noviembre", "two_spellings", "votes_of", person=BASS,
       stage="general"),
    es("melvin wilson en la primaria de LA", "two_spellings", "result_of", person=WILSON, stage="primary"),
    es("jsamuel jackson cuantos votos", "two_spellings", "votes_of", person=JACKSON, stage="primary"),
    es("snoop dog apoyo a caruso?", "two_spellings", "endorsement_pair", endorser="Snoop Dogg",
       candidate=CARUSO),
    es("y al final quien se quedo con la alcaldia de LA", "ordinary", "leader"),
    es("quienes se postularon para alcalde de los angeles", "ordinary", "candidates"),
    es("¿quién apoyó a rick caruso?", "ordinary", "endorsers_of", candidate=CARUSO),
    es("la encuesta mas reciente de la alcaldia de LA", "ordinary", "latest_poll"),
    es("¿katy perry apoyó a caruso?", "ordinary", "endorsement_pair", endorser="Katy Perry", candidate=CARUSO),
    es("¿cuándo es la elección general en LA?", "ordinary", "election_date", stage="general"),
)

FRESH12_SET: tuple[DevQuestion, ...] = (*LA_ROWS, *SPANISH_ROWS)
