"""The answers the router writes itself (help, which race, unknown or ambiguous names), in the asker's language.

`bot/engine/routes.py` writes these answers in English; they carry what they are about in their fields (the
status, the words not understood, the suggestions), so another language is written from those fields here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.engine import routes
from bot.engine.answers import Answer, Fact
from bot.i18n import Messages

# The kind of name an English answer of the router names ("group of voters" -> subgroup).
KINDS_BY_WORD = {word: kind for kind, word in routes.KIND_WORDS.items()}
_UNKNOWN = re.compile(r"^I don't know an? (?P<kind>.+?) called (?P<names>“.*”)\.(?: Did you mean .*\?)?$", re.S)
_NO_RACE = re.compile(r"^I have no race matching “(?P<what>.*)”(?: with (?P<who>.*))?\. Try ", re.S)


def help_facts(m: Messages) -> tuple[Fact, ...]:
    """The examples of the help; in English exactly routes.HELP_FACTS (a test keeps them the same)."""
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


def help_answer(m: Messages, intent: str = "help") -> Answer:
    """What the engine can answer, with examples."""
    _ = m.gettext
    summary = (_("Ask me about races, candidates, polls and endorsements in plain words. For example:")
               if intent == "help" else _("I can't answer that one. Here is what I can answer, for example:"))
    return Answer(intent, "help", _("What I can answer"), summary, help_facts(m), language=m.language)


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
    summary = _("I don't know a {kind} called {names}.").format(kind=kind_word(kind, m), names=quoted)
    if suggestions:
        summary += " " + _("Did you mean {names}?").format(names=m.either(list(suggestions)))
    return summary


def ambiguous_summary(text: str, names: tuple[str, ...] | list[str], m: Messages) -> str:
    return m.gettext("“{text}” could be {names}. Which one do you mean?").format(text=text,
                                                                               names=m.either(list(names)))


def which_race_summary(options: list[str], m: Messages) -> str:
    """Asks which race, with the first race that fits as the example ("… in the 2022 LA mayor race")."""
    _ = m.gettext
    example = (_("“… in {race}”").format(race=m.term("race", options[0])) if options
               else _("“… in the 2022 LA mayor race”"))
    return _("Which race do you mean? Name the place, office or year, for example: {example}").format(
        example=example)


def localize(answer: Answer, m: Messages) -> Answer:
    """An answer of the router in the asker's language; answers written from the data already are."""
    if m.language == "en":
        return replace(answer, language=m.language)
    _ = m.gettext
    if answer.status == "help":
        return help_answer(m, answer.intent)
    if answer.status == "need_race":
        options = [s.rsplit(" (", 1)[0] for s in answer.suggestions]
        return replace(answer, title=_("Which race?"), summary=which_race_summary(options, m), language=m.language)
    if answer.status == "ambiguous" and answer.unmatched is not None:
        return replace(answer, title=_("Did you mean…?"),
                       summary=ambiguous_summary(answer.unmatched, answer.suggestions, m), language=m.language)
    if answer.status == "not_found":
        unknown = _UNKNOWN.match(answer.summary)
        if unknown:
            kind = KINDS_BY_WORD.get(unknown["kind"], "name")
            names = re.findall(r"“(.*?)”", unknown["names"])
            return replace(answer, title=_("Name not known"),
                           summary=unknown_name_summary(kind, names, answer.suggestions, m), language=m.language)
        no_race = _NO_RACE.match(answer.summary)
        if no_race:
            what, who = no_race["what"], no_race["who"]
            summary = (_("I have no race matching “{what}” with {names}.") if who
                       else _("I have no race matching “{what}”.")).format(what=what, names=who)
            summary += " " + _("Try `racebot races` or /race to see the races I know.")
            return replace(answer, title=_("No such race"), summary=summary, language=m.language)
        if answer.title == "Which name?":
            summary = (_("Which candidate do you mean? For example: “who endorsed Karen Bass?”")
                       if "candidate" in answer.summary else
                       _("Which person or organisation do you mean? For example: “who endorsed Karen Bass?”"))
            return replace(answer, title=_("Which name?"), summary=summary, language=m.language)
    return replace(answer, language=m.language)

