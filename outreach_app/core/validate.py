"""Parse and check values typed by people: dates, counts, names."""

from __future__ import annotations

import datetime as dt
import re

from . import bounds
from .errors import InvalidInput

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{2}:\d{2}")


def parse_date(value: str, what: str = "date") -> str:
    """Return an ISO date string, or refuse anything that is not a real YYYY-MM-DD date."""
    text = (value or "").strip()
    if not _DATE.fullmatch(text):
        raise InvalidInput("{what} '{value}' is not a date in the form YYYY-MM-DD", what=what, value=value)
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInput("{what} '{value}' is not a real calendar date", what=what, value=value) from None


def parse_time(value: str | None, what: str = "time") -> str | None:
    """HH:MM on a 24-hour clock, or None for an empty value."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not _TIME.fullmatch(text):
        raise InvalidInput("{what} '{value}' is not a time in the form HH:MM", what=what, value=value)
    hours, minutes = int(text[:2]), int(text[3:])
    if hours > 23 or minutes > 59:
        raise InvalidInput("{what} '{value}' is not a real time of day", what=what, value=value)
    return text


def parse_count(value, what: str = "count", minimum: int = 0, maximum: int = bounds.MAX_COUNT) -> int:
    """A whole number of people or plans; refuses negatives, fractions and absurd sizes."""
    if isinstance(value, bool):
        raise InvalidInput("{what} '{value}' is not a whole number", what=what, value=value)
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip()
        if not re.fullmatch(r"[+-]?\d+", text):
            raise InvalidInput("{what} '{value}' is not a whole number", what=what, value=value)
        number = int(text)
    if number < minimum:
        raise InvalidInput("{what} '{value}' must be at least {minimum}", what=what, value=value, minimum=minimum)
    if number > maximum:
        raise InvalidInput("{what} '{value}' is larger than {maximum:,}", what=what, value=value, maximum=maximum)
    return number


def clean_name(value: str | None, what: str = "name", max_length: int = bounds.MAX_NAME_LENGTH) -> str:
    """A trimmed, non-empty display name of sensible length, on one line and without control or
    bidirectional-override characters (the same rule an imported record meets)."""
    text = " ".join((value or "").split())
    if not text:
        raise InvalidInput("{what} must not be empty", what=what)
    _refuse_unsafe(text, what, multi_line=False)
    if len(text) > max_length:
        raise InvalidInput("{what} '{value}…' is {extra} characters too long", what=what, value=text[:40],
                           extra=len(text) - max_length)
    return text


def clean_optional(value: str | None, max_length: int = bounds.MAX_TEXT_LENGTH, *, what: str = "text",
                   multi_line: bool = False) -> str | None:
    """Free text that may be empty (partners; notes with multi_line=True, which may hold line breaks).
    Control and bidirectional-override characters are refused (bounds.py)."""
    if value is None:
        return None
    text = value.strip()
    if multi_line:
        text = text.replace("\r\n", "\n")
    _refuse_unsafe(text, what, multi_line)
    if len(text) > max_length:
        raise InvalidInput("text '{value}…' is {extra} characters too long", value=text[:40], extra=len(text) - max_length)
    return text or None


def _refuse_unsafe(text: str, what: str, multi_line: bool) -> None:
    char = bounds.unsafe_character(text, multi_line)
    if char is not None:
        raise InvalidInput("{what} '{value}' holds a control or text-direction character ({char}); type it again "
                           "without it", what=what, value=bounds.escape_controls(text[:40]),
                           char=bounds.escape_controls(char))


def name_key(name: str) -> str:
    """The key two laptops agree on for 'the same' plan, site or municipality."""
    import unicodedata  # here, not at the top: a report without a municipality never needs it

    text = unicodedata.normalize("NFKC", " ".join(name.split()))
    return text.casefold()


def parse_uuid(value: str, what: str = "id") -> str:
    """A canonical lower-case UUID string, or a clear refusal."""
    import uuid  # not at the top: it pulls in `platform`, which start-up does not need

    try:
        return str(uuid.UUID(str(value).strip()))
    except (ValueError, AttributeError):
        raise InvalidInput("{what} '{value}' is not a valid id", what=what, value=value) from None
