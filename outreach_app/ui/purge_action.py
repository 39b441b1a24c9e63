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
    entries = PurgeWords.tr("%Ln tally entry(ies)", "", counts.get("tally_entries", 0))
    voids = PurgeWords.tr("%Ln correction(s)", "", counts.get("voids", 0))
    return (QCoreApplication.translate(
        "PurgeAction", "Erase “%1” for good? Its %2 and %3 go with it, from this laptop and its backups now, and from "
                       "the office at the next sync. This cannot be undone: to stop an event counting, cancel it instead.")
            .replace("%1", name).replace("%2", entries).replace("%3", voids))


def confirm_and_purge(parent: QWidget, ctx, record_id: str, name: str, show) -> bool:
    """Ask, then purge record_id; True when it was erased. `show` takes a one-line message."""
    found = call_core(ctx, purge.find_target, ctx.conn, record_id, show=show)
    if found is FAILED:
        return False
    counts = purge.describe_target(ctx.conn, *found)
    title = QCoreApplication.translate("PurgeAction", "Outreach — erase for good")
    if not look.ask(parent, title, purge_question(counts, name), default_yes=False):
        return False
    result = call_core(ctx, purge.purge, ctx.conn, record_id, show=show)
    if result is FAILED:
        return False
    if result.backups_failed:
        failed = len(result.backups_failed)
        show(PurgeWords.tr("Erased “%1”, but %Ln backup(s) could not be rewritten: %2", "", failed)
             .replace("%1", name).replace("%2", ", ".join(str(path) for path, _ in result.backups_failed)))
    else:
        show(PurgeWords.tr("Erased “%1” for good, here and in %Ln backup(s).", "", len(result.backups_rewritten))
             .replace("%1", name))
    return True
