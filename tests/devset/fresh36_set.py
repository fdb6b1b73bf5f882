"""The thirty-sixth fresh dev batch: OTHER PEOPLE next to the LA mayor race's own, in English and Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the docstring of `fresh35_set.py`, for the format) nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`,
`check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`, `derive_files.py`, `tests/devset/
question.py`, `score.py`, `overlap.py`, `derive_more.py`, the READMEs), the LA bundles and the real files. The race's
candidates, aliases, endorsers, pollsters and polls were listed with scripts over `la_race()`; the people of the real
files who share a surname with them over `poll_races()`; surnames and given names from the 1990 Census lists the
`names` package ships (`dist.all.last`, `dist.male.first`, `dist.female.first`).

What it hunts: people who are NOT the race's, asked in ordinary questions (votes, place, polls, did X make the runoff,
is X running, who endorsed X, whom X endorsed), where an answer about the race's own person states what the question
rules out:
- a real surname nobody of the race has, a letter or two from a candidate's, an endorser's or a pollster's ("karen
  basso", "karen bash", "rick carson", "rick russo", "kevin de luna", "kevin leonard", "gina villa", "mel nelson",
  "jessica lally", "ramit varga", "joe busch", "mike fuller", "craig greer"; "the emerson poll", "rasmussen", "david
  binder"), some of them surnames of the real files' people too (Luna, King, Russo, Leone; "mike garcia" is one of
  them), the three pollsters' names of the files' pollsters (Emerson, Rasmussen, David Binder Research);
- a candidate's or an endorser's surname with a given name nobody of the race has ("tom bass", "maria caruso",
  "david caruso", "carlos de leon", "owen wilson", "janet jackson", "tyler perry", "glenn beck", "joni mitchell",
  "rick warren", "selena gomez"), and people of the real files who share such a surname ("andy harris", "stacey
  abrams", "charles booker", "scott perry", "young kim", "christy smith", "jenny wilson");
- people the bundles name who did not run or endorsed nobody (Katy Perry, Charlie Beck, Nury Martinez, Mark
  Ridley-Thomas, Holly Mitchell, Alex Padilla; Gavin Newsom "had not endorsed");
- pollsters of the real files that never polled the race, by names that are no surnames (Tulchin, PPIC, Selzer);
- against them, the race's own people typed one keystroke off ("karen bas", "rick carsuo", "kevin de loen", "gina
  voila", "mel wilsen", "andrew kimm", "craig griewe", "ramit verma", "jessica lal", "katy pery", "walin", "berkley"),
  by another spelling of their name ("kevin deleon", "kevin leon", "KDL", "jsamuel jackson", "jon jackson", "richard
  caruso", "michael feuer", "joseph buscaino", "bernard sanders", "congresswoman bass", "karen ruth bass", "the l.a.
  times"), and plain questions about them, some with the question word next to the surname ("how much did viola get",
  "who did feuer back", "did kim make the la mayor runoff").
Every other-surname row's surname is one at least 0.002% of people have (checked by its derivation and by a script
before any score); every typo's surname is rarer (or not a Census surname at all). Every row names the race ("la",
"mayor", "los angeles", "alcalde") where the words alone would not pick one; the Spanish rows are Latin American
Spanish without accents.

New derivations in `derive_more.py` (section "fresh36"): `la_stranger` (someone of a real surname nobody of the LA
race has, candidates, endorsers, pollsters and sponsors with their aliases alike, the name never in the bundles: the
answer says there is no such person, in the name as typed or without its given name) and, after the first score,
`la_made_runoff` (did X make the runoff, of someone the general does not list: eliminated or withdrawn, both being true
of one who withdrew after the ballots were printed).

198 rows, all of source la: group la 142, es 56. By kind: other_surname 94 (la 68, es 26: `la_stranger` 25 + 10,
`la_other_given` 25 + 11, `la_other_person` 11 + 2, `la_named_not_running` 6 + 2, `la_named_not_endorser` 1 + 1),
two_spellings 53 (38 + 15), ordinary 28 (20 + 8), swallowed 20 (13 + 7), dropped_constraint 3 (la).
Nine first drafts equalled dev phrasings (`overlap --module` printed them, never the other side's rows) and were
reworded before any score ("gina villa votes la mayor primary" -> "gina villa how many votes in the la mayor
primary??", "when did lall drop out of the la mayor race" -> "when did lall quit the la mayor race", ...); ten drafts
were cut to bring the batch near 200, before any score.

First score, rows as first written (`2550d91`), engine at `d2a61a9`:
```
overall: 194/198 right (98.0%), 1 ruled out
  group la                   138/142 right (97.2%), 1 ruled out
  group es                   56/56 right (100.0%), 0 ruled out
  kind ordinary             27/28 right (96.4%), 1 ruled out
  kind swallowed            19/20 right (95.0%), 0 ruled out
  kind other_surname        94/94 right (100.0%), 0 ruled out
  kind two_spellings        51/53 right (96.2%), 0 ruled out
  kind dropped_constraint   3/3 right (100.0%), 0 ruled out
ruled_out: 1
grades: {'right': 194, 'wrong': 3, 'ruled_out': 1}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "did feuer make the runoff in la" asked `outcome` (Feuer's final status, withdrawn: "withdr*", "dropped*" ...), and
  the answer "Mike Feuer was eliminated in the primary with 1.87%, 12,087 votes, 5th of 12" missed it. The question
  asks whether he made the runoff, not whether he withdrew, and Feuer withdrew after the ballots were printed and
  stayed on them, so "eliminated" is as true: the row now asks `la_made_runoff` (the name, and eliminated or
  withdrawn). Words unchanged.
Kept as they are:
- "was jessica lall on the la mayor ballot" (`la_not_in_stage`), graded ruled out: the answer is Lall's card, whose
  summary "withdrew in early February 2022, before the ballot was set" does say she was not on it, but with no
  negation word the grading reads as one. The row's expectation (she was not on the ballot) is right; the grading's
  reading of the answer is the machinery's, so the row stays, and this ruled-out answer is one in substance right.
- "did bernard sanders endorse karen bass" (Bernard is Sanders's given name, as the real files write it) and "berkley
  poll april caruso la mayor" (Berkeley one keystroke off): both answered "name not known ... did you mean ...?";
  fair rows, misses.

Score after the correction (same engine `d2a61a9`):
```
overall: 195/198 right (98.5%), 1 ruled out
  group la                   139/142 right (97.9%), 1 ruled out
  group es                   56/56 right (100.0%), 0 ruled out
  kind ordinary             27/28 right (96.4%), 1 ruled out
  kind swallowed            20/20 right (100.0%), 0 ruled out
  kind other_surname        94/94 right (100.0%), 0 ruled out
  kind two_spellings        51/53 right (96.2%), 0 ruled out
  kind dropped_constraint   3/3 right (100.0%), 0 ruled out
ruled_out: 1
grades: {'right': 195, 'wrong': 2, 'ruled_out': 1}
```
Of the 94 other-surname rows, 70 were answered "not found", 16 "no data" and 8 with an ok answer that says the
person was not a candidate (and whom they endorsed, or the race of the files they ran in).
"""

