"""Dev questions in Spanish (no accents, as people type), about the LA race and the real files."""

from __future__ import annotations

from tests.devset.question import maker
from tests.sealed.derive_files import CLARITY_CO, CLARITY_GA

q = maker("es", "la")
f = maker("es", "files")
BASS, CARUSO, KDL = "Karen Bass", "Rick Caruso", "Kevin de León"
IGS = "UC Berkeley Institute of Governmental Studies"
FM3 = "FM3 Research (Fairbank, Maslin, Maullin, Metz & Associates)"
WALLIN = "J. Wallin Opinion Research"
PA24 = dict(state="PA", office="senate", cycle=2024)
AZ24 = dict(state="AZ", office="senate", cycle=2024)
NV24 = dict(state="NV", office="senate", cycle=2024)
OH24 = dict(state="OH", office="senate", cycle=2024)
GA20 = dict(state="GA", office="senate", cycle=2020)
GA20S = dict(state="GA", office="senate", cycle=2020, special=True)
TX18 = dict(state="TX", office="senate", cycle=2018)
FLG18 = dict(state="FL", office="governor", cycle=2018)
PRES, PERDUE, LOEFFLER = "Presidential Electors", "US Senate (Perdue)", "US Senate (Loeffler) - Special"

SPANISH_LA = (
    # ---------------------------------------------------------------------------------------- ordinary
    q("quien va ganando lo de alcalde en los angeles ahorita", "ordinary", "leader"),
    q("y al final quien gano lo de alcalde en LA", "ordinary", "leader"),
    q("quien es el nuevo alcalde de los angeles", "ordinary", "leader"),
    q("ultima encuesta alcaldia la", "ordinary", "latest_poll"),
    q("encuesta mas reciente de la carrera por alcalde de los angeles", "ordinary", "latest_poll"),
    q("que dice la encuesta de berkeley de la alcaldia", "ordinary", "latest_poll", pollster=IGS),
    q("la encuesta de wallin de alcalde q dice", "ordinary", "latest_poll", pollster=WALLIN),
    q("quienes son los candidatos a alcalde de LA", "ordinary", "candidates"),
    q("quien se postulo para alcalde de los angeles", "ordinary", "candidates"),
    q("quienes estan apoyando a karen bass", "ordinary", "endorsers_of", candidate=BASS),
    q("lista de respaldos de rick caruso", "ordinary", "endorsers_of", candidate=CARUSO),
    q("a quien apoyo snoop dogg", "ordinary", "endorsed_by", endorser="Snoop Dogg"),
    q("a quien respaldo obama en LA", "ordinary", "endorsed_by", endorser="Barack Obama"),
    q("cuando es la eleccion de alcalde de la", "ordinary", "election_date"),
    q("fecha de la primaria de los angeles", "ordinary", "election_date", stage="primary"),
    q("cuando es la eleccion general en los angeles", "ordinary", "election_date", stage="general"),
    q("quien gano la primaria de LA", "ordinary", "winner", stage="primary"),
    q("resultados de la eleccion general alcalde la", "ordinary", "winner", stage="general"),
    q("gano karen bass?", "ordinary", "outcome", person=BASS),
    q("perdio caruso", "ordinary", "outcome", person=CARUSO),
    q("esta postulandose gina viola", "ordinary", "is_running", person="Gina Viola"),
    q("bass contra caruso como van", "ordinary", "compare", first=BASS, second=CARUSO),
    q("caruso o bass quien va arriba", "ordinary", "compare", first=CARUSO, second=BASS),
    q("kevin de leon alcalde", "ordinary", "profile", person=KDL),
    # ---------------------------------------------------------------------------------------- swallowed
    q("bass gano por mucho o por poquito", "swallowed", "margin", stage="general"),
    q("cuantos votos saco caruso en noviembre", "swallowed", "votes_of", person=CARUSO, stage="general"),
    q("cuantos votos tuvo viola", "swallowed", "votes_of", person="Gina Viola", stage="primary"),
    q("se retiro buscaino", "swallowed", "did_withdraw", person="Joe Buscaino"),
    q("feuer se bajo de la carrera?", "swallowed", "did_withdraw", person="Mike Feuer"),
    q("como le fue a de leon en la primaria", "swallowed", "result_of", person=KDL, stage="primary"),
    q("bass le gano a caruso?", "swallowed", "compare", first=BASS, second=CARUSO),
    # ---------------------------------------------------------------------------------------- other_surname
    q("karen basham alcaldia", "other_surname", "nobody", missing=("basham",)),
    q("como va rick carrasco", "other_surname", "nobody", missing=("carrasco",)),
    q("gina villalobos candidata", "other_surname", "nobody", missing=("villalobos",)),
    q("joe busch se retiro?", "other_surname", "nobody", missing=("busch",)),
    q("mike fierro alcalde los angeles", "other_surname", "nobody", missing=("fierro",)),
    q("mel wilkins votos", "other_surname", "nobody", missing=("wilkins",)),
    # ---------------------------------------------------------------------------------------- two_spellings
    q("kdl encuestas", "two_spellings", "profile", person=KDL),
    q("kevin deleon votos primaria", "two_spellings", "votes_of", person=KDL, stage="primary"),
    q("la congresista bass como va", "two_spellings", "profile", person=BASS),
    q("alex gruenenfelder resultados", "two_spellings", "result_of", person="Alex Gruenenfelder Smith",
      stage="primary"),
    # ---------------------------------------------------------------------------------------- dropped_constraint
    q("eleccion del consejo escolar de LA", "dropped_constraint", "nobody", missing=("consejo escolar",)),
    q("carrera de sheriff en los angeles", "dropped_constraint", "nobody", missing=("sheriff",)),
    q("caruso entre los jovenes", "dropped_constraint", "subgroup", group="jovenes", candidate=CARUSO),
    q("como votan los latinos en la alcaldia", "dropped_constraint", "subgroup", group="Latino",
      written=("latinos",)),
    q("bass con las mujeres", "dropped_constraint", "subgroup", group="women", candidate=BASS, written=("mujeres",)),
    q("votantes afroamericanos bass o caruso", "dropped_constraint", "subgroup", group="Black",
      written=("afroamericanos", "negros")),
    q("encuesta de septiembre alcaldia la", "dropped_constraint", "poll_in_month", year=2022, month=9),
    q("hubo encuestas en julio de 2022 para alcalde", "dropped_constraint", "poll_in_month", year=2022, month=7),
    q("encuestas de abril 2022 los angeles", "dropped_constraint", "poll_in_month", year=2022, month=4),
    q("emerson hizo encuesta de la alcaldia de LA?", "dropped_constraint", "nobody", missing=("emerson",)),
    q("votos de bass en el condado de orange", "dropped_constraint", "nobody", missing=("orange",)),
    # ---------------------------------------------------------------------------------------- unrouted_fact
    q("quien quedo en tercer lugar en la primaria de la alcaldia", "unrouted_fact", "rank", stage="primary", place=3),
    q("quien quedo ultimo en la primaria de los angeles", "unrouted_fact", "rank", stage="primary", place=-1),
    q("quien quedo segundo en la general", "unrouted_fact", "rank", stage="general", place=2),
    q("cuantos candidatos habia para alcalde", "unrouted_fact", "candidate_count", on_ballot=False),
    q("cuantos candidatos en la boleta de la primaria de LA", "unrouted_fact", "candidate_count", on_ballot=True),
    q("margen de victoria de bass", "unrouted_fact", "margin", stage="general"),
    q("por cuanto gano bass la primaria", "unrouted_fact", "margin", stage="primary"),
    q("quien gano la segunda vuelta en la", "unrouted_fact", "winner", stage="general"),
    q("cuando es la segunda vuelta en los angeles", "unrouted_fact", "election_date", stage="general"),
    q("total de votos en la eleccion general de alcalde", "unrouted_fact", "total_votes", stage="general"),
    q("cuanta gente voto en la primaria de LA", "unrouted_fact", "total_votes", stage="primary"),
    q("participacion electoral alcaldia la", "unrouted_fact", "turnout_of"),
    q("tamano de muestra de la encuesta wallin en LA", "unrouted_fact", "poll_attribute", pollster=WALLIN,
      attribute="sample_size"),
    q("a cuantas personas encuesto fm3 en la alcaldia", "unrouted_fact", "poll_attribute", pollster=FM3, attribute="sample_size"),
    q("en que fechas se hizo la encuesta wallin de la alcaldia", "unrouted_fact", "poll_attribute", pollster=WALLIN, attribute="field_dates"),
    q("quien pago la encuesta de berkeley sobre la alcaldia de LA", "unrouted_fact", "poll_attribute", pollster=IGS, attribute="sponsor"),
    q("metodo de la encuesta wallin alcaldia", "unrouted_fact", "poll_attribute", pollster=WALLIN, attribute="method"),
    q("quienes abandonaron la carrera por la alcaldia", "unrouted_fact", "withdrew"),
    q("que encuestadoras hicieron encuestas de la alcaldia", "unrouted_fact", "pollsters"),
    q("periodicos que apoyaron a bass", "unrouted_fact", "endorsers_of", candidate=BASS, endorser_type="newspaper"),
    q("sindicatos que apoyan a caruso", "unrouted_fact", "endorsers_of", candidate=CARUSO, endorser_type="union"),
    q("famosos que apoyan a bass", "unrouted_fact", "endorsers_of", candidate=BASS, endorser_type="celebrity"),
    q("votos de de leon en la primaria", "unrouted_fact", "votes_of", person=KDL, stage="primary"),
    q("cuantos dias faltan para la primaria de los angeles", "unrouted_fact", "days_until", stage="primary"),
    q("cuantas encuestas hay de la alcaldia", "unrouted_fact", "la_poll_count"),
    q("cuantos respaldos tiene bass", "unrouted_fact", "endorsement_count", candidate=BASS),
    q("en que lugar quedo viola", "unrouted_fact", "place_of", person="Gina Viola", stage="primary"),
)

