"""Round trips between three databases: two laptops and the office."""

import time

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.store.connection import device_id
from outreach_app.core.sync.bundle import read_bundle
from outreach_app.core.sync.export import export_bundle

from .sync_helpers import day_of_work, export, import_ok, laptop, office_db, report, rows


def test_two_laptops_and_the_office_end_with_the_same_data(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    usb = tmp_path / "usb"
    day_of_work(a, "Glengarry BBQ", "2025-06-19", attendees=4)
    day_of_work(b, "Bridgeview fun day", "2025-06-20", municipality="Leamington", attendees=2)
    import_ok(office, export(a, usb), export(b, usb))
    assert report(office)["attendees"] == 6
    assert report(office)["events"] == 2

    back = export(office, usb)  # the office sends the merged picture back
    import_ok(a, back)
    import_ok(b, back)
    assert rows(a) == rows(b) == rows(office)
    assert report(a) == report(b) == report(office)


def test_incremental_export_carries_only_changes_then_voids_and_edits(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    event = day_of_work(a, "Glengarry BBQ", "2025-06-19", attendees=3)
    first = export_bundle(a, usb)
    assert first.full and first.counts["tally_entries"] == 5

    tap = tally.record_attendee(a, event).entry.id
    second = export_bundle(a, usb)
    assert not second.full and second.counts["tally_entries"] == 1 and second.counts["events"] == 0
    assert export_bundle(a, usb).records == 0  # nothing changed: an empty bundle, still numbered

    tally.void(a, tap)
    events.update_event(a, event, name="Glengarry BBQ (moved)")
    fourth = export_bundle(a, usb)
    assert fourth.counts == {**fourth.counts, "voids": 1, "events": 1, "tally_entries": 0}
    import_ok(office, first.path, second.path, fourth.path)
    assert report(office)["attendees"] == 3
    assert [e.name for e in events.list_events(office)] == ["Glengarry BBQ (moved)"]


def test_full_export_writes_everything_and_files_are_never_overwritten(tmp_path):
    a = laptop(tmp_path, "lap-a")
    usb = tmp_path / "usb"
    day_of_work(a, "BBQ", "2025-06-19")
    paths = {export(a, usb) for _ in range(3)} | {export(a, usb, full=True)}
    assert len(paths) == 4 and all(p.exists() for p in paths)
    full = export_bundle(a, usb, full=True)
    assert full.counts["tally_entries"] == 5 and full.sequence == 5
    name = full.path.name
    assert name.startswith("outreach-lap-a-") and name.endswith("-00005.outreach.zip")
    assert not list(usb.glob(".*partial"))


def test_two_exports_at_once_never_leave_two_bundles_with_one_number(tmp_path, monkeypatch):
    """The window's end-of-day export and an `export` command on the same laptop overlap: the one that
    finishes second is refused in one line and leaves no file, so bundle #2 exists once."""
    import pytest

    from outreach_app.core.store.database import open_database
    from outreach_app.core.errors import OutreachError
    from outreach_app.core.sync import bundle

    a = laptop(tmp_path, "lap-a")
    usb = tmp_path / "usb"
    day_of_work(a, "BBQ", "2025-06-19")
    export(a, usb)
    other = open_database(tmp_path / "lap-a.db")  # the second program, same database file
    write_bundle = bundle.write_bundle

    def overlapping(*args, **kwargs):
        written = write_bundle(*args, **kwargs)
        monkeypatch.setattr(bundle, "write_bundle", write_bundle)
        export_bundle(other, usb)  # finishes first and takes #2
        return written

    monkeypatch.setattr(bundle, "write_bundle", overlapping)
    with pytest.raises(OutreachError, match=r"another export \(bundle #2\) finished"):
        export_bundle(a, usb)
    names = sorted(p.name for p in usb.iterdir())
    assert [n[-len("00002.outreach.zip"):] for n in names] == ["00001.outreach.zip", "00002.outreach.zip"]
    assert [r[0] for r in a.execute("SELECT seq FROM sync_exports ORDER BY seq")] == [1, 2]
    assert export_bundle(a, usb).sequence == 3  # exporting again just works
    other.close()


def test_the_office_relays_one_laptops_records_to_another(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    usb = tmp_path / "usb"
    import_ok(office, export(b, usb))
    export(office, usb)  # the office's first bundle, before a's data arrives
    day_of_work(a, "BBQ", "2025-06-19", attendees=5)
    import_ok(office, export(a, usb))
    import_ok(b, export(office, usb))  # incremental: what the office received since its last export
    assert report(b)["attendees"] == 5
    relayed = export_bundle(b, usb)  # a laptop sends only what it wrote: the office relays, laptops do not
    assert relayed.records == 0


def test_void_before_its_entry_and_edit_before_its_record(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    event = day_of_work(a, "BBQ", "2025-06-19", attendees=2)
    with_entries = export(a, usb)
    victim = tally.event_entries(a, event)[0].id
    tally.void(a, victim)
    events.update_event(a, event, notes="rain")
    with_void = export(a, usb)
    import_ok(office, with_void)  # the void and the edit arrive first
    assert report(office)["attendees"] == 0  # the entries are not there yet
    import_ok(office, with_entries)
    assert rows(office)["tally_entries"] == rows(a)["tally_entries"]
    assert events.get_event(office, event).notes == "rain"


def test_same_names_made_on_two_laptops_end_as_one(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    usb = tmp_path / "usb"
    for conn in (a, b):
        records.add_plan(conn, "Riverside")
        day_of_work(conn, "Event", "2025-07-01", municipality="Kingsville", plan="Riverside")
    import_ok(office, export(a, usb), export(b, usb))
    assert [p.name for p in records.list_plans(office)].count("Riverside") == 1
    assert records.list_municipalities(office).count("Kingsville") == 1
    assert report(office)["plans_by_name"]["Riverside"] == 2
    assert report(office)["by_municipality"]["Kingsville"]["events"] == 2


def test_the_latest_change_wins_whatever_the_import_order(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    event = events.add_event(a, "Shared", "2025-07-01", "Windsor")
    events.update_event(a, event, notes="first")
    first = export(a, usb)
    events.update_event(a, event, notes="second")
    import_ok(office, export(a, usb), first)
    assert events.get_event(office, event).notes == "second"


def test_edits_with_the_same_clock_break_the_tie_by_device_id(tmp_path):
    """The office corrects a laptop's event while the laptop edits it, both at the same clock value: the
    office and the laptop keep the same version once they have each other's bundles."""
    from outreach_app.core.clock import next_rev

    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    event = events.add_event(a, "Shared", "2025-07-01", "Windsor")
    import_ok(office, export(a, usb))
    import_ok(a, export(office, usb))
    same_clock = int(time.time() * 1000) + 60_000  # ahead of both edits, within the accepted day
    for conn, text in ((a, "from a"), (office, "from the office")):
        conn.execute("UPDATE events SET notes = ?, hlc = ?, device_id = ?, rev = ? WHERE id = ?",
                     (text, same_clock, device_id(conn), next_rev(conn), event))
        conn.commit()
    from_a, from_office = export(a, usb), export(office, usb)
    winner = "from a" if device_id(a) > device_id(office) else "from the office"
    import_ok(office, from_a)
    import_ok(a, from_office)
    assert events.get_event(office, event).notes == events.get_event(a, event).notes == winner


def test_bundle_manifest_describes_its_contents(tmp_path):
    a = laptop(tmp_path, "lap-a")
    day_of_work(a, "BBQ", "2025-06-19")
    first, second = export(a, tmp_path), export(a, tmp_path)
    manifest = read_bundle(second).manifest
    assert manifest["format"] == "outreach-bundle" and manifest["format_version"] == 1
    assert manifest["sequence"] == 2 and manifest["device_name"] == "lap-a"
    assert manifest["previous_sha256"] == read_bundle(first).sha256
    assert set(manifest["tables"]) >= {"tally_entries", "voids", "events", "plans"}


def test_import_leaves_the_kept_event_totals_fresh(tmp_path):
    """The first report after a big import must not pay for a recount of every entry."""
    from outreach_app.core.store.kept_totals import is_stale, totals_mismatch

    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    day_of_work(a, "Glengarry BBQ", "2025-06-19", attendees=4)
    import_ok(office, export(a, tmp_path / "usb"))
    assert not is_stale(office)
    assert totals_mismatch(office) == 0
