"""`python -m benchmarks [--only NAME ...] [--quick] [--out FILE]`: run every measurement, print a table, write results.json."""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import traceback
from pathlib import Path

from . import data, flyers, import_memory, startup, surveys, taps
from . import data, flyers, import_memory, startup, taps, update
from . import consultations, data, flyers, import_memory, startup, taps
from .common import REPO, Line

RESULTS = Path(__file__).resolve().parent / "results.json"


def measurements(quick: bool) -> dict:
    return {
        "startup": lambda: startup.measure(repeat=3 if quick else 5),
        "taps": lambda: taps.measure(taps=500 if quick else 2000),
        "import": lambda: data.measure_import(entries=20_000 if quick else 100_000),
        "report": lambda: data.measure_report(repeat=3 if quick else 5),
        "size": lambda: data.measure_size(entries=20_000 if quick else 100_000),
        "programs": lambda: data.measure_programs(entries=20_000 if quick else 100_000, repeat=2 if quick else 3),
        "flyers": lambda: flyers.measure(),
        "import_memory": lambda: import_memory.lines(entries=20_000 if quick else 1_000_000),
        "surveys": lambda: surveys.lines(rows=10_000 if quick else 50_000),
        "update": lambda: update.run(**({"db_path": update.DEFAULT_DB.with_name("outreach-bench-update-quick.db"),
                                         "events": 200, "entries": 20_000} if quick else {})),
        "consultations": lambda: consultations.measure(responses_count=1000, entries=100 if quick else 500),
    }


def table(lines: list[Line]) -> str:
    status = {True: "ok", False: "MISSED", None: "-"}
    rows = [["measurement", "result", "goal", ""]] + [[l.what, l.result, l.goal, status[l.ok]] for l in lines]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    available = list(measurements(False))
    parser.add_argument("--only", nargs="+", choices=available, help="run only these measurements")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats (a smoke run)")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"where to write the results (default {RESULTS})")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    lines: list[Line] = []
    for name, run in measurements(args.quick).items():
        if args.only and name not in args.only:
            continue
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        try:
            lines += run()
        except Exception as exc:  # one failing measurement must not hide the others
            traceback.print_exc()
            lines.append(Line(name, f"failed: {type(exc).__name__}: {exc}", "-", False))
    print(table(lines))
    args.out.write_text(json.dumps({
        "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "machine": platform.machine(),
        "quick": args.quick, "results": [line.as_dict() for line in lines],
    }, indent=2) + "\n")
    print(f"\nwritten to {args.out}")
    return 1 if any(line.ok is False for line in lines) else 0


if __name__ == "__main__":
    raise SystemExit(main())
