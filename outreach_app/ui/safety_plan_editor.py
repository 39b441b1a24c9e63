"""The section and step editor of the Safety plans page: keyboard first (type a title, Enter; type a
step, Enter; Ctrl+Up / Ctrl+Down move the selected row, Delete removes it). Every rule is the core's."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.plans import contacts as directory
from outreach_app.core.plans import drafts
from outreach_app.core.plans.heard import heard_themes
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui import look

ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractListModel):
    """Core records shown one a line through `show(record)`; checkable when `checked(record)` is given."""

    def __init__(self, show, parent=None, checked=None, edit=None):
        super().__init__(parent)
        self._rows: list = []
        self._show, self._checked, self._edit = show, checked, edit  # edit(record, text) -> saved?

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, ident: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", getattr(r, "theme_id", None)) == ident), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._show(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            quotes = getattr(record, "quotes", ())
            return "\n".join(f"“{q}”" for q in quotes) if quotes else self._show(record)
        if role == Qt.ItemDataRole.CheckStateRole and self._checked is not None:
            return Qt.CheckState.Checked if self._checked(record) else Qt.CheckState.Unchecked
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.EditRole:
            return getattr(record, "text", None)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt)
        """An edited step goes to the core (which refuses an empty one); the view is then re-read."""
        if role != Qt.ItemDataRole.EditRole or self._edit is None or not index.isValid():
            return False
        return bool(self._edit(self._rows[index.row()], value))

    def flags(self, index: QModelIndex):
        found = super().flags(index)
        if self._edit is not None:
            found |= Qt.ItemFlag.ItemIsEditable
        return found | Qt.ItemFlag.ItemIsUserCheckable if self._checked is not None else found


def _list(model, accessible: str) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


class SectionEditor(QWidget):
    """Sections of one plan (left) and the selected section's title, steps and themes (right)."""

    sig_message = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan = None  # the SafetyPlan shown (re-read from the core on every change)
        self.sections = RowsModel(lambda s: f"{s.position}. {s.title}", self)
        self.steps = RowsModel(self._step_text, self, edit=self._edit_step)
        self.themes = RowsModel(lambda t: f"{t.name} ({t.responses})", self, checked=self._cited)
        self.section_list = _list(self.sections, self.tr("Sections of the plan"))
        self.step_list = _list(self.steps, self.tr("Steps of the selected section (F2 edits)"))
        self.step_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.DoubleClicked)
        self.theme_list = _list(self.themes, self.tr("Themes heard in the municipality"))
        self.new_section = self._line(self.tr("Title of a new section"), self.tr("e.g. Public urination"))
        self.add_section_button = self._button(self.tr("Add &section"), self.tr("Add the section"))
        self.title = self._line(self.tr("Title of the selected section"), "")
        self.save_title_button = self._button(self.tr("Save t&itle"), self.tr("Save the section title"))
        self.new_step = self._line(self.tr("Text of a new step"), self.tr("e.g. Call 911 if…"))
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Contact the new step names"))
        self.add_step_button = self._button(self.tr("Add s&tep"), self.tr("Add the step"))
        self.link_button = self._button(self.tr("Set &contact"), self.tr("Give the selected step the chosen contact"))
        self.error = error_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Sections (Ctrl+Up/Down move, Delete removes)"), wordWrap=True))
        left.addWidget(self.section_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_section, 1)
        row.addWidget(self.add_section_button)
        left.addLayout(row)
        self.heard_label = QLabel(self.tr("Heard in this municipality (tick what the section answers)"), wordWrap=True)
        left.addWidget(self.heard_label)
        left.addWidget(self.theme_list, 1)
        self.quotes = QLabel(wordWrap=True)  # the starred quotes of the theme under the cursor
        self.quotes.setAccessibleName(self.tr("Quotes of the theme"))
        left.addWidget(self.quotes)
        right = QVBoxLayout()
        row = QHBoxLayout()
        label = QLabel(self.tr("Titl&e"))
        label.setBuddy(self.title)
        row.addWidget(label)
        row.addWidget(self.title, 1)
        row.addWidget(self.save_title_button)
        right.addLayout(row)
        right.addWidget(self.step_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_step, 1)
        row.addWidget(self.add_step_button)
        right.addLayout(row)
        row = QHBoxLayout()  # the contact a new step names, or to give the selected step
        row.addWidget(self.contact, 1)
        row.addWidget(self.link_button)
        right.addLayout(row)
        right.addWidget(self.error)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        self.new_section.returnPressed.connect(self.add_section)
        self.add_section_button.clicked.connect(self.add_section)
        self.title.returnPressed.connect(self.save_title)
        self.save_title_button.clicked.connect(self.save_title)
        self.new_step.returnPressed.connect(self.add_step)
        self.add_step_button.clicked.connect(self.add_step)
        self.link_button.clicked.connect(self.set_contact)
        self.section_list.selectionModel().currentChanged.connect(self._section_changed)
        self.theme_list.clicked.connect(self._toggle_theme)
        self.theme_list.activated.connect(self._toggle_theme)  # Enter ticks or unticks
        self.theme_list.selectionModel().currentChanged.connect(self._show_quotes)
        for view, move, remove in ((self.section_list, drafts.move_section, drafts.remove_section),
                                   (self.step_list, drafts.move_step, drafts.remove_step)):
            for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
                QShortcut(QKeySequence(keys), view, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                    lambda v=view, m=move, s=step: self._move(v, m, s))
            QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view,
                      context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                lambda v=view, r=remove: self._remove(v, r))

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _step_text(self, step) -> str:
        names = [self._contact_names.get(c, "?") for c in step.contact_ids]
        return f"{step.position}. {step.text}" + (f"  → {', '.join(names)}" if names else "")

    def _cited(self, theme) -> bool:
        section = self.current_section()
        return section is not None and theme.theme_id in section.theme_ids

    def show_plan(self, plan_id: str | None, keep_section: str | None = None) -> None:
        """Show a plan (None: nothing) as the core has it now; the selected section stays selected."""
        keep = keep_section or getattr(self.current_section(), "id", None)
        show_message(self.error, "")  # a refusal belongs to the plan as it was
        found = call_core(self.ctx, drafts.get_safety_plan, self.ctx.conn, plan_id) if plan_id else None
        self.plan = None if found is FAILED else found
        listed = call_core(self.ctx, directory.list_contacts, self.ctx.conn)
        listed = [] if listed is FAILED else listed
        self._contact_names = {c.id: c.label for c in listed}
        chosen = self.contact.currentData()
        self.contact.clear()
        self.contact.addItem(self.tr("(no contact)"), None)
        for contact in listed:
            self.contact.addItem(contact.label, contact.id)
        self.contact.setCurrentIndex(max(0, self.contact.findData(chosen)))
        self.sections.set_rows(self.plan.sections if self.plan else [])
        themes = heard_themes(self.ctx.conn, self.plan.municipality_id) if self.plan else []
        self.themes.set_rows(themes)
        for widget in (self.heard_label, self.theme_list, self.quotes):  # nothing heard here: no empty box
            widget.setVisible(bool(themes))
        self._show_quotes()
        row = self.sections.row_of(keep) if keep else -1
        self.section_list.setCurrentIndex(self.sections.index(max(row, 0), 0))
        self._section_changed()
        for widget in (self.new_section, self.add_section_button):
            look.explain_disabled(widget, self.tr("Select or add a safety plan first."))
            widget.setEnabled(self.plan is not None)

    def current_section(self):
        index = self.section_list.currentIndex() if hasattr(self, "section_list") else None
        return index.data(ROW_ROLE) if index is not None and index.isValid() else None

    @Slot()
    def _section_changed(self, *_):
        section = self.current_section()
        self.steps.set_rows(section.steps if section else [])
        self.themes.set_rows(self.themes._rows)  # ticks follow the section
        self.title.setText(section.title if section else "")
        for widget in (self.title, self.save_title_button, self.new_step, self.contact, self.add_step_button,
                       self.link_button):
            look.explain_disabled(widget, self.tr("Select or add a section first."))
            widget.setEnabled(section is not None)

    def _show_error(self, message: str) -> None:
        show_message(self.error, message)

    def _changed(self, section_id: str | None = None, focus=None) -> None:
        show_message(self.error, "")
        self.show_plan(self.plan.id, section_id)
        if focus is not None:
            focus.setFocus()

    @Slot()
    def add_section(self) -> None:
        if self.plan is None:
            return
        ident = call_core(self.ctx, drafts.add_section, self.ctx.conn, self.plan.id, self.new_section.text(),
                          show=self._show_error)
        if ident is not FAILED:
            self.new_section.clear()
            self._changed(ident, self.new_step)  # next: its first step
            self.sig_message.emit(self.tr("Section added; type its steps."))

    @Slot()
    def save_title(self) -> None:
        section = self.current_section()
        if section and call_core(self.ctx, drafts.edit_section, self.ctx.conn, section.id, title=self.title.text(),
                                 show=self._show_error) is not FAILED:
            self._changed(section.id)

    def _edit_step(self, step, text) -> bool:
        section = self.current_section()
        if call_core(self.ctx, drafts.edit_step, self.ctx.conn, step.id, text=text, show=self._show_error) is FAILED:
            return False
        QTimer.singleShot(0, self, lambda: self._changed(section.id, self.step_list))  # once the editor closes
        return True

    @Slot()
    def set_contact(self) -> None:
        """The selected step names the contact chosen in the list ("(no contact)": none)."""
        section, index = self.current_section(), self.step_list.currentIndex()
        step = index.data(ROW_ROLE) if index.isValid() else None
        if step is None:
            self._show_error(self.tr("Select a step in the list first."))
            return
        chosen = self.contact.currentData()
        if call_core(self.ctx, drafts.edit_step, self.ctx.conn, step.id, contact_ids=[chosen] if chosen else [],
                     show=self._show_error) is not FAILED:
            self._changed(section.id, self.step_list)
            self.step_list.setCurrentIndex(self.steps.index(self.steps.row_of(step.id), 0))

    @Slot()
    def add_step(self) -> None:
        section = self.current_section()
        if section is None:
            return
        chosen = self.contact.currentData()
        if call_core(self.ctx, drafts.add_step, self.ctx.conn, section.id, self.new_step.text(),
                     [chosen] if chosen else [], show=self._show_error) is not FAILED:
            self.new_step.clear()
            self._changed(section.id, self.new_step)

    def _move(self, view: QListView, move, step: int) -> None:
        index = view.currentIndex()
        record = index.data(ROW_ROLE) if index.isValid() else None
        if record is None or not 1 <= record.position + step <= view.model().rowCount():
            return
        if call_core(self.ctx, move, self.ctx.conn, record.id, record.position + step, show=self._show_error) is FAILED:
            return
        section = self.current_section()
        self._changed(record.id if view is self.section_list else section.id, view)
        model = view.model()
        view.setCurrentIndex(model.index(model.row_of(record.id), 0))

    def _remove(self, view: QListView, remove) -> None:
        index = view.currentIndex()
        record = index.data(ROW_ROLE) if index.isValid() else None
        section = self.current_section()
        if record is not None and call_core(self.ctx, remove, self.ctx.conn, record.id, show=self._show_error) is not FAILED:
            self._changed(None if view is self.section_list else section.id, view)

    @Slot()
    def _show_quotes(self, *_) -> None:
        index = self.theme_list.currentIndex()
        theme = index.data(ROW_ROLE) if index.isValid() else None
        self.quotes.setText("\n".join(f"“{q}”" for q in theme.quotes[:3]) if theme else "")

    @Slot(QModelIndex)
    def _toggle_theme(self, index: QModelIndex) -> None:
        section, theme = self.current_section(), index.data(ROW_ROLE)
        if section is None or theme is None:
            return
        cited = [t for t in section.theme_ids if t != theme.theme_id]
        if theme.theme_id not in section.theme_ids:
            cited.append(theme.theme_id)
        if call_core(self.ctx, drafts.edit_section, self.ctx.conn, section.id, theme_ids=cited,
                     show=self._show_error) is not FAILED:
            self._changed(section.id)
