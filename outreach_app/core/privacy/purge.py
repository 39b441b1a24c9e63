"""Purge: erase a record for good, here, in this database's backups, and (as a purge record) at the office.

A void keeps the record and stops it counting; a purge removes it. Purging an event removes its tally
entries (paper sheets included) and every void of them; purging any purgeable record removes the voids
of it. The purge itself is a synced fact (`purges`: which table and id, who, when, nothing more): it
travels like a void, and every database holding it erases the target, now or whenever it arrives.

Who may purge: like a void, the device that made the record, or the office (sync/roles.may_correct).
A purge from anyone else stays inert wherever it arrives.

Features make their own tables purgeable by adding them to PURGEABLE (table -> its children: the
tables and columns that point at it, erased with it) and, for insert-only tables, by letting a purge
past their no-delete trigger (privacy/schema.no_delete_unless_purged).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.validate import parse_uuid

PURGEABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (("tally_entries", "event_id"),),
    "tally_entries": (),
    "baselines": (),
    "flyer_drops": (),
    # a consultation's response: its edits, themes and star go with it (and every void of them)
    "responses": (("response_edits", "response_id"), ("theme_tags", "response_id"), ("quote_stars", "response_id")),
}


@dataclass
class PurgeResult:
    """What a purge erased: the target, how many rows of each table, which backup files were rewritten
    and which could not be (named, with the reason)."""

    table: str
    id: str
    erased: dict[str, int] = field(default_factory=dict)
    backups_rewritten: list[Path] = field(default_factory=list)
    backups_failed: list[tuple[Path, str]] = field(default_factory=list)
    purge_row: tuple = ()  # the purge record: what purge_backups needs when the backups are done later
    changes: Change = (Change.EVENTS | Change.ENTRIES | Change.BASELINES | Change.FLYER_DROPS | Change.CONSULTATIONS
                       | Change.SYNC)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def find_target(conn: sqlite3.Connection, record_id: str) -> tuple[str, str]:
    """(table, id) of the purgeable record with this id, or NotFound."""
    ident = parse_uuid(record_id, "id")
    present = _tables(conn)
    for table in PURGEABLE:
        if table in present and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone():
            return table, ident
    raise NotFound("no event, entry, baseline, flyer drop or consultation response with id '{id}' (only these can be "
                   "purged)", id=record_id)


def _author(conn: sqlite3.Connection, table: str, ident: str) -> str | None:
    column = "created_device_id" if table == "events" else "device_id"
    row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ident,)).fetchone()
    return row[0] if row else None


def describe_target(conn: sqlite3.Connection, table: str, ident: str) -> dict[str, int]:
    """How many rows of each table a purge of (table, ident) would erase (shown before asking)."""
    counts: dict[str, int] = {}
    for name, ids in _erase_set(conn, table, ident).items():
        counts[name] = len(ids)
    return counts


def _erase_set(conn: sqlite3.Connection, table: str, ident: str) -> dict[str, list[str]]:
    """{table: ids} erased by purging (table, ident): the record, its children, and every void of any of them."""
    present = _tables(conn)
    found: dict[str, list[str]] = {}
    pending = [(table, [ident])]
    while pending:
        name, ids = pending.pop()
        if name not in present or not ids:
            continue
        here = [i for (i,) in conn.execute(f"SELECT id FROM {name} WHERE id IN (SELECT value FROM json_each(?))",
                                            (_json(ids),))]
        if here:
            found.setdefault(name, []).extend(here)
        # children follow even when the record itself is gone already: they may arrive after their purge
        for child, column in PURGEABLE.get(name, ()):
            if child in present:
                pending.append((child, [i for (i,) in conn.execute(
                    f"SELECT id FROM {child} WHERE {column} IN (SELECT value FROM json_each(?))", (_json(ids),))]))
    every = [ident] + [i for ids in found.values() for i in ids]
    if "voids" in present:
        voids = [i for (i,) in conn.execute("SELECT id FROM voids WHERE target_id IN (SELECT value FROM json_each(?))",
                                            (_json(every),))]
        if voids:
            found.setdefault("voids", []).extend(voids)
    return found


def _json(ids) -> str:
    import json

    return json.dumps(list(ids))


def _erase(conn: sqlite3.Connection, table: str, ident: str) -> dict[str, int]:
    """Inside a write transaction: delete what purging (table, ident) erases, keeping the kept totals and
    the export high-water marks right (rowids freed at the top of a table are used again)."""
    from outreach_app.core.store.kept_totals import keep_fresh

    present = _tables(conn)
    has_totals = "tally_totals_state" in present
    if has_totals:
        keep_fresh(conn)  # everything folded in first: then only the erased rows' events are recounted
    doomed = _erase_set(conn, table, ident)
    if not doomed:
        return {}
    events = set(doomed.get("events", ()))
    if "tally_entries" in doomed:
        events |= {e for (e,) in conn.execute(
            "SELECT DISTINCT event_id FROM tally_entries WHERE id IN (SELECT value FROM json_each(?))",
            (_json(doomed["tally_entries"]),))}
    every = [i for ids in doomed.values() for i in ids]
    conn.execute("INSERT OR IGNORE INTO purge_erasing (id) SELECT value FROM json_each(?)", (_json(every),))
    erased = {}
    for name in ("voids", *[t for t in doomed if t not in ("voids", "events")], "events"):
        if name in doomed:
            erased[name] = conn.execute(f"DELETE FROM {name} WHERE id IN (SELECT value FROM json_each(?))",
                                        (_json(doomed[name]),)).rowcount
    conn.execute("DELETE FROM purge_erasing")
    if has_totals:
        _recount(conn, events)
    _lower_export_marks(conn, present)
    return erased


def _recount(conn: sqlite3.Connection, events: set[str]) -> None:
    """The kept totals of these events counted again, and the watermarks set to what is left."""
    conn.execute("DELETE FROM tally_totals WHERE event_id IN (SELECT value FROM json_each(?))", (_json(events),))
    conn.execute("INSERT INTO tally_totals (event_id, kind, plan_id, answer, total)"
                 " SELECT event_id, kind, coalesce(plan_id, ''), coalesce(answer, ''), sum(quantity) FROM tally_entries"
                 " WHERE voided = 0 AND event_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2, 3, 4"
                 " HAVING sum(quantity) > 0", (_json(events),))
    conn.execute("UPDATE tally_totals_state SET entries_rowid = (SELECT coalesce(max(rowid), 0) FROM tally_entries),"
                 " voids_rowid = (SELECT coalesce(max(rowid), 0) FROM voids) WHERE id = 1")


def _lower_export_marks(conn: sqlite3.Connection, present: set[str]) -> None:
    """A fact table's next rowid is its highest plus one: when a purge erased the highest rows, new rows
    reuse their rowids, so the last export's high-water mark comes down to what is left (every row at or
    below it was exported already) and the next export still carries them."""
    if "sync_exports" not in present:
        return
    import json

    row = conn.execute("SELECT seq, high_water FROM sync_exports ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return
    marks = json.loads(row[1])
    changed = False
    for name, mark in marks.get("rowids", {}).items():
        if name in present:
            top = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {name}").fetchone()[0]
            if top < mark:
                marks["rowids"][name], changed = top, True
    if changed:
        conn.execute("UPDATE sync_exports SET high_water = ? WHERE seq = ?",
                     (json.dumps(marks, sort_keys=True), row[0]))


@writes(Change.EVENTS | Change.ENTRIES | Change.BASELINES | Change.FLYER_DROPS | Change.CONSULTATIONS | Change.SYNC)
def purge(conn: sqlite3.Connection, record_id: str, *, rewrite_backups: bool = True) -> PurgeResult:
    """Erase a record for good (an event with its entries and their voids; an entry, baseline or flyer
    drop with its voids; a consultation response with its edits, theme tags, star and their voids) from this database and its backups, and record the purge so that it travels to
    the office. Only the device that made the record, or the office, may purge it. rewrite_backups=False:
    the caller runs privacy.backups.purge_backups(conn, result.purge_row) itself (the window, off its
    UI thread: ten backups of a large database take a few hundred milliseconds)."""
    from outreach_app.core.sync.roles import may_correct

    table, ident = find_target(conn, record_id)
    if not may_correct(conn, _author(conn, table, ident)):
        raise InvalidInput("{id} was made on another device; only that device or the office can purge it",
                           id=ident)
    with transaction(conn):
        hlc, _ = next_hlc(conn)
        purge_id = new_id()
        row = (purge_id, table, ident, utc_now(), device_id(conn), hlc)
        conn.execute("INSERT INTO purges (id, target_table, target_id, created_at, device_id, hlc)"
                     " VALUES (?, ?, ?, ?, ?, ?)", row)
        conn.execute("INSERT INTO purges_done (id) VALUES (?)", (purge_id,))
        erased = _erase(conn, table, ident)
    result = PurgeResult(table, ident, erased, purge_row=row)
    checkpoint(conn)
    if rewrite_backups:
        from outreach_app.core.privacy.backups import purge_backups

        result.backups_rewritten, result.backups_failed = purge_backups(conn, row)
    return result


def checkpoint(conn: sqlite3.Connection) -> None:
    """Move the write-ahead log into the database and empty it, so the erased pages' old copies go too."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:
        pass  # another program reading: SQLite reuses the log from its start once it is done


