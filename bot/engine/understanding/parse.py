"""Parsing a question, English or Spanish: its intent from keyword rules, and the names in it found as spans of
words. Spanish words sit beside the English ones in each vocabulary (rules, keywords, months, offices, stages)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.engine.thresholds import (
    CONFIDENT_SCORE,
    MAX_EXACT_SPAN_WORDS,
    MAX_FUZZY_SPAN_WORDS,
    SUGGESTION_SCORE,
)
from bot.engine.understanding.language import SPANISH_WORDS, detect_language
from bot.engine.understanding.names import SUFFIXES, NameIndex, NameMatch
from bot.engine.understanding.race_terms import (
    DISTRICT_WORDS,
    NATIONAL_WORDS,
    OFFICE_WORDS,
    SPANISH_OFFICE_WORDS,
    SPANISH_STAGE_WORDS,
    SPECIAL_WORDS,
    STAGE_PHRASES,
    STAGE_WORDS,
    RaceTerms,
    normalize_question,
    parse_race_terms,
)
from bot.engine.understanding.spanish import (
    ARTICLES,
    FUNCTION_WORDS,
    article_positions,
    groups_in_english,
    is_spanish_word,
)
from bot.names import fold, fold_name

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
QUESTION_WORDS |= SPANISH_WORDS | FUNCTION_WORDS

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
MONTH_BEFORE = {"the", "in", "from", "of", "last", "de", "del", "en"}
POLL_WORDS = {"poll", "polls", "survey", "polling", "encuesta", "encuestas", "sondeo", "sondeos"}
BEFORE_WORDS = {"before", "antes"}
# Words that begin names ("Kevin de León", "LA Times", "El Paso", "Al Gross", "Van Taylor") or are Spanish words
# before a name ("de", "al", "del"; "van" is "they go").
NAME_OR_SPANISH = {"de", "la", "el", "los", "las", "al", "del", "van"}
# Words that stand between two names compared ("bass vs caruso", "bass contra caruso", "bass frente a caruso").
VERSUS_WORDS = {"vs", "versus", "contra", "frente"}

# Office words may stand at the edge of a race name ("2026 kansas u s senate") but are not names themselves.
OFFICE_WORDS = {"mayor", "mayoral", "council", "governor", "senate", "senator", "house", "president", "presidential",
                "congress", "seat"}
EDGE_WORDS = QUESTION_WORDS - OFFICE_WORDS

# The rules of the intents, in the order of detect_intents' answer: English, then Spanish, one rule each.
ENGLISH_PATTERNS: list[tuple[str, str]] = [
    ("help", r"^(help|commands|\?+|what can (you|i) (do|ask|answer)|how (do i|to) use( (you|this|it))?"
             r"|what do you (know|do)|what can you tell me|usage)\b"),
    ("results", r"\b(who won|won the|winner|winners|results?|how did .* do|how .* did in"
                r"|what (percent |share |% )?(did|does) .* get|made it to the (general|runoff)"
                r"|who made the runoff|made (it to )?the runoff"
                r"|who advanced|advanced to|vote counts?|how many votes|final (tally|count)|who lost"
                r"|top two|final vote|elected|counted|count so far|the count|reporting"
                r"|precincts?( are)? (in|reporting)|how much of the vote|share of the vote (is )?in)\b"),
    ("election_date", r"\b(when (is|was|s|will|does|do)|whens|election day|days (left|until|till|to go)"
                      r"|how (many|long) (days|until|till)|date of|what date|when do we vote)\b"),
    ("average", r"\b(average|avg|aggregate|polling average)\b"),
    ("poll_history", r"\b(all (the )?(\w+ ){0,8}polls|poll history|polls over time|trend|every poll"
                     r"|list (the |of )?polls|history of (the )?polls)\b"),
    ("latest_poll", r"\b(latest|newest|most recent|last|recent|new(?! (york|jersey|mexico|hampshire)))"
                    r"\b( \w+){0,10} (poll|survey)"),
    ("compare", r"\b(compare|compared|vs|versus|head to head|against)\b"),
    ("pollsters", r"\b(who (has |have )?(polled|polls|is polling|conducted)|which pollsters?|what pollsters?"
                  r"|pollsters|who s polling|whos polling|how many polls)\b"
                  r"(?! (the )?(best|better|ahead|highest|strongest|well|first|top)\b)"),
    ("is_running", r"^(is|was|will|did|has)\b(?!.*\bwho\b).*\b(running|run|ran|a candidate"
                   r"|in the race|on the ballot)\b|^(?!(who|whos|what|how|when)\b)(\w+ ){1,4}"
                   r"(still )?running$"),
    ("endorsements_by", r"\b((did|has|does|have|is|are|was|who did|whom did|who has|who does|whom has"
                        r"|who is|whos)\b.*"
                        r"\b(endorse|endorsed|back|backed|support|supported|backing|supporting|endorsing))"
                        r"|\bendorsements? (by|from)\b"),
    ("endorsements_of", r"\b(who (has )?(endorsed|endorses|is endorsing|backs|backed|is backing|supports"
                        r"|supported|is supporting)|whos (endorsing|backing|supporting)|endorsements?"
                        r"|any (\w+ ){0,3}(backing|endorsing|supporting|backed|endorsed)"
                        r"|(which|what) (\w+ ){1,3}(endorsed|backed|supported|support|back)"
                        r"( (of|for))?|endorsers?|backers|supporters|who are .* (backers|supporters))\b"),
    ("races", r"\b((which|what|list|all|show|how many|any)( me)?( the| all| of the)? races|races (in|for|of|do you"
              r"|are there|you (have|know|cover|follow)))\b"),
    ("running", r"\b(who is running|whos running|who s running|running for|candidates|who are the candidates"
                r"|in the race|field|who is in|whos in|on the ballot)\b"),
    ("leader", r"\b(ahead|leading|winning|lead|leads|frontrunner|front runner|favou?red|polls? say"
               r"|polls? show|how is .* doing|how are .* doing|standing|polls?|polling|odds|chances"
               r"|(doing|polling) (the )?best|close|closest|tight|competitive|margin"
               r"|(gonna|going to|will|ll|wholl|likely to|expected to|projected to) win|^will .+ win"
               r"|^(is|are) .+ up\b|how many points|points? (ahead|behind|up|down)"
               r"|^(who is|whos|who s) up|^(whats|what is|what s|where is|wheres|where s)( \w+){1,4} at)\b"),
    ("candidate", r"\b(who is|whos|tell me about|about|profile|bio|background|info)\b"),
]
# The same intents in Spanish, read from the folded question (no accents: "quién ganó" is "quien gano").
SPANISH_PATTERNS = {
    "help": r"^(ayuda|comandos|que (puedes|sabes) (hacer|responder|contestar)|que (te )?puedo preguntar"
            r"|como (te uso|se usa|funcionas|funciona))\b",
    "results": r"\b(quien(es)? (gano|ganaron|perdio|perdieron)|gano|ganaron|ganador(a|es|as)?|resultados?"
               r"|como le fue|como les fue|cuantos votos|que porcentaje (\w+ ){0,3}(saco|obtuvo|consiguio|tuvo|logro)"
               r"|(saco|obtuvo|consiguio|logro) (\w+ ){0,3}(votos|porcentaje|por ciento)"
               r"|(paso|pasaron|avanzo|avanzaron|clasifico|clasificaron) (a|al) (la )?(segunda vuelta|general"
               r"|balotaje|eleccion general)|quien(es)? (paso|pasaron|avanzo|avanzaron|clasifico|clasificaron)"
               r"|conteo|escrutinio|recuento|votos contados|fue elegid[oa]|(fue|salio) electa?)\b",
    "election_date": r"\b(cuando (es|son|sera|seran|fue|fueron|se vota|se votara|votamos|hay que votar|toca votar"
                     r"|se celebra|se celebrara)|que dia (es|son|sera|fue)|que fecha|fecha de (la |las )?(eleccion"
                     r"|elecciones|votacion|primarias?|segunda vuelta|general)|dia de (la )?(eleccion|votacion)"
                     r"|cuantos dias (faltan|quedan)|faltan cuantos dias|cuanto (falta|queda) (para|hasta))\b",
    "average": r"\b(promedios?|media de (las )?encuestas|agregado de (las )?encuestas)\b",
    "poll_history": r"\b(todas (las )?(\w+ ){0,8}encuestas|historial de (las )?encuestas|encuestas a lo largo del"
                    r" tiempo|tendencia|cada encuesta|(lista|listado|evolucion) de (las )?encuestas)\b",
    "latest_poll": r"\b(ultimas?|ultimos?|mas recientes?|nuevas?|nuevos?|recientes?)\b( \w+){0,10} (encuestas?"
                   r"|sondeos?)\b|\b(encuestas?|sondeos?)( \w+){0,4} (mas recientes?|mas nuevas?|ultimas?"
                   r"|recientes?|nuevas?)\b",
    "compare": r"\b(contra|comparar|compara|comparame|comparacion|frente a|cara a cara)\b",
    "pollsters": r"\b(quien(es)? (ha |han )?(encuestado|encuesto|encuestaron|hecho encuestas|hizo encuestas"
                 r"|hicieron encuestas|hace encuestas|hacen encuestas)|(que|cuales) encuestadoras?|encuestadoras"
                 r"|cuantas encuestas)\b",
    "is_running": r"^(?!(quien|quienes|cuales?|que)\b)(\w+ ){0,5}(se postula|se postulo|se presenta|se esta postulando"
                  r"|postulandose|es candidat[oa]|sigue siendo candidat[oa]|esta en la (carrera|contienda|boleta)"
                  r"|sigue en (la )?(carrera|contienda)|sigue compitiendo|compite|esta compitiendo"
                  r"|aparece en la boleta|va a postularse)\b|^(esta|sigue) (\w+ ){1,4}en (la )?(carrera|contienda"
                  r"|boleta)\b",
    "endorsements_by": r"\ba (quien(es)?|que|cual(es)?) (\w+ ){0,2}(apoy|respald|aval|endos|recomend)\w*"
                       r"|\b(apoy|respald|aval|endos)\w* (a )?(alguien|algun|alguno|alguna|nadie|ningun)\b"
                       r"|^(?!(quien|quienes|que|cuales?|a)\b)(\w+ ){1,12}(ha |han )?(apoyo|apoya|apoyado|respaldo"
                       r"|respalda|respaldado|avalo|avala|endoso|endosa|esta apoyando|esta respaldando) (a|al)\b"
                       r"|^(apoyo|apoya|respaldo|respalda|avalo|endoso) (\w+ ){1,4}(a|al)\b",
    "endorsements_of": r"(?<!\ba )\bquien(es)? (lo |la |le |les )?(\w+ ){0,2}(apoy|respald|aval|endos)\w*"
                       r"|(^|\by )(que|cuales) (\w+ ){1,3}(apoy|respald|aval|endos)\w*"
                       r"|\b(apoyos|respaldos|avales|endosos|partidarios|seguidores|simpatizantes)"
                       r" (de|a|para|del)\b",
    "races": r"\b((que|cuales|cuantas|lista( de)?|todas)( las)? (elecciones|contiendas|carreras)"
             r"|(elecciones|contiendas|carreras) (en|de|que (tienes|conoces|sigues)|hay))\b",
    "running": r"\b(quien(es)? se (postula|postulan|presenta|presentan)|quien(es)? (son|es) (los |las )?candidat\w*"
               r"|quien(es)? (compite|compiten|corre|corren|aspira|aspiran|esta en la|estan en la)"
               r"|candidat[oa]s|aspirantes|en la boleta|se postulan|compiten"
               r"|(postula|postulan|presenta|presentan|compite|compiten) (a|para|por))\b",
    "leader": r"\b(ganando|gana|ganara|lidera|lideran|liderando|lider|ventaja|adelante|delante|encabeza|encabezan"
              r"|encabezando|favorit[oa]s?|puntero|puntera|en cabeza|primer lugar|va primero|como va|como van"
              r"|como le va|como les va|como esta|como estan|encuestas?|sondeos?|posibilidades|probabilidades"
              r"|renidas?|cerrada|pareja|margen|diferencia|(va|van) a ganar|va mejor|van mejor"
              r"|mejor posicionado|mejor posicionada|le saca|les saca|cuantos puntos)\b",
    "candidate": r"\b(quien es|quien era|hablame (de|sobre)|cuentame (de|sobre)|dime (algo )?(de|sobre)"
                 r"|informacion (de|sobre)|perfil|biografia|que sabes de|sobre)\b",
}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(f"(?:{english})|(?:{SPANISH_PATTERNS[name]})")) for name, english in ENGLISH_PATTERNS
]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int  # exclusive, in words
    text: str
    match: NameMatch


@dataclass(slots=True)
class ParsedQuestion:
    text: str
    folded: str
    words: list[str]
    intents: list[str]
    terms: RaceTerms = field(default_factory=RaceTerms)
    month: int | None = None  # a poll named by its month ("the may poll")
    poll_year: int | None = None  # and its year ("the august 2021 poll")
    before_stage: str | None = None  # "the poll before the primary"
    language: str = "en"  # "es" for a question typed in Spanish
    # Spanish articles ("la encuesta", "los candidatos"): neither names nor race terms ("LA", Louisiana)
    function_words: set[int] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)
    unknown: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names nobody has, with near ones
    ambiguous: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names several have
    leftover: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.match.entry.kind == kind]


def detect_intents(folded: str) -> list[str]:
    return [name for name, pattern in _PATTERNS if pattern.search(folded)]


def parse(question: str, index: NameIndex, today: dt.date | None = None) -> ParsedQuestion:
    normalized = normalize_question(question)
    initials = {letter.lower() for letter in _INITIAL.findall(normalized)}  # "Rachel W. Newman": W is no "with"
    words = groups_in_english([_keyword(w, index, initials) for w in fold_name(normalized).split()])
    folded = " ".join(_keyword(w, index, initials) for w in fold(normalized).split())
    parsed = ParsedQuestion(question, folded, words, detect_intents(folded), language=detect_language(question))
    parsed.function_words = article_positions(words, _is_spanish, index.exact_only)
    not_terms = set(parsed.function_words)
    if parsed.language == "es":  # "de" is "of", "va" and "mi" are Spanish words: state codes only in capitals
        shouted = not any(ch.islower() for ch in normalized)  # "ULTIMA ENCUESTA DE OHIO": no capitals tell
        capitals = set() if shouted else {pair.lower() for pair in _CAPITAL_PAIR.findall(normalized)}
        not_terms |= {i for i, w in enumerate(words) if w == "de" or len(w) == 2 and is_spanish_word(w)
                      and w not in capitals}
    parsed.terms = parse_race_terms(normalized, words, today or dt.date.today(), not_terms)
    parsed.month, parsed.before_stage = _poll_when(words)
    if parsed.month is not None and parsed.terms.cycle is not None:
        # "the august 2021 poll", "la encuesta de agosto de 2021": the year dates the poll, not the race's cycle
        for i, word in enumerate(words[:-1]):
            year_at = i + 2 if words[i + 1] == "de" else i + 1
            if word in MONTHS and words[year_at:year_at + 1] == [str(parsed.terms.cycle)]:
                parsed.poll_year, parsed.terms.cycle = parsed.terms.cycle, None
                parsed.terms.used.discard(year_at)
    _find_names(parsed, index)
    inside_names = {i for s in parsed.spans if s.match.entry.kind in ("candidate", "endorser", "pollster")
                    for i in range(s.start, s.end)}
    national_at = {i for i in parsed.terms.used if words[i] in NATIONAL_WORDS}
    if parsed.terms.national and national_at and national_at <= inside_names:  # "We Ask America" is no nation
        parsed.terms.national = False
        parsed.terms.used -= national_at
    for span in parsed.spans:  # "congresswoman bass", "councilman de leon": a title, not the race's office
        if span.match.entry.kind in ("candidate", "endorser"):
            for position in range(span.start - 1, span.end):
                if position in parsed.terms.office_at:
                    parsed.terms.drop_title(position)
            for position in range(span.start, span.end):  # "Virginia R. Morgan" is a person, not a state
                parsed.terms.drop_state(position)
    return parsed


_keyword_cache: dict[str, str] = {}
# What people type for the words of questions.
SHORTHAND = {"b4": "before", "abt": "about", "w": "with", "v": "vs", "pol": "poll", "pols": "polls",
             "rn": "now", "u": "you", "ur": "your", "wat": "what", "wut": "what", "wen": "when", "ppl": "people"}


_INITIAL = re.compile(r"\b([A-Z])\.")
_CAPITAL_PAIR = re.compile(r"\b([A-Z]{2})\b")


def _keyword(word: str, index: NameIndex, initials: AbstractSet[str] = frozenset()) -> str:
    """A misspelt keyword as the keyword ("endorsments" -> "endorsements"); any other word as it is."""
    if word in SHORTHAND and word not in initials:
        return SHORTHAND[word]
    if len(word) < 5 or word in QUESTION_WORDS or not word.isalpha() or word in index.by_token:
        return word
    found = _keyword_cache.get(word)
    if found is None:
        allowed = 1 if len(word) < 8 else 2
        found = min(KEYWORDS, key=lambda k: (OSA.distance(word, k), -fuzz.ratio(word, k), k))
        found = found if OSA.distance(word, found) <= allowed else word
        if len(_keyword_cache) > 10_000:
            _keyword_cache.clear()
        _keyword_cache[word] = found
    return found


def _poll_when(words: list[str]) -> tuple[int | None, str | None]:
    """The month a poll is named by ("the may poll", "october's poll", "la encuesta de octubre") and "the poll
    before the primary" ("la encuesta antes de la primaria")."""
    month = None
    for i, word in enumerate(words):
        if word in MONTHS and (word not in NAME_LIKE_MONTHS or (i > 0 and words[i - 1] in MONTH_BEFORE)
                               or POLL_WORDS & set(words[i + 1:i + 3])):
            month = MONTHS[word]
    before = None
    for i, word in enumerate(words[:-1]):
        if word in BEFORE_WORDS and POLL_WORDS & set(words[:i]):
            rest = words[i + 1:i + 5 if word == "antes" else i + 3]  # "antes de la segunda vuelta"
            pairs = [STAGE_PHRASES[pair] for pair in zip(rest, rest[1:], strict=False) if pair in STAGE_PHRASES]
            before = next((STAGE_WORDS[w] for w in rest if w in STAGE_WORDS), pairs[0] if pairs else None)
    return month, before


