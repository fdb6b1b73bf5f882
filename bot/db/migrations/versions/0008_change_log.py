"""change log: one row per change of the shared data (imports, feeds added and removed), out of data_change

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 03:30:00
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# How revision 0002's code wrote an import's author next to its items: one data_change row per race it changed.
OLD_AUTHOR_KIND = "import"
OLD_ORIGIN = re.compile(r"by=(?P<user>\S*) guild=(?P<guild>\S*) items=(?P<items>\S*) file=(?P<file>.*)", re.S)
RACES_KEPT = 20


def upgrade() -> None:
    change_log = op.create_table(
        'change_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('via', sa.String(length=20), nullable=False),
        sa.Column('user_ref', sa.String(length=100), nullable=True),
        sa.Column('guild_id', sa.BigInteger(), nullable=True),
        sa.Column('guild_name', sa.String(length=100), nullable=True),
        sa.Column('file', sa.String(length=1000), nullable=False),
        sa.Column('counts', sa.JSON(), nullable=False),
        sa.Column('races', sa.JSON(), nullable=False),
        sa.Column('race_count', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log')),
    )
    op.bulk_insert(change_log, _old_entries())
    op.execute(sa.text("DELETE FROM data_change WHERE kind = :kind").bindparams(kind=OLD_AUTHOR_KIND))


def _old_entries() -> list[dict[str, object]]:
    """The author rows of the old log, one entry per import (its rows share author, file and time), oldest first."""
    rows = op.get_bind().execute(sa.text(
        "SELECT data_change.change, data_change.origin, data_change.at, race.slug FROM data_change "
        "JOIN race ON race.id = data_change.race_id WHERE data_change.kind = :kind ORDER BY data_change.id"
    ).bindparams(kind=OLD_AUTHOR_KIND)).all()
    entries: dict[tuple[object, ...], dict[str, object]] = {}
    for via, origin, at, slug in rows:
        match = OLD_ORIGIN.fullmatch(origin or "")
        if match is None:
            continue
        at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
        key = (via, match["user"], match["guild"], match["file"], at)
        entry = entries.setdefault(key, {
            "at": at, "action": "import", "via": via, "user_ref": None if match["user"] == "-" else match["user"],
            "guild_id": int(match["guild"]) if match["guild"].isdigit() else None, "guild_name": None,
            "file": _shown_file(via, match["file"]), "counts": Counter(), "races": [], "race_count": 0})
        for part in match["items"].split(","):
            kind, _, count = part.partition("=")
            entry["counts"][kind.replace(":", " ")] += int(count or 0)  # type: ignore[index]
        entry["races"].append(slug)  # type: ignore[attr-defined]
        entry["race_count"] += 1  # type: ignore[operator]
    for entry in entries.values():
        entry["counts"] = dict(entry["counts"])  # type: ignore[call-overload]
        entry["races"] = sorted(entry["races"])[:RACES_KEPT]  # type: ignore[call-overload]
    return list(entries.values())


def _shown_file(via: str, origin: str) -> str:
    """The file as the new log keeps it: a Discord attachment by its file name (the old rows kept its URL, with
    Discord's signatures), anything else as it was."""
    if via == "discord" and "://" in origin:
        return unquote(PurePosixPath(urlsplit(origin).path).name) or origin[:1000]
    return origin[:1000]


def downgrade() -> None:
    # The old log lived in data_change rows tied to a race: entries without a race (feeds) have no place there, so
    # the log itself is dropped on the way down.
    op.drop_table('change_log')
