"""The ratings tap screen: each participant's paper form typed from the keyboard alone, like event mode.

Digits 1 to 5 fill the highlighted box (before, then after, statement by statement) and move on; Enter
leaves a box empty (an unpaired form) and, on a full form, saves it and starts the next participant;
Backspace goes back one box; Ctrl+Z takes back the last form saved. Each form is saved by the core
before the next one starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from outreach_app.core.trainings import ratings
from outreach_app.ui import look
from outreach_app.ui.event_mode_look import scaled_font
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill, ui_language

_CURRENT = "background: #fff1a8; border: 3px solid #1a4f8a; border-radius: 4px;"
_BOX = "background: palette(base); border: 1px solid #767676; border-radius: 4px;"
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(ratings.LOWEST, ratings.HIGHEST + 1)}


class RatingsEntry(QDialog):
    """Before/after ratings of one training, participant after participant."""

    def __init__(self, ctx, training, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.training = training
        self.statements = ratings.STATEMENTS
        self.values: list[int | None] = [None] * (2 * len(self.statements))  # the form being typed
        self.position = 0  # the highlighted box; len(values) = the form is full
        self.saved_forms: list[list[str]] = []  # this sitting's saved forms (row ids), for Ctrl+Z
        self.setWindowTitle(fill(self.tr("Outreach — ratings: %1, %2"), training.topic, training.date))
        self.setModal(True)
        heading = QLabel(fill(self.tr("Ratings for “%1” on %2"), training.topic, training.date))
        look.mark_title(heading)
        heading.setWordWrap(True)
        help_text = QLabel(self.tr("Type each rating from the paper form, 1 to 5: before, then after, statement by "
                                   "statement. Enter leaves a box empty; Enter on a full form saves it and starts "
                                   "the next participant. Backspace goes back; Ctrl+Z takes back the last form saved."))
        help_text.setWordWrap(True)
        self.participant = QLabel()
        self.participant.setFont(scaled_font(1.3, bold=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, text in ((1, self.tr("Before")), (2, self.tr("After"))):
            label = QLabel(text)
            label.setFont(scaled_font(1.1, bold=True))
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignCenter)
        self.boxes: list[QLabel] = []
        language = ui_language()
        for row, statement in enumerate(self.statements, start=1):
            text = QLabel(f"{statement.number}. {statement.text(language)}")
            text.setWordWrap(True)
            text.setFont(scaled_font(1.1))
            grid.addWidget(text, row, 0)
            for column in (1, 2):
                box = QLabel()
                box.setAlignment(Qt.AlignmentFlag.AlignCenter)
                box.setFont(scaled_font(1.6, bold=True))
                box.setMinimumSize(72, 48)
                grid.addWidget(box, row, column)
                self.boxes.append(box)
        grid.setColumnStretch(0, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.count = QLabel()
        self.save_button = QPushButton(self.tr("Save form (Enter)"))
        self.undo_button = QPushButton(self.tr("Undo last form (Ctrl+Z)"))
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        for button in (self.save_button, self.undo_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the form
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.save_button, self.undo_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(help_text)
        layout.addWidget(self.participant)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_form)
        self.undo_button.clicked.connect(self.undo_last_form)
        self.close_button.clicked.connect(self.accept)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    # --- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_last_form()
        elif key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.type_rating(_DIGITS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.position >= len(self.values):
                self.save_form()
            else:
                self.position += 1
                self._say_when_full()
                self._show()
        elif key == Qt.Key.Key_Backspace:
            self.position = max(0, self.position - 1)
            self.values[self.position] = None
            self._show()
        elif key == Qt.Key.Key_Escape:
            self.accept()
        elif event.text().strip() and event.text().isdigit():
            self.message.setText(fill(self.tr("%1 is not a rating: type 1 to 5."), event.text()))
        else:
            super().keyPressEvent(event)

    def type_rating(self, value: int) -> None:
        """Fill the highlighted box and move on (a full form waits for Enter)."""
        if self.position >= len(self.values):
            self.message.setText(self.tr("This form is full: Enter saves it, Backspace goes back."))
            return
        self.values[self.position] = value
        self.position += 1
        self._say_when_full()
        self._show()

    def _say_when_full(self) -> None:
        self.message.setText(self.tr("Form complete: Enter saves it.") if self.position >= len(self.values) else "")

    # --- saving --------------------------------------------------------------------------------
    def _form(self) -> list[tuple]:
        pairs = zip(self.values[0::2], self.values[1::2])
        return [(s.number, before, after) for s, (before, after) in zip(self.statements, pairs)
                if before is not None or after is not None]

    @Slot()
    def save_form(self) -> None:
        form = self._form()
        if not form:
            self.message.setText(self.tr("Nothing typed on this form yet."))
            return
        ids = call_core(self.ctx, ratings.record_form, self.ctx.conn, self.training.id, form,
                        show=self.message.setText)
        if ids is FAILED:
            return
        self.saved_forms.append(ids)
        self.values = [None] * len(self.values)
        self.position = 0
        self.message.setText(fill(self.tr("Participant %1 saved."), len(self.saved_forms)))
        self._show()

    @Slot()
    def undo_last_form(self) -> None:
        if not self.saved_forms:
            self.message.setText(self.tr("No form saved in this sitting to take back."))
            return
        if call_core(self.ctx, ratings.void_ratings, self.ctx.conn, self.saved_forms[-1],
                     show=self.message.setText) is FAILED:
            return
        self.saved_forms.pop()
        self.message.setText(fill(self.tr("Took back participant %1's form."), len(self.saved_forms) + 1))
        self._show()

    def _show(self) -> None:
        for index, box in enumerate(self.boxes):
            value = self.values[index]
            box.setText("" if value is None else str(value))
            box.setStyleSheet(_CURRENT if index == self.position else _BOX)
            side = self.tr("before") if index % 2 == 0 else self.tr("after")
            box.setAccessibleName(fill(self.tr("Statement %1, %2: %3"), index // 2 + 1, side,
                                       "–" if value is None else value))
        self.participant.setText(fill(self.tr("Participant %1"), len(self.saved_forms) + 1))
        self.count.setText(self.tr("%n form(s) saved", "", len(self.saved_forms)))
        self.save_button.setEnabled(any(v is not None for v in self.values))
        self.undo_button.setEnabled(bool(self.saved_forms))
