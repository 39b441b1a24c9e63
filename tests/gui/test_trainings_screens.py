"""The Trainings page (form, attendance, the ratings tap screen) and the Activities page."""

import datetime as dt

from PySide6.QtCore import QDate, Qt

from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.core.records import events
from outreach_app.core.trainings import attendance, sessions
from outreach_app.core.trainings.figures import trainings_summary
from outreach_app.ui import look
from outreach_app.ui.activities_screen import ActivitiesScreen
from outreach_app.ui.trainings_screen import TrainingsScreen


def test_ten_participants_rated_from_the_keyboard_alone(qtbot, ctx):
    from outreach_app.ui.training_ratings import RatingsEntry

    training = sessions.get_training(ctx.conn, sessions.add_training(ctx.conn, "Naloxone", "2026-03-10", "Windsor"))
    dialog = RatingsEntry(ctx, training)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for participant in range(10):
        improved = participant < 7  # seven rated higher after than before on statement 1
        first = "24" if improved else "33"
        qtbot.keyClicks(dialog, first + "3344" + ("55" if participant % 2 else "4\r"))  # one unpaired 'after' left empty
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.count.text() == "10 forms saved"
    figures = trainings_summary(ctx.conn, None, None)
    assert (figures["participants"], figures["participants_paired"], figures["percent_improved"]) == (10, 10, 70.0)
    last = figures["statements"][3]
    assert (last["before_count"], last["after_count"]) == (10, 5)
    # a digit that is no rating is refused; Ctrl+Z takes back the last form
    qtbot.keyClick(dialog, Qt.Key.Key_7)
    assert "7 is not a rating" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert trainings_summary(ctx.conn, None, None)["participants"] == 9


def test_create_a_training_and_record_attendance_asking_before_more_than_registered(window, qtbot, ctx, monkeypatch):
    add_organisation(ctx.conn, "Windsor Police Service", "Police")
    screen = window.page(TrainingsScreen)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    form.topic.setCurrentText("Mental-health first aid")
    form.date.setDate(QDate.currentDate().addDays(3))
    qtbot.keyClicks(form.capacity, "25")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [training] = sessions.list_trainings(ctx.conn)
    assert (training.topic, training.capacity, training.municipality) == ("Mental-health first aid", 25, "Windsor")
    assert screen.selected_training().id == training.id
    panel = screen.attendance
    panel.organisation.setCurrentText("windsor police service")
    qtbot.keyClicks(panel.registered, "10")
    qtbot.keyClicks(panel.attended, "12")
    answers = []
    monkeypatch.setattr(look, "ask", lambda *args, **kw: answers.append(args[2]) or False)
    qtbot.keyClick(panel.attended, Qt.Key.Key_Return)
    assert "12 attended but only 10 registered" in answers[0]
    assert attendance.list_attendance(ctx.conn, training.id) == []
    monkeypatch.setattr(look, "ask", lambda *args, **kw: True)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert [(a.organisation, a.attended) for a in attendance.list_attendance(ctx.conn, training.id)] == [
        ("Windsor Police Service", 12)]
    assert panel.model.rowCount() == 1
    # a new organisation is added inline with its sector, after a question
    panel.organisation.setCurrentText("Essex EMS")
    panel.sector.setCurrentIndex(2)  # Paramedic services
    qtbot.keyClicks(panel.registered, "4")
    qtbot.keyClicks(panel.attended, "4")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert trainings_summary(ctx.conn, None, None)["sectors_reached_names"] == ["Paramedic services", "Police"]
    # a wrong count is refused under the fields, nothing written
    qtbot.keyClicks(panel.registered, "ten")
    qtbot.keyClicks(panel.attended, "1")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "registered 'ten' is not a whole number" in panel.error.text()


def test_activities_list_events_and_trainings_of_the_month_filtered_by_kind(window, qtbot, ctx):
    today = dt.date.today().isoformat()
    events.add_event(ctx.conn, "Glengarry BBQ", today, "Windsor")
    sessions.add_training(ctx.conn, "Naloxone", today, "Windsor")
    screen = window.page(ActivitiesScreen)
    screen.refresh()
    assert sorted(screen.model.row_at(r).kind for r in range(screen.model.rowCount())) == ["event", "training"]
    screen.kind_boxes["event"].setChecked(False)
    assert [screen.model.row_at(r).title for r in range(screen.model.rowCount())] == ["Naloxone"]
    # Enter on a row opens the activity on its own page, selected
    screen.kind_boxes["event"].setChecked(True)
    row = next(r for r in range(screen.proxy.rowCount())
               if screen.model.row_at(screen.proxy.mapToSource(screen.proxy.index(r, 0)).row()).kind == "event")
    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    from outreach_app.ui.events_screen import EventsScreen

    assert window.pages.currentWidget() is window.page(EventsScreen)
    assert window.page(EventsScreen).selected_event().name == "Glengarry BBQ"


def test_a_consultation_on_the_activities_page_opens_on_the_consultations_page(window, qtbot, ctx):
    from outreach_app.core.consultations.records import add_consultation
    from outreach_app.ui.consultations_screen import ConsultationsScreen

    today = dt.date.today().isoformat()
    events.add_event(ctx.conn, "Glengarry BBQ", today, "Windsor")
    add_consultation(ctx.conn, "Older ones first", "2020-01-01", "Essex")
    ident = add_consultation(ctx.conn, "Newcomer council", today, "Leamington")
    screen = window.page(ActivitiesScreen)
    screen.refresh()
    rows = {screen.model.row_at(r).kind: r for r in range(screen.model.rowCount())}
    assert set(rows) == {"event", "consultation"}
    kind_column = next(c for c in range(screen.model.columnCount())
                       if screen.model.headerData(c, Qt.Orientation.Horizontal) == "Kind")
    assert screen.model.index(rows["consultation"], kind_column).data() == "Consultation"
    screen.kind_boxes["event"].setChecked(False)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    page = window.page(ConsultationsScreen)
    assert window.pages.currentWidget() is page and page.selected_id() == ident
