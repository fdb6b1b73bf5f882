"""The question engine: one entry point for `racebot ask`, the CLI commands and the Discord cogs."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace

from bot.db import queries
from bot.db.database import Database
from bot.db.views import CandidateView, RaceView
from bot.engine.answers import Answer, localized
from bot.engine.answers.area_races import counts_area, races_counting
from bot.engine.answers.areas import area_spelled
from bot.engine.answers.counts import area_counted
from bot.engine.answers.endorsements import endorsements_by, endorsements_of
from bot.engine.answers.localized import suggest, which_race
from bot.engine.answers.matched import candidate_of, with_match
from bot.engine.answers.people import candidate_profile
from bot.engine.answers.polls import average, latest_poll, poll_history, subgroup
from bot.engine.answers.races import race_overview
from bot.engine.answers.reader import Reader
from bot.engine.answers.results import election_results
from bot.engine.answers.wording import race_entity, race_name
from bot.engine.asked import Asked
from bot.engine.catalog import IndexCache
from bot.engine.kinds import QuestionKind
from bot.engine.routes import route
from bot.engine.settling import (
    area_wide,
    common_words_not_names,
    counted_by_county_only,
    named_candidates,
    polls_of_a_year,
    same_person_in_the_race,
    settled_by_area,
    settled_by_race,
    settled_by_terms,
    year_typed_short,
)
from bot.engine.thresholds import MAX_QUESTION_LENGTH, MAX_SUGGESTIONS, POLLED_IN_RATIO
from bot.engine.understanding.constraints import area_of_the_data
from bot.engine.understanding.gazetteer import states_with_county
from bot.engine.understanding.language import written_in
from bot.engine.understanding.names import NameIndex, NameMatch
from bot.engine.understanding.parse import month_of_the_polls, parse
from bot.engine.understanding.question import ParsedQuestion, Span, asks_a_result
from bot.engine.understanding.race_choice import (
    MAX_RACE_OPTIONS,
    Place,
    RaceChoice,
    choose_race,
    places_of,
    races_fitting,
)
from bot.engine.understanding.vocabulary import POLL_WORDS
from bot.i18n import DEFAULT_LANGUAGE, Messages, language_of, messages
from bot.names import fold

log = logging.getLogger(__name__)

@dataclass(frozen=True, slots=True)
class AskContext:
    """Where a question comes from: the server (for its default race), the date it is asked, and the language to
    answer in ("en", "es", or a locale such as "es-419"); None: the language the question is written in."""

    guild_id: int | None = None
    today: dt.date | None = None
    language: str | None = None


def question_language(question: str) -> str:
    """The language a question is written in, for a question that comes with none (a mention, a DM, the CLI);
    English when it cannot be told."""
    return written_in(question[:MAX_QUESTION_LENGTH]) or DEFAULT_LANGUAGE


class QuestionEngine:
    """Answers questions and the commands' lookups from the database: the one entry point of every front end."""

    def __init__(self, db: Database, clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.clock = clock
        self.index_cache = IndexCache(db)

    async def index(self) -> NameIndex:
        """The name index of the current data version."""
        return await self.index_cache.get()

    @asynccontextmanager
    async def _reader(self, m: Messages) -> AsyncIterator[Reader]:
        await self.index_cache.get()  # notices a new data version (an import) and clears the cached rows
        reader = Reader(self.db.sessions, self.index_cache.rows, self.db.fast_reads, m)
        try:
            yield reader
        finally:
            await reader.close()

    # ------------------------------------------------------------------------------------------- ask
    async def ask(self, question: str, context: AskContext | None = None) -> Answer:
        """Answer a question typed by a person, in the context's language (else the question's). Never raises on
        any input string."""
        context = context or AskContext()
        question = question if isinstance(question, str) else str(question)
        written = None if context.language else written_in(question[:MAX_QUESTION_LENGTH])
        m = messages(language_of(context.language) if context.language else written or DEFAULT_LANGUAGE)
        _ = m.gettext
        if len(question) > MAX_QUESTION_LENGTH:
            return Answer("rejected", status="rejected", title=_("Question too long"),
                          summary=_("Please keep questions under {limit} characters (yours has {count}).").format(
                              limit=MAX_QUESTION_LENGTH, count=m.number(len(question))), language=m.language)
        cleaned = "".join(ch if ch.isprintable() else " " for ch in question).strip()
        if not fold(cleaned):
            return self.help_answer(QuestionKind.UNKNOWN, m.language)
        try:
            index = await self.index()
            # the language detected above is the parsed text's when the text is the question as typed
            parsed = parse(cleaned, index, context.today or self.clock(),
                           language=written if cleaned == question else None)
            async with self._reader(m) as reader:
                return _in(await self._answer(reader, parsed, index, context), reader)
        except Exception:  # a question must never take the bot down: log it and answer politely
            log.exception("question failed: %r", question[:200])
            return Answer("error", status="rejected", title=_("Something went wrong"),
                          summary=_("Sorry, I could not answer that. Please try rephrasing it."), language=m.language)

    def help_answer(self, intent: QuestionKind = QuestionKind.HELP, language: str | None = None) -> Answer:
        """What the engine can answer, with examples, in a language (English by default)."""
        return localized.help_answer(messages(language), intent)

    async def _answer(self, reader: Reader, parsed: ParsedQuestion, index: NameIndex,
                      context: AskContext) -> Answer:
        today = context.today or self.clock()
        if parsed.leftover or parsed.common or parsed.of("pollster"):
            # a county or precinct of the data named without an area word ("... in willacoochee")
            area_of_the_data(parsed, await area_spelled(reader), lambda text: _persons_name(index, text))
        reader.area = parsed.area
        found = common_words_not_names(parsed, named_candidates(parsed), reader.race_table(), today)
        if parsed.area and parsed.ambiguous:  # the one person a count of the area named has, before the newest
            found += await settled_by_area(reader, parsed)
        found += settled_by_terms(parsed, found, reader.race_table(), today, reader.current_counts)
        year_typed_short(parsed, found, reader.race_table())  # "kemp abrams 18"
        found = same_person_in_the_race(parsed, found, index, reader.race_table(), today)
        choice = await self._choose_race(reader, parsed, index, found, context, today)
        if choice.none_fits and not found and polls_of_a_year(parsed):  # "how many la mayor polls in 2021"
            choice = await self._choose_race(reader, parsed, index, found, context, today)
        if choice.race is not None:
            if parsed.statewide and parsed.area is None and await counted_by_county_only(reader, choice.race):
                parsed.area = reader.area = reader.messages.gettext("the whole state")  # no count has it
            found += settled_by_race(parsed, choice.race.id)
            _sides_before_groups(parsed, found, choice.race.id)
            if parsed.month is not None and not POLL_WORDS & set(parsed.words) and parsed.poll_year is None \
                    and not parsed.of("pollster") and await self._month_counted(reader, choice.race, parsed.month):
                # "what % did bass pull in november": no poll asked (nor pollster), and votes were counted that month
                parsed.stage_month, parsed.month = parsed.month, None
            if parsed.stage_month is not None and parsed.terms.stage is None:
                # "feuer votes june": the race's stage held that month; no stage then, the polls of that month
                # ("caruso's july 2022 numbers"), never the month dropped
                parsed.terms.stage = next((s.stage for s in choice.race.stages
                                           if s.date.month == parsed.stage_month), None)
                if parsed.terms.stage is None and parsed.month is None:
                    month_of_the_polls(parsed)
        return await route(Asked(parsed, reader, index, today, choice, found))

    @staticmethod
    async def _has_results(reader: Reader, race: RaceView) -> bool:
        """Whether a race has results or a count."""
        return bool(reader.current_counts(race.id) or await reader.election_results(race.id))

    @staticmethod
    async def _month_counted(reader: Reader, race: RaceView, month: int) -> bool:
        """Whether a stage of the race held in that month has results."""
        stages = {s.stage for s in race.stages if s.date.month == month}
        return any(r.stage in stages for r in await reader.election_results(race.id))

    # ---------------------------------------------------------------------------------- resolution
    async def _choose_race(self, reader: Reader, parsed: ParsedQuestion, index: NameIndex,
                           candidates: list[tuple[Span, CandidateView]], context: AskContext,
                           today: dt.date) -> RaceChoice:
        """The race a question is about, from its race terms, places, candidates, pollsters and groups."""
        named = [s.match.entry.id for s in parsed.of("race") if s.match.score >= 100.0]
        if named:
            return RaceChoice(await reader.race(named[0]), constrained=True)
        places = places_of(parsed)
        # a pollster named: the races of every pollster of that name ("Emerson" is Emerson College too)
        hints = [tuple(race_id for entry in index.namesakes(s.match) for race_id in entry.race_ids)
                 for kind in ("pollster", "subgroup") for s in parsed.of(kind)]
        hints += [s.match.entry.race_ids for s in parsed.set_aside]  # "besides bass and caruso": their race
        default = await reader.default_race_id(context.guild_id) if context.guild_id else None
        choice = choose_race(parsed.terms, reader.race_table(), today, places=places,
                             candidates=[span.match.entry.race_ids for span, _ in candidates], hints=hints,
                             default_id=default, top_of_ticket=asks_a_result(parsed))
        if parsed.area and (choice.race is None or not await counts_area(reader, choice.race, parsed.area)):
            # a county or precinct named: the race whose count has it ("who won pueblo county")
            ids = [span.match.entry.race_ids for span, _ in candidates]
            pool = races_fitting(parsed.terms, reader.race_table(), today, places=places, candidates=ids) \
                if parsed.terms.named or parsed.terms.offices or ids else list(reader.race_table().races)
            counted = await races_counting(reader, pool, parsed.area)
            # "2020 president" with a precinct named is no national race: a state's; an office the races are not
            # indexed by ("atkinson county sheriff") is none of them
            if not counted and not ids and parsed.terms.other_office is None and not parsed.terms.measure:
                terms = parsed.terms
                counted = await races_counting(reader, [
                    race for race in reader.race_table().races if (terms.cycle is None or race.cycle == terms.cycle)
                    and (not terms.states or race.structure.state_code in terms.states)  # never another's
                    and (not terms.offices or race.structure.office_kind in terms.offices)], parsed.area)
            if len(counted) > 1:
                top = [r for r in counted if r.structure.office_kind == "president"]
                counted = top if len(top) == 1 and asks_a_result(parsed) and not parsed.terms.offices else counted
            if len(counted) == 1 or len(counted) > 1 and area_wide(parsed):  # (a county's turnout)
                return RaceChoice(counted[0], constrained=True)
            if len(counted) > 1 and not candidates:  # never a race with no count of the area: which of them
                return RaceChoice(None, options=tuple(counted), constrained=True)
        if asks_a_result(parsed) and not candidates and not parsed.terms.offices and parsed.terms.cycle is None \
                and (choice.several or choice.race is not None and not await self._has_results(reader, choice.race)):
            # a result asked of a place with no office or year named ("total votes in wyoming"): of its races, the
            # one with results (the top of the ticket of several), not its upcoming race with none
            counted = [r for r in races_fitting(parsed.terms, reader.race_table(), today, places=places)
                       if await self._has_results(reader, r)]
            top = [r for r in counted if r.structure.office_kind == "president"]
            if len(counted) == 1 or len(top) == 1:
                return RaceChoice(counted[0] if len(counted) == 1 else top[0], constrained=True)
        if choice.several and not candidates and asks_a_result(parsed):
            # a result asked of races alike (a special election imported from the polls and from a results file):
            # the one race that has results
            counted = [race for race in choice.options if await self._has_results(reader, race)]
            if len(counted) == 1:
                return RaceChoice(counted[0], constrained=True)
        if len(candidates) == 1 and (choice.several or choice.race is not None and len(candidates[0][0].match.entry
                                                                                        .race_ids) > 1):
            options = choice.options if choice.several else tuple(races_fitting(
                parsed.terms, reader.race_table(), today, places=places,
                candidates=[candidates[0][0].match.entry.race_ids]))
            # a result asked ("who beat frisch"), or a stage named and nothing else asked ("loeffler general
            # numbers"): the race whose count has them
            if asks_a_result(parsed) or parsed.terms.stage is not None and not (
                    set(parsed.intents) - {QuestionKind.LEADER} or parsed.asked or parsed.month or POLL_WORDS & set(
                        parsed.words)):
                counted = await self._race_counted_in(reader, self._area_races(reader, parsed, options, today,
                                                                               places, candidates[0]),
                                                      candidates[0][1])
                if counted is not None:
                    return RaceChoice(counted, constrained=True)
            return await self._race_polled_in(reader, replace(choice, options=options), candidates[0][1])
        return choice

    @staticmethod
    def _area_races(reader: Reader, parsed: ParsedQuestion, options: Sequence[RaceView], today: dt.date,
                    places: list[Place], candidate: tuple[Span, CandidateView]) -> Sequence[RaceView]:
        """The races a person's votes are asked of: with a county named, those of a state that has it, and of
        them the ones that have a count of that county, upcoming or not ("doug collins votes atkinson county" is
        his 2020 race, the one counted there, though he runs again in 2022); else the races that fit."""
        states = states_with_county(parsed.area) if parsed.area else frozenset()
        if not states:
            return options
        fitting = [r for r in races_fitting(parsed.terms, reader.race_table(), today, places=places,
                                            candidates=[candidate[0].match.entry.race_ids])
                   if r.structure.state_code in states]
        counted = [r for r in fitting if area_counted(parsed.area or "", reader.current_counts(r.id))]
        return counted or [r for r in options if r.structure.state_code in states]  # never another state's

    @staticmethod
    async def _race_counted_in(reader: Reader, options: Sequence[RaceView],
                               candidate: CandidateView) -> RaceView | None:
        """Of the races that fit, the one race whose results or count have the person, when one does: "how did
        loeffler do" is her 2020 race, not the 2022 one a poll put her in."""
        counted = []
        for race in options:
            rows = await reader.election_results(race.id)
            if any(r.candidate_id == candidate.id for r in rows) or any(
                    c.candidate.id == candidate.id for count in reader.current_counts(race.id) for c in count.counts):
                counted.append(race)
        return counted[0] if len(counted) == 1 else None

    @staticmethod
    async def _race_polled_in(reader: Reader, choice: RaceChoice, candidate: CandidateView) -> RaceChoice:
        """Of the races that fit, the one a person named alone is polled in: a poll that asked about them in another
        race does not make them its candidate ("thom tillis polls" is his Senate race, not the governor's race one poll
        put him in), nor does a newer race where no poll has them ("how is beto o'rourke doing" is his 2018 race).
        Still "which race?" when no race stands out."""
        including = await reader.polls_including(candidate.id, tuple(race.id for race in choice.options))
        polled = [including.get(race.id, 0) for race in choice.options]
        ranked = sorted(zip(polled, choice.options, strict=True), key=lambda pair: -pair[0])
        chosen = [count for count, race in ranked if choice.race is not None and race.id == choice.race.id]
        if len(ranked) > 1 and ranked[0][0] > 1 and ranked[0][0] >= POLLED_IN_RATIO * ranked[1][0] \
                and (not chosen or chosen[0] == 0):  # a race chosen by its cycle stays, unless they have no poll there
            return RaceChoice(ranked[0][1], constrained=True)
        return replace(choice, options=choice.options[:MAX_RACE_OPTIONS]) if choice.several else choice

    # ---------------------------------------------------------------- direct calls (CLI and cogs)
    # Each takes the language to answer in ("en", "es", or a Discord locale such as "es-419"; None: English).
    async def resolve(self, text: str, kind: str, race: RaceView | None = None,
                      language: str | None = None) -> tuple[NameMatch | None, Answer | None]:
        """A name typed in a command option: the match, or an answer saying it is unknown or ambiguous."""
        m = messages(language)
        index = await self.index()
        match, alternatives = index.resolve(text, [kind], race_ids=[race.id] if race else None)
        if match is None and race is not None:
            match, alternatives = index.resolve(text, [kind])
        if match is not None:
            return match, None
        names = tuple(dict.fromkeys(a.entry.display for a in alternatives))[:MAX_SUGGESTIONS]
        if alternatives and alternatives[0].confident:
            return None, Answer(QuestionKind.AMBIGUOUS, status="ambiguous", title=m.gettext("Did you mean…?"),
                                summary=localized.ambiguous_summary(text, names, m), suggestions=names, unmatched=text,
                                language=m.language)
        names = tuple(suggest(index, text, kind))
        summary = localized.unknown_name_summary(kind, [text], names, m)
        return None, Answer(QuestionKind.UNKNOWN_NAME, status="not_found", title=m.gettext("Name not known"),
                            summary=summary,
                            suggestions=names,
                            unmatched=text, language=m.language)

    async def find_race(self, text: str, language: str | None = None) -> tuple[RaceView | None, Answer | None]:
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
                return await self._race_by_structure(text, language)
            race_id = place.entry.race_ids[0]
        async with self._reader(messages(language)) as reader:
            return await reader.race(race_id), None

    async def _race_by_structure(self, text: str, language: str | None) -> tuple[RaceView | None, Answer | None]:
        """A race named the way questions name races ("nc gov 2020", "NE-2", "la mayor"): every word must say
        something of the race, so "narnia 2022" is no race rather than the only race of 2022."""
        index = await self.index()
        parsed = parse(text, index, self.clock())
        explained = not parsed.leftover and not parsed.unknown and (parsed.terms.named or parsed.terms.offices
                                                                    or parsed.of("place"))
        if explained:
            async with self._reader(messages(language)) as reader:
                choice = await self._choose_race(reader, parsed, index, [], AskContext(), self.clock())
            if choice.race is not None:
                return choice.race, None
            if choice.several:
                m = messages(language)
                return None, replace(which_race(choice, m), language=m.language)
        _, answer = await self.resolve(text, "race", language=language)
        return None, answer

    async def races(self) -> list[RaceView]:
        """Every race, for lists and autocomplete."""
        async with self.db.session() as session:
            return list(await queries.races(session))

    async def race_answer(self, race_text: str, language: str | None = None) -> Answer:
        """A race (fuzzy name or slug): its candidates with status and party, and its dates."""
        race, problem = await self.find_race(race_text, language)
        if race is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            return _in(await race_overview(reader, race, self.clock()), reader)

    async def results_answer(self, race_text: str, stage: str | None = None, language: str | None = None) -> Answer:
        """The results of a race: final results, else the count as it stands (partial until certified)."""
        race, problem = await self.find_race(race_text, language)
        if race is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            return _in(await election_results(reader, race, stage), reader)

    async def polls_answer(self, race_text: str, kind: str = "history", pollster: str | None = None,
                           language: str | None = None) -> Answer:
        """A race's polls: the latest (by a pollster, if given), the average, or the whole history."""
        race, problem = await self.find_race(race_text, language)
        if race is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            if kind == "latest":
                return _in(await latest_poll(reader, race, (pollster,) if pollster else ()), reader)
            if kind == "average":
                return _in(await average(reader, race), reader)
            return _in(await poll_history(reader, race), reader)

    async def subgroup_answer(self, race_text: str, group: str, language: str | None = None) -> Answer:
        """How a group of voters (fuzzy name) is voting in a race's polls, newest first."""
        race, problem = await self.find_race(race_text, language)
        if race is None:
            assert problem is not None
            return problem
        match, problem = await self.resolve(group, "subgroup", race, language)
        if match is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            return _in(await subgroup(reader, race, match.entry.display), reader)

    async def set_default_race(self, guild_id: int, race_text: str, language: str | None = None) -> Answer:
        """Make a race the server's default for questions that name none."""
        race, problem = await self.find_race(race_text, language)
        if race is None:
            assert problem is not None
            return problem
        async with self.db.sessions.begin() as session:
            await queries.set_default_race(session, guild_id, race.id)
        m = messages(language)
        return Answer("default_race", status="ok", title=m.gettext("Default race set"),
                      summary=m.gettext("Questions in this server that name no race are now about {race} ({slug})."
                                        ).format(race=race_name(race, m), slug=race.slug),
                      entities=(race_entity(race),), race_slug=race.slug, language=m.language)

    async def candidate_answer(self, name: str, language: str | None = None) -> Answer:
        """A candidate's profile (fuzzy name)."""
        match, problem = await self.resolve(name, "candidate", language=language)
        if match is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            answer = await candidate_profile(reader, match.entry.id, self.clock(), match.entry.race_ids)
            return _in(with_match(answer, match, name), reader)

    async def endorsements_answer(self, name: str, language: str | None = None) -> Answer:
        """Who endorsed a candidate."""
        match, problem = await self.resolve(name, "candidate", language=language)
        if match is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            answer = await endorsements_of(reader, candidate_of(match))
            return _in(with_match(answer, match, name), reader)

    async def endorser_answer(self, name: str, language: str | None = None) -> Answer:
        """Whom an endorser endorsed."""
        match, problem = await self.resolve(name, "endorser", language=language)
        if match is None:
            assert problem is not None
            return problem
        async with self._reader(messages(language)) as reader:
            answer = await endorsements_by(reader, match.entry.id)
            return _in(with_match(answer, match, name), reader)

    async def autocomplete(self, kind: str, text: str, limit: int = 25) -> list[str]:
        """Names of a kind for a partly typed option, best first: prefixes, then fuzzy matches (typos)."""
        index = await self.index()
        if not fold(text):
            return sorted(dict.fromkeys(e.display for e in index.names_of(kind)))[:limit]
        prefix = [e.display for e in index.prefixed(kind, text, limit)]
        fuzzy = [m.entry.display for m in index.lookup(text, [kind], limit=limit)] if len(prefix) < limit else []
        return list(dict.fromkeys([*prefix, *fuzzy]))[:limit]

    async def race_choices(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """(name, slug) of the races for a partly typed race option: slug and name prefixes, then the races that
        fit what the text names as questions name races ("nc gov", "GA-6", "pres mich"), then fuzzy matches."""
        index = await self.index()
        if not fold(text):
            entries = sorted(index.names_of("race"), key=lambda e: e.slug)[:limit]
            return list(dict.fromkeys((e.display, e.slug) for e in entries))[:limit]
        prefixed = [(e.display, e.slug) for e in index.prefixed("race", text.replace("-", " "), limit)]
        parsed = parse(text, index, self.clock())
        places = places_of(parsed)
        candidates = [s.match.entry.race_ids for s in parsed.of("candidate") if s.match.confident]
        fitting = [(race.name, race.slug) for race in races_fitting(
            parsed.terms, self.index_cache.rows.races, self.clock(), places=places, candidates=candidates)[:limit]]
        # what the text names first when all its words name something of races ("florida", "nc gov")
        explained = not parsed.leftover and not parsed.unknown
        choices = [*fitting, *prefixed] if explained else [*prefixed, *fitting]
        if len(choices) < limit:
            choices += [(m.entry.display, m.entry.slug) for m in index.lookup(text, ["race"], limit=limit)]
        return list(dict.fromkeys(choices))[:limit]


def _persons_name(index: NameIndex, text: str) -> bool:
    """Whether words are a candidate's or an endorser's name (a whole name, a surname) in the data."""
    return any(index.entries[index.key_entry[i]].kind in ("candidate", "endorser") for i in index.exact.get(text, ()))


def _sides_before_groups(parsed: ParsedQuestion, found: list[tuple[Span, CandidateView]], race_id: int) -> None:
    """Words that name a candidate of the race and a group of voters are the candidate's ("democrats or republicans
    on the generic ballot": the ballot's sides, not the polls' party groups)."""
    sides = [span for span, _ in found if race_id in span.match.entry.race_ids]
    parsed.spans = [s for s in parsed.spans if s.match.entry.kind != "subgroup"
                    or not any((s.start, s.end) == (side.start, side.end) for side in sides)]


def _in(answer: Answer, reader: Reader) -> Answer:
    """An answer written by `reader`'s language, marked with it for the renderers."""
    return replace(answer, language=reader.messages.language)


# What a count says of a race besides who won: asked of a place with no office named, the top of the ticket's.
