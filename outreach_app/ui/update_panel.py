"""Write update: the range, municipalities, format, language and paper of a working-group update, written
on the worker thread with progress (core/update: content.build_update, render.render)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QProgressBar, QPushButton, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records import catalogue as records
from outreach_app.core.reports.ranges import season_to_date
from outreach_app.core.update import project
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.date_field import DateField
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, error_message
from outreach_app.ui.file_dialogs import open_file, save_file
from outreach_app.ui.i18n import ui_language
from outreach_app.ui.tasks import run_in_background

FORMATS = (("pptx", "PowerPoint (.pptx)"), ("docx", "Word (.docx)"), ("pdf", "PDF (.pdf)"))


def write_update(conn, progress, path: str, options: dict) -> str:
    """On the worker: build the update, render it and write the file whole. Returns the path."""
    from outreach_app.core.files import write_bytes_atomically
    from outreach_app.core.update.content import build_update
    from outreach_app.core.update.render import render

    update = build_update(conn, options["from"], options["to"], options["municipalities"],
                          language=options["language"], title=options["title"],
                          meeting_date=options["meeting_date"], paper=options["paper"],
                          progress=lambda done, total: progress(done, total + 1, "content"))
    content = render(update, options["format"])
    progress(4, 5, "file")
    write_bytes_atomically(path, content)
    progress(5, 5, "done")
    return path


class UpdatePanel(QGroupBox):
    """The "Write update" box of the Project page."""

    sig_written = Signal(str)
    """An update file was written: its path."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(self.tr("Write update"), parent)
        self.ctx = ctx
        self._signals = None
        form = QFormLayout(self)
        self.date_from = DateField("from date", self.tr("From date"))
        self.date_to = DateField("to date", self.tr("To date"))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        self.towns = QStandardItemModel(self)
        self.towns_view = QListView()
        self.towns_view.setModel(self.towns)
        self.towns_view.setAccessibleName(self.tr("Municipalities (none ticked: all)"))
        self.towns_view.setMaximumHeight(150)
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(label, key)
        self.format.setAccessibleName(self.tr("Format"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        self.language.setAccessibleName(self.tr("Language of the update"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem("A4", "a4")
        self.paper.setAccessibleName(self.tr("Paper size of the Word and PDF files"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("the project's name"))
        self.meeting = DateField("meeting date", self.tr("Meeting date"))
        self.logo_edit = QLineEdit(readOnly=True, placeholderText=self.tr("No logo"))
        self.logo_edit.setAccessibleName(self.tr("Logo file"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo"))
        self.logo_clear = QPushButton(self.tr("Clear"))
        self.logo_clear.setAccessibleName(self.tr("Remove the logo"))
        logo_row = QHBoxLayout()
        for widget in (self.logo_edit, self.logo_button, self.logo_clear):
            logo_row.addWidget(widget)
        self.write_button = QPushButton(self.tr("&Write update…"))
        self.write_button.setAccessibleName(self.tr("Write update"))
        look.mark_primary(self.write_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.error = error_label()
        towns_label = QLabel(self.tr("Municipalities"))
        towns_label.setBuddy(self.towns_view)
        rows = ((self.tr("Range"), dates), (towns_label, self.towns_view), (self.tr("F&ormat"), self.format),
                (self.tr("&Language"), self.language), (self.tr("Pap&er"), self.paper),
                (self.tr("&Title"), self.title_edit),
                (self.tr("&Meeting date"), self.meeting), (self.tr("Logo"), logo_row))
        for label, field in rows:
            if isinstance(label, str):
                label = QLabel(label)
                if isinstance(field, QWidget):
                    label.setBuddy(field)
            form.addRow(label, field)
        hint = QLabel(self.tr("None ticked: every municipality. Every number is the Reports screen's for the range."))
        hint.setWordWrap(True)
        look.mark_message(hint, "muted")
        form.addRow("", hint)
        form.addRow("", self.error)
        form.addRow("", self.progress)
        form.addRow("", self.write_button)
        self.write_button.clicked.connect(self.ask_write)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        self.logo_edit.setText(project.logo_path(ctx.conn) or "")
        self.logo_edit.setToolTip(self.logo_edit.text())
        ctx.sig_changed.connect(lambda changes: touches(changes, Change.CATALOGUE) and self.reload_towns())
        self.reload_towns()
        season = call_core(ctx, season_to_date, ctx.conn)
        if season is not FAILED:
            self.date_from.setDate(season[0])
            self.date_to.setDate(season[1])

    @Slot()
    def choose_logo(self) -> None:
        path = open_file(self, "logos", self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(path)

    def set_logo(self, path: str | None) -> None:
        """Use the image at path as the organisation's logo in updates (None: no logo); a bad file is said here."""
        show_message(self.error, "")
        saved = call_core(self.ctx, project.set_logo, self.ctx.conn, path, show=lambda m: show_message(self.error, m))
        if saved is not FAILED:
            self.logo_edit.setText(saved or "")
            self.logo_edit.setToolTip(saved or "")

    def reload_towns(self) -> None:
        """Offer the municipalities in use, keeping the ticks."""
        ticked = set(self.ticked_towns())
        names = call_core(self.ctx, records.municipality_choices, self.ctx.conn)
        self.towns.clear()
        for name in [] if names is FAILED else names:
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.towns.appendRow(item)

    def ticked_towns(self) -> list[str]:
        return [self.towns.item(row).text() for row in range(self.towns.rowCount())
                if self.towns.item(row).checkState() == Qt.CheckState.Checked]

    def options(self) -> dict:
        """What the update is asked for; dates as typed are checked by the core (naming the field)."""
        return {"from": self.date_from.text_for_core(), "to": self.date_to.text_for_core(),
                "municipalities": self.ticked_towns(), "format": self.format.currentData(),
                "language": self.language.currentData(), "paper": self.paper.currentData(),
                "title": self.title_edit.text(), "meeting_date": self.meeting.text_for_core() or None}

    @Slot()
    def ask_write(self) -> None:
        show_message(self.error, "")
        options = self.options()
        try:  # the range first: a bad date is said here, before a file is asked for
            from outreach_app.core.reports.summary import check_range

            check_range(options["from"], options["to"])
        except InvalidInput as exc:
            show_message(self.error, error_message(exc))
            return
        name = f"project-update-{options['to'] or dt.date.today().isoformat()}.{options['format']}"
        label = dict(FORMATS)[options["format"]]
        path = save_file(self, "updates", self.tr("Save the update"), name, f"{label} (*.{options['format']})")
        if path:
            self.write_to(path, options)

    def write_to(self, path: str, options: dict | None = None):
        """Write the update on the worker thread; returns the task's signals."""
        options = options or self.options()
        self.write_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def finished(result):
            self._done()
            self.ctx.report_done(self.tr("Saved %1").replace("%1", str(result)), owner=None)
            self.sig_written.emit(str(result))

        def failed(message):
            self._done()
            show_message(self.error, message)
            self.ctx.report_error(message)

        def progressed(done, total, _what):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        self._signals = run_in_background(lambda conn, progress: write_update(conn, progress, path, options),
                                          db_path=self.ctx.db_path, on_finished=finished, on_failed=failed,
                                          on_progress=progressed, owner=self)
        return self._signals

    def _done(self) -> None:
        self.progress.hide()
        self.write_button.setEnabled(True)
