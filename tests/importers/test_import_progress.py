"""`racebot import` shows its progress: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.cli import main
from tests.factories import write_538


def test_plain_lines_when_the_output_is_not_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "PROGRESS_BAR_BYTES", 0)
    path = tmp_path / "polls.csv"
    write_538(path, races=2, polls_per_race=10)
    assert main(["import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "━" not in captured.err and "polls: 20 added" in captured.out


def test_a_bar_over_the_file_on_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "PROGRESS_BAR_BYTES", 0)
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "__stderr__", terminal)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    path = tmp_path / "polls.csv"
    write_538(path, races=2, polls_per_race=10)
    assert main(["import", str(path)]) == 0
    size = path.stat().st_size
    assert "polls: 20 added" in capsys.readouterr().out
    drawn = terminal.getvalue()
    assert "━" in drawn and f"{size / 1000:.1f}/{size / 1000:.1f} kB" in drawn
