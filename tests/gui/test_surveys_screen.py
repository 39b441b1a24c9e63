"""The Surveys screen: the import dialog's column mapping (remembered per survey), the figures, the chart
with drops and posts marked, posts added from the screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.surveys.plan import saved_mapping
from outreach_app.core.surveys.records import add_survey, list_posts
from outreach_app.ui.context import AppContext
from outreach_app.ui.survey_import_dialog import SurveyImportDialog
from outreach_app.ui.surveys_screen import SurveysScreen
from outreach_app.ui.tasks import wait_for_background_tasks
from tests.core.survey_helpers import write_csv


@pytest.fixture
def screen(qtbot, tmp_path):
    ctx = AppContext(tmp_path / "outreach.db")
    survey = add_survey(ctx.conn, "Safety survey", "https://example.org/s", "2025-11-30")
    record_drop(ctx.conn, "library", "Main library", 50, "2025-10-01", "Windsor")
    widget = SurveysScreen(ctx)
    widget.survey_id = survey
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    wait_for_background_tasks()
    ctx.close()


def _export(tmp_path):
    return str(write_csv(tmp_path / "other-platform.csv", [
        ["Ref", "Sent at", "Came from", "Area", "Comments"],
        ["a1", "2025-10-02 10:00:00", "library", "North", "more buses please"],
        ["a2", "2025-10-03 11:00:00", "Library", "South", ""],
        ["a3", "2025-10-09 12:00:00", "", "North", "call me at 519-555-0100"]]))


def _choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_mapping_in_the_dialog_imports_and_is_remembered(screen, qtbot, tmp_path):
    dialog = screen.open_import_dialog(_export(tmp_path))
    qtbot.addWidget(dialog)
    assert "No survey platform recognised" in dialog.found_label.text()
    _choose(dialog.field_combos["id"], "Ref")
    _choose(dialog.field_combos["submitted"], "Sent at")
    _choose(dialog.field_combos["source"], "Came from")
    dialog.answers_list.findItems("Area", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert "3 responses read: 3 new" in dialog.result_label.text()
    assert saved_mapping(screen.ctx.conn, screen.survey_id) == {
        "preset": None, "mapping": {"id": "Ref", "submitted": "Sent at", "source": "Came from"}, "answers": ["Area"]}
    dialog.close()

    again = SurveyImportDialog(screen.ctx, screen.survey_id, _export(tmp_path))
    qtbot.addWidget(again)
    assert again.field_combos["id"].currentText() == "Ref"  # remembered for this survey
    assert again.field_combos["source"].currentText() == "Came from"
    assert again.kept_answers() == ["Area"]
    again.import_button.click()
    qtbot.waitUntil(lambda: again.summary is not None, timeout=10000)
    assert "0 new, 3 already here" in again.result_label.text()


def test_figures_chart_and_posts_on_the_screen(screen, qtbot, tmp_path):
    dialog = screen.open_import_dialog(_export(tmp_path))
    qtbot.addWidget(dialog)
    _choose(dialog.field_combos["id"], "Ref")
    _choose(dialog.field_combos["submitted"], "Sent at")
    _choose(dialog.field_combos["source"], "Came from")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: screen.report is not None and screen.report["responses"] == 3, timeout=10000)
    assert "3 responses" in screen.figures_label.text()
    assert screen.sources_model.rows[0][:5] == ["library", "Main library", "2", "50", "4.0"]
    assert screen.towns_label.text() == "By municipality: Windsor: 2 responses from 50 flyers (4.0 per 100)"
    weeks = screen.chart.shown_weeks
    assert [w["drops"] for w in weeks if w["drops"]] == [["library"]]
    drops_series = [s for s in screen.chart.chart.series() if s.name() == "Flyers left"][0]
    assert drops_series.count() == 1

    panel = screen.posts_panel
    qtbot.keyClicks(panel.tag_edit, "fb-2025-10-07")
    qtbot.keyClicks(panel.channel_edit, "facebook")
    panel.date_edit.setDate("2025-10-07")
    panel.add_button.click()
    assert [p.source_tag for p in list_posts(screen.ctx.conn)] == ["fb-2025-10-07"]
    assert panel.model.rowCount() == 1
    qtbot.waitUntil(lambda: "fb-2025-10-07" in [r[0] for r in screen.sources_model.rows], timeout=10000)
    posts_series = [s for s in screen.chart.chart.series() if s.name() == "Posts"][0]
    assert posts_series.count() == 1


def test_a_refused_import_says_why_in_the_dialog(screen, qtbot, tmp_path):
    path = str(write_csv(tmp_path / "bad.csv", [["Respondent ID", "End Date"], ["1", "someday"]]))
    dialog = SurveyImportDialog(screen.ctx, screen.survey_id, path)
    qtbot.addWidget(dialog)
    assert "SurveyMonkey" in dialog.found_label.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "someday" in dialog.result_label.text(), timeout=10000)
    assert "bad.csv: row 2" in dialog.result_label.text() and dialog.summary is None
    assert isinstance(dialog, QDialog) and "Outreach" in dialog.windowTitle()
    from tests.gui.conftest import controls_without_accessible_name

    assert controls_without_accessible_name(dialog) == []


def test_a_file_from_another_platform_is_not_read_with_the_surveys_last_preset(screen, qtbot, tmp_path):
    qualtrics = write_csv(tmp_path / "q.csv", [["ResponseId", "RecordedDate"], ["R_1", "2025-10-02 10:00:00"]])
    from outreach_app.core.surveys.importing import import_export

    import_export(screen.ctx.conn, screen.survey_id, qualtrics)
    dialog = SurveyImportDialog(screen.ctx, screen.survey_id, _export(tmp_path))
    qtbot.addWidget(dialog)
    assert "No survey platform recognised" in dialog.found_label.text()
    assert dialog.preset_combo.currentData() == ""
    assert dialog.mapping() == {}  # nothing picked for the person: the time column is not guessed