from __future__ import annotations

from tests.devset.question import maker

la = maker("la", "la")
es = maker("es", "la")

BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
VIOLA, WILSON, GREIWE, KIM = "Gina Viola", "Mel Wilson", "Craig Greiwe", "Andrew Kim"
SMITH, JACKSON = "Alex Gruenenfelder Smith", "John Jackson"
BUSCAINO, FEUER, VARMA, LALL = "Joe Buscaino", "Mike Feuer", "Ramit Varma", "Jessica Lall"
IGS = "UC Berkeley Institute of Governmental Studies"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
WALLIN = "J. Wallin Opinion Research"

# ------------------------------------------------------------------------------------------------ English
# A real surname nobody of the race has, one or two letters from a candidate's, an endorser's or a pollster's.
LA_STRANGERS = (
    la("how many votes did karen basso get in the la mayor primary", "other_surname", "la_stranger",
       name="karen basso", surname="basso"),
    la("yo is karen bash running for mayor of LA or nah", "other_surname", "la_stranger",
       name="karen bash", surname="bash"),
    la("rick carson la mayor polls?", "other_surname", "la_stranger", name="rick carson", surname="carson"),
    la("did rick russo make the runoff for la mayor", "other_surname", "la_stranger",
       name="rick russo", surname="russo"),
    la("kevin leonard la mayor results pls", "other_surname", "la_stranger",
       name="kevin leonard", surname="leonard"),
    la("how did kevin de luna do in the LA mayoral race", "other_surname", "la_stranger",
       name="kevin de luna", surname="luna"),
    la("whats kevin leone polling at in the la mayor race", "other_surname", "la_stranger",
       name="kevin leone", surname="leone"),
    la("gina villa how many votes in the la mayor primary??", "other_surname", "la_stranger",
       name="gina villa", surname="villa"),
    la("how'd mel nelson do in the la mayor primary", "other_surname", "la_stranger",
       name="mel nelson", surname="nelson"),
    la("andrew king LA mayor 2022 how many votes", "other_surname", "la_stranger",
       name="andrew king", surname="king"),
    la("did john jackman finish last in the la mayor primary?", "other_surname", "la_stranger",
       name="john jackman", surname="jackman"),
    la("who did joe busch endorse in the la mayor race", "other_surname", "la_stranger",
       name="joe busch", surname="busch"),
    la("jessica lally dropped out of the la mayor race right? when", "other_surname", "la_stranger",
       name="jessica lally", surname="lally"),
    la("is ramit varga still in the race for LA mayor", "other_surname", "la_stranger",
       name="ramit varga", surname="varga"),
    la("did mike fuller drop out of the LA mayor race", "other_surname", "la_stranger",
       name="mike fuller", surname="fuller"),
    la("craig greer la mayor primary %", "other_surname", "la_stranger", name="craig greer", surname="greer"),
    la("who endorsed karen basso for la mayor", "other_surname", "la_stranger",
       name="karen basso", surname="basso"),
    la("karen bassett in the la mayor race, is she ahead rn", "other_surname", "la_stranger",
       name="karen bassett", surname="bassett"),
    la("what did the emerson poll say about the la mayor race", "other_surname", "la_stranger",
       name="emerson", surname="emerson"),
    la("any rasmussen polls on la mayor?", "other_surname", "la_stranger", name="rasmussen", surname="rasmussen"),
    la("did david binder poll the LA mayor race", "other_surname", "la_stranger",
       name="david binder", surname="binder"),
    la("lisa basso running for la mayor? tell me about her campaign", "other_surname", "la_stranger",
       name="lisa basso", surname="basso"),
    la("did mike garcia endorse rick caruso for mayor of la", "other_surname", "la_stranger",
       name="mike garcia", surname="garcia"),
    la("whats karen basso at in the berkeley poll for la mayor", "other_surname", "la_stranger",
       name="karen basso", surname="basso"),
    la("ok so how many votes did rick carson get in the la general, my cousin swears he ran",
       "other_surname", "la_stranger", name="rick carson", surname="carson"),
)

