"""The Reports screen: changing the range changes the figures; Copy puts the sentence on the clipboard;
Save PDF / CSV run on the worker and write whole files."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from outreach_app.core.changes import Change
from outreach_app.core.store.database import open_database
from outreach_app.ui.context import AppContext
from outreach_app.ui.reports_screen import ReportsScreen
from outreach_app.ui.tasks import wait_for_background_tasks
from tests.core.report_fixture import build


@pytest.fixture
def screen(qtbot, tmp_path):
    db_path = tmp_path / "outreach.db"
    conn = open_database(db_path)
    build(conn)
    conn.close()
    ctx = AppContext(db_path)
    widget = ReportsScreen(ctx, today=dt.date(2025, 10, 5))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None, timeout=5000)
    yield widget
    wait_for_background_tasks()
    ctx.close()


def _figure(widget, key):
    return widget.figure_values[key].text()


def test_season_to_date_then_custom_range_changes_the_figures(screen, qtbot):
    # the season: the run of events up to today (May 10 to July 20), up to today (October 5)
    assert screen.current_range() == ("2025-05-10", "2025-10-05")
    assert _figure(screen, "events") == "4" and screen.empty_note.isHidden()
    screen.set_range("2025-06-01", "2025-09-30")
    qtbot.waitUntil(lambda: _figure(screen, "events") == "3", timeout=5000)
    assert (_figure(screen, "plans_distributed"), _figure(screen, "percent_yes")) == ("37", "83.3%")
    screen.set_range("2025-07-01", "2025-07-31")
    qtbot.waitUntil(lambda: _figure(screen, "events") == "2", timeout=5000)
    assert _figure(screen, "plans_distributed") == "5"
    assert screen.quick.currentText() == "Custom"
    assert screen.models["events"].rowCount() == 2
    screen.municipality.setCurrentIndex(screen.municipality.findData("Essex"))
    qtbot.waitUntil(lambda: _figure(screen, "events") == "1", timeout=5000)
    assert _figure(screen, "percent_yes") == "–"


def test_copy_puts_the_sentence_on_the_clipboard(screen, qtbot):
    screen.set_range("2025-06-01", "2025-09-30")
    qtbot.waitUntil(lambda: _figure(screen, "events") == "3", timeout=5000)
    sentence = screen.sentence.text()
    assert sentence.startswith("Attended 3 community events from June 19 to July 20")
    qtbot.mouseClick(screen.copy_button, Qt.LeftButton)
    assert QApplication.clipboard().text() == sentence
    screen.language.setCurrentIndex(1)
    assert screen.sentence.text().startswith("Participation à 3 activités communautaires")


def test_data_changed_refreshes(screen, qtbot):
    from outreach_app.core.records.events import add_event

    add_event(screen.ctx.conn, "Late addition", "2025-08-01", "Windsor")
    screen.ctx.notify(Change.EVENTS)
    qtbot.waitUntil(lambda: _figure(screen, "events") == "4", timeout=5000)


def test_save_pdf_and_csv_off_the_ui_thread(screen, qtbot, tmp_path):
    pdf, csv_file = tmp_path / "r.pdf", tmp_path / "events.csv"
    screen.save_pdf_to(str(pdf))
    assert not screen.save_pdf_button.isEnabled()  # one save at a time, progress shown
    qtbot.waitUntil(lambda: screen.save_pdf_button.isEnabled(), timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF-")
    screen.save_csv_to(str(csv_file), "events")
    qtbot.waitUntil(lambda: screen.save_csv_button.isEnabled(), timeout=20000)
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfdate,event")
    assert not screen.progress.isVisible()


def test_at_1366x768_the_charts_have_the_column_s_width_and_the_events_table_shows_every_column(screen, qtbot):
    """Side by side, the charts were ~330 and ~220 px wide: 'Not sure 5.8%' and the dates under the bars
    were cut short, and the events table hid its last columns behind a scroll bar."""
    plans, confidence = screen.plans_chart, screen.confidence_chart
    assert confidence.geometry().top() >= plans.geometry().bottom()  # one above the other
    assert plans.width() == confidence.width() >= 420
    view = screen.tabs.widget(0)
    qtbot.waitUntil(lambda: view.horizontalHeader().length() > 0, timeout=5000)
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0


def test_an_empty_range_says_why_and_names_the_latest_event(screen, qtbot):
    screen.set_range("2025-08-01", "2025-09-30")
    qtbot.waitUntil(lambda: _figure(screen, "events") == "0", timeout=5000)
    assert screen.empty_note.isVisible()
    assert screen.empty_note.text() == "No events between 2025-08-01 and 2025-09-30; the latest event is 2025-07-20."
    screen.set_range("2025-07-01", "2025-07-31")
    qtbot.waitUntil(lambda: _figure(screen, "events") == "2", timeout=5000)
    assert screen.empty_note.isHidden()


def test_on_december_2_the_reports_open_on_the_season_not_on_zeros(qtbot, tmp_path):
    db_path = tmp_path / "outreach.db"
    conn = open_database(db_path)
    build(conn)
    conn.close()
    ctx = AppContext(db_path)
    widget = ReportsScreen(ctx, today=dt.date(2025, 12, 2))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.report is not None, timeout=5000)
    assert widget.current_range() == ("2025-05-10", "2025-12-02")
    assert _figure(widget, "events") == "4"
    wait_for_background_tasks()
    ctx.close()
