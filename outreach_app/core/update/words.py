"""The update's own words (context `Report`, so the core's catalogue carries their French: see
docs/translations.md); the figures' sentences come from core/reports (text.py, words.py)."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, Report, counted, translate

WORDS = {
    "update": QT_TRANSLATE_NOOP("Report", "Project update"),
    "meeting": QT_TRANSLATE_NOOP("Report", "Meeting of {day}"),
    "purpose": QT_TRANSLATE_NOOP("Report", "Purpose"),
    "activities": QT_TRANSLATE_NOOP("Report", "Key activities"),
    "purpose_and_activities": QT_TRANSLATE_NOOP("Report", "Purpose and key activities"),
    "accomplishments": QT_TRANSLATE_NOOP("Report", "Accomplishments to date"),
    "steps_done": QT_TRANSLATE_NOOP("Report", "Steps completed"),
    "next_steps": QT_TRANSLATE_NOOP("Report", "Next steps"),
    "steps": QT_TRANSLATE_NOOP("Report", "Steps"),
    "action_items": QT_TRANSLATE_NOOP("Report", "Action items for working-group members"),
    "thanks": QT_TRANSLATE_NOOP("Report", "Thank you"),
    "thanks_line": QT_TRANSLATE_NOOP("Report", "Questions and comments are welcome."),
    "events_title": QT_TRANSLATE_NOOP("Report", "Community events"),
    "plans_title": QT_TRANSLATE_NOOP("Report", "Safety plans handed out"),
    "flyers_title": QT_TRANSLATE_NOOP("Report", "Survey flyers left"),
    "including_before": QT_TRANSLATE_NOOP("Report", ", including the {count} handed out before {day}"),
    "named": QT_TRANSLATE_NOOP("Report", "{name}: {value}"),
    "in_visits": QT_TRANSLATE_NOOP("Report", "{flyers} in {visits}."),
    "by_town_line": QT_TRANSLATE_NOOP("Report", "{municipality}: {events}, {attendees}, {plans}"),
    "place_line": QT_TRANSLATE_NOOP("Report", "{tag}: {flyers} in {visits}"),
    "survey_title": QT_TRANSLATE_NOOP("Report", "Community survey"),
    "survey_sentence": QT_TRANSLATE_NOOP("Report", "{responses} to “{name}” to date ({complete} complete)"),
    "open_until": QT_TRANSLATE_NOOP("Report", ", open until {day}"),
    "source_line": QT_TRANSLATE_NOOP("Report", "{source}: {responses}"),
    "per_100": QT_TRANSLATE_NOOP("Report", " ({value} per 100 flyers)"),
    "silent_line": QT_TRANSLATE_NOOP("Report", "No responses yet from flyers left at: {places} (restock or move)"),
    "flyers_at": QT_TRANSLATE_NOOP("Report", "flyers left ({tags})"),
    "posts_of": QT_TRANSLATE_NOOP("Report", "posts ({tags})"),
    "week_note": QT_TRANSLATE_NOOP("Report", "Week of {day}: {marks}"),
    "survey_chart": QT_TRANSLATE_NOOP("Report", "Responses per week: {name}"),
    "responses": QT_TRANSLATE_NOOP("Report", "Responses"),
    "trainings_title": QT_TRANSLATE_NOOP("Report", "Trainings"),
    "sectors_reached": QT_TRANSLATE_NOOP("Report", "Sectors reached: {sectors}"),
    "sectors_not_reached": QT_TRANSLATE_NOOP("Report", "Registered but not yet reached: {sectors}"),
    "statement_line": QT_TRANSLATE_NOOP("Report", "“{statement}”: {before} before, {after} after (mean of 1 to 5)"),
    "consultations_title": QT_TRANSLATE_NOOP("Report", "Consultations and focus groups"),
    "held": QT_TRANSLATE_NOOP("Report", "Held {consultations}"),
    "with_participants": QT_TRANSLATE_NOOP("Report", " with {participants}"),
    "heard": QT_TRANSLATE_NOOP("Report", "; {responses} heard"),
    "grouped": QT_TRANSLATE_NOOP("Report", ", grouped into {themes}"),
    "kind_line": QT_TRANSLATE_NOOP("Report", "{kind}: {consultations} ({responses})"),
    "kind_conversation": QT_TRANSLATE_NOOP("Report", "Community conversations"),
    "kind_focus_group": QT_TRANSLATE_NOOP("Report", "Focus groups"),
    "kind_interview": QT_TRANSLATE_NOOP("Report", "Interviews"),
    "kind_other": QT_TRANSLATE_NOOP("Report", "Other consultations"),
}

PLANS_TO_DATE = Report.tr("%n safety plan(s) handed out to date", "", 0)
FLYERS_LEFT = Report.tr("%n survey flyer(s) left", "", 0)
FLYER_COUNT = Report.tr("%n flyer(s)", "", 0)
MORE_PLACES = Report.tr("… and %n more source tag(s)", "", 0)
MORE_PLANS = Report.tr("… and %n more plan(s)", "", 0)
RESPONSE_COUNT = Report.tr("%n survey response(s)", "", 0)
CONSULTATION_COUNT = Report.tr("%n consultation(s)", "", 0)
PARTICIPANT_COUNT = Report.tr("%n participant(s)", "", 0)
THEME_COUNT = Report.tr("%n theme(s)", "", 0)


def word(key: str, language: str = "en", **values) -> str:
    """One update word in `language`, its {placeholders} filled with `values`."""
    text = translate("Report", WORDS[key], language)
    return text.format(**values) if values else text


def count_words(text: str, count: int, language: str = "en") -> str:
    return counted("Report", text, count, language)
