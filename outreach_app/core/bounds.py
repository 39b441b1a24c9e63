"""One table of bounds for every value Outreach stores: typed by people (CLI and window, through
validate.py) or arriving in a bundle (sync import, through `column_violations`). What one side accepts
the other accepts too, so whatever an import takes in can be exported again.

Also the safety rules for text: single-line fields hold no control or bidirectional-override
characters; multi-line fields (notes) may hold plain line breaks (\\n) and nothing else of that kind.
`escape_controls` shows such characters visibly when printing text that came from elsewhere.
"""

from __future__ import annotations

import re
import time

# --- numbers ---------------------------------------------------------------------------------------
MAX_COUNT = 1_000_000  # people or plans in one tally entry
MAX_BASELINE_PLANS = 10_000_000  # plans handed out before Outreach, in one baseline
MAX_FLYER_DROP = 100_000  # flyers left in one place at once
MAX_TRAINING_PEOPLE = 10_000  # a training's capacity; people of one organisation registered or attending
MAX_HLC = 1 << 62  # hybrid clock values: milliseconds since 1970, plus a counter; far below SQLite's 2^63
HLC_MAX_AHEAD_MS = 24 * 3600 * 1000  # an imported clock value more than one day ahead of ours is refused
MAX_SEQUENCE = 10 ** 9  # bundle numbers
MAX_SEQUENCE_JUMP = 100_000  # a device's next bundle number at most this far above the highest seen
DEFAULT_MAX_EXPANDED_MB = 512  # a bundle's total uncompressed size, unless the office raises it
MAX_EXPANDED_MB = 64 * 1024  # the most the office can raise it to (import --max-expanded-mb)

# --- text ------------------------------------------------------------------------------------------
MAX_NAME_LENGTH = 200  # event names, places
MAX_DEVICE_NAME_LENGTH = 80
MAX_MUNICIPALITY_LENGTH = 100
MAX_SITE_LENGTH = 150
MAX_PLAN_NAME_LENGTH = 80
MAX_SHORT_NAME_LENGTH = 24  # a plan's short name, on an event-screen button
MAX_TEXT_LENGTH = 2000  # notes, partners, reasons
MAX_INITIALS_LENGTH = 40
MAX_TAG_LENGTH = 40  # flyer source tags
MAX_SECTOR_LENGTH = 60
MAX_EMAIL_LENGTH = 254
MAX_PHONE_LENGTH = 40
MAX_QUESTIONS = 200  # questions in one guide; also the highest question number
MAX_GUIDE_VERSION = 1_000_000
MAX_TIMESTAMP_LENGTH = 40
MAX_CHANNEL_LENGTH = 60  # a survey post's channel (facebook, newsletter…)
MAX_ANSWERS_LENGTH = 2000  # a survey response's chosen closed answers, as JSON
RESPONSE_KEY_LENGTH = 32  # hex digits of a survey response's hashed id
MAX_STEP_LENGTH = 300  # a project step ("Launched survey on social media, active until October 31")
STEP_ACTIVITIES = ("events", "flyers", "survey", "consultations", "trainings", "safety_plans")  # a step's optional link
MAX_SECTION_TITLE_LENGTH = 120  # a safety plan's section (a situation)
MAX_STEP_LENGTH = 600  # one step of a section
MAX_PLAN_CONTENT_LENGTH = 2_000_000  # a published version's frozen content (JSON)
MAX_PLAN_VERSION = 100_000
MAX_SITE_KEY_LENGTH = 4 * (MAX_MUNICIPALITY_LENGTH + MAX_SITE_LENGTH) + 1  # "<municipality key>/<site key>"

