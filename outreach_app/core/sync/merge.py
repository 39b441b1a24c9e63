"""Merge a verified bundle's records, inside one transaction the caller commits or rolls back.

Records are first streamed (executemany over the bundle's batches) into staging tables in SQLite's
temp schema: STRICT copies of the exported columns typed ANY (NOT NULL kept), so every value keeps the
type the bundle gave it; then every column is checked against the one bounds table (core/bounds.py:
types, ranges, lengths, safe text, dates, clocks no further ahead than a day), the same bounds the
command line and the window apply. Merging is set-based SQL, one statement per table (triggers
then run inside one statement instead of once per executemany call: twice as fast):
- facts: INSERT … ON CONFLICT (id) DO NOTHING (CHECK constraints still refuse a bad record, which rolls
  the whole file back). Voids are facts: triggers derive `voided` in whichever order they arrive;
- editable records: last writer wins by (hlc, device_id). A row that changes gets this import's `rev`,
  so the next incremental export passes it on (the office relays what it received).
"""

from __future__ import annotations

import sqlite3

import time

from .. import bounds
from ..clock import next_rev, observe_hlc
from outreach_app.core.store.synced_tables import SYNCED_TABLES
from .bundle import BundleRefused, VerifiedBundle


IMPORT_CACHE_KIB = 65536  # the page cache of an import: bounded, whatever the bundle's size


def use_import_settings(conn: sqlite3.Connection) -> None:
    """Before an import's transaction: staging tables go to a temporary file (not memory) and the
    page cache is bounded, so memory stays flat in the bundle's size (benchmarks/import_memory.py)."""
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")


