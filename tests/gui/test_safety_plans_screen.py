"""The Safety plans page, written from the keyboard alone, and the Contacts page asking before a
change that published plans show."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from outreach_app.core.plans import contacts, drafts, versions


def test_a_section_is_written_and_ordered_from_the_keyboard_alone(qtbot, ctx):
    from outreach_app.ui.safety_plans_screen import SafetyPlansScreen

    crisis = contacts.add_contact(ctx.conn, "CMHA", service="Crisis line", phone="519-555-0123")
    screen = SafetyPlansScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()  # shortcuts (Ctrl+Up, Delete) reach the focused list of the active window
    qtbot.waitUntil(screen.isActiveWindow)
    screen.area.setFocus()
    qtbot.keyClicks(screen.area, "Leamington North")
    qtbot.keyClick(screen.area, Qt.Key.Key_Tab)
    qtbot.keyClicks(screen.focusWidget(), "Leamington")
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Return)
    plan = drafts.list_safety_plans(ctx.conn)[0]
    assert plan.area == "Leamington North" and len(drafts.get_safety_plan(ctx.conn, plan.id).sections) == 7
    editor = screen.editor
    editor.new_section.setFocus()  # the form's field for a new section (reached with Tab in the window)
    qtbot.keyClicks(editor.new_section, "Public urination")
    qtbot.keyClick(editor.new_section, Qt.Key.Key_Return)
    assert editor.new_step.hasFocus()  # the new section is selected; its first step comes next
    for text in ("Report it to the by-law line.", "Do not confront the person."):
        qtbot.keyClicks(editor.new_step, text)
        qtbot.keyClick(editor.new_step, Qt.Key.Key_Return)
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_End)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    editor.section_list.setFocus()
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Home)
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Delete)  # the overdose section leaves this plan
    qtbot.keyClick(editor.section_list, Qt.Key.Key_End)  # back to the new section
    editor.step_list.setFocus()
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Home)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_F2)  # edit the first step in place
    field = editor.step_list.focusWidget() if editor.step_list.focusWidget() is not editor.step_list else None
    field = field or editor.step_list.findChild(QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, "Stay calm; do not confront the person.")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(20)
    sections = drafts.get_safety_plan(ctx.conn, plan.id).sections
    assert len(sections) == 7 and sections[0].title == "A mental-health crisis"
    assert sections[-1].title == "Public urination"
    assert [s.text for s in sections[-1].steps] == ["Stay calm; do not confront the person.", "Report it to the by-law line."]
    editor.step_list.setCurrentIndex(editor.steps.index(1, 0))
    editor.contact.setCurrentIndex(editor.contact.findData(crisis))
    editor.link_button.click()  # the selected step names the chosen contact
    screen.url.setText("https://example.org/p")
    qtbot.keyClick(screen.url, Qt.Key.Key_Return)
    screen.table.setFocus()
    screen.publish_button.click()
    content = versions.version_content(ctx.conn, plan.id)[1]
    assert content["url"] == "https://example.org/p" and content["sections"][-1]["steps"][1]["contacts"] == [crisis]
    assert versions.current_version(ctx.conn, plan.id) == 1
    assert "Published version 1" in screen.message.text()


def test_an_empty_step_is_refused_under_the_field(qtbot, ctx):
    from outreach_app.ui.safety_plans_screen import SafetyPlansScreen

    drafts.add_safety_plan(ctx.conn, "Leamington North", "Leamington")
    screen = SafetyPlansScreen(ctx)
    qtbot.addWidget(screen)
    screen.table.selectRow(0)
    qtbot.keyClick(screen.editor.new_step, Qt.Key.Key_Return)
    assert "must not be empty" in screen.editor.error.text()


def test_saving_a_contact_used_by_a_published_plan_asks_first(qtbot, ctx, monkeypatch):
    from outreach_app.ui.plan_contacts_screen import PlanContactsScreen

    ident = contacts.add_contact(ctx.conn, "CMHA", phone="519-555-0123", areas=["Leamington"])
    plan = drafts.add_safety_plan(ctx.conn, "Leamington North", "Leamington")
    versions.publish(ctx.conn, plan)
    screen = PlanContactsScreen(ctx)
    qtbot.addWidget(screen)
    screen.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    screen.fields["phone"].setText("519-55")
    screen.save_button.click()
    assert asked == [] and "is not a phone number" in screen.error.text()  # refused before any question
    screen.fields["phone"].setText("519-555-9999")
    screen.save_button.click()
    assert "Leamington North" in asked[0] and contacts.get_contact(ctx.conn, ident).phone == "519-555-0123"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.save_button.click()
    assert contacts.get_contact(ctx.conn, ident).phone == "519-555-9999"


def test_themes_heard_are_at_hand_and_enter_cites_one(qtbot, ctx, monkeypatch):
    import sys
    import types
    from dataclasses import dataclass

    from outreach_app.ui.safety_plans_screen import SafetyPlansScreen

    @dataclass
    class Heard:
        theme_id: str
        name: str
        responses: int
        quotes: list

    module = types.ModuleType("outreach_app.core.consultations.heard")
    module.heard_in_municipality = lambda conn, municipality_id: [
        Heard("t-needles", "Needles in the park", 30, ["I found three needles by the swings"])]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    plan = drafts.add_safety_plan(ctx.conn, "Leamington North", "Leamington")
    screen = SafetyPlansScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    editor = screen.editor
    assert editor.theme_list.isVisible() and editor.themes.rowCount() == 1
    editor.theme_list.setCurrentIndex(editor.themes.index(0, 0))
    assert "three needles" in editor.quotes.text()
    editor.theme_list.activated.emit(editor.themes.index(0, 0))  # Enter on the theme
    first = drafts.get_safety_plan(ctx.conn, plan).sections[0]
    assert first.theme_ids == ("t-needles",)
    assert editor.themes.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
