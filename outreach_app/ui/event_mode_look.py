"""Small helpers of the event-mode screen: its style sheet, its scaled fonts, entry times."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


def entry_time(entry) -> str:
    """Local HH:MM of an entry's creation (stored in UTC)."""
    moment = QDateTime.fromString(entry.created_at, Qt.DateFormat.ISODate)
    return moment.toLocalTime().toString("HH:mm") if moment.isValid() else ""


def event_mode_stylesheet() -> str:
    """resources/event_mode.qss, or no sheet if it is missing (event mode still works, plainer)."""
    from outreach_app.core.resources import resource_path

    try:
        return resource_path("event_mode.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The system font, larger: big targets follow the user's chosen font size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(bold)
    return font
