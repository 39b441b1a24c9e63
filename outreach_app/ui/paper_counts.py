"""Side panel of event mode: counts copied from a paper tally sheet, recorded in one go."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from outreach_app.core.records import tally
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui import look

MAXIMUM = 100_000


class PaperCountsPanel(QFrame):
    """Non-modal: tapping goes on while it is open. Each non-zero count becomes one 'paper' entry."""

    sig_recorded = Signal(list)
    """The ids of the entries just recorded."""
    sig_closed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.plan_boxes: list[tuple[str, QSpinBox]] = []
        self.setObjectName("sidePanel")  # event_mode.qss draws it
        title = QLabel(self.tr("Counts from a paper sheet"))
        look.mark_title(title)
        hint = QLabel(self.tr("Type the totals from the sheet; leave 0 where there is nothing to add."))
        hint.setWordWrap(True)
        self.attendees = self._box(self.tr("Attendees from the paper sheet"))
        self.yes = self._box(self.tr("More confident: yes, from the paper sheet"))
        self.no = self._box(self.tr("More confident: no, from the paper sheet"))
        self.unsure = self._box(self.tr("More confident: not sure, from the paper sheet"))
        self.form = QFormLayout()
        self.add_button = QPushButton(self.tr("Add these counts"))
        self.add_button.setAccessibleName(self.tr("Add these counts to the event"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the paper sheet panel"))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch()
        self.add_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.sig_closed)

    def _box(self, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAXIMUM)
        box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # typed from the sheet; keeps the field wide
        box.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 9)
        box.setAccessibleName(accessible)
        box.lineEdit().returnPressed.connect(self.record)
        return box

    def set_event(self, event_id: str, plans: list) -> None:
        """Show one field per active plan (core.records.catalogue.Plan) for this event."""
        self.event_id = event_id
        while self.form.rowCount():
            taken = self.form.takeRow(0)  # the fixed fields are kept, the old plan fields and labels go
            label, field = taken.labelItem.widget(), taken.fieldItem.widget()
            label.deleteLater()
            if field not in (self.attendees, self.yes, self.no, self.unsure):
                field.deleteLater()
        self.form.addRow(self.tr("Attendees"), self.attendees)
        self.plan_boxes = []
        for plan in plans:
            box = self._box(self.tr("Plan %s handed out, from the paper sheet") % plan.name)
            self.plan_boxes.append((plan.id, box))
            self.form.addRow(self.tr("Plan “%s”") % plan.name, box)
        self.form.addRow(self.tr("More confident: yes"), self.yes)
        self.form.addRow(self.tr("More confident: no"), self.no)
        self.form.addRow(self.tr("Not sure"), self.unsure)
        self.clear()

    def clear(self) -> None:
        for box in (self.attendees, self.yes, self.no, self.unsure, *(b for _, b in self.plan_boxes)):
            box.setValue(0)
        show_message(self.error, "")

    def first_field(self) -> QSpinBox:
        return self.attendees

    @Slot()
    def record(self) -> None:
        """Record every non-zero count as one paper entry of the event, all or nothing."""
        value = lambda box: box.value() or None  # noqa: E731
        plans = [(plan_id, box.value()) for plan_id, box in self.plan_boxes if box.value()]
        counts = {"attendees": value(self.attendees), "yes": value(self.yes), "no": value(self.no),
                  "unsure": value(self.unsure)}
        if not plans and not any(counts.values()):
            show_message(self.error, self.tr("Nothing to add: every count is 0."))
            return
        show_message(self.error, "")
        ids = call_core(self.ctx, tally.record_paper_counts, self.ctx.conn, self.event_id, plans=plans, **counts,
                        show=lambda message: show_message(self.error, message))
        if ids is FAILED:
            return
        self.clear()
        self.sig_recorded.emit(ids)
