"""Hostile bundles against the trust model (docs/design.md, "Sync trust and threat model"): files signed
with a laptop's real key (stolen or buggy) and with an outsider's fresh key. After each, every honest
figure is unchanged, and the office still exports to every laptop and they import it."""

import time
import sqlite3

import pytest

from outreach_app.core.records import catalogue as records
from outreach_app.core.clock import new_id
from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.keys import rotate_signing_key
from outreach_app.core.sync.ledger import export_confirmations

from .hostile_bundles import craft, fresh_recipient, imported, installation, key_of, must_import, row_of, world
from .sync_helpers import report

BIG_HLC = int(time.time() * 1000) + 3_600_000
"""Newer than every honest edit (an hour ahead) yet within the bounds an import accepts: the attacks
below must be stopped by the trust rules, not by the clock bound."""


def next_seq(conn) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM sync_exports").fetchone()[0]


def entries_of(conn, event: str) -> list[dict]:
    return [row_of(conn, "tally_entries", i) for (i,) in
            conn.execute("SELECT id FROM tally_entries WHERE event_id = ? ORDER BY id", (event,))]


@pytest.fixture
def w(tmp_path):
    return world(tmp_path)


def refused(results) -> list[str]:
    return [r.refused for r in results if r.refused]


# --- finding 2: nobody but the laptop's own office sets where its exports are encrypted to -----------

def test_an_outsider_claiming_to_be_the_office_cannot_redirect_a_laptops_encryption(w, tmp_path):
    before = w.figures()
    attacker = fresh_recipient()
    outsider = open_database(tmp_path / "outsider.db")
    records.set_device_name(outsider, "office")
    forged = craft(outsider, tmp_path / "forged-office.zip", role="office", office_recipients=[attacker],
                   created_hlc=BIG_HLC)
    # even a user talked into accepting the outsider's key keeps the office it enrolled with
    assert refused(imported(w.lap1, forged)) and refused(imported(w.lap1, forged, accept=[key_of(outsider)]))
    stolen = craft(w.lap2, tmp_path / "lap2-as-office.zip", role="office", office_recipients=[attacker],
                   sequence=next_seq(w.lap2), created_hlc=BIG_HLC)
    assert refused(imported(w.lap1, stolen, accept=[key_of(w.lap2)]))
    w.assert_still_syncs(before)  # lap1's exports still go to the office's recipient only


# --- finding 3: enrolment instead of trust on first use --------------------------------------------

def test_a_device_never_accepted_is_refused_until_its_fingerprint_is_given(w, tmp_path):
    before = w.figures()
    outsider = open_database(tmp_path / "outsider.db")
    records.set_device_name(outsider, "lap3")
    entry = {**entries_of(w.office, w.event2)[0], "id": new_id(), "quantity": 500, "device_id": device_id(outsider)}
    forged = craft(outsider, tmp_path / "outsider.zip", rows={"tally_entries": [entry]})
    (result,) = imported(w.office, forged)
    assert result.refused and key_of(outsider) in result.refused and "--accept-key" in result.refused
    from outreach_app.core.sync.importer import import_files

    assert import_files(w.office, [forged], accept_new_key=True)[0].refused  # a blanket accept never enrols
    w.assert_still_syncs(before)
    # a real new laptop enrols the same way, both sides comparing fingerprints
    lap3 = open_database(tmp_path / "lap3.db")
    records.set_device_name(lap3, "lap3")
    from_office = export_bundle(w.office, w.usb, full=True, encrypt=False).path
    assert refused(imported(lap3, from_office))
    must_import(lap3, from_office, accept=[key_of(w.office)])
    assert report(lap3) == report(w.office)


# --- finding 4: records belong to the device that signed them ----------------------------------------

def test_a_laptop_cannot_void_another_laptops_entries(w, tmp_path):
    before = w.figures()
    voids = [{"id": new_id(), "target_id": e["id"], "reason": "x", "created_at": e["created_at"],
              "device_id": device_id(w.lap1), "hlc": BIG_HLC} for e in entries_of(w.office, w.event2)]
    hostile = craft(w.lap1, tmp_path / "voids.zip", rows={"voids": voids}, sequence=next_seq(w.lap1))
    imported(w.office, hostile)
    # voids that arrive before their entries do not count either (a fresh office, the voids first)
    w.assert_still_syncs(before)


