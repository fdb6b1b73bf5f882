"""The dev set: every question of its three groups, the fresh batches (`fresh_set.py`, `fresh2_set.py` ...
`fresh25_set.py`) among them."""

from __future__ import annotations

from tests.devset.fresh2_set import FRESH2_SET
from tests.devset.fresh3_set import FRESH3_SET
from tests.devset.fresh4_set import FRESH4_SET
from tests.devset.fresh5_set import FRESH5_SET
from tests.devset.fresh6_set import FRESH6_SET
from tests.devset.fresh7_set import FRESH7_SET
from tests.devset.fresh8_set import FRESH8_SET
from tests.devset.fresh9_set import FRESH9_SET
from tests.devset.fresh10_set import FRESH10_SET
from tests.devset.fresh11_set import FRESH11_SET
from tests.devset.fresh12_set import FRESH12_SET
from tests.devset.fresh13_set import FRESH13_SET
from tests.devset.fresh14_set import FRESH14_SET
from tests.devset.fresh15_set import FRESH15_SET
from tests.devset.fresh16_set import FRESH16_SET
from tests.devset.fresh17_set import FRESH17_SET
from tests.devset.fresh18_set import FRESH18_SET
from tests.devset.fresh19_set import FRESH19_SET
from tests.devset.fresh20_set import FRESH20_SET
from tests.devset.fresh21_set import FRESH21_SET
from tests.devset.fresh22_set import FRESH22_SET
from tests.devset.fresh23_set import FRESH23_SET
from tests.devset.fresh24_set import FRESH24_SET
from tests.devset.fresh25_set import FRESH25_SET
from tests.devset.fresh26_set import FRESH26_SET
from tests.devset.fresh27_set import FRESH27_SET
from tests.devset.fresh28_set import FRESH28_SET
from tests.devset.fresh29_set import FRESH29_SET
from tests.devset.fresh30_set import FRESH30_SET
from tests.devset.fresh31_set import FRESH31_SET
from tests.devset.fresh32_set import FRESH32_SET
from tests.devset.fresh33_set import FRESH33_SET
from tests.devset.fresh34_set import FRESH34_SET
from tests.devset.fresh35_set import FRESH35_SET
from tests.devset.fresh36_set import FRESH36_SET
from tests.devset.fresh37_set import FRESH37_SET
from tests.devset.fresh38_set import FRESH38_SET
from tests.devset.fresh39_set import FRESH39_SET
from tests.devset.fresh_set import FRESH_SET
from tests.devset.la_set import LA_SET
from tests.devset.question import DevQuestion
from tests.devset.real_set import REAL_SET
from tests.devset.spanish_set import SPANISH_SET

DEV_QUESTIONS: tuple[DevQuestion, ...] = (*LA_SET, *REAL_SET, *SPANISH_SET, *FRESH_SET, *FRESH2_SET,
                                         *FRESH3_SET, *FRESH4_SET,
                                         *FRESH5_SET, *FRESH6_SET, *FRESH7_SET,
                                         *FRESH8_SET, *FRESH9_SET, *FRESH10_SET, *FRESH11_SET,
                                         *FRESH12_SET, *FRESH13_SET, *FRESH14_SET,
                                         *FRESH15_SET, *FRESH16_SET, *FRESH17_SET, *FRESH18_SET,
                                         *FRESH19_SET, *FRESH20_SET, *FRESH21_SET, *FRESH22_SET,
                                         *FRESH23_SET, *FRESH24_SET, *FRESH25_SET, *FRESH26_SET,
                                         *FRESH27_SET, *FRESH28_SET, *FRESH29_SET, *FRESH30_SET,
                                         *FRESH31_SET, *FRESH32_SET, *FRESH33_SET, *FRESH34_SET,
                                         *FRESH35_SET, *FRESH36_SET, *FRESH37_SET, *FRESH38_SET,
                                         *FRESH39_SET)
