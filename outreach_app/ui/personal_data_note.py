"""The yellow note under a free-text field whose text looks like personal data (core/privacy/guard.py).

One call puts it under any QLineEdit or QPlainTextEdit, wherever that field sits in a form or box layout:

    attach_personal_data_note(field)            # or (field, layout) while the layout is not on a widget yet

It watches the field: while the text holds something that looks personal (an email, a phone number, a
unit, a name after a title or "resident") and the person has not chosen, it says what was found and
offers "Mask it" (the flagged parts become "[removed]" in the field) and "Keep, it is not about a
resident". Before saving, a screen asks every note inside it:

    allow_personal = personal_data_decided(self)   # None: not decided yet (the first note has the focus)
    if allow_personal is None: show(undecided_message()); return
    ... core_write(..., allow_personal=allow_personal)

A screen loading stored text (an edit) calls `settle_personal_data_notes(self)` after filling its fields:
what was saved before was decided then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QBoxLayout, QFormLayout, QFrame, QHBoxLayout, QLabel, QLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from outreach_app.core.privacy.guard import DWELLING, EMAIL, NAME, PHONE, find_personal_data, mask_personal_data

class PersonalDataNote(QFrame):
    """The note under one field: hidden while the text looks fine or the person has chosen."""

    sig_decided = Signal()
    """The person masked the text or kept it."""

    def __init__(self, field: QLineEdit | QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._kept: str | None = None  # the text the person said is not about a resident
        self.setObjectName("personalDataNote")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # as tall as its words
        self.setStyleSheet("#personalDataNote { background: #fff4c2; border: 1px solid #d4a800; border-radius: 4px; }"
                           " #personalDataNote QLabel { color: #3d3200; background: transparent; border: none; }")
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # no gap above the words
        self.mask_button = QPushButton(self.tr("Mask it"))
        self.mask_button.setAccessibleName(self.tr("Mask the personal data in this field"))
        self.keep_button = QPushButton(self.tr("Keep, it is not about a resident"))
        self.keep_button.setAccessibleName(self.tr("Keep this text: it is not about a resident"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mask_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.mask_button.clicked.connect(self.mask)
        self.keep_button.clicked.connect(self.keep)
        field.textChanged.connect(self.recheck)
        self.setVisible(False)

    def _kind_words(self, kind: str) -> str:
        """What was found, in the window's language."""
        words = {EMAIL: self.tr("an email address"), PHONE: self.tr("a phone number"),
                 DWELLING: self.tr("an apartment or unit number"), NAME: self.tr("a person's name")}
        return words.get(kind, kind)

    def text(self) -> str:
        return self.field.toPlainText() if isinstance(self.field, QPlainTextEdit) else self.field.text()

    def _set_text(self, text: str) -> None:
        if isinstance(self.field, QPlainTextEdit):
            self.field.setPlainText(text)
        else:
            self.field.setText(text)

    def undecided(self) -> bool:
        """The text looks personal and the person has neither masked nor kept it."""
        text = self.text()
        return text != self._kept and bool(find_personal_data(text))

    def kept(self) -> bool:
        """The person said the field's current text is not about a resident (and it still looks personal)."""
        text = self.text()
        return text == self._kept and bool(find_personal_data(text))

    @Slot()
    def recheck(self) -> None:
        """Show or hide the note for the field's current text."""
        text = self.text()
        findings = [] if text == self._kept else find_personal_data(text)
        if findings:
            found = self.tr(", ").join(self.tr("%1 (“%2”)").replace("%1", self._kind_words(f.kind)).replace("%2", f.text)
                                       for f in findings)
            self.message.setText(self.tr("This looks like %1. Outreach keeps no resident's identity: mask it, "
                                         "or keep it only if it is not about a resident.").replace("%1", found))
            self.setAccessibleName(self.message.text())
        self.setVisible(bool(findings))

    @Slot()
    def mask(self) -> None:
        """Replace every flagged part of the field's text with [removed]."""
        self._set_text(mask_personal_data(self.text()))
        self.recheck()
        self.field.setFocus()
        self.sig_decided.emit()

    @Slot()
    def keep(self) -> None:
        """Keep the text as it is: the person says it is not about a resident."""
        self._kept = self.text()
        self.recheck()
        self.field.setFocus()
        self.sig_decided.emit()

    def settle(self) -> None:
        """The field's text was saved before (loaded for an edit): no question about it now."""
        self._kept = self.text()
        self.recheck()


def _insert_after(layout: QLayout, field: QWidget, note: QWidget) -> bool:
    """Put note right under field in layout (or one of its nested layouts). True when placed."""
    if isinstance(layout, QFormLayout):
        row, _ = layout.getWidgetPosition(field)
        if row >= 0:
            layout.insertRow(row + 1, "", note)
            return True
    elif isinstance(layout, QBoxLayout):
        index = layout.indexOf(field)
        if index >= 0:
            layout.insertWidget(index + 1, note)
            return True
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None and _insert_after(child, field, note):
            return True
    return False


def attach_personal_data_note(field: QLineEdit | QPlainTextEdit, layout: QLayout | None = None) -> PersonalDataNote:
    """The one call: a PersonalDataNote watching field, placed right under it in `layout` (default: the
    layout of the field's window part, searched through its nested layouts). A field in no layout yet:
    the note is returned for the caller to place."""
    holder = field.parentWidget()
    layout = layout if layout is not None else (holder.layout() if holder is not None else None)
    note = PersonalDataNote(field)
    if layout is not None:
        _insert_after(layout, field, note)
    return note


def personal_data_decided(container: QWidget) -> bool | None:
    """Before saving: None while a note inside container waits for a choice (its field gets the focus and
    the note shows); else whether to pass allow_personal=True (some text was kept as not about a resident)."""
    notes = container.findChildren(PersonalDataNote)
    for note in notes:
        if note.undecided():
            note.recheck()
            note.field.setFocus()
            return None
    return any(note.kept() for note in notes)


def undecided_message() -> str:
    """What a screen says when Save waits for a note's choice."""
    return PersonalDataNote.tr("Choose “Mask it” or “Keep” in the yellow note first.")


def settle_personal_data_notes(container: QWidget) -> None:
    """After loading stored text into container's fields: it was decided when it was saved."""
    for note in container.findChildren(PersonalDataNote):
        note.settle()
