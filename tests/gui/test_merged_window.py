"""What the field test of the merged window found: each test a defect seen on screen at 1366×768."""

from PySide6.QtCore import Qt

from outreach_app.ui.guide_form import GuideForm


def test_each_template_question_reads_on_one_line_beside_its_french(qtbot, ctx):
    form = GuideForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.use_template()
    qtbot.wait(20)
    for box in (form.english, form.french):
        block = box.document().firstBlock()
        while block.isValid():
            assert block.layout().lineCount() == 1, block.text()  # wrapped, line n would not be question n
            block = block.next()
    assert form.sizeHint().width() <= 1280


def test_a_new_consultation_goes_straight_to_capture_and_its_saved_message_goes_with_the_first_response(
        window, qtbot, ctx):
    from outreach_app.core.consultations import guides
    from outreach_app.ui.consultations_screen import ConsultationsScreen

    guide = guides.add_template_guide(ctx.conn)
    screen = window.page(ConsultationsScreen)
    window.show_page(window.page_widgets.index(screen))
    screen.tabs.setCurrentIndex(1)  # left on Themes last time
    form = screen.open_form(None)
    form.title.setText("Newcomer council conversation")
    form.guide.setCurrentIndex(form.guide.findData(guide))
    form.save()
    assert screen.message.text() == "Consultation saved."
    assert screen.tabs.currentWidget() is screen.capture
    assert window.focusWidget() is screen.capture.box  # the facilitator types the first response now
    qtbot.keyClicks(screen.capture.box, "Feeling safe walking at night")
    qtbot.keyClick(screen.capture.box, Qt.Key.Key_Return)
    assert screen.capture.message.text() == "Saved to question 1."
    assert screen.message.text() == ""  # not "Consultation saved." under it
    screen.message.setText("Guide saved.")
    screen.tabs.setCurrentIndex(1)  # Themes: "Tagged …" shows on its own line; the page's old line goes
    assert screen.message.text() == ""


def test_attendance_recorded_takes_away_training_saved(window, qtbot, ctx, monkeypatch):
    from PySide6.QtCore import QDate

    from outreach_app.ui import look
    from outreach_app.ui.trainings_screen import TrainingsScreen

    screen = window.page(TrainingsScreen)
    titles = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, **kw: titles.append(title) or True)
    screen.form.topic.setCurrentText("Naloxone and overdose response")
    screen.form.date.setDate(QDate.currentDate().addDays(1))
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Training saved."
    panel = screen.attendance
    panel.organisation.setCurrentText("Leamington Police")
    qtbot.keyClicks(panel.registered, "12")
    qtbot.keyClicks(panel.attended, "14")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    assert screen.message.text() == ""
    # the two questions asked on the way are titled like every other window of Outreach
    assert titles == ["Outreach — new organisation", "Outreach — more attended than registered"]


def test_every_window_title_reads_outreach_dash_then_lowercase():
    """Dialogs, questions and file choosers: 'Outreach — what it is about' (several branches wrote
    'New organisation — Outreach' or 'Outreach — Import …')."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "outreach_app" / "ui"
    wrong = []
    for source in sorted(ui.glob("*.py")):
        for title in re.findall(r'tr\("([^"]*—[^"]*)"\)', source.read_text(encoding="utf-8")):
            if title.endswith("— Outreach") or re.match(r"Outreach — [A-Z][a-z]", title):
                wrong.append(f"{source.name}: {title}")
    assert wrong == []


def test_one_survey_response_is_one_response_on_screen_and_on_the_chart(qtbot, tmp_path):
    from outreach_app.core.surveys.records import add_survey
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.surveys_screen import SurveysScreen
    from outreach_app.ui.tasks import wait_for_background_tasks
    from tests.core.survey_helpers import write_csv

    ctx = AppContext(tmp_path / "outreach.db")
    try:
        survey = add_survey(ctx.conn, "Safety survey", "https://example.org/s", "2025-11-30")
        screen = SurveysScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        export = write_csv(tmp_path / "kobo.csv", [["_uuid", "_submission_time", "src"],
                                                   ["a1", "2025-10-02T10:00:00", "library"]])
        dialog = screen.open_import_dialog(str(export))
        qtbot.addWidget(dialog)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
        assert dialog.result_label.text().startswith("1 response read: 1 new")
        qtbot.waitUntil(lambda: screen.report is not None and screen.report["responses"] == 1, timeout=10000)
        assert screen.figures_label.text().startswith("1 response, 1 complete")
        axis = screen.chart.view.chart().axes()[1]
        assert (axis.min(), axis.max(), axis.tickCount()) == (0, 2, 3)  # 0, 1, 2: no tick label said twice
        assert survey == screen.current_survey()
    finally:
        wait_for_background_tasks()
        ctx.close()


def test_the_consultation_form_shows_the_template_guides_whole_name(qtbot, ctx):
    from outreach_app.core.consultations import guides
    from outreach_app.ui.consultation_form import ConsultationForm

    form = ConsultationForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    guide = guides.add_template_guide(ctx.conn)  # made with New guide… while the form is open
    form._fill_lists(guide)
    qtbot.wait(20)
    name = form.guide.currentText()
    assert name.startswith(guides.TEMPLATE_NAME)
    room = form.guide.style().subControlRect(
        form.guide.style().ComplexControl.CC_ComboBox, _combo_option(form.guide),
        form.guide.style().SubControl.SC_ComboBoxEditField, form.guide).width()
    assert form.guide.fontMetrics().horizontalAdvance(name) <= room  # not "Community safety and well-being con…"


def _combo_option(combo):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


def test_an_activity_opened_from_the_activities_list_has_the_focus_on_its_row(window, qtbot, ctx):
    import datetime as dt

    from outreach_app.core.trainings import sessions
    from outreach_app.ui.activities_screen import ActivitiesScreen
    from outreach_app.ui.trainings_screen import TrainingsScreen

    sessions.add_training(ctx.conn, "Naloxone", dt.date.today().isoformat(), "Windsor")
    window.show()
    screen = window.page(ActivitiesScreen)
    window.show_page(window.page_widgets.index(screen))
    screen.refresh()
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    trainings = window.page(TrainingsScreen)
    assert window.pages.currentWidget() is trainings
    assert window.focusWidget() is trainings.table  # not the "Show past trainings" box beside it