# The phrasings of the fresh rows, which `score --fresh` scores alone.
FRESH_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH_SET)
# The phrasings of the second fresh batch, which `score --fresh2` scores alone.
FRESH2_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH2_SET)
# The phrasings of the third fresh batch, which `score --fresh3` scores alone.
FRESH3_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH3_SET)
# The phrasings of the fourth fresh batch, which `score --fresh4` scores alone.
FRESH4_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH4_SET)
# The phrasings of the fifth fresh batch, which `score --fresh5` scores alone.
FRESH5_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH5_SET)
# The phrasings of the sixth fresh batch, which `score --fresh6` scores alone.
FRESH6_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH6_SET)
# The phrasings of the seventh fresh batch, which `score --fresh7` scores alone.
FRESH7_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH7_SET)
# The phrasings of the eighth fresh batch, which `score --fresh8` scores alone.
FRESH8_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH8_SET)
# The phrasings of the ninth fresh batch, which `score --fresh9` scores alone.
FRESH9_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH9_SET)
# The phrasings of the tenth and eleventh fresh batches, which `score --fresh10` and `--fresh11` score alone.
FRESH10_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH10_SET)
FRESH11_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH11_SET)
FRESH12_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH12_SET)
FRESH13_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH13_SET)
FRESH14_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH14_SET)
FRESH15_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH15_SET)
FRESH16_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH16_SET)
FRESH17_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH17_SET)
FRESH18_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH18_SET)
FRESH19_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH19_SET)
FRESH20_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH20_SET)
FRESH21_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH21_SET)
FRESH22_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH22_SET)
FRESH23_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH23_SET)
FRESH24_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH24_SET)
FRESH25_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH25_SET)
# The phrasings of batch 26, which `score --fresh26` scores alone.
FRESH26_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH26_SET)
# The phrasings of batch 27, which `score --fresh27` scores alone.
FRESH27_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH27_SET)
# The phrasings of batch 28, which `score --fresh28` scores alone.
FRESH28_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH28_SET)
# The phrasings of batch 29, which `score --fresh29` scores alone.
FRESH29_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH29_SET)
# The phrasings of batch 30, which `score --fresh30` scores alone.
FRESH30_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH30_SET)
# The phrasings of batch 31, which `score --fresh31` scores alone.
FRESH31_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH31_SET)
# The phrasings of batch 32, which `score --fresh32` scores alone.
FRESH32_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH32_SET)
# The phrasings of batch 33, which `score --fresh33` scores alone.
FRESH33_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH33_SET)
# The phrasings of batch 34, which `score --fresh34` scores alone.
FRESH34_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH34_SET)
# The phrasings of batch 35, which `score --fresh35` scores alone.
FRESH35_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH35_SET)
# The phrasings of batch 36, which `score --fresh36` scores alone.
FRESH36_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH36_SET)
# The phrasings of batch 37, which `score --fresh37` scores alone.
FRESH37_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH37_SET)
# The phrasings of batch 38, which `score --fresh38` scores alone.
FRESH38_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH38_SET)
# The phrasings of batch 39, which `score --fresh39` scores alone.
FRESH39_TEXTS: frozenset[str] = frozenset(q.text for q in FRESH39_SET)
# Every fresh batch by the name `score --NAME` scores it alone under.
BATCHES: dict[str, frozenset[str]] = {
    "fresh": FRESH_TEXTS, "fresh2": FRESH2_TEXTS, "fresh3": FRESH3_TEXTS, "fresh4": FRESH4_TEXTS,
    "fresh5": FRESH5_TEXTS, "fresh6": FRESH6_TEXTS, "fresh7": FRESH7_TEXTS, "fresh8": FRESH8_TEXTS,
    "fresh9": FRESH9_TEXTS, "fresh10": FRESH10_TEXTS, "fresh11": FRESH11_TEXTS,
    "fresh12": FRESH12_TEXTS, "fresh13": FRESH13_TEXTS, "fresh14": FRESH14_TEXTS,
    "fresh15": FRESH15_TEXTS, "fresh16": FRESH16_TEXTS, "fresh17": FRESH17_TEXTS, "fresh18": FRESH18_TEXTS,
    "fresh19": FRESH19_TEXTS, "fresh20": FRESH20_TEXTS, "fresh21": FRESH21_TEXTS, "fresh22": FRESH22_TEXTS,
    "fresh23": FRESH23_TEXTS,
    "fresh24": FRESH24_TEXTS,
    "fresh25": FRESH25_TEXTS,
    "fresh26": FRESH26_TEXTS,
    "fresh27": FRESH27_TEXTS,
    "fresh28": FRESH28_TEXTS,
    "fresh29": FRESH29_TEXTS,
    "fresh30": FRESH30_TEXTS,
    "fresh31": FRESH31_TEXTS,
    "fresh32": FRESH32_TEXTS,
    "fresh33": FRESH33_TEXTS,
    "fresh34": FRESH34_TEXTS,
    "fresh35": FRESH35_TEXTS,
    "fresh36": FRESH36_TEXTS,
    "fresh37": FRESH37_TEXTS,
    "fresh38": FRESH38_TEXTS,
    "fresh39": FRESH39_TEXTS,
}
