"""The message catalog: complete, compiled, shipped in the package, and in step with the code; the Messages helpers."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import re
import string
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.engine.answers import localized
from bot.i18n import DOMAIN, ENGLISH, LANGUAGES, LOCALE_DIR, language_of, messages

ROOT = Path(__file__).resolve().parents[1]
# The keywords of babel.cfg's extraction (README, "Languages"): Babel's own, discord.py's locale_str and the glossary.
KEYWORDS = {**DEFAULT_KEYWORDS, "_T": None, "term_noop": ((1, "c"), 2)}
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(language: str):  # noqa: ANN201 - babel Catalog
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def extracted() -> set[tuple[str | None, str]]:
    """(context, msgid) of every string the extraction of babel.cfg finds in bot/ and cogs/."""
    found = set()
    for folder in ("bot", "cogs"):
        for _file, _line, message, _comments, context in extract_from_dir(
                ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS):
            found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_of_the_catalog_is_translated_and_none_is_fuzzy(language: str) -> None:
    catalog = read_catalog(language)
    assert not catalog.fuzzy
    entries = [m for m in catalog if m.id]
    assert len(entries) > 300
    for message in entries:
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), message.id
        # a translation uses only the placeholders the code fills in
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        allowed = set().union(*(placeholders(i) for i in ids))
        allowed |= {name.lower() for name in allowed}  # "{Stage} result" is also given "{stage}", lower case
        if message.context != "kind":
            assert all(placeholders(s) <= allowed for s in strings), (message.id, strings)
    assert not catalog.obsolete


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalog_in_the_package_is_the_po_compiled(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, read_catalog(language))
    expected = gettext.GNUTranslations(io.BytesIO(compiled.getvalue()))
    shipped = po_path(language).with_suffix(".mo")
    assert shipped.is_file(), "run: pybabel compile -d bot/locale -D racebot"
    with shipped.open("rb") as handle:
        actual = gettext.GNUTranslations(handle)
    assert actual._catalog == expected._catalog, "the .mo is stale: run pybabel compile -d bot/locale -D racebot"


def test_extraction_finds_no_string_missing_from_the_catalog() -> None:
    found = extracted()
    for language in TRANSLATED:
        catalog = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in read_catalog(language) if m.id}
        missing = found - catalog
        assert not missing, f"run pybabel extract and update (README, Languages): {sorted(missing, key=str)[:10]}"
        assert not catalog - found, f"entries no code uses: {sorted(catalog - found, key=str)[:10]}"


def test_the_english_help_examples_are_the_ones_english_always_got() -> None:
    assert tuple(f.text for f in localized.help_facts(ENGLISH)) == (
        "who endorsed Karen Bass? · did Snoop Dogg endorse anyone?",
        "who's ahead in LA? · what's the latest poll? · what's the polling average?",
        "what did the Berkeley poll say? · how are Latino men voting? · how is Caruso doing with women?",
        "who is running for mayor? · who is Kevin de León? · Bass vs Caruso · is Caruso running?",
        "when is the election? · who won? · who made the runoff? · who polled the race?",
        "races by place, office, district and year: “NC governor 2020 polls”, “NE-2 latest poll”, "
        "“georgia senate special election polls”, “who leads for president”",
    )


def test_the_routers_own_answers_read_in_english_as_they_always_did() -> None:
    assert localized.unknown_name_summary("subgroup", ["lation men"], ["Latino men"], ENGLISH) == (
        "I don't know a group of voters called “lation men”. Did you mean Latino men?")
    assert localized.unknown_name_summary("candidate", ["x", "y"], [], ENGLISH) == (
        "I don't know a candidate called “x” or “y”.")
    assert localized.no_race_summary("2018 TX senate", "Beto O'Rourke", ENGLISH) == (
        "I have no race matching “2018 TX senate” with Beto O'Rourke. Try `racebot races` or /race to see the "
        "races I know.")
    assert localized.which_race_summary([], ENGLISH) == (
        "Which race do you mean? Name the place, office or year, for example: “… in the 2022 LA mayor race”")
    assert localized.ambiguous_summary("bass", ["Karen Bass", "Jim Bass"], ENGLISH) == (
        "“bass” could be Karen Bass or Jim Bass. Which one do you mean?")


def test_the_routers_own_answers_are_written_in_spanish_from_the_catalog() -> None:
    es = messages("es")
    unknown = localized.unknown_name_summary("candidate", ["zzz"], ["Karen Bass"], es)
    assert "zzz" in unknown and "Karen Bass" in unknown and "know" not in unknown
    assert "racebot races" in localized.no_race_summary("2018 TX senado", "", es)
    assert "Karen Bass" in localized.which_name_summary("candidate", es)
    assert localized.which_name_summary("candidate", es) != localized.which_name_summary("endorser", es)


def test_a_clean_wheel_ships_the_compiled_catalogs(tmp_path: Path) -> None:
    """What `pip install racebot` (not editable) gets: the .mo files inside the package."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("racebot-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language in TRANSLATED:
            mo = f"bot/locale/{language}/LC_MESSAGES/{DOMAIN}.mo"
            assert mo in names
            assert archive.read(mo) == po_path(language).with_suffix(".mo").read_bytes()
            assert f"bot/locale/{language}/LC_MESSAGES/{DOMAIN}.po" in names