def _is_spanish(word: str) -> bool:
    """A Spanish word of questions, a Spanish month or office ("la encuesta", "la alcaldía", "los candidatos")."""
    return is_spanish_word(word) or word in SPANISH_MONTHS and word not in NAME_LIKE_MONTHS \
        or word in SPANISH_STAGE_WORDS or word in SPANISH_OFFICE_WORDS


def _find_names(parsed: ParsedQuestion, index: NameIndex) -> None:
    words = parsed.words
    candidates: list[Span] = []
    spans: list[tuple[int, int, str]] = []
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_EXACT_SPAN_WORDS) + 1):
            text = " ".join(words[start:end])
            if len(text) < 2:
                continue
            # Question words at the edge of a span: only a whole name of several words ("christina day") counts.
            at_edge = (words[start] in EDGE_WORDS and words[start] not in NAME_OR_SPANISH) \
                or words[end - 1] in EDGE_WORDS \
                or start in parsed.function_words or end - 1 in parsed.function_words
            exact = index.exact_only(text)
            if at_edge and (end - start == 1 or not exact):
                continue
            # A state code, office or year word is a name only inside an exact name of several words; a month
            # ("may") or a word of three letters only exactly.
            # A state's name may begin or end a person's name typed with a typo ("virginia fostter").
            terms_inside = set(range(start, end)) & parsed.terms.used
            if terms_inside and not exact and (not terms_inside <= parsed.terms.state_words
                                               or set(range(start, end)) <= parsed.terms.state_words):
                continue
            if end - start == 1 and len(text) <= 3 and not exact:
                continue
            if any(w in MONTHS for w in words[start:end]) and not exact:  # "june berkeley" is June's Berkeley poll
                continue
            # two names, not one: "bass vs caruso", "warren o diehl" (Spanish "or"), "bass y caruso" ("and")
            if any(w in VERSUS_WORDS or w in ("o", "y") for w in words[start:end]) and not exact:
                continue
            if end - start > MAX_FUZZY_SPAN_WORDS and not exact:
                continue
            spans.append((start, end, text))
    # Exact names of several words first: the words inside them need no fuzzy search of their own.
    inside_exact: set[tuple[int, int]] = set()
    for start, end, text in spans:
        if end - start > 1 and index.exact_only(text):
            inside_exact |= {(s, e) for s in range(start, end) for e in range(s + 1, end + 1) if (s, e) != (start, end)}
    for start, end, text in spans:
        if (start, end) in inside_exact and not index.exact_only(text):
            continue
        matches = index.lookup(text, limit=4, folded=True)
        if words[start] in NAME_OR_SPANISH and end - start > 1:
            # "de", "la", "el" begin names ("de leon", "la times") or are Spanish words before one ("encuesta de
            # berkeley", "el LA Times"): a name only when typed like it
            matches = [m for m in matches if typed_like(text, m.key)]
            if not matches and words[start] in ARTICLES and parsed.language == "es":
                text = " ".join(["the", *words[start + 1:end]])  # "el Times" is what English calls "the Times"
                matches = [m for m in index.lookup(text, limit=4, folded=True) if typed_like(text, m.key)]
        # Races are found by their structure (understanding/race_terms.py); by name only when named exactly. A word
        # that is a race term ("LA", "georgia") is a name only as a place, or inside a longer exact name.
        matches = [m for m in matches if m.entry.kind != "race" or m.score >= 100.0]
        if end - start == 1 and start in parsed.terms.used:
            matches = [m for m in matches if m.entry.kind == "place"]
        elif set(range(start, end)) & parsed.terms.state_words and not index.exact_only(text):
            matches = [m for m in matches if m.entry.kind in ("candidate", "endorser", "pollster")
                       and typed_like(text, m.key)]
        if matches and matches[0].score >= SUGGESTION_SCORE:
            for match in matches:
                candidates.append(Span(start, end, text, match))
    # Confident spans first, the longest of them first ("patrick cannon" over the surname "cannon"), then the
    # best scored; keep those that don't overlap a span already kept.
    candidates.sort(key=lambda s: (s.match.score < CONFIDENT_SCORE, -(s.end - s.start), -s.match.score, s.start))
    taken: set[int] = set()
    chosen: list[Span] = []
    for span in candidates:
        covered = set(range(span.start, span.end))
        if covered & taken:
            # the same words may name something of another kind ("LA" a place and a race): keep both
            same = [c for c in chosen if c.start == span.start and c.end == span.end]
            if same and span.match.score >= same[0].match.score and span.match.entry.kind != same[0].match.entry.kind:
                chosen.append(span)
            continue
        if span.match.score < CONFIDENT_SCORE:
            continue
        chosen.append(span)
        taken |= covered
    # A word that is a whole place name wins over a pollster's name that contains it ("springfield").
    place_words = {i for s in chosen if s.match.entry.kind == "place" for i in range(s.start, s.end)}
    chosen = [s for s in chosen if not (s.match.entry.kind == "pollster" and place_words & set(range(s.start, s.end)))]
    # Two names side by side ("chris" + "musk", "tyler" + "perry") are one name: someone's, typed like it, or
    # a name that nobody has; unless they are two candidates of one race ("ossoff perdue", "biden trump"), whom
    # nobody's name is typed like.
    named = sorted((s for s in chosen if s.match.entry.kind in ("candidate", "endorser", "pollster")),
                   key=lambda s: s.start)
    for first, second in zip(named, named[1:], strict=False):
        people = {first.match.entry.kind, second.match.entry.kind} & {"candidate", "endorser"}
        if first.end == second.start and people and first.match.entry != second.match.entry \
                and first in chosen and second in chosen:
            wider = f"{first.text} {second.text}"
            same_words = [[c for c in chosen if (c.start, c.end) == (s.start, s.end)] for s in (first, second)]
            if any(_opponents(index, a, b) for a in same_words[0] for b in same_words[1]) \
                    and not _someones(index, wider):
                continue
            _replace(parsed, index, chosen, [first, second], first.start, second.end, wider)
    # A confident name with unexplained words next to it ("karen SMITH") is that name only if the whole is.
    for span in list(chosen):
        taken = {i for c in chosen for i in range(c.start, c.end)}
        left, right = span.start, span.end
        explained = taken | parsed.terms.used | parsed.function_words
        if parsed.language == "es":  # "el LA Times", "la Federación": a Spanish article, not a word of the name
            explained |= {i for i, w in enumerate(words) if w in ARTICLES}
        while left > 0 and left - 1 not in explained and not _plain_word(words[left - 1]):
            left -= 1
        while right < len(words) and right not in explained and not _plain_word(words[right]):
            right += 1
        if (left, right) != (span.start, span.end) and span.match.entry.kind in ("candidate", "endorser", "pollster"):
            wider = " ".join(words[left:right])
            if _is_year(wider.split()):
                continue
            _replace(parsed, index, chosen, [span], left, right, wider)
    # Held to a stricter standard: every word typed must be a close typo of a word of the name matched.
    for span in list(chosen):
        if span.match.entry.kind in ("candidate", "endorser", "pollster") and not typed_like(span.text,
                                                                                             span.match.key):
            chosen.remove(span)
            parsed.unknown.append((span.text, [span.match]))
    # Ambiguity: two different entries of the same kind tie on the same words.
    final: list[Span] = []
    for span in chosen:
        rivals = [c for c in candidates if (c.start, c.end) == (span.start, span.end)
                  and c.match.entry.kind == span.match.entry.kind and c.match.entry != span.match.entry
                  and span.match.score - c.match.score < 4.0]
        span, rivals = _without_juniors(span, rivals)
        others = [c for c in candidates if (c.start, c.end) == (span.start, span.end)
                  and c.match.entry.kind in ("candidate", "endorser") and c.match.entry.kind != span.match.entry.kind]
        span, rivals = _fewest_typos(span, rivals, others)
        if rivals and span.match.entry.kind in ("candidate", "endorser"):
            parsed.ambiguous.append((span.text, [span.match, *[r.match for r in rivals]]))
        else:
            final.append(span)
    parsed.spans = sorted(final, key=lambda s: s.start)
    used = set().union(*(set(range(s.start, s.end)) for s in parsed.spans)) if parsed.spans else set()
    parsed.leftover = [w for i, w in enumerate(words) if i not in used and i not in parsed.terms.used
                       and i not in parsed.function_words and not _plain_word(w)]


