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
