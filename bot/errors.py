"""The domain exceptions the core raises; the CLI and the cogs turn them into messages."""

from __future__ import annotations


class RacebotError(Exception):
    """Base of every error the core reports to a user as one line."""


class ConfigError(RacebotError):
    """A setting is missing or invalid; the message names the variable."""


class ImportRejected(RacebotError):
    """A file was refused whole; nothing was written."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[ImportRejected], tuple[str, str, int | None]]:
        return type(self), (self.path, self.reason, self.line)  # sent whole from a parse process


class NotFound(RacebotError):
    """A race, candidate or endorser named by the user does not exist."""

    def __init__(self, what: str, name: str, suggestions: list[str] | None = None) -> None:
        self.what = what
        self.name = name
        self.suggestions = suggestions or []
        message = f"No {what} called {name!r} is known."
        if self.suggestions:
            message += " Did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message)
