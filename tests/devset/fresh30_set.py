"""The thirtieth fresh dev batch: Spanish only, the LA mayor race and the real files, as US and Latin American
Spanish speakers type it on Discord.

Written by a helper session that read neither the engine (`bot/`, `cogs/`), the sealed rows, the other dev rows (only
the docstring of `fresh25_set.py`, for the format) nor `tests/engine/*`: only the machinery
(`tests/sealed/question.py`, `check.py`, `expect.py`, `score.py`, `files.py`, `bundle.py`, `derive_la.py`,
`derive_files.py`; `tests/devset/question.py`, `score.py`, `overlap.py`, `derive_more.py`, the READMEs), the LA
bundles and the real files. Races, pollsters, months, populations, stages, subgroups, counties and precincts were
listed with scripts over `la_race()`, `poll_races()` and the Clarity files; other surnames were found with a script:
1990 Census surnames (`names` package, >= 0.002%) within a few letters of a candidate's surname, checked absent from
the data asked about (LA: carrasco, baez, villa, ferrer, garza, bustamante, leal, parra, herrera, navarro, cano;
files: gallardo, zamora, valadez, velasquez, herrera, garza, dominguez, quintero, lugo, guerrero, carrillo), and a
candidate's surname with another given name ("rosa caruso", "lupe bass", "carlos de leon", "jorge viola", "maria
kim"; "carlos salazar", "juan flores", "ana vasquez", "roberto garcia", "luis gonzalez").

What it hunts: confident answers to another question. People the LA bundles name who never ran, asked as if they
had (Alex Padilla, Gil Cedillo, Nury Martinez, Antonio Villaraigosa: endorsers; Gavin Newsom, who a source says had
not endorsed, asked whom he backed); pollsters with no poll of the race asked who poll other races of the files
(Berkeley and Latino Decisions of Texas's 2024 Senate race, FM3 of New Mexico's 2018 governor race, Wallin of
California's 2018 Senate race, Univision of Arizona's 2024 Senate race, Emerson of LA); a month, population, group of
voters, year, stage or vote type a poll or count lacks (Wallin in August, LMU among likely voters, Asian voters in
Berkeley's November poll, Latinos in FM3's, FM3 in 2022, July 2022, El Nuevo Dia in August 2020, Quinnipiac's runoff
poll in Georgia, mail votes in Colorado's file, Bexar County); places inside LA the results do not split ("el sur de
la", Orange County); a person of the files asked of a race they are not in (Kevin de Leon in California's 2024 Senate
race, Lupe Valdez in 2022). Facts asked the Spanish way (cuantos votos, en que lugar quedo, hasta abajo, por cuanto
gano, participacion, tamano de la muestra, quien la pago, fechas, metodo, adultos o votantes, cuantos candidatos,
quien se retiro / se salio, cuantas encuestas / encuestadoras, cuantos dias faltan, votantes registrados). Spanish
chat words next to names and constraints: "pa" for "para", "la de X" for "X's poll", "neta", "wey", "oye", "q",
glued words ("dondequedo", "quienapoyo", "ossoffquedo", "quiengano"), b/v typos ("gina biola", "ramit barma"),
accents written and not, nicknames ("kdl", "deb", "greg", "steve", "richard caruso", "la alcaldesa bass").
Every year or race is named where the words alone would not pick one (the day asked is 2022-06-01).

No new derivation: every expectation comes from `derive_la`, `derive_files` or `derive_more` as they were.

196 rows, all group "es": 98 with source "la", 98 with source "files". By kind: ordinary 32 (la 16, files 16),
swallowed 32 (16 + 16), other_surname 32 (16 + 16), two_spellings 32 (16 + 16), dropped_constraint 34 (17 + 17),
unrouted_fact 34 (17 + 17).

Before any score: 213 first drafts were cut to 196 (facts asked twice, a second vote-type row); a draft whose
surname ("salinas") a candidate of the files has was replaced ("zamora"); three drafts were tightened by reading the
data alone: "la encuesta de fm3 de 2022 pa alcalde" could mean FM3's (2021) poll of the 2022 race, now "fm3 saco
alguna encuesta de alcalde de la durante el 2022?"; Colorado's presidential total (the Clarity file's 3,190,873 and
MEDSL's 3,192,745 differ) and its third place (asked twice) were replaced by Atkinson County's special Senate count.
Eight drafts equal to dev phrasings (the overlap check printed only this module's rows) were reworded ("y la
participacion en la de alcalde de los angeles de cuanto fue?", "quien se llevo colorado en la presidencial del
2024", "harris le gano a trump en colorado por cuantos votos" ...).

First score, rows as first written, engine at `ca6b455`:
```
overall: 174/196 right (88.8%), 3 ruled out
  group es                   174/196 right (88.8%), 3 ruled out
  kind ordinary             29/32 right (90.6%), 0 ruled out
  kind swallowed            23/32 right (71.9%), 0 ruled out
  kind other_surname        32/32 right (100.0%), 0 ruled out
  kind two_spellings        30/32 right (93.8%), 0 ruled out
  kind dropped_constraint   27/34 right (79.4%), 3 ruled out
  kind unrouted_fact        33/34 right (97.1%), 0 ruled out
ruled_out: 3
grades: {'right': 174, 'wrong': 19, 'ruled_out': 3}
```

Corrections after the first score (the misses read only to judge whether a row itself was unfair):
- "cuanto saco biden en el condado de atkinson georgia" -> "... georgia en 2020": no year, and Biden is also a
  candidate of the files' 2024 Georgia presidential polls, so "no county results for 2024" was a fair reading.
- "como le fue a xochitl torres en 2020" -> "como iba xochitl torres en las encuestas de 2020": "como le fue" asks
  how she did, a result the files do not have for that race; the row meant her polls.
The other misses stay: each row's words pick one race, poll and person the data holds ("pa" is "para", "la de X" is
X's poll, "neta" is slang, "hasta abajo" is last place, "comisionada residente" is Puerto Rico's House seat, "deb" is
Debbie Mucarsel-Powell, glued words are one person and one question).

Score after the corrections (`--module tests.devset.fresh30_set`, same engine):
```
overall: 175/196 right (89.3%), 3 ruled out
  group es                   175/196 right (89.3%), 3 ruled out
  kind ordinary             29/32 right (90.6%), 0 ruled out
  kind swallowed            23/32 right (71.9%), 0 ruled out
  kind other_surname        32/32 right (100.0%), 0 ruled out
  kind two_spellings        31/32 right (96.9%), 0 ruled out
  kind dropped_constraint   27/34 right (79.4%), 3 ruled out
  kind unrouted_fact        33/34 right (97.1%), 0 ruled out
ruled_out: 3
grades: {'right': 175, 'wrong': 18, 'ruled_out': 3}
```
The three ruled out: "cuanto saca caruso entre los asiaticos en la de berkeley de noviembre" (answered with the
September/October poll's Asian voters, the month dropped); "votos de bass en el sur de la en la primaria" (her
citywide primary result, the area dropped); "fm3 saco alguna encuesta de alcalde de la durante el 2022?" (FM3's 2021
poll, the year dropped).
"""

