"""A paper sheet: its counts' limits (one place, shared by the window and the command line), and undo
taking the whole sheet back as one action, on this laptop and after sync."""

import dataclasses

import pytest

from outreach_app.core.store import connection, migrations
from outreach_app.core.store import database as core_db
from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.store import schema, synced_tables
from outreach_app.core.records.count_limits import (
    EVENT_CEILING, HARD_LIMIT, PaperCount, above_event_ceiling, parse_typed_count
)
from outreach_app.core.errors import InvalidInput
from tests.core.sync_helpers import enrol, export, import_ok, laptop, office_db


def test_a_typed_count_is_never_cut_down_and_a_huge_one_is_refused_naming_it():
    assert parse_typed_count("", "attendees") == 0
    assert parse_typed_count(" 1 000 000 ", "attendees") == HARD_LIMIT  # spaces group digits
    with pytest.raises(InvalidInput) as refused:
        parse_typed_count("1000000000000", "attendees")
    assert "1000000000000" in str(refused.value) and "1,000,000" in str(refused.value)
    with pytest.raises(InvalidInput):
        parse_typed_count("12.5", "attendees")


def test_counts_above_the_event_ceiling_need_a_confirmation():
    counts = [PaperCount("attendee", EVENT_CEILING), PaperCount("plan", EVENT_CEILING + 1, plan_id="p"),
              PaperCount("confidence", 5_000, answer="yes")]
    assert [c.quantity for c in above_event_ceiling(counts)] == [EVENT_CEILING + 1, 5_000]


def test_paper_counts_as_the_command_line_gives_them_go_up_to_the_hard_limit_without_asking(conn):
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_paper_counts(conn, event, attendees=HARD_LIMIT)
    with pytest.raises(InvalidInput) as refused:
        tally.record_paper_counts(conn, event, attendees=HARD_LIMIT + 1)
    assert "1000001" in str(refused.value)
    assert tally.event_totals(conn, event).attendees == HARD_LIMIT


def _sheet(conn):
    plan, _ = records.add_plan(conn, "Glengarry")
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    tally.record_attendee(conn, event)
    tally.record_paper_counts(conn, event, attendees=42, plans=[(plan, 17)], yes=9, no=1, unsure=2)
    return event


def test_undo_after_a_paper_sheet_takes_back_the_whole_sheet_in_one_action(conn):
    event = _sheet(conn)
    undone = tally.undo_last_action(conn, event)
    assert undone.is_sheet and len(undone.entries) == 5
    assert [(e.kind, e.quantity) for e in undone.entries][:2] == [("attendee", 42), ("plan", 17)]
    assert all(e.voided for e in undone.entries)
    totals = tally.event_totals(conn, event)
    assert undone.totals == totals
    assert (totals.attendees, totals.plans, totals.answered) == (1, 0, 0)  # the tap before the sheet stays
    assert conn.execute("SELECT count(*) FROM voids").fetchone()[0] == 5  # one void per entry, synced as today
    # the next undo takes the tap
    assert not tally.undo_last_action(conn, event).is_sheet
    assert tally.undo_last_action(conn, event) is None


def test_a_sheet_travels_as_one_batch_and_an_older_bundle_without_batches_still_imports(tmp_path, monkeypatch):
    lap, office = laptop(tmp_path, "lap"), office_db(tmp_path)
    enrol(office, lap)
    event = _sheet(lap)
    import_ok(office, export(lap, tmp_path / "usb1"))
    batches = office.execute("SELECT count(DISTINCT batch_id), count(batch_id) FROM tally_entries").fetchone()
    assert batches == (1, 5)
    # a bundle written by the previous version: tally entries without the batch_id column (nor later ones)
    old = [dataclasses.replace(t, columns=t.columns[:t.columns.index("batch_id")], added=())
           if t.name == "tally_entries" else t
           for t in synced_tables.SYNCED_TABLES]
    tally.record_paper_counts(lap, event, attendees=3)
    with monkeypatch.context() as patch:
        patch.setattr(synced_tables, "SYNCED_TABLES", old)
        from outreach_app.core.sync import export as export_module
        patch.setattr(export_module, "SYNCED_TABLES", old)
        older = export(lap, tmp_path / "usb2")
    import_ok(office, older)
    assert tally.event_totals(office, event).attendees == 1 + 42 + 3
    assert office.execute("SELECT batch_id FROM tally_entries WHERE quantity = 3").fetchone() == (None,)
    lap.close()
    office.close()


def test_a_database_from_before_batches_upgrades_and_its_entries_undo_one_by_one(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        from outreach_app.core.flyers import schema as flyer_schema
        from outreach_app.core.sync import schema as sync_schema

        patch.setattr(migrations, "migration_sets", lambda: [(schema.SET_NAME, schema.STEPS[:4]),
                                                          (flyer_schema.SET_NAME, flyer_schema.STEPS),
                                                          (sync_schema.SET_NAME, sync_schema.STEPS)])
        old = core_db.open_database(path)
        event = events.add_event(old, "BBQ", "2025-06-19", "Windsor")
        old.execute("INSERT INTO tally_entries (id, event_id, kind, quantity, source, created_at, device_id, hlc)"
                    " VALUES ('00000000-0000-4000-8000-000000000001', ?, 'attendee', 4, 'paper', '2025-06-19', ?, 1),"
                    " ('00000000-0000-4000-8000-000000000002', ?, 'attendee', 6, 'paper', '2025-06-19', ?, 2)",
                    (event, connection.device_id(old), event, connection.device_id(old)))
        old.commit()
        old.close()
    upgraded = core_db.open_database(path)
    assert "batch_id" in {r[1] for r in upgraded.execute("PRAGMA table_info(tally_entries)")}
    assert [e.quantity for e in tally.undo_last_action(upgraded, event).entries] == [6]
    assert tally.event_totals(upgraded, event).attendees == 4
    upgraded.close()
