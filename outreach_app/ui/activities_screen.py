"""Activities page: one calendar and one list of every kind of activity (events, trainings, consultations), filtered by
kind; the month shown in the calendar is the list's range, and days with activities are in bold."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from outreach_app.core import activities
from outreach_app.core.changes import Change
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import row_table
from outreach_app.ui.training_models import ActivitiesTableModel


class ActivitiesScreen(QWidget):
    """Events and trainings of the month shown, together, by date."""

    sig_open_activity = Signal(str, str)
    """(kind, id) of the activity the person opened (Enter or a double-click on its row)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._marked: list[QDate] = []
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendar of activities"))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.kind_boxes = {activities.EVENT: QCheckBox(self.tr("&Events")),
                           activities.TRAINING: QCheckBox(self.tr("&Trainings")),
                           activities.CONSULTATION: QCheckBox(self.tr("&Consultations"))}
        self.kind_boxes[activities.EVENT].setAccessibleName(self.tr("Show events"))
        self.kind_boxes[activities.TRAINING].setAccessibleName(self.tr("Show trainings"))
        self.kind_boxes[activities.CONSULTATION].setAccessibleName(self.tr("Show consultations and focus groups"))
        for box in self.kind_boxes.values():
            box.setChecked(True)
        self.title = QLabel()
        look.mark_title(self.title)
        self.model = ActivitiesTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Activities"))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        look.mark_empty_state(self.empty)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Show:")))
        for box in self.kind_boxes.values():
            kinds.addWidget(box)
        kinds.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addLayout(kinds)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.empty)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh())
        self.calendar.clicked.connect(self._day_clicked)
        self.table.activated.connect(self._open)
        for box in self.kind_boxes.values():
            box.toggled.connect(self.refresh)
        ctx.sig_changed.connect(self._data_changed)
        self.refresh()

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.EVENTS | Change.TRAININGS | Change.CONSULTATIONS | Change.CATALOGUE):
            self.refresh()

    def month_range(self) -> tuple[str, str]:
        first = QDate(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        return first.toString("yyyy-MM-dd"), first.addMonths(1).addDays(-1).toString("yyyy-MM-dd")

    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for kind, box in self.kind_boxes.items() if box.isChecked())

    @Slot()
    def refresh(self) -> None:
        start, end = self.month_range()
        found = call_core(self.ctx, activities.activities, self.ctx.conn, self.kinds(), start, end)
        rows = [] if found is FAILED else found
        self.model.set_rows(rows)
        month = self.locale().standaloneMonthName(self.calendar.monthShown())
        self.title.setText(fill(self.tr("Activities in %1 %2"), month, self.calendar.yearShown()))
        self.empty.setText(self.tr("Nothing in this month for the kinds ticked."))
        self.empty.setVisible(not rows)
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        self._marked = [QDate.fromString(a.date, "yyyy-MM-dd") for a in rows if not a.cancelled]
        for day in self._marked:
            self.calendar.setDateTextFormat(day, bold)

    @Slot(QDate)
    def _day_clicked(self, day: QDate) -> None:
        """Select the first activity of the day clicked."""
        iso = day.toString("yyyy-MM-dd")
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            record = self.model.row_at(self.proxy.mapToSource(index).row())
            if record is not None and record.date == iso:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return
        self.table.clearSelection()

    @Slot()
    def _open(self, index) -> None:
        record = self.model.row_at(self.proxy.mapToSource(index).row())
        if record is not None:
            self.sig_open_activity.emit(record.kind, record.id)

    @staticmethod
    def open_in(window, kind: str, ident: str) -> None:
        """Show an activity (an event, a training or a consultation) selected on its own page of the main window."""
        from outreach_app.ui.events_screen import EventsScreen
        from outreach_app.ui.trainings_screen import TrainingsScreen

        if kind == activities.CONSULTATION:
            from outreach_app.ui.consultations_screen import ConsultationsScreen

            page = window.page(ConsultationsScreen)
            page.select(ident)
            window.show_page(next(row for row in range(window.pages.count()) if window.page_widgets[row] is page))
            return
        wanted = TrainingsScreen if kind == activities.TRAINING else EventsScreen
        page = window.page(wanted)
        select = page.select_training if wanted is TrainingsScreen else page.select_event
        if not select(ident):
            page.show_past.setChecked(True)  # a past activity: list them all
            select(ident)
        window.show_page(next(row for row in range(window.pages.count()) if window.page_widgets[row] is page))
        page.table.setFocus()  # on the selected row (the list it came from is hidden now)
