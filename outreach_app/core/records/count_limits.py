"""How large a count may be: the one place the window and the command line take their limits from.

- HARD_LIMIT: no single count is ever larger (the command line takes anything up to it without asking);
  above it a count is refused with a message naming the value.
- EVENT_CEILING: more than this many attendees, plans of one plan, or answers of one kind at one event
  is possible but unusual; the window asks for an explicit confirmation naming the number.
"""

from __future__ import annotations

import re
from collections import namedtuple

from outreach_app.core import bounds
from outreach_app.core.errors import InvalidInput

HARD_LIMIT = bounds.MAX_COUNT  # the one bound the command line, the window and import share
EVENT_CEILING = 2_000

# digits, optionally grouped by spaces (the French grouping is a (narrow) no-break space)
_TYPED = re.compile(r"\d+(?:[ \u00a0\u202f]\d+)*")


# One count of a paper sheet: kind 'attendee', 'plan' (plan_id) or 'confidence' (answer). A named tuple,
# not a dataclass: validate.py imports this module, and every command's start-up would pay for
# `dataclasses` (~30 ms with the `inspect` it imports).
PaperCount = namedtuple("PaperCount", "kind quantity plan_id answer", defaults=(None, None))


def parse_typed_count(text: str | None, what: str) -> int:
    """A count as a person typed it into a field: empty is 0, digits may be grouped by spaces.
    Refuses (InvalidInput naming the value) anything else and anything above HARD_LIMIT."""
    stripped = (text or "").strip()
    if not stripped:
        return 0
    if not _TYPED.fullmatch(stripped):
        raise InvalidInput("{what} '{value}' is not a whole number", what=what, value=stripped)
    number = int(re.sub(r"\D", "", stripped))
    if number > HARD_LIMIT:
        raise InvalidInput("{what} '{value}' is larger than {maximum:,}", what=what, value=stripped,
                           maximum=HARD_LIMIT)
    return number


def above_event_ceiling(counts: list[PaperCount]) -> list[PaperCount]:
    """The counts that need an explicit confirmation: more than EVENT_CEILING for one event."""
    return [count for count in counts if count.quantity > EVENT_CEILING]
