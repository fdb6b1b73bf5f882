"""The eighteenth fresh dev batch: questions built so that a careless answer states something the question rules out.

Written by a helper session that read neither the engine (`bot/engine/`), the sealed rows, the other dev rows (only
the docstring and first lines of `fresh8_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `score.py`, the derivations of `derive_la.py`, `derive_files.py` and
`derive_more.py`, `tests/devset/question.py`, the READMEs), the LA bundles and the real files. Races,
pollsters and months were listed with a script over `poll_races()` and the bundle; other surnames were found with a
script: 1990 Census surnames (`names` package, >= 0.002%) one letter from a candidate's surname (bess, lyon, villa,
willson, lim, hall, varga, boss, basso, leone, cass, hass, keim, gilson, smyth, ball, lemon for LA; pardue, mcnally,
gallegos, lester, mccormack, browne, crum, osborne, fincher, baron, crump, farris, haney, kempf, hillis, hollins,
gartner, gaines, mcdonnell, newsome, kramer, bogan, garver for the files), absent from the data they are asked of
(checked by `nobody` / `no_person`), and a candidate's surname with another given name ("tony caruso", "karen kim",
"john wilson", "mel jackson", "joe smith", "david caruso", "linda bass", "maria viola", "scott kelly", "jim casey").
No new derivation was needed.

What it hunts: answers that give another person's figures (a surname one letter off, a surname with another given
name, a name of one race asked of another: "kari lake az senate 2018"), another race (another cycle, office, the
county vs the state, the regular vs the special Georgia seat, a stage: runoff and jungle-primary polls, the LA
primary vs the general), another pollster's poll (Berkeley of California 2024 or CA-25 2018 where a careless bot
gives the LA poll; Marquette or Selzer where they never polled; Wallin or FM3 in months or years they did not poll),
another group of voters (Latino, Black, Asian, White in one named poll; a group a pollster never reported), another
kind of endorser (unions, newspapers, celebrities, officials), another month, another population (likely vs
registered), and a vote type or precinct of a results file. Written as Discord traffic: lower case, a few typos
("endorsments", "r there"), chatter ("asking for a friend", "lol", "pls"), abbreviations (kdl, igs, f&m, ne-2, co-3).

202 rows: 102 "la", 100 "real". By kind: other_surname 50 (la 25, real 25), dropped_constraint 61 (la 31, real 30),
unrouted_fact 51 (la 26, real 25), two_spellings 14 (7 + 7), swallowed 14 (7 + 7), ordinary 12 (6 + 6).

Rewordings before any score: 22 first drafts equal to dev (20) or engine-test (2) phrasings (the overlap check
printed only this module's rows) were reworded, mostly by adding chatter or changing the words around the name.

First score, rows as first written, engine on this branch's base `9382121`:
```
overall: 191/202 right (94.6%), 3 ruled out
  group la                   98/102 right (96.1%), 1 ruled out
  group real                 93/100 right (93.0%), 2 ruled out
  kind ordinary             12/12 right (100.0%), 0 ruled out
  kind swallowed            12/14 right (85.7%), 2 ruled out
  kind other_surname        50/50 right (100.0%), 0 ruled out
  kind two_spellings        14/14 right (100.0%), 0 ruled out
  kind dropped_constraint   57/61 right (93.4%), 1 ruled out
  kind unrouted_fact        46/51 right (90.2%), 0 ruled out
ruled_out: 3
grades: {'right': 191, 'ruled_out': 3, 'wrong': 8}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "registered voters in LA for the mayors race" -> "how many registered voters did LA have for the mayors race":
  the first wording also reads as "the poll figures among registered voters", so it had two right answers.
- "did hazel get many votes in atkinson county perdue race" -> "..., the regular ga senate race 2020" and "what did
  collins get in the loeffler special atkinson" -> "... in the ga special senate race in atkinson county": the
  question itself named Perdue / Loeffler (as the contest's name), so an answer naming them was not ruling anything
  out; the rows now name the race without naming a second person.
The other misses stay: each has one right answer the data holds ("fm3 la mayor poll from 2022": FM3's only LA poll
is of 2021; the January 2022 LMU poll; the first LA poll's day; the "University of California, Berkeley" poll of
CA-25 2018; Emerson's Kari Lake figure in Arizona 2024; the 20 candidates the Georgia special's polls name; the yes
and no counts of Colorado's Amendment J and of Atkinson County's Amendment 1).

Score after the corrections:
```
overall: 194/202 right (96.0%), 1 ruled out
  group la                   99/102 right (97.1%), 1 ruled out
  group real                 95/100 right (95.0%), 0 ruled out
  kind ordinary             12/12 right (100.0%), 0 ruled out
  kind swallowed            14/14 right (100.0%), 0 ruled out
  kind other_surname        50/50 right (100.0%), 0 ruled out
  kind two_spellings        14/14 right (100.0%), 0 ruled out
  kind dropped_constraint   57/61 right (93.4%), 1 ruled out
  kind unrouted_fact        47/51 right (92.2%), 0 ruled out
ruled_out: 1
grades: {'right': 194, 'ruled_out': 1, 'wrong': 7}
```"""

