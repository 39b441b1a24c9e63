"""The survey import dialog: which platform the export is from, which column holds what (remembered per
survey by the core), which closed-answer columns to keep, then the import off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QProgressBar, QVBoxLayout)

from outreach_app.core.changes import Change
from outreach_app.core.errors import OutreachError
from outreach_app.core.surveys.importing import import_export
from outreach_app.core.surveys.presets import PRESETS
from outreach_app.core.surveys.preview import preview_export
from outreach_app.ui import look
from outreach_app.ui.feedback import error_message
from outreach_app.ui.tasks import run_in_background

NONE = ""  # the combo value of "(none)"


class SurveyImportDialog(QDialog):
    """SurveyImportDialog(ctx, survey_id, path): shows the mapping to use, imports on "Import"."""

    def __init__(self, ctx, survey_id: str, path: str, parent=None):
        super().__init__(parent)
        self.ctx, self.survey_id, self.path = ctx, survey_id, path
        self.summary = None
        self._task = None
        self.setWindowTitle(self.tr("Outreach — import survey responses"))
        self.setMinimumWidth(560)
        self._build()
        self._load(None)

    def _build(self) -> None:
        self.found_label = QLabel(wordWrap=True)
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Survey platform"))
        self.preset_combo.addItem(self.tr("Other (choose the columns)"), NONE)
        for preset in PRESETS.values():
            self.preset_combo.addItem(preset.label, preset.name)
        self.preset_combo.activated.connect(self._preset_chosen)
        self.field_combos = {}
        form = QFormLayout()
        form.addRow(self.tr("Platform"), self.preset_combo)
        labels = {"id": self.tr("Response id"), "submitted": self.tr("Submission time"),
                  "complete": self.tr("Completion"), "source": self.tr("Source tag")}
        for field, label in labels.items():
            combo = QComboBox()
            combo.setAccessibleName(label)
            self.field_combos[field] = combo
            form.addRow(label, combo)
        self.answers_list = QListWidget()
        self.answers_list.setAccessibleName(self.tr("Closed-answer columns to keep"))
        self.answers_list.setMaximumHeight(140)
        privacy = QLabel(self.tr("Kept for each response: a scrambled form of its id, the time, whether it is "
                                 "complete, the source tag and the closed answers ticked here. Free text, emails "
                                 "and phone numbers are never kept."), wordWrap=True)
        self.result_label = QLabel(wordWrap=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(maximum=0, visible=False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.found_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Closed-answer columns to keep (optional):")))
        layout.addWidget(self.answers_list)
        layout.addWidget(privacy)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def _load(self, preset: str | None) -> None:
        try:
            found = preview_export(self.ctx.conn, self.survey_id, self.path, preset)
        except OutreachError as exc:
            self._show_error(error_message(exc, self.ctx.db_path))
            self.import_button.setEnabled(False)
            return
        label = PRESETS[found.preset].label if found.preset else None
        if found.recognised:
            self.found_label.setText(self.tr("Recognised as a %1 export (%2).").replace("%1", label)
                                     .replace("%2", found.read_as))
        elif label:
            self.found_label.setText(self.tr("Read as a %1 export.").replace("%1", label))
        else:
            self.found_label.setText(self.tr("No survey platform recognised: choose which column holds what."))
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(found.preset or NONE)))
        for field, combo in self.field_combos.items():
            combo.clear()
            if field == "id":
                combo.addItem(self.tr("(none: derive one from each row)"), NONE)
            elif field == "submitted":
                combo.addItem(self.tr("(choose a column)"), NONE)
            else:
                combo.addItem(self.tr("(none)"), NONE)
            for column in found.columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(field) or NONE)))
        self.answers_list.clear()
        for column in found.columns:
            item = QListWidgetItem(column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in found.answers else Qt.CheckState.Unchecked)
            self.answers_list.addItem(item)

    @Slot(int)
    def _preset_chosen(self, index: int) -> None:
        self._load(self.preset_combo.itemData(index) or None)

    def mapping(self) -> dict[str, str]:
        """field -> column as chosen (fields left at "(none)" are not mapped)."""
        return {field: combo.currentData() for field, combo in self.field_combos.items() if combo.currentData()}

    def kept_answers(self) -> list[str]:
        return [self.answers_list.item(i).text() for i in range(self.answers_list.count())
                if self.answers_list.item(i).checkState() == Qt.CheckState.Checked]

    @Slot()
    def start_import(self) -> None:
        preset = self.preset_combo.currentData() or None
        mapping, answers = self.mapping(), self.kept_answers()
        survey_id, path = self.survey_id, self.path
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.clear()
        self._task = run_in_background(
            lambda conn, progress: import_export(conn, survey_id, path, preset=preset, mapping=mapping,
                                                 answer_columns=answers, progress=lambda n: progress(n, 0, "")),
            db_path=self.ctx.db_path, on_finished=self._finished, on_failed=self._failed, owner=self)

    def _finished(self, summary) -> None:
        self.summary = summary
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        look.mark_message(self.result_label)
        text = self.tr("%Ln response(s) read: %2 new, %3 already here, %4 incomplete, %5 without a source.", "",
                       summary.rows)
        for number, value in enumerate((summary.new, summary.known, summary.incomplete, summary.without_source),
                                       start=2):
            text = text.replace(f"%{number}", self.locale().toString(value))
        if summary.derived_ids:
            text += " " + self.tr("This export has no response id: each one is derived from the row's time and "
                                  "answers.")
        self.result_label.setText(text)
        self.ctx.notify(Change.SURVEYS)
        self.close_button.setFocus()

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.import_button.setEnabled(True)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        look.mark_message(self.result_label, "error")
        self.result_label.setText(message)
