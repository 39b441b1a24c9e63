"""What the field test of the merged window found: each test a defect seen on screen at 1366×768."""

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
    from PySide6.QtCore import Qt

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
