"""Scrolling the Flyers page with the wheel changes no value under the pointer (issue 15, finding 9)."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from outreach_app.ui.flyers_screen import FlyersScreen


def _wheel(widget, notches: int = -3) -> None:
    """A wheel turned over the middle of widget (negative: towards the person, "down")."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _values(screen):
    panel = screen.drops_panel
    return (screen.copies_spin.value(), screen.paper_combo.currentIndex(), screen.layout_combo.currentIndex(),
            screen.language_combo.currentIndex(), panel.drop_count.value(), panel.drop_municipality.currentIndex(),
            panel.drop_date.text(), screen.closes_edit.text())


def test_the_wheel_over_unfocused_fields_of_the_flyers_page_changes_nothing(window, qtbot):
    screen = window.page(FlyersScreen)
    window.show_page(window.page_widgets.index(screen))
    screen.drops_panel.drop_municipality.setCurrentIndex(2)
    screen.copies_spin.setValue(5)
    window.nav.setFocus()
    before = _values(screen)
    panel = screen.drops_panel
    for widget in (screen.copies_spin, screen.paper_combo, screen.layout_combo, screen.language_combo,
                   panel.drop_count, panel.drop_municipality, panel.drop_date, screen.closes_edit):
        _wheel(widget, -3)
        _wheel(widget, 2)
    assert _values(screen) == before


def test_spin_and_combo_boxes_take_the_focus_by_click_or_tab_never_by_the_wheel(window):
    screen = window.page(FlyersScreen)
    guarded = [*screen.findChildren(QAbstractSpinBox), *screen.findChildren(QComboBox)]
    assert len(guarded) >= 6
    assert {w.focusPolicy() for w in guarded} == {Qt.FocusPolicy.StrongFocus}


def test_a_focused_spin_box_still_takes_the_wheel(window, qtbot):
    screen = window.page(FlyersScreen)
    window.show_page(window.page_widgets.index(screen))
    window.activateWindow()
    screen.copies_spin.setValue(5)
    screen.copies_spin.setFocus()
    qtbot.waitUntil(screen.copies_spin.hasFocus)
    _wheel(screen.copies_spin, 2)
    assert screen.copies_spin.value() == 7
