"""The names in a question, found as spans of words: exact names first, then fuzzy ones held to how they were
typed; two names side by side, unexplained words next to a name, and names several people share."""

from __future__ import annotations

from bot.engine.thresholds import (
    CONFIDENT_SCORE,
    MAX_EXACT_SPAN_WORDS,
    MAX_FUZZY_SPAN_WORDS,
    SUGGESTION_SCORE,
)
from bot.engine.understanding.constraints import common_word, given_name
from bot.engine.understanding.gazetteer import bare_county_names, cities, county_named, county_phrases
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.names import FIRST_NAME_SCORE, SUFFIXES, NameIndex, NameMatch
from bot.engine.understanding.question import ParsedQuestion, Span
from bot.engine.understanding.spanish import ARTICLES
from bot.engine.understanding.typed import fewest_typos, is_year, names_someone_else, typed_like, without_juniors
from bot.engine.understanding.vocabulary import (
    AREA_WORDS,
    EDGE_WORDS,
    GROUP_TAILS,
    GROUP_WORDS,
    MONTHS,
    NAME_OR_SPANISH,
    QUESTION_WORDS,
    VERSUS_WORDS,
)
from bot.names import fold, ticket_head
from bot.races import state_code

# Words that join the words of a name and have no initial in its short form ("de la primaria" is no DLA).
LINKING_WORDS = {"of", "the", "and", "for", "in", "on", "at", "de", "del", "y", "en", "para", "por"}

# The names a span may be, best first: a surname many share ("harris") needs room for the one the question's
# other words point to (the Colorado ticket of "harris colorado vote total").
MATCHES_PER_SPAN = 12


def find_names(parsed: ParsedQuestion, index: NameIndex) -> None:
    """Finds the names of a question: sets its spans, its unknown and ambiguous names, and its leftover words."""
    candidates = _matched(parsed, index, _possible_spans(parsed, index))
    chosen = _pollster_before_poll(parsed, _confident(candidates), candidates)
    _join_side_by_side(parsed, index, chosen)
    _widen_to_unexplained(parsed, index, chosen)
    # Held to a stricter standard: every word typed must be a close typo of a word of the name matched; a person's or
    # pollster's name typed with a word that is another real name is another's ("lindsey graves": no Gravis poll).
    for span in list(chosen):
        entry, key = span.match.entry, span.match.key
        if entry.kind in ("candidate", "endorser", "pollster") and not typed_like(span.text, key) \
                or (entry.person or entry.kind == "pollster") and span.match.score < 100.0 \
                and names_someone_else(span.text, key, given_first=entry.kind != "pollster"):
            chosen.remove(span)
            parsed.unknown.append((span.text, [span.match]))
    parsed.spans = sorted(_without_ties(parsed, candidates, chosen), key=lambda s: s.start)
    _every_namesake(parsed, index)
    used = set().union(*(set(range(s.start, s.end)) for s in parsed.spans)) if parsed.spans else set()
    unexplained = [w for i, w in enumerate(parsed.words) if i not in used and i not in parsed.terms.used
                   and i not in parsed.function_words and not question_word(w)]
    parsed.leftover = [w for w in unexplained if not lexicon().is_plain_word(w)]
    parsed.common = [w for w in unexplained if lexicon().is_plain_word(w)]


