"""This laptop's domain settings, read and saved as one: name, home municipality, office key, folders,
backups. The Settings screen is a face over these functions (no Qt here).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core.changes import Change, writes
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.catalogue import device_name
from outreach_app.core.store.backups import (
    DEFAULT_KEPT,
    backups_kept,
    configure_backups,
)
from outreach_app.core.store.connection import get_setting, set_setting, transaction

from .setup import HOME_MUNICIPALITY, check_device_name, complete_setup

EXPORT_FOLDER = "sync_export_folder"
"""Where End of day writes bundles (the End of day screen reads and remembers the same setting)."""


@dataclass(frozen=True)
class LaptopSettings:
    device_name: str
    home_municipality: str
    office_recipient: str  # age1… or "" (exports are not encrypted)
    export_folder: str
    backup_folder: str  # as set ("" = the default backups/ beside the database)
    backups_kept: int


def read_laptop_settings(conn: sqlite3.Connection) -> LaptopSettings:
    """The settings as stored (empty strings where nothing is set)."""
    from outreach_app.core.sync.export import default_recipients

    recipients = default_recipients(conn)
    return LaptopSettings(
        device_name=device_name(conn) or "",
        home_municipality=get_setting(conn, HOME_MUNICIPALITY) or "",
        office_recipient=recipients[0] if recipients else "",
        export_folder=get_setting(conn, EXPORT_FOLDER) or "",
        backup_folder=get_setting(conn, "backup_folder") or "",
        backups_kept=backups_kept(conn) if get_setting(conn, "backups_kept") else DEFAULT_KEPT,
    )


def check_office_recipient(text: str) -> str:
    """The office's age public key (age1…) cleaned, "" for none; InvalidInput when it is not one."""
    text = (text or "").strip()
    if not text:
        return ""
    if not text.startswith("age1"):
        raise InvalidInput("office key '{key}' must be an age public key starting with age1", key=text[:24])
    from outreach_app.core.sync.keys import parse_recipients

    try:
        return parse_recipients([text])[0]
    except InvalidInput:
        raise InvalidInput("office key '{key}…' is not a valid age public key", key=text[:24]) from None


@writes(Change.SETTINGS | Change.CATALOGUE)
def save_laptop_settings(conn: sqlite3.Connection, settings: LaptopSettings) -> None:
    """Check every value, then save them all in one transaction (nothing saved when one is wrong)."""
    check_device_name(settings.device_name)
    recipient = check_office_recipient(settings.office_recipient)
    export_folder = settings.export_folder.strip()
    with transaction(conn):
        complete_setup(conn, settings.device_name, settings.home_municipality or None)
        if not settings.home_municipality.strip():
            conn.execute("DELETE FROM settings WHERE key = ?", (HOME_MUNICIPALITY,))
        from outreach_app.core.sync.export import set_default_recipients

        set_default_recipients(conn, [recipient] if recipient else [])
        if export_folder:
            set_setting(conn, EXPORT_FOLDER, export_folder)
        else:
            conn.execute("DELETE FROM settings WHERE key = ?", (EXPORT_FOLDER,))
        if settings.backup_folder.strip():
            configure_backups(conn, settings.backup_folder, settings.backups_kept)
        else:
            conn.execute("DELETE FROM settings WHERE key = 'backup_folder'")
            configure_backups(conn, None, settings.backups_kept)
