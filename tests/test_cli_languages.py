"""`racebot ask --lang`: the answer in the language asked for; without it, in the language of the question."""

from __future__ import annotations

import pytest

from bot.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_ask_with_lang_es_answers_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "ask", "--lang", "es", "who endorsed karen bass")
    assert code == 0
    assert out.startswith("Respaldos a Karen Bass\n")
    assert "Fuentes:" in out and "Sources:" not in out


def test_ask_with_lang_en_answers_in_english_whatever_the_question(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "ask", "--lang", "en", "¿Rick Caruso vs Karen Bass?")
    assert code == 0 and out.startswith("Rick Caruso vs Karen Bass\n")


def test_ask_without_lang_answers_in_the_questions_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "ask", "¿Rick Caruso vs Karen Bass?")[1].startswith("Rick Caruso contra Karen Bass\n")
    assert run(capsys, "ask", "bass vs caruso")[1].startswith("Karen Bass vs Rick Caruso\n")


def test_the_lookup_commands_take_lang_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "race", "la-mayor-2022", "--lang", "es")
    assert code == 0 and "7 de junio de 2022" in out
    code, out = run(capsys, "candidate", "Zebulon Quartermaine", "--lang", "es")
    assert code == 1 and "No tengo ningún registro de “Zebulon Quartermaine” como candidato" in out


def test_an_unknown_lang_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--lang", "fr", "who won"])
    assert exit_.value.code == 2
