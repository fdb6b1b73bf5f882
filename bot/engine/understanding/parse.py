"""Parsing a question, English or Spanish: its words and kinds, the race terms, the poll it names by month, and the
names in it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.engine.kinds import QuestionKind
from bot.engine.understanding.constraints import find_constraints
from bot.engine.understanding.given_words import choices_without_a_measure, given_words_before_surnames
from bot.engine.understanding.intents import detect_intents
from bot.engine.understanding.language import detect_language
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.month_parts import MonthAsked, part_of_month
from bot.engine.understanding.name_spans import find_names
from bot.engine.understanding.names import NameIndex
from bot.engine.understanding.negation import set_aside_at, set_aside_spans, set_aside_words, taken_back
from bot.engine.understanding.poll_names import names_begun_near_a_poll
from bot.engine.understanding.question import ParsedQuestion
from bot.engine.understanding.race_terms import (
    NATIONAL_WORDS,
    REGULAR_WORDS,
    SPANISH_OFFICE_WORDS,
    SPANISH_STAGE_WORDS,
    SPECIAL_WORDS,
    STAGE_PHRASES,
    STAGE_WORDS,
    normalize_question,
    parse_race_terms,
)
from bot.engine.understanding.spanish import (
    article_positions,
    groups_in_english,
    is_spanish_word,
)
from bot.engine.understanding.typed import is_year
from bot.engine.understanding.vocabulary import (
    BEFORE_WORDS,
    KEYWORDS,
    MONTH_BEFORE,
    MONTHS,
    NAME_LIKE_MONTHS,
    POLL_WORDS,
    QUESTION_WORDS,
    SHORTHAND,
    SPANISH_MONTHS,
)
from bot.names import fold, fold_name


def parse(question: str, index: NameIndex, today: dt.date | None = None, language: str | None = None
          ) -> ParsedQuestion:
    """The question understood: its words, kinds, language, race terms, the poll it names and the names in it.
    `language`: the language detected of this very text, when the caller has it (else it is detected here)."""
    normalized = _GENERATIONS.sub(r"gen\1", normalize_question(endorse_phrases(expand_contractions(question))))
    normalized = surname_first(normalized, index)
    initials = {letter.lower() for letter in _INITIAL.findall(normalized)}  # "Rachel W. Newman": W is no "with"
    language = language or detect_language(question)
    short = SPANISH_SHORTHAND if language == "es" else {}
    words = groups_in_english([short.get(w) or _keyword(w, index, initials) for w in fold_name(normalized).split()])
    folded = " ".join(short.get(w) or _keyword(w, index, initials) for w in fold(normalized).split())
    parsed = ParsedQuestion(question, folded, words, detect_intents(folded), language=language)
    parsed.function_words = article_positions(words, _is_spanish, index.exact_only)
    typed = normalized.split()
    if len(typed) == len(words) and any(ch.islower() for ch in normalized):  # "la encuesta de wallin de LA fue ...":
        parsed.function_words -= {i for i in parsed.function_words if typed[i] == "LA"}  # "LA" is Los Angeles
    not_terms = set(parsed.function_words)
    if parsed.language == "es":  # "de" is "of", "va" and "mi" are Spanish words: state codes only in capitals
        shouted = not any(ch.islower() for ch in normalized)  # "ULTIMA ENCUESTA DE OHIO": no capitals tell
        capitals = set() if shouted else {pair.lower() for pair in _CAPITAL_PAIR.findall(normalized)}
        not_terms |= {i for i, w in enumerate(words) if w == "de" or len(w) == 2 and is_spanish_word(w)
                      and w not in capitals}
    aside = set_aside_at(words)  # "the regular race, not the special", "july, not june or august"
    set_aside_terms = {i for i in set_aside_words(words, aside) if words[i] in SPECIAL_WORDS
                       or words[i] in REGULAR_WORDS or words[i] in STAGE_WORDS or words[i] in MONTHS}
    set_aside_terms |= taken_back(words, set(STAGE_WORDS))  # "2024? no wait, i meant 2018"
    parsed.terms = parse_race_terms(normalized, words, today or dt.date.today(), not_terms | set_aside_terms)
    parsed.aside_terms = set_aside_terms
    parsed.month, parsed.before_stage = _poll_when([w if i not in set_aside_terms else "" for i, w in enumerate(words)])
    if parsed.month is not None and _month_of_a_stage(words):
        parsed.stage_month, parsed.month = parsed.month, None
    _year_of_the_poll(parsed)
    find_names(parsed, index)
    names_begun_near_a_poll(parsed, index)  # "the communities united for bass poll": a sponsor, not Karen Bass
    given_words_before_surnames(parsed)  # "who is will bass": no Will Bass, never Karen Bass
    choices_without_a_measure(parsed)  # "the primary? no, i mean the general": no measure's "No"
    parsed.spans = [s for s in parsed.spans if not (s.match.entry.kind == "race"  # "the 2024 ... i meant 2018"
                                                     and set(range(s.start, s.end)) & parsed.aside_terms)]
    parsed.set_aside = set_aside_spans(parsed, aside) if aside else []
    if parsed.terms.cycle is not None:
        year_after_a_pollster(parsed)
    find_constraints(parsed)
    endorsement = {QuestionKind.ENDORSEMENTS_OF, QuestionKind.ENDORSEMENTS_BY}
    # a kind of endorser named asks for endorsements: "celebs for caruso", "sindicatos que apoyan a caruso"
    if parsed.endorser_kind and not endorsement & set(parsed.intents) and not parsed.group \
            and not parsed.of("endorser") and not POLL_WORDS & set(words):
        parsed.intents.insert(0, QuestionKind.ENDORSEMENTS_OF)
    inside_names = {i for s in parsed.spans if s.match.entry.kind in ("candidate", "endorser", "pollster")
                    for i in range(s.start, s.end)}
    national_at = {i for i in parsed.terms.used if words[i] in NATIONAL_WORDS}
    if parsed.terms.national and national_at and national_at <= inside_names:  # "We Ask America" is no nation
        parsed.terms.national = False
        parsed.terms.used -= national_at
    for span in parsed.spans:  # "congresswoman bass", "councilman de leon": a title, not the race's office
        if span.match.entry.kind in ("candidate", "endorser"):
            after = span.end + 1 if words[span.end:span.end + 1] == ["the"] else span.end - 1
            for position in [*range(span.start - 1, span.end), after]:  # and after: "kevin de leon the councilman"
                if position in parsed.terms.office_at:
                    parsed.terms.drop_title(position)
            if set(parsed.terms.other_office_at) & {*range(span.start - 1, span.end), after}:  # "city attorney feuer",
                parsed.terms.drop_other_title()  # "sheriff villanueva", an alias "City Attorney Mike Feuer"
            for position in range(span.start, span.end):  # "Virginia R. Morgan" is a person, not a state
                parsed.terms.drop_state(position)
        elif span.match.entry.kind == "pollster" and any(not span.start <= at < span.end
                                                           for at in parsed.terms.states.values()):
            for position in range(span.start, span.end):  # "university of delaware poll of the pa senate race"
                parsed.terms.drop_state(position)
    if parsed.terms.measure and QuestionKind.RESULTS not in parsed.intents:
        # a ballot measure is asked about for its result: "did amendment 79 pass", "¿se aprobó la enmienda 79?"
        parsed.intents.insert(0, QuestionKind.RESULTS)
    return parsed


# English's clitics (the closed set of its grammar, never a name's ending: "O'Donnell", "D'Angelo"): "how'd" is "how
# did", "isn't" "is not"; "'s" stays, a possessive or "is" alike, and folding joins it ("who's", "bass's").
_CLITIC = re.compile(r"\b(\w+)['\u2019](d|ll|re|ve|m)\b|\b(\w+?)n['\u2019]t\b", re.IGNORECASE)
_CLITIC_WORDS = {"ll": "will", "re": "are", "ve": "have", "m": "am"}
_QUESTION_HEADS = {"how", "what", "who", "where", "when", "why", "which"}
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't"


_BARE_CLITIC = re.compile(r"\b(how|who|what|where|when|why)d\b|\b(did|is|was|does|do|has|have|are|were|could|would"
                          r"|should)nt\b", re.IGNORECASE)


# English's phrasal verbs of endorsing ("came out for", "threw her support behind", "got behind"), by their tense;
# "came out for the primary" is turnout, not an endorsement.
_ENDORSE_PHRASE = re.compile(
    r"\b(?:(come|comes|came|coming) out (?:for|in favou?r of|in support of|behind)"
    r"|(throw|throws|threw|thrown|throwing) (?:his|her|their|its|my|our|your) (?:weight|support) behind"
    r"|(get|gets|got|gotten|getting) behind)\b"
    r"(?! (?:the|a|an|this|that|these|those|to|early|election|elections|primary|general|runoff|vote|voting)\b)",
    re.IGNORECASE)
_ENDORSE_TENSE = {"come": "endorse", "throw": "endorse", "get": "endorse", "comes": "endorses", "throws": "endorses",
                  "gets": "endorses", "coming": "endorsing", "throwing": "endorsing", "getting": "endorsing"}


def endorse_phrases(text: str) -> str:
    """The question with a phrasal verb of endorsing written as the verb: "when did oprah come out for bass" ->
    "when did oprah endorse bass"."""
    return _ENDORSE_PHRASE.sub(lambda found: _ENDORSE_TENSE.get(next(g for g in found.groups() if g).lower(),
                                                                 "endorsed"), text)


def expand_contractions(text: str) -> str:
    """The question with English's contractions written out: "how'd warnock do" -> "how did warnock do"; typed
    without the apostrophe too ("howd", "didnt"), where the word is no other word."""
    text = _BARE_CLITIC.sub(lambda found: f"{found.group(1)} did" if found.group(1) else f"{found.group(2)} not", text)
    if "'" not in text and "\u2019" not in text:
        return text

    def whole(found: re.Match[str]) -> str:
        if found.group(3) is not None:  # "didn't", "can't"
            head = found.group(3)
            return f"{_NEGATED.get(head.lower(), head)} not"
        head, clitic = found.group(1), found.group(2).lower()
        if clitic == "d":
            return f"{head} {'did' if head.lower() in _QUESTION_HEADS else 'would'}"
        return f"{head} {_CLITIC_WORDS[clitic]}"

    return _CLITIC.sub(whole, text)


_keyword_cache: dict[str, str] = {}


_INITIAL = re.compile(r"\b([A-Z])\.")
# A name written surname first, as lists and files write it: "CARUSO, RICK", "Walker, Herschel".
_SURNAME_FIRST = re.compile(r"\b([^\W\d_][\w'-]+), ([^\W\d_][\w'-]+)\b")


# What people type for the words of Spanish questions ("q" for que, "xq" for porque; not "pa", which may be para
# or Pennsylvania: "pa senado 2024").
SPANISH_SHORTHAND = {"q": "que", "xq": "porque", "pq": "porque", "tmb": "tambien", "tb": "tambien"}


def surname_first(text: str, index: NameIndex) -> str:
    """The question with a name written "Surname, Given" turned round when the given name is that person's ("CARUSO,
    RICK - primary result" -> "RICK CARUSO - primary result"; "bass, caruso" stays)."""
    def turned(found: re.Match[str]) -> str:
        surname, given = found.group(1), found.group(2)
        people = {index.key_entry[k] for k in index.exact.get(fold_name(f"{given} {surname}"), ())}
        if people & set(index.first_names.get(fold_name(given), ())):  # the given name is that person's
            return f"{given} {surname}"
        return found.group(0)
    return _SURNAME_FIRST.sub(turned, text) if "," in text else text


