"""The connection: opening SQLite with Outreach's pragmas, explicit transactions, and the settings table.

The leaf of the storage package: migrations, upkeep and the kept totals build on it; it imports none of them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from outreach_app.core.errors import DatabaseProblem
from outreach_app.core.validate import name_key

BUSY_TIMEOUT_MS = int(os.environ.get("OUTREACH_BUSY_TIMEOUT_MS", "3000"))


def default_db_path() -> Path:
    """OUTREACH_DB, else outreach.db in the platform's per-user data folder."""
    env = os.environ.get("OUTREACH_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Outreach", appauthor=False)) / "outreach.db"


def sqlite_header_refused(path: Path) -> bool:
    """True when the file at path does not start as an SQLite database does (an empty file is a new one).

    SQLite reads the header, not Python: closing any file handle on a database file drops every lock
    this process holds on it (POSIX), so another program (a command, a second window) closing its own
    connection would think itself the last one and delete the write-ahead log the window still writes to."""
    probe = None
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB"
    finally:
        if probe is not None:
            probe.close()
    return False


class Connection(sqlite3.Connection):
    """sqlite3 connection that remembers which file it opened (for messages and backups)."""

    db_path: str = ":memory:"


def connect(path: str | os.PathLike, *, uri: str | None = None) -> Connection:
    """A connection with Outreach's pragmas; autocommit mode, transactions are explicit. uri: open
    this SQLite URI instead (read-only access), keeping the journal mode the file has."""
    conn = sqlite3.connect(uri or str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           factory=Connection, uri=uri is not None)
    conn.db_path = str(path)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode" if uri else "PRAGMA journal_mode = WAL").fetchone()[0]
    if str(path) != ":memory:" and mode.lower() != "wal" and not uri:
        raise DatabaseProblem("cannot switch the database to WAL mode (got {mode})", where=path, mode=mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # what is changed or erased is overwritten, not left in free pages
    conn.execute("PRAGMA temp_store = MEMORY")  # reports' scratch tables: no temp file to create (~4 ms)
    # name_key() in SQL: lower() and NOCASE fold ASCII only ('BIBLIOTHÈQUE' would not match 'bibliothèque')
    conn.create_function("name_key", 1, name_key, deterministic=True)
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; joins an enclosing transaction."""
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error, is_environment_error

        if is_environment_error(exc):  # locked, disk full, read-only, I/O: say so in one line
            raise describe_sqlite_error(exc, getattr(conn, "db_path", "the database")) from exc
        raise


def get_setting(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def device_id(conn: sqlite3.Connection) -> str:
    return get_setting(conn, "device_id")
