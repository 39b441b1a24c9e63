"""The "End of day" screen: a laptop exports its bundle (and the office its relay), on the background
worker with a progress bar; every number and sentence shown comes from outreach_app.core.sync."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.store.connection import get_setting, set_setting
from outreach_app.core.sync.export import default_recipients, export_bundle, export_preview
from outreach_app.core.sync.ledger import export_confirmations
from outreach_app.core.sync.roles import is_office
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.file_dialogs import choose_folder, start_folder
from outreach_app.ui.feedback import page_message
from outreach_app.ui.tasks import run_in_background

FOLDER_SETTING = "sync_export_folder"


class EndOfDayScreen(QWidget):
    """Export today's work: what will go, where, encrypted or not, progress, the file made."""

    sig_exported = Signal(str)
    """The path of the bundle just written."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_path: Path | None = None
        self._task = None
        self.setAccessibleName(self.tr("End of day"))

        title = QLabel(self.tr("<h2>End of day</h2>"))
        self.what = QLabel()
        self.what.setAccessibleName(self.tr("What will be exported"))
        self.folder = QLineEdit(get_setting(ctx.conn, FOLDER_SETTING) or start_folder("bundles_out"))
        self.folder.setAccessibleName(self.tr("Folder for the bundle"))
        choose = look.named_button(self.tr("Choose folder…"), self.tr("Choose the folder for the bundle"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.encrypt = QCheckBox()
        self.encrypt.setAccessibleName(self.tr("Encrypt for the office"))
        self.full = QCheckBox(self.tr("Everything, not only today's changes (full export)"))
        self.full.setAccessibleName(self.tr("Full export"))
        self.full.toggled.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Save to:"), folder_row)
        form.addRow("", self.encrypt)
        form.addRow("", self.full)

        self.export_button = look.named_button(self.tr("Export now"), self.tr("Export the bundle now"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.made = page_message(QLabel())
        self.made.setAccessibleName(self.tr("The file made"))
        self.made.setWordWrap(True)
        self.made.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reveal = look.named_button(self.tr("Reveal in folder"), self.tr("Open the folder holding the bundle"))
        self.reveal.setVisible(False)
        self.reveal.clicked.connect(self.reveal_in_folder)
        self.confirmed = QLabel()
        self.confirmed.setAccessibleName(self.tr("What the office has received"))
        self.confirmed.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.what)
        layout.addLayout(form)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.progress, 1)
        layout.addLayout(actions)
        made_row = QHBoxLayout()
        made_row.addWidget(self.made, 1)
        made_row.addWidget(self.reveal)
        layout.addLayout(made_row)
        layout.addWidget(self.confirmed)
        layout.addStretch(1)
        ctx.sig_changed.connect(lambda changes: touches(changes, Change.SYNC | Change.SETTINGS) and self.refresh())
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        conn = self.ctx.conn
        self.office = is_office(conn)  # the office waits for no office: no encryption for it, no confirmation
        preview = export_preview(conn, self.full.isChecked())
        if preview["full"] and self.office:
            text = self.tr("Bundle #%1 will hold everything on this computer: %Ln record(s).", "", preview["records"])
        elif preview["full"]:
            text = self.tr("Bundle #%1 will hold everything on this laptop: %Ln record(s).", "", preview["records"])
        else:
            text = self.tr("Bundle #%1 will hold the changes since the last export: %Ln record(s).", "",
                           preview["records"])
        self.what.setText(text.replace("%1", str(preview["sequence"])))
        recipients = default_recipients(conn)
        self.encrypt.setVisible(not self.office)
        self.encrypt.setEnabled(bool(recipients))
        self.encrypt.setChecked(bool(recipients))
        self.encrypt.setText(self.tr("Encrypt for the office (%1)").replace("%1", recipients[0][:16] + "…")
                             if recipients else self.tr("Encrypt for the office (no office key received yet)"))
        self.confirmed.setText(self._confirmation_text(export_confirmations(conn)))

    def _confirmation_text(self, found: dict) -> str:
        if self.office:
            return (self.tr("This computer is the office: laptops take its bundles at their next import; nothing "
                            "waits for a confirmation.") if found["last_export"]
                    else self.tr("Nothing exported from this computer yet."))
        if not found["last_export"]:
            return self.tr("Nothing exported from this laptop yet.")
        parts = []
        if found["confirmed_up_to"]:
            parts.append(self.tr("The office has everything up to #%1.").replace("%1", str(found["confirmed_up_to"])))
        if found["unconfirmed"]:
            numbers = ", ".join(f"#{n}" for n in found["unconfirmed"])
            parts.append(self.tr("Not yet confirmed by the office: %1. Do not wipe this laptop until the office "
                                 "has them.").replace("%1", numbers))
        else:
            parts.append(self.tr("Every export is confirmed."))
        return " ".join(parts)

    @Slot()
    def _choose_folder(self) -> None:
        chosen = choose_folder(self, "bundles_out", self.tr("Folder for the bundle"), self.folder.text().strip())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def start_export(self) -> None:
        folder, full, encrypt = self.folder.text().strip(), self.full.isChecked(), self.encrypt.isChecked()
        if not folder:
            self.made.setText(self.tr("Choose a folder first."))
            return
        set_setting(self.ctx.conn, FOLDER_SETTING, folder)
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.made.setText(self.tr("Exporting…"))
        self._task = run_in_background(
            lambda conn, progress: export_bundle(conn, folder, full=full, encrypt=encrypt, progress=progress),
            db_path=self.ctx.db_path, on_finished=self._finished, on_failed=self._failed, on_progress=self._progress,
            owner=self)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result) -> None:
        self.last_path = result.path
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        sealed = self.tr("encrypted") if result.encrypted else self.tr("not encrypted")
        self.made.setText(self.tr("Bundle #%1 saved (%Ln record(s), %3): %4", "", result.records)
                          .replace("%1", str(result.sequence)).replace("%3", sealed).replace("%4", str(result.path)))
        self.reveal.setVisible(True)
        self.ctx.report_done(owner=self)
        self.ctx.notify(result.changes)
        self.sig_exported.emit(str(result.path))

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.made.setText(message)
        self.ctx.report_error(message)

    @Slot()
    def reveal_in_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))