def test_a_void_that_arrives_before_the_entry_of_another_laptop_has_no_effect(w, tmp_path):
    fresh = installation(tmp_path / "fresh", "office", office=True)
    entry = entries_of(w.office, w.event2)[0]
    void = {"id": new_id(), "target_id": entry["id"], "reason": "x", "created_at": entry["created_at"],
            "device_id": device_id(w.lap1), "hlc": BIG_HLC}
    hostile = craft(w.lap1, tmp_path / "void-first.zip", rows={"voids": [void]}, sequence=next_seq(w.lap1))
    must_import(fresh, hostile, accept=[key_of(w.lap1)])
    must_import(fresh, export_bundle(w.lap2, w.usb, full=True).path, accept=[key_of(w.lap2)],
                identities=w.identities)
    assert fresh.execute("SELECT voided FROM tally_entries WHERE id = ?", (entry["id"],)).fetchall() == [(0,)]
    assert report(fresh)["attendees"] == 30


def test_entries_claiming_another_laptop_as_their_author_are_ignored(w, tmp_path):
    before = w.figures()
    claimed = {**entries_of(w.office, w.event2)[0], "id": new_id(), "quantity": 500, "device_id": device_id(w.lap2)}
    hostile = craft(w.lap1, tmp_path / "claims.zip", rows={"tally_entries": [claimed]}, sequence=next_seq(w.lap1))
    (result,) = imported(w.office, hostile)
    assert any("ignored" in str(warning) for warning in result.warnings)
    w.assert_still_syncs(before)


def test_a_laptop_cannot_cancel_or_rename_another_devices_records(w, tmp_path):
    before = w.figures()
    lap1 = device_id(w.lap1)
    cancel = {**row_of(w.office, "events", w.event2), "cancelled": 1, "hlc": BIG_HLC, "device_id": lap1}
    office_id = device_id(w.office)
    renames = [{**row_of(w.office, "devices", office_id), "name": "pwned", "hlc": BIG_HLC, "device_id": who}
               for who in (lap1, office_id)]
    retire = [{**row_of(w.office, "plans", i), "active": 0, "hlc": BIG_HLC, "device_id": lap1}
              for (i,) in w.office.execute("SELECT id FROM plans")]
    hostile = craft(w.lap1, tmp_path / "corrections.zip", sequence=next_seq(w.lap1),
                    rows={"events": [cancel], "devices": renames[:1], "plans": retire})
    imported(w.office, hostile)
    claims_office = craft(w.lap1, tmp_path / "as-office.zip", sequence=next_seq(w.lap1) + 1,
                          rows={"devices": renames[1:]})
    imported(w.office, claims_office)
    w.assert_still_syncs(before)


def test_the_same_entry_id_with_other_content_is_refused_as_a_conflict(w, tmp_path):
    before = w.figures()
    changed = {**entries_of(w.office, w.event2)[0], "quantity": 50}
    for signer in (w.lap1, w.lap2):  # another laptop, or its own author (buggy): never decided by order
        hostile = craft(signer, tmp_path / f"conflict-{records.device_name(signer)}.zip",
                        rows={"tally_entries": [changed]}, sequence=next_seq(signer))
        (result,) = imported(w.office, hostile)
        assert result.refused and "conflict" in result.refused and changed["id"] in result.refused
    twice = {**entries_of(w.office, w.event1)[0], "id": new_id()}  # a new id twice in one file, two contents
    hostile = craft(w.lap1, tmp_path / "twice.zip", sequence=next_seq(w.lap1),
                    rows={"tally_entries": [twice, {**twice, "quantity": 40}]})
    (result,) = imported(w.office, hostile)
    assert result.refused and "conflict" in result.refused and twice["id"] in result.refused
    w.assert_still_syncs(before)


# --- finding 5: a replaced key is refused whatever the bundle number -----------------------------------

