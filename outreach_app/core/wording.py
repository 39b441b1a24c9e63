"""Wording shared by the event screen and the reports, so that the question asked is the question
reported (English and French)."""

from __future__ import annotations

CONFIDENCE_TOPIC = {
    "en": "supporting safety related to substance use",
    "fr": "soutenir la sécurité liée à la consommation de substances",
}
_QUESTION = {
    "en": "After the review, do you feel more confident {topic}?",
    "fr": "Après la présentation, vous sentez-vous plus en confiance pour {topic}?",
}


def confidence_question(language: str = "en") -> str:
    """The question asked at the event, as the screen shows it."""
    language = language if language in _QUESTION else "en"
    return _QUESTION[language].format(topic=CONFIDENCE_TOPIC[language])