# A candidate's or an endorser's surname with a given name nobody of the race has.
LA_OTHER_GIVEN = (
    la("is tom bass running for mayor in la", "other_surname", "la_other_given", given="tom", surname="bass"),
    la("how many votes did maria caruso get for la mayor", "other_surname", "la_other_given",
       given="maria", surname="caruso"),
    la("did david caruso win the la mayor race lol the csi guy", "other_surname", "la_other_given",
       given="david", surname="caruso"),
    la("lisa bass la mayor poll numbers", "other_surname", "la_other_given", given="lisa", surname="bass"),
    la("carlos de leon votes in the la mayor primary, anyone know", "other_surname", "la_other_given",
       given="carlos", surname="leon"),
    la("did tony viola make the runoff in la", "other_surname", "la_other_given", given="tony", surname="viola"),
    la("owen wilson la mayor votes lmao", "other_surname", "la_other_given", given="owen", surname="wilson"),
    la("steve kim la mayor, how'd he do", "other_surname", "la_other_given", given="steve", surname="kim"),
    la("how many votes did michael jackson get for LA mayor", "other_surname", "la_other_given",
       given="michael", surname="jackson"),
    la("who did janet jackson endorse for LA mayor", "other_surname", "la_other_given",
       given="janet", surname="jackson"),
    la("did sam smith run for la mayor", "other_surname", "la_other_given", given="sam", surname="smith"),
    la("anna kim la mayor primary result", "other_surname", "la_other_given", given="anna", surname="kim"),
    la("did pete wilson endorse anyone for la mayor", "other_surname", "la_other_given",
       given="pete", surname="wilson"),
    la("did tyler perry endorse caruso", "other_surname", "la_other_given", given="tyler", surname="perry"),
    la("did glenn beck endorse rick caruso for mayor", "other_surname", "la_other_given",
       given="glenn", surname="beck"),
    la("joni mitchell endorse bass?? for la mayor", "other_surname", "la_other_given",
       given="joni", surname="mitchell"),
    la("did james garner endorse karen bass", "other_surname", "la_other_given", given="james", surname="garner"),
    la("tom price endorsed bass for la mayor, true?", "other_surname", "la_other_given",
       given="tom", surname="price"),
    la("did selena gomez back karen bass for mayor", "other_surname", "la_other_given",
       given="selena", surname="gomez"),
    la("did rick warren endorse caruso for la mayor", "other_surname", "la_other_given",
       given="rick", surname="warren"),
    la("did sarah sanders endorse caruso in la", "other_surname", "la_other_given",
       given="sarah", surname="sanders"),
    la("did jose padilla endorse bass in the la race", "other_surname", "la_other_given",
       given="jose", surname="padilla"),
    la("is will smith on the la mayor ballot", "other_surname", "la_other_given", given="will", surname="smith"),
    la("did linda chu endorse karen bass", "other_surname", "la_other_given", given="linda", surname="chu"),
    la("did susan porter endorse bass for la mayor", "other_surname", "la_other_given",
       given="susan", surname="porter"),
)

