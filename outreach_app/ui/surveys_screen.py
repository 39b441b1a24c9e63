"""The Surveys screen: save a survey, import its platform's response export, see responses per flyer
place, post, municipality and week (core.surveys.report, computed off the UI thread), save the report."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.reports.text import format_day
from outreach_app.core.surveys import records
from outreach_app.core.surveys.report import survey_report
from outreach_app.core.surveys.report_files import source_rows
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.date_field import DateField
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.i18n import ui_language
from outreach_app.ui.municipality_picker import DECLINED, MunicipalityPicker
from outreach_app.ui.survey_chart import SurveyWeeksChart
from outreach_app.ui.survey_posts_panel import SurveyPostsPanel, TextRowsModel, read_only_table
from outreach_app.ui.tasks import run_in_background


class SurveysScreen(QWidget):
    """Built as SurveysScreen(ctx)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: dict | None = None
        self._tasks = set()
        self._generation = 0
        self._build()
        self._load_surveys()
        ctx.sig_changed.connect(self._on_data_changed)

    def _build(self) -> None:
        self.survey_combo = QComboBox()
        self.survey_combo.setAccessibleName(self.tr("Survey"))
        self.survey_combo.setMinimumContentsLength(24)
        self.survey_combo.currentIndexChanged.connect(self.refresh_report)
        self.import_button = QPushButton(self.tr("Import responses…"))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.clicked.connect(self.choose_export)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.clicked.connect(self.save_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Survey")))
        top.addWidget(self.survey_combo, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.save_button)
        self.figures_label = QLabel(wordWrap=True)
        look.mark_figure(self.figures_label)
        self.message = page_message(QLabel(wordWrap=True))
        self.chart = SurveyWeeksChart(self)
        headers = [self.tr("Source"), self.tr("Place or channel"), self.tr("Responses"), self.tr("Flyers"),
                   self.tr("Per 100 flyers"), self.tr("First"), self.tr("Latest"), self.tr("Days to first")]
        self.sources_model = TextRowsModel(headers, self)
        self.sources_table = read_only_table(self.sources_model, self.tr("Responses per source"))
        self.sources_table.setMinimumHeight(150)
        self.silent_label = QLabel(wordWrap=True)
        self.towns_label = QLabel(wordWrap=True)

        new_box = QWidget()
        form = QFormLayout(new_box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Survey name"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.url_edit = QLineEdit(placeholderText="https://")
        self.url_edit.setAccessibleName(self.tr("Survey link"))
        form.addRow(self.tr("Link"), self.url_edit)
        self.closes_edit = DateField("closing date", self.tr("Closing date"))
        form.addRow(self.tr("Closes (optional)"), self.closes_edit)
        self.municipality = MunicipalityPicker(self.ctx, self.tr("Survey municipality"))
        form.addRow(self.tr("Municipality"), self.municipality)
        self.add_button = QPushButton(self.tr("Save survey"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self._add_survey)
        form.addRow("", self.add_button)
        self.posts_panel = SurveyPostsPanel(self.ctx, self.current_survey)
        self.posts_panel.setTitle("")  # its tab names it
        self.posts_panel.setFlat(True)
        self.posts_panel.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)  # the tab has room to grow
        per_source = QWidget()
        source_column = QVBoxLayout(per_source)
        source_column.addWidget(self.sources_table, 1)
        source_column.addWidget(self.towns_label)
        source_column.addWidget(self.silent_label)
        # the figures on top, what is entered below in tabs: the whole page fits 1280×720 without scrolling
        self.details = QTabWidget()
        self.details.setAccessibleName(self.tr("Survey details"))
        self.details.addTab(per_source, self.tr("Responses per source"))
        self.details.addTab(self.posts_panel, self.tr("Posts (social media, newsletters)"))
        self.details.addTab(new_box, self.tr("Save a survey"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.figures_label)
        self.chart.view.setMinimumHeight(200)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.details, 1)

    # ---- data -----------------------------------------------------------------------------------
    def current_survey(self) -> str | None:
        return self.survey_combo.currentData()

    def _load_surveys(self, select: str | None = None) -> None:
        select = select or self.current_survey()
        self.survey_combo.blockSignals(True)
        self.survey_combo.clear()
        for survey in records.list_surveys(self.ctx.conn):
            self.survey_combo.addItem(survey.name, survey.id)
        self.survey_combo.setCurrentIndex(max(0, self.survey_combo.findData(select)) if select else 0)
        self.survey_combo.blockSignals(False)
        has = self.survey_combo.count() > 0
        self.import_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.refresh_report()

    @Slot()
    def refresh_report(self) -> None:
        """Recompute the figures off the UI thread (a survey may hold tens of thousands of responses)."""
        survey = self.current_survey()
        self._generation += 1
        generation = self._generation
        if not survey:
            self._show(None)
            return
        task = run_in_background(lambda conn, progress: survey_report(conn, survey), db_path=self.ctx.db_path,
                                 on_finished=lambda report: self._show(report, generation),
                                 on_failed=self._show_error, owner=self)
        self._tasks.add(task)

    def _show(self, report: dict | None, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # an older survey's figures, arriving after the person chose another
        self.report = report
        language = ui_language()
        if report is None:
            self.figures_label.setText(self.tr("No survey saved yet: save one below, then import its responses."))
            self.details.setCurrentIndex(self.details.count() - 1)  # "Save a survey"
            self.chart.show_weeks([], language)
            self.sources_model.set_rows([])
            self.silent_label.clear()
            self.towns_label.clear()
            return
        n = self.locale().toString
        closing = (self.tr("closes %1").replace("%1", format_day(report["closes"], language, True)) if report["closes"]
                   else self.tr("no closing date"))
        text = self.tr("%Ln response(s), %2 complete, %3 without a source, %4 with an unknown source (%5).", "",
                       report["responses"])
        for number, value in enumerate((n(report["complete"]), n(report["no_source"]), n(report["unknown_source"]),
                                        closing), start=2):
            text = text.replace(f"%{number}", value)
        self.figures_label.setText(text)
        self.chart.show_weeks(report["weeks"], language)
        self.sources_model.set_rows(source_rows(report, language))
        towns = []
        for town, row in report["by_municipality"].items():
            per_100 = "–" if row["per_100_flyers"] is None else self.locale().toString(row["per_100_flyers"], "f", 1)
            towns.append(self.tr("%1: %2 responses from %3 flyers (%4 per 100)").replace("%1", town)
                         .replace("%2", n(row["responses"])).replace("%3", n(row["flyers"])).replace("%4", per_100))
        self.towns_label.setText(self.tr("By municipality: %1").replace("%1", "; ".join(towns)) if towns else "")
        silent = ", ".join(report["silent_places"]) or self.tr("none")
        self.silent_label.setText(self.tr("Restock or move (flyers out two weeks or more, no responses): %1")
                                  .replace("%1", silent))

    def _show_error(self, message: str) -> None:
        look.mark_message(self.message, "error")
        self.message.setText(message)

    # ---- actions --------------------------------------------------------------------------------
    @Slot()
    def _add_survey(self) -> None:
        closes = self.closes_edit.text_for_core().strip() or None
        municipality = self.municipality.confirmed_text()
        if municipality is DECLINED:
            return
        new = call_core(self.ctx, records.add_survey, self.ctx.conn, self.name_edit.text(), self.url_edit.text(),
                        closes, municipality or None, show=self._show_error)
        if new is FAILED:
            return
        look.mark_message(self.message)
        self.message.setText(self.tr("Survey saved."))
        self.name_edit.clear()
        self.url_edit.clear()
        self._load_surveys(select=new)
        self.details.setCurrentIndex(0)  # its responses per source, once imported

    @Slot()
    def choose_export(self) -> None:
        from outreach_app.ui.file_dialogs import open_file

        path = open_file(self, "survey-export", self.tr("Outreach — choose a survey export"),
                         self.tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.open_import_dialog(path)

    def open_import_dialog(self, path: str):
        from outreach_app.ui.survey_import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(self.ctx, self.current_survey(), path, self)
        dialog.open()
        return dialog

    @Slot()
    def save_report(self) -> None:
        from outreach_app.ui.file_dialogs import save_file

        survey = self.current_survey()
        path = save_file(self, "survey-report", self.tr("Outreach — save the survey report"), "survey-report.pdf",
                         self.tr("PDF (*.pdf);;CSV (*.csv)"))
        if not survey or not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") else "pdf"
        language = ui_language()

        def work(conn, progress):
            from outreach_app.core.files import write_bytes_atomically
            from outreach_app.core.surveys.report_files import render

            content = render(conn, survey, fmt, language=language)
            write_bytes_atomically(path, content if isinstance(content, bytes) else content.encode("utf-8"))
            return path

        def done(saved: str) -> None:
            look.mark_message(self.message)
            self.message.setText(self.tr("Saved %1").replace("%1", saved))

        self._tasks.add(run_in_background(work, db_path=self.ctx.db_path, on_finished=done,
                                          on_failed=self._show_error, owner=self))

    @Slot(object)
    def _on_data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SURVEYS | Change.CATALOGUE):
            self._load_surveys()
        elif touches(changes, Change.FLYER_DROPS):
            self.refresh_report()