def restore_settings(conn: sqlite3.Connection) -> None:
    """After an import (outside its transaction): back to the connection's usual settings (db.connect)."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -2000")


def _stage_name(table: str) -> str:
    return f"temp.outreach_stage_{table}"


def carried_columns(bundle: VerifiedBundle, table) -> tuple[str, ...]:
    """The columns the bundle carries for table: this version's, or an older version's shorter list
    (then the columns it lacks keep their local value, or take their default on a new row)."""
    part = bundle.parts.get(table.name)
    return tuple(part.columns) if part is not None else table.columns


def _stage_ddl(conn: sqlite3.Connection, table, carried: tuple[str, ...]) -> str:
    """A STRICT, index-free copy of the carried columns typed ANY (a value keeps the type the bundle gave:
    "5" is not turned into 5) and NOT NULL, nothing else (bounds.column_violations checks the values;
    CHECK constraints and uniqueness are enforced by the real table when rows move in)."""
    columns = []
    for _, column, declared, notnull, *_ in conn.execute(f"PRAGMA main.table_info({table.name})"):
        if column in carried:
            columns.append(f"{column} ANY" + (" NOT NULL" if notnull else ""))
    return f"CREATE TABLE {_stage_name(table.name)} ({', '.join(columns)}) STRICT"


def drop_stage(conn: sqlite3.Connection) -> None:
    for table in SYNCED_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {_stage_name(table.name)}")


def stage(conn: sqlite3.Connection, bundle: VerifiedBundle) -> None:
    """Load every record into staging tables and check types and shapes (BundleRefused on the first
    record that breaks the schema). Call inside a transaction; the caller rolls back or drops the stage."""
    drop_stage(conn)
    ceiling = bounds.hlc_ceiling()
    for table in SYNCED_TABLES:
        conn.execute(_stage_ddl(conn, table, carried_columns(bundle, table)))
        part = bundle.parts.get(table.name)
        if part is None or not part.rows:
            continue
        _insert(conn, bundle, table, _stage_name(table.name), "INSERT", part)
        _check_values(conn, bundle, table, _stage_name(table.name), ceiling, part.columns)


def _insert(conn, bundle, table, target: str, verb: str, part) -> int:
    marks = ", ".join("?" * len(part.columns))
    try:
        return conn.executemany(f"{verb} INTO {target} ({', '.join(part.columns)}) VALUES ({marks})", part.rows).rowcount
    except (sqlite3.Error, OverflowError, ValueError, TypeError) as exc:
        raise BundleRefused("records of table {table} break the schema ({reason})", where=bundle.path,
                            table=table.name, reason=str(exc)) from None


def _check_values(conn: sqlite3.Connection, bundle: VerifiedBundle, table, source: str, ceiling: int,
                  columns) -> None:
    """Refuse the bundle at the first value that breaks the bounds table (in the columns it carries); a
    clock value too far ahead names the laptop and is never adopted."""
    found = bounds.column_violations(conn, table.name, list(columns), source, ceiling)
    if found is None:
        return
    column, value = found
    m = bundle.manifest
    if column == "hlc" and type(value) is int and value > ceiling:
        days = max(1, (value - int(time.time() * 1000)) // 86_400_000)
        raise BundleRefused("a record of table {table} from device '{device}' ({device_id}) carries a clock value "
                            "{days:,} days ahead of this computer's ({value}): refused, nothing adopted. Set that "
                            "laptop's date right, or the file is forged", where=bundle.path, table=table.name,
                            device=m["device_name"], device_id=m["device_id"][:8], days=days, value=value)
    shown = bounds.escape_controls(repr(value) if not isinstance(value, str) else repr(value[:40]))
    raise BundleRefused("a record of table {table} from device '{device}' ({device_id}) has an invalid {column} "
                        "({value}): refused", where=bundle.path, table=table.name, column=column, value=shown,
                        device=m["device_name"], device_id=m["device_id"][:8])


def _newer(alias: str, table: str) -> str:
    return f"({alias}.hlc > {table}.hlc OR ({alias}.hlc = {table}.hlc AND {alias}.device_id > {table}.device_id))"


def apply(conn: sqlite3.Connection, bundle: VerifiedBundle) -> dict[str, dict[str, int]]:
    """Merge the staged records inside the caller's transaction; returns new / updated / unchanged per
    table. A record the real table refuses (a CHECK constraint) raises BundleRefused and the caller rolls
    back: the database file is then exactly as before. A dry run is this, rolled back."""
    counts = {}
    rev = None
    for table in SYNCED_TABLES:
        stage_table = _stage_name(table.name)
        carried = carried_columns(bundle, table)
        cols = ", ".join(carried)
        try:
            if table.kind == "fact":
                total = conn.execute(f"SELECT count(*) FROM {stage_table}").fetchone()[0]
                new = conn.execute(f"INSERT INTO main.{table.name} ({cols}) SELECT {cols} FROM {stage_table}"
                                   f" WHERE true ON CONFLICT (id) DO NOTHING").rowcount if total else 0
                counts[table.name] = {"new": new, "updated": 0, "unchanged": total - new}
                continue
            counts[table.name] = found = preview_one(conn, table)
            if found["new"] or found["updated"]:
                rev = rev if rev is not None else next_rev(conn)
                assignments = ", ".join(f"{c} = excluded.{c}" for c in carried if c != "id")
                conn.execute(
                    f"INSERT INTO main.{table.name} ({cols}, rev) SELECT {cols}, ? FROM {stage_table} WHERE true"
                    f" ON CONFLICT (id) DO UPDATE SET {assignments}, rev = excluded.rev"
                    f" WHERE {_newer('excluded', table.name)}", (rev,))
        except sqlite3.IntegrityError as exc:
            raise BundleRefused("records of table {table} break the schema ({reason})", where=bundle.path,
                                table=table.name, reason=str(exc)) from None
    highest = max((conn.execute(f"SELECT coalesce(max(hlc), 0) FROM {_stage_name(t.name)}").fetchone()[0]
                   for t in SYNCED_TABLES if "hlc" in t.columns), default=0)
    observe_hlc(conn, highest)
    return counts


def preview_one(conn: sqlite3.Connection, table) -> dict[str, int]:
    stage_table = _stage_name(table.name)
    total = conn.execute(f"SELECT count(*) FROM {stage_table}").fetchone()[0]
    new = conn.execute(f"SELECT count(*) FROM {stage_table} s WHERE NOT EXISTS "
                       f"(SELECT 1 FROM main.{table.name} m WHERE m.id = s.id)").fetchone()[0]
    updated = 0
    if table.kind == "editable":
        updated = conn.execute(f"SELECT count(*) FROM {stage_table} s JOIN main.{table.name} "
                               f"ON {table.name}.id = s.id WHERE {_newer('s', table.name)}").fetchone()[0]
    return {"new": new, "updated": updated, "unchanged": total - new - updated}


def date_range(conn: sqlite3.Connection, bundle: VerifiedBundle) -> tuple[str | None, str | None]:
    """Earliest and latest date the bundle covers: its events' dates, the dates of the events its tally
    entries belong to (tallies are dated by their event, not the laptop clock), and its baselines.
    Read from the staging tables (call after stage, before drop_stage)."""
    events, tallies, baselines = (_stage_name(t) for t in ("events", "tally_entries", "baselines"))
    row = conn.execute(
        f"SELECT min(d), max(d) FROM (SELECT date AS d FROM {events} UNION ALL SELECT date FROM {baselines}"
        f" UNION ALL SELECT e.date FROM (SELECT DISTINCT event_id FROM {tallies}) t"
        f" JOIN main.events e ON e.id = t.event_id WHERE t.event_id NOT IN (SELECT id FROM {events}))").fetchone()
    return (row[0], row[1]) if row and row[0] is not None else (None, None)
