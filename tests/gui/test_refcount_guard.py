"""A long event day makes hundreds of thousands of Qt calls; none may wear the interpreter out."""

import sys

from PySide6.QtWidgets import QLabel

from outreach_app.ui import refcount_guard


def test_a_day_of_qt_calls_leaves_none_true_false_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(50_000):  # far more than None's natural reference count on Python 3.11
        label.setText("x")
        label.setVisible(bool(i % 2))
    refcount_guard.top_up()
    if refcount_guard.needed():
        assert sys.getrefcount(None) > refcount_guard.FLOOR


def test_the_first_top_up_comes_as_soon_as_the_event_loop_turns(qapp, qtbot, monkeypatch):
    """Start-up does not wait for ctypes, but the window never runs a second unguarded."""
    if not refcount_guard.needed():
        return
    calls = []
    monkeypatch.setattr(refcount_guard, "top_up", lambda: calls.append(1))
    monkeypatch.setattr(refcount_guard, "_timer", None)
    refcount_guard.install(qapp)
    try:
        assert calls == []  # not during start-up itself
        qtbot.waitUntil(lambda: bool(calls), timeout=500)  # well before the one-second timer
    finally:
        refcount_guard._timer.stop()
