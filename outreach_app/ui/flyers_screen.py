"""The flyer maker: inputs, a live preview of the first page, "Save PDF…", and the log of flyer drops.

Every rule (links, tags, fitting text, dates in the past) lives in core.flyers; this screen only
collects the inputs, shows what the core says, and runs the PDF work off the UI thread.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.errors import OutreachError
from outreach_app.core.flyers.links import check_tag
from outreach_app.core.flyers.saved import saved_surveys
from outreach_app.core.flyers.spec import FlyerSpec
from outreach_app.ui.context import touches
from outreach_app.ui.date_field import DateField
from outreach_app.ui.file_dialogs import open_file, save_file
from outreach_app.ui.flyer_drops_panel import FlyerDropsPanel
from outreach_app.ui.i18n import ui_language
from outreach_app.ui.tasks import run_in_background
from outreach_app.ui import look
from outreach_app.ui.feedback import error_message

PREVIEW_DELAY_MS = 350


class FlyersScreen(QWidget):
    """Make QR survey flyers and record where they were left. Built as FlyersScreen(ctx)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._tasks = set()  # TaskSignals kept alive until they report
        self._preview_generation = 0
        self._preview_pdf: bytes | None = None  # the latest preview's PDF, drawn again when the area resizes
        self.preview_image: QImage | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self._build()
        self._load_surveys()
        ctx.sig_changed.connect(self._on_data_changed)
        self._schedule_preview()

    # ---- building ---------------------------------------------------------------------------
    def _named(self, widget, name: str):
        widget.setAccessibleName(name)
        return widget

    def _build(self) -> None:
        form = QFormLayout()
        self.survey_combo = self._named(QComboBox(), self.tr("Saved survey"))
        self.survey_combo.activated.connect(self._use_saved_survey)
        form.addRow(self.tr("Saved survey"), self.survey_combo)
        self.url_edit = self._named(QLineEdit(placeholderText="https://"), self.tr("Survey link"))
        form.addRow(self.tr("Survey link"), self.url_edit)
        self.title_edit = self._named(QLineEdit(), self.tr("Title"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.body_edit = self._named(QPlainTextEdit(), self.tr("Body text"))
        self.body_edit.setFixedHeight(70)
        form.addRow(self.tr("Body text"), self.body_edit)
        closes_row = QHBoxLayout()
        self.closes_check = self._named(QCheckBox(self.tr("Open until")), self.tr("Has a closing date"))
        self.closes_edit = DateField("closing date", self.tr("Closing date"))
        self.closes_edit.setDate(QDate.currentDate().addMonths(1))
        self.closes_edit.setEnabled(False)
        self.closes_check.toggled.connect(self.closes_edit.setEnabled)
        closes_row.addWidget(self.closes_check)
        closes_row.addWidget(self.closes_edit, 1)
        form.addRow(self.tr("Closing date"), closes_row)
        self.past_warning = QLabel(self.tr("This closing date has passed: the flyer will still say the survey is open."))
        self.past_warning.setWordWrap(True)
        look.mark_message(self.past_warning, "warning")
        self.past_warning.setVisible(False)
        form.addRow("", self.past_warning)
        self.contact_edit = self._named(QLineEdit(placeholderText=self.tr("Questions? phone or email")), self.tr("Contact line"))
        form.addRow(self.tr("Contact line"), self.contact_edit)
        logo_row = QHBoxLayout()
        self.logo_edit = self._named(QLineEdit(readOnly=True, placeholderText=self.tr("No logo")), self.tr("Logo file"))
        self.logo_button = self._named(QPushButton(self.tr("Choose…")), self.tr("Choose a logo"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.logo_clear = self._named(QPushButton(self.tr("Clear")), self.tr("Remove the logo"))
        self.logo_clear.clicked.connect(lambda: self.logo_edit.clear())
        for widget in (self.logo_edit, self.logo_button, self.logo_clear):
            logo_row.addWidget(widget)
        form.addRow(self.tr("Logo"), logo_row)
        self.language_combo = self._named(QComboBox(), self.tr("Language"))
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.setCurrentIndex(self.language_combo.findData(ui_language()))
        form.addRow(self.tr("Language"), self.language_combo)
        self.layout_combo = self._named(QComboBox(), self.tr("Layout"))
        for label, value in ((self.tr("Poster (1 a page)"), "poster"), (self.tr("Handout (4 a page)"), "handout"),
                             (self.tr("Cards (10 a page)"), "cards")):
            self.layout_combo.addItem(label, value)
        form.addRow(self.tr("Layout"), self.layout_combo)
        self.paper_combo = self._named(QComboBox(), self.tr("Paper"))
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        self.paper_combo.addItem("A4", "a4")
        form.addRow(self.tr("Paper"), self.paper_combo)
        self.copies_spin = self._named(QSpinBox(minimum=1, maximum=500), self.tr("Copies of each"))
        form.addRow(self.tr("Copies of each"), self.copies_spin)
        form.addRow(self.tr("Source tags"), self._build_tags())

        self.message_label = QLabel(wordWrap=True)
        self.message_label.setAccessibleName(self.tr("Flyer message"))
        self.save_button = self._named(QPushButton(self.tr("Save PDF…")), self.tr("Save PDF"))
        self.save_button.clicked.connect(self._save_pdf)
        look.explain_disabled(self.save_button, self.tr("The flyer cannot be saved yet: see the message."))
        self.progress = QProgressBar(visible=False)
        flyer_box = QGroupBox(self.tr("Flyer"))
        flyer_layout = QVBoxLayout(flyer_box)
        flyer_layout.addLayout(form)
        flyer_layout.addWidget(self.message_label)
        flyer_layout.addWidget(self.progress)
        flyer_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(flyer_box)
        self.drops_panel = FlyerDropsPanel(self.ctx, self.tags)
        column_layout.addWidget(self.drops_panel)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(column)

        self.preview_label = QLabel(self.tr("Preview appears here"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setAccessibleName(self.tr("Flyer preview"))
        self.preview_label.setMinimumSize(320, 400)
        look.mark_backdrop(self.preview_label)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview_label)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        for edit in (self.url_edit, self.title_edit, self.contact_edit, self.logo_edit):
            edit.textChanged.connect(self._schedule_preview)
        self.body_edit.textChanged.connect(self._schedule_preview)
        self.closes_check.toggled.connect(self._schedule_preview)
        self.closes_edit.sig_date_changed.connect(self._schedule_preview)
        self.closes_edit.sig_refused.connect(lambda message: self._show_message(message, error=True))
        self.copies_spin.valueChanged.connect(self._schedule_preview)
        for combo in (self.language_combo, self.layout_combo, self.paper_combo):
            combo.currentIndexChanged.connect(self._schedule_preview)

    def _build_tags(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(3, 0, 3, 0)  # room for the focus ring around the full-width tag list
        row = QHBoxLayout()
        self.tag_edit = self._named(QLineEdit(placeholderText=self.tr("e.g. library")), self.tr("New source tag"))
        self.tag_edit.returnPressed.connect(self._add_tag)
        add = self._named(QPushButton(self.tr("Add")), self.tr("Add source tag"))
        add.clicked.connect(self._add_tag)
        remove = self._named(QPushButton(self.tr("Remove")), self.tr("Remove selected source tag"))
        remove.clicked.connect(self._remove_tag)
        row.addWidget(self.tag_edit, 1)
        row.addWidget(add)
        row.addWidget(remove)
        self.tags_list = self._named(QListWidget(), self.tr("Source tags"))
        self.tags_list.setFixedHeight(80)
        hint = QLabel(self.tr("One QR code per tag, its link ending in src=TAG. No tags: one untracked code."))
        hint.setWordWrap(True)
        layout.addLayout(row)
        layout.addWidget(self.tags_list)
        layout.addWidget(hint)
        return box

    # ---- the flyer ----------------------------------------------------------------------------
    def tags(self) -> list[str]:
        return [self.tags_list.item(i).text() for i in range(self.tags_list.count())]

    def spec(self) -> FlyerSpec:
        """What the inputs say, as the core's FlyerSpec (checked by the core, not here)."""
        closes = self.closes_edit.text_for_core() if self.closes_check.isChecked() else None
        return FlyerSpec(url=self.url_edit.text(), title=self.title_edit.text(), body=self.body_edit.toPlainText(),
                         closes=closes, layout=self.layout_combo.currentData(), sources=tuple(self.tags()),
                         paper=self.paper_combo.currentData(), language=self.language_combo.currentData(),
                         contact=self.contact_edit.text(), logo=self.logo_edit.text() or None,
                         copies=self.copies_spin.value())

    @Slot()
    def _add_tag(self) -> None:
        try:
            tag = check_tag(self.tag_edit.text())
        except OutreachError as exc:
            self._show_message(error_message(exc), error=True)
            return
        if tag.casefold() in {t.casefold() for t in self.tags()}:
            self._show_message(self.tr("Source tag '%1' is already in the list.").replace("%1", tag), error=True)
            return
        self.tags_list.addItem(tag)
        self.tag_edit.clear()
        self.drops_panel.refresh_tag_choices()
        self._schedule_preview()

    @Slot()
    def _remove_tag(self) -> None:
        for item in self.tags_list.selectedItems():
            self.tags_list.takeItem(self.tags_list.row(item))
        self.drops_panel.refresh_tag_choices()
        self._schedule_preview()

    @Slot()
    def _choose_logo(self) -> None:
        path = open_file(self, "logos", self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_edit.setText(path)

    @Slot(int)
    def _use_saved_survey(self, index: int) -> None:
        survey = self.survey_combo.itemData(index)
        if not survey:
            return
        self.url_edit.setText(survey.url)
        if not self.title_edit.text():
            self.title_edit.setText(survey.name)
        if survey.closes:
            self.closes_check.setChecked(True)
            self.closes_edit.setDate(survey.closes)

    def _load_surveys(self) -> None:
        self.survey_combo.clear()
        self.survey_combo.addItem(self.tr("(type a link below)"), None)
        for survey in saved_surveys(self.ctx.conn):
            self.survey_combo.addItem(survey.name, survey)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        look.mark_message(self.message_label, "error" if error else "normal")
        self.message_label.setText(text)

    @Slot()
    def _schedule_preview(self) -> None:
        closes = self.closes_edit.valid_date() if self.closes_check.isChecked() else None
        self.past_warning.setVisible(bool(closes) and closes < dt.date.today())
        self._preview_timer.start()

    @Slot()
    def _start_preview(self) -> None:
        if not self.url_edit.text().strip() or not self.title_edit.text().strip():
            self._show_message(self.tr("Type the survey link and a title to see the flyer."))
            return
        self._preview_generation += 1
        generation, spec = self._preview_generation, self.spec()

        def work(progress):
            from outreach_app.core.flyers.render import preview_pdf

            return preview_pdf(spec)

        self._run(work, lambda data: self._show_preview(generation, data), lambda message: self._preview_failed(generation, message))

    def _run(self, work, on_finished, on_failed, on_progress=None) -> None:
        signals = None

        def finished(result):
            self._tasks.discard(signals)
            if shiboken6.isValid(self):  # the screen may be gone (window closed) before the worker ends
                on_finished(result)

        def failed(message):
            self._tasks.discard(signals)
            if shiboken6.isValid(self):
                on_failed(message)

        signals = run_in_background(work, db_path=None, on_finished=finished, on_failed=failed, on_progress=on_progress,
                                    owner=self)
        self._tasks.add(signals)

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._preview_generation:
            self._show_message(message, error=True)
            self.save_button.setEnabled(False)

    def _show_preview(self, generation: int, data: bytes) -> None:
        if generation != self._preview_generation:
            return  # an older preview finished after a newer one was asked for
        self._preview_pdf = data
        self._render_page()
        self.save_button.setEnabled(True)
        self._show_message("")

    def _render_page(self) -> None:
        """Draw the preview PDF's first page to fit the preview area, on white (pdfium, ~10 ms)."""
        if self._preview_pdf is None:
            return
        import pypdfium2  # loaded with the first preview, not at start-up

        document = pypdfium2.PdfDocument(self._preview_pdf)
        try:
            page = document[0]
            width, height = page.get_size()  # points
            area = self.preview_label.size()
            ratio = self.devicePixelRatioF()
            scale = max(0.05, min((area.width() - 16) / width, (area.height() - 16) / height)) * ratio
            # 4-byte BGRx on white is the memory layout of QImage.Format_RGB32
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255), prefer_bgrx=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB32).copy()  # own the pixels: pdfium's buffer is freed below
            page.close()
        finally:
            document.close()
        image.setDevicePixelRatio(ratio)
        self.preview_image = image
        self.preview_label.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._render_page()

    @Slot()
    def _save_pdf(self) -> None:
        path = save_file(self, "flyers", self.tr("Save flyers as PDF"), "flyers.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        spec = self.spec()

        def work(progress):
            from outreach_app.core.flyers.render import make_flyers

            return make_flyers(spec, path, allow_past=True, progress=progress)

        self.save_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self._run(work, self._saved, self._save_failed, self._save_progress)

    def _save_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _saved(self, result) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        pages = self.tr("%Ln page(s)", "", result.pages)
        self._show_message(self.tr("Saved %Ln flyer(s) on %2 to %3", "", result.flyers)
                           .replace("%2", pages).replace("%3", result.path))  # the path last: it may hold "%3"

    def _save_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        self._show_message(message, error=True)

    @Slot(str)
    def _on_data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SYNC):
            self._load_surveys()
