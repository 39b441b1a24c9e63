"""Organisations (stakeholders): one list for invitations, trainings and plan contacts, known by name,
merged across laptops, with the professional contact kept out of every default listing."""

import json
import sqlite3

import pytest

from outreach_app.core.consultations import organisations as orgs
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.store import migrations
from outreach_app.core.store.database import open_database
from tests.conftest import run_cli

from .sync_helpers import enrol, export, fingerprints, import_ok, laptop, office_db


def test_same_name_any_case_is_one_organisation_and_sector_matches_the_known_list(conn):
    first, created = orgs.add_organisation(conn, "Windsor Police Service", "police", "Windsor")
    again, created_again = orgs.add_organisation(conn, "  windsor police   service ", "Health")
    assert created and not created_again and again == first
    [only] = orgs.list_organisations(conn)
    assert (only.name, only.sector, only.municipality) == ("Windsor Police Service", "Police", "Windsor")
    assert orgs.clean_sector("SOCIAL SERVICES") == "Social services"
    assert orgs.clean_sector("Library") == "Library"


@pytest.mark.parametrize("field,value,words", [
    ("contact_email", "not-an-email", "contact email 'not-an-email'"),
    ("contact_phone", "call me", "contact phone 'call me'"),
    ("contact_phone", "12", "contact phone '12'"),
])
def test_bad_contact_values_are_refused_and_nothing_is_written(conn, field, value, words):
    with pytest.raises(InvalidInput, match=words):
        orgs.add_organisation(conn, "Legal Aid", "Social services", **{field: value})
    assert orgs.list_organisations(conn) == []


def test_phone_numbers_people_write_are_accepted(conn):
    for phone in ("519-555-0123", "(519) 555-0123 ext. 12", "+1 519 555 0123", "911", "211"):
        assert orgs.clean_phone(phone) == phone


def test_edit_changes_fields_and_refuses_a_name_another_organisation_has(conn):
    ident, _ = orgs.add_organisation(conn, "CMHA", "Health", contact_email="intake@cmha.example.org")
    orgs.add_organisation(conn, "Legal Aid", "Social services")
    edited = orgs.edit_organisation(conn, ident, sector="Social services", contact_email=None, municipality="Essex")
    assert (edited.sector, edited.contact_email, edited.municipality) == ("Social services", None, "Essex")
    with pytest.raises(InvalidInput, match="'legal aid' already exists"):
        orgs.edit_organisation(conn, ident, name="legal aid")
    with pytest.raises(NotFound, match="no organisation named 'Nobody'"):
        orgs.edit_organisation(conn, "Nobody", sector="Health")


def test_contacts_are_left_out_of_the_default_data(conn):
    orgs.add_organisation(conn, "CMHA", "Health", contact_name="Jo Lee", contact_email="jo@cmha.example.org")
    [org] = orgs.list_organisations(conn)
    assert "contact_email" not in org.as_dict() and "Jo Lee" not in json.dumps(org.as_dict())
    assert org.as_dict(with_contact=True)["contact_email"] == "jo@cmha.example.org"


def test_the_same_organisation_made_on_two_laptops_ends_as_one_everywhere(tmp_path):
    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    enrol(office, a, b)
    usb = tmp_path / "usb"
    id_a, _ = orgs.add_organisation(a, "Essex Food Bank", "Social services")
    id_b, _ = orgs.add_organisation(b, "essex food bank", "Social services")
    import_ok(office, export(b, usb), export(a, usb))
    relay = export(office, usb)
    for lap in (a, b):
        import_ok(lap, relay, accept_keys=fingerprints(relay))
    for db in (a, b, office):
        listed = orgs.list_organisations(db)
        assert [(o.id, o.name) for o in listed] == [(min(id_a, id_b), listed[0].name)]
        assert orgs.find_organisation(db, "ESSEX FOOD BANK") == min(id_a, id_b)
        assert orgs.require_organisation(db, max(id_a, id_b)) == min(id_a, id_b)  # an alias resolves


def test_a_database_without_organisations_upgrades_and_keeps_its_events(db_path):
    from outreach_app.core.records import events

    conn = open_database(db_path)
    events.add_event(conn, "BBQ", "2026-06-19", "Windsor")
    conn.close()
    raw = sqlite3.connect(db_path)  # as the previous version left it
    raw.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'outreach-consultations'")
    raw.execute("DROP TABLE organisations")
    for table in ("guides", "guide_questions", "consultations", "invitations", "responses", "response_edits",
                  "themes", "theme_merges", "theme_tags", "quote_stars"):  # later steps of the same set
        raw.execute(f"DROP TABLE {table}")
    raw.execute("DROP TRIGGER voids_mark_consultation_records")
    raw.execute(f"PRAGMA user_version = {migrations.schema_version() - len(migrations.migration_sets()[-1][1])}")
    raw.commit()
    raw.close()
    conn = open_database(db_path)
    assert [e.name for e in events.list_events(conn)] == ["BBQ"]
    orgs.add_organisation(conn, "CMHA", "Health")
    assert [o.name for o in orgs.list_organisations(conn)] == ["CMHA"]


def test_stakeholder_commands(tmp_path):
    db = tmp_path / "o.db"
    added = run_cli("stakeholder", "add", "--name", "Windsor Police", "--sector", "Police", "--municipality",
                    "Windsor", "--contact-email", "desk@police.example.org", db=db)
    assert added.returncode == 0, added.stderr
    ident = added.stdout.strip().splitlines()[-1]
    again = run_cli("stakeholder", "add", "--name", "windsor police", "--sector", "Police", db=db)
    assert again.stdout.strip().splitlines()[-1] == ident
    listed = json.loads(run_cli("stakeholder", "list", "--format", "json", db=db).stdout)
    assert listed == [{"id": ident, "name": "Windsor Police", "sector": "Police", "municipality": "Windsor"}]
    with_contacts = run_cli("stakeholder", "list", "--with-contacts", db=db).stdout
    assert "desk@police.example.org" in with_contacts
    bad = run_cli("stakeholder", "add", "--name", "X", "--sector", "Health", "--contact-phone", "abc", db=db)
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and "contact phone 'abc'" in bad.stderr
    edited = run_cli("stakeholder", "edit", ident, "--sector", "Fire", db=db)
    assert edited.returncode == 0, edited.stderr
    assert json.loads(run_cli("stakeholder", "list", "--format", "json", db=db).stdout)[0]["sector"] == "Fire"
