"""Bundle import against raw inserts, the report over a million entries, database size per 100,000 entries."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from .common import Line, median_time, not_available, run_python

IMPORT_GOAL_RATIO = 3.0
REPORT_GOAL_S = 0.3
REPORT_DB = Path(tempfile.gettempdir()) / "outreach-bench-report-1m.db"  # shared with benchmarks/report_1m.py


def _demo_database(path: Path, events: int, entries: int, seed: int = 5):
    from outreach_app.core.store.database import open_database
    from outreach_app.core.records.demo import make_demo_data

    conn = open_database(path)
    if conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] < entries:
        make_demo_data(conn, events=events, entries=entries, seed=seed)
    return conn


# --- import of a 100,000-entry bundle ------------------------------------------------------------

def _raw_copy_seconds(source: Path, target: Path) -> float:
    """Raw sqlite3 inserts of the same rows (every synced table) into a fresh Outreach database, one commit."""
    from outreach_app.core.store.database import open_database
    from outreach_app.core.store.synced_tables import SYNCED_TABLES

    open_database(target).close()
    src, dst = sqlite3.connect(source), sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA synchronous = FULL")
    tables = [(t.name, t.columns) for t in SYNCED_TABLES]
    rows = {name: src.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall() for name, cols in tables}
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    for name, cols in tables:
        dst.executemany(f"INSERT OR IGNORE INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows[name])
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    src.close()
    dst.close()
    return elapsed


def _import_seconds(bundle: Path, target: Path) -> float:
    """Import through the core when its API is the expected one, else through the real command line."""
    from outreach_app.core.store.database import open_database

    conn = open_database(target)
    try:
        importer = importlib.import_module("outreach_app.core.sync.importer")
        start = time.perf_counter()
        results = importer.import_files(conn, [bundle])
        elapsed = time.perf_counter() - start
        refused = [r for r in results if getattr(r, "refused", None)]
        if refused:
            raise RuntimeError(f"bundle refused: {refused[0].refused}")
        return elapsed
    except (ImportError, AttributeError, TypeError):
        conn.close()
        start = time.perf_counter()
        run_python(["-m", "outreach_app", "--db", str(target), "import", str(bundle)])
        return time.perf_counter() - start
    finally:
        conn.close()


def measure_import(entries: int = 100_000) -> list[Line]:
    what, goal = f"import a {entries:,}-entry bundle", f"<= {IMPORT_GOAL_RATIO}x raw inserts"
    if importlib.util.find_spec("outreach_app.core.sync") is None:
        return [not_available(what, goal, "the sync engine is not merged")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _demo_database(tmp / "laptop.db", events=200, entries=entries).close()
        out = run_python(["-m", "outreach_app", "--db", str(tmp / "laptop.db"), "export", "--full",
                          "--out", str(tmp / "bundles")]).stdout.strip().splitlines()[-1]
        raw = _raw_copy_seconds(tmp / "laptop.db", tmp / "raw.db")
        app = _import_seconds(Path(out), tmp / "office.db")
    ratio = app / raw
    values = {"entries": entries, "import_s": round(app, 3), "raw_s": round(raw, 3), "ratio": round(ratio, 2)}
    return [Line(what, f"{app:.2f} s vs raw {raw:.2f} s ({ratio:.2f}x)", goal, ratio <= IMPORT_GOAL_RATIO, values)]


# --- report over a million entries -----------------------------------------------------------------

def measure_report(repeat: int = 5) -> list[Line]:
    if importlib.util.find_spec("benchmarks.report_1m") is not None:
        outcome = importlib.import_module("benchmarks.report_1m").run()
        return [Line(f"report: {r['what']}", f"{r['seconds']:.3f} s", f"<= {r['goal']} s", r["ok"], r)
                for r in outcome["results"]]
    from outreach_app.core.reports.summary import summary

    conn = _demo_database(Path(os.environ.get("OUTREACH_BENCH_DB") or REPORT_DB), events=2000, entries=1_000_000)
    low, high = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    entries = conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0]
    summary(conn, low, high)  # warm the page cache
    seconds = median_time(lambda: summary(conn, low, high), repeat)
    conn.close()
    return [Line(f"report summary over {entries:,} entries", f"{seconds:.3f} s", f"<= {REPORT_GOAL_S} s",
                 seconds <= REPORT_GOAL_S, {"entries": entries, "seconds": round(seconds, 4)})]


# --- size ------------------------------------------------------------------------------------------

def _file_size(conn) -> int:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(conn.db_path).stat().st_size


def measure_size(entries: int = 100_000) -> list[Line]:
    with tempfile.TemporaryDirectory() as tmp:
        empty = _demo_database(Path(tmp) / "empty.db", events=200, entries=0)
        full = _demo_database(Path(tmp) / "full.db", events=200, entries=entries)
        grown = (_file_size(full) - _file_size(empty)) * 100_000 / entries
        empty.close()
        full.close()
    mb = grown / 1_000_000
    return [Line("database size per 100,000 entries", f"{mb:.1f} MB ({grown / 100_000:.0f} bytes an entry)",
                 "none set (for information)", None,
                 {"bytes_per_100k": int(grown), "bytes_per_entry": round(grown / 100_000, 1)})]


# --- whole programs, as a script or the acceptance checks run them -----------------------------------

CLI_REPORT_GOAL_RATIO = 1.3
RAW_INSERT_SCRIPT = """
import sqlite3, sys, uuid
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode = WAL")
c.execute("CREATE TABLE e (id TEXT PRIMARY KEY, event TEXT, kind TEXT, plan TEXT, answer TEXT, qty INT, at TEXT,"
          " dev TEXT, voided TEXT)")
