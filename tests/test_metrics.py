"""The metrics of one process: what each answer, import, feed read and post counts as, a registry per process, and
Prometheus' text format."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from bot.engine.answers import Answer
from bot.importers.results_import import ResultsSummary
from bot.importers.writing.summary import ImportSummary
from bot.metrics import Metrics, feed_label
from bot.updates import FeedReport


def answer(intent: str, status: str, language: str = "en") -> Answer:
    return Answer(intent, status=status, title="t", summary="s", language=language)  # type: ignore[arg-type]


def value(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


def test_an_answer_counts_by_kind_and_language_with_its_time() -> None:
    metrics = Metrics(process=False)
    metrics.answered(answer("leader", "ok"), 0.0015)
    metrics.answered(answer("leader", "ok", "es"), 0.003)
    metrics.answered(answer("ambiguous", "ambiguous"), 0.001)
    metrics.answered(answer("endorsements_of", "not_found"), 0.001)
    metrics.answered(answer("unknown", "help"), 0.0004)
    metrics.answered(answer("help", "help"), 0.0004)  # asked for help: answered, not unknown
    assert value(metrics, "racebot_questions_total", kind="leader", language="en") == 1
    assert value(metrics, "racebot_questions_total", kind="leader", language="es") == 1
    assert value(metrics, "racebot_did_you_mean_answers_total") == 1
    assert value(metrics, "racebot_unknown_answers_total", what="name") == 1
    assert value(metrics, "racebot_unknown_answers_total", what="question") == 1
    assert value(metrics, "racebot_answer_seconds_count") == 6
    assert value(metrics, "racebot_answer_seconds_bucket", le="0.001") == 4
    assert value(metrics, "racebot_answer_seconds_bucket", le="0.002") == 5


def test_imports_count_their_rows_by_kind_and_a_rejected_file_by_its_source() -> None:
    metrics = Metrics(process=False)
    summary = ImportSummary("polls.csv")
    summary.add("polls", "added", 3)
    summary.add("polls", "updated", 1)
    summary.add("sources", "unchanged", 2)
    metrics.imported("discord", summary)
    metrics.imported("discord", ImportSummary("same.csv"))
    metrics.imported("feed", ResultsSummary("count.xml", recorded=["U.S. Senate -> 2014 Arkansas Senate (general)"]))
    metrics.import_rejected("discord")
    assert value(metrics, "racebot_imports_total", source="discord", outcome="changed") == 1
    assert value(metrics, "racebot_imports_total", source="discord", outcome="unchanged") == 1
    assert value(metrics, "racebot_imports_total", source="discord", outcome="rejected") == 1
    assert value(metrics, "racebot_imports_total", source="feed", outcome="changed") == 1
    assert value(metrics, "racebot_import_rows_total", kind="polls", change="added") == 3
    assert value(metrics, "racebot_import_rows_total", kind="polls", change="updated") == 1
    assert value(metrics, "racebot_import_rows_total", kind="sources", change="added") is None
    assert value(metrics, "racebot_import_rows_total", kind="counts", change="added") == 1


def test_feed_reads_are_counted_by_feed_without_the_secrets_of_its_address() -> None:
    metrics = Metrics(process=False)
    url = "https://user:secret@feeds.example:8443/polls.csv?token=abc"
    imported = ImportSummary("polls.csv")
    imported.add("polls", "added", 2)
    metrics.feed_read(FeedReport(3, url, ok=True, changed=True, imported=imported))
    metrics.feed_read(FeedReport(3, url, ok=False, error="HTTP 500"))
    label = "#3 https://feeds.example:8443/polls.csv"
    assert feed_label(3, url) == label
    assert feed_label(4, "/srv/racebot/polls.csv") == "#4 /srv/racebot/polls.csv"
    assert value(metrics, "racebot_feed_reads_total", feed=label) == 2
    assert value(metrics, "racebot_feed_failures_total", feed=label) == 1
    assert value(metrics, "racebot_imports_total", source="feed", outcome="changed") == 1
    assert value(metrics, "racebot_import_rows_total", kind="polls", change="added") == 2


def test_posts_count_as_sent_or_failed_by_reason() -> None:
    metrics = Metrics(process=False)
    for outcome in ("sent", "sent", "retry", "refused", "rejected"):
        metrics.post_delivered(outcome)  # type: ignore[arg-type]
    assert value(metrics, "racebot_posts_sent_total") == 2
    assert all(value(metrics, "racebot_posts_failed_total", reason=r) == 1 for r in ("retry", "refused", "rejected"))


def test_each_process_has_a_registry_of_its_own_in_prometheus_text_format() -> None:
    first, second = Metrics(), Metrics()
    first.answered(answer("leader", "ok"), 0.001)
    assert value(second, "racebot_questions_total", kind="leader", language="en") is None
    families = {family.name: family for family in text_string_to_metric_families(first.render().decode())}
    assert families["racebot_questions"].type == "counter"
    assert families["racebot_answer_seconds"].type == "histogram"
    assert families["racebot_outbox_depth"].type == "gauge"
    assert "process_resident_memory_bytes" in families or "process_resident_memory" in families
