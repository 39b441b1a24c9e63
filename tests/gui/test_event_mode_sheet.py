"""Event mode's paper sheet, undo, keys, long plan names, the question and ending an event, driven
through the real window as a worker would."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from outreach_app.core.records import catalogue as records
from outreach_app.core.reports import summary as reports
from outreach_app.core.reports.text import update_sentence
from outreach_app.core.wording import confidence_question, confidence_topic
from tests.gui.conftest import tally_rows
from tests.gui.test_event_mode import plan_button_id, start

LONG_NAME = "Glengarry Court and surrounding neighborhood community safety plan 2"  # 68 characters


@pytest.fixture
def answers(monkeypatch):
    """Every message box answers with the next button in the list; what each one asked is kept."""
    asked, replies = [], []

    def exec_(box):
        asked.append(box.text() + " " + box.informativeText())
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked, replies


def open_sheet(window, qtbot, event_id):
    mode = start(window, qtbot, event_id)
    window.activateWindow()
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert mode.paper_panel.isVisible()
    return mode, mode.paper_panel


def test_a_huge_count_is_shown_as_typed_refused_naming_it_and_enter_never_saves(window, qtbot, ctx, event_id):
    mode, panel = open_sheet(window, qtbot, event_id)
    qtbot.keyClicks(panel.attendees, "1000000000000")
    assert panel.attendees.text() == "1000000000000"  # not cut down to a maximum
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Return)
    assert tally_rows(ctx, event_id) == []  # Enter moved on, it did not save
    assert panel.focusWidget() is panel.plan_fields[0][1]  # the next field of the sheet
    assert "1000000000000" in panel.preview.text() and "1,000,000" in panel.preview.text()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "1000000000000" in panel.error.text()
    assert panel.focusWidget() is panel.attendees
    assert tally_rows(ctx, event_id) == []


def test_a_count_above_the_event_ceiling_is_added_only_once_confirmed(window, qtbot, ctx, event_id, answers):
    asked, replies = answers
    _, panel = open_sheet(window, qtbot, event_id)
    qtbot.keyClicks(panel.attendees, "5000")
    qtbot.keyClicks(panel.yes, "30")
    replies.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(panel.yes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1].startswith("Add 5,000 attendees? That is more than 2,000 for one event.")
    assert tally_rows(ctx, event_id) == []
    replies.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert tally_rows(ctx, event_id) == [("attendee", None, None, 5000, "paper"), ("confidence", None, "yes", 30, "paper")]


def test_undo_takes_back_the_whole_sheet_and_says_so_with_grouped_digits(window, qtbot, ctx, event_id, answers):
    asked, replies = answers
    replies.append(QMessageBox.StandardButton.Yes)  # yes, a million (above the ceiling, not above the limit)
    mode, panel = open_sheet(window, qtbot, event_id)
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)
    panel.attendees.setText("1000000")
    dict(panel.plan_fields)[plan_button_id(mode, "Glengarry")].setText("17")
    panel.no.setText("1")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(tally_rows(ctx, event_id)) == 4
    panel.attendees.setFocus()
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in the panel
    assert re.fullmatch(r"Undid the paper sheet: 1,000,000 attendees, 17 “Glengarry” plans, 1 answer “no” "
                        r"\(\d\d:\d\d\)", mode.status_line.text())
    assert tally_rows(ctx, event_id) == [("attendee", None, None, 1, "tap")]
    assert mode.attendee_count.text() == "Attendees 1"


def test_tap_letters_work_from_a_count_field_and_escape_closes_the_panel(window, qtbot, ctx, event_id, answers):
    asked, replies = answers
    mode, panel = open_sheet(window, qtbot, event_id)
    qtbot.keyClick(panel.attendees, Qt.Key.Key_A)
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Y)
    assert panel.attendees.text() == ""
    assert [r[0] for r in tally_rows(ctx, event_id)] == ["attendee", "confidence"]
    qtbot.keyClicks(panel.attendees, "42")
    replies.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Escape)
    assert "Will add: 42 attendees" in asked[-1] and panel.isVisible()  # it asked, and stayed
    replies.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Escape)
    assert not panel.isVisible() and not mode.paper_button.isChecked()
    assert len(tally_rows(ctx, event_id)) == 2
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.attendees, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not panel.isVisible() and len(asked) == 2


def test_a_long_plan_name_wraps_keeps_its_key_and_never_scrolls_sideways(window, qtbot, ctx, event_id):
    assert len(LONG_NAME) == 68
    plan_id, _ = records.add_plan(ctx.conn, LONG_NAME)
    mode = start(window, qtbot, event_id)
    button = mode.plan_buttons[plan_id]
    qtbot.wait(10)
    assert button.toolTip().startswith(LONG_NAME)
    name = button.name_label.text()
    assert name.count("\n") <= 1 and name.endswith("…") and "plan plan" not in button.shown_text()
    assert button.key_label.isVisible() and button.key_label.text()
    key_right = button.key_label.mapTo(button, button.key_label.rect().topRight()).x()
    assert key_right <= button.width()
    assert not mode.plan_scroll.horizontalScrollBar().isVisible()
    assert mode.plan_scroll.widget().width() <= mode.plan_scroll.viewport().width()
    assert all("plan plan" not in b.shown_text().casefold() for b in mode.plan_buttons.values())


def test_the_question_on_screen_is_the_question_reported(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    assert mode.question.text() == confidence_question("en")
    assert "related to substance use" in mode.question.text()
    qtbot.mouseClick(mode.yes_button, Qt.MouseButton.LeftButton)
    summary = reports.summary(ctx.conn, "2000-01-01", "2100-01-01")
    assert confidence_topic("en") in update_sentence(summary, "en")
    assert confidence_topic("fr") in update_sentence(summary, "fr") and confidence_topic("fr") in confidence_question("fr")


def test_ending_an_event_sums_it_up_shows_it_held_and_offers_the_export(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    for button in (mode.attendee_button, mode.attendee_button, mode.yes_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.event_mode.plan_buttons[plan_button_id(mode, "Glengarry")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.end_button, Qt.MouseButton.LeftButton)
    dialog = mode.summary_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.summary.text()
    assert "Attendees: 2" in text and "Plans handed out: 1 (Glengarry 1)" in text and "yes 1 · no 0" in text
    screen = window.page_widgets[0]
    row = next(r for r in range(screen.table.model().rowCount())
               if screen.table.model().index(r, 2).data() == "Glengarry community BBQ")
    assert screen.table.model().index(row, 5).data() == "Held"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().__class__.__name__ == "EndOfDayScreen"


def test_first_tab_lands_on_a_visible_control_and_counters_flash_when_they_change(window, qtbot, ctx, event_id):
    mode = start(window, qtbot, event_id)
    window.activateWindow()
    mode.attendee_button.setFocus()
    qtbot.keyClick(mode.attendee_button, Qt.Key.Key_Tab)
    focused = window.focusWidget()
    assert focused is next(iter(mode.plan_buttons.values())) and focused.isVisible()
    qtbot.mouseClick(mode.attendee_button, Qt.MouseButton.LeftButton)
    assert "background" in mode.attendee_count.styleSheet()
    assert mode.plan_count.styleSheet() == "" and mode.confidence_count.styleSheet() == ""
    qtbot.waitUntil(lambda: mode.attendee_count.styleSheet() == "", timeout=2000)


def test_the_catalogue_suggests_a_short_name_and_event_mode_shows_it(window, qtbot, ctx, event_id):
    from outreach_app.ui.plans_screen import PlansScreen

    plans = window.page(PlansScreen)
    qtbot.keyClicks(plans.new_name, LONG_NAME)
    qtbot.mouseClick(plans.add_button, Qt.MouseButton.LeftButton)
    assert "“Glengarry Court 2”" in plans.message.text()
    assert plans.short_name.text() == "Glengarry Court 2"  # suggested in the field, not saved yet
    plan_id = records.find_plan(ctx.conn, LONG_NAME)
    assert records.get_plan(ctx.conn, plan_id).short_name is None
    qtbot.mouseClick(plans.short_name_button, Qt.MouseButton.LeftButton)
    assert records.get_plan(ctx.conn, plan_id).short_name == "Glengarry Court 2"
    mode = start(window, qtbot, event_id)
    button = mode.plan_buttons[plan_id]
    assert button.name_label.text() == "Glengarry Court 2" and button.toolTip().startswith(LONG_NAME)


def test_a_long_plan_name_on_the_paper_sheet_takes_two_lines_at_most_at_1280x720(window, qtbot, ctx, event_id):
    """Field test at 1280×720: the sheet's label for a 68-character plan wrapped over three lines in a
    row one field high, its first and last lines cut off."""
    records.add_plan(ctx.conn, LONG_NAME)
    window.resize(1280 - 8, 720 - 40 - 36)
    mode, panel = open_sheet(window, qtbot, event_id)
    qtbot.wait(20)
    label = next(panel.form.labelForField(field) for ident, field in panel.plan_fields
                 if records.get_plan(ctx.conn, ident).name == LONG_NAME)
    shown_lines = label.text().count("\n") + 1
    needed = label.heightForWidth(label.width()) if label.wordWrap() else label.fontMetrics().lineSpacing() * shown_lines
    assert needed <= label.height() + 1, "the plan's name is cut"
    assert shown_lines == 2 and label.text().endswith("…") and LONG_NAME in label.toolTip()
