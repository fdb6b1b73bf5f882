"""The bot's metrics for Prometheus: one registry per process, owned by the runner, fed by it and the cogs through
the few methods below (each a counter or two: microseconds, never a wait)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector

# The summary of a file, not of a count of votes: light to load (the results importer is not, and a process that
# only answers, such as the benchmark's, has no need of it).
from bot.importers.writing.summary import ImportSummary

if TYPE_CHECKING:
    from bot.engine.answers import Answer
    from bot.importers.results_import import ResultsSummary
    from bot.updates.feeds import FeedReport

__all__ = ["CONTENT_TYPE_LATEST", "GatewayShard", "Metrics"]

# An answer takes about a millisecond; a slow one (a cold cache, a large race) up to a second.
ANSWER_SECONDS_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
ImportSource = Literal["discord", "feed"]
PostOutcome = Literal["sent", "retry", "refused", "rejected"]


@dataclass(frozen=True, slots=True)
class GatewayShard:
    """One gateway connection of this process, as the runner sees it: whether its socket is open, and the time
    between its last heartbeat and Discord's acknowledgement (NaN before the first)."""

    shard_id: int
    connected: bool
    latency_seconds: float


class Metrics:
    """The counters, histogram and gauges of one process, in a registry of their own (`render` writes them out)."""

    def __init__(self, registry: CollectorRegistry | None = None, *, process: bool = True) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        if process:  # memory, CPU, open files and the garbage collector of this process
            ProcessCollector(registry=r)
            PlatformCollector(registry=r)
            GCCollector(registry=r)
        self.questions = Counter("racebot_questions", "Questions answered, by kind of answer and language",
                                 ["kind", "language"], registry=r)
        self.answer_seconds = Histogram("racebot_answer_seconds", "Time the engine took to answer a question",
                                        buckets=ANSWER_SECONDS_BUCKETS, registry=r)
        self.unknown_answers = Counter("racebot_unknown_answers", "Answers that knew no such name (what=name) or "
                                       "no such question (what=question)", ["what"], registry=r)
        self.did_you_mean = Counter("racebot_did_you_mean_answers", "Answers that asked 'did you mean ...?'",
                                    registry=r)
        self.imports = Counter("racebot_imports", "Imports by where the file came from and what they did "
                               "(changed, unchanged, rejected)", ["source", "outcome"], registry=r)
        self.import_rows = Counter("racebot_import_rows", "Rows the imports added or updated, by kind",
                                   ["kind", "change"], registry=r)
        self.feed_reads = Counter("racebot_feed_reads", "Feed reads, by feed", ["feed"], registry=r)
        self.feed_failures = Counter("racebot_feed_failures", "Feed reads that failed, by feed", ["feed"], registry=r)
        self.posts_sent = Counter("racebot_posts_sent", "Update posts Discord accepted", registry=r)
        self.posts_failed = Counter("racebot_posts_failed", "Update post attempts that failed: retry (tried again "
                                    "later), refused (403/404), rejected (another 4xx)", ["reason"], registry=r)
        self.outbox_depth = Gauge("racebot_outbox_depth", "Update posts waiting to be sent by this process's shards",
                                  registry=r)
        self.outbox_oldest = Gauge("racebot_outbox_oldest_pending_seconds", "How long the oldest post that is due "
                                   "has waited (0: none is)", registry=r)
        self.gateway_connected = Gauge("racebot_gateway_connected", "1 while the shard's gateway connection is open",
                                       ["shard"], registry=r)
        self.gateway_latency = Gauge("racebot_gateway_latency_seconds", "Gateway heartbeat latency of the shard",
                                     ["shard"], registry=r)
        self.shards = Gauge("racebot_shard", "The shards this process runs, each 1, with the bot's shard count",
                            ["shard", "shard_count"], registry=r)
        self.health = Gauge("racebot_health_check", "1 when the /healthz check passes", ["check"], registry=r)
        # The series of each kind and language, once looked up: an answer then costs an increment, not a lookup.
        self._questions: dict[tuple[str, str], Counter] = {}
        self.unknown_answers.labels("name")
        self.unknown_answers.labels("question")
        for reason in ("retry", "refused", "rejected"):
            self.posts_failed.labels(reason)

    # ------------------------------------------------------------------------------------------ questions
    def answered(self, answer: Answer, seconds: float) -> None:
        """One question answered in `seconds`: its kind and language, and whether it was unknown or ambiguous."""
        key = (str(answer.intent), answer.language)
        series = self._questions.get(key)
        if series is None:
            series = self._questions[key] = self.questions.labels(*key)
        series.inc()
        self.answer_seconds.observe(seconds)
        if answer.status == "ambiguous":
            self.did_you_mean.inc()
        elif answer.status == "not_found":
            self.unknown_answers.labels("name").inc()
        elif answer.intent == "unknown":
            self.unknown_answers.labels("question").inc()

    # ------------------------------------------------------------------------------------------- imports
    def imported(self, source: ImportSource, summary: ImportSummary | ResultsSummary) -> None:
        """A file imported: whether it changed anything, and its rows added or updated by kind."""
        self.imports.labels(source, "changed" if summary.changed else "unchanged").inc()
        if not isinstance(summary, ImportSummary):  # a count of votes: one per contest recorded
            if summary.recorded:
                self.import_rows.labels("counts", "added").inc(len(summary.recorded))
            return
        for kind, count in summary.counts.items():
            if count.added:
                self.import_rows.labels(kind, "added").inc(count.added)
            if count.updated:
                self.import_rows.labels(kind, "updated").inc(count.updated)

    def import_rejected(self, source: ImportSource) -> None:
        """A file refused whole (malformed, or the write turn never came): nothing imported."""
        self.imports.labels(source, "rejected").inc()

    def feed_read(self, report: FeedReport) -> None:
        """One feed read, by its number and address (without query or credentials); a failure counted apart."""
        feed = feed_label(report.feed_id, report.location)
        self.feed_reads.labels(feed).inc()
        if not report.ok:
            self.feed_failures.labels(feed).inc()
        if report.imported is not None:
            self.imported("feed", report.imported)

    # --------------------------------------------------------------------------------------------- posts
    def post_delivered(self, outcome: PostOutcome) -> None:
        """One attempt to send an update post, and what Discord made of it."""
        if outcome == "sent":
            self.posts_sent.inc()
        else:
            self.posts_failed.labels(outcome).inc()

    # ------------------------------------------------------------------------------- read at each scrape
    def outbox(self, depth: int, oldest_seconds: float) -> None:
        """The outbox as the health check found it."""
        self.outbox_depth.set(depth)
        self.outbox_oldest.set(oldest_seconds)

    def gateway(self, shards: Sequence[GatewayShard], shard_count: int | None) -> None:
        """The gateway connections of this process, and the shards it runs."""
        for series in (self.gateway_connected, self.gateway_latency, self.shards):
            series.clear()
        for shard in shards:
            self.gateway_connected.labels(str(shard.shard_id)).set(1 if shard.connected else 0)
            if not math.isnan(shard.latency_seconds):
                self.gateway_latency.labels(str(shard.shard_id)).set(shard.latency_seconds)
            self.shards.labels(str(shard.shard_id), str(shard_count or 1)).set(1)

    def checks(self, results: dict[str, bool]) -> None:
        """Which /healthz checks passed."""
        for check, ok in results.items():
            self.health.labels(check).set(1 if ok else 0)

    def render(self) -> bytes:
        """Every metric in Prometheus' text format."""
        return generate_latest(self.registry)


def feed_label(feed_id: int, location: str) -> str:
    """'#3 https://example.org/polls.csv': a feed's number and address, without what may hold a secret (a query
    string, a user and password); a file's path as it is."""
    parts = urlsplit(location)
    if parts.scheme in ("http", "https"):
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        location = f"{parts.scheme}://{host}{port}{parts.path}"
    return f"#{feed_id} {location}"
