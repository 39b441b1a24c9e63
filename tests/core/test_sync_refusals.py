"""Damaged, tampered, foreign and hostile files are refused with one line naming the file, and the
database is left exactly as it was; other files of the same import still go in."""

import hashlib
import io
import json
import random
import zipfile

import pytest

from outreach_app.core.sync import bundle as bundle_format
from outreach_app.core.sync.bundle import BundleRefused, read_bundle
from outreach_app.core.sync.importer import import_file, import_files
from outreach_app.core.sync.keys import sign

from .sync_helpers import day_of_work, enrol, export, import_ok, laptop, office_db, others_rows, rows


@pytest.fixture
def pair(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    enrol(office, a)
    day_of_work(a, "BBQ", "2025-06-19")
    return a, office, export(a, tmp_path / "usb")


def members(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_zip(path, content: dict, **info_changes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr(name, data)


def resign(conn, content: dict, change) -> dict:
    """Edit the manifest with change(manifest) and sign it again with conn's key (a 'valid' bundle)."""
    manifest = json.loads(content["manifest.json"])
    change(manifest)
    body = json.dumps(manifest, indent=2, sort_keys=True).encode()
    return {**content, "manifest.json": body, "manifest.sig": sign(conn, body)[1] + "\n"}


def refused(conn, path, **options) -> str:
    before = rows(conn)
    with pytest.raises(BundleRefused) as caught:
        import_file(conn, path, **options)
    assert rows(conn) == before
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    return message


def test_empty_truncated_and_not_a_bundle(pair, tmp_path):
    _, office, good = pair
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    assert "empty" in refused(office, empty)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "damaged or truncated" in refused(office, truncated)
    text = tmp_path / "notes.txt"
    text.write_text("shopping list\n")
    assert "not an Outreach bundle" in refused(office, text)
    other_zip = tmp_path / "photos.zip"
    write_zip(other_zip, {"photo.jpg": b"\xff\xd8"})
    assert "not an Outreach bundle" in refused(office, other_zip)


def test_tampered_part_and_tampered_manifest(pair, tmp_path):
    a, office, good = pair
    content = members(good)
    part = "tables/tally_entries.jsonl"
    changed = dict(content, **{part: content[part].replace(b'"tap"', b'"paper"', 1)})
    write_zip(tmp_path / "t1.zip", changed)
    assert "checksum" in refused(office, tmp_path / "t1.zip")
    manifest = json.loads(content["manifest.json"])
    manifest["device_name"] = "someone else"
    write_zip(tmp_path / "t2.zip", dict(content, **{"manifest.json": json.dumps(manifest).encode()}))
    assert "signature" in refused(office, tmp_path / "t2.zip")


def test_newer_and_unknown_format_versions(pair, tmp_path):
    a, office, good = pair
    for version, words in ((2, "newer"), ("one", "unknown")):
        content = resign(a, members(good), lambda m: m.update(format_version=version))
        write_zip(tmp_path / f"v{version}.zip", content)
        assert words in refused(office, tmp_path / f"v{version}.zip")


def test_path_traversal_and_extra_members(pair, tmp_path):
    _, office, good = pair
    for name in ("../../etc/evil", "/abs/path", "tables/../../x.jsonl", "tables\\x.jsonl"):
        write_zip(tmp_path / "trav.zip", {**members(good), name: b"x"})
        assert "unsafe path" in refused(office, tmp_path / "trav.zip") or "unexpected member" in refused(office, tmp_path / "trav.zip")
    write_zip(tmp_path / "extra.zip", {**members(good), "tables/secret.jsonl": b"[]\n"})
    assert "does not list" in refused(office, tmp_path / "extra.zip")


def test_zip_bomb_and_oversized_members(pair, tmp_path, monkeypatch):
    a, office, good = pair
    bomb = tmp_path / "bomb.zip"
    write_zip(bomb, {**members(good), "tables/voids.jsonl": b"\n" * (50 * 1024 * 1024)})
    assert "zip bomb" in refused(office, bomb)
    monkeypatch.setattr(bundle_format, "MAX_TOTAL_BYTES", 1000)
    assert "oversized" in refused(office, good)


def test_records_that_break_the_schema(pair, tmp_path):
    a, office, good = pair
    content = members(good)
    part = "tables/tally_entries.jsonl"
    lines = content[part].decode().splitlines()
    first = json.loads(lines[0])
    cases = {
        "quantity is text": lambda r: r.__setitem__(5, "many"),
        "negative quantity": lambda r: r.__setitem__(5, -3),
        "unknown kind": lambda r: r.__setitem__(2, "bribe"),
        "id not a uuid": lambda r: r.__setitem__(0, "1; DROP TABLE events"),
        "nested value": lambda r: r.__setitem__(1, {"a": 1}),
        "missing field": lambda r: r.pop(),
        "null id": lambda r: r.__setitem__(0, None),
    }
    for label, damage in cases.items():
        row = list(first)
        damage(row)
        data = ("\n".join([json.dumps(row)] + lines[1:]) + "\n").encode()

        def fix(manifest):
            manifest["tables"]["tally_entries"]["sha256"] = hashlib.sha256(data).hexdigest()
            manifest["tables"]["tally_entries"]["bytes"] = len(data)

        path = tmp_path / f"schema-{label.replace(' ', '-')}.zip"
        write_zip(path, resign(a, {**content, part: data}, fix))
        message = refused(office, path)
        assert "tally_entries" in message, (label, message)


def test_forged_bundle_signed_by_another_key_is_refused(pair, tmp_path):
    a, office, good = pair
    import_ok(office, good)
    forger = laptop(tmp_path, "forger")
    day_of_work(a, "Second day", "2025-06-20")
    real_second = export(a, tmp_path / "usb")
    content = members(real_second)
    forged = resign(forger, content, lambda m: m.update(signing_key=_public(forger)))
    write_zip(tmp_path / "forged.zip", forged)
    message = refused(office, tmp_path / "forged.zip")
    assert "different key" in message and "--accept-key" in message
    import_ok(office, real_second)


def _public(conn):
    from outreach_app.core.sync.keys import signing_public_key

    return signing_public_key(conn)


def test_other_files_still_go_in(pair, tmp_path):
    _, office, good = pair
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    results = import_files(office, [bad, good])
    assert [r.ok for r in results] == [False, True]
    assert results[1].counts["tally_entries"]["new"] == 5


def test_damaging_a_bundle_byte_by_byte_never_crashes(pair, tmp_path):
    """Fuzz: flip, drop or insert bytes anywhere; every outcome is a refusal or the same data."""
    a, office, good = pair
    reference = office_db(tmp_path, "reference")
    import_ok(reference, good)
    expected = others_rows(reference)
    data = good.read_bytes()
    rng = random.Random(4)
    target = tmp_path / "fuzzed.zip"
    positions = list(range(0, len(data), max(1, len(data) // 150))) + [rng.randrange(len(data)) for _ in range(150)]
    for position in positions:
        damaged = bytearray(data)
        action = rng.choice(("flip", "cut", "insert", "truncate"))
        if action == "flip":
            damaged[position] ^= 1 << rng.randrange(8)
        elif action == "cut":
            del damaged[position]
        elif action == "insert":
            damaged.insert(position, rng.randrange(256))
        else:
            del damaged[position:]
        target.write_bytes(bytes(damaged))
        before = rows(office)
        try:
            import_file(office, target)
        except BundleRefused as exc:
            assert "\n" not in str(exc)
            assert rows(office) == before
        else:
            assert others_rows(office) == expected  # the damage hit nothing that matters (e.g. zip comment)
            office.close()
            office = office_db(tmp_path / f"fresh{position}")
            enrol(office, a)


def test_a_bundle_with_an_impossible_calendar_date_is_refused(tmp_path):
    """'2025-06-31' has the right shape but is no date: one bad laptop must not break the office's
    text and PDF reports, so the bundle is refused whole, naming the field."""

    lap, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    enrol(office, lap)
    day_of_work(lap, "Glengarry BBQ", "2025-06-19")
    lap.execute("UPDATE events SET date = '2025-06-31'")
    bundle = export(lap, tmp_path / "usb")
    before = office.execute("SELECT count(*) FROM events").fetchone()
    with pytest.raises(BundleRefused, match="invalid date"):
        import_file(office, bundle)
    assert office.execute("SELECT count(*) FROM events").fetchone() == before


def test_a_bundle_expanding_past_the_bound_is_refused_quickly(pair, tmp_path):
    import os
    import time

    from outreach_app.core.records.demo import make_demo_data

    a, office, good = pair
    block = os.urandom(3000)  # repeated: deflates about 100-fold, under the per-member ratio limit
    bomb = tmp_path / "bomb.zip"
    write_zip(bomb, {**members(good), "tables/voids.jsonl": (block * 12_000)})  # 36 MB from about 0.35 MB
    started = time.perf_counter()
    message = refused(office, bomb, max_expanded_mb=16)
    assert "oversized" in message and "--max-expanded-mb" in message
    assert time.perf_counter() - started < 1
    make_demo_data(a, events=20, entries=20_000, seed=1)  # an honest bundle of about 4 MB of records
    big = export(a, tmp_path / "usb", full=True)
    needed = int(refused(office, big, max_expanded_mb=1).split("--max-expanded-mb ")[1].rstrip(")"))
    assert 2 <= needed <= 8
    import_ok(office, big, max_expanded_mb=needed)
