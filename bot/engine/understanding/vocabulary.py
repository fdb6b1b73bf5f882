"""The words of questions that are not names, English and Spanish: question words, the keywords a typo is read as,
months, shorthand, and the words between or around names."""

from __future__ import annotations

from bot.engine.understanding.attributes import ATTRIBUTE_WORDS
from bot.engine.understanding.language import SPANISH_WORDS
from bot.engine.understanding.race_terms import (
    DISTRICT_WORDS,
    NATIONAL_WORDS,
    OFFICE_WORDS,
    SPECIAL_WORDS,
    STAGE_WORDS,
)
from bot.engine.understanding.spanish import (
    FUNCTION_WORDS,
)

# Words of questions, not of names: never matched fuzzily on their own, and not "unexplained" leftovers.
QUESTION_WORDS = set("""
a about after against all also am an and any anybody anyone anything are as at back backed backer backers backing
backs be been before between bot by can candidate candidates chart compare compared could current currently date
day days de did do does doing done elected election elections endorse endorsed endorsement endorsements endorser
endorsers endorses endorsing ever far field final for from general get give go going got had has have he her hers
him his history hows how i if in into is it its just know last latest lead leader leading leads left let like list
looking made make me mention more most much my new newest next now number of on one or our out over percent please
poll polled polling polls primary profile race races racebot recent recently result results right run runner running
runoff runs s said say says see she show so standing stand stands support supported supporter supporters supporting
supports tell than that the their them there these they this those through til till to today trend up us vs versus
vote voted voters votes voting want was we were what whats when whens where which who whom whos whose why will win
winner winners winning with won would yet you your ahead behind aggregate average avg over time now doing hey hi
hello thanks thank pls plz info information about details bio background anyone someone somebody anybody nobody
advanced advance advancing made qualify qualified top two second place first place versus against head compare
is are was mayor mayoral council governor senate senator house president presidential congress seat
people folks among amongst within across during since until because while whether per via toward towards
lol lmao lmfao pls plz ppl rn tho btw imo tbh ngl yo ya yall guys bro dude hmm ok okay lately anyway actually
really like just kinda sorta gonna wanna u ur r y k thx ty ty also even still so then again currently
pollster pollsters polled survey surveys numbers figures share shares percentage doing do does did is
who's whats how's wheres where's candidate candidates running race contest contests special jungle
best better worse worst strongest weakest close closer closest tight tighter tightest competitive margin
many chance chances odds likely favored favoured favorite favourite gonna expected projected point points
up down trailing losing gaining
""".split()) | set(NATIONAL_WORDS) | set(OFFICE_WORDS) | set(STAGE_WORDS) | set(DISTRICT_WORDS) | SPECIAL_WORDS


QUESTION_WORDS |= SPANISH_WORDS | FUNCTION_WORDS | ATTRIBUTE_WORDS | {"frontrunner", "frontrunners", "getter",
                                                                     "medal"}
# Words of results by place, vote type and measure ("did amendment 79 pass", "who carried ohio", "mail ballots").
QUESTION_WORDS |= {"pass", "passed", "passing", "fail", "failed", "failing", "approved", "rejected", "carry",
                   "carried", "took", "take", "flip", "flipped", "ballot", "ballots", "cast", "turnout", "mail",
                   "absentee", "early", "provisional", "county", "counties", "precinct", "precincts", "ppl",
                   "llevo", "llevaron", "howd", "levanto",  # "quién se llevó ohio", "how'd trump do", "quién levantó"
                   "estuvo", "estaba"}  # "estuvo en la boleta"

# What people ask of a race that no data Racebot imports holds (debates, money, recounts, ads, approval ratings):
# words, English and Spanish, that make a question one the polls, endorsements and results cannot answer.
NOT_KEPT_WORDS = {
    "debate", "debates", "debated", "debating", "fundraising", "fundraise", "fundraiser", "raised",
    "donations", "donation", "donors", "donor", "money", "spent", "spend", "spending", "funds", "recount",
    "recounts", "ads", "advert", "adverts", "advertising", "commercials", "scandal", "scandals",
    "rating", "ratings", "approval", "platform", "plataforma", "edad", "aprobacion",
    "recaudo", "recaudacion", "recaudaron", "dinero", "fondos", "donaciones", "donantes", "gasto", "gastaron",
    "recuento", "reconteo", "anuncios", "escandalo", "escandalos"}
