"""Project page: the project's name, purpose, key activities and action items, the steps the team
ticks off, and "Write update" (ui/update_panel.py). The rules are in core/update/project.py."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.update import project
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill


class StepsModel(QAbstractListModel):
    """The project's steps, each with a check box: ticked when done (its date shown beside it)."""

    def __init__(self, screen: "ProjectScreen"):
        super().__init__(screen)
        self.screen = screen
        self.steps: list[project.Step] = []

    def set_steps(self, steps: list) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.steps)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        step = self.steps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if not step.done_on:
                return step.text
            day = self.screen.locale().toString(_qdate(step.done_on), self.screen.locale().FormatType.ShortFormat)
            return fill(QCoreApplication.translate("ProjectScreen", "%1 (done %2)"), step.text, day)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            return step.text
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt's name)
        step = self.steps[index.row()]
        if role == Qt.ItemDataRole.EditRole:  # reworded in place (double-click or F2)
            return value == step.text or self.screen.reword_step(step, str(value))
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.screen.set_step_done(step.id, done)


def _qdate(iso: str):
    from PySide6.QtCore import QDate

    return QDate.fromString(iso, Qt.DateFormat.ISODate)


class ProjectScreen(QWidget):
    """The project page and the working-group update."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Project"))
        look.mark_title(title)
        hint = QLabel(self.tr("What the working group hears about: the project, its steps, and an update written "
                              "from the figures of the Reports screen."))
        hint.setWordWrap(True)

        texts = QGroupBox(self.tr("Project page"))
        form = QFormLayout(texts)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Project name"))
        self.purpose = self._text_box(self.tr("Purpose"), self.tr("what the project is for"))
        self.activities = self._text_box(self.tr("Key activities, one a line"), self.tr("one activity a line"))
        self.action_items = self._text_box(self.tr("Action items for working-group members, one a line"),
                                           self.tr("one action item a line"))
        for text, field in ((self.tr("&Name"), self.name), (self.tr("&Purpose"), self.purpose),
                            (self.tr("&Key activities"), self.activities),
                            (self.tr("Action &items"), self.action_items)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.save_button = QPushButton(self.tr("&Save project page"))
        self.save_button.setAccessibleName(self.tr("Save project page"))
        self.texts_error = error_label()
        form.addRow("", self.texts_error)
        form.addRow("", self.save_button)

        steps_box = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(steps_box)
        steps_hint = QLabel(self.tr("Tick a step when it is done: it is dated today. Done steps show under "
                                    "Steps completed in an update, the others under Next steps. Double-click a "
                                    "step to reword it."))
        steps_hint.setWordWrap(True)
        look.mark_message(steps_hint, "muted")
        self.steps_model = StepsModel(self)
        self.steps_view = QListView()
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setAccessibleName(self.tr("Steps"))
        self.steps_view.setWordWrap(True)
        self.new_step = QLineEdit()
        self.new_step.setAccessibleName(self.tr("New step"))
        self.new_step.setPlaceholderText(self.tr("e.g. Reach out to stakeholders for focus groups"))
        self.step_activity = QComboBox()  # the activity kind a step is about (optional)
        self.step_activity.setAccessibleName(self.tr("Activity the step is about"))
        self.step_activity.addItem(self.tr("(any activity)"), None)
        for kind, label in (("events", self.tr("Events")), ("consultations", self.tr("Consultations")),
                            ("trainings", self.tr("Trainings")), ("survey", self.tr("Survey")),
                            ("flyers", self.tr("Flyers")), ("safety_plans", self.tr("Safety plans"))):
            self.step_activity.addItem(label, kind)
        self.add_step_button = QPushButton(self.tr("&Add step"))
        self.add_step_button.setAccessibleName(self.tr("Add step"))
        self.remove_step_button = QPushButton(self.tr("&Remove step"))
        self.remove_step_button.setAccessibleName(self.tr("Remove the selected step"))
        self.steps_error = error_label()
        add_row = QHBoxLayout()  # the new step's text gets the column's width; what it is about and Add below it
        add_row.addWidget(self.step_activity, 1)
        add_row.addWidget(self.add_step_button)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_step_button)
        for item in (steps_hint, self.steps_view):
            steps_layout.addWidget(item)
        steps_layout.addLayout(remove_row)
        steps_layout.addWidget(self.new_step)
        steps_layout.addLayout(add_row)
        steps_layout.addWidget(self.steps_error)

        from outreach_app.ui.update_panel import UpdatePanel

        self.update_panel = UpdatePanel(ctx)
        self.update_panel.sig_written.connect(
            lambda path: self.message.setText(fill(self.tr("Update saved: %1"), path)))
        self.message = page_message(QLabel(wordWrap=True))
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setAccessibleName(self.tr("Message"))
        body = QHBoxLayout()
        body.addWidget(texts, 1)
        body.addWidget(steps_box, 1)
        body.addWidget(self.update_panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.save_button.clicked.connect(self.save_texts)
        self.add_step_button.clicked.connect(self.add_step)
        self.new_step.returnPressed.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_selected_step)
        ctx.sig_changed.connect(self._data_changed)
        self.refresh()

    def _text_box(self, accessible: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(accessible)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(110)
        return box

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.PROJECT):
            self.refresh()

    def refresh(self) -> None:
        page = call_core(self.ctx, project.get_project, self.ctx.conn)
        if page is not FAILED:
            self.name.setText(page.name or "")
            self.name.setCursorPosition(0)  # a long name shows its beginning, not its end
            self.purpose.setPlainText(page.purpose or "")
            self.activities.setPlainText("\n".join(page.activities))
            self.action_items.setPlainText("\n".join(page.action_items))
        steps = call_core(self.ctx, project.list_steps, self.ctx.conn)
        self.steps_model.set_steps([] if steps is FAILED else steps)
        self.remove_step_button.setEnabled(bool(self.steps_model.steps))

    @Slot()
    def save_texts(self) -> None:
        show_message(self.texts_error, "")
        lines = lambda box: box.toPlainText().split("\n")  # noqa: E731
        if call_core(self.ctx, project.set_project, self.ctx.conn, name=self.name.text(),
                     purpose=self.purpose.toPlainText(), activities=lines(self.activities),
                     action_items=lines(self.action_items), show=lambda m: show_message(self.texts_error, m)) is FAILED:
            return
        self.message.setText(self.tr("Project page saved."))

    @Slot()
    def add_step(self) -> None:
        show_message(self.steps_error, "")
        if call_core(self.ctx, project.add_step, self.ctx.conn, self.new_step.text(),
                     activity=self.step_activity.currentData(),
                     show=lambda m: show_message(self.steps_error, m)) is FAILED:
            return
        self.new_step.clear()
        self.message.setText(self.tr("Step added."))

    def set_step_done(self, step_id: str, done: bool) -> bool:
        """Tick (done today) or untick a step; False when the core refused."""
        show_message(self.steps_error, "")
        function = project.mark_step_done if done else project.mark_step_planned
        return call_core(self.ctx, function, self.ctx.conn, step_id,
                         show=lambda m: show_message(self.steps_error, m)) is not FAILED

    def reword_step(self, step, text: str) -> bool:
        """Change a step's words; False when the core refused (the list keeps the old words)."""
        show_message(self.steps_error, "")
        return call_core(self.ctx, project.edit_step, self.ctx.conn, step.id, text, step.activity,
                         show=lambda m: show_message(self.steps_error, m)) is not FAILED

    @Slot()
    def remove_selected_step(self) -> None:
        rows = self.steps_view.selectionModel().selectedRows()
        if not rows:
            show_message(self.steps_error, self.tr("Select a step in the list first."))
            return
        step = self.steps_model.steps[rows[0].row()]
        if call_core(self.ctx, project.remove_step, self.ctx.conn, step.id,
                     show=lambda m: show_message(self.steps_error, m)) is FAILED:
            return
        self.message.setText(self.tr("Step removed."))
