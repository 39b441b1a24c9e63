"""Source tags as a survey export holds them: trimmed, read out of a whole link, never personal data."""

from __future__ import annotations

import unicodedata
from urllib.parse import parse_qs, urlsplit

from outreach_app.core.errors import InvalidInput
from outreach_app.core.flyers.links import check_tag
from outreach_app.core.privacy.guard import EMAIL, PHONE, find_personal_data

UNREADABLE = "?"  # a tag that is no tag (edited into a sentence, an email…): counted as unknown, never kept


def clean_source(value) -> str | None:
    """The tag a response carries: None when empty; `UNREADABLE` when the respondent changed it into
    something that is no tag (spaces, an email address, a phone number); else the tag, trimmed.
    A whole link (a referrer URL) gives its src parameter."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if "src=" in text:
        query = urlsplit(text).query if "?" in text else text
        found = parse_qs(query).get("src")
        if not found:
            return UNREADABLE
        text = found[0].strip()
        if not text:
            return None
    if looks_personal(text):
        return UNREADABLE
    try:
        return check_tag(unicodedata.normalize("NFKC", text))
    except InvalidInput:
        return UNREADABLE


def looks_personal(text: str) -> bool:
    """Whether text holds something that looks like an email address or a phone number."""
    return any(f.kind in (EMAIL, PHONE) for f in find_personal_data(text))
