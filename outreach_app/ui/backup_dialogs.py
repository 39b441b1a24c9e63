"""Dialogs over core.store.backups: choose a backup to restore (with what each holds), and the offer made
at start when the database is damaged."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from outreach_app.core.store.backups import BackupInfo, list_backups
from outreach_app.ui.core_messages import localized_error
from outreach_app.ui.i18n import fill
from outreach_app.ui.tasks import run_in_background
from outreach_app.ui import look


REASONS = {"start": QT_TRANSLATE_NOOP("RestoreDialog", "start"),
           "end-of-day": QT_TRANSLATE_NOOP("RestoreDialog", "end-of-day"),
           "manual": QT_TRANSLATE_NOOP("RestoreDialog", "manual"),
           "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before-restore")}


def reason_text(reason: str) -> str:
    """Why a backup was made, in the window's language (the file name keeps the English word)."""
    return QCoreApplication.translate("RestoreDialog", REASONS[reason]) if reason in REASONS else reason


def describe_backup(info: BackupInfo) -> str:
    """One sentence saying what a backup holds (for the confirmation and the start-up offer)."""
    if not info.good:
        return localized_error(info.problem) if info.problem else ""
    dates = (f"{info.first_date} – {info.last_date}" if info.first_date
             else QCoreApplication.translate("RestoreDialog", "no events"))
    # RestoreDialog.tr, not QCoreApplication.translate: pyside6-lupdate 6.11 reads plural forms only from tr()
    event_count, entry_count = info.events, info.entries
    events = RestoreDialog.tr("%Ln event(s)", "", event_count)
    entries = RestoreDialog.tr("%Ln entry(ies)", "", entry_count)
    return fill(QCoreApplication.translate("RestoreDialog", "made %1 (%2) on %3: %4, %5, %6"),
                info.made_at.replace("T", " ").replace("+00:00", " UTC"), reason_text(info.reason),
                info.device or "?", events, entries, dates)


class RestoreDialog(QDialog):
    """Every backup in the folder with its preview; Restore asks for confirmation and sets `chosen`."""

    COLUMNS = (QT_TRANSLATE_NOOP("RestoreDialog", "Made (UTC)"), QT_TRANSLATE_NOOP("RestoreDialog", "Why"), QT_TRANSLATE_NOOP("RestoreDialog", "Events"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Entries"), QT_TRANSLATE_NOOP("RestoreDialog", "Dates"),
               QT_TRANSLATE_NOOP("RestoreDialog", "Laptop"), QT_TRANSLATE_NOOP("RestoreDialog", "State"))

    def __init__(self, folder, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outreach — restore from backup"))
        self.folder = folder
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.confirm = True  # tests turn the question off and answer it themselves
        self.resize(820, 420)

        heading = QLabel(self.tr("Backups in %1. Restoring replaces the database with the backup; the current "
                                 "file is kept as a backup first.").replace("%1", str(folder)))
        heading.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(text) for text in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_: self.restore_selected())
        self.preview = QLabel(self.tr("Reading the backups…"))
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the chosen backup holds"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        look.explain_disabled(self.restore_button, self.tr("Choose a backup in the list first."))
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        look.finish(self)
        self._task = run_in_background(lambda _progress: list_backups(folder), db_path=None,
                                       on_finished=self.show_backups, on_failed=self.preview.setText, owner=self)

    @Slot(object)
    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            dates = f"{info.first_date} – {info.last_date}" if info.first_date else ""
            values = (info.made_at.replace("T", " ").replace("+00:00", ""), reason_text(info.reason),
                      "" if info.events is None else str(info.events), "" if info.entries is None else str(info.entries),
                      dates, info.device or "", self.tr("good") if info.good else localized_error(info.problem))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if not self.backups:
            self.preview.setText(self.tr("There are no backups in this folder yet."))
        else:
            self.preview.setText(self.tr("Choose the backup to restore."))
            self.table.selectRow(0)
        self.table.setFocus()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        info = self.selected()
        look.explain_disabled(self.restore_button, self.tr("Choose a backup in the list first.") if info is None
                              else self.tr("This backup is damaged: choose another."))
        self.restore_button.setEnabled(bool(info and info.good))
        if info is not None:
            self.preview.setText(describe_backup(info))

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.good:
            return
        if self.confirm:
            if not look.ask(self, self.tr("Outreach — replace the database?"),
                            self.tr("Replace the database with the backup %1?\n\nThe current file is kept as a "
                                    "backup first.").replace("%1", describe_backup(info))):
                return
        self.chosen = info
        self.accept()


class BackupOffer(QMessageBox):
    """At start, the database is damaged: say why and offer the newest good backup (or say there is none)."""

    def __init__(self, problem: str, offer: BackupInfo | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Outreach — the database is damaged"))
        self.setText(self.tr("Outreach cannot use its database: %1").replace("%1", localized_error(problem)))
        self.restore_button = None
        if offer is None:
            self.setInformativeText(self.tr("No good backup was found. Copy the file to the office for help."))
            self.setStandardButtons(QMessageBox.StandardButton.Close)
            return
        self.setInformativeText(self.tr("Restore the newest good backup, %1? The damaged file is kept beside "
                                        "the backups.").replace("%1", describe_backup(offer)))
        self.restore_button = self.addButton(self.tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)


def offer_backup(problem: str, offer: BackupInfo | None, parent: QWidget | None = None) -> bool:
    """Show the BackupOffer (modal); True when the person chose to restore the backup."""
    box = BackupOffer(problem, offer, parent)
    look.finish(box)
    box.exec()
    return box.restore_button is not None and box.clickedButton() is box.restore_button
