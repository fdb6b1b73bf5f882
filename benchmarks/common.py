"""Shared pieces of the benchmark scripts: datasets, timing and percentiles."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


async def timed(call: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = await call()
    return time.perf_counter() - start, result


def load_questions(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def summary(values: list[float]) -> str:
    return (f"p50 {ms(percentile(values, 50))}, p99 {ms(percentile(values, 99))}, "
            f"mean {ms(statistics.fmean(values)) if values else 'n/a'}")


def answered_right(answer: Any, truth: dict[str, Any]) -> bool:
    """Right intent, the named entity among the answer's (a race by its natural name), and, when the question is
    about a race, the answer about that race by slug."""
    if answer.intent != truth["intent"]:
        return False
    if truth.get("race") and answer.race_slug != truth["race"]:
        return False
    return any(e.kind == truth["kind"] and e.name == truth["name"] for e in answer.entities)


def miss_reason(answer: Any, truth: dict[str, Any]) -> str:
    """Why an answer is not right, in a few words, for the list of misses."""
    if answer.intent != truth["intent"]:
        return f"intent {answer.intent}/{answer.status}, wanted {truth['intent']}"
    if truth.get("race") and answer.race_slug != truth["race"]:
        return f"race {answer.race_slug}, wanted {truth['race']}"
    return f"entities {[(e.kind, e.name) for e in answer.entities]}, wanted {truth['kind']} {truth['name']!r}"
