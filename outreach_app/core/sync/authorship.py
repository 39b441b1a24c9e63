"""Records belong to their authors (docs/design.md, "Sync trust and threat model").

A record's author is the device that made it: a fact's `device_id`; an event's `created_device_id`; a
device row's own id; for the other editable records, the device whose bundle first brought it here (kept
in `sync_record_authors`), else its last writer. Checked on the staged records of a bundle, before merging:

- Everywhere: a fact whose id is already here (or twice in the file) with other content is a conflict,
  and the file is refused (never decided by arrival order).
- At the office, from a laptop: a record that claims another device as its author, or that changes a
  record another device made, is ignored (only the office corrects other devices' records). What the
  laptop relays back unchanged is harmless and merges as nothing new.
- At a laptop, from its office: the office vouches for every record it relays; they count as their
  authors'.
A void takes effect only when its author made the voided record or is the office (triggers, see
`schema.void_authors`), so a void that arrives before its target cannot correct someone else's work.
"""

from __future__ import annotations

import sqlite3

from ..errors import Notice
from outreach_app.core.store.synced_tables import SYNCED_TABLES
from .bundle import BundleRefused, VerifiedBundle
from .trust import Sender


def _stage(table: str) -> str:
    return f"temp.outreach_stage_{table}"


def _author(table, alias: str) -> str:
    """SQL for the author of an existing row of `table` (aliased `alias`)."""
    if table.name == "devices":
        return f"{alias}.id"
    if "created_device_id" in table.columns:
        return f"{alias}.created_device_id"
    return (f"coalesce((SELECT author FROM main.sync_record_authors a WHERE a.table_name = '{table.name}'"
            f" AND a.id = {alias}.id), {alias}.device_id)")


def _claimed_author(table, alias: str) -> str:
    """SQL for the author a staged (new) row claims."""
    if table.name == "devices":
        return f"{alias}.id"
    if "created_device_id" in table.columns:
        return f"{alias}.created_device_id"
    return f"{alias}.device_id"


def check_staged(conn: sqlite3.Connection, bundle: VerifiedBundle, sender: Sender) -> dict[str, int]:
    """Drop the staged records the sender may not write. Returns {table: records ignored}. Call after
    staging, before merging, in the import's transaction."""
    ignored: dict[str, int] = {}
    for table in SYNCED_TABLES:
        stage = _stage(table.name)
        if sender.is_office:
            continue
        me = sender.device_id
        here = f"SELECT 1 FROM main.{table.name} m WHERE m.id = s.id"
        if table.kind == "fact":
            bad, args = f"s.device_id IS NOT ? AND NOT EXISTS ({here})", (me,)
        else:
            newer = "(s.hlc > m.hlc OR (s.hlc = m.hlc AND s.device_id > m.device_id))"
            bad = (f"(NOT EXISTS ({here}) AND (s.device_id IS NOT ? OR {_claimed_author(table, 's')} IS NOT ?))"
                   f" OR EXISTS ({here} AND {newer} AND (s.device_id IS NOT ? OR {_author(table, 'm')} IS NOT ?))")
            args = (me, me, me, me)
        dropped = conn.execute(f"DELETE FROM {stage} AS s WHERE {bad}", args).rowcount
        if dropped:
            ignored[table.name] = dropped
    return ignored


def refuse_conflicts(conn: sqlite3.Connection, bundle: VerifiedBundle) -> None:
    """After merging, in the import's transaction: a staged fact that differs from the record now here
    with its id (one that was here before, or another copy in the same file) is a conflict, and
    BundleRefused rolls the whole file back. One index probe per record, no sort."""
    for table in SYNCED_TABLES:
        if table.kind != "fact":
            continue
        staged = [row[1] for row in conn.execute(f"PRAGMA temp.table_info(outreach_stage_{table.name})")]
        # only the columns the file carries: an older version's copy of the same fact lacks the later ones
        differs = " OR ".join(f"s.{c} IS NOT m.{c}" for c in table.columns if c != "id" and c in staged)
        row = conn.execute(f"SELECT s.id FROM {_stage(table.name)} s JOIN main.{table.name} m ON m.id = s.id"
                           f" WHERE {differs} LIMIT 1").fetchone()
        if row is not None:
            raise BundleRefused("record {id} of table {table} is already here with other content: a conflict, never "
                                "settled by the order of imports; ask that device's user (the file is refused whole)",
                                where=bundle.path, id=row[0], table=table.name)


def remember_authors(conn: sqlite3.Connection) -> None:
    """Before merging: the staged editable records new to this database keep the device that brought
    them as their author."""
    for table in SYNCED_TABLES:
        if table.kind != "editable" or table.name == "devices" or "created_device_id" in table.columns:
            continue
        conn.execute(f"INSERT OR IGNORE INTO main.sync_record_authors (table_name, id, author)"
                     f" SELECT '{table.name}', s.id, s.device_id FROM {_stage(table.name)} s"
                     f" WHERE NOT EXISTS (SELECT 1 FROM main.{table.name} m WHERE m.id = s.id)")


def ignored_notice(ignored: dict[str, int], device: str) -> Notice | None:
    """One warning naming how many records were ignored, or None."""
    total = sum(ignored.values())
    if not total:
        return None
    tables = ", ".join(f"{table} {count}" for table, count in sorted(ignored.items()))
    return Notice("{count} records ignored ({tables}): they claim another device as their author or change "
                  "another device's records, which only the office corrects", where=device, count=total,
                  tables=tables)