_GENERATIONS = re.compile(r"\bgen(?:eration)?[- ]?([zxy])\b", re.IGNORECASE)


_CAPITAL_PAIR = re.compile(r"\b([A-Z]{2})\b")


def _keyword(word: str, index: NameIndex, initials: AbstractSet[str] = frozenset()) -> str:
    """A misspelt keyword as the keyword ("endorsments" -> "endorsements"); any other word as it is."""
    if word in SHORTHAND and word not in initials:
        return SHORTHAND[word]
    if len(word) < 5 or word in QUESTION_WORDS or not word.isalpha() or word in index.by_token \
            or lexicon().is_everyday(word):  # "sin contar": a word of the language, no "contra" misspelt
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
                               or POLL_WORDS & set(words[i + 1:i + 3]) or i > 0 and words[i - 1] in POLL_WORDS
                               or is_year(words[i + 1:i + 2])):  # "poll may 2024", "may 2024"
            month = MonthAsked(MONTHS[word], part_of_month(words, i))  # "late august": its last third
    before = None
    for i, word in enumerate(words[:-1]):
        if word in BEFORE_WORDS and POLL_WORDS & set(words[:i]):
            rest = words[i + 1:i + 5 if word == "antes" else i + 3]  # "antes de la segunda vuelta"
            pairs = [STAGE_PHRASES[pair] for pair in zip(rest, rest[1:], strict=False) if pair in STAGE_PHRASES]
            before = next((STAGE_WORDS[w] for w in rest if w in STAGE_WORDS), pairs[0] if pairs else None)
    return month, before