def _possible_spans(parsed: ParsedQuestion, index: NameIndex) -> list[tuple[int, int, str]]:
    """The runs of words that may be a name: (start, end, text), without those that are question words, race terms
    or months at their edge, unless they are a whole name exactly."""
    words = parsed.words
    spans: list[tuple[int, int, str]] = []
    places = _city_phrases(words, index)
    counties = county_phrases(words) + bare_county_names(words, common_word, given_name,
                                                         parsed.terms.used - parsed.terms.state_words)
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + MAX_EXACT_SPAN_WORDS) + 1):
            text = " ".join(words[start:end])
            if len(text) < 2:
                continue
            # A part of a city's name of several words is no name ("long beach" is no Carolyn Long)
            if any(a <= start and end <= b and (a, b) != (start, end) for a, b in places):
                continue
            # A county named with its area word is a place beside any name ("perdue atkinson county votes"); only a
            # name with the county's whole name in it, and more, holds it ("washington county sierra club").
            if any(start < b and a < end and not (start <= a and b <= end and (end - start > b - a
                                                                                or index.exact_only(text)))
                   for a, b in counties):
                continue
            # Question words at the edge of a span: only a whole name of several words ("christina day") counts.
            at_edge = (words[start] in EDGE_WORDS and words[start] not in NAME_OR_SPANISH) \
                or words[end - 1] in EDGE_WORDS \
                or start in parsed.function_words or end - 1 in parsed.function_words
            exact = index.exact_only(text)
            if at_edge and (end - start == 1 or not exact):
                continue
            if end - start == 2 and not exact and index.exact_only(words[start] + words[start + 1]):
                spans.append((start, end, words[start] + words[start + 1]))  # "atlas intel" is AtlasIntel
                continue
            # A state code, office or year word is a name only inside an exact name of several words; a month
            # ("may") or a word of three letters only exactly; a state's name may edge a typo ("virginia fostter").
            terms_inside = set(range(start, end)) & parsed.terms.used
            if terms_inside and not exact and (not terms_inside <= parsed.terms.state_words
                                               or set(range(start, end)) <= parsed.terms.state_words
                                               or any(len(words[i]) == 2 for i in terms_inside)):
                continue  # ("robert casey pa": Casey in Pennsylvania, not a name with a typo)
            if end - start == 1 and text in GROUP_WORDS and end < len(words) and words[end] in GROUP_TAILS:
                continue  # "young voters": a group, not Mr Young
            if end - start == 1 and text in GROUP_WORDS and not exact:
                # a group of voters is a name only exactly, or as the data writes it ("latinos": Latino voters)
                form = next((f for f in _group_forms(text) if any(
                    m.score >= 100.0 for m in index.lookup(f, ["subgroup"], limit=1, folded=True))), None)
                if form is not None:
                    spans.append((start, end, form))
                continue
            if end - start == 1 and len(text) <= 3 and not exact:
                continue
            # "how" and one of English's most frequent words is a question ("how long until"), never a surname (Long)
            if end - start == 1 and start > 0 and words[start - 1] == "how" and lexicon().is_frequent(text):
                continue
            # Words of the language that are nobody's name ("beat", "drop") are part of a name only exactly, or when
            # the data's names have them ("snoop dog", "el times"; "elon" alone, a given name of the data).
            possessive = end - start == 1 and len(text) > 4 and text[-1] == "s" and index.exact_only(text[:-1])
            if not exact and not possessive and _only_words_of_the_language(words[start:end], index):
                continue
            if not exact and end - start > 1 and _a_name_and_more(words, start, end, index):
                continue
            if any(w in MONTHS for w in words[start:end]) and not exact:  # "june berkeley" is June's Berkeley poll
                continue
            # two names, not one: "bass vs caruso", "warren o diehl" (Spanish "or"), "bass y caruso" ("and")
            if any(w in VERSUS_WORDS or w in ("o", "y") for w in words[start:end]) and not exact:
                continue
            if end - start > MAX_FUZZY_SPAN_WORDS and not exact:
                continue
            spans.append((start, end, text))
    return spans


def _a_name_and_more(words: list[str], start: int, end: int, index: NameIndex) -> bool:
    """Whether a run of words that is no name exactly is a name of the data and words beside it, not one longer name
    typed with a typo."""
    text = " ".join(words[start:end])
    # A surname ends a name: a surname of the data followed by other words is that person and words of the
    # question ("gideon surging", "collins holding on"), not a longer name with a typo.
    if index.exact_only(words[start]) \
            and words[start] not in index.first_names and words[start] not in NAME_OR_SPANISH \
            and not index.by_nickname(text):
        return True
    # A county's or city's name before a surname of the data is a place and that person ("atkinson perdue":
    # Perdue in Atkinson), unless the first word is someone's given name.
    if index.exact_only(words[end - 1]) \
            and _is_place(words[start:end - 1]) and words[start] not in index.first_names \
            and words[start] not in lexicon().given:
        return True
    # A surname of the data followed by a county's or city's name is that person in that place ("trump denver
    # votes"), unless the surname is someone's given name too.
    if index.exact_only(words[start]) \
            and _is_place(words[start + 1:end]) and words[start] not in lexicon().given:
        return True
    # A whole name followed by a word of the language is that name and a word ("mike feuer end his campaign"), and
    # preceded by one, a word and that name ("bass beat rick caruso")
    if end - start > 2 and index.exact_only(" ".join(words[start:end - 1])) \
            and lexicon().is_common(words[end - 1]) and words[end - 1] not in SUFFIXES:
        return True
    return end - start > 2 and index.exact_only(" ".join(words[start + 1:end])) \
        and lexicon().is_common(words[start]) and words[start] not in index.first_names