from __future__ import annotations

from tests.devset.question import DevQuestion, maker

la = maker("la", "la")
real = maker("real", "files")

BERKELEY = "UC Berkeley Institute of Governmental Studies"
WALLIN = "J. Wallin Opinion Research"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"

CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES = "Presidential Electors"
PERDUE = "US Senate (Perdue)"
LOEFFLER = "US Senate (Loeffler) - Special"


def R(state: str | None, office: str, cycle: int, district: int | None = None,  # noqa: N802 - a race selector
      special: bool = False) -> dict[str, object]:
    """The words that select one race of the files."""
    return {"state": state, "office": office, "cycle": cycle, "district": district, "special": special}


AZ18, AZ24 = R("AZ", "senate", 2018), R("AZ", "senate", 2024)
PA24, PA18 = R("PA", "senate", 2024), R("PA", "senate", 2018)
OH24, MT24 = R("OH", "senate", 2024), R("MT", "senate", 2024)
NV24, WI24 = R("NV", "senate", 2024), R("WI", "senate", 2024)
TX18, TX24 = R("TX", "senate", 2018), R("TX", "senate", 2024)
MI24, CA24 = R("MI", "senate", 2024), R("CA", "senate", 2024)
GA20, GA20S, NC20, IAGOV18 = (R("GA", "senate", 2020), R("GA", "senate", 2020, special=True), R("NC", "senate", 2020),
                              R("IA", "governor", 2018))
NE24 = R("NE", "senate", 2024)

LA_OTHER_SURNAME: tuple[DevQuestion, ...] = (
    la("hows karen bess doing in the la mayor race", "other_surname", "nobody", missing=("bess",)),
    la("did tony caruso make the la mayor runoff", "other_surname", "la_other_given", given="tony", surname="caruso"),
    la("kevin lyon la mayor polls?", "other_surname", "nobody", missing=("lyon",)),
    la("what did gina villa get in the LA mayoral primary", "other_surname", "nobody", missing=("villa",)),
    la("mel willson votes la mayor primary", "other_surname", "nobody", missing=("willson",)),
    la("andrew lim la mayor primary result pls", "other_surname", "nobody", missing=("lim",)),
    la("karen kim for la mayor, how'd she do", "other_surname", "la_other_given", given="karen", surname="kim"),
    la("how many votes did john wilson get in the LA mayor primary", "other_surname", "la_other_given",
       given="john", surname="wilson"),
    la("mel jackson la mayor result?", "other_surname", "la_other_given", given="mel", surname="jackson"),
    la("jessica hall in the la mayor race, did she drop out", "other_surname", "nobody", missing=("hall",)),
    la("ramit varga mayor of la, who did he back", "other_surname", "nobody", missing=("varga",)),
    la("who endorsed karen boss for mayor of LA", "other_surname", "nobody", missing=("boss",)),
    la("is basso ahead in the LA mayor polls", "other_surname", "nobody", missing=("basso",)),
    la("kevin leone la mayor primary votes", "other_surname", "nobody", missing=("leone",)),
    la("joe smith running for LA mayor??", "other_surname", "la_other_given", given="joe", surname="smith"),
    la("karen cass la mayor general election result", "other_surname", "nobody", missing=("cass",)),
    la("what % did hass get in the la mayoral runoff", "other_surname", "nobody", missing=("hass",)),
    la("andrew keim mayor of la votes", "other_surname", "nobody", missing=("keim",)),
    la("mel gilson la mayoral race numbers", "other_surname", "nobody", missing=("gilson",)),
    la("alex smyth la mayor primary share", "other_surname", "nobody", missing=("smyth",)),
    la("david caruso la mayor polls lol", "other_surname", "la_other_given", given="david", surname="caruso"),
    la("linda bass los angeles mayor race, is she in it", "other_surname", "la_other_given", given="linda",
       surname="bass"),
    la("jessica ball la mayor, when did she withdraw", "other_surname", "nobody", missing=("ball",)),
    la("kevin lemon LA mayor race endorsements", "other_surname", "nobody", missing=("lemon",)),
    la("maria viola la mayor 2022 how'd she do", "other_surname", "la_other_given", given="maria", surname="viola"),
)