# Of those, the words that beside a poll say when it was taken or how figures moved ("the poll after the debate",
# "bass raised her lead in the polls"): a poll asked, they ask nothing of their own.
MOVING_WORDS = {"raised", "spent", "debate", "debates", "debated", "ads", "commercials", "anuncios", "approval",
                "aprobacion", "rating", "ratings"}
# Two words that ask a person's age, which no file holds.
AGE_PHRASES = {("how", "old"), ("cuantos", "anos"), ("que", "edad")}
# Verbs of money that have other senses ("where was bass raised", "how long has he spent in congress"): money only
# with an amount asked.
MONEY_VERBS = {"raised", "spent", "spend", "spending", "gasto", "gastaron", "recaudo", "recaudaron"}
AMOUNT_WORDS = {"much", "money", "dollars", "millions", "cuanto", "cuanta", "dinero", "dolares", "millones"}
# ... never words of a name ("cuanto dinero recaudo caruso")
QUESTION_WORDS |= NOT_KEPT_WORDS

# Words the intent rules look for: a word within a typo or two of one of these is read as it ("endorsments").
KEYWORDS = sorted("""
endorse endorsed endorses endorsing endorsement endorsements endorser endorsers backing supporting supporters
poll polls polling pollster pollsters latest average running candidates primary runoff general election
governor senate senator president presidential district congressional results winning leading ahead special
compare versus against percent surveys
encuesta encuestas encuestadora encuestadoras sondeo sondeos promedio ultima ultimas reciente recientes resultados
candidatos candidatas eleccion elecciones primarias primaria ganando respalda respaldan
respaldo respaldaron respaldado apoyan apoyaron apoyado apoyos respaldos lidera ventaja postula postulan alcalde
alcaldia gobernador senado contra cuando quien quienes
sample margin dropped withdrew sponsor sponsored methodology respondents muestra margen
precinct precincts township turnout precinto precintos condado condados participacion
""".split())


MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for name in names}


SPANISH_MONTHS = {name: number for number, names in enumerate((
    ("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",), ("julio",), ("agosto",),
    ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("diciembre",)), 1) for name in names}


MONTHS |= SPANISH_MONTHS


# Months that are also names or words ("may", "Julio"): months only after "the", "in" ... or before a poll word.
NAME_LIKE_MONTHS = {"may", "mayo", "abril", "julio"}


MONTH_BEFORE = {"the", "in", "from", "of", "last", "de", "del", "en", "early", "mid", "late"}


POLL_WORDS = {"poll", "polls", "survey", "polling", "encuesta", "encuestas", "sondeo", "sondeos"}
# Words that say what kind of poll it is, not whose ("an exit poll", "a tracking poll", "an internal poll").
POLL_KINDS = {"exit", "straw", "tracking", "push", "snap", "benchmark", "internal", "partisan", "online", "phone",
              "opinion", "robo", "text", "mail", "web", "internet", "independent", "public", "private", "campaign",
              "party", "media", "university", "college", "national", "statewide", "local", "flash", "quick"}


BEFORE_WORDS = {"before", "antes"}


# Words that begin names ("Kevin de León", "LA Times", "El Paso", "Al Gross", "Van Taylor") or are Spanish words
# before a name ("de", "al", "del"; "van" is "they go").
NAME_OR_SPANISH = {"de", "la", "el", "los", "las", "al", "del", "van"}


# Words that stand between two names compared ("bass vs caruso", "bass contra caruso", "bass frente a caruso").
VERSUS_WORDS = {"vs", "versus", "contra", "frente"}
# The words that join names into a list or a match-up ("bass, caruso and miller", "bass o caruso").
JOINING_WORDS = frozenset({"and", "or", "y", "o", "e", "v", "against", *VERSUS_WORDS})


# Office words may stand at the edge of a race name ("2026 kansas u s senate") but are not names themselves.
TITLE_OFFICE_WORDS = {"mayor", "mayoral", "council", "governor", "senate", "senator", "house", "president",
                      "presidential", "congress", "seat"}


