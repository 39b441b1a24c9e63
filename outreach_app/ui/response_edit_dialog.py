"""Correcting a response's text (the coding table's "Edit response…"): the text, the privacy note under
it (ui/personal_data_note.py) and Save/Cancel. The text saved before was decided then; only a change that
looks personal waits for "Mask it" or "Keep"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.personal_data_note import (attach_personal_data_note, personal_data_decided,
                                                settle_personal_data_notes, undecided_message)


class ResponseEditDialog(QDialog):
    """The response's text to correct; accepted once any note under it is decided (allow_personal then)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outreach — edit a response"))
        self.allow_personal = False
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Response"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(text)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        label = QLabel(self.tr("&Response"))
        label.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)  # the text gives way when the note and a message show, never the note
        attach_personal_data_note(self.text, layout)
        settle_personal_data_notes(self)  # the text as saved before
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 70),
                    self.fontMetrics().lineSpacing() * 22)

    def accept(self) -> None:
        """Close with the text once the privacy note (if showing) has its choice."""
        allow_personal = personal_data_decided(self)
        if allow_personal is None:
            show_message(self.error, undecided_message())
            return
        self.allow_personal = allow_personal
        super().accept()
