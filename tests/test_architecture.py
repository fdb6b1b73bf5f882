"""The house's layout, checked: the import-linter contracts of pyproject.toml (layers, and discord only in
bot/client.py) are kept, and no module or function has outgrown its room."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE_LINES = 500
FUNCTION_LINES = 80
# Alembic revisions are history: a released migration is never rewritten, however long its upgrade().
NOT_MEASURED = ("bot/db/migrations/versions/",)
# `lint-imports`, run by this Python (the console script may not be on PATH): it reads pyproject.toml in ROOT.
LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def test_the_import_contracts_are_kept() -> None:
    """A higher layer may import a lower one, never the reverse; only bot.client imports discord."""
    done = subprocess.run([sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--no-logo"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"lint-imports found a broken contract:\n{done.stdout}\n{done.stderr}"
    assert "0 broken" in done.stdout, done.stdout  # the contracts of pyproject.toml were read and checked


def _sources() -> list[Path]:
    paths = sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("cogs/**/*.py")])
    return [p for p in paths if not any(p.relative_to(ROOT).as_posix().startswith(n) for n in NOT_MEASURED)]


def test_no_module_or_function_outgrows_its_room() -> None:
    """No module of bot/ or cogs/ over 500 lines, no function over 80."""
    too_long: list[str] = []
    for path in _sources():
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT).as_posix()
        if (lines := len(source.splitlines())) > MODULE_LINES:
            too_long.append(f"{name}: {lines} lines (at most {MODULE_LINES})")
        for node in ast.walk(ast.parse(source, name)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}(): {length} lines (at most {FUNCTION_LINES})")
    assert not too_long, "too long:\n" + "\n".join(too_long)
