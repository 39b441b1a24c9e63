import os

# Qt needs a platform even without a screen; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OUTREACH_BUSY_TIMEOUT_MS", "300")

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GUI_TESTS = REPO / "tests" / "gui"


def _why_qt_cannot_load() -> str | None:
    """None when the window's Qt modules import here; else the reason, in one line."""
    try:
        import PySide6.QtGui  # noqa: F401
        import PySide6.QtTest  # noqa: F401
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        from outreach_app.cli.window_check import library_advice, missing_library

        library = missing_library(str(exc))
        if library:
            return library_advice(library).replace("cannot open the window: ", "")
        return f"PySide6 does not import ({exc}); install the window with: pip install -e '.[gui]'"
    return None


# Checked once, before pytest-qt would import Qt (it stops the whole run with an INTERNALERROR when
# Qt does not load). Without Qt the Qt-free tests still run and the window's tests are skipped, saying why.
QT_PROBLEM = _why_qt_cannot_load()
needs_qt = pytest.mark.skipif(QT_PROBLEM is not None, reason=f"Qt cannot load here: {QT_PROBLEM}")


def pytest_addhooks(pluginmanager):
    """Runs as this conftest is registered, after plugins and before pytest_configure: without Qt,
    pytest-qt is taken out before it imports Qt."""
    if QT_PROBLEM is not None:
        plugin = pluginmanager.get_plugin("pytest-qt")
        if plugin is not None:
            pluginmanager.unregister(plugin)


class QtTestsSkipped(pytest.File):
    """A window test file where Qt cannot load: one skipped entry naming why, instead of an import error."""

    def collect(self):
        item = QtTestSkipped.from_parent(self, name="all tests")
        item.add_marker(needs_qt)
        yield item


class QtTestSkipped(pytest.Item):
    def runtest(self):
        raise AssertionError("runs only where Qt loads, and there the real tests are collected")

    def reportinfo(self):
        return self.path, 0, f"{self.path.name} (needs Qt)"


def pytest_pycollect_makemodule(module_path, parent):
    if QT_PROBLEM is not None and GUI_TESTS in module_path.parents:
        return QtTestsSkipped.from_parent(parent, path=module_path)
    return None


def pytest_report_header(config):
    if QT_PROBLEM is not None:
        return [f"Qt cannot load here, the window's tests are skipped: {QT_PROBLEM}"]
    return None


def run_cli(*args: str, db=None, check: bool = False, env: dict | None = None, cwd=None) -> subprocess.CompletedProcess:
    """Run `outreach-app` as a separate process, exactly as a user's shell would (in cwd if given)."""
    argv = [sys.executable, "-m", "outreach_app"] + (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    result = subprocess.run(argv, capture_output=True, text=True, env=environment, stdin=subprocess.DEVNULL, timeout=300,
                            cwd=cwd)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed: {result.stderr}")
    return result


@pytest.fixture
def cli():
    return run_cli
