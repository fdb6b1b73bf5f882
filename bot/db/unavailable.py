"""Why a database cannot be opened, in one line that names the setting and the fix (never a driver's traceback)."""

from __future__ import annotations

import re
import socket
import sqlite3

from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import DBAPIError

from bot.errors import ConfigError

# What goes wrong when a database is opened: the driver's errors (wrapped by SQLAlchemy), the network's, the file
# system's. Anything else is a bug and keeps its traceback.
OPEN_ERRORS: tuple[type[BaseException], ...] = (DBAPIError, OSError, TimeoutError, sqlite3.Error)

# PostgreSQL's SQLSTATE codes a setting can cause, with what to do about them ({user}, {database}, {schema}, {host}).
POSTGRES_FIXES = {
    "3D000": "PostgreSQL has no database {database}: create it (createdb -h {hostname} -p {port} -U {user} "
             "{database}) or fix DATABASE_URL",
    "28000": "PostgreSQL refused the user {user}: create the role, or fix the user in DATABASE_URL",
    "28P01": "PostgreSQL refused the password of {user}: fix the password in DATABASE_URL (or ~/.pgpass)",
    "42501": "the user {user} lacks a privilege Racebot needs in {database}: grant it (e.g. GRANT CREATE ON DATABASE "
             "{database} TO {user}, or ALL ON SCHEMA {schema}), or use a user who has it",
    "3F000": "the schema {schema} (DATABASE_SCHEMA) does not exist in {database}: create it (CREATE SCHEMA {schema})",
    "57P03": "PostgreSQL at {host} is starting up or shutting down: try again in a moment",
    "53300": "PostgreSQL at {host} has no connection left: raise max_connections or stop idle clients",
}


class DatabaseUnavailable(ConfigError):
    """The database named by DATABASE_URL (and DATABASE_SCHEMA) cannot be used; the message says why and what to do."""


def explain(error: BaseException, url: str, schema: str | None = None) -> str:
    """One line saying why the database at `url` could not be opened and how to fix it."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _explain_sqlite(error, parsed.database or ":memory:")
    host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    details = {"user": sql_name(parsed.username or "(your login name)"), "database": sql_name(parsed.database or ""),
               "schema": schema or "public", "host": host, "hostname": parsed.host or "localhost",
               "port": parsed.port or 5432}
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    if isinstance(code, str) and code in POSTGRES_FIXES:
        return POSTGRES_FIXES[code].format(**details)
    if isinstance(error, socket.gaierror):
        return f"cannot find the PostgreSQL host {parsed.host!r}: fix the host in DATABASE_URL"
    if isinstance(error, ConnectionRefusedError):
        return f"nothing answers at {host}: start PostgreSQL there, or fix the host and port in DATABASE_URL"
    if isinstance(error, TimeoutError):
        return f"PostgreSQL at {host} did not answer in time: check that it runs and that the network lets you reach it"
    if isinstance(error, OSError):
        return f"cannot reach PostgreSQL at {host} ({error.strerror or error}): check DATABASE_URL and the network"
    return f"PostgreSQL at {host} refused Racebot: {_first_line(error)} (check DATABASE_URL and DATABASE_SCHEMA)"


def sql_name(name: str) -> str:
    """A name as it is typed in SQL: as it is when it needs no quotes, in double quotes otherwise."""
    return name if re.fullmatch(r"[a-z_][a-z0-9_]*", name) else '"' + name.replace('"', '""') + '"'


def _explain_sqlite(error: BaseException, path: str) -> str:
    if isinstance(error, OSError):  # the folder of the file could not be made, or the lock file opened
        return (f"cannot use the SQLite file {path}: {error.strerror or error} ({error.filename or path}); "
                "fix DATABASE_URL or the folder's permissions")
    text = _first_line(error).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (f"the SQLite file {path} is not a database or is damaged: restore a backup (racebot db restore "
                "BACKUP) or point DATABASE_URL at another file")
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return (f"cannot open the SQLite file {path} for writing: check that its folder exists and that this user "
                "may write to it, or fix DATABASE_URL")
    if "locked" in text or "busy" in text:
        return f"the SQLite file {path} stayed locked by another process: try again when it has finished"
    return f"cannot use the SQLite file {path}: {_first_line(error)}"


def _first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None)
    text = str(orig if orig is not None else error).strip()
    return text.splitlines()[0] if text else error.__class__.__name__
