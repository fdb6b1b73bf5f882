"""The twenty-sixth fresh dev batch: wrong PEOPLE in the bundled 2022 LA mayor race, in English and Spanish.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows
(only the docstring of `fresh25_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`,
`derive_files.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, `derive_more.py`, `test_devset.py`, the
READMEs), the LA bundles and the real files. The people were listed with scripts: the bundle's candidates (with
their aliases), endorsers and the people its notes name (Austin Beutner, Gavin Newsom, Mark Ridley-Thomas); 1990
Census surnames (`names` package, >= 0.002%, absent from the bundles) two edits from a candidate's or endorser's
surname, or one edit and more common (ross, banks, bates, moss, carson, carlson, lee, dean, lyons, avila, villa,
davis, nelson, greene, king, lam, jacobson, meyer, bauer, vera, hall, perez, adams, becker; Spanish: baca, lara,
lemos, vela, garza); and the people of the real files who share a surname with someone of the LA race (Christy
Smith, Young Kim, Andy Kim, Jenny Wilson, Deborah Jackson, Stacey Abrams, Scott Perry, Andy Harris, Charles Booker,
Tony Vargas, Georgette Gomez, Nick Mitchell, Michelle Obama; Kevin de León's 2018 Senate race; Mike Levin's, Katie
Porter's, Adam Schiff's, Gavin Newsom's and Elon Musk's races of the files).

What it hunts: a made-up or other person given a confident answer about someone else. Other surnames with a
candidate's given name ("karen ross", "rick carson", "kevin lyons", "gina avila", "andrew king"); a surname of the
race with another given name, often a real person of the files ("christy smith", "young kim", "deborah jackson",
"stacey abrams", "scott perry", "bill clinton", "will smith", "michael jackson") or two endorsers' names crossed
("linda ruiz", "elizabeth porter", "jimmy sherman", "raul sanchez"); one person written another way (initials
"k bass", "kdl", "j samuel jackson"; nicknames "richard caruso", "joey buscaino", "jess lall", "kim k", "jj abrams",
"liz warren", "james clyburn", "hillary", "obama", "bernie"; typos "karin bass", "rick carusso", "kevin de lion",
"craig greive", "katie perry" for Katy Perry and "katy porter" for Katie Porter; pollsters and papers mistyped
"berkely", "fm 3", "loyala marymount", "walin", "la opinon", "latimes"); people of the bundles who did not run (Nury
Martinez, Austin Beutner, Villaraigosa, Ridley-Thomas, Curren Price, Mike Bonin, Alex Padilla) or endorsed nobody
(Gavin Newsom), and pollsters the race never had (Emerson, SurveyUSA); each asked with a fact (votes, place, share
in a poll, endorsements, dropped out?, running?). The race is named where a person of the files shares the words
("la mayor", "alcaldia de los angeles"); a pollster with several LA polls is asked of its latest.

New derivations in `derive_more.py` (section "fresh26"): `la_not_candidate` (someone the bundles name who did not
run, asked as a candidate: the answer says they were none), `la_not_endorser` (someone the bundles name who
endorsed nobody, asked whom they backed) and `la_other_person` (`la_other_given` that also accepts the name as the
files write it).

198 rows: 147 group "la", 51 group "es" (all source "la"). By kind: two_spellings 79 (la 59, es 20),
other_surname 64 (46 + 18), ordinary 21 (16 + 5), unrouted_fact 18 (13 + 5), swallowed 13 (11 + 2),
dropped_constraint 3 (2 + 1).

First score, rows as first written, engine at `148d5b7`
(`python -m tests.devset.score --module tests.devset.fresh26_set`):
```
overall: 177/198 right (89.4%), 10 ruled out
  group la                   132/147 right (89.8%), 8 ruled out
  group es                   45/51 right (88.2%), 2 ruled out
  kind ordinary             18/21 right (85.7%), 3 ruled out
  kind swallowed            11/13 right (84.6%), 0 ruled out
  kind other_surname        61/64 right (95.3%), 3 ruled out
  kind two_spellings        71/79 right (89.9%), 0 ruled out
  kind dropped_constraint   3/3 right (100.0%), 0 ruled out
  kind unrouted_fact        13/18 right (72.2%), 4 ruled out
ruled_out: 10
grades: {'right': 177, 'ruled_out': 10, 'wrong': 11}
```

Before any score, 4 first drafts equal to dev phrasings were reworded ("elon musk endorsed caruso when exactly",
"which of the dropouts ended up endorsing caruso", "who even is gina viola", "la opinon a quien apoyo para alcalde
de LA"); 14 drafts were dropped to keep the batch near 200 rows, and three tightened by reading the data: "latest"
/ "la ultima" added to the Berkeley rows (Berkeley has eight LA polls), "rick karuso" for "ricardo caruso" (a
translated given name is no spelling of the bundle's).

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "andy kim la mayor primary vote count" -> "andrw kim ...", and "andy kim en la primaria de alcalde ..." -> "andru
  kim ...": the files have Andy Kim of New Jersey (himself an Andrew), so "andy kim" fits two people; an answer
  about him ("Andy Kim is not a candidate for LA mayor") was a fair reading. Now a misspelt "Andrew".
- "deborah jackson percent in the la mayor primary" and "did stacey abrams endorse karen bass for mayor": asked now
  with `la_other_person` (new, section "fresh26"), which also accepts the name as the files write it ("Deborah A.
  Jackson", "Stacey Yvonne Abrams"): the engine's "No: Deborah A. Jackson is not a candidate in the 2022 Los
  Angeles mayoral election" is right, yet `la_other_given` looked only for "deborah jackson" and graded it ruled
  out. The texts are unchanged.

Score after the corrections, same engine:
```
overall: 180/198 right (90.9%), 9 ruled out
  group la                   134/147 right (91.2%), 7 ruled out
  group es                   46/51 right (90.2%), 2 ruled out
  kind ordinary             18/21 right (85.7%), 3 ruled out
  kind swallowed            11/13 right (84.6%), 0 ruled out
  kind other_surname        62/64 right (96.9%), 2 ruled out
  kind two_spellings        73/79 right (92.4%), 0 ruled out
  kind dropped_constraint   3/3 right (100.0%), 0 ruled out
  kind unrouted_fact        13/18 right (72.2%), 4 ruled out
ruled_out: 9
grades: {'right': 180, 'ruled_out': 9, 'wrong': 9}
```
The 18 misses left are each fair (the words pick one person and one fact of the LA race):
- ruled out, another person answered: "will smith la mayor primary results" (Alex Gruenenfelder Smith's result),
  "james garner endorsed who in the la mayor race" (Jennifer Garner's endorsement);
- ruled out, someone of the bundles who did not run answered with the race card or its results: Nury Martinez
  (English and Spanish), Villaraigosa (English and Spanish), Mark Ridley-Thomas, Mike Bonin, Alex Padilla;
- wrong: "kevin de lion" read as any Kevin; "kim k" and "la opinon" and "linda sanches" not resolved (a question
  back naming the right one); "jj abrams la mayor endorsement" answered with Stacey Abrams's endorsements; "study
  la" read as Louisiana; "jacksons share" (no apostrophe) read as results by area; Viola's and de Leon's gaps in
  the primary answered with a poll.
"""

