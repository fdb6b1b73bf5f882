"""Schema migrations with Alembic: upgrade a database to the current schema, keeping its data.

Alembic loads only when a database needs upgrading: a command that opens a database already at HEAD_REVISION (every
start after the first) does not pay for it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; tests/db/test_migrations.py checks it against Alembic's own head.
HEAD_REVISION = "0012"


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration for our migrations, on `url` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run on a sync connection (through AsyncConnection.run_sync)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None for a new one), read from Alembic's version table."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str | None:
    """The newest revision, from the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def is_known(revision: str) -> bool:
    """Whether `revision` is one of our migrations (a database at an unknown one was made by a newer Racebot)."""
    return revision in revisions()


def revisions() -> list[str]:
    """Every revision of the migration scripts, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]
