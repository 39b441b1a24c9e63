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


# A void takes effect when its author made the voided record, or is the office (docs/design.md, "Sync trust
# and threat model"); on the office the setting names the office itself.
_VOID_COUNTS = ("(NEW.device_id = {target}.device_id OR NEW.device_id = "
                "(SELECT value FROM settings WHERE key = 'sync_office_device'))")
_MEETS_VOID = ("EXISTS (SELECT 1 FROM voids v WHERE v.target_id = NEW.id AND (v.device_id = NEW.device_id"
               " OR v.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device')))")


def void_authors(db) -> None:
    """Record authors, and voids that count only from a record's author or the office. An installation
    that announced an office recipient before roles existed was the office, and stays it."""
    conn = db.conn
    conn.execute("""CREATE TABLE IF NOT EXISTS sync_record_authors (table_name TEXT NOT NULL, id TEXT NOT NULL,
        author TEXT NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID""")
    for name in ("voids_mark_targets", "tally_meets_void", "baseline_meets_void", "voids_mark_flyer_drops",
                 "flyer_drop_meets_void"):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    marks = "\n".join(f"UPDATE {t} SET voided = 1 WHERE id = NEW.target_id AND voided = 0"
                      f" AND {_VOID_COUNTS.format(target=t)};" for t in ("tally_entries", "baselines", "flyer_drops"))
    conn.execute(f"CREATE TRIGGER voids_mark_targets AFTER INSERT ON voids BEGIN\n{marks}\nEND")
    for table, trigger in (("tally_entries", "tally_meets_void"), ("baselines", "baseline_meets_void"),
                           ("flyer_drops", "flyer_drop_meets_void")):
        conn.execute(f"CREATE TRIGGER {trigger} AFTER INSERT ON {table} WHEN {_MEETS_VOID} BEGIN"
                     f" UPDATE {table} SET voided = 1 WHERE id = NEW.id; END")
    announced = conn.execute("SELECT value FROM settings WHERE key = 'sync_office_recipients'").fetchone()
    role = conn.execute("SELECT value FROM settings WHERE key = 'sync_role'").fetchone()
    if announced and announced[0] not in (None, "[]") and not role:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('sync_role', 'office')")
        conn.execute("INSERT OR REPLACE INTO settings (key, value) SELECT 'sync_office_device', value FROM settings"
                     " WHERE key = 'device_id'")


SET_NAME = "outreach-sync"
STEPS = [("0001_sync_ledger", sync_tables), ("0002_replaced_signing_keys", replaced_signing_keys),
         ("0003_record_authors_and_void_rules", void_authors)]
