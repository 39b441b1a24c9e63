"""Tap-to-durable-commit latency: core.records.tally.record_tap against a bare SQLite insert + commit.

Both databases sit in the same folder and use the same pragmas (WAL, synchronous=FULL, busy_timeout);
the bare table has tally_entries' columns and indexes (copied from the app's schema) but no triggers
and no app logic. Blocks of app taps and bare inserts alternate so both see the same disk.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from .common import Line, percentile

GOAL_RATIO = 2.0


def measure(taps: int = 2000, folder: str | None = None) -> list[Line]:
    from outreach_app.core.records import events, tally
    from outreach_app.core.store.connection import connect
    from outreach_app.core.store.database import open_database

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        conn = open_database(Path(tmp) / "app.db")
        event = events.add_event(conn, "Benchmark BBQ", "2025-06-19", "Windsor")
        plan = conn.execute("SELECT min(id) FROM plans").fetchone()[0]
        bare = connect(Path(tmp) / "bare.db")
        for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'tally_entries'"
                                   " AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC"):
            bare.execute(sql)
        insert = ("INSERT INTO tally_entries (id, event_id, kind, plan_id, answer, quantity, source, created_at,"
                  " device_id, hlc) VALUES (?, ?, ?, ?, ?, 1, 'tap', ?, ?, ?)")
        kinds = [("attendee", None, None), ("plan", plan, None), ("confidence", None, "yes")]
        app_times, bare_times = [], []
        for block in range(0, taps, 100):
            for i in range(block, min(taps, block + 100)):
                kind, plan_id, answer = kinds[i % 3]
                start = time.perf_counter()
                tally.record_tap(conn, event, kind, plan_id=plan_id, answer=answer)
                app_times.append(time.perf_counter() - start)
            for i in range(block, min(taps, block + 100)):
                kind, plan_id, answer = kinds[i % 3]
                start = time.perf_counter()
                bare.execute("BEGIN IMMEDIATE")
                bare.execute(insert, (str(uuid.uuid4()), event, kind, plan_id, answer, "2025-06-19T10:00:00+00:00",
                                      "bench", i))
                bare.execute("COMMIT")
                bare_times.append(time.perf_counter() - start)
        conn.close()
        bare.close()
    ms = lambda seconds: round(seconds * 1000, 3)  # noqa: E731
    app50, app99 = percentile(app_times, 0.5), percentile(app_times, 0.99)
    bare50, bare99 = percentile(bare_times, 0.5), percentile(bare_times, 0.99)
    ratio = app99 / bare99 if bare99 else float("inf")
    values = {"taps": taps, "app_p50_ms": ms(app50), "app_p99_ms": ms(app99), "bare_p50_ms": ms(bare50),
              "bare_p99_ms": ms(bare99), "p99_ratio": round(ratio, 2)}
    return [Line(f"tap to durable commit, p50 / p99 ({taps:,} taps)",
                 f"{ms(app50):.2f} / {ms(app99):.2f} ms vs bare {ms(bare50):.2f} / {ms(bare99):.2f} ms"
                 f" (p99 {ratio:.2f}x)", f"p99 <= {GOAL_RATIO}x bare", ratio <= GOAL_RATIO, values)]
