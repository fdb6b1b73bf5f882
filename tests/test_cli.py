"""The `racebot` command line, run as a user would (in-process, against a temporary database)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.factories import write_538

LA_URL = "https://www.cbsnews.com/losangeles/news/poll-la-mayoral-race-heading-to-runoff-between-rep-karen-bass-rick-caruso/"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_race_prints_the_race_with_its_three_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "race", "la-mayor-2022")
    assert code == 0
    for name in ("Karen Bass", "Rick Caruso", "Kevin de León"):
        assert name in out
    assert "June 07, 2022" in out


def test_endorsements_tolerates_a_typo_and_cites_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "endorsements", "karen bas")
    assert code == 0
    assert "Endorsements of Karen Bass" in out
    assert "Steven Spielberg" in out and "J.J. Abrams" in out
    assert LA_URL in out


def test_polls_shows_the_berkeley_poll_with_its_subgroups(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "polls", "la-mayor-2022")
    assert code == 0
    assert "UC Berkeley Institute of Governmental Studies for Los Angeles Times (reported Jun 06, 2022" in out
    assert "Karen Bass 38%, Rick Caruso 32%" in out
    assert "Latino men: Rick Caruso ahead" in out
    assert "women: Bass draws most of her support from women." in out


def test_candidate_is_fuzzy(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "candidate", "caruzo")
    assert code == 0 and out.startswith("Rick Caruso")


def test_an_unknown_name_is_a_clear_non_zero_exit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "candidate", "Zebulon Quartermaine")
    assert code == 1
    assert "I don't know a candidate called “Zebulon Quartermaine”" in out


def test_races_lists_the_bundled_race(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "races")
    assert code == 0 and out.startswith("la-mayor-2022")


def test_import_prints_a_summary_and_reimport_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                               tmp_path: Path) -> None:
    path = tmp_path / "polls.csv"
    write_538(path, races=2, polls_per_race=20)
    code, out, _ = run(capsys, "import", str(path))
    assert code == 0
    assert "polls: 40 added, 0 updated, 0 unchanged" in out
    code, out, _ = run(capsys, "import", str(path))
    assert code == 0
    assert "polls: 0 added, 0 updated, 40 unchanged" in out


def test_import_of_a_bad_file_names_the_line_and_exits_non_zero(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("poll_id,pollster,end_date,cycle,candidate_name,pct\n1,A,2020-02-30,2020,X,4\n")
    code, _, err = run(capsys, "import", str(path))
    assert code == 1
    assert "line 2" in err and "end_date '2020-02-30' is not a date" in err
    assert "Traceback" not in err


def test_json_output_is_the_typed_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "endorsements", "rick caruso", "--json")
    data = json.loads(out)
    assert code == 0 and data["intent"] == "endorsements_of"
    assert data["entities"][0]["name"] == "Rick Caruso"
    assert all(fact["source"]["url"].startswith("https://") for fact in data["facts"])


def test_a_bad_setting_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    code, _, err = run(capsys, "races")
    assert code == 2
    assert err.strip().count("\n") == 0 and "LOG_LEVEL" in err


def test_the_console_script_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "race", "la-mayor-2022"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Kevin de León" in result.stdout


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who endorsed karen bas", "Endorsements of Karen Bass"),
        ("did snoop dog endorse anyone", "Yes: Snoop Dogg endorsed Rick Caruso."),
        ("whos ahead in the LA mayor race", "Karen Bass won the general election with 54.82%"),
        ("how are latino men voting", "Latino men: Rick Caruso ahead"),
        ("who won the LA mayor race", "Karen Bass won the general election with 54.82%, 506,372 votes"),
        ("who made the runoff", "Karen Bass (43.11%) and Rick Caruso (35.99%) advanced from the primary"),
    ],
)
def test_ask_answers_with_sources(capsys: pytest.CaptureFixture[str], question: str, expected: str) -> None:
    code, out, _ = run(capsys, "ask", question)
    assert code == 0
    assert expected in out
    assert "Sources:" in out and "https://" in out


def test_ask_about_an_unknown_candidate_exits_0_and_resolves_nobody(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "who endorsed Karen Smith")
    assert code == 0
    assert "I don't know a candidate called “karen smith”" in out
    code, out, _ = run(capsys, "ask", "--json", "who endorsed Karen Smith")
    data = json.loads(out)
    assert code == 0 and data["status"] == "not_found"
    assert not [e for e in data["entities"] if e["kind"] == "candidate"]
    assert "Karen Bass" in data["suggestions"]
    assert data["unmatched"] == "karen smith"  # the words a "did you mean" button replaces


def test_ask_without_a_question_opens_a_prompt(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("who endorsed caruso\nwhen is the election\n"))
    code, out, _ = run(capsys, "ask")
    assert code == 0
    assert "Endorsements of Rick Caruso" in out and "When: 2022 Los Angeles mayoral election" in out


def test_ask_prints_the_answer_and_no_log_lines(tmp_path: Path) -> None:
    """A new user's first question, in a new process with a new database: the answer, no `INFO alembic...`."""
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'new.sqlite3'}"}
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "who endorsed karen bass"], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Endorsements of Karen Bass")
    assert done.stderr == ""
    assert "INFO" not in done.stdout


# What `racebot ask` never needs: the modules of the other commands (importers, feeds, the Discord bot, charts,
# migrations, the progress bar) and the libraries only they use. Each costs start-up time on every question.
NOT_FOR_ASK = ("discord", "aiohttp", "matplotlib", "numpy", "PIL", "rich", "alembic", "clarify", "lxml", "babel",
               "pydantic", "yaml", "asyncpg", "cogs", "bot.client", "bot.importers", "bot.updates", "bot.charts",
               "bot.count_charts", "bot.db.migrations")


def test_ask_loads_only_what_answering_needs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`racebot ask` starts in a fraction of a second only if it leaves the other commands' modules alone."""
    assert run(capsys, "races")[0] == 0  # the database exists and is up to date, as for every question but the first
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "bot", "ask", "who is ahead in the LA mayor race"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Karen Bass" in done.stdout
    loaded = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "sqlalchemy" in loaded and "bot.engine.engine" in loaded  # the list is read right
    heavy = sorted(name for name in loaded if name.split(".")[0] in NOT_FOR_ASK
                   or any(name == prefix or name.startswith(prefix + ".") for prefix in NOT_FOR_ASK))
    assert heavy == []


def test_changes_lists_who_imported_which_file_newest_first(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "ada")  # the first name getpass.getuser() reads
    path = tmp_path / "senate_polls.csv"
    write_538(path, races=2, polls_per_race=2)
    assert run(capsys, "import", str(path))[0] == 0
    code, out, _ = run(capsys, "changes", "--limit", "2")
    assert code == 0
    facts = [line for line in out.splitlines() if line.startswith("  • ")]
    assert len(facts) == 2
    assert facts[0].endswith(f"· {path} · by ada on the command line · added 2 races, 6 candidates, 4 polls, 20 poll "
                             "figures, and 4 sources · arizona-u-s-senate-class-iii-2022, "
                             "georgia-u-s-senate-class-iii-2022")
    assert "from the bundled data, on first use" in facts[1]
