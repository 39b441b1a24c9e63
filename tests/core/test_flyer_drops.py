"""Flyer drops: insert-only, voidable, synced; per-tag totals; the migration upgrades older databases."""

import sqlite3

import pytest

from outreach_app.core.records import tally
from outreach_app.core.store.database import open_database
from outreach_app.core.store.migrations import schema_version
from outreach_app.core.errors import InvalidInput
from outreach_app.core.flyers.drops import drops_by_tag, get_drop, list_drops, record_drop
from outreach_app.core.records.catalogue import find_municipality
from outreach_app.core.store.synced_tables import synced_table


def test_drops_are_listed_and_totalled_per_tag_case_insensitively(conn):
    record_drop(conn, "library", "Leamington library", 50, "2025-10-01", "Leamington")
    record_drop(conn, "Library", "Essex library", 25, "2025-10-05", "Essex")
    record_drop(conn, "arena", "Essex arena", 40, "2025-10-03", "Essex")
    assert [d.place for d in list_drops(conn)] == ["Essex library", "Essex arena", "Leamington library"]
    assert [d.place for d in list_drops(conn, "LIBRARY")] == ["Essex library", "Leamington library"]
    totals = drops_by_tag(conn)
    assert totals == {
        "arena": {"flyers": 40, "drops": 1, "places": 1, "first": "2025-10-03", "last": "2025-10-03"},
        "library": {"flyers": 75, "drops": 2, "places": 2, "first": "2025-10-01", "last": "2025-10-05"},
    }
    assert drops_by_tag(conn, municipality_id=find_municipality(conn, "Essex"))["library"]["flyers"] == 25
    assert drops_by_tag(conn, date_from="2025-10-02", date_to="2025-10-04") == {
        "arena": {"flyers": 40, "drops": 1, "places": 1, "first": "2025-10-03", "last": "2025-10-03"}}


def test_accented_tags_match_whatever_their_case_and_however_the_accent_was_typed(conn):
    """SQLite's lower() and NOCASE fold ASCII only: 'BIBLIOTHÈQUE' must still be the same tag."""
    record_drop(conn, "bibliothèque", "Bibliothèque de Leamington", 30, "2025-10-01", "Leamington")
    record_drop(conn, "BIBLIOTHÈQUE", "BIBLIOTHÈQUE DE LEAMINGTON", 20, "2025-10-02", "Leamington")
    record_drop(conn, "bibliothe\u0300que", "Bibliothèque d’Essex", 5, "2025-10-03", "Essex")
    assert drops_by_tag(conn) == {
        "bibliothèque": {"flyers": 55, "drops": 3, "places": 2, "first": "2025-10-01", "last": "2025-10-03"}}
    assert len(list_drops(conn, "Bibliothe\u0300que")) == 3


def test_a_voided_drop_counts_nowhere_and_stays_listed_with_all(conn):
    keep = record_drop(conn, "library", "Leamington library", 50, "2025-10-01")
    wrong = record_drop(conn, "library", "Leamington library", 500, "2025-10-01")
    assert tally.void(conn, wrong) is True
    assert drops_by_tag(conn)["library"]["flyers"] == 50
    assert [d.id for d in list_drops(conn)] == [keep]
    assert get_drop(conn, wrong).voided and len(list_drops(conn, include_voided=True)) == 2


def test_a_void_that_arrives_before_its_drop_still_voids_it(conn):
    ident = "8b0f5d58-6a36-4a4e-9d39-1f2d4c2a0b11"
    conn.execute("INSERT INTO voids (id, target_id, created_at, device_id, hlc) VALUES ('v1', ?, 'x', 'other', 1)", (ident,))
    conn.execute("INSERT INTO flyer_drops (id, source_tag, place, count, date, created_at, device_id, hlc)"
                 " VALUES (?, 'arena', 'Arena', 10, '2025-10-01', 'x', 'other', 2)", (ident,))
    assert get_drop(conn, ident).voided and drops_by_tag(conn) == {}


def test_drops_are_append_only(conn):
    ident = record_drop(conn, "library", "Library", 50, "2025-10-01")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE flyer_drops SET count = 5 WHERE id = ?", (ident,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM flyer_drops WHERE id = ?", (ident,))


@pytest.mark.parametrize("tag, place, count, date, message", [
    ("two words", "Library", 5, "2025-10-01", "source tag"),
    ("library", "  ", 5, "2025-10-01", "place"),
    ("library", "Library", 0, "2025-10-01", "flyer count"),
    ("library", "Library", "ten", "2025-10-01", "flyer count"),
    ("library", "Library", 5, "2025-02-30", "drop date"),
])
def test_bad_drops_are_refused_and_nothing_is_written(conn, tag, place, count, date, message):
    with pytest.raises(InvalidInput, match=message):
        record_drop(conn, tag, place, count, date)
    assert conn.execute("SELECT count(*) FROM flyer_drops").fetchone()[0] == 0


def test_drops_travel_in_sync_bundles_as_facts():
    table = synced_table("flyer_drops")
    assert table.kind == "fact" and "voided" not in table.columns
    assert {"id", "source_tag", "place", "count", "date", "municipality_id", "device_id", "hlc"} <= set(table.columns)


def test_a_database_made_before_flyers_is_upgraded_keeping_its_data(tmp_path, monkeypatch):
    from outreach_app.core.store import migrations, schema

    path = tmp_path / "old.db"
    monkeypatch.setattr(migrations, "migration_sets", lambda: [(schema.SET_NAME, schema.STEPS)])
    old = open_database(path)
    tally.add_baseline(old, "2024-01-01", 1420)
    old.close()
    monkeypatch.undo()

    conn = open_database(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("SELECT plans FROM baselines").fetchone()[0] == 1420
    record_drop(conn, "library", "Library", 50, "2025-10-01")
    assert drops_by_tag(conn)["library"]["flyers"] == 50
    applied = {row[0] for row in conn.execute("SELECT migration_set FROM _sqlite_migrations")}
    assert "outreach-flyers" in applied
    assert (tmp_path / f"old.db.before-v{schema_version()}.bak").exists()
    conn.close()