from __future__ import annotations

from tests.devset.question import maker

BERK = "UC Berkeley Institute of Governmental Studies"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
WALLIN = "J. Wallin Opinion Research"
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
WILSON, GREIWE, KIM, SMITH = "Mel Wilson", "Craig Greiwe", "Andrew Kim", "Alex Gruenenfelder Smith"
JACKSON, BUSCAINO, FEUER, VARMA, LALL = "John Jackson", "Joe Buscaino", "Mike Feuer", "Ramit Varma", "Jessica Lall"
LAT, LAPPL = "Los Angeles Times", "Los Angeles Police Protective League"

q = maker("la", "la")
LA_ROWS = (
    # ---- other surnames: a real surname near a candidate's, with the candidate's given name
    q("how many votes did karen ross get in the la mayor primary", "other_surname", "nobody", missing=("ross",)),
    q("karen banks mayor of los angeles results??", "other_surname", "nobody", missing=("banks",)),
    q("did karen bates make the runoff for la mayor", "other_surname", "nobody", missing=("bates",)),
    q("whats karen moss polling at in the LA mayor race", "other_surname", "nobody", missing=("moss",)),
    q("did rick carson make the november runoff for mayor of LA", "other_surname", "nobody", missing=("carson",)),
    q("what % did rick carlson get in the la mayoral general", "other_surname", "nobody", missing=("carlson",)),
    q("kevin lee la mayor race how many votes", "other_surname", "nobody", missing=("lee",)),
    q("where did kevin dean finish in the la mayor primary", "other_surname", "nobody", missing=("dean",)),
    q("is kevin lyons running for mayor of los angeles", "other_surname", "nobody", missing=("lyons",)),
    q("gina avila votes in the LA mayor primary?", "other_surname", "nobody", missing=("avila",)),
    q("how'd gina villa do for la mayor", "other_surname", "nobody", missing=("villa",)),
    q("did viola davis endorse anyone for mayor of LA", "other_surname", "nobody", missing=("davis",)),
    q("mel nelson la mayor primary vote total", "other_surname", "nobody", missing=("nelson",)),
    q("craig greene la mayor primary place", "other_surname", "nobody", missing=("greene",)),
    q("andrew king votes la mayor primary", "other_surname", "nobody", missing=("king",)),
    q("did andrew lam run for mayor in los angeles 2022", "other_surname", "nobody", missing=("lam",)),
    q("john jacobson how many votes la mayor primary", "other_surname", "nobody", missing=("jacobson",)),
    q("did mike meyer drop out of the la mayor race", "other_surname", "nobody", missing=("meyer",)),
    q("mike bauer endorsed bass for la mayor?", "other_surname", "nobody", missing=("bauer",)),
    q("who did ramit vera endorse for mayor of la", "other_surname", "nobody", missing=("vera",)),
    q("jessica hall dropped out of the la mayor race when", "other_surname", "nobody", missing=("hall",)),
    q("katy perez endorsed caruso right? la mayor", "other_surname", "nobody", missing=("perez",)),
    q("did jj adams endorse karen bass for mayor", "other_surname", "nobody", missing=("adams",)),
    q("did charlie becker endorse caruso for la mayor", "other_surname", "nobody", missing=("becker",)),
    # ---- other surnames: a surname of the race with a given name nobody of the race has
    q("sarah bass votes la mayor primary", "other_surname", "la_other_given", given="sarah", surname="bass"),
    q("how did tom caruso do in the LA mayor general", "other_surname", "la_other_given", given="tom",
      surname="caruso"),
    q("did carlos de leon make the runoff for la mayor", "other_surname", "la_other_given", given="carlos",
      surname="leon"),
    q("how many votes did michael jackson get for la mayor lol", "other_surname", "la_other_given",
      given="michael", surname="jackson"),
    q("will smith la mayor primary results", "other_surname", "la_other_given", given="will", surname="smith"),
    q("christy smith mayor of los angeles votes 2022", "other_surname", "la_other_given", given="christy",
      surname="smith"),
    q("young kim in the la mayor race how many votes", "other_surname", "la_other_given", given="young",
      surname="kim"),
    q("jenny wilson la mayor race results", "other_surname", "la_other_given", given="jenny", surname="wilson"),
    q("deborah jackson percent in the la mayor primary", "other_surname", "la_other_person", given="deborah",
      surname="jackson", written=("deborah a jackson",)),
    q("did stacey abrams endorse karen bass for mayor", "other_surname", "la_other_person", given="stacey",
      surname="abrams", written=("stacey yvonne abrams",)),
    q("did scott perry endorse caruso for la mayor", "other_surname", "la_other_given", given="scott",
      surname="perry"),
    q("rick perry endorsement la mayor race", "other_surname", "la_other_given", given="rick", surname="perry"),
    q("did bill clinton endorse bass for mayor of LA", "other_surname", "la_other_given", given="bill",
      surname="clinton"),
    q("did andy harris endorse anybody for la mayor", "other_surname", "la_other_given", given="andy",
      surname="harris"),
    q("charles booker endorsed karen bass?", "other_surname", "la_other_given", given="charles", surname="booker"),
    q("who did tony vargas endorse for mayor of los angeles", "other_surname", "la_other_given", given="tony",
      surname="vargas"),
    q("georgette gomez endorse bass for la mayor or no", "other_surname", "la_other_given", given="georgette",
      surname="gomez"),
    q("did nick mitchell back bass or caruso for mayor", "other_surname", "la_other_given", given="nick",
      surname="mitchell"),
    q("james garner endorsed who in the la mayor race", "other_surname", "la_other_given", given="james",
      surname="garner"),
    q("did linda ruiz endorse karen bass for mayor", "other_surname", "la_other_given", given="linda",
      surname="ruiz"),
    q("did elizabeth porter endorse bass for mayor of la", "other_surname", "la_other_given", given="elizabeth",
      surname="porter"),
    q("did jimmy sherman endorse bass in the mayor race", "other_surname", "la_other_given", given="jimmy",
      surname="sherman"),
    # ---- two spellings: one candidate, another name (nickname, initial, typo, alias)
    q("k bass primary votes la mayor", "two_spellings", "votes_of", person=BASS, stage="primary"),
    q("karin bass how many votes in the general for la mayor", "two_spellings", "votes_of", person=BASS,
      stage="general"),
    q("karen bas first place in the la mayor primary?", "two_spellings", "place_of", person=BASS,
      stage="primary"),
    q("congresswoman bass endorsements list", "two_spellings", "endorsers_of", candidate=BASS),
    q("richard caruso share of the vote in the la mayor primary", "two_spellings", "result_of", person=CARUSO,
      stage="primary"),
    q("did rick carusso win the la mayor race", "two_spellings", "outcome", person=CARUSO),
    q("ricky caruso highest poll number", "two_spellings", "la_max_share", person=CARUSO),
    q("r caruso vs k bass", "two_spellings", "compare", first=CARUSO, second=BASS),
    q("kdl finish in the mayor primary?", "two_spellings", "place_of", person=KDL, stage="primary"),
    q("kevin deleon votes mayor primary", "two_spellings", "votes_of", person=KDL, stage="primary"),
    q("kevin de lion best poll for la mayor", "two_spellings", "la_max_share", person=KDL),
    q("councilman de leon mayor race endorsements", "two_spellings", "endorsers_of", candidate=KDL),
    q("andrw kim la mayor primary vote count", "two_spellings", "votes_of", person=KIM, stage="primary"),
    q("alex smith mayor of la how many votes", "two_spellings", "votes_of", person=SMITH, stage="primary"),
    q("alex gruenenfelder where did he place for la mayor", "two_spellings", "place_of", person=SMITH,
      stage="primary"),
    q("gruenenfelder-smith la mayor share", "two_spellings", "result_of", person=SMITH, stage="primary"),
    q("j samuel jackson la mayor results", "two_spellings", "result_of", person=JACKSON, stage="primary"),
    q("jsamuel jackson last place la mayor?", "two_spellings", "place_of", person=JACKSON, stage="primary"),
    q("mel wilsen mayor votes los angeles", "two_spellings", "votes_of", person=WILSON, stage="primary"),
    q("craig greive place in la mayor primary", "two_spellings", "place_of", person=GREIWE, stage="primary"),
    q("gina violla la mayor primary", "two_spellings", "result_of", person=VIOLA, stage="primary"),
    q("ramit verma endorsed who for la mayor", "two_spellings", "endorsed_by", endorser=VARMA),
    q("jess lall dropped out when", "two_spellings", "withdrawal_month", person=LALL),
    q("jessica lal la mayor did she drop out", "two_spellings", "did_withdraw", person=LALL),
    q("joey buscaino endorsed who for mayor", "two_spellings", "endorsed_by", endorser=BUSCAINO),
    q("did joe buscano drop out of the mayor race", "two_spellings", "did_withdraw", person=BUSCAINO),
    q("michael feuer la mayor who did he endorse", "two_spellings", "endorsed_by", endorser=FEUER),
    q("mike fuer drop out of the la mayor race?", "two_spellings", "did_withdraw", person=FEUER),
    q("city attorney feuer primary votes for mayor", "two_spellings", "votes_of", person=FEUER,
      stage="primary"),
    # ---- two spellings: endorsers written another way
    q("who did kim k back for la mayor", "two_spellings", "endorsed_by", endorser="Kim Kardashian"),
    q("snoop dog endorsed who for mayor of los angeles", "two_spellings", "endorsed_by", endorser="Snoop Dogg"),
    q("jj abrams la mayor endorsement", "two_spellings", "endorsed_by", endorser="J.J. Abrams"),
    q("katie perry endorsed who for la mayor", "two_spellings", "endorsed_by", endorser="Katy Perry"),
    q("katy porter endorsed who for la mayor", "two_spellings", "endorsed_by", endorser="Katie Porter"),
    q("jen garner endorsement la mayor", "two_spellings", "endorsed_by", endorser="Jennifer Garner"),
    q("steven spielburg endorsed which mayor candidate", "two_spellings", "endorsed_by",
      endorser="Steven Spielberg"),
    q("gwenyth paltrow backed who for la mayor", "two_spellings", "endorsed_by", endorser="Gwyneth Paltrow"),
    q("diane feinstein endorse anyone for LA mayor?", "two_spellings", "endorsed_by",
      endorser="Dianne Feinstein"),
    q("who did adam schif endorse for mayor of la", "two_spellings", "endorsed_by", endorser="Adam Schiff"),
    q("liz warren endorsed who in the la mayor race", "two_spellings", "endorsed_by",
      endorser="Elizabeth Warren"),
    q("james clyburn endorsement mayor of los angeles", "two_spellings", "endorsed_by", endorser="Jim Clyburn"),
    q("antonio villaragosa endorsed who for mayor", "two_spellings", "endorsed_by",
      endorser="Antonio Villaraigosa"),
    q("mark ridley thomas endorsed who for la mayor", "two_spellings", "endorsed_by",
      endorser="Mark Ridley-Thomas"),
    q("who did nancy pelossi endorse for mayor of la", "two_spellings", "endorsed_by", endorser="Nancy Pelosi"),
    q("did hillary endorse in the la mayor race", "two_spellings", "endorsed_by", endorser="Hillary Clinton"),
    q("who did obama endorse for la mayor", "two_spellings", "endorsed_by", endorser="Barack Obama"),
    # ---- two spellings: pollsters and newspapers written another way
    q("latest berkely igs poll karen bass number", "two_spellings", "la_poll_share", pollster=BERK, person=BASS),
    q("fm 3 poll caruso la mayor %", "two_spellings", "la_poll_share", pollster=FM3, person=CARUSO),
    q("fairbank maslin la mayor poll kevin de leon", "two_spellings", "la_poll_share", pollster=FM3, person=KDL),
    q("loyala marymount poll de leon la mayor", "two_spellings", "la_poll_share", pollster=LMU, person=KDL),
    q("study la poll what did buscaino get", "two_spellings", "la_poll_share", pollster=LMU, person=BUSCAINO),
    q("walin poll caruso number la mayor", "two_spellings", "la_poll_share", pollster=WALLIN, person=CARUSO),
    q("jwallin la mayor poll bass", "two_spellings", "la_poll_share", pollster=WALLIN, person=BASS),
    q("who did la opinon endorse for mayor", "two_spellings", "endorser_kinds_of", endorser="La Opinión"),
    q("the la daily news endorsed who for mayor", "two_spellings", "endorsed_by",
      endorser="Los Angeles Daily News"),
    q("latimes endorsement for la mayor", "two_spellings", "endorsed_by", endorser=LAT),
    q("emilys list endorsement la mayor race", "two_spellings", "endorsed_by", endorser="EMILY's List"),
    q("lappl endorsement in the mayor race?", "two_spellings", "endorsed_by", endorser=LAPPL),
    q("utla endorsed who for mayor of la", "two_spellings", "endorsed_by", endorser="United Teachers Los Angeles"),
    # ---- people of the race who were not candidates, and pollsters the race never had
    q("how many votes did nury martinez get in the la mayor primary", "unrouted_fact", "la_not_candidate",
      name="Nury Martinez", said=("martinez", "nury martinez")),
    q("is austin beutner running for mayor of LA", "ordinary", "la_not_candidate", name="Austin Beutner",
      said=("beutner", "austin beutner")),
    q("did villaraigosa run for la mayor in 2022", "ordinary", "la_not_candidate", name="Antonio Villaraigosa",
      said=("villaraigosa", "antonio villaraigosa")),
    q("where did mark ridley-thomas finish in the la mayor primary", "unrouted_fact", "la_not_candidate",
      name="Mark Ridley-Thomas", said=("ridley-thomas", "mark ridley-thomas", "ridley thomas")),
    q("whats curren price polling at for mayor of la", "unrouted_fact", "la_not_candidate", name="Curren Price",
      said=("price", "curren price")),
    q("did mike bonin make the la mayor runoff", "ordinary", "la_not_candidate", name="Mike Bonin",
      said=("bonin", "mike bonin")),
    q("how many votes did alex padilla get for mayor of LA", "unrouted_fact", "la_not_candidate",
      name="Alex Padilla", said=("padilla", "alex padilla")),
    q("who did gavin newsom endorse for la mayor", "ordinary", "la_not_endorser", name="Gavin Newsom",
      said=("newsom", "gavin newsom")),
    q("newsom endorsement bass or caruso", "swallowed", "la_not_endorser", name="Gavin Newsom",
      said=("newsom", "gavin newsom")),
    q("who did michelle obama endorse for mayor of la", "ordinary", "la_other_given", given="michelle",
      surname="obama"),
    q("did jill biden endorse karen bass for mayor", "ordinary", "la_other_given", given="jill",
      surname="biden"),
    q("emerson poll la mayor caruso number", "dropped_constraint", "nobody", missing=("emerson",)),
    q("what did surveyusa have bass at for la mayor", "dropped_constraint", "nobody", missing=("surveyusa",)),
    q("did eric garcetti endorse anyone for la mayor", "ordinary", "nobody", missing=("garcetti",)),
    # ---- facts about a person, asked plainly or with the question word glued to the name
    q("elon musk endorsed caruso when exactly", "unrouted_fact", "endorsement_date", endorser="Elon Musk",
      candidate=CARUSO),
    q("when did the police protective league endorse caruso", "unrouted_fact", "endorsement_date",
      endorser=LAPPL, candidate=CARUSO),
    q("katy perry endorsed caruso on what date", "unrouted_fact", "endorsement_date", endorser="Katy Perry",
      candidate=CARUSO),
    q("gil cedillo endorsed who for mayor", "ordinary", "endorsed_by", endorser="Gil Cedillo"),
    q("who did charlie beck endorse for la mayor", "ordinary", "endorsed_by", endorser="Charlie Beck"),
    q("did dolores huerta endorse karen bass", "ordinary", "endorsement_pair", endorser="Dolores Huerta",
      candidate=BASS),
    q("who did mike levin endorse for mayor of la", "ordinary", "endorsed_by", endorser="Mike Levin"),
    q("katie porter endorse bass or caruso for la mayor", "swallowed", "endorsed_by", endorser="Katie Porter"),
    q("bernie endorse anyone for la mayor", "swallowed", "endorsed_by", endorser="Bernie Sanders"),
    q("musk endorsed who for mayor of los angeles", "swallowed", "endorsed_by", endorser="Elon Musk"),
    q("how many endorsements did caruso have", "ordinary", "endorsement_count", candidate=CARUSO),
    q("which of the dropouts ended up endorsing caruso", "unrouted_fact", "withdrawn_endorsers", candidate=CARUSO),
    q("kims vote total in the la mayor primary", "swallowed", "votes_of", person=KIM, stage="primary"),
    q("what place did greiwe finish for la mayor", "unrouted_fact", "place_of", person=GREIWE, stage="primary"),
    q("did wilson get knocked out in the la mayor primary", "ordinary", "outcome", person=WILSON),
    q("jacksons share in the la mayor primary", "swallowed", "result_of", person=JACKSON, stage="primary"),
    q("who even is gina viola", "ordinary", "profile", person=VIOLA),
    q("what party is kevin de leon in the mayor race", "unrouted_fact", "party_of", person=KDL),
    q("jessica lall primary votes for la mayor", "unrouted_fact", "la_not_in_stage", person=LALL,
      stage="primary"),
    q("how many votes did buscaino get in the la mayor primary even tho he dropped out", "unrouted_fact",
      "votes_of", person=BUSCAINO, stage="primary"),
    q("varma primary vote share la mayor", "swallowed", "result_of", person=VARMA, stage="primary"),
    q("viola how many points behind de leon in the primary", "swallowed", "gap", first=KDL, second=VIOLA,
      stage="primary"),
    q("how far behind bass was caruso in the la mayor general", "unrouted_fact", "gap", first=BASS,
      second=CARUSO, stage="general"),
    q("de leons lowest number in any la mayor poll", "swallowed", "la_min_share", person=KDL),
    q("is rick caruso still running for mayor", "ordinary", "is_running", person=CARUSO),
    q("is gina viola running for mayor of los angeles", "ordinary", "is_running", person=VIOLA),
    q("bass how much did she improve from the primary to the general", "swallowed", "stage_change",
      person=BASS),
    q("caruso lowest poll number in the la mayor race", "swallowed", "la_min_share", person=CARUSO),
)

