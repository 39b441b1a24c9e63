"""Consultations: community conversations, focus groups, interviews. Editable records (last change
wins in sync); only their author or the office edits or cancels one."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.privacy.free_text import check_fields
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.validate import clean_name, clean_optional, parse_count, parse_date, parse_uuid

KINDS = ("conversation", "focus-group", "interview", "other")
KIND_LABELS = {"conversation": "Community conversation", "focus-group": "Focus group", "interview": "Interview",
               "other": "Other"}


@dataclass(frozen=True)
class Consultation:
    id: str
    title: str
    kind: str
    date: str
    place: str | None
    municipality: str | None
    organisation: str | None  # host or partner organisation's name
    facilitator_initials: str | None
    lens: str | None
    attendees: int | None
    guide_id: str | None
    notes: str | None
    cancelled: bool
    municipality_id: str | None = None
    organisation_id: str | None = None
    created_device_id: str | None = None

    def as_dict(self) -> dict:
        data = asdict(self)
        for key in ("municipality_id", "organisation_id", "created_device_id"):
            data.pop(key)
        return data


def clean_kind(value: str | None) -> str:
    text = (value or "conversation").strip().lower().replace("_", "-").replace(" ", "-")
    text = {"community-conversation": "conversation", "focus": "focus-group", "focusgroup": "focus-group"}.get(text, text)
    if text not in KINDS:
        raise InvalidInput("kind '{value}' is not one of conversation, focus-group, interview, other", value=value)
    return text


_FIELDS = ("title", "kind", "date", "place", "municipality", "organisation", "facilitator_initials", "lens",
           "attendees", "guide_id", "notes")


def _columns(conn, values: dict) -> dict:
    """Check every field first, then resolve names (a bad date never creates a municipality)."""
    from outreach_app.core.records.catalogue import municipality_for
    from .organisations import require_organisation

    cols = {"title": clean_name(values.get("title"), "consultation title"),
            "kind": clean_kind(values.get("kind")),
            "date": parse_date(values.get("date"), "consultation date"),
            "place": clean_optional(values.get("place"), bounds.MAX_NAME_LENGTH, what="place"),
            "facilitator_initials": clean_optional(values.get("facilitator_initials"), bounds.MAX_INITIALS_LENGTH,
                                                   what="facilitator initials"),
            "lens": clean_optional(values.get("lens"), bounds.MAX_NAME_LENGTH, what="lens or audience"),
            "attendees": None if values.get("attendees") in (None, "") else parse_count(values["attendees"], "attendees"),
            "notes": clean_optional(values.get("notes"), what="notes", multi_line=True)}
    guide = values.get("guide_id")
    if guide:
        from .guides import get_guide

        cols["guide_id"] = get_guide(conn, guide).id
    else:
        cols["guide_id"] = None
    organisation = (values.get("organisation") or "").strip()
    cols["organisation_id"] = require_organisation(conn, organisation) if organisation else None
    municipality = (values.get("municipality") or "").strip()
    cols["municipality_id"] = municipality_for(conn, municipality) if municipality else None
    return cols


# the consultation's free text that could name a resident (core/privacy/free_text.py), by field
PERSONAL_CHECKED = {"title": "consultation title", "place": "place", "notes": "notes"}


@writes(Change.CONSULTATIONS | Change.CATALOGUE)
def add_consultation(conn: sqlite3.Connection, title: str, date: str, municipality: str | None = None, *,
                     kind: str = "conversation", place: str | None = None, organisation: str | None = None,
                     facilitator_initials: str | None = None, lens: str | None = None, attendees=None,
                     guide_id: str | None = None, notes: str | None = None, allow_personal: bool = False) -> str:
    """Record a consultation; returns its id. Everything is checked before anything is written; a title,
    place or notes that look personal are refused (PersonalDataFound) unless allow_personal."""
    values = dict(locals())
    values.pop("conn")
    values.pop("allow_personal")
    check_fields(values, PERSONAL_CHECKED, allow_personal)
    with transaction(conn):
        cols = _columns(conn, values)
        hlc, rev = next_hlc(conn)
        me = device_id(conn)
        row = {"id": new_id(), **cols, "cancelled": 0, "created_device_id": me, "hlc": hlc, "updated_at": utc_now(),
               "device_id": me, "rev": rev}
        conn.execute(f"INSERT INTO consultations ({', '.join(row)}) VALUES ({', '.join(':' + c for c in row)})", row)
    return row["id"]


def _require_own(conn, consultation: Consultation) -> None:
    from outreach_app.core.sync.roles import may_correct

    if not may_correct(conn, consultation.created_device_id):
        raise InvalidInput("consultation '{title}' was made on another device; only the office changes it",
                           title=consultation.title)


def _update(conn, ident: str, cols: dict) -> None:
    hlc, rev = next_hlc(conn)
    assignments = ", ".join(f"{column} = :{column}" for column in cols)
    conn.execute(f"UPDATE consultations SET {assignments}, hlc = :hlc, updated_at = :updated_at, device_id = :me,"
                 " rev = :rev WHERE id = :id",
                 {**cols, "hlc": hlc, "updated_at": utc_now(), "me": device_id(conn), "rev": rev, "id": ident})


@writes(Change.CONSULTATIONS | Change.CATALOGUE)
def edit_consultation(conn: sqlite3.Connection, consultation_id: str, *, allow_personal: bool = False,
                      **values) -> Consultation:
    """Change any of the fields (title, kind, date, place, municipality, organisation, facilitator_initials,
    lens, attendees, guide_id, notes); the others keep their values. Returns it as it is now. A changed
    title, place or notes that look personal are refused unless allow_personal (unchanged ones were decided)."""
    current = get_consultation(conn, consultation_id)
    _require_own(conn, current)
    unknown = set(values) - set(_FIELDS)
    if unknown:
        raise InvalidInput("unknown consultation field '{value}'", value=sorted(unknown)[0])
    check_fields({k: v for k, v in values.items() if v != getattr(current, k, None)}, PERSONAL_CHECKED, allow_personal)
    merged = {key: values.get(key, getattr(current, key)) for key in _FIELDS}
    with transaction(conn):
        _update(conn, current.id, _columns(conn, merged))
    return get_consultation(conn, current.id)


@writes(Change.CONSULTATIONS)
def set_cancelled(conn: sqlite3.Connection, consultation_id: str, cancelled: bool = True) -> None:
    """Cancel (or restore) a consultation: a cancelled one counts nowhere."""
    current = get_consultation(conn, consultation_id)
    _require_own(conn, current)
    with transaction(conn):
        _update(conn, current.id, {"cancelled": int(bool(cancelled))})


_SELECT = """SELECT c.id, c.title, c.kind, c.date, c.place,
    (SELECT m2.name FROM municipalities m2 WHERE m2.id = (SELECT min(m3.id) FROM municipalities m3
        WHERE m3.name_key = m.name_key)),
    (SELECT o.name FROM organisations o WHERE o.id = c.organisation_id),
    c.facilitator_initials, c.lens, c.attendees, c.guide_id, c.notes, c.cancelled, c.municipality_id,
    c.organisation_id, c.created_device_id
    FROM consultations c LEFT JOIN municipalities m ON m.id = c.municipality_id"""


def _make(row) -> Consultation:
    return Consultation(*row[:12], bool(row[12]), *row[13:])


def get_consultation(conn: sqlite3.Connection, consultation_id: str) -> Consultation:
    """One consultation, or a refusal naming the id."""
    try:
        ident = parse_uuid(consultation_id, "consultation id")
    except InvalidInput:
        raise NotFound("no consultation with id '{value}' (see 'consultation list')", value=consultation_id) from None
    row = conn.execute(_SELECT + " WHERE c.id = ?", (ident,)).fetchone()
    if row is None:
        raise NotFound("no consultation with id '{value}' (see 'consultation list')", value=consultation_id)
    return _make(row)


def list_consultations(conn: sqlite3.Connection, include_cancelled: bool = True) -> list[Consultation]:
    """Consultations, newest date first (then title and id, so every database lists them alike)."""
    sql = _SELECT + ("" if include_cancelled else " WHERE c.cancelled = 0")
    return [_make(row) for row in conn.execute(sql + " ORDER BY c.date DESC, c.title COLLATE NOCASE, c.id")]


def questions_of(conn: sqlite3.Connection, consultation: Consultation) -> list:
    """The consultation's questions: its guide's, plus a bare "Question N" for any number that responses
    use beyond them (a consultation without a guide numbers its questions by the responses)."""
    from .guides import Question, get_guide

    questions = list(get_guide(conn, consultation.guide_id).questions) if consultation.guide_id else []
    known = {q.number for q in questions}
    for (number,) in conn.execute("SELECT DISTINCT question_number FROM responses WHERE consultation_id = ?"
                                  " AND voided = 0 ORDER BY 1", (consultation.id,)):
        if number not in known:
            questions.append(Question(number, f"Question {number}"))
    return sorted(questions, key=lambda q: q.number)