LA_DROPPED: tuple[DevQuestion, ...] = (
    la("wallin poll for la mayor in march?", "dropped_constraint", "la_no_poll", missing=("march",), pollster=WALLIN,
       month=(2022, 3)),
    la("fm3 la mayor poll from 2022", "dropped_constraint", "la_no_poll", missing=("2022",), pollster=FM3, year=2022),
    la("LA mayor: caruso's number in the april berkeley poll of likely voters", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 4), population="lv", person=CARUSO),
    la("bass among registered voters in the feb IGS la mayor poll", "dropped_constraint", "la_poll_pick",
       pollster=BERKELEY, month=(2022, 2), population="rv", person=BASS),
    la("la mayor igs feb poll, likely voters only, who led", "dropped_constraint", "la_poll_pick", pollster=BERKELEY,
       month=(2022, 2), population="lv"),
    la("which unions endorsed caruso for la mayor", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="union"),
    la("what newspapers backed bass in the la mayor race", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="newspaper"),
    la("any celebs endorse kevin de leon for mayor", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="celebrity"),
    la("which union backed bass for la mayor", "dropped_constraint", "endorsers_of", candidate=BASS,
       endorser_type="union"),
    la("newspaper endorsments for de leon la mayor", "dropped_constraint", "endorsers_of", candidate=KDL,
       endorser_type="newspaper"),
    la("how did caruso do with latino voters in the wallin la poll", "dropped_constraint", "la_group_share",
       person=CARUSO, group="Latino", pollster=WALLIN),
    la("igs la mayor poll released in october, black likely voters, what did bass get", "dropped_constraint",
       "la_group_share", person=BASS, group="Black", pollster=BERKELEY, month=(2022, 10), population="lv"),
    la("black voters in the fm3 la mayor poll?", "dropped_constraint", "la_no_group", group="Black", pollster=FM3),
    la("latino voters in the lmu la mayor poll, who's up", "dropped_constraint", "la_no_group", group="Latino",
       pollster=LMU),
    la("who led asian voters in wallin's la mayor poll", "dropped_constraint", "la_group_leader", group="Asian",
       pollster=WALLIN),
    la("caruso primary votes LA mayor (june, not november)", "dropped_constraint", "votes_of", person=CARUSO,
       stage="primary"),
    la("bass share in the LA mayor general, not the primary", "dropped_constraint", "result_of", person=BASS,
       stage="general"),
    la("feuer votes in the november la mayor election", "dropped_constraint", "la_not_in_stage", person="Mike Feuer",
       stage="general"),
    la("jessica lall primary vote total la mayor", "dropped_constraint", "la_not_in_stage", person="Jessica Lall",
       stage="primary"),
    la("who came third in the la mayor general", "dropped_constraint", "no_place", stage="general", place=3),
    la("third place in the LA mayor primary was who", "dropped_constraint", "rank", stage="primary", place=3),
    la("la mayor: who won the june primary?", "dropped_constraint", "winner", stage="primary"),
    la("how many elected officials endorsed caruso for la mayor", "dropped_constraint", "endorser_type_count",
       endorser_type="official", candidate=CARUSO),
    la("how many celebrities backed bass in the LA mayor race", "dropped_constraint", "endorser_type_count",
       endorser_type="celebrity", candidate=BASS),
    la("was the loyola marymount la mayor poll registered voters or likely ones", "dropped_constraint",
       "la_poll_fact", attribute="population",
       pollster=LMU),
    la("sample size of the april igs la mayor poll (likely voters)", "dropped_constraint", "la_poll_fact",
       attribute="sample_size", pollster=BERKELEY, month=(2022, 4), population="lv"),
    la("were there any polls of the la mayoral race in jan 2022, asking for a friend", "dropped_constraint",
       "poll_in_month", year=2022, month=1),
    la("la mayor polls from july 2022?", "dropped_constraint", "poll_in_month", year=2022, month=7),
    la("wallin's la mayor poll: who led among white voters", "dropped_constraint", "la_group_leader", group="White",
       pollster=WALLIN),
    la("who sponsored the lmu poll of the la mayor race", "dropped_constraint", "la_poll_fact", attribute="sponsor",
       pollster=LMU),
    la("de leon among latino likely voters in the april berkeley la poll", "dropped_constraint", "la_group_share",
       person=KDL, group="Latino", pollster=BERKELEY, month=(2022, 4), population="lv"),
)

