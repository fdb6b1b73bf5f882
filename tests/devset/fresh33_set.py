"""The thirty-third fresh dev batch: wrong people in the bundled 2022 LA mayor race, in English and Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows
(only the docstring of `fresh25_set.py`, for the format) nor `tests/engine/*` (but for the two helpers `fold` and
`words_of` of `tests/engine/real_questions.py` that the sealed machinery imports, read to know how names are
compared): only the machinery (`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`,
`bundle.py`, `derive_la.py`, `derive_files.py`; `tests/devset/question.py`, `score.py`, `overlap.py`,
`derive_more.py`, `test_devset.py`, the READMEs), the two LA bundles and the real files. The people of the race
(candidates, endorsers, pollsters, people a poll tested) were listed with scripts over `la_race()`; each given name
was checked to be a real one (1990 Census first names, `names` package: will, mark, frank, grace, hope, april, june,
rich, drew, chase, guy, rose, jack; Spanish esperanza, luz, angel, rosa, jesus, dolores, mercedes, consuelo, paz),
each other surname to be at least 0.002% common (1990 Census surnames), and every made-up full name to be nobody of
the LA bundles (`la_other_given` checks) nor of the real files (a script over `poll_races()`: "mark harris" and
"frank harris", people of the files, were left out).

What it hunts: wrong people.
- A given name that is also a word or a month before a candidate's or an endorser's surname ("who is will bass",
  "did hope bass make the la runoff", "where did april smith place in the la mayor primary", "did april sanchez
  endorse anyone for la mayor", "rich beck backed caruso?"), and the other way round, the word next to a surname
  that is no given name ("will bass win the runoff", "frank question: did caruso lose", "that guy caruso, what'd he
  get in the primary", "in june caruso got what percent of the vote", "in april bass was at what in the berkeley
  poll").
- A candidate's surname with another candidate's or endorser's given name ("rick bass", "karen caruso", "karen de
  leon", "kevin bass", "kamala clinton", "hillary harris", "bernie warren").
- People named by title or description ("councilman de leon", "rep bass", "congresswoman bass", "mayor bass", "city
  attorney feuer", "the city attorney", "the billionaire", "the grove developer", "the realtor", "the ex-lapd
  councilman who quit", "senator boxer", "chief beck", "the vp", "speaker pelosi", "governor newsom", "mayor
  garcetti", "el concejal", "la congresista", "el billonario", "la vicepresidenta").
- Possessives and plurals ("bass'", "basses", "carusos", "deleons", "kdl's"), names split or joined ("de leon",
  "deleon", "de-leon", "kevin leon", "gruenenfelder-smith", "harris dawson"), initials ("r. caruso", "j wallin"),
  full given names and nicknames ("richard caruso", "michael feuer", "joseph buscaino", "andy kim", "karen ruth
  bass", "ricardo caruso", "katie perry", "kim k", "snoop").
- Endorsers, pollsters and people a poll tested asked as if they were candidates ("how many votes did katy perry
  get for la mayor", "did wallin make the la mayor runoff", "how many votes did uc berkeley get in the la mayor
  primary", "mark ridley-thomas votes in the 2022 la mayor primary"), and candidates asked as if they were
  endorsers ("who did bass endorse", "who did kevin de leon endorse for mayor in the runoff").
Every row names the race where the words alone would not (a surname the files share, de Leon's 2018 Senate race in
the files, a pollster that polls other races).

New derivations in `derive_more.py` (section "fresh33"): `la_named_not_running` and `la_named_not_endorser`
(fresh26's `la_not_candidate` and `la_not_endorser` with the surname the person is called by, so that such a row
can be an `other_surname` row checked against the Census like any other). Rows of people whose surname is rarer
(Snoop Dogg, Elon Musk, Villaraigosa, Beutner, Berkeley, FM3, Garcetti) are `ordinary`.

183 rows, all with source "la": 140 in group "la", 43 in group "es". By kind: other_surname 67 (la 52, es 15),
two_spellings 58 (45 + 13), unrouted_fact 22 (15 + 7), swallowed 19 (15 + 4), ordinary 17 (13 + 4): other surnames
and two spellings 68%.

Rewordings before any score: 34 first drafts were dropped to keep the batch near its size; four drafts whose words
fit two readings were tightened by reading the data ("june wilson how many votes for la mayor", where June is the
primary's month, became "who's june wilson, is she on the la mayor ballot"; "in june caruso got what percent" and
its Spanish twin, where a June poll exists, gained "of the vote" / "de los votos"; "councilman de leon primary
results" became "... primary result", his own); 12 drafts equal to dev (11) or engine-test (1) phrasings (the
overlap check printed only this module's rows) were reworded by adding or moving words ("bass has how many
endorsements total", "rick caruso de que partido es", "como le fue a kdl en la primaria de alcalde" ...).

First score, rows as first written, engine at `683112e`:
```
overall: 153/183 right (83.6%), 13 ruled out
  group la                   115/140 right (82.1%), 11 ruled out
  group es                   38/43 right (88.4%), 2 ruled out
  kind ordinary             16/17 right (94.1%), 1 ruled out
  kind swallowed            15/19 right (78.9%), 0 ruled out
  kind other_surname        59/67 right (88.1%), 8 ruled out
  kind two_spellings        47/58 right (81.0%), 0 ruled out
  kind unrouted_fact        16/22 right (72.7%), 4 ruled out
ruled_out: 13
grades: {'ruled_out': 13, 'right': 153, 'wrong': 17}
```

Corrections after the first score: none. Each miss was read only to judge whether the row itself was unfair, and
none was: every made-up full name is nobody of the bundles or the files, with words that read as a given name
(after "who is", "did", "is", or with a possessive); every title or description fits one person of the bundles
("the city attorney": Feuer's alias "City Attorney Mike Feuer"; "the grove developer" and "the billionaire": Caruso's
descriptions; "the realtor": Mel Wilson's; "the ex-lapd councilman who quit": Buscaino, council member, former LAPD
officer, withdrew); "who did bass endorse" asks whom Bass backed (nobody in the race), not who backed her; Varma's
entry has no party; Feuer withdrew (his status), which "gano feuer?" expects to be said. The score after them is
therefore the first one.
"""

