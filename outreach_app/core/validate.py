"""Parse and check values typed by people: dates, counts, names."""

from __future__ import annotations

import datetime as dt
import re

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


def parse_count(value, what: str = "count", minimum: int = 0, maximum: int = 1_000_000) -> int:
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


def clean_name(value: str | None, what: str = "name", max_length: int = 200) -> str:
    """A trimmed, non-empty display name of sensible length."""
    text = " ".join((value or "").split())
    if not text:
        raise InvalidInput("{what} must not be empty", what=what)
    if len(text) > max_length:
        raise InvalidInput("{what} '{value}…' is {extra} characters too long", what=what, value=text[:40],
                           extra=len(text) - max_length)
    return text


def clean_optional(value: str | None, max_length: int = 2000) -> str | None:
    """Free text that may be empty (notes, partners)."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > max_length:
        raise InvalidInput("text '{value}…' is {extra} characters too long", value=text[:40], extra=len(text) - max_length)
    return text or None


def name_key(name: str) -> str:
    """The key two laptops agree on for 'the same' plan, site or municipality."""
    import unicodedata  # here, not at the top: a report without a municipality never needs it

    text = unicodedata.normalize("NFKC", " ".join(name.split()))
    return text.casefold()


def canonical_id_sql(table: str, key: str) -> str:
    """SQL for the id whose name a group of same-name rows shows (`key`: SQL for the group's name_key):
    seeded and office rows first, so no laptop's row can take a name over; then the smallest id."""
    return (f"(SELECT k.id FROM {table} k WHERE k.name_key = {key} ORDER BY k.device_id NOT IN ('', coalesce("
            f"(SELECT value FROM settings WHERE key = 'sync_office_device'), '')), k.id LIMIT 1)")


def parse_uuid(value: str, what: str = "id") -> str:
    """A canonical lower-case UUID string, or a clear refusal."""
    import uuid  # not at the top: it pulls in `platform`, which start-up does not need

    try:
        return str(uuid.UUID(str(value).strip()))
    except (ValueError, AttributeError):
        raise InvalidInput("{what} '{value}' is not a valid id", what=what, value=value) from None