def apply_purges(conn: sqlite3.Connection, sending_office: str | None = None) -> list[tuple]:
    """Inside an import's transaction: carry out the purges here. A purge not carried out yet erases its
    target when the target is here and its author (or the office) sent it; one carried out already
    erases what arrived since (an entry of a purged event, a void of a purged record). A purge whose
    target has not arrived waits, and acts when it does. Returns the purge rows that erased something
    (for purge_backups once the import is committed).
    sending_office: the office's device id when the bundle being imported is the office's own (a laptop
    may learn who its office is from that very bundle)."""
    from outreach_app.core.sync.roles import office_device

    offices = {office_device(conn), sending_office} - {None}
    present, carried_out = _tables(conn), []
    columns = "p.id, p.target_table, p.target_id, p.created_at, p.device_id, p.hlc"
    waiting = conn.execute(f"SELECT {columns} FROM purges p"
                           " WHERE NOT EXISTS (SELECT 1 FROM purges_done d WHERE d.id = p.id)").fetchall()
    for row in waiting:
        purge_id, table, ident, _, sender, _ = row
        if table not in PURGEABLE or table not in present:
            continue  # a table this version does not know: the purge waits for a version that does
        author = _author(conn, table, ident)
        if author is None:
            continue  # not here (yet)
        if sender != author and sender not in offices:
            continue  # only the record's author or the office may purge it: this one stays inert
        if _erase(conn, table, ident):
            carried_out.append(row)
        conn.execute("INSERT INTO purges_done (id) VALUES (?)", (purge_id,))
    done = conn.execute(f"SELECT {columns} FROM purges p JOIN purges_done d ON d.id = p.id").fetchall()
    for row in done:
        table, ident = row[1], row[2]
        if table in PURGEABLE and _erase_set(conn, table, ident) and _erase(conn, table, ident):
            carried_out.append(row)
    return carried_out


def purge_backups_after_import(conn: sqlite3.Connection, carried_out: list[tuple]) -> None:
    """After an import's commit: the purges it carried out reach this database's backups and log too."""
    if not carried_out:
        return
    from outreach_app.core.privacy.backups import purge_backups

    checkpoint(conn)
    for row in carried_out:
        purge_backups(conn, row)
