"""Merge a verified bundle's records, inside one transaction the caller commits or rolls back.

Records are first loaded (executemany) into staging tables in SQLite's temp schema: STRICT copies of
the exported columns (declared types, NOT NULL), so every value is type-checked in C; then ids, device
ids, dates and clocks are checked by shape. Merging is set-based SQL, one statement per table (triggers
then run inside one statement instead of once per executemany call: twice as fast):
- facts: INSERT … ON CONFLICT (id) DO NOTHING (CHECK constraints still refuse a bad record, which rolls
  the whole file back). Voids are facts: triggers derive `voided` in whichever order they arrive;
- editable records: last writer wins by (hlc, device_id). A row that changes gets this import's `rev`,
  so the next incremental export passes it on (the office relays what it received).
"""

from __future__ import annotations

import sqlite3

from ..clock import next_rev, observe_hlc
from ..synced_tables import SYNCED_TABLES
from .bundle import BundleRefused, VerifiedBundle

_HEX = "[0-9a-f]"
UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
MAX_HLC = 1 << 62


def _stage_name(table: str) -> str:
    return f"temp.outreach_stage_{table}"


def _stage_ddl(conn: sqlite3.Connection, table) -> str:
    """A STRICT, index-free copy of the exported columns: declared types and NOT NULL, nothing else
    (CHECK constraints and uniqueness are enforced by the real table when rows move in)."""
    columns = []
    for _, column, declared, notnull, *_ in conn.execute(f"PRAGMA main.table_info({table.name})"):
        if column in table.columns:
            kind = declared.upper() if declared.upper() in ("INTEGER", "TEXT", "REAL", "BLOB") else "ANY"
            columns.append(f"{column} {kind}" + (" NOT NULL" if notnull else ""))
    return f"CREATE TABLE {_stage_name(table.name)} ({', '.join(columns)}) STRICT"


def drop_stage(conn: sqlite3.Connection) -> None:
    for table in SYNCED_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {_stage_name(table.name)}")


def stage(conn: sqlite3.Connection, bundle: VerifiedBundle) -> None:
    """Load every record into staging tables and check types and shapes (BundleRefused on the first
    record that breaks the schema). Call inside a transaction; the caller rolls back or drops the stage."""
    conn.execute("PRAGMA temp_store = MEMORY")
    drop_stage(conn)
    for table in SYNCED_TABLES:
        conn.execute(_stage_ddl(conn, table))
        part = bundle.parts.get(table.name)
        if part is None or not part.rows:
            continue
        _insert(conn, bundle, table, _stage_name(table.name), "INSERT", part)
        _check_values(conn, bundle, table, _stage_name(table.name), "1")
        _keep_added_columns(conn, table, part)


def _keep_added_columns(conn: sqlite3.Connection, table, part) -> None:
    """A part from an older version lacks the columns added since: a fact keeps them empty; an edited
    record keeps this database's values (an older laptop's edit must not blank them)."""
    missing = [c for c in table.columns if c not in part.columns]
    if not missing or table.kind != "editable":
        return
    stage_table = _stage_name(table.name)
    assignments = ", ".join(f"{c} = (SELECT m.{c} FROM main.{table.name} m WHERE m.id = {stage_table}.id)"
                            for c in missing)
    conn.execute(f"UPDATE {stage_table} SET {assignments}")


def _insert(conn, bundle, table, target: str, verb: str, part) -> int:
    marks = ", ".join("?" * len(part.columns))
    try:
        return conn.executemany(f"{verb} INTO {target} ({', '.join(part.columns)}) VALUES ({marks})", part.rows).rowcount
    except (sqlite3.Error, OverflowError, ValueError, TypeError) as exc:
        raise BundleRefused("records of table {table} break the schema ({reason})", where=bundle.path,
                            table=table.name, reason=str(exc)) from None


def _check_values(conn: sqlite3.Connection, bundle: VerifiedBundle, table, source: str, where: str,
                  args: tuple = ()) -> None:
    columns = set(table.columns)
    rules = [("id", f"id IS NULL OR NOT id GLOB '{UUID_GLOB}'"),
             ("hlc", f"hlc IS NULL OR hlc < 0 OR hlc >= {MAX_HLC}"),
             ("device_id", f"device_id IS NULL OR NOT device_id GLOB '{UUID_GLOB}'"),
             # a real calendar date: the shape, and a round trip through date(…, '+0 days'), which turns
             # 2025-06-31 into 2025-07-01 (plain date() hands impossible days back unchanged)
             ("date", f"date IS NOT NULL AND (NOT date GLOB '{DATE_GLOB}' OR date(date, '+0 days') IS NOT date)"),
             ("closes", f"closes IS NOT NULL AND (NOT closes GLOB '{DATE_GLOB}'"
                        " OR date(closes, '+0 days') IS NOT closes)")]
    rules = [(c, bad) for c, bad in rules if c in columns]
    test = " OR ".join(f"({bad})" for _, bad in rules)
    flags = ", ".join(f"coalesce({bad}, 0)" for _, bad in rules)
    names = [c for c, _ in rules]
    row = conn.execute(f"SELECT {flags}, {', '.join(names)} FROM {source} WHERE ({where}) AND ({test}) LIMIT 1",
                       args).fetchone()
    if row is not None:
        at = next((i for i, flag in enumerate(row[:len(names)]) if flag), 0)
        raise BundleRefused("a record of table {table} has an invalid {column} ({value})", where=bundle.path,
                            table=table.name, column=names[at], value=repr(str(row[len(names) + at])[:40]))


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
        cols = ", ".join(table.columns)
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
                assignments = ", ".join(f"{c} = excluded.{c}" for c in table.columns if c != "id")
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
    entries belong to (tallies are dated by their event, not the laptop clock), and its baselines."""
    def column(table, name):
        part = bundle.parts.get(table)
        if not part or not part.rows:
            return []
        at = part.columns.index(name)
        return [row[at] for row in part.rows]

    event_dates = dict(zip(column("events", "id"), column("events", "date")))
    dates = set(event_dates.values()) | set(column("baselines", "date"))
    unknown = set(column("tally_entries", "event_id")) - set(event_dates)
    for start in range(0, len(unknown), 500):
        chunk = list(unknown)[start:start + 500]
        dates.update(d for (d,) in conn.execute(
            f"SELECT DISTINCT date FROM main.events WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    dates.discard(None)
    return (min(dates), max(dates)) if dates else (None, None)
