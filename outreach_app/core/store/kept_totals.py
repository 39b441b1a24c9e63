"""Per-event totals kept up to date incrementally, so reports over millions of entries are instant.

`tally_totals` holds sum(quantity) of non-voided entries per (event, kind, plan, answer). Facts are
insert-only, so rowids only grow: a refresh adds entries with rowid above the last watermark and
subtracts entries that a void newer than the watermark voided for the first time. Nothing runs per
imported row: an import and `demo` refresh once at the end. A tap, paper counts and a void fold
their own rows in inside their transaction (`keep_fresh`, one small upsert), so the event screen's
counters read a few kept rows instead of regrouping every entry of the event. A report refreshes
lazily whatever is still behind. `check_integrity` compares the table with a full recount.
"""

from __future__ import annotations

import sqlite3


SCHEMA = [
    """CREATE TABLE tally_totals (event_id TEXT NOT NULL, kind TEXT NOT NULL, plan_id TEXT NOT NULL,
        answer TEXT NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (event_id, kind, plan_id, answer)) WITHOUT ROWID""",
    "CREATE TABLE tally_totals_state (id INTEGER PRIMARY KEY CHECK (id = 1), entries_rowid INTEGER NOT NULL,"
    " voids_rowid INTEGER NOT NULL)",
    "INSERT INTO tally_totals_state VALUES (1, 0, 0)",
]

_ADD_NEW_ENTRIES = """
INSERT INTO tally_totals (event_id, kind, plan_id, answer, total)
SELECT event_id, kind, coalesce(plan_id, ''), coalesce(answer, ''), sum(quantity) FROM tally_entries
WHERE rowid > :e0 AND rowid <= :e1 AND voided = 0 GROUP BY 1, 2, 3, 4 HAVING sum(quantity) > 0
ON CONFLICT DO UPDATE SET total = total + excluded.total"""

# A void counts when its author made the entry or is the office (the void triggers' rule, sync/schema.py):
# subtract the entries whose first counting void is newer than the watermark.
_COUNTS = "(v.device_id = t.device_id OR v.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device'))"
_SUBTRACT_NEWLY_VOIDED = f"""
INSERT INTO tally_totals (event_id, kind, plan_id, answer, total)
SELECT t.event_id, t.kind, coalesce(t.plan_id, ''), coalesce(t.answer, ''), -sum(t.quantity)
FROM tally_entries t JOIN (
    SELECT DISTINCT v.target_id FROM voids v WHERE v.rowid > :v0 AND v.rowid <= :v1
) n ON n.target_id = t.id
WHERE t.rowid <= :e0
  AND EXISTS (SELECT 1 FROM voids v WHERE v.target_id = t.id AND v.rowid > :v0 AND v.rowid <= :v1 AND {_COUNTS})
  AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.target_id = t.id AND v.rowid <= :v0 AND {_COUNTS})
GROUP BY 1, 2, 3, 4
ON CONFLICT DO UPDATE SET total = total + excluded.total"""


def create_tally_totals(db) -> None:
    """Migration step: the table, then a first full count."""
    for statement in SCHEMA:
        db.conn.execute(statement)
    _refresh(db.conn)


_MARKS = ("SELECT s.entries_rowid, s.voids_rowid, (SELECT coalesce(max(rowid), 0) FROM tally_entries),"
          " (SELECT coalesce(max(rowid), 0) FROM voids) FROM tally_totals_state s WHERE s.id = 1")


def _refresh(conn: sqlite3.Connection) -> bool:
    e0, v0, e1, v1 = conn.execute(_MARKS).fetchone()
    if (e0, v0) == (e1, v1):
        return False
    marks = {"e0": e0, "e1": e1, "v0": v0, "v1": v1}
    if e1 != e0:
        conn.execute(_ADD_NEW_ENTRIES, marks)
    if v1 != v0:  # only a void can bring a group to zero (quantities are >= 0); the clean-up scans the
        # whole table, so it does not run per tap
        conn.execute(_SUBTRACT_NEWLY_VOIDED, marks)
        conn.execute("DELETE FROM tally_totals WHERE total = 0")
    conn.execute("UPDATE tally_totals_state SET entries_rowid = ?, voids_rowid = ? WHERE id = 1", (e1, v1))
    return True


def keep_fresh(conn: sqlite3.Connection) -> None:
    """Inside the write transaction that just added entries or voids: fold them (and anything still
    behind) into the kept totals, so they commit together."""
    assert conn.in_transaction, "keep_fresh runs inside the transaction that wrote the entries"
    _refresh(conn)


def is_stale(conn: sqlite3.Connection) -> bool:
    e0, v0, e1, v1 = conn.execute(_MARKS).fetchone()
    return (e0, v0) != (e1, v1)


def refresh_tally_totals(conn: sqlite3.Connection) -> bool:
    """Bring tally_totals up to date; returns True if anything was added. Joins an open transaction."""
    from outreach_app.core.store.connection import transaction

    if not conn.in_transaction and not is_stale(conn):
        return False
    with transaction(conn):
        return _refresh(conn)


def ensure_fresh_totals(conn: sqlite3.Connection) -> str:
    """Before a report: refresh if possible. Returns the table to read ('tally_totals'), or a subquery
    that recounts from the entries when the database cannot be written (read-only, or locked by another
    program's write)."""
    from outreach_app.core.errors import DatabaseProblem

    if not is_stale(conn):
        return "tally_totals"
    # another program may hold the write lock (an import): wait briefly, then recount instead
    waited = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {min(waited, 250)}")
    try:
        refresh_tally_totals(conn)
        return "tally_totals"
    except (sqlite3.OperationalError, DatabaseProblem) as exc:
        from outreach_app.core.store.sqlite_errors import is_locked_or_read_only

        if not is_locked_or_read_only(exc):
            raise
        return RECOUNT
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waited}")


RECOUNT = ("(SELECT event_id, kind, coalesce(plan_id, '') AS plan_id, coalesce(answer, '') AS answer,"
           " sum(quantity) AS total FROM tally_entries WHERE voided = 0 GROUP BY 1, 2, 3, 4)")


def totals_mismatch(conn: sqlite3.Connection) -> int:
    """Number of (event, kind, plan, answer) groups where the kept totals differ from a recount (0 when
    they are behind and cannot be brought up to date: a read-only database, a writer holding the lock)."""
    if ensure_fresh_totals(conn) == RECOUNT:
        return 0
    recount = f"SELECT * FROM {RECOUNT} WHERE total != 0"
    return conn.execute(
        f"SELECT (SELECT count(*) FROM ({recount} EXCEPT SELECT * FROM tally_totals))"
        f" + (SELECT count(*) FROM (SELECT * FROM tally_totals EXCEPT {recount}))"
    ).fetchone()[0]
