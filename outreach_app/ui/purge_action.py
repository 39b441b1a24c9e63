"""Erase a record for good from the window (core/privacy/purge.py), after saying what goes and asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from outreach_app.core.privacy import purge
from outreach_app.ui import look
from outreach_app.ui.feedback import FAILED, call_core


class PurgeWords(QObject):
    """The translation context of the purge's wording with counts (lupdate reads plural forms from tr())."""


def purge_question(counts: dict[str, int], name: str) -> str:
    """The confirmation's words: what is erased, and that it cannot be undone."""
    if "events" not in counts and not counts.get("voids"):  # one entry, baseline or flyer drop, never voided
        return (QCoreApplication.translate(
            "PurgeAction", "Erase “%1” for good? It goes from this laptop and its backups now, and from the office at "
                           "the next sync. This cannot be undone: to stop it counting, void it instead.")
                .replace("%1", name))
    if "events" not in counts:  # one entry, baseline or flyer drop, with its voids
        voids = PurgeWords.tr("%Ln correction(s)", "", counts.get("voids", 0))
        return (QCoreApplication.translate(
            "PurgeAction", "Erase “%1” for good, with its %2? It goes from this laptop and its backups now, and from "
                           "the office at the next sync. This cannot be undone: to stop it counting, void it instead.")
                .replace("%1", name).replace("%2", voids))
    entries = PurgeWords.tr("%Ln tally entry(ies)", "", counts.get("tally_entries", 0))
    voids = PurgeWords.tr("%Ln correction(s)", "", counts.get("voids", 0))
    return (QCoreApplication.translate(
        "PurgeAction", "Erase “%1” for good? Its %2 and %3 go with it, from this laptop and its backups now, and from "
                       "the office at the next sync. This cannot be undone: to stop an event counting, cancel it instead.")
            .replace("%1", name).replace("%2", entries).replace("%3", voids))


def confirm_and_purge(parent: QWidget, ctx, record_id: str, name: str, show) -> bool:
    """Ask, then purge record_id on the worker (the database, its log and its backups: a large event and
    ten backups take a few hundred milliseconds); True when the purge was started. `show` takes a
    one-line message: "Erasing…", then the outcome."""
    found = call_core(ctx, purge.find_target, ctx.conn, record_id, show=show)
    if found is FAILED:
        return False
    counts = purge.describe_target(ctx.conn, *found)
    title = QCoreApplication.translate("PurgeAction", "Outreach — erase for good")
    if not look.ask(parent, title, purge_question(counts, name), default_yes=False):
        return False
    show(QCoreApplication.translate("PurgeAction", "Erasing “%1”…").replace("%1", name))
    from outreach_app.ui.tasks import run_in_background

    def done(result) -> None:
        ctx.notify(result.changes)
        if result.backups_failed:
            failed = result.backups_failed
            show(PurgeWords.tr("Erased “%1”, but %Ln backup(s) could not be rewritten: %2", "", len(failed))
                 .replace("%1", name).replace("%2", ", ".join(str(path) for path, _ in failed)))
        elif result.backups_rewritten:
            show(PurgeWords.tr("Erased “%1” for good, here and in %Ln backup(s).", "", len(result.backups_rewritten))
                 .replace("%1", name))
        else:
            show(QCoreApplication.translate("PurgeAction", "Erased “%1” for good (no backup held it).").replace("%1", name))

    parent._purge_task = run_in_background(lambda conn, _progress: purge.purge(conn, record_id), db_path=ctx.db_path,
                                           on_finished=done, on_failed=show, owner=parent)
    return True
