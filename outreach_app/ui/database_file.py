"""The window's database file: automatic backups, restore, switch to another file and move it.

Each function takes the MainWindow; the window's AppContext owns the one UI-thread connection, so
anything that replaces or changes the file closes it, waits for the worker, and reopens it (every
screen then reloads on its Change.DATABASE notice).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from outreach_app.core.store.backups import backup_end_of_day, backup_folder, backup_on_start, restore_backup
from outreach_app.core.store.upkeep import backup_to
from outreach_app.ui.feedback import error_message
from outreach_app.ui.i18n import fill
from outreach_app.ui.settings import remember_database
from outreach_app.ui.tasks import run_in_background, wait_for_background_tasks

_BACKUPS = {"start": backup_on_start, "end-of-day": backup_end_of_day}


def _keep(window, signals) -> None:
    """Keep a task's signals referenced until it ends (dropping them would lose the callbacks)."""
    window._tasks.append(signals)
    forget = lambda *_: window._tasks.remove(signals) if signals in window._tasks else None  # noqa: E731
    signals.sig_finished.connect(forget)
    signals.sig_failed.connect(forget)


def _check_then_back_up(conn):
    """The start-up work: SQLite's full quick check first; a damaged file is never backed up (its copy
    would push good backups out of rotation), the newest good backup is offered instead."""
    from outreach_app.core.store.backups import describe_damage, newest_good_backup

    damage = describe_damage(conn.db_path)
    if damage:
        return DamageFound(damage, newest_good_backup(backup_folder(conn)))
    return backup_on_start(conn)


class DamageFound:
    def __init__(self, problem: str, offer):
        self.problem, self.offer = problem, offer


_BACKUPS["start"] = _check_then_back_up


def offer_restore(window, found: DamageFound):
    """The database turned out damaged after the window opened: offer the newest good backup."""
    from outreach_app.ui.backup_dialogs import BackupOffer

    box = BackupOffer(found.problem, found.offer, window)
    box.finished.connect(lambda _result: window.restore(found.offer.path)
                         if box.restore_button is not None and box.clickedButton() is box.restore_button else None)
    window.damage_offer = box
    box.open()
    return box


def run_backup(window, reason: str) -> None:
    """backup_on_start (after the damage check) / backup_end_of_day on the worker; the status bar says
    what happened."""
    function = _BACKUPS[reason]

    def finished(path) -> None:
        if isinstance(path, DamageFound):
            offer_restore(window, path)
        elif path:
            text = QCoreApplication.translate("MainWindow", "Backup made: %1")
            window.statusBar().showMessage(text.replace("%1", str(path)), 8000)

    def failed(message: str) -> None:
        text = QCoreApplication.translate("MainWindow", "The automatic backup failed: %1")
        window.statusBar().showMessage(text.replace("%1", message), 15000)

    _keep(window, run_in_background(lambda conn, _progress: function(conn), db_path=window.ctx.db_path,
                                    on_finished=finished, on_failed=failed))


def open_restore_dialog(window):
    """Show the list of backups (window-modal, not blocking); restore the one chosen."""
    from outreach_app.ui.backup_dialogs import RestoreDialog

    dialog = RestoreDialog(backup_folder(window.ctx.conn), window)
    dialog.accepted.connect(lambda: window.restore(dialog.chosen.path) if dialog.chosen else None)
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def _reopen(window) -> bool:
    try:
        window.ctx.reopen()
        return True
    except Exception as exc:  # the file could not be opened: say why; the window stays up
        window.show_error(error_message(exc, window.ctx.db_path))
        return False


def restore(window, backup_path: str) -> bool:
    """Close the connection, put the backup in place of the database file, reopen. True when done."""
    ctx = window.ctx
    wait_for_background_tasks()
    ctx.close()
    try:
        kept = restore_backup(backup_path, ctx.db_path)
    except Exception as exc:
        _reopen(window)
        text = QCoreApplication.translate("MainWindow", "Not restored: %1")
        window.show_error(text.replace("%1", error_message(exc, ctx.db_path)))
        return False
    if not _reopen(window):
        return False
    note = QCoreApplication.translate("MainWindow", " The previous file is kept as %1.") if kept else ""
    note = note.replace("%1", str(kept))
    text = QCoreApplication.translate("MainWindow", "Restored from %1.").replace("%1", Path(backup_path).name)
    window.statusBar().showMessage(text + note, 15000)
    return True


def switch_database(window, path: str) -> bool:
    """Use another database file from now on (and at the next start); back to the old one on failure."""
    ctx = window.ctx
    old = ctx.db_path
    wait_for_background_tasks()
    ctx.close()
    ctx.db_path = str(Path(path).expanduser())
    try:
        ctx.reopen()
    except Exception as exc:
        message = error_message(exc, ctx.db_path)
        ctx.db_path = old
        _reopen(window)
        text = QCoreApplication.translate("MainWindow", "Cannot open %1: %2")
        window.show_error(fill(text, path, message))
        return False
    if window.persist:
        remember_database(ctx.db_path)
    text = QCoreApplication.translate("MainWindow", "Now using %1.")
    window.statusBar().showMessage(text.replace("%1", ctx.db_path), 15000)
    return True


def move_database(window, folder: str) -> None:
    """Copy the database into folder (worker thread), then carry on with the copy; the old file stays."""
    source = Path(window.ctx.db_path)
    target = Path(folder).expanduser() / source.name
    if target.exists():
        window.show_error(QCoreApplication.translate("MainWindow", "%1 already exists; choose an empty folder or open that database instead.")
                          .replace("%1", str(target)))
        return

    def finished(_path) -> None:
        if switch_database(window, str(target)):
            window.statusBar().showMessage(
                fill(QCoreApplication.translate("MainWindow", "The database is now %1. The old file %2 is left in place: "
                                                "delete it once you are sure."), target, source), 20000)

    _keep(window, run_in_background(lambda conn, _progress: backup_to(conn, target), db_path=str(source),
                                    on_finished=finished, on_failed=window.show_error))
