"""The words of the text report, the PDF and the update sentence: English marked for the translation
catalogue (resources/translations/outreach_fr.ts, see outreach_app/core/translation.py), one set for
every rendering, so the PDF and the text report say the same thing the same way."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, Report, counted, translate

WORDS = {
    "title": QT_TRANSLATE_NOOP("Report", "Outreach report"),
    "range": QT_TRANSLATE_NOOP("Report", "{first} to {last}"),
    "all": QT_TRANSLATE_NOOP("Report", "All municipalities"),
    "events": QT_TRANSLATE_NOOP("Report", "Events"),
    "attendees": QT_TRANSLATE_NOOP("Report", "Attendees"),
    "distributed": QT_TRANSLATE_NOOP("Report", "Plans distributed"),
    "plans": QT_TRANSLATE_NOOP("Report", "Plans"),
    "before": QT_TRANSLATE_NOOP("Report", "Plans before {day}"),
    "total": QT_TRANSLATE_NOOP("Report", "Plans in total"),
    "confident": QT_TRANSLATE_NOOP("Report", "More confident"),
    "no_answers": QT_TRANSLATE_NOOP("Report", "no answers"),
    "answers": QT_TRANSLATE_NOOP("Report", "yes {yes} · no {no} · not sure {unsure}"),
    "pct_yes_of": QT_TRANSLATE_NOOP("Report", "{percent} yes"),
    "sentence": QT_TRANSLATE_NOOP("Report", "Ready for your update"),
    "chart_event": QT_TRANSLATE_NOOP("Report", "Plans handed out at each event"),
    "chart_week": QT_TRANSLATE_NOOP("Report", "Plans per event, by week"),
    "chart_month": QT_TRANSLATE_NOOP("Report", "Plans per event, by month"),
    "chart_conf": QT_TRANSLATE_NOOP("Report", "More confident after the review?"),
    "yes": QT_TRANSLATE_NOOP("Report", "Yes"),
    "no": QT_TRANSLATE_NOOP("Report", "No"),
    "unsure": QT_TRANSLATE_NOOP("Report", "Not sure"),
    "no_events": QT_TRANSLATE_NOOP("Report", "No events in this range."),
    "by_town": QT_TRANSLATE_NOOP("Report", "By municipality"),
    "by_plan": QT_TRANSLATE_NOOP("Report", "By plan"),
    "by_plan_name": QT_TRANSLATE_NOOP("Report", "Plans by name"),
    "by_event": QT_TRANSLATE_NOOP("Report", "By event"),
    "devices": QT_TRANSLATE_NOOP("Report", "Source devices"),
    "municipality": QT_TRANSLATE_NOOP("Report", "Municipality"),
    "plan": QT_TRANSLATE_NOOP("Report", "Plan"),
    "share": QT_TRANSLATE_NOOP("Report", "Share"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "event": QT_TRANSLATE_NOOP("Report", "Event"),
    "device": QT_TRANSLATE_NOOP("Report", "Device"),
    "entries": QT_TRANSLATE_NOOP("Report", "Entries"),
    "last_entry": QT_TRANSLATE_NOOP("Report", "Last entry"),
    "pct_yes": QT_TRANSLATE_NOOP("Report", "% yes"),
    "baseline": QT_TRANSLATE_NOOP("Report", "Baselines (no plan named)"),
    "generated": QT_TRANSLATE_NOOP("Report", "Generated on {day} by Outreach"),
    "page": QT_TRANSLATE_NOOP("Report", "page {n}"),
    "flyers": QT_TRANSLATE_NOOP("Report", "Survey flyers left"),
    "flyers_in": QT_TRANSLATE_NOOP("Report", "{left} in {visits}"),
    "no_events_sentence": QT_TRANSLATE_NOOP("Report", "No community events from {start} to {end}."),
    "one_event": QT_TRANSLATE_NOOP("Report", "Attended 1 community event on {day}"),
    "many_events": QT_TRANSLATE_NOOP("Report", "Attended {count} community events from {first} to {last}"),
    "before_sentence": QT_TRANSLATE_NOOP("Report", ", in addition to the {count} distributed before {day}"),
    "confident_sentence": QT_TRANSLATE_NOOP(
        "Report", "{percent} indicated they felt more confident in {topic} after receiving a review of the plans"),
}

# counted words: '%n' is the count, written the language's way
EVENT_COUNT = Report.tr("%n event(s)", "", 0)
ATTENDEE_COUNT = Report.tr("%n attendee(s)", "", 0)
PLAN_COUNT = Report.tr("%n plan(s)", "", 0)
SAFETY_PLAN_COUNT = Report.tr("%n safety plan(s) distributed", "", 0)
ANSWER_COUNT = Report.tr("of %n answer(s)", "", 0)
VISIT_COUNT = Report.tr("%n place visit(s)", "", 0)
MORE_EVENTS = Report.tr("… and %n more event(s): export them with report --table events --format csv.", "", 0)


def word(key: str, language: str = "en", **values) -> str:
    """One report word in `language`, its {placeholders} filled with `values`."""
    text = translate("Report", WORDS[key], language)
    return text.format(**values) if values else text


def count_words(text: str, count: int, language: str = "en") -> str:
    """A counted report word ('1 event', '2 events', '0 activité')."""
    return counted("Report", text, count, language)
