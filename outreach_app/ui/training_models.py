"""Qt table models over the trainings' core records (trainings, attendance rows, activities)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from outreach_app.ui.consultation_models import sector_label
from outreach_app.ui.models import RecordTableModel


class TrainingsTableModel(RecordTableModel):
    """Trainings (core.trainings.sessions.Training) one per row."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Date"), "date"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Time"), "start_time"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Topic"), "topic"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "municipality"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Partner"), "partner"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status")]

    def display(self, training, attribute: str) -> str:
        if attribute == "status":
            return self.tr("Cancelled") if training.cancelled else self.tr("Scheduled")
        return super().display(training, attribute)

    def sort_value(self, training, attribute: str):
        if attribute == "date":
            return f"{training.date} {training.start_time or ''}"
        return super().sort_value(training, attribute)

    def is_inactive(self, training) -> bool:
        return training.cancelled


class AttendanceTableModel(RecordTableModel):
    """Attendance that counts at one training (core.trainings.attendance.Attendance), one organisation a row."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Organisation"), "organisation"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Sector"), "sector"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Registered"), "registered"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Attended"), "attended")]

    def display(self, row, attribute: str) -> str:
        if attribute == "sector":  # a known sector in the window's language (stored in English)
            return sector_label(row.sector)
        return super().display(row, attribute)

    def sort_value(self, row, attribute: str):
        return getattr(row, attribute) if attribute in ("registered", "attended") else super().sort_value(row, attribute)


class ActivitiesTableModel(RecordTableModel):
    """Activities of every kind (core.activities.Activity) one per row."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Date"), "date"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Time"), "start_time"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Kind"), "kind"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Activity"), "title"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Municipality"), "municipality"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Place"), "place"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Status"), "status")]

    def display(self, activity, attribute: str) -> str:
        if attribute == "kind":
            return {"training": self.tr("Training"), "consultation": self.tr("Consultation")}.get(activity.kind,
                                                                                                self.tr("Event"))
        if attribute == "status":
            return self.tr("Cancelled") if activity.cancelled else ""
        return super().display(activity, attribute)

    def sort_value(self, activity, attribute: str):
        if attribute == "date":
            return f"{activity.date} {activity.start_time or ''}"
        return super().sort_value(activity, attribute)

    def is_inactive(self, activity) -> bool:
        return activity.cancelled
