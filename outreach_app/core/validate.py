"""Parse and check values typed by people: dates, counts, names."""

from __future__ import annotations

import datetime as dt
import re

from outreach_app.core import bounds
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


_YEAR_FIRST = r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"  # compiled on first use: the CLI's reports never need them
_YEAR_LAST = r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})"
LOCAL_ORDERS = {"ymd": "YYYY-MM-DD", "dmy": "DD/MM/YYYY", "mdy": "MM/DD/YYYY"}
"""The orders of day, month and year a locale writes short dates in, and how each is shown to a person."""


def parse_typed_date(value: str, what: str = "date", local_order: str = "ymd") -> str:
    """The ISO date a person typed into a date field, or a refusal naming what was typed.

    Accepts the ISO order with or without leading zeros (2027-03-15, 2027-3-15) and, when the
    window's locale writes dates day or month first (local_order "dmy" or "mdy"), that order with a
    four-digit year (15/03/2027). Never moves an impossible date to a possible one (2025-02-30 is refused).
    """
    text = (value or "").strip()
    if not text:
        raise InvalidInput("{what} is empty: type a date such as 2027-03-15", what=what)
    parts = None
    if match := re.fullmatch(_YEAR_FIRST, text):
        year, month, day = match.groups()
        parts = (year, month, day)
    elif local_order in ("dmy", "mdy") and (match := re.fullmatch(_YEAR_LAST, text)):
        first, second, year = match.groups()
        parts = (year, second, first) if local_order == "dmy" else (year, first, second)
    if parts is None:
        if local_order in ("dmy", "mdy"):
            raise InvalidInput("{what} '{value}' is not a date: type it as YYYY-MM-DD or {local_form}",
                               what=what, value=text, local_form=LOCAL_ORDERS[local_order])
        raise InvalidInput("{what} '{value}' is not a date: type it as YYYY-MM-DD", what=what, value=text)
    try:
        return dt.date(*(int(part) for part in parts)).isoformat()
    except ValueError:
        raise InvalidInput("{what} '{value}' is not a real calendar date", what=what, value=text) from None


def far_from_today(date: str, today: dt.date) -> bool:
    """True when an ISO date is more than a year before or after today: the window asks before saving it."""
    day = dt.date.fromisoformat(date)
    try:
        year_before, year_after = today.replace(year=today.year - 1), today.replace(year=today.year + 1)
    except ValueError:  # February 29: a year either way is February 28
        year_before = today.replace(year=today.year - 1, day=28)
        year_after = today.replace(year=today.year + 1, day=28)
    return day < year_before or day > year_after


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


def fold_key(name: str) -> str:
    """name_key without accents: how a typed name is matched to one the database knows ('montreal '
    is Montréal). Only for suggesting an existing record; identity across laptops stays name_key."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name_key(name))
    return "".join(c for c in text if not unicodedata.combining(c))


def match_name(text: str, names: list[str]) -> str | None:
    """The one of names that text names, ignoring case, spacing and accents (an exact match of
    name_key first); None when none does. For lists offered before a database exists."""
    exact = [n for n in names if name_key(n) == name_key(text)]
    folded = [n for n in names if fold_key(n) == fold_key(text)]
    return (exact or folded or [None])[0]


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
