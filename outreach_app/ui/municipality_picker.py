"""The municipality field of every form: picks a known municipality, adds a new one only when asked.

A typo typed into a plain editable box became a permanent municipality (in every list, in synced
data). This box offers the known municipalities (home first, then alphabetical) with type-ahead; the
core matches typed text to a known one ignoring case, spacing and accents ("essex " is Essex); a name
it does not know is added only after "Add municipality “X”?".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from outreach_app.core.changes import Change
from outreach_app.ui.context import touches
from outreach_app.core.records import catalogue as records
from outreach_app.ui import look
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill

DECLINED = None
"""confirmed_text() when the user did not want the new municipality: nothing is saved."""


class MunicipalityPicker(QComboBox):
    """An editable box over the known municipalities (not retired), with type-ahead completion."""

    def __init__(self, ctx, accessible_name: str, *, allow_empty: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.allow_empty = allow_empty
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter never adds the typed text to the list
        self.setAccessibleName(accessible_name)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("pick or type a municipality"))
        self.lineEdit().editingFinished.connect(self._snap_to_known)
        # a completion popup eats the next click outside it (Qt): once the name is typed in full, close it,
        # or the click on Save only closed the list and the change was never saved (field test)
        self.lineEdit().textEdited.connect(lambda _text: QTimer.singleShot(0, self._close_list_when_typed_in_full))
        ctx.sig_changed.connect(lambda changes: touches(changes, Change.CATALOGUE | Change.SETTINGS) and self.reload())

    def reload(self, current: str | None = None) -> None:
        """Offer the municipalities in use (home first) and show current (or keep what is typed)."""
        text = self.currentText() if current is None else current
        names = call_core(self.ctx, records.municipality_choices, self.ctx.conn)
        self.blockSignals(True)
        self.clear()
        self.addItems([] if names is FAILED else names)
        self.setCurrentText(text)
        self.blockSignals(False)

    @Slot()
    def _close_list_when_typed_in_full(self) -> None:
        completer, typed = self.completer(), self.currentText().strip().casefold()
        if completer.completionCount() == 1 and completer.currentCompletion().casefold() == typed:
            completer.popup().hide()

    @Slot()
    def _snap_to_known(self) -> None:
        """Leaving the field: text naming a known municipality is shown as its name ("essex " → Essex)."""
        text = self.currentText()
        if not text.strip():
            return
        found = call_core(self.ctx, records.match_municipality, self.ctx.conn, text)
        if found not in (None, FAILED) and found.active and found.name != text:
            self.setCurrentText(found.name)

    def confirmed_text(self) -> str | None:
        """The municipality to save: a known one's name, "" for none, a new name the user agreed to
        add (the core then creates it), or DECLINED (focus back in the field, nothing to save)."""
        text = " ".join(self.currentText().split())
        if not text:
            return ""
        found = call_core(self.ctx, records.match_municipality, self.ctx.conn, text)
        if found is FAILED:
            return DECLINED
        if found is not None and found.active:
            self.setCurrentText(found.name)
            return found.name
        if found is not None:
            question = fill(self.tr("Municipality “%1” was retired. Use it again?"), found.name)
        else:
            question = fill(self.tr("Add municipality “%1”?\n\nIt is not one of the known municipalities. Check "
                                    "the spelling: once added it is offered in every list and travels to the "
                                    "office with this laptop's work."), text)
        # Enter answers No: a reflex keystroke must not make a typo a municipality
        if look.ask(self.window(), self.tr("Outreach — new municipality"), question, default_yes=found is not None):
            return found.name if found is not None else text
        self.setFocus()
        self.lineEdit().selectAll()
        return DECLINED
