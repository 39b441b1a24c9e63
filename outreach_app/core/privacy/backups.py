"""A purge reaches this database's backups too: each backup file (and the copy kept before an upgrade)
is opened in place and the purged record erased from it, its purge record added, its log emptied."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_files(conn: sqlite3.Connection) -> list[Path]:
    """Every copy of this database Outreach made: the backups in its backup folder (restore's
    'before-restore' copies included) and the copies kept beside it before an upgrade."""
    from outreach_app.core.store.backups import _backup_files, backup_folder

    if str(conn.db_path) == ":memory:":
        return []
    found = [path for _, path, _, _ in _backup_files(backup_folder(conn))]
    database = Path(conn.db_path)
    found += sorted(database.parent.glob(f"{database.name}.before-v*.bak"))
    return found


def purge_backups(conn: sqlite3.Connection, purge_row: tuple) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Erase the purged record from every backup file of this database (a folder shared by several
    databases holds others' backups too: those, with another device id, are left alone):
    (files rewritten, [(file, why not)])."""
    from outreach_app.core.store.connection import device_id

    me, rewritten, failed = device_id(conn), [], []
    for path in backup_files(conn):
        try:
            if _purge_file(path, purge_row, me):
                rewritten.append(path)
        except (sqlite3.Error, OSError) as exc:
            failed.append((path, str(exc)))
    return rewritten, failed


def _purge_file(path: Path, purge_row: tuple, me: str) -> bool:
    from outreach_app.core.privacy.purge import _erase, _tables, checkpoint
    from outreach_app.core.store.connection import transaction

    # as the file is (a backup keeps the DELETE journal it was made with): no WAL switch, no -wal left behind
    copy = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    copy.execute("PRAGMA secure_delete = ON")
    try:
        owner = copy.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        if owner is None or owner[0] != me:
            return False  # another database's backup in the same folder
        with transaction(copy):
            if "purges" in _tables(copy):
                copy.execute("INSERT OR IGNORE INTO purges (id, target_table, target_id, created_at, device_id, hlc)"
                             " VALUES (?, ?, ?, ?, ?, ?)", purge_row)
                copy.execute("INSERT OR IGNORE INTO purges_done (id) VALUES (?)", (purge_row[0],))
            if "purge_erasing" not in _tables(copy):  # a copy from before purges existed: no triggers in the way
                copy.execute("CREATE TEMP TABLE purge_erasing (id TEXT PRIMARY KEY)")
                for trigger in ("tally_no_delete", "voids_no_delete", "flyer_drops_no_delete"):
                    copy.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            else:
                _let_purges_through(copy)
            _erase(copy, purge_row[1], purge_row[2])
        checkpoint(copy)
        return True
    finally:
        copy.close()


def _let_purges_through(copy: sqlite3.Connection) -> None:
    """A backup made before a table became purgeable (its no-delete trigger still refuses every delete):
    its trigger gets the form the upgrade gives it (privacy/schema.no_delete_unless_purged), so the purge
    reaches that copy too and a restore of it upgrades as usual."""
    from outreach_app.core.privacy.purge import PURGEABLE
    from outreach_app.core.privacy.schema import no_delete_unless_purged

    tables = set(PURGEABLE) | {child for children in PURGEABLE.values() for child, _ in children} | {"voids"}
    for name, table, sql in copy.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
                                         " AND name LIKE '%no_delete' AND sql NOT LIKE '%purge_erasing%'").fetchall():
        if table in tables:
            no_delete_unless_purged(copy, table, name, f"{table} are append-only: void instead of deleting")

