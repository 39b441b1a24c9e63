"""What every screen of the window shares: the database and one change notification."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from outreach_app.core.changes import Change
from outreach_app.core.store.connection import Connection
from outreach_app.core.store.database import open_database


class AppContext(QObject):
    """The open database (UI-thread connection) and the app-wide 'data changed' signal.

    Screens are built as `Screen(ctx)`. A write made through feedback.call_core tells every screen what
    it changed (the core's Change flags, Anki's OpChanges habit); a write finished on a worker calls
    `ctx.notify(result.changes)`. Screens refresh from the flags instead of polling.
    """

    sig_changed = Signal(object)
    """Emitted after a write with its core.changes.Change flags (Change.DATABASE: the file was replaced)."""

    sig_error = Signal(str)
    """A one-line message for the user (shown in the status bar, never as a crash)."""

    sig_done = Signal(str, object)
    """An action succeeded: its result (or "") and the widget it belongs to (or None: the page shown).
    It replaces an error that page showed in the status bar (see ui/feedback.py)."""

    def __init__(self, db_path: str, parent: QObject | None = None, *, conn: Connection | None = None):
        super().__init__(parent)
        self.db_path = str(db_path)
        self.conn: Connection = conn if conn is not None else open_database(self.db_path)

    def notify(self, changes: Change) -> None:
        """Tell every screen what a write changed (nothing is sent for no change)."""
        if changes:
            self.sig_changed.emit(changes)

    def report_error(self, message: str) -> None:
        self.sig_error.emit(message)

    def report_done(self, message: str = "", owner: QObject | None = None) -> None:
        """An action of owner's page succeeded: show message (if any) instead of that page's error."""
        self.sig_done.emit(message, owner)

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        """Open the database file again (after a restore replaced it); then tell every screen."""
        self.conn = open_database(self.db_path)
        self.notify(Change.DATABASE)


def touches(changes: Change, wanted: Change) -> bool:
    """Whether a change notice concerns data shown from `wanted` (a replaced database concerns all)."""
    return bool(changes & (wanted | Change.DATABASE))
