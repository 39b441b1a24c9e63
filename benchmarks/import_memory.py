"""Peak memory of importing a 1,000,000-entry bundle (issue 17, finding 11): import streams the records,
so memory stays flat in the bundle's size. Measured as the peak resident size (ru_maxrss) of a fresh
process that imports the bundle, next to the same for a bundle a fifth of the size.

Run: `python -m benchmarks.import_memory [--entries N]` from the checkout (building the 1M-entry laptop
database takes about a minute). `run()` returns the measurements for `python -m benchmarks`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import Line, run_python  # noqa: E402

GOAL_MB = 400  # peak resident memory of the whole import process, for any bundle size

_IMPORT = """
import json, resource, sys, time
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.bundle import read_bundle
from outreach_app.core.sync.importer import import_files
from outreach_app.core.sync.keys import fingerprint
from outreach_app.core.sync.trust import make_office
office = open_database(sys.argv[2])
make_office(office)
key = fingerprint(read_bundle(sys.argv[1]).manifest["signing_key"])  # the laptop's key, as compared
start = time.perf_counter()
[result] = import_files(office, [sys.argv[1]], accept_keys=[key])
assert result.ok, result.refused
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "entries": result.counts["tally_entries"]["new"]}))
"""


def _bundle(folder: Path, entries: int) -> Path:
    db = folder / f"laptop-{entries}.db"
    run_python(["-m", "outreach_app", "--db", str(db), "init", "--device-name", "bench-laptop"])
    run_python(["-m", "outreach_app", "--db", str(db), "demo", "--events", "2000", "--entries", str(entries),
                "--seed", "7"])
    out = run_python(["-m", "outreach_app", "--db", str(db), "export", "--full", "--no-encrypt", "--out",
                      str(folder / "usb")]).stdout.strip().splitlines()[-1]
    return Path(out)


def measure(folder: Path, entries: int) -> dict:
    bundle = _bundle(folder, entries)
    found = json.loads(run_python(["-c", _IMPORT, str(bundle), str(folder / f"office-{entries}.db")]).stdout)
    return {**found, "bundle_mb": round(bundle.stat().st_size / 1024 ** 2, 1)}


def run(entries: int = 1_000_000) -> dict:
    """{'results': [{entries, seconds, peak_mb, bundle_mb}, …], 'ok'}: the full size and a fifth of it."""
    with tempfile.TemporaryDirectory(prefix="outreach-bench-import-") as tmp:
        results = [measure(Path(tmp), n) for n in (entries // 5, entries)]
    return {"results": results, "goal_mb": GOAL_MB, "ok": all(r["peak_mb"] <= GOAL_MB for r in results)}


def lines(entries: int = 1_000_000) -> list[Line]:
    """The measurement lines for `python -m benchmarks`."""
    outcome = run(entries)
    return [Line(f"import memory, {r['entries']:,}-entry bundle ({r['bundle_mb']} MB)",
                 f"peak {r['peak_mb']:.0f} MB in {r['seconds']:.1f} s", f"<= {GOAL_MB} MB", r["peak_mb"] <= GOAL_MB, r)
            for r in outcome["results"]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_memory", description=__doc__)
    parser.add_argument("--entries", type=int, default=1_000_000)
    outcome = run(parser.parse_args(argv).entries)
    for r in outcome["results"]:
        print(f"import {r['entries']:>9,} entries ({r['bundle_mb']} MB bundle): {r['seconds']:.1f} s, "
              f"peak {r['peak_mb']:.0f} MB (goal <= {GOAL_MB} MB)")
    return 0 if outcome["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
