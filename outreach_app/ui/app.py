"""Start the window: pick the database (--db, OUTREACH_DB, the remembered one, or the first-run
dialog), apply the look, and the off-screen self-test used after packaging."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

DEBUG = "OUTREACH_DEBUG"


def _application():
    from PySide6.QtWidgets import QApplication

    from outreach_app.ui.settings import APPLICATION, ORGANISATION

    app = QApplication.instance()
    if app is None:
        # the same look and focus marks on every platform; "-style" costs nothing where setStyle() would
        # first build QStyle's Python enums (~5 ms of start-up)
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    from outreach_app.ui import wheel_guard

    wheel_guard.install(app)  # before any widget is built: the wheel scrolls pages, not values
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from outreach_app.ui import look
    from outreach_app.ui.i18n import apply_language

    look.apply(app)  # palette and focus ring; no application style sheet (see look.py)

    apply_language(app)  # the saved "ui/language" choice, before any widget is built
    return app


def _report_unexpected(kind, value, tb) -> None:
    """A defect in a slot: one line on stderr (details with OUTREACH_DEBUG=1), the window stays up."""
    if os.environ.get(DEBUG):
        import traceback

        traceback.print_exception(kind, value, tb)
    else:
        print(f"outreach-app: unexpected error: {kind.__name__}: {value} (set {DEBUG}=1 for details)", file=sys.stderr)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMainWindow

    from outreach_app.ui.i18n import fill

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().showMessage(
                fill(QCoreApplication.translate("app", "Unexpected error: %1: %2"), kind.__name__, value), 15000)


def _show_problem(message: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from outreach_app.ui import look

    look.tell_problem(None, QCoreApplication.translate("app", "Outreach — cannot open the database"), message)


def _open_context(path):
    """AppContext on path, or None after telling the person why not. A damaged database is offered
    the newest good backup in a dialog instead of crashing."""
    from outreach_app.core.errors import DatabaseDamaged, DatabaseProblem
    from outreach_app.ui.context import AppContext
    from outreach_app.ui.feedback import error_message

    try:
        try:
            # the fast path checks the header and what opening reads; the full check reads the whole
            # file (55 ms per 50,000 entries), so the window runs it on the worker once it is drawn
            return AppContext(str(path))
        except DatabaseProblem as exc:
            if not isinstance(exc, DatabaseDamaged):
                raise  # locked, read-only, too new, disk full: not damage, no backup to offer
            from outreach_app.core.store.backups import open_or_offer_backup, restore_backup

            check = open_or_offer_backup(path, quick_check=False)  # raises again unless it is damage
            if check.conn is not None:
                return AppContext(str(path), conn=check.conn)
            from outreach_app.ui.backup_dialogs import offer_backup

            if not offer_backup(check.problem, check.offer):
                return None
            restore_backup(check.offer.path, path)
            return AppContext(str(path))
    except Exception as exc:  # an OutreachError or SQLite error, shown in one readable line
        _show_problem(error_message(exc, str(path)))
        return None


def _valid_name(text: str) -> bool:
    from outreach_app.core.records import setup
    from outreach_app.core.errors import OutreachError

    try:
        setup.check_device_name(text)
        return True
    except OutreachError:
        return False


def _first_run():
    """Run the first-run dialog; returns an AppContext set up as chosen, or None if the person quit."""
    from outreach_app.core.records import setup
    from outreach_app.ui.feedback import FAILED, call_core
    from outreach_app.ui.first_run import FirstRunDialog
    from outreach_app.ui.settings import remember_database

    gc.enable()  # a person is choosing now: start-up speed no longer matters
    dialog = FirstRunDialog(setup.known_municipalities())
    while dialog.exec():
        choice = dialog.choice
        path = Path(choice.folder).expanduser() / (setup.DEMO_FILE_NAME if choice.demo else setup.DB_FILE_NAME)
        ctx = _open_context(path)
        if ctx is None:
            continue
        named = True
        if not choice.demo or _valid_name(choice.device_name):
            named = call_core(ctx, setup.complete_setup, ctx.conn, choice.device_name, choice.municipality or None,
                              show=dialog.show_error) is not FAILED
        if named and choice.demo:
            named = call_core(ctx, setup.prepare_demo_database, ctx.conn, show=dialog.show_error) is not FAILED
        if named:
            remember_database(str(path))
            return ctx
        ctx.close()
    return None


def run_gui(db_path: str | None) -> int:
    """Open the window; returns the exit code when it closes."""
    _import_core_first()
    from PySide6.QtCore import QTimer

    from outreach_app.core.records import setup
    from outreach_app.ui.main_window import MainWindow
    from outreach_app.ui.settings import remember_database, remembered_database

    app = _application()
    sys.excepthook = _report_unexpected
    explicit = db_path or os.environ.get("OUTREACH_DB")
    while True:
        remembered = None if explicit else remembered_database()
        if explicit:
            ctx = _open_context(explicit)
            if ctx is None:
                return 1
        elif remembered and Path(remembered).exists() and (ctx := _open_context(remembered)) is not None:
            pass
        else:
            ctx = _first_run()
            if ctx is None:
                return 0
        window = MainWindow(ctx)
        window.show()
        window.activateWindow()
        _started()
        QTimer.singleShot(0, window.run_start_backup)  # damage check, then backup: on the worker thread
        if explicit and setup.needs_device_name(ctx.conn):
            window.ask_device_name()
        code = app.exec()
        from outreach_app.ui.tasks import wait_for_background_tasks

        wait_for_background_tasks()  # a backup still being written finishes first
        ctx.close()
        if not window.switch_requested:
            return code
        _let_go(window)
        remember_database(None)
        explicit = None


def _let_go(window) -> None:
    """The window is closed for good (the person left the demo database): free it. Its objects were
    frozen with start-up's, which the collector never visits, so they are thawed first."""
    window.deleteLater()
    gc.unfreeze()


