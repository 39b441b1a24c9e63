"""Attendance at the selected training, by organisation: the rows that count, and a line to record one
(an organisation from the shared list, or a new one with its sector)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.consultations import organisations
from outreach_app.core.trainings import attendance
from outreach_app.ui import look
from outreach_app.ui.consultation_models import sector_label
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import row_table
from outreach_app.ui.training_models import AttendanceTableModel


class AttendancePanel(QGroupBox):
    """Who came to one training, organisation by organisation (counts only, never names)."""

    sig_recorded = Signal()
    """An organisation's attendance was recorded (its row shows it)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(self.tr("Attendance by organisation"), parent)
        self.ctx = ctx
        self.training_id: str | None = None
        self.model = AttendanceTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Attendance by organisation"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation.setMinimumContentsLength(14)
        self.organisation.lineEdit().setPlaceholderText(self.tr("pick or type an organisation"))
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Sector of a new organisation"))
        self.sector.addItems([sector_label(s) for s in organisations.SECTORS])
        self.sector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sector.setMinimumContentsLength(12)  # the longest sector's name must not widen the page
        self.registered = QLineEdit()
        self.registered.setAccessibleName(self.tr("Registered"))
        self.attended = QLineEdit()
        self.attended.setAccessibleName(self.tr("Attended"))
        for field in (self.registered, self.attended):
            field.setMaximumWidth(80)
        self.record_button = QPushButton(self.tr("Record &attendance"))
        self.record_button.setAccessibleName(self.tr("Record this organisation's attendance"))
        look.explain_disabled(self.record_button, self.tr("Select a training first."))
        self.error = error_label()
        grid = QGridLayout()
        labels = (self.tr("Organi&sation"), self.tr("Sector (if new)"), self.tr("Regis&tered"), self.tr("Atten&ded"))
        for column, (text, field) in enumerate(zip(labels, (self.organisation, self.sector, self.registered,
                                                            self.attended))):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.addWidget(self.record_button, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        self.record_button.clicked.connect(self.record)
        for field in (self.registered, self.attended):
            field.returnPressed.connect(self.record)
        ctx.sig_changed.connect(self._data_changed)
        self.reload_organisations()
        self.show_training(None)

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.ORGANISATIONS):
            self.reload_organisations()
        if touches(changes, Change.TRAININGS | Change.ORGANISATIONS):
            self.refresh()

    def reload_organisations(self) -> None:
        found = call_core(self.ctx, organisations.list_organisations, self.ctx.conn)
        text = self.organisation.currentText()
        self.organisation.clear()
        self.organisation.addItems([] if found is FAILED else [o.name for o in found])
        self.organisation.setCurrentText(text)

    def show_training(self, training) -> None:
        """Show the attendance of a training (core Training), or nothing for None."""
        self.training_id = None if training is None or training.cancelled else training.id
        self.record_button.setEnabled(self.training_id is not None)
        show_message(self.error, "")
        self.refresh()

    def refresh(self) -> None:
        rows = [] if self.training_id is None else call_core(self.ctx, attendance.list_attendance, self.ctx.conn,
                                                              self.training_id)
        self.model.set_rows([] if rows is FAILED else rows)

    @Slot()
    def record(self) -> None:
        if self.training_id is None:
            return
        show_message(self.error, "")
        show = lambda message: show_message(self.error, message)  # noqa: E731
        counts = call_core(self.ctx, attendance.check_attendance, self.registered.text(), self.attended.text(),
                           confirmed=True, show=show)
        if counts is FAILED:
            return
        name = " ".join(self.organisation.currentText().split())
        known = call_core(self.ctx, organisations.find_organisation, self.ctx.conn, name, show=show) if name else None
        if known is FAILED:
            return
        if not known and name:
            sector = organisations.SECTORS[self.sector.currentIndex()]
            if not look.ask(self.window(), self.tr("Outreach — new organisation"),
                            fill(self.tr("Add “%1” (%2) to the list of organisations?"), name,
                                 self.sector.currentText()), default_yes=False):
                self.organisation.setFocus()
                return
            added = call_core(self.ctx, organisations.add_organisation, self.ctx.conn, name, sector, show=show)
            if added is FAILED:
                return
        registered, attended = counts
        confirmed = attended <= registered or look.ask(
            self.window(), self.tr("Outreach — more attended than registered"),
            fill(self.tr("%1 attended but only %2 registered. Did people come without registering?"),
                 attended, registered), default_yes=False)
        if not confirmed:
            self.attended.setFocus()
            return
        result = call_core(self.ctx, attendance.record_attendance, self.ctx.conn, self.training_id, name,
                           registered, attended, confirmed=True, show=show)
        if result is FAILED:
            self.organisation.setFocus()
            return
        self.registered.clear()
        self.attended.clear()
        self.organisation.setCurrentText("")
        self.organisation.setFocus()
        self.sig_recorded.emit()
