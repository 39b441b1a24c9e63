"""The accessibility walk: every page of PAGES and event mode, every visible control.

A control must have a name a screen reader can say, be reachable with Tab, and be big enough to hit;
and with the font 50 % larger no label or button may be cut. Colours and the focus ring: test_look.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox,
                               QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QToolButton,
                               QWidget)

from outreach_app.core.records.demo import make_demo_data
from outreach_app.ui.main_window import MainWindow
from outreach_app.ui.pages import PAGES
from outreach_app.ui.tasks import wait_for_background_tasks

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
TAP_BUTTONS = ("attendee", "plan", "answer")


def _settle(qtbot) -> None:
    for _ in range(3):
        wait_for_background_tasks()
        QApplication.processEvents()
    qtbot.wait(10)


def _is_qt_part(widget: QWidget) -> bool:
    """Qt's own pieces of a composite control (a combo box's line edit, spin arrows, scroll buttons)."""
    parent = widget.parent()
    return (isinstance(widget, (QHeaderView, QToolButton)) or widget.objectName().startswith("qt_")
            or isinstance(parent, (QComboBox, QAbstractSpinBox)) or (parent is not None and parent.objectName().startswith("qt_")))


def _screens(window, event_id):
    """Yield (name, root) for every page and for event mode, each shown in turn."""
    for row, (label, _spec) in enumerate(PAGES):
        window.show_page(row)
        yield label, window.pages.currentWidget()
    window.start_event_mode(event_id)
    yield "event mode", window.event_mode
    window.end_event_mode()


def _visible_controls(root):
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not _is_qt_part(widget):
            yield widget


def _describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


@pytest.fixture
def filled(ctx, event_id):
    make_demo_data(ctx.conn, events=6, entries=120, seed=2)
    return event_id


def test_every_control_is_named_reachable_and_big_enough(window, filled, qtbot):
    problems = []
    visited = []
    for name, root in _screens(window, filled):
        _settle(qtbot)
        controls = list(_visible_controls(root))
        visited.append(name)
        assert len(controls) >= 3, f"{name}: the walk found only {len(controls)} controls"
        for widget in controls:
            spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            if not (widget.accessibleName() or spoken.strip()):
                problems.append(f"{name}: {_describe(widget)} has no accessible name")
            if widget.isEnabled() and not widget.focusPolicy() & widget.focusPolicy().TabFocus:
                problems.append(f"{name}: {_describe(widget)} cannot be reached with Tab")
            if isinstance(widget, QPushButton):
                least = 48 if widget.objectName() in TAP_BUTTONS else 32
                if widget.height() < least:
                    problems.append(f"{name}: {_describe(widget)} is {widget.height()} px high (< {least})")
    assert visited == [label for label, _ in PAGES] + ["event mode"]
    assert problems == []


def test_dialogs_of_the_help_and_file_menus_are_named_and_reachable(window, filled, qtbot):
    dialogs = [window.open_restore_dialog(), window.show_about()]
    window.show_event_day_help()
    dialogs.append(window.help_window)
    _settle(qtbot)
    problems = []
    for dialog in dialogs:
        for widget in _visible_controls(dialog):
            spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            if not (widget.accessibleName() or spoken.strip()):
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} has no accessible name")
            if widget.isEnabled() and not widget.focusPolicy() & widget.focusPolicy().TabFocus:
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} cannot be reached with Tab")
            if isinstance(widget, QPushButton) and widget.height() < 32:
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} is {widget.height()} px high")
        dialog.close()
    assert problems == []


def test_tap_buttons_are_at_least_48_px(window, filled, qtbot):
    window.start_event_mode(filled)
    _settle(qtbot)
    taps = [b for b in window.event_mode.findChildren(QPushButton) if b.objectName() in TAP_BUTTONS and b.isVisible()]
    assert len(taps) >= 5  # attendee, the plans, three answers
    assert min(b.height() for b in taps) >= 48


# --- a 50 % larger font ---------------------------------------------------------------------------

@pytest.fixture
def large_font(qapp):
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield bigger
    qapp.setFont(original)


def test_nothing_is_cut_with_the_font_half_as_large_again(large_font, ctx, filled, qtbot):
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    cut = []
    for name, root in _screens(window, filled):
        _settle(qtbot)
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or _is_qt_part(widget):
                continue
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
                needed = widget.minimumSizeHint().width()
            elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
                needed = widget.minimumSizeHint().width()
            else:
                continue
            if widget.width() < needed:
                cut.append(f"{name}: {_describe(widget)} is {widget.width()} px wide, needs {needed}")
    assert cut == []
