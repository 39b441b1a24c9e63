"""Who this installation is in sync (the office or a laptop of an office) and who may change a record:
small and light, read by the window's status bar and by every edit, without loading the bundle code.
The rules are in docs/design.md, "Sync trust and threat model"; enrolment and keys are in `trust`.
"""

from __future__ import annotations

import sqlite3

from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import device_id, get_setting

ROLE_SETTING = "sync_role"  # "office" or "laptop"
OFFICE_SETTING = "sync_office_device"  # the office's device id (on the office: its own)
OFFICE = "office"
LAPTOP = "laptop"


def role(conn: sqlite3.Connection) -> str:
    """This installation's role: "office" after `init --office` (or, from before roles existed, when it
    announced an office recipient), else "laptop"."""
    return get_setting(conn, ROLE_SETTING) or LAPTOP


def is_office(conn: sqlite3.Connection) -> bool:
    return role(conn) == OFFICE


def office_device(conn: sqlite3.Connection) -> str | None:
    """The device id of this installation's office (its own id on the office), None before enrolment."""
    return device_id(conn) if is_office(conn) else get_setting(conn, OFFICE_SETTING)


def may_correct(conn: sqlite3.Connection, author: str | None) -> bool:
    """Whether this installation may change (void, edit, cancel, rename, retire) a record that `author`
    made: its own records; any record on the office, or on an installation not enrolled with an office
    (it works alone). Seeded catalogue records (no author) are the office's."""
    return author == device_id(conn) or is_office(conn) or not get_setting(conn, OFFICE_SETTING)


def require_own(conn: sqlite3.Connection, table: str, row_id: str) -> None:
    """Refuse (InvalidInput) to change a catalogue record another device made, on an enrolled laptop."""
    row = conn.execute(f"SELECT coalesce((SELECT author FROM sync_record_authors WHERE table_name = ? AND id = ?),"
                       f" device_id), name FROM {table} WHERE id = ?", (table, row_id, row_id)).fetchone()
    if row is not None and not may_correct(conn, row[0]):
        raise InvalidInput("'{name}' belongs to the office's catalogue or another device; only the office changes it",
                           name=row[1])