from __future__ import annotations

from tests.devset.question import maker

la = maker("es", "la")
fi = maker("es", "files")

# LA people and pollsters, as the bundles name them
BASS, CARUSO, KDL, VIOLA = "Karen Bass", "Rick Caruso", "Kevin de León", "Gina Viola"
WILSON, GREIWE, KIM, SMITH = "Mel Wilson", "Craig Greiwe", "Andrew Kim", "Alex Gruenenfelder Smith"
JACKSON, BUSCAINO, FEUER, VARMA, LALL = "John Jackson", "Joe Buscaino", "Mike Feuer", "Ramit Varma", "Jessica Lall"
IGS = "UC Berkeley Institute of Governmental Studies"
LMU = "Loyola Marymount University Center for the Study of Los Angeles (StudyLA)"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
WALLIN = "J. Wallin Opinion Research"
NOT_RUN = ("candidat*", "postul*", "ran", "running", "ballot", "boleta")
NOT_BACKED = ("endors*", "apoy*", "respald*")

# races of the files, by the words that pick them
PR_GOV = {"state": "PR", "office": "governor", "cycle": 2020}
PR_HOUSE = {"state": "PR", "office": "house", "cycle": 2020, "district": 1}
TX34 = {"state": "TX", "office": "house", "cycle": 2022, "district": 34}
TX15 = {"state": "TX", "office": "house", "cycle": 2022, "district": 15}
FL27 = {"state": "FL", "office": "house", "cycle": 2022, "district": 27}
NM2 = {"state": "NM", "office": "house", "cycle": 2022, "district": 2}
TX_GOV18 = {"state": "TX", "office": "governor", "cycle": 2018}
TX_SEN24 = {"state": "TX", "office": "senate", "cycle": 2024}
AZ_GOV18 = {"state": "AZ", "office": "governor", "cycle": 2018}
AZ_SEN24 = {"state": "AZ", "office": "senate", "cycle": 2024}
NM_SEN24 = {"state": "NM", "office": "senate", "cycle": 2024}
NM_GOV18 = {"state": "NM", "office": "governor", "cycle": 2018}
CA_SEN18 = {"state": "CA", "office": "senate", "cycle": 2018}
FL_SEN24 = {"state": "FL", "office": "senate", "cycle": 2024}
NV_SEN24 = {"state": "NV", "office": "senate", "cycle": 2024}
GA_SEN20 = {"state": "GA", "office": "senate", "cycle": 2020}
CO = "clarity/co_2024_general_detail.xml"
GA = "clarity/ga_atkinson_2020_general_precinct.xml"
PRES = "Presidential Electors"
PERDUE = "US Senate (Perdue)"
SPECIAL = "US Senate (Loeffler) - Special"
END = "El Nuevo Día/The Research Office"

