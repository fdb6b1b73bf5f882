"""Importers: every format of the registry (bot.importers.formats: race bundles, 538 polls CSVs, endorsements CSV,
election results of Clarity, MEDSL, OpenElections); parse, validate, then one transaction. `import_any`
(bot.importers.entry) is the one way in.

The names below load their module on first use: a parse process imports only the parsers it runs, not the database
layer (SQLAlchemy and the models would double its memory)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.importers.entry import import_any
    from bot.importers.files import import_file, import_paths, parse_file, read_ahead, write_repair_report
    from bot.importers.polls_538 import stream_538
    from bot.importers.writing.summary import ImportSummary

__all__ = ["ImportSummary", "import_any", "import_file", "import_paths", "parse_file", "read_ahead", "stream_538",
           "write_repair_report"]

_HOMES = {"ImportSummary": "bot.importers.writing.summary", "stream_538": "bot.importers.polls_538",
          "import_any": "bot.importers.entry", "import_file": "bot.importers.files",
          "import_paths": "bot.importers.files",
          "parse_file": "bot.importers.files", "read_ahead": "bot.importers.files",
          "write_repair_report": "bot.importers.files"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