# People of the real files who share a surname with someone of the LA race.
LA_FILE_PEOPLE = (
    la("did andy harris endorse karen bass for la mayor", "other_surname", "la_other_person",
       given="andy", surname="harris", written=("Andy Harris",)),
    la("did stacey abrams endorse bass in the la mayor race", "other_surname", "la_other_person",
       given="stacey", surname="abrams", written=("Stacey Yvonne Abrams", "Stacey Abrams")),
    la("did charles booker endorse bass for mayor of la", "other_surname", "la_other_person",
       given="charles", surname="booker", written=("Charles Booker",)),
    la("did scott perry endorse rick caruso", "other_surname", "la_other_person",
       given="scott", surname="perry", written=("Scott Perry",)),
    la("did tony vargas back bass in la", "other_surname", "la_other_person",
       given="tony", surname="vargas", written=("Tony Vargas",)),
    la("how did young kim do in the LA mayor primary", "other_surname", "la_other_person",
       given="young", surname="kim", written=("Young Kim",)),
    la("was christy smith on the LA mayor ballot", "other_surname", "la_other_person",
       given="christy", surname="smith", written=("Christy Smith",)),
    la("jenny wilson la mayor votes?", "other_surname", "la_other_person",
       given="jenny", surname="wilson", written=("Jenny Wilson",)),
    la("did nick mitchell endorse karen bass", "other_surname", "la_other_person",
       given="nick", surname="mitchell", written=("Nick Mitchell",)),
    la("who did keith price endorse for la mayor", "other_surname", "la_other_person",
       given="keith", surname="price", written=("Keith Price",)),
    la("dan sanchez endorse bass for la mayor?", "other_surname", "la_other_person",
       given="dan", surname="sanchez", written=("Dan Sanchez",)),
)

# People the bundles name who did not run, or endorsed nobody.
LA_NAMED = (
    la("is katy perry running for la mayor lol", "other_surname", "la_named_not_running",
       name="Katy Perry", surname="perry", said=("katy perry", "perry")),
    la("did charlie beck run for mayor of LA", "other_surname", "la_named_not_running",
       name="Charlie Beck", surname="beck", said=("charlie beck", "beck")),
    la("how many votes did nury martinez get for la mayor", "other_surname", "la_named_not_running",
       name="Nury Martinez", surname="martinez", said=("nury martinez", "martinez")),
    la("did mark ridley thomas run for la mayor", "other_surname", "la_named_not_running",
       name="Mark Ridley-Thomas", surname="thomas", said=("mark ridley-thomas", "ridley-thomas", "ridley thomas")),
    la("who did gavin newsom end up endorsing for la mayor", "other_surname", "la_named_not_endorser",
       name="Gavin Newsom", surname="newsom", said=("gavin newsom", "newsom")),
    la("did holly mitchell run for mayor in LA", "other_surname", "la_named_not_running",
       name="Holly Mitchell", surname="mitchell", said=("holly mitchell", "mitchell")),
    la("is alex padilla running for mayor of los angeles", "other_surname", "la_named_not_running",
       name="Alex Padilla", surname="padilla", said=("alex padilla", "padilla")),
)

