"""The `outreach-consultations` migration set: organisations (stakeholders) first; consultations,
guides, responses and themes follow as later steps of this set."""

from __future__ import annotations

_ORGANISATIONS = [
    # Known by name: the same organisation typed on two laptops shares a name_key; queries show the
    # canonical row (validate.canonical_id_sql). contact_* are the one place personal (professional)
    # contact details are kept: never in reports or default CSVs.
    """CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL,
        sector TEXT NOT NULL, municipality_id TEXT, contact_role TEXT, contact_name TEXT, contact_email TEXT,
        contact_phone TEXT, hlc INTEGER NOT NULL, updated_at TEXT NOT NULL, device_id TEXT NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX organisations_by_key ON organisations (name_key, id)",
]


def organisations(db) -> None:
    for statement in _ORGANISATIONS:
        db.conn.execute(statement)


SET_NAME = "outreach-consultations"
STEPS = [
    ("0001_organisations", organisations),
]


_TAIL = "hlc INTEGER NOT NULL, updated_at TEXT NOT NULL, device_id TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 0"
_FACT = "created_at TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL"
# Facts that a void undoes (a response, a theme on a response, a star): the core void rule (sync schema:
# a void counts from the record's author or the office), whichever of record and void arrives second.
_VOIDABLE = ("responses", "theme_tags", "quote_stars")
_VOID_COUNTS = ("(NEW.device_id = {t}.device_id OR NEW.device_id = "
                "(SELECT value FROM settings WHERE key = 'sync_office_device'))")
_MEETS_VOID = ("EXISTS (SELECT 1 FROM voids v WHERE v.target_id = NEW.id AND (v.device_id = NEW.device_id"
               " OR v.device_id = (SELECT value FROM settings WHERE key = 'sync_office_device')))")

_CONSULTATIONS = [
    # Guides are insert-only: an edit writes a new version (same family_id, version + 1), so the
    # version a consultation used never changes under it.
    f"""CREATE TABLE guides (id TEXT PRIMARY KEY, family_id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL, {_FACT})""",
    "CREATE INDEX guides_by_family ON guides (family_id, version)",
    f"""CREATE TABLE guide_questions (id TEXT PRIMARY KEY, guide_id TEXT NOT NULL, number INTEGER NOT NULL
        CHECK (number >= 1), text_en TEXT NOT NULL, text_fr TEXT, {_FACT})""",
    "CREATE INDEX guide_questions_by_guide ON guide_questions (guide_id, number)",
    f"""CREATE TABLE consultations (id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
        place TEXT, municipality_id TEXT, organisation_id TEXT, facilitator_initials TEXT, lens TEXT,
        attendees INTEGER CHECK (attendees >= 0), guide_id TEXT, notes TEXT, cancelled INTEGER NOT NULL DEFAULT 0,
        created_device_id TEXT NOT NULL, {_TAIL})""",
    "CREATE INDEX consultations_by_date ON consultations (date, municipality_id)",
    # An invitation's status history: every change is a row; the latest (hlc, device_id) per
    # consultation and organisation is its status.
    f"""CREATE TABLE invitations (id TEXT PRIMARY KEY, consultation_id TEXT NOT NULL, organisation_id TEXT NOT NULL,
        status TEXT NOT NULL, date TEXT NOT NULL, {_FACT})""",
    "CREATE INDEX invitations_by_consultation ON invitations (consultation_id, organisation_id, hlc)",
    f"""CREATE TABLE responses (id TEXT PRIMARY KEY, consultation_id TEXT NOT NULL, question_number INTEGER NOT NULL
        CHECK (question_number >= 1), text TEXT NOT NULL, table_label TEXT, {_FACT},
        voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX responses_by_consultation ON responses (consultation_id, voided, hlc, device_id, id)",
    # A response's text corrected: the latest edit by its author or the office is what it says.
    f"""CREATE TABLE response_edits (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, text TEXT NOT NULL,
        table_label TEXT, {_FACT})""",
    "CREATE INDEX response_edits_by_response ON response_edits (response_id, hlc)",
    # Themes are known by name within a consultation (the smallest id of a name_key shows); merges are
    # insert-only rows resolved in (hlc, device_id, id) order, so every database reaches the same result.
    f"""CREATE TABLE themes (id TEXT PRIMARY KEY, consultation_id TEXT NOT NULL, name TEXT NOT NULL,
        name_key TEXT NOT NULL, parent_id TEXT, {_TAIL})""",
    "CREATE INDEX themes_by_key ON themes (consultation_id, name_key, id)",
    f"""CREATE TABLE theme_merges (id TEXT PRIMARY KEY, consultation_id TEXT NOT NULL, from_theme_id TEXT NOT NULL,
        into_theme_id TEXT NOT NULL, {_FACT})""",
    "CREATE INDEX theme_merges_by_consultation ON theme_merges (consultation_id, hlc)",
    f"""CREATE TABLE theme_tags (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, theme_id TEXT NOT NULL, {_FACT},
        voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX theme_tags_by_response ON theme_tags (response_id, voided)",
    "CREATE INDEX theme_tags_by_theme ON theme_tags (theme_id, voided)",
    f"""CREATE TABLE quote_stars (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, {_FACT},
        voided INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX quote_stars_by_response ON quote_stars (response_id, voided)",
]


def _append_only(table: str, columns: tuple[str, ...]) -> list[str]:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
    voided = " OR NEW.voided < OLD.voided" if table in _VOIDABLE else ""
    return [f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} WHEN {changed}{voided} BEGIN
                SELECT RAISE(ABORT, '{table} are append-only: void instead of changing'); END""",
            f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN
                SELECT RAISE(ABORT, '{table} are append-only: void instead of deleting'); END"""]


def consultations(db) -> None:
    """Guides, consultations, invitations, responses (with edits), themes, merges, tags and quotes."""
    conn = db.conn
    for statement in _CONSULTATIONS:
        conn.execute(statement)
    facts = {"guides": ("id", "family_id", "version", "name", "device_id"),
             "guide_questions": ("id", "guide_id", "number", "text_en", "text_fr"),
             "invitations": ("id", "consultation_id", "organisation_id", "status", "date"),
             "responses": ("id", "consultation_id", "question_number", "text", "table_label", "device_id"),
             "response_edits": ("id", "response_id", "text", "table_label"),
             "theme_merges": ("id", "from_theme_id", "into_theme_id"),
             "theme_tags": ("id", "response_id", "theme_id", "device_id"),
             "quote_stars": ("id", "response_id", "device_id")}
    for table, columns in facts.items():
        for statement in _append_only(table, columns):
            conn.execute(statement)
    marks = "\n".join(f"UPDATE {t} SET voided = 1 WHERE id = NEW.target_id AND voided = 0"
                      f" AND {_VOID_COUNTS.format(t=t)};" for t in _VOIDABLE)
    conn.execute(f"CREATE TRIGGER voids_mark_consultation_records AFTER INSERT ON voids BEGIN\n{marks}\nEND")
    for table in _VOIDABLE:
        conn.execute(f"CREATE TRIGGER {table}_meets_void AFTER INSERT ON {table} WHEN {_MEETS_VOID} BEGIN"
                     f" UPDATE {table} SET voided = 1 WHERE id = NEW.id; END")


STEPS.append(("0002_consultations", consultations))


_PURGEABLE = ("responses", "response_edits", "theme_tags", "quote_stars")


def purgeable_responses(db) -> None:
    """A response can be erased for good (privacy/purge.py) with its edits, tags and star: their no-delete
    triggers let a purge in progress through, and nothing else."""
    from outreach_app.core.privacy.schema import no_delete_unless_purged

    for table in _PURGEABLE:
        no_delete_unless_purged(db.conn, table, f"{table}_no_delete",
                                f"{table} are append-only: void instead of deleting")


STEPS.append(("0003_purgeable_responses", purgeable_responses))