with c:
    c.executemany("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ((str(uuid.uuid4()), "ev", "plan", "p", None, 1,
                  "2025-06-19T10:00:00", "d", None) for _ in range(int(sys.argv[2]))))
"""


def measure_programs(entries: int = 100_000, repeat: int = 3) -> list[Line]:
    """`outreach-app report` vs `outreach-app --version`, and `outreach-app import` vs a raw-insert script."""
    from .common import time_python

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _demo_database(tmp / "laptop.db", events=200, entries=entries, seed=3).close()
        cli = ["-m", "outreach_app", "--db", str(tmp / "laptop.db")]
        report = time_python(cli + ["report", "--from", "2000-01-01", "--to", "2100-01-01", "--format", "json"], repeat)
        version = time_python(["-m", "outreach_app", "--version"], repeat)
        ratio = report / version
        lines.append(Line(f"`report` over {entries:,} entries vs `--version`", f"{report:.3f} s vs {version:.3f} s"
                          f" ({ratio:.2f}x)", f"<= {CLI_REPORT_GOAL_RATIO}x", ratio <= CLI_REPORT_GOAL_RATIO,
                          {"report_s": round(report, 3), "version_s": round(version, 3), "ratio": round(ratio, 2)}))
        what, goal = f"`import` of a {entries:,}-entry bundle vs a raw-insert script", f"<= {IMPORT_GOAL_RATIO}x"
        if importlib.util.find_spec("outreach_app.core.sync") is None:
            return lines + [not_available(what, goal, "the sync engine is not merged")]
        bundle = run_python(cli + ["export", "--full", "--out", str(tmp / "usb")]).stdout.strip().splitlines()[-1]
        (tmp / "raw.py").write_text(RAW_INSERT_SCRIPT)
        imports, raws = [], []
        for k in range(repeat):
            start = time.perf_counter()
            run_python(["-m", "outreach_app", "--db", str(tmp / f"office{k}.db"), "import", bundle])
            imports.append(time.perf_counter() - start)
            start = time.perf_counter()
            run_python([str(tmp / "raw.py"), str(tmp / f"raw{k}.db"), str(entries)])
            raws.append(time.perf_counter() - start)
        app, raw = sorted(imports)[len(imports) // 2], sorted(raws)[len(raws) // 2]
        lines.append(Line(what, f"{app:.2f} s vs {raw:.2f} s ({app / raw:.2f}x)", goal, app / raw <= IMPORT_GOAL_RATIO,
                          {"import_s": round(app, 3), "raw_s": round(raw, 3), "ratio": round(app / raw, 2)}))
    return lines