# Pollsters that never polled the race (they poll races of the files), by a name that is no surname.
LA_POLLSTERS = (
    la("what did the tulchin poll show for la mayor", "dropped_constraint", "nobody", missing=("tulchin",)),
    la("was there a ppic poll on the la mayor race", "dropped_constraint", "nobody", missing=("ppic",)),
    la("selzer la mayor poll?", "dropped_constraint", "nobody", missing=("selzer",)),
)

# One person, two spellings: a typo one keystroke off, a nickname or a full given name, an alias.
LA_SPELLINGS = (
    la("how many votes did kevin deleon get in the la primary", "two_spellings", "votes_of",
       person=KDL, stage="primary"),
    la("kevin leon la mayor votes", "two_spellings", "votes_of", person=KDL, stage="primary"),
    la("KDL's % in the mayor primary", "two_spellings", "result_of", person=KDL, stage="primary"),
    la("jsamuel jackson votes for la mayor?", "two_spellings", "votes_of", person=JACKSON, stage="primary"),
    la("richard caruso general election votes la mayor", "two_spellings", "votes_of",
       person=CARUSO, stage="general"),
    la("who did michael feuer endorse for mayor", "two_spellings", "endorsed_by", endorser=FEUER),
    la("joseph buscaino endorsed who after dropping out of the la race", "two_spellings", "endorsed_by",
       endorser=BUSCAINO),
    la("karen bas primary numbers la", "two_spellings", "result_of", person=BASS, stage="primary"),
    la("rick carsuo general %", "two_spellings", "result_of", person=CARUSO, stage="general"),
    la("kevin de loen la mayor what place", "two_spellings", "place_of", person=KDL, stage="primary"),
    la("gina voila how many votes la mayor", "two_spellings", "votes_of", person=VIOLA, stage="primary"),
    la("mel wilsen la mayor results", "two_spellings", "result_of", person=WILSON, stage="primary"),
    la("andrew kimm la mayor primary", "two_spellings", "result_of", person=KIM, stage="primary"),
    la("craig griewe votes la mayor", "two_spellings", "votes_of", person=GREIWE, stage="primary"),
    la("did ramit verma drop out of the la race", "two_spellings", "outcome", person=VARMA),
    la("jessica lal la mayor when did she drop out", "two_spellings", "withdrawal_month", person=LALL),
    la("alex gruenenfeldr smith la mayor votes", "two_spellings", "votes_of", person=SMITH, stage="primary"),
    la("jon jackson la mayor primary", "two_spellings", "result_of", person=JACKSON, stage="primary"),
    la("mike feuerr drop out of la mayor?", "two_spellings", "outcome", person=FEUER),
    la("is joe buscanio still running for la mayor", "two_spellings", "is_running", person=BUSCAINO),
    la("karen bsas vs rick caruso general", "two_spellings", "compare", first=BASS, second=CARUSO),
    la("rick caruzo latest poll numbers la", "two_spellings", "la_nth_poll", n=-1, attribute="share",
       person=CARUSO),
    la("did katy pery endorse caruso", "two_spellings", "endorsement_pair", endorser="Katy Perry", candidate=CARUSO),
    la("steven spielburg endorse bass?", "two_spellings", "endorsement_pair", endorser="Steven Spielberg",
       candidate=BASS),
    la("did bernard sanders endorse karen bass", "two_spellings", "endorsement_pair", endorser="Bernie Sanders",
       candidate=BASS),
    la("snoop dog endorsed who for la mayor", "two_spellings", "endorsed_by", endorser="Snoop Dogg"),
    la("who did elon musc endorse in la", "two_spellings", "endorsed_by", endorser="Elon Musk"),
    la("did the l.a. times endorse bass", "two_spellings", "endorsement_pair", endorser="Los Angeles Times",
       candidate=BASS),
    la("congresswoman bass primary %", "two_spellings", "result_of", person=BASS, stage="primary"),
    la("karen ruth bass general votes", "two_spellings", "votes_of", person=BASS, stage="general"),
    la("kevin de león or de leon, whatever, how many votes did he get for la mayor", "two_spellings",
       "votes_of", person=KDL, stage="primary"),
    la("did jenifer garner endorse bass", "two_spellings", "endorsement_pair", endorser="Jennifer Garner",
       candidate=BASS),
    la("kim kardashain endorse who la mayor", "two_spellings", "endorsed_by", endorser="Kim Kardashian"),
    la("gwyneth paltow endorse caruso?", "two_spellings", "endorsement_pair", endorser="Gwyneth Paltrow",
       candidate=CARUSO),
    la("charlie bek endorse caruso?", "two_spellings", "endorsement_pair", endorser="Charlie Beck",
       candidate=CARUSO),
    la("walin poll la mayor bass number", "two_spellings", "la_poll_share", pollster=WALLIN, person=BASS),
    la("the loyola marymount poll, what did kevin deleon get", "two_spellings", "la_poll_share", pollster=LMU,
       person=KDL),
    la("berkley poll april caruso la mayor", "two_spellings", "la_poll_pick", pollster=IGS, month=(2022, 4),
       population="lv", person=CARUSO),
)

