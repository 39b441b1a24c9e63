"""The words of the survey report (text, PDF and the window's figures), marked for the catalogue."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, translate

WORDS = {
    "title": QT_TRANSLATE_NOOP("Survey", "Survey report"),
    "title_of": QT_TRANSLATE_NOOP("Survey", "Survey report: {name}"),
    "closes": QT_TRANSLATE_NOOP("Survey", "Closes {day}"),
    "open": QT_TRANSLATE_NOOP("Survey", "No closing date"),
    "responses": QT_TRANSLATE_NOOP("Survey", "Responses"),
    "complete": QT_TRANSLATE_NOOP("Survey", "Complete"),
    "no_source": QT_TRANSLATE_NOOP("Survey", "Without a source"),
    "unknown_source": QT_TRANSLATE_NOOP("Survey", "Unknown source"),
    "after_closing": QT_TRANSLATE_NOOP("Survey", "After the closing date"),
    "first_last": QT_TRANSLATE_NOOP("Survey", "First response {first}, latest {last}"),
    "by_source": QT_TRANSLATE_NOOP("Survey", "By source"),
    "source": QT_TRANSLATE_NOOP("Survey", "Source"),
    "where": QT_TRANSLATE_NOOP("Survey", "Place or channel"),
    "flyers": QT_TRANSLATE_NOOP("Survey", "Flyers"),
    "per_100": QT_TRANSLATE_NOOP("Survey", "Per 100 flyers"),
    "first": QT_TRANSLATE_NOOP("Survey", "First"),
    "last": QT_TRANSLATE_NOOP("Survey", "Latest"),
    "days_to_first": QT_TRANSLATE_NOOP("Survey", "Days to first"),
    "by_town": QT_TRANSLATE_NOOP("Survey", "By municipality"),
    "municipality": QT_TRANSLATE_NOOP("Survey", "Municipality"),
    "weeks": QT_TRANSLATE_NOOP("Survey", "Responses per week"),
    "week": QT_TRANSLATE_NOOP("Survey", "Week of"),
    "drops": QT_TRANSLATE_NOOP("Survey", "Flyers left"),
    "posts": QT_TRANSLATE_NOOP("Survey", "Posts"),
    "silent": QT_TRANSLATE_NOOP("Survey", "Restock or move: flyers out for two weeks or more, no responses"),
    "none": QT_TRANSLATE_NOOP("Survey", "none"),
    "post": QT_TRANSLATE_NOOP("Survey", "post ({channel})"),
    "no_responses": QT_TRANSLATE_NOOP("Survey", "No responses imported yet."),
    "generated": QT_TRANSLATE_NOOP("Survey", "Made with Outreach on {day}"),
}


def word(key: str, language: str = "en", **values) -> str:
    """One survey-report word in `language`, its {placeholders} filled."""
    text = translate("Survey", WORDS[key], language)
    return text.format(**values) if values else text