def test_an_old_key_cannot_slip_records_in_after_rotation(w, tmp_path):
    stolen_copy = tmp_path / "stolen-lap1.db"
    target = sqlite3.connect(stolen_copy)
    w.lap1.backup(target)
    target.close()
    rotate_signing_key(w.lap1)
    w.sync_round()  # the office accepts lap1's new key (compared), bundle #2
    before = w.figures()
    thief = open_database(stolen_copy)
    entry = {**entries_of(w.office, w.event1)[0], "id": new_id(), "quantity": 500}
    for sequence in (1, 2, 5):  # below, at and above the rotation point, each with a fresh bundle id
        hostile = craft(thief, tmp_path / f"old-key-{sequence}.zip", rows={"tally_entries": [entry]},
                        sequence=sequence)
        assert refused(imported(w.office, hostile)) and refused(imported(w.office, hostile, accept=[key_of(thief)]))
    w.assert_still_syncs(before)


# --- finding 10: only the laptop's office confirms what it holds ---------------------------------------

def test_forged_receipts_do_not_make_a_laptop_believe_the_office_holds_its_exports(w, tmp_path):
    for _ in range(2):
        export_bundle(w.lap1, tmp_path / "lost")  # two exports that never reached the office
    before = w.figures()
    assert export_confirmations(w.lap1)["unconfirmed"] == [2, 3]
    receipts = {device_id(w.lap1): [[1, 1000]]}
    outsider = open_database(tmp_path / "outsider.db")
    records.set_device_name(outsider, "office")
    forged = craft(outsider, tmp_path / "receipts.zip", role="office", receipts=receipts)
    stolen = craft(w.lap2, tmp_path / "lap2-receipts.zip", receipts=receipts, sequence=next_seq(w.lap2))
    for hostile, key in ((forged, key_of(outsider)), (stolen, key_of(w.lap2))):
        imported(w.lap1, hostile)
        imported(w.lap1, hostile, accept=[key])
    assert export_confirmations(w.lap1)["unconfirmed"] == [2, 3]
    w.assert_still_syncs(before)


def test_a_laptop_cannot_take_over_the_name_a_report_prints(w, tmp_path):
    """Rows with the same normalised name are aliases; a laptop's row with a smaller id than the seeded
    "Glengarry" or "Windsor" must not decide how reports spell them."""
    lap1, small = device_id(w.lap1), "00000000-0000-4000-8000-000000000000"
    plan = {"id": small, "name": "GLENGARRY", "name_key": "glengarry", "area": None, "language": None, "active": 1,
            "hlc": 5, "updated_at": "2025-06-19T10:00:00+00:00", "device_id": lap1}
    town = {"id": small, "name": "WINDSOR", "name_key": "windsor", "active": 1, "hlc": 5,
            "updated_at": "2025-06-19T10:00:00+00:00", "device_id": lap1}
    entry = {**entries_of(w.office, w.event1)[0], "id": new_id(), "kind": "plan", "plan_id": small, "quantity": 1}
    hostile = craft(w.lap1, tmp_path / "names.zip", sequence=next_seq(w.lap1),
                    rows={"plans": [plan], "municipalities": [town], "tally_entries": [entry]})
    must_import(w.office, hostile)
    w.sync_round()
    for conn in (w.office, w.lap1, w.lap2):
        figures = report(conn)
        assert "Glengarry" in figures["plans_by_name"] and "GLENGARRY" not in figures["plans_by_name"]
        assert "Windsor" in figures["by_municipality"] and "WINDSOR" not in figures["by_municipality"]
        assert "Glengarry" in [p.name for p in records.list_plans(conn)]


def test_an_enrolled_laptop_refuses_locally_to_change_what_only_the_office_corrects(w):
    """The window and the command line say so at once, instead of a change the office would ignore."""
    from outreach_app.core.records import events, tally
    from outreach_app.core.errors import InvalidInput

    glengarry = records.find_plan(w.lap1, "Glengarry")
    entry = entries_of(w.lap1, w.event2)[0]["id"]
    for change in (lambda: records.set_plan_active(w.lap1, glengarry, False),
                   lambda: records.rename_plan(w.lap1, glengarry, "Glengarry Park"),
                   lambda: events.set_event_cancelled(w.lap1, w.event2),
                   lambda: events.update_event(w.lap1, w.event2, notes="x"),
                   lambda: tally.void(w.lap1, entry)):
        with pytest.raises(InvalidInput, match="only the office"):
            change()
    tally.void(w.office, entry)  # the office corrects anyone's
    events.update_event(w.lap1, w.event1, notes="own event")  # and a laptop its own
    records.set_plan_active(w.office, glengarry, False)
