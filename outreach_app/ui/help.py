"""Help menu: "How to run an event day" (resources/help/event-day.md), "Privacy" (resources/help/privacy.md)
and the About box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from outreach_app.core.resources import resource_path
from outreach_app.ui import look
from outreach_app.ui.i18n import fill

LICENCE = "GPL-3.0-or-later"


def guide_markdown(name: str, missing: str) -> str:
    """A guide of resources/help in the window's language (French: <name>.fr.md), or `missing`."""
    try:
        from outreach_app.ui.i18n import ui_language

        file = f"{name}.md" if ui_language() == "en" else f"{name}.{ui_language()}.md"
        return resource_path("help", file).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return missing


def event_day_markdown() -> str:
    """The event-day guide (the same text as docs/user-guide.md's event-day part)."""
    return guide_markdown("event-day", "# How to run an event day\n\nThe guide is missing from this installation.")


def privacy_markdown() -> str:
    """The privacy page (what is stored, where, who reads it, how long, how to erase): docs/privacy.md in short."""
    return guide_markdown("privacy", "# Privacy\n\nThe page is missing from this installation; see docs/privacy.md.")


class GuideWindow(QDialog):
    """A non-modal window showing one guide, rendered from Markdown."""

    def __init__(self, title: str, accessible: str, markdown: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 600)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(accessible)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setMarkdown(markdown)
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


class EventDayHelp(GuideWindow):
    """The event-day guide."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Outreach — how to run an event day"), self.tr("How to run an event day"),
                         event_day_markdown(), parent)


class PrivacyHelp(GuideWindow):
    """What Outreach stores about people, where, who can read it, and how to erase a record for good."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Outreach — privacy"), self.tr("Privacy: what Outreach keeps"), privacy_markdown(),
                         parent)


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