LA_ORDINARY = (
    la("who endorsed rick caruso for la mayor", "ordinary", "endorsers_of", candidate=CARUSO),
    la("did katie porter endorse karen bass", "ordinary", "endorsement_pair", endorser="Katie Porter",
       candidate=BASS),
    la("did mike levin endorse bass for mayor", "ordinary", "endorsement_pair", endorser="Mike Levin",
       candidate=BASS),
    la("how many votes did gina viola pull in the la mayor primary", "ordinary", "votes_of", person=VIOLA,
       stage="primary"),
    la("is joe buscaino still running for la mayor", "ordinary", "is_running", person=BUSCAINO),
    la("did mel wilson make the la mayor runoff", "ordinary", "outcome", person=WILSON),
    la("where did andrew kim end up finishing in the la mayor primary", "ordinary", "place_of", person=KIM,
       stage="primary"),
    la("did snoop dogg endorse bass or caruso", "ordinary", "endorsed_by", endorser="Snoop Dogg"),
    la("who did kim kardashian endorse for mayor", "ordinary", "endorsed_by", endorser="Kim Kardashian"),
    la("did kamala harris endorse karen bass for la mayor", "ordinary", "endorsement_pair",
       endorser="Kamala Harris", candidate=BASS),
    la("did judy chu endorse bass", "ordinary", "endorsement_pair", endorser="Judy Chu", candidate=BASS),
    la("did charlie beck endorse caruso", "ordinary", "endorsement_pair", endorser="Charlie Beck",
       candidate=CARUSO),
    la("what did john jackson get in the la mayor primary", "ordinary", "result_of", person=JACKSON,
       stage="primary"),
    la("how did alex gruenenfelder smith do in the la mayor primary", "ordinary", "result_of", person=SMITH,
       stage="primary"),
    la("did ramit varma endorse anyone for la mayor", "ordinary", "endorsed_by", endorser=VARMA),
    la("what did the wallin poll have bass at among latino voters", "ordinary", "la_group_share", person=BASS,
       group="Latino", pollster=WALLIN),
    la("was jessica lall on the la mayor ballot", "ordinary", "la_not_in_stage", person=LALL, stage="primary"),
    la("did gil cedillo endorse caruso", "ordinary", "endorsement_pair", endorser="Gil Cedillo", candidate=CARUSO),
    la("who did mike feuer endorse when he dropped out", "ordinary", "endorsed_by", endorser=FEUER),
    la("fm3 poll bass % la mayor", "ordinary", "la_poll_share", pollster=FM3, person=BASS),
)

LA_SWALLOWED = (
    la("how much did viola get in the la primary", "swallowed", "result_of", person=VIOLA, stage="primary"),
    la("who did feuer back for la mayor", "swallowed", "endorsed_by", endorser=FEUER),
    la("when did lall quit the la mayor race", "swallowed", "withdrawal_month", person=LALL),
    la("what place did greiwe finish la mayor", "swallowed", "place_of", person=GREIWE, stage="primary"),
    la("how many votes did wilson get for la mayor", "swallowed", "votes_of", person=WILSON, stage="primary"),
    la("did kim make the la mayor runoff", "swallowed", "outcome", person=KIM),
    la("who did buscaino endorse for la mayor", "swallowed", "endorsed_by", endorser=BUSCAINO),
    la("how did jackson do in the la mayor primary", "swallowed", "result_of", person=JACKSON, stage="primary"),
    la("what did caruso get in that wallin poll", "swallowed", "la_poll_share", pollster=WALLIN, person=CARUSO),
    la("how much did bass win by in november la", "swallowed", "margin", stage="general"),
    la("what did viola get in the berkeley april poll", "swallowed", "la_poll_pick", pollster=IGS,
       month=(2022, 4), population="lv", person=VIOLA),
    la("did feuer make the runoff in la", "swallowed", "la_made_runoff", person=FEUER),
    la("where did de leon finish in the la mayor primary", "swallowed", "place_of", person=KDL, stage="primary"),
)

