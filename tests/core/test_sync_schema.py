"""A database made before sync existed upgrades in place and keeps its data."""

from outreach_app.core.store import connection, migrations
from outreach_app.core.records import events
from outreach_app.core.store import schema
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.export import export_bundle


def test_database_without_sync_tables_upgrades(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migration_sets", lambda: [(schema.SET_NAME, schema.STEPS)])
        old = open_database(path)
        events.add_event(old, "Before sync", "2025-06-01", "Windsor")
        old.close()
    upgraded = open_database(path)
    names = {r[0] for r in upgraded.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sync_exports", "sync_imports", "sync_device_keys", "sync_receipts"} <= names
    assert [e.name for e in events.list_events(upgraded)] == ["Before sync"]
    assert export_bundle(upgraded, tmp_path / "usb").counts["events"] == 1


def test_a_database_from_before_key_replacement_upgrades_and_keeps_its_known_keys(tmp_path, monkeypatch):
    from outreach_app.core.flyers import schema as flyer_schema
    from outreach_app.core.sync import schema as sync_schema
    from outreach_app.core.sync.importer import import_files
    from outreach_app.core.sync.keys import signing_public_key
    from outreach_app.core.sync.trust import make_office
    from tests.core.sync_helpers import laptop

    lap = laptop(tmp_path, "lap-a")
    bundle = export_bundle(lap, tmp_path / "usb").path
    path = tmp_path / "office.db"
    previous = [(schema.SET_NAME, schema.STEPS), (flyer_schema.SET_NAME, flyer_schema.STEPS),
                (sync_schema.SET_NAME, sync_schema.STEPS[:1])]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migration_sets", lambda: previous)
        old = open_database(path)
        assert not any(r[1] == "replaced_at" for r in old.execute("PRAGMA table_info(sync_device_keys)"))
        # what the previous version recorded when it first imported lap-a's bundle
        old.execute("INSERT INTO sync_device_keys (device_id, public_key, accepted_at) VALUES (?, ?, '2025-06-01')",
                    (connection.device_id(lap), signing_public_key(lap)))
        old.close()
    upgraded = open_database(path)
    assert [tuple(r) for r in upgraded.execute("SELECT device_id, replaced_at, replaced_from_seq FROM sync_device_keys")] == \
        [(connection.device_id(lap), None, None)]
    make_office(upgraded)  # an office from before roles says so once (`init --office`)
    assert not import_files(upgraded, [bundle])[0].refused  # the known key still opens the door
    lap.close()
    upgraded.close()


def test_a_database_from_before_record_authors_upgrades_its_void_rule_and_keeps_its_office(tmp_path, monkeypatch):
    """Step 0003: an installation that announced an office recipient stays the office; its voids still
    count, a laptop's void of another device's entry no longer does; what was voided before stays so."""
    from outreach_app.core.records import tally
    from outreach_app.core.clock import new_id
    from outreach_app.core.flyers import schema as flyer_schema
    from outreach_app.core.sync import schema as sync_schema
    from outreach_app.core.sync.roles import is_office

    path = tmp_path / "office.db"
    previous = [(schema.SET_NAME, schema.STEPS), (flyer_schema.SET_NAME, flyer_schema.STEPS),
                (sync_schema.SET_NAME, sync_schema.STEPS[:2])]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migration_sets", lambda: previous)
        old = open_database(path)
        old.execute("INSERT INTO settings (key, value) VALUES ('sync_office_recipients', ?)",
                    ('["age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"]',))
        event = events.add_event(old, "BBQ", "2025-06-19", "Windsor")
        entries = [tally.record_attendee(old, event).entry.id for _ in range(3)]
        other = "11111111-1111-4111-8111-111111111111"
        old.execute("INSERT INTO voids (id, target_id, created_at, device_id, hlc) VALUES (?, ?, '', ?, 1)",
                    (new_id(), entries[0], other))  # counted by the old rule
        old.commit()
        old.close()
    upgraded = open_database(path)
    assert is_office(upgraded)
    assert upgraded.execute("SELECT count(*) FROM sync_record_authors").fetchone() == (0,)
    voided = dict(upgraded.execute("SELECT id, voided FROM tally_entries"))
    assert voided[entries[0]] == 1  # history is kept as it was
    upgraded.execute("INSERT INTO voids (id, target_id, created_at, device_id, hlc) VALUES (?, ?, '', ?, 2)",
                     (new_id(), entries[1], other))
    assert tally.void(upgraded, entries[2])
    voided = dict(upgraded.execute("SELECT id, voided FROM tally_entries"))
    assert (voided[entries[1]], voided[entries[2]]) == (0, 1)
