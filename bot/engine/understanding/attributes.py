"""The attribute words of questions, English and Spanish: which field of a race, candidate or poll is asked for
("the sample size of the latest berkeley poll", "who came in third", "how much did bass win by"), the place asked
for, and the kind of endorser named ("which newspapers endorsed bass")."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.kinds import Attribute

# Phrases (folded words, in order, next to each other) that name an attribute; the longest found wins.
PHRASES: dict[tuple[str, ...], Attribute] = {
    **{tuple(p.split()): Attribute.SAMPLE_SIZE for p in (
        "sample size", "sample", "how many people were polled", "how many people were surveyed", "how many were polled",
        "how many people did they poll", "how many people did they ask", "how many were surveyed",
        "how many respondents", "respondents", "n size", "sample n", "how many interviews",
        "interviews", "how big was the sample", "how many interviewed", "how many did they interview", "the n",
        "whats the n", "what was the n",
        "muestra", "tamano de la muestra", "a cuantas personas",
        "cuantas personas encuestaron", "cuantos encuestados", "encuestados")},
    **{tuple(p.split()): Attribute.FIELD_DATES for p in (
        "field dates", "fieldwork", "field period", "in the field", "when was the poll taken", "when was it taken",
        "when was the poll conducted", "when was it conducted", "when was it done", "when was the poll done",
        "when was that poll", "dates of the poll", "poll dates", "fechas de la encuesta", "cuando se hizo",
        "cuando se realizo", "cuando fue la encuesta")},
    **{tuple(p.split()): Attribute.SPONSOR for p in (
        "sponsor", "sponsors", "sponsored", "who paid for", "paid for", "commissioned", "who commissioned",
        "who ordered", "funded", "patrocinador", "patrocinadores", "patrocino", "quien pago", "encargo", "encargada",
        "who paid", "bankrolled", "financed", "pagada por", "pagado por", "pago la encuesta", "financio",
        "quien les pago", "quien le pago", "quienes pagaron", "quien la pago",
        "financiada", "internal poll", "internal polls", "internal polling", "encuesta interna", "encuestas internas")},
    **{tuple(p.split()): Attribute.MARGIN_OF_ERROR for p in (
        "margin of error", "moe", "error margin", "margen de error", "plus or minus")},
    **{tuple(p.split()): Attribute.PARTY for p in (
        "what party", "which party", "party is", "party affiliation", "dem or a republican", "democrat or republican",
        "republican or democrat", "dem or republican", "de que partido", "que partido", "afiliacion", "dem or",
        "democrat or", "republican or", "democrata o", "republicano o", "a democrat", "a republican", "a dem",
        "un democrata", "una democrata", "un republicano", "una republicana")},
    **{tuple(p.split()): Attribute.AGE for p in ("age", "how old", "edad", "que edad", "cuantos anos tiene")},
    **{tuple(p.split()): Attribute.METHOD for p in (
        "method", "methodology", "methods", "online or phone", "phone or online", "how was it conducted",
        "how was the poll conducted", "how was the poll done", "live caller", "ivr", "metodo", "metodologia",
        "por telefono", "en linea", "by phone", "phone poll", "online poll", "by text", "text to web", "telephone",
        "landline", "cellphone", "live phone", "how did they poll", "how was it done", "online", "telefonica", "mode",
        "survey mode", "poll mode",
        "telefonico")},
    **{tuple(p.split()): Attribute.POPULATION for p in (
        "likely or registered", "registered or likely", "lv or rv", "rv or lv", "population", "who did they poll",
        "who was polled", "who did they survey", "who was surveyed", "what population", "likely voters or registered",
        "registered voters or likely", "probables o registrados", "registrados o probables", "poblacion",
        "a quien encuestaron", "a quienes encuestaron")},
    **{tuple(p.split()): Attribute.POLL_COUNT for p in (
        "how many polls", "number of polls", "count of polls", "poll count", "how many surveys", "cuantas encuestas",
        "numero de encuestas", "how often polled")},
    **{tuple(p.split()): Attribute.WITHDREW for p in (
        "dropped out", "drop out", "drops out", "dropping out", "withdrew", "withdraw", "withdrawn", "withdrawing",
        "bailed", "bailed out", "bail out", "gave up", "stepped aside", "stepped down", "threw in the towel",
        "left the race", "leave the race", "quit", "quit the race", "pulled out", "suspended", "exited the race",
        "end his campaign", "ended his campaign", "end her campaign", "ended her campaign", "end their campaign",
        "ended their campaign", "suspended his campaign", "suspended her campaign", "bowed out", "se retiro",
        "se retiraron", "se bajo", "se bajaron", "abandono", "abandonaron", "dejo la contienda",
        "dejo la carrera", "retirado", "retirada", "retirados")},
    **{tuple(p.split()): Attribute.MARGIN for p in (
        "margin", "margin of victory", "by how much", "by how many", "win by", "won by", "beat", "beats", "beaten",
        "how big was the win", "how big a win", "gap", "spread", "points did", "how far behind", "how far ahead",
        "lose by", "lost by",
        "win by a lot", "by a lot", "margen", "por cuanto", "por cuantos", "ventaja final", "landslide", "blowout",
        "how close", "how close was", "squeaker", "que tan cerrada", "paliza", "por mucho", "por poco", "por poquito",
        "por cuanto gano", "diferencia de votos", "diferencia", "win big", "won big", "wins big", "lose big",
        "lost big", "how bad", "how badly", "lose badly", "lost badly", "big win", "by much", "le saco",
        "cuanto le saco", "cuantos puntos le saco", "how far apart", "far apart", "separated", "seperated",
        "up by", "ahead by", "down by", "behind by",
        "separating", "what separated",
        "gano por mucho", "perdio por mucho")},
    **{tuple(p.split()): Attribute.TOTAL_VOTES for p in (
        "total votes", "vote totals", "votes cast", "ballots cast", "how many votes were cast", "how many people voted",
        "how many voted", "total vote", "vote total", "votos totales", "total de votos", "votos emitidos",
        "cuantos votaron", "cuantas personas votaron", "cuantos votos hubo", "how many ballots", "actually voted",
        "people voted", "votes total", "total turnout", "how many votes total", "votos en total", "combined votes",
        "votes combined", "all the votes", "total ballots", "ballots", "cuanta gente voto",
        "cuantos votantes", "total de boletas", "boletas emitidas", "total number of votes", "total number of ballots",
        "numero total de votos")},
    **{tuple(p.split()): Attribute.TURNOUT for p in (
        "turnout", "voter turnout", "participacion", "participacion electoral", "afluencia", "turned out", "turn out",
        "showed up to vote", "showed up", "show up", "came out to vote", "come out to vote", "people came out",
        "voters came out", "how many registered voters", "number of registered voters",
        "registered voter count", "registered voters count",
        "percent of registered voters", "share of registered voters", "cuantos votantes registrados",
        "cuantos votantes inscritos", "participo", "participaron", "acudio a votar", "acudieron a votar",
        "numero de votantes registrados", "votantes inscritos", "padron", "padron electoral", "empadronados",
        "electores inscritos",
        # Spanish groups of voters are read in English first ("votantes registrados": "registered voters")
        "cuantos registered voters", "numero de registered voters")},
    **{tuple(p.split()): Attribute.CANDIDATE_COUNT for p in (
        "how many candidates", "how many people ran", "how many people are running", "how many ran",
        "how many are running", "how many running", "number of candidates", "how many people on the ballot",
        "how many names on the ballot", "how many contenders", "cuantos candidatos", "cuantas candidatas",
        "cuantos aspirantes", "numero de candidatos", "cuantos se postularon", "cuantas personas se postularon",
        "how many candidates", "how many names", "how many people were on the ballot", "candidate count",
        "count of candidates", "how many in the race", "how many contestants", "cuantos competian",
        "cuantos compitieron")},
}
LONGEST = max(len(p) for p in PHRASES)
# Leaving a race: with the race named after the verb ("who left the la mayor race").
LEAVING = {"left", "quit", "exited", "abandoned", "dejo", "dejaron", "abandono", "abandonaron"}
RACE_NOUNS = {"race", "contest", "campaign", "field", "contienda", "carrera", "eleccion", "campana"}
# Verbs of taking a poll, and the words for a poll: "when was the latest poll conducted", "como se hizo la encuesta".
DONE_WORDS = {"conducted", "taken", "fielded", "done", "carried", "run", "hizo", "realizo", "levanto", "hecha",
              "realizada", "field", "conduct", "take", "took"}
POLL_NOUNS = {"poll", "polls", "survey", "surveys", "encuesta", "encuestas", "sondeo"}
ONE_POLL = frozenset(w for w in POLL_NOUNS if not w.endswith("s"))  # "the latest poll", not "the latest polls"
# Places in a stage's results: ordinals, and "last" with a word that says a place is meant.
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
            "tenth": 10, "10th": 10, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3,
            "tercer": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6}
# ... and the places after the tenth, as numbers with their English endings ("11th", "22nd") and in words
ORDINALS |= {f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}": n
             for n in range(11, 40)} | {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                                        "fifteenth": 15, "undecimo": 11, "duodecimo": 12}
LAST_WORDS = {"last", "bottom", "ultimo", "ultima", "lowest", "worst", "fewest", "dead"}
# The place before the last: -1, as 0 is the last.
BEFORE_LAST_WORDS = {"penultimo", "penultima", "penultimate"}
# Medals and "runner-up" name a place as ordinals do.
MEDALS = {"gold": 1, "silver": 2, "bronze": 3, "runnerup": 2, "plata": 2, "bronce": 3}
# Two words that name a place: "most votes" (the first), "runner up" (the second), "fewest votes" (the last).
PLACE_PHRASES = {("most", "votes"): 1, ("runner", "up"): 2, ("fewest", "votes"): 0, ("second", "last"): -1,
                 ("next", "last"): -1,
                 ("least", "votes"): 0, ("first", "place"): 1, ("came", "first"): 1, ("finished", "first"): 1,
                 ("primer", "lugar"): 1, ("mas", "votos"): 1, ("menos", "votos"): 0, ("quedo", "primero"): 1}
PLACE_CUES = {"place", "placed", "came", "come", "finished", "finish", "ended", "spot", "ranked", "rank", "was",
              "lugar", "puesto", "quedo", "termino", "salio", "llego", "quedaron", "dead", "bottom", "got", "get",
              "getter", "getters", "medal", "votes", "vote", "ballot", "saco", "obtuvo", "votos"}
# Words after an ordinal that keep it a place: nothing, or a word that is no noun of its own ("who got 3rd for la
# mayor", "3rd in the primary"); any other noun makes it that noun's ordinal ("the second debate").
PLACE_FOLLOWERS = {"", "place", "lugar", "puesto", "for", "in", "on", "at", "with", "en", "de", "del", "con", "por",
                   "and", "y", "behind", "after", "detras", "tras", "overall", "spot", "position", "posicion"}
NOT_A_PLACE_AFTER = {"round", "vuelta", "district", "distrito", "poll", "encuesta", "debate", "term", "mandato",
                     "quarter", "half", "cd"}
# Kinds of endorsers people name, as the data's endorser types.
ENDORSER_KINDS = {
    "newspaper": ("newspaper", "newspapers", "papers", "paper", "editorial", "editorials", "periodico", "periodicos",
                  "diario", "diarios", "prensa"),
    "union": ("union", "unions", "labor", "sindicato", "sindicatos", "sindical", "sindicales"),
    "celebrity": ("celebrity", "celebrities", "celebs", "celeb", "stars", "famous", "famosos", "celebridades",
                  "famosas"),
    "official": ("politicians", "officials", "lawmakers", "politicos", "funcionarios"),
    "organization": ("organizations", "organisations", "groups", "orgs", "organizaciones", "grupos"),
}
KIND_OF_WORD = {word: kind for kind, words in ENDORSER_KINDS.items() for word in words}


# "How many" with the noun of what is counted anywhere after it: "how many ppl were on the la mayor ballot".
HOW_MANY = {("how", "many"), ("number", "of"), ("cuantos",), ("cuantas",), ("numero", "de")}
COUNTED = {
    Attribute.CANDIDATE_COUNT: {"ballot", "candidates", "running", "ran", "run", "contenders", "boleta", "candidatos",
                                "candidatas", "aspirantes", "postularon", "compitieron", "papeleta"},
    Attribute.SAMPLE_SIZE: {"polled", "surveyed", "interviewed", "respondents", "asked", "entrevisto",
                            "entrevistaron", "encuestados", "encuestaron", "sampled"},
    Attribute.TOTAL_VOTES: {"voted", "ballots", "cast", "votaron", "emitidos", "emitieron", "altogether", "total",
                            "overall"},
    Attribute.POLL_COUNT: {"polls", "surveys", "encuestas", "sondeos", "pollsters", "firms", "encuestadoras"},
}


# Every word the attributes are asked by: words of the question, never part of a name typed with a typo.
# (the words that name a place or a field only: a kind of endorser, "labor", "union", is a word of names too)
ATTRIBUTE_WORDS = frozenset(set(ORDINALS) | LAST_WORDS | set(MEDALS) | set().union(*COUNTED.values()) | {
    "margin", "turnout", "sample", "respondents", "methodology", "sponsor", "sponsored", "sponsors", "gap", "spread",
    "withdrew", "withdrawn", "fieldwork", "muestra", "margen", "participacion", "patrocinador", "metodologia", "moe"})


@dataclass(frozen=True, slots=True)
class AttributeAsked:
    """The attribute a question asks for, with the place for a rank (0: the last) and the words it took."""

    attribute: Attribute
    place: int = 0
    positions: frozenset[int] = frozenset()


# Words that open a clause the question grants, not asks ("even tho he dropped out", "aunque se retiró").
CONCESSIVE = {"even", "though", "tho", "although", "despite", "aunque", "pese", "still"}


def find_attribute(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """The attribute a question asks for, by its words not taken by names or race terms, or None; leaving a race
    granted in a clause of its own is not asked ("where did feuer end up in the primary even tho he dropped out")."""
    found = _attribute(words, taken)
    if found is not None and found.attribute == Attribute.WITHDREW and found.positions and any(
            w in CONCESSIVE for w in words[1:min(found.positions)]):
        return find_attribute(words, taken | found.positions)
    return found


def _attribute(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """The first attribute the words ask for."""
    for length in range(LONGEST, 0, -1):
        for i in range(len(words) - length + 1):
            phrase = tuple(words[i:i + length])
            if phrase in PHRASES and not set(range(i, i + length)) & taken:
                return AttributeAsked(PHRASES[phrase], positions=frozenset(range(i, i + length)))
    return _extreme_poll(words, taken) or _poll_verbs(words, taken) or _won_by(words) or _left_the_race(words, taken) \
        or _rank(words, taken) \
        or _how_many(words, taken) or _poll_date(words, taken) or _population(words)


# "when was the last poll", "date of the newest poll", "first poll ... when": a poll's date, not the election's.
POLL_DATE_WORDS = {"when", "date", "cuando", "fecha", "day", "dia"}
FIRST_WORDS = {"first", "1st", "earliest", "oldest", "primera", "primer", "1ra", "1era"}
NEWEST_WORDS = {"last", "latest", "newest", "recent", "ultima", "reciente", *FIRST_WORDS}
POLLED_WORDS = {"polled", "surveyed", "encuestado", "encuestada", "encuestaron", "encuesto", "sondeo"}


def _poll_date(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """When the newest (or first) poll was taken: a date word with "poll" and "last", "first" ... or "last polled"."""
    present = set(words)
    if not present & POLL_DATE_WORDS:
        return None
    if present & POLLED_WORDS and present & NEWEST_WORDS or present & POLL_NOUNS and present & NEWEST_WORDS \
            and not present & {"conducted", "taken", "fielded", "done", "hizo", "realizo"}:
        at = frozenset(i for i, w in enumerate(words) if w in POLL_DATE_WORDS and i not in taken)
        return AttributeAsked(Attribute.POLL_DATE, place=1 if present & FIRST_WORDS
                              else 0, positions=at)
    return None


def asks_population(words: list[str]) -> bool:
    """Whether a question asks whom a poll asked (its likely or registered voters are no group of voters then)."""
    phrases = (tuple(words[i:i + n]) for n in range(1, LONGEST + 1) for i in range(len(words) - n + 1))
    return _population(words) is not None or any(PHRASES.get(p) == Attribute.POPULATION for p in phrases)


def _population(words: list[str]) -> AttributeAsked | None:
    """Whom a poll asked: "was the emerson poll likely voters", "bluegrass data poll registered voters?"."""
    present = set(words)
    # a yes-or-no of the poll itself ("was the ... poll likely voters"), not a poll's figures among them
    if present & POLL_NOUNS and present & {"likely", "registered", "adults", "probables", "registrados"} \
            and words[0] in ("was", "were", "is", "fue", "era") and not present & {"among", "with", "entre"}:
        return AttributeAsked(Attribute.POPULATION, positions=frozenset(
            i for i, w in enumerate(words) if w in ("likely", "registered", "probables", "registrados")))
    return None


def _how_many(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """A count asked by "how many" and the noun of what is counted ("how many were on the ballot")."""
    for i in range(len(words) - 1):  # "how often did emerson poll the race": its polls counted
        if words[i:i + 2] == ["how", "often"] and set(words[i + 2:]) & (POLL_NOUNS | POLLED_WORDS | {"poll"}):
            return AttributeAsked(Attribute.POLL_COUNT, positions=frozenset({i, i + 1}))
    for i in range(len(words)):
        for opener in HOW_MANY:
            if tuple(words[i:i + len(opener)]) != opener:
                continue
            rest = {w for j, w in enumerate(words[i + len(opener):], i + len(opener)) if j not in taken}
            if rest & {"times", "veces"} and rest & (POLL_NOUNS | POLLED_WORDS):  # "how many times did emerson poll"
                return AttributeAsked(Attribute.POLL_COUNT, positions=frozenset(range(i, i + len(opener))))
            if rest & {"pollsters", "firms", "encuestadoras"}:  # "how many pollsters polled ny-19"
                return AttributeAsked(Attribute.POLL_COUNT, positions=frozenset(range(i, i + len(opener))))
            after = [w for j, w in enumerate(words[i + len(opener):], i + len(opener)) if j not in taken]
            counted = next((w for w in after if w in _PEOPLE_NOUNS | _POLLS_NOUNS), None)
            if counted in _PEOPLE_NOUNS and rest & POLL_NOUNS:  # "how many voters did the poll ask"; not "how many
                return AttributeAsked(Attribute.SAMPLE_SIZE,  # polls surveyed likely voters": the polls counted
                                      positions=frozenset(range(i, i + len(opener))))
            for word in after:  # the first noun of what is counted ("how many polls surveyed ...": polls)
                for attribute, nouns in COUNTED.items():
                    if word in nouns:
                        return AttributeAsked(attribute, positions=frozenset(range(i, i + len(opener))))
    return None


_PEOPLE_NOUNS = {"people", "voters", "adults", "personas", "votantes"}
_POLLS_NOUNS = {"polls", "surveys", "encuestas", "sondeos"}
WIN_WORDS = {"win", "won", "wins", "beat", "beats", "lose", "lost", "loses", "carry", "carried", "take", "took"}
# Of those, the verbs of winning and of losing alone ("did caruso win big": he did not win; "how bad did he lose").
WON_WORDS = {"win", "won", "wins", "winning", "gano", "gana", "ganar"}
LOST_WORDS = {"lose", "lost", "loses", "losing", "perdio", "pierde", "perder"}
# The words that say when, after a question's last word of substance ("... by in 2024", "... by in the election").
WHEN_WORDS = {"in", "the", "election", "general", "race", "back", "en", "las", "elecciones", "end", "overall",
              "total", "finally", "final", "count"}


def _won_by(words: list[str]) -> AttributeAsked | None:
    """ "how much did harris win colorado by", "by how much did trump lose colorado": a margin, the place between."""
    if len(words) > 2 and (words[-1] == "by" or words[0] == "by") and WIN_WORDS & set(words):
        return AttributeAsked(Attribute.MARGIN, positions=frozenset({0 if words[0] == "by" else len(words) - 1}))
    # "how much did trump win georgia by in 2024": "by" ends the question but for when
    by = next((i for i in range(len(words) - 1, 1, -1) if words[i] == "by"), None)
    if by is not None and words[:2] in (["how", "much"], ["how", "many"]) and WIN_WORDS & set(words[2:by]) \
            and all(w in WHEN_WORDS or w.isdigit() for w in words[by + 1:]):
        return AttributeAsked(Attribute.MARGIN, positions=frozenset({by}))
    big = next((i for i in range(len(words) - 1) if words[i:i + 2] == ["how", "big"]), None)
    if big is not None and (WIN_WORDS | {"victory", "loss", "lead"}) & set(words[big + 2:]):  # "how big was bass's win"
        return AttributeAsked(Attribute.MARGIN, positions=frozenset({big, big + 1}))
    return None


def _left_the_race(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """ "who left the la mayor race", "ppl who quit the 2022 race": leaving a race named later in the question (not
    "who is left in the race", who remains)."""
    for i, word in enumerate(words):
        staying = i > 0 and words[i - 1] in ("is", "s", "are", "still", "remain")
        if word in LEAVING and i not in taken and not staying and RACE_NOUNS & set(words[i + 1:i + 7]):
            return AttributeAsked(Attribute.WITHDREW, positions=frozenset({i}))
    return None


# Superlatives of a poll's share, highest (1) or lowest (0): "the highest share any poll gave lake", "su peor encuesta".
SUPERLATIVES = {"highest": 1, "best": 1, "biggest": 1, "max": 1, "maximum": 1, "peak": 1, "mejor": 1, "maximo": 1,
                "lowest": 0, "worst": 0, "min": 0, "minimum": 0, "peor": 0, "minimo": 0}
SAMPLE_WORDS = {"sample", "samples", "muestra", "muestras"}
SHARE_WORDS = {"share", "number", "numbers", "result", "showing", "score", "percent", "porcentaje", "numero",
               "resultado", "cifra"}


def _extreme_poll(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """A candidate's highest or lowest share in the race's polls: a superlative with a poll or a share named ("best
    poll number de leon ever got", "lake's worst poll", "¿cuál fue el mejor número de caruso en las encuestas?")."""
    present = set(words)
    if not present & (POLL_NOUNS | SHARE_WORDS | POLLED_WORDS) \
            or not present & (POLL_NOUNS | {"ever", "any", "alguna"}):  # ("the lowest bass ever polled")
        return None
    if present & SAMPLE_WORDS:  # "the biggest sample of any poll": a poll's sample, not a share
        return None
    at = next((i for i, w in enumerate(words) if w in SUPERLATIVES and i not in taken), None)
    return AttributeAsked(Attribute.EXTREME_POLL, SUPERLATIVES[words[at]], frozenset({at})) if at is not None else None


def _poll_verbs(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """ "when was the latest poll conducted" (its field dates), "how was it done" (its method); "the dates of the last
    emerson poll" (its field dates)."""
    dates = [i for i, w in enumerate(words) if w in ("dates", "fechas") and i not in taken]
    if dates and POLL_NOUNS & set(words):
        return AttributeAsked(Attribute.FIELD_DATES, positions=frozenset(dates))
    done = [i for i, w in enumerate(words) if w in DONE_WORDS and i not in taken]
    if not done or not POLL_NOUNS & set(words) and "it" not in words:
        return None
    if "when" in words or "cuando" in words:
        return AttributeAsked(Attribute.FIELD_DATES, positions=frozenset(done))
    if "how" in words or "como" in words:
        return AttributeAsked(Attribute.METHOD, positions=frozenset(done))
    return None


def _rank(words: list[str], taken: set[int]) -> AttributeAsked | None:
    """A place in the results: "who came third", "who finished last", "quien quedo tercero", "second place"."""
    cued = any(w in PLACE_CUES for w in words)
    for i in range(len(words) - 2):  # "second to last", "next to last"
        if words[i] in ("second", "2nd", "next") and words[i + 1:i + 3] == ["to", "last"] \
                and not {i, i + 1, i + 2} & taken:
            return AttributeAsked(Attribute.RANK, -1, frozenset({i, i + 1, i + 2}))
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        if pair in PLACE_PHRASES and not {i, i + 1} & taken:
            return AttributeAsked(Attribute.RANK, PLACE_PHRASES[pair], frozenset({i, i + 1}))
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if i in taken or after in NOT_A_PLACE_AFTER:
            continue
        # "is caruso second in the polls" is a standing in the polls, not a place in the results
        followed = after in PLACE_FOLLOWERS and not POLL_NOUNS & set(words)
        if word in ORDINALS and (cued or followed) and ORDINALS[word] > 1:
            return AttributeAsked(Attribute.RANK, ORDINALS[word], frozenset({i}))
        if word in MEDALS:
            return AttributeAsked(Attribute.RANK, MEDALS[word], frozenset({i}))
        if word in BEFORE_LAST_WORDS:  # "who came second to last", "quien quedo penultimo"
            return AttributeAsked(Attribute.RANK, -1, frozenset({i}))
        # "who finished last", not "what was the last la mayor poll" (the latest) nor "last year"
        if word in LAST_WORDS and (any(w in PLACE_CUES and w != "was" for w in words) or after in PLACE_FOLLOWERS
                                   and after != "") \
                and not POLL_NOUNS & set(words[i + 1:i + 6]) and after not in ("year", "week", "month", "time") \
                and not (i + 1 in taken or after in ("de", "of", "from") and i + 2 in taken):  # "la ultima de
            return AttributeAsked(Attribute.RANK, 0, frozenset({i}))  # berkeley": its newest poll, no place
    return None


def endorser_kind(words: list[str]) -> str | None:
    """The kind of endorser a question names ("which newspapers endorsed bass"), as the data's types, or None; a
    kind's word before a noun of people is a group of voters ("union households", "union members")."""
    return next((KIND_OF_WORD[w] for i, w in enumerate(words) if w in KIND_OF_WORD
                 and words[i + 1:i + 2] not in (["households"], ["members"], ["voters"], ["families"], ["workers"],
                                                ["hogares"], ["miembros"], ["votantes"])), None)