def _is_place(words: list[str]) -> bool:
    """Whether these words are a US county's or city's name."""
    text = " ".join(words)
    return text in cities() or county_named(words, 0, len(words))


def _city_phrases(words: list[str], index: NameIndex) -> list[tuple[int, int]]:
    """Where a US city's name of two or three words stands in the question ("long beach", "san luis obispo"), when
    those words are not a name of the data."""
    found = []
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            text = " ".join(words[start:start + size])
            if text in cities() and not index.exact_only(text):
                found.append((start, start + size))
    return found


def _group_forms(word: str) -> list[str]:
    """The forms the data may write a group of voters typed as one word by: singular, with "voters"."""
    singular = [word[:-2], word[:-1]] if word.endswith("es") else [word[:-1]] if word.endswith("s") else []
    return [form for base in (*singular, word) for form in (base, f"{base} voters") if form]


def _matched(parsed: ParsedQuestion, index: NameIndex, spans: list[tuple[int, int, str]]) -> list[Span]:
    """Every name each possible span may be, scored: exact names of several words first (the words inside them need
    no fuzzy search of their own)."""
    words = parsed.words
    candidates: list[Span] = []
    inside_exact: set[tuple[int, int]] = set()
    for start, end, text in spans:
        if end - start > 1 and index.exact_only(text):
            inside_exact |= {(s, e) for s in range(start, end) for e in range(s + 1, end + 1) if (s, e) != (start, end)}
    office = set(parsed.terms.other_office_at)  # "fiscal de la ciudad": the office's words, no place "LA"
    for start, end, text in spans:
        if (start, end) in inside_exact and not index.exact_only(text) or set(range(start, end)) <= office:
            continue
        matches = index.lookup(text, limit=MATCHES_PER_SPAN, folded=True)
        if end - start == 1 and county_named(words, start, end) and lexicon().is_real_surname(text) \
                and not index.exact_only(text):
            # a county's name that is a real surname is that place or that other person, never a typo of a name
            # of the data ("warnock atkinson votes": Atkinson County, not Watkins)
            matches = [m for m in matches if m.entry.kind not in ("candidate", "endorser")]
        if end - start == 1 and words[start] in GROUP_WORDS and text != words[start]:
            matches = [m for m in matches if m.entry.kind == "subgroup"]  # "blacks": Black voters, not Mr Black
        # a group of voters typed with fewer words than the data's is another group ("registered voter" is not
        # "Latino registered voters"): a subgroup's every word but "voters" must be typed
        matches = [m for m in matches if m.entry.kind != "subgroup" or m.score >= 100.0
                   or len([w for w in text.split() if w not in GROUP_TAILS])
                   >= len([w for w in m.key.split() if w not in GROUP_TAILS])]
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
        if end - start == 1 and not (matches and matches[0].score >= 100.0) and len(text) > 4 and text[-1] == "s" \
                and index.exact_only(text[:-1]):
            # a pollster's or a person's name with an "'s" typed without the apostrophe: "emersons last poll",
            # "trumps votes in arizona"
            owners = [m for m in index.lookup(text[:-1], ["pollster", "candidate"], limit=MATCHES_PER_SPAN,
                                              folded=True)
                      if m.score >= 100.0 and m.key == text[:-1]]
            if owners:
                matches = owners
        short = f"{words[start]} {words[end - 1]}"
        if end - start == 3 and not (matches and matches[0].score >= 100.0) and index.exact_only(short) \
                and (words[start + 1] in lexicon().given or len(words[start + 1]) == 1):
            # a middle name the data leaves out is optional: "herschel junior walker" is Herschel Walker
            people = [m for m in index.lookup(short, ["candidate", "endorser"], limit=3, folded=True)
                      if m.score >= 100.0 and m.entry.person and m.key == short]
            if people:
                matches, text = people, short
        if end - start >= 3 and not (matches and matches[0].score >= 100.0) \
                and not any(w in LINKING_WORDS or w in ARTICLES or w in AREA_WORDS or len(w) == 2 and state_code(w)
                            or w in lexicon().given or w in QUESTION_WORDS or index.exact_only(w)
                            for w in words[start:end]):  # "matt corey connecticut" is no MCC, "trump win pa" no TWP
            # a name of three words or more may be what the data writes by its initials ("new york times": NYT)
            initials = "".join(w[0] for w in words[start:end])
            acronyms = [m for m in index.lookup(initials, ["pollster", "endorser"], limit=3, folded=True)
                        if m.score >= 100.0 and m.key == initials] if index.exact_only(initials) else []
            if acronyms:
                matches, text = acronyms, initials
        if matches and matches[0].score >= SUGGESTION_SCORE:
            for match in matches:
                candidates.append(Span(start, end, text, match))
    return candidates


