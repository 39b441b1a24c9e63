"""The "End of day" screen (a laptop exports its bundle) and the "Import" screen (the office merges).

Both are thin faces over outreach_app.core.sync: every number and sentence shown comes from the core;
exports and imports run on the background worker with a progress bar.
"""

from __future__ import annotations

import functools
import operator
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.store.connection import get_setting, set_setting
from outreach_app.core.sync.export import default_recipients, export_bundle, export_preview
from outreach_app.core.sync.ledger import device_status, export_confirmations
from outreach_app.core.sync.trust import is_office
from outreach_app.ui.context import touches
from outreach_app.ui import look
from outreach_app.ui.core_messages import import_details, import_headline, localized_error
from outreach_app.ui.file_dialogs import choose_folder, open_file, open_files, start_folder
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.i18n import fill
from outreach_app.ui.tasks import run_in_background

FOLDER_SETTING = "sync_export_folder"


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


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
        choose = _button(self.tr("Choose folder…"), self.tr("Choose the folder for the bundle"))
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

        self.export_button = _button(self.tr("Export now"), self.tr("Export the bundle now"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.made = page_message(QLabel())
        self.made.setAccessibleName(self.tr("The file made"))
        self.made.setWordWrap(True)
        self.made.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reveal = _button(self.tr("Reveal in folder"), self.tr("Open the folder holding the bundle"))
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
            db_path=self.ctx.db_path, on_finished=self._finished, on_failed=self._failed, on_progress=self._progress)

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


class ImportScreen(QWidget):
    """The office merges bundles: pick files or a folder, preview, import, per-file results, devices."""

    sig_imported = Signal(int)
    """Number of files handled by the last run (preview or import)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.results = []
        self._task = None
        self.setAccessibleName(self.tr("Import bundles"))

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setSelectionMode(QAbstractItemView.ExtendedSelection)
        add_files = _button(self.tr("Add files…"), self.tr("Add bundle files"))
        add_files.clicked.connect(self._pick_files)
        add_folder = _button(self.tr("Add a folder…"), self.tr("Add every bundle of a folder"))
        add_folder.clicked.connect(self._pick_folder)
        clear = _button(self.tr("Clear"), self.tr("Clear the list of files"))
        clear.clicked.connect(self.files.clear)
        pick_row = QHBoxLayout()
        for button in (add_files, add_folder, clear):
            pick_row.addWidget(button)
        pick_row.addStretch(1)

        self.identity = QLineEdit()
        self.identity.setPlaceholderText(self.tr("office identity file, for encrypted bundles"))
        self.identity.setAccessibleName(self.tr("Office identity file"))
        choose_identity = _button(self.tr("Choose…"), self.tr("Choose the office identity file"))
        choose_identity.clicked.connect(self._pick_identity)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(choose_identity)
        # shown when a file was refused for a signing key not accepted yet (a new device enrolling, or a
        # re-installed one): each key is accepted on its own, after comparing fingerprints on both sides
        self.accept_keys_button = _button(self.tr("Accept a device's key…"),
                                          self.tr("Compare and accept the signing key of a new or re-installed device"))
        self.accept_keys_button.clicked.connect(self.accept_new_keys)
        self.accept_keys_button.setVisible(False)

        self.preview_button = _button(self.tr("Preview"), self.tr("Preview what would change, writing nothing"))
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = _button(self.tr("Import"), self.tr("Import the files"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.accept_keys_button)
        actions.addWidget(self.progress, 1)

        self.outcome = QTableWidget(0, 2)
        self.outcome.setAccessibleName(self.tr("Result per file"))
        self.outcome.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Details")])
        self.outcome.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.outcome.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 20)  # headlines wrap in it
        self.outcome.setWordWrap(True)
        self.outcome.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.devices = QTableWidget(0, 5)
        self.devices.setAccessibleName(self.tr("Devices and their bundles"))
        self.devices.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Last bundle"), self.tr("Missing"),
                                                self.tr("Last import"), self.tr("Warnings")])
        for column in range(4):
            self.devices.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.devices.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.devices.setEditTriggers(QAbstractItemView.NoEditTriggers)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Import bundles</h2>")))
        layout.addLayout(pick_row)
        layout.addWidget(self.files, 1)
        self.files.setMinimumHeight(60)
        layout.addLayout(identity_row)
        layout.addLayout(actions)
        results_box = QGroupBox(self.tr("Result per file"))
        QVBoxLayout(results_box).addWidget(self.outcome)
        devices_box = QGroupBox(self.tr("Devices"))
        QVBoxLayout(devices_box).addWidget(self.devices)
        layout.addWidget(results_box, 2)
        layout.addWidget(devices_box, 1)
        ctx.sig_changed.connect(lambda changes: touches(changes, Change.SYNC | Change.DEVICES) and self.refresh_devices())
        self.refresh_devices()

    def add_paths(self, paths) -> None:
        known = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if str(path) not in known:
                self.files.addItem(str(path))

    @Slot()
    def _pick_files(self) -> None:
        chosen = open_files(self, "bundles_in", self.tr("Bundle files"),
                            self.tr("Outreach bundles (*.outreach.zip *.age *.zip);;All files (*)"))
        self.add_paths(chosen)

    @Slot()
    def _pick_folder(self) -> None:
        chosen = choose_folder(self, "bundles_in", self.tr("Folder of bundles"))
        if chosen:
            self.add_paths(sorted(p for p in Path(chosen).iterdir()
                                  if p.is_file() and p.name.endswith((".outreach.zip", ".outreach.zip.age"))))

    @Slot()
    def _pick_identity(self) -> None:
        chosen = open_file(self, "keys", self.tr("Office identity file"))
        if chosen:
            self.identity.setText(chosen)

    def start(self, dry_run: bool, accept_keys=()) -> None:
        paths = [self.files.item(i).text() for i in range(self.files.count())]
        if not paths:
            self.ctx.report_error(self.tr("Add bundle files first."))
            return
        identity, accept = self.identity.text().strip(), tuple(accept_keys)
        self.accept_keys_button.setVisible(False)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(paths))

        def work(conn, progress):
            from outreach_app.core.sync.importer import import_files
            from outreach_app.core.sync.keys import load_identities

            identities = load_identities(identity) if identity else None
            return import_files(conn, paths, identities=identities, dry_run=dry_run, accept_keys=accept,
                                progress=progress)

        self._task = run_in_background(work, db_path=self.ctx.db_path, on_finished=self._finished,
                                       on_failed=self._failed, on_progress=self._progress)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, results) -> None:
        self.results = results
        self._idle()
        self.outcome.setRowCount(0)
        for result in results:
            status = import_headline(result)  # from the core's typed outcome, never from the details' text
            details = "\n".join([import_details(result, self.locale().toString)]
                                + [localized_error(warning) for warning in result.warnings])
            self._append(self.outcome, [status, details])
        self.outcome.resizeRowsToContents()
        self.accept_keys_button.setVisible(bool(self.new_keys()))
        self.ctx.report_done(owner=self)
        self.ctx.notify(functools.reduce(operator.or_, (r.changes for r in results), Change(0)))
        self.refresh_devices()
        self.sig_imported.emit(len(results))

    def new_keys(self) -> dict[str, tuple[str, str, bool]]:
        """Fingerprint -> (device name, short device id, first contact) of every key the last run refused
        as not accepted yet."""
        from outreach_app.core.sync.importer import UnknownDevice, UnknownSigningKey

        return {r.refusal.values["key"]: (r.refusal.values["device"], r.refusal.values["device_id"],
                                          isinstance(r.refusal, UnknownDevice))
                for r in self.results if isinstance(r.refusal, UnknownSigningKey)}

    @Slot()
    def accept_new_keys(self) -> None:
        """Ask about each refused key on its own, showing both sides' fingerprints; import again with the
        ones accepted."""
        from outreach_app.core.sync.keys import fingerprint, signing_public_key

        own = call_core(self.ctx, signing_public_key, self.ctx.conn)
        ours = fill(self.tr("This computer's own key, for that device to compare:\n\n%1"),
                    "" if own is FAILED else fingerprint(own))
        accepted = []
        for key, (device, short_id, first) in self.new_keys().items():
            if first:
                title = self.tr("Accept a new device?")
                question = fill(self.tr("The first bundle from “%1” (%2) is signed with the key:\n\n%3\n\n"
                                        "Accept it only if that device shows the same key (its Settings page, "
                                        "“Signing key”)."), device, short_id, key)
            else:
                title = self.tr("Accept a new signing key?")
                question = fill(self.tr("Bundles from laptop “%1” (%2) are signed with a new key:\n\n%3\n\n"
                                        "Accept it only if that laptop shows the same key (its Settings page, "
                                        "“Signing key”). Its older key is then refused for its later bundles."),
                                device, short_id, key)
            if look.ask(self, title, question + "\n\n" + ours):
                accepted.append(key)
        if accepted:
            self.start(dry_run=False, accept_keys=accepted)

    def _failed(self, message: str) -> None:
        self._idle()
        self.ctx.report_error(message)
        self._append(self.outcome, [self.tr("Failed"), message])

    def _idle(self) -> None:
        self.preview_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.progress.setVisible(False)

    @staticmethod
    def _append(table: QTableWidget, values: list) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    @Slot()
    def refresh_devices(self) -> None:
        self.devices.setRowCount(0)
        for device in device_status(self.ctx.conn):
            name = device["name"] + (self.tr(" (this computer)") if device["this_device"] else "")
            last = f"#{device['last_seq']}" if device["last_seq"] else ""
            missing = ", ".join(f"#{a}" if a == b else f"#{a}–#{b}" for a, b in device["missing_ranges"][:10])
            self._append(self.devices, [name, last, missing, device["last_import"] or "", "\n".join(localized_error(w) for w in device["warnings"])])
        self.devices.resizeRowsToContents()
