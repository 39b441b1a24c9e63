"""Consultations page: the list of consultations (new, edit, cancel, guides) and, for the one selected,
three tabs: Capture (typing responses), Themes (coding) and Invitations; its report as PDF, Word, CSV
or a REFI-QDA codebook (written on the worker, so the window never waits)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from outreach_app.core.changes import Change
from outreach_app.core.consultations import records
from outreach_app.ui import look
from outreach_app.ui.capture_panel import CapturePanel
from outreach_app.ui.coding_panel import CodingPanel
from outreach_app.ui.consultation_models import ConsultationsTableModel, name_buttons
from outreach_app.ui.context import touches
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill
from outreach_app.ui.invitations_panel import InvitationsPanel
from outreach_app.ui.models import row_table, select_record, selected_record

REPORT_FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "csv": "CSV (*.csv)", "qdc": "REFI-QDA codebook (*.qdc)"}


class ConsultationsScreen(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._task = None
        title = QLabel(self.tr("Consultations and focus groups"))
        look.mark_title(title)
        self.model = ConsultationsTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Consultations"))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)  # one line a consultation: five fit above the tabs at 1366×768
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setMinimumHeight((self.fontMetrics().lineSpacing() + 8) * 5)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.cancel_button = QPushButton(self.tr("Cance&l consultation"))
        self.guide_button = QPushButton(self.tr("G&uides…"))
        self.report_format = QComboBox()
        self.report_format.setAccessibleName(self.tr("Report format"))
        for code, text in (("pdf", self.tr("What we heard (PDF)")), ("docx", self.tr("What we heard (Word)")),
                           ("csv", self.tr("Responses and themes (CSV)")), ("qdc", self.tr("Codebook (REFI-QDA)"))):
            self.report_format.addItem(text, code)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.message = page_message(QLabel(wordWrap=True))
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)

        self.capture = CapturePanel(ctx)
        self.capture.sig_captured.connect(self.message.clear)  # "Consultation saved." is old news by then
        self.coding = CodingPanel(ctx)
        self.invitations = InvitationsPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.capture, self.tr("&1 Capture"))
        self.tabs.addTab(self.coding, self.tr("&2 Themes"))
        self.tabs.addTab(self.invitations, self.tr("&3 Invitations"))
        self.tabs.currentChanged.connect(self.message.clear)  # each tab says what it did on its own line

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.cancel_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.report_format)
        buttons.addWidget(self.report_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(lambda: self.open_form(self.selected_id()))
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.guide_button.clicked.connect(self.open_guides)
        self.report_button.clicked.connect(self.save_report)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(self._data_changed)
        name_buttons(self)
        self.refresh()

    # --- list -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_id()
        found = call_core(self.ctx, records.list_consultations, self.ctx.conn)
        self.model.set_rows([] if found is FAILED else found)
        if keep:
            self.select(keep)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def select(self, ident: str) -> None:
        select_record(self.table, self.proxy, self.model, ident)

    def selected(self):
        return selected_record(self.table)

    def selected_id(self) -> str | None:
        found = self.selected()
        return found.id if found else None

    @Slot()
    def _selection_changed(self) -> None:
        current = self.selected()
        ident = current.id if current else None
        for panel in (self.capture, self.coding, self.invitations):
            if getattr(panel, "consultation_id", None) != ident or panel is self.capture:
                panel.set_consultation(ident)
        for button in (self.edit_button, self.cancel_button, self.report_button):
            look.explain_disabled(button, self.tr("Select a consultation in the list first."))
            button.setEnabled(current is not None)
        if current is not None:
            self.cancel_button.setText(self.tr("Restore consu&ltation") if current.cancelled
                                       else self.tr("Cance&l consultation"))
            self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.CONSULTATIONS | Change.CATALOGUE):
            keep = self.selected_id()
            found = call_core(self.ctx, records.list_consultations, self.ctx.conn)
            self.model.set_rows([] if found is FAILED else found)
            if keep:
                self.table.blockSignals(True)
                self.select(keep)
                self.table.blockSignals(False)

    # --- actions ----------------------------------------------------------------------------------
    def open_form(self, ident: str | None):
        from outreach_app.ui.consultation_form import ConsultationForm

        form = ConsultationForm(self.ctx, ident, parent=self)
        form.sig_saved.connect(lambda saved: self._saved(saved, new=ident is None))
        form.open()
        return form

    def _saved(self, ident: str, *, new: bool) -> None:
        self.refresh()
        self.select(ident)
        if new:  # its first response is typed next
            self.tabs.setCurrentWidget(self.capture)
            self.capture.box.setFocus()
        self.message.setText(self.tr("Consultation saved."))

    def open_guides(self):
        from outreach_app.ui.guide_form import GuideForm

        current = self.selected()
        form = GuideForm(self.ctx, current.guide_id if current and current.guide_id else None, parent=self)
        form.sig_saved.connect(lambda ident: self.message.setText(self.tr("Guide saved.")))
        form.open()
        return form

    @Slot()
    def toggle_cancelled(self) -> None:
        current = self.selected()
        if current is not None:
            call_core(self.ctx, records.set_cancelled, self.ctx.conn, current.id, not current.cancelled,
                      show=self.message.setText)

    @Slot()
    def save_report(self) -> None:
        """Ask where, then write the report on the worker (a large consultation's PDF takes a moment)."""
        from outreach_app.core.consultations.documents import write_report
        from outreach_app.ui.file_dialogs import save_file
        from outreach_app.ui.i18n import ui_language
        from outreach_app.ui.tasks import run_in_background

        current = self.selected()
        fmt = self.report_format.currentData()
        if current is None:
            return
        out = save_file(self, "reports", self.tr("Outreach — save the report"), f"{current.title}.{fmt}",
                        REPORT_FILTERS[fmt])
        if not out:
            return
        language = ui_language()
        self.message.setText(self.tr("Writing the report…"))
        self._task = run_in_background(lambda conn, progress: write_report(conn, current.id, fmt, out, language),
                                       db_path=self.ctx.db_path, owner=self,
                                       on_finished=lambda path: self.message.setText(fill(self.tr("Saved %1."), path)),
                                       on_failed=lambda message: self.message.setText(str(message)))
