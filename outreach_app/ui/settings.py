"""Per-user window settings (QSettings, INI format): geometry, the chosen database, event mode.

Domain settings (laptop name, home municipality) live in the database; only view state is here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Outreach"
APPLICATION = "Outreach"

DATABASE_PATH = "database/path"
WINDOW_GEOMETRY = "window/geometry"
ACTIVE_EVENT = "event_mode/event_id"
CURRENT_PAGE = "window/page"
LANGUAGE = "ui/language"  # "system", "en" or "fr" (app.py loads the translation at start)


def app_settings() -> QSettings:
    """The one settings file of this user (tests point it elsewhere with QSettings.setPath)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def remembered_database() -> str | None:
    value = app_settings().value(DATABASE_PATH)
    return str(value) if value else None


def remember_database(path: str | None) -> None:
    settings = app_settings()
    if path:
        settings.setValue(DATABASE_PATH, str(path))
    else:
        settings.remove(DATABASE_PATH)
    settings.sync()
