"""The trainings' words in reports and the update: the sentence ("Delivered 4 trainings to 63 first
responders and service providers from 17 organisations in 6 sectors; 88% reported greater confidence
after the training.") and the report's labels, in English and French (the Report catalogue context)."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, Report, counted, translate

WORDS = {
    "trainings": QT_TRANSLATE_NOOP("Report", "Trainings"),
    "sessions": QT_TRANSLATE_NOOP("Report", "Sessions held"),
    "people_trained": QT_TRANSLATE_NOOP("Report", "People trained"),
    "organisations": QT_TRANSLATE_NOOP("Report", "Organisations reached"),
    "sectors": QT_TRANSLATE_NOOP("Report", "Sectors reached"),
    "not_reached": QT_TRANSLATE_NOOP("Report", "Sectors registered but not reached"),
    "improved": QT_TRANSLATE_NOOP("Report", "Participants more confident"),
    "statement": QT_TRANSLATE_NOOP("Report", "Statement"),
    "mean_before": QT_TRANSLATE_NOOP("Report", "Mean before"),
    "mean_after": QT_TRANSLATE_NOOP("Report", "Mean after"),
    "sector": QT_TRANSLATE_NOOP("Report", "Sector"),
    "organisations_short": QT_TRANSLATE_NOOP("Report", "Organisations"),
    "before": QT_TRANSLATE_NOOP("Report", "Before"),
    "after": QT_TRANSLATE_NOOP("Report", "After"),
    "registered": QT_TRANSLATE_NOOP("Report", "Registered"),
    "attended": QT_TRANSLATE_NOOP("Report", "Attended"),
    "none": QT_TRANSLATE_NOOP("Report", "none"),
    "no_pairs": QT_TRANSLATE_NOOP("Report", "no before/after pairs yet"),
    "none_held": QT_TRANSLATE_NOOP("Report", "No trainings in this range."),
    "delivered": QT_TRANSLATE_NOOP("Report", "Delivered {trainings} to {people} from {organisations} in {sectors}"),
    "delivered_only": QT_TRANSLATE_NOOP("Report", "Delivered {trainings}"),
    "improved_sentence": QT_TRANSLATE_NOOP("Report", "{percent} reported greater confidence after the training"),
}

TRAINING_COUNT = Report.tr("%n training(s)", "", 0)
PEOPLE_COUNT = Report.tr("%n first responder(s) and service provider(s)", "", 0)
ORGANISATION_COUNT = Report.tr("%n organisation(s)", "", 0)
SECTOR_COUNT = Report.tr("%n sector(s)", "", 0)


def training_word(key: str, language: str = "en", **values) -> str:
    text = translate("Report", WORDS[key], language)
    return text.format(**values) if values else text


def trainings_sentence(figures: dict, language: str = "en") -> str | None:
    """The update sentence for trainings_summary() figures, or None when no training was held in the
    range (an update never says "0 trainings")."""
    from outreach_app.core.reports.text import format_percent_whole

    if not figures["sessions"]:
        return None
    trainings = counted("Report", TRAINING_COUNT, figures["sessions"], language)
    if figures["people_trained"]:
        text = training_word(
            "delivered", language, trainings=trainings,
            people=counted("Report", PEOPLE_COUNT, figures["people_trained"], language),
            organisations=counted("Report", ORGANISATION_COUNT, figures["organisations_reached"], language),
            sectors=counted("Report", SECTOR_COUNT, figures["sectors_reached"], language))
    else:
        text = training_word("delivered_only", language, trainings=trainings)
    if figures["percent_improved"] is not None:
        text += "; " + training_word("improved_sentence", language,
                                     percent=format_percent_whole(figures["percent_improved"], language))
    return text + "."