LA_FACTS: tuple[DevQuestion, ...] = (
    la("ok how many days are left til the LA mayoral primary", "unrouted_fact", "days_until", stage="primary"),
    la("days until the la mayor general election?", "unrouted_fact", "days_until", stage="general"),
    la("how many polls of the la mayor race r there", "unrouted_fact", "la_poll_count"),
    la("margin in the la mayor general", "unrouted_fact", "margin", stage="general"),
    la("total votes cast in the la mayor primary", "unrouted_fact", "total_votes", stage="primary"),
    la("turnout in the la mayor runoff", "unrouted_fact", "turnout_of"),
    la("which candidates quit the la mayoral race", "unrouted_fact", "withdrew"),
    la("how many pollsters polled the la mayor race", "unrouted_fact", "la_pollster_count"),
    la("how many registered voters did LA have for the mayors race", "unrouted_fact", "registered_voters"),
    la("how far behind bass was caruso in the la primary", "unrouted_fact", "gap", first=BASS, second=CARUSO,
       stage="primary"),
    la("where did gina viola finish in the la mayor primary", "unrouted_fact", "place_of", person="Gina Viola",
       stage="primary"),
    la("what day was the very first poll of the la mayor race taken", "unrouted_fact", "first_poll_day"),
    la("whats the highest caruso ever polled in the la mayor race", "unrouted_fact", "la_max_share", person=CARUSO),
    la("de leon's lowest poll number in the la mayor race", "unrouted_fact", "la_min_share", person=KDL),
    la("how many candidates dropped out of la mayor", "unrouted_fact", "withdrawn_count"),
    la("when did obama endorse bass for la mayor", "unrouted_fact", "endorsement_date", endorser="Barack Obama",
       candidate=BASS),
    la("which la mayor poll had the largest sample, and how big", "unrouted_fact", "la_sample_extreme", largest=True),
    la("what party is rick caruso, la mayor", "unrouted_fact", "party_of", person=CARUSO),
    la("when did jessica lall drop out of the LA race", "unrouted_fact", "withdrawal_month", person="Jessica Lall"),
    la("how many names on the la mayor primary ballot", "unrouted_fact", "la_stage_candidate_count", stage="primary"),
    la("number of la mayor polls dated 2021?", "unrouted_fact", "la_poll_count_when", year=2021),
    la("who paid for the august la mayor poll", "unrouted_fact", "la_month_sponsor", year=2022, month=8),
    la("field dates of the wallin la mayor poll", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="field_dates"),
    la("method wallin used for the LA mayor survey", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="method"),
    la("how many endorsements does caruso have, la mayor", "unrouted_fact", "endorsement_count", candidate=CARUSO),
    la("how many days between the la primary and the general", "unrouted_fact", "days_between", first="primary",
       second="general"),
)

