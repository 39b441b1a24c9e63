"""Issue 15: a typo typed into Municipality became a permanent municipality. The field now picks from
the known ones; a new one needs "Add municipality …?"; an unused one can be retired (and undone)."""

from PySide6.QtCore import Qt

from outreach_app.core.changes import Change
from outreach_app.core.records import events
from outreach_app.core.records.catalogue import list_municipalities
from outreach_app.ui import look
from outreach_app.ui.events_screen import EventsScreen
from outreach_app.ui.plans_screen import PlansScreen


def _items(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def _type_municipality(qtbot, form, text):
    form.municipality.lineEdit().clear()
    qtbot.keyClicks(form.municipality.lineEdit(), text)


def test_a_typo_asks_before_becoming_a_municipality_then_can_be_retired(window, qtbot, ctx, monkeypatch):
    asked = []
    answer = [False]
    monkeypatch.setattr(look, "ask", lambda _parent, _title, question, **_: asked.append(question) or answer[0])
    screen = window.page(EventsScreen)
    form = screen.form
    form.start_new()
    assert _items(form.municipality)[0] == "Windsor"  # home first, then alphabetical
    assert _items(form.municipality)[1:] == sorted(_items(form.municipality)[1:], key=str.casefold)
    qtbot.keyClicks(form.name, "BBQ")
    _type_municipality(qtbot, form, "Esex")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Add municipality “Esex”?")
    assert events.list_events(ctx.conn) == [] and "Esex" not in list_municipalities(ctx.conn)  # declined

    answer[0] = True
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert [e.municipality for e in events.list_events(ctx.conn)] == ["Esex"]
    assert "Esex" in _items(form.municipality)

    asked.clear()
    _type_municipality(qtbot, form, "essex ")  # a known one, whatever the case and spacing: no question
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert asked == [] and [e.municipality for e in events.list_events(ctx.conn)] == ["Essex"]
    assert form.municipality.currentText() == "Essex"

    panel = window.page(PlansScreen).municipalities
    panel.select("Esex")
    assert panel.selected().events == 0
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    assert "Retired “Esex”" in panel.message.text()
    assert "Esex" not in _items(form.municipality) and "Esex" not in list_municipalities(ctx.conn)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "Esex" in _items(form.municipality) and not panel.undo_button.isVisibleTo(panel)


def test_retiring_a_municipality_in_use_is_refused_on_screen(window, qtbot, ctx):
    events.add_event(ctx.conn, "Fun day", "2026-11-20", "Leamington")
    events.add_event(ctx.conn, "Walk", "2026-11-21", "Leamington")
    ctx.notify(Change.EVENTS)
    panel = window.page(PlansScreen).municipalities
    panel.select("Leamington")
    qtbot.mouseClick(panel.retire_button, Qt.MouseButton.LeftButton)
    assert panel.error.text().startswith("municipality 'Leamington' is used by 2 events")
    assert "Leamington" in list_municipalities(ctx.conn)


def test_first_run_asks_before_adding_an_unknown_home_municipality(qtbot, monkeypatch):
    from outreach_app.ui.first_run import FirstRunDialog

    asked = []
    monkeypatch.setattr(look, "ask", lambda _parent, _title, question, **_: asked.append(question) or False)
    dialog = FirstRunDialog(["Essex", "Windsor"], choose_folder=False, device_name="lap 2")
    qtbot.addWidget(dialog)
    dialog.municipality.setCurrentText("windsor ")
    with qtbot.waitSignal(dialog.sig_completed) as completed:
        dialog.start()
    assert completed.args[0].municipality == "Windsor" and asked == []
    dialog.municipality.setCurrentText("Windsr")
    with qtbot.assertNotEmitted(dialog.sig_completed):
        dialog.start()
    assert asked and asked[0].startswith("Add municipality “Windsr”?")


def test_enter_on_the_question_does_not_add_the_typo(window, qtbot, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    form = window.page(EventsScreen).form
    form.start_new()
    qtbot.keyClicks(form.name, "BBQ")
    _type_municipality(qtbot, form, "Winsdor")
    seen = []

    def press_enter():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if box is not None else None)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(200, press_enter)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("Add municipality “Winsdor”?")
    assert events.list_events(ctx.conn) == [] and "Winsdor" not in list_municipalities(ctx.conn)


def test_a_name_typed_in_full_closes_the_list_so_the_click_on_save_saves(window, qtbot, ctx):
    """Field test: correcting "Windsr" by typing "Windsor" left the one-line completion list open; the
    click on Save event only closed the list (Qt's popups eat that click) and the correction was lost."""
    window.show()
    screen = window.page(EventsScreen)
    window.show_page(0)
    form = screen.form
    form.start_new()
    picker = form.municipality
    picker.setFocus()
    _type_municipality(qtbot, form, "Win")
    qtbot.waitUntil(lambda: picker.completer().popup().isVisible())  # still choosing: the list helps
    qtbot.keyClicks(picker.lineEdit(), "dsor")
    qtbot.wait(50)
    assert picker.currentText() == "Windsor" and not picker.completer().popup().isVisible()
