"""Invitations: which organisations were invited to a consultation, and what became of each. Every status
change is an insert-only row (its history); an organisation's latest row (hlc, device_id) is its status.

Counting (the report): `invited` every organisation on the list; `confirmed` those confirmed or attended;
`attended`; `declined`; `no_answer` those still invited or marked no-answer (invited = confirmed +
declined + no_answer)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import parse_date

from .organisations import canonical_organisation_sql, require_organisation
from .records import get_consultation

STATUSES = ("invited", "confirmed", "declined", "attended", "no-answer")


@dataclass(frozen=True)
class Invitation:
    organisation_id: str
    organisation: str
    sector: str
    status: str
    date: str  # the date of the latest status
    history: tuple[tuple[str, str], ...]  # (date, status), oldest first


def clean_status(value: str) -> str:
    text = (value or "").strip().lower().replace("_", "-").replace(" ", "-")
    if text not in STATUSES:
        raise InvalidInput("status '{value}' is not one of invited, confirmed, declined, attended, no-answer",
                           value=value)
    return text


@writes(Change.CONSULTATIONS)
def set_invitation(conn: sqlite3.Connection, consultation_id: str, organisation: str, status: str,
                   date: str | None = None) -> str:
    """Record an organisation's invitation status for a consultation (today unless a date is given)."""
    consultation = get_consultation(conn, consultation_id)
    status = clean_status(status)
    date = parse_date(date, "status date") if date else dt.date.today().isoformat()
    with transaction(conn):
        organisation_id = require_organisation(conn, organisation)
        return insert_fact(conn, "invitations", {"consultation_id": consultation.id,
                                                 "organisation_id": organisation_id, "status": status, "date": date})


def list_invitations(conn: sqlite3.Connection, consultation_id: str) -> list[Invitation]:
    """The consultation's invitation list, one line per organisation (aliases joined), by name."""
    canonical = canonical_organisation_sql("i.organisation_id")
    rows = conn.execute(f"SELECT {canonical}, i.status, i.date FROM invitations i WHERE i.consultation_id = ?"
                        " ORDER BY i.hlc, i.device_id, i.id", (consultation_id,)).fetchall()
    history: dict[str, list[tuple[str, str]]] = {}
    for organisation, status, date in rows:
        history.setdefault(organisation, []).append((date, status))
    found = []
    for organisation, steps in history.items():
        name, sector = conn.execute("SELECT name, sector FROM organisations WHERE id = ?", (organisation,)).fetchone()
        found.append(Invitation(organisation, name, sector, steps[-1][1], steps[-1][0], tuple(steps)))
    return sorted(found, key=lambda i: (i.organisation.casefold(), i.organisation_id))


def invitation_counts(invitations: list[Invitation]) -> dict[str, int]:
    """invited / confirmed / declined / attended / no_answer by each organisation's latest status."""
    counts = {"invited": 0, "confirmed": 0, "declined": 0, "attended": 0, "no_answer": 0}
    for invitation in invitations:
        counts["invited"] += 1
        if invitation.status in ("confirmed", "attended"):
            counts["confirmed"] += 1
        if invitation.status == "attended":
            counts["attended"] += 1
        if invitation.status == "declined":
            counts["declined"] += 1
        if invitation.status in ("invited", "no-answer"):
            counts["no_answer"] += 1
    return counts


def sector_counts(invitations: list[Invitation]) -> dict[str, dict[str, int]]:
    """sector -> the same counts as invitation_counts, sectors sorted by name."""
    by_sector: dict[str, list[Invitation]] = {}
    for invitation in invitations:
        by_sector.setdefault(invitation.sector, []).append(invitation)
    return {sector: invitation_counts(by_sector[sector]) for sector in sorted(by_sector, key=str.casefold)}


def not_answered(conn: sqlite3.Connection, consultation_id: str) -> list[Invitation]:
    """Who has not answered: organisations still invited or marked no-answer."""
    return [i for i in list_invitations(conn, consultation_id) if i.status in ("invited", "no-answer")]


def sectors_not_heard(conn: sqlite3.Connection, consultation_id: str) -> list[str]:
    """Known sectors with no organisation that attended (invited or not), in the known sectors' order."""
    from .organisations import SECTORS

    heard = {i.sector for i in list_invitations(conn, consultation_id) if i.status == "attended"}
    return [s for s in SECTORS if s not in heard and s != "Other"]
