"""Writing facts (insert-only records) and reading them by date: the two shapes every fact table shares."""

from __future__ import annotations

import sqlite3

from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.store.connection import device_id
from outreach_app.core.validate import parse_date


def insert_fact(conn: sqlite3.Connection, table: str, values: dict) -> str:
    """Insert one fact made here: a new id, this device, the next change clock, created now.
    Call inside a transaction; returns the new id."""
    hlc, _ = next_hlc(conn)
    row = {"id": new_id(), **values, "created_at": utc_now(), "device_id": device_id(conn), "hlc": hlc}
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    return row["id"]


def date_range_conditions(column: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list]:
    """SQL conditions (and their values) keeping `column` within [date_from, date_to], each optional;
    a date that is not YYYY-MM-DD is refused naming it."""
    where, params = [], []
    if date_from:
        where.append(f"{column} >= ?")
        params.append(parse_date(date_from, "from date"))
    if date_to:
        where.append(f"{column} <= ?")
        params.append(parse_date(date_to, "to date"))
    return where, params
