"""Every file accounted for: gaps, order and chain per device; receipts; signing keys; office recipient."""

import shutil

from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.store.upkeep import backup_to
from outreach_app.core.sync.export import announce_office_recipients, default_recipients, export_bundle
from outreach_app.core.sync.importer import import_file, import_files
from outreach_app.core.sync.keys import fingerprint, rotate_signing_key, signing_public_key
from outreach_app.core.sync.ledger import device_status, export_confirmations

from .sync_helpers import day_of_work, export, fingerprints, import_ok, laptop, office_db, report, rows

RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"


def status(conn, name) -> dict:
    return next(d for d in device_status(conn) if d["name"] == name)


def test_missing_and_out_of_order_bundles_across_three_laptops(tmp_path):
    office = office_db(tmp_path)
    usb = tmp_path / "usb"
    made = {}
    for name in ("lap-a", "lap-b", "lap-c"):
        conn = laptop(tmp_path, name)
        made[name] = []
        for day in range(1, 5):
            day_of_work(conn, f"{name} day {day}", f"2025-07-0{day}", attendees=1)
            made[name].append(export(conn, usb))
    a, b, c = made["lap-a"], made["lap-b"], made["lap-c"]
    results = import_files(office, [a[0], a[2], a[3], b[3], b[0], c[0], c[1], c[2], c[3]],
                           accept_keys=fingerprints(a[0], b[0], c[0]))
    assert all(r.ok for r in results)
    assert status(office, "lap-a")["missing"] == [2]
    assert status(office, "lap-a")["last_seq"] == 4
    assert status(office, "lap-b")["missing"] == [2, 3]
    assert status(office, "lap-b")["out_of_order"] == [1]
    assert status(office, "lap-c")["missing"] == [] and status(office, "lap-c")["out_of_order"] == []
    warning = next(w for w in results[-1].warnings + results[3].warnings if "lap-b" in w)
    assert "#2, #3 not received" in warning and "export --full" in warning
    import_ok(office, a[1], b[2], b[1])
    assert [d["missing"] for d in device_status(office) if not d["this_device"]] == [[], [], []]
    assert report(office)["attendees"] == 12


