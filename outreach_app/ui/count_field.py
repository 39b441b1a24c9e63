"""A field for a count typed from a paper sheet: it shows exactly what was typed (no maximum that cuts
digits off; the core's limits decide), takes digits only, and leaves letters and Ctrl+Z to event mode's
shortcuts (a letter cannot be part of a count). Enter moves on to the next field; Ctrl+Enter submits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_event_mode_key(event) -> bool:
    """A key event mode uses while a count field has the focus: a plain letter, or Undo (Ctrl+Z)."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return True
    text = event.text()
    plain = not (event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier))
    return plain and len(text) == 1 and text.isalpha()


class CountField(QLineEdit):
    """Digits (and spaces grouping them) as typed; empty means 0."""

    sig_next = Signal()
    """Enter: go on to the next field."""
    sig_submit = Signal()
    """Ctrl+Enter: add the sheet."""

    def __init__(self, accessible: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 ,.\u00a0\u202f]*"), self))
        self.setPlaceholderText("0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 12)

    def event(self, event) -> bool:
        # A shortcut override the field does not take lets event mode's shortcut run instead
        if event.type() == QEvent.Type.ShortcutOverride and is_event_mode_key(event):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in ENTER_KEYS:
            event.accept()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.sig_submit.emit()
            else:
                self.sig_next.emit()
            return
        super().keyPressEvent(event)
