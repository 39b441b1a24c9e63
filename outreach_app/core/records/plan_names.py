"""Short display names for plans: what an event-screen button shows when the full name is long.

A plan may have an optional short name (synced like other plan edits). Names longer than
LONG_NAME get a suggested short name; a short name is at most SHORT_NAME_MAX characters.
"""

from __future__ import annotations

import re

from outreach_app.core import bounds

LONG_NAME = 24
SHORT_NAME_MAX = bounds.MAX_SHORT_NAME_LENGTH
# words that say nothing on a plan button (the screen's heading already says "Plan handed out")
_FILLER = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "plan", "plans", "safety",
           "community", "surrounding", "area", "areas", "neighbourhood", "neighborhood", "et", "de", "du", "des",
           "la", "le", "les", "sécurité", "communautaire", "secteur", "quartier"}


def is_long(name: str) -> bool:
    """True if the name is long enough for a short display name to help."""
    return len(name) > LONG_NAME


def suggest_short_name(name: str) -> str | None:
    """A short name for a long plan name ('Glengarry Court and surrounding … safety plan 2' ->
    'Glengarry Court 2'), or None when the name is short already."""
    if not is_long(name):
        return None
    words = name.split()
    number = words[-1] if re.fullmatch(r"\d+[a-zA-Z]?", words[-1]) else None
    kept = [w for w in (words[:-1] if number else words) if w.casefold() not in _FILLER] or words[:1]
    budget = SHORT_NAME_MAX - (len(number) + 1 if number else 0)
    chosen = []
    for word in kept:
        if len(" ".join(chosen + [word])) > budget:
            break
        chosen.append(word)
    text = " ".join(chosen) or kept[0][:budget]
    return f"{text} {number}" if number else text
