"""Open (migrating as needed) the SQLite database; transactions, settings and this device's id.

The fast path (an up-to-date database) is plain sqlite3 and a comparison with CURRENT_STEPS: the
migration steps, sqlite-utils and the backup-before-upgrade code (core/upgrade.py) are imported only
when a database needs upgrading, which keeps every command's start-up quick. The integrity check and
backup copies are in db_upkeep.py, SQLite error messages in db_errors.py (both still importable here).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from .errors import DatabaseProblem
from .validate import name_key

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = int(os.environ.get("OUTREACH_BUSY_TIMEOUT_MS", "3000"))


def migration_sets():
    """(set name, ordered steps) for every feature area, applied in this order.

    Adding a step or a set? Add its name to CURRENT_STEPS too (a test compares the two)."""
    from . import schema
    from .flyers import schema as flyer_schema
    from .sync import schema as sync_schema

    return [(schema.SET_NAME, schema.STEPS), (flyer_schema.SET_NAME, flyer_schema.STEPS),
            (sync_schema.SET_NAME, sync_schema.STEPS)]


# (set, step) of every step in migration_sets(): a database holding exactly these, and no newer
# user_version, is current and opens without importing the steps or sqlite-utils.
CURRENT_STEPS = frozenset({
    ("outreach-core", "0001_initial_schema"), ("outreach-core", "0002_default_catalogue"),
    ("outreach-core", "0003_tally_totals"),
    ("outreach-flyers", "0001_flyer_drops"),
    ("outreach-sync", "0001_sync_ledger"), ("outreach-sync", "0002_replaced_signing_keys"),
})


def schema_version() -> int:
    return sum(len(steps) for _, steps in migration_sets())


def default_db_path() -> Path:
    """OUTREACH_DB, else outreach.db in the platform's per-user data folder."""
    env = os.environ.get("OUTREACH_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Outreach", appauthor=False)) / "outreach.db"


def _refuse_non_sqlite(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem("{path} is a folder, not a database file", path=path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except PermissionError:
        raise DatabaseProblem("{path} cannot be read (permission denied)", path=path) from None
    except OSError as exc:
        raise DatabaseProblem("{path} cannot be read ({reason})", path=path, reason=exc.strerror) from None
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem("{path} is not an Outreach database (not an SQLite file)", path=path)


def _refuse_read_only(path: Path) -> None:
    """A database (or its folder, where SQLite writes its journal) that cannot be written is refused."""
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseProblem("{path} is read-only; Outreach needs to write to it (copy it to a writable folder)",
                              path=path)
    if not os.access(path.parent, os.W_OK):
        raise DatabaseProblem("the folder {folder} is read-only; Outreach needs to write its database there "
                              "(choose another folder with --db)", folder=path.parent)


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
        from .db_errors import describe_sqlite_error, is_environment_error

        if is_environment_error(exc):  # locked, disk full, read-only, I/O: say so in one line
            raise describe_sqlite_error(exc, getattr(conn, "db_path", "the database")) from exc
        raise


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
        _migrate(conn, path)
        ensure_device(conn)
    except sqlite3.DatabaseError as exc:
        from .db_errors import describe_sqlite_error

        raise describe_sqlite_error(exc, path) from None
    return conn


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
        from .db_errors import describe_sqlite_error

        raise describe_sqlite_error(failure, path) from None
    ours = {step for step in _applied(conn) if step[0].startswith("outreach")}
    if ours != CURRENT_STEPS or not get_setting(conn, "device_id"):
        conn.close()
        raise DatabaseProblem("{path} is read-only and was made by another version of Outreach; copy it to a "
                              "writable folder to open it", path=path)
    return conn


def _applied(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {tuple(row) for row in conn.execute("SELECT migration_set, name FROM _sqlite_migrations")}


def _migrate(conn: sqlite3.Connection, path) -> None:
    applied = _applied(conn)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    ours = {step for step in applied if step[0].startswith("outreach")}
    if ours == CURRENT_STEPS and version <= len(CURRENT_STEPS):
        return  # current: the common case, decided without importing any migration code
    from .upgrade import upgrade

    upgrade(conn, path, applied, version)


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

        from .clock import new_id, next_hlc, utc_now

        ident = new_id()
        conn.execute("INSERT INTO settings (key, value) VALUES ('device_id', ?)", (ident,))
        hlc, rev = next_hlc(conn)
        conn.execute(
            "INSERT INTO devices (id, name, hlc, updated_at, device_id, rev) VALUES (?, ?, ?, ?, ?, ?)",
            (ident, socket.gethostname() or "laptop", hlc, utc_now(), ident, rev),
        )
    return ident


_MOVED = {"check_integrity": "db_upkeep", "backup_to": "db_upkeep", "describe_sqlite_error": "db_errors"}


def __getattr__(name: str):
    """Functions that opening a database does not need live in db_upkeep.py and db_errors.py; the
    old `from outreach_app.core.db import backup_to` (etc.) keeps working."""
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(f"{__package__}.{_MOVED[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
