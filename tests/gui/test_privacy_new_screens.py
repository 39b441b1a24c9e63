"""The privacy note on the new features' free text (ui/personal_data_note.py): the consultation capture box
(keyboard and buttons), the response edit, the consultation and training forms; and erasing a response for
good from the coding table."""

import pytest
from PySide6.QtCore import QDate, Qt

from outreach_app.core.consultations import records, responses
from outreach_app.core.privacy.guard import MASK
from outreach_app.core.trainings import sessions
from outreach_app.ui import look
from outreach_app.ui.consultation_form import ConsultationForm
from outreach_app.ui.personal_data_note import PersonalDataNote
from outreach_app.ui.response_edit_dialog import ResponseEditDialog
from outreach_app.ui.training_form import TrainingForm
from tests.gui.test_consultations_screen import _screen


def _texts(ctx, ident):
    return [r.text for r in responses.list_responses(ctx.conn, ident)]


def test_the_capture_box_flags_personal_text_with_the_note_and_waits(window, qtbot, ctx):
    screen, ident = _screen(window, ctx)
    capture = screen.capture
    qtbot.keyClicks(capture.box, "Mrs Tremblay asked about lights")
    assert capture.personal_note.isVisibleTo(capture)  # the yellow note under the box, before Enter
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)
    assert _texts(ctx, ident) == [] and "Enter again" in capture.warning.text()
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)  # Enter again: masked (the note's own masking) and saved
    assert _texts(ctx, ident) == [f"{MASK} asked about lights"]
    qtbot.keyClicks(capture.box, "the clinic line is 519-555-0123")
    qtbot.mouseClick(capture.personal_note.keep_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(capture.box, Qt.Key.Key_Return)  # kept: not about a resident
    assert _texts(ctx, ident)[-1] == "the clinic line is 519-555-0123"
    qtbot.keyClicks(capture.box, "write to sam@example.org")
    qtbot.keyClick(capture.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter keeps
    assert _texts(ctx, ident)[-1] == "write to sam@example.org"
    assert capture.box.toPlainText() == "" and not capture.personal_note.isVisibleTo(capture)


def test_the_response_edit_has_the_note_and_does_not_question_the_saved_text(qtbot):
    dialog = ResponseEditDialog("call 519-555-0123, said the clinic")
    qtbot.addWidget(dialog)
    note = dialog.findChild(PersonalDataNote)
    assert not note.undecided()  # saved before: decided then
    dialog.text.setPlainText("Mr Gagnon wants more lights")
    dialog.accept()
    assert dialog.result() == 0 and "yellow note" in dialog.error.text()
    qtbot.mouseClick(note.mask_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert dialog.result() == 1 and dialog.text.toPlainText() == f"{MASK} wants more lights"


def test_the_consultation_form_notes_title_place_and_notes(qtbot, ctx):
    from outreach_app.core.records.catalogue import municipality_for

    municipality_for(ctx.conn, "Windsor")  # known: the form asks nothing about it
    form = ConsultationForm(ctx)
    qtbot.addWidget(form)
    notes = form.findChildren(PersonalDataNote)
    assert {note.field for note in notes} == {form.title, form.place, form.notes}
    form.title.setText("Kitchen table talk")
    form.date.setDate(QDate.currentDate())
    form.municipality.setCurrentText("Windsor")
    form.notes.setPlainText("ask resident Sophie again")
    form.save()
    assert records.list_consultations(ctx.conn) == [] and "yellow note" in form.error.text()
    next(n for n in notes if n.field is form.notes).mask()
    form.save()
    assert [c.notes for c in records.list_consultations(ctx.conn)][0].endswith(f"{MASK} again")


@pytest.mark.parametrize("field", ["place", "partner", "notes", "topic"])
def test_the_training_form_notes_each_free_text_field(qtbot, ctx, field):
    form = TrainingForm(ctx)
    qtbot.addWidget(form)
    form.topic.setCurrentText("Naloxone")
    form.date.setDate(QDate.currentDate())
    line = form.topic.lineEdit() if field == "topic" else getattr(form, field)
    line.setText(line.text() + " Dr. Patel 519-555-0123")
    form.save()
    assert sessions.list_trainings(ctx.conn) == []
    note = next(n for n in form.findChildren(PersonalDataNote) if n.field is line)
    note.keep()
    form.save()
    saved = sessions.list_trainings(ctx.conn)
    assert len(saved) == 1 and "Dr. Patel 519-555-0123" in getattr(saved[0], field)


def test_erase_for_good_on_the_coding_table_erases_the_response(window, qtbot, ctx, monkeypatch):
    screen, ident = _screen(window, ctx)
    first, second = responses.add_responses(ctx.conn, ident, 1, ["Lit streets", "Jobs"])
    coding = screen.coding
    screen.tabs.setCurrentWidget(coding)
    coding.refresh()
    coding.select_response(first)
    asked = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, default_yes=True: asked.append(question) or True)
    qtbot.mouseClick(coding.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "for good" in coding.message.text(), timeout=5000)  # on the worker
    assert "Lit streets" in asked[0] and "cannot be undone" in asked[0]
    assert [r.id for r in responses.list_responses(ctx.conn, ident, include_voided=True)] == [second]
