"""What the person sees when an event ends: a short summary of it and the end-of-day export offered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from outreach_app.ui.i18n import fill


class EventEndedDialog(QDialog):
    """Non-modal: the event's totals (core.records.tally.EventTotals), and a button opening the export."""

    sig_export = Signal()
    """The person wants the end-of-day export."""

    def __init__(self, heading: str, totals, plan_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outreach — event ended"))
        number = self.locale().toString
        by_plan = " · ".join(f"{plan_names.get(ident, '?')} {number(count)}" for ident, count in
                             sorted(totals.plans_by_plan.items(), key=lambda i: plan_names.get(i[0], "").casefold()))
        lines = [
            fill(self.tr("“%1” has ended; every entry is saved."), heading),
            self.tr("Attendees: %s") % number(totals.attendees),
            self.tr("Plans handed out: %s") % number(totals.plans) + (f" ({by_plan})" if by_plan else ""),
            fill(self.tr("More confident: yes %1 · no %2 · not sure %3"), number(totals.yes), number(totals.no),
                 number(totals.unsure)),
        ]
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the event"))
        hint = QLabel(self.tr("At the end of the day, export the day's records for the office."))
        hint.setWordWrap(True)
        self.export_button = QPushButton(self.tr("End-of-day export…"))
        self.export_button.setAccessibleName(self.tr("Open the end-of-day export"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _export(self) -> None:
        self.accept()
        self.sig_export.emit()


def show_event_summary(screen, heading: str, totals) -> EventEndedDialog:
    """The non-modal summary of the event screen's event just ended (replacing an earlier one), with
    the end-of-day export offered through the screen's sig_export_requested."""
    if screen.summary_dialog is not None:
        screen.summary_dialog.close()
    dialog = EventEndedDialog(heading, totals, dict(screen.plan_names), screen.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda: setattr(screen, "summary_dialog", None))
    dialog.sig_export.connect(screen.sig_export_requested)
    screen.summary_dialog = dialog
    dialog.show()
    return dialog