def _pollster_before_poll(parsed: ParsedQuestion, chosen: list[Span], candidates: list[Span]) -> list[Span]:
    """A name right before "poll" is the pollster's when a pollster has it ("the last harper poll": not Hill Harper)."""
    words = parsed.words
    for span in list(chosen):
        if span.match.entry.kind in ("candidate", "endorser") and span.end < len(words) \
                and words[span.end] in ("poll", "polls", "survey", "encuesta"):
            pollster = next((c for c in candidates if (c.start, c.end) == (span.start, span.end)
                             and c.match.entry.kind == "pollster" and c.match.score >= span.match.score), None)
            if pollster is not None:
                chosen[chosen.index(span)] = pollster
    return chosen


def _confident(candidates: list[Span]) -> list[Span]:
    """The confident spans that do not overlap: the longest first ("patrick cannon" over the surname "cannon"),
    then the best scored; the same words may name things of two kinds ("LA" a place and a race)."""
    exact = [s for s in candidates if s.match.score >= 100.0]
    # a name typed whole, with words next to it, is that name and those words: "meeting street insights de los" is
    # Meeting Street Insights and "de los", "kevin de leon kdl" Kevin de León and his initials, however close the
    # whole may score; a person's given name typed another way before their surname is their name ("david
    # loebsack" is Dave Loebsack)
    # (a pollster's two spellings of one name are one name: "MRG (Marketing Resource Group)" typed whole is not
    # "Marketing Resource Group (MRG)" with "de los" after it)
    candidates = [s for s in candidates if s.match.score >= 100.0 or not any(
        _one_name_twice(e, s) and (s.start <= e.start and e.end <= s.end and (not e.match.entry.person
                                                                              or e.start == s.start)
                                   or not e.match.entry.person and s.start < e.end and e.start < s.end)
        for e in exact)]
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
    return chosen


def _one_name_twice(first: Span, second: Span) -> bool:
    """Whether two spans name one thing: one entry, or entries of one kind whose names have the same words."""
    a, b = first.match, second.match
    return a.entry == b.entry or a.entry.kind == b.entry.kind and sorted(a.key.split()) == sorted(b.key.split())


def _join_side_by_side(parsed: ParsedQuestion, index: NameIndex, chosen: list[Span]) -> None:
    """Two names side by side ("chris" + "musk", "tyler" + "perry") are one name: someone's, typed like it, or a name
    that nobody has; unless they are two candidates of one race ("ossoff perdue", "biden trump"), whom nobody's name
    is typed like."""
    named = sorted((s for s in chosen if s.match.entry.kind in ("candidate", "endorser", "pollster")),
                   key=lambda s: s.start)
    for first, second in zip(named, named[1:], strict=False):
        people = {first.match.entry.kind, second.match.entry.kind} & {"candidate", "endorser"}
        if first.end == second.start and people and first.match.entry != second.match.entry \
                and first in chosen and second in chosen:
            wider = f"{first.text} {second.text}"
            if _person_beside_pollster(first, second) and not _someones(index, wider):
                continue  # "caruso vs bass fm3": Bass, and the FM3 poll
            if any(_is_place(s.text.split()) and s.text.split()[0] not in lexicon().given
                   and o.match.entry.person and o.match.score >= 100.0 and (s is first or o.text not in lexicon().given)
                   for s, o in ((first, second), (second, first))) and not _someones(index, wider):
                continue  # a person beside a county's or city's name: there ("trump denver"), not "james garner"
            same_words = [[c for c in chosen if (c.start, c.end) == (s.start, s.end)] for s in (first, second)]
            if any(_opponents(index, a, b) for a in same_words[0] for b in same_words[1]) \
                    and not _someones(index, wider):
                continue
            _replace(parsed, index, chosen, [first, second], first.start, second.end, wider)


