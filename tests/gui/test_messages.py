"""A message belongs to the page (or event mode) and the action that raised it: the action's next
success replaces its error, and leaving the page clears its messages (ui/feedback.py)."""

from PySide6.QtCore import Qt

from outreach_app.core.changes import Change
from outreach_app.core.records import events
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.pages import PAGES
from outreach_app.ui.plans_screen import PlansScreen

ROW = {label: row for row, (label, _) in enumerate(PAGES)}  # the sidebar rows by page name


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status(window) -> str:
    return window.statusBar().currentMessage()


def save_with_bad_start_time(qtbot, screen):
    form = screen.form
    form.start_new()
    form.name.setText("Tenant meeting")
    form.start_time.setText("25:00")
    click(qtbot, form.save_button)
    assert form.errors["start_time"].isVisible()


def test_an_error_goes_when_the_same_action_then_succeeds(window, qtbot, ctx):
    screen = window.page(EventsScreen)
    save_with_bad_start_time(qtbot, screen)
    assert "25:00" in status(window)
    screen.form.start_time.setText("10:00")
    click(qtbot, screen.form.save_button)
    assert [e.name for e in events.list_events(ctx.conn, date_from=None)] == ["Tenant meeting"]
    assert status(window) == ""
    assert not screen.form.errors["start_time"].isVisible()
    assert screen.message.text() == "Event saved."
    screen.form.end_time.setText("09:00")  # before the start: the next save fails
    click(qtbot, screen.form.save_button)
    assert screen.form.errors["end_time"].isVisible() and "before start time" in status(window)
    assert screen.message.text() == ""  # "Event saved." is no longer true of what the form shows


def test_messages_go_when_their_page_is_left(window, qtbot):
    plans = window.page(PlansScreen)
    window.show_page(ROW["Plans"])
    plans.new_name.clear()
    click(qtbot, plans.add_button)
    assert plans.add_error.isVisible() and status(window)
    window.show_page(ROW["Events"])
    assert status(window) == ""
    window.show_page(ROW["Plans"])
    assert not plans.add_error.isVisible() and plans.add_error.text() == ""

    events_page = window.page(EventsScreen)
    window.show_page(ROW["Events"])
    click(qtbot, events_page.new_button)
    events_page.message.setText("Event saved.")  # as after a save
    window.show_page(ROW["Reports"])
    window.show_page(ROW["Events"])
    assert events_page.message.text() == ""


def test_a_page_error_does_not_follow_into_event_mode(window, qtbot, event_id):
    screen = window.page(EventsScreen)
    save_with_bad_start_time(qtbot, screen)
    assert status(window)
    window.ctx.notify(Change.EVENTS)
    screen.select_event(event_id)
    click(qtbot, screen.start_button)
    assert window.in_event_mode()
    assert status(window) == ""


def test_an_event_mode_error_goes_with_the_next_tap_and_with_event_mode(window, qtbot, ctx, event_id):
    window.ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    screen.select_event(event_id)
    click(qtbot, screen.start_button)
    mode = window.event_mode
    events.set_event_cancelled(ctx.conn, event_id, True)  # e.g. by an import meanwhile
    click(qtbot, mode.attendee_button)
    assert "is cancelled" in status(window)
    events.set_event_cancelled(ctx.conn, event_id, False)
    click(qtbot, mode.attendee_button)
    assert status(window) == "" and mode.status_line.text().startswith("Last: attendee")

    click(qtbot, mode.paper_button)
    click(qtbot, mode.paper_panel.add_button)  # every count 0
    assert mode.paper_panel.error.isVisible()
    events.set_event_cancelled(ctx.conn, event_id, True)
    click(qtbot, mode.attendee_button)
    assert "is cancelled" in status(window)
    click(qtbot, mode.end_button)
    assert not window.in_event_mode()
    assert "is cancelled" not in status(window) and "Event mode ended" in status(window)
    assert not mode.paper_panel.error.isVisible()


def test_a_page_out_of_sight_finishing_does_not_clear_the_shown_page_s_error(window, qtbot):
    plans = window.page(PlansScreen)
    events_page = window.page(EventsScreen)
    window.show_page(0)
    save_with_bad_start_time(qtbot, events_page)
    shown = status(window)
    window.ctx.report_done("Saved elsewhere", owner=plans)
    assert status(window) == shown
    window.ctx.report_done(owner=events_page)
    assert status(window) == ""
