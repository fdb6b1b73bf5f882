"""bot/names.py: folding names for matching."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bot.names import fold, fold_name


def folded_the_long_way(text: str) -> str:
    """fold as it was written first: every text decomposed, character by character."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    cleaned = re.sub(r"[^\w\s]+", " ", stripped.casefold().replace("'", "").replace("\u2019", ""))
    return re.sub(r"\s+", " ", cleaned).strip()


def test_fold_drops_case_accents_punctuation_and_repeated_spaces() -> None:
    assert fold("Kevin de León's") == "kevin de leons"
    assert fold("  Zoë  Ñandú’s — O'Brien ") == "zoe nandus obrien"


def test_fold_name_drops_a_possessive_first() -> None:
    assert fold_name("Bass's") == "bass"
    assert fold_name("Karen Bass’s endorsers") == "karen bass endorsers"
    assert fold_name("O'Brien") == "obrien"


@given(st.text(alphabet=st.sampled_from("abcXYZ '’-.,éñüÅßﬁ①\u0301\t"), max_size=30) | st.text(max_size=30))
def test_the_quick_path_for_plain_text_folds_as_the_long_way(text: str) -> None:
    assert fold(text) == folded_the_long_way(text)
    assert fold_name(text) == folded_the_long_way(re.sub(r"(\w)['\u2019]s\b", r"\1", text))
