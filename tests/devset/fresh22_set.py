"""The twenty-second fresh dev batch: long, messy messages where the question is one clause among others.

Written by a helper session that read neither the engine (`bot/`), the sealed rows, the other dev rows (only the
docstring and first rows of `fresh18_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, the derivations of `derive_la.py`,
`derive_files.py` and `derive_more.py`, `tests/devset/question.py`, `score.py`, `overlap.py`, the READMEs), the LA
bundles and the real files. Races, candidates, pollsters, months, subgroups, counties and precincts were listed with
scripts over `poll_races()`, the Clarity, MEDSL and Cameron readers and `la_race()`. Other surnames were checked with
a script: 1990 Census surnames (`names` package, >= 0.002%) absent from the data asked about (`nobody` checks the
bundles' text, `no_person` the files' candidates; the file ones were also grepped in the results files: "foster" and
"navarro", which a results file names, were dropped). No new derivation was needed.

What it hunts: the question as one clause of a long, messy message. Greetings and chatter before and after ("hey
guys, long time lurker...", "asking for my dad, he only watches fox"), a second sentence of context ("my uncle says
caruso won the LA mayor race. did he??", "my buddy says caruso never cracked 40 in any poll"), corrections ("wait no -
doug collins, not susan"), a question quoted from someone else ('my teacher asked "who finished third in the la mayor
primary?"'), emoji and punctuation (?!!, ..., all-caps words: "who ALL was on the ballot", "NOT the berkeley/igs
one"), names in capitals or with a title ("MAYOR BASS", "SEN. OSSOFF", "rep. kim", "GOV. JIM JUSTICE", "city
attorney mike feuer", "congresswoman bass's", "la alcaldesa bass", "el concejal de-leon"), possessives, hyphens and
apostrophes ("de-leon's", "o'rourke", "harris's", "epic-mra", "pa-8"), numbers as words ("twenty twenty two", "the
very first poll", "ninth? tenth?") and negations ("not the primary, the general one in november", "the regular
2020 senate race (not the special)", "LV only, not RV", "just denver, not statewide").

200 rows: 80 "la", 80 "real", 40 "es" (20 about the LA race, 20 about the files); 100 of each source. By kind:
ordinary 34, swallowed 34, dropped_constraint 34, unrouted_fact 34, other_surname 32, two_spellings 32 (per source
17, 17, 17, 17, 16, 16).

Rewordings before any score: none; the overlap check (`overlap --module tests.devset.fresh22_set`) found no row equal
to a sealed, dev, engine-test or results-set phrasing.

First score, rows as first written (commit `0ee1bcd`), engine on this branch's base `ff70f8a`:
```
overall: 151/200 right (75.5%), 9 ruled out
  group la                   55/80 right (68.8%), 6 ruled out
  group real                 63/80 right (78.8%), 2 ruled out
  group es                   33/40 right (82.5%), 1 ruled out
  kind ordinary             23/34 right (67.6%), 1 ruled out
  kind swallowed            22/34 right (64.7%), 1 ruled out
  kind other_surname        30/32 right (93.8%), 2 ruled out
  kind two_spellings        24/32 right (75.0%), 2 ruled out
  kind dropped_constraint   24/34 right (70.6%), 2 ruled out
  kind unrouted_fact        28/34 right (82.4%), 1 ruled out
ruled_out: 9
grades: {'right': 151, 'wrong': 40, 'ruled_out': 9}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "my roommate only knows bass and caruso lol. who ELSE was on the ballot for LA mayor? ..." -> "who ALL was on the
  ballot ...": the spec (`candidates`) wants Bass and Caruso named, which "who else" leaves out, so a right answer
  (the other ten) would have been graded wrong.
- Six rows named a pollster that also polls the real files (Wallin, Berkeley) with neither "la" nor "mayor" nor an LA
  candidate, against the README's rule (a UC Berkeley poll of the 2024 California Senate race ended on October 1,
  2024, so "the early october berkeley poll" had two right answers): "sample size of the wallin poll? ..." (a miss,
  answered about a 2020 New Mexico House race), "who was ahead with black voters in the early october berkeley poll
  ..." (a miss), and four rows that were right, "what did the wallin poll say? ...", "who led asian voters in the
  wallin poll (october)? ...", "how was the wallin poll done... ..." and "la encuesta de wallin de octubre, quien
  iba ganando? ...": each now names the LA mayor race ("of the LA mayor race", "la mayor wallin poll", "para alcalde
  de LA"); the specs are unchanged.
The other misses stay: each has one right answer the data holds.

Score after the corrections (same engine):
```
overall: 151/200 right (75.5%), 8 ruled out
  group la                   55/80 right (68.8%), 5 ruled out
  group real                 63/80 right (78.8%), 2 ruled out
  group es                   33/40 right (82.5%), 1 ruled out
  kind ordinary             23/34 right (67.6%), 1 ruled out
  kind swallowed            22/34 right (64.7%), 1 ruled out
  kind other_surname        30/32 right (93.8%), 2 ruled out
  kind two_spellings        24/32 right (75.0%), 2 ruled out
  kind dropped_constraint   24/34 right (70.6%), 2 ruled out
  kind unrouted_fact        28/34 right (82.4%), 0 ruled out
ruled_out: 8
grades: {'right': 151, 'wrong': 41, 'ruled_out': 8}
```
(The Wallin sample-size row went from ruled out to wrong: it is now answered "no such race" for "LA mayor".)
"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

la = maker("la", "la")
la_es = maker("es", "la")
real = maker("real", "files")
real_es = maker("es", "files")

BERKELEY = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
LAT = "Los Angeles Times"
BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
VIOLA, FEUER, KIM, GREIWE = "Gina Viola", "Mike Feuer", "Andrew Kim", "Craig Greiwe"
BUSCAINO, VARMA, LALL, JACKSON = "Joe Buscaino", "Ramit Varma", "Jessica Lall", "John Jackson"
WILSON, SMITH = "Mel Wilson", "Alex Gruenenfelder Smith"

CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES = "Presidential Electors"
PERDUE = "US Senate (Perdue)"


def R(state: str | None, office: str, cycle: int, district: int | None = None,  # noqa: N802 - a race selector
      special: bool = False) -> dict[str, object]:
    """The words that select one race of the files."""
    return {"state": state, "office": office, "cycle": cycle, "district": district, "special": special}


PA24, WI24, UT24 = R("PA", "senate", 2024), R("WI", "senate", 2024), R("UT", "senate", 2024)
OH24, TX24, NJ24 = R("OH", "senate", 2024), R("TX", "senate", 2024), R("NJ", "senate", 2024)
MI24, AZ24, NV24 = R("MI", "senate", 2024), R("AZ", "senate", 2024), R("NV", "senate", 2024)
NY24, TX18 = R("NY", "senate", 2024), R("TX", "senate", 2018)
ME20, IA20, NC20 = R("ME", "senate", 2020), R("IA", "senate", 2020), R("NC", "senate", 2020)
GA20S = R("GA", "senate", 2020, special=True)
FLGOV18, PA8_22 = R("FL", "governor", 2018), R("PA", "house", 2022, 8)

# ------------------------------------------------------------------------------------------------ LA, English
LA_ORDINARY: tuple[DevQuestion, ...] = (
    la("my uncle says caruso won the LA mayor race. did he?? 🤔 he's usually wrong about this stuff lol",
       "ordinary", "outcome", person=CARUSO),
    la("ok serious question, not trolling: when's the LA mayoral primary? i keep seeing different dates online "
       "and my abuela wants to know... she votes by mail if that matters", "ordinary", "election_date",
       stage="primary"),
    la("hey guys 👋 long time lurker first time poster... who ended up winning the los angeles mayor race in the "
       "end?? thx in advance", "ordinary", "leader"),
    la("my roommate only knows bass and caruso lol. who ALL was on the ballot for LA mayor? like the full list "
       "pls, every name, we're making a bet", "ordinary", "candidates"),
    la("is joe buscaino still running for mayor of LA? i saw his signs all over san pedro on my commute and "
       "now i don't see them anymore", "ordinary", "is_running", person=BUSCAINO),
    la("sorry if this was asked already!!! who endorsed rick caruso for mayor? scrolling up is a pain on mobile",
       "ordinary", "endorsers_of", candidate=CARUSO),
    la("who did the LA times endorse for mayor in twenty twenty two? the paper's editorial endorsement, not their "
       "poll", "ordinary", "endorsed_by", endorser=LAT),
    la("good evening! 🌙 final results of the la mayor general pls (november twenty twenty two)... who won and "
       "with what %? my group chat is arguing", "ordinary", "winner", stage="general"),
    la("LA mayor general election date??? it's in november i know that much, but which day tho. need to ask "
       "off work", "ordinary", "election_date", stage="general"),
    la("sorry dumb question — who's karen bass? the one running for LA mayor, i keep hearing the name on the "
       "radio", "ordinary", "profile", person=BASS),
    la("wait so did bass and caruso both make it out of the june primary? or was it someone else who got in? "
       "i was out of the country", "ordinary", "top_two", stage="primary"),
    la("random but... did gina viola win anything? the activist who ran for mayor of LA. my cousin volunteered "
       "for her campaign and won't tell me how it went 😂", "ordinary", "outcome", person=VIOLA),
    la("i heard obama endorsed somebody in the la mayor race... who was it? the former president, barack, not "
       "michelle", "ordinary", "endorsed_by", endorser="Barack Obama"),
)

LA_SWALLOWED: tuple[DevQuestion, ...] = (
    la("ugh ok. howd caruso do in the runoff?? not the primary, the general one in november. percent or votes "
       "whatever u have", "swallowed", "result_of", person=CARUSO, stage="general"),
    la("whered de leon finish in the june primary... 3rd? 4th? i forget, it's been a long week", "swallowed",
       "place_of", person=KDL, stage="primary"),
    la("how many votes did viola get in the primary? she was the activist one right? the one with the "
       "abolish-the-police stuff", "swallowed", "votes_of", person=VIOLA, stage="primary"),
    la("did feuer drop out?? i swear i saw his name on my ballot this morning!!! am i crazy", "swallowed",
       "did_withdraw", person=FEUER),
    la("whats bass's number in the very first poll, the fm3 one from summer twenty twenty one", "swallowed",
       "la_poll_share", pollster=FM3, person=BASS),
    la("what did kim get in the primary? andrew kim i mean, the attorney guy, not the nj one", "swallowed",
       "result_of", person=KIM, stage="primary"),
    la("hi, new to LA and to this server 👋 bass vs caruso... who beat who?? im so lost lol, just moved here "
       "from ohio", "swallowed", "compare", first=BASS, second=CARUSO),
    la("when did lall drop out? jessica lall, the CCA lady. was it before the ballots were printed or after?",
       "swallowed", "withdrawal_month", person=LALL),
    la("howd greiwe do?? craig greiwe, la mayor primary, just curious bc he's my neighbor. don't tell him i "
       "asked", "swallowed", "result_of", person=GREIWE, stage="primary"),
    la("whos buscaino backing now that hes out of the mayor race? anyone know? my dad liked him", "swallowed",
       "endorsed_by", endorser=BUSCAINO),
    la("did varma endorse anybody after quitting?? ramit varma, the businessman. i never heard", "swallowed",
       "endorsed_by", endorser=VARMA),
    la("how'd gruenenfelder smith do in the primary, if he got anything at all... sorry, that sounded mean",
       "swallowed", "result_of", person=SMITH, stage="primary"),
    la("my buddy says caruso never cracked 40 in any poll. whats caruso's best poll number ever in the mayor "
       "race? like his highest one", "swallowed", "la_max_share", person=CARUSO),
    la("how many votes did wilson get... mel wilson, the realtor, in the june primary. he was on metro's board",
       "swallowed", "votes_of", person=WILSON, stage="primary"),
)

LA_OTHER_SURNAME: tuple[DevQuestion, ...] = (
    la("is rick russo running for mayor of LA? my mom asked me and i had no clue 😂", "other_surname", "nobody",
       missing=("russo",)),
    la("how did karen bates do in the LA mayor primary? bates with a T, she's a friend of my aunt",
       "other_surname", "nobody", missing=("bates",)),
    la("ok so what % did kevin leonard get in the la mayoral primary?? someone at work said he was close",
       "other_surname", "nobody", missing=("leonard",)),
    la("mel wilkins, LA mayor 2022 — how many votes? not wilson, WILKINS. different guy", "other_surname",
       "nobody", missing=("wilkins",)),
    la("craig greer for mayor of los angeles... did he make the runoff or not? his yard signs are still up",
       "other_surname", "nobody", missing=("greer",)),
    la("andrew kimball la mayor primary result, anyone? google is useless today", "other_surname", "nobody",
       missing=("kimball",)),
    la("my coworker keeps talking about mike fuller for LA mayor. who endorsed fuller? like any big names",
       "other_surname", "nobody", missing=("fuller",)),
    la("ramit varner — was he in the la mayor race or am i thinking of someone else", "other_surname", "nobody",
       missing=("varner",)),
    la("did rick carson drop out of the LA mayor race? heard it on a podcast but the host mumbles",
       "other_surname", "nobody", missing=("carson",)),
    la("JESSICA BAXTER la mayor race — did she withdraw or not?? conflicting info everywhere", "other_surname",
       "nobody", missing=("baxter",)),
    la("how many votes did gina garza get in the los angeles mayor primary... garza, with a z", "other_surname",
       "nobody", missing=("garza",)),
    la("whats the deal with joe ramos in the LA mayor election, is he ahead in any poll? my tia has his flyer "
       "on the fridge", "other_surname", "nobody", missing=("ramos",)),
    la("karen lyons, LA mayor 2022... did she win? my grandma thinks so lol", "other_surname", "nobody",
       missing=("lyons",)),
)

LA_TWO_SPELLINGS: tuple[DevQuestion, ...] = (
    la("did MAYOR BASS win the general or nah 😅 asking for my mom, she doesn't do discord", "two_spellings",
       "outcome", person=BASS),
    la("how many votes did kdl get in the primary? (kdl = kevin de leon for the newbies)", "two_spellings",
       "votes_of", person=KDL, stage="primary"),
    la("de-leon's primary % ?? the councilman from district 14. not his senate run, the mayor one",
       "two_spellings", "result_of", person=KDL, stage="primary"),
    la("jsamuel jackson la mayor votes? i think he was near the bottom but idk", "two_spellings", "votes_of",
       person=JACKSON, stage="primary"),
    la("congresswoman bass's union endorsements?? just unions pls, i don't care about celebs", "two_spellings",
       "endorsers_of", candidate=BASS, endorser_type="union"),
    la("what place did craig e. greiwe come in, the business exec? ninth? tenth?", "two_spellings", "place_of",
       person=GREIWE, stage="primary"),
    la("alex gruenenfelder — did he make the runoff for la mayor? my sister voted for him", "two_spellings",
       "outcome", person=SMITH),
    la("city attorney mike feuer, how many votes did he get in the june primary? even after dropping out",
       "two_spellings", "votes_of", person=FEUER, stage="primary"),
    la("KEVIN DE LEON'S number in the loyola marymount poll?? the one from early twenty twenty two",
       "two_spellings", "la_poll_share", pollster=LMU, person=KDL),
    la("rep. karen bass vs rick caruso — whose got more endorsements? roughly is fine, not looking for a list",
       "two_spellings", "la_most_endorsed"),
    la("the jsamuel guy in the LA mayor race, where did he finish? last?", "two_spellings", "place_of",
       person=JACKSON, stage="primary"),
    la("quick q!! how'd kevin deleon do in the general? (november, not june). thx 🙏", "two_spellings",
       "la_not_in_stage", person=KDL, stage="general"),
    la("councilman de león — which newspapers endorsed him, if any? asking because the times didn't",
       "two_spellings", "endorsers_of", candidate=KDL, endorser_type="newspaper"),
)

LA_DROPPED: tuple[DevQuestion, ...] = (
    la("what did the wallin poll of the LA mayor race say? the october one, NOT the berkeley/igs one. everyone "
       "quotes igs",
       "dropped_constraint", "latest_poll", pollster=WALLIN),
    la("was there an LA mayor poll fielded in march 2022? like actually in the field in march... not just "
       "released later. who had the lead", "dropped_constraint", "poll_in_month", year=2022, month=3),
    la("any la mayor polls from january twenty twenty two? january specifically, anything at all", "dropped_constraint",
       "poll_in_month", year=2022, month=1),
    la("quick one before class: what did FM3's 2022 poll of the LA mayor race show? the twenty twenty two one "
       "specifically", "dropped_constraint", "la_no_poll", missing=("2022",), pollster=FM3, year=2022),
    la("caruso's number with white voters in the wallin poll?? just white voters, not latino", "dropped_constraint",
       "la_group_share", person=CARUSO, group="White", pollster=WALLIN),
    la("who was ahead with black voters in the early october berkeley poll of the LA mayor race... the likely "
       "voter one, not registered",
       "dropped_constraint", "la_group_leader", group="Black", pollster=BERKELEY, month=(2022, 10),
       population="lv"),
    la("which newspapers endorsed caruso? not celebs, not politicians, just papers 📰", "dropped_constraint",
       "endorsers_of", candidate=CARUSO, endorser_type="newspaper"),
    la("feb berkeley poll for LA mayor — the likely voters version, not the RV one. who led?",
       "dropped_constraint", "la_poll_pick", pollster=BERKELEY, month=(2022, 2), population="lv"),
    la("caruso among registered voters in the august igs poll? registered, not likely. thx!!",
       "dropped_constraint", "la_poll_pick", pollster=BERKELEY, month=(2022, 8), population="rv", person=CARUSO),
    la("who led asian voters in the la mayor wallin poll (october)? the SCNG one, not the times one",
       "dropped_constraint", "la_group_leader", group="Asian", pollster=WALLIN),
    la("what did viola get in the general election? pretty sure she wasn't in it but my friend insists",
       "dropped_constraint", "la_not_in_stage", person=VIOLA, stage="general"),
    la("how did bass do with westside voters in the november igs poll? westside only, not the valley",
       "dropped_constraint", "la_no_group", group="Westside", pollster=BERKELEY, month=(2022, 11)),
    la("which celebs endorsed bass? celebrities only, not politicians or unions 🙏", "dropped_constraint",
       "endorsers_of", candidate=BASS, endorser_type="celebrity"),
    la("any LA mayor polls in july 2022? july specifically, not june or august", "dropped_constraint",
       "poll_in_month", year=2022, month=7),
)

LA_UNROUTED: tuple[DevQuestion, ...] = (
    la("lol ok real question: how many ppl voted in the la mayor general? total votes pls", "unrouted_fact",
       "total_votes", stage="general"),
    la("what was turnout in the LA mayoral election?? my prof said under half, is that true", "unrouted_fact",
       "turnout_of"),
    la("how many candidates were on the ballot in the june primary for LA mayor? the actual ballot, not "
       "everyone who ever filed", "unrouted_fact", "candidate_count", on_ballot=True),
    la('my teacher asked "who finished third in the la mayor primary?" and i totally blanked lol',
       "unrouted_fact", "rank", stage="primary", place=3),
    la("how many days until the la mayor primary?? counting from today. i need to register still 😬",
       "unrouted_fact", "days_until", stage="primary"),
    la("sample size of the wallin poll of the LA mayor race? the one SCNG paid for, in october. 400 sounds "
       "small", "unrouted_fact",
       "poll_attribute", pollster=WALLIN, attribute="sample_size"),
    la("who paid for the berkeley igs la mayor polls? asking for a class project, due friday 😬",
       "unrouted_fact", "poll_attribute", pollster=BERKELEY, attribute="sponsor"),
    la("how was the LA mayor wallin poll done... phone? online? 📞 trying to figure out if it's legit", "unrouted_fact",
       "poll_attribute", pollster=WALLIN, attribute="method"),
    la("when was the fm3 poll in the field? that was the first LA mayor poll ever i think", "unrouted_fact",
       "poll_attribute", pollster=FM3, attribute="field_dates"),
    la("doing a stats project lol. how many pollsters polled the la mayor race, all in all? not polls, "
       "pollsters", "unrouted_fact", "la_pollster_count"),
    la("bass vs caruso in the general — whats the margin in points? not votes", "unrouted_fact", "margin",
       stage="general"),
    la("how many candidates dropped out of the LA mayor race? i count like four but my friend says two. who's "
       "right", "unrouted_fact", "withdrawn_count"),
    la("who finished dead last in the la mayor primary lol, the very bottom. no shade", "unrouted_fact", "rank",
       stage="primary", place=-1),
)

# ------------------------------------------------------------------------------------------------ LA, Spanish
LA_SPANISH: tuple[DevQuestion, ...] = (
    la_es("hola! quien gano la alcaldia de los angeles al final? mi tio dice que caruso pero no se, el siempre "
          "exagera", "ordinary", "leader"),
    la_es("oigan, cuando es la eleccion general para alcalde de LA? la de noviembre, no la primaria", "ordinary",
          "election_date", stage="general"),
    la_es("quienes son los candidatos a alcalde de los angeles 2022? gracias de antemano 🙏", "ordinary",
          "candidates"),
    la_es("y caruso?? gano o perdio la alcaldia de LA? no me acuerdo y me da pena preguntar", "ordinary",
          "outcome_es", person=CARUSO),
    la_es("cuantos votos saco bass en la general? no en la primaria eh, en la de noviembre", "swallowed",
          "votes_of", person=BASS, stage="general"),
    la_es("buenas! como le fue a de leon en la primaria de junio? el concejal", "swallowed", "result_of",
          person=KDL, stage="primary"),
    la_es("a quien apoyo feuer cuando se retiro de la carrera? el fiscal de la ciudad", "swallowed",
          "endorsed_by", endorser=FEUER),
    la_es("como le fue a maria mendez en la primaria de alcalde de los angeles? mi vecina dice que la conoce",
          "other_surname", "nobody", missing=("mendez",)),
    la_es("oye, karen morales sigue en la carrera por la alcaldia de LA?", "other_surname", "nobody",
          missing=("morales",)),
    la_es("cuantos votos saco kevin ortega en la eleccion de alcalde de LA? ortega, no de leon",
          "other_surname", "nobody", missing=("ortega",)),
    la_es("cuantos votos tuvo KDL en la primaria? (kevin de leon, pues)", "two_spellings", "votes_of", person=KDL,
          stage="primary"),
    la_es("la alcaldesa bass, con que porcentaje gano la general? 🎉", "two_spellings", "result_of", person=BASS,
          stage="general"),
    la_es("y el concejal de-leon, en que lugar quedo en la primaria? tercero creo", "two_spellings", "place_of",
          person=KDL, stage="primary"),
    la_es("la encuesta de wallin de octubre para alcalde de LA, quien iba ganando? no la de berkeley, la otra",
          "dropped_constraint", "la_poll_leader", pollster=WALLIN),
    la_es("hubo alguna encuesta de alcalde de LA en diciembre de 2021? solo diciembre", "dropped_constraint",
          "la_no_poll", missing=("diciembre", "december"), month=(2021, 12)),
    la_es("que saco caruso entre votantes latinos en la encuesta de wallin? solo latinos", "dropped_constraint",
          "la_group_share", person=CARUSO, group="Latino", pollster=WALLIN),
    la_es("cuantas personas votaron en la primaria de LA? el total de votos, mas o menos", "unrouted_fact",
          "total_votes", stage="primary"),
    la_es("cuantos candidatos se retiraron de la carrera por la alcaldia de los angeles? cuatro? tres?",
          "unrouted_fact", "withdrawn_count"),
    la_es("quien quedo en segundo lugar en la primaria de LA? y no me digan bass jaja", "unrouted_fact", "rank",
          stage="primary", place=2),
    la_es("cuantos dias faltan para la eleccion general de noviembre en LA? desde hoy", "unrouted_fact",
          "days_until", stage="general"),
)

# ------------------------------------------------------------------------------------------------ files, English
REAL_ORDINARY: tuple[DevQuestion, ...] = (
    real("hi all!! 👋 who's ahead in the 2024 pennsylvania senate race — casey or mccormick? asking for my dad, "
         "he only watches fox and i want a second opinion", "ordinary", "leader", **PA24),
    real("what's the newest poll in wisconsin's twenty twenty four senate race? baldwin v hovde. the very last one "
         "before election day", "ordinary", "latest_poll", **WI24),
    real("who won colorado in the 2024 presidential election?? my coworker swears it was close lol, i say it "
         "wasn't. settle this", "ordinary", "count_winner", path=CO, contest=PRES),
    real("who's running for utah senate in 2024? i only know curtis. moving to provo next month and want to be "
         "ready", "ordinary", "candidates", **UT24),
    real("how's SEN. OSSOFF doing in the polls? the 2020 race, nothing newer... the one he won against "
         "the incumbent", "ordinary", "person", name="Jon Ossoff", cycle=2020),
    real("yo!!! what did trump get in cameron county pa in 2024? the president race, not senate. my grandpa "
         "lives in emporium", "ordinary", "cameron_votes", office="President", surname="trump"),
    real("who won texas in the 2024 presidential election? actual results not polls. i know, i know, obvious "
         "question 🙃", "ordinary", "medsl_winner", state_po="TX"),
    real("newest poll of the 2020 maine senate race? collins vs gideon. sorry if this was asked, search is broken",
         "ordinary", "latest_poll", **ME20),
    real("how is kari lake polling?? the 2024 arizona senate race, not the governor thing. thx in advance",
         "ordinary", "person", name="Kari Lake", cycle=2024),
    real("rep. kim — andy kim, running for nj senate in 2024 — how's he polling? not his old house seat",
         "ordinary", "person", name="Andy Kim", cycle=2024, office="senate"),
    real("history nerd question: who led the twenty eighteen florida governor race polls, desantis or gillum?",
         "ordinary", "leader", **FLGOV18),
    real("who won atkinson county ga in the regular 2020 senate race (not the special)? need it for a school "
         "thing", "ordinary", "count_winner", path=GA, contest=PERDUE),
    real("newest poll of pa-8 in 2022? cartwright vs bognet, the house race. scranton represent 💪", "ordinary",
         "latest_poll", **PA8_22),
)

REAL_SWALLOWED: tuple[DevQuestion, ...] = (
    real("hows tester doing in the 2024 montana senate race? asking for a friend in bozeman who's very nervous "
         "about it", "swallowed", "person", name="Jon Tester", cycle=2024),
    real("ok dumb question maybe but whats slotkin polling at in the michigan senate race, 2024?", "swallowed",
         "person", name="Elissa Slotkin", cycle=2024, office="senate"),
    real("how many votes did ossoff get in atkinson county ga in 2020? the regular senate race, not the special",
         "swallowed", "count_votes", path=GA, contest=PERDUE, choice_word="ossoff"),
    real("hows collins doing vs warnock in the 2020 georgia special? wait no — doug collins, not susan. sorry "
         "wrong collins lol", "swallowed", "compare", first="Doug Collins", second="Raphael Warnock", cycle=2020),
    real("whats harris's vote total in colorado 2024? the presidential... raw votes, not %", "swallowed",
         "count_votes", path=CO, contest=PRES, choice_word="harris"),
    real("my uncle says hovde was never above 45 in any poll. whats hovde's best number in any 2024 wisconsin "
         "senate poll?", "swallowed", "file_max_share", name="Eric D. Hovde", **WI24),
    real("how'd beto do in the 2018 texas senate polls? o'rourke i mean, the skateboard guy", "swallowed",
         "person", name="Beto O'Rourke", cycle=2018),
    real("was o'rourke ever close to cruz in 2018? texas senate. people keep saying it was a nail biter",
         "swallowed", "compare", first="Beto O'Rourke", second="Ted Cruz", cycle=2018),
    real("wheres mccormick at in the latest emerson poll, pa senate 2024? just emerson pls", "swallowed",
         "person_share", pollster="Emerson", name="Dave McCormick", **PA24),
    real("hows kunce doing against hawley in the 2024 missouri senate race... is it even close?", "swallowed",
         "compare", first="Lucas Kunce", second="Josh Hawley", cycle=2024),
    real("whats allred's number in the last ut tyler poll of the 2024 texas senate race? (university of texas at "
         "tyler)", "swallowed", "person_share", pollster="University of Texas at Tyler", name="Colin Allred",
         **TX24),
    real("hows gallego doing vs lake in arizona 2024?? the senate one. my feed says different things every day",
         "swallowed", "compare", first="Ruben Gallego", second="Kari Lake", cycle=2024),
    real("hows baldwin doing in the 2024 wisconsin senate race vs hovde... tammy baldwin, the incumbent",
         "swallowed", "compare", first="Tammy Baldwin", second="Eric D. Hovde", cycle=2024),
    real("whered kennedy finish in colorado for president in 2024? rfk jr, not the old kennedys lol",
         "swallowed", "count_place", path=CO, contest=PRES, choice_word="kennedy"),
)

REAL_OTHER_SURNAME: tuple[DevQuestion, ...] = (
    real("how's jim purdy doing in the 2020 georgia senate race? saw an ad for him on youtube last night",
         "other_surname", "no_person", surname="purdy"),
    real("tim sheehan montana senate 2024 — is he leading? sheehan with an -an", "other_surname", "no_person",
         surname="sheehan"),
    real("hey! how's katie hobbs polling in the 2024 arizona senate race? she's the one everyone talks about",
         "other_surname", "no_person", surname="hobbs"),
    real("is eric hoover ahead in wisconsin senate 2024? saw it on twitter so idk if it's real", "other_surname",
         "no_person", surname="hoover"),
    real("how is jacky rosenberg doing in nevada's 2024 senate race. my mom's friend is a big fan",
         "other_surname", "no_person", surname="rosenberg"),
    real("ted crews texas senate 2024 numbers? crews, c-r-e-w-s", "other_surname", "no_person", surname="crews"),
    real("SEN. SINCLAIR — arizona, 2018 — how was she polling? the senate race that year", "other_surname",
         "no_person", surname="sinclair"),
    real("how did thom tillman poll in north carolina in 2020, the senate race? tillman not anyone else",
         "other_surname", "no_person", surname="tillman"),
    real("hows dan webster doing in the montana senate race of 2024? friend of a friend says he's up",
         "other_surname", "no_person", surname="webster"),
    real("is bob kemper running for georgia governor in 2018?? kemper. with an -er", "other_surname", "no_person",
         surname="kemper"),
    real("how's mike gallo polling in arizona senate 2024? gallo, like the wine 🍷", "other_surname", "no_person",
         surname="gallo"),
    real("what are the polls saying about sherrod hartley in ohio 2024 senate? hartley is the name, i think",
         "other_surname", "no_person", surname="hartley"),
    real("my dad keeps mentioning blake masterson, az senate 2024. how's he doing? is he even real lol",
         "other_surname", "no_person", surname="masterson"),
)

REAL_TWO_SPELLINGS: tuple[DevQuestion, ...] = (
    real("how's bob casey doing in 2024? pa senate. bob = robert, right? the senator", "two_spellings", "person",
         name="Robert P. Casey Jr.", cycle=2024),
    real("GOV. JIM JUSTICE — how's he polling in the 2024 wv senate race? (the one with the dog)",
         "two_spellings", "person", name="James Justice", cycle=2024),
    real("chris sununu, 2020 new hampshire governor race — how was he polling? not the senate rumors",
         "two_spellings", "person", name="Christopher Sununu", cycle=2020, office="governor"),
    real("greg abbott's polls in the 2018 texas governor race? greg not gregory, same guy i assume",
         "two_spellings", "person", name="Gregory W. Abbott", cycle=2018),
    real("how was gov. mike dewine polling in ohio in twenty eighteen? before he was governor i mean",
         "two_spellings", "person", name="Michael DeWine", cycle=2018),
    real("tim walz 2018 minnesota governor race... how'd the polls look? he was a congressman then",
         "two_spellings", "person", name="Timothy J. Walz", cycle=2018),
    real("phil scott vermont governor twenty twenty — polls? is he as popular as people say",
         "two_spellings", "person", name="Phillip B. Scott", cycle=2020, office="governor"),
    real("charlie baker's numbers in the 2018 massachusetts governor race? the gov's race, not senate",
         "two_spellings", "person", name="Charles D. Baker", cycle=2018, office="governor"),
    real("tom wolf pa governor 2018 polling? he's the incumbent right? wolf like the animal 🐺", "two_spellings",
         "person", name="Thomas W. Wolf", cycle=2018),
    real("dick durbin — illinois senate 2020 — how was he doing? probably fine but asking anyway",
         "two_spellings", "person", name="Richard J. Durbin", cycle=2020),
    real("how was jd vance polling in the 2022 ohio senate race? the hillbilly elegy guy", "two_spellings",
         "person", name="James David Vance", cycle=2022),
    real("jb pritzker in the 2018 illinois governor race, how'd the polls have him? the rich one lol",
         "two_spellings", "person", name="Jay Pritzker", cycle=2018, office="governor"),
    real("bernie sanders' 2018 senate race in vermont, how was he polling? not the presidential stuff",
         "two_spellings", "person", name="Bernard Sanders", cycle=2018, office="senate"),
)

REAL_DROPPED: tuple[DevQuestion, ...] = (
    real("any emerson polls of the 2024 ohio senate race? the newest emerson one, not atlas or trafalgar",
         "dropped_constraint", "latest_poll", pollster="Emerson", **OH24),
    real("was there a selzer poll in the 2020 iowa senate race? newest one pls — selzer is the gold standard "
         "they say", "dropped_constraint", "latest_poll", pollster="Selzer & Co.", **IA20),
    real("did marquette ever poll the 2024 michigan senate race? i know they do wisconsin a lot",
         "dropped_constraint", "latest_poll", pollster="Marquette Law School", **MI24),
    real("harris votes in denver county, colorado, 2024? just denver, not statewide. for a map i'm making 🗺️",
         "dropped_constraint", "county_votes", path=CO, contest=PRES, choice_word="harris", county="Denver"),
    real("who won el paso county, co in the 2024 presidential race? colorado springs area", "dropped_constraint",
         "county_winner", path=CO, contest=PRES, county="El Paso"),
    real("ossoff's absentee by mail votes in atkinson county, 2020 regular senate race. mail only, not early "
         "voting", "dropped_constraint", "clarity_type_votes", path=GA, contest=PERDUE, choice_word="ossoff",
         vote_type="Absentee by Mail Votes"),
    real("2020 ga special senate — newest runoff poll? not the jungle primary ones, the january runoff",
         "dropped_constraint", "stage_latest_poll", stage="runoff", **GA20S),
    real("any polls of the 2024 nevada senate race in july 2024? july only, i'm tracking the summer",
         "dropped_constraint", "poll_in_month", year=2024, month=7, **NV24),
    real("was there a wisconsin senate 2024 poll in january 2024? january of the election year",
         "dropped_constraint", "poll_in_month", year=2024, month=1, **WI24),
    real("newest poll of the 2024 texas senate race among likely voters — LV only, not RV", "dropped_constraint",
         "population_latest_poll", population="lv", **TX24),
    real("latest nj senate 2024 poll of registered voters, not likely voters. RV!!", "dropped_constraint",
         "population_latest_poll", population="rv", **NJ24),
    real("trump votes in boulder county colorado 2024? boulder only. i bet it's tiny lol", "dropped_constraint",
         "county_votes", path=CO, contest=PRES, choice_word="trump", county="Boulder"),
    real("is there a 2022 arizona senate race in here? kelly vs masters, the midterm one", "dropped_constraint",
         "no_race", state="AZ", office="senate", cycle=2022, words="2022"),
    real("ossoff's votes in the axson precinct, atkinson county — the 2020 regular senate race. just axson",
         "dropped_constraint", "clarity_precinct_votes", path=GA, contest=PERDUE, choice_word="ossoff",
         precinct="Axson"),
)

REAL_UNROUTED: tuple[DevQuestion, ...] = (
    real("how many polls of the 2024 ohio senate race are there? roughly is fine, sherrod brown's seat",
         "unrouted_fact", "poll_count", **OH24),
    real("sample size of the last selzer poll in the 2020 iowa senate race? want to know if it's legit",
         "unrouted_fact", "poll_attribute", pollster="Selzer & Co.", attribute="sample_size", **IA20),
    real("who sponsored the latest epic-mra poll of michigan's 2024 senate race? the newspaper?", "unrouted_fact",
         "poll_attribute", pollster="EPIC/MRA", attribute="sponsor", **MI24),
    real("colorado turnout in 2024? statewide %. heard it was crazy high", "unrouted_fact", "clarity_turnout",
         path=CO),
    real("total votes cast for president in colorado, 2024 — all candidates together", "unrouted_fact",
         "count_total", path=CO, contest=PRES),
    real("harris's margin in colorado 2024 in votes? how much did she win it by", "unrouted_fact",
         "count_margin", path=CO, contest=PRES),
    real("how many different pollsters polled the 2018 texas senate race? not polls, pollsters", "unrouted_fact",
         "pollster_count", **TX18),
    real("when was the first poll of the 2024 pa senate race? the very first one", "unrouted_fact",
         "first_poll_date", **PA24),
    real("registered voters in cameron county pa in 2024? it's tiny right", "unrouted_fact",
         "cameron_registered"),
    real("ballots cast in cameron county, pa, 2024 general — total ballots, not one race", "unrouted_fact",
         "cameron_ballots"),
    real("how many votes were cast for president in california in 2024? the real count, not polls",
         "unrouted_fact", "medsl_total", state_po="CA"),
    real("trump's margin in pennsylvania in 2024, actual results — votes or points, either", "unrouted_fact",
         "medsl_margin", state_po="PA"),
    real("who did the most polling in the 2020 nc senate race? which pollster i mean", "unrouted_fact",
         "pollsters", **NC20),
)

# ------------------------------------------------------------------------------------------------ files, Spanish
REAL_SPANISH: tuple[DevQuestion, ...] = (
    real_es("hola a todos! quien va ganando en el senado de texas 2024? cruz o allred? mi papa dice que cruz",
            "ordinary", "leader", **TX24),
    real_es("quien gano colorado en la eleccion presidencial de 2024? ✨ los resultados de verdad, no encuestas",
            "ordinary", "count_winner", path=CO, contest=PRES),
    real_es("cual es la encuesta mas reciente del senado de arizona 2024? la ultimita antes de la eleccion",
            "ordinary", "latest_poll", **AZ24),
    real_es("quienes son los candidatos al senado de nueva york en 2024? todos porfa", "ordinary", "candidates",
            **NY24),
    real_es("como va tester en montana? la carrera al senado de 2024. mi prima vive en missoula", "swallowed",
            "person", name="Jon Tester", cycle=2024),
    real_es("cuantos votos saco harris en colorado en 2024? votos, no porcentaje", "swallowed", "count_votes",
            path=CO, contest=PRES, choice_word="harris"),
    real_es("como le va a slotkin contra rogers en michigan 2024? el del senado", "swallowed", "compare",
            first="Elissa Slotkin", second="Mike Rogers", cycle=2024),
    real_es("como le va a ortega en el senado de texas 2024? ortega, el que sale en la tele", "other_surname",
            "no_person", surname="ortega"),
    real_es("y el tal aguilar? senado de arizona 2024, como va en las encuestas", "other_surname", "no_person",
            surname="aguilar"),
    real_es("como va pedro guzman en la carrera al senado de nevada 2024? 🤔", "other_surname", "no_person",
            surname="guzman"),
    real_es("como va bob casey en pensilvania 2024? el senador, robert casey", "two_spellings", "person",
            name="Robert P. Casey Jr.", cycle=2024),
    real_es("y jim justice? el senado de virginia occidental 2024, el exgobernador", "two_spellings", "person",
            name="James Justice", cycle=2024),
    real_es("como iba greg abbott en las encuestas de gobernador de texas 2018? no la de ahora", "two_spellings",
            "person", name="Gregory W. Abbott", cycle=2018),
    real_es("cuantos votos saco trump en el condado de el paso, colorado, en 2024? solo el paso, no todo el estado",
            "dropped_constraint", "county_votes", path=CO, contest=PRES, choice_word="trump", county="El Paso"),
    real_es("hay encuestas de emerson del senado de pensilvania 2024? la mas reciente de emerson nada mas",
            "dropped_constraint", "latest_poll", pollster="Emerson", **PA24),
    real_es("la ultima encuesta de la segunda vuelta del senado de georgia 2020, la especial (no la primaria)",
            "dropped_constraint", "stage_latest_poll", stage="runoff", **GA20S),
    real_es("cuantos votos hubo en total para presidente en colorado 2024? sumando a todos", "unrouted_fact",
            "count_total", path=CO, contest=PRES),
    real_es("cual fue la participacion en colorado en las elecciones de 2024? oi que fue altisima",
            "unrouted_fact", "clarity_turnout", path=CO),
    real_es("cuantas encuestas hay del senado de texas 2024? mas o menos", "unrouted_fact", "poll_count", **TX24),
    real_es("en que lugar quedo kennedy en colorado en la presidencial 2024? rfk jr", "unrouted_fact",
            "count_place", path=CO, contest=PRES, choice_word="kennedy"),
)

FRESH22_SET: tuple[DevQuestion, ...] = (
    *LA_ORDINARY, *LA_SWALLOWED, *LA_OTHER_SURNAME, *LA_TWO_SPELLINGS, *LA_DROPPED, *LA_UNROUTED, *LA_SPANISH,
    *REAL_ORDINARY, *REAL_SWALLOWED, *REAL_OTHER_SURNAME, *REAL_TWO_SPELLINGS, *REAL_DROPPED, *REAL_UNROUTED,
    *REAL_SPANISH,
)
