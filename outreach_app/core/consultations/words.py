"""The words of the "What we heard" documents in English and French (context `Report`, so the core's
catalogue carries their French: docs/translations.md)."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, Report, counted, translate

WORDS = {
    "title": QT_TRANSLATE_NOOP("Report", "What we heard: {title}"),
    "kind": QT_TRANSLATE_NOOP("Report", "Kind"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "place": QT_TRANSLATE_NOOP("Report", "Place"),
    "municipality": QT_TRANSLATE_NOOP("Report", "Municipality"),
    "host": QT_TRANSLATE_NOOP("Report", "Host or partner"),
    "facilitator": QT_TRANSLATE_NOOP("Report", "Facilitator"),
    "lens": QT_TRANSLATE_NOOP("Report", "Lens or audience"),
    "attendees": QT_TRANSLATE_NOOP("Report", "Attendees"),
    "responses": QT_TRANSLATE_NOOP("Report", "Responses"),
    "responses_value": QT_TRANSLATE_NOOP("Report", "{responses} ({themed} themed)"),
    "invited_label": QT_TRANSLATE_NOOP("Report", "Invited organisations"),
    "invited_value": QT_TRANSLATE_NOOP("Report", "{invited} invited, {confirmed} confirmed, {attended} attended, "
                                                 "{declined} declined, {no_answer} no answer"),
    "sectors": QT_TRANSLATE_NOOP("Report", "Sectors"),
    "sector": QT_TRANSLATE_NOOP("Report", "Sector"),
    "invited": QT_TRANSLATE_NOOP("Report", "Invited"),
    "attended": QT_TRANSLATE_NOOP("Report", "Attended"),
    "theme": QT_TRANSLATE_NOOP("Report", "Theme"),
    "share": QT_TRANSLATE_NOOP("Report", "Share"),
    "every_theme": QT_TRANSLATE_NOOP("Report", "Every theme"),
    "conversation": QT_TRANSLATE_NOOP("Report", "Community conversation"),
    "focus-group": QT_TRANSLATE_NOOP("Report", "Focus group"),
    "interview": QT_TRANSLATE_NOOP("Report", "Interview"),
    "other": QT_TRANSLATE_NOOP("Report", "Other"),
}

RESPONSE_COUNT = Report.tr("%n response(s)", "", 0)  # the update counts responses heard with it too


def word(key: str, language: str = "en", **values) -> str:
    """One document word in `language`, its {placeholders} filled with `values`."""
    text = translate("Report", WORDS[key], language)
    return text.format(**values) if values else text


def responses(count: int, language: str = "en") -> str:
    return counted("Report", RESPONSE_COUNT, count, language)
