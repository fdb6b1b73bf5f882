"""`racebot feeds add|list|refresh`, run as an operator would; and data printed by the CLI never drives the terminal."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.cli import main
from tests.updates.feed_server import big_poll_csv

BODY = big_poll_csv(30)


class _Feed(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802  (the name http.server calls)
        if self.path == "/polls.csv":
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)
        else:  # announces the whole file, sends half and hangs up
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY[: len(BODY) // 2])
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def feed_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("FEEDS", "FEEDS_ALLOW_PRIVATE"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_feed_on_a_private_address_is_refused_unless_the_operator_allows_it(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, feed_server: str) -> None:
    code, out, _ = run(capsys, "feeds", "add", f"{feed_server}/polls.csv")
    assert code == 1 and "Feed not added" in out and "refused address: 127.0.0.1 is loopback" in out
    code, out, _ = run(capsys, "feeds", "list")
    assert code == 0 and "No feeds" in out

    monkeypatch.setenv("FEEDS_ALLOW_PRIVATE", "1")
    code, out, _ = run(capsys, "feeds", "add", f"{feed_server}/polls.csv")
    assert code == 0 and "Feed #1" in out
    code, out, _ = run(capsys, "feeds", "list")
    assert code == 0 and f"#1 {feed_server}/polls.csv (added by command) — not read yet" in out


def test_refresh_prints_what_was_imported_or_why_not(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, feed_server: str) -> None:
    monkeypatch.setenv("FEEDS_ALLOW_PRIVATE", "1")
    assert run(capsys, "feeds", "add", f"{feed_server}/polls.csv")[0] == 0
    assert run(capsys, "feeds", "add", f"{feed_server}/broken.csv")[0] == 0

    code, out, _ = run(capsys, "feeds", "refresh", "1")
    assert code == 0 and f"#1 {feed_server}/polls.csv: polls: 30 added" in out
    code, out, _ = run(capsys, "feeds", "refresh")
    assert code == 1
    assert f"#1 {feed_server}/polls.csv: unchanged" in out
    assert f"#2 {feed_server}/broken.csv: failed: broken transfer" in out
    code, out, _ = run(capsys, "feeds", "list")
    assert "#2" in out and "FAILING (1×): broken transfer" in out

    code, _, err = run(capsys, "feeds", "refresh", "9")
    assert code == 1 and "there is no feed #9" in err


def test_control_characters_from_data_are_shown_not_obeyed(capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "\x1b]0;owned\x07\x1b[2J\x9bK"
    code, out, err = run(capsys, "candidate", hostile)
    assert code == 1
    shown = out + err
    assert not any(c in shown for c in "\x1b\x07\x9b")
    assert "\\u001b]0;owned\\u0007\\u001b[2J\\u009bK" in shown
