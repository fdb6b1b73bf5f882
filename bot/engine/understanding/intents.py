"""What a question asks, from keyword rules: one English and one Spanish rule per kind of question."""

from __future__ import annotations

import re

from bot.engine.kinds import QuestionKind

# The rules of the intents, in the order of detect_intents' answer: English, then Spanish, one rule each.
ENGLISH_PATTERNS: list[tuple[QuestionKind, str]] = [
    (QuestionKind.HELP,
     r"^(help|commands|\?+|what can (you|i) (do|ask|answer)|how (do i|to) use( (you|this|it))?"
     r"|what do you (know|do)|what can you tell me|usage)\b"),
    (QuestionKind.RESULTS,
     r"\b(who won|won the|winner|winners|results?|how did .* do|howd .* do|how .* did in"
     r"|(who|which) (\w+ ){0,2}top (2|two)\b"
     r"|went (to )?(who|whom|red|blue)|(go|goes|went|turn|turned|flip|flipped) (red|blue)"
     r"|\b(did|has) (\w+ ){1,4}(win|won|lose|lost)"
     r"|(who|which \w+)( actually| really| ultimately| eventually| finally)? (carried|flipped|topped"
     r"|took(?! (the |a )?(lead|poll)))|who came out (on )?top"
     r"|\b(did|has) (\w+ ){1,3}(carry|carried|flip|flipped"
     r"|take(?! (the |a )?(lead|poll)))"
     r"|what (percent |share |% )?(did|does) .* get|made it to the (general|runoff)"
     r"|who made the runoff|(made|make|making) (it (in)?to )?the (runoff|general|top two|top 2)"
     r"|who advanced|advanced to|vote counts?|how many (\w+ ){0,3}(votes|ballots)|final (tally|count)|who lost|votes"
     r"|vote totals?|who swept"
     r"|top two|final vote|elected|counted|count so far|the count|reporting"
     r"|precincts?( are)? (in|reporting)|how much of the vote|share of the vote (is )?in)\b"),
    (QuestionKind.ELECTION_DATE,
     r"\b(when (is|was|s|will|does|do)|whens|election day|days (left|until|till|to go)"
     r"|how (many|long) (days|until|till)|how long (\w+ ){0,4}(until|till|before)|date of|what (date|day)"
     r"|when do we vote|which day)\b"),
    (QuestionKind.AVERAGE,
     r"\b(average|avg|aggregate|polling average)\b"),
    (QuestionKind.POLL_HISTORY,
     r"\b(all (the )?(\w+ ){0,8}polls|poll history|polls over time|trend|every poll"
     r"|list (the |of )?polls|history of (the )?polls)\b"),
    (QuestionKind.LATEST_POLL,
     r"\b(latest|newest|most recent|last|final|recent|new(?! (york|jersey|mexico|hampshire)))"
     r"\b( \w+){0,10} (poll|survey)|\b(latest|newest|most recent|any news)$"),
    (QuestionKind.COMPARE,
     r"\b(compare|compared|vs|versus|head to head|against)\b"),
    (QuestionKind.POLLSTERS,
     r"\b(who (has |have )?(polled|polls|is polling|conducted)|which pollsters?|what pollsters?"
     r"|pollsters|who s polling|whos polling|how many polls|(every|all|each|list|name) (the |of the )?pollsters?"
     r"|pollsters? list"
     r"|who(s| has| have| s)?( been)? (doing|done|conducting"
     r"|conducted|running|run|taking|taken) (the |any |a |all |those |these )?(polling|polls?|surveys?)"
     r"|who did the polling|who (ran|conducted|fielded) (the|that|this) (\w+ ){1,6}(poll|survey)"
     r"|(which|what) (\w+ ){0,2}(firms?|companies|company|outfits?|organizations|groups) (have |has )?polled"
     r"|(which|what) (\w+ ){0,2}(firms?|companies|company|outfits?|pollsters) (\w+ ){0,3}(polls?|polled|polling"
     r"|surveys?|surveyed))\b"
     r"(?! (the )?(best|better|ahead|highest|strongest|well|first|top)\b)"),
    (QuestionKind.IS_RUNNING,
     r"^(is|was|will|did|has)\b(?!.*\bwho\b).*\b(running|run|ran|a candidate"
     r"|in the race|on the (\w+ ){0,3}ballot)\b|^(?!(who|whos|what|how|when)\b)(\w+ ){1,4}"
     r"(still )?running$"),
    (QuestionKind.ENDORSEMENTS_BY,
     r"\b((did|has|does|have|is|are|was|who did|whom did|who has|who does|whom has"
     r"|who is|whos)\b.*"
     r"\b(endorse|endorsed|back|backed|support|supported|backing|supporting|endorsing))"
     r"|\bendorsements? (by|from)\b"
     r"|^(?!(who|whom|which|what|any|how|whos)\b)(\w+ ){1,3}(endorse|endorsed|endorses|endorsing|backed|backs"
     r"|backing|supports|supported) (?!by\b)\w+"),
    (QuestionKind.ENDORSEMENTS_OF,
     r"\b(who (has )?(endorsed|endorses|is endorsing|backs|backed|is backing|supports"
     r"|supported|is supporting)|whos (endorsing|backing|supporting)|endorsements?"
     r"|(endorsed|backed|supported) by (who|whom)|any (\w+ ){0,3}(backing|endorsing|supporting|backed|endorsed)"
     r"|(which|what) (\w+ ){1,3}(endorsed|backed|supported|support|back)"
     r"( (of|for))?|endorsers?|backers|supporters|who are .* (backers|supporters))\b"),
    (QuestionKind.RACES,
     r"\b((which|what|list|all|show|how many|any)( me)?( the| all| of the)? races|races (in|for|of|do you"
     r"|are there|you (have|know|cover|follow)))\b"),
    (QuestionKind.RUNNING,
     r"\b(who is running|whos running|who s running|running for|candidates|who are the candidates"
     r"|in the race|field|who is in|whos in|on the ballot|running against|opponents?|rivals?|challengers?"
     r"|(up )?against who|facing who)\b"),
    (QuestionKind.LEADER,
     r"\b(ahead|leading|winning|lead|leads|who led|frontrunner|front runner|favou?red|polls? say|numbers|stats"
     r"|toast|safe|in trouble|doomed|vulnerable|surging|momentum|holding on|slipping|fading|gaining"
     r"|polls? show|how is .* doing|how are .* doing|standing|polls?|polling|odds|chances"
     r"|(doing|polling) (the )?best|close|closest|tight|competitive|margin"
     r"|(gonna|going to|will|ll|wholl|likely to|expected to|projected to) win|^will .+ win"
     r"|^(is|are) .+ up\b|how many points|points? (ahead|behind|up|down)"
     r"|^(who is|whos|who s) up|^(whats|what is|what s|where is|wheres|where s)( \w+){1,4} at)\b"),
    (QuestionKind.CANDIDATE,
     r"\b(who is|whos|tell me about|about|profile|bio|background|info)\b"),
]


