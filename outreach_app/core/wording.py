"""Wording shared by the event screen and the reports, so that the question asked is the question
reported (English here, French in the translation catalogue, context Report)."""

from __future__ import annotations

from outreach_app.core.translation import QT_TRANSLATE_NOOP, translate

_TOPIC = QT_TRANSLATE_NOOP("Report", "supporting safety related to substance use")
_QUESTION = QT_TRANSLATE_NOOP("Report", "After the review, do you feel more confident {topic}?")


def confidence_topic(language: str = "en") -> str:
    """What the confidence question asks about, as the update sentence says it."""
    return translate("Report", _TOPIC, language)


def confidence_question(language: str = "en") -> str:
    """The question asked at the event, as the screen shows it."""
    return translate("Report", _QUESTION, language).format(topic=confidence_topic(language))
