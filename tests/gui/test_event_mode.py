"""Event mode driven through its real buttons and keys: counters shown and rows stored agree."""

import re

from PySide6.QtCore import Qt

from outreach_app.core.changes import Change
from outreach_app.core.records import events
from outreach_app.ui.event_mode import assign_plan_keys
from tests.gui.conftest import controls_without_accessible_name, tally_rows


def start(window, qtbot, event_id):
    window.ctx.notify(Change.EVENTS)  # the event was added by the core after the window opened
    screen = window.page_widgets[0]
    assert screen.select_event(event_id)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert window.in_event_mode()
    return window.event_mode


def plan_button(mode, name):
    return next(b for b in mode.plan_buttons.values() if b.accessibleName().endswith(name))


def test_start_event_mode_names_the_event_in_title_and_banner(window, qtbot, event_id):
    mode = start(window, qtbot, event_id)
    assert window.windowTitle().startswith("Outreach — Glengarry community BBQ · Windsor · ")
    assert "Glengarry community BBQ" in mode.banner.text()
    assert mode.attendee_count.text() == "Attendees 0"
    assert window.nav.isHidden() is False and not window.nav.isVisible()  # pages hidden while logging


def test_each_button_commits_a_row_and_updates_the_counters(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    click = lambda button: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731
    click(mode.attendee_button)
    click(mode.attendee_button)
    click(plan_button(mode, "Glengarry"))
    click(plan_button(mode, "West End"))
    click(plan_button(mode, "Glengarry"))
    click(mode.yes_button)
    click(mode.yes_button)
    click(mode.yes_button)
    click(mode.no_button)
    click(mode.unsure_button)
    assert mode.attendee_count.text() == "Attendees 2"
    assert mode.plan_count.text() == "Plans handed out 3"
    assert mode.confidence_count.text() == "More confident: yes 3 · no 1 · not sure 1 (60%)"
    assert "Glengarry 2" in mode.by_plan.text() and "West End 1" in mode.by_plan.text()
    assert "2 handed out" in plan_button(mode, "Glengarry").shown_text()
    assert re.fullmatch(r"Last: more confident: not sure \d\d:\d\d", mode.status_line.text())
    rows = tally_rows(ctx, event_id)
    assert [r[0] for r in rows].count("attendee") == 2
    assert sorted(r[1] for r in rows if r[0] == "plan") == ["Glengarry", "Glengarry", "West End"]
    assert sorted(r[2] for r in rows if r[0] == "confidence") == ["no", "unsure", "yes", "yes", "yes"]
    assert all(r[3] == 1 and r[4] == "tap" for r in rows)


def test_undo_voids_the_last_entry_and_says_which(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plan_button(mode, "Glengarry"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r'Undid plan "Glengarry" \d\d:\d\d', mode.status_line.text())
    assert mode.plan_count.text() == "Plans handed out 0"
    assert mode.attendee_count.text() == "Attendees 1"
    assert tally_rows(ctx, event_id, voided=1) == [("plan", "Glengarry", None, 1, "tap")]
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)
    assert mode.status_line.text() == "Nothing to undo at this event."
    assert mode.attendee_count.text() == "Attendees 0"


def test_keyboard_shortcuts_for_every_button(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    window.activateWindow()
    mode.attendee_button.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_G, Qt.Key.Key_W, Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_U):
        qtbot.keyClick(mode.attendee_button, key)
    assert mode.attendee_count.text() == "Attendees 2"
    assert mode.plan_count.text() == "Plans handed out 2"
    assert mode.confidence_count.text().startswith("More confident: yes 1 · no 1 · not sure 1")
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mode.status_line.text().startswith("Undid more confident: not sure")
    assert len(tally_rows(ctx, event_id)) == 6
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert mode.paper_panel.isVisible()
    # typing a number into the paper sheet does not count as a tap
    qtbot.keyClicks(mode.paper_panel.attendees, "12")
    assert mode.attendee_count.text() == "Attendees 2"
    mode.paper_panel.attendees.clear()
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not window.in_event_mode()
    assert window.windowTitle() == "Outreach"


def test_every_plan_button_shows_its_key():
    assert assign_plan_keys(["Glengarry", "West End", "Bridgeview", "Leamington", "Essex Centre"]) == list("GWBLE")
    assert assign_plan_keys(["Glen", "Glen 2", "Ally"]) == ["G", "L", "1"]
    keys = assign_plan_keys(["Aaa", "Yy", "Gg", "Gg"])
    assert keys[0] == "1" and keys[1] == "2" and keys[2] == "G" and keys[3] == "3"


def test_paper_counts_panel_records_paper_entries_without_blocking_taps(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    qtbot.mouseClick(mode.paper_button, Qt.MouseButton.LeftButton)
    panel = mode.paper_panel
    assert panel.isVisible() and window.event_mode.isVisible()
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)  # tapping goes on while it is open
    panel.attendees.setText("12")
    dict(panel.plan_fields)[plan_button_id(mode, "Glengarry")].setText("5")
    panel.yes.setText("4")
    panel.unsure.setText("1")
    assert panel.preview.text() == ("Will add: 12 attendees, 5 “Glengarry” plans, 4 answers “yes”, "
                                    "1 answer “not sure”")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert mode.attendee_count.text() == "Attendees 13"
    assert mode.plan_count.text() == "Plans handed out 5"
    assert mode.confidence_count.text() == "More confident: yes 4 · no 0 · not sure 1 (80%)"
    assert mode.status_line.text().startswith("Added the paper sheet: 12 attendees, 5 “Glengarry” plans")
    paper = [r for r in tally_rows(ctx, event_id) if r[4] == "paper"]
    assert paper == [("attendee", None, None, 12, "paper"), ("plan", "Glengarry", None, 5, "paper"),
                     ("confidence", None, "yes", 4, "paper"), ("confidence", None, "unsure", 1, "paper")]
    assert panel.attendees.text() == ""
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.error.text() == "Nothing to add: every count is 0."


def plan_button_id(mode, name):
    return next(ident for ident, b in mode.plan_buttons.items() if b.accessibleName().endswith(name))


def test_core_errors_show_as_messages_not_crashes(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    events.set_event_cancelled(ctx.conn, event_id, True)  # e.g. cancelled by an import meanwhile
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)
    assert "is cancelled" in mode.status_line.text()
    assert "is cancelled" in window.statusBar().currentMessage()
    assert tally_rows(ctx, event_id) == []


def test_big_targets_fit_at_1366x768(window, qtbot, event_id):
    mode = start(window, qtbot, event_id)
    qtbot.mouseClick(mode.paper_button, Qt.MouseButton.LeftButton)
    targets = [mode.attendee_button, mode.yes_button, mode.no_button, mode.unsure_button, *mode.plan_buttons.values()]
    inside = window.rect()
    for button in targets + [mode.undo_button, mode.end_button, mode.paper_button, mode.paper_panel.add_button]:
        assert button.isVisible()
        top_left = button.mapTo(window, button.rect().topLeft())
        bottom_right = button.mapTo(window, button.rect().bottomRight())
        assert inside.contains(top_left) and inside.contains(bottom_right), button.text()
    assert all(b.height() >= 48 for b in targets)
    assert all(b.font().pointSizeF() > window.font().pointSizeF() for b in targets)


def test_every_control_has_an_accessible_name(window, qtbot, event_id):
    start(window, qtbot, event_id)
    window.event_mode.paper_button.setChecked(True)
    assert controls_without_accessible_name(window) == []


def test_tap_keys_do_nothing_outside_event_mode(window, qtbot, ctx, event_id):
    window.ctx.notify(Change.EVENTS)
    window.activateWindow()
    screen = window.page_widgets[0]
    screen.table.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_Y, Qt.Key.Key_G):
        qtbot.keyClick(screen.table, key)
    qtbot.keyClicks(screen.form.name, "Annual BBQ")
    assert screen.form.name.text() == "Annual BBQ"
    assert tally_rows(ctx, event_id) == []
