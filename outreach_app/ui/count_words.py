"""Counts worded for the event screen: "42 attendees, 17 “Glengarry” plans, 9 answers “yes”" (the
paper sheet's preview, its confirmation, and what undo took back), with the locale's digit grouping."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class CountWords(QObject):
    """The translation context of these words: CountWords.tr, because pyside6-lupdate 6.11 reads
    plural forms only from tr() calls, not from QCoreApplication.translate."""


def count_phrase(kind: str, quantity: int, plan_name: str | None = None, answer: str | None = None) -> str:
    """One count: '42 attendees', '17 “Glengarry” plans', '9 answers “yes”'."""
    if kind == "attendee":
        return CountWords.tr("%Ln attendee(s)", "", quantity)
    if kind == "plan":
        return CountWords.tr("%Ln “%1” plan(s)", "", quantity).replace("%1", plan_name or "?")
    if answer == "yes":
        return CountWords.tr("%Ln answer(s) “yes”", "", quantity)
    if answer == "no":
        return CountWords.tr("%Ln answer(s) “no”", "", quantity)
    return CountWords.tr("%Ln answer(s) “not sure”", "", quantity)


def counts_phrase(counts, plan_names: dict) -> str:
    """Several counts (core.records.count_limits.PaperCount or core.records.tally.Entry), comma-separated."""
    separator = translate("CountWords", ", ")
    return separator.join(count_phrase(c.kind, c.quantity, plan_names.get(c.plan_id), c.answer) for c in counts)
