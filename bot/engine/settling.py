"""Names several people share, settled by what else the question says: the other names, the race terms, the area
named, the race in context; and which candidates a question names at all."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from bot.db.views import CandidateView, CountView, RaceView
from bot.engine.answers.area_races import counts_area
from bot.engine.answers.counts import area_counted
from bot.engine.answers.matched import candidate_of
from bot.engine.answers.reader import Reader
from bot.engine.kinds import Attribute, QuestionKind
from bot.engine.thresholds import CONFIDENT_SCORE
from bot.engine.understanding.gazetteer import states_with_county
from bot.engine.understanding.lexicon import lexicon
from bot.engine.understanding.names import SUFFIXES, NameIndex, NameMatch
from bot.engine.understanding.question import ParsedQuestion, Span, asks_a_result
from bot.engine.understanding.race_choice import choose_race, places_of, races_fitting
from bot.engine.understanding.race_table import RaceTable
from bot.engine.understanding.vocabulary import GROUP_CUES, JOINING_WORDS, PARTY_WORDS, POLL_WORDS
from bot.given_names import compatible_with
from bot.names import fold, ticket_head

ENDORSEMENT_KINDS = {QuestionKind.ENDORSEMENTS_OF, QuestionKind.ENDORSEMENTS_BY}


# The generic ballot's "candidates": the parties, named beside people only as a person's party.
PARTIES = frozenset({"democrats", "republicans"})


def named_candidates(parsed: ParsedQuestion) -> list[tuple[Span, CandidateView]]:
    """The candidates a question names, each person once."""
    found: list[tuple[Span, CandidateView]] = []
    spans = parsed.of("candidate")
    endorsers = {(s.start, s.end) for s in parsed.of("endorser")}
    if endorsers and ENDORSEMENT_KINDS & set(parsed.intents) and len({s.match.entry.id for s in spans}) > 1:
        # "fecha del apoyo de elon musk a caruso": the endorser of the candidate named, not a candidate too
        spans = [s for s in spans if (s.start, s.end) not in endorsers]
    parties = [s for s in spans if fold(s.match.entry.display) in PARTIES]
    if parties and len(parties) < len(spans):  # "is bass a democrat": her party, no generic ballot's "Democrats"
        spans = [s for s in spans if s not in parties]
        cued = [s for s in parties if set(parsed.words[max(0, s.start - 2):s.start]) & GROUP_CUES]
        if cued and not parsed.of("subgroup") and parsed.group is None:  # "caruso with republicans": their voters
            parsed.group = cued[0].text
    groups = {(s.start, s.end) for s in parsed.of("subgroup")}
    if groups and len(parties) < len(spans):  # "bass among democrats in the fm3 poll": a group, no party's ballot
        spans = [s for s in spans if (s.start, s.end) not in groups] or spans
    for span in spans:
        candidate = candidate_of(span.match)
        if all(c.id != candidate.id for _, c in found):
            found.append((span, candidate))
    return found


CLAUSE_BREAK = re.compile(r"[.!?;:]+|\s[—–-]+\s|[—–]|\(|\)")  # between the clauses of a message


def common_words_not_names(parsed: ParsedQuestion, found: list[tuple[Span, CandidateView]], races: RaceTable,
                           today: dt.date) -> list[tuple[Span, CandidateView]]:
    """A word of the language read alone as someone of no race the question names ("long time lurker ... who won
    the la mayor race": no Carolyn Long; "good evening", "my buddy says"): a word, not a name."""
    everyday = lexicon().is_everyday
    if not (parsed.terms.named or parsed.terms.offices) or not (
            any(s.end - s.start == 1 and everyday(s.text) for s in parsed.of("candidate"))
            or any(everyday(text) for text, _ in parsed.ambiguous)):
        return found  # (most questions: no everyday word read as a name, nothing more to read)
    pool = {r.id for r in races_fitting(parsed.terms, races, today, places=places_of(parsed))}
    if not pool:
        return found

    w = parsed.words
    names, at = lexicon(), {word: i for i, word in enumerate(w)}
    # the clauses of the message ("good evening! final results of the la mayor general"): a word is read so only
    # in a clause that names no race ("did trump win colorado in 2020", "la colorado supreme court justice": Justice)
    clauses = [set(fold(c).split()) for c in CLAUSE_BREAK.split(parsed.text) if fold(c).strip()]
    terms = {w[i] for i in parsed.terms.used} | {s.text for s in parsed.of("place")}
    named = {i for s in parsed.spans if s.match.entry.kind == "candidate" for i in range(s.start, s.end)} \
        | {i for i, word in enumerate(w) if word in parsed.leftover}

    def a_word(text: str, race_ids: Sequence[int]) -> bool:
        """An everyday word ("good", "long", not "lopez" or "leone") in a clause that names no race, with no given
        name before it ("craig stone"), joined to no name ("hall vs bass"), and no party's name."""
        i = at.get(text)
        if i is None:
            return False
        joined = any(0 <= i + 2 * side < len(w) and w[i + side] in JOINING_WORDS and i + 2 * side in named
                     for side in (-1, 1))  # "hall vs bass"; not "fox and i"
        apart = all(not terms & clause for clause in clauses if text in clause)
        return " " not in text and names.is_everyday(text) and text not in names.name_like and apart \
            and text not in PARTY_WORDS and not set(race_ids) & pool and not joined \
            and not (i > 0 and w[i - 1] in names.given)

    spans = [span for span in parsed.of("candidate") if span.end - span.start == 1
             and a_word(span.text, span.match.entry.race_ids)]
    parsed.spans = [s for s in parsed.spans if s not in spans]
    parsed.common += [s.text for s in spans]
    alike = [(text, matches) for text, matches in parsed.ambiguous
             if all(m.entry.kind == "candidate" and a_word(text, m.entry.race_ids) for m in matches)]
    parsed.ambiguous = [a for a in parsed.ambiguous if a not in alike]
    parsed.common += [text for text, _ in alike]
    return [(span, c) for span, c in found if span not in spans]


def settled_by_terms(parsed: ParsedQuestion, found: list[tuple[Span, CandidateView]],
                      races: RaceTable, today: dt.date,
                      counts: Callable[[int], Sequence[CountView]] | None = None
                      ) -> list[tuple[Span, CandidateView]]:
    """Names several candidates share, settled by what else the question says: the one of them who runs in
    a race that fits ("de leon ... in the primary"); asked for a result, the one the race's count has ("how
    did trump do in pueblo county": the count's Donald J. Trump / JD Vance, not the polls' record); or, when
    they are one person with several records, the record of their newest race."""
    settled = []
    named = {c.id for _, c in found}  # "wilson... mel wilson, the realtor": the person named in full again
    parsed.ambiguous = [(text, matches) for text, matches in parsed.ambiguous
                        if not any(m.entry.kind == "candidate" and m.entry.id in named for m in matches)]
    others = [span.match.entry.race_ids for span, _ in found]
    result = asks_a_result(parsed)
    for text, matches in list(parsed.ambiguous):
        if any(m.entry.kind != "candidate" for m in matches):
            continue
        chosen = {m.entry.id: choose_race(parsed.terms, races, today, candidates=[*others, m.entry.race_ids],
                                          top_of_ticket=result).race for m in matches}
        fitting = [m for m in matches if chosen[m.entry.id]]
        if result and counts is not None and len({m.entry.display for m in fitting}) > 1:
            counted = [m for m in fitting if any(c.candidate.id == m.entry.id
                                                 for count in counts(chosen[m.entry.id].id)  # type: ignore[union-attr]
                                                 for c in count.counts)]
            if len({m.entry.display for m in counted}) == 1:
                fitting = counted
        if not fitting and others:  # "warnock walker runoff poll": the Walker who ran with Warnock, runoff or not
            together = [m for m in matches if all(set(m.entry.race_ids) & set(ids) for ids in others)]
            fitting = together if len({m.entry.display for m in together}) == 1 else []
        if parsed.area and len(fitting) > 1:  # one name's records too: the one counted there
            fitting = _in_area(parsed.area, fitting, chosen, counts)
        one_name = not fitting and len({base_name(m.entry.display) for m in matches}) == 1
        if one_name:
            fitting = list(matches)  # one name, several records, no race that tells them apart: the newest
        if (one_name or len({m.entry.display for m in fitting}) == 1) and fitting:
            best = max(fitting, key=lambda m: max((races.cycle_of(r) for r in m.entry.race_ids), default=0))
            settled.append((Span(0, 0, text, best), candidate_of(best)))
            parsed.ambiguous.remove((text, matches))
    return settled

async def settled_by_area(reader: Reader, parsed: ParsedQuestion) -> list[tuple[Span, CandidateView]]:
    """Names several candidates share, settled by the county or precinct named: the one person a count of that
    area has ("how did trump do in emporium east ward": the candidate of the Cameron County count, which has
    that precinct, not the polls' record of the same name)."""
    settled = []
    table = reader.race_table()
    has_area: dict[int, bool] = {}
    for text, matches in list(parsed.ambiguous):
        if any(m.entry.kind != "candidate" for m in matches):
            continue
        counted = []
        for match in matches:
            for race_id in match.entry.race_ids:
                counts = reader.current_counts(race_id)
                if not any(c.candidate.id == match.entry.id for count in counts for c in count.counts):
                    continue
                if race_id not in has_area:
                    race = table.by_id.get(race_id)
                    has_area[race_id] = race is not None and await counts_area(reader, race, parsed.area
                                                                                      or "")
                if has_area[race_id]:
                    counted.append(match)
                    break
        if len({m.entry.id for m in counted}) == 1:
            settled.append((Span(0, 0, text, counted[0]), candidate_of(counted[0])))
            parsed.ambiguous.remove((text, matches))
    return settled

def settled_by_race(parsed: ParsedQuestion, race_id: int) -> list[tuple[Span, CandidateView]]:
    """Names several candidates share, settled by the race in context when only one of them runs there."""
    settled = []
    for text, matches in list(parsed.ambiguous):
        in_race = [m for m in matches if m.entry.kind == "candidate" and race_id in m.entry.race_ids
                   and m.score >= CONFIDENT_SCORE]
        if len(in_race) == 1:
            settled.append((Span(0, 0, text, in_race[0]), candidate_of(in_race[0])))
            parsed.ambiguous.remove((text, matches))
    return settled

def base_name(display: str) -> str:
    """A person's name without a ticket's running mate, a suffix or a middle initial: "Robert F. Kennedy Jr. / Nicole
    Shanahan" and "Robert Kennedy" are one name."""
    words = fold(ticket_head(display)).replace(".", " ").split()
    return " ".join(w for w in words if w not in SUFFIXES and len(w) > 1)  # nor a middle initial


def _in_area(area: str, matches: list[NameMatch], races: dict[int, RaceView | None],
             counts: Callable[[int], Sequence[CountView]] | None) -> list[NameMatch]:
    """Of the people a name may be, those whose race is in a state that has the county named ("harris in boulder
    county": the Colorado record), and of those the ones a count of that county has (a county's own file); all of
    them when the county tells none apart."""
    states = states_with_county(area)
    inside = [m for m in matches if (race := races.get(m.entry.id)) is not None and race.structure.state_code in states]
    if counts is not None and len(inside) > 1:
        race_counts = {m.entry.id: counts(races[m.entry.id].id) for m in inside}  # type: ignore[union-attr]
        counted = [m for m in inside if any(c.candidate.id == m.entry.id for count in race_counts[m.entry.id]
                                            for c in count.counts)]  # a person counted there, not only polled
        inside = counted or inside
        of_county = [m for m in inside if area_counted(area, race_counts[m.entry.id])]  # a county's own file
        inside = of_county or inside
    return inside or matches


def same_person_in_the_race(parsed: ParsedQuestion, found: list[tuple[Span, CandidateView]], index: NameIndex,
                             races: RaceTable, today: dt.date) -> list[tuple[Span, CandidateView]]:
    """A person named whose record runs in no race the question names, when another record of the same name (a
    suffix or a running mate aside) does: that record ("did rfk get any votes in colorado" is the Colorado ticket of
    Robert F. Kennedy Jr., not the polls' Robert F. Kennedy)."""
    if not parsed.terms.named:
        return found
    settled = []
    for span, candidate in found:
        if span.end > span.start and choose_race(parsed.terms, races, today,
                                                 candidates=[span.match.entry.race_ids]).race is None:
            # of the same name, a ticket's running mate aside ("harris walz colorado": the Colorado ticket), or of the
            # name as typed, a nickname aside ("tim walz minnesota governor": Timothy J. Walz)
            typed, name = span.text.split(), base_name(span.match.entry.display)
            fitting = [r.id for r in races_fitting(parsed.terms, races, today, places=places_of(parsed))]
            near = [*index.namesakes(span.match), *(m.entry for text in {name, typed[-1]} for m in index.lookup(
                text, ["candidate"], limit=8, folded=True, race_ids=fitting))] if fitting else []
            same = [e for e in near if e.kind == "candidate" and (base_name(e.display) == name or len(typed) > 1
                                                                  and _typed_as(typed, base_name(e.display)))
                    and choose_race(parsed.terms, races, today, candidates=[e.race_ids]).race is not None]
            if len({e.id for e in same}) == 1:
                match = NameMatch(same[0], span.match.score, span.match.key)
                span = Span(span.start, span.end, span.text, match)
                candidate = candidate_of(match)
        if all(c.id != candidate.id for _, c in settled):  # "walz and harris": one ticket, named once
            settled.append((span, candidate))
    return settled


def _typed_as(typed: list[str], name: str) -> bool:
    """Whether a given name and a surname typed are a name's: its surname, a given name compatible."""
    words = name.split()
    return words[-1] == typed[-1] and compatible_with(typed[0])(words[0])


async def counted_by_county_only(reader: Reader, race: RaceView) -> bool:
    """Whether a race's only results are the counts of some of its counties ("who won the 2024 pennsylvania senate
    race statewide": the file holds Cameron County's count only)."""
    counts = reader.current_counts(race.id)
    return bool(counts) and all(c.area for c in counts) and not await reader.election_results(race.id)


def year_typed_short(parsed: ParsedQuestion, found: list[tuple[Span, CandidateView]], races: RaceTable) -> None:
    """Two digits ending a question beside people named, the year of one of their races ("kemp abrams 18": 2018):
    that cycle."""
    words = parsed.words
    last = len(words) - 1
    if parsed.terms.cycle is not None or not found or last < 1 or not re.fullmatch(r"[0-4]\d", words[last]) \
            or last in parsed.terms.used:
        return
    cycle = 2000 + int(words[last])
    if any(races.cycle_of(race_id) == cycle for span, _ in found for race_id in span.match.entry.race_ids):
        parsed.terms.cycle = cycle
        parsed.terms.take(last)
        parsed.leftover = [w for w in parsed.leftover if w != words[last]]


BALLOT_WORDS = {"ballots", "ballot", "boletas", "papeletas"}


def area_wide(parsed: ParsedQuestion) -> bool:
    """Whether the question asks what an area's count says of the area, whichever of its races: its turnout and
    registered voters and the ballots cast there ("how many registered voters in atkinson county", "atkinson county
    turnout"), the same in each race its count has."""
    return parsed.asked is not None and (parsed.asked.attribute == Attribute.TURNOUT or parsed.asked.attribute
                                         == Attribute.TOTAL_VOTES and bool(BALLOT_WORDS & set(parsed.words)))


YEAR_PREPOSITIONS = ("in", "from", "during", "en", "de", "del")


def polls_of_a_year(parsed: ParsedQuestion) -> bool:
    """A year after "in" ("from", "during") in a question of polls that no race fits ("how many la mayor polls in
    2021"): the polls' year, the race of that cycle or the next; True when it was read so."""
    words = parsed.words
    year = str(parsed.terms.cycle)
    if parsed.terms.cycle is None or parsed.poll_year is not None or not POLL_WORDS & set(words) or not any(
            words[i:i + 2] in ([p, year] for p in YEAR_PREPOSITIONS) for i in range(len(words))):
        return False
    parsed.poll_year, parsed.terms.cycle = parsed.terms.cycle, None
    parsed.terms.poll_year = parsed.poll_year
    return True