e = maker("es", "la")
SPANISH_ROWS = (
    # ---- otros apellidos: un apellido real cerca del de un candidato, o un nombre que nadie de la carrera tiene
    e("cuantos votos saco karen baca en la eleccion de alcalde de los angeles", "other_surname", "nobody",
      missing=("baca",)),
    e("karen ross paso a la segunda vuelta en LA?", "other_surname", "nobody", missing=("ross",)),
    e("rick carson gano la alcaldia de los angeles o no", "other_surname", "nobody", missing=("carson",)),
    e("en que lugar quedo kevin lara en la primaria de alcalde de LA", "other_surname", "nobody",
      missing=("lara",)),
    e("kevin de lemos? cuantos votos tuvo pa alcalde de LA", "other_surname", "nobody", missing=("lemos",)),
    e("gina vela cuanto saco en la primaria de la alcaldia de los angeles", "other_surname", "nobody",
      missing=("vela",)),
    e("gina avila se retiro de la carrera por la alcaldia de LA?", "other_surname", "nobody", missing=("avila",)),
    e("andres king cuantos votos en la primaria de alcalde de los angeles", "other_surname", "nobody",
      missing=("king",)),
    e("jessica garza se bajo de la carrera por alcalde de LA?", "other_surname", "nobody", missing=("garza",)),
    e("luis caruso cuanto saco en la general de alcalde de LA", "other_surname", "la_other_given", given="luis",
      surname="caruso"),
    e("carmen bass gano la alcaldia de los angeles?", "other_surname", "la_other_given", given="carmen",
      surname="bass"),
    e("pedro de leon en que lugar quedo en la primaria de LA", "other_surname", "la_other_given", given="pedro",
      surname="leon"),
    e("raul sanchez apoyo a karen bass para alcaldesa?", "other_surname", "la_other_given", given="raul",
      surname="sanchez"),
    e("a quien apoyo juan padilla para alcalde de los angeles", "other_surname", "la_other_given", given="juan",
      surname="padilla"),
    e("lucia martinez respaldo a bass o a caruso", "other_surname", "la_other_given", given="lucia",
      surname="martinez"),
    e("jose huerta apoyo a karen bass?", "other_surname", "la_other_given", given="jose", surname="huerta"),
    e("ana gomez a quien respaldo pa la alcaldia de LA", "other_surname", "la_other_given", given="ana",
      surname="gomez"),
    e("juan correa apoyo a bass en la eleccion de alcalde?", "other_surname", "la_other_given", given="juan",
      surname="correa"),
    # ---- dos nombres de una persona (apodos, errores, sin acento, con acento)
    e("cuantos votos saco karen bas en la primaria de la alcaldia de los angeles", "two_spellings", "votes_of",
      person=BASS, stage="primary"),
    e("la congresista bass gano la general?", "two_spellings", "outcome_es", person=BASS),
    e("rick caruzo perdio la alcaldia?", "two_spellings", "outcome_es", person=CARUSO),
    e("rick karuso cuanto saco en la segunda vuelta de LA", "two_spellings", "result_of", person=CARUSO,
      stage="general"),
    e("kevin leon cuantos votos saco en la primaria de alcalde", "two_spellings", "votes_of", person=KDL,
      stage="primary"),
    e("kevin de león en qué lugar quedó en la primaria de la alcaldía", "two_spellings", "place_of", person=KDL,
      stage="primary"),
    e("kevin deleon paso a la segunda vuelta o lo eliminaron", "two_spellings", "outcome_es", person=KDL),
    e("gina biola cuantos votos tuvo en la primaria de LA", "two_spellings", "votes_of", person=VIOLA,
      stage="primary"),
    e("andru kim en la primaria de alcalde de los angeles que porcentaje", "two_spellings", "result_of",
      person=KIM, stage="primary"),
    e("a quien apoyo joe buscaíno despues de retirarse", "two_spellings", "endorsed_by", endorser=BUSCAINO),
    e("a quien apoyo michael feuer cuando se retiro de la alcaldia", "two_spellings", "endorsed_by",
      endorser=FEUER),
    e("jesica lall cuando se retiro de la carrera de alcalde", "two_spellings", "withdrawal_month", person=LALL),
    e("la opinon a quien apoyo para alcalde de LA", "two_spellings", "endorser_kinds_of", endorser="La Opinión"),
    e("kim kardashian apoyo a quien pa alcalde de LA", "ordinary", "endorsed_by", endorser="Kim Kardashian"),
    e("a quien apoyo snoop dog para la alcaldia de los angeles", "two_spellings", "endorsed_by",
      endorser="Snoop Dogg"),
    e("dolores huertas apoyo a quien para alcalde de LA", "two_spellings", "endorsed_by",
      endorser="Dolores Huerta"),
    e("tony cardenas apoyo a bass o a caruso", "two_spellings", "endorsed_by", endorser="Tony Cárdenas"),
    e("linda sanches a quien apoyo para alcaldesa de LA", "two_spellings", "endorsed_by",
      endorser="Linda Sánchez"),
    e("la ultima encuesta de berkly cuanto le daba a caruso", "two_spellings", "la_poll_share", pollster=BERK,
      person=CARUSO),
    e("en la encuesta de loyola marymount cuanto tenia kevin de leon", "two_spellings", "la_poll_share",
      pollster=LMU, person=KDL),
    e("la de wallin cuanto le daba a bass pa alcaldesa", "two_spellings", "la_poll_share", pollster=WALLIN,
      person=BASS),
    # ---- gente de la carrera que no fue candidata, encuestadoras que no la midieron
    e("villaraigosa se lanzo a alcalde de los angeles en 2022?", "ordinary", "la_not_candidate",
      name="Antonio Villaraigosa", said=("villaraigosa", "antonio villaraigosa")),
    e("cuantos votos saco nury martinez en la primaria de alcalde de LA", "unrouted_fact", "la_not_candidate",
      name="Nury Martinez", said=("martinez", "nury martinez")),
    e("a quien apoyo el gobernador newsom para alcalde de LA", "ordinary", "la_not_endorser",
      name="Gavin Newsom", said=("newsom", "gavin newsom")),
    e("michelle obama apoyo a karen bass para alcaldesa?", "ordinary", "la_other_given", given="michelle",
      surname="obama"),
    e("la encuesta de emerson sobre la alcaldia de los angeles, quien iba ganando", "dropped_constraint",
      "nobody", missing=("emerson",)),
    # ---- datos de una persona
    e("cuando apoyo elon musk a caruso", "unrouted_fact", "endorsement_date", endorser="Elon Musk",
      candidate=CARUSO),
    e("en que mes se retiro jessica lall de la alcaldia", "unrouted_fact", "withdrawal_month", person=LALL),
    e("greiwe en que lugar quedo pa alcalde de los angeles", "swallowed", "place_of", person=GREIWE,
      stage="primary"),
    e("cuantos puntos saco de leon menos que caruso en la primaria", "unrouted_fact", "gap", first=CARUSO,
      second=KDL, stage="primary"),
    e("quienes de los que se retiraron apoyaron a caruso", "unrouted_fact", "withdrawn_endorsers",
      candidate=CARUSO),
    e("mel wilson sigue en la carrera por la alcaldia de LA?", "ordinary", "is_running", person=WILSON),
    e("viola cuanto saco en la primaria de alcalde de LA", "swallowed", "result_of", person=VIOLA,
      stage="primary"),
)

FRESH26_SET = LA_ROWS + SPANISH_ROWS
