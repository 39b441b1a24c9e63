"""A disabled button looks disabled (grey, not a paler live one) and says why, on hover and on a
click; Enter or a double-click on an event row starts event mode for it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QToolTip

from outreach_app.core.changes import Change
from outreach_app.core.records import events
from outreach_app.ui import look
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.plans_screen import PlansScreen


def drawn_fill(button: QPushButton) -> list[QColor]:
    """The colours Fusion paints down the button's left inner edge, away from the text and frame."""
    image = button.grab().toImage()
    return [image.pixelColor(6, y) for y in range(6, image.height() - 6, 3)]


def make_button(qtbot, primary: bool, enabled: bool) -> QPushButton:
    button = QPushButton("Start event mode")
    qtbot.addWidget(button)
    if primary:
        look.mark_primary(button)
    button.setEnabled(enabled)
    button.resize(220, 40)
    return button


@pytest.mark.parametrize("primary", [True, False], ids=["primary", "plain"])
def test_a_disabled_button_is_grey_and_unlike_its_live_self(qtbot, primary):
    live, dead = drawn_fill(make_button(qtbot, primary, True)), drawn_fill(make_button(qtbot, primary, False))
    assert all(colour.hsvSaturation() < 30 for colour in dead), "a disabled button is drawn grey, not tinted"
    mean = lambda colours: sum(c.value() for c in colours) / len(colours)  # noqa: E731
    assert mean(dead) < 235, "darker than the white of a live plain button"
    assert abs(mean(live) - mean(dead)) > 15
    live_text = make_button(qtbot, primary, True).palette().color(look._Group.Active, look._Role.ButtonText)
    dead_text = make_button(qtbot, primary, False).palette().color(look._Group.Disabled, look._Role.ButtonText)
    assert dead_text.name() == look.COLOURS["disabled_button_text"] != live_text.name()


def test_disabled_event_buttons_say_why_on_hover_and_on_a_click(window, qtbot, ctx, event_id):
    ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    screen.table.clearSelection()
    for button in (screen.start_button, screen.edit_button, screen.cancel_button):
        assert not button.isEnabled() and button.toolTip() == "Select an event first."
    QToolTip.hideText()
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QToolTip.text() == "Select an event first.")  # at the pointer, once the press is done
    QToolTip.hideText()

    events.set_event_cancelled(ctx.conn, event_id, True)
    ctx.notify(Change.EVENTS)
    screen.select_event(event_id)
    assert not screen.start_button.isEnabled()
    assert "is cancelled; reinstate it" in screen.start_button.toolTip()
    assert screen.edit_button.isEnabled() and screen.edit_button.toolTip() == ""  # a live button needs no excuse


def test_disabled_plan_buttons_say_why(window, qtbot):
    screen = window.page(PlansScreen)
    screen.table.clearSelection()
    assert not screen.rename_button.isEnabled() and "Select a plan" in screen.rename_button.toolTip()


def test_enter_on_an_event_row_starts_event_mode(window, qtbot, ctx, event_id):
    ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    screen.select_event(event_id)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert window.in_event_mode() and window.event_mode.current.id == event_id


def test_a_double_click_on_an_event_row_starts_event_mode(window, qtbot, ctx, event_id):
    ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    screen.select_event(event_id)
    index = screen.proxy.index(0, 2)
    centre = screen.table.visualRect(index).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.in_event_mode() and window.event_mode.current.id == event_id
