"""A question as understood: its words, kinds, race terms and the names found in it as spans of words."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.engine.kinds import Attribute, QuestionKind
from bot.engine.understanding.attributes import AttributeAsked
from bot.engine.understanding.names import NameMatch
from bot.engine.understanding.race_terms import (
    STAGE_WORDS,
    RaceTerms,
)
from bot.engine.understanding.vocabulary import ADVANCED_WORDS, VERSUS_WORDS


@dataclass(frozen=True, slots=True)
class Span:
    """Words of a question (from start to end, exclusive) that name something, with the match."""

    start: int
    end: int  # exclusive, in words
    text: str
    match: NameMatch


@dataclass(slots=True)
class ParsedQuestion:
    """A question as understood: words, kinds, race terms, poll month, language, names and leftover words."""

    text: str
    folded: str
    words: list[str]
    intents: list[QuestionKind]
    terms: RaceTerms = field(default_factory=RaceTerms)
    month: int | None = None  # a poll named by its month ("the may poll")
    poll_year: int | None = None  # and its year ("the august 2021 poll")
    before_stage: str | None = None  # "the poll before the primary"
    stage_month: int | None = None  # a stage named by its month ("the june primary", "caruso's november numbers")
    language: str = "en"  # "es" for a question typed in Spanish
    # Spanish articles ("la encuesta", "los candidatos"): neither names nor race terms ("LA", Louisiana)
    function_words: set[int] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)
    unknown: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names nobody has, with near ones
    ambiguous: list[tuple[str, list[NameMatch]]] = field(default_factory=list)  # names several have
    leftover: list[str] = field(default_factory=list)
    # Words of the language explained by nothing else ("beat", "oz"): no name's, unless the question's form says
    # a name stands there ("fetterman vs oz").
    common: list[str] = field(default_factory=list)
    group: str | None = None  # a group of voters named that the data's groups are not ("young voters")
    area: str | None = None  # an area of a count named ("atkinson county", "precinct 4")
    statewide: bool = False  # the whole state's figure asked ("who won pennsylvania statewide")
    counts_areas: bool = False  # asks how many counties or precincts someone won
    vote_type: str | None = None  # a vote type asked about ("mail", "early", "election day", "provisional")
    asked: AttributeAsked | None = None  # the field asked for ("the sample size", "who came third")
    endorser_kind: str | None = None  # a kind of endorser named ("newspapers"), as the data's endorser types
    population: str | None = None  # whom a poll asked, as the data writes it ("lv", "rv", "a"): "likely voter polls"
    set_aside: list[Span] = field(default_factory=list)  # pollsters and endorsers left out ("not from berkeley")
    aside_terms: set[int] = field(default_factory=set)  # stages, months set aside ("la primaria, no la general")

    def of(self, kind: str) -> list[Span]:
        """The spans that name something of a kind ("candidate", "pollster" ...)."""
        return [s for s in self.spans if s.match.entry.kind == kind]


def name_text(parsed: ParsedQuestion) -> str:
    """The words of a question that look like a name nobody knows, for "no one called X" answers."""
    return " ".join(parsed.leftover)


def compared_sides(words: list[str]) -> list[list[str]]:
    """The words on each side of "vs" ("bass vs caruso", "bass contra caruso", "bass frente a caruso")."""
    sides: list[list[str]] = [[]]
    for i, word in enumerate(words):
        if word in VERSUS_WORDS:
            sides.append([])
        elif not (word == "a" and i > 0 and words[i - 1] == "frente"):
            sides[-1].append(word)
    return sides


def same_words(a: Span, b: Span) -> bool:
    """Whether two spans are the same words."""
    return (a.start, a.end) == (b.start, b.end)


def stage_asked(parsed: ParsedQuestion) -> str | None:
    """The stage whose results are asked for: "who made the runoff" asks for the primary."""
    if parsed.terms.measure:  # "¿pasó la enmienda 80?": a measure passes, it does not advance
        return parsed.terms.stage
    words = {w for i, w in enumerate(parsed.words) if i not in parsed.aside_terms} - set((parsed.area or "").split())
    # ("el paso county" is no "pasó")
    if len({STAGE_WORDS[w] for w in words if w in STAGE_WORDS}) > 1 and not words & ADVANCED_WORDS:
        return None  # two stages named ("did caruso improve from the primary to the general"): each of them
    if parsed.terms.stage in ("primary", "jungle primary") or words & ADVANCED_WORDS:
        return "primary"
    if "runoff" in words and words & {"made", "make", "making"}:  # "who didn't make the runoff": the primary's
        return "primary"
    return parsed.terms.stage


_RESULT_ATTRIBUTES = frozenset({Attribute.TURNOUT, Attribute.TOTAL_VOTES, Attribute.MARGIN, Attribute.RANK})


def asks_a_result(parsed: ParsedQuestion) -> bool:
    """Whether a question asks a result of a race: who won, the votes, the margin, the turnout."""
    return QuestionKind.RESULTS in parsed.intents or (parsed.asked is not None
                                                      and parsed.asked.attribute in _RESULT_ATTRIBUTES)
