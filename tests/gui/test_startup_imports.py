"""Start-up stays lean: opening the window loads none of the heavy libraries that only some pages,
exports or sync need (they are imported when used). Each check runs in a fresh process."""

import json
import os
import subprocess
import sys

from tests.conftest import REPO

HEAVY_FOR_THE_WINDOW = ["reportlab", "qrcode", "pyrage", "cryptography", "PySide6.QtCharts", "pypdfium2",
                        "babel", "sqlite_utils"]

_AFTER_SELF_TEST = """
import json, sys
from outreach_app.ui.app import self_test
code = self_test(sys.argv[1])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(script: str, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_self_test_draws_the_window_without_loading_heavy_libraries(tmp_path):
    db = str(tmp_path / "start.db")
    _modules_after(_AFTER_SELF_TEST, db)  # the first open creates and migrates the database
    seen = _modules_after(_AFTER_SELF_TEST, db)  # an ordinary start: the database already exists
    assert seen["code"] == 0
    loaded = [m for m in seen["modules"] if m.split(".")[0] in HEAVY_FOR_THE_WINDOW or m in HEAVY_FOR_THE_WINDOW]
    assert loaded == [], f"start-up imported {loaded}: import them where they are used"
    lazy_pages = [m for m in seen["modules"] if m.startswith("outreach_app.ui.") and m.endswith(
        ("reports_screen", "flyers_screen", "end_of_day_screen", "import_screen", "plans_screen", "event_mode", "core_messages"))]
    assert lazy_pages == [], f"pages other than the first were imported at start-up: {lazy_pages}"


def test_self_test_as_a_program_prints_its_verdict_and_exit_code(tmp_path):
    """Run as the program, the self-test prints one verdict and exits 0 or non-zero, teardown included."""
    from tests.conftest import run_cli

    ok = run_cli("--self-test", db=tmp_path / "ok.db", env={"QT_QPA_PLATFORM": "offscreen"})
    assert ok.returncode == 0 and ok.stdout.startswith("self-test ok:"), ok.stderr
    damaged = tmp_path / "bad.db"
    damaged.write_bytes(b"not a database at all" * 100)
    bad = run_cli("--self-test", db=damaged, env={"QT_QPA_PLATFORM": "offscreen"})
    assert bad.returncode != 0 and "self-test failed" in bad.stderr and bad.stdout == ""
