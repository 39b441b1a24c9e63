"""Open the database: refuse files that are not usable, migrate when needed, make this device's id.

The fast path (an up-to-date database) is plain sqlite3 and a comparison with migrations.CURRENT_STEPS:
the migration steps, sqlite-utils and the backup-before-upgrade code are imported only when a database
needs upgrading, which keeps every command's start-up quick.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from outreach_app.core.errors import DatabaseDamaged, DatabaseProblem, DatabaseReadOnly
from outreach_app.core.store.connection import (Connection, connect, default_db_path, get_setting,
                                                sqlite_header_refused, transaction)
from outreach_app.core.store.migrations import is_current, migrate

def _refuse_non_sqlite(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem("{path} is a folder, not a database file", path=path)
    if not os.access(path, os.R_OK):
        raise DatabaseProblem("{path} cannot be read (permission denied)", path=path)
    if sqlite_header_refused(path):  # never open() a database file: see sqlite_header_refused
        raise DatabaseDamaged("{path} is not an Outreach database (not an SQLite file)", path=path)


def _refuse_read_only(path: Path) -> None:
    """A database (or its folder, where SQLite writes its journal) that cannot be written is refused."""
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnly("{path} is read-only; Outreach needs to write to it (copy it to a writable folder)",
                              path=path)
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly("the folder {folder} is read-only; Outreach needs to write its database there "
                              "(choose another folder with --db)", folder=path.parent)


def open_database(path: str | os.PathLike | None = None, *, create: bool = True,
                  read_only: bool = False) -> Connection:
    """Open (creating and migrating as needed) the database at path; refuse unusable files.
    read_only (reports, check): a database on read-only media or without write permission is opened
    for reading instead of being refused (it must then be current: it cannot be upgraded there)."""
    path = Path(path) if path is not None else default_db_path()
    if str(path) != ":memory:":
        path = path.expanduser()
        if path.exists():
            _refuse_non_sqlite(path)
            if read_only and not _writable(path):
                return _open_for_reading(path)
            _refuse_read_only(path)
        elif not create:
            raise DatabaseProblem("{path} does not exist", path=path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # new folders: this user's only
            except OSError as exc:
                raise DatabaseProblem("cannot create the folder {folder} ({reason})", folder=path.parent,
                                      reason=exc.strerror) from None
            _refuse_read_only(path)
            _create_private(path)
    try:
        conn = connect(path)
        if str(path) != ":memory:":
            for suffix in ("", "-wal", "-shm"):  # a file made before, or copied in, with 0644
                keep_private(f"{path}{suffix}")
        migrate(conn, path)
        ensure_device(conn)
    except sqlite3.DatabaseError as exc:
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error

        raise describe_sqlite_error(exc, path) from None
    return conn


def ensure_device(conn: sqlite3.Connection) -> str:
    """This machine's device id, made (with the host name as its name) on first use."""
    existing = get_setting(conn, "device_id")
    if existing:
        return existing
    with transaction(conn):
        existing = get_setting(conn, "device_id")
        if existing:
            return existing
        import socket  # only on the first open of a new database

        from outreach_app.core.clock import new_id, next_hlc, utc_now

        ident = new_id()
        conn.execute("INSERT INTO settings (key, value) VALUES ('device_id', ?)", (ident,))
        hlc, rev = next_hlc(conn)
        conn.execute(
            "INSERT INTO devices (id, name, hlc, updated_at, device_id, rev) VALUES (?, ?, ?, ?, ?, ?)",
            (ident, socket.gethostname() or "laptop", hlc, utc_now(), ident, rev),
        )
    return ident


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _create_private(path: Path) -> None:
    """Create the database file readable by this user only (0600): it holds the signing key.
    SQLite gives its -wal and -shm files the same permissions."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise DatabaseProblem("cannot create {path} ({reason})", path=path, reason=exc.strerror) from None


def _open_for_reading(path: Path) -> Connection:
    """A read-only connection (read-only media, or no write permission). Without its -shm file a WAL
    database can only be read as immutable, which is what read-only media is."""
    uri = path.resolve().as_uri()
    failure = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = connect(path, uri=f"{uri}?{query}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.DatabaseError as exc:
            failure = exc
    else:
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error

        raise describe_sqlite_error(failure, path) from None
    if not is_current(conn) or not get_setting(conn, "device_id"):
        conn.close()
        raise DatabaseProblem("{path} is read-only and was made by another version of Outreach; copy it to a "
                              "writable folder to open it", path=path)
    return conn


def keep_private(path: str | os.PathLike) -> None:
    """Make a file this user's alone (0600) if others may read it (a database or key file made by an older
    version, or copied in with the usual 0644). POSIX only: on Windows the file inherits the folder's
    access list, which is the user's profile (docs/privacy.md)."""
    if os.name != "posix":
        return
    try:
        mode = os.stat(path).st_mode
        if mode & 0o077:
            os.chmod(path, mode & 0o700 | 0o600)
    except OSError:
        pass  # gone, or not ours: SQLite or the caller reports what matters
