"""The Reports screen: pick a range and municipality, read the figures, copy the update sentence,
look at the tables and charts, save a PDF or CSV. Every number comes from core.reports.tables."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QMenu, QProgressBar, QPushButton, QSizePolicy, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records.catalogue import list_municipalities
from outreach_app.core.reports.ranges import quick_range
from outreach_app.core.reports.text import (
    format_day, format_number, format_percent_whole, format_range, update_sentence
)
from outreach_app.ui.context import touches
from outreach_app.ui.context import AppContext
from outreach_app.ui.date_field import DateField
from outreach_app.ui.file_dialogs import save_file
from outreach_app.ui.i18n import ui_language
from outreach_app.ui.report_models import ConfidenceChart, PlansChart, RowsModel
from outreach_app.ui.tasks import run_in_background
from outreach_app.ui import look
from outreach_app.ui.i18n import fill

QUICK = ("this_month", "last_quarter", "season_to_date", "custom")


def _report_and_reason(conn, start: str, end: str, town: str | None) -> dict:
    """The full report, and why its range holds no events when it holds none (worker thread)."""
    from outreach_app.core.reports.ranges import empty_range_reason
    from outreach_app.core.reports.tables import full_report

    report = full_report(conn, start, end, town)
    report["empty_reason"] = empty_range_reason(conn, start, end, town) if not report["summary"]["events"] else None
    return report


class ReportsScreen(QWidget):
    """Figures for any date range and municipality, ready for a working-group update."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.report: dict | None = None
        self._generation = 0
        self._tasks = []  # TaskSignals kept alive until their task ends
        self._build()
        self.ctx.sig_changed.connect(self._on_data_changed)
        self._reload_municipalities()
        self._apply_quick_pick(QUICK.index("season_to_date"))

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.quick = QComboBox()
        self.quick.addItems([self.tr("This month"), self.tr("Last quarter"), self.tr("Season to date"), self.tr("Custom")])
        self.quick.setAccessibleName(self.tr("Date range"))
        self.date_from = DateField("from date", self.tr("From date"))
        self.date_to = DateField("to date", self.tr("To date"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.municipality.setMinimumContentsLength(14)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(self.language.findData(ui_language()))  # the window's language first
        self.language.setAccessibleName(self.tr("Language of the sentence and PDF"))
        self.save_pdf_button = QPushButton(self.tr("Save PDF…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.save_csv_button = QPushButton(self.tr("Save CSV…"))
        self.save_csv_button.setAccessibleName(self.tr("Save a table as CSV"))
        menu = QMenu(self.save_csv_button)
        for table, label in (("summary", self.tr("Summary")), ("events", self.tr("Events")),
                             ("plans", self.tr("Plans")), ("municipalities", self.tr("Municipalities")),
                             ("entries", self.tr("Every entry"))):
            menu.addAction(label, lambda t=table: self._ask_save_csv(t))
        self.save_csv_button.setMenu(menu)
        for widget in (QLabel(self.tr("Range")), self.quick, self.date_from, QLabel("–"), self.date_to,
                       QLabel(self.tr("Municipality")), self.municipality, self.language):
            bar.addWidget(widget)
        bar.addStretch(1)
        root.addLayout(bar)

        # the save buttons share the range line, so the filter bar fits 1366 px with a 150 % font
        self.range_label = QLabel()
        look.mark_message(self.range_label, "muted")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_label, 1)
        for widget in (self.progress, self.save_pdf_button, self.save_csv_button):
            range_row.addWidget(widget)
        root.addLayout(range_row)
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        self.figure_values: dict[str, QLabel] = {}
        self.figure_names: dict[str, QLabel] = {}
        for column, key in enumerate(("events", "attendees", "plans_distributed", "plans_before", "plans_total",
                                      "percent_yes")):
            value, name = QLabel("–"), QLabel()
            look.mark_figure(value)
            value.setAccessibleName(key)
            look.mark_message(name, "muted")
            name.setWordWrap(True)
            figures.addWidget(value, 0, column)
            figures.addWidget(name, 1, column, Qt.AlignTop)
            self.figure_values[key], self.figure_names[key] = value, name
        root.addLayout(figures)
        self.empty_note = QLabel()  # why the range holds no events, naming the latest there is
        self.empty_note.setWordWrap(True)
        look.mark_message(self.empty_note, "warning")
        self.empty_note.hide()
        root.addWidget(self.empty_note)

        box = QFrame()
        box.setObjectName("sentenceBox")
        inner = QHBoxLayout(box)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.sentence.setAccessibleName(self.tr("Update sentence"))
        self.sentence.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the sentence"))
        self.trainings_sentence = QLabel()  # the trainings' sentence, when trainings were held in the range
        self.trainings_sentence.setWordWrap(True)
        self.trainings_sentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.trainings_sentence.setAccessibleName(self.tr("Trainings sentence"))
        sentences = QVBoxLayout()
        sentences.addWidget(self.sentence)
        sentences.addWidget(self.trainings_sentence)
        inner.addLayout(sentences, 1)
        inner.addWidget(self.copy_button, 0, Qt.AlignTop)
        look.mark_box(box, "sentence")
        root.addWidget(box)

        # the charts one above the other: each gets the column's whole width, so their axis labels
        # ("Not sure 5.8%", "Je ne sais pas 5,8 %", dates under the bars) are not cut short
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        self.plans_chart, self.confidence_chart = PlansChart(self), ConfidenceChart(self)
        middle.addWidget(self.plans_chart, 3)
        middle.addWidget(self.confidence_chart, 2)
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Report tables"))
        self.models: dict[str, RowsModel] = {}
        for key, title in (("events", self.tr("By event")), ("plans", self.tr("By plan")),
                           ("municipalities", self.tr("By municipality"))):
            view = QTableView()
            view.setAccessibleName(title)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QTableView.SelectRows)
            model = RowsModel(key, self)
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(False)
            self.models[key] = model
            model.modelReset.connect(lambda v=view: v.resizeColumnsToContents())
            tabs.addTab(view, title)
        self.tabs = tabs
        lower = QHBoxLayout()
        charts = QWidget()
        charts.setLayout(middle)
        lower.addWidget(charts, 2)
        lower.addWidget(tabs, 3)  # the tables have up to nine columns
        root.addLayout(lower, 1)

        self.quick.currentIndexChanged.connect(self._apply_quick_pick)
        for edit in (self.date_from, self.date_to):
            edit.sig_date_changed.connect(self._on_dates_edited)
            edit.sig_refused.connect(self._range_refused)
        self.municipality.currentIndexChanged.connect(lambda _: self.refresh())
        self.language.currentIndexChanged.connect(lambda _: self._show())
        self.copy_button.clicked.connect(self.copy_sentence)
        self.save_pdf_button.clicked.connect(self._ask_save_pdf)
        self._retranslate_names()

    def _retranslate_names(self) -> None:
        names = {"events": self.tr("Events"), "attendees": self.tr("Attendees"),
                 "plans_distributed": self.tr("Plans distributed"), "plans_before": self.tr("Plans before the range"),
                 "plans_total": self.tr("Plans in total"), "percent_yes": self.tr("Felt more confident")}
        for key, text in names.items():
            self.figure_names[key].setText(text)

    # --- filters --------------------------------------------------------------------------------
    def _reload_municipalities(self) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("All municipalities"), None)
        for name in list_municipalities(self.ctx.conn):
            self.municipality.addItem(name, name)
        index = self.municipality.findData(current)
        self.municipality.setCurrentIndex(max(index, 0))
        self.municipality.blockSignals(False)

    @Slot(int)
    def _apply_quick_pick(self, index: int) -> None:
        if self.quick.currentIndex() != index:
            self.quick.setCurrentIndex(index)  # re-enters through the signal
            return
        if QUICK[index] != "custom":
            start, end = quick_range(QUICK[index], self.today, self.ctx.conn)
            self.set_range(start, end, custom=False)

    def set_range(self, start: str, end: str, custom: bool = True) -> None:
        """Show [start, end] (ISO dates); custom=True also switches the quick pick to Custom."""
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)
        if custom and self.quick.currentIndex() != QUICK.index("custom"):
            self.quick.blockSignals(True)
            self.quick.setCurrentIndex(QUICK.index("custom"))
            self.quick.blockSignals(False)
        self.refresh()

    def _on_dates_edited(self) -> None:
        self.set_range(*self.current_range(), custom=True)

    def _range_refused(self, message: str) -> None:
        """A date typed in the range is not a date: say so where the range is shown, until it is one."""
        look.mark_message(self.range_label, "error")
        self.range_label.setText(message)

    def current_range(self) -> tuple[str, str]:
        """The range in the date fields (a text that is not a date is passed on for the core to refuse)."""
        return self.date_from.text_for_core(), self.date_to.text_for_core()

    def current_language(self) -> str:
        return self.language.currentData() or "en"

    # --- loading --------------------------------------------------------------------------------
    @Slot(str)
    def _on_data_changed(self, changes: Change) -> None:
        if not touches(changes, Change.EVENTS | Change.ENTRIES | Change.CATALOGUE | Change.BASELINES
                       | Change.FLYER_DROPS | Change.SYNC | Change.TRAININGS | Change.ORGANISATIONS):
            return
        self._reload_municipalities()
        self.refresh()

    def refresh(self) -> None:
        """Recompute the report on the worker thread; stale answers are dropped."""
        self._generation += 1
        generation = self._generation
        start, end = self.current_range()
        town = self.municipality.currentData()
        self._track(run_in_background(
            lambda conn, progress: _report_and_reason(conn, start, end, town),
            db_path=self.ctx.db_path,
            on_finished=lambda report: self._loaded(generation, report),
            on_failed=lambda message: self._failed(generation, message), owner=self))

    def _track(self, signals) -> None:
        self._tasks.append(signals)
        done = lambda *_: self._tasks.remove(signals) if signals in self._tasks else None  # noqa: E731
        signals.sig_finished.connect(done)
        signals.sig_failed.connect(done)

    def _loaded(self, generation: int, report: dict) -> None:
        if generation != self._generation:
            return
        self.report = report
        self._show()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.sentence.setText(message)
            self.ctx.report_error(message)

    def _show(self) -> None:
        if self.report is None:
            return
        language, s = self.current_language(), self.report["summary"]
        n = lambda v: format_number(v, language)  # noqa: E731
        look.mark_message(self.range_label, "muted")
        self.range_label.setText(f"{format_range(s['from'], s['to'], language)} · "
                                 f"{s['municipality'] or self.tr('All municipalities')}")
        c = s["confidence"]
        values = {"events": n(s["events"]), "attendees": n(s["attendees"]),
                  "plans_distributed": n(s["plans_distributed"]), "plans_before": n(s["plans_before"]),
                  "plans_total": n(s["plans_total"]),
                  "percent_yes": format_percent_whole(c["percent_yes"], language) if c["percent_yes"] is not None else "–"}
        for key, text in values.items():
            self.figure_values[key].setText(text)
        self.figure_names["plans_before"].setText(self.tr("Plans before %1").replace("%1", format_day(s["from"], language)))
        self.figure_names["percent_yes"].setText(
            self.tr("Felt more confident (%1 answer(s))", "", c["answered"]).replace("%1", n(c["answered"]))
            if c["answered"]
            else self.tr("Felt more confident (no answers)"))
        self.sentence.setText(update_sentence(s, language))
        from outreach_app.core.trainings.words import trainings_sentence

        trained = trainings_sentence(s["trainings"], language) if s.get("trainings") else None
        self.trainings_sentence.setText(fill(self.tr("Trainings: %1"), trained) if trained else "")
        self.trainings_sentence.setVisible(trained is not None)
        reason = self.report.get("empty_reason")
        if reason is not None:
            from outreach_app.ui.core_messages import localized_error

            self.empty_note.setText(localized_error(reason))
        self.empty_note.setAccessibleName(self.empty_note.text() if reason is not None else "")
        self.empty_note.setVisible(reason is not None)
        for key, model in self.models.items():
            model.set_rows(self.report[key], language)
        self.plans_chart.show_series(self.report["series"], language)
        self.confidence_chart.show_confidence(c, language)

    # --- actions --------------------------------------------------------------------------------
    @Slot()
    def copy_sentence(self) -> None:
        trained = self.trainings_sentence.text()  # "Trainings: …" when trainings were held
        text = self.sentence.text()
        if self.report is not None and self.report["summary"].get("trainings"):
            from outreach_app.core.trainings.words import trainings_sentence

            extra = trainings_sentence(self.report["summary"]["trainings"], self.current_language())
            text = f"{text} {extra}" if extra and trained else text
        QGuiApplication.clipboard().setText(text)

    def _ask_save_pdf(self) -> None:
        start, end = self.current_range()
        path = save_file(self, "reports", self.tr("Save the report as PDF"), f"outreach-report-{start}-to-{end}.pdf",
                         self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf_to(path)

    def _ask_save_csv(self, table: str) -> None:
        start, end = self.current_range()
        path = save_file(self, "reports", self.tr("Save a table as CSV"), f"outreach-{table}-{start}-to-{end}.csv",
                         self.tr("CSV files (*.csv)"))
        if path:
            self.save_csv_to(path, table)

    def save_pdf_to(self, path: str, paper: str = "letter"):
        """Write the PDF on the worker thread; returns the task's signals."""
        from outreach_app.core.reports.export import save_pdf

        start, end = self.current_range()
        town, language = self.municipality.currentData(), self.current_language()
        return self._run_save(lambda conn, progress: save_pdf(conn, path, start, end, town, language=language,
                                                              paper=paper, progress=progress))

    def save_csv_to(self, path: str, table: str):
        """Write one table as CSV on the worker thread; returns the task's signals."""
        from outreach_app.core.reports.export import save_table_csv

        start, end = self.current_range()
        town = self.municipality.currentData()
        return self._run_save(lambda conn, progress: save_table_csv(conn, path, table, start, end, town, progress))

    def _run_save(self, function):
        self.progress.setRange(0, 0)
        self.progress.show()
        self.save_pdf_button.setEnabled(False)
        self.save_csv_button.setEnabled(False)

        def finished(result):
            self._save_done()
            self.ctx.report_done(self.tr("Saved %1").replace("%1", str(result)), owner=self)

        def failed(message):
            self._save_done()
            self.ctx.report_error(message)

        def progressed(done, total, _what):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        signals = run_in_background(function, db_path=self.ctx.db_path, on_finished=finished, on_failed=failed,
                                    on_progress=progressed, owner=self)
        self._track(signals)
        return signals

    def _save_done(self) -> None:
        self.progress.hide()
        self.save_pdf_button.setEnabled(True)
        self.save_csv_button.setEnabled(True)
