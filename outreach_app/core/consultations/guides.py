"""Question guides: ordered open questions, each in English and (optionally) French.

Guides are insert-only: editing a guide writes its next version, so a consultation keeps the exact
questions it used. The guide list shows each guide's latest version. A question that repeats an earlier
one word for word (ignoring case, spacing and accents) is reported by `repeated_questions` so the
editor can warn; it is not refused (the template's source lists one question twice).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import clean_name, clean_optional, fold_key, parse_uuid


@dataclass(frozen=True)
class Question:
    number: int
    text_en: str
    text_fr: str | None = None

    def text(self, language: str = "en") -> str:
        """The question in that language, English when no French was typed."""
        return (self.text_fr or self.text_en) if language.startswith("fr") else self.text_en


@dataclass(frozen=True)
class Guide:
    id: str
    family_id: str
    version: int
    name: str
    questions: list[Question] = field(default_factory=list)
    in_use: bool = False

    def question(self, number: int) -> Question:
        for q in self.questions:
            if q.number == number:
                return q
        raise NotFound("question {number} is not in guide '{name}' (it has {count})", number=number, name=self.name,
                       count=len(self.questions))


# The shipped template: a community safety and well-being conversation, in English and French. The source
# lists its last question twice; the template keeps it once.
TEMPLATE_NAME = "Community safety and well-being conversation"
TEMPLATE_QUESTIONS = [
    ("How would you personally define Community Safety?",
     "Comment définiriez-vous personnellement la sécurité communautaire?"),
    ("How would you personally define community well-being?",
     "Comment définiriez-vous personnellement le bien-être communautaire?"),
    ("In your experience, how is community safety and well-being understood among the newcomer population?",
     "D'après votre expérience, comment la sécurité et le bien-être communautaires sont-ils compris par la "
     "population nouvellement arrivée?"),
    ("Are there programs or processes which you think are working especially well with newcomers?",
     "Y a-t-il des programmes ou des processus qui, selon vous, fonctionnent particulièrement bien auprès des "
     "personnes nouvellement arrivées?"),
    ("Are there either gaps in programming or barriers which make it difficult for newcomers to access programs?",
     "Y a-t-il des lacunes dans les programmes ou des obstacles qui rendent l'accès aux programmes difficile pour "
     "les personnes nouvellement arrivées?"),
]


def _clean_questions(questions) -> list[tuple[str, str | None]]:
    cleaned = []
    for index, question in enumerate(questions, start=1):
        english, french = (question, None) if isinstance(question, str) else (question[0], question[1])
        english = clean_optional(english, bounds.MAX_TEXT_LENGTH, what=f"question {index}")
        if not english:
            raise InvalidInput("question {number} must not be empty", number=index)
        cleaned.append((" ".join(english.split()),
                        clean_optional(french, bounds.MAX_TEXT_LENGTH, what=f"question {index} (French)")))
    if not cleaned:
        raise InvalidInput("a guide needs at least one question")
    if len(cleaned) > bounds.MAX_QUESTIONS:
        raise InvalidInput("a guide holds at most {limit} questions", limit=bounds.MAX_QUESTIONS)
    return cleaned


def repeated_questions(questions) -> list[tuple[int, int]]:
    """(number, earlier number) for each question that repeats an earlier one word for word."""
    seen: dict[str, int] = {}
    found = []
    for number, question in enumerate(questions, start=1):
        text = question if isinstance(question, str) else question[0]
        key = " ".join(fold_key(text or "").replace("?", " ").split())
        if not key:
            continue
        if key in seen:
            found.append((number, seen[key]))
        else:
            seen[key] = number
    return found


def _write(conn, name: str, questions, family_id: str | None, version: int) -> str:
    from outreach_app.core.clock import new_id, next_hlc, utc_now
    from outreach_app.core.store.connection import device_id

    ident = new_id()
    hlc, _ = next_hlc(conn)
    conn.execute("INSERT INTO guides (id, family_id, version, name, created_at, device_id, hlc)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", (ident, family_id or ident, version, name, utc_now(),
                                                    device_id(conn), hlc))
    for number, (english, french) in enumerate(questions, start=1):
        insert_fact(conn, "guide_questions", {"guide_id": ident, "number": number, "text_en": english,
                                              "text_fr": french})
    return ident


@writes(Change.CONSULTATIONS)
def add_guide(conn: sqlite3.Connection, name: str, questions) -> str:
    """A new guide; questions are texts or (english, french) pairs, numbered 1..n in order. Returns its id."""
    name = clean_name(name, "guide name")
    cleaned = _clean_questions(questions)
    with transaction(conn):
        return _write(conn, name, cleaned, None, 1)


@writes(Change.CONSULTATIONS)
def edit_guide(conn: sqlite3.Connection, guide_id: str, name: str, questions) -> str:
    """Save a guide's changed name or questions as its next version (the earlier versions, and the
    consultations that used them, keep theirs). Returns the new version's id."""
    guide = get_guide(conn, guide_id)
    name = clean_name(name, "guide name")
    cleaned = _clean_questions(questions)
    with transaction(conn):
        latest = conn.execute("SELECT max(version) FROM guides WHERE family_id = ?", (guide.family_id,)).fetchone()[0]
        return _write(conn, name, cleaned, guide.family_id, latest + 1)


@writes(Change.CONSULTATIONS)
def add_template_guide(conn: sqlite3.Connection) -> str:
    """The shipped community safety and well-being guide (English and French), as a new guide."""
    return add_guide(conn, TEMPLATE_NAME, TEMPLATE_QUESTIONS)


def _questions(conn, guide_id: str) -> list[Question]:
    return [Question(*row) for row in conn.execute(
        "SELECT number, text_en, text_fr FROM guide_questions WHERE guide_id = ? ORDER BY number, hlc, id",
        (guide_id,))]


def get_guide(conn: sqlite3.Connection, guide_id: str) -> Guide:
    """One version of a guide, with its questions, or a refusal naming the id."""
    ident = parse_uuid(guide_id, "guide id")
    row = conn.execute("SELECT id, family_id, version, name FROM guides WHERE id = ?", (ident,)).fetchone()
    if row is None:
        raise NotFound("no guide with id '{value}' (see 'guide list')", value=guide_id)
    used = conn.execute("SELECT 1 FROM consultations WHERE guide_id = ? LIMIT 1", (ident,)).fetchone()
    return Guide(*row, questions=_questions(conn, ident), in_use=used is not None)


def list_guides(conn: sqlite3.Connection) -> list[Guide]:
    """The latest version of every guide, by name."""
    rows = conn.execute("SELECT g.id FROM guides g WHERE g.version = (SELECT max(g2.version) FROM guides g2"
                        " WHERE g2.family_id = g.family_id) ORDER BY g.name COLLATE NOCASE, g.id").fetchall()
    return [get_guide(conn, row[0]) for row in rows]
