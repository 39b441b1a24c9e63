"""The Settings page: this laptop, language, data folder, backups.

Domain settings are saved in the database through core.records.laptop_settings (one Save, all or nothing);
the language and the remembered database file are per-user window settings (QSettings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records.laptop_settings import LaptopSettings, read_laptop_settings, save_laptop_settings
from outreach_app.core.store.backups import backup_folder, make_backup
from outreach_app.ui.context import touches
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.file_dialogs import choose_folder, open_file
from outreach_app.ui.i18n import fill
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.settings import LANGUAGE, app_settings
from outreach_app.ui.tasks import run_in_background
from outreach_app.ui import look

LANGUAGES = [("system", QT_TRANSLATE_NOOP("SettingsScreen", "Follow the system")), ("en", "English"), ("fr", "Français")]


def _line(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(accessible)
    return field


class SettingsScreen(QWidget):
    """Edit this laptop's settings; move or switch the database; make and restore backups."""

    sig_restore_requested = Signal()
    """The person pressed "Restore from backup…" (the window owns the database, so it restores)."""
    sig_open_database = Signal(str)
    """Switch the window to this database file (the window reopens it and remembers it)."""
    sig_move_database = Signal(str)
    """Copy the database into this folder and carry on there (the window does it)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._task = None
        self.setAccessibleName(self.tr("Settings"))

        self.device_name = _line(self.tr("This laptop's name"))
        self.municipality = MunicipalityPicker(ctx, self.tr("Home municipality"))
        self.office_key = _line(self.tr("Office key (age public key)"))
        self.office_key.setPlaceholderText("age1…")
        self.export_folder = _line(self.tr("Export folder"))
        choose_export = look.named_button(self.tr("Choose…"), self.tr("Choose the export folder"))
        choose_export.clicked.connect(lambda: self._choose_folder(self.export_folder, "bundles_out"))
        laptop = self.this_computer = QGroupBox(self.tr("This laptop"))  # "This computer" on the office
        form = QFormLayout(laptop)
        self.name_label = self._buddy(self.tr("&Laptop name:"), self.device_name)
        form.addRow(self.name_label, self.device_name)
        form.addRow(self._buddy(self.tr("Home &municipality:"), self.municipality), self.municipality)
        form.addRow(self._buddy(self.tr("Office &key:"), self.office_key), self.office_key)
        form.addRow(self._buddy(self.tr("E&xport folder:"), self.export_folder),
                    self._row(self.export_folder, choose_export))
        self.signing_key = QLabel()
        self.signing_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signing_key.setAccessibleName(self.tr("Signing key fingerprint"))
        self.signing_key.setToolTip(self.tr("When this laptop's key changes, the office compares this with "
                                            "the key its import names before accepting it."))
        form.addRow(self.tr("Signing key:"), self.signing_key)
        self.enrolment = QLabel()
        self.enrolment.setWordWrap(True)
        self.enrolment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrolment.setAccessibleName(self.tr("Office this computer syncs with"))
        self.make_office_button = look.named_button(self.tr("Make this computer the office…"),
                                          self.tr("Make this computer the office laptops enrol with"))
        self.make_office_button.clicked.connect(self.make_office)
        form.addRow(self.tr("Sync:"), self.enrolment)
        form.addRow("", self.make_office_button)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label) if code == "system" else label, code)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self._buddy(self.tr("La&nguage:"), self.language), self.language)
        language_note = QLabel(self.tr("A new language is used the next time Outreach starts."))
        language_note.setWordWrap(True)
        language_form.addRow(language_note)

        self.database = QLabel()
        self.database.setWordWrap(True)
        self.database.setAccessibleName(self.tr("Database file in use"))
        move = look.named_button(self.tr("Move data folder…"), self.tr("Move the database to another folder"))
        move.clicked.connect(self._move_database)
        other = look.named_button(self.tr("Open another database…"), self.tr("Open another database file"))
        other.clicked.connect(self._open_database)
        data_box = QGroupBox(self.tr("Data"))
        data_layout = QVBoxLayout(data_box)
        data_layout.addWidget(self.database)
        data_layout.addLayout(self._row(move, other, stretch=True))

        self.backup_folder = _line(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("backups beside the database"))
        choose_backup = look.named_button(self.tr("Choose…"), self.tr("Choose the backup folder"))
        choose_backup.clicked.connect(lambda: self._choose_folder(self.backup_folder, "backups"))
        self.kept = QSpinBox()
        self.kept.setRange(1, 1000)
        self.kept.setAccessibleName(self.tr("How many backups are kept"))
        self.back_up_now = look.named_button(self.tr("Back up now"), self.tr("Make a backup now"))
        self.back_up_now.clicked.connect(self.make_backup_now)
        restore = look.named_button(self.tr("Restore from backup…"), self.tr("Restore the database from a backup"))
        restore.clicked.connect(self.sig_restore_requested.emit)
        backups = QGroupBox(self.tr("Backups"))
        backup_form = QFormLayout(backups)
        backup_form.addRow(self._buddy(self.tr("&Backup folder:"), self.backup_folder),
                           self._row(self.backup_folder, choose_backup))
        backup_form.addRow(self._buddy(self.tr("Backups &kept:"), self.kept), self.kept)
        backup_form.addRow(self._row(self.back_up_now, restore, stretch=True))

        self.save_button = look.named_button(self.tr("Save settings"), self.tr("Save settings"))
        look.mark_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.message = page_message(QLabel())
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))

        body = QWidget()
        grid = QGridLayout(body)
        title = QLabel(self.tr("Settings"))
        look.mark_title(title)
        grid.addWidget(title, 0, 0, 1, 2)
        grid.addWidget(laptop, 1, 0)
        grid.addWidget(backups, 1, 1)
        grid.addWidget(data_box, 2, 0)
        grid.addWidget(language_box, 2, 1)
        grid.addLayout(self._row(self.save_button, self.message, stretch=False), 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Tab follows the reading order: this laptop, backups, data, language, save
        chain = [self.device_name, self.municipality, self.office_key, self.export_folder, choose_export,
                 self.make_office_button,
                 self.backup_folder, choose_backup, self.kept, self.back_up_now, restore, move, other,
                 self.language, self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        ctx.sig_changed.connect(self._data_changed)
        self.load()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _row(*widgets, stretch: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, (QLineEdit, QLabel)) else 0)
        if stretch:
            row.addStretch(1)
        return row

    # --- loading and saving ------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored settings (database and QSettings)."""
        conn = self.ctx.conn
        found = call_core(self.ctx, read_laptop_settings, conn)
        if found is FAILED:
            return
        self.device_name.setText(found.device_name)
        self.municipality.reload(found.home_municipality)
        self.office_key.setText(found.office_recipient)
        self.export_folder.setText(found.export_folder)
        self.backup_folder.setText(found.backup_folder)
        self.kept.setValue(found.backups_kept)
        language = str(app_settings().value(LANGUAGE, "system") or "system")
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.database.setText(fill(self.tr("Database file: %1\nBackups go to: %2"), self.ctx.db_path,
                                   call_core(self.ctx, backup_folder, conn)))
        from outreach_app.core.sync.keys import fingerprint, signing_public_key  # cryptography: when shown

        key = call_core(self.ctx, signing_public_key, conn)
        self.signing_key.setText("" if key is FAILED else fingerprint(key))
        self.show_enrolment()

    def show_enrolment(self) -> None:
        """This computer's role and its office (name and key fingerprint), for comparing with the other side."""
        from outreach_app.core.sync.trust import enrolment

        found = call_core(self.ctx, enrolment, self.ctx.conn)
        if found is FAILED:
            return
        office = found["role"] == "office"
        self.this_computer.setTitle(self.tr("This computer") if office else self.tr("This laptop"))
        self.name_label.setText(self.tr("Co&mputer name:") if office else self.tr("&Laptop name:"))
        if office:
            text = self.tr("This computer is the office. Laptops enrol by comparing its signing key above.")
        elif found["office_id"]:
            text = fill(self.tr("Laptop of the office “%1” (%2), whose key is %3."), found["office_name"],
                        found["office_id"][:8], found["office_fingerprint"] or "?")
        else:
            text = self.tr("No office yet: import the office's first bundle and compare its key.")
        self.enrolment.setText(text)
        self.make_office_button.setVisible(found["role"] != "office" and not found["office_id"])

    @Slot()
    def make_office(self) -> None:
        """After a question: this computer becomes the office (laptops enrol with it)."""
        from outreach_app.core.sync.trust import make_office

        if look.ask(self, self.tr("Outreach — make this computer the office?"),
                    self.tr("The office imports every laptop's bundles, sends them on to the other laptops and "
                            "alone may correct another device's records. Only one computer is the office.")):
            call_core(self.ctx, make_office, self.ctx.conn)
            self.show_enrolment()

    def current_values(self) -> LaptopSettings:
        return LaptopSettings(device_name=self.device_name.text(), home_municipality=self.municipality.currentText(),
                              office_recipient=self.office_key.text(), export_folder=self.export_folder.text(),
                              backup_folder=self.backup_folder.text(), backups_kept=self.kept.value())

    @Slot()
    def save(self) -> bool:
        """Save everything; a wrong value is named in the message and nothing is saved."""
        language = self.language.currentData()  # saving reloads the form (its change notice)
        if self.municipality.confirmed_text() is DECLINED:  # a new one only after "Add municipality …?"
            return False
        if call_core(self.ctx, save_laptop_settings, self.ctx.conn, self.current_values(), show=self.show_error) is FAILED:
            return False
        settings = app_settings()
        old_language = settings.value(LANGUAGE, "system")
        settings.setValue(LANGUAGE, language)
        settings.sync()
        text = self.tr("Settings saved.")
        if old_language != language:
            text += " " + self.tr("Restart Outreach to use the new language.")
        self.show_message(text)
        self.load()
        return True

    def show_error(self, message: str) -> None:
        look.mark_message(self.message, "error")
        self.message.setText(message)

    def show_message(self, message: str) -> None:
        look.mark_message(self.message)
        self.message.setText(message)

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SETTINGS | Change.DEVICES):
            self.load()
        elif changes & Change.SYNC:  # an import may have enrolled this laptop with its office
            self.show_enrolment()

    # --- folders, database, backups -----------------------------------------------------------------

    def _choose_folder(self, field: QLineEdit, kind: str) -> None:
        chosen = choose_folder(self, kind, field.accessibleName(), field.text().strip())
        if chosen:
            field.setText(chosen)

    @Slot()
    def _move_database(self) -> None:
        chosen = choose_folder(self, "database", self.tr("Move the data folder to"), str(Path(self.ctx.db_path).parent))
        if chosen:
            self.sig_move_database.emit(chosen)

    @Slot()
    def _open_database(self) -> None:
        chosen = open_file(self, "database", self.tr("Open another database"),
                           self.tr("Outreach databases (*.db);;All files (*)"), str(Path(self.ctx.db_path).parent))
        if chosen:
            self.sig_open_database.emit(chosen)

    @Slot()
    def make_backup_now(self) -> None:
        """Make a backup on the worker thread; the message says where it went."""
        look.explain_disabled(self.back_up_now, self.tr("A backup is being made."))
        self.back_up_now.setEnabled(False)
        self.show_message(self.tr("Backing up…"))
        self._task = run_in_background(lambda conn, _progress: make_backup(conn, "manual"), db_path=self.ctx.db_path,
                                       on_finished=self._backed_up, on_failed=self._backup_failed, owner=self)

    def _backed_up(self, path) -> None:
        self.back_up_now.setEnabled(True)
        self.show_message(self.tr("Backup made: %1").replace("%1", str(path)))

    def _backup_failed(self, message: str) -> None:
        self.back_up_now.setEnabled(True)
        self.show_error(message)
