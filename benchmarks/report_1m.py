"""Report speed over 1,000,000 tally entries (issue 5): summary() and events_table() against ≤ 0.3 s each.

Run: `python -m benchmarks.report_1m [--db PATH]` from the checkout. Builds the database once with
`demo --events 2000 --entries 1000000` (about 40 s) and reuses it when PATH already holds it.
`run()` returns the measurements for `python -m benchmarks`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import median_time  # noqa: E402

GOAL_SECONDS = 0.3
EVENTS, ENTRIES = 2000, 1_000_000
DEFAULT_DB = Path(tempfile.gettempdir()) / "outreach-bench-report-1m.db"


def _ensure_database(path: Path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from outreach_app.core.store.database import open_database
    from outreach_app.core.records.demo import make_demo_data

    conn = open_database(path)
    if conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] < ENTRIES:
        make_demo_data(conn, events=EVENTS, entries=ENTRIES, seed=5)
    return conn


def run(db_path: str | os.PathLike | None = None, repeat: int = 5) -> dict:
    """Measure the reports over a million entries; {'name', 'results': [{'what', 'seconds', 'goal', 'ok'}], 'ok'}."""
    path = Path(db_path or os.environ.get("OUTREACH_BENCH_DB") or DEFAULT_DB)
    conn = _ensure_database(path)
    from outreach_app.core.reports.tables import events_table, full_report
    from outreach_app.core.reports.summary import summary

    low, high = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    whole = lambda f: f(conn, low, high)  # noqa: E731
    summary(conn, low, high)  # warm the page cache: the office's second click, not a cold disk
    cases = [
        ("summary(), all 1,000,000 entries", lambda: whole(summary)),
        ("events_table(), all 2,000 events", lambda: whole(events_table)),
        ("summary(), one month, one municipality", lambda: summary(conn, low, low[:8] + "28", "Windsor")),
        ("full_report() (screen: figures, tables, chart)", lambda: whole(full_report)),
    ]
    results = []
    for what, function in cases:
        seconds = median_time(function, repeat)
        results.append({"what": what, "seconds": round(seconds, 4), "goal": GOAL_SECONDS, "ok": seconds <= GOAL_SECONDS})
    entries = conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0]
    conn.close()
    return {"name": "report_1m", "entries": entries, "results": results, "ok": all(r["ok"] for r in results)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help=f"database to build or reuse (default {DEFAULT_DB})")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    outcome = run(args.db, args.repeat)
    print(f"report over {outcome['entries']:,} entries (median of {args.repeat}):")
    for r in outcome["results"]:
        print(f"  {r['what']:<50} {r['seconds']:.3f} s   goal <= {r['goal']} s   {'ok' if r['ok'] else 'SLOW'}")
    return 0 if outcome["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
