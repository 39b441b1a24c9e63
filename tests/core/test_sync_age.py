"""Encryption with age: the office identity opens bundles, others cannot, and Debian's age agrees."""

import shutil
import subprocess

import pytest

from outreach_app.core.sync.bundle import BundleRefused, read_bundle
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.importer import import_file
from outreach_app.core.sync.keys import load_identities, make_identity_file, parse_recipients

from .sync_helpers import day_of_work, import_ok, laptop, office_db, report

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="Debian's age command is not installed (apt-get install age)")


@pytest.fixture
def office_key(tmp_path):
    path = tmp_path / "office-identity.txt"
    return path, make_identity_file(path)


def test_laptop_encrypts_to_the_office_and_only_the_office_reads_it(tmp_path, office_key):
    identity_file, recipient = office_key
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    day_of_work(a, "BBQ", "2025-06-19", attendees=2)
    made = export_bundle(a, tmp_path / "usb", recipients=[recipient])
    assert made.encrypted and made.path.name.endswith(".age")
    assert b"tally_entries" not in made.path.read_bytes()
    with pytest.raises(BundleRefused, match="--identity"):
        import_file(office, made.path)
    stranger = tmp_path / "stranger.txt"
    make_identity_file(stranger)
    with pytest.raises(BundleRefused, match="wrong key"):
        import_file(office, made.path, identities=load_identities(stranger))
    import_ok(office, made.path, identities=load_identities(identity_file))
    assert report(office)["attendees"] == 2


def test_identity_files_are_never_overwritten_and_recipients_come_from_files(tmp_path, office_key):
    identity_file, recipient = office_key
    with pytest.raises(Exception, match="already exists"):
        make_identity_file(identity_file)
    assert parse_recipients([str(identity_file)]) == [recipient]
    listing = tmp_path / "recipients.txt"
    listing.write_text(f"# the office\n{recipient}\n")
    assert parse_recipients([str(listing), recipient]) == [recipient]
    with pytest.raises(Exception, match="neither"):
        parse_recipients(["not-a-key"])


@needs_age
def test_debian_age_decrypts_our_bundle_and_we_read_what_age_encrypts(tmp_path, office_key):
    identity_file, recipient = office_key
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    day_of_work(a, "BBQ", "2025-06-19")
    made = export_bundle(a, tmp_path / "usb", recipients=[recipient])
    plain = tmp_path / "plain.zip"
    subprocess.run([AGE, "--decrypt", "-i", str(identity_file), "-o", str(plain), str(made.path)], check=True)
    assert read_bundle(plain).manifest["device_name"] == "lap-a"

    keygen = shutil.which("age-keygen")
    age_identity = tmp_path / "age-made.txt"
    subprocess.run([keygen, "-o", str(age_identity)], check=True, capture_output=True)
    again = tmp_path / "again.outreach.zip.age"
    age_recipient = parse_recipients([str(age_identity)])[0]
    subprocess.run([AGE, "-r", age_recipient, "-o", str(again), str(plain)], check=True)
    import_ok(office, again, identities=load_identities(age_identity))
    assert report(office)["events"] == 1
