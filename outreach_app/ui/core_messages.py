"""The window's wording of the core's most common input messages (the core, which has no Qt, words
them in English for the CLI). Unknown messages are shown as the core wrote them."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

# The names of values the core puts at the start of its messages ("event name must not be empty").
WHAT = {
    "date": QT_TRANSLATE_NOOP("CoreMessages", "date"),
    "time": QT_TRANSLATE_NOOP("CoreMessages", "time"),
    "event name": QT_TRANSLATE_NOOP("CoreMessages", "event name"),
    "event date": QT_TRANSLATE_NOOP("CoreMessages", "event date"),
    "start time": QT_TRANSLATE_NOOP("CoreMessages", "start time"),
    "end time": QT_TRANSLATE_NOOP("CoreMessages", "end time"),
    "from date": QT_TRANSLATE_NOOP("CoreMessages", "from date"),
    "to date": QT_TRANSLATE_NOOP("CoreMessages", "to date"),
    "municipality": QT_TRANSLATE_NOOP("CoreMessages", "municipality"),
    "site": QT_TRANSLATE_NOOP("CoreMessages", "site"),
    "place": QT_TRANSLATE_NOOP("CoreMessages", "place"),
    "plan name": QT_TRANSLATE_NOOP("CoreMessages", "plan name"),
    "device name": QT_TRANSLATE_NOOP("CoreMessages", "laptop name"),
    "laptop name": QT_TRANSLATE_NOOP("CoreMessages", "laptop name"),
    "attendees": QT_TRANSLATE_NOOP("CoreMessages", "attendees"),
    "plan count": QT_TRANSLATE_NOOP("CoreMessages", "plan count"),
    "quantity": QT_TRANSLATE_NOOP("CoreMessages", "quantity"),
    "count": QT_TRANSLATE_NOOP("CoreMessages", "count"),
}
_WHAT = "|".join(sorted((re.escape(w) for w in WHAT), key=len, reverse=True))

# (pattern over the core's English, the window's wording: %1 = what, %2, %3 = the values)
PATTERNS = [
    (rf"^({_WHAT}) '(.*)' is not a date in the form YYYY-MM-DD$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a date in the form YYYY-MM-DD")),
    (rf"^({_WHAT}) '(.*)' is not a real calendar date$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a real calendar date")),
    (rf"^({_WHAT}) '(.*)' is not a time in the form HH:MM$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a time in the form HH:MM")),
    (rf"^({_WHAT}) '(.*)' is not a real time of day$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a real time of day")),
    (rf"^({_WHAT}) '(.*)' is not a whole number$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is not a whole number")),
    (rf"^({_WHAT}) '(.*)' must be at least (\S+)$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' must be at least %3")),
    (rf"^({_WHAT}) must not be empty$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 must not be empty")),
    (rf"^({_WHAT}) '(.*…)' is (\d+) characters too long$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 '%2' is %3 characters too long")),
    (r"^(end time) (\S+) is before start time (\S+)$",
     QT_TRANSLATE_NOOP("CoreMessages", "%1 %2 is before start time %3")),
    (r"^(a plan) named '(.*)' already exists$",
     QT_TRANSLATE_NOOP("CoreMessages", "a plan named '%2' already exists")),
]


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_what(what: str) -> str:
    """The window's name for a value the core names in its messages ("event name")."""
    return translate(WHAT.get(what, what))


def localized(message: str) -> str:
    """message in the window's language when it is one of PATTERNS, else unchanged."""
    for pattern, wording in PATTERNS:
        found = re.match(pattern, message)
        if found:
            values = found.groups()
            text = translate(wording).replace("%1", translate(WHAT.get(values[0], values[0])))
            for number, value in enumerate(values[1:], start=2):
                text = text.replace(f"%{number}", value)
            return text
    return message
