"""The twenty-eighth fresh dev batch: the real files (source "files"), English ("real") and Spanish ("es"), hunting
dropped constraints, unrouted facts and wrong people across races.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), `tests/engine/*`, the sealed rows nor
the other dev rows (only the docstring of `fresh25_set.py`, for the format): only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, `derive_files.py`, the READMEs,
`tests/devset/question.py`, `score.py`, `overlap.py`, `derive_more.py`, `test_devset.py`) and the real files in
`../shared/data`. Races, pollsters, months, stages, people sharing a surname in one state, counties, precincts,
vote types, contests and measures were listed with scripts over `poll_races()`, the Clarity XML, the MEDSL and
OpenElections CSVs; every expected answer is derived by code.

What it hunts:
- Atkinson County, GA (2020): the four vote types (absentee by mail, election day, advance voting asked as "early",
  provisional) for one candidate, a vote type's total and its leader; the four precincts (Willacoochee, Axson,
  Pearson City); counties and a precinct not in the file (Fulton, Chatham, Cobb, "douglas precinct"); the file's
  other contests (president, sheriff, House District 8, the two amendments, Referendum A).
- Colorado 2024: votes and winners by county, turnout and registered voters statewide and by county, a county
  named like another state's (El Paso, Texas; Jackson, Missouri; Cook), vote types the file does not split
  (election day, early); the 2024 House seats whose candidates the polls hold for 2020-2022 (Boebert, Frisch,
  Caraveo) or not at all (Gabe Evans, next to Stephen Dale Evans of the polls); measures by number and in words
  ("amendment k", "prop 131", "proposition one twenty seven").
- MEDSL 2024 by state (where the polls also have a 2024 Senate race: "who won nevada in the 2024 presidential
  election"); Cameron County, PA by vote type and precinct, "cameron county texas".
- Specials and regulars (Nebraska and Mississippi's two Senate races, Minnesota 2018, TX-6 2021, NC-9 2019);
  one person in several cycles (Rosendale, John James, Loeffler, Tina Smith, Beto in 2022, Kari Lake for governor);
  two people of one surname (Scott Walker of Delaware and of Wisconsin; the Begiches, Floreses, Wrights, Sanchezes,
  Johnsons of New Mexico; Herschel and January Walker in 2022); a person asked of another race; a pollster with
  and without polls of a race (University of Delaware of the PA race, Wallin and Quinnipiac of Arizona's, FM3 of
  California's governor race); months with and without polls; a poll's sample size, sponsor, field dates and
  population; poll and pollster counts.

New derivations in `derive_more.py` (section "fresh28"): `contest_choice` and `contest_winner_any` (a choice's votes
and a winner in any contest of a Clarity file, including those no poll race holds; an answer naming someone outside
the contest is ruled out), `clarity_type_total` and `clarity_type_winner` (a vote type's total and leader in a
contest), `person_in_race` (one person asked of the one race the words name, where another race has someone of
the same name).

197 rows: 155 "real", 42 "es". By kind: unrouted_fact 85 (real 64, es 21), dropped_constraint 72 (58 + 14),
ordinary 23 (18 + 5), two_spellings 6 (6 + 0), other_surname 6 (5 + 1), swallowed 5 (4 + 1).

Before any score, 15 first drafts equal to sealed (1) or dev (14) phrasings (`overlap --module`) were reworded
with chatter or word order; drafts were checked against the data alone (one race, poll or person per row; names of
a pollster's race and year given).

First score, rows as first written, engine at `148d5b7`:
```
overall: 155/197 right (78.7%), 1 ruled out
  group real                 122/155 right (78.7%), 1 ruled out
  group es                   33/42 right (78.6%), 0 ruled out
  kind ordinary             22/23 right (95.7%), 0 ruled out
  kind swallowed            5/5 right (100.0%), 0 ruled out
  kind other_surname        3/6 right (50.0%), 0 ruled out
  kind two_spellings        5/6 right (83.3%), 0 ruled out
  kind dropped_constraint   58/72 right (80.6%), 1 ruled out
  kind unrouted_fact        62/85 right (72.9%), 0 ruled out
ruled_out: 1
grades: {'right': 155, 'wrong': 41, 'ruled_out': 1}
```

Corrections after the first score (misses read only to judge whether a row was unfair):
- "how many runoff polls were there in the hyde-smith espy special" and its Spanish twin ("cuantas encuestas de
  segunda vuelta hubo en la especial de mississippi 2018") asked `stage_poll_count`, which takes a poll's stage
  from its first row: 3 polls, while 7 polls of that race asked a runoff match-up among their questions (Marist,
  Mellman and Triumph's polls ask both). The words fit either count, so the rows were unfair; replaced by how many
  pollsters polled the race (`pollster_count`, no stage).
The other misses stay: each asks something the files hold (Atkinson's precincts, vote-type totals and other
contests, Colorado's 2024 House seats and measures, Cameron County's attorney general and "Glenn GT Thompson",
Georgia's 2024 presidential total), a lack the answer must state, or words that fit two races or people (Nebraska
and Mississippi's two Senate races, two Walkers, Floreses, Sanchezes, Begiches of one state). "how many polls of
the tx-6 special in 2021" stays: the files hold 6 distinct polls (poll ids) of the race; the engine says 7.

Score after the corrections (same engine):
```
overall: 157/197 right (79.7%), 1 ruled out
  group real                 123/155 right (79.4%), 1 ruled out
  group es                   34/42 right (81.0%), 0 ruled out
  kind ordinary             22/23 right (95.7%), 0 ruled out
  kind swallowed            5/5 right (100.0%), 0 ruled out
  kind other_surname        3/6 right (50.0%), 0 ruled out
  kind two_spellings        5/6 right (83.3%), 0 ruled out
  kind dropped_constraint   58/72 right (80.6%), 1 ruled out
  kind unrouted_fact        64/85 right (75.3%), 0 ruled out
ruled_out: 1
grades: {'right': 157, 'wrong': 39, 'ruled_out': 1}
```
The one ruled out: "university of delaware poll of the pa senate race" answered with the University of Delaware's
poll of Delaware's 2024 Senate race.
"""

