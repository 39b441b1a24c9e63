"""The yellow note under free-text fields: it shows for personal-looking text, "Mask it" and "Keep" both
settle it, and saving waits for one of them (ui/personal_data_note.py)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from outreach_app.core.flyers import drops
from outreach_app.core.records import events
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.personal_data_note import (PersonalDataNote, attach_personal_data_note,
                                                personal_data_decided)


def _form(qtbot, field):
    holder = QWidget()
    layout = QFormLayout(holder)
    layout.addRow("Before", QLineEdit())
    layout.addRow("Notes", field)
    layout.addRow("After", QLineEdit())
    qtbot.addWidget(holder)
    note = attach_personal_data_note(field)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, layout, note


def test_the_note_sits_under_its_field_and_shows_only_for_personal_text(qtbot):
    holder, layout, note = _form(qtbot, QLineEdit())
    assert layout.getWidgetPosition(note)[0] == 2  # the row right under the field
    qtbot.keyClicks(note.field, "Building 5, 40 plans")
    assert not note.isVisible() and personal_data_decided(holder) is False
    qtbot.keyClicks(note.field, " call 519-555-0123")
    assert note.isVisible() and "a phone number (“519-555-0123”)" in note.message.text()
    note.field.setText("Mrs Roy, 519-555-0123")  # every part found is named
    assert "a person's name (“Mrs Roy”), a phone number (“519-555-0123”)" in note.message.text()
    assert personal_data_decided(holder) is None  # saving waits


def test_mask_it_replaces_the_flagged_part_in_the_field(qtbot):
    holder, _, note = _form(qtbot, QPlainTextEdit())
    note.field.setPlainText("Mrs Tremblay took two plans")
    assert note.isVisible()
    qtbot.mouseClick(note.mask_button, Qt.MouseButton.LeftButton)
    assert note.field.toPlainText() == "[removed] took two plans"
    assert not note.isVisible() and personal_data_decided(holder) is False


def test_keep_leaves_the_text_and_lets_it_be_saved_as_allowed(qtbot):
    holder, _, note = _form(qtbot, QLineEdit())
    note.field.setText("Dr. Patel from the health unit")
    qtbot.mouseClick(note.keep_button, Qt.MouseButton.LeftButton)
    assert note.field.text() == "Dr. Patel from the health unit"
    assert not note.isVisible() and personal_data_decided(holder) is True
    note.field.setText("Dr. Patel and jt@example.com")  # new text: a new question
    assert note.isVisible() and personal_data_decided(holder) is None


def test_the_event_form_waits_for_a_choice_then_saves_what_was_chosen(window, qtbot, ctx):
    form = window.page(EventsScreen).form
    form.start_new()
    qtbot.keyClicks(form.name, "Tenant meeting")
    qtbot.keyClicks(form.notes, "resident John asked for two")
    note = next(n for n in form.findChildren(PersonalDataNote) if n.field is form.notes)
    assert note.isVisible() and note.geometry().top() > form.notes.geometry().bottom()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert events.list_events(ctx.conn) == [] and form.notes.hasFocus()
    assert form.general_error.text() == "Choose “Mask it” or “Keep” in the yellow note first."
    qtbot.mouseClick(note.mask_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [e.notes for e in events.list_events(ctx.conn)] == ["resident [removed] asked for two"]


def test_kept_text_is_saved_and_an_edit_does_not_ask_again(window, qtbot, ctx):
    screen = window.page(EventsScreen)
    form = screen.form
    form.start_new()
    qtbot.keyClicks(form.name, "Tenant meeting")
    qtbot.keyClicks(form.partners, "Dr. Patel")
    note = next(n for n in form.findChildren(PersonalDataNote) if n.field is form.partners)
    qtbot.mouseClick(note.keep_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (saved,) = events.list_events(ctx.conn)
    assert saved.partners == "Dr. Patel"
    form.edit(saved)
    assert not note.isVisible()
    form.name.setText("Tenant meeting 2")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [e.name for e in events.list_events(ctx.conn)] == ["Tenant meeting 2"]


def test_the_flyer_drop_place_has_the_note(window, qtbot, ctx):
    from outreach_app.ui.flyers_screen import FlyersScreen

    from outreach_app.ui.pages import PAGES

    window.show_page(next(i for i, (_, spec) in enumerate(PAGES) if spec.endswith(":FlyersScreen")))
    panel = window.page(FlyersScreen).drops_panel
    qtbot.waitExposed(panel)
    panel.drop_tag.setCurrentText("library")
    panel.drop_place.setText("Apt 4B lobby")
    assert panel.place_note.isVisible()
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    assert drops.list_drops(ctx.conn) == []
    qtbot.mouseClick(panel.place_note.mask_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    assert [d.place for d in drops.list_drops(ctx.conn)] == ["[removed] lobby"]


def test_erase_for_good_asks_then_erases_the_event_and_its_counts(window, qtbot, ctx, event_id, monkeypatch):
    from outreach_app.core.records import tally
    from outreach_app.ui import look

    tally.record_paper_counts(ctx.conn, event_id, attendees=12)
    screen = window.page(EventsScreen)
    screen.refresh()
    screen.select_event(event_id)
    asked = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, default_yes=True: asked.append(question) or False)
    qtbot.mouseClick(screen.purge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "1 tally entr" in asked[0] and "cannot be undone" in asked[0]
    assert [e.id for e in events.list_events(ctx.conn)] == [event_id]  # No: nothing erased
    monkeypatch.setattr(look, "ask", lambda parent, title, question, default_yes=True: True)
    from outreach_app.core.store.backups import make_backup

    backup = make_backup(ctx.conn, "manual")
    qtbot.mouseClick(screen.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "for good" in screen.message.text(), timeout=5000)  # on the worker
    assert "1 backup" in screen.message.text()
    assert events.list_events(ctx.conn) == []
    assert ctx.conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 0
    assert screen.model.rowCount() == 0  # the screens heard of it
    assert b"Glengarry community BBQ" not in backup.read_bytes()


def test_a_flyer_drop_can_be_erased_for_good(window, qtbot, ctx, monkeypatch):
    from outreach_app.ui import look
    from outreach_app.ui.flyers_screen import FlyersScreen
    from outreach_app.ui.pages import PAGES

    drops.record_drop(ctx.conn, "library", "Leamington library", 25, "2025-06-19")
    window.show_page(next(i for i, (_, spec) in enumerate(PAGES) if spec.endswith(":FlyersScreen")))
    panel = window.page(FlyersScreen).drops_panel
    panel.refresh()
    panel.drops_table.selectRow(0)
    asked = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, default_yes=True: asked.append(question) or True)
    qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "for good" in panel.drop_message.text(), timeout=5000)
    assert "Leamington library" in asked[0] and "void it instead" in asked[0] and "0 correction" not in asked[0]
    assert panel.drop_message.text() == "Erased “Leamington library” for good (no backup held it)."
    assert drops.list_drops(ctx.conn, include_voided=True) == [] and panel.drops_table.rowCount() == 0
