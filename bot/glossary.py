"""The glossary: labels that come from the data (stages, statuses, populations, groups of voters, offices, units, race
names) and from Discord (permissions, choices), listed so that extraction puts them in the catalog, each with its
context. `Messages.term(context, label)` translates them; a label not listed here is shown as the data has it.
Names of people, organisations and pollsters are never listed: they are not translated."""

from __future__ import annotations

from bot.i18n import term_noop

GLOSSARY = (
    # the stages of a race (bundles, 538 files and results files)
    term_noop("stage", "primary"),
    term_noop("stage", "general"),
    term_noop("stage", "runoff"),
    term_noop("stage", "jungle primary"),
    term_noop("stage", "special"),
    term_noop("stage", "special primary"),
    term_noop("stage", "special general"),
    term_noop("stage", "caucus"),
    # where a candidate stands (respond.STATUS_WORDS)
    term_noop("status", "won"),
    term_noop("status", "lost"),
    term_noop("status", "advanced to the runoff"),
    term_noop("status", "eliminated"),
    term_noop("status", "withdrew"),
    term_noop("status", "running"),
    term_noop("status", "status unknown"),
    # whom a poll asked (respond.POPULATIONS)
    term_noop("population", "likely voters"),
    term_noop("population", "registered voters"),
    term_noop("population", "adults"),
    term_noop("population", "voters"),
    # groups of voters reported by the bundled polls and the usual ones of 538 files
    term_noop("subgroup", "women"),
    term_noop("subgroup", "men"),
    term_noop("subgroup", "white liberals"),
    term_noop("subgroup", "Black men"),
    term_noop("subgroup", "Black women"),
    term_noop("subgroup", "Latino men"),
    term_noop("subgroup", "Latina women"),
    term_noop("subgroup", "Latino voters"),
    term_noop("subgroup", "Latino likely voters"),
    term_noop("subgroup", "Latino registered voters"),
    term_noop("subgroup", "Black voters"),
    term_noop("subgroup", "Black likely voters"),
    term_noop("subgroup", "White voters"),
    term_noop("subgroup", "White likely voters"),
    term_noop("subgroup", "Asian voters"),
    term_noop("subgroup", "Asian/Pacific Islander voters"),
    term_noop("subgroup", "Democrats"),
    term_noop("subgroup", "Republicans"),
    term_noop("subgroup", "Independents"),
    term_noop("subgroup", "Moderates"),
    term_noop("subgroup", "Conservative and Republican voters"),
    term_noop("subgroup", "Likely voters who prioritize crime and public safety"),
    term_noop("subgroup", "Women, liberals and registered Democrats"),
    term_noop("subgroup", "San Fernando Valley"),
    term_noop("subgroup", "Primary supporters of Kevin de León"),
    term_noop("subgroup", "Primary supporters of Gina Viola"),
    # offices (race bundles' `office`, and the office kinds)
    term_noop("office", "Mayor of Los Angeles"),
    term_noop("office", "mayor"),
    term_noop("office", "governor"),
    term_noop("office", "president"),
    term_noop("office", "senate"),
    term_noop("office", "house"),
    term_noop("office", "council"),
    term_noop("office", "President"),
    term_noop("office", "U.S. Senate"),
    term_noop("office", "U.S. House"),
    term_noop("office", "Governor"),
    term_noop("office", "U.S. President"),
    # an office as a question names a race by it ("2022 PA senate"), without the article a sentence gives it
    term_noop("race office", "mayor"),
    term_noop("race office", "governor"),
    term_noop("race office", "president"),
    term_noop("race office", "senate"),
    term_noop("race office", "house"),
    term_noop("race office", "council"),
    # race names that describe a race rather than name it
    term_noop("race", "2022 Los Angeles mayoral election"),
    # what a count of votes counts
    term_noop("unit", "precincts"),
    term_noop("unit", "counties"),
    term_noop("unit", "expected vote"),
    # Discord permissions, as refusals name them
    term_noop("permission", "Manage Channels"),
    term_noop("permission", "Manage Server"),
    term_noop("permission", "Administrator"),
    # choices of slash command options (their values stay English)
    term_noop("choice", "polls"),
    term_noop("choice", "endorsements"),
    term_noop("choice", "digest"),
    term_noop("choice", "results"),
    term_noop("choice", "instant"),
    term_noop("choice", "daily"),
    term_noop("choice", "weekly"),
    term_noop("choice", "monday"),
    term_noop("choice", "tuesday"),
    term_noop("choice", "wednesday"),
    term_noop("choice", "thursday"),
    term_noop("choice", "friday"),
    term_noop("choice", "saturday"),
    term_noop("choice", "sunday"),
    # the vote types of a count, as the importers name them
    term_noop("vote type", "mail"),
    term_noop("vote type", "early"),
    term_noop("vote type", "election day"),
    term_noop("vote type", "provisional"),
    term_noop("vote type", "total"),
)
