"""Writing the editable rows of safety plans: stamped inserts and updates, and who may change them."""

from __future__ import annotations

import sqlite3

from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import device_id


def stamp(conn: sqlite3.Connection) -> dict:
    hlc, rev = next_hlc(conn)
    return {"hlc": hlc, "updated_at": utc_now(), "device_id": device_id(conn), "rev": rev}


def insert_row(conn: sqlite3.Connection, table: str, values: dict, ident: str | None = None) -> str:
    """Insert an editable row made here (call inside a transaction); returns its id."""
    row = {"id": ident or new_id(), **values, **stamp(conn)}
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})", row)
    return row["id"]


def update_row(conn: sqlite3.Connection, table: str, ident: str, changes: dict) -> None:
    """Change an editable row (last writer wins in sync); refuses another device's row on an enrolled laptop."""
    require_own_row(conn, table, ident)
    changes = {**changes, **stamp(conn)}
    assignments = ", ".join(f"{column} = :{column}" for column in changes)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", {**changes, "id": ident})


def require_own_row(conn: sqlite3.Connection, table: str, ident: str) -> None:
    """Only the office, the device that made a record, or a laptop working alone changes it (sync trust)."""
    from outreach_app.core.sync.roles import may_correct

    row = conn.execute(f"SELECT coalesce((SELECT author FROM sync_record_authors WHERE table_name = ? AND id = ?),"
                       f" device_id) FROM {table} WHERE id = ?", (table, ident, ident)).fetchone()
    if row is not None and not may_correct(conn, row[0]):
        raise InvalidInput("this part of a safety plan or contact was written by another device; only the office"
                           " changes it")


def split_ids(text: str | None) -> list[str]:
    return [part for part in (text or "").split() if part]
