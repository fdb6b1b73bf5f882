"""Spanish words of questions that English has no slot for: articles, and groups of voters in Spanish word order.

The Spanish intents, keywords, months, offices and stages sit beside their English ones (parse.py, race_terms.py
in this package); what is here is what only Spanish needs.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.engine.understanding.language import SPANISH_WORDS

# Spanish words of questions besides those that tell the language (language.SPANISH_WORDS): never names.
# Words that begin names ("de", "la", "el", "los", "las") are not among them: see ARTICLES.
FUNCTION_WORDS = frozenset("""
en se lo le les su sus mi mis tu tus un al algun alguna alguno algunos algunas alguien nadie ninguno cada todo
toda todos todas otro otra otros otras mismo misma nos vez
famosas sindicato periodico diario politicas funcionarios funcionarias grupo organizacion numeros cifras
porcentajes elegido elegida electo electa segun estara ganaria sacaron obtuvieron salio hizo hicieron realizo
realizaron encuestado despues desde hasta durante nuevamente siendo sigue siguen aspira aspiran postulandose
compitiendo corriendo encabezando perdiendo apoyando respaldando avalando papeleta campana candidatura tendencia
historial evolucion lista votaciones favorito favorita favoritos puntero puntera cabeza primero primera lugar
posibilidades probabilidades comandos porfa porfavor oye pues bueno entonces ahorita datos versus antes avanzo
avanzaron clasifico clasificaron saco obtuvo consiguio celebridad grupos agregado algo aparece cara celebra
celebrara ciento contados conteo contestar encuestaron encuesto escrutinio funciona funcionas hace hacen hacer
hecho largo lider listado logro ningun nuevas nuevos postulando postularse preguntar presenta presentan primer
promedios puedo recuento responder tiempo toca votamos votar votara
correo anticipado anticipados anticipada anticipadas adelantado adelantados provisionales enmienda enmiendas
proposicion proposiciones aprobo aprobada aprobado aprobaron rechazada rechazado generica generico participacion
condado condados precinto precintos
""".split()) - SPANISH_WORDS
# "la", "el", "los", "las" begin place names ("LA", "El Paso", "Los Angeles"): articles only before a Spanish word.
ARTICLES = frozenset({"la", "el", "los", "las"})

# Groups of voters: Spanish puts the noun first ("hombres latinos"), the data's labels put it last ("Latino men").
GROUP_NOUNS = {
    "hombres": "men", "mujeres": "women", "votantes": "voters", "electores": "voters", "liberales": "liberals",
    "moderados": "moderates", "moderadas": "moderates", "democratas": "democrats", "republicanos": "republicans",
    "conservadores": "conservatives", "independientes": "independents", "jovenes": "young voters",
}
GROUP_ADJECTIVES = {
    "latinos": "latino", "latinas": "latino", "latino": "latino", "latina": "latino", "hispanos": "hispanic",
    "hispanas": "hispanic", "blancos": "white", "blancas": "white", "negros": "black", "negras": "black",
    "afroamericanos": "black", "afroamericanas": "black", "asiaticos": "asian", "asiaticas": "asian",
    "jovenes": "young", "mayores": "older", "probables": "likely", "registrados": "registered",
    "registradas": "registered", "inscritos": "registered", "inscritas": "registered", "liberales": "liberal",
    "moderados": "moderate", "conservadores": "conservative", "independientes": "independent",
}
# Places and groups named by a phrase of another shape.
GROUP_PHRASES = {("valle", "de", "san", "fernando"): ("san", "fernando", "valley")}
# A group named by its adjective alone after an article: "los latinos" are the Latino voters.
GROUP_ALONE = {"latinos", "latinas", "hispanos", "hispanas", "asiaticos", "asiaticas", "blancos", "blancas",
               "negros", "negras", "afroamericanos"}


def groups_in_english(words: list[str]) -> list[str]:
    """Rewrites Spanish groups of voters in the data's English words and order: "hombres latinos" -> "latino men",
    "votantes latinos registrados" -> "latino registered voters", "mujeres" -> "women"."""
    if not any(w in GROUP_NOUNS or w in GROUP_ADJECTIVES or w == "valle" for w in words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        phrase = next((p for p in GROUP_PHRASES if tuple(words[i:i + len(p)]) == p), None)
        if phrase is not None:
            out += GROUP_PHRASES[phrase]
            i += len(phrase)
            continue
        word = words[i]
        if word in GROUP_NOUNS:
            adjectives = []
            j = i + 1
            while j < len(words) and words[j] in GROUP_ADJECTIVES and words[j] not in GROUP_NOUNS:
                adjectives.append(GROUP_ADJECTIVES[words[j]])
                j += 1
            out += [*adjectives, GROUP_NOUNS[word]]
            i = j
            continue
        if word in GROUP_ALONE and i > 0 and words[i - 1] in ("los", "las"):
            out += [GROUP_ADJECTIVES[word], "voters"]
        else:
            out.append(word)
        i += 1
    return " ".join(out).split()  # "young voters" is two words


def article_positions(words: list[str], is_spanish: Callable[[str], bool], names: Callable[[str], bool]) -> set[int]:
    """Positions of "la", "el", "los", "las" used as articles: before a Spanish word ("la encuesta", "los
    candidatos"), unless the two words begin a name ("el paso"). "LA mayor" and "los angeles" keep theirs."""
    found = set()
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if word in ARTICLES and is_spanish(after) and not names(f"{word} {after}"):
            found.add(i)
    return found


def is_spanish_word(word: str) -> bool:
    """Whether a folded word is a Spanish word of questions (not a name)."""
    return word in SPANISH_WORDS or word in FUNCTION_WORDS
