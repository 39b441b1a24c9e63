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
