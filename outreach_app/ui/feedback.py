"""Call the core from a widget and turn any expected failure into a one-line message; and the one
rule for messages: a message belongs to the page (or event mode) and the action that raised it.

- An action's inline label shows its latest result: the next result (success or error) replaces it;
  a page's line of results goes when another of its actions fails (replaced_by_errors).
- Its error also shows in the window's status bar until the action next succeeds (call_core says
  so through ctx.report_done) or the page is left.
- Leaving a page (or event mode) clears its status bar message and every label marked with
  page_message() on it, so no message is read later as if it were about something else.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtCore import QCoreApplication

from outreach_app.core.changes import changes_made
from outreach_app.core.errors import OutreachError

PAGE_MESSAGE = "pageMessage"
"""A QLabel property: "keep" or "hide" (hidden while empty) on a label that shows an action's message."""

FAILED = object()
"""Returned by call_core when the call failed (its message has been shown)."""


def error_message(exc: BaseException, db_path: str = "the database") -> str:
    """A readable one-line message for an exception raised by the core, in the window's language."""
    if isinstance(exc, sqlite3.Error):
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error

        exc = describe_sqlite_error(exc, db_path)
    if isinstance(exc, OutreachError):
        from outreach_app.ui.core_messages import localized_error  # only when there is a message to word

        return localized_error(exc)
    from outreach_app.ui.i18n import fill

    return fill(QCoreApplication.translate("feedback", "unexpected error: %1: %2"), type(exc).__name__, exc)


def page_message(label, *, hide_when_empty: bool = False):
    """Mark label as showing a message of its page: it is cleared when the page is left. Returns label."""
    label.setProperty(PAGE_MESSAGE, "hide" if hide_when_empty else "keep")
    return label


def clear_page_messages(root) -> None:
    """Clear every label under root marked with page_message() (root is a page being left)."""
    from PySide6.QtWidgets import QLabel

    for label in root.findChildren(QLabel):
        kind = label.property(PAGE_MESSAGE)
        if kind and label.text():
            label.clear()
            if kind == "hide":
                label.setVisible(False)
                label.setAccessibleName("")


def replaced_by_errors(ctx, label) -> None:
    """label, a page's line of results ("Event saved."), is cleared when another action of its page fails."""
    def clear(message: str) -> None:
        import shiboken6

        if shiboken6.isValid(label) and label.isVisible() and label.text() != message:
            label.clear()

    ctx.sig_error.connect(clear)


def call_core(ctx, function: Callable, *args, show: Callable[[str], None] | None = None,
              place: Callable[[BaseException, str], None] | None = None, **kwargs):
    """function(*args, **kwargs); on an OutreachError or SQLite error, report it and return FAILED.

    The message goes to `show` (an inline label) when given, or to `place(error, message)` when the
    caller decides from the error itself where it goes; and always to the status bar. With `show` or
    `place` the call is a person's action: its success tells ctx (report_done), so its earlier error
    goes. After a write that succeeded, every screen is told what it changed (the core's Change flags).
    """
    try:
        result = function(*args, **kwargs)
    except (OutreachError, sqlite3.Error) as exc:
        message = error_message(exc, ctx.db_path)
        if show is not None:
            show(message)
        if place is not None:
            place(exc, message)
        ctx.report_error(message)
        return FAILED
    if show is not None or place is not None:
        ctx.report_done()
    ctx.notify(changes_made(function, result))
    return result
