"""Stage a verified bundle's records in temporary tables, then preview or merge them.

Staging tables are copies of the real tables' definitions (types, NOT NULL, CHECK constraints, primary
key) made STRICT, in SQLite's temp schema: loading a bundle into them checks every record against the
schema in C, without touching the database file. Merging is then set-based SQL:
- facts: INSERT OR IGNORE by id (voids are facts; triggers derive `voided` in any arrival order);
- editable records: last writer wins by (hlc, device_id); a row that changes gets this import's `rev`,
  so the next incremental export passes it on (the office relays what it received).
"""

from __future__ import annotations

import re
import sqlite3

from ..clock import next_rev, observe_hlc
from ..synced_tables import SYNCED_TABLES
from .bundle import BundleRefused, VerifiedBundle

_CREATE = re.compile(r'^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"[^"]+"|\[[^\]]+\]|`[^`]+`|\w+)', re.I)
_HEX = "[0-9a-f]"
UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
MAX_HLC = 1 << 62


def _stage_name(table: str) -> str:
    return f"temp.outreach_stage_{table}"


def _stage_ddl(conn: sqlite3.Connection, table: str) -> str:
    sql = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    staged = _CREATE.sub(f"CREATE TABLE {_stage_name(table)}", sql, count=1).rstrip()
    if not re.search(r"\b(STRICT|WITHOUT\s+ROWID)\s*$", staged, re.I):
        staged += " STRICT"
    return staged


def drop_stage(conn: sqlite3.Connection) -> None:
    for table in SYNCED_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {_stage_name(table.name)}")


def stage(conn: sqlite3.Connection, bundle: VerifiedBundle) -> None:
    """Load every record into staging tables and check it; BundleRefused on the first record that breaks
    the schema. Call inside a transaction (the caller rolls back or drops the stage)."""
    conn.execute("PRAGMA temp_store = MEMORY")
    drop_stage(conn)
    for table in SYNCED_TABLES:
        try:
            conn.execute(_stage_ddl(conn, table.name))
        except sqlite3.OperationalError:  # a type STRICT does not allow: keep affinity typing
            conn.execute(_stage_ddl(conn, table.name).removesuffix(" STRICT"))
        part = bundle.parts.get(table.name)
        if part is None or not part.rows:
            continue
        marks = ", ".join("?" * len(part.columns))
        try:
            conn.executemany(f"INSERT INTO {_stage_name(table.name)} ({', '.join(part.columns)}) VALUES ({marks})",
                             part.rows)
        except (sqlite3.Error, OverflowError, ValueError, TypeError) as exc:
            raise BundleRefused(f"{bundle.path}: records of table {table.name} break the schema ({exc})") from None
        _check_values(conn, bundle, table)


def _check_values(conn: sqlite3.Connection, bundle: VerifiedBundle, table) -> None:
    columns = set(table.columns)
    rules = [("id", f"id IS NULL OR NOT id GLOB '{UUID_GLOB}'"),
             ("hlc", f"hlc IS NULL OR hlc < 0 OR hlc >= {MAX_HLC}")]
    if "device_id" in columns:
        rules.append(("device_id", f"device_id IS NULL OR NOT device_id GLOB '{UUID_GLOB}'"))
    if "date" in columns:
        rules.append(("date", f"date IS NOT NULL AND NOT date GLOB '{DATE_GLOB}'"))
    for column, bad in rules:
        if column not in columns:
            continue
        row = conn.execute(f"SELECT {column} FROM {_stage_name(table.name)} WHERE {bad} LIMIT 1").fetchone()
        if row is not None:
            raise BundleRefused(f"{bundle.path}: a record of table {table.name} has an invalid {column} "
                                f"({str(row[0])[:40]!r})")


def _newer(alias: str, table: str) -> str:
    return f"({alias}.hlc > {table}.hlc OR ({alias}.hlc = {table}.hlc AND {alias}.device_id > {table}.device_id))"


def preview(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """What merging the stage would do, per table: new / updated / unchanged (read-only)."""
    return {table.name: preview_one(conn, table) for table in SYNCED_TABLES}


def apply(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Merge the stage into the database (inside the caller's transaction); returns what changed."""
    counts = {}
    rev = None
    for table in SYNCED_TABLES:
        stage_table = _stage_name(table.name)
        total = conn.execute(f"SELECT count(*) FROM {stage_table}").fetchone()[0]
        if not total:
            counts[table.name] = {"new": 0, "updated": 0, "unchanged": 0}
            continue
        cols = ", ".join(table.columns)
        if table.kind == "fact":
            new = conn.execute(f"INSERT OR IGNORE INTO main.{table.name} ({cols}) SELECT {cols} FROM {stage_table}").rowcount
            counts[table.name] = {"new": new, "updated": 0, "unchanged": total - new}
            continue
        before = preview_one(conn, table)
        if before["new"] or before["updated"]:
            rev = rev if rev is not None else next_rev(conn)
            assignments = ", ".join(f"{c} = excluded.{c}" for c in table.columns if c != "id")
            conn.execute(
                f"INSERT INTO main.{table.name} ({cols}, rev) SELECT {cols}, ? FROM {stage_table} WHERE true"
                f" ON CONFLICT (id) DO UPDATE SET {assignments}, rev = excluded.rev WHERE {_newer('excluded', table.name)}",
                (rev,))
        counts[table.name] = before
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


def date_range(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """Earliest and latest date the bundle covers: its events' dates, the dates of the events its tally
    entries belong to (tallies are dated by their event, not the laptop clock), and its baselines."""
    events, entries, baselines = (_stage_name(n) for n in ("events", "tally_entries", "baselines"))
    row = conn.execute(
        f"SELECT min(d), max(d) FROM (SELECT date AS d FROM {events} UNION ALL SELECT date FROM {baselines}"
        f" UNION ALL SELECT coalesce((SELECT date FROM {events} s WHERE s.id = t.event_id),"
        f"                           (SELECT date FROM main.events m WHERE m.id = t.event_id))"
        f"  FROM (SELECT DISTINCT event_id FROM {entries}) t)").fetchone()
    return row[0], row[1]
