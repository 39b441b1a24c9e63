"""The consultations page: ten responses typed with the keyboard alone and themed from the keyboard;
pasted lines; flagged contact details; the guide editor's repeat warning; stakeholders and invitations."""

from PySide6.QtCore import QMimeData, Qt

from outreach_app.core.consultations import guides, records, report, responses
from outreach_app.core.consultations.organisations import add_organisation
from outreach_app.ui.consultations_screen import ConsultationsScreen
from outreach_app.ui.stakeholders_screen import StakeholdersScreen


def _screen(window, ctx):
    guide = guides.add_template_guide(ctx.conn)
    ident = records.add_consultation(ctx.conn, "Partnership council", "2019-12-03", "Windsor", attendees=46,
                                     guide_id=guide)
    screen = window.page(ConsultationsScreen)
    from outreach_app.ui.pages import PAGES

    window.show_page(next(i for i, (label, _) in enumerate(PAGES) if label == "Consultations"))
    screen.refresh()
    screen.select(ident)
    return screen, ident


def test_ten_responses_typed_and_themed_with_the_keyboard_alone(window, qtbot, ctx):
    screen, ident = _screen(window, ctx)
    capture = screen.capture
    capture.box.setFocus()
    qtbot.keyClicks(capture.table_label, "Table 1")
    typed = [f"Response number {n}" for n in range(1, 11)]
    for n, text in enumerate(typed):
        if n == 6:  # the last four answer question 2: Ctrl+Down picks the next question
            qtbot.keyClick(capture.box, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(capture.box, text)
        qtbot.keyClick(capture.box, Qt.Key.Key_Return)
        assert capture.box.toPlainText() == ""  # cleared for the next one
    qtbot.keyClick(capture.box, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert capture.question_number() == 3
    data = report.consultation_report(ctx.conn, ident)
    assert [q["responses"] for q in data["questions"]] == [6, 4, 0, 0, 0]
    assert capture.saved_model.rowCount() == 0  # question 3: nothing yet

    coding = screen.coding
    screen.tabs.setCurrentWidget(coding)
    assert coding.model.rowCount() == 10 and coding.selected_response() is not None
    for n in range(10):
        coding.theme_box.setFocus()
        qtbot.keyClicks(coding.theme_box, "Safety" if n % 2 == 0 else "Belonging")
        qtbot.keyClick(coding.theme_box, Qt.Key.Key_Return)  # tags the selected row, moves to the next
    themes = report.consultation_report(ctx.conn, ident)["themes"]
    assert [(t["name"], t["count"]) for t in themes] == [("Belonging", 5), ("Safety", 5)]
    coding.unthemed.setChecked(True)
    assert coding.model.rowCount() == 0
    # part of a theme's name takes the theme offered; Shift+Enter makes a new theme of the text as typed
    coding.unthemed.setChecked(False)
    coding.table.selectRow(0)
    qtbot.keyClicks(coding.theme_box, "saf")
    qtbot.keyClick(coding.theme_box, Qt.Key.Key_Return)
    assert "“Safety”" in coding.message.text()
    qtbot.keyClicks(coding.theme_box, "Bel")
    qtbot.keyClick(coding.theme_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    names = [t["name"] for t in report.consultation_report(ctx.conn, ident)["themes"]]
    assert "Bel" in names and "saf" not in names


def test_pasted_lines_become_one_response_each_and_contact_details_are_flagged(window, qtbot, ctx):
    screen, ident = _screen(window, ctx)
    capture = screen.capture
    mime = QMimeData()
    mime.setText("Jobs\n\nFamily close by\nLanguage classes\n")
    capture.box.insertFromMimeData(mime)
    assert [r.text for r in responses.list_responses(ctx.conn, ident)] == ["Jobs", "Family close by",
                                                                           "Language classes"]
    capture.void_last()
    assert responses.list_responses(ctx.conn, ident) == []
    qtbot.keyClicks(capture.box, "call me at 519-555-0123")
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)
    assert capture.warning.isVisible() and responses.list_responses(ctx.conn, ident) == []
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)  # Enter again: masked and saved
    assert [r.text for r in responses.list_responses(ctx.conn, ident)] == ["call me at [removed]"]


def test_the_guide_editor_points_out_a_repeated_question(window, qtbot, ctx):
    screen, _ = _screen(window, ctx)
    form = screen.open_guides()
    form.english.setPlainText("Gaps?\nWhat works?\ngaps ?")
    assert "Question 3 repeats question 1" in form.repeats.text()
    form.reject()


def test_stakeholders_and_invitations(window, qtbot, ctx):
    stakeholders = window.page(StakeholdersScreen)
    qtbot.keyClicks(stakeholders.name, "CMHA Windsor")
    stakeholders.sector.setCurrentText("Health")
    stakeholders.add()
    assert [o.name for o in stakeholders.model._rows] == ["CMHA Windsor"]
    add_organisation(ctx.conn, "Windsor Police", "Police")
    screen, ident = _screen(window, ctx)
    panel = screen.invitations
    panel._fill_organisations()
    panel.organisation.setCurrentText("CMHA Windsor")
    panel.status.setCurrentIndex(panel.status.findData("attended"))
    panel.set_status()
    assert report.consultation_report(ctx.conn, ident)["invitations"]["attended"] == 1
    assert "Health" not in panel.not_heard.text() and "Police" in panel.not_heard.text()


def test_without_a_guide_ctrl_down_opens_the_next_question_and_old_messages_go(window, qtbot, ctx):
    ident = records.add_consultation(ctx.conn, "Focus group", "2025-02-03", "Essex", kind="focus-group")
    screen = window.page(ConsultationsScreen)
    screen.refresh()
    screen.select(ident)
    capture = screen.capture
    qtbot.keyClicks(capture.box, "Busy roads")
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)
    assert capture.message.text() == "Saved to question 1."
    qtbot.keyClick(capture.box, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert capture.question_number() == 2 and capture.message.text() == ""
    qtbot.keyClicks(capture.box, "More buses")
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)
    assert [(r.question, r.text) for r in responses.list_responses(ctx.conn, ident)] == [(1, "Busy roads"),
                                                                                        (2, "More buses")]


def test_void_a_response_from_the_coding_table_and_see_a_theme_elsewhere(window, qtbot, ctx):
    from outreach_app.core.consultations import themes

    screen, ident = _screen(window, ctx)
    other = records.add_consultation(ctx.conn, "Essex focus group", "2020-01-15", "Essex", kind="focus-group")
    themes.tag_response(ctx.conn, responses.add_response(ctx.conn, other, 1, "Lit parks"), ["Lighting"])
    first, second = responses.add_responses(ctx.conn, ident, 1, ["Lit streets", "Jobs"])
    themes.tag_response(ctx.conn, first, ["lighting"])
    coding = screen.coding
    coding.set_consultation(ident)
    coding.select_response(second)
    coding.void_selected()
    assert [r.text for r in responses.list_responses(ctx.conn, ident)] == ["Lit streets"]
    coding.theme_table.selectRow(0)
    assert "Essex focus group (2020-01-15, 1 of 1 responses)" in coding.also_heard.text()
