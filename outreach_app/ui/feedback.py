"""Call the core from a widget and turn any expected failure into a one-line message."""

from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtCore import QCoreApplication

from outreach_app.core.changes import changes_made
from outreach_app.core.errors import OutreachError

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


def call_core(ctx, function: Callable, *args, show: Callable[[str], None] | None = None,
              place: Callable[[BaseException, str], None] | None = None, **kwargs):
    """function(*args, **kwargs); on an OutreachError or SQLite error, report it and return FAILED.

    The message goes to `show` (an inline label) when given, or to `place(error, message)` when the
    caller decides from the error itself where it goes; and always to the status bar. After a write
    that succeeded, every screen is told what it changed (the core's Change flags).
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
    ctx.notify(changes_made(function, result))
    return result