def _opponents(index: NameIndex, first: Span, second: Span) -> bool:
    """Two candidates named exactly (a whole name or a surname, not a first name or a typo) who ran in one race;
    a surname several share ("baker") counts each of them."""
    if not all(s.match.entry.kind == "candidate" and s.match.score >= 100.0 for s in (first, second)):
        return False
    races = [{r for entry in index.namesakes(s.match) for r in entry.race_ids} for s in (first, second)]
    return bool(races[0] & races[1])


def _someones(index: NameIndex, text: str) -> bool:
    """Whether words are someone's whole name, typed like it."""
    found = index.lookup(text, limit=1)
    return bool(found) and found[0].score >= CONFIDENT_SCORE and typed_like(text, found[0].key)


def _replace(parsed: ParsedQuestion, index: NameIndex, chosen: list[Span], spans: list[Span], start: int, end: int,
             wider: str) -> None:
    """Spans that read as one wider name: its match if someone's name is typed like it, else an unknown name."""
    rescored = index.lookup(wider, limit=4)
    kinds = {s.match.entry.kind for s in spans}
    for span in [c for c in chosen if c.match.entry.kind in kinds | {"candidate", "endorser"}
                 and c.start < end and start < c.end]:  # the same words as another kind go too ("varma")
        chosen.remove(span)
    if rescored and rescored[0].score >= CONFIDENT_SCORE and typed_like(wider, rescored[0].key):
        chosen.append(Span(start, end, wider, rescored[0]))
    else:
        parsed.unknown.append((wider, rescored))


