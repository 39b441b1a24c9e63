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
