"""Every date field of the window reads the date typed, refuses an impossible one naming it, is one Tab
stop, and asks before saving a date more than a year from today (issue 15, finding 1)."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from outreach_app.core.records import events
from outreach_app.core.flyers.drops import list_drops
from outreach_app.core.validate import far_from_today
from outreach_app.ui import look
from outreach_app.ui.date_field import DateField, local_order
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.flyers_screen import FlyersScreen
from outreach_app.ui.reports_screen import ReportsScreen


@pytest.fixture
def questions(monkeypatch):
    """The Yes/No questions asked (answered Yes unless the test sets answers[0] to False)."""
    asked, answers = [], [True]
    monkeypatch.setattr(look, "ask", lambda parent, title, question, **_: asked.append(question) or answers[0])
    return asked, answers


def _new_event_form(window):
    screen = window.page(EventsScreen)
    form = screen.form
    form.start_new()
    form.name.setText("Tenant meeting")
    return form


def _type_date(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize("typed", ["2027-03-15", "2027-3-15"])
def test_a_date_typed_in_the_event_form_is_the_date_saved(window, qtbot, ctx, questions, typed):
    form = _new_event_form(window)
    _type_date(qtbot, form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Return)  # Enter saves, as in the other fields
    assert form.date.text() == "2027-03-15"  # read as typed, shown in full
    assert [e.date for e in events.list_events(ctx.conn)] == ["2027-03-15"]
    asked = 1 if far_from_today("2027-03-15", dt.date.today()) else 0  # within a year of 2026-12: no question
    assert len(questions[0]) == asked


@pytest.mark.parametrize("typed", ["2025-02-30", "2027-13-01", "next week"])
def test_an_impossible_date_is_refused_in_the_form_naming_it(window, qtbot, ctx, questions, typed):
    form = _new_event_form(window)
    _type_date(qtbot, form.date, typed)
    form.save_button.click()
    assert events.list_events(ctx.conn) == []
    message = form.errors["date"].text()
    assert form.errors["date"].isVisible() and f"'{typed}'" in message and message.startswith("event date")
    assert form.date.text() == typed  # never changed into another date
    assert form.date.hasFocus() or not window.isActiveWindow()


def test_a_date_five_years_away_is_saved_only_when_confirmed(window, qtbot, ctx, questions):
    asked, answers = questions
    far = dt.date.today().replace(day=1) + dt.timedelta(days=5 * 366)
    form = _new_event_form(window)
    _type_date(qtbot, form.date, far.isoformat())
    answers[0] = False
    form.save_button.click()
    assert events.list_events(ctx.conn) == [] and len(asked) == 1 and far.isoformat() in asked[0]
    answers[0] = True
    form.save_button.click()
    assert [e.date for e in events.list_events(ctx.conn)] == [far.isoformat()] and len(asked) == 2
    form.notes.setText("changed")  # the same date again: no second question
    form.save_button.click()
    assert len(asked) == 2 and events.list_events(ctx.conn)[0].notes == "changed"


def test_one_pass_of_tab_puts_every_value_in_its_own_field(window, qtbot, ctx, questions):
    form = _new_event_form(window)
    form.name.clear()
    form.date.clear()
    form.municipality.setCurrentText("")
    values = [("name", "Glengarry BBQ"), ("date", "2027-3-15"), ("start_time", "10:00"), ("end_time", "14:00"),
              ("municipality", "Windsor"), ("site", "Glengarry Court"), ("partners", "CMHA"), ("staff", "JT"),
              ("notes", "bring the banner")]
    window.activateWindow()
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    for key, text in values:
        assert window.focusWidget() in (getattr(form, key), getattr(form, key).focusProxy()), f"Tab did not reach {key}"
        qtbot.keyClicks(window.focusWidget(), text)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is form.save_button
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    [event] = events.list_events(ctx.conn)
    assert (event.name, event.date, event.start_time, event.end_time, event.municipality, event.site, event.partners,
            event.staff_initials, event.notes) == ("Glengarry BBQ", "2027-03-15", "10:00", "14:00", "Windsor",
                                                   "Glengarry Court", "CMHA", "JT", "bring the banner")


def test_no_date_editor_of_qt_is_left_in_the_window(window):
    from outreach_app.ui.pages import PAGES

    for number in range(len(PAGES)):
        window.show_page(number)
    assert window.findChildren(QDateEdit) == [] and window.findChildren(QDateTimeEdit) == []
    assert len(window.findChildren(DateField)) >= 5  # event, drop, closing, report from and to


def test_flyer_drop_date_typed_is_the_date_recorded(ctx, qtbot, questions):
    screen = FlyersScreen(ctx)
    qtbot.addWidget(screen)
    panel = screen.drops_panel
    panel.drop_tag.setCurrentText("library")
    panel.drop_place.setText("Leamington library")
    day = dt.date.today() - dt.timedelta(days=40)
    _type_date(qtbot, panel.drop_date, f"{day.year}-{day.month}-{day.day}")
    panel.drop_button.click()
    assert [d.date for d in list_drops(ctx.conn)] == [day.isoformat()] and questions[0] == []
    _type_date(qtbot, panel.drop_date, "2025-02-30")
    panel.drop_button.click()
    assert len(list_drops(ctx.conn)) == 1 and "'2025-02-30'" in panel.drop_message.text()


def test_report_range_typed_is_the_range_reported(ctx, qtbot):
    screen = ReportsScreen(ctx, today=dt.date(2026, 12, 1))
    qtbot.addWidget(screen)
    _type_date(qtbot, screen.date_from, "2026-3-1")
    qtbot.keyClick(screen.date_from, Qt.Key.Key_Return)
    assert screen.current_range()[0] == "2026-03-01" and screen.date_from.text() == "2026-03-01"
    _type_date(qtbot, screen.date_to, "2026-02-30")
    qtbot.keyClick(screen.date_to, Qt.Key.Key_Return)
    assert screen.current_range()[1] == "2026-02-30"  # passed on as typed: the core refuses it, naming it
    assert screen.range_label.text() == "to date '2026-02-30' is not a real calendar date"


def test_the_locales_own_order_and_the_arrow_keys(qtbot):
    field = DateField("date", "Date")
    qtbot.addWidget(field)
    field.setLocale(QLocale("fr_FR"))
    _type_date(qtbot, field, "15/03/2027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "2027-03-15"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "2027-03-16"
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.text() == "2027-02-16"
    _type_date(qtbot, field, "2027-02-31")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "2027-02-31"  # a text that is not a date is never stepped into one
    assert local_order("M/d/yy") == "mdy" and local_order("yyyy-MM-dd") == "ymd" and local_order("dd.MM.yyyy") == "dmy"


def test_the_calendar_picks_a_day(qtbot):
    field = DateField("date", "Date")
    qtbot.addWidget(field)
    field.setDate("2027-03-15")
    field.show()
    with qtbot.waitSignal(field.sig_date_changed) as changed:
        field.show_calendar()
        calendar = field._popup.calendar
        assert calendar.selectedDate().toPython() == dt.date(2027, 3, 15)
        calendar.setSelectedDate(calendar.selectedDate().addDays(3))
        qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert changed.args == ["2027-03-18"] and field.text() == "2027-03-18" and not field._popup.isVisible()


def test_enter_on_the_far_date_question_answers_no(qtbot):
    """A date years away is usually a typo: pressing Enter at the question must not save it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from outreach_app.ui.date_field import confirm_far_date

    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def press_enter():
        box = QApplication.activeModalWidget()
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    assert confirm_far_date(parent, "2031-12-02") is False
    assert seen == [True]
