"""Response capture, keyboard first: pick the question (Ctrl+1…9 or Ctrl+Up/Down), type one response,
Enter saves it (durably) and clears the box for the next; Shift+Enter starts a new line. A table or group
label stays until changed. Pasting several lines saves one response per line (what looks personal in them
is masked). A response that looks personal (an email, a phone number, a unit, a name after a title) gets
the privacy note under the box (ui/personal_data_note.py): "Mask it" or "Keep, it is not about a
resident"; from the keyboard, Enter again masks it and saves, Ctrl+Enter keeps it and saves."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.consultations import records, responses
from outreach_app.core.records import tally
from outreach_app.ui import look
from outreach_app.ui.consultation_models import name_buttons
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message
from outreach_app.ui.i18n import fill
from outreach_app.ui.personal_data_note import attach_personal_data_note, personal_data_decided

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ResponseBox(QPlainTextEdit):
    """The box a response is typed in: Enter submits, Ctrl+Enter submits as typed, Shift+Enter is a new line,
    Ctrl+Up/Down and Ctrl+1…9 pick the question; pasted lines arrive as sig_lines_pasted."""

    sig_submit = Signal(bool)  # keep personal data as typed (Ctrl+Enter)
    sig_question_step = Signal(int)
    sig_question_number = Signal(int)
    sig_lines_pasted = Signal(list)

    def event(self, event) -> bool:
        """The box's own keys win over the window's shortcuts (Ctrl+1…9 also switch pages there)."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ShortcutOverride and self._own_key(event):
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _own_key(event) -> bool:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        return event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) or Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        modifiers = event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if event.key() in ENTER_KEYS and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.sig_submit.emit(control)
            return
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.accept()
            self.sig_question_step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if control and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            event.accept()
            self.sig_question_number.emit(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt's name)
        lines = responses.lines_of(source.text()) if source.hasText() else []
        if len(lines) > 1 and not self.toPlainText().strip():
            self.sig_lines_pasted.emit(lines)
            return
        super().insertFromMimeData(source)


class CapturePanel(QWidget):
    """Typing responses for one consultation."""

    sig_captured = Signal()
    """A response was saved or voided here (the page's older message is no longer the news)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.consultation = None
        self.questions: list = []
        self.current = 0  # index into self.questions
        self.asked_about: str | None = None  # the text flagged at the last Enter: Enter again masks, Ctrl+Enter keeps
        self.last_saved: list[str] = []

        self.question_model = QStringListModel(self)
        self.question_list = QListView()
        self.question_list.setModel(self.question_model)
        self.question_list.setAccessibleName(self.tr("Questions"))
        self.question_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.question_list.setWordWrap(True)
        self.question_label = QLabel(wordWrap=True)
        look.mark_title(self.question_label)
        self.table_label = QLineEdit()
        self.table_label.setAccessibleName(self.tr("Table or group"))
        self.table_label.setPlaceholderText(self.tr("optional, e.g. Table 3"))
        self.table_label.setMaxLength(40)
        self.box = ResponseBox()
        self.box.setAccessibleName(self.tr("Response"))
        self.box.setPlaceholderText(self.tr("Type one response and press Enter. Shift+Enter: new line. "
                                            "Ctrl+Up/Down or Ctrl+1…9: another question. No names, please."))
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.warning = error_label()
        self.message = page_message(QLabel(wordWrap=True))
        look.mark_message(self.message)
        self.saved_model = QStringListModel(self)
        self.saved_list = QListView()
        self.saved_list.setModel(self.saved_model)
        self.saved_list.setAccessibleName(self.tr("Responses to this question"))
        self.saved_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.undo_button = QPushButton(self.tr("&Void the last saved"))
        self.undo_button.setAccessibleName(self.tr("Void the last saved responses"))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Questions")))
        left.addWidget(self.question_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.question_label)
        row = QHBoxLayout()
        label = QLabel(self.tr("T&able or group"))
        label.setBuddy(self.table_label)
        row.addWidget(label)
        row.addWidget(self.table_label, 1)
        right.addLayout(row)
        right.addWidget(self.box)
        right.addWidget(self.warning)
        right.addWidget(self.message)
        right.addWidget(QLabel(self.tr("Saved for this question (newest first)")))
        right.addWidget(self.saved_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.personal_note = attach_personal_data_note(self.box, right)

        self.box.sig_submit.connect(self.submit)
        self.box.sig_question_step.connect(lambda step: self.pick_question(self.current + step))
        self.box.sig_question_number.connect(lambda number: self.pick_question(number - 1))
        self.box.sig_lines_pasted.connect(self.save_lines)
        self.box.textChanged.connect(self._text_changed)
        self.question_list.clicked.connect(lambda index: self.pick_question(index.row()))
        self.undo_button.clicked.connect(self.void_last)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.box.setFocus)
        ctx.sig_changed.connect(self._data_changed)
        name_buttons(self)
        self.set_consultation(None)

    # --- what is shown ----------------------------------------------------------------------------
    def set_consultation(self, consultation_id: str | None) -> None:
        """Show that consultation's questions (None: nothing to capture)."""
        self.consultation = None
        self.asked_about = None
        show_message(self.warning, "")
        if consultation_id:
            found = call_core(self.ctx, records.get_consultation, self.ctx.conn, consultation_id)
            self.consultation = None if found is FAILED else found
        self.questions = []
        if self.consultation is not None:
            found = call_core(self.ctx, records.questions_of, self.ctx.conn, self.consultation)
            self.questions = [] if found is FAILED else found
            if not self.questions:  # no guide and nothing typed yet: one question to start with
                from outreach_app.core.consultations.guides import Question

                self.questions = [Question(1, "Question 1")]  # shown translated below
        from outreach_app.ui.i18n import ui_language

        language = ui_language()
        self.question_model.setStringList([f"{q.number}. " + (fill(self.tr("Question %1"), q.number)
                                                              if q.text_en == f"Question {q.number}" else q.text(language))
                                           for q in self.questions])
        self.setEnabled(self.consultation is not None)
        self.last_saved = []
        self.pick_question(min(self.current, max(len(self.questions) - 1, 0)))

    def question_number(self) -> int | None:
        return self.questions[self.current].number if self.questions else None

    @Slot(int)
    def pick_question(self, index: int) -> None:
        if not self.questions:
            self.question_label.setText(self.tr("Pick or add a consultation first."))
            self.saved_model.setStringList([])
            return
        if index >= len(self.questions) and self.consultation is not None and not self.consultation.guide_id:
            from outreach_app.core.consultations.guides import Question  # no guide: questions are numbered as used

            number = len(self.questions) + 1
            text = fill(self.tr("Question %1"), number)
            self.questions.append(Question(number, text))
            self.question_model.setStringList(self.question_model.stringList() + [f"{number}. {text}"])
        self.current = max(0, min(index, len(self.questions) - 1))
        self.message.clear()  # "Saved to question 1." is not about this question
        self.question_list.setCurrentIndex(self.question_model.index(self.current, 0))
        self.question_label.setText(self.question_model.stringList()[self.current])
        self._show_saved()

    def _show_saved(self) -> None:
        if self.consultation is None or not self.questions:
            return
        found = call_core(self.ctx, responses.list_responses, self.ctx.conn, self.consultation.id,
                          question=self.question_number())
        rows = [] if found is FAILED else found
        self.saved_model.setStringList([(f"[{r.table}] " if r.table else "") + r.text for r in reversed(rows)])

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.CONSULTATIONS) and self.consultation is not None:
            self._show_saved()

    @Slot()
    def _text_changed(self) -> None:
        if self.asked_about is not None and self.box.toPlainText() != self.asked_about:
            self.asked_about = None  # the keyboard hint was about the text as it was
            show_message(self.warning, "")

    # --- saving -----------------------------------------------------------------------------------
    @Slot(bool)
    def submit(self, keep_as_typed: bool = False) -> None:
        """Enter: save the box as one response and clear it. Text the privacy note flags waits for its
        choice: Enter again masks it, Ctrl+Enter keeps it (or the note's buttons)."""
        text = self.box.toPlainText()
        if self.consultation is None or not text.strip():
            return
        if self.personal_note.undecided():
            if keep_as_typed:
                self.personal_note.keep()
            elif self.asked_about == text:
                self.personal_note.mask()
            else:
                self.asked_about = text
                self.message.clear()
                show_message(self.warning, self.tr("Enter again: mask it and save. Ctrl+Enter: keep it, it is not "
                                                   "about a resident. Or edit it."))
                return
        allow_personal = personal_data_decided(self)
        if allow_personal is None:
            return
        self._save([self.box.toPlainText()], allow_personal)

    @Slot(list)
    def save_lines(self, lines: list) -> None:
        """Pasted notes: one response per line (what looks personal in them is masked before saving)."""
        from outreach_app.core.privacy.guard import mask_personal_data

        self._save([mask_personal_data(line) for line in lines], False)

    def _save(self, texts: list[str], allow_personal: bool) -> None:
        ids = call_core(self.ctx, responses.add_responses, self.ctx.conn, self.consultation.id, self.question_number(),
                        texts, self.table_label.text(), allow_personal=allow_personal,
                        show=lambda m: show_message(self.warning, m))
        if ids is FAILED:
            return
        self.last_saved = ids
        self.asked_about = None
        self.box.clear()
        show_message(self.warning, "")
        self.message.setText(fill(self.tr("Saved to question %1."), self.question_number()) if len(ids) == 1
                             else fill(self.tr("Saved %1 responses to question %2, one per line."), len(ids),
                                       self.question_number()))
        self._show_saved()
        self.sig_captured.emit()

    @Slot()
    def void_last(self) -> None:
        """Void the responses saved last (one, or every line of a paste)."""
        for ident in self.last_saved:
            if call_core(self.ctx, tally.void, self.ctx.conn, ident, "undo",
                         show=lambda m: show_message(self.warning, m)) is FAILED:
                return
        if self.last_saved:
            self.message.setText(self.tr("Voided %n response(s).", "", len(self.last_saved)))
            self.sig_captured.emit()
        self.last_saved = []
        self._show_saved()
