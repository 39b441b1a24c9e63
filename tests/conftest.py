import os

# Qt needs a platform even without a screen; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OUTREACH_BUSY_TIMEOUT_MS", "300")

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str, db=None, check: bool = False, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `outreach-app` as a separate process, exactly as a user's shell would."""
    argv = [sys.executable, "-m", "outreach_app"] + (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    result = subprocess.run(argv, capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed: {result.stderr}")
    return result


@pytest.fixture
def cli():
    return run_cli