# The forms of address and the titles people type before a name ("mr caruso", "councilwoman raman", "la
# congresista bass"): never a word of the name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "rep", "sen", "gov", "councilman", "councilwoman",
                        "councilmember", "congressman", "congresswoman", "congressmember", "assemblyman",
                        "assemblywoman", "assemblymember", "sr", "sra", "srta", "senor", "senora", "senorita",
                        "congresista", "concejal", "concejala", "diputado", "diputada", "senador", "senadora"})

EDGE_WORDS = QUESTION_WORDS - TITLE_OFFICE_WORDS | HONORIFICS


# What people type for the words of questions.
SHORTHAND = {"b4": "before", "abt": "about", "w": "with", "v": "vs", "pol": "poll", "pols": "polls",
             "rn": "now", "u": "you", "ur": "your", "wat": "what", "wut": "what", "wen": "when", "ppl": "people"}


# Words that ask who made it out of the primary ("who advanced", "¿quién pasó a la segunda vuelta?").
ADVANCED_WORDS = {"advanced", "paso", "pasaron", "avanzo", "avanzaron", "clasifico", "clasificaron"}


# Words that name groups of voters, English and Spanish: a question naming one asks how that group votes, which the
# polls of the race may not report ("bass vs caruso among young voters"). The groups the polls report are names
# of the data (the index's subgroups); these are the words that say a group is meant when the data has none.
GROUP_WORDS = set("""
women woman men man female male females males latino latinos latina latinas latinx hispanic hispanics black blacks
white whites asian asians african americans american young younger youth youngest old older oldest seniors senior
elderly retirees millennials boomers zoomers genz genx geny
independents independent democrats democrat republicans republican
liberals liberal conservatives conservative moderates moderate evangelicals evangelical catholics catholic
protestants jewish muslim suburban suburbanites rural urban college educated graduates uneducated noncollege
working class union members households veterans students parents mothers fathers moms dads renters homeowners gay
lgbt lgbtq
firsttime undecided likely registered
mujeres hombres latinos latinas hispanos hispanas negros negras afroamericanos blancos blancas asiaticos asiaticas
jovenes mayores ancianos jubilados independientes democratas republicanos liberales conservadores moderados
evangelicos catolicos universitarios estudiantes obreros sindicalistas veteranos padres madres inquilinos inquilinas
arrendatarios propietarios
""".split())
# Group words that name a group alone ("seniors", "latinos", "mujeres"); the others ("young", "white", "democrat")
# name one only after "among", "with" ... or before "voters" ("is bass a democrat" names no group of voters).
GROUP_NOUNS = set("""
women men females males latinos latinas latinx hispanics blacks whites asians seniors elderly retirees millennials
boomers zoomers genz genx geny
independents democrats republicans liberals conservatives moderates evangelicals catholics
protestants suburbanites graduates veterans students parents mothers fathers moms dads renters homeowners households
mujeres hombres hispanos hispanas afroamericanos jovenes ancianos jubilados independientes democratas republicanos
liberales conservadores moderados evangelicos catolicos universitarios estudiantes veteranos inquilinos inquilinas
arrendatarios propietarios
""".split())
# Words after a group's words that belong to it ("young voters", "votantes jovenes").
GROUP_TAILS = {"voters", "voter", "people", "adults", "votantes", "electores", "personas", "under", "over"}
# Words that introduce a group ("among women", "with seniors", "entre los jovenes").
GROUP_CUES = {"among", "amongst", "with", "entre", "con"}
# Words that say a place is an area of a count: a county, a precinct ("how did ossoff do in atkinson county").
AREA_WORDS = {"county", "counties", "parish", "borough", "precinct", "precincts", "ward", "township",
              "condado", "condados", "precinto", "precintos", "municipio"}

# Words that ask whom a candidate runs against ("who is bass running against", "los rivales de bass").
OPPONENT_WORDS = {"against", "opponent", "opponents", "rival", "rivals", "challenger", "challengers", "facing",
                  "rivales", "oponentes", "contrincantes", "contra"}
# The verbs of "did X endorse Y", English and Spanish.
ENDORSE_VERBS = {"endorse", "endorsed", "back", "backed", "support", "supported", "apoyo", "apoya", "respaldo",
                 "respalda"}

# The parties, which polls of a generic ballot name as their candidates ("republicans in the fm3 poll"): words
# that name no person ("is mel wilson a dem or a republican").
PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "gop", "dems", "libertarian",
               "libertarians", "green", "greens", "independent", "independents"}
