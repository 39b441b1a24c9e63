"""Importing a survey platform's response export (issue 19): a 50,000-row export in under 3 s with
memory that does not grow with the file, and re-importing it (nothing new) in under 1 s.

Each import runs in a fresh process that reports its time and peak resident size (ru_maxrss); a
file a fifth of the size is measured too, so a peak that grew with the file would show.
Run: `python -m benchmarks.surveys [--rows N]` from the checkout.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Line, run_python  # noqa: E402

GOAL_FIRST_S, GOAL_AGAIN_S, GROWTH_MB = 3.0, 1.0, 20  # peak memory: the big file's at most this above the small one's

_IMPORT = """
import json, resource, sys, time
from outreach_app.core.store.database import open_database
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.records import add_survey
conn = open_database(sys.argv[2])
survey = add_survey(conn, "Bench survey", "https://example.org/s", "2025-12-31")
times = []
for _ in range(2):
    start = time.perf_counter()
    summary = import_export(conn, survey, sys.argv[1])
    times.append((time.perf_counter() - start, summary.new, summary.known))
print(json.dumps({"first_s": times[0][0], "again_s": times[1][0], "new": times[0][1], "known": times[1][2],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_export(path: Path, rows: int) -> Path:
    """A Qualtrics-shaped export: 3 header rows, a free-text column, a src column."""
    tags = ["library", "arena", "pharmacy-main", "fb-2025-10-07", "", "cafe"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId",
                      "src", "Q1", "Q2"])
        out.writerow(["Start Date", "End Date", "Response Type", "Progress", "Finished", "Recorded Date",
                      "Response ID", "src", "Neighbourhood", "Anything else?"])
        out.writerow(['{"ImportId":"startDate"}'] * 10)
        for i in range(rows):
            stamp = f"2025-{9 + i % 3:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}"
            out.writerow([stamp, stamp, "0", "100", "1" if i % 9 else "0", stamp, f"R_{i:015d}", tags[i % 6],
                          ["North", "South", "East"][i % 3], "a sentence of free text that is never kept"])
    return path


def measure(folder: Path, rows: int) -> dict:
    export = make_export(folder / f"export-{rows}.csv", rows)
    found = json.loads(run_python(["-c", _IMPORT, str(export), str(folder / f"bench-{rows}.db")]).stdout)
    return {"rows": rows, **found}


def run(rows: int = 50_000) -> dict:
    with tempfile.TemporaryDirectory(prefix="outreach-bench-surveys-") as tmp:
        small, big = measure(Path(tmp), rows // 5), measure(Path(tmp), rows)
    ok = (big["first_s"] < GOAL_FIRST_S and big["again_s"] < GOAL_AGAIN_S
          and big["peak_mb"] - small["peak_mb"] <= GROWTH_MB and big["new"] == big["known"] == rows)
    return {"small": small, "big": big, "ok": ok}


def lines(rows: int = 50_000) -> list[Line]:
    """The measurement lines for `python -m benchmarks`."""
    outcome = run(rows)
    big, small = outcome["big"], outcome["small"]
    growth = big["peak_mb"] - small["peak_mb"]
    return [Line(f"survey export import, {rows:,} rows", f"{big['first_s']:.2f} s", f"< {GOAL_FIRST_S:.0f} s",
                 big["first_s"] < GOAL_FIRST_S, big),
            Line(f"survey export re-import, {rows:,} rows (nothing new)", f"{big['again_s']:.2f} s",
                 f"< {GOAL_AGAIN_S:.0f} s", big["again_s"] < GOAL_AGAIN_S, big),
            Line(f"survey import memory, {rows // 5:,} vs {rows:,} rows",
                 f"peak {small['peak_mb']:.0f} / {big['peak_mb']:.0f} MB", f"+ <= {GROWTH_MB} MB",
                 growth <= GROWTH_MB, outcome)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.surveys", description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    outcome = run(parser.parse_args(argv).rows)
    for key in ("small", "big"):
        r = outcome[key]
        print(f"{r['rows']:>7,} rows: import {r['first_s']:.2f} s (goal < {GOAL_FIRST_S:.0f} s), re-import "
              f"{r['again_s']:.2f} s (goal < {GOAL_AGAIN_S:.0f} s), peak {r['peak_mb']:.0f} MB")
    return 0 if outcome["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
