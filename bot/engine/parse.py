"""Parsing a question: its intent from keyword rules, and the names in it found as spans of words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.engine.names import NameIndex, NameMatch
from bot.engine.thresholds import (
    CONFIDENT_SCORE,
    MAX_EXACT_SPAN_WORDS,
    MAX_FUZZY_SPAN_WORDS,
    SUGGESTION_SCORE,
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
""".split())

# Office words may stand at the edge of a race name ("2026 kansas u s senate") but are not names themselves.
OFFICE_WORDS = {"mayor", "mayoral", "council", "governor", "senate", "senator", "house", "president", "presidential",
                "congress", "seat"}
EDGE_WORDS = QUESTION_WORDS - OFFICE_WORDS

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("help", re.compile(r"^(help|commands|\?+|what can (you|i) (do|ask|answer)|how (do i|to) use( (you|this|it))?"
                        r"|what do you (know|do)|what can you tell me|usage)\b")),
    ("results", re.compile(r"\b(who won|won the|winner|winners|results?|who made the runoff|made (it to )?the runoff"
                           r"|who advanced|advanced to|vote counts?|how many votes|final (tally|count)|who lost"
                           r"|top two|final vote|elected)\b")),
    ("election_date", re.compile(r"\b(when (is|was|s|will|does|do)|whens|election day|days (left|until|till|to go)"
                                 r"|how (many|long) (days|until|till)|date of|what date|when do we vote)\b")),
    ("average", re.compile(r"\b(average|avg|aggregate|polling average)\b")),
    ("poll_history", re.compile(r"\b(all (the )?polls|poll history|polls over time|trend|every poll"
                                r"|list (the |of )?polls|history of (the )?polls)\b")),
    ("latest_poll", re.compile(r"\b(latest|newest|most recent|last|recent|new) poll")),
    ("compare", re.compile(r"\b(compare|compared|vs|versus|head to head|against)\b")),
    ("endorsements_by", re.compile(r"\b((did|has|does|have|who did|whom did|who has|who does|whom has|who is|whos)\b.*"
                                   r"\b(endorse|endorsed|back|backed|support|supported|backing|supporting|endorsing))"
                                   r"|\bendorsements? (by|from)\b")),
    ("endorsements_of", re.compile(r"\b(who (has )?(endorsed|endorses|is endorsing|backs|backed|is backing|supports"
                                   r"|supported|is supporting)|whos (endorsing|backing|supporting)|endorsements?"
                                   r"|(which|what) (\w+ ){1,3}(endorsed|backed|supported|support|back)"
                                   r"( (of|for))?|endorsers?|backers|supporters|who are .* (backers|supporters))\b")),
    ("running", re.compile(r"\b(who is running|whos running|who s running|running for|candidates|who are the candidates"
                           r"|in the race|field|who is in|whos in|on the ballot)\b")),
    ("leader", re.compile(r"\b(ahead|leading|winning|lead|leads|frontrunner|front runner|favou?red|polls? say"
                          r"|polls? show|how is .* doing|how are .* doing|standing|polls?|polling|odds|chances)\b")),
    ("candidate", re.compile(r"\b(who is|whos|tell me about|about|profile|bio|background|info)\b")),
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
    spans: list[Span] = field(default_factory=list)
    unknown: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names nobody has, with near ones
    ambiguous: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names several have
    leftover: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.match.entry.kind == kind]


def detect_intents(folded: str) -> list[str]:
    return [name for name, pattern in _PATTERNS if pattern.search(folded)]


def parse(question: str, index: NameIndex) -> ParsedQuestion:
    folded = fold(question)
    words = fold_name(question).split()
    parsed = ParsedQuestion(question, folded, words, detect_intents(folded))
    _find_names(parsed, index)
    return parsed


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
            at_edge = (words[start] in EDGE_WORDS and words[start] != "de") or words[end - 1] in EDGE_WORDS
            exact = index.exact_only(text)
            if at_edge and (end - start == 1 or not exact):
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
    # Two names side by side ("karen" + "smith") are one name that nobody has.
    people = sorted((s for s in chosen if s.match.entry.kind in ("candidate", "endorser")), key=lambda s: s.start)
    for first, second in zip(people, people[1:], strict=False):
        if first.end == second.start and first.match.entry != second.match.entry and first in chosen:
            wider = f"{first.text} {second.text}"
            rescored = index.lookup(wider, limit=4)
            if not rescored or rescored[0].score < CONFIDENT_SCORE:
                for span in (first, second):
                    if span in chosen:
                        chosen.remove(span)
                parsed.unknown.append((wider, rescored))
    # A confident name with unexplained words next to it ("karen SMITH") is not that name.
    for span in list(chosen):
        left, right = span.start, span.end
        while left > 0 and left - 1 not in taken and words[left - 1] not in QUESTION_WORDS:
            left -= 1
        while right < len(words) and right not in taken and words[right] not in QUESTION_WORDS:
            right += 1
        if (left, right) != (span.start, span.end) and span.match.entry.kind in ("candidate", "endorser"):
            wider = " ".join(words[left:right])
            if _is_year(wider.split()):
                continue
            rescored = index.lookup(wider, limit=4)
            if not rescored or rescored[0].score < CONFIDENT_SCORE:
                chosen.remove(span)
                parsed.unknown.append((wider, rescored))
                taken -= set(range(span.start, span.end))
    # Ambiguity: two different entries of the same kind tie on the same words.
    final: list[Span] = []
    for span in chosen:
        rivals = [c for c in candidates if (c.start, c.end) == (span.start, span.end)
                  and c.match.entry.kind == span.match.entry.kind and c.match.entry != span.match.entry
                  and span.match.score - c.match.score < 4.0]
        if rivals and span.match.entry.kind in ("candidate", "endorser"):
            parsed.ambiguous.append((span.text, [span.match, *[r.match for r in rivals]]))
        else:
            final.append(span)
    parsed.spans = sorted(final, key=lambda s: s.start)
    used = set().union(*(set(range(s.start, s.end)) for s in parsed.spans)) if parsed.spans else set()
    parsed.leftover = [w for i, w in enumerate(words)
                       if i not in used and w not in QUESTION_WORDS and not w.isdigit()]


def _is_year(words: list[str]) -> bool:
    return any(re.fullmatch(r"(19|20)\d\d", w) for w in words)


def name_text(parsed: ParsedQuestion) -> str:
    """The words of a question that look like a name nobody knows, for "no one called X" answers."""
    return " ".join(parsed.leftover)
