"""Hostile bundles signed with a laptop's REAL key (a stolen or buggy laptop) against the bounds of
core/bounds.py: each is refused in one line naming the file and the laptop, the office's figures are
unchanged, and the office can still export to every laptop afterwards."""

import json
import time

import pytest

from outreach_app.core import bounds
from outreach_app.core.records import events
from outreach_app.core.clock import new_id, utc_now
from outreach_app.core.store.connection import device_id
from outreach_app.core.errors import InvalidInput
from outreach_app.core.sync.importer import import_files
from outreach_app.core.sync.ledger import device_status

from .sync_helpers import altered_copy, day_of_work, export, import_ok, laptop, office_db, report, rows, set_column


@pytest.fixture
def field(tmp_path):
    """lap1 and lap2 sent honest days to the office; lap1 then exports bundle #2 for crafting."""
    lap1, lap2, office = laptop(tmp_path, "lap1"), laptop(tmp_path, "lap2"), office_db(tmp_path)
    usb = tmp_path / "usb"
    day_of_work(lap1, "BBQ", "2025-06-19", attendees=30)
    day_of_work(lap2, "Fair", "2025-06-20", attendees=20)
    import_ok(office, export(lap1, usb), export(lap2, usb))
    import_ok(lap1, export(office, usb))
    import_ok(lap2, export(office, usb))
    day_of_work(lap1, "Market", "2025-06-21", attendees=4)
    return {"lap1": lap1, "lap2": lap2, "office": office, "usb": usb, "next": export(lap1, usb), "tmp": tmp_path}


def refused(field, path, *words) -> str:
    """Import path into the office: refused, naming the file and every word; office data unchanged."""
    office = field["office"]
    before, figures, clock = rows(office), report(office), office.execute("SELECT hlc FROM clock").fetchone()
    [result] = import_files(office, [path])
    assert result.refused, "the hostile bundle was accepted"
    message = result.refused
    assert str(path) in message and "\n" not in message
    for word in words:
        assert word in message, message
    assert rows(office) == before and report(office) == figures
    assert office.execute("SELECT hlc FROM clock").fetchone() == clock
    return message


def still_syncs(field) -> None:
    """The office exports, and every laptop imports that bundle; the honest bundle #2 still goes in."""
    import_ok(field["office"], field["next"])
    bundle = export(field["office"], field["usb"])
    for name in ("lap1", "lap2"):
        import_ok(field[name], bundle)
    assert report(field["office"])["attendees"] == 30 + 20 + 4


def test_every_column_of_every_synced_table_has_a_bound():
    from outreach_app.core.store.synced_tables import SYNCED_TABLES

    for table in SYNCED_TABLES:
        assert set(bounds.COLUMN_RULES[table.name]) == set(table.columns), table.name


# --- finding 1: a clock value far ahead is refused, never adopted ---------------------------------------

@pytest.mark.parametrize("value", [(1 << 62) - 5, int(time.time() * 1000) + 3 * 86_400_000])
def test_a_record_clock_far_ahead_is_refused_naming_the_laptop(field, value):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "clock.zip",
                    tables={"events": lambda cols, rs: set_column(cols, rs, "hlc", value)})
    refused(field, hostile, "lap1", "clock", "ahead")
    still_syncs(field)


def test_a_manifest_clock_far_ahead_is_refused_and_a_day_ahead_is_not(field):
    ahead = altered_copy(field["lap1"], field["next"], field["tmp"] / "ahead.zip",
                  manifest=lambda m: m.update(created_hlc=(1 << 62) - 1))
    refused(field, ahead, "lap1", "clock", "ahead")
    slightly = int(time.time() * 1000) + 3_600_000  # an hour fast: a laptop clock a little off is fine
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "hour.zip",
                    tables={"events": lambda cols, rs: set_column(cols, rs, "hlc", slightly)})
    import_ok(field["office"], hostile)
    import_ok(field["lap2"], export(field["office"], field["usb"]))


# --- finding 6: sequence jumps -------------------------------------------------------------------------

def test_a_huge_sequence_jump_is_refused_quickly(field):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "jump.zip",
                    manifest=lambda m: m.update(sequence=10 ** 9))
    started = time.perf_counter()
    refused(field, hostile, "lap1", "jumps")
    assert time.perf_counter() - started < 5
    still_syncs(field)


def test_a_gap_within_the_bound_is_kept_as_a_range(field):
    office = field["office"]
    jump = bounds.MAX_SEQUENCE_JUMP  # from #1, the largest accepted number
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "gap.zip", manifest=lambda m: m.update(sequence=1 + jump))
    import_ok(office, hostile)
    started = time.perf_counter()
    [lap1] = [d for d in device_status(office) if d["name"] == "lap1"]
    assert time.perf_counter() - started < 2
    assert lap1["missing_ranges"] == [[2, jump]] and lap1["missing_count"] == jump - 1
    assert lap1["missing"][:3] == [2, 3, 4] and len(lap1["missing"]) <= 1000
    assert len(json.dumps(device_status(office))) < 100_000
    assert any("#2–#" in w for w in lap1["warnings"])


# --- finding 7: numbers and types -----------------------------------------------------------------------

@pytest.mark.parametrize("label, value", [("10^15", 10 ** 15), ("2^63-1", 2 ** 63 - 1), ("text", "5"),
                                          ("fraction", 5.0), ("boolean", True), ("negative", -1),
                                          ("just over the CLI cap", bounds.MAX_COUNT + 1)])
def test_quantities_the_cli_would_refuse_are_refused(field, label, value):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "qty.zip",
                    tables={"tally_entries": lambda cols, rs: set_column(cols, rs, "quantity", value)})
    refused(field, hostile, "tally_entries")
    still_syncs(field)


