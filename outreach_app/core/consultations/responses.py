"""Responses: one sticky note, or one table's summary, to one question of a consultation. Insert-only
facts: an edit is a later row (the latest by its author or the office is what the response says), a
void undoes it (tally.void, synced), a purge erases it for good (privacy/purge.py). No resident names are
asked for; a response's text goes through the one privacy check (privacy/free_text.check_free_text) before it
is saved: text that looks personal is refused unless the person says it is not about a resident
(allow_personal); masking is done before calling, with privacy.guard.mask_personal_data.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import clean_optional, parse_count, parse_uuid

from .records import Consultation, get_consultation


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ was a third of reading 1,000 rows
class Response:
    id: str
    consultation_id: str
    question: int
    text: str
    table: str | None
    starred: bool
    voided: bool
    created_at: str
    themes: tuple[str, ...] = ()  # canonical theme names, filled by themes.list_coded

    def as_dict(self) -> dict:
        data = asdict(self)
        data["themes"] = list(self.themes)
        return data


def clean_response_text(text: str | None, *, allow_personal: bool = False) -> str:
    """A response's text: trimmed, not empty, not too long, and through the privacy check (PersonalDataFound
    names what looks personal unless allow_personal)."""
    from outreach_app.core.privacy.free_text import check_free_text

    cleaned = clean_optional(text, bounds.MAX_TEXT_LENGTH, what="response", multi_line=True)
    if not cleaned:
        raise InvalidInput("a response must not be empty")
    return check_free_text(cleaned, "response", allow_personal)


def check_question(conn: sqlite3.Connection, consultation: Consultation, number) -> int:
    """The question number, refused when the consultation's guide has no such question."""
    number = parse_count(number, "question number", minimum=1, maximum=bounds.MAX_QUESTIONS)
    if consultation.guide_id:
        from .guides import get_guide

        get_guide(conn, consultation.guide_id).question(number)
    return number


def _label(table: str | None) -> str | None:
    text = clean_optional(table, bounds.MAX_INITIALS_LENGTH, what="table label")
    return " ".join(text.split()) if text else None


@writes(Change.CONSULTATIONS)
def add_responses(conn: sqlite3.Connection, consultation_id: str, question, texts: list[str],
                  table: str | None = None, *, allow_personal: bool = False) -> list[str]:
    """Several responses to one question at once (all or none). Returns their ids in order."""
    consultation = get_consultation(conn, consultation_id)
    number = check_question(conn, consultation, question)
    label = _label(table)
    cleaned = [clean_response_text(t, allow_personal=allow_personal) for t in texts]
    if not cleaned:
        raise InvalidInput("no responses given")
    with transaction(conn):
        return [insert_fact(conn, "responses", {"consultation_id": consultation.id, "question_number": number,
                                                "text": text, "table_label": label}) for text in cleaned]


@writes(Change.CONSULTATIONS)
def add_response(conn: sqlite3.Connection, consultation_id: str, question, text: str, table: str | None = None, *,
                 allow_personal: bool = False) -> str:
    """One response (committed, so durable, before returning). Returns its id."""
    return add_responses(conn, consultation_id, question, [text], table, allow_personal=allow_personal)[0]


