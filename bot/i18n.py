"""Languages of the output: the gettext catalog of one language, with Babel's dates, numbers and percentages.

Nothing here holds a "current language": a caller picks a language and passes its `Messages` along. English writes
dates and numbers exactly as the answers always have (strftime, Python's number formats) and loads no Babel data,
so an English answer costs what it did; another language formats through Babel (CLDR), loaded on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
DOMAIN = "racebot"
LOCALE_DIR = Path(__file__).parent / "locale"

# Date forms: English as strftime formats (what the answers always wrote: "Nov 03, 2022"), the other languages
# as Babel (CLDR) patterns.
ENGLISH_DATES = {
    "short": "%b %d, %Y",  # Nov 03, 2022
    "long": "%B %d, %Y",  # November 03, 2022
    "day": "%b %d",  # Nov 03 (the first day of a range)
    "month": "%B",  # November
    "month_year": "%B %Y",  # November 2022
    "time": "%b %d, %Y %H:%M",  # Nov 03, 2022 20:15
    "day_time": "%b %d %H:%M",  # Nov 03 20:15
    "weekday_time": "%A %B %d, %H:%M",  # Thursday November 03, 20:15
}
DATE_FORMS = {
    "es": {
        "short": "d MMM y",  # 3 nov 2022
        "long": "d 'de' MMMM 'de' y",  # 3 de noviembre de 2022
        "day": "d MMM",  # 28 oct
        "month": "MMMM",  # noviembre
        "month_year": "MMMM 'de' y",  # noviembre de 2022
        "time": "d MMM y, HH:mm",  # 3 nov 2022, 20:15
        "day_time": "d MMM, HH:mm",  # 3 nov, 20:15
        "weekday_time": "EEEE d 'de' MMMM, HH:mm",  # jueves 3 de noviembre, 20:15
    },
}


def language_of(locale: object | None) -> str:
    """The supported language of a Discord locale or a language tag: "es-419", "es-ES", "es" -> "es";
    "en-US", None, anything unsupported -> "en". Accepts a `discord.Locale` too (its str is the tag)."""
    if locale is None:
        return DEFAULT_LANGUAGE
    tag = str(getattr(locale, "value", locale)).strip().replace("_", "-").casefold()
    base = tag.split("-", 1)[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def N_(message: str) -> str:  # noqa: N802 - gettext's name for it, which extraction knows
    """Marks a message for extraction into the catalog where it is defined; translated where it is shown."""
    return message


def term_noop(context: str, text: str) -> tuple[str, str]:
    """Marks a data label for extraction into the catalog (a glossary entry); translated later by `Messages.term`."""
    return context, text


@dataclass(frozen=True, slots=True)
class Messages:
    """The texts of one language: gettext lookups and formatting. Passed explicitly, never set globally."""

    language: str
    translations: gettext.NullTranslations

    @property
    def english(self) -> bool:
        """Whether the language is English."""
        return self.language == DEFAULT_LANGUAGE

    @property
    def locale(self) -> Locale:
        """Babel's locale of the language (CLDR data: month and day names, separators), loaded on first use."""
        return _babel_locale(self.language)

    # ------------------------------------------------------------------------------------------- catalog
    def gettext(self, message: str) -> str:
        """`message` in the language."""
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The singular or plural form for `count`, in the language."""
        return self.translations.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        """`message` in the language, as translated for `context`."""
        return self.translations.pgettext(context, message)

    def term(self, context: str, text: str) -> str:
        """A label that comes from the data (a group of voters, a stage, an office, a status), through the glossary;
        a label the glossary does not have is shown as the data has it."""
        if not text or self.english:
            return text
        translated = self.pgettext(context, text)
        if translated == text and text[:1].isupper():  # "Women" as the glossary's "women", capitalised
            lowered = text[:1].lower() + text[1:]
            again = self.pgettext(context, lowered)
            if again != lowered:
                return again[:1].upper() + again[1:]
        return translated

    # ----------------------------------------------------------------------------------------- formatting
    def date(self, value: dt.date, form: str = "short") -> str:
        """A date in one of the forms: "Nov 03, 2022" / "3 nov 2022"; "long": "3 de noviembre de 2022"."""
        if self.english:
            return value.strftime(ENGLISH_DATES[form])
        from babel.dates import format_date, format_datetime

        pattern = DATE_FORMS[self.language][form]
        if isinstance(value, dt.datetime):
            return format_datetime(value, pattern, locale=self.locale)
        return format_date(value, pattern, locale=self.locale)

    def number(self, value: float | int, digits: int | None = None) -> str:
        """A number with the language's separators: 12,345 / 12.345; `digits` fixed decimals ("45.2" / "45,2"),
        else as short as the value allows (45, 45.5). English as Python writes it ("{:,}", "{:.1f}", "{:g}")."""
        whole = isinstance(value, int) and digits is None
        if self.english:
            return f"{value:,}" if whole else f"{value:.{digits}f}" if digits is not None else f"{value:g}"
        from decimal import Decimal

        from babel.numbers import format_decimal

        if whole:
            return format_decimal(value, locale=self.locale, group_separator=True)
        text = f"{value:.{digits}f}" if digits is not None else f"{value:g}"  # rounded as in English
        if "e" in text or "inf" in text or "nan" in text:
            return text
        places = len(text.partition(".")[2])
        pattern = "#,##0" + ("." + "0" * places if places else "")
        return format_decimal(Decimal(text), format=pattern, locale=self.locale)

    def signed(self, value: float) -> str:
        """A difference with its sign: +6, -2.5 (as "{:+g}")."""
        return f"{'-' if value < 0 else '+'}{self.number(abs(value))}"

    def percent(self, value: float | None, digits: int | None = None) -> str:
        """A share given in percent (45.0 means 45%): "45%" / "45 %", "n/a" when unknown."""
        if value is None:
            return self.gettext("n/a")
        number = self.number(value, digits)
        if self.english:
            return f"{number}%"
        return self.locale.percent_formats[None].pattern.replace("#,##0", number, 1)

    def either(self, names: list[str] | tuple[str, ...]) -> str:
        """"A or B" in English, as the answers always wrote it; "A, B o C" in Spanish."""
        if self.english:
            return " or ".join(names)
        from babel.lists import format_list

        return format_list(list(names), style="or", locale=self.locale)

    def both(self, names: list[str] | tuple[str, ...]) -> str:
        """"A and B" in English, as the answers always wrote it; "A, B y C" in Spanish."""
        if self.english:
            return " and ".join(names)
        from babel.lists import format_list

        return format_list(list(names), locale=self.locale)

    def series(self, names: list[str] | tuple[str, ...]) -> str:
        """A list as the language writes one: "A, B, and C" in English, "A, B y C" in Spanish."""
        from babel.lists import format_list

        return format_list(list(names), locale=self.locale)

    def weekday(self, number: int) -> str:
        """The name of a day of the week, 0 = Monday: "Monday", "lunes"."""
        if self.english:
            return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[number]
        return self.locale.days["format"]["wide"][number]

    def ordinal(self, n: int) -> str:
        """1st, 2nd, 23rd / 1.º, 2.º, 23.º"""
        if self.language == "es":
            return f"{n}.º"
        return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@functools.cache
def _babel_locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(language)


@functools.cache
def messages(language: str | None = None) -> Messages:
    """The Messages of a language (or of a locale such as "es-419"); English when it is None or unsupported."""
    lang = language_of(language)
    if lang == DEFAULT_LANGUAGE:
        translations: gettext.NullTranslations = gettext.NullTranslations()
    else:  # a missing catalog is a packaging error: fail loudly rather than answer in English
        translations = gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang])
    return Messages(lang, translations)


ENGLISH = messages(DEFAULT_LANGUAGE)