SPANISH_REAL = (
    f("quien va ganando en el senado de pensilvania", "ordinary", "leader", **PA24),
    f("ultima encuesta senado arizona", "ordinary", "latest_poll", **AZ24),
    f("como va jon tester", "ordinary", "person", name="Jon Tester"),
    f("encuestas de kari lake", "ordinary", "person", name="Kari Lake"),
    f("gallego vs lake quien gana", "ordinary", "compare", first="Ruben Gallego", second="Kari Lake"),
    f("quien gano colorado en la presidencial", "ordinary", "count_winner", path=CLARITY_CO, contest=PRES),
    f("candidatos al senado de ohio", "ordinary", "candidates", **OH24),
    f("por cuanto gano harris en colorado", "swallowed", "count_margin", path=CLARITY_CO, contest=PRES),
    f("cuantos votos saco trump en colorado", "swallowed", "count_votes", path=CLARITY_CO, contest=PRES,
      choice_word="trump"),
    f("ossoff le gano a perdue en atkinson?", "swallowed", "count_winner", path=CLARITY_GA, contest=PERDUE),
    f("kari lara arizona senado", "other_surname", "no_person", surname="lara"),
    f("como le va a ruben gallardo", "other_surname", "no_person", surname="gallardo"),
    f("colin alford texas", "other_surname", "no_person", surname="alford"),
    f("maggie hassan encuestas", "two_spellings", "person", name="Margaret Wood Hassan"),
    f("stacey abrams gobernadora georgia", "two_spellings", "person", name="Stacey Yvonne Abrams"),
    f("jim justice senado", "two_spellings", "person", name="James Justice"),
    f("tim kaine encuestas 2024", "two_spellings", "person", name="Timothy Michael Kaine", cycle=2024),
    f("encuesta de quinnipiac del senado de pensilvania 2024", "dropped_constraint", "latest_poll",
      pollster="Quinnipiac University", **PA24),
    f("gobernador de california 2022", "dropped_constraint", "no_race", state="CA", office="governor", cycle=2022,
      words="2022"),
    f("ossoff en el condado de fulton", "dropped_constraint", "nothing", missing=("fulton",), around=GA20),
    f("lake entre los latinos", "dropped_constraint", "nothing", missing=("latinos",), around=AZ24),
    f("encuestas de mayo 2023 senado arizona", "dropped_constraint", "poll_in_month", year=2023, month=5, **AZ24),
    f("el tercer lugar en la presidencial de colorado", "unrouted_fact", "count_rank", path=CLARITY_CO, contest=PRES, place=3),
    f("total de votos presidenciales colorado", "unrouted_fact", "count_total", path=CLARITY_CO, contest=PRES),
    f("cuantas encuestas hay del senado de pensilvania", "unrouted_fact", "poll_count", **PA24),
    f("que encuestadoras hicieron el senado de nevada", "unrouted_fact", "pollsters", **NV24),
    f("tamano de la muestra de emerson en el senado de pensilvania", "unrouted_fact", "poll_attribute", pollster="Emerson",
      attribute="sample_size", **PA24),
    f("quien patrocino la encuesta de surveyusa en la especial de georgia 2020", "unrouted_fact", "poll_attribute",
      pollster="SurveyUSA", attribute="sponsor", **GA20S),
    f("cuantos candidatos hay en el senado de ohio", "unrouted_fact", "candidate_count", **OH24),
    f("quien quedo ultimo en atkinson en la especial", "unrouted_fact", "count_rank", path=CLARITY_GA,
      contest=LOEFFLER, place=-1),
    f("margen en atkinson perdue ossoff", "unrouted_fact", "count_margin", path=CLARITY_GA, contest=PERDUE),
    f("fechas de la ultima encuesta de quinnipiac en texas senado 2018", "unrouted_fact", "poll_attribute",
      pollster="Quinnipiac University", attribute="field_dates", **TX18),
    f("metodo de la encuesta de st pete polls gobernador florida 2018", "unrouted_fact", "poll_attribute", pollster="St. Pete Polls",
      attribute="method", **FLG18),
)

SPANISH_SET = (*SPANISH_LA, *SPANISH_REAL)