LA_OTHER: tuple[DevQuestion, ...] = (
    la("kdl la mayor primary %", "two_spellings", "result_of", person=KDL, stage="primary"),
    la("how many votes did jsamuel jackson pull in the LA mayoral primary", "two_spellings",
       "votes_of", person="John Jackson", stage="primary"),
    la("alex gruenenfelder, how'd he do in the june la mayor primary", "two_spellings",
       "result_of", person="Alex Gruenenfelder Smith",
       stage="primary"),
    la("congresswoman bass la general election share", "two_spellings", "result_of", person=BASS, stage="general"),
    la("kevin deleon running for LA mayor?", "two_spellings", "is_running", person=KDL),
    la("city attorney mike feuer, did he drop out of la mayor", "two_spellings", "did_withdraw", person="Mike Feuer"),
    la("craig e. greiwe la mayor primary votes", "two_spellings", "votes_of", person="Craig Greiwe", stage="primary"),
    la("did caruso win la mayor", "swallowed", "outcome", person=CARUSO),
    la("how many votes did kim get in the la mayor primary", "swallowed", "votes_of", person="Andrew Kim",
       stage="primary"),
    la("what did viola get la mayor primary", "swallowed", "result_of", person="Gina Viola", stage="primary"),
    la("who did buscaino endorse la mayor", "swallowed", "endorsed_by", endorser="Joe Buscaino"),
    la("is wilson still running for la mayor", "swallowed", "is_running", person="Mel Wilson"),
    la("who did varma back for mayor of la", "swallowed", "endorsed_by", endorser="Ramit Varma"),
    la("how did bass do vs caruso in the la primary", "swallowed", "la_results_of", people=(BASS, CARUSO),
       stage="primary"),
    la("so who ended up winning mayor of los angeles", "ordinary", "leader"),
    la("so who all is on the ballot for mayor of LA", "ordinary", "candidates"),
    la("which two made it to the la mayoral runoff", "ordinary", "top_two", stage="primary"),
    la("when is the la mayor primary", "ordinary", "election_date", stage="primary"),
    la("which firms have polled the mayor of LA race", "ordinary", "pollsters"),
    la("who endorsed de leon for la mayor", "ordinary", "endorsers_of", candidate=KDL),
)

REAL_OTHER_SURNAME: tuple[DevQuestion, ...] = (
    real("david pardue georgia senate 2020 polls", "other_surname", "no_person", surname="pardue"),
    real("how was martha mcnally polling in the 2018 az senate race", "other_surname", "no_person", surname="mcnally"),
    real("ruben gallegos arizona senate 2024 polling", "other_surname", "no_person", surname="gallegos"),
    real("jon lester montana senate 2024 numbers", "other_surname", "no_person", surname="lester"),
    real("dave mccormack pa senate 2024 poll", "other_surname", "no_person", surname="mccormack"),
    real("sherrod browne ohio senate 2024", "other_surname", "no_person", surname="browne"),
    real("ted crum texas senate 2024 polls", "other_surname", "no_person", surname="crum"),
    real("dan osborne nebraska senate 2024 how's he doing", "other_surname", "no_person", surname="osborne"),
    real("deb fincher nebraska senate 2024", "other_surname", "no_person", surname="fincher"),
    real("don baron ne-2 house 2022 poll", "other_surname", "no_person", surname="baron"),
    real("donald crump 2024 polls", "other_surname", "no_person", surname="crump"),
    real("how's kamala farris polling for 2024", "other_surname", "no_person", surname="farris"),
    real("nikki haney 2024 polls", "other_surname", "no_person", surname="haney"),
    real("brian kempf georgia governor 2018", "other_surname", "no_person", surname="kempf"),
    real("thom hillis north carolina senate race 2020", "other_surname", "no_person", surname="hillis"),
    real("susan hollins numbers in the maine senate race 2020?", "other_surname", "no_person", surname="hollins"),
    real("cory gartner colorado senate 2020 polls", "other_surname", "no_person", surname="gartner"),
    real("steve gaines montana senate 2020", "other_surname", "no_person", surname="gaines"),
    real("mitch mcdonnell ky senate 2020 polls pls", "other_surname", "no_person", surname="mcdonnell"),
    real("gavin newsome california governor 2018", "other_surname", "no_person", surname="newsome"),
    real("is kevin kramer ahead in the 2018 north dakota senate race", "other_surname", "no_person", surname="kramer"),
    real("larry bogan maryland senate 2024", "other_surname", "no_person", surname="bogan"),
    real("steve garver california senate 2024", "other_surname", "no_person", surname="garver"),
    real("scott kelly arizona senate polls 2020", "other_surname", "files_other_given", given="scott",
         surname="kelly"),
    real("jim casey pa senate 2024", "other_surname", "files_other_given", given="jim", surname="casey"),
)

