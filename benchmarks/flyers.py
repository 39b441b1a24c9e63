"""100 flyers (cards layout, one QR code per source tag) through the real command line."""

from __future__ import annotations

import importlib.util
import tempfile
import time
from pathlib import Path

from .common import Line, not_available, run_python

GOAL_S = 3.0


def measure(count: int = 100) -> list[Line]:
    what, goal = f"{count} flyers (cards, one QR each)", f"<= {GOAL_S:.0f} s"
    if importlib.util.find_spec("outreach_app.core.flyers") is None:
        return [not_available(what, goal, "the flyer module is not merged")]
    sources = [arg for i in range(count) for arg in ("--source", f"place-{i:03d}")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "flyers.pdf"
        argv = ["-m", "outreach_app", "flyer", "--url", "https://example.org/survey", "--title", "Safety survey",
                "--layout", "cards", "--out", str(out), *sources]
        start = time.perf_counter()
        run_python(argv)
        seconds = time.perf_counter() - start
        size = out.stat().st_size
    return [Line(what, f"{seconds:.2f} s ({size / 1000:.0f} kB PDF)", goal, seconds <= GOAL_S,
                 {"seconds": round(seconds, 3), "pdf_bytes": size})]