from __future__ import annotations

from tests.devset.question import maker

BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
FEUER, BUSCAINO, VARMA, LALL = "Mike Feuer", "Joe Buscaino", "Ramit Varma", "Jessica Lall"
WILSON, KIM, SMITH, JACKSON = "Mel Wilson", "Andrew Kim", "Alex Gruenenfelder Smith", "John Jackson"
IGS = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
NOT_RAN = ("candidate", "candidato", "candidata", "ran", "running", "votes", "votos")
NOT_BACKED = ("endorse*", "endorsement*", "backed", "apoy*", "respald*")

q = maker("la", "la")
LA_ROWS = (
    # ---- a given name that is also a word or a month, before a candidate's surname: nobody of the race
    q("who is will bass", "other_surname", "la_other_given", given="will", surname="bass"),
    q("how many votes did mark caruso get in the la primary", "other_surname", "la_other_given",
      given="mark", surname="caruso"),
    q("how is frank bass polling in the la mayor race", "other_surname", "la_other_given",
      given="frank", surname="bass"),
    q("who endorsed grace caruso for mayor", "other_surname", "la_other_given", given="grace", surname="caruso"),
    q("did hope bass make the la runoff", "other_surname", "la_other_given", given="hope", surname="bass"),
    q("what % did april caruso get in the mayor primary", "other_surname", "la_other_given",
      given="april", surname="caruso"),
    q("is june bass a candidate for la mayor", "other_surname", "la_other_given", given="june", surname="bass"),
    q("rich bass votes la mayor general", "other_surname", "la_other_given", given="rich", surname="bass"),
    q("drew caruso, did he run for mayor of los angeles", "other_surname", "la_other_given",
      given="drew", surname="caruso"),
    q("chase bass la mayor poll numbers", "other_surname", "la_other_given", given="chase", surname="bass"),
    q("guy caruso votes in the la mayoral primary", "other_surname", "la_other_given", given="guy", surname="caruso"),
    q("did rose bass win la mayor", "other_surname", "la_other_given", given="rose", surname="bass"),
    q("jack caruso polling in la?", "other_surname", "la_other_given", given="jack", surname="caruso"),
    q("what did will de leon get in the mayor primary", "other_surname", "la_other_given",
      given="will", surname="leon"),
    q("grace kim la mayor primary votes", "other_surname", "la_other_given", given="grace", surname="kim"),
    q("who's june wilson, is she on the la mayor ballot", "other_surname", "la_other_given",
      given="june", surname="wilson"),
    q("hope jackson's share in the los angeles mayor primary", "other_surname", "la_other_given",
      given="hope", surname="jackson"),
    q("frank viola la mayor votes", "other_surname", "la_other_given", given="frank", surname="viola"),
    q("where did april smith place in the la mayor primary", "other_surname", "la_other_given",
      given="april", surname="smith"),
    # ---- the same, before an endorser's surname
    q("did will harris endorse bass", "other_surname", "la_other_given", given="will", surname="harris"),
    q("grace mitchell endorse karen bass?", "other_surname", "la_other_given", given="grace", surname="mitchell"),
    q("who did hope warren endorse for la mayor", "other_surname", "la_other_given", given="hope", surname="warren"),
    q("rose price endorsed who for mayor of la", "other_surname", "la_other_given", given="rose", surname="price"),
    q("did jack sherman back bass for mayor", "other_surname", "la_other_given", given="jack", surname="sherman"),
    q("frank padilla la mayor endorsement", "other_surname", "la_other_given", given="frank", surname="padilla"),
    q("did april sanchez endorse anyone for la mayor", "other_surname", "la_other_given",
      given="april", surname="sanchez"),
    q("chase booker endorsed bass right?", "other_surname", "la_other_given", given="chase", surname="booker"),
    q("who did drew perry endorse in the la mayor race", "other_surname", "la_other_given",
      given="drew", surname="perry"),
    q("rich beck backed caruso?", "other_surname", "la_other_given", given="rich", surname="beck"),
    q("who did rose huerta support for la mayor", "other_surname", "la_other_given", given="rose", surname="huerta"),
    # ---- a candidate's surname with another candidate's (or endorser's) given name
    q("how many votes did rick bass get in the la general", "other_surname", "la_other_given",
      given="rick", surname="bass"),
    q("karen caruso primary %", "other_surname", "la_other_given", given="karen", surname="caruso"),
    q("rick de leon la mayor primary", "other_surname", "la_other_given", given="rick", surname="leon"),
    q("how did karen de leon do in the mayor race", "other_surname", "la_other_given", given="karen", surname="leon"),
    q("kevin bass la mayor votes", "other_surname", "la_other_given", given="kevin", surname="bass"),
    q("mike bass polls la", "other_surname", "la_other_given", given="mike", surname="bass"),
    q("how did jessica bass do in the la primary", "other_surname", "la_other_given",
      given="jessica", surname="bass"),
    q("karen kim la mayor race votes", "other_surname", "la_other_given", given="karen", surname="kim"),
    q("did kamala clinton endorse bass", "other_surname", "la_other_given", given="kamala", surname="clinton"),
    q("who did hillary harris back for la mayor", "other_surname", "la_other_given",
      given="hillary", surname="harris"),
    q("bernie warren endorsed bass for mayor?", "other_surname", "la_other_given", given="bernie", surname="warren"),
    q("jennifer perry endorsed caruso?", "other_surname", "la_other_given", given="jennifer", surname="perry"),
    # ---- endorsers, pollsters and people a poll tested, asked as if they were candidates or endorsers
    q("how many votes did katy perry get for la mayor", "other_surname", "la_named_not_running",
      name="Katy Perry", surname="perry", said=(*NOT_RAN, "perry")),
    q("charlie beck la mayor primary results", "other_surname", "la_named_not_running",
      name="Charlie Beck", surname="beck", said=(*NOT_RAN, "beck")),
    q("did dolores huerta make the la mayor runoff", "other_surname", "la_named_not_running",
      name="Dolores Huerta", surname="huerta", said=(*NOT_RAN, "huerta", "runoff")),
    q("nury martinez, how'd she do in the la mayor primary", "other_surname", "la_named_not_running",
      name="Nury Martinez", surname="martinez", said=(*NOT_RAN, "martinez")),
    q("jennifer garner share of the vote la mayor", "other_surname", "la_named_not_running",
      name="Jennifer Garner", surname="garner", said=(*NOT_RAN, "garner")),
    q("curren price la mayor primary %", "other_surname", "la_named_not_running",
      name="Curren Price", surname="price", said=(*NOT_RAN, "price")),
    q("did wallin make the la mayor runoff", "other_surname", "la_named_not_running",
      name="Wallin", surname="wallin", said=(*NOT_RAN, "wallin", "pollster", "runoff")),
    q("mark ridley-thomas votes in the 2022 la mayor primary", "other_surname", "la_named_not_running",
      name="Mark Ridley-Thomas", surname="thomas", said=(*NOT_RAN, "ridley thomas")),
    q("is shirley weber running for mayor of la", "other_surname", "la_named_not_running",
      name="Shirley Weber", surname="weber", said=(*NOT_RAN, "weber")),
    q("did governor newsom endorse anyone for la mayor", "other_surname", "la_named_not_endorser",
      name="Gavin Newsom", surname="newsom", said=(*NOT_BACKED, "newsom")),
    q("how many votes did snoop dogg get in the la mayor primary", "ordinary", "la_not_candidate",
      name="Snoop Dogg", said=(*NOT_RAN, "snoop dogg")),
    q("is elon musk running for mayor of los angeles", "ordinary", "la_not_candidate",
      name="Elon Musk", said=(*NOT_RAN, "musk")),
    q("villaraigosa votes 2022 la mayor race", "ordinary", "la_not_candidate",
      name="Antonio Villaraigosa", said=(*NOT_RAN, "villaraigosa")),
    q("did austin beutner run for la mayor", "ordinary", "la_not_candidate",
      name="Austin Beutner", said=(*NOT_RAN, "beutner")),
    q("how many votes did uc berkeley get in the la mayor primary", "ordinary", "la_not_candidate",
      name="UC Berkeley", said=(*NOT_RAN, "berkeley", "pollster")),
    q("did fm3 make the la mayor runoff", "ordinary", "la_not_candidate",
      name="FM3", said=(*NOT_RAN, "fm3", "pollster", "runoff")),
    q("did mayor garcetti endorse bass", "ordinary", "nobody", missing=("garcetti",)),
    q("who did bass endorse", "unrouted_fact", "la_not_endorser", name=BASS, said=(*NOT_BACKED, "bass")),
    q("who did kevin de leon endorse for mayor in the runoff", "unrouted_fact", "la_not_endorser",
      name=KDL, said=(*NOT_BACKED, "de leon")),
    # ---- one person, written another way: split or joined, initials, titles, possessives, full given names
    q("councilman de leon's primary result", "two_spellings", "result_of", person=KDL, stage="primary"),
    q("deleon la mayor primary votes", "two_spellings", "votes_of", person=KDL, stage="primary"),
    q("de-leon, how'd he place in the la mayor primary", "two_spellings", "place_of", person=KDL, stage="primary"),
    q("how did kevin leon do in the la mayor primary", "two_spellings", "result_of", person=KDL, stage="primary"),
    q("kdl's primary number for la mayor", "two_spellings", "result_of", person=KDL, stage="primary"),
    q("deleons best poll in the mayor race", "two_spellings", "la_max_share", person=KDL),
    q("rep bass endorsements", "two_spellings", "endorsers_of", candidate=BASS),
    q("did congresswoman bass win", "two_spellings", "outcome", person=BASS),
    q("mayor bass general election votes", "two_spellings", "votes_of", person=BASS, stage="general"),
    q("karen ruth bass share in the general", "two_spellings", "result_of", person=BASS, stage="general"),
    q("bass' endorsers for mayor", "two_spellings", "endorsers_of", candidate=BASS),
    q("basses number in the last berkeley poll of la", "two_spellings", "la_nth_poll", n=-1, attribute="share",
      person=BASS, pollster=IGS),
    q("the billionaire's share in the la general", "two_spellings", "result_of", person=CARUSO, stage="general"),
    q("how'd the billionaire developer do in the la primary", "two_spellings", "result_of",
      person=CARUSO, stage="primary"),
    q("where did the grove developer finish in the la mayor primary", "two_spellings", "place_of",
      person=CARUSO, stage="primary"),
    q("richard caruso primary votes", "two_spellings", "votes_of", person=CARUSO, stage="primary"),
    q("r. caruso votes in the runoff", "two_spellings", "votes_of", person=CARUSO, stage="general"),
    q("carusos numbers in the wallin poll", "two_spellings", "la_poll_share", pollster=WALLIN, person=CARUSO),
    q("what did j wallin have caruso at", "two_spellings", "la_poll_share", pollster=WALLIN, person=CARUSO),
    q("city attorney feuer primary votes", "two_spellings", "votes_of", person=FEUER, stage="primary"),
    q("did the city attorney drop out of the mayor race", "two_spellings", "outcome", person=FEUER),
    q("michael feuer dropped out?", "two_spellings", "outcome", person=FEUER),
    q("who did joseph buscaino endorse", "two_spellings", "endorsed_by", endorser=BUSCAINO),
    q("the ex-lapd councilman who quit the mayor race, who'd he endorse", "two_spellings", "endorsed_by",
      endorser=BUSCAINO),
    q("the realtor running for la mayor, how many votes", "two_spellings", "votes_of", person=WILSON,
      stage="primary"),
    q("alex smith la mayor votes", "two_spellings", "votes_of", person=SMITH, stage="primary"),
    q("alex gruenenfelder place in the la primary", "two_spellings", "place_of", person=SMITH, stage="primary"),
    q("jsamuel jackson, how many votes in the la mayor primary", "two_spellings", "votes_of", person=JACKSON,
      stage="primary"),
    q("andy kim votes in the la mayor primary", "two_spellings", "votes_of", person=KIM, stage="primary"),
    q("maslin poll la mayor, bass number", "two_spellings", "la_poll_share", pollster=FM3, person=BASS),
    q("loyola's la mayor poll, de leon's number", "two_spellings", "la_poll_share", pollster=LMU, person=KDL),
    # ---- endorsers named by title, nickname or alias
    q("who did senator boxer endorse for la mayor", "two_spellings", "endorsed_by", endorser="Barbara Boxer"),
    q("who did chief beck endorse for mayor", "two_spellings", "endorsed_by", endorser="Charlie Beck"),
    q("secretary of state weber backed who for la mayor", "two_spellings", "endorsed_by",
      endorser="Shirley Weber"),
    q("who did ex-mayor villaraigosa back for mayor", "two_spellings", "endorsed_by",
      endorser="Antonio Villaraigosa"),
    q("council president martinez endorsed who for mayor", "two_spellings", "endorsed_by", endorser="Nury Martinez"),
    q("who did the vp endorse for la mayor", "two_spellings", "endorsed_by", endorser="Kamala Harris"),
    q("did president biden endorse bass", "two_spellings", "endorsement_pair", endorser="Joe Biden",
      candidate=BASS),
    q("speaker pelosi, who'd she back for la mayor", "two_spellings", "endorsed_by", endorser="Nancy Pelosi"),
    q("who did the lapd union endorse for mayor", "two_spellings", "endorsed_by",
      endorser="Los Angeles Police Protective League"),
    q("the teachers union's pick for la mayor", "two_spellings", "endorsed_by", endorser="United Teachers Los Angeles"),
    q("who did marqueece harris dawson endorse", "two_spellings", "endorsed_by",
      endorser="Marqueece Harris-Dawson"),
    q("who did snoop endorse for la mayor", "two_spellings", "endorsed_by", endorser="Snoop Dogg"),
    q("who did kim k back in the la mayor race", "two_spellings", "endorsed_by", endorser="Kim Kardashian"),
    q("did katie perry endorse caruso", "two_spellings", "endorsement_pair", endorser="Katy Perry",
      candidate=CARUSO),
    # ---- a word or month next to a surname that is not a given name (the candidate is meant)
    q("will bass win the runoff", "swallowed", "outcome", person=BASS),
    q("will caruso win in november", "swallowed", "outcome", person=CARUSO),
    q("will de leon make the la mayor runoff", "swallowed", "outcome", person=KDL),
    q("hope bass won, did she?", "swallowed", "outcome", person=BASS),
    q("frank question: did caruso lose", "swallowed", "outcome", person=CARUSO),
    q("that guy caruso, what'd he get in the primary", "swallowed", "result_of", person=CARUSO, stage="primary"),
    q("rich guy caruso general election %", "swallowed", "result_of", person=CARUSO, stage="general"),
    q("in june caruso got what percent of the vote", "swallowed", "result_of", person=CARUSO, stage="primary"),
    q("in april bass was at what in the berkeley poll", "swallowed", "la_poll_pick", pollster=IGS,
      month=(2022, 4), person=BASS),
    q("by august bass led caruso by how much in the berkeley poll", "swallowed", "la_poll_lead", pollster=IGS,
      month=(2022, 8)),
    q("howd bass do in the la primary", "swallowed", "result_of", person=BASS, stage="primary"),
    q("how many votes did deleon get for mayor", "swallowed", "votes_of", person=KDL, stage="primary"),
    q("wheres caruso finish in the primary", "swallowed", "place_of", person=CARUSO, stage="primary"),
    q("whod feuer endorse when he dropped out", "swallowed", "endorsed_by", endorser=FEUER),
    q("whos varma endorsing", "swallowed", "endorsed_by", endorser=VARMA),
    # ---- facts about those people
    q("bass has how many endorsements total", "unrouted_fact", "endorsement_count", candidate=BASS),
    q("did caruso ever lead a poll in the la race", "unrouted_fact", "la_polls_led", person=CARUSO),
    q("caruso's highest poll number", "unrouted_fact", "la_max_share", person=CARUSO),
    q("how many votes behind bass was de leon in the la primary", "unrouted_fact", "gap", first=BASS, second=KDL,
      stage="primary"),
    q("what place did buscaino finish in the mayor primary", "unrouted_fact", "place_of", person=BUSCAINO,
      stage="primary"),
    q("what day did barack obama endorse bass", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
      candidate=BASS),
    q("the lapd police union, on what date did it endorse caruso", "unrouted_fact", "endorsement_date",
      endorser="Los Angeles Police Protective League", candidate=CARUSO),
    q("rick caruso, what party is he registered with", "unrouted_fact", "party_of", person=CARUSO),
    q("how many more votes did bass get in the general than in the primary", "unrouted_fact", "la_vote_change",
      person=BASS),
    q("how old is caruso", "unrouted_fact", "la_candidate_lacks", person=CARUSO, field="age",
      said=("age", "old", "born", "edad")),
    q("varma's party", "unrouted_fact", "la_candidate_lacks", person=VARMA, field="party",
      said=("party", "partido")),
    q("when did jessica lall drop out", "unrouted_fact", "withdrawal_month", person=LALL),
    q("who backed caruso besides snoop dogg", "unrouted_fact", "la_endorsers_besides", candidate=CARUSO,
      besides=("Snoop Dogg",)),
    # ---- plain questions about them
    q("caruso's primary %", "ordinary", "result_of", person=CARUSO, stage="primary"),
    q("de leon's votes in the mayor primary", "ordinary", "votes_of", person=KDL, stage="primary"),
    q("did bass beat caruso by much in the general", "ordinary", "margin", stage="general"),
    q("kevin de leon, who endorsed him for mayor", "ordinary", "endorsers_of", candidate=KDL),
    q("did gwyneth paltrow back caruso for la mayor", "ordinary", "endorsement_pair", endorser="Gwyneth Paltrow",
      candidate=CARUSO),
    q("who did feinstein endorse for mayor of la", "ordinary", "endorsed_by", endorser="Dianne Feinstein"),
)