# C0 and C1 controls, DEL, bidirectional marks / embeddings / overrides / isolates, line and paragraph
# separators: they can hide or reorder what a report, a terminal or a CSV shows.
_OTHER_UNSAFE = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_PATTERNS = {"single": f"[\x00-\x1f{_OTHER_UNSAFE}]",
             "multi": f"[\x00-\x09\x0b-\x1f{_OTHER_UNSAFE}]",  # a plain \n is allowed
             "uuid": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"}
_COMPILED: dict = {}


def pattern(name: str) -> re.Pattern:
    """A regex of _PATTERNS, compiled on first use (every command imports this module; most never
    check text, and compiling them all would cost a millisecond of each start-up)."""
    found = _COMPILED.get(name)
    if found is None:
        found = _COMPILED[name] = re.compile(_PATTERNS[name])
    return found


def unsafe_pattern(multi_line: bool = False) -> re.Pattern:
    """Control and text-direction characters (a plain line break allowed when multi_line)."""
    return pattern("multi" if multi_line else "single")


def unsafe_character(text: str, multi_line: bool = False) -> str | None:
    """The first control or bidirectional-override character in text (None when there is none)."""
    found = unsafe_pattern(multi_line).search(text)
    return found.group() if found else None


def escape_controls(text) -> str:
    """text with every control / bidi-override character shown as an escape (\\n, \\x1b, \\u202e):
    for printing values that came from a bundle or an older database (defence in depth)."""
    text = "" if text is None else str(text)
    unsafe = unsafe_pattern()
    if not unsafe.search(text):
        return text
    return unsafe.sub(_escape_one, text)


def _escape_one(match: re.Match) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def hlc_ceiling(now_ms: int | None = None) -> int:
    """The largest clock value an import accepts now: our wall clock plus one day (and below MAX_HLC)."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    return min(wall + HLC_MAX_AHEAD_MS, MAX_HLC - 1)


# --- columns of synced tables ----------------------------------------------------------------------

class Rule:
    """How one stored column is bounded. kind: uuid, text, name_key, date, time, timestamp, int, hlc, enum.
    (A plain class: dataclasses would slow every command's start-up, which imports validate.py.)"""

    __slots__ = ("kind", "nullable", "low", "high", "multi_line", "choices")

    def __init__(self, kind: str, nullable: bool = False, low: int = 0, high: int = 0, multi_line: bool = False,
                 choices: tuple = ()):
        self.kind, self.nullable, self.low, self.high = kind, nullable, low, high  # high: largest value / length
        self.multi_line, self.choices = multi_line, choices


def _text(limit: int, nullable: bool = False, multi_line: bool = False) -> Rule:
    return Rule("text", nullable, high=limit, multi_line=multi_line)


_UUID, _UUID_OR_NULL = Rule("uuid"), Rule("uuid", nullable=True)
_STAMP = Rule("timestamp", high=MAX_TIMESTAMP_LENGTH)
_EDITABLE = {"hlc": Rule("hlc"), "updated_at": _STAMP, "device_id": _UUID}
_FACT = {"created_at": _STAMP, "device_id": _UUID, "hlc": Rule("hlc")}

COLUMN_RULES: dict[str, dict[str, Rule]] = {
    "devices": {"id": _UUID, "name": _text(MAX_DEVICE_NAME_LENGTH), **_EDITABLE},
    "municipalities": {"id": _UUID, "name": _text(MAX_MUNICIPALITY_LENGTH), "name_key": Rule("name_key"),
                       "active": Rule("int", high=1), **_EDITABLE},
    "sites": {"id": _UUID, "name": _text(MAX_SITE_LENGTH), "name_key": Rule("site_key", high=MAX_SITE_KEY_LENGTH),
              "municipality_id": _UUID_OR_NULL, "address": _text(MAX_TEXT_LENGTH, True), **_EDITABLE},
    "plans": {"id": _UUID, "name": _text(MAX_PLAN_NAME_LENGTH), "name_key": Rule("name_key"),
              "area": _text(MAX_TEXT_LENGTH, True), "language": _text(MAX_TEXT_LENGTH, True),
              "active": Rule("int", high=1), "short_name": _text(MAX_SHORT_NAME_LENGTH, True), **_EDITABLE},
    "events": {"id": _UUID, "name": _text(MAX_NAME_LENGTH), "date": Rule("date"),
               "start_time": Rule("time", nullable=True), "end_time": Rule("time", nullable=True),
               "site_id": _UUID_OR_NULL, "municipality_id": _UUID_OR_NULL,
               "partners": _text(MAX_TEXT_LENGTH, True), "staff_initials": _text(MAX_INITIALS_LENGTH, True),
               "notes": _text(MAX_TEXT_LENGTH, True, multi_line=True), "cancelled": Rule("int", high=1),
               "created_device_id": _UUID, **_EDITABLE},
    "surveys": {"id": _UUID, "name": _text(MAX_NAME_LENGTH), "url": _text(MAX_TEXT_LENGTH),
                "closes": Rule("date", nullable=True), "municipality_id": _UUID_OR_NULL, **_EDITABLE},
    "tally_entries": {"id": _UUID, "event_id": _UUID, "kind": Rule("enum", choices=("attendee", "plan", "confidence")),
                      "plan_id": _UUID_OR_NULL, "answer": Rule("enum", True, choices=("yes", "no", "unsure")),
                      "quantity": Rule("int", high=MAX_COUNT), "source": Rule("enum", choices=("tap", "paper")),
                      "batch_id": _UUID_OR_NULL, "plan_version": Rule("int", True, low=1, high=MAX_PLAN_VERSION),
                      **_FACT},
    "voids": {"id": _UUID, "target_id": _UUID, "reason": _text(MAX_TEXT_LENGTH, True, multi_line=True), **_FACT},
    "baselines": {"id": _UUID, "date": Rule("date"), "plans": Rule("int", high=MAX_BASELINE_PLANS),
                  "municipality_id": _UUID_OR_NULL, "note": _text(MAX_TEXT_LENGTH, True, multi_line=True),
                  **_FACT},
    "flyer_drops": {"id": _UUID, "source_tag": _text(MAX_TAG_LENGTH), "place": _text(MAX_NAME_LENGTH),
                    "count": Rule("int", low=1, high=MAX_FLYER_DROP), "date": Rule("date"),
                    "municipality_id": _UUID_OR_NULL, "note": _text(MAX_TEXT_LENGTH, True, multi_line=True),
                    **_FACT},
    "organisations": {"id": _UUID, "name": _text(MAX_NAME_LENGTH), "name_key": Rule("name_key"),
                      "sector": _text(MAX_SECTOR_LENGTH), "municipality_id": _UUID_OR_NULL,
                      "contact_role": _text(MAX_NAME_LENGTH, True), "contact_name": _text(MAX_NAME_LENGTH, True),
                      "contact_email": _text(MAX_EMAIL_LENGTH, True), "contact_phone": _text(MAX_PHONE_LENGTH, True),
                      **_EDITABLE},
    "survey_posts": {"id": _UUID, "source_tag": _text(MAX_TAG_LENGTH), "channel": _text(MAX_CHANNEL_LENGTH),
                     "date": Rule("date"), "survey_id": _UUID_OR_NULL,
                     "note": _text(MAX_TEXT_LENGTH, True, multi_line=True), **_FACT},
    "survey_responses": {"id": _UUID, "survey_id": _UUID, "response_key": Rule("hex_key", high=RESPONSE_KEY_LENGTH),
                         "submitted": Rule("timestamp", nullable=True, high=MAX_TIMESTAMP_LENGTH),
                         "complete": Rule("int", nullable=True, high=1),
                         "source_tag": _text(MAX_TAG_LENGTH, True), "answers": _text(MAX_ANSWERS_LENGTH, True),
                         **_FACT},
    "purges": {"id": _UUID, "target_table": _text(MAX_TAG_LENGTH), "target_id": _UUID, **_FACT},
    "project": {"id": _UUID, "name": _text(MAX_NAME_LENGTH, True), "purpose": _text(MAX_TEXT_LENGTH, True, True),
                "activities": _text(MAX_TEXT_LENGTH, True, True), "action_items": _text(MAX_TEXT_LENGTH, True, True),
                "created_device_id": _UUID, **_EDITABLE},
    "project_steps": {"id": _UUID, "text": _text(MAX_STEP_LENGTH), "done_on": Rule("date", nullable=True),
                      "activity": Rule("enum", True, choices=STEP_ACTIVITIES), "removed": Rule("int", high=1),
                      "created_at": _STAMP, "created_device_id": _UUID, **_EDITABLE},
    "trainings": {"id": _UUID, "topic": _text(MAX_NAME_LENGTH), "date": Rule("date"),
                  "start_time": Rule("time", nullable=True), "place": _text(MAX_NAME_LENGTH, True),
                  "municipality_id": _UUID_OR_NULL, "partner": _text(MAX_NAME_LENGTH, True),
                  "facilitator_initials": _text(MAX_INITIALS_LENGTH, True),
                  "capacity": Rule("int", nullable=True, low=1, high=MAX_TRAINING_PEOPLE),
                  "notes": _text(MAX_TEXT_LENGTH, True, multi_line=True), "cancelled": Rule("int", high=1),
                  "created_device_id": _UUID, **_EDITABLE},
    "training_attendance": {"id": _UUID, "training_id": _UUID, "organisation_id": _UUID,
                            "registered": Rule("int", high=MAX_TRAINING_PEOPLE),
                            "attended": Rule("int", high=MAX_TRAINING_PEOPLE), **_FACT},
    "training_ratings": {"id": _UUID, "training_id": _UUID, "participant_id": _UUID,
                         "statement": Rule("int", low=1, high=100), "before": Rule("int", nullable=True, low=1, high=5),
                         "after": Rule("int", nullable=True, low=1, high=5), **_FACT},
    "safety_plans": {"id": _UUID, "area": _text(MAX_PLAN_NAME_LENGTH), "municipality_id": _UUID_OR_NULL,
                     "postal_areas": _text(MAX_TEXT_LENGTH, True), "language": Rule("enum", choices=("en", "fr")),
                     "original_id": _UUID_OR_NULL, "url": _text(MAX_TEXT_LENGTH, True),
                     "partners": _text(MAX_TEXT_LENGTH, True), **_EDITABLE},
    "plan_sections": {"id": _UUID, "plan_id": _UUID, "position": Rule("int", high=MAX_PLAN_VERSION),
                      "title": _text(MAX_SECTION_TITLE_LENGTH), "starter_key": _text(MAX_TAG_LENGTH, True),
                      "theme_ids": _text(MAX_TEXT_LENGTH, True), "removed": Rule("int", high=1), **_EDITABLE},
    "plan_steps": {"id": _UUID, "section_id": _UUID, "position": Rule("int", high=MAX_PLAN_VERSION),
                   "text": _text(MAX_STEP_LENGTH), "contact_ids": _text(MAX_TEXT_LENGTH, True),
                   "starter_key": _text(MAX_TAG_LENGTH, True), "removed": Rule("int", high=1), **_EDITABLE},
    "directory_contacts": {"id": _UUID, "organisation_id": _UUID, "service": _text(MAX_NAME_LENGTH, True),
                           "phone": _text(MAX_PHONE_LENGTH, True), "hours": _text(MAX_NAME_LENGTH, True),
                           "address": _text(MAX_NAME_LENGTH, True), "web": _text(MAX_TEXT_LENGTH, True),
                           "emergency": Rule("int", high=1), "areas": _text(MAX_TEXT_LENGTH, True), **_EDITABLE},
    "plan_versions": {"id": _UUID, "plan_id": _UUID, "version": Rule("int", low=1, high=MAX_PLAN_VERSION),
                      "published": Rule("date"), "published_by": _text(MAX_DEVICE_NAME_LENGTH),
                      "content": _text(MAX_PLAN_CONTENT_LENGTH), **_FACT},
    "guides": {"id": _UUID, "family_id": _UUID, "version": Rule("int", low=1, high=MAX_GUIDE_VERSION),
               "name": _text(MAX_NAME_LENGTH), **_FACT},
    "guide_questions": {"id": _UUID, "guide_id": _UUID, "number": Rule("int", low=1, high=MAX_QUESTIONS),
                        "text_en": _text(MAX_TEXT_LENGTH), "text_fr": _text(MAX_TEXT_LENGTH, True), **_FACT},
    "consultations": {"id": _UUID, "title": _text(MAX_NAME_LENGTH),
                      "kind": Rule("enum", choices=("conversation", "focus-group", "interview", "other")),
                      "date": Rule("date"), "place": _text(MAX_NAME_LENGTH, True), "municipality_id": _UUID_OR_NULL,
                      "organisation_id": _UUID_OR_NULL, "facilitator_initials": _text(MAX_INITIALS_LENGTH, True),
                      "lens": _text(MAX_NAME_LENGTH, True), "attendees": Rule("int", True, high=MAX_COUNT),
                      "guide_id": _UUID_OR_NULL, "notes": _text(MAX_TEXT_LENGTH, True, multi_line=True),
                      "cancelled": Rule("int", high=1), "created_device_id": _UUID, **_EDITABLE},
    "invitations": {"id": _UUID, "consultation_id": _UUID, "organisation_id": _UUID,
                    "status": Rule("enum", choices=("invited", "confirmed", "declined", "attended", "no-answer")),
                    "date": Rule("date"), **_FACT},
    "responses": {"id": _UUID, "consultation_id": _UUID, "question_number": Rule("int", low=1, high=MAX_QUESTIONS),
                  "text": _text(MAX_TEXT_LENGTH, multi_line=True), "table_label": _text(MAX_INITIALS_LENGTH, True),
                  **_FACT},
    "response_edits": {"id": _UUID, "response_id": _UUID, "text": _text(MAX_TEXT_LENGTH, multi_line=True),
                       "table_label": _text(MAX_INITIALS_LENGTH, True), **_FACT},
    "themes": {"id": _UUID, "consultation_id": _UUID, "name": _text(MAX_NAME_LENGTH), "name_key": Rule("name_key"),
               "parent_id": _UUID_OR_NULL, **_EDITABLE},
    "theme_merges": {"id": _UUID, "consultation_id": _UUID, "from_theme_id": _UUID, "into_theme_id": _UUID, **_FACT},
    "theme_tags": {"id": _UUID, "response_id": _UUID, "theme_id": _UUID, **_FACT},
    "quote_stars": {"id": _UUID, "response_id": _UUID, **_FACT},
}

_HEX = "[0-9a-f]"
UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
TIME_GLOB = "[0-2][0-9]:[0-5][0-9]"
STAMP_GLOB = DATE_GLOB + "T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*"


def _bad_sql(column: str, rule: Rule, hlc_limit: int) -> str:
    """An SQL expression true when column breaks rule (a STRICT … ANY staging column keeps the type
    the bundle gave: "5" stays text and 5.0 stays real, and both are refused where integers belong)."""
    c = column
    if rule.kind == "uuid":
        bad = f"typeof({c}) != 'text' OR NOT {c} GLOB '{UUID_GLOB}'"
    elif rule.kind == "text":
        check = "outreach_unsafe_multi_line" if rule.multi_line else "outreach_unsafe_single_line"
        bad = f"typeof({c}) != 'text' OR length({c}) > {rule.high} OR {check}({c})"
    elif rule.kind == "name_key":
        bad = f"typeof({c}) != 'text' OR {c} IS NOT name_key(name)"
    elif rule.kind == "site_key":  # "<its municipality's key>/<name_key(name)>" (records.site_for)
        bad = (f"typeof({c}) != 'text' OR length({c}) > {rule.high} OR outreach_unsafe_single_line({c})"
               f" OR {c} IS NOT (substr({c}, 1, length({c}) - length(name_key(name)) - 1) || '/' || name_key(name))")
    elif rule.kind == "date":
        # the shape, and a round trip through date(…, '+0 days'), which turns 2025-06-31 into 2025-07-01
        bad = (f"typeof({c}) != 'text' OR NOT {c} GLOB '{DATE_GLOB}' OR date({c}, '+0 days') IS NOT {c}"
               f" OR {c} < '0001-01-01'")  # year 0 is no date to Python (reports, PDF) nor the command line
    elif rule.kind == "time":
        bad = f"typeof({c}) != 'text' OR NOT {c} GLOB '{TIME_GLOB}' OR time({c}) IS NOT ({c} || ':00')"
    elif rule.kind == "timestamp":
        bad = (f"typeof({c}) != 'text' OR length({c}) > {rule.high} OR NOT {c} GLOB '{STAMP_GLOB}'"
               f" OR datetime({c}) IS NULL OR {c} < '0001-01-01'")
    elif rule.kind == "int":
        bad = f"typeof({c}) != 'integer' OR {c} < {rule.low} OR {c} > {rule.high}"
    elif rule.kind == "hlc":
        bad = f"typeof({c}) != 'integer' OR {c} < 0 OR {c} > {hlc_limit}"
    elif rule.kind == "hex_key":
        bad = f"typeof({c}) != 'text' OR length({c}) != {rule.high} OR {c} GLOB '*[^0-9a-f]*'"
    elif rule.kind == "enum":
        bad = f"typeof({c}) != 'text' OR {c} NOT IN ({', '.join(repr(v) for v in rule.choices)})"
    else:  # pragma: no cover - a rule kind added without its check
        raise ValueError(rule.kind)
    return f"({c} IS NOT NULL AND ({bad}))" if rule.nullable else f"({c} IS NULL OR {bad})"


def _any_bad_uuid(*values) -> bool:
    """True when a value given is neither NULL nor a lower-case UUID (NULLs are checked in SQL)."""
    match = pattern("uuid").fullmatch
    return any(v is not None and (type(v) is not str or match(v) is None) for v in values)


def register_text_checks(conn) -> None:
    """The SQL functions `column_violations` uses (Python's regex: SQLite has no Unicode classes, and
    its GLOB over a UUID pattern costs more than one Python call checking every id of a row)."""
    single, multi = unsafe_pattern().search, unsafe_pattern(True).search
    conn.create_function("outreach_unsafe_single_line", 1, lambda v: v is not None and single(v) is not None,
                         deterministic=True)
    conn.create_function("outreach_unsafe_multi_line", 1, lambda v: v is not None and multi(v) is not None,
                         deterministic=True)
    conn.create_function("outreach_any_bad_uuid", -1, _any_bad_uuid, deterministic=True)


def column_violations(conn, table: str, columns, source: str, hlc_limit: int | None = None):
    """The first (column, value) in SQL table `source` (holding `columns` of synced `table`) that
    breaks COLUMN_RULES, or None. Every exported column has a rule. One pass over the rows: the ids of
    a row are checked by one call (`outreach_any_bad_uuid`), the rest in SQL; the column at fault is
    then found on that one row."""
    rules = COLUMN_RULES[table]
    limit = hlc_ceiling() if hlc_limit is None else hlc_limit
    register_text_checks(conn)
    checks = {c: _bad_sql(c, rules[c], limit) for c in columns}
    ids = [c for c in columns if rules[c].kind == "uuid"]
    tests = [bad for c, bad in checks.items() if c not in ids]
    tests += [f"{c} IS NULL" for c in ids if not rules[c].nullable]
    if ids:
        tests.append(f"outreach_any_bad_uuid({', '.join(ids)})")
    row = conn.execute(f"SELECT rowid FROM {source} WHERE coalesce({' OR '.join(tests)}, 1) LIMIT 1").fetchone()
    if row is None:
        return None
    for column, bad in checks.items():
        found = conn.execute(f"SELECT coalesce({bad}, 1), {column} FROM {source} WHERE rowid = ?", row).fetchone()
        if found[0]:
            return column, found[1]
    return columns[0], None  # pragma: no cover - the row failed as a whole, so one column fails