# The verbs of taking or publishing a poll, whose year is the poll's ("fielded in 2022", "levantada en el 2022").
POLL_TAKING_VERBS = {"fielded", "conducted", "taken", "done", "released", "published", "carried", "levantada",
                     "levantadas", "realizada", "realizadas", "hecha", "hechas", "publicada", "publicadas"}

# Words that say a month is an election's, not a poll's: votes and results ("feuer votes june", "de leon share in
# the june primary", "what day is the november vote").
RESULT_WORDS = {"vote", "votes", "voted", "ballot", "ballots", "result", "results", "share", "pct", "percent",
                "election", "numbers", "finish", "finished", "make", "made", "won", "win", "lost", "votos", "voto",
                "resultados", "resultado", "eleccion", "paso", "gano", "perdio", "quedo", "porcentaje"}


def _month_of_a_stage(words: list[str]) -> bool:
    """Whether the month a question names is an election's: a stage or a word of results next to it, and no poll."""
    if POLL_WORDS & set(words):
        return False
    at = [i for i, w in enumerate(words) if w in MONTHS]
    return any(w in STAGE_WORDS or w in RESULT_WORDS for i in at for w in words[max(0, i - 4):i + 4])


def _is_spanish(word: str) -> bool:
    """A Spanish word of questions, a Spanish month or office, or a common word Spanish has and English does not
    ("la encuesta", "la alcaldía", "los candidatos", "la especial")."""
    return is_spanish_word(word) or word in SPANISH_MONTHS and word not in NAME_LIKE_MONTHS \
        or word in SPANISH_STAGE_WORDS or word in SPANISH_OFFICE_WORDS or word in lexicon().only_spanish