def _fewest_typos(span: Span, rivals: list[Span], others: list[Span]) -> tuple[Span, list[Span]]:
    """Of names a misspelt name is about as close to, the one it is fewest typos from, when one is: a swapped pair
    of letters is one typo, so "sofia bakre" is Sofia Baker, not Sofia Barker (a plain similarity ties them).
    `others`, people of the other kind on the same words, count too: as near as the closest, they keep the doubt."""
    if not rivals or span.match.score >= 100.0:
        return span, rivals
    everyone = [span, *rivals]
    typos = [OSA.distance(span.text, s.match.key) for s in everyone]
    fewest = min(typos)
    if typos.count(fewest) == 1 and all(OSA.distance(span.text, o.match.key) > fewest for o in others):
        return everyone[typos.index(fewest)], []
    return span, rivals


def _without_juniors(span: Span, rivals: list[Span]) -> tuple[Span, list[Span]]:
    """A bare surname names the person without a suffix: "trump" is Donald Trump, not Donald Trump Jr."""
    if len(span.text.split()) != 1:
        return span, rivals
    everyone = [span, *rivals]
    plain = [s for s in everyone if not _has_suffix(s.match.entry.display)]
    if plain and len(plain) < len(everyone):
        return plain[0], plain[1:]
    return span, rivals


