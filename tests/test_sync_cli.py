"""The sync commands exactly as docs/cli.md writes them, run as a user's shell would."""

import hashlib
import json

import pytest


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def laptop_db(tmp_path, cli):
    db = tmp_path / "lap.db"
    cli("init", "--device-name", "lap9", db=db, check=True)
    event = cli("event", "add", "--name", "BBQ", "--date", "2025-07-01", "--municipality", "Essex", db=db,
                check=True).stdout.strip()
    cli("tally", "--event", event, "--attendees", "10", db=db, check=True)
    return db


def fingerprint_of(cli, db) -> str:
    """What `signing-key` shows on its first line: the fingerprint the other side compares."""
    return cli("signing-key", db=db, check=True).stdout.splitlines()[0].removeprefix("fingerprint ")


def make_office(cli, db) -> None:
    cli("init", "--device-name", "office", "--office", db=db, check=True)


def test_keygen_export_encrypted_import_and_devices(tmp_path, cli, laptop_db):
    identity = tmp_path / "office.key"
    made = cli("keygen", "--out", identity, check=True)
    recipient = made.stdout.splitlines()[-1]
    assert recipient.startswith("age1") and "AGE-SECRET-KEY-1" in identity.read_text()
    assert cli("keygen", "--out", identity).returncode != 0  # never overwritten

    out = cli("export", "--out", tmp_path / "usb", "--recipient", recipient, db=laptop_db, check=True)
    bundle = out.stdout.splitlines()[-1]
    assert bundle.endswith(".outreach.zip.age")
    office = tmp_path / "office.db"
    make_office(cli, office)
    refused = cli("import", bundle, db=office)
    assert refused.returncode != 0 and "--identity" in refused.stderr and "Traceback" not in refused.stderr
    done = cli("import", bundle, "--identity", identity, "--accept-key", fingerprint_of(cli, laptop_db), db=office,
               check=True)
    assert "bundle #1 from lap9" in done.stdout and "tally_entries 1 new" in done.stdout
    listing = json.loads(cli("devices", "--format", "json", db=office, check=True).stdout)
    lap = next(d for d in listing if d["name"] == "lap9")
    assert (lap["last_seq"], lap["missing"]) == (1, [])
    assert {"device_id", "name", "last_seq", "missing", "last_import"} <= set(lap)


def test_import_refuses_bad_files_but_takes_the_good_ones(tmp_path, cli, laptop_db):
    good = cli("export", "--out", tmp_path / "usb", db=laptop_db, check=True).stdout.splitlines()[-1]
    empty = tmp_path / "empty.outreach.zip"
    empty.write_bytes(b"")
    office = tmp_path / "office.db"
    make_office(cli, office)
    result = cli("import", empty, good, "--accept-key", fingerprint_of(cli, laptop_db), db=office)
    assert result.returncode != 0
    assert f"{empty}: is empty" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1 and "bundle #1" in result.stdout
    report = json.loads(cli("report", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json",
                            db=office, check=True).stdout)
    assert report["attendees"] == 10


def test_dry_run_leaves_the_database_file_byte_identical(tmp_path, cli, laptop_db):
    bundle = cli("export", "--out", tmp_path / "usb", "--full", db=laptop_db, check=True).stdout.splitlines()[-1]
    office = tmp_path / "office.db"
    make_office(cli, office)
    before = sha(office)
    preview = cli("import", "--dry-run", bundle, "--accept-key", fingerprint_of(cli, laptop_db), db=office, check=True)
    assert "would add" in preview.stdout and "tally_entries 1 new" in preview.stdout
    assert sha(office) == before
    assert not (tmp_path / "office.db-wal").exists() or (tmp_path / "office.db-wal").stat().st_size == 0


def test_export_prints_the_path_last_and_never_overwrites(tmp_path, cli, laptop_db):
    paths = [cli("export", "--out", tmp_path / "usb", db=laptop_db, check=True).stdout.splitlines()[-1]
             for _ in range(2)]
    assert paths[0] != paths[1] and "-00001." in paths[0] and "-00002." in paths[1]
    assert cli("export", "--out", laptop_db, db=laptop_db).returncode != 0  # a file, not a folder


def test_a_rotated_key_is_accepted_by_the_fingerprint_the_laptop_shows(tmp_path, cli, laptop_db):
    office = tmp_path / "office.db"
    make_office(cli, office)
    cli("import", cli("export", "--out", tmp_path / "usb", db=laptop_db, check=True).stdout.splitlines()[-1],
        "--accept-key", fingerprint_of(cli, laptop_db), db=office, check=True)
    shown = cli("signing-key", "--rotate", db=laptop_db, check=True).stdout
    bundle = cli("export", "--out", tmp_path / "usb", db=laptop_db, check=True).stdout.splitlines()[-1]
    refused = cli("import", bundle, db=office)
    assert refused.returncode != 0 and "--accept-key" in refused.stderr and "Traceback" not in refused.stderr
    key = refused.stderr.split("--accept-key '")[1].split("'")[0]
    assert key in shown  # the office compares what the refusal names with what the laptop shows
    assert cli("import", bundle, "--accept-key", "ffff ffff ffff ffff", db=office).returncode != 0
    accepted = cli("import", bundle, "--accept-key", key, db=office, check=True)
    assert "bundle #2 from lap9" in accepted.stdout


def test_enrolment_both_ways_by_fingerprint_and_laptops_only_through_the_office(tmp_path, cli, laptop_db):
    """First contact is never silent: the office takes a laptop's first bundle only with the laptop's
    fingerprint, the laptop takes the office's only with the office's; a laptop never takes another's."""
    office = tmp_path / "office.db"
    make_office(cli, office)
    first = cli("export", "--out", tmp_path / "usb", db=laptop_db, check=True).stdout.splitlines()[-1]
    refused = cli("import", first, db=office)
    assert refused.returncode != 0 and fingerprint_of(cli, laptop_db) in refused.stderr
    assert "Traceback" not in refused.stderr and len(refused.stderr.splitlines()) == 1
    cli("import", first, "--accept-key", fingerprint_of(cli, laptop_db), db=office, check=True)
    back = cli("export", "--out", tmp_path / "usb", db=office, check=True).stdout.splitlines()[-1]
    assert cli("import", back, db=laptop_db).returncode != 0
    cli("import", back, "--accept-key", fingerprint_of(cli, office).replace(" ", ""), db=laptop_db, check=True)
    assert "role laptop of the office office" in cli("signing-key", db=laptop_db, check=True).stdout
    other = tmp_path / "other.db"
    cli("init", "--device-name", "lap10", db=other, check=True)
    theirs = cli("export", "--out", tmp_path / "usb", db=other, check=True).stdout.splitlines()[-1]
    direct = cli("import", theirs, "--accept-key", fingerprint_of(cli, other), db=laptop_db)
    assert direct.returncode != 0 and "through the office" in direct.stderr
    assert cli("init", "--device-name", "lap9", "--office", db=laptop_db).returncode != 0
