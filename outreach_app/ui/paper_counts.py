"""Side panel of event mode: counts copied from a paper tally sheet, added in one go.

The panel shows what it will add ("Will add: 42 attendees, …") and adds only when asked (its Add
button or Ctrl+Enter); Enter in a field moves to the next field. The limits are the core's
(core.records.count_limits): above the hard limit a count is refused naming it, above the per-event ceiling
the person confirms the number. Escape closes the panel, asking first if it holds counts not added.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from outreach_app.core.records import tally
from outreach_app.core.records.count_limits import EVENT_CEILING, PaperCount, above_event_ceiling, parse_typed_count
from outreach_app.core.errors import InvalidInput
from outreach_app.ui import look
from outreach_app.ui.core_messages import localized_error
from outreach_app.ui.count_field import CountField
from outreach_app.ui.count_words import counts_phrase
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core


class PaperCountsPanel(QFrame):
    """Non-modal: tapping goes on while it is open. Each non-zero count becomes one 'paper' entry; the
    entries of one sheet are one action (undo takes them back together)."""

    sig_recorded = Signal(list, str)
    """The ids of the entries just recorded, and what they were in words."""
    sig_closed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: str | None = None
        self.plan_names: dict[str, str] = {}
        self.plan_fields: list[tuple[str, CountField]] = []
        self.setObjectName("sidePanel")  # event_mode.qss draws it
        title = QLabel(self.tr("Counts from a paper sheet"))
        look.mark_title(title)
        hint = QLabel(self.tr("Type the totals from the sheet; leave empty where there is nothing to add. "
                              "Enter goes to the next field; Add (Ctrl+Enter) adds them."))
        hint.setWordWrap(True)
        self.attendees = self._field(self.tr("Attendees from the paper sheet"))
        self.yes = self._field(self.tr("More confident: yes, from the paper sheet"))
        self.no = self._field(self.tr("More confident: no, from the paper sheet"))
        self.unsure = self._field(self.tr("More confident: not sure, from the paper sheet"))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the sheet will add"))
        self.add_button = QPushButton(self.tr("Add these counts (Ctrl+Enter)"))
        self.add_button.setAccessibleName(self.tr("Add these counts to the event"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the paper sheet panel"))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch()
        self.add_button.clicked.connect(self.record)
        self.close_button.clicked.connect(self.request_close)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.record, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _field(self, accessible: str) -> CountField:
        field = CountField(accessible)
        field.sig_next.connect(self.focusNextChild)
        field.sig_submit.connect(self.record)
        field.textChanged.connect(self.update_preview)
        return field

    def fields(self) -> list[tuple[str, CountField]]:
        """(what the core calls the count, field) in the order of the sheet."""
        return [("attendees", self.attendees), *(("plan count", f) for _, f in self.plan_fields),
                ("confident-yes count", self.yes), ("confident-no count", self.no),
                ("confident-unsure count", self.unsure)]

    def set_event(self, event_id: str, plans: list, names: dict[str, str] | None = None) -> None:
        """Show one field per active plan (core.records.catalogue.Plan) for this event; names: plan id -> the
        name shown (a short display name), plan.name otherwise."""
        self.event_id = event_id
        self.plan_names = {plan.id: (names or {}).get(plan.id, plan.name) for plan in plans}
        while self.form.rowCount():
            taken = self.form.takeRow(0)  # the fixed fields are kept, the old plan fields and labels go
            label, field = taken.labelItem.widget(), taken.fieldItem.widget()
            label.deleteLater()
            if field not in (self.attendees, self.yes, self.no, self.unsure):
                field.deleteLater()
        self.form.addRow(self._label(self.tr("Attendees"), self.attendees), self.attendees)
        self.plan_fields = []
        for plan in plans:
            field = self._field(self.tr("Plan %s handed out, from the paper sheet") % plan.name)
            self.plan_fields.append((plan.id, field))
            self.form.addRow(self._label(self.tr("Plan “%s”") % self.plan_names[plan.id], field, plan.name), field)
        self.form.addRow(self._label(self.tr("More confident: yes"), self.yes), self.yes)
        self.form.addRow(self._label(self.tr("More confident: no"), self.no), self.no)
        self.form.addRow(self._label(self.tr("Not sure"), self.unsure), self.unsure)
        chain = [field for _, field in self.fields()] + [self.add_button, self.close_button]
        for first, second in zip(chain, chain[1:]):  # Tab and Enter follow the sheet, top to bottom
            QWidget.setTabOrder(first, second)
        self.clear()

    def _label(self, text: str, buddy: QWidget, tooltip: str | None = None) -> QLabel:
        label = _TwoLineLabel(text) if len(text) > 32 else QLabel(text)  # a long plan name: two lines at most
        label.setBuddy(buddy)
        if tooltip:
            label.setToolTip(tooltip)
        return label

    def clear(self) -> None:
        for _, field in self.fields():
            field.clear()
        show_message(self.error, "")
        self.update_preview()

    def first_field(self) -> CountField:
        return self.attendees

    def read_counts(self, focus_refused: bool = False) -> list[PaperCount]:
        """The non-zero counts typed, in the order of the sheet; InvalidInput for one the core refuses
        (its field gets the focus if focus_refused)."""
        plan_ids = {id(field): plan_id for plan_id, field in self.plan_fields}
        answers = {id(self.yes): "yes", id(self.no): "no", id(self.unsure): "unsure"}
        counts = []
        for what, field in self.fields():
            try:
                quantity = parse_typed_count(field.text(), what)
            except InvalidInput:
                if focus_refused:
                    field.setFocus()
                    field.selectAll()
                raise
            if quantity:
                kind = "attendee" if field is self.attendees else "plan" if id(field) in plan_ids else "confidence"
                counts.append(PaperCount(kind, quantity, plan_ids.get(id(field)), answers.get(id(field))))
        return counts

    def has_unsaved_counts(self) -> bool:
        return any(field.text().strip(" 0\u00a0\u202f") for _, field in self.fields())

    @Slot()
    def update_preview(self) -> None:
        """'Will add: …' from what is typed now, or why it cannot be added."""
        try:
            counts = self.read_counts()
        except InvalidInput as exc:
            self.preview.setText(localized_error(exc))
            look.mark_message(self.preview, "error")
            return
        look.mark_message(self.preview, "normal")
        self.preview.setText(self.tr("Will add: %s") % counts_phrase(counts, self.plan_names) if counts
                             else self.tr("Nothing to add yet."))

    @Slot()
    def record(self) -> None:
        """Add every non-zero count as one paper entry of the event, all or nothing, in one action."""
        try:
            counts = self.read_counts(focus_refused=True)
        except InvalidInput as exc:
            show_message(self.error, localized_error(exc))
            return
        if not counts:
            show_message(self.error, self.tr("Nothing to add: every count is 0."))
            return
        large = above_event_ceiling(counts)
        if large and not self.confirm_large(large):
            return
        show_message(self.error, "")
        by_kind = {c.answer or c.kind: c.quantity for c in counts if c.kind != "plan"}
        ids = call_core(self.ctx, tally.record_paper_counts, self.ctx.conn, self.event_id,
                        attendees=by_kind.get("attendee"), plans=[(c.plan_id, c.quantity) for c in counts
                                                                 if c.kind == "plan"],
                        yes=by_kind.get("yes"), no=by_kind.get("no"), unsure=by_kind.get("unsure"),
                        show=lambda message: show_message(self.error, message))
        if ids is FAILED:
            return
        words = counts_phrase(counts, self.plan_names)
        self.clear()
        self.first_field().setFocus()
        self.sig_recorded.emit(ids, words)

    def confirm_large(self, large: list[PaperCount]) -> bool:
        """Ask before adding counts above the per-event ceiling, naming each number."""
        ceiling = self.locale().toString(EVENT_CEILING)
        question = (self.tr("Add %1? That is more than %2 for one event.") if len(large) == 1
                    else self.tr("Add %1? Each is more than %2 for one event."))
        text = question.replace("%1", counts_phrase(large, self.plan_names)).replace("%2", ceiling)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Outreach — large count"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def confirm_discard(self) -> bool:
        """True if the panel holds nothing unsaved, or the person agrees to drop it."""
        if not self.has_unsaved_counts():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Outreach — paper sheet"),
                          self.tr("Close the paper sheet without adding its counts?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.preview.text())
        return box.exec() == QMessageBox.StandardButton.Discard

    @Slot()
    def request_close(self) -> None:
        """Escape or Close: close the panel, asking first if it holds counts not added yet."""
        if self.confirm_discard():
            self.clear()
            self.sig_closed.emit()


class _TwoLineLabel(QLabel):
    """A long plan name beside its field: wrapped over two lines at most, the rest elided (the full name
    in the tooltip). Wrapped freely it took three lines, which a 720-pixel-high screen cut top and bottom."""

    def __init__(self, text: str):
        super().__init__(text)
        self.full_text = text

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self.full_text), metrics.horizontalAdvance("n" * 26))
        return QSize(width, metrics.lineSpacing() * 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance("n" * 8), self.fontMetrics().lineSpacing() * 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        from outreach_app.ui.plan_buttons import wrap_and_elide

        self.setText(wrap_and_elide(self.full_text, self.fontMetrics(), max(20, self.width()), 2))
