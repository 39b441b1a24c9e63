"""Themes (qualitative coding) of one consultation: a table of responses filtered by question, theme, table
and "not yet themed"; a theme box with type-ahead (Enter tags the selected response and moves to the next);
star a quote; the theme list with rename, merge and parent."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.consultations import coding, records, responses, themes
from outreach_app.ui import look
from outreach_app.ui.consultation_models import ResponsesTableModel, ThemesTableModel, name_buttons
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import ROW_ROLE, row_table


class CodingPanel(QWidget):
    """Tag responses with themes from the keyboard; manage the theme list."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.consultation_id: str | None = None
        self.model = ResponsesTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Responses to theme"))
        header = self.table.horizontalHeader()
        for column, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.ResizeToContents),
                             (2, QHeaderView.ResizeMode.Stretch), (4, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance("M") * 14)
        self.table.setWordWrap(True)
        self.question_filter = QComboBox()
        self.question_filter.setAccessibleName(self.tr("Show the responses to"))
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(self.tr("Show the responses with theme"))
        self.table_filter = QComboBox()
        self.table_filter.setAccessibleName(self.tr("Show the responses of table"))
        self.unthemed = QCheckBox(self.tr("Not &yet themed"))
        self.theme_names = QStringListModel(self)
        self.theme_box = QLineEdit()
        self.theme_box.setAccessibleName(self.tr("Theme for the selected response"))
        self.theme_box.setPlaceholderText(self.tr("type a theme, Enter; Shift+Enter: a new one (Ctrl+T)"))
        completer = QCompleter(self.theme_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.theme_box.setCompleter(completer)
        self.star_button = QPushButton(self.tr("&Star as quote"))
        self.untag_button = QPushButton(self.tr("Ta&ke theme off"))
        self.edit_button = QPushButton(self.tr("E&dit response…"))
        self.edit_button.setToolTip(self.tr("Correct the selected response's text (F2)"))
        self.void_button = QPushButton(self.tr("&Void response"))
        self.purge_button = QPushButton(self.tr("Erase for good…"))
        self.purge_button.setToolTip(self.tr("Erase the selected response, its edits, themes and star from this "
                                             "laptop, its backups and, at the next sync, the office"))
        self.also_heard = QLabel(wordWrap=True)
        look.mark_message(self.also_heard, "muted")
        self.error = error_label()
        self.message = page_message(QLabel(wordWrap=True))
        look.mark_message(self.message)
        self.counts = QLabel(wordWrap=True)

        self.theme_model = ThemesTableModel(self)
        self.theme_proxy, self.theme_table = row_table(self.theme_model, self, self.tr("Themes"))
        self.theme_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.theme_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New name of the selected theme"))
        self.rename_button = QPushButton(self.tr("Ren&ame"))
        self.into = QComboBox()
        self.into.setAccessibleName(self.tr("Theme to merge the selected theme into"))
        self.merge_button = QPushButton(self.tr("Merge &into"))
        self.parent_box = QComboBox()
        self.parent_box.setAccessibleName(self.tr("Parent theme of the selected theme"))
        self.parent_button = QPushButton(self.tr("&Put under"))
        self.theme_error = error_label()

        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Question"), self.question_filter), (self.tr("&Theme"), self.theme_filter),
                             (self.tr("Ta&ble"), self.table_filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        filters.addWidget(self.unthemed)
        tag_row = QHBoxLayout()
        label = QLabel(self.tr("&Theme"))
        label.setBuddy(self.theme_box)
        tag_row.addWidget(label)
        tag_row.addWidget(self.theme_box, 1)
        tag_row.addWidget(self.untag_button)
        tag_row.addWidget(self.star_button)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addWidget(self.void_button)
        edit_row.addWidget(self.purge_button)
        edit_row.addStretch()
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        left.addLayout(tag_row)
        left.addLayout(edit_row)
        left.addWidget(self.error)
        left.addWidget(self.message)
        left.addWidget(self.counts)
        box = QGroupBox(self.tr("Themes"))
        form = QFormLayout(box)
        form.addRow(self.theme_table)
        for widget, button in ((self.new_name, self.rename_button), (self.into, self.merge_button),
                               (self.parent_box, self.parent_button)):
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button)
            form.addRow(row)
        form.addRow(self.theme_error)
        form.addRow(self.also_heard)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)

        for combo in (self.question_filter, self.theme_filter, self.table_filter):
            combo.currentIndexChanged.connect(self.refresh_responses)
        self.unthemed.toggled.connect(self.refresh_responses)
        self.theme_box.returnPressed.connect(self.tag_selected)
        self.star_button.clicked.connect(self.star_selected)
        self.untag_button.clicked.connect(self.untag_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        QShortcut(QKeySequence("F2"), self.table, activated=self.edit_selected)
        self.rename_button.clicked.connect(self.rename_theme)
        self.merge_button.clicked.connect(self.merge_theme)
        self.parent_button.clicked.connect(self.set_parent)
        self.theme_table.selectionModel().selectionChanged.connect(self._theme_selected)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.theme_box.setFocus)
        ctx.sig_changed.connect(self._data_changed)
        name_buttons(self)
        self.set_consultation(None)

    # --- loading ----------------------------------------------------------------------------------
    def set_consultation(self, consultation_id: str | None) -> None:
        self.consultation_id = consultation_id
        self.setEnabled(consultation_id is not None)
        self.message.clear()
        show_message(self.error, "")
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        questions, labels = [], []
        if self.consultation_id:
            consultation = call_core(self.ctx, records.get_consultation, self.ctx.conn, self.consultation_id)
            if consultation is not FAILED:
                found = call_core(self.ctx, records.questions_of, self.ctx.conn, consultation)
                questions = [] if found is FAILED else found
            found = call_core(self.ctx, coding.table_labels, self.ctx.conn, self.consultation_id)
            labels = [] if found is FAILED else found
        for combo, items, everything in (
                (self.question_filter, [(f"{q.number}. {q.text_en}", q.number) for q in questions],
                 self.tr("All questions")),
                (self.table_filter, [(label, label) for label in labels], self.tr("All tables"))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)

    def refresh(self) -> None:
        names = []
        if self.consultation_id:
            found = call_core(self.ctx, themes.list_themes, self.ctx.conn, self.consultation_id)
            self.theme_model.set_rows([] if found is FAILED else found)
            names = [] if found is FAILED else [t.name for t in found]
        else:
            self.theme_model.set_rows([])
        self.theme_names.setStringList(names)
        for combo, first in ((self.theme_filter, self.tr("All themes")), (self.into, None), (self.parent_box, self.tr("(top)"))):
            keep = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            if first:
                combo.addItem(first, None)
            for name in sorted(names, key=str.casefold):
                combo.addItem(name, name)
            index = combo.findText(keep)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self.refresh_responses()

    @Slot()
    def refresh_responses(self) -> None:
        keep = self.selected_response()
        if not self.consultation_id:
            self.model.set_rows([])
            return
        found = call_core(self.ctx, coding.coded_responses, self.ctx.conn, self.consultation_id,
                          question=self.question_filter.currentData(), theme=self.theme_filter.currentData(),
                          table=self.table_filter.currentData(), unthemed=self.unthemed.isChecked())
        rows = [] if found is FAILED else found
        self.model.set_rows(rows)
        themed = sum(1 for r in rows if r.themes)
        self.counts.setText(fill(self.tr("Responses shown: %1, themed: %2."), len(rows), themed))
        if keep is not None:
            self.select_response(keep.id)
        elif rows:
            self.table.selectRow(0)

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.CONSULTATIONS) and self.consultation_id:
            self._fill_filters()
            self.refresh()

    # --- selection --------------------------------------------------------------------------------
    def selected_response(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_response(self, ident: str) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_theme(self):
        rows = self.theme_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    @Slot()
    def _theme_selected(self) -> None:
        """Show its name for renaming, and where else the same theme was heard (the cross-consultation view)."""
        from outreach_app.core.consultations.heard import theme_across_consultations

        theme = self.selected_theme()
        self.new_name.setText(theme.name if theme else "")
        others = [] if theme is None else call_core(self.ctx, theme_across_consultations, self.ctx.conn, theme.name)
        others = [] if others is FAILED else [o for o in others if o["id"] != self.consultation_id]
        self.also_heard.setText(self.tr("Also heard in: ") + "; ".join(
            fill(self.tr("%1 (%2, %3 of %4 responses)"), o["title"], o["date"], o["responses"], o["of"])
            for o in others) if others else "")

    # --- actions ----------------------------------------------------------------------------------
    @Slot()
    def tag_selected(self) -> None:
        """Enter in the theme box: tag the selected response, then select the next one. Typed text that only
        part of a theme's name matches takes the first theme offered ("saf" -> "Safety at night");
        Shift+Enter keeps the text as typed, a new theme."""
        response = self.selected_response()
        name = self.theme_box.text().strip()
        if response is None or not name:
            return
        name = self._offered_theme(name)
        row = self.table.selectionModel().selectedRows()[0].row()
        if call_core(self.ctx, themes.tag_response, self.ctx.conn, response.id, [name],
                     show=lambda m: show_message(self.error, m)) is FAILED:
            return
        show_message(self.error, "")
        self.theme_box.clear()
        QTimer.singleShot(0, self.theme_box.clear)  # Enter in the completion list sets the text again afterwards
        self.message.setText(fill(self.tr("Tagged “%1”."), name))
        following = min(row + 1, self.proxy.rowCount() - 1)
        self.table.selectRow(following)

    def _offered_theme(self, typed: str) -> str:
        known = self.theme_names.stringList()
        if any(existing.casefold() == typed.casefold() for existing in known):
            return typed
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            return typed
        offered = [existing for existing in known if typed.casefold() in existing.casefold()]
        return offered[0] if offered else typed

    @Slot()
    def untag_selected(self) -> None:
        response = self.selected_response()
        name = self.theme_box.text().strip() or (response.themes[-1] if response and response.themes else "")
        if response is None or not name:
            return
        call_core(self.ctx, themes.untag_response, self.ctx.conn, response.id, name,
                  show=lambda m: show_message(self.error, m))

    @Slot()
    def edit_selected(self) -> None:
        """Correct the selected response's text (the earlier text stays in its history)."""
        from outreach_app.ui.response_edit_dialog import ResponseEditDialog

        response = self.selected_response()
        if response is None:
            return
        self.edit_dialog = dialog = ResponseEditDialog(response.text, self)
        if dialog.exec() and dialog.text.toPlainText().strip() != response.text:
            call_core(self.ctx, responses.edit_response, self.ctx.conn, response.id, dialog.text.toPlainText(),
                      response.table, allow_personal=dialog.allow_personal, show=lambda m: show_message(self.error, m))

    @Slot()
    def purge_selected(self) -> None:
        """Erase the selected response for good, with its edits, themes and star (after asking)."""
        from outreach_app.ui.purge_action import confirm_and_purge

        response = self.selected_response()
        if response is not None:
            name = response.text if len(response.text) <= 40 else response.text[:39] + "…"
            confirm_and_purge(self, self.ctx, response.id, name, self.message.setText)

    @Slot()
    def void_selected(self) -> None:
        """Void the selected response: it counts nowhere (the void travels like any other)."""
        from outreach_app.core.records import tally

        response = self.selected_response()
        if response is not None and call_core(self.ctx, tally.void, self.ctx.conn, response.id,
                                              show=lambda m: show_message(self.error, m)) is not FAILED:
            self.message.setText(self.tr("Response voided."))

    @Slot()
    def star_selected(self) -> None:
        response = self.selected_response()
        if response is not None:
            call_core(self.ctx, responses.star_response, self.ctx.conn, response.id, not response.starred,
                      show=lambda m: show_message(self.error, m))

    @Slot()
    def rename_theme(self) -> None:
        theme = self.selected_theme()
        if theme is not None:
            call_core(self.ctx, themes.rename_theme, self.ctx.conn, self.consultation_id, theme.name,
                      self.new_name.text(), show=lambda m: show_message(self.theme_error, m))

    @Slot()
    def merge_theme(self) -> None:
        theme = self.selected_theme()
        if theme is not None and self.into.currentData():
            call_core(self.ctx, themes.merge_themes, self.ctx.conn, self.consultation_id, theme.name,
                      self.into.currentData(), show=lambda m: show_message(self.theme_error, m))

    @Slot()
    def set_parent(self) -> None:
        theme = self.selected_theme()
        if theme is not None:
            call_core(self.ctx, themes.set_theme_parent, self.ctx.conn, self.consultation_id, theme.name,
                      self.parent_box.currentData(), show=lambda m: show_message(self.theme_error, m))
