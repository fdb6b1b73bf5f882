"""The answers the router writes itself (help, which race, unknown or ambiguous names), through the catalog.

They are built here, with the templates here, in the asker's `Messages` (in English by default): every sentence is
one catalog entry with named placeholders, so English reads as it always has and Spanish is written from the same
fields, never by rewriting an English sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.views import RaceView
from bot.engine.answers import Answer, Fact
from bot.engine.kinds import QuestionKind
from bot.engine.thresholds import MAX_SUGGESTIONS, SUGGEST_CUTOFF
from bot.engine.understanding.names import NameIndex
from bot.engine.understanding.question import ParsedQuestion, name_text
from bot.engine.understanding.race_choice import RaceChoice
from bot.i18n import ENGLISH, Messages
from bot.names import fold


def help_facts(m: Messages) -> tuple[Fact, ...]:
    """The examples of the help (tests/test_i18n.py keeps the English ones as they were)."""
    _ = m.gettext
    texts = (
        _("who endorsed Karen Bass? · did Snoop Dogg endorse anyone?"),
        _("who's ahead in LA? · what's the latest poll? · what's the polling average?"),
        _("what did the Berkeley poll say? · how are Latino men voting? · how is Caruso doing with women?"),
        _("who is running for mayor? · who is Kevin de León? · Bass vs Caruso · is Caruso running?"),
        _("when is the election? · who won? · who made the runoff? · who polled the race?"),
        _("races by place, office, district and year: “NC governor 2020 polls”, “NE-2 latest poll”, "
          "“georgia senate special election polls”, “who leads for president”"),
    )
    return tuple(Fact(text) for text in texts)


def help_answer(m: Messages, intent: QuestionKind = QuestionKind.HELP) -> Answer:
    """What the engine can answer, with examples."""
    _ = m.gettext
    asked = intent == QuestionKind.HELP
    summary = (_("Ask me about races, candidates, polls and endorsements in plain words. For example:") if asked
               else _("I can't answer that one. Here is what I can answer, for example:"))
    return Answer(intent, status="help", title=_("What I can answer"), summary=summary, facts=help_facts(m),
                  language=m.language)


def kind_word(kind: str, m: Messages) -> str:
    """"candidate", "group of voters" ("candidato", "grupo de votantes")."""
    words = {"candidate": m.pgettext("kind", "candidate"), "endorser": m.pgettext("kind", "endorser"),
             "race": m.pgettext("kind", "race"), "pollster": m.pgettext("kind", "pollster"),
             "subgroup": m.pgettext("kind", "group of voters"), "place": m.pgettext("kind", "place"),
             "name": m.pgettext("kind", "name")}
    return words.get(kind, words["name"])


def unknown_name_summary(kind: str, names: list[str], suggestions: tuple[str, ...] | list[str], m: Messages) -> str:
    """"I don't know a candidate called “x”. Did you mean A or B?" in the asker's language."""
    _ = m.gettext
    quoted = m.either([f"“{name}”" for name in names])
    summary = (_("I don't know an endorser called {names}.") if kind == "endorser"
               else _("I don't know a {kind} called {names}.")).format(kind=kind_word(kind, m), names=quoted)
    if suggestions:
        summary += " " + _("Did you mean {names}?").format(names=m.either(list(suggestions)))
    return summary


def ambiguous_summary(text: str, names: tuple[str, ...] | list[str], m: Messages) -> str:
    """"“X” could be A or B. Which one do you mean?" in the asker's language."""
    return m.gettext("“{text}” could be {names}. Which one do you mean?").format(text=text,
                                                                               names=m.either(list(names)))


def which_race_summary(options: list[str], m: Messages) -> str:
    """Asks which race, with the first race that fits as the example ("… in the 2022 LA mayor race")."""
    _ = m.gettext
    example = (_("“… in {race}”").format(race=m.term("race", options[0])) if options
               else _("“… in the 2022 LA mayor race”"))
    return _("Which race do you mean? Name the place, office or year, for example: {example}").format(
        example=example)


def no_race_summary(what: str, names: str, m: Messages) -> str:
    """"I have no race matching “x” (with A, B). Try `racebot races` ..." in the asker's language."""
    _ = m.gettext
    summary = (_("I have no race matching “{what}” with {names}.") if names
               else _("I have no race matching “{what}”.")).format(what=what, names=names)
    return summary + " " + _("Try `racebot races` or /race to see the races I know.")


def which_name_summary(kind: str, m: Messages) -> str:
    """Asks for the name an endorsement question left out."""
    _ = m.gettext
    if kind == "candidate":
        return _("Which candidate do you mean? For example: “who endorsed Karen Bass?”")
    return _("Which person or organisation do you mean? For example: “who endorsed Karen Bass?”")


def which_race(choice: RaceChoice, m: Messages = ENGLISH) -> Answer:
    """Asks which race a question is about, naming at most five of those that fit, by their natural names."""
    names = tuple(f"{race.name} ({race.slug})" for race in choice.options)
    return Answer(QuestionKind.NEED_RACE, status="need_race", title=m.gettext("Which race?"),
                  summary=which_race_summary([race.name for race in choice.options], m), suggestions=names)


