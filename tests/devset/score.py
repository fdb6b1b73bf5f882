"""Scores the question engine on the dev set: `python -m tests.devset.score [--misses] [--kind K] [--group G]
[--json PATH] [--fresh | --fresh2 | ... (one batch, `BATCHES` in questions.py)] [--module M]`.

`--module tests.devset.fresh9_set` scores the rows of a batch module not yet in the set (its `*_SET` tuple), as a
batch's writer does before handing it over. The same database, clock and grading as `tests.sealed.score` (its
functions, imported), on DEV_QUESTIONS.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import tempfile
import time
from pathlib import Path

from tests.devset.question import DevQuestion
from tests.devset.questions import BATCHES, DEV_QUESTIONS
from tests.sealed.check import grade
from tests.sealed.question import GROUPS, KINDS
from tests.sealed.score import ask_all, report, results_json


def module_rows(name: str) -> tuple[DevQuestion, ...]:
    """The rows of a batch module: every tuple of DevQuestions it holds under a name ending in `_SET`."""
    module = importlib.import_module(name)
    rows = [getattr(module, attr) for attr in dir(module) if attr.endswith("_SET")]
    return tuple(q for group in rows for q in group if isinstance(q, DevQuestion))


def main() -> None:
    """Runs the dev set (or one kind, group or batch of it) and prints the score."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every answer that is not right")
    parser.add_argument("--kind", choices=KINDS, help="only the questions of this kind")
    parser.add_argument("--group", choices=GROUPS, help="only the questions of this group")
    parser.add_argument("--json", metavar="PATH", help="write the per-question results to PATH")
    parser.add_argument("--module", metavar="M", help="score the rows of this batch module instead of the set")
    for name in BATCHES:
        parser.add_argument(f"--{name}", action="store_true", help=f"only the batch tests/devset/{name}_set.py")
    args = parser.parse_args()
    chosen = [texts for name, texts in BATCHES.items() if getattr(args, name)]
    rows = module_rows(args.module) if args.module else DEV_QUESTIONS
    questions = tuple(q for q in rows if args.kind in (None, q.kind) and args.group in (None, q.group)
                      and all(q.text in texts for texts in chosen))
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
