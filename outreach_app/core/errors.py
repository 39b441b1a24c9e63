"""Errors the user can act on: shown as one line, never as a traceback."""


class OutreachError(Exception):
    """An expected failure with a message fit to show the user as it is."""


class NotFound(OutreachError):
    """An id or name that names nothing in the database."""


class InvalidInput(OutreachError):
    """A value the user typed that breaks a rule (a bad date, a negative count)."""


class DatabaseProblem(OutreachError):
    """The database file cannot be used: damaged, locked, too new, not SQLite."""