def _person_beside_pollster(first: Span, second: Span) -> bool:
    """A person's surname or whole name and a pollster's name, both exact, side by side: two names ("bass fm3",
    "bass emerson poll"), not one; "chris padilla" (a given name first) may still be a name nobody has."""
    kinds = (first.match.entry.kind, second.match.entry.kind)
    if "pollster" not in kinds or not {"candidate", "endorser"} & set(kinds):
        return False
    person, pollster = (first, second) if kinds[1] == "pollster" else (second, first)
    given, _surname = _name_part(person)
    return first.match.score >= 100.0 and second.match.score >= 100.0 and not given \
        and (pollster is second or pollster.text not in lexicon().given)  # "chris padilla" may be a person


def _widen_to_unexplained(parsed: ParsedQuestion, index: NameIndex, chosen: list[Span]) -> None:
    """A confident name with unexplained words next to it ("karen SMITH") is that name only if the whole is."""
    words = parsed.words
    for span in list(chosen):
        taken = {i for c in chosen for i in range(c.start, c.end)}
        left, right = span.start, span.end
        explained = taken | parsed.terms.used | parsed.function_words
        if parsed.language == "es":  # "el LA Times", "la Federación": a Spanish article, not a word of the name
            explained |= {i for i, w in enumerate(words) if w in ARTICLES}
        explained |= {i for a, b in county_phrases(words) for i in range(a, b)}  # "atkinson county loeffler"
        explained |= {i for i, w in enumerate(words) if len(w) == 2 and state_code(w)}  # "robert casey pa"
        if not span.match.entry.person and span.match.score >= 100.0:  # "la encuesta de meeting street insights de
            explained |= {i for i, w in enumerate(words) if w in LINKING_WORDS}  # los angeles": the poll, then LA
        given, surname = _name_part(span)
        if not given:  # beside a surname, a county's or city's name that is nobody's given name is a place
            # ("atkinson perdue"); after a given name it is the surname typed ("karen smith": Smith County too)
            explained |= {i for i, w in enumerate(words) if _is_place([w]) and w not in lexicon().given}
        if given and left > 0 and left - 1 not in explained and _given_before_surname(words[left - 1], span.text):
            given = False  # "mel morris": Morris is the surname of somebody else here, not Morris Davis's given name
        while left > 0 and left - 1 not in explained and not _plain_word(words[left - 1]) and not given:
            left -= 1
        whole = span.match.entry.person and span.end - span.start > 1 and span.match.score >= 100.0
        while right < len(words) and right not in explained and not _plain_word(words[right]) \
                and (not (surname or whole) or words[right] in SUFFIXES):  # "max rose staten island": Max Rose
            right += 1
        if (left, right) != (span.start, span.end) and span.match.entry.kind in ("candidate", "endorser", "pollster"):
            wider = " ".join(words[left:right])
            if is_year(wider.split()):
                continue
            if not span.match.entry.person and span.match.score >= 100.0 and span.text not in lexicon().given \
                    and not set(words[span.end:span.end + 1]) & AREA_WORDS \
                    and not _one_name(index, wider):  # ("emporium east ward" is a precinct's name)
                # a pollster named whole beside a name nobody has: two things ("fetterman quinnipiac poll"); a given
                # name beside one is a person nobody has ("david purdy")
                extra = " ".join(words[left:span.start] + words[span.end:right])
                parsed.unknown.append((extra, index.lookup(extra, limit=4)))
                continue
            _replace(parsed, index, chosen, [span], left, right, wider)


