"""The question guide editor (a dialog): a name and the questions, one a line, in English and in French
(line n of each is question n). A question that repeats an earlier one word for word is pointed out as
you type. Saving a guide in use makes its next version; consultations keep the version they used."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QWidget)

from outreach_app.core.consultations import guides
from outreach_app.core.consultations.responses import lines_of
from outreach_app.ui import look
from outreach_app.ui.consultation_models import name_buttons
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill


class GuideForm(QDialog):
    """New guide (guide_id None) or the next version of one; sig_saved carries the saved version's id."""

    sig_saved = Signal(str)

    def __init__(self, ctx, guide_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.guide_id = guide_id
        self.setWindowTitle(self.tr("Outreach — question guide"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Guide name"))
        self.english = QPlainTextEdit()
        self.english.setAccessibleName(self.tr("Questions in English, one a line"))
        self.french = QPlainTextEdit()
        self.french.setAccessibleName(self.tr("Questions in French, one a line"))
        for box in (self.english, self.french):
            box.setTabChangesFocus(True)
            # one question a line, unwrapped: line n of the English box sits beside line n of the French
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 80)
        self.template_button = QPushButton(self.tr("Start from the &template"))
        self.repeats = QLabel(wordWrap=True)
        look.mark_message(self.repeats, "error")
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("In &English"), self.english)
        form.addRow(self.tr("In &French"), self.french)
        form.addRow("", self.template_button)
        form.addRow(self.repeats)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        name_buttons(self)
        self.english.textChanged.connect(self.check_repeats)
        self.template_button.clicked.connect(self.use_template)
        if guide_id:
            found = call_core(self.ctx, guides.get_guide, self.ctx.conn, guide_id)
            if found is not FAILED:
                self.name.setText(found.name)
                self.english.setPlainText("\n".join(q.text_en for q in found.questions))
                self.french.setPlainText("\n".join(q.text_fr or "" for q in found.questions))

    @Slot()
    def use_template(self) -> None:
        self.name.setText(guides.TEMPLATE_NAME)
        self.english.setPlainText("\n".join(en for en, _ in guides.TEMPLATE_QUESTIONS))
        self.french.setPlainText("\n".join(fr for _, fr in guides.TEMPLATE_QUESTIONS))

    def questions(self) -> list[tuple[str, str | None]]:
        english = lines_of(self.english.toPlainText())
        french = [line.strip() for line in self.french.toPlainText().split("\n")]
        return [(text, french[i] if i < len(french) and french[i] else None) for i, text in enumerate(english)]

    @Slot()
    def check_repeats(self) -> None:
        """Say which question repeats an earlier one word for word (it is allowed, but rarely meant)."""
        repeats = guides.repeated_questions([q for q, _ in self.questions()])
        self.repeats.setText(" ".join(fill(self.tr("Question %1 repeats question %2 word for word."), number, earlier)
                                      for number, earlier in repeats))

    @Slot()
    def save(self) -> None:
        show = {"show": lambda m: show_message(self.error, m)}
        if self.guide_id:
            ident = call_core(self.ctx, guides.edit_guide, self.ctx.conn, self.guide_id, self.name.text(),
                              self.questions(), **show)
        else:
            ident = call_core(self.ctx, guides.add_guide, self.ctx.conn, self.name.text(), self.questions(), **show)
        if ident is FAILED:
            return
        self.sig_saved.emit(ident)
        self.accept()
