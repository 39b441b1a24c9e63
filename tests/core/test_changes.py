"""Core writes say what they changed, as typed flags the window refreshes from."""

from outreach_app.core.changes import Change, changes_made
from outreach_app.core.flyers import drops
from outreach_app.core.records import catalogue, events, tally
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.importer import import_files
from outreach_app.core.sync.keys import fingerprint, signing_public_key


def test_writes_declare_what_they_change(conn):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    assert changes_made(events.add_event, event) & Change.EVENTS
    tap = tally.record_attendee(conn, event)
    assert changes_made(tally.record_attendee, tap) == Change.ENTRIES
    assert changes_made(catalogue.add_plan, None) == Change.CATALOGUE
    assert changes_made(drops.record_drop, None) == Change.FLYER_DROPS
    assert changes_made(events.list_events, []) == Change(0)  # a read changes nothing


def test_an_import_says_which_kinds_of_record_it_brought(tmp_path, conn):
    from outreach_app.core.store.database import open_database
    from outreach_app.core.sync.trust import make_office

    make_office(conn)  # laptops send their bundles to the office

    laptop = open_database(tmp_path / "lap.db")
    event = events.add_event(laptop, "BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(laptop, event, attendees=4)
    made = export_bundle(laptop, tmp_path / "usb", encrypt=False)
    assert made.changes == Change.SYNC
    first, again = (import_files(conn, [made.path], accept_keys=[fingerprint(signing_public_key(laptop))])[0] for _ in range(2))
    assert first.ok, first.refused
    assert first.changes & Change.EVENTS and first.changes & Change.ENTRIES and first.changes & Change.SYNC
    assert not again.changes & (Change.EVENTS | Change.ENTRIES)  # nothing new the second time
