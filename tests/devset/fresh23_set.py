"""The twenty-third fresh dev batch: everything people ask about the 2022 LA mayor race, built so that a careless
answer states something the question rules out.

Written by a helper session that read neither the engine (`bot/`), the sealed rows, the other dev rows (only the
docstring of `fresh18_set.py`, for the format) nor `tests/engine/*`: only the machinery (`tests/sealed/question.py`,
`check.py`, `expect.py`, `score.py`, the derivations of `derive_la.py` and `derive_more.py`, `tests/devset/question.py`,
`score.py`, `overlap.py`, the READMEs) and the LA bundles in `data/races/`. Polls, months, populations, groups of
voters, endorsers by kind and date, results and withdrawals were listed with a script over `la_race()`; other surnames
were found with a script over the 1990 Census surnames (`names` package, >= 0.002%) near a candidate's (basso,
bassett, bess, bates, baskin, carson, russo, lyon, leone, leong, villa, lim, kwan, wilkerson, varga, hall, busch,
greer, jacobs, fuller, lemon, parks, rodriguez), each absent from the LA bundles (checked by `nobody`), and a
candidate's surname with another given name (lance bass, sam bass, enrico caruso, carla caruso, russell wilson, jim
kim, kevin smith, jesse jackson, tom feuer, enrique de leon; checked by `la_other_given`).

What it hunts: who is running, who leads or won, the newest poll and one named by pollster (Berkeley, LMU, FM3,
Wallin, with their aliases), a candidate's figures (primary and general, best and worst poll figure, polls led, the
biggest lead), endorsements (who, whom, when, how many, of one kind, a dropout's), results (winner, places, margins,
gaps, votes, totals, turnout, registered voters), withdrawals, dates and days until, and a poll's sample size, method,
sponsor and field dates. Traps: real surnames near a candidate's ("basso", "bates", "carson", "leone"), a candidate's
surname with another given name ("lance bass", "enrico caruso", "kevin smith"), a name that is also another kind of
entity ("kim" the candidate and Kim Kardashian the endorser), constraints to honour (pollster, month, year, stage,
population: registered vs likely, group of voters: Latino likely vs registered, Asian in the IGS vs the Wallin poll,
endorser kind) and constraints set aside ("not the primary", "that isn't from berkeley", "other than igs", "besides
the la times", "except for buscaino", "that isn't a celebrity", "aparte de berkeley", "no en noviembre"), and question
words next to names ("who did caruso...", "what did kdl get", "where'd gina viola..."). Written as Discord traffic:
lower case, shorthand (kdl, igs, lappl, utla, kim k, ppl, w), "lol", "pls", "??", second thoughts, one- and
two-word questions, Spanish without accents (and one with).

Two derivations added to `derive_more.py` (section "LA (fresh23)"): `la_newest_poll_besides` (the newest LA poll by
any pollster but one named, that pollster expected) and `la_endorsers_other_kinds` (a candidate's endorsers of every
kind but one, those of that kind excluded).

201 rows, all of the LA bundles: 161 "la", 40 "es". By kind: ordinary 34 (la 27, es 7), swallowed 34 (27 + 7),
other_surname 33 (27 + 6), two_spellings 33 (27 + 6), dropped_constraint 33 (26 + 7), unrouted_fact 34 (27 + 7).

Before any score: six drafts were reworded because the row itself read two ways ("who's leading in LA rn", where on
the day asked the newest poll before it had Caruso ahead; "polls came out in february", where LMU's was released in
March; "how many people voted in the runoff", where the bundle also states 1,018,139 ballots received; a Spanish
turnout question naming no stage; "kevin leone", whose given name made the surname read as a typo of de Leon; a Wallin
row without "la"). Then 43 drafts equal to sealed (5), dev (34) or engine-test (4) phrasings (the overlap check
printed only this module's rows) were reworded, by chatter, word order or other words for the same fact.

First score, rows as first written, engine on this branch's base `3c05f66` (rows at `80ef18e`):
```
overall: 190/201 right (94.5%), 0 ruled out
  group la                   152/161 right (94.4%), 0 ruled out
  group es                   38/40 right (95.0%), 0 ruled out
  kind ordinary             34/34 right (100.0%), 0 ruled out
  kind swallowed            33/34 right (97.1%), 0 ruled out
  kind other_surname        33/33 right (100.0%), 0 ruled out
  kind two_spellings        30/33 right (90.9%), 0 ruled out
  kind dropped_constraint   29/33 right (87.9%), 0 ruled out
  kind unrouted_fact        31/34 right (91.2%), 0 ruled out
ruled_out: 0
grades: {'right': 190, 'wrong': 11}
```

Corrections after the first score: none. The eleven misses were read only to judge whether a row itself was unfair;
each has one right answer the data holds and names the LA race: how many polls Bass led (7 releases, 9 entries);
"kamala" and "kim k" as endorsers (asked back "did you mean"); "kevin de león cuantos votos saco para alcalde" ("saco"
read as a place); Bass among registered voters in August's IGS poll (read as a group of voters); the dropouts except
Buscaino; Caruso's endorsers that are not celebrities (answered with the celebrities); the pollsters "aparte de
berkeley"; "which polling firms" (answered with the leader); the dropouts who endorsed Caruso; Bass's biggest lead
(answered with her highest share, 46, not the 24-point lead). They stay misses, so the score after corrections is the
first score above.
Merged by the lead: "tom feuer dropped out of la mayor?" became "tom wilson dropped out of la mayor?" (the same
derivation, another given name with a candidate's surname): the set's rule asks an other-surname row's surname to be
one at least 0.002% of people have, and Feuer is rarer.
"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

la = maker("la", "la")
es = maker("es", "la")

BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
IGS = "UC Berkeley Institute of Governmental Studies"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
WALLIN = "J. Wallin Opinion Research"
LAPPL = "Los Angeles Police Protective League"
UTLA = "United Teachers Los Angeles"

ORDINARY = (
    la("ok so who actually won la mayor in the end", "ordinary", "leader"),
    la("la mayor race, who's running? trying to do my ballot homework", "ordinary", "candidates"),
    la("newest poll on the LA mayor race?", "ordinary", "latest_poll"),
    la("whats the latest berkeley poll of the la mayors race say", "ordinary", "latest_poll", pollster=IGS),
    la("who's backing karen bass for mayor, like officially", "ordinary", "endorsers_of", candidate=BASS),
    la("rick caruso endorsements list??", "ordinary", "endorsers_of", candidate=CARUSO),
    la("when's the la mayor primary again, i forgot", "ordinary", "election_date", stage="primary"),
    la("date of the LA mayoral general in november 2022?", "ordinary", "election_date", stage="general"),
    la("who won the june primary for mayor of LA", "ordinary", "winner", stage="primary"),
    la("la mayor runoff results pls", "ordinary", "winner", stage="general"),
    la("is kevin de leon still running for mayor", "ordinary", "is_running", person=KDL),
    la("did caruso win? haven't been following", "ordinary", "outcome", person=CARUSO),
    la("tell me about gina viola, the la mayor candidate", "ordinary", "profile", person="Gina Viola"),
    la("did obama ever endorse bass?", "ordinary", "endorsement_pair", endorser="Barack Obama", candidate=BASS),
    la("who did elon musk endorse for la mayor", "ordinary", "endorsed_by", endorser="Elon Musk"),
    la("bass v caruso, who's got the edge", "ordinary", "compare", first=BASS, second=CARUSO),
    la("how many votes did bass get in november", "ordinary", "votes_of", person=BASS, stage="general"),
    la("any la mayor polls from april 2022", "ordinary", "poll_in_month", year=2022, month=4),
    la("hey bot who's leading in the LA mayor thing", "ordinary", "leader"),
    la("is mike feuer running for mayor of los angeles", "ordinary", "is_running", person="Mike Feuer"),
    la("wait did joe buscaino drop out or is he still in it", "ordinary", "did_withdraw", person="Joe Buscaino"),
    la("snoop dogg endorsed who now? la mayor", "ordinary", "endorsed_by", endorser="Snoop Dogg"),
    la("caruso primary result", "ordinary", "result_of", person=CARUSO, stage="primary"),
    la("any new polls in the la mayor's race? what's the latest", "ordinary", "latest_poll"),
    la("the wallin poll for la mayor, what'd it find", "ordinary", "latest_poll", pollster=WALLIN),
    la("what did loyola marymount's la mayor poll show", "ordinary", "latest_poll", pollster=LMU),
    la("who is karen bass exactly, the la mayor candidate", "ordinary", "profile", person=BASS),
    es("quien gano la alcaldia de los angeles al final", "ordinary", "leader"),
    es("quienes son los candidatos a alcalde de los angeles 2022", "ordinary", "candidates"),
    es("cuando es la eleccion general para alcalde de LA", "ordinary", "election_date", stage="general"),
    es("ultima encuesta de la alcaldia de los angeles?", "ordinary", "latest_poll"),
    es("quienes respaldan a rick caruso en la carrera por la alcaldia", "ordinary", "endorsers_of", candidate=CARUSO),
    es("bass gano o no?? lo de alcalde de LA", "ordinary", "outcome_es", person=BASS),
    es("y la primaria de los angeles quien la gano", "ordinary", "winner", stage="primary"),
)

SWALLOWED = (
    la("how much did bass win by in november", "swallowed", "margin", stage="general"),
    la("so who'd caruso end up losing to", "swallowed", "leader"),
    la("what did kdl get in the mayor primary", "swallowed", "result_of", person=KDL, stage="primary"),
    la("where'd gina viola end up finishing in the la mayor primary", "swallowed", "place_of", person="Gina Viola",
       stage="primary"),
    la("how many votes did kim get for mayor", "swallowed", "votes_of", person="Andrew Kim", stage="primary"),
    la("who's mel wilson, saw him on the la ballot", "swallowed", "profile", person="Mel Wilson"),
    la("how'd bass do vs caruso in the primary", "swallowed", "gap", first=BASS, second=CARUSO, stage="primary"),
    la("what percent did caruso get in the runoff", "swallowed", "result_of", person=CARUSO, stage="general"),
    la("who ended up beating caruso for mayor", "swallowed", "leader"),
    la("did musk endorse caruso or what", "swallowed", "endorsement_pair", endorser="Elon Musk", candidate=CARUSO),
    la("who did feuer endorse when he quit", "swallowed", "endorsed_by", endorser="Mike Feuer"),
    la("buscaino dropped out, who'd he throw his support behind", "swallowed", "endorsed_by", endorser="Joe Buscaino"),
    la("when exactly did obama come out for bass", "swallowed", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    la("which polls had caruso ahead", "swallowed", "la_polls_led", person=CARUSO),
    la("how many polls did bass lead in la", "swallowed", "la_led_count", person=BASS),
    la("what was bass's best poll number in the mayor race", "swallowed", "la_max_share", person=BASS),
    la("caruso's worst poll number?", "swallowed", "la_min_share", person=CARUSO),
    la("did kdl make the mayor runoff", "swallowed", "outcome", person=KDL),
    la("where did buscaino place in the primary", "swallowed", "place_of", person="Joe Buscaino", stage="primary"),
    la("how many votes did john jackson get for la mayor", "swallowed", "votes_of", person="John Jackson",
       stage="primary"),
    la("who did bass beat in the general", "swallowed", "rank", stage="general", place=2),
    la("what did greiwe get", "swallowed", "result_of", person="Craig Greiwe", stage="primary"),
    la("bass is a democrat right? what party is she", "swallowed", "party_of", person=BASS),
    la("how far ahead was bass in the last berkeley la poll", "swallowed", "la_poll_lead", pollster=IGS),
    la("when did lall drop out of the mayor race", "swallowed", "withdrawal_month", person="Jessica Lall"),
    la("how did caruso do in the general compared to the primary", "swallowed", "stage_change", person=CARUSO),
    la("katy perry endorsed somebody for la mayor, who", "swallowed", "endorsed_by", endorser="Katy Perry"),
    es("oye y caruso cuanto saco en la primaria de junio?", "swallowed", "result_of", person=CARUSO, stage="primary"),
    es("bass cuantos votitos saco en lo de noviembre, alcaldia de LA", "swallowed", "votes_of", person=BASS,
       stage="general"),
    es("a quien apoyo obama para alcalde de LA", "swallowed", "endorsed_by", endorser="Barack Obama"),
    es("quien le gano a caruso", "swallowed", "leader"),
    es("en que lugar quedo de leon en la primaria de alcalde", "swallowed", "place_of", person=KDL, stage="primary"),
    es("cuando se retiro lall de la carrera", "swallowed", "withdrawal_month", person="Jessica Lall"),
    es("y en la general de noviembre bass le gano a caruso por cuantos puntos", "swallowed", "gap", first=BASS,
       second=CARUSO,
       stage="general"),
)

OTHER_SURNAME = (
    la("how is basso polling in the la mayor race", "other_surname", "nobody", missing=("basso",)),
    la("did bassett make the la mayor runoff", "other_surname", "nobody", missing=("bassett",)),
    la("rick carson la mayor endorsements", "other_surname", "nobody", missing=("carson",)),
    la("russo numbers in the la mayor polls?", "other_surname", "nobody", missing=("russo",)),
    la("what did lyon get in the la primary", "other_surname", "nobody", missing=("lyon",)),
    la("leone la mayor endorsements?", "other_surname", "nobody", missing=("leone",)),
    la("how did villa do in the mayor primary in LA", "other_surname", "nobody", missing=("villa",)),
    la("is lim running for mayor of la", "other_surname", "nobody", missing=("lim",)),
    la("wilkerson votes la mayor primary", "other_surname", "nobody", missing=("wilkerson",)),
    la("whats kwan polling at for la mayor", "other_surname", "nobody", missing=("kwan",)),
    la("did jacobs win the la mayor race", "other_surname", "nobody", missing=("jacobs",)),
    la("who endorsed fuller for mayor of LA", "other_surname", "nobody", missing=("fuller",)),
    la("hall vs bass la mayor", "other_surname", "nobody", missing=("hall",)),
    la("karen bates for la mayor, is she ahead?", "other_surname", "nobody", missing=("bates",)),
    la("lance bass running for la mayor??", "other_surname", "la_other_given", given="lance", surname="bass"),
    la("enrico caruso for mayor lol what are his numbers", "other_surname", "la_other_given", given="enrico",
       surname="caruso"),
    la("sam bass endorsements la", "other_surname", "la_other_given", given="sam", surname="bass"),
    la("russell wilson la mayor votes", "other_surname", "la_other_given", given="russell", surname="wilson"),
    la("jim kim la mayor primary", "other_surname", "la_other_given", given="jim", surname="kim"),
    la("kevin smith in the la mayor race?", "other_surname", "la_other_given", given="kevin", surname="smith"),
    la("jesse jackson la mayor 2022 results", "other_surname", "la_other_given", given="jesse", surname="jackson"),
    la("tom wilson dropped out of la mayor?", "other_surname", "la_other_given", given="tom", surname="wilson"),
    la("joe busch la mayor", "other_surname", "nobody", missing=("busch",)),
    la("varga la mayor polls", "other_surname", "nobody", missing=("varga",)),
    la("don lemon endorse anyone for la mayor?", "other_surname", "nobody", missing=("lemon",)),
    la("craig greer la mayor votes", "other_surname", "nobody", missing=("greer",)),
    la("how'd parks do in the la mayor primary", "other_surname", "nobody", missing=("parks",)),
    es("cuantos votos saco bess para alcalde de los angeles", "other_surname", "nobody", missing=("bess",)),
    es("como va leong en las encuestas de la alcaldia de LA", "other_surname", "nobody", missing=("leong",)),
    es("quien es carla caruso, la de la alcaldia", "other_surname", "la_other_given", given="carla",
       surname="caruso"),
    es("enrique de leon alcalde los angeles resultados", "other_surname", "la_other_given", given="enrique",
       surname="leon"),
    es("resultados de rodriguez en la primaria de alcalde de LA", "other_surname", "nobody",
       missing=("rodriguez",)),
    es("y baskin? iba para alcalde de los angeles?", "other_surname", "nobody", missing=("baskin",)),
)

TWO_SPELLINGS = (
    la("kdl mayor primary numbers", "two_spellings", "result_of", person=KDL, stage="primary"),
    la("how did kevin deleon do in the la mayor primary", "two_spellings", "result_of", person=KDL,
       stage="primary"),
    la("richard caruso how many votes in the general", "two_spellings", "votes_of", person=CARUSO, stage="general"),
    la("how many votes did jsamuel jackson pull in the la mayor race", "two_spellings", "votes_of",
       person="John Jackson", stage="primary"),
    la("alex gruenenfelder, how'd he do for la mayor", "two_spellings", "result_of",
       person="Alex Gruenenfelder Smith", stage="primary"),
    la("where did gruenenfelder smith place", "two_spellings", "place_of", person="Alex Gruenenfelder Smith",
       stage="primary"),
    la("joseph buscaino ended up endorsing who for la mayor", "two_spellings", "endorsed_by", endorser="Joe Buscaino"),
    la("michael feuer dropped out of the la race?", "two_spellings", "did_withdraw", person="Mike Feuer"),
    la("city attorney feuer, who'd he back for mayor", "two_spellings", "endorsed_by", endorser="Mike Feuer"),
    la("studyla poll results la mayor", "two_spellings", "latest_poll", pollster=LMU),
    la("fairbank maslin la mayor poll", "two_spellings", "latest_poll", pollster=FM3),
    la("lappl endorsed who for mayor", "two_spellings", "endorsed_by", endorser=LAPPL),
    la("police protective league endorsement in the mayor race", "two_spellings", "endorsed_by", endorser=LAPPL),
    la("utla endorsement for mayor?", "two_spellings", "endorsed_by", endorser=UTLA),
    la("emilys list la mayor pick", "two_spellings", "endorsed_by", endorser="EMILY's List"),
    la("mayor bass, what % did she get in the general", "two_spellings", "result_of", person=BASS, stage="general"),
    la("rep. karen bass primary votes", "two_spellings", "votes_of", person=BASS, stage="primary"),
    la("jj abrams endorse who for la mayor", "two_spellings", "endorsed_by", endorser="J.J. Abrams"),
    la("did james clyburn endorse bass", "two_spellings", "endorsement_pair", endorser="Jim Clyburn",
       candidate=BASS),
    la("kamala endorse bass?", "two_spellings", "endorsement_pair", endorser="Kamala Harris", candidate=BASS),
    la("did ridley thomas endorse karen bass", "two_spellings", "endorsement_pair", endorser="Mark Ridley-Thomas",
       candidate=BASS),
    la("who did gilbert cedillo endorse for mayor", "two_spellings", "endorsed_by", endorser="Gil Cedillo"),
    la("kim k la mayor endorsement", "two_spellings", "endorsed_by", endorser="Kim Kardashian"),
    la("when did barack endorse karen bass", "two_spellings", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    la("who did the la daily news editorial board pick for mayor", "two_spellings", "endorsed_by",
       endorser="Los Angeles Daily News"),
    la("councilman de leon how many votes for mayor", "two_spellings", "votes_of", person=KDL, stage="primary"),
    la("bernie endorse bass for mayor?", "two_spellings", "endorsement_pair", endorser="Bernie Sanders",
       candidate=BASS),
    es("kevin de león cuantos votos saco para alcalde", "two_spellings", "votes_of", person=KDL, stage="primary"),
    es("al final la congresista bass gano la alcaldia o no", "two_spellings", "outcome_es", person=BASS),
    es("la opinión a quien apoyo para alcalde de los angeles", "two_spellings", "endorsed_by",
       endorser="La Opinión"),
    es("encuesta de la loyola marymount sobre la alcaldia", "two_spellings", "latest_poll", pollster=LMU),
    es("a quien apoyo el sindicato de maestros (utla) para alcalde", "two_spellings", "endorsed_by",
       endorser=UTLA),
    es("joseph buscaino se bajo de la carrera para alcalde?", "two_spellings", "did_withdraw",
       person="Joe Buscaino"),
)

DROPPED_CONSTRAINT = (
    la("who leads among latino voters in the wallin la mayor poll", "dropped_constraint", "la_group_leader",
       group="Latino voters", pollster=WALLIN),
    la("bass with black voters in the october wallin la poll", "dropped_constraint", "la_group_share", person=BASS,
       group="Black voters", pollster=WALLIN),
    la("caruso among asian voters in berkeley's october la poll", "dropped_constraint", "la_group_share",
       person=CARUSO, group="Asian voters", pollster=IGS, month=(2022, 10)),
    la("anybody poll the la mayor race in july 2022?", "dropped_constraint", "poll_in_month", year=2022, month=7),
    la("was the la mayor race polled at all in december 2021", "dropped_constraint", "poll_in_month", year=2021,
       month=12),
    la("wallin la mayor poll from 2021?", "dropped_constraint", "la_no_poll", missing=("2021",), pollster=WALLIN,
       year=2021),
    la("bass share in berkeley's april la poll, likely voters", "dropped_constraint", "la_poll_pick", pollster=IGS,
       month=(2022, 4), population="lv", person=BASS),
    la("caruso among registered voters in the feb berkeley la poll", "dropped_constraint", "la_poll_pick",
       pollster=IGS, month=(2022, 2), population="rv", person=CARUSO),
    la("bass among registered voters, august berkeley la mayor poll", "dropped_constraint", "la_poll_pick",
       pollster=IGS, month=(2022, 8), population="rv", person=BASS),
    la("who led berkeley's october la mayor poll of likely voters", "dropped_constraint", "la_poll_pick",
       pollster=IGS, month=(2022, 10), population="lv"),
    la("newest la mayor poll that isn't from berkeley", "dropped_constraint", "la_newest_poll_besides",
       besides=IGS),
    la("who won la mayor, not the primary, the real one in nov", "dropped_constraint", "winner", stage="general"),
    la("caruso's votes, not the runoff, the june one", "dropped_constraint", "votes_of", person=CARUSO,
       stage="primary"),
    la("which newspapers endorsed caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="newspaper"),
    la("unions backing bass for mayor?", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="union"),
    la("any famous ppl / celebs endorse karen bass for mayor?", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="celebrity"),
    la("any unions for de leon in the mayor race", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="union"),
    la("besides the la times, which newspapers backed bass", "dropped_constraint", "la_endorsers_besides",
       candidate=BASS, besides=("Los Angeles Times",), endorser_type="newspaper"),
    la("celebrities for caruso other than elon musk", "dropped_constraint", "la_endorsers_besides",
       candidate=CARUSO, besides=("Elon Musk",), endorser_type="celebrity"),
    la("other than igs, who polled la mayor", "dropped_constraint", "la_pollsters_besides", besides=IGS),
    la("except for buscaino, who dropped out of la mayor", "dropped_constraint", "la_withdrawn_besides",
       besides=("Joe Buscaino",)),
    la("bass among latino likely voters in april, berkeley la poll", "dropped_constraint", "la_group_share",
       person=BASS, group="Latino likely voters", pollster=IGS, month=(2022, 4)),
    la("caruso w latino registered voters in the oct igs la poll", "dropped_constraint", "la_group_share",
       person=CARUSO, group="Latino registered voters", pollster=IGS, month=(2022, 10)),
    la("did berkeley's june la poll have asian voters numbers", "dropped_constraint", "la_no_group", group="Asian",
       pollster=IGS, month=(2022, 6)),
    la("wallin la poll, what about moderates", "dropped_constraint", "la_no_group", group="Moderates",
       pollster=WALLIN),
    la("who endorsed caruso that isn't a celebrity", "dropped_constraint", "la_endorsers_other_kinds",
       candidate=CARUSO, endorser_type="celebrity"),
    es("encuesta de wallin, como le fue a bass con los votantes latinos", "dropped_constraint", "la_group_share",
       person=BASS, group="Latino voters", pollster=WALLIN),
    es("cuales diarios respaldaron a karen bass para alcaldesa", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    es("hubo encuesta de la alcaldia de LA en julio de 2022?", "dropped_constraint", "la_lacks",
       lacks="poll_in_month", said=("july", "julio"), year=2022, month=7),
    es("quien gano la general de los angeles, no la primaria", "dropped_constraint", "winner", stage="general"),
    es("aparte de berkeley, que encuestadoras midieron la alcaldia de LA", "dropped_constraint",
       "la_pollsters_besides", besides=IGS),
    es("cuantos votos tuvo caruso en la primaria (no en noviembre)", "dropped_constraint", "votes_of",
       person=CARUSO, stage="primary"),
    es("que sindicatos apoyaron a caruso para alcalde", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
)

UNROUTED_FACT = (
    la("3rd place la mayor primary?", "unrouted_fact", "rank", stage="primary", place=3),
    la("last place in the la mayor primary lol", "unrouted_fact", "rank", stage="primary", place=-1),
    la("how many ppl were actually on the la mayor ballot in june", "unrouted_fact", "candidate_count", on_ballot=True),
    la("whats the final margin in the la mayor general", "unrouted_fact", "margin", stage="general"),
    la("total votes cast for mayor in the la runoff", "unrouted_fact", "total_votes", stage="general"),
    la("la mayor turnout in november", "unrouted_fact", "turnout_of"),
    la("how many people quit the la mayor race total", "unrouted_fact", "withdrawn_count"),
    la("how many people did wallin survey for the la mayor poll", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sample_size"),
    la("wallin's la mayor poll, was it phone or online?", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="method"),
    la("field dates for berkeley's april la mayor poll", "unrouted_fact", "poll_attribute", pollster=IGS,
       attribute="field_dates", month=(2022, 4)),
    la("who sponsored that wallin poll of the la mayor race", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sponsor"),
    la("how many la mayor polls were done in february 2022", "unrouted_fact", "la_poll_count_when", year=2022,
       month=2),
    la("rick caruso endorsement count? how many", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    la("how many more days until the la mayor primary", "unrouted_fact", "days_until", stage="primary"),
    la("how many registered voters did los angeles have for the 2022 mayor election", "unrouted_fact",
       "registered_voters"),
    la("which polling firms have done the la mayor race", "unrouted_fact", "pollsters"),
    la("when was the first poll of the la mayor race", "unrouted_fact", "first_poll_day"),
    la("date of the most recent la mayor poll", "unrouted_fact", "newest_poll_day"),
    la("how many newspapers endorsed in la mayor", "unrouted_fact", "endorser_type_count",
       endorser_type="newspaper"),
    la("how many celebrities are backing caruso", "unrouted_fact", "endorser_type_count", endorser_type="celebrity",
       candidate=CARUSO),
    la("who had the most endorsements in the la race", "unrouted_fact", "la_most_endorsed"),
    la("which la mayor poll had the biggest sample size", "unrouted_fact", "la_sample_extreme", largest=True),
    la("how many days apart are the la mayor primary and the november general", "unrouted_fact", "days_between",
       first="primary",
       second="general"),
    la("which la mayor candidates got knocked out in the primary", "unrouted_fact", "out_in_primary"),
    la("which of the candidates who quit went on to endorse caruso", "unrouted_fact", "withdrawn_endorsers",
       candidate=CARUSO),
    la("whats the biggest lead bass ever had in an la mayor poll", "unrouted_fact", "la_biggest_lead", person=BASS),
    la("how many polls of the la mayor race were taken in 2021", "unrouted_fact", "la_poll_count_when", year=2021),
    es("cuantos candidatos aparecian en la boleta de la primaria para alcalde de LA", "unrouted_fact",
       "candidate_count",
       on_ballot=True),
    es("participacion en la eleccion de noviembre para alcalde de los angeles", "unrouted_fact", "turnout_of"),
    es("cual fue el margen final en la eleccion general de alcalde de LA", "unrouted_fact", "margin", stage="general"),
    es("y el tercer lugar en la primaria de alcalde de LA quien fue", "unrouted_fact", "rank", stage="primary",
       place=3),
    es("cuantos sondeos de berkeley hay sobre la alcaldia de los angeles", "unrouted_fact", "la_pollster_poll_count",
       pollster=IGS),
    es("quienes se retiraron de la carrera para alcalde de los angeles", "unrouted_fact", "withdrew"),
    es("tamano de muestra de la encuesta de wallin (alcaldia LA)", "unrouted_fact", "poll_attribute",
       pollster=WALLIN, attribute="sample_size"),
)

FRESH23_SET: tuple[DevQuestion, ...] = (
    *ORDINARY, *SWALLOWED, *OTHER_SURNAME, *TWO_SPELLINGS, *DROPPED_CONSTRAINT, *UNROUTED_FACT)
