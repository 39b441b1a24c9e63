"""The `outreach-privacy` migration set: purges, the records erased for good (docs/privacy.md).

`purges` is a synced, insert-only fact table (target table and id, who asked, when): it travels to the
office like a void, and every database that holds it erases the target and keeps it from coming back.
`purges_done` (local) lists the purges carried out here. `purge_erasing` is local and empty outside a
purge: the ids a purge is erasing right now, the one way past the facts' no-delete triggers (which stay
in force for everything else).
"""

from __future__ import annotations

_GUARDED = {  # table -> (no-delete trigger, its message)
    "tally_entries": ("tally_no_delete", "tally entries are append-only: void an entry instead of deleting it"),
    "voids": ("voids_no_delete", "voids are permanent"),
    "flyer_drops": ("flyer_drops_no_delete", "flyer drops are append-only: void a drop instead of deleting it"),
    "baselines": ("baselines_no_delete", "baselines are append-only: void a baseline instead of deleting it"),
}


def no_delete_unless_purged(conn, table: str, trigger: str, message: str) -> None:
    """(Re)create table's no-delete trigger so that only a purge in progress may delete its rows.
    Features whose fact tables become purgeable call this from their own migration step."""
    conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute(f"CREATE TRIGGER {trigger} BEFORE DELETE ON {table}"
                 f" WHEN NOT EXISTS (SELECT 1 FROM purge_erasing WHERE id = OLD.id) BEGIN"
                 f" SELECT RAISE(ABORT, '{message}'); END")


def purges(db) -> None:
    conn = db.conn
    conn.execute("""CREATE TABLE purges (id TEXT PRIMARY KEY, target_table TEXT NOT NULL, target_id TEXT NOT NULL,
        created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL)""")
    conn.execute("CREATE INDEX purges_by_target ON purges (target_id)")
    conn.execute("CREATE TABLE purge_erasing (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("CREATE TABLE purges_done (id TEXT PRIMARY KEY) WITHOUT ROWID")  # local: purges carried out here
    conn.execute("""CREATE TRIGGER purges_append_only BEFORE UPDATE ON purges BEGIN
        SELECT RAISE(ABORT, 'purges are permanent'); END""")
    conn.execute("""CREATE TRIGGER purges_no_delete BEFORE DELETE ON purges BEGIN
        SELECT RAISE(ABORT, 'purges are permanent'); END""")
    for table, (trigger, message) in _GUARDED.items():
        no_delete_unless_purged(conn, table, trigger, message)


SET_NAME = "outreach-privacy"
STEPS = [
    ("0001_purges", purges),
]