def _started() -> None:
    """The window is up: freeze what start-up made (modules, classes, Qt's enums, the first page; ~26,000
    objects that live until exit) so that the collector, back on now, never walks them again: shorter
    pauses while taps are being logged, and at exit."""
    gc.freeze()
    gc.enable()


def _import_core_first() -> None:
    """Import what the first page needs from the core before PySide6: once PySide6 is loaded, every
    import statement goes through its Python-level import hook (~20 µs each, hundreds at start-up)."""
    import dataclasses  # noqa: F401

    from outreach_app.core.store import database as db
    from outreach_app.core.records import events, catalogue as records, setup
    from outreach_app.ui import feedback  # noqa: F401 (no Qt in it)


def self_test(db_path: str | None) -> int:
    """Build the main window off-screen, render it once, open/migrate the database; 0 when all is well."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        _import_core_first()
        from PySide6.QtGui import QFontDatabase, QFontInfo

        from outreach_app.core.store.connection import default_db_path
        from outreach_app.ui.context import AppContext
        from outreach_app.ui.main_window import MainWindow
        from outreach_app.ui.settings import remembered_database

        app = _application()
        families = QFontDatabase.families()
        # Qt lists generic aliases ("Sans Serif") even with no font file; a real font has a family name
        if not families or not QFontInfo(app.font()).family():
            print("self-test failed: no fonts found (install fontconfig and a font such as fonts-dejavu-core)", file=sys.stderr)
            return 1
        path = db_path or os.environ.get("OUTREACH_DB") or remembered_database() or str(default_db_path())
        ctx = AppContext(path)
        try:
            window = MainWindow(ctx, persist=False)
            pixmap = window.grab()
            _started()  # as run_gui does once the window shows
            if pixmap.isNull() or pixmap.width() < 100:
                print("self-test failed: the main window did not render", file=sys.stderr)
                return 1
            window.close()
        finally:
            ctx.close()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        print(f"self-test ok: {len(families)} font families, window {pixmap.width()}x{pixmap.height()}, "
              f"database {path}, {elapsed:.0f} ms")
        return 0
    except Exception as exc:  # any failure is one line and a non-zero exit
        print(f"self-test failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
