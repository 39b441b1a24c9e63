"""Keeping a database sound: the integrity check, consistent backup copies, replacing the file whole.

Apart from database.py because opening a database (every command) needs neither.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from outreach_app.core.store.sqlite_errors import describe_sqlite_error
from outreach_app.core.errors import InvalidInput
from outreach_app.core.files import write_atomically
from outreach_app.core.store.kept_totals import totals_mismatch


def check_integrity(conn: sqlite3.Connection) -> list[str]:
    """Problems found by SQLite's integrity check and Outreach's own invariants; [] when sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    if problems:
        return problems
    stale = conn.execute(
        "SELECT count(*) FROM tally_entries t WHERE t.voided = 0 AND EXISTS (SELECT 1 FROM voids v WHERE v.target_id = t.id)"
    ).fetchone()[0]
    if stale:
        problems.append(f"{stale} voided tally entries are still counted")
    if conn.execute("SELECT count(*) FROM clock").fetchone()[0] != 1:
        problems.append("the change clock is missing")
    mismatched = totals_mismatch(conn)
    if mismatched:
        problems.append(f"{mismatched} kept event totals differ from a recount of the entries")
    return problems


def backup_to(conn: sqlite3.Connection, target: Path, *, overwrite: bool = False) -> Path:
    """Consistent copy with SQLite's backup API (safe while others write), written atomically."""
    target = Path(target).expanduser()
    if target.exists() and not overwrite:
        raise InvalidInput("{path} already exists; choose another file name", path=target)
    if target.is_dir():
        raise InvalidInput("{path} is a folder; give a file name for the backup", path=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput("cannot create the folder {folder} ({reason})", folder=target.parent, reason=exc.strerror) from None

    def copy_into(partial: Path) -> None:
        copy = sqlite3.connect(str(partial))  # the empty temporary file becomes the copy
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()

    try:
        return write_atomically(target, copy_into, mode=0o600)  # the copy holds the signing key
    except sqlite3.Error as exc:
        raise describe_sqlite_error(exc, target) from None


def replace_database_file(new_file: Path, target: Path) -> None:
    """Put new_file in target's place. The old write-ahead log must never be replayed onto the new
    file, yet it holds the current file's latest changes until the replace has happened: it is moved
    aside first, put back if the replace fails, and deleted only after it succeeded."""
    moved = []
    try:
        for path in (Path(f"{target}{suffix}") for suffix in ("-wal", "-shm", "-journal")):
            if path.exists():
                aside = path.with_name(path.name + ".aside")
                os.replace(path, aside)
                moved.append((aside, path))
        os.replace(new_file, target)
    except OSError:
        for aside, path in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(aside, path)
        raise
    for aside, _ in moved:
        aside.unlink(missing_ok=True)


@contextlib.contextmanager
def sole_connection(target: Path):
    """A connection to the database at target that no other connection shares while the block runs:
    DatabaseProblem at once when another program (the window, a command) has it open. Switching out
    of WAL mode needs every other connection closed, and EXCLUSIVE locking mode then keeps the lock,
    so nobody can open the file and write to it until the block ends."""
    conn = sqlite3.connect(str(target), isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                from outreach_app.core.errors import DatabaseProblem

                raise DatabaseProblem("{path} is open in another program (the Outreach window or a command still "
                                      "running); close it, then restore again. Nothing was changed",
                                      path=target) from None
            raise
        yield conn
    finally:
        conn.close()


def copy_into(source: sqlite3.Connection, conn: sqlite3.Connection) -> None:
    """Replace every page of conn's database with source's, in one transaction (all or nothing), on
    the same file: a program that opens it afterwards sees the copy, never a replaced file."""
    source.backup(conn)
    conn.execute("PRAGMA journal_mode = WAL")