LA_ROWS = (
    # ---------------------------------------------------------------- ordinary
    la("oigan al final quien se quedo con la alcaldia de los angeles", "ordinary", "winner", stage="general"),
    la("quienes se postularon pa alcalde de LA en 2022?", "ordinary", "candidates"),
    la("quien apoya a karen bass? la lista porfa", "ordinary", "endorsers_of", candidate=BASS),
    la("a quien le dio su apoyo el la times en la carrera de alcalde", "ordinary", "endorsed_by",
       endorser="Los Angeles Times"),
    la("cuando es la primaria pa alcalde de los angeles, alguien sabe?", "ordinary", "election_date", stage="primary"),
    la("cual es la encuesta mas nueva de alcalde de LA", "ordinary", "latest_poll"),
    la("bass o caruso, quien va arriba wey", "ordinary", "compare", first=BASS, second=CARUSO),
    la("kevin de leon sigue en la pelea pa alcalde?", "ordinary", "is_running", person=KDL),
    la("que onda con gina viola, quien es esa candidata", "ordinary", "profile", person=VIOLA),
    la("que encuestadoras midieron la carrera de alcalde de la", "ordinary", "pollsters"),
    la("quienes respaldan a rick caruso pa la alcaldia", "ordinary", "endorsers_of", candidate=CARUSO),
    la("y la segunda vuelta de alcalde en los angeles pa cuando es", "ordinary", "election_date", stage="general"),
    la("que dice la encuesta de wallin de alcalde de LA", "ordinary", "latest_poll", pollster=WALLIN),
    la("la de loyola marymount pa alcalde que decia", "ordinary", "latest_poll", pollster=LMU),
    la("neta quien lleva la delantera pa alcalde de los angeles", "ordinary", "leader"),
    la("caruso gano o perdio la alcaldia?", "ordinary", "outcome_es", person=CARUSO),
    # ---------------------------------------------------------------- swallowed
    la("cuantoz votos saco bass en la primaria de alcalde", "swallowed", "votes_of", person=BASS, stage="primary"),
    la("caruso cuanto saco en noviembre pa alcalde", "swallowed", "result_of", person=CARUSO, stage="general"),
    la("porcentaje de viola en la primaria de la", "swallowed", "result_of", person=VIOLA, stage="primary"),
    la("dondequedo de leon en la primaria de alcalde", "swallowed", "place_of", person=KDL, stage="primary"),
    la("por cuanto le gano bass a caruso en la general de la", "swallowed", "margin", stage="general"),
    la("quienapoyo a de leon pa alcalde", "swallowed", "endorsers_of", candidate=KDL),
    la("feuer a quien apoyo cuando se bajo de la carrera", "swallowed", "endorsed_by", endorser=FEUER),
    la("mel wilson cuanto saco en la primaria, el realtor", "swallowed", "result_of", person=WILSON, stage="primary"),
    la("andrew kim cuantos votos tuvo en junio pa alcalde", "swallowed", "votes_of", person=KIM, stage="primary"),
    la("greiwe q porcentaje saco en la de alcalde", "swallowed", "result_of", person=GREIWE, stage="primary"),
    la("a quien le dio el apoyo buscaino despues de bajarse", "swallowed", "endorsed_by", endorser=BUSCAINO),
    la("cuando se bajo lall de la carrera de alcalde", "swallowed", "withdrawal_month", person=LALL),
    la("de leon de que partido es, el de la alcaldia", "swallowed", "party_of", person=KDL),
    la("jackson cuanto saco en la primaria de alcalde de la", "swallowed", "result_of", person=JACKSON,
       stage="primary"),
    la("bass cuanto llevaba en la de berkeley de agosto", "swallowed", "la_poll_pick", pollster=IGS,
       month=(2022, 8), person=BASS),
    la("caruso maximo a cuanto llego en las encuestas de alcalde", "swallowed", "la_max_share", person=CARUSO),
    # ---------------------------------------------------------------- other surnames
    la("como va ricardo carrasco en la alcaldia de la", "other_surname", "nobody", missing=("carrasco",)),
    la("cuantos votos saco karen baez pa alcalde", "other_surname", "nobody", missing=("baez",)),
    la("gina villa en que lugar quedo en la primaria de los angeles", "other_surname", "nobody",
       missing=("villa",)),
    la("mike ferrer se bajo de la carrera de alcalde?", "other_surname", "nobody", missing=("ferrer",)),
    la("ramon garza pa alcalde de los angeles como va", "other_surname", "nobody", missing=("garza",)),
    la("la concejal bustamante apoyo a bass o a caruso?", "other_surname", "nobody", missing=("bustamante",)),
    la("kevin leal cuantos votos tuvo en la primaria de la", "other_surname", "nobody", missing=("leal",)),
    la("y rosa caruso q onda, gano algo?", "other_surname", "la_other_given", given="rosa", surname="caruso"),
    la("lupe bass como iba en las encuestas de alcalde", "other_surname", "la_other_given", given="lupe",
       surname="bass"),
    la("carlos de leon cuanto saco pa alcalde de los angeles", "other_surname", "la_other_given", given="carlos",
       surname="leon"),
    la("jorge viola en la primaria de alcalde cuantos votos", "other_surname", "la_other_given", given="jorge",
       surname="viola"),
    la("andres parra de que partido es, el que corrio pa alcalde de la", "other_surname", "nobody",
       missing=("parra",)),
    la("quien es el candidato herrera de la alcaldia de los angeles", "other_surname", "nobody",
       missing=("herrera",)),
    la("maria kim cuantos votos saco en la primaria de la", "other_surname", "la_other_given", given="maria",
       surname="kim"),
    la("cuanto saco luis navarro pa alcalde de los angeles", "other_surname", "nobody", missing=("navarro",)),
    la("alex cano en que lugar quedo en la de alcalde", "other_surname", "nobody", missing=("cano",)),
    # ---------------------------------------------------------------- two spellings
    la("cuantos votos saco kevin deleon en la primaria", "two_spellings", "votes_of", person=KDL, stage="primary"),
    la("la congresista bass gano la alcaldia o no", "two_spellings", "outcome_es", person=BASS),
    la("rick carusso cuantos votos tuvo en noviembre", "two_spellings", "votes_of", person=CARUSO,
       stage="general"),
    la("kdl en q lugar quedo al final", "two_spellings", "place_of", person=KDL, stage="primary"),
    la("joseph buscaino se retiro de la de alcalde?", "two_spellings", "did_withdraw", person=BUSCAINO),
    la("michael feuer a quien apoyo pa alcalde", "two_spellings", "endorsed_by", endorser=FEUER),
    la("jsamuel jackson cuanto saco en la primaria", "two_spellings", "result_of", person=JACKSON, stage="primary"),
    la("alex gruenenfelder cuanto porcentaje saco en la primaria", "two_spellings", "result_of", person=SMITH,
       stage="primary"),
    la("craig e. greiwe en que lugar termino en la primaria", "two_spellings", "place_of", person=GREIWE,
       stage="primary"),
    la("richard caruso cuanto saco en la general de alcalde", "two_spellings", "result_of", person=CARUSO,
       stage="general"),
    la("karen bas vs rick caruso en las encuestas", "two_spellings", "compare", first=BASS, second=CARUSO),
    la("quienes apoyaron a kevin de león pa alcalde", "two_spellings", "endorsers_of", candidate=KDL),
    la("gina biola en q lugar quedo en la primaria", "two_spellings", "place_of", person=VIOLA, stage="primary"),
    la("ramit barma a quien apoyo cuando se salio", "two_spellings", "endorsed_by", endorser=VARMA),
    la("jesica lal cuando se bajo de la alcaldia", "two_spellings", "withdrawal_month", person=LALL),
    la("la alcaldesa bass cuanto saco en la general", "two_spellings", "result_of", person=BASS, stage="general"),
    # ---------------------------------------------------------------- dropped constraints
    la("hay encuesta de emerson pa alcalde de los angeles?", "dropped_constraint", "nobody", missing=("emerson",)),
    la("la encuesta de wallin de agosto pa alcalde de la", "dropped_constraint", "la_no_poll",
       missing=("august", "agosto"), pollster=WALLIN, month=(2022, 8)),
    la("la de loyola marymount entre votantes probables que decia", "dropped_constraint", "la_no_poll",
       missing=("likely", "probable*"), pollster=LMU, population="lv"),
    la("cuanto saca caruso entre los asiaticos en la de berkeley de noviembre", "dropped_constraint",
       "la_no_group", group="Asian", pollster=IGS, month=(2022, 11)),
    la("bass entre latinos en la encuesta de fm3 de alcalde", "dropped_constraint", "la_no_group",
       group="Latino", pollster=FM3),
    la("votos de bass en el sur de la en la primaria", "dropped_constraint", "la_no_area_result",
       area=("sur", "south"), stage="primary"),
    la("encuesta de julio 2022 pa alcalde de los angeles", "dropped_constraint", "poll_in_month", year=2022,
       month=7),
    la("caruso entre votantes negros segun la de wallin", "dropped_constraint", "la_group_share", person=CARUSO,
       group="Black", pollster=WALLIN),
    la("en la de berkeley de febrero entre registrados cuanto tenia bass", "dropped_constraint", "la_poll_pick",
       pollster=IGS, month=(2022, 2), population="rv", person=BASS),
    la("cuantos votos saco bass en el condado de orange en la general", "dropped_constraint",
       "la_no_area_result", area=("orange",), stage="general"),
    la("fm3 saco alguna encuesta de alcalde de la durante el 2022?", "dropped_constraint", "la_no_poll",
       missing=("2022",), pollster=FM3, year=2022),
    la("los latinos con quien estaban en la de berkeley de abril", "dropped_constraint", "la_group_leader",
       group="Latino", pollster=IGS, month=(2022, 4)),
    la("que periodicos respaldaron a caruso", "dropped_constraint", "endorsers_of", candidate=CARUSO,
       endorser_type="newspaper"),
    la("que famosos apoyaron a de leon pa alcalde", "dropped_constraint", "la_lacks", lacks="endorsers_of",
       said=("celebrit*", "famos*"), candidate=KDL, endorser_type="celebrity"),
    la("cuantos votos saco alex padilla pa alcalde", "dropped_constraint", "la_not_candidate",
       name="Alex Padilla", said=NOT_RUN),
    la("gil cedillo paso a la segunda vuelta de alcalde?", "dropped_constraint", "la_not_candidate",
       name="Gil Cedillo", said=NOT_RUN),
    la("a quien apoyo gavin newsom pa alcalde de la", "dropped_constraint", "la_not_endorser",
       name="Gavin Newsom", said=NOT_BACKED),
    # ---------------------------------------------------------------- facts
    la("cuantos votos hubo en total en la general de alcalde de la", "unrouted_fact", "total_votes",
       stage="general"),
    la("y la participacion en la de alcalde de los angeles de cuanto fue?", "unrouted_fact", "turnout_of"),
    la("de cuanto fue la muestra de la encuesta de wallin", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sample_size"),
    la("quien pago la encuesta de wallin de alcalde", "unrouted_fact", "poll_attribute", pollster=WALLIN,
       attribute="sponsor"),
    la("cuantos candidatos habia en la boleta de alcalde de la", "unrouted_fact", "candidate_count",
       on_ballot=True),
    la("quienes se bajaron de la carrera de alcalde de los angeles", "unrouted_fact", "withdrew"),
    la("cuantas encuestas hay de la alcaldia de la en total", "unrouted_fact", "la_poll_count"),
    la("en que fechas se hizo la de loyola marymount", "unrouted_fact", "poll_attribute", pollster=LMU,
       attribute="field_dates"),
    la("quien quedo de tercero en la primaria de alcalde", "unrouted_fact", "rank", stage="primary", place=3),
    la("quien quedo hasta abajo en la primaria de alcalde de la", "unrouted_fact", "rank", stage="primary",
       place=-1),
    la("cuantos dias faltan pa la segunda vuelta en LA", "unrouted_fact", "days_until", stage="general"),
    la("por cuantos puntos gano bass la primaria de alcalde", "unrouted_fact", "margin", stage="primary"),
    la("cuantos votantes registrados hay en la ciudad de los angeles", "unrouted_fact", "registered_voters"),
    la("oye cuantos candidatos se salieron de la carrera de alcalde de la", "unrouted_fact", "withdrawn_count"),
    la("quien pago la encuesta de mayo de alcalde de los angeles", "unrouted_fact", "la_month_sponsor",
       year=2022, month=5),
    la("en que lugar quedo nury martinez en la primaria de alcalde", "unrouted_fact", "la_not_candidate",
       name="Nury Martinez", said=NOT_RUN),
    la("antonio villaraigosa cuanto saco en la primaria de alcalde 2022", "unrouted_fact", "la_not_candidate",
       name="Antonio Villaraigosa", said=NOT_RUN),
)

FILES_ROWS = (
    # ---------------------------------------------------------------- ordinary
    fi("quien va ganando en el distrito 34 de texas 2022", "ordinary", "leader", **TX34),
    fi("encuestas del senado de nuevo mexico 2024, quien va arriba", "ordinary", "leader", **NM_SEN24),
    fi("quienes son los candidatos a gobernador de puerto rico 2020", "ordinary", "candidates", **PR_GOV),
    fi("la ultima encuesta del senado de texas 2024 porfa", "ordinary", "latest_poll", **TX_SEN24),
    fi("que tal le va a ruben gallego alla en arizona", "ordinary", "person", name="Ruben Gallego"),
    fi("maria elvira salazar vs annette taddeo quien gana", "ordinary", "compare", first="María Elvira Salazar",
       second="Annette Taddeo"),
    fi("quien encuesto mas el senado de florida 2024", "ordinary", "pollsters", **FL_SEN24),
    fi("lupe valdez como iba contra abbott en 2018", "ordinary", "compare", first="Lupe Valdez",
       second="Gregory W. Abbott"),
    fi("gobernador de nuevo mexico 2018 quien lideraba las encuestas", "ordinary", "leader", **NM_GOV18),
    fi("mucarsel-powell contra rick scott 2024 como esta", "ordinary", "compare", first="Debbie Mucarsel-Powell",
       second="Rick Scott", cycle=2024),
    fi("quien se llevo colorado en la presidencial del 2024", "ordinary", "count_winner", path=CO, contest=PRES),
    fi("como le fue a jon ossoff en el condado de atkinson", "ordinary", "count_votes", path=GA, contest=PERDUE,
       choice_word="ossoff"),
    fi("gabriel vasquez del distrito 2 de nuevo mexico como va", "ordinary", "person", name="Gabriel Vasquez"),
    fi("quien gano nuevo mexico en la presidencial del 2024, los resultados oficiales", "ordinary",
       "medsl_winner", state_po="NM"),
    fi("distrito 15 de texas 2022 quienes corren", "ordinary", "candidates", **TX15),
    fi("como va garcia en las encuestas", "ordinary", "which_person", surname="garcia"),
    # ---------------------------------------------------------------- swallowed
    fi("warnock cuantos votos saco en atkinson en la especial", "swallowed", "count_votes", path=GA,
       contest=SPECIAL, choice_word="warnock"),
    fi("cuanto tiene gallego en la ultima de atlasintel del senado de arizona 2024", "swallowed", "person_share",
       pollster="AtlasIntel", name="Ruben Gallego", **AZ_SEN24),
    fi("harris cuantos votos saco en colorado 2024", "swallowed", "count_votes", path=CO, contest=PRES,
       choice_word="harris"),
    fi("mayra flores cuanto llevaba en la de ragnar, distrito 34 de texas", "swallowed", "person_share",
       pollster="Ragnar Research Partners", name="Mayra Flores", **TX34),
    fi("vasquez cuanto tenia en la de siena en nuevo mexico 2022", "swallowed", "person_share",
       pollster="Siena College/NYT Upshot", name="Gabriel Vasquez", **NM2),
    fi("cuanto saco trump en pueblo colorado", "swallowed", "county_votes", path=CO, contest=PRES,
       choice_word="trump", county="Pueblo"),
    fi("quiengano el condado de costilla en la presidencial de colorado", "swallowed", "county_winner", path=CO,
       contest=PRES, county="Costilla"),
    fi("pierluisi cuanto tenia en la ultima de el nuevo dia pa gobernador", "swallowed", "person_share",
       pollster=END, name="Pedro R. Pierluisi", **PR_GOV),
    fi("domenici cuanto saco en la ultima de research & polling del senado de nuevo mexico", "swallowed",
       "person_share", pollster="Research & Polling", name="Nella Louise Domenici", **NM_SEN24),
    fi("cruz cuanto tenia en la de texas hispanic policy foundation de septiembre 2024, senado", "swallowed",
       "file_poll_pick", pollster="Texas Hispanic Policy Foundation", year=2024, month=9, name="Ted Cruz",
       **TX_SEN24),
    fi("garcia cuanto llevaba contra ducey en la de suffolk", "swallowed", "person_share",
       pollster="Suffolk University", name="David Garcia", **AZ_GOV18),
    fi("dalmau cuanto saco en la ultima de jorge benitez pa gobernador de pr", "swallowed", "person_share",
       pollster="Jorge Benítez", name="Juan Dalmau Ramírez", **PR_GOV),
    fi("jenniffer gonzalez cuanto tenia en la ultima de beacon, comisionada residente 2020", "swallowed",
       "person_share", pollster="Beacon Research", name="Jenniffer González", **PR_HOUSE),
    fi("ossoffquedo de segundo en atkinson o que", "swallowed", "count_place", path=GA, contest=PERDUE,
       choice_word="ossoff"),
    fi("kelly loeffler en atkinson cuantos votos", "swallowed", "count_votes", path=GA, contest=SPECIAL,
       choice_word="loeffler"),
    fi("cuanto saco biden en el condado de atkinson georgia en 2020", "swallowed", "contest_choice", path=GA,
       contest="President of the United States", choice_word="biden"),
    # ---------------------------------------------------------------- other surnames
    fi("y ruben gallardo como va en las encuestas de arizona", "other_surname", "no_person", surname="gallardo"),
    fi("como le fue a maria zamora en el distrito 27 de florida", "other_surname", "no_person",
       surname="zamora"),
    fi("lupe valadez pa gobernadora de texas como iba", "other_surname", "no_person", surname="valadez"),
    fi("gabriel velasquez en nuevo mexico como va", "other_surname", "no_person", surname="velasquez"),
    fi("yvette herrera del distrito 2 de nuevo mexico cuanto tiene", "other_surname", "no_person",
       surname="herrera"),
    fi("david garza gobernador de arizona 2018 encuestas", "other_surname", "no_person", surname="garza"),
    fi("nella dominguez en el senado de nuevo mexico como va", "other_surname", "no_person", surname="dominguez"),
    fi("eduardo quintero senado de arizona cuanto tiene", "other_surname", "no_person", surname="quintero"),
    fi("alexandra lugo en puerto rico como le fue", "other_surname", "no_person", surname="lugo"),
    fi("roland guerrero en el senado de texas como va", "other_surname", "no_person", surname="guerrero"),
    fi("carlos salazar cuanto tiene en las encuestas", "other_surname", "files_other_given", given="carlos",
       surname="salazar"),
    fi("juan flores en texas como va en las encuestas", "other_surname", "files_other_given", given="juan",
       surname="flores"),
    fi("ana vasquez en nuevo mexico cuanto lleva", "other_surname", "files_other_given", given="ana",
       surname="vasquez"),
    fi("roberto garcia gobernador encuestas como va", "other_surname", "files_other_given", given="roberto",
       surname="garcia"),
    fi("luis gonzalez del distrito 34 de texas cuanto tiene", "other_surname", "files_other_given", given="luis",
       surname="gonzalez"),
    fi("como le va a jose carrillo en las encuestas de texas", "other_surname", "no_person", surname="carrillo"),
    # ---------------------------------------------------------------- two spellings
    fi("como va maria salazar en 2022", "two_spellings", "person", name="María Elvira Salazar", cycle=2022),
    fi("beto orourke vs ted cruz 2018", "two_spellings", "compare", first="Beto O'Rourke", second="Ted Cruz",
       cycle=2018),
    fi("greg abbott contra lupe valdez en las encuestas", "two_spellings", "compare", first="Gregory W. Abbott",
       second="Lupe Valdez"),
    fi("como iba michelle luján grisham en 2018", "two_spellings", "person", name="Michelle Lujan Grisham",
       cycle=2018),
    fi("ben ray lujan en el senado 2020 como le fue en las encuestas", "two_spellings", "person",
       name="Ben Ray Luján", cycle=2020),
    fi("como iba xochitl torres en las encuestas de 2020", "two_spellings", "person", name="Xochitl Torres Small",
       cycle=2020),
    fi("jennifer gonzalez de puerto rico como va", "two_spellings", "person", name="Jenniffer González"),
    fi("anibal acevedo vila encuestas", "two_spellings", "person", name="Aníbal Acevedo-Vilá"),
    fi("pedro pierluisi cuanto tiene en las encuestas", "two_spellings", "person", name="Pedro R. Pierluisi"),
    fi("rubén gallego cómo va en las encuestas de 2024", "two_spellings", "person", name="Ruben Gallego",
       cycle=2024),
    fi("nella domenici como va contra heinrich", "two_spellings", "compare", first="Nella Louise Domenici",
       second="Martin Heinrich"),
    fi("deb mucarsel powell en el senado de florida como va", "two_spellings", "person",
       name="Debbie Mucarsel-Powell", cycle=2024),
    fi("kevin deleon contra dianne feinstein 2018", "two_spellings", "compare", first="Kevin de León",
       second="Dianne Feinstein"),
    fi("jacky rosen 2024 nevada como va", "two_spellings", "person", name="Jacky S. Rosen", cycle=2024),
    fi("steve pearce gobernador de nuevo mexico encuestas", "two_spellings", "person", name="Stevan Pearce"),
    fi("maria elvira salasar distrito 27 cuanto tiene", "two_spellings", "person", name="María Elvira Salazar",
       cycle=2022),
    # ---------------------------------------------------------------- dropped constraints
    fi("la ultima de berkeley del senado de texas 2024", "dropped_constraint", "files_lacks", lacks="latest_poll",
       said=("berkeley",), pollster="UC Berkeley", **TX_SEN24),
    fi("encuesta de fm3 pa gobernador de nuevo mexico 2018", "dropped_constraint", "files_lacks",
       lacks="latest_poll", said=("fm3",), pollster="FM3 Research", **NM_GOV18),
    fi("la de wallin en el senado de california 2018", "dropped_constraint", "files_lacks", lacks="latest_poll",
       said=("wallin",), pollster="Tulchin Research/J. Wallin Opinion Research", **CA_SEN18),
    fi("la de berkeley sobre de leon y feinstein, senado 2018", "dropped_constraint", "latest_poll",
       pollster="University of California, Berkeley", **CA_SEN18),
    fi("encuestas pa gobernador de puerto rico en enero 2020", "dropped_constraint", "poll_in_month", year=2020,
       month=1, **PR_GOV),
    fi("la de el nuevo dia de agosto 2020 pa gobernador de pr", "dropped_constraint", "file_no_poll",
       pollster=END, year=2020, month=8, missing=("august", "agosto"), **PR_GOV),
    fi("votos por correo de harris en colorado", "dropped_constraint", "clarity_no_vote_type", path=CO,
       contest=PRES, words=("mail", "correo")),
    fi("cuantos votos por correo tuvo ossoff en atkinson", "dropped_constraint", "clarity_type_votes", path=GA,
       contest=PERDUE, choice_word="ossoff", vote_type="Absentee by Mail Votes"),
    fi("quien gano el precinto de axson en la de perdue y ossoff", "dropped_constraint",
       "clarity_precinct_winner", path=GA, contest=PERDUE, precinct="Axson"),
    fi("votos de harris en el condado de bexar", "dropped_constraint", "nothing", missing=("bexar",)),
    fi("la encuesta de latino decisions del senado de texas 2024", "dropped_constraint", "files_lacks",
       lacks="latest_poll", said=("latino decisions",), pollster="Latino Decisions", **TX_SEN24),
    fi("encuestas de univision del senado de arizona 2024", "dropped_constraint", "files_lacks",
       lacks="latest_poll", said=("univision",), pollster="Univision", **AZ_SEN24),
    fi("en la de texas hispanic policy foundation de abril 2024 cuanto tenia allred", "dropped_constraint",
       "file_poll_pick", pollster="Texas Hispanic Policy Foundation", year=2024, month=4, name="Colin Allred",
       **TX_SEN24),
    fi("ossoff en la de trafalgar de la segunda vuelta cuanto tenia", "dropped_constraint", "file_stage_share",
       stage="runoff", pollster="Trafalgar Group", name="Jon Ossoff", **GA_SEN20),
    fi("la de quinnipiac de la segunda vuelta de ossoff y perdue", "dropped_constraint", "file_no_stage_poll",
       stage="runoff", pollster="Quinnipiac University", missing=("runoff", "segunda vuelta"), **GA_SEN20),
    fi("kevin de leon en el senado de california 2024 cuanto tiene", "dropped_constraint", "absent_from_race",
       name="Kevin de León", surname="leon", state="CA", office="senate", cycle=2024),
    fi("lupe valdez 2022 encuestas", "dropped_constraint", "not_running", name="Lupe Valdez",
       missing=("2022",), cycle=2022),
    # ---------------------------------------------------------------- facts
    fi("cuantas encuestas hay del senado de texas 2024", "unrouted_fact", "poll_count", **TX_SEN24),
    fi("cuantos candidatos hay pa gobernador de puerto rico 2020", "unrouted_fact", "candidate_count", **PR_GOV),
    fi("tamano de muestra de la ultima de beacon research pa gobernador de puerto rico 2020", "unrouted_fact",
       "poll_attribute", pollster="Beacon Research", attribute="sample_size", **PR_GOV),
    fi("quien pago la encuesta de gaither pa gobernador de pr 2020", "unrouted_fact", "poll_attribute",
       pollster="Gaither International", attribute="sponsor", **PR_GOV),
    fi("fechas de la de ragnar en el distrito 34 de texas", "unrouted_fact", "poll_attribute",
       pollster="Ragnar Research Partners", attribute="field_dates", **TX34),
    fi("cuantos votos hubo en total en la especial del senado en atkinson georgia", "unrouted_fact", "count_total",
       path=GA, contest=SPECIAL),
    fi("cual fue la participacion en el condado de atkinson en 2020", "unrouted_fact", "clarity_turnout",
       path=GA),
    fi("harris le gano a trump en colorado por cuantos votos", "unrouted_fact", "count_margin", path=CO, contest=PRES),
    fi("en que lugar quedo rfk jr en colorado", "unrouted_fact", "count_place", path=CO, contest=PRES,
       choice_word="kennedy"),
    fi("cuantos votantes registrados hay en pueblo colorado", "unrouted_fact", "clarity_voters", path=CO,
       county="Pueblo"),
    fi("cuantas encuestadoras midieron el senado de florida 2024", "unrouted_fact", "pollster_count",
       **FL_SEN24),
    fi("metodo de la ultima de el nuevo dia pa gobernador de puerto rico", "unrouted_fact", "poll_attribute",
       pollster=END, attribute="method", **PR_GOV),
    fi("a quien encuestaron en la de gaither pa gobernador de pr, adultos o votantes?", "unrouted_fact",
       "file_poll_population", pollster="Gaither International", **PR_GOV),
    fi("cuantos votos saco trump en texas en 2024 oficial", "unrouted_fact", "medsl_votes", state_po="TX",
       surname="trump"),
    fi("por cuanto gano trump florida en 2024", "unrouted_fact", "medsl_margin", state_po="FL"),
    fi("cuando fue la ultima encuesta del distrito 27 de florida 2022", "unrouted_fact", "newest_poll_date",
       **FL27),
    fi("quien quedo de tercero en la especial del senado en atkinson", "unrouted_fact", "count_rank", path=GA,
       contest=SPECIAL, place=3),
)

FRESH30_SET = LA_ROWS + FILES_ROWS
