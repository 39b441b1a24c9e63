"""The events page (table, form with inline validation, cancel) and the plan catalogue page."""

import datetime as dt

from PySide6.QtCore import QDate, Qt

from outreach_app.core.changes import Change
from outreach_app.core.records import events, tally
from outreach_app.core.records.catalogue import list_plans
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.pages import PAGES
from outreach_app.ui.plans_screen import PlansScreen

ROW = {label: row for row, (label, _) in enumerate(PAGES)}  # the sidebar rows by page name


def test_create_an_event_through_the_form(window, qtbot, ctx):
    screen = window.page(EventsScreen)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert form.municipality.currentText() == "Windsor"  # the home municipality
    qtbot.keyClicks(form.name, "Glengarry community BBQ")
    form.date.setDate(QDate.currentDate().addDays(2))
    qtbot.keyClicks(form.start_time, "10:00")
    qtbot.keyClicks(form.end_time, "14:00")
    qtbot.keyClicks(form.site, "Glengarry Court")
    qtbot.keyClicks(form.staff, "JT")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = events.list_events(ctx.conn)
    assert [(e.name, e.date, e.start_time, e.end_time, e.municipality, e.site, e.staff_initials) for e in stored] == [
        ("Glengarry community BBQ", (dt.date.today() + dt.timedelta(days=2)).isoformat(), "10:00", "14:00",
         "Windsor", "Glengarry Court", "JT")]
    assert screen.model.rowCount() == 1 and screen.selected_event().id == stored[0].id
    assert screen.message.text() == "Event saved."
    # editing the selected event changes it rather than adding another
    form.name.setText("Glengarry BBQ")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert [e.name for e in events.list_events(ctx.conn)] == ["Glengarry BBQ"]


def test_validation_messages_appear_under_the_field(window, qtbot, ctx):
    screen = window.page(EventsScreen)
    form = screen.form
    form.start_new()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["name"].isVisible() and form.errors["name"].text() == "event name must not be empty"
    form.name.setText("Tenant meeting")
    form.start_time.setText("25:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.errors["name"].isVisible()
    assert form.errors["start_time"].text() == "start time '25:00' is not a real time of day"
    form.start_time.setText("18:00")
    form.end_time.setText("17:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["end_time"].text() == "end time 17:00 is before start time 18:00"
    assert events.list_events(ctx.conn) == []
    assert "before start time" in window.statusBar().currentMessage()


def test_table_sorts_and_hides_past_events_until_asked(window, qtbot, ctx, today):
    day = dt.date.today()
    for name, offset in (("Zeta walk", 5), ("Alpha BBQ", 1), ("Old event", -30)):
        events.add_event(ctx.conn, name, (day + dt.timedelta(days=offset)).isoformat(), "Essex")
    ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    shown = lambda column: [screen.proxy.index(r, column).data() for r in range(screen.proxy.rowCount())]  # noqa: E731
    assert shown(2) == ["Alpha BBQ", "Zeta walk"]
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown(2) == ["Zeta walk", "Alpha BBQ"]
    screen.show_past.setChecked(True)
    assert shown(2) == ["Zeta walk", "Old event", "Alpha BBQ"]
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(2) == ["Old event", "Alpha BBQ", "Zeta walk"]


def test_cancel_and_reinstate_an_event(window, qtbot, ctx, event_id):
    ctx.notify(Change.EVENTS)
    screen = window.page(EventsScreen)
    screen.select_event(event_id)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert events.get_event(ctx.conn, event_id).cancelled
    row = screen.model.row_of(event_id)
    assert screen.model.index(row, 5).data() == "Cancelled"
    assert not screen.start_button.isEnabled()
    assert screen.cancel_button.text() == "Reinstate event"
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert not events.get_event(ctx.conn, event_id).cancelled
    assert screen.start_button.isEnabled()


def test_plan_catalogue_add_rename_retire_keeps_history(window, qtbot, ctx, event_id):
    tally.record_plan_handed_out(ctx.conn, event_id, next(p.id for p in list_plans(ctx.conn) if p.name == "West End"))
    window.show_page(ROW["Plans"])
    page = window.page(PlansScreen)
    qtbot.keyClicks(page.new_name, "Sandwich Towne")
    qtbot.keyClicks(page.new_area, "Sandwich, Windsor")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Added plan “Sandwich Towne”."
    assert "Sandwich Towne" in [p.name for p in list_plans(ctx.conn)]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.add_error.text() == "plan name must not be empty"

    page.select_plan(next(p.id for p in list_plans(ctx.conn) if p.name == "West End"))
    page.rename_to.setText("West End Windsor")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    page.rename_to.setText("Glengarry")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert page.edit_error.text() == "a plan named 'Glengarry' already exists"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    retired = [p for p in list_plans(ctx.conn, include_retired=True) if not p.active]
    assert [p.name for p in retired] == ["West End Windsor"]
    assert page.model.index(page.model.row_of(retired[0].id), 3).data() == "Retired"
    assert page.retire_button.text().replace("&", "") == "Reinstate"

    window.show_page(ROW["Events"])
    window.start_event_mode(event_id)
    mode = window.event_mode
    names = [b.accessibleName() for b in mode.plan_buttons.values()]
    assert "Plan handed out: West End Windsor" not in names and "Plan handed out: Sandwich Towne" in names
    assert mode.plan_count.text() == "Plans handed out 1"
    assert "West End Windsor 1" in mode.by_plan.text()  # the retired plan's history still counts


def test_events_page_and_plans_page_have_no_unnamed_controls(window):
    from tests.gui.conftest import controls_without_accessible_name

    for row in range(window.nav.count()):
        window.show_page(row)
        assert controls_without_accessible_name(window) == []
