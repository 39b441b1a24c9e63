"""Safety plans across installations: a published plan travels office → laptops, the hand-outs (by
version) travel back; an older database upgrades with its entries kept; themes heard come from the
consultations package when it is there."""

import sqlite3
import sys
import types
from dataclasses import dataclass

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.plans import drafts, heard, versions, views
from outreach_app.core.plans.pdf import write_plan_pdf
from outreach_app.core.records import catalogue, events, tally
from outreach_app.core.store import migrations
from outreach_app.core.store.database import open_database

from .safety_plan_helpers import small_plan
from .sync_helpers import enrol, export, fingerprints, import_ok, laptop, office_db


def test_a_published_plan_reaches_two_laptops_and_their_hand_outs_come_back_by_version(tmp_path):
    office, a, b = office_db(tmp_path), laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b")
    enrol(office, a, b)
    usb = tmp_path / "usb"
    ids = small_plan(office)
    versions.publish(office, ids["plan"])
    relay = export(office, usb)
    for lap in (a, b):
        import_ok(lap, relay, accept_keys=fingerprints(relay))
        assert catalogue.find_plan(lap, "Leamington North") == ids["plan"]
        assert versions.current_version(lap, ids["plan"]) == 1
        assert versions.version_content(lap, ids["plan"])[1]["sections"][0]["title"] == "Public urination"
    # the office publishes version 2; laptop b has not heard of it yet
    drafts.edit_step(office, ids["steps"][0], text="Walk away.")
    versions.publish(office, ids["plan"])
    relay = export(office, usb)
    import_ok(a, relay, accept_keys=fingerprints(relay))
    for lap, copies in ((a, 3), (b, 2)):
        event = events.add_event(lap, "BBQ", "2026-06-19", "Leamington")
        tally.record_paper_counts(lap, event, plans=[(ids["plan"], copies)])
    import_ok(office, export(a, usb), export(b, usb))
    assert versions.handed_out_by_version(office, ids["plan"]) == {1: 2, 2: 3}
    # the office's plan is the office's: a laptop prints it but neither edits nor publishes it
    with pytest.raises(InvalidInput, match="only the office changes it"):
        drafts.edit_step(a, ids["steps"][0], text="Run.")
    with pytest.raises(InvalidInput, match="only the office changes it"):
        versions.publish(a, ids["plan"])
    assert write_plan_pdf(a, ids["plan"], tmp_path / "a.pdf", layout="poster").version == 2
    assert [v["handed_out"] for v in views.show(office, ids["plan"])["versions"]] == [2, 3]


def test_a_database_from_before_safety_plans_upgrades_with_its_entries_unversioned(db_path):
    conn = open_database(db_path)
    plan = catalogue.find_plan(conn, "Glengarry")
    event = events.add_event(conn, "BBQ", "2026-06-19", "Windsor")
    tally.record_paper_counts(conn, event, plans=[(plan, 7)])
    conn.close()
    raw = sqlite3.connect(db_path)  # as the previous version left it
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-plans'")
    for table in ("safety_plans", "plan_sections", "plan_steps", "directory_contacts", "plan_versions"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("DROP TRIGGER tally_plan_version_frozen")
    raw.execute("DROP INDEX tally_by_plan_version")
    raw.execute("ALTER TABLE tally_entries DROP COLUMN plan_version")
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() - 1}")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    assert versions.handed_out_by_version(conn, plan) == {None: 7}
    drafts.add_safety_plan(conn, "Glengarry", "Windsor")
    versions.publish(conn, plan)
    tally.record_plan_handed_out(conn, event, plan)
    assert versions.handed_out_by_version(conn, plan) == {None: 7, 1: 1}


@dataclass
class FakeTheme:
    theme_id: str
    name: str
    responses: int
    quotes: list


def test_themes_heard_come_from_the_consultations_package_and_nothing_without_it(conn, monkeypatch):
    ids = small_plan(conn)
    assert heard.unanswered_themes(conn, ids["plan"]) == []  # no consultations package here: nothing
    module = types.ModuleType("outreach_app.core.consultations.heard")
    module.heard_in_municipality = lambda c, municipality_id: [
        FakeTheme("t-lighting", "Poor lighting", 12, ["The park is dark at night"]),
        FakeTheme("t-needles", "Needles in the park", 30, [])]
    monkeypatch.setitem(sys.modules, "outreach_app.core.consultations.heard", module)
    assert [t.name for t in heard.top_themes(conn, drafts.get_safety_plan(conn, ids["plan"]).municipality_id)] == [
        "Needles in the park", "Poor lighting"]
    drafts.edit_section(conn, ids["section"], theme_ids=["t-needles"])
    assert [t.theme_id for t in heard.unanswered_themes(conn, ids["plan"])] == ["t-lighting"]
    from outreach_app.core.plans.report import handed_out_report, report_text

    report = handed_out_report(conn)
    assert [t["name"] for t in report["themes_not_answered"]["Leamington North"]] == ["Poor lighting"]
    assert "Leamington North: heard but no section answers yet: Poor lighting (12)" in report_text(report)
    versions.publish(conn, ids["plan"])
    content = versions.version_content(conn, ids["plan"])[1]
    assert [t["name"] for t in content["heard"]] == ["Needles in the park", "Poor lighting"]
    assert content["sections"][0]["theme_ids"] == ["t-needles"]
