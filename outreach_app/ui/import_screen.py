"""The "Import" screen: bundles merged on the background worker, each file's outcome from the core's
typed result, and a device's key accepted only after comparing fingerprints."""

from __future__ import annotations

import functools
import operator
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.sync.ledger import device_status
from outreach_app.ui.context import touches
from outreach_app.ui import look
from outreach_app.ui.core_messages import import_details, import_headline, localized_error
from outreach_app.ui.file_dialogs import choose_folder, open_file, open_files
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill
from outreach_app.ui.tasks import run_in_background


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
        add_files = look.named_button(self.tr("Add files…"), self.tr("Add bundle files"))
        add_files.clicked.connect(self._pick_files)
        add_folder = look.named_button(self.tr("Add a folder…"), self.tr("Add every bundle of a folder"))
        add_folder.clicked.connect(self._pick_folder)
        clear = look.named_button(self.tr("Clear"), self.tr("Clear the list of files"))
        clear.clicked.connect(self.files.clear)
        pick_row = QHBoxLayout()
        for button in (add_files, add_folder, clear):
            pick_row.addWidget(button)
        pick_row.addStretch(1)

        self.identity = QLineEdit()
        self.identity.setPlaceholderText(self.tr("office identity file, for encrypted bundles"))
        self.identity.setAccessibleName(self.tr("Office identity file"))
        choose_identity = look.named_button(self.tr("Choose…"), self.tr("Choose the office identity file"))
        choose_identity.clicked.connect(self._pick_identity)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(choose_identity)
        # shown when a file was refused for a signing key not accepted yet (a new device enrolling, or a
        # re-installed one): each key is accepted on its own, after comparing fingerprints on both sides
        self.accept_keys_button = look.named_button(self.tr("Accept a device's key…"),
                                          self.tr("Compare and accept the signing key of a new or re-installed device"))
        self.accept_keys_button.clicked.connect(self.accept_new_keys)
        self.accept_keys_button.setVisible(False)

        self.preview_button = look.named_button(self.tr("Preview"), self.tr("Preview what would change, writing nothing"))
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = look.named_button(self.tr("Import"), self.tr("Import the files"))
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
                                       on_failed=self._failed, on_progress=self._progress, owner=self)

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
            if look.ask(self, title, question + "\n\n" + ours, default_yes=False):  # Enter never trusts a key
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
