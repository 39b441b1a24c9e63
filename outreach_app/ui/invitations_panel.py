"""Invitations of one consultation: set an organisation's status (invited, confirmed, declined, attended,
no answer), see the list with each one's latest status, who has not answered, and the sectors not yet
heard from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.consultations import invitations
from outreach_app.core.consultations.organisations import list_organisations
from outreach_app.ui import look
from outreach_app.ui.consultation_models import InvitationsTableModel, sector_label, name_buttons
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import row_table


class InvitationsPanel(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for code, text in InvitationsTableModel.STATUSES.items():
            self.status.addItem(self.tr(text), code)
        self.set_button = QPushButton(self.tr("&Set status"))
        self.only_waiting = QCheckBox(self.tr("Only who has not ans&wered"))
        self.model = InvitationsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Invitations"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.error = error_label()
        self.summary = page_message(QLabel(wordWrap=True))
        self.not_heard = QLabel(wordWrap=True)
        look.mark_message(self.not_heard, "muted")

        row = QHBoxLayout()
        for text, widget in ((self.tr("&Organisation"), self.organisation), (self.tr("S&tatus"), self.status)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 2 if widget is self.organisation else 1)
        row.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.only_waiting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.not_heard)

        self.set_button.clicked.connect(self.set_status)
        self.organisation.lineEdit().returnPressed.connect(self.set_status)
        self.only_waiting.toggled.connect(self.refresh)
        ctx.sig_changed.connect(self._data_changed)
        name_buttons(self)
        self.set_consultation(None)

    def set_consultation(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        self.setEnabled(consultation_id is not None)
        self._fill_organisations()
        self.refresh()

    def _fill_organisations(self) -> None:
        found = call_core(self.ctx, list_organisations, self.ctx.conn)
        text = self.organisation.currentText()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for organisation in [] if found is FAILED else found:
            self.organisation.addItem(organisation.name, organisation.id)
        self.organisation.setCurrentText(text)
        self.organisation.blockSignals(False)

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.ORGANISATIONS):
            self._fill_organisations()
        if touches(changes, Change.CONSULTATIONS | Change.ORGANISATIONS):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        if not self.consultation_id:
            self.model.set_rows([])
            self.summary.clear()
            self.not_heard.clear()
            return
        everyone = call_core(self.ctx, invitations.list_invitations, self.ctx.conn, self.consultation_id)
        everyone = [] if everyone is FAILED else everyone
        shown = [i for i in everyone if i.status in ("invited", "no-answer")] if self.only_waiting.isChecked() else everyone
        self.model.set_rows(shown)
        counts = invitations.invitation_counts(everyone)
        self.summary.setText(fill(self.tr("%1 invited: %2 confirmed, %3 attended, %4 declined, %5 not answered."),
                                  counts["invited"], counts["confirmed"], counts["attended"], counts["declined"],
                                  counts["no_answer"]))
        missing = call_core(self.ctx, invitations.sectors_not_heard, self.ctx.conn, self.consultation_id)
        self.not_heard.setText(self.tr("Sectors not yet heard from: ") + ", ".join(sector_label(s) for s in missing)
                               if missing not in (FAILED, []) else "")

    @Slot()
    def set_status(self) -> None:
        if not self.consultation_id:
            return
        name = self.organisation.currentText().strip()
        if not name:
            show_message(self.error, self.tr("Pick an organisation (add new ones on the Stakeholders page)."))
            return
        if call_core(self.ctx, invitations.set_invitation, self.ctx.conn, self.consultation_id, name,
                     self.status.currentData(), show=lambda m: show_message(self.error, m)) is FAILED:
            return
        show_message(self.error, "")