def test_the_cli_cap_itself_is_accepted_on_import(field):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "cap.zip",
                    tables={"tally_entries": lambda cols, rs: set_column(cols, rs, "quantity", bounds.MAX_COUNT)})
    import_ok(field["office"], hostile)


@pytest.mark.parametrize("table, column, value", [
    ("events", "name", "x" * 201), ("events", "date", "2025-13-45"), ("events", "date", "0000-06-19"), ("events", "start_time", "25:99"),
    ("events", "cancelled", 2), ("tally_entries", "created_at", "yesterday"), ("events", "updated_at", "soon"),
    ("plans", "name_key", "glengarry-forged"), ("events", "hlc", "1751562131000")])
def test_other_columns_meet_the_same_bounds(field, table, column, value):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "col.zip",
                    tables={table: lambda cols, rs: set_column(cols, rs, column, value)})
    if table == "plans":  # bundle #2 holds no plan row: send the one lap1 made, with a forged key
        lap1 = field["lap1"]
        plan = [[new_id(), "Fresh plan", "fresh plan", None, None, 1, int(time.time() * 1000), utc_now(),
                 device_id(lap1), None]]  # the last column: short_name
        hostile = altered_copy(lap1, field["next"], field["tmp"] / "col.zip",
                        tables={"plans": lambda cols, rs: set_column(cols, plan, column, value)})
    refused(field, hostile, table, column)
    still_syncs(field)


def test_one_bad_file_does_not_drop_the_rest_of_the_batch(field):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "overflow.zip",
                    tables={"tally_entries": lambda cols, rs: set_column(cols, rs, "quantity", 2 ** 63 - 1)})
    day_of_work(field["lap2"], "Picnic", "2025-06-22", attendees=7)
    honest = export(field["lap2"], field["usb"])
    results = import_files(field["office"], [hostile, honest])
    assert results[0].refused and "database" not in results[0].refused and "quantity" in results[0].refused
    assert results[1].ok
    assert report(field["office"])["attendees"] == 30 + 20 + 7


# --- finding 8: text that breaks outputs ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["BBQ\x00", "BBQ\x1b[2J", "BBQ\u202eevil", "two\nlines", "tab\there", "BBQ\u2028"])
def test_control_characters_in_imported_names_are_refused(field, text):
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "text.zip",
                    tables={"events": lambda cols, rs: set_column(cols, rs, "name", text)})
    refused(field, hostile, "events", "name")
    still_syncs(field)


def test_notes_keep_line_breaks_but_no_other_controls(field):
    lines = altered_copy(field["lap1"], field["next"], field["tmp"] / "notes.zip",
                  tables={"events": lambda cols, rs: set_column(cols, rs, "notes", "first\nsecond")})
    escape = altered_copy(field["lap1"], field["next"], field["tmp"] / "notes-esc.zip",
                   tables={"events": lambda cols, rs: set_column(cols, rs, "notes", "first\x1b[31m")})
    refused(field, escape, "events", "notes")
    import_ok(field["office"], lines)


def test_a_device_name_cannot_forge_an_output_line(field):
    forged = "lap1\noutreach-app: refused every file"
    hostile = altered_copy(field["lap1"], field["next"], field["tmp"] / "name.zip",
                    manifest=lambda m: m.update(device_name=forged))
    refused(field, hostile, "device_name")
    lap1 = field["lap1"]
    own = [list(r) for r in lap1.execute("SELECT id, name, hlc, updated_at, device_id FROM devices WHERE id = "
                                         "(SELECT value FROM settings WHERE key = 'device_id')")]
    renamed = altered_copy(lap1, field["next"], field["tmp"] / "rename.zip",
                    tables={"devices": lambda cols, rs: set_column(cols, own, "name", forged)})
    refused(field, renamed, "devices", "name")
    still_syncs(field)


def test_typed_names_refuse_control_characters_the_same_way(conn):
    for bad in ("BBQ\x1b[2J", "BBQ\u202e", "BBQ\x00"):
        with pytest.raises(InvalidInput, match="control or text-direction"):
            events.add_event(conn, bad, "2025-06-19", "Windsor")
    with pytest.raises(InvalidInput, match="control or text-direction"):
        events.add_event(conn, "BBQ", "2025-06-19", "Windsor", notes="fine\x07")
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor", notes="line one\nline two")
    assert events.get_event(conn, event).notes == "line one\nline two"


def test_honest_demo_data_of_every_kind_passes_the_bounds(tmp_path):
    from outreach_app.core.records.demo import make_demo_data
    from outreach_app.core.flyers.drops import record_drop

    lap, office = laptop(tmp_path, "lap1"), office_db(tmp_path)
    make_demo_data(lap, events=30, entries=3000, seed=3)
    record_drop(lap, "library", "Main St library", 25, "2025-06-19", "Windsor", "left at the desk\nsecond visit")
    import_ok(office, export(lap, tmp_path / "usb"))
    assert report(office) == report(lap)


def test_the_writer_never_writes_a_manifest_the_reader_refuses(tmp_path):
    from outreach_app.core.errors import OutreachError

    lap = laptop(tmp_path, "lap1")
    day_of_work(lap, "BBQ", "2025-06-19")
    lap.execute("UPDATE clock SET hlc = ?", ((1 << 62) - 1,))  # poisoned before imports were bounded
    with pytest.raises(OutreachError, match="created_hlc is out of the bounds every reader checks"):
        export(lap, tmp_path / "usb")
    assert not list((tmp_path / "usb").iterdir())
