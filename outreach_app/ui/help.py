"""Help menu: "How to run an event day" (resources/help/event-day.md) and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from outreach_app.core.resources import resource_path
from outreach_app.ui import look
from outreach_app.ui.i18n import fill

LICENCE = "GPL-3.0-or-later"


def event_day_markdown() -> str:
    """The event-day guide (the same text as docs/user-guide.md's event-day part)."""
    try:
        from outreach_app.ui.i18n import ui_language

        name = "event-day.md" if ui_language() == "en" else f"event-day.{ui_language()}.md"  # French: event-day.fr.md
        return resource_path("help", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return "# How to run an event day\n\nThe guide is missing from this installation."


class EventDayHelp(QDialog):
    """A non-modal window with the event-day guide, rendered from Markdown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outreach — how to run an event day"))
        self.resize(760, 600)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("How to run an event day"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setMarkdown(event_day_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the guide"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        look.finish(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.browser.verticalScrollBar().setValue(0)  # always open at the top
        self.browser.setFocus()


def about_facts(db_path: str) -> dict[str, str]:
    """What the About box says: version, data folder, database file, licence, Qt and PySide6 versions."""
    import PySide6
    from PySide6 import QtCore

    from outreach_app import __version__

    return {"version": __version__, "data_folder": str(Path(db_path).expanduser().resolve().parent),
            "database": str(db_path), "licence": LICENCE, "qt": QtCore.qVersion(), "pyside": PySide6.__version__}


class AboutDialog(QDialog):
    """Version, where the data is, the licence, and the Qt / PySide6 versions."""

    def __init__(self, db_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Outreach"))
        facts = about_facts(db_path)
        self.text = QLabel(fill(self.tr(
            "<h2>Outreach %1</h2><p>Offline tally, reports and sync for community outreach teams.</p>"
            "<p><b>Data folder:</b> %2<br><b>Database file:</b> %3</p>"
            "<p><b>Licence:</b> %4 — free software: you may share and change it under the terms of the "
            "GNU General Public License, version 3 or later.</p><p>Qt %5 · PySide6 %6</p>"),
            facts["version"], facts["data_folder"], facts["database"], facts["licence"], facts["qt"], facts["pyside"]))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("About Outreach"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        look.finish(self)
        self.setMinimumWidth(520)
