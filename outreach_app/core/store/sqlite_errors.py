"""One-line messages for SQLite errors, naming the database file, as typed DatabaseProblems.

The condition is read from SQLite's own error code (`sqlite_errorname`), never from the message's words.
Apart from connection.py because only a failing command needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from outreach_app.core.errors import DatabaseDamaged, DatabaseLocked, DatabaseProblem, DatabaseReadOnly, DiskFull


def _disk_full(path) -> bool:
    import shutil  # only to explain an I/O error; a command's start-up does not need it

    try:
        return shutil.disk_usage(Path(str(path)).expanduser().resolve().parent).free < 256 * 1024
    except OSError:
        return False


_ENVIRONMENT_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR",
                       "SQLITE_CANTOPEN", "SQLITE_CORRUPT", "SQLITE_NOTADB")


def error_code_name(exc: BaseException) -> str:
    """SQLite's name for the error ('SQLITE_BUSY', 'SQLITE_READONLY_DBMOVED'…), '' when it has none."""
    return getattr(exc, "sqlite_errorname", "") or ""


def is_environment_error(exc: sqlite3.Error) -> bool:
    """Locked, full, read-only, unreadable or damaged: the machine's trouble, not a defect."""
    return error_code_name(exc).startswith(_ENVIRONMENT_ERRORS)


def is_locked_or_read_only(exc: BaseException) -> bool:
    """Another program holds the lock, or the file cannot be written: reading can still go on."""
    if isinstance(exc, (DatabaseLocked, DatabaseReadOnly)):
        return True
    return error_code_name(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_READONLY"))


def describe_sqlite_error(exc: sqlite3.Error, path) -> DatabaseProblem:
    """Turn an sqlite3 error into a typed, one-line problem naming the file."""
    code = error_code_name(exc)
    text = str(exc)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return DatabaseLocked("{path} is locked by another program writing to it; try again in a moment", path=path)
    if code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
        return DatabaseDamaged("{path} is damaged ({reason}); restore it from a backup", path=path, reason=text)
    if code.startswith("SQLITE_READONLY"):
        return DatabaseReadOnly("{path} is read-only; Outreach needs to write to it", path=path)
    if code.startswith("SQLITE_FULL") or (code.startswith("SQLITE_IOERR") and _disk_full(path)):
        return DiskFull("the disk holding {path} is full; nothing was saved", path=path)
    if code.startswith("SQLITE_CANTOPEN"):
        return DatabaseProblem("{path} cannot be opened ({reason})", path=path, reason=text)
    return DatabaseProblem("{reason}", where=path, reason=text)
