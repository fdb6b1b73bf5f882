"""Given names that are words of the language or months ("will", "june", "april", "mark", "grace"), typed right
before a candidate's or endorser's surname: a person of that name, who is someone else than the one the surname names
when their given names do not agree ("who is will bass", "is june bass a candidate", "did april sanchez endorse")."""

from __future__ import annotations

from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.question import ParsedQuestion
from bot.engine.understanding.typed import given_and_surname
from bot.engine.understanding.vocabulary import MONTH_BEFORE, MONTHS
from bot.given_names import compatible_with
from bot.names import fold

# Before these, "will" is the verb ("who will win", "and will bass hold on"), never a name.
_MODAL_BEFORE = {"who", "what", "when", "where", "how", "which", "why", "and", "or", "so", "then", "but", "lol",
                 "whos", "if", "think", "do", "u", "you"}
# Given names of the lists that are a name's particles or words of questions ("van", "del", "in", "young").
_PARTICLES = {"an", "in", "del", "van", "von", "le", "young", "de", "la", "st"}
# Before these, a month is the month ("in june bass led", "the april caruso numbers", "since may").
_MONTH_BEFORE = MONTH_BEFORE | {"since", "after", "before", "during", "el", "la", "for", "until", "till", "by", "desde",
                                "durante", "antes", "despues", "this"}


def _reads_as_a_name(parsed: ParsedQuestion, at: int, end: int) -> bool:
    """Whether the word at `at`, a given name that is also a word or a month, is typed as a name there; the surname
    after it ends before `end`."""
    words = parsed.words
    word, names = words[at], lexicon()
    if word not in names.common_given or word in _PARTICLES or not (word in MONTHS or names.is_everyday(word)):
        return False
    if word in ("will", "may"):
        if at == 0:  # the verb asks a question whose verb follows the name ("will bass win"); nothing else does
            return end >= len(words) or end in parsed.terms.used  # "will smith la mayor primary results"
        return words[at - 1] not in _MODAL_BEFORE
    if word in MONTHS:
        return at > 0 and words[at - 1] not in _MONTH_BEFORE
    return True


def given_words_before_surnames(parsed: ParsedQuestion) -> None:
    """A surname of the data typed after a given name that is a word or a month, the person's given name another:
    someone nobody has, said unknown ("who's june wilson": no June Wilson, not Mel Wilson)."""
    words = parsed.words
    named = {i for s in parsed.spans for i in range(s.start, s.end)}
    for span in [s for s in parsed.spans if s.match.entry.kind in ("candidate", "endorser") and s.match.entry.person]:
        at = span.start - 1
        if at < 0 or at in named or not _reads_as_a_name(parsed, at, span.end):
            continue
        given = given_and_surname(span.match.entry.display)[0]
        if not given or compatible_with(words[at])(given):
            continue
        parsed.spans.remove(span)
        parsed.unknown.append((f"{words[at]} {span.text}", [span.match]))
        _not_a_month(parsed, words[at])
    for text, matches in list(parsed.ambiguous):
        at = next((i - 1 for i, w in enumerate(words) if w == text and i > 0), -1)
        if at < 0 or at in named or not _reads_as_a_name(parsed, at, at + 2) \
                or any(compatible_with(words[at])(given) for m in matches
                       if (given := given_and_surname(m.entry.display)[0])):
            continue
        parsed.ambiguous.remove((text, matches))
        parsed.unknown.append((f"{words[at]} {text}", matches))
        _not_a_month(parsed, words[at])


def _not_a_month(parsed: ParsedQuestion, word: str) -> None:
    """The month a given name was read as is no month asked ("april caruso")."""
    if word in MONTHS and sum(w in MONTHS for w in parsed.words) == 1:
        if parsed.month == MONTHS[word]:
            parsed.month = None
        if parsed.stage_month == MONTHS[word]:
            parsed.stage_month = None


# A ballot measure's choices, which the counts hold as its candidates: names only where a measure is asked.
MEASURE_CHOICES = {"yes", "no", "si", "for", "against"}


def choices_without_a_measure(parsed: ParsedQuestion) -> None:
    """"No" and "Yes" read as a measure's choices where no measure is asked ("the primary? no, i mean the general",
    "y no en la general"): words, not names."""
    if parsed.terms.measure:
        return
    parsed.spans = [s for s in parsed.spans if not (s.match.entry.kind == "candidate"
                                                    and fold(s.match.entry.display) in MEASURE_CHOICES)]
    parsed.ambiguous = [(text, matches) for text, matches in parsed.ambiguous if text not in MEASURE_CHOICES]
