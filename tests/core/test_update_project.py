"""The project page: texts and steps, who may change them, and how they travel between laptops."""

import sqlite3
from pathlib import Path

import pytest

from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store import database as core_db
from outreach_app.core.store import migrations
from outreach_app.core.update import project

from .sync_helpers import enrol, export, fingerprints, import_ok, laptop, office_db


def test_texts_are_saved_cleared_and_kept_when_not_given(conn):
    project.set_project(conn, name="  Neighbourhood   safety plans ", purpose="Help residents\nplan ahead",
                        activities=["Community events", "  ", "Survey"], action_items=["Share the link"])
    project.set_project(conn, purpose="Help residents plan")
    saved = project.get_project(conn)
    assert saved == project.Project("Neighbourhood safety plans", "Help residents plan",
                                    ["Community events", "Survey"], ["Share the link"])
    project.set_project(conn, activities=[], action_items=[])
    assert project.get_project(conn).activities == [] and project.get_project(conn).action_items == []


def test_bad_texts_are_refused_whole(conn):
    project.set_project(conn, name="Before")
    with pytest.raises(InvalidInput, match="key activities"):
        project.set_project(conn, name="After", activities=["ok", "bad\x1b[31m"])
    with pytest.raises(InvalidInput, match="too many"):
        project.set_project(conn, activities=["x" * 250] * 10)
    assert project.get_project(conn).name == "Before"  # nothing half-written


def test_steps_are_listed_in_the_order_added_and_ticked_off(conn):
    first = project.add_step(conn, "Compiled a list of key stakeholders for Leamington and Essex", "2025-06-10")
    second = project.add_step(conn, "Launched survey on social media, active until October 31")
    third = project.add_step(conn, "Reach out to identified stakeholders to participate in focus groups",
                             activity="consultations")
    assert [s.id for s in project.list_steps(conn)] == [first, second, third]
    assert project.mark_step_done(conn, second, "2025-07-01") == "2025-07-01"
    project.mark_step_planned(conn, first)
    project.remove_step(conn, third)
    assert [(s.text[:8], s.done_on) for s in project.list_steps(conn)] == [("Compiled", None),
                                                                           ("Launched", "2025-07-01")]
    with pytest.raises(NotFound):
        project.mark_step_done(conn, third)  # removed steps are gone from the page
    with pytest.raises(InvalidInput, match="activity 'parties'"):
        project.add_step(conn, "x", activity="parties")
    with pytest.raises(InvalidInput, match="done date"):
        project.mark_step_done(conn, second, "2025-02-30")


def test_steps_and_texts_travel_both_ways_and_latest_change_wins(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    enrol(office, a, b)
    usb = tmp_path / "usb"
    step = project.add_step(a, "Launched survey on social media")
    project.set_project(office, name="Safety plans", purpose="Help residents plan")
    import_ok(office, export(a, usb))
    relay = export(office, usb)
    for lap in (a, b):
        import_ok(lap, relay, accept_keys=fingerprints(relay))
    assert [s.text for s in project.list_steps(b)] == ["Launched survey on social media"]
    assert project.get_project(a).name == "Safety plans"

    project.mark_step_done(a, step, "2025-08-01")  # the laptop that wrote the step ticks it off
    import_ok(office, export(a, usb))
    project.mark_step_done(office, step, "2025-08-02")  # later, the office corrects the date: latest wins
    relay = export(office, usb)
    import_ok(b, relay)
    import_ok(a, relay)
    assert {project.list_steps(lap)[0].done_on for lap in (a, b, office)} == {"2025-08-02"}


def test_a_laptop_cannot_change_another_devices_step_or_the_offices_page(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    enrol(office, a, b)
    usb = tmp_path / "usb"
    step = project.add_step(a, "Compiled a list of stakeholders")
    project.set_project(office, name="Safety plans")
    import_ok(office, export(a, usb))
    relay = export(office, usb)
    import_ok(b, relay, accept_keys=fingerprints(relay))
    with pytest.raises(InvalidInput, match="another device"):
        project.mark_step_done(b, step)
    with pytest.raises(InvalidInput, match="another device"):
        project.set_project(b, name="Renamed")
    fresh = laptop(tmp_path, "lap-c")  # enrolled, the office's page not here yet: it may not start its own
    fresh.execute("INSERT INTO settings (key, value) VALUES ('sync_office_device', ?)",
                  (office.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0],))
    with pytest.raises(InvalidInput, match="written at the office"):
        project.set_project(fresh, name="Our own page")
    assert project.add_step(fresh, "A laptop's own step")  # steps are its own records
    # a forged change in b's bundle (written around the check) is ignored at the office
    b.execute("UPDATE project_steps SET done_on = '2025-01-01', hlc = hlc + 1000, device_id = ?, rev = 999999",
              (b.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0],))
    import_ok(office, export(b, usb))
    assert project.list_steps(office)[0].done_on is None


def test_a_database_from_before_the_project_page_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    core_db.open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-update'")
    raw.execute("DROP TABLE project")
    raw.execute("DROP TABLE project_steps")
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() - 1}")
    raw.commit()
    raw.close()
    conn = core_db.open_database(path)
    assert project.list_steps(conn) == [] and project.get_project(conn) == project.Project()
    project.add_step(conn, "Planned a focus group")
    assert Path(f"{path}.before-v{migrations.schema_version()}.bak").exists()


def test_the_logo_is_checked_and_kept_on_this_computer(conn, tmp_path):
    not_image = tmp_path / "logo.png"
    not_image.write_text("hello")
    with pytest.raises(InvalidInput, match="logo"):
        project.set_logo(conn, str(not_image))
    assert project.logo_path(conn) is None
