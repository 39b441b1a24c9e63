"""First start: name this laptop, pick the home municipality, choose the data folder or demo data."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from outreach_app.core.records import setup
from outreach_app.core.errors import OutreachError
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui import look
from outreach_app.ui.feedback import error_message
from outreach_app.ui.file_dialogs import choose_folder


@dataclass(frozen=True)
class FirstRunChoice:
    """What the person chose: a real database in `folder`, or the demo database there."""
    demo: bool
    device_name: str
    municipality: str
    folder: str


class FirstRunDialog(QDialog):
    """With choose_folder=False it only names the laptop (shown non-modal over the window)."""

    sig_completed = Signal(object)
    """A FirstRunChoice, once the entries are valid."""

    def __init__(self, municipalities: list[str], *, choose_folder: bool = True, device_name: str | None = None,
                 folder: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.choose_folder = choose_folder
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle(self.tr("Outreach — welcome") if choose_folder else self.tr("Outreach — name this laptop"))
        intro = QLabel(self.tr("Welcome to Outreach. Give this laptop a name the office will recognise "
                               "(e.g. “Windsor laptop 2”) and the municipality it usually works in."))
        intro.setWordWrap(True)
        self.device_name = QLineEdit(device_name if device_name is not None else socket.gethostname())
        self.device_name.setAccessibleName(self.tr("Name of this laptop"))
        self.municipality = QComboBox(editable=True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipality.addItems(municipalities)
        self.municipality.setCurrentText("")
        self.municipality.lineEdit().setPlaceholderText(self.tr("e.g. Windsor"))
        self.municipality.setAccessibleName(self.tr("Home municipality"))
        self.folder = QLineEdit(folder or str(setup.default_data_folder()))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the data folder"))
        self.error = error_label()
        # the error keeps its room (two lines) while hidden and takes any spare height, so one appearing
        # never moves or squeezes the rows above it
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Expanding)
        self.error.setSizePolicy(policy)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = self.error.contentsMargins()
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2 + margins.top() + margins.bottom())

        form = QFormLayout()
        for text, field in ((self.tr("&Laptop name"), self.device_name),
                            (self.tr("Home &municipality"), self.municipality)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        if choose_folder:
            folder_row = QHBoxLayout()
            folder_row.addWidget(self.folder, 1)
            folder_row.addWidget(self.browse)
            label = QLabel(self.tr("&Data folder"))
            label.setBuddy(self.folder)
            form.addRow(label, folder_row)
            note = QLabel(self.tr("The database file is kept here; back this folder up."))
            note.setWordWrap(True)
            form.addRow("", note)
        self.start_button = QPushButton(self.tr("&Start using Outreach") if choose_folder else self.tr("&Save"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.start_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("&Try with demo data"))
        self.demo_button.setAccessibleName(self.tr("Try with demo data"))
        self.demo_button.setVisible(choose_folder)
        self.later_button = QPushButton(self.tr("&Quit") if choose_folder else self.tr("&Later"))
        self.later_button.setAccessibleName(self.later_button.text().replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error, 1)
        layout.addLayout(buttons)
        # wide enough for the buttons in every language (French is longer)
        self.setMinimumWidth(max(520, self.fontMetrics().horizontalAdvance("M") * 40, layout.sizeHint().width()))

        self.start_button.clicked.connect(self.start)
        self.demo_button.clicked.connect(self.try_demo)
        self.later_button.clicked.connect(self.reject)
        self.browse.clicked.connect(self.choose_data_folder)
        look.finish(self)

    def show_error(self, message: str) -> None:
        """Show message under the fields; a message longer than its room makes the dialog taller."""
        show_message(self.error, message)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _choice(self, demo: bool) -> FirstRunChoice:
        return FirstRunChoice(demo, self.device_name.text(), self.municipality.currentText().strip(),
                              self.folder.text().strip())

    @Slot()
    def choose_data_folder(self) -> None:
        chosen = choose_folder(self, "database", self.tr("Outreach — data folder"), self.folder.text().strip())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def start(self) -> None:
        """Check the entries; emit the choice (and close, on a first start)."""
        try:
            setup.check_device_name(self.device_name.text())
        except OutreachError as exc:
            self.show_error(error_message(exc))
            self.device_name.setFocus()
            return
        if self.choose_folder and not self.folder.text().strip():
            self.show_error(self.tr("choose a data folder for the database"))
            self.folder.setFocus()
            return
        self.show_error("")  # the name and folder are fine now: no earlier refusal beside the next question
        if not self._municipality_confirmed():
            return
        self.choice = self._choice(demo=False)
        self.sig_completed.emit(self.choice)
        if self.choose_folder:
            self.accept()

    def _municipality_confirmed(self) -> bool:
        """A known municipality (case, spacing, accents aside), none, or a new one the user agreed to add."""
        from outreach_app.core.validate import match_name

        typed = " ".join(self.municipality.currentText().split())
        if not typed:
            return True
        known = match_name(typed, [self.municipality.itemText(i) for i in range(self.municipality.count())])
        if known is not None:
            self.municipality.setCurrentText(known)
            return True
        question = self.tr("Add municipality “%1”?\n\nIt is not one of the known municipalities. Check the "
                           "spelling: once added it is offered in every list.").replace("%1", typed)
        if look.ask(self, self.tr("Outreach — new municipality"), question, default_yes=False):
            return True
        self.municipality.setFocus()
        return False

    @Slot()
    def try_demo(self) -> None:
        if not self.folder.text().strip():
            self.folder.setText(str(setup.default_data_folder()))
        self.choice = self._choice(demo=True)
        self.sig_completed.emit(self.choice)
        self.accept()


class DemoBanner(QFrame):
    """The notice above the pages of a demo database, with the way out to real use."""

    def __init__(self, leave_demo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("demoBanner")
        text = QLabel(self.tr("Demo data for training: nothing here is real."))
        button = QPushButton(self.tr("Set up for real use…"))
        button.setAccessibleName(self.tr("Leave the demo data and set up for real use"))
        button.clicked.connect(leave_demo)
        row = QHBoxLayout(self)
        row.addWidget(text, 1)
        row.addWidget(button)
        look.mark_box(self, "notice")
        look.finish(self)