def weak_answer(parsed: ParsedQuestion, index: NameIndex, race, m: Messages = ENGLISH) -> Answer:  # noqa: ANN001
    """A name nobody has, or several have: did you mean ..., which one do you mean. `race` is a RaceView or None."""
    if parsed.ambiguous:
        text, matches = parsed.ambiguous[0]
        if race is not None:
            matches = [match for match in matches
                       if not match.entry.race_ids or race.id in match.entry.race_ids] or matches
        names = tuple(dict.fromkeys(match.entry.display for match in matches))[:MAX_SUGGESTIONS]
        return Answer(QuestionKind.AMBIGUOUS, status="ambiguous", title=m.gettext("Did you mean…?"),
                      summary=ambiguous_summary(text, names, m), suggestions=names, unmatched=text)
    text, matches = parsed.unknown[0]
    kind = matches[0].entry.kind if matches else "candidate"
    near = [match.entry.display for match in matches if match.score >= SUGGEST_CUTOFF]
    names = tuple(dict.fromkeys([*near, *suggest(index, text, kind)]))[:MAX_SUGGESTIONS]
    intent = parsed.intents[0] if parsed.intents else QuestionKind.UNKNOWN_NAME
    return Answer(intent, status="not_found", title=m.gettext("Name not known"),
                  summary=unknown_name_summary(kind, [text], names, m), suggestions=names, unmatched=text)


def unknown_name(parsed: ParsedQuestion, index: NameIndex, kind: str, intent: QuestionKind,
                 m: Messages = ENGLISH) -> Answer:
    """A name of a kind that the index does not know, with the nearest names; or which name, when none was given."""
    text = name_text(parsed)
    if not text:
        return Answer(intent, status="not_found", title=m.gettext("Which name?"),
                      summary=which_name_summary(kind, m))
    return name_not_known(index, kind, [text], intent, m)


def name_not_known(index: NameIndex, kind: str, names: list[str], intent: QuestionKind,
                   m: Messages = ENGLISH) -> Answer:
    """"I don't know a {kind} called …", with the names nearest the first one typed."""
    near = tuple(suggest(index, names[0], kind))
    return Answer(intent, status="not_found", title=m.gettext("Name not known"),
                  summary=unknown_name_summary(kind, names, near, m), suggestions=near, unmatched=" ".join(names))


def suggest(index: NameIndex, text: str, kind: str) -> list[str]:
    """The nearest names of a kind, for "did you mean": through the index, never a scan of every name."""
    near = index.lookup(text, [kind], limit=MAX_SUGGESTIONS * 3, cutoff=SUGGEST_CUTOFF)
    if not near:  # maybe a typo in every word: try the words alone
        for word in fold(text).split():
            near += index.lookup(word, [kind], limit=MAX_SUGGESTIONS, cutoff=SUGGEST_CUTOFF)
    near.sort(key=lambda m: -m.score)
    return list(dict.fromkeys(m.entry.display for m in near))[:MAX_SUGGESTIONS]


def no_results_at_all(race: RaceView, area: str, m: Messages = ENGLISH) -> Answer:
    """That a race has no results at all: neither of the area a question names nor of the whole race."""
    name = m.term("race", race.name)
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("Results by area: {race}").format(race=name),
                  summary=m.gettext("No results of {race} are recorded, neither for {area} nor for the whole race.")
                  .format(race=name, area=area), race_slug=race.slug, language=m.language)


def area_nowhere(area: str, m: Messages = ENGLISH, races: str = "") -> Answer:
    """That no count of the data has the county or precinct a question names, whatever its race (or in the races
    `races` describes: "2020")."""
    summary = (m.gettext("I have no results for {area} in {races}: the counts that have it are of other races. Try "
                         "`racebot races` or /race to see the races I know.").format(area=area, races=races) if races
               else m.gettext("I have no results for {area} in any race: the counts I have are of other places. Try "
                              "`racebot races` or /race to see the races I know.").format(area=area))
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("No results for {area}").format(area=area),
                  summary=summary, language=m.language)


def area_not_in_count(race: RaceView, area: str, m: Messages = ENGLISH) -> Answer:
    """That a race's count, kept by county or precinct, has none the question names (a county of another district)."""
    name = m.term("race", race.name)
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("Results by area: {race}").format(race=name),
                  summary=m.gettext("The count of {race} has no results for {area}: it is not one of the areas that "
                                    "voted in it.").format(race=name, area=area), race_slug=race.slug,
                  language=m.language)


def area_not_kept(race: RaceView, area: str, m: Messages = ENGLISH, counted: Sequence[str] = ()) -> Answer:
    """That a race's results are kept for the whole race (or for the counties `counted` only), not by the county or
    precinct a question names."""
    name = m.term("race", race.name)
    summary = (m.gettext("I have no results of {race} for {area}: only the count of {counted}.").format(
        race=name, area=area, counted=m.series(list(counted))) if counted
        else m.gettext("I have no results of {race} for {area}: only the totals of the whole race.").format(
            race=name, area=area))
    return Answer(QuestionKind.RESULTS, status="no_data", title=m.gettext("Results by area: {race}").format(race=name),
                  summary=summary, race_slug=race.slug, language=m.language)


def vote_type_not_kept(race: RaceView, vote_type: str, m: Messages = ENGLISH) -> Answer:
    """That a race's counts are not split by the vote type a question names ("mail votes"): only their totals."""
    name = m.term("race", race.name)
    summary = m.gettext("I have no {vote_type} votes of {race}: its count is not split by vote type, only the "
                        "totals.").format(vote_type=m.term("vote type", vote_type), race=name)
    return Answer(QuestionKind.RESULTS, status="no_data",
                  title=m.gettext("Results by vote type: {race}").format(race=name), summary=summary,
                  race_slug=race.slug, language=m.language)
