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
