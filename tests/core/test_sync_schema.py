"""A database made before sync existed upgrades in place and keeps its data."""

from outreach_app.core import db as db_module
from outreach_app.core import events, schema
from outreach_app.core.db import open_database
from outreach_app.core.sync.export import export_bundle


def test_database_without_sync_tables_upgrades(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as patch:
        patch.setattr(db_module, "migration_sets", lambda: [(schema.SET_NAME, schema.STEPS)])
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
        patch.setattr(db_module, "migration_sets", lambda: previous)
        old = open_database(path)
        assert not any(r[1] == "replaced_at" for r in old.execute("PRAGMA table_info(sync_device_keys)"))
        # what the previous version recorded when it first imported lap-a's bundle
        old.execute("INSERT INTO sync_device_keys (device_id, public_key, accepted_at) VALUES (?, ?, '2025-06-01')",
                    (db_module.device_id(lap), signing_public_key(lap)))
        old.close()
    upgraded = open_database(path)
    assert [tuple(r) for r in upgraded.execute("SELECT device_id, replaced_at, replaced_from_seq FROM sync_device_keys")] == \
        [(db_module.device_id(lap), None, None)]
    make_office(upgraded)  # an office from before roles says so once (`init --office`)
    assert not import_files(upgraded, [bundle])[0].refused  # the known key still opens the door
    lap.close()
    upgraded.close()
