"""A poll named by the first words of its pollster's or sponsor's long name ("the communities united for bass poll",
"the poll that communities united for bass released"): that pollster or sponsor, never the candidate whose surname is
one of the words."""

from __future__ import annotations

from bot.engine.understanding.names import NameIndex, NameMatch
from bot.engine.understanding.question import ParsedQuestion, Span
from bot.engine.understanding.vocabulary import POLL_WORDS
from bot.names import fold_name

# At least this many words typed from the start of a name: fewer are a place or a phrase ("los angeles", "new york").
_FEWEST_WORDS = 3
_LONGEST_RUN = 8
_NEAR_A_POLL = 3  # a poll word at most this many words before the name ("the poll that ... released")


def names_begun_near_a_poll(parsed: ParsedQuestion, index: NameIndex) -> None:
    """The longest run of words beside a poll word that begins exactly one pollster's or sponsor's name, its words
    whole and more than a race's terms, is that name: the spans inside it give way."""
    words = parsed.words
    polls = [i for i, w in enumerate(words) if w in POLL_WORDS]
    if not polls:
        return
    for start in range(len(words) - _FEWEST_WORDS + 1):
        ends = [end for end in range(min(len(words), start + _LONGEST_RUN), start + _FEWEST_WORDS - 1, -1)
                if any(end == at or 0 < start - at <= _NEAR_A_POLL for at in polls)]
        if not ends:
            continue
        # the names its first words begin, looked up once: a longer run begins only some of them
        head = fold_name(" ".join(words[start:start + _FEWEST_WORDS]))
        begun = [e for e in index.prefixed("pollster", head) if fold_name(e.display).startswith(head + " ")]
        for end in ends if begun else ():
            if set(range(start, end)) <= parsed.terms.used or _inside_a_pollster(parsed, start, end):
                continue
            query = fold_name(" ".join(words[start:end]))
            names = {e.display: e for e in begun if fold_name(e.display).startswith(query + " ")}
            if len(names) == 1:
                entry = next(iter(names.values()))
                parsed.spans = [s for s in parsed.spans if s.end <= start or s.start >= end]
                text = " ".join(words[start:end])
                parsed.spans.append(Span(start, end, text, NameMatch(entry, 100.0, entry.display)))
                parsed.spans.sort(key=lambda s: s.start)
                parsed.terms.used -= set(range(start, end))
                return


def _inside_a_pollster(parsed: ParsedQuestion, start: int, end: int) -> bool:
    """Whether a pollster already found covers these words."""
    return any(s.match.entry.kind == "pollster" and s.start <= start and end <= s.end for s in parsed.spans)