def lines_of(text: str) -> list[str]:
    """Pasted or typed-up notes: one response per non-empty line (bullets and numbering kept as typed)."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def read_lines_file(path) -> list[str]:
    """The non-empty lines of a text file (UTF-8), or one line naming the file that is not text."""
    from pathlib import Path

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput("cannot read '{path}': {reason}", path=path, reason=exc.strerror or exc) from None
    if b"\x00" in data:
        raise InvalidInput("'{path}' is not a text file", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput("'{path}' is not UTF-8 text", path=path) from None
    lines = lines_of(text)
    if not lines:
        raise InvalidInput("'{path}' holds no responses (no non-empty line)", path=path)
    return lines


# The latest edit by the response's author or the office (docs/design.md "Sync trust"): what it says now.
_LATEST_EDIT = """(SELECT e2.id FROM response_edits e2 WHERE e2.response_id = r.id AND (e2.device_id = r.device_id
    OR e2.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device'))
    ORDER BY e2.hlc DESC, e2.device_id DESC, e2.id DESC LIMIT 1)"""
_SELECT = ("SELECT r.id, r.consultation_id, r.question_number, coalesce(e.text, r.text),"
           " CASE WHEN e.id IS NULL THEN r.table_label ELSE e.table_label END,"
           " EXISTS (SELECT 1 FROM quote_stars s WHERE s.response_id = r.id AND s.voided = 0), r.voided, r.created_at"
           f" FROM responses r LEFT JOIN response_edits e ON e.id = {_LATEST_EDIT}")


def _make(row) -> Response:
    return Response(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]), row[7])


def get_response(conn: sqlite3.Connection, response_id: str) -> Response:
    try:
        ident = parse_uuid(response_id, "response id")
    except InvalidInput:
        raise NotFound("no response with id '{value}'", value=response_id) from None
    row = conn.execute(_SELECT + " WHERE r.id = ?", (ident,)).fetchone()
    if row is None:
        raise NotFound("no response with id '{value}'", value=response_id)
    return _make(row)


def list_responses(conn: sqlite3.Connection, consultation_id: str, *, question: int | None = None,
                   include_voided: bool = False, themes: dict[str, tuple[str, ...]] | None = None) -> list[Response]:
    """A consultation's responses in the order they were typed (optionally one question's); themes:
    response id -> theme names to attach. Three plain reads (responses, their latest allowed edits, stars)
    joined here: one correlated query per row made the coding table of 1,000 responses too slow to tag in."""
    sql, params = ("SELECT r.id, r.consultation_id, r.question_number, r.text, r.table_label, r.voided, r.created_at,"
                   " r.device_id FROM responses r WHERE r.consultation_id = ?", [consultation_id])
    if not include_voided:
        sql += " AND r.voided = 0"
    if question is not None:
        sql += " AND r.question_number = ?"
        params.append(question)
    rows = conn.execute(sql + " ORDER BY r.hlc, r.device_id, r.id", params).fetchall()
    office = conn.execute("SELECT value FROM settings WHERE key = 'sync_office_device'").fetchone()
    office = office[0] if office else None
    edits: dict[str, tuple[str, str | None]] = {}
    for response, text, label, editor, author in conn.execute(
            "SELECT e.response_id, e.text, e.table_label, e.device_id, r.device_id FROM response_edits e"
            " JOIN responses r ON r.id = e.response_id WHERE r.consultation_id = ?"
            " ORDER BY e.hlc, e.device_id, e.id", (consultation_id,)):
        if editor == author or (office is not None and editor == office):
            edits[response] = (text, label)  # the latest allowed edit is kept
    starred = {r for (r,) in conn.execute("SELECT s.response_id FROM quote_stars s JOIN responses r ON r.id ="
                                          " s.response_id WHERE r.consultation_id = ? AND s.voided = 0",
                                          (consultation_id,))}
    themes = themes or {}
    found = []
    for ident, consultation, number, text, label, voided, created, _ in rows:
        if ident in edits:
            text, label = edits[ident]
        found.append(Response(ident, consultation, number, text, label, ident in starred, bool(voided), created,
                              themes.get(ident, ())))
    return found


def _require_author(conn, response: Response, what: str) -> None:
    from outreach_app.core.sync.roles import may_correct

    author = conn.execute("SELECT device_id FROM responses WHERE id = ?", (response.id,)).fetchone()[0]
    if not may_correct(conn, author):
        raise InvalidInput("response {id} was typed on another device; only the office changes it", id=response.id)


@writes(Change.CONSULTATIONS)
def edit_response(conn: sqlite3.Connection, response_id: str, text: str, table: str | None = None, *,
                  allow_personal: bool = False) -> Response:
    """Correct a response's text (and table label); the earlier text stays in the history."""
    response = get_response(conn, response_id)
    if response.voided:
        raise InvalidInput("response {id} is voided; it cannot be edited", id=response.id)
    _require_author(conn, response, "edits")
    cleaned = clean_response_text(text, allow_personal=allow_personal)
    with transaction(conn):
        insert_fact(conn, "response_edits", {"response_id": response.id, "text": cleaned, "table_label": _label(table)})
    return get_response(conn, response.id)


@writes(Change.CONSULTATIONS)
def star_response(conn: sqlite3.Connection, response_id: str, starred: bool = True) -> bool:
    """Mark a response as a quote for the report (or take the star back). Returns whether anything changed."""
    response = get_response(conn, response_id)
    if response.voided:
        raise InvalidInput("response {id} is voided; it cannot be a quote", id=response.id)
    if response.starred == starred:
        return False
    from outreach_app.core.records.tally import _insert_voids
    from outreach_app.core.sync.roles import may_correct

    with transaction(conn):
        if starred:
            insert_fact(conn, "quote_stars", {"response_id": response.id})
        else:
            stars = [ident for ident, author in conn.execute(
                "SELECT id, device_id FROM quote_stars WHERE response_id = ? AND voided = 0", (response.id,))
                if may_correct(conn, author)]
            if not stars:
                raise InvalidInput("response {id} was starred on another device; only the office takes that star "
                                   "back", id=response.id)
            _insert_voids(conn, stars, "unstar")
    return True
