"""Counts worded for the event screen: "42 attendees, 17 “Glengarry” plans, 9 answers “yes”" (the
paper sheet's preview, its confirmation, and what undo took back), with the locale's digit grouping."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def count_phrase(kind: str, quantity: int, plan_name: str | None = None, answer: str | None = None) -> str:
    """One count: '42 attendees', '17 “Glengarry” plans', '9 answers “yes”'."""
    if kind == "attendee":
        return translate("CountWords", "%Ln attendee(s)", "", quantity)
    if kind == "plan":
        return translate("CountWords", "%Ln “%1” plan(s)", "", quantity).replace("%1", plan_name or "?")
    if answer == "yes":
        return translate("CountWords", "%Ln answer(s) “yes”", "", quantity)
    if answer == "no":
        return translate("CountWords", "%Ln answer(s) “no”", "", quantity)
    return translate("CountWords", "%Ln answer(s) “not sure”", "", quantity)


def counts_phrase(counts, plan_names: dict) -> str:
    """Several counts (core.records.count_limits.PaperCount or core.records.tally.Entry), comma-separated."""
    separator = translate("CountWords", ", ")
    return separator.join(count_phrase(c.kind, c.quantity, plan_names.get(c.plan_id), c.answer) for c in counts)
