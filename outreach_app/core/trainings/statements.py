"""The evaluation form: the statements participants rate 1 to 5 before and after a training, in English
and French. A plain module (no dataclasses), read by the report's figures."""

from __future__ import annotations

from outreach_app.core.errors import InvalidInput


class Statement:
    """One statement of the evaluation form, in English and French (a plain class: see the module's note)."""

    __slots__ = ("number", "english", "french")

    def __init__(self, number: int, english: str, french: str):
        self.number, self.english, self.french = number, english, french

    def text(self, language: str = "en") -> str:
        return self.french if language == "fr" else self.english


# The evaluation template printed on the paper form (numbered from 1, in this order).
STATEMENTS = (
    Statement(1, "I can recognise an opioid overdose", "Je peux reconnaître une surdose d’opioïdes"),
    Statement(2, "I know how to respond to an overdose, naloxone included",
              "Je sais intervenir lors d’une surdose, y compris avec la naloxone"),
    Statement(3, "I feel able to talk with someone in a mental-health crisis",
              "Je me sens capable de parler avec une personne en crise de santé mentale"),
    Statement(4, "I know where to refer someone", "Je sais vers quels services orienter une personne"),
)


def statement(number) -> Statement:
    """The template's statement with that number, or a refusal naming the number."""
    try:
        value = int(str(number).strip())
    except ValueError:
        value = None
    if value is None or not 1 <= value <= len(STATEMENTS):
        raise InvalidInput("statement '{value}' is not on the evaluation form (1 to {last})", value=number,
                           last=len(STATEMENTS))
    return STATEMENTS[value - 1]