def _name_part(span: Span) -> tuple[bool, bool]:
    """Whether a one-word span is a person's given name, or their surname: nothing of the name comes before a given
    name, and only a suffix after a surname ("gideon surging", "collins holding on" name nobody new)."""
    name = fold(ticket_head(span.match.entry.display)).split()  # a ticket's head: "Donald J. Trump / JD Vance"
    if not span.match.entry.person or span.end - span.start != 1 or len(name) < 2:
        return False, False
    word = span.text
    return word == name[0] and word != name[-1], word == name[-1] and word != name[0]


def _given_before_surname(before: str, word: str) -> bool:
    """Whether a word typed before a person's given name makes that name a surname: the word is a given name and
    no question word, and the name is a real surname too ("mel morris"; not "will morris win")."""
    real = lexicon()
    return before in real.given and before not in EDGE_WORDS and not question_word(before) \
        and real.is_real_surname(word)


def _without_ties(parsed: ParsedQuestion, candidates: list[Span], chosen: list[Span]) -> list[Span]:
    """The chosen spans but those where two different people of one kind tie on the same words: those are ambiguous
    names of the question."""
    final: list[Span] = []
    for span in chosen:
        rivals = [c for c in candidates if (c.start, c.end) == (span.start, span.end)
                  and c.match.entry.kind == span.match.entry.kind and c.match.entry != span.match.entry
                  and span.match.score - c.match.score < 4.0]
        span, rivals = without_juniors(span, rivals)
        others = [c for c in candidates if (c.start, c.end) == (span.start, span.end)
                  and c.match.entry.kind in ("candidate", "endorser") and c.match.entry.kind != span.match.entry.kind]
        span, rivals = fewest_typos(span, rivals, others)
        if rivals and span.match.entry.kind in ("candidate", "endorser"):
            parsed.ambiguous.append((span.text, [span.match, *[r.match for r in rivals]]))
        else:
            final.append(span)
    return final


def _every_namesake(parsed: ParsedQuestion, index: NameIndex) -> None:
    """A name typed exactly that more people have than a span keeps ("harris": a record of Kamala Harris per state,
    Andy Harris, Frank Harris ...) is every one of them, for the question's other words to settle."""
    for position, (text, matches) in enumerate(parsed.ambiguous):
        best = matches[0].score if matches else 0.0
        exact = [m for m in matches if m.score == best]
        if len(exact) < 2 or len({m.key for m in exact}) != 1:
            continue  # (a whole name typed with a typo is that name's every record too: "jill steins")
        kinds, key = {m.entry.kind for m in exact}, exact[0].key
        # a whole name or surname typed: its every record; a given name alone ("kamala"): everyone of that given name
        entries = index.namesakes(exact[0]) if best != FIRST_NAME_SCORE else \
            [index.entries[i] for i in index.first_names.get(key, ())]
        everyone = [NameMatch(entry, best, key) for entry in entries if entry.kind in kinds]
        widened = list(dict.fromkeys([*exact, *everyone]))
        parsed.ambiguous[position] = (text, [*widened, *(m for m in matches if m.score < best)])


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


def _one_name(index: NameIndex, text: str) -> bool:
    """Whether words are typed like one name of the data."""
    rescored = index.lookup(text, limit=1)
    return bool(rescored) and rescored[0].score >= CONFIDENT_SCORE and typed_like(text, rescored[0].key)


def _only_words_of_the_language(span: list[str], index: NameIndex) -> bool:
    """Whether a span holds words of the language that no name of the data has: a word alone that is no given name
    or surname of the data, or, among several, one that is no word of the data's names ("joe buscaino drop")."""
    words = lexicon()
    if len(span) == 1:
        return words.is_plain_form(span[0]) and span[0] not in index.first_names and not index.exact_only(span[0])
    return any(words.is_plain_form(w) and w not in index.by_token for w in span)


def question_word(word: str) -> bool:
    """A word of the question's form: a question word, a month or a number."""
    return word in QUESTION_WORDS or word in MONTHS or word.isdigit()


def _plain_word(word: str) -> bool:
    """A word of the question, not of a name: a question word, a month, a number, or a common word of English or
    Spanish that is nobody's name ("beat", "came", "dead"; not "bass" or "young")."""
    return question_word(word) or lexicon().is_plain_form(word)
