"""Professional contact details (free_text.CONTACT_DETAILS) travel encrypted only.

Once this installation knows an office recipient (it is the office and announced one, or a laptop that
adopted its office's), a bundle that would carry any contact detail is refused unencrypted: a plain
bundle on a USB stick or in a shared folder must never hold anyone's email or phone. Reports and default
CSV exports never select these columns (`reportable_columns`).
"""

from __future__ import annotations

import sqlite3

from outreach_app.core.errors import InvalidInput
from outreach_app.core.privacy.free_text import contact_columns


def reportable_columns(table: str, columns) -> list[str]:
    """columns without table's contact details: what a report or a default CSV may show."""
    hidden = contact_columns(table)
    return [c for c in columns if c not in hidden]


def refuse_plain_contacts(conn: sqlite3.Connection, selections: dict[str, tuple[str, tuple]], encrypted: bool) -> None:
    """Before writing a bundle: InvalidInput when it is not encrypted, an office recipient is known, and
    the rows it would carry hold a contact detail. selections: table -> (FROM … WHERE … clause, args)."""
    if encrypted:
        return
    from outreach_app.core.sync.export import default_recipients, office_recipients

    if not (default_recipients(conn) or office_recipients(conn)):
        return  # working alone, or before enrolment: nothing to encrypt to yet
    for table, (where, args) in selections.items():
        columns = sorted(contact_columns(table))
        if not columns:
            continue
        any_set = " OR ".join(f"{c} IS NOT NULL AND {c} != ''" for c in columns)
        if conn.execute(f"SELECT 1 FROM (SELECT {', '.join(columns)} {where}) WHERE {any_set} LIMIT 1",
                        args).fetchone():
            raise InvalidInput("this bundle would carry contact details ({table}), which travel encrypted only: "
                               "export it encrypted to the office (leave out --no-encrypt)", table=table)
