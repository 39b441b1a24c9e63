"""A plan's optional short name: suggested for long names, checked, synced like other plan edits, and
kept when a bundle from an older version (without the column) brings an edit of the plan."""

import dataclasses

import pytest

from outreach_app.core.records import catalogue as records
from outreach_app.core.store import synced_tables
from outreach_app.core.errors import InvalidInput
from outreach_app.core.records.plan_names import SHORT_NAME_MAX, suggest_short_name
from tests.core.sync_helpers import enrol, export, import_ok, laptop, office_db

LONG_NAME = "Glengarry Court and surrounding neighborhood community safety plan 2"


def test_a_long_name_gets_a_short_suggestion_and_a_short_name_is_checked(conn):
    assert suggest_short_name(LONG_NAME) == "Glengarry Court 2"
    assert suggest_short_name("Glengarry") is None
    plan, _ = records.add_plan(conn, LONG_NAME)
    assert records.get_plan(conn, plan).display_name == LONG_NAME
    records.set_plan_short_name(conn, plan, "  Glengarry  Court 2 ")
    assert records.get_plan(conn, plan).display_name == "Glengarry Court 2"
    with pytest.raises(InvalidInput) as refused:
        records.set_plan_short_name(conn, plan, "x" * (SHORT_NAME_MAX + 1))
    assert "too long" in str(refused.value)
    records.set_plan_short_name(conn, plan, "")
    assert records.get_plan(conn, plan).short_name is None


def test_a_short_name_travels_and_an_older_bundle_does_not_blank_it(tmp_path, monkeypatch):
    lap, office = laptop(tmp_path, "lap"), office_db(tmp_path)
    enrol(office, lap)
    plan, _ = records.add_plan(lap, LONG_NAME)
    records.set_plan_short_name(lap, plan, "Glengarry Court 2")
    import_ok(office, export(lap, tmp_path / "usb1"))
    assert records.get_plan(office, plan).short_name == "Glengarry Court 2"
    # the laptop, still on the previous version, retires the plan: its bundle has no short_name column
    records.set_plan_active(lap, plan, False)
    old = [dataclasses.replace(t, columns=t.columns[:-1], added=()) if t.name == "plans" else
           dataclasses.replace(t, columns=t.columns[:-1], added=()) if t.name == "tally_entries" else t
           for t in synced_tables.SYNCED_TABLES]
    with monkeypatch.context() as patch:
        from outreach_app.core.sync import export as export_module

        patch.setattr(export_module, "SYNCED_TABLES", old)
        older = export(lap, tmp_path / "usb2")
    import_ok(office, older)
    kept = records.get_plan(office, plan)
    assert not kept.active and kept.short_name == "Glengarry Court 2"
    lap.close()
    office.close()


def test_plan_add_with_a_refused_short_name_adds_no_plan(db_path, capsys):
    """Found by the command-line fuzzer: the plan was added, then the short name refused."""
    from outreach_app.cli import main
    from outreach_app.core.store.database import open_database

    assert main(["--db", str(db_path), "plan", "add", "--name", "Harbour Lights", "--short-name", "\x1b"]) == 1
    assert "control" in capsys.readouterr().err
    conn = open_database(db_path)
    assert records.find_plan(conn, "Harbour Lights") is None
    conn.close()
