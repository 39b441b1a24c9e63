"""The one date field of the window: a line edit that reads a date as a person types it, with a
calendar popup for the mouse.

Why not QDateEdit: its sections jump after four digits, so `2027-03-15` typed became 2027-12-03 and
`2025-02-30` became 2025-12-02 without a word, and it took three Tab presses to leave. Here the text
typed is read by core.validate.parse_typed_date (ISO, with or without leading zeros, or the locale's
own order): it is that date or a refusal naming it, never another date. One Tab stop; Up/Down step a
day and Page Up/Page Down a month while the text is a date; Alt+Down or F4 opens the calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QToolButton, QVBoxLayout, QWidget

from outreach_app.core.errors import InvalidInput
from outreach_app.core.validate import far_from_today, parse_typed_date


def local_order(format_text: str) -> str:
    """"ymd", "dmy" or "mdy": the order a short date format (QLocale's "dd/MM/yyyy") writes the parts in."""
    positions = sorted((format_text.find(part), part) for part in ("y", "M", "d") if part in format_text)
    order = "".join(part.lower() for _, part in positions)
    return order if order in ("ymd", "dmy", "mdy") else "ymd"


def _calendar_icon() -> QIcon:
    """A small calendar drawn in the text colour: a page with a bar on top and a grid of days."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = QColor("#4f5660")
    painter.setPen(colour)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QFrame):
    """The calendar shown under a date field; a click or Enter picks the day, Escape closes it."""

    def __init__(self, field: "DateField"):
        super().__init__(field, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.Box)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(field.accessibleName())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(field._picked)
        self.calendar.activated.connect(field._picked)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A date typed or picked; `iso_date()` is the date or an InvalidInput naming what was typed."""

    sig_date_changed = Signal(str)
    """A new date was settled (leaving the field, Enter, the calendar, Up/Down): its ISO form."""
    sig_refused = Signal(str)
    """The text left in the field is not a date: the message, in the window's language."""

    def __init__(self, what: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.what = what  # the core's name of the value ("event date"), first word of its messages
        self._settled: str | None = None
        self._popup: _CalendarPopup | None = None
        self.setAccessibleName(accessible_name)
        self.setMaxLength(40)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Pick the date on a calendar (Alt+Down)"), self)
        self.calendar_action.setToolTip(self.calendar_action.text())
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):  # the icon's button: named for screen readers, no Tab stop
            button.setAccessibleName(self.calendar_action.text())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editingFinished.connect(self._settle)

    # --- value ------------------------------------------------------------------------------------
    def local_order(self) -> str:
        return local_order(self.locale().dateFormat(self.locale().FormatType.ShortFormat))

    def iso_date(self) -> str:
        """The date in the field as YYYY-MM-DD; raises the core's InvalidInput naming the text otherwise."""
        return parse_typed_date(self.text(), self.what, self.local_order())

    def valid_date(self) -> dt.date | None:
        """The date in the field, or None while its text is not a date."""
        try:
            return dt.date.fromisoformat(self.iso_date())
        except InvalidInput:
            return None

    def text_for_core(self) -> str:
        """The ISO date when the text is one, else the text as typed (for the core to refuse, naming it)."""
        day = self.valid_date()
        return day.isoformat() if day else self.text()

    def setDate(self, value: QDate | dt.date | str) -> None:  # noqa: N802 (QDateEdit's name, kept for callers)
        """Show a date (QDate, datetime.date or ISO text); emits sig_date_changed when it changes."""
        if isinstance(value, QDate):
            value = value.toPython()
        iso = value.isoformat() if isinstance(value, dt.date) else str(value)
        self.setText(iso)
        self._settle()

    @Slot()
    def _settle(self) -> None:
        """Show a date typed as 2027-3-15 as 2027-03-15 and announce it; say why a text is not a date."""
        try:
            iso = self.iso_date()
        except InvalidInput as exc:
            from outreach_app.ui.feedback import error_message

            self.sig_refused.emit(error_message(exc))
            return
        if self.text() != iso:
            self.setText(iso)
        if iso != self._settled:
            self._settled = iso
            self.sig_date_changed.emit(iso)

    # --- keyboard and calendar --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, modifiers = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            day = self.valid_date()
            if day is not None:  # a text that is not a date is never stepped into one
                days, months = steps[key]
                self.setDate(QDate(day).addDays(days).addMonths(months))
            return
        super().keyPressEvent(event)

    @Slot()
    def show_calendar(self) -> None:
        """Open the calendar on the field's date (today while the text is not a date)."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        day = self.valid_date() or dt.date.today()
        self._popup.calendar.setSelectedDate(QDate(day))
        self._popup.adjustSize()
        place = QRect(self.mapToGlobal(QPoint(0, self.height())), self._popup.sizeHint())
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if place.bottom() > screen.bottom():
            place.moveBottom(self.mapToGlobal(QPoint(0, 0)).y())
        place.moveLeft(max(screen.left(), min(place.left(), screen.right() - place.width())))
        self._popup.setGeometry(place)
        self._popup.show()
        self._popup.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("8888-88-88") + 48  # the text, the margins and the icon
        return QSize(max(wide, 120), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())


def confirm_far_date(parent: QWidget, iso: str, today: dt.date | None = None) -> bool:
    """True unless the date is more than a year from today and the person says it is not meant."""
    today = today or dt.date.today()
    if not far_from_today(iso, today):
        return True
    from PySide6.QtCore import QCoreApplication

    from outreach_app.ui import look

    question = (QCoreApplication.translate("DateField", "The date %1 is more than a year from today (%2). "
                                           "Save with this date?").replace("%1", iso).replace("%2", today.isoformat()))
    return look.ask(parent, QCoreApplication.translate("DateField", "Outreach — check the date"), question,
                    default_yes=False)  # Enter keeps the form open: a date that far away is usually a typo