# ------------------------------------------------------------------------------------------------ Spanish
ES_OTHERS = (
    es("cuantos votos saco karen basso en la primaria de alcalde de los angeles", "other_surname", "la_stranger",
       name="karen basso", surname="basso"),
    es("rick carson se postulo para alcalde de LA?", "other_surname", "la_stranger",
       name="rick carson", surname="carson"),
    es("kevin de luna paso a la segunda vuelta en los angeles?", "other_surname", "la_stranger",
       name="kevin de luna", surname="luna"),
    es("quien apoyo a karen bash para alcaldesa de los angeles", "other_surname", "la_stranger",
       name="karen bash", surname="bash"),
    es("gina villa cuantos votos tuvo en la eleccion de alcalde de LA", "other_surname", "la_stranger",
       name="gina villa", surname="villa"),
    es("jessica lally se retiro de la carrera de alcalde de la?", "other_surname", "la_stranger",
       name="jessica lally", surname="lally"),
    es("que dijo la encuesta de emerson sobre la alcaldia de los angeles", "other_surname", "la_stranger",
       name="emerson", surname="emerson"),
    es("rick russo gano la alcaldia de los angeles?", "other_surname", "la_stranger",
       name="rick russo", surname="russo"),
    es("kevin leonard cuantos votos tuvo en la primaria de los angeles", "other_surname", "la_stranger",
       name="kevin leonard", surname="leonard"),
    es("mel nelson fue candidato a alcalde de los angeles?", "other_surname", "la_stranger",
       name="mel nelson", surname="nelson"),
    es("tomas bass es candidato a alcalde de los angeles?", "other_surname", "la_other_given",
       given="tomas", surname="bass"),
    es("maria caruso tuvo votos en la eleccion de alcalde de la?", "other_surname", "la_other_given",
       given="maria", surname="caruso"),
    es("jose de leon cuantos votos saco para alcalde de los angeles", "other_surname", "la_other_given",
       given="jose", surname="leon"),
    es("ana viola paso a la segunda vuelta en los angeles?", "other_surname", "la_other_given",
       given="ana", surname="viola"),
    es("juan wilson cuantos votos en la primaria de alcalde de la", "other_surname", "la_other_given",
       given="juan", surname="wilson"),
    es("carlos kim como le fue en la eleccion de alcalde de los angeles", "other_surname", "la_other_given",
       given="carlos", surname="kim"),
    es("luis jackson fue candidato a alcalde de LA?", "other_surname", "la_other_given",
       given="luis", surname="jackson"),
    es("a quien apoyo tyler perry para alcalde de los angeles", "other_surname", "la_other_given",
       given="tyler", surname="perry"),
    es("glenn beck apoyo a caruso para alcalde?", "other_surname", "la_other_given", given="glenn", surname="beck"),
    es("pedro padilla apoyo a bass en los angeles?", "other_surname", "la_other_given",
       given="pedro", surname="padilla"),
    es("rosa gomez apoyo a karen bass para alcaldesa", "other_surname", "la_other_given",
       given="rosa", surname="gomez"),
    es("stacey abrams apoyo a karen bass en los angeles?", "other_surname", "la_other_person",
       given="stacey", surname="abrams", written=("Stacey Yvonne Abrams", "Stacey Abrams")),
    es("young kim como le fue en la primaria de alcalde de los angeles", "other_surname", "la_other_person",
       given="young", surname="kim", written=("Young Kim",)),
    es("katy perry es candidata a alcaldesa de los angeles?", "other_surname", "la_named_not_running",
       name="Katy Perry", surname="perry", said=("katy perry", "perry")),
    es("a quien apoyo newsom para alcalde de los angeles", "other_surname", "la_named_not_endorser",
       name="Gavin Newsom", surname="newsom", said=("gavin newsom", "newsom")),
    es("nury martinez cuantos votos saco para alcaldesa de la", "other_surname", "la_named_not_running",
       name="Nury Martinez", surname="martinez", said=("nury martinez", "martinez")),
)

