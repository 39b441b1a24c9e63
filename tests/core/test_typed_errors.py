"""Each database condition has its own error class, decided from SQLite's error code; no code in the
app decides anything by reading an error message's words."""

import re
import sqlite3
from pathlib import Path

import pytest

from outreach_app.core.records import events, tally
from outreach_app.core.store.connection import connect
from outreach_app.core.store.database import open_database
from outreach_app.core.store.sqlite_errors import describe_sqlite_error
from outreach_app.core.errors import (DatabaseDamaged, DatabaseLocked, DatabaseProblem, DatabaseReadOnly,
                                      DatabaseTooNew, DiskFull)

APP = Path(__file__).resolve().parents[2] / "outreach_app"


def test_a_writer_holding_the_lock_is_database_locked(tmp_path):
    path = tmp_path / "o.db"
    conn = open_database(path)
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    other = connect(path)
    other.execute("PRAGMA busy_timeout = 20")
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked):
            tally.record_attendee(other, event)
    finally:
        conn.execute("ROLLBACK")


def test_a_file_that_is_not_sqlite_is_damaged(tmp_path):
    path = tmp_path / "o.db"
    path.write_bytes(b"this is a text file, not a database" * 100)
    with pytest.raises(DatabaseDamaged):
        open_database(path)


def test_damaged_pages_are_damaged(tmp_path):
    path = tmp_path / "o.db"
    conn = open_database(path)
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(path)


def test_writing_through_a_read_only_handle_is_read_only(tmp_path):
    path = tmp_path / "o.db"
    open_database(path).close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        ro.execute("CREATE TABLE x (y)")
    assert isinstance(describe_sqlite_error(caught.value, path), DatabaseReadOnly)


def test_a_full_disk_is_disk_full():
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    assert isinstance(describe_sqlite_error(error, "/x/o.db"), DiskFull)


def test_the_words_of_a_message_decide_nothing():
    """An error whose code says 'locked' is locked even if its words say 'malformed', and back."""
    error = sqlite3.OperationalError("database disk image is malformed")
    error.sqlite_errorname = "SQLITE_BUSY"
    assert isinstance(describe_sqlite_error(error, "o.db"), DatabaseLocked)
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorname = "SQLITE_CORRUPT"
    assert isinstance(describe_sqlite_error(error, "o.db"), DatabaseDamaged)


def test_a_database_from_a_newer_app_is_too_new(tmp_path):
    path = tmp_path / "o.db"
    conn = open_database(path)
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    with pytest.raises(DatabaseTooNew):
        open_database(path)
    assert issubclass(DatabaseTooNew, DatabaseProblem)


# A decision by message text looks like `"word" in str(exc)` or `str(exc).startswith(...)` or a regex
# over an error's text. Third-party libraries that give no typed error are listed with the reason.
MESSAGE_MATCH = re.compile(r"""(["'][^"']*["']\s+(not\s+)?in\s+(str|repr)\((exc|error|err|e)\))"""
                           r"""|(str\((exc|error|err|e)\)(\.lower\(\))?\.(startswith|endswith|find))"""
                           r"""|(\bin\s+text\b.*exc)|(message\.startswith)""")
ALLOWED = {
    # pyrage raises one DecryptError for a wrong key and for a damaged file; only its text tells them apart
    "core/sync/bundle.py": 'no matching keys',
}


def test_no_decision_is_made_by_matching_message_text():
    found = []
    for file in APP.rglob("*.py"):
        rel = file.relative_to(APP).as_posix()
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if MESSAGE_MATCH.search(line) and not (rel in ALLOWED and ALLOWED[rel] in line):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert not found, "decisions made by reading message text:\n" + "\n".join(found)
