"""Hostile files are rejected in one line naming the file and line, never with a traceback: nesting 100,000 deep,
a 10 MB header field, a quote never closed, control characters in names (raw or written as escapes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import ImportRejected
from bot.importers import parse_file

HEADER_538 = "poll_id,pollster,end_date,sample_size,url,race,stage,candidate_name,pct\n"
ROW_538 = "{n},Quote Research,2022-05-01,900,https://polls.example/q{n},la-mayor-2022,primary,Karen Bass,38\n"


def deep_json() -> bytes:
    return ("[" * 100_000 + "]" * 100_000).encode()


def deep_yaml() -> bytes:
    return ("racebot-bundle: 1\nraces: " + "[" * 100_000 + "]" * 100_000 + "\n").encode()


def huge_header_csv() -> bytes:
    return ("poll_id,pollster," + "x" * 10_000_000 + "\n1,2,3\n").encode()


def unclosed_quote_csv() -> bytes:
    rows = [ROW_538.format(n=n) for n in range(1, 4)]
    rows.append('4,"Runaway Research,2022-05-01,900,https://polls.example/q4,la-mayor-2022,primary,Karen Bass,38\n')
    rows += [ROW_538.format(n=n) for n in range(5, 2000)]  # about 200 KB after the quote that never closes
    return (HEADER_538 + "".join(rows)).encode()


HOSTILE = {  # file name, content, the line named, words of the reason
    "deep.json": (deep_json, 1, "nested more than 64 levels deep"),
    "deep.yaml": (deep_yaml, 2, "nested more than 64 levels deep"),
    "huge-header.csv": (huge_header_csv, 1, "a field longer than 131,072 characters starts on this line"),
    "unclosed.csv": (unclosed_quote_csv, 5, "(a quote that is never closed?)"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_is_rejected_with_its_name_and_line(name: str) -> None:
    make, line, reason = HOSTILE[name]
    with pytest.raises(ImportRejected) as rejected:
        parse_file(name, make())
    assert rejected.value.path == name and rejected.value.line == line
    assert reason in rejected.value.reason


@pytest.mark.parametrize("name", HOSTILE)
def test_racebot_import_of_a_hostile_file_prints_one_line(name: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    make, line, reason = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    assert main(["import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    (message,) = err.strip().splitlines()
    assert message.startswith(f"racebot: rejected {path}, line {line}: ") and reason in message


def test_a_name_with_terminal_escapes_is_rejected_at_import() -> None:
    hostile = "Karen \x1b]0;owned\x07\x1b[2J Bass"
    csv_text = HEADER_538 + ROW_538.format(n=1) + ROW_538.format(n=2).replace("Karen Bass", hostile)
    with pytest.raises(ImportRejected) as rejected:
        parse_file("polls.csv", csv_text.encode())
    assert rejected.value.line == 3 and "control character (U+001B)" in rejected.value.reason


def test_a_control_character_written_as_an_escape_is_rejected_too() -> None:
    bundle = {"racebot-bundle": 1, "races": [{"slug": "x-2024", "name": "X\u009b2J"}]}
    with pytest.raises(ImportRejected) as rejected:
        parse_file("escaped.json", json.dumps(bundle).encode())  # json.dumps writes it as \\u009b
    assert rejected.value.reason.startswith("races.0.name: a control character (U+009B)")

    yaml_text = 'racebot-bundle: 1\nraces:\n  - slug: x-2024\n    name: "Mallory \\e[2J"\n'
    with pytest.raises(ImportRejected) as rejected:
        parse_file("escaped.yaml", yaml_text.encode())
    assert rejected.value.line == 4 and "control character (U+001B)" in rejected.value.reason


def test_tabs_and_windows_line_ends_are_plain_text() -> None:
    csv_text = (HEADER_538 + ROW_538.format(n=1).replace("Quote Research", "Quote\tResearch")).replace("\n", "\r\n")
    parsed = parse_file("polls.csv", csv_text.encode())
    assert sum(len(r.polls) for r in parsed.races) == 1