ES_SPELLINGS = (
    es("cuantos votos saco kevin deleon en la primaria de los angeles", "two_spellings", "votes_of",
       person=KDL, stage="primary"),
    es("karen bas gano la general de los angeles?", "two_spellings", "outcome_es", person=BASS),
    es("rick carsuo cuantos votos saco en noviembre en LA", "two_spellings", "votes_of", person=CARUSO,
       stage="general"),
    es("jsamuel jackson resultados alcaldia los angeles", "two_spellings", "result_of", person=JACKSON,
       stage="primary"),
    es("ramit verma se retiro de la carrera de alcalde?", "two_spellings", "outcome_es", person=VARMA),
    es("snoop dog a quien apoyo para alcalde de los angeles", "two_spellings", "endorsed_by",
       endorser="Snoop Dogg"),
    es("richard caruso cuanto porcentaje saco en la general de LA", "two_spellings", "result_of", person=CARUSO,
       stage="general"),
    es("gina voila cuantos votos tuvo en la primaria de alcalde", "two_spellings", "votes_of", person=VIOLA,
       stage="primary"),
    es("kevin de leom en que lugar quedo en la primaria de los angeles", "two_spellings", "place_of",
       person=KDL, stage="primary"),
    es("michael feuer a quien apoyo cuando se salio de la carrera de alcalde", "two_spellings", "endorsed_by",
       endorser=FEUER),
    es("jessica lal cuando se retiro de la carrera de los angeles", "two_spellings", "withdrawal_month",
       person=LALL),
    es("la encuesta de walin en cuanto tenia a bass para alcaldesa", "two_spellings", "la_poll_share",
       pollster=WALLIN, person=BASS),
    es("katy pery apoyo a caruso?", "two_spellings", "endorsement_pair", endorser="Katy Perry", candidate=CARUSO),
    es("kevin de león cuanto saco en la primaria de alcalde? (o de leon, como se escriba)", "two_spellings",
       "result_of", person=KDL, stage="primary"),
    es("congresista bass cuantos votos saco en la general de los angeles", "two_spellings", "votes_of",
       person=BASS, stage="general"),
)

ES_ORDINARY = (
    es("quien apoyo a caruso para alcalde de los angeles", "ordinary", "endorsers_of", candidate=CARUSO),
    es("cuantos votos saco gina viola en la primaria de la", "ordinary", "votes_of", person=VIOLA,
       stage="primary"),
    es("mike feuer se retiro de la carrera de alcalde?", "ordinary", "outcome_es", person=FEUER),
    es("katie porter apoyo a karen bass?", "ordinary", "endorsement_pair", endorser="Katie Porter",
       candidate=BASS),
    es("en que lugar quedo andrew kim en la primaria de alcalde de los angeles", "ordinary", "place_of",
       person=KIM, stage="primary"),
    es("mel wilson paso a la segunda vuelta en LA?", "ordinary", "outcome_es", person=WILSON),
    es("a quien apoyo kim kardashian para alcalde de los angeles", "ordinary", "endorsed_by",
       endorser="Kim Kardashian"),
    es("dolores huerta apoyo a bass?", "ordinary", "endorsement_pair", endorser="Dolores Huerta", candidate=BASS),
)

ES_SWALLOWED = (
    es("cuanto saco viola en la primaria de los angeles", "swallowed", "result_of", person=VIOLA,
       stage="primary"),
    es("a quien apoyo buscaino para alcalde", "swallowed", "endorsed_by", endorser=BUSCAINO),
    es("cuantos votos saco jackson en la primaria de alcalde de la", "swallowed", "votes_of", person=JACKSON,
       stage="primary"),
    es("que lugar saco greiwe en la primaria de los angeles", "swallowed", "place_of", person=GREIWE,
       stage="primary"),
    es("cuando se salio lall de la carrera de alcalde de los angeles", "swallowed", "withdrawal_month",
       person=LALL),
    es("cuanto tenia caruso en la encuesta de wallin, la de octubre", "swallowed", "la_poll_share", pollster=WALLIN,
       person=CARUSO),
    es("paso kim a la segunda vuelta en los angeles", "swallowed", "outcome_es", person=KIM),
)

FRESH36_SET = (*LA_STRANGERS, *LA_OTHER_GIVEN, *LA_FILE_PEOPLE, *LA_NAMED, *LA_POLLSTERS, *LA_SPELLINGS,
               *LA_ORDINARY, *LA_SWALLOWED, *ES_OTHERS, *ES_SPELLINGS, *ES_ORDINARY, *ES_SWALLOWED)
