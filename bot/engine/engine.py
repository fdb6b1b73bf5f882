"""The question engine: one entry point for `racebot ask`, the CLI commands and the Discord cogs."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.db import queries
from bot.db.database import Database
from bot.db.views import CandidateView, RaceView
from bot.engine import respond
from bot.engine.answers import Answer, Fact, ResolvedEntity
from bot.engine.catalog import IndexCache
from bot.engine.names import NameIndex, NameMatch
from bot.engine.parse import ParsedQuestion, Span, name_text, parse
from bot.engine.reader import Reader
from bot.engine.thresholds import CONFIDENT_SCORE, MAX_QUESTION_LENGTH, MAX_SUGGESTIONS, SUGGEST_CUTOFF
from bot.names import fold

log = logging.getLogger(__name__)

KIND_WORDS = {"candidate": "candidate", "endorser": "endorser", "race": "race", "pollster": "pollster",
              "subgroup": "group of voters", "place": "place"}

HELP_FACTS = (
    "who endorsed Karen Bass? · did Snoop Dogg endorse anyone?",
    "who's ahead in LA? · what's the latest poll? · what's the polling average?",
    "what did the Berkeley poll say? · how are Latino men voting? · how is Caruso doing with women?",
    "who is running for mayor? · who is Kevin de León? · Bass vs Caruso",
    "when is the election? · who won? · who made the runoff?",
)


@dataclass(frozen=True, slots=True)
class AskContext:
    """Where a question comes from: the server (for its default race) and the date it is asked."""

    guild_id: int | None = None
    today: dt.date | None = None


class QuestionEngine:
    def __init__(self, db: Database, clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.clock = clock
        self.index_cache = IndexCache(db)

    async def index(self) -> NameIndex:
        return await self.index_cache.get()

    @asynccontextmanager
    async def _reader(self) -> AsyncIterator[Reader]:
        await self.index_cache.get()  # notices a new data version (an import) and clears the cached rows
        async with self.db.session() as session:
            yield Reader(session, self.index_cache.rows, self.db.fast_reads)

    # ------------------------------------------------------------------------------------------- ask
    async def ask(self, question: str, context: AskContext | None = None) -> Answer:
        """Answer a question typed by a person. Never raises on any input string."""
        context = context or AskContext()
        question = question if isinstance(question, str) else str(question)
        if len(question) > MAX_QUESTION_LENGTH:
            return Answer("rejected", "rejected", "Question too long",
                          f"Please keep questions under {MAX_QUESTION_LENGTH} characters "
                          f"(yours has {len(question):,}).")
        cleaned = "".join(ch if ch.isprintable() else " " for ch in question).strip()
        if not fold(cleaned):
            return self.help_answer("unknown")
        try:
            index = await self.index()
            parsed = parse(cleaned, index)
            async with self._reader() as reader:
                return await self._answer(reader, parsed, index, context)
        except Exception:  # a question must never take the bot down: log it and answer politely
            log.exception("question failed: %r", question[:200])
            return Answer("error", "rejected", "Something went wrong",
                          "Sorry, I could not answer that. Please try rephrasing it.")

    def help_answer(self, intent: str = "help") -> Answer:
        summary = ("Ask me about races, candidates, polls and endorsements in plain words. For example:"
                   if intent == "help" else
                   "I can't answer that one. Here is what I can answer, for example:")
        return Answer(intent, "help", "What I can answer", summary, tuple(Fact(f) for f in HELP_FACTS))

    async def _answer(self, reader: Reader, parsed: ParsedQuestion, index: NameIndex,
                      context: AskContext) -> Answer:
        intents = parsed.intents
        today = context.today or self.clock()
        if "help" in intents and not parsed.spans:
            return self.help_answer()
        race, options = await self._race_context(reader, parsed, index, context)
        candidates = await self._candidates(reader, parsed, race)
        endorsers = [s for s in parsed.of("endorser")]
        pollsters = parsed.of("pollster")
        groups = parsed.of("subgroup")

        if (parsed.unknown or parsed.ambiguous) and not (candidates or endorsers):
            return self._weak_answer(parsed, index, race)

        async def need_race() -> Answer:
            return await self._which_race(reader, options)

        if "endorsements_by" in intents and endorsers and not ("endorsements_of" in intents and candidates
                                                               and not _same_words(endorsers[0], candidates[0][0])):
            return _with_entity(await respond.endorsements_by(reader, endorsers[0].match.entry.id), endorsers[0])
        if ("endorsements_of" in intents or "endorsements_by" in intents) and candidates:
            span, candidate = candidates[0]
            return _with_entity(await respond.endorsements_of(reader, candidate, race), span)
        if ("endorsements_of" in intents or "endorsements_by" in intents) and endorsers:
            return _with_entity(await respond.endorsements_by(reader, endorsers[0].match.entry.id), endorsers[0])
        if "endorsements_of" in intents or "endorsements_by" in intents:
            return self._unknown_name(parsed, index, "candidate" if "endorsements_of" in intents else "endorser",
                                      "endorsements_of" if "endorsements_of" in intents else "endorsements_by")

        if (race is None and "candidate" in intents and parsed.leftover and not (candidates or endorsers)
                and not parsed.of("race") and not parsed.of("place")):
            return self._unknown_name(parsed, index, "candidate", "candidate")
        if race is None and (intents or candidates or groups or pollsters):
            if candidates and not any(i in intents for i in ("results", "election_date", "leader", "average",
                                                             "latest_poll", "poll_history", "running")):
                return await self._profile(reader, candidates[0], today)
            return await need_race()

        if race is not None:
            if "compare" in intents and len(candidates) >= 2 or (len(candidates) >= 2 and "leader" in intents):
                return _with_entities(await respond.compare(reader, race, candidates[0][1], candidates[1][1]),
                                      [candidates[0][0], candidates[1][0]])
            if groups:
                candidate = candidates[0][1] if candidates else None
                return await respond.subgroup(reader, race, groups[0].match.entry.display, candidate)
            if pollsters and ("latest_poll" in intents or "leader" in intents or "poll" in parsed.words
                              or "polls" in parsed.words or not intents):
                return await respond.latest_poll(reader, race, pollsters[0].match.entry.display)
            if "results" in intents:
                return await respond.election_results(reader, race, _stage_asked(parsed))
            if "election_date" in intents:
                return await respond.election_date(reader, race, today)
            if "average" in intents:
                return await respond.average(reader, race)
            if "poll_history" in intents:
                return await respond.poll_history(reader, race)
            if "latest_poll" in intents:
                return await respond.latest_poll(reader, race)
            if "running" in intents and not candidates:
                return await respond.race_overview(reader, race, today)
            if candidates and "leader" in intents:
                span, candidate = candidates[0]
                return _with_entity(await respond.candidate_standing(reader, race, candidate, today), span)
            if candidates and ("candidate" in intents or not intents or "leader" not in intents):
                return await self._profile(reader, candidates[0], today)
            if "leader" in intents:
                return await respond.who_leads(reader, race, today)
            if parsed.of("race") or parsed.of("place"):
                return await respond.race_overview(reader, race, today)
        if parsed.unknown or parsed.ambiguous:
            return self._weak_answer(parsed, index, race)
        if parsed.leftover and any(i in intents for i in ("candidate",)):
            return self._unknown_name(parsed, index, "candidate", "candidate")
        return self.help_answer("unknown")

    # ---------------------------------------------------------------------------------- resolution
    async def _race_context(self, reader: Reader, parsed: ParsedQuestion, index: NameIndex,
                            context: AskContext) -> tuple[RaceView | None, set[int] | None]:
        """The race a question is about; or None and the races it might be about (None: any race)."""
        race_ids: list[int] = [s.match.entry.id for s in parsed.of("race") if s.match.score >= CONFIDENT_SCORE]
        if race_ids:
            return await reader.race(race_ids[0]), None
        options: set[int] | None = None
        for span in parsed.of("place"):
            options = set(span.match.entry.race_ids) if options is None else options & set(span.match.entry.race_ids)
        for kind in ("candidate", "pollster", "subgroup"):
            for span in parsed.of(kind):
                ids = set(span.match.entry.race_ids)
                if ids and (options is None or options & ids):
                    options = ids if options is None else options & ids
        default = await reader.default_race_id(context.guild_id) if context.guild_id else None
        if options is not None and len(options) == 1:
            race = await reader.race(next(iter(options)))
        elif options and default in options:
            race = await reader.race(default)
        elif options is None and default is not None:
            race = await reader.race(default)
        else:
            race = None
            if options is None:
                every = [e for e in index.names_of("race")]
                if len(every) == 1:
                    race = await reader.race(every[0].id)
        return race, options

    async def _which_race(self, reader: Reader, options: set[int] | None) -> Answer:
        """Asks which race a question is about, naming the likely ones."""
        likely = await reader.race_labels(sorted(options) if options else None, MAX_SUGGESTIONS + 2)
        names = tuple(f"{name} ({slug})" for slug, name in likely)
        example = f"“… in {likely[0][0]}”" if likely else "“… in the LA mayor race”"
        return Answer("need_race", "need_race", "Which race?",
                      f"Which race do you mean? Name it in your question, for example: {example}",
                      suggestions=names)

    async def _profile(self, reader: Reader, named: tuple[Span, CandidateView], today: dt.date) -> Answer:
        span, candidate = named
        answer = await respond.candidate_profile(reader, candidate.id, today, span.match.entry.race_ids)
        return _with_entity(answer, span)

    async def _candidates(self, reader: Reader, parsed: ParsedQuestion,
                          race: RaceView | None) -> list[tuple[Span, CandidateView]]:
        """Candidates named in the question; ambiguous ones are settled by the race in context."""
        found: list[tuple[Span, CandidateView]] = []
        for span in parsed.of("candidate"):
            candidate = _candidate_of(span.match)
            if all(c.id != candidate.id for _, c in found):
                found.append((span, candidate))
        if race is not None:
            for text, matches in list(parsed.ambiguous):
                in_race = [m for m in matches if m.entry.kind == "candidate" and race.id in m.entry.race_ids
                           and m.score >= CONFIDENT_SCORE]
                if len(in_race) == 1:
                    found.append((Span(0, 0, text, in_race[0]), _candidate_of(in_race[0])))
                    parsed.ambiguous.remove((text, matches))
        return found

    def _weak_answer(self, parsed: ParsedQuestion, index: NameIndex, race: RaceView | None) -> Answer:
        if parsed.ambiguous:
            text, matches = parsed.ambiguous[0]
            if race is not None:
                matches = [m for m in matches if not m.entry.race_ids or race.id in m.entry.race_ids] or matches
            names = tuple(dict.fromkeys(m.entry.display for m in matches))[:MAX_SUGGESTIONS]
            return Answer("ambiguous", "ambiguous", "Did you mean…?",
                          f"“{text}” could be {' or '.join(names)}. Which one do you mean?", suggestions=names,
                          unmatched=text)
        text, matches = parsed.unknown[0]
        kind = matches[0].entry.kind if matches else "candidate"
        names = tuple(_suggest(index, text, kind))
        summary = f"I don't know a {KIND_WORDS.get(kind, 'name')} called “{text}”."
        if names:
            summary += f" Did you mean {' or '.join(names)}?"
        intent = parsed.intents[0] if parsed.intents else "unknown_name"
        return Answer(intent, "not_found", "Name not known", summary, suggestions=names, unmatched=text)

    def _unknown_name(self, parsed: ParsedQuestion, index: NameIndex, kind: str, intent: str) -> Answer:
        text = name_text(parsed)
        if not text:
            what = "candidate" if kind == "candidate" else "person or organisation"
            return Answer(intent, "not_found", "Which name?",
                          f"Which {what} do you mean? For example: “who endorsed Karen Bass?”")
        near = _suggest(index, text, kind)
        summary = f"I don't know a {KIND_WORDS[kind]} called “{text}”."
        if near:
            summary += f" Did you mean {' or '.join(near)}?"
        return Answer(intent, "not_found", "Name not known", summary, suggestions=tuple(near), unmatched=text)

    # ---------------------------------------------------------------- direct calls (CLI and cogs)
    async def resolve(self, text: str, kind: str,
                      race: RaceView | None = None) -> tuple[NameMatch | None, Answer | None]:
        """A name typed in a command option: the match, or an answer saying it is unknown or ambiguous."""
        index = await self.index()
        match, alternatives = index.resolve(text, [kind], race_ids=[race.id] if race else None)
        if match is None and race is not None:
            match, alternatives = index.resolve(text, [kind])
        if match is not None:
            return match, None
        names = tuple(dict.fromkeys(m.entry.display for m in alternatives))[:MAX_SUGGESTIONS]
        if alternatives and alternatives[0].confident:
            return None, Answer("ambiguous", "ambiguous", "Did you mean…?",
                                f"“{text}” could be {' or '.join(names)}. Which one do you mean?",
                                suggestions=names, unmatched=text)
        names = tuple(_suggest(index, text, kind))
        summary = f"I don't know a {KIND_WORDS.get(kind, kind)} called “{text}”."
        if names:
            summary += f" Did you mean {' or '.join(names)}?"
        return None, Answer("unknown_name", "not_found", "Name not known", summary, suggestions=names,
                            unmatched=text)

    async def find_race(self, text: str) -> tuple[RaceView | None, Answer | None]:
        """A race named by its slug, its name or its place; or an answer saying it is unknown or ambiguous."""
        index = await self.index()
        entry = index.race_with_slug(text)
        if entry is None:
            match, _ = index.resolve(text, ["race"])
            entry = match.entry if match else None
        if entry is not None:
            race_id = entry.id
        else:
            place, _ = index.resolve(text, ["place"])
            if place is None or len(place.entry.race_ids) != 1:
                _, answer = await self.resolve(text, "race")
                return None, answer
            race_id = place.entry.race_ids[0]
        async with self._reader() as reader:
            return await reader.race(race_id), None

    async def races(self) -> list[RaceView]:
        async with self.db.session() as session:
            return list(await queries.races(session))

    async def race_answer(self, race_text: str) -> Answer:
        race, problem = await self.find_race(race_text)
        if race is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            return await respond.race_overview(reader, race, self.clock())

    async def polls_answer(self, race_text: str, kind: str = "history", pollster: str | None = None) -> Answer:
        race, problem = await self.find_race(race_text)
        if race is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            if kind == "latest":
                return await respond.latest_poll(reader, race, pollster)
            if kind == "average":
                return await respond.average(reader, race)
            return await respond.poll_history(reader, race)

    async def subgroup_answer(self, race_text: str, group: str) -> Answer:
        """How a group of voters (fuzzy name) is voting in a race's polls, newest first."""
        race, problem = await self.find_race(race_text)
        if race is None:
            assert problem is not None
            return problem
        match, problem = await self.resolve(group, "subgroup", race)
        if match is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            return await respond.subgroup(reader, race, match.entry.display)

    async def set_default_race(self, guild_id: int, race_text: str) -> Answer:
        """Make a race the server's default for questions that name none."""
        race, problem = await self.find_race(race_text)
        if race is None:
            assert problem is not None
            return problem
        async with self.db.sessions.begin() as session:
            await queries.set_default_race(session, guild_id, race.id)
        return Answer("default_race", "ok", "Default race set",
                      f"Questions in this server that name no race are now about {race.name} ({race.slug}).",
                      entities=(respond.race_entity(race),), race_slug=race.slug)

    async def candidate_answer(self, name: str) -> Answer:
        match, problem = await self.resolve(name, "candidate")
        if match is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            answer = await respond.candidate_profile(reader, match.entry.id, self.clock(), match.entry.race_ids)
        return _with_match(answer, match, name)

    async def endorsements_answer(self, name: str) -> Answer:
        """Who endorsed a candidate."""
        match, problem = await self.resolve(name, "candidate")
        if match is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            answer = await respond.endorsements_of(reader, _candidate_of(match))
        return _with_match(answer, match, name)

    async def endorser_answer(self, name: str) -> Answer:
        """Whom an endorser endorsed."""
        match, problem = await self.resolve(name, "endorser")
        if match is None:
            assert problem is not None
            return problem
        async with self._reader() as reader:
            answer = await respond.endorsements_by(reader, match.entry.id)
        return _with_match(answer, match, name)

    async def autocomplete(self, kind: str, text: str, limit: int = 25) -> list[str]:
        """Names of a kind for a partly typed option, best first: prefixes, then fuzzy matches (typos)."""
        index = await self.index()
        if not fold(text):
            return sorted(dict.fromkeys(e.display for e in index.names_of(kind)))[:limit]
        prefix = [e.display for e in index.prefixed(kind, text, limit)]
        fuzzy = [m.entry.display for m in index.lookup(text, [kind], limit=limit)] if len(prefix) < limit else []
        return list(dict.fromkeys([*prefix, *fuzzy]))[:limit]

    async def race_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(name, slug) of the races for a partly typed race option: slug and name prefixes, then fuzzy."""
        index = await self.index()
        if not fold(text):
            entries = sorted(index.names_of("race"), key=lambda e: e.slug)[:limit]
        else:
            entries = index.prefixed("race", text.replace("-", " "), limit)
            if len(entries) < limit:
                entries += [m.entry for m in index.lookup(text, ["race"], limit=limit)]
        return list(dict.fromkeys((e.display, e.slug) for e in entries))[:limit]


def _suggest(index: NameIndex, text: str, kind: str) -> list[str]:
    """The nearest names of a kind, for "did you mean": through the index, never a scan of every name."""
    near = index.lookup(text, [kind], limit=MAX_SUGGESTIONS * 3, cutoff=SUGGEST_CUTOFF)
    if not near:  # maybe a typo in every word: try the words alone
        for word in fold(text).split():
            near += index.lookup(word, [kind], limit=MAX_SUGGESTIONS, cutoff=SUGGEST_CUTOFF)
    near.sort(key=lambda m: -m.score)
    return list(dict.fromkeys(m.entry.display for m in near))[:MAX_SUGGESTIONS]


def _candidate_of(match: NameMatch) -> CandidateView:
    """The candidate a name matched, as far as answers need them (id and name): from the index, no query."""
    return CandidateView(match.entry.id, match.entry.display, [], None, None)


def _same_words(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _stage_asked(parsed: ParsedQuestion) -> str | None:
    words = set(parsed.words)
    if "runoff" in words and "made" in words or "primary" in words or "advanced" in words:
        return "primary"
    if "general" in words:
        return "general"
    return None


def _with_entity(answer: Answer, span: Span) -> Answer:
    return _with_match(answer, span.match, span.text)


def _with_entities(answer: Answer, spans: list[Span]) -> Answer:
    for span in spans:
        answer = _with_entity(answer, span)
    return answer


def _with_match(answer: Answer, match: NameMatch, text: str) -> Answer:
    """Record how well the user's words matched the entity the answer is about."""
    entities = tuple(
        ResolvedEntity(e.kind, e.id, e.name, match.score, text)
        if e.kind == match.entry.kind and e.id == match.entry.id else e
        for e in answer.entities
    )
    from dataclasses import replace

    return replace(answer, entities=entities)
