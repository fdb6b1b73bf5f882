"""The language a person typed a question in: Spanish ("es") or English ("en"), from the words of the question."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.engine.understanding.lexicon import lexicon
from bot.names import fold

log = logging.getLogger(__name__)

# Words only Spanish questions use (folded: no accents, lower case). Words both languages share ("a", "no",
# "me", "general", "latino") and words that begin names ("de" in "Kevin de León", "la" in "LA mayor", "el",
# "los", "las", "san") are left out: they say nothing of the language by themselves.
SPANISH_WORDS = frozenset("""
quien quienes como cuando donde cual cuales cuanto cuantos cuantas cuanta porque por que para con sin sobre entre
del una uno unos unas este esta estan esto estos estas ese esa eso hay es fue fueron sera seran
va van han hubo tiene tienen tuvo esta estan y o pero tambien ya todavia aun mas menos muy segun
encuesta encuestas encuestadora encuestadoras sondeo sondeos promedio ultima ultimo ultimas ultimos reciente
recientes nueva nuevo apoya apoyan apoyo apoyaron apoyado apoyada respalda respaldan respaldo respaldaron respaldado
respaldada respaldos apoyos ganando gano ganaron ganara ganador ganadora ganadores gana ganan va lidera lideran
liderando ventaja adelante delante arriba contra frente eleccion elecciones electoral comicios votacion votan vota
votaron votos voto votantes hombres mujeres jovenes mayores blancos negros asiaticos hispanos latinas mujer hombre
alcalde alcaldesa alcaldia gobernador gobernadora gobernacion senado senador senadora presidente presidenta
presidencia presidencial camara diputado diputada representante concejo concejal primarias primaria segunda
vuelta balotaje resultados resultado candidatos candidatas candidato candidata postula postulan postulo
compiten compite corre corren carrera contienda dime dame muestrame cuentame informacion quiero saber sabes puedes
ayuda hola gracias fecha dia dias faltan falta queda quedan cuanto manana hoy ahora ayer semana mes ano
renida renidas cerrada pareja margen diferencia tienes conoces sigues cubres carreras contiendas
ganar mejor posicionado posicionada saca
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
avalo avala avalan aval avales endoso endosos endosa endosaron encabeza encabezan puntos porcentaje
perdio perdieron paso pasaron segundo segunda tercero quedo quedaron distrito estado nacional
hablame perfil biografia verdad cierto frente entre aspirantes boleta
partidarios seguidores simpatizantes compara comparar comparame comparacion celebridades famosos sindicatos
periodicos diarios politicos organizaciones rivales oponentes contrincantes empresas firmas companias
""".split())
# Words only English questions use.
ENGLISH_WORDS = frozenset("""
who whom whose whos what whats when whens where which how hows why is are was were will would did does do has have
had be been the of and or for with about from to in on at by this that these those it its there their any anyone
anybody someone tell show give my you your i can could should please
endorsed endorse endorses endorsing endorsement endorsements endorser endorsers backed backing backs backers support
supports supported supporting supporters poll polls polling pollster pollsters survey surveys latest newest recent
last average avg ahead leading leads lead winning won win winner winners running run runs race races candidates
candidate election elections result results vs versus against compare mayor mayoral governor senate senator
president presidential runoff primary primaries voting vote votes voters men women people day days left until
date doing going today now new
""".split()) - SPANISH_WORDS
# A Spanish ending with an accent: "respaldó", "elección", "votará", "días" (a name rarely ends like these).
_SPANISH_ACCENTED_ENDING = re.compile(r"[a-zñ]+(ó|ión|iones|á|ía|ías|é)$")
_WORD = re.compile(r"[^\W\d_]+")
# Words both languages may write, which before a Spanish word are Spanish ("la encuesta", "de encuestas").
_SPANISH_BEFORE = {"la", "el", "los", "las", "de", "a"}
# Place names whose first word is Spanish but which English questions use as they are.
_PLACE_PHRASES = ("los angeles", "las vegas", "el paso", "san antonio", "san diego", "san francisco", "san jose",
                  "santa fe", "la opinion")


# Titles people put before a name in either language ("perfil de mayor bass", "mayor bass entre los demócratas"):
# before a name they say nothing of the language; elsewhere ("the mayor race") they are English.
_TITLES = frozenset({"mayor", "governor", "senator", "president"}) & ENGLISH_WORDS


def _name_follows(words: list[str], i: int) -> bool:
    """Whether the word after position i is in neither vocabulary (a name, most likely)."""
    return i + 1 < len(words) and words[i + 1] not in SPANISH_WORDS and words[i + 1] not in ENGLISH_WORDS


# Long words are recognised through a typo ("encuseta", "endorsd"): one letter off.
_TYPO_MIN_LENGTH = 6
_LONG_WORDS = {word: language for language, words in (("es", SPANISH_WORDS), ("en", ENGLISH_WORDS))
               for word in words if len(word) >= _TYPO_MIN_LENGTH - 1}
_LONG_WORD_LIST = list(_LONG_WORDS)


def detect_language(text: str) -> str:
    """The language of a question typed by a person: "es" for Spanish, "en" for English or when nothing tells."""
    folded = f" {fold(text)} "
    for phrase in _PLACE_PHRASES:
        folded = folded.replace(f" {phrase} ", " ")
    spanish = 2.0 * sum(text.count(mark) for mark in "¿¡")
    english = 0.0
    words = folded.split()
    for i, word in enumerate(words):
        if word in SPANISH_WORDS:
            # an article or "de" before it is Spanish too ("la encuesta de Oakmont Polling")
            spanish += 2 if i > 0 and words[i - 1] in _SPANISH_BEFORE else 1
        elif word in ENGLISH_WORDS:
            english += 0 if word in _TITLES and _name_follows(words, i) else 1
        elif (common := lexicon().language_of(word)) is not None:  # a common word of one language ("over"):
            # half a word's weight, for a place or a name may be such a word ("berkeley")
            spanish, english = (spanish + 0.5, english) if common == "es" else (spanish, english + 0.5)
        elif len(word) >= _TYPO_MIN_LENGTH and (near := _typo_of(word)) is not None:
            spanish, english = (spanish + 1, english) if near == "es" else (spanish, english + 1)
    # Accented words typed in lower case ("respaldó") are Spanish words; a capitalised one may be a name ("León").
    if not text.isascii():
        spanish += sum(1 for word in _WORD.findall(text) if word.islower()
                       and _SPANISH_ACCENTED_ENDING.fullmatch(word) and fold(word) not in SPANISH_WORDS)
    return "es" if spanish > english else "en"


def written_in(text: str) -> str | None:
    """The language of a question's text; None (logged) when it cannot be detected."""
    try:
        return detect_language(text)
    except Exception:  # the language is a nicety: a question is answered, in English, whatever happens here
        log.exception("language detection failed: %r", text[:200])
        return None


@lru_cache(maxsize=4096)
def _typo_of(word: str) -> str | None:
    """The language of the long word `word` is one letter off, if it is exactly one language's."""
    found = process.extract(word, _LONG_WORD_LIST, scorer=OSA.distance, score_cutoff=1, limit=None)
    languages = {_LONG_WORDS[near] for near, _distance, _position in found}
    return languages.pop() if len(languages) == 1 else None
