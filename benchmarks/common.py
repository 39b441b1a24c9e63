"""Shared helpers: result lines, timing, subprocesses with the checkout on the path."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Line:
    what: str
    result: str
    goal: str
    ok: bool | None = None
    values: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def not_available(what: str, goal: str, why: str) -> Line:
    return Line(what, f"not available ({why})", goal, None)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def median_time(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def environment(**extra) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.update(extra)
    return env


def run_python(args: list[str], **extra_env) -> subprocess.CompletedProcess:
    """Run `python ARGS` from the checkout; raises with stderr when it fails."""
    result = subprocess.run([sys.executable, *args], cwd=REPO, env=environment(**extra_env), capture_output=True,
                            text=True, stdin=subprocess.DEVNULL, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"python {' '.join(args[:3])}… failed: {result.stderr.strip().splitlines()[-1:]}")
    return result


def time_python(args: list[str], repeat: int, **extra_env) -> float:
    """Median wall time of a fresh Python process running ARGS (one warm-up run first)."""
    run_python(args, **extra_env)
    return median_time(lambda: run_python(args, **extra_env), repeat)