REAL_DROPPED: tuple[DevQuestion, ...] = (
    real("marquette poll of the 2018 arizona senate race", "dropped_constraint", "latest_poll",
         pollster="Marquette University Law School", **AZ18),
    real("selzer poll ga senate 2020 perdue ossoff", "dropped_constraint", "latest_poll", pollster="Selzer & Co.",
         **GA20),
    real("latest quinnipiac poll texas senate 2018 cruz orourke", "dropped_constraint", "latest_poll",
         pollster="Quinnipiac University", **TX18),
    real("newest emerson poll pa senate 2024", "dropped_constraint", "latest_poll", pollster="Emerson", **PA24),
    real("marquette's last wisconsin senate 2024 poll", "dropped_constraint", "latest_poll",
         pollster="Marquette Law School", **WI24),
    real("f&m poll pa senate 2018 casey barletta", "dropped_constraint", "latest_poll",
         pollster="Franklin & Marshall College", **PA18),
    real("berkeley poll of the 2024 california senate race", "dropped_constraint", "latest_poll",
         pollster="UC Berkeley", **CA24),
    real("ppic california senate 2024 latest", "dropped_constraint", "latest_poll", pollster="PPIC", **CA24),
    real("berkeley poll ca-25 2018 katie hill", "dropped_constraint", "latest_poll",
         pollster="University of California, Berkeley", **R("CA", "house", 2018, 25)),
    real("last runoff poll ga senate 2020 perdue vs ossoff", "dropped_constraint", "stage_latest_poll",
         stage="runoff", **GA20),
    real("registered voter poll az senate 2024 most recent", "dropped_constraint", "population_latest_poll",
         population="rv", **AZ24),
    real("montana senate 2024 polls from may 2023", "dropped_constraint", "poll_in_month", year=2023, month=5, **MT24),
    real("az senate 2018 polls in may 2018", "dropped_constraint", "poll_in_month", year=2018, month=5, **AZ18),
    real("harris votes in denver county colorado 2024", "dropped_constraint", "county_votes", path=CO, contest=PRES,
         choice_word="harris", county="Denver"),
    real("who carried el paso county colorado for president 2024", "dropped_constraint", "county_winner", path=CO,
         contest=PRES, county="El Paso"),
    real("turnout in boulder county, colorado 2024 general", "dropped_constraint", "clarity_turnout", path=CO,
         county="Boulder"),
    real("registered voters in pueblo county colorado 2024", "dropped_constraint", "clarity_voters", path=CO,
         county="Pueblo"),
    real("ossoff absentee by mail votes atkinson county", "dropped_constraint", "clarity_type_votes", path=GA,
         contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    real("warnock votes in pearson city precinct atkinson county", "dropped_constraint", "clarity_precinct_votes",
         path=GA, contest=LOEFFLER, choice_word="warnock", precinct="Pearson City"),
    real("who won willacoochee precinct in the perdue ossoff race", "dropped_constraint", "clarity_precinct_winner",
         path=GA, contest=PERDUE, precinct="Willacoochee"),
    real("jon tester polls back in 2018", "dropped_constraint", "person", name="Jon Tester", cycle=2018),
    real("john james house race polls, not senate", "dropped_constraint", "person", name="John James",
         office="house"),
    real("kari lake az senate 2018 numbers", "dropped_constraint", "absent_from_race", name="Kari Lake",
         surname="lake", **AZ18),
    real("emerson's kari lake number az senate 2024", "dropped_constraint", "person_share", pollster="Emerson",
         name="Kari Lake", **AZ24),
    real("epic-mra michigan governor 2018 poll, who leads", "dropped_constraint", "file_poll_leader",
         pollster="EPIC-MRA", **R("MI", "governor", 2018)),
    real("how many morning consult polls of the ga senate 2020 perdue race", "dropped_constraint",
         "pollster_poll_count", pollster="Morning Consult", **GA20),
    real("ga senate special 2020 latest runoff poll warnock loeffler", "dropped_constraint", "stage_latest_poll",
         stage="runoff", **GA20S),
    real("jungle primary polls of the ga special senate 2020, last one?", "dropped_constraint", "stage_latest_poll",
         stage="jungle primary", **GA20S),
    real("adults poll of the 2024 president race nationally, newest", "dropped_constraint", "population_latest_poll",
         population="a", **R(None, "president", 2024)),
    real("harris colorado votes in el paso county", "dropped_constraint", "county_votes", path=CO, contest=PRES,
         choice_word="harris", county="El Paso"),
)

REAL_FACTS: tuple[DevQuestion, ...] = (
    real("how many polls of the az senate race in 2018", "unrouted_fact", "poll_count", **AZ18),
    real("how many candidates in the ga senate special 2020 polls", "unrouted_fact", "candidate_count", **GA20S),
    real("how many pollsters did nevada senate 2024", "unrouted_fact", "pollster_count", **NV24),
    real("when was the last montana senate 2024 poll", "unrouted_fact", "newest_poll_date", **MT24),
    real("first ohio senate 2024 poll date", "unrouted_fact", "first_poll_date", **OH24),
    real("selzer sample size iowa governor 2018", "unrouted_fact", "poll_attribute", pollster="Selzer & Co.",
         attribute="sample_size", **IAGOV18),
    real("who sponsored selzer's iowa governor 2018 poll", "unrouted_fact", "poll_attribute",
         pollster="Selzer & Co.", attribute="sponsor", **IAGOV18),
    real("field dates for quinnipiac's texas senate 2018 poll", "unrouted_fact", "poll_attribute",
         pollster="Quinnipiac University", attribute="field_dates", **TX18),
    real("how many votes were cast for president in colorado in 2024 all together", "unrouted_fact",
        "count_total", path=CO, contest=PRES),
    real("perdue margin over ossoff in atkinson county", "unrouted_fact", "count_margin", path=GA, contest=PERDUE),
    real("how many candidates on the loeffler special ballot in atkinson", "unrouted_fact", "count_candidates",
         path=GA, contest=LOEFFLER),
    real("how many votes between collins and loeffler in atkinson county", "unrouted_fact", "count_gap", path=GA,
         contest=LOEFFLER, first_word="collins", second_word="loeffler"),
    real("where did warnock place in atkinson county special", "unrouted_fact", "count_place", path=GA,
         contest=LOEFFLER, choice_word="warnock"),
    real("trump's share in colorado 2024", "unrouted_fact", "count_share", path=CO, contest=PRES, choice_word="trump"),
    real("how many registered voters in colorado for the 2024 general", "unrouted_fact", "clarity_voters", path=CO),
    real("what was turnout in atkinson county ga in the 2020 general", "unrouted_fact", "clarity_turnout", path=GA),
    real("how many runoff polls ga senate perdue ossoff 2020", "unrouted_fact", "stage_poll_count", stage="runoff",
         **GA20),
    real("colorado amendment j 2024 yes vs no", "unrouted_fact", "measure_result", path=CO,
         contest="Amendment J (CONSTITUTIONAL)"),
    real("atkinson county constitutional amendment 1 result 2020", "unrouted_fact", "measure_result", path=GA,
         contest="Constitutional Amendment #1"),
    real("ballots cast in axson precinct atkinson county", "unrouted_fact", "clarity_precinct_ballots", path=GA,
         precinct="Axson"),
    real("warnock's vote total atkinson county", "unrouted_fact", "count_votes", path=GA, contest=LOEFFLER,
         choice_word="warnock"),
    real("who won colorado 2024 for president", "unrouted_fact", "count_winner", path=CO, contest=PRES),
    real("tester's best poll number montana senate 2024", "unrouted_fact", "file_max_share", name="Jon Tester",
         **MT24),
    real("how many pollsters polled co-3 in 2022 (boebert frisch)", "unrouted_fact", "pollster_count",
         **R("CO", "house", 2022, 3)),
    real("who carried wisconsin in the 2024 presidential, official count", "unrouted_fact", "medsl_winner",
         state_po="WI"),
)

REAL_OTHER: tuple[DevQuestion, ...] = (
    real("bernie sanders vermont senate 2018 polls", "two_spellings", "person", name="Bernard Sanders", cycle=2018),
    real("jim justice polling in the west virginia governor race 2020", "two_spellings",
        "person", name="James Justice", cycle=2020),
    real("tim walz mn governor 2018", "two_spellings", "person", name="Timothy J. Walz", cycle=2018),
    real("jb pritzker il governor 2018 polls", "two_spellings", "person", name="Jay Pritzker", cycle=2018),
    real("mike dewine ohio governor 2018", "two_spellings", "person", name="Michael DeWine", cycle=2018),
    real("tom wolf pa governor 2018 how's he polling", "two_spellings", "person", name="Thomas W. Wolf", cycle=2018),
    real("tim kaine va senate 2024", "two_spellings", "person", name="Timothy Michael Kaine", cycle=2024),
    real("how is lake doing in arizona 2024 senate", "swallowed", "person", name="Kari Lake", cycle=2024),
    real("did hazel get many votes in atkinson county, the regular ga senate race 2020", "swallowed",
        "count_votes", path=GA,
         contest=PERDUE, choice_word="hazel"),
    real("what did collins get in the ga special senate race in atkinson county", "swallowed", "count_votes", path=GA,
         contest=LOEFFLER, choice_word="collins"),
    real("where does brown stand ohio senate 2024", "swallowed", "person", name="Sherrod Brown", cycle=2024),
    real("how much is rosen up nevada senate 2024", "swallowed", "person", name="Jacky S. Rosen", cycle=2024),
    real("will scott win florida senate 2024", "swallowed", "person", name="Rick Scott", cycle=2024),
    real("what's king polling at maine senate 2024", "swallowed", "person", name="Angus S. King Jr.", cycle=2024),
    real("who's leading texas senate 2024", "ordinary", "leader", **TX24),
    real("who is running for nebraska senate 2024, the regular seat", "ordinary", "candidates", **NE24),
    real("who polls michigan senate 2024 the most", "ordinary", "pollsters", **MI24),
    real("atkinson county, the loeffler special senate race: who got the most votes", "ordinary",
        "count_winner", path=GA, contest=LOEFFLER),
    real("tester vs sheehy 2024", "ordinary", "compare", first="Jon Tester", second="Tim Sheehy"),
    real("who's ahead nc senate 2020", "ordinary", "leader", **NC20),
)

FRESH18_SET: tuple[DevQuestion, ...] = (
    LA_OTHER_SURNAME + LA_DROPPED + LA_FACTS + LA_OTHER + REAL_OTHER_SURNAME + REAL_DROPPED + REAL_FACTS + REAL_OTHER)
