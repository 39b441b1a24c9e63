"""First start of an installation: name the laptop, pick the home municipality, demo data.

The window's first-run dialog is a face over these functions; nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from outreach_app.core.changes import Change, writes
from outreach_app.core.records.catalogue import (
    device_name,
    list_municipalities,
    municipality_for,
    set_device_name,
)
from outreach_app.core.resources import load_json_resource
from outreach_app.core.store.connection import get_setting, set_setting, transaction
from outreach_app.core.validate import clean_name

from .events import add_event, list_events
from outreach_app.core import bounds

DB_FILE_NAME = "outreach.db"
DEMO_FILE_NAME = "outreach-demo.db"
DEVICE_NAMED = "device_named_by_user"
HOME_MUNICIPALITY = "home_municipality"
DEMO = "demo_database"


def default_data_folder() -> Path:
    """The platform's per-user data folder for Outreach (where the database lives by default)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Outreach", appauthor=False))


def needs_device_name(conn: sqlite3.Connection) -> bool:
    """True until someone has named this laptop (the first-run step, or `init --device-name`)."""
    return get_setting(conn, DEVICE_NAMED) != "1"


def home_municipality(conn: sqlite3.Connection) -> str | None:
    return get_setting(conn, HOME_MUNICIPALITY)


def is_demo(conn: sqlite3.Connection) -> bool:
    return get_setting(conn, DEMO) == "1"


def known_municipalities(conn: sqlite3.Connection | None = None) -> list[str]:
    """Municipalities to offer: the database's, or the default catalogue's before one exists."""
    if conn is not None:
        return list_municipalities(conn)
    return sorted(load_json_resource("default-catalogue.json")["municipalities"], key=str.casefold)


def check_device_name(name: str) -> str:
    """The cleaned laptop name, or InvalidInput saying what is wrong with it."""
    return clean_name(name, "laptop name", max_length=bounds.MAX_DEVICE_NAME_LENGTH)


@writes(Change.DEVICES | Change.SETTINGS | Change.CATALOGUE)
def complete_setup(conn: sqlite3.Connection, device: str, municipality: str | None) -> None:
    """Name this laptop and remember its home municipality, in one transaction."""
    device = check_device_name(device)
    with transaction(conn):
        set_device_name(conn, device)
        if municipality and municipality.strip():
            municipality_for(conn, municipality)
            set_setting(conn, HOME_MUNICIPALITY, clean_name(municipality, "municipality", max_length=bounds.MAX_MUNICIPALITY_LENGTH))
        set_setting(conn, DEVICE_NAMED, "1")


@writes(Change.DATABASE)
def prepare_demo_database(conn: sqlite3.Connection, today: dt.date | None = None) -> bool:
    """Fill a fresh demo database (a season of made-up events plus one today to practise on).

    Returns False when it already holds data (it is reused as it is).
    """
    if is_demo(conn) and list_events(conn):
        return False
    from .demo import (
        make_demo_data,  # only when a demo database is made, not at every start
    )
    from .demo_activities import make_demo_activities

    today = today or dt.date.today()
    with transaction(conn):
        make_demo_data(conn, events=14, entries=600, seed=1)
        add_event(conn, "Practice event (demo)", today.isoformat(), "Windsor", "Glengarry Court",
                  start_time="10:00", end_time="14:00", staff_initials="demo")
        set_setting(conn, DEMO, "1")
        if needs_device_name(conn):
            set_device_name(conn, f"{device_name(conn) or 'laptop'} (demo)")
            set_setting(conn, DEVICE_NAMED, "1")
            set_setting(conn, HOME_MUNICIPALITY, "Windsor")
    make_demo_activities(conn, seed=1)  # its own transactions: a survey import stages outside one
    return True