# The same intents in Spanish, read from the folded question (no accents: "quién ganó" is "quien gano").
SPANISH_PATTERNS: dict[QuestionKind, str] = {
    QuestionKind.HELP:
        r"^(ayuda|comandos|que (puedes|sabes) (hacer|responder|contestar)|que (te )?puedo preguntar"
        r"|como (te uso|se usa|funcionas|funciona))\b",
    QuestionKind.RESULTS:
        r"\b(quien(es)? (gano|ganaron|perdio|perdieron|se llevo|se llevaron)|gano|ganaron|ganador(a|es|as)?"
        r"|resultados?"
        r"|como le fue|como les fue|cuantos votos|que porcentaje (\w+ ){0,3}(saco|obtuvo|consiguio|tuvo|logro)"
        r"|(saco|obtuvo|consiguio|logro) (\w+ ){0,3}(votos|porcentaje|por ciento)"
        r"|(paso|pasaron|avanzo|avanzaron|clasifico|clasificaron) (a|al) (la )?(segunda vuelta|general"
        r"|balotaje|eleccion general)|quien(es)? (paso|pasaron|avanzo|avanzaron|clasifico|clasificaron)"
        r"|conteo|escrutinio|recuento|votos contados|votos|fue elegid[oa]|(fue|salio) electa?)\b",
    QuestionKind.ELECTION_DATE:
        r"\b(cuando (es|son|sera|seran|fue|fueron|se vota|se votara|votamos|hay que votar|toca votar"
        r"|se celebra|se celebrara)|que dia (es|son|sera|fue)|que fecha|fecha de (la |las )?(eleccion"
        r"|elecciones|votacion|primarias?|segunda vuelta|general)|dia de (la )?(eleccion|votacion)"
        r"|cuantos dias (faltan|quedan)|faltan cuantos dias|cuanto (falta|queda) (para|hasta))\b",
    QuestionKind.AVERAGE:
        r"\b(promedios?|media de (las )?encuestas|agregado de (las )?encuestas)\b",
    QuestionKind.POLL_HISTORY:
        r"\b(todas (las )?(\w+ ){0,8}encuestas|historial de (las )?encuestas|encuestas a lo largo del"
        r" tiempo|tendencia|cada encuesta|(lista|listado|evolucion) de (las )?encuestas)\b",
    QuestionKind.LATEST_POLL:
        r"\b(ultimas?|ultimos?|mas recientes?|nuevas?|nuevos?|recientes?)\b( \w+){0,10} (encuestas?"
        r"|sondeos?)\b|\b(encuestas?|sondeos?)( \w+){0,4} (mas recientes?|mas nuevas?|ultimas?"
        r"|recientes?|nuevas?)\b",
    QuestionKind.COMPARE:
        r"\b(contra|comparar|compara|comparame|comparacion|frente a|cara a cara)\b",
    QuestionKind.POLLSTERS:
        r"\b(quien(es)? (ha |han )?(encuestado|encuesto|encuestaron|hecho encuestas|hizo encuestas"
        r"|hicieron encuestas|hace encuestas|hacen encuestas)|(que|cuales) encuestadoras?|encuestadoras"
        r"|(que|cuales) (empresas|firmas|companias) (han )?(encuestaron|encuestado|hicieron encuestas)"
        r"|cuantas encuestas|quien (hizo|realizo|levanto) (la|esa|esta) encuesta)\b",
    QuestionKind.IS_RUNNING:
        r"^(?!(quien|quienes|cuales?|que)\b)(\w+ ){0,5}(se postula|se postulo|se presenta|se esta postulando"
        r"|postulandose|es candidat[oa]|sigue siendo candidat[oa]|(esta|estuvo|estaba) en la (carrera|contienda|boleta)"
        r"|sigue en (la )?(carrera|contienda)|sigue compitiendo|compite|esta compitiendo"
        r"|aparece en la boleta|va a postularse)\b|^(esta|sigue) (\w+ ){1,4}en (la )?(carrera|contienda"
        r"|boleta)\b",
    QuestionKind.ENDORSEMENTS_BY:
        r"\ba (quien(es)?|que|cual(es)?) (\w+ ){0,2}(apoy|respald|aval|endos|recomend)\w*"
        r"|\b(apoy|respald|aval|endos)\w* (a )?(alguien|algun|alguno|alguna|nadie|ningun)\b"
        r"|^(?!(quien|quienes|que|cuales?|a)\b)(\w+ ){1,12}(ha |han )?(apoyo|apoya|apoyado|respaldo"
        r"|respalda|respaldado|avalo|avala|endoso|endosa|esta apoyando|esta respaldando) (a|al)\b"
        r"|^(apoyo|apoya|respaldo|respalda|avalo|endoso) (\w+ ){1,4}(a|al)\b"
        # the endorser after the verb or the noun: "en que fecha respaldo obama a bass", "el apoyo de musk a caruso"
        r"|(?<!quien )(?<!quienes )\b(apoyo|respaldo|avalo|endoso) (de |del )?(\w+ ){1,4}(a|al)\b",
    QuestionKind.ENDORSEMENTS_OF:
        r"(?<!\ba )\bquien(es)? (lo |la |le |les )?(\w+ ){0,2}(apoy|respald|aval|endos)\w*"
        r"|(^|\by )(que|cuales) (\w+ ){1,3}(apoy|respald|aval|endos)\w*"
        r"|\b(apoyos|respaldos|avales|endosos|partidarios|seguidores|simpatizantes)"
        r" (de|a|para|del)\b|\b(cuantos|que|cuales) (respaldos|apoyos|avales|endosos)\b"
        r"|\b(apoyan|apoyaron|respaldan|respaldaron) (a|al)\b",
    QuestionKind.RACES:
        r"\b((que|cuales|cuantas|lista( de)?|todas)( las)? (elecciones|contiendas|carreras)"
        r"|(elecciones|contiendas|carreras) (en|de(?! \d)|que (tienes|conoces|sigues)|hay))\b",  # "de 2024": when
    QuestionKind.RUNNING:
        r"\b(quien(es)? se (postula|postulan|presenta|presentan)|quien(es)? (son|es) (los |las )?candidat\w*"
        r"|quien(es)? (compite|compiten|corre|corren|aspira|aspiran|esta en la|estan en la)"
        r"|candidat[oa]s|aspirantes|en la boleta|se postulan|compiten"
        r"|(postula|postulan|presenta|presentan|compite|compiten) (a|para|por)|rivales|oponentes|contrincantes"
        r"|contra quien(es)?)\b",
    QuestionKind.LEADER:
        r"\b(ganando|gana|ganara|lidera|lideran|liderando|lider|ventaja|adelante|delante|encabeza|encabezan"
        r"|encabezando|favorit[oa]s?|puntero|puntera|en cabeza|primer lugar|va primero|como va|como van"
        r"|como le va|como les va|como esta|como estan|encuestas?|sondeos?|posibilidades|probabilidades"
        r"|renidas?|cerrada|pareja|margen|diferencia|(va|van) a ganar|va mejor|van mejor"
        r"|mejor posicionado|mejor posicionada|le saca|les saca|cuantos puntos)\b",
    QuestionKind.CANDIDATE:
        r"\b(quien es|quien era|hablame (de|sobre)|cuentame (de|sobre)|dime (algo )?(de|sobre)"
        r"|informacion (de|sobre)|perfil|biografia|que sabes de|sobre)\b",
}


_PATTERNS: list[tuple[QuestionKind, re.Pattern[str]]] = [
    (name, re.compile(f"(?:{english})|(?:{SPANISH_PATTERNS[name]})")) for name, english in ENGLISH_PATTERNS
]


# "how did mcsally do in the polls", "como le fue en las encuestas": how the polls had them, no result.
_IN_THE_POLLS = re.compile(r"\b(in|on) (the )?(polls|polling|surveys)\b|\ben (las )?encuestas\b")


def detect_intents(folded: str) -> list[QuestionKind]:
    """The kinds of question a folded question asks, by the English and Spanish rules, in the rules' order."""
    found = [name for name, pattern in _PATTERNS if pattern.search(folded)]
    if QuestionKind.RESULTS in found and _IN_THE_POLLS.search(folded):
        found = [k for k in found if k != QuestionKind.RESULTS] or [QuestionKind.LEADER]
    return found