from __future__ import annotations

from tests.devset.question import maker

r = maker("real", "files")
e = maker("es", "files")

GA = "clarity/ga_atkinson_2020_general_precinct.xml"
CO = "clarity/co_2024_general_detail.xml"
PERDUE = "US Senate (Perdue)"
SPECIAL = "US Senate (Loeffler) - Special"
GAPRES = "President of the United States"
PE = "Presidential Electors"
D = "Representative to the 119th United States Congress - District {}"


def s(state, office, cycle, district=None, special=False):
    return dict(state=state, office=office, cycle=cycle, district=district, special=special)


GA2 = s("GA", "senate", 2020)
GA3 = s("GA", "senate", 2020, special=True)
NE1 = s("NE", "senate", 2024)
NE2 = s("NE", "senate", 2024, special=True)
MS1 = s("MS", "senate", 2018)
MS2 = s("MS", "senate", 2018, special=True)
COP = s("CO", "president", 2024)
AZ24 = s("AZ", "senate", 2024)
PA24 = s("PA", "senate", 2024)
CO20 = s("CO", "senate", 2020)
CO3 = s("CO", "house", 2022, 3)
CO8 = s("CO", "house", 2022, 8)

FRESH28_SET = (
    # ---- Atkinson County, GA (2020): vote types
    r("how many absentee by mail votes did ossoff get in atkinson county", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    r("perdue's election day vote in atkinson co ga, 2020?", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=PERDUE, choice_word="perdue", vote_type="Election Day Votes"),
    r("warnock advance voting number in atkinson county for the special", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=SPECIAL, choice_word="warnock", vote_type="Advanced Voting Votes"),
    r("how many early votes did doug collins get in atkinson county georgia", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=SPECIAL, choice_word="collins", vote_type="Advanced Voting Votes"),
    r("who won the mail in vote between perdue and ossoff in atkinson county", "unrouted_fact", "clarity_type_winner",
      path=GA, contest=PERDUE, vote_type="Absentee by Mail Votes"),
    r("who got the most election day votes in the ga special senate race in atkinson county", "unrouted_fact",
      "clarity_type_winner", path=GA, contest=SPECIAL, vote_type="Election Day Votes"),
    r("total absentee by mail ballots in the perdue ossoff race, atkinson county", "unrouted_fact",
      "clarity_type_total", path=GA, contest=PERDUE, vote_type="Absentee by Mail Votes"),
    r("how many provisional votes were counted in atkinson's regular senate race", "unrouted_fact",
      "clarity_type_total", path=GA, contest=PERDUE, vote_type="Provisional Votes"),
    # precincts
    r("ossoff's vote count in the willacoochee precinct?", "unrouted_fact", "clarity_precinct_votes",
      path=GA, contest=PERDUE, choice_word="ossoff", precinct="Willacoochee"),
    r("who carried pearson city in the perdue vs ossoff race", "unrouted_fact", "clarity_precinct_winner",
      path=GA, contest=PERDUE, precinct="Pearson City"),
    r("turnout in the axson precinct of atkinson county 2020", "unrouted_fact", "clarity_precinct_ballots",
      path=GA, precinct="Axson"),
    r("how'd doug collins do in axson precinct, special senate 2020", "unrouted_fact", "clarity_precinct_votes",
      path=GA, contest=SPECIAL, choice_word="collins", precinct="Axson"),
    r("who won willacoochee in the loeffler warnock collins special", "unrouted_fact", "clarity_precinct_winner",
      path=GA, contest=SPECIAL, precinct="Willacoochee"),
    # counties and precincts not in the file
    r("how many did ossoff pull in fulton county", "dropped_constraint", "nothing", missing=("fulton",), around=GA2),
    r("how many votes did warnock get in chatham county in the 2020 special", "dropped_constraint", "nothing",
      missing=("chatham",), around=GA3),
    r("perdue votes in the douglas precinct of atkinson county", "dropped_constraint", "nothing",
      missing=("douglas",), around=GA2),
    r("loeffler results in cobb county georgia", "dropped_constraint", "nothing", missing=("cobb",), around=GA3),
    # other contests of the Atkinson file
    r("how many votes did biden get in atkinson county in 2020", "unrouted_fact", "contest_choice",
      path=GA, contest=GAPRES, choice_word="biden"),
    r("who won atkinson county ga for president in 2020", "unrouted_fact", "contest_winner_any",
      path=GA, contest=GAPRES),
    r("who won the atkinson county sheriff race", "unrouted_fact", "contest_winner_any", path=GA, contest="Sheriff"),
    r("austin scott votes atkinson county 2020", "ordinary", "contest_choice",
      path=GA, contest="US House District 8", choice_word="austin scott"),
    r("georgia constitutional amendment 1 results in atkinson county", "unrouted_fact", "measure_result",
      path=GA, contest="Constitutional Amendment #1"),
    r("how did statewide referendum a do in atkinson county", "unrouted_fact", "measure_result",
      path=GA, contest="Statewide Referendum A"),
    # Atkinson totals and the two Senate counts
    r("atkinson county ga, how many registered voters does it have", "unrouted_fact", "clarity_voters", path=GA),
    r("atkinson county turnout november 2020", "unrouted_fact", "clarity_turnout", path=GA),
    r("doug collins vote total in atkinson county", "ordinary", "count_votes",
      path=GA, contest=SPECIAL, choice_word="collins"),
    r("deborah jackson atkinson county votes", "two_spellings", "count_votes",
      path=GA, contest=SPECIAL, choice_word="deborah jackson"),
    r("how much did perdue beat ossoff by in atkinson", "swallowed", "count_margin", path=GA, contest=PERDUE),
    r("how many candidates were on the loeffler special ballot in atkinson county", "unrouted_fact",
      "count_candidates", path=GA, contest=SPECIAL),
    r("what place did loeffler finish in atkinson county", "swallowed", "count_place",
      path=GA, contest=SPECIAL, choice_word="loeffler"),
    r("how far apart were doug collins and loeffler in atkinson co", "unrouted_fact", "count_gap",
      path=GA, contest=SPECIAL, first_word="collins", second_word="loeffler"),
    # ---- Colorado 2024 (statewide Clarity file by county)
    r("harris vote count pueblo county co", "unrouted_fact", "county_votes",
      path=CO, contest=PE, choice_word="harris", county="Pueblo"),
    r("who carried el paso county colorado for president", "unrouted_fact", "county_winner",
      path=CO, contest=PE, county="El Paso"),
    r("trump votes in el paso county texas 2024", "dropped_constraint", "nothing",
      missing=("el paso", "county"), around=s("TX", "president", 2024)),
    r("harris votes in jackson county missouri", "dropped_constraint", "nothing",
      missing=("jackson", "county"), around=s("MO", "president", 2024)),
    r("trump's vote in jackson county colorado", "unrouted_fact", "county_votes",
      path=CO, contest=PE, choice_word="trump", county="Jackson"),
    r("colorado turnout 2024 general", "unrouted_fact", "clarity_turnout", path=CO),
    r("what was turnout in denver county in 2024", "unrouted_fact", "clarity_turnout", path=CO, county="Denver"),
    r("how many votes did rfk jr end up getting in colorado 2024", "unrouted_fact", "count_votes",
      path=CO, contest=PE, choice_word="kennedy"),
    r("ok so how big was harris's margin of victory in colorado", "unrouted_fact", "count_margin", path=CO, contest=PE),
    r("where did chase oliver finish in colorado", "swallowed", "count_place", path=CO, contest=PE,
      choice_word="oliver"),
    r("how many election day votes did trump get in colorado", "dropped_constraint", "nothing",
      missing=("election day",), around=COP),
    r("harris early vote total in colorado 2024", "dropped_constraint", "nothing", missing=("early",), around=COP),
    r("who won hinsdale county for president 2024", "unrouted_fact", "county_winner",
      path=CO, contest=PE, county="Hinsdale"),
    r("harris votes in cook county", "dropped_constraint", "nothing", missing=("cook",)),
    # Colorado's 2024 House seats (results only; the polls are of 2018-2022)
    r("who won colorado's 8th congressional district in 2024", "dropped_constraint", "contest_winner_any",
      path=CO, contest=D.format(8)),
    r("how many votes did boebert get in 2024", "dropped_constraint", "contest_choice",
      path=CO, contest=D.format(4), choice_word="boebert"),
    r("adam frisch vote total 2024", "dropped_constraint", "contest_choice",
      path=CO, contest=D.format(3), choice_word="frisch"),
    r("yadira caraveo votes in the 2024 election", "dropped_constraint", "contest_choice",
      path=CO, contest=D.format(8), choice_word="caraveo"),
    r("gabe evans votes", "unrouted_fact", "contest_choice", path=CO, contest=D.format(8), choice_word="evans"),
    r("who won co-3 in 2024", "dropped_constraint", "contest_winner_any", path=CO, contest=D.format(3)),
    # Colorado measures, by number and in words
    r("colorado amendment 79 result", "unrouted_fact", "measure_result",
      path=CO, contest="Amendment 79 (CONSTITUTIONAL)"),
    r("prop 131 colorado yes and no votes", "unrouted_fact", "measure_result",
      path=CO, contest="Proposition 131 (STATUTORY)"),
    r("how did amendment k do in colorado", "unrouted_fact", "measure_result",
      path=CO, contest="Amendment K (CONSTITUTIONAL)"),
    r("colorado proposition one twenty seven votes", "unrouted_fact", "measure_result",
      path=CO, contest="Proposition 127 (STATUTORY)"),
    r("so did colorado's amendment 80 pass", "unrouted_fact", "measure_result",
      path=CO, contest="Amendment 80 (CONSTITUTIONAL)"),
    # ---- MEDSL 2024 presidential, by state
    r("trump's total votes in ohio in 2024", "ordinary", "medsl_votes", state_po="OH", surname="Trump"),
    r("who won nevada in the 2024 presidential election", "dropped_constraint", "medsl_winner", state_po="NV"),
    r("total presidential votes in georgia 2024", "dropped_constraint", "medsl_total", state_po="GA"),
    r("harris margin in pennsylvania 2024 presidential", "unrouted_fact", "medsl_margin", state_po="PA"),
    r("how many votes did harris get in arizona in 2024", "ordinary", "medsl_votes", state_po="AZ",
      surname="Harris"),
    # ---- Cameron County, PA (OpenElections 2024)
    r("mccormick votes in cameron county pa", "ordinary", "cameron_votes", office="U.S. Senate",
      surname="McCormick"),
    r("casey mail votes cameron county", "unrouted_fact", "cameron_type_votes", office="U.S. Senate",
      surname="casey", vote_type="mail"),
    r("trump election day votes in cameron county pennsylvania", "unrouted_fact", "cameron_type_votes",
      office="President", surname="trump", vote_type="election_day"),
    r("glenn thompson votes cameron county", "two_spellings", "cameron_votes", office="U.S. House",
      surname="Thompson"),
    r("who won cameron county pa for attorney general", "unrouted_fact", "cameron_winner",
      office="Attorney General"),
    r("dave mccormick votes in portage township", "unrouted_fact", "cameron_precinct_votes",
      office="U.S. Senate", surname="mccormick", precinct="Portage Township"),
    r("bob casey votes gibson township cameron county", "two_spellings", "cameron_precinct_votes",
      office="U.S. Senate", surname="casey", precinct="Gibson Township"),
    r("trump votes cameron county texas", "dropped_constraint", "nothing", missing=("texas", "cameron"),
      around=s("TX", "president", 2024)),
    r("mccormick mail-in votes cameron co", "unrouted_fact", "cameron_type_votes", office="U.S. Senate",
      surname="mccormick", vote_type="mail"),
    # ---- specials and regulars
    r("who polled the nebraska special senate race in 2024 the most", "unrouted_fact", "pollsters", **NE2),
    r("how's the nebraska senate race 2024 looking", "dropped_constraint", "either_race", sels=(NE1, NE2)),
    r("sample size of surveyusa's newest ricketts vs love poll", "unrouted_fact", "poll_attribute",
      pollster="SurveyUSA", attribute="sample_size", **NE2),
    r("ricketts number in the latest surveyusa poll", "swallowed", "person_share", pollster="SurveyUSA",
      name="Pete Ricketts", **NE2),
    r("mississippi senate 2018 polls", "dropped_constraint", "either_race", sels=(MS1, MS2)),
    r("latest runoff poll of the 2018 mississippi special", "unrouted_fact", "stage_latest_poll", stage="runoff",
      **MS2),
    r("how many pollsters polled the 2018 mississippi special senate race", "unrouted_fact", "pollster_count",
      **MS2),
    r("espy vs hyde-smith 2020", "ordinary", "compare", first="Mike Espy", second="Cindy Hyde-Smith", cycle=2020),
    r("newest poll of minnesota's 2018 special senate election", "ordinary", "latest_poll",
      **s("MN", "senate", 2018, special=True)),
    r("tina smith 2020 polling", "dropped_constraint", "person", name="Tina Smith", cycle=2020),
    r("how was tina smith polling in 2018", "dropped_constraint", "person", name="Tina Smith", cycle=2018),
    r("how many polls of the tx-6 special in 2021", "unrouted_fact", "poll_count",
      **s("TX", "house", 2021, 6, special=True)),
    r("latest runoff poll texas 6th district special", "unrouted_fact", "stage_latest_poll", stage="runoff",
      **s("TX", "house", 2021, 6, special=True)),
    r("jake ellzey polls", "two_spellings", "person", name="Jake Ellzey"),
    r("co/efficient sample size nc-9 special 2019", "unrouted_fact", "poll_attribute", pollster="co/efficient",
      attribute="sample_size", **s("NC", "house", 2019, 9, special=True)),
    r("dan mccready in the 2019 special", "two_spellings", "person", name="Daniel Kent McCready", cycle=2019),
    r("dan bishop 2020 polls", "dropped_constraint", "person", name="Dan Bishop", cycle=2020),
    r("georgia special senate 2020 newest jungle primary poll", "unrouted_fact", "stage_latest_poll",
      stage="jungle primary", **GA3),
    r("how many runoff polls of perdue vs ossoff", "unrouted_fact", "stage_poll_count", stage="runoff", **GA2),
    # ---- cycles: one person, several years
    r("rosendale 2022", "dropped_constraint", "person", name="Matt Rosendale", cycle=2022),
    r("matt rosendale senate 2018 numbers", "dropped_constraint", "person", name="Matt Rosendale", cycle=2018),
    r("john james 2022 polls", "dropped_constraint", "person", name="John James", cycle=2022),
    r("martha mcsally 2018 polling", "dropped_constraint", "person", name="Martha McSally", cycle=2018),
    r("kelly loeffler 2022", "dropped_constraint", "person", name="Kelly Loeffler", cycle=2022),
    r("sherrod brown polls back in 2018", "dropped_constraint", "person", name="Sherrod Brown", cycle=2018),
    r("jon tester latest poll 2018", "dropped_constraint", "latest_poll", **s("MT", "senate", 2018)),
    r("beto o'rourke 2022 polls", "dropped_constraint", "not_running", name="Beto O'Rourke", missing=("2022",),
      cycle=2022),
    r("kari lake governor polls", "dropped_constraint", "not_running", name="Kari Lake", missing=("governor",),
      office="governor"),
    r("herschel walker governor poll", "dropped_constraint", "person", name="Herschel Walker", office="governor"),
    r("boebert 2020 polls", "dropped_constraint", "person", name="Lauren Boebert", cycle=2020),
    r("rick scott 2018 senate poll numbers", "dropped_constraint", "person", name="Rick Scott", cycle=2018),
    # ---- the same surname in one state (or two states)
    r("scott walker delaware house poll", "dropped_constraint", "person_in_race", name="Scott Walker",
      **s("DE", "house", 2018, 1)),
    r("scott walker wisconsin governor numbers", "ordinary", "person_in_race", name="Scott Walker",
      **s("WI", "governor", 2018)),
    r("walker polls 2022", "other_surname", "which_person", surname="walker", cycle=2022),
    r("gary johnson nm senate numbers", "ordinary", "person", name="Gary Johnson"),
    r("johnson polls new mexico", "other_surname", "which_person", surname="johnson", state="NM"),
    r("flores poll texas", "other_surname", "which_person", surname="flores", state="TX"),
    r("mayra flores tx-34 numbers", "ordinary", "person", name="Mayra Flores"),
    r("wright polls texas house", "other_surname", "which_person", surname="wright", state="TX", office="house"),
    r("sanchez texas polls", "other_surname", "which_person", surname="sanchez", state="TX"),
    r("nick begich 2022 poll", "ordinary", "person", name="Nick Begich"),
    r("begich alaska polls", "dropped_constraint", "which_person", surname="begich", state="AK"),
    r("how was rich mccormick polling in 2020", "ordinary", "person", name="Rich McCormick"),
    r("deborah jackson georgia senate polls", "two_spellings", "person", name="Deborah A. Jackson"),
    # ---- a person of one race asked of another
    r("ruben gallego in the 2018 arizona senate race", "dropped_constraint", "absent_from_race",
      name="Ruben Gallego", surname="gallego", **s("AZ", "senate", 2018)),
    r("mark kelly 2018 az senate polls", "dropped_constraint", "absent_from_race", name="Mark Kelly",
      surname="kelly", **s("AZ", "senate", 2018)),
    r("doug collins georgia governor 2018 polls", "dropped_constraint", "absent_from_race", name="Doug Collins",
      surname="collins", **s("GA", "governor", 2018)),
    r("ossoff's numbers in the loeffler special", "dropped_constraint", "absent_from_race", name="Jon Ossoff",
      surname="ossoff", **GA3),
    r("boebert in co-8 2022", "dropped_constraint", "absent_from_race", name="Lauren Boebert",
      surname="boebert", **CO8),
    r("kari lake in the 2024 pa senate race", "dropped_constraint", "absent_from_race", name="Kari Lake",
      surname="lake", **PA24),
    # ---- pollsters with and without polls of a race
    r("quinnipiac poll of the arizona senate race 2024", "dropped_constraint", "latest_poll",
      pollster="Quinnipiac", **AZ24),
    r("emerson's latest pa senate poll sample size", "unrouted_fact", "poll_attribute", pollster="Emerson",
      attribute="sample_size", **PA24),
    r("how many polls did emerson do of the pa senate race 2024", "unrouted_fact", "pollster_poll_count",
      pollster="Emerson", **PA24),
    r("did selzer poll the iowa senate race in 2020", "ordinary", "latest_poll", pollster="Selzer & Co.",
      **s("IA", "senate", 2020)),
    r("fm3 poll washington 5th district 2018", "ordinary", "latest_poll", pollster="FM3 Research",
      **s("WA", "house", 2018, 5)),
    r("fm3 poll of the california governor race 2018", "dropped_constraint", "latest_poll",
      pollster="FM3 Research", **s("CA", "governor", 2018)),
    r("berkeley poll california senate 2024", "ordinary", "latest_poll", pollster="UC Berkeley",
      **s("CA", "senate", 2024)),
    r("wallin poll of the arizona senate race 2024", "dropped_constraint", "latest_poll",
      pollster="Tulchin Research/J. Wallin Opinion Research", **AZ24),
    r("university of delaware poll of the pa senate race", "dropped_constraint", "latest_poll",
      pollster="University of Delaware", **PA24),
    r("atlasintel poll perdue ossoff runoff", "ordinary", "latest_poll", pollster="AtlasIntel", **GA2),
    r("marist poll of the arizona senate race 2024", "dropped_constraint", "latest_poll", pollster="Marist",
      **AZ24),
    # ---- months with and without polls
    r("any polls of the montana senate race in may 2024", "dropped_constraint", "poll_in_month",
      year=2024, month=5, **s("MT", "senate", 2024)),
    r("polls of the ohio senate race in april 2024", "dropped_constraint", "poll_in_month",
      year=2024, month=4, **s("OH", "senate", 2024)),
    r("arizona senate polls june 2023", "dropped_constraint", "poll_in_month", year=2023, month=6, **AZ24),
    r("texas senate poll march 2018", "dropped_constraint", "poll_in_month", year=2018, month=3,
      **s("TX", "senate", 2018)),
    r("nebraska regular senate race polls in june 2024", "dropped_constraint", "poll_in_month",
      year=2024, month=6, **NE1),
    r("colorado senate poll from april 2020", "dropped_constraint", "poll_in_month", year=2020, month=4, **CO20),
    # ---- poll facts
    r("sample size of el nuevo dia's latest puerto rico governor poll", "unrouted_fact", "poll_attribute",
      pollster="El Nuevo Día/The Research Office", attribute="sample_size", **s("PR", "governor", 2020)),
    r("when was the last alaska governor poll in 2018", "unrouted_fact", "newest_poll_date",
      **s("AK", "governor", 2018)),
    r("how many pollsters polled colorado's senate race in 2020", "unrouted_fact", "pollster_count", **CO20),
    r("who sponsored the civiqs colorado senate poll 2020", "unrouted_fact", "poll_attribute", pollster="Civiqs",
      attribute="sponsor", **CO20),
    r("field dates of the surveyusa colorado senate poll 2020", "unrouted_fact", "poll_attribute",
      pollster="SurveyUSA", attribute="field_dates", **CO20),
    r("who ran for colorado governor in 2018", "ordinary", "candidates", **s("CO", "governor", 2018)),
    r("was the center street pac poll of boebert vs frisch likely or registered voters", "unrouted_fact",
      "file_poll_population", pollster="Center Street PAC", **CO3),
    r("how many polls of the boebert frisch race", "unrouted_fact", "poll_count", **CO3),
    r("who polled co-8 in 2022", "unrouted_fact", "pollsters", **CO8),
    r("colorado 4th district 2022 poll", "dropped_constraint", "no_race", state="CO", office="house", cycle=2022,
      district=4, words="4th"),
    r("puerto rico senate race 2020", "dropped_constraint", "no_race", state="PR", office="senate", cycle=2020,
      words="senate"),
    r("colorado governor 2022 polls", "dropped_constraint", "no_race", state="CO", office="governor", cycle=2022,
      words="governor"),
    r("georgia senate 2022 poll sponsor", "unrouted_fact", "poll_attribute",
      pollster="Trafalgar Group/InsiderAdvantage", attribute="sponsor", **s("GA", "senate", 2022)),
    r("latest generic ballot poll for 2022", "ordinary", "generic_latest", cycle=2022),
    r("who leads the co-8 2022 race in global strategy group's latest", "unrouted_fact", "file_poll_leader",
      pollster="Global Strategy Group", **CO8),
    r("newest wisconsin governor 2018 poll not by marquette", "dropped_constraint", "latest_poll_besides",
      besides=("Marquette University Law School",), **s("WI", "governor", 2018)),
    r("which pollsters besides surveyusa polled the nebraska special", "dropped_constraint", "pollsters_besides",
      besides=("SurveyUSA",), **NE2),
    r("who is dan osborn running against", "unrouted_fact", "opponent", name="Dan Osborn", **NE1),
    # ---- Spanish
    e("oye cuantos votos por correo saco ossoff en atkinson georgia", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    e("votos anticipados de warnock en atkinson, la especial del senado", "unrouted_fact", "clarity_type_votes",
      path=GA, contest=SPECIAL, choice_word="warnock", vote_type="Advanced Voting Votes"),
    e("quien gano el voto del dia de la eleccion entre perdue y ossoff en atkinson", "unrouted_fact",
      "clarity_type_winner", path=GA, contest=PERDUE, vote_type="Election Day Votes"),
    e("cuantos votos saco ossoff en el condado fulton", "dropped_constraint", "files_lacks", lacks="nothing",
      said=("fulton",), missing=("fulton",), around=GA2),
    e("quien gano en el precinto de axson en la carrera de perdue", "unrouted_fact", "clarity_precinct_winner",
      path=GA, contest=PERDUE, precinct="Axson"),
    e("votos de loeffler en pearson city", "unrouted_fact", "clarity_precinct_votes",
      path=GA, contest=SPECIAL, choice_word="loeffler", precinct="Pearson City"),
    e("participacion en el condado de atkinson en 2020", "unrouted_fact", "clarity_turnout", path=GA),
    e("como le fue a la enmienda constitucional 1 en atkinson", "unrouted_fact", "measure_result",
      path=GA, contest="Constitutional Amendment #1"),
    e("quien gano la presidencial en el condado de atkinson en 2020", "unrouted_fact", "contest_winner_any",
      path=GA, contest=GAPRES),
    e("cuantos votos saco harris en el condado de pueblo colorado", "unrouted_fact", "county_votes",
      path=CO, contest=PE, choice_word="harris", county="Pueblo"),
    e("quien gano el condado de conejos para presidente", "unrouted_fact", "county_winner",
      path=CO, contest=PE, county="Conejos"),
    e("votos de trump en el condado de el paso en texas", "dropped_constraint", "files_lacks", lacks="nothing",
      said=("el paso", "texas"), missing=("el paso",), around=s("TX", "president", 2024)),
    e("resultado de la enmienda 79 de colorado", "unrouted_fact", "measure_result",
      path=CO, contest="Amendment 79 (CONSTITUTIONAL)"),
    e("la proposicion 131 de colorado paso o no", "unrouted_fact", "measure_result",
      path=CO, contest="Proposition 131 (STATUTORY)"),
    e("quien gano el distrito 8 de colorado en 2024", "dropped_constraint", "contest_winner_any",
      path=CO, contest=D.format(8)),
    e("cuantos votos saco boebert en 2024", "dropped_constraint", "contest_choice",
      path=CO, contest=D.format(4), choice_word="boebert"),
    e("cual fue la participacion electoral de colorado en 2024", "unrouted_fact", "clarity_turnout", path=CO),
    e("votantes registrados en el condado de costilla", "unrouted_fact", "clarity_voters", path=CO,
      county="Costilla"),
    e("cuantos votos saco trump en arizona en 2024", "ordinary", "medsl_votes", state_po="AZ", surname="Trump"),
    e("quien se llevo nevada en la eleccion presidencial 2024", "dropped_constraint", "medsl_winner", state_po="NV"),
    e("votos por correo de casey en el condado de cameron pensilvania", "unrouted_fact", "cameron_type_votes",
      office="U.S. Senate", surname="casey", vote_type="mail"),
    e("votos de mccormick en el condado cameron pa", "ordinary", "cameron_votes", office="U.S. Senate",
      surname="McCormick"),
    e("como va la carrera al senado de nebraska 2024", "dropped_constraint", "either_race", sels=(NE1, NE2)),
    e("cuantas encuestadoras midieron la especial del senado de mississippi 2018", "unrouted_fact",
      "pollster_count", **MS2),
    e("ultima encuesta de la eleccion especial del distrito 6 de texas en 2021", "ordinary", "latest_poll",
      **s("TX", "house", 2021, 6, special=True)),
    e("rosendale en 2022", "dropped_constraint", "person", name="Matt Rosendale", cycle=2022),
    e("como le iba a kelly loeffler en 2022", "dropped_constraint", "person", name="Kelly Loeffler", cycle=2022),
    e("beto o'rourke encuestas 2022", "dropped_constraint", "files_lacks", lacks="not_running",
      said=("2022",), name="Beto O'Rourke", missing=("2022",), cycle=2022),
    e("scott walker en la carrera de delaware", "dropped_constraint", "person_in_race", name="Scott Walker",
      **s("DE", "house", 2018, 1)),
    e("encuestas de johnson en nuevo mexico", "other_surname", "which_person", surname="johnson", state="NM"),
    e("mayra flores del distrito 34 de texas como va", "ordinary", "person", name="Mayra Flores"),
    e("gallego en la carrera al senado de arizona de 2018", "dropped_constraint", "absent_from_race",
      name="Ruben Gallego", surname="gallego", **s("AZ", "senate", 2018)),
    e("hay alguna encuesta de quinnipiac del senado de arizona 2024", "dropped_constraint", "latest_poll",
      pollster="Quinnipiac", **AZ24),
    e("cuantas encuestas hizo emerson de la carrera al senado de pensilvania 2024", "unrouted_fact",
      "pollster_poll_count", pollster="Emerson", **PA24),
    e("hubo encuestas del senado de montana en mayo de 2024", "dropped_constraint", "poll_in_month",
      year=2024, month=5, **s("MT", "senate", 2024)),
    e("tamano de muestra de la ultima encuesta de el nuevo dia para gobernador de puerto rico", "unrouted_fact",
      "poll_attribute", pollster="El Nuevo Día/The Research Office", attribute="sample_size",
      **s("PR", "governor", 2020)),
    e("quien patrocino la encuesta de civiqs del senado de colorado 2020", "unrouted_fact", "poll_attribute",
      pollster="Civiqs", attribute="sponsor", **CO20),
    e("cuantos candidatos hubo para gobernador de colorado en 2018", "unrouted_fact", "candidate_count",
      **s("CO", "governor", 2018)),
    e("encuestas del senado de puerto rico 2020", "dropped_constraint", "files_lacks", lacks="no_race",
      said=("senado", "senate"), state="PR", office="senate", cycle=2020),
    e("quien midio mas veces la especial de nebraska en 2024", "unrouted_fact", "pollsters", **NE2),
    e("por cuantos votos le gano harris a trump en colorado en 2024", "swallowed", "count_margin", path=CO, contest=PE),
    e("encuesta de berkeley del senado de california 2024", "ordinary", "latest_poll", pollster="UC Berkeley",
      **s("CA", "senate", 2024)),
)
