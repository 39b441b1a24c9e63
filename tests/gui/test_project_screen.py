"""The Project page: texts saved, steps ticked off, and the update written off the UI thread."""

import io

import pytest

from outreach_app.core.records import events, tally
from outreach_app.core.records.catalogue import add_plan
from outreach_app.core.update import project


@pytest.fixture
def screen(qtbot, ctx):
    from outreach_app.ui.project_screen import ProjectScreen

    plan, _ = add_plan(ctx.conn, "Glengarry")
    event = events.add_event(ctx.conn, "Glengarry BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(ctx.conn, event, attendees=30, plans=[(plan, 12)], yes=9, no=1)
    page = ProjectScreen(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def test_texts_are_saved_and_a_bad_one_is_said_beside_them(screen, ctx):
    screen.name.setText("Neighbourhood safety plans")
    screen.purpose.setPlainText("Help residents plan ahead.")
    screen.activities.setPlainText("Community events\n\nSurvey of residents")
    screen.save_button.click()
    assert project.get_project(ctx.conn).activities == ["Community events", "Survey of residents"]
    assert screen.message.text() == "Project page saved."
    screen.action_items.setPlainText("bad \x1b item")
    screen.save_button.click()
    assert screen.texts_error.isVisible() and "control" in screen.texts_error.text()
    assert project.get_project(ctx.conn).action_items == []


def test_a_step_is_added_ticked_and_unticked(screen, ctx, qtbot):
    from PySide6.QtCore import Qt

    screen.new_step.setText("Launched survey on social media")
    screen.add_step_button.click()
    assert screen.steps_model.rowCount() == 1 and screen.new_step.text() == ""
    index = screen.steps_model.index(0)
    assert screen.steps_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert project.list_steps(ctx.conn)[0].done
    assert screen.steps_model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "(done " in screen.steps_model.index(0).data()
    screen.steps_model.setData(screen.steps_model.index(0), Qt.CheckState.Unchecked.value,
                               Qt.ItemDataRole.CheckStateRole)
    assert not project.list_steps(ctx.conn)[0].done


def test_the_update_is_written_off_the_ui_thread_for_the_ticked_municipality(screen, tmp_path, qtbot):
    from pptx import Presentation
    from PySide6.QtCore import Qt

    panel = screen.update_panel
    panel.date_from.setDate("2025-06-01")
    panel.date_to.setDate("2025-06-30")
    windsor = next(row for row in range(panel.towns.rowCount()) if panel.towns.item(row).text() == "Windsor")
    panel.towns.item(windsor).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "update.pptx"
    panel.write_to(str(out))
    assert not panel.write_button.isEnabled()  # one at a time, progress shown
    qtbot.waitUntil(lambda: panel.write_button.isEnabled(), timeout=20000)
    text = "\n".join(shape.text_frame.text for slide in Presentation(io.BytesIO(out.read_bytes())).slides
                     for shape in slide.shapes if shape.has_text_frame)
    assert "Attended 1 community event on June 19" in text and "Windsor" in text
    assert not panel.progress.isVisible()
    assert screen.message.text() == f"Update saved: {out}"  # not the page's earlier message


def test_a_bad_range_is_said_before_any_file_is_asked_for(screen, monkeypatch):
    from outreach_app.ui import update_panel

    monkeypatch.setattr(update_panel, "save_file", lambda *a: pytest.fail("no file should be asked for"))
    screen.update_panel.date_from.setText("2025-07-01")
    screen.update_panel.date_to.setText("2025-06-01")
    screen.update_panel.write_button.click()
    assert "after to date" in screen.update_panel.error.text()


def test_a_logo_is_chosen_checked_and_cleared(screen, ctx, tmp_path):
    from PIL import Image

    panel = screen.update_panel
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    panel.set_logo(str(bad))
    assert "logo" in panel.error.text() and project.logo_path(ctx.conn) is None
    good = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "navy").save(good)
    panel.set_logo(str(good))
    assert panel.logo_edit.text() == str(good) == project.logo_path(ctx.conn) and not panel.error.isVisible()
    panel.logo_clear.click()
    assert panel.logo_edit.text() == "" and project.logo_path(ctx.conn) is None


def test_a_step_can_name_the_activity_it_is_about(screen, ctx):
    screen.new_step.setText("Hold focus groups in Leamington")
    screen.step_activity.setCurrentIndex(screen.step_activity.findData("consultations"))
    screen.add_step_button.click()
    [step] = project.list_steps(ctx.conn)
    assert (step.text, step.activity) == ("Hold focus groups in Leamington", "consultations")


def test_a_step_is_reworded_in_place_and_an_empty_text_is_refused(screen, ctx):
    from PySide6.QtCore import Qt

    project.add_step(ctx.conn, "Lanched survey")
    screen.refresh()
    index = screen.steps_model.index(0)
    assert screen.steps_model.setData(index, "Launched survey", Qt.ItemDataRole.EditRole)
    assert project.list_steps(ctx.conn)[0].text == "Launched survey"
    assert not screen.steps_model.setData(screen.steps_model.index(0), "   ", Qt.ItemDataRole.EditRole)
    assert screen.steps_error.isVisible() and project.list_steps(ctx.conn)[0].text == "Launched survey"