def _has_suffix(name: str) -> bool:
    return fold(name).split()[-1] in SUFFIXES


def _plain_word(word: str) -> bool:
    return word in QUESTION_WORDS or word in MONTHS or word.isdigit()


def typed_like(typed: str, key: str) -> bool:
    """Whether each typed word is the key's word, in order, or a typo of it: one letter off in a word of up to
    five letters, two in a longer one ("kardashan"); "karen bliss" is not "karen bass"."""
    typed_words, key_words = typed.split(), key.split()
    if "".join(typed_words) == "".join(key_words):
        return True
    position = 0
    for word in typed_words:
        while position < len(key_words) and not _close(word, key_words[position]):
            position += 1
        if position == len(key_words):
            return False
        position += 1
    return True


def _close(typed: str, word: str) -> bool:
    if len(word) < 4:  # a short word: one letter off, the first letter right ("jow" for "joe")
        allowed = 1 if typed[:1] == word[:1] and len(typed) >= 2 else 0
    else:
        allowed = 1 if len(word) < 6 else 2
    return OSA.distance(typed, word, score_cutoff=allowed + 1) <= allowed


def _is_year(words: list[str]) -> bool:
    return any(re.fullmatch(r"(19|20)\d\d", w) for w in words)


def name_text(parsed: ParsedQuestion) -> str:
    """The words of a question that look like a name nobody knows, for "no one called X" answers."""
    return " ".join(parsed.leftover)
