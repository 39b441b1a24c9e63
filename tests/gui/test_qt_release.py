"""The installed PySide6 survives a long day: PySide6 6.12.0 on Python 3.11 dropped a reference to None
on every call returning None, and the interpreter aborted (none_dealloc) after a few thousand calls.
pyproject.toml holds PySide6 below 6.12 for that; this fails if a release with the defect gets in."""

import os
import subprocess
import sys

from tests.conftest import REPO

_MANY_CALLS = """
import sys
from outreach_app.ui.app import _application
app = _application()
before = sys.getrefcount(None)
for _ in range(40000):
    app.processEvents()
print(before - sys.getrefcount(None))
"""


def test_forty_thousand_event_loop_turns_keep_python_alive(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", _MANY_CALLS], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.split()[-1])
    assert lost < 1000, f"{lost} references to None lost in 40,000 processEvents() calls"
