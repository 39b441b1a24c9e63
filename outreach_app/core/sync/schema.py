"""Tables that remember bundles exported and imported, device signing keys and receipts.

These tables are local bookkeeping: they never travel in a bundle as rows (receipts travel in the
manifest instead).
"""

from __future__ import annotations

_STEP_1 = [
    # One row per bundle this installation wrote. `high_water` is JSON: {"rev": n, "rowids": {table: n}}
    # so the next incremental export starts where this one stopped.
    """CREATE TABLE sync_exports (seq INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL UNIQUE, file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL, created_at TEXT NOT NULL, full INTEGER NOT NULL, encrypted INTEGER NOT NULL,
        records INTEGER NOT NULL, high_water TEXT NOT NULL)""",
    # One row per bundle merged into this database (the same bundle twice stays one row).
    """CREATE TABLE sync_imports (bundle_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, device_name TEXT NOT NULL,
        seq INTEGER NOT NULL, sha256 TEXT NOT NULL, previous_sha256 TEXT, created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL, file_name TEXT NOT NULL, records INTEGER NOT NULL, signing_key TEXT NOT NULL,
        full INTEGER NOT NULL DEFAULT 0, out_of_order INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX sync_imports_by_device ON sync_imports (device_id, seq)",
    # Signing keys accepted for each device: the first one on first sight, others only when confirmed.
    """CREATE TABLE sync_device_keys (device_id TEXT NOT NULL, public_key TEXT NOT NULL, accepted_at TEXT NOT NULL,
        PRIMARY KEY (device_id, public_key))""",
    # Ranges of bundle numbers that another installation (the holder, usually the office) says it holds.
    """CREATE TABLE sync_receipts (holder_device_id TEXT NOT NULL, device_id TEXT NOT NULL,
        first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
        PRIMARY KEY (holder_device_id, device_id, first_seq, last_seq))""",
]


def sync_tables(db) -> None:
    for statement in _STEP_1:
        db.conn.execute(statement)


def replaced_signing_keys(db) -> None:
    """When the office accepts a laptop's new signing key, the older ones are marked replaced from the
    bundle number that brought it: later bundles signed with them are refused, earlier ones (made
    before the laptop rotated its key) still go in, in whatever order they arrive."""
    db.conn.execute("ALTER TABLE sync_device_keys ADD COLUMN replaced_at TEXT")
    db.conn.execute("ALTER TABLE sync_device_keys ADD COLUMN replaced_from_seq INTEGER")


SET_NAME = "outreach-sync"
STEPS = [("0001_sync_ledger", sync_tables), ("0002_replaced_signing_keys", replaced_signing_keys)]
