"""What every screen of the window shares: the database and one change notification."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from outreach_app.core.db import Connection, open_database


class AppContext(QObject):
    """The open database (UI-thread connection) and the app-wide 'data changed' signal.

    Screens are built as `Screen(ctx)`. After any write, call `ctx.notify_changed(what)` so every
    view refreshes from one notification (Anki's OpChanges habit) instead of polling.
    """

    sig_data_changed = Signal(str)
    """Emitted after a write: a short word for what changed ('tally', 'events', 'plans', 'import', …)."""

    sig_error = Signal(str)
    """A one-line message for the user (shown in the status bar, never as a crash)."""

    sig_done = Signal(str, object)
    """An action succeeded: its result (or "") and the widget it belongs to (or None: the page shown).
    It replaces an error that page showed in the status bar (see ui/feedback.py)."""

    def __init__(self, db_path: str, parent: QObject | None = None, *, conn: Connection | None = None):
        super().__init__(parent)
        self.db_path = str(db_path)
        self.conn: Connection = conn if conn is not None else open_database(self.db_path)

    def notify_changed(self, what: str) -> None:
        self.sig_data_changed.emit(what)

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
        self.notify_changed("all")
