"""One-line messages for SQLite errors, naming the database file (locked, damaged, read-only, full).

Apart from db.py because only a failing command needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import DatabaseProblem


def _disk_full(path) -> bool:
    import shutil  # only to explain an I/O error; a command's start-up does not need it

    try:
        return shutil.disk_usage(Path(str(path)).expanduser().resolve().parent).free < 256 * 1024
    except OSError:
        return False


_ENVIRONMENT_ERRORS = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR",
                       "SQLITE_CANTOPEN", "SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_environment_error(exc: sqlite3.Error) -> bool:
    """Locked, full, read-only, unreadable or damaged: the machine's trouble, not a defect."""
    return getattr(exc, "sqlite_errorname", "").startswith(_ENVIRONMENT_ERRORS)


def describe_sqlite_error(exc: sqlite3.Error, path) -> DatabaseProblem:
    """Turn an sqlite3 error into a one-line message naming the file."""
    text = str(exc)
    if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_IOERR") and _disk_full(path):
        text = "database or disk is full"
    if "locked" in text or "busy" in text:
        return DatabaseProblem("{path} is locked by another program writing to it; try again in a moment", path=path)
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return DatabaseProblem("{path} is damaged ({reason}); restore it from a backup", path=path, reason=text)
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem("{path} is read-only; Outreach needs to write to it", path=path)
    if "unable to open" in text:
        return DatabaseProblem("{path} cannot be opened ({reason})", path=path, reason=text)
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseProblem("the disk holding {path} is full; nothing was saved", path=path)
    return DatabaseProblem("{reason}", where=path, reason=text)
