"""Run slow work (import, export, PDF, backup) off the UI thread, with progress.

The function runs in a worker thread with its own database connection (SQLite connections belong
to the thread that opened them) and must not touch any widget. Results, progress and errors come
back to the UI thread through Qt signals.
"""

from __future__ import annotations

import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from outreach_app.core.store.database import open_database
from outreach_app.core.errors import OutreachError
from outreach_app.ui.feedback import error_message


class TaskSignals(QObject):
    sig_progress = Signal(int, int, str)
    """(done, total, what) while the task runs."""
    sig_finished = Signal(object)
    """The function's return value."""
    sig_failed = Signal(str)
    """A one-line message for the user."""


class _Task(QRunnable):
    def __init__(self, db_path: str | None, function: Callable, signals: TaskSignals):
        super().__init__()
        self.db_path, self.function, self.signals = db_path, function, signals

    def run(self) -> None:
        conn = None
        try:
            progress = lambda done, total, what="": self.signals.sig_progress.emit(int(done), int(total), str(what))  # noqa: E731
            if self.db_path is not None:
                conn = open_database(self.db_path)
                result = self.function(conn, progress)
            else:
                result = self.function(progress)
        except OutreachError as exc:
            self.signals.sig_failed.emit(error_message(exc))
        except Exception as exc:  # a defect: keep the window alive and say so in one line
            traceback.print_exc()
            self.signals.sig_failed.emit(f"unexpected error: {type(exc).__name__}: {exc}")
        else:
            self.signals.sig_finished.emit(result)
        finally:
            if conn is not None:
                conn.close()


_POOL: QThreadPool | None = None


def _pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)  # one writer at a time, like Anki's single-worker task manager
    return _POOL


def run_in_background(function: Callable, *, db_path: str | None, on_finished: Callable | None = None,
                      on_failed: Callable | None = None, on_progress: Callable | None = None,
                      owner=None) -> TaskSignals:
    """Run function(conn, progress) (or function(progress) when db_path is None) on the worker.

    progress(done, total, what) may be called from the worker; callbacks run on the UI thread.
    owner: the widget the callbacks update; once it is gone (its window closed while the task ran),
    they are not called. Keep the returned TaskSignals referenced until it finishes.
    """
    signals = TaskSignals()
    for signal, callback in ((signals.sig_finished, on_finished), (signals.sig_failed, on_failed),
                             (signals.sig_progress, on_progress)):
        if callback is not None:
            signal.connect(callback if owner is None else _while_alive(owner, callback))
    _pool().start(_Task(db_path, function, signals))
    return signals


def _while_alive(owner, callback: Callable) -> Callable:
    """callback, skipped once owner's Qt object has been deleted."""
    import shiboken6

    def call(*args):
        if shiboken6.isValid(owner):
            callback(*args)
    return call


def wait_for_background_tasks(msecs: int = 30000) -> bool:
    """Block until queued tasks finish (used on close and in tests)."""
    return _pool().waitForDone(msecs)