_POLL_NOUNS = ("poll", "polls", "survey", "surveys", "encuesta", "encuestas")
_IN_A_YEAR = ("in", "en", "during", "durante")
_ONE_POLL = ("poll", "survey", "encuesta")
_DETERMINERS = ("the", "that", "this", "their", "its", "la", "esa", "esta")


def year_after_a_pollster(parsed: ParsedQuestion) -> None:
    """"FM3's 2022 poll": a year between a pollster and the word poll dates the poll, not the race's cycle ("kemp
    2020 polls" is the race's)."""
    year = str(parsed.terms.cycle)
    for span in parsed.of("pollster"):
        if parsed.words[span.end:span.end + 2] in ([year, noun] for noun in _ONE_POLL):
            _poll_year_at(parsed, span.end)
            return


def _poll_year_at(parsed: ParsedQuestion, at: int) -> None:
    """The year at `at` dates the poll, not the race's cycle."""
    parsed.poll_year, parsed.terms.cycle = parsed.terms.cycle, None
    parsed.terms.poll_year = parsed.poll_year
    parsed.terms.used.discard(at)


def _year_of_the_poll(parsed: ParsedQuestion) -> None:
    """"the august 2021 poll", "la encuesta de agosto de 2021", "a poll fielded in 2022": the year after a poll's
    month, or after a verb of taking a poll, dates the poll, not the race's cycle."""
    words = parsed.words
    if parsed.terms.cycle is None:
        return
    year = str(parsed.terms.cycle)
    for i, word in enumerate(words[1:-1], start=1):  # "the 2021 poll of the la mayor race": the year of a poll
        if word == year and words[i + 1] in _ONE_POLL and words[i - 1] in _DETERMINERS:
            _poll_year_at(parsed, i)
            return
    for i, word in enumerate(words[:-1]):  # "a poll fielded in 2022", "una encuesta levantada en el 2022", "the
        year_at = i + 3 if words[i + 2:i + 3] in (["el"], ["the"]) else i + 2  # fm3 poll from 2022", "during 2022"
        if word in ("during", "durante"):  # "any la mayor polls during 2021", "durante el 2022"
            year_at = i + 2 if words[i + 1] in ("el", "the") else i + 1
        if (word in POLL_TAKING_VERBS and words[i + 1] in _IN_A_YEAR or word in ("during", "durante")
                or word in _POLL_NOUNS and words[i + 1] == "from"
                or word in _ONE_POLL and words[i + 1] in _IN_A_YEAR and year_at == i + 2) \
                and words[year_at:year_at + 1] == [year] and POLL_WORDS & set(words):  # not "polls in the 2018 race"
            _poll_year_at(parsed, year_at)
            return
        # "la encuesta de fm3 en 2022", "a poll by emerson in 2022": a pollster between the poll and its year
        by = next((j for j in (i + 3, i + 4) if words[j - 1:j + 1] in ([p, year] for p in _IN_A_YEAR)), None)
        if word in _POLL_NOUNS and words[i + 1] in ("de", "by") and by is not None:
            _poll_year_at(parsed, by)
            return
    if parsed.month is None:
        return
    for i, word in enumerate(words[:-1]):
        year_at = i + 2 if words[i + 1] == "de" else i + 1
        if word in MONTHS and words[year_at:year_at + 1] == [year]:
            _poll_year_at(parsed, year_at)


def month_of_the_polls(parsed: ParsedQuestion) -> None:
    """A month read as a stage's ("caruso's july 2022 numbers") that no stage of the race was held in: the month of
    the polls, dated by the year after it."""
    parsed.month, parsed.stage_month = parsed.stage_month, None
    _year_of_the_poll(parsed)
