"""Municipalities: a typed name matches a known one; an unused one (a corrected typo) can be retired,
leaves every list, and the retirement travels in bundles like a plan's (last writer wins)."""

import shutil
from pathlib import Path

import pytest

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.store.database import open_database
from outreach_app.core.store.connection import set_setting
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.flyers.drops import record_drop
from outreach_app.core.sync import export as export_module
from outreach_app.core.store.synced_tables import SYNCED_TABLES, SyncedTable

from .sync_helpers import enrol, export, fingerprints, import_ok, laptop, office_db

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "outreach-v1.db"


def test_a_corrected_typo_can_be_retired_and_leaves_the_lists(conn):
    event = events.add_event(conn, "BBQ", "2026-11-20", "Esex")
    assert "Esex" in records.list_municipalities(conn)
    events.update_event(conn, event, municipality="essex ")
    assert events.get_event(conn, event).municipality == "Essex"

    records.set_municipality_active(conn, "esex", False)

    assert "Esex" not in records.list_municipalities(conn)
    assert "Esex" not in records.municipality_choices(conn)
    assert "Esex" in records.list_municipalities(conn, include_retired=True)  # history kept
    retired = records.municipality_catalogue(conn, name="Esex")[0]
    assert (retired.active, retired.events) == (False, 0)


def test_retiring_one_in_use_is_refused_naming_how_many_events(conn):
    for day in ("2026-11-01", "2026-11-02", "2026-11-03"):
        events.add_event(conn, "Fun day", day, "Kingsville")
    with pytest.raises(InvalidInput, match="'Kingsville' is used by 3 events"):
        records.set_municipality_active(conn, "kingsville", False)
    event = events.add_event(conn, "Cancelled day", "2026-11-04", "Pelee")
    events.set_event_cancelled(conn, event)
    with pytest.raises(InvalidInput, match="used by 1 event;"):  # a cancelled event is history too
        records.set_municipality_active(conn, "Pelee", False)
    record_drop(conn, "library", "Library", 20, "2026-11-05", "Tecumseh")
    with pytest.raises(InvalidInput, match="'Tecumseh' is used by 1 baseline"):
        records.set_municipality_active(conn, "Tecumseh", False)
    assert "Kingsville" in records.list_municipalities(conn)


def test_home_municipality_and_unknown_names_cannot_be_retired(conn):
    set_setting(conn, "home_municipality", "Windsor")
    with pytest.raises(InvalidInput, match="home municipality"):
        records.set_municipality_active(conn, "WINDSOR", False)
    with pytest.raises(NotFound, match="no municipality named 'Atlantis'"):
        records.set_municipality_active(conn, "Atlantis", False)


def test_typed_text_matches_a_known_municipality_ignoring_case_spaces_and_accents(conn):
    montreal = records.municipality_for(conn, "Montréal")
    assert records.match_municipality(conn, "essex ").name == "Essex"
    assert records.match_municipality(conn, "  MONTREAL").name == "Montréal"
    assert records.match_municipality(conn, "Esex") is None
    assert records.match_municipality(conn, "   ") is None
    # the core uses the match too: no second Montréal from the command line or a flyer drop
    assert records.municipality_for(conn, "montreal") == montreal
    assert records.list_municipalities(conn).count("Montréal") == 1


def test_picker_offers_home_first_then_alphabetical_without_retired(conn):
    set_setting(conn, "home_municipality", "tecumseh")
    records.set_municipality_active(conn, "Amherstburg", False)
    choices = records.municipality_choices(conn)
    assert choices[0] == "Tecumseh"
    assert choices[1:] == sorted(choices[1:], key=str.casefold)
    assert "Amherstburg" not in choices


def test_using_a_retired_municipality_again_brings_it_back(conn):
    records.municipality_for(conn, "Esex")
    records.set_municipality_active(conn, "Esex", False)
    events.add_event(conn, "BBQ", "2026-11-20", "esex")
    assert "Esex" in records.list_municipalities(conn)
    tally.add_baseline(conn, "2026-01-01", 5, "Amherstburg")
    assert records.municipality_catalogue(conn, name="Amherstburg")[0].other_records == 1


def test_retirement_travels_and_the_latest_change_wins(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    enrol(office, a, b)
    usb = tmp_path / "usb"
    event = events.add_event(a, "BBQ", "2026-11-20", "Esex")
    events.update_event(a, event, municipality="Essex")
    import_ok(office, export(a, usb))
    relay = export(office, usb)
    for lap in (a, b):
        import_ok(lap, relay, accept_keys=fingerprints(relay))
    assert "Esex" in records.list_municipalities(b)

    records.set_municipality_active(a, "Esex", False)  # the laptop that made the typo retires it
    import_ok(office, export(a, usb))
    import_ok(b, export(office, usb))
    assert "Esex" not in records.list_municipalities(office)
    assert "Esex" not in records.list_municipalities(b)

    records.set_municipality_active(office, "Esex", True)  # later: the office brings it back
    import_ok(a, export(office, usb))
    assert "Esex" in records.list_municipalities(a) and "Esex" in records.list_municipalities(office)


def test_a_bundle_from_the_previous_version_still_imports(tmp_path, monkeypatch):
    """Bundles written before municipalities could be retired carry no `active` column."""
    old, office = laptop(tmp_path, "old-lap"), office_db(tmp_path)
    enrol(office, old)
    events.add_event(old, "BBQ", "2026-11-20", "Esex")
    previous = [SyncedTable(t.name, t.kind, t.older_columns()[0]) if t.name == "municipalities" else t
                for t in SYNCED_TABLES]
    monkeypatch.setattr(export_module, "SYNCED_TABLES", previous)
    bundle = export(old, tmp_path / "usb")
    monkeypatch.undo()

    records.municipality_for(office, "Esex")
    records.set_municipality_active(office, "Esex", False)
    [result] = import_ok(office, bundle)
    assert result.counts["municipalities"]["new"] == 1
    assert "Esex" in records.list_municipalities(office)  # the old laptop's own row: in use there
    assert [e.municipality for e in events.list_events(office)] == ["Esex"]


def test_a_database_of_the_previous_version_upgrades_with_every_municipality_in_use(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    conn = open_database(path)
    towns = records.municipality_catalogue(conn)
    assert towns and all(m.active for m in towns)
    unused = next(m for m in towns if not m.in_use)
    records.set_municipality_active(conn, unused.name, False)
    assert unused.name not in records.list_municipalities(conn)
