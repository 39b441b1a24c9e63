"""Start-up to a drawn window (`python -m outreach_app --self-test`) against a bare PySide6 window."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from .common import Line, not_available, time_python

GOAL_RATIO = 1.5
# the same work as --self-test: build, render once with grab(), no show() (showing maps a platform
# window, which the self-test does not do either; a bare window that shows would flatter the ratio)
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.setCentralWidget(QLabel('x'))\n"
    "window.resize(1200, 800)\n"
    "assert not window.grab().isNull()\n"
)


def measure(repeat: int = 5) -> list[Line]:
    what, goal = "start-up to a drawn window", f"<= {GOAL_RATIO}x bare PySide6 window"
    if importlib.util.find_spec("outreach_app.ui.app") is None:
        return [not_available(what, goal, "no --self-test yet: the window is not merged")]
    bare = time_python(["-c", BARE_WINDOW], repeat)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "outreach.db")  # made by the warm-up run: start-up opens an existing database
        app = time_python(["-m", "outreach_app", "--db", db, "--self-test"], repeat, OUTREACH_DB=db)
    ratio = app / bare
    values = {"app_s": round(app, 3), "bare_s": round(bare, 3), "ratio": round(ratio, 2), "repeat": repeat}
    return [Line(what, f"{app:.3f} s vs bare {bare:.3f} s ({ratio:.2f}x)", goal, ratio <= GOAL_RATIO, values)]