NO_CORRIO = ("candidato", "candidata", "candidate", "corrio", "postul*", "votos", "votes")
NO_APOYO = ("apoy*", "respald*", "endorse*", "endorsement*")

q = maker("es", "la")
SPANISH_ROWS = (
    # ---- otra persona: un nombre de pila (o el de otro candidato) con el apellido de un candidato o de quien apoyo
    q("cuantos votos saco rick bass en la primaria de los angeles", "other_surname", "la_other_given",
      given="rick", surname="bass"),
    q("y karen caruso cuanto saco en la primaria de alcalde", "other_surname", "la_other_given",
      given="karen", surname="caruso"),
    q("esperanza caruso es candidata a la alcaldia de la?", "other_surname", "la_other_given",
      given="esperanza", surname="caruso"),
    q("luz bass cuantos votos tuvo en la general de los angeles", "other_surname", "la_other_given",
      given="luz", surname="bass"),
    q("angel de leon en que lugar quedo en la primaria de alcalde", "other_surname", "la_other_given",
      given="angel", surname="leon"),
    q("rosa kim cuanto saco en la primaria de la alcaldia de la", "other_surname", "la_other_given",
      given="rosa", surname="kim"),
    q("jesus viola cuantos votos saco pa alcalde de la", "other_surname", "la_other_given",
      given="jesus", surname="viola"),
    q("dolores caruso gano la alcaldia?", "other_surname", "la_other_given", given="dolores", surname="caruso"),
    q("mercedes bass apoyo a alguien para alcalde de la", "other_surname", "la_other_given",
      given="mercedes", surname="bass"),
    q("consuelo wilson primaria de la alcaldia de los angeles votos", "other_surname", "la_other_given",
      given="consuelo", surname="wilson"),
    q("a quien apoyo rosa huerta para alcalde", "other_surname", "la_other_given", given="rosa", surname="huerta"),
    q("paz padilla apoyo a bass para alcaldesa?", "other_surname", "la_other_given", given="paz", surname="padilla"),
    q("el gobernador newsom apoyo a bass?", "other_surname", "la_named_not_endorser",
      name="Gavin Newsom", surname="newsom", said=(*NO_APOYO, "newsom")),
    q("cuantos votos saco katy perry para alcaldesa de la", "other_surname", "la_named_not_running",
      name="Katy Perry", surname="perry", said=(*NO_CORRIO, "perry")),
    q("la encuestadora wallin paso a la segunda vuelta de alcalde?", "other_surname", "la_named_not_running",
      name="Wallin", surname="wallin", said=(*NO_CORRIO, "wallin", "encuestadora", "pollster")),
    # ---- la misma persona escrita de otra forma
    q("el concejal de leon cuantos votos saco en la primaria", "two_spellings", "votes_of", person=KDL,
      stage="primary"),
    q("la congresista bass gano?", "two_spellings", "outcome_es", person=BASS),
    q("el billonario caruso en la general cuanto saco", "two_spellings", "result_of", person=CARUSO,
      stage="general"),
    q("deleon en que lugar quedo en la primaria de la alcaldia", "two_spellings", "place_of", person=KDL,
      stage="primary"),
    q("kevin leon porcentaje en la primaria de alcalde de la", "two_spellings", "result_of", person=KDL,
      stage="primary"),
    q("como le fue a kdl en la primaria de alcalde", "two_spellings", "result_of", person=KDL, stage="primary"),
    q("el abogado de la ciudad feuer se retiro de la carrera?", "two_spellings", "outcome_es", person=FEUER),
    q("ricardo caruso cuantos votos saco en la general", "two_spellings", "votes_of", person=CARUSO,
      stage="general"),
    q("el sindicato de policias a quien apoyo para alcalde", "two_spellings", "endorsed_by",
      endorser="Los Angeles Police Protective League"),
    q("a quien apoyo el sindicato de maestros de la para alcalde", "two_spellings", "endorsed_by",
      endorser="United Teachers Los Angeles"),
    q("la vicepresidenta harris apoyo a bass?", "two_spellings", "endorsement_pair", endorser="Kamala Harris",
      candidate=BASS),
    q("el expresidente obama a quien apoyo en la alcaldia de la", "two_spellings", "endorsed_by",
      endorser="Barack Obama"),
    q("los de caruso en la de wallin", "two_spellings", "la_poll_share", pollster=WALLIN, person=CARUSO),
    # ---- hechos y preguntas simples sobre esas personas
    q("cuantos votos saco de leon en la primaria de alcalde", "ordinary", "votes_of", person=KDL, stage="primary"),
    q("a quien apoyo buscaino cuando se salio", "ordinary", "endorsed_by", endorser=BUSCAINO),
    q("quien apoyo a de leon para alcalde", "ordinary", "endorsers_of", candidate=KDL),
    q("cuantos votos saco snoop dogg en la primaria de la", "ordinary", "la_not_candidate",
      name="Snoop Dogg", said=(*NO_CORRIO, "snoop dogg")),
    q("gano feuer?", "swallowed", "outcome_es", person=FEUER),
    q("cuanto le gano bass a caruso en la general", "swallowed", "margin", stage="general"),
    q("bass cuantos endorsements tiene", "swallowed", "endorsement_count", candidate=BASS),
    q("en junio caruso saco que porcentaje de los votos", "swallowed", "result_of", person=CARUSO, stage="primary"),
    q("y jessica lall cuando se retiro de la carrera", "unrouted_fact", "withdrawal_month", person=LALL),
    q("rick caruso de que partido es", "unrouted_fact", "party_of", person=CARUSO),
    q("caruso lidero alguna encuesta de la alcaldia", "unrouted_fact", "la_polls_led", person=CARUSO),
    q("cuantas celebridades le dieron su apoyo a caruso", "unrouted_fact", "endorser_type_count",
      endorser_type="celebrity",
      candidate=CARUSO),
    q("que dia apoyo barack obama a karen bass", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
      candidate=BASS),
    q("cuantos años tiene bass", "unrouted_fact", "la_candidate_lacks", person=BASS, field="age",
      said=("edad", "años", "age", "nacio")),
    q("a quien apoyo karen bass para alcalde", "unrouted_fact", "la_not_endorser", name=BASS,
      said=(*NO_APOYO, "bass")),
)

FRESH33_SET = (*LA_ROWS, *SPANISH_ROWS)
