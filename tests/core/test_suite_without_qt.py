"""The README's test command on a machine where Qt cannot load: the Qt-free tests run and pass, the
window's tests are skipped saying why (before, pytest-qt stopped the run with an INTERNALERROR)."""

import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.tools.without_qt import environment_without_qt


@pytest.mark.parametrize("library", [None, "libEGL.so.1"])
def test_qt_free_tests_run_and_window_tests_say_why_not(tmp_path, library):
    env = environment_without_qt(tmp_path / "site", missing_library=library)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
         "tests/gui/test_look.py", "tests/gui/test_event_mode.py", "tests/core/test_setup.py"],
        capture_output=True, text=True, env=env, cwd=REPO, stdin=subprocess.DEVNULL, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "INTERNALERROR" not in output and " error" not in output
    assert " passed" in output and "2 skipped" in output
    reason = "apt-get install libegl1" if library else "pip install -e '.[gui]'"
    skips = [line for line in output.splitlines() if line.startswith("SKIPPED")]
    assert len(skips) == 2 and all("Qt cannot load here" in line and reason in line for line in skips), skips
