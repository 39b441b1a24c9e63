"""Ids, wall-clock stamps and the hybrid logical clock that orders edits between laptops."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

# uuid is imported where used: it pulls in `platform`, which opening the window does not need
_NAMESPACE = "6f1d3c1e-8a55-4c59-9a2d-0b7e3f1c2a90"


def new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def stable_id(kind: str, key: str) -> str:
    """Same id on every laptop for the seeded catalogue (so seeds never need merging)."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(_NAMESPACE), f"{kind}:{key}"))


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def next_hlc(conn: sqlite3.Connection) -> tuple[int, int]:
    """Advance the clock for a local change: returns (hlc, rev).

    hlc = max(wall clock in ms, highest hlc seen) + 1, so a laptop whose clock is behind still
    orders its edits after everything it has imported. rev is a local change counter used by
    incremental export. Call inside the write transaction.
    """
    wall = int(time.time() * 1000)
    conn.execute("UPDATE clock SET hlc = max(hlc, ?) + 1, rev = rev + 1 WHERE id = 1", (wall,))
    hlc, rev = conn.execute("SELECT hlc, rev FROM clock WHERE id = 1").fetchone()
    return hlc, rev


def observe_hlc(conn: sqlite3.Connection, seen: int) -> None:
    """Raise the clock to at least an hlc seen in an imported bundle."""
    conn.execute("UPDATE clock SET hlc = max(hlc, ?) WHERE id = 1", (int(seen),))


def next_rev(conn: sqlite3.Connection) -> int:
    """Bump only the local change counter (an import changed a row)."""
    conn.execute("UPDATE clock SET rev = rev + 1 WHERE id = 1")
    return conn.execute("SELECT rev FROM clock WHERE id = 1").fetchone()[0]
