"""Opening the window where Qt cannot load says so in one line, with what to install; never a traceback
or Qt's abort. Each case runs `outreach-app` in a separate process made to lack Qt or one library."""

import os
import sys

import pytest

from outreach_app.cli.window_check import library_advice, missing_library
from tests.conftest import QT_PROBLEM, REPO, run_cli
from tests.tools.without_qt import environment_without_qt


def _one_line(result) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("arguments", [[], ["--self-test"]])
def test_a_missing_qt_library_is_named_with_its_apt_package(tmp_path, arguments):
    env = environment_without_qt(tmp_path / "site", missing_library="libEGL.so.1")
    line = _one_line(run_cli(*arguments, db=tmp_path / "o.db", env=env))
    assert "libEGL.so.1" in line and "apt-get install libegl1" in line


def test_without_pyside6_the_window_says_how_to_install_it(tmp_path):
    line = _one_line(run_cli(db=tmp_path / "o.db", env=environment_without_qt(tmp_path / "site")))
    assert "PySide6 is not installed" in line and "outreach-app[gui]" in line


def test_a_library_of_the_x11_plugin_is_named_before_qt_would_abort(tmp_path):
    """Qt aborts the process (no Python error) when its X11 plugin lacks a library, e.g. libxcb-icccm4."""
    if QT_PROBLEM is not None:
        pytest.skip(f"Qt cannot load here: {QT_PROBLEM}")
    script = (
        "import _ctypes, sys\n"
        "real = _ctypes.dlopen\n"
        "def dlopen(path, mode):\n"
        "    if path.endswith('libqxcb.so'):\n"
        "        raise OSError('libxcb-icccm.so.4: cannot open shared object file: No such file or directory')\n"
        "    return real(path, mode)\n"
        "_ctypes.dlopen = dlopen\n"
        "from outreach_app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(REPO), "DISPLAY": ":99"}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", script, "--db", str(tmp_path / "o.db")], capture_output=True,
                            text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    line = _one_line(result)
    assert "libxcb-icccm.so.4" in line and "apt-get install libxcb-icccm4" in line


def test_loader_messages_map_to_debian_packages():
    assert missing_library("libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory") \
        == "libxkbcommon-x11.so.0"
    assert missing_library("No module named 'PySide6'") is None
    assert library_advice("libxcb-shape.so.0").endswith("apt-get install libxcb-shape0")
    assert "apt-file search libnew.so.3" in library_advice("libnew.so.3")
