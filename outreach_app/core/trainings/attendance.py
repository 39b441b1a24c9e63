"""Registrations and attendance by organisation, never by person: for each organisation at a training,
how many registered and how many attended. Insert-only facts: recording an organisation again makes a
new row that replaces the earlier one in every figure (the newest by (hlc, device_id)); `void ID` undoes
a row. A row counts only when its author made the training or is the office (docs/design.md, "Sync trust")."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from outreach_app.core import bounds
from outreach_app.core.changes import Change, writes
from outreach_app.core.consultations.organisations import require_organisation
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import parse_count

from .counting import counted_author_sql, current_attendance_sql  # noqa: F401 (re-exported)
from .sessions import get_training, require_own_training

@dataclass(frozen=True)
class Attendance:
    id: str  # the row that counts
    organisation_id: str
    organisation: str
    sector: str
    registered: int
    attended: int

    def as_dict(self) -> dict:
        return asdict(self)


def check_attendance(registered, attended, confirmed: bool = False) -> tuple[int, int]:
    """The two counts checked: whole numbers, at most bounds.MAX_TRAINING_PEOPLE, and attended above
    registered only when confirmed (walk-ins); refused otherwise (the window asks, the command line wants --yes)."""
    registered = parse_count(registered, "registered", 0, bounds.MAX_TRAINING_PEOPLE)
    attended = parse_count(attended, "attended", 0, bounds.MAX_TRAINING_PEOPLE)
    if attended > registered and not confirmed:
        raise InvalidInput(
            "{attended} attended is more than the {registered} registered; confirm it (--yes) if people came "
            "without registering", attended=attended, registered=registered)
    return registered, attended


@writes(Change.TRAININGS)
def record_attendance(conn: sqlite3.Connection, training_id: str, organisation: str, registered, attended, *,
                      confirmed: bool = False) -> str:
    """Record (or correct) how many of one organisation registered and attended; returns the row's id.
    The organisation is named by id or name and must be on the shared list."""
    training = get_training(conn, training_id)
    registered, attended = check_attendance(registered, attended, confirmed)
    organisation_id = require_organisation(conn, organisation)
    require_own_training(conn, training.id)
    with transaction(conn):
        return insert_fact(conn, "training_attendance", {"training_id": training.id, "organisation_id": organisation_id,
                                                         "registered": registered, "attended": attended})


def list_attendance(conn: sqlite3.Connection, training_id: str) -> list[Attendance]:
    """The attendance that counts at one training, one row per organisation, by organisation name."""
    training = get_training(conn, training_id)
    rows = conn.execute(
        f"SELECT c.row_id, c.organisation_id, o.name, o.sector, c.registered, c.attended"
        f" FROM ({current_attendance_sql()}) c JOIN organisations o ON o.id = c.organisation_id"
        f" WHERE c.training_id = ? ORDER BY o.name COLLATE NOCASE, o.id", (training.id,))
    return [Attendance(*row) for row in rows]
