"""Scores the question engine on the dev set: `python -m tests.devset.score [--misses] [--kind K] [--group G]
[--json PATH] [--fresh] [--fresh2] [--fresh3] [--fresh4]
[--fresh5] [--fresh6] [--fresh7]
[--fresh8]`.

The same database, clock and grading as `tests.sealed.score` (its functions, imported), on DEV_QUESTIONS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from tests.devset.questions import (
    DEV_QUESTIONS,
    FRESH2_TEXTS,
    FRESH3_TEXTS,
    FRESH4_TEXTS,
    FRESH5_TEXTS,
    FRESH6_TEXTS,
    FRESH7_TEXTS,
    FRESH8_TEXTS,
    FRESH_TEXTS,
)
from tests.sealed.check import grade
from tests.sealed.question import GROUPS, KINDS
from tests.sealed.score import ask_all, report, results_json


def main() -> None:
    """Runs the dev set (or one kind or group of it) and prints the score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every answer that is not right")
    parser.add_argument("--kind", choices=KINDS, help="only the questions of this kind")
    parser.add_argument("--group", choices=GROUPS, help="only the questions of this group")
    parser.add_argument("--json", metavar="PATH", help="write the per-question results to PATH")
    parser.add_argument("--fresh", action="store_true", help="only the fresh rows (tests/devset/fresh_set.py)")
    parser.add_argument("--fresh2", action="store_true",
                        help="only the second batch of fresh rows (tests/devset/fresh2_set.py)")
    parser.add_argument("--fresh3", action="store_true",
                        help="only the third batch of fresh rows (tests/devset/fresh3_set.py)")
    parser.add_argument("--fresh4", action="store_true",
                        help="only the fourth batch of fresh rows (tests/devset/fresh4_set.py)")
    parser.add_argument("--fresh5", action="store_true",
                        help="only the fifth batch of fresh rows (tests/devset/fresh5_set.py)")
    parser.add_argument("--fresh6", action="store_true",
                        help="only the sixth batch of fresh rows (tests/devset/fresh6_set.py)")
    parser.add_argument("--fresh7", action="store_true",
                        help="only the seventh batch of fresh rows (tests/devset/fresh7_set.py)")
    parser.add_argument("--fresh8", action="store_true",
                        help="only the eighth batch of fresh rows (tests/devset/fresh8_set.py)")
    args = parser.parse_args()
    questions = tuple(q for q in DEV_QUESTIONS if args.kind in (None, q.kind) and args.group in (None, q.group)
                      and (not args.fresh or q.text in FRESH_TEXTS) and (not args.fresh2 or q.text in FRESH2_TEXTS)
                      and (not args.fresh3 or q.text in FRESH3_TEXTS) and (not args.fresh4 or q.text in FRESH4_TEXTS)
                      and (not args.fresh5 or q.text in FRESH5_TEXTS) and (not args.fresh6 or q.text in FRESH6_TEXTS)
                      and (not args.fresh7 or q.text in FRESH7_TEXTS) and (not args.fresh8 or q.text in FRESH8_TEXTS))
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        answers = asyncio.run(ask_all(Path(folder), questions))
    verdicts = [grade(a, q.expect()) for q, a in zip(questions, answers, strict=True)]
    report(questions, answers, verdicts, args.misses)
    if args.json:
        Path(args.json).write_text(json.dumps(results_json(questions, answers, verdicts), indent=1,
                                              ensure_ascii=False), encoding="utf-8")
    print(f"\n{len(questions)} questions in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