@pytest.mark.parametrize(("locale", "language"), [
    ("es-ES", "es"), ("es-419", "es"), ("es", "es"), ("ES_mx", "es"), ("en-US", "en"), ("en-GB", "en"),
    (None, "en"), ("fr", "en"), ("", "en"), ("pt-BR", "en"),
])
def test_a_discord_locale_picks_a_language(locale: str | None, language: str) -> None:
    assert language_of(locale) == language
    assert messages(locale).language == language


def test_english_formats_are_the_ones_answers_always_used() -> None:
    day = dt.date(2022, 11, 3)
    assert ENGLISH.date(day) == f"{day:%b %d, %Y}" == "Nov 03, 2022"
    assert ENGLISH.date(day, "long") == f"{day:%B %d, %Y}"
    assert ENGLISH.date(dt.datetime(2022, 11, 9, 3, 15), "time") == "Nov 09, 2022 03:15"
    for value in (45.0, 45.5, 38.25, 0.0, 100.0, 7.05):
        assert ENGLISH.percent(value) == f"{value:g}%"
        assert ENGLISH.percent(value, 1) == f"{value:.1f}%"
    assert ENGLISH.number(1234567) == "1,234,567"
    assert ENGLISH.signed(6.0) == "+6"
    assert ENGLISH.percent(None) == "n/a"
    assert ENGLISH.either(["A", "B", "C"]) == "A or B or C"
    assert [ENGLISH.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd"]


def test_spanish_dates_numbers_and_percentages_follow_the_locale() -> None:
    es = messages("es-419")
    assert es.date(dt.date(2022, 11, 3), "long") == "3 de noviembre de 2022"
    assert es.date(dt.date(2022, 11, 3)) == "3 nov 2022"
    assert es.percent(45.0) == "45\xa0%"
    assert es.percent(45.25, 1) == "45,2\xa0%"
    assert es.number(506372) == "506.372"
    assert es.either(["A", "B", "C"]) == "A, B o C"
    assert es.ordinal(2) == "2.º"
    assert es.ngettext("{count} poll", "{count} polls", 1).format(count=1) == "1 encuesta"
    assert es.ngettext("{count} poll", "{count} polls", 3).format(count=3) == "3 encuestas"


def test_the_glossary_translates_data_labels_and_leaves_names_alone() -> None:
    es = messages("es")
    assert es.term("subgroup", "Latino men") == "Hombres latinos"
    assert es.term("subgroup", "Women") == "Mujeres"  # the glossary's "women", capitalised as the data has it
    assert es.term("stage", "runoff") == "segunda vuelta"
    assert es.term("population", "likely voters") == "votantes probables"
    assert es.term("office", "mayor") == "la alcaldía"
    assert es.term("subgroup", "Karen Bass") == "Karen Bass"  # not in the glossary: as the data has it
    assert ENGLISH.term("subgroup", "Latino men") == "Latino men"


def test_babel_cfg_names_the_keywords_the_tests_extract_with() -> None:
    config = (ROOT / "babel.cfg").read_text(encoding="utf-8")
    assert "[python: bot/**.py]" in config and "[python: cogs/**.py]" in config
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"pybabel extract [^\n]*", readme)
    assert command is not None
    assert "-k _T" in command.group(0) and "-k term_noop:1c,2" in command.group(0)