def test_a_full_export_covers_the_numbers_before_it(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    day_of_work(a, "d1", "2025-07-01")
    export(a, usb)  # lost on the way
    day_of_work(a, "d2", "2025-07-02")
    export(a, usb)  # lost as well
    import_ok(office, export(a, usb, full=True))
    assert status(office, "lap-a")["missing"] == []
    assert report(office)["events"] == 2


def test_a_laptop_restored_from_a_backup_shows_a_chain_warning(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    day_of_work(a, "d1", "2025-07-01")
    import_ok(office, export(a, usb))
    backup_to(a, tmp_path / "backup.db")
    day_of_work(a, "d2", "2025-07-02")
    import_ok(office, export(a, usb))  # #2
    a.close()
    shutil.copy(tmp_path / "backup.db", tmp_path / "restored.db")
    restored = open_database(tmp_path / "restored.db")
    day_of_work(restored, "d3", "2025-07-03")
    (result,) = import_ok(office, export(restored, usb))  # a second, different #2
    assert any("two different bundles numbered #2" in w for w in result.warnings)
    day_of_work(restored, "d4", "2025-07-04")
    import_ok(office, export(restored, usb))  # #3 follows the restored #2, not the first one
    assert status(office, "lap-a")["duplicates"] == [2]
    assert report(office)["events"] == 4  # nothing was lost


def test_chain_mismatch_is_a_warning_with_what_to_do(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    first = export(a, usb)
    a.execute("UPDATE sync_exports SET sha256 = ? WHERE seq = 1", ("0" * 64,))  # as if #1 were another file
    second = export(a, usb)
    import_ok(office, second)
    (result,) = import_ok(office, first)
    assert status(office, "lap-a")["chain_mismatch"] == [2]
    assert any("chain mismatch" in w and "export --full" in w for w in result.warnings)


def test_receipts_tell_the_laptop_what_the_office_holds(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    made = [export(a, usb) for _ in range(4)]
    assert export_confirmations(a)["unconfirmed"] == [1, 2, 3, 4]
    import_ok(office, made[0], made[1], made[3])
    import_ok(a, export(office, usb))
    confirmations = export_confirmations(a)
    assert confirmations["confirmed_up_to"] == 2 and confirmations["holder"] == "office"
    assert confirmations["unconfirmed"] == [3]
    import_ok(office, made[2])
    import_ok(a, export(office, usb))
    assert export_confirmations(a)["confirmed_up_to"] == 4
    assert export_confirmations(a)["unconfirmed"] == []
    fifth = export_bundle(a, usb)
    assert export_confirmations(a)["unconfirmed"] == [fifth.sequence]


def test_a_rekeyed_laptop_is_refused_until_confirmed(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    import_ok(office, export(a, usb))
    old_key = signing_public_key(a)
    new_key = rotate_signing_key(a)
    assert new_key != old_key
    day_of_work(a, "after re-install", "2025-07-05")
    second = export(a, usb)
    (refusal,) = import_files(office, [second])
    assert "different key" in refusal.refused and fingerprint(new_key) in refusal.refused
    assert report(office)["events"] == 0
    import_ok(office, second, accept_new_key=True)
    assert status(office, "lap-a")["signing_keys"] == 2
    day_of_work(a, "next day", "2025-07-06")
    import_ok(office, export(a, usb))  # the new key is now known
    assert report(office)["events"] == 2


def test_once_a_new_key_is_accepted_bundles_signed_with_the_old_one_are_refused(tmp_path):
    """A laptop rotates its key (it may have been copied or stolen): after the office accepts the new key,
    a copy of the laptop made before the rotation can no longer slip bundles in under the old one."""
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    first = export(a, usb)
    import_ok(office, first)
    backup_to(a, tmp_path / "old-copy.db")  # the copy still holds the old key
    old_key = signing_public_key(a)
    rotate_signing_key(a)
    day_of_work(a, "after rotating", "2025-07-05")
    import_ok(office, export(a, usb), accept_new_key=True)
    copy = open_database(tmp_path / "old-copy.db")
    day_of_work(copy, "slipped in", "2025-07-06")
    (refusal,) = import_files(office, [export(copy, usb)], accept_new_key=True)  # even with a blanket accept
    assert "which device 'lap-a'" in refusal.refused and "replaced from bundle #2 on" in refusal.refused
    assert fingerprint(old_key) in refusal.refused
    assert report(office)["events"] == 1  # "slipped in" did not get in
    (again,) = import_ok(office, first)  # what it already holds stays recognised: nothing new, no refusal
    assert again.already_imported
    copy.close()


def test_a_bundle_signed_with_a_replaced_key_is_refused_whatever_its_number(tmp_path):
    """The office picks #3 (new key) before #2 (made with the old key, before rotating): #2 may be genuine,
    but a stolen copy of the old key could number its forgeries the same way, so it is refused; the
    laptop's full export with its new key brings its records in."""
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    usb = tmp_path / "usb"
    import_ok(office, export(a, usb))
    day_of_work(a, "before rotating", "2025-07-04")
    second = export(a, usb)
    rotate_signing_key(a)
    day_of_work(a, "after rotating", "2025-07-05")
    third = export(a, usb)
    (taken, refused) = import_files(office, [third, second], accept_new_key=True)
    assert taken.ok and "replaced from bundle #3" in refused.refused
    assert report(office)["events"] == 1
    import_ok(office, export(a, usb, full=True))
    assert report(office)["events"] == 2


def test_accepting_one_key_by_its_fingerprint_leaves_other_new_keys_refused(tmp_path):
    """The office accepts exactly the key it compared with the laptop; a forged key for another laptop in
    the same batch stays out (a blanket accept would have let it in)."""
    from outreach_app.core.sync.importer import UnknownSigningKey

    a, b, office = laptop(tmp_path, "lap-a"), laptop(tmp_path, "lap-b"), office_db(tmp_path)
    usb = tmp_path / "usb"
    import_ok(office, export(a, usb), export(b, usb))
    new_key = rotate_signing_key(a)
    day_of_work(a, "after rotating", "2025-07-05")
    rotate_signing_key(b)  # stands in for a forger presenting lap-b with a key of its own
    day_of_work(b, "forged", "2025-07-06")
    typed = fingerprint(new_key).replace(" ", "").upper()  # as read out on the phone
    refused_a, refused_b = import_files(office, [export(a, usb), export(b, usb)], accept_keys=["0000 0000 0000 0000"])
    assert isinstance(refused_a.refusal, UnknownSigningKey) and refused_a.refusal.values["key"] == fingerprint(new_key)
    accepted, forged = import_files(office, [refused_a.path, refused_b.path], accept_keys=[typed])
    assert accepted.ok and forged.refused and "lap-b" in forged.refused
    assert report(office)["events"] == 1


def test_own_bundle_and_the_same_bundle_twice(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    day_of_work(a, "d1", "2025-07-01")
    path = export(a, tmp_path)
    (own,) = import_ok(a, path)
    assert own.own_bundle
    first = import_file(office, path, accept_keys=fingerprints(path))
    again = import_file(office, path)
    assert first.totals()["new"] == 7 and again.totals()["new"] == 0 and again.already_imported
    assert status(office, "lap-a")["bundles_received"] == 1


def test_office_recipient_arrives_in_an_office_bundle(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    announce_office_recipients(office, [RECIPIENT])
    (result,) = import_ok(a, export(office, tmp_path))
    assert result.adopted_recipients == [RECIPIENT]
    assert default_recipients(a) == [RECIPIENT]
    made = export_bundle(a, tmp_path)
    assert made.encrypted and made.path.name.endswith(".outreach.zip.age")
    assert not export_bundle(a, tmp_path, encrypt=False).encrypted


def test_dry_run_writes_nothing(tmp_path):
    a, office = laptop(tmp_path, "lap-a"), office_db(tmp_path)
    day_of_work(a, "d1", "2025-07-01", attendees=4)
    path = export(a, tmp_path / "usb")
    db_file = tmp_path / "office.db"
    office.close()
    before = db_file.read_bytes()
    office = open_database(db_file)
    (preview,) = import_files(office, [path], dry_run=True, accept_keys=fingerprints(path))
    assert preview.counts["tally_entries"]["new"] == 6 and preview.dry_run
    assert preview.date_from == preview.date_to == "2025-07-01"
    assert rows(office)["tally_entries"] == [] and device_status(office)[0]["this_device"]
    assert len(device_status(office)) == 1
    office.close()
    assert db_file.read_bytes() == before
