"""First-start rules without Qt: naming the laptop, home municipality, the demo database."""

import datetime as dt

import pytest

from outreach_app.core.records import events, setup
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.catalogue import device_name, set_device_name


def test_a_new_database_asks_for_a_name_until_someone_gives_one(conn):
    assert setup.needs_device_name(conn)
    setup.complete_setup(conn, "  Windsor   laptop 2 ", "Kingsville")
    assert not setup.needs_device_name(conn)
    assert device_name(conn) == "Windsor laptop 2"
    assert setup.home_municipality(conn) == "Kingsville"


def test_naming_through_init_counts_as_named(conn):
    set_device_name(conn, "Essex laptop")  # what `init --device-name` does
    assert not setup.needs_device_name(conn)


def test_an_empty_name_is_refused_and_nothing_changes(conn):
    with pytest.raises(InvalidInput, match="laptop name must not be empty"):
        setup.complete_setup(conn, "   ", "Windsor")
    assert setup.needs_device_name(conn) and setup.home_municipality(conn) is None


def test_demo_database_is_filled_once_with_an_event_today(conn):
    today = dt.date(2025, 7, 3)
    assert setup.prepare_demo_database(conn, today=today)
    first = events.list_events(conn)
    assert setup.is_demo(conn) and not setup.needs_device_name(conn)
    assert [e.name for e in first if e.date == "2025-07-03"].count("Practice event (demo)") == 1
    assert not setup.prepare_demo_database(conn, today=today)
    assert len(events.list_events(conn)) == len(first)


def test_init_and_the_first_run_dialog_store_the_same_setup(tmp_path):
    """The command line's `init` and the window's first run are one core call: same cleaned values."""
    from outreach_app.core.store.database import open_database
    from tests.conftest import run_cli

    cli_db, window_db = tmp_path / "cli.db", tmp_path / "window.db"
    run_cli("init", "--device-name", "  Bar   laptop ", "--home-municipality", "  Lake   Shore ", db=cli_db, check=True)
    conn = open_database(window_db)
    setup.complete_setup(conn, "  Bar   laptop ", "  Lake   Shore ")
    by_cli = open_database(cli_db)
    for db in (by_cli, conn):
        assert (device_name(db), setup.home_municipality(db), setup.needs_device_name(db)) == \
            ("Bar laptop", "Lake Shore", False)
