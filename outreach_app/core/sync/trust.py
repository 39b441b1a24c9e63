"""Who may send what (docs/design.md, "Sync trust and threat model"): roles, enrolment and signing keys.

- Roles: one installation is the office (`init --office`); the others are laptops. A laptop imports
  bundles from its office only; the office imports bundles from the laptops it enrolled.
- Enrolment: a device's first bundle is refused unless its signing-key fingerprint was compared and
  given (`--accept-key`), at the office for a laptop and at a laptop for its office alike.
- A laptop's office is the office device it accepted; from then on no other office is taken, and only
  that office's bundles may set the laptop's encryption recipient or confirm its exports (receipts).
- A key its device replaced is refused for every later bundle, whatever its number.
Record authorship (who may change which rows) is in `authorship`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from outreach_app.core.changes import Change, writes

from outreach_app.core.store.connection import device_id, get_setting, set_setting, transaction
from outreach_app.core.sync.roles import (LAPTOP, OFFICE, OFFICE_SETTING, ROLE_SETTING, is_office, role)
from ..errors import InvalidInput
from .bundle import BundleRefused, VerifiedBundle
from .keys import fingerprint, fingerprint_digits




class UnknownSigningKey(BundleRefused):
    """A bundle signed by a key this database has not accepted for its device (a first contact or a new
    key): its values name the device and the key's fingerprint, to compare with that device's own
    before accepting it."""


class UnknownDevice(UnknownSigningKey):
    """The first bundle of a device this database has never accepted (enrolment)."""


@dataclass(frozen=True)
class Sender:
    """What the key check found about a bundle's signer."""
    device_id: str
    role: str  # the role the bundle announces
    first_contact: bool  # accepted now for the first time
    new_key: bool  # an accepted new key of a known device (its older keys are replaced)
    is_office: bool  # the sender is this laptop's office (or becomes it with this bundle)


@writes(Change.DEVICES | Change.SETTINGS)
def make_office(conn: sqlite3.Connection) -> None:
    """`init --office`: this installation becomes the office laptops enrol with (idempotent). A laptop that
    already accepted an office, or that merged another device's bundles, cannot become one."""
    if is_office(conn):
        return
    office = get_setting(conn, OFFICE_SETTING)
    if office:
        raise InvalidInput("this installation is a laptop of office {office}; an office is set up on its own "
                           "database (init --office on a fresh one)", office=_label(conn, office))
    with transaction(conn):
        set_setting(conn, ROLE_SETTING, OFFICE)
        set_setting(conn, OFFICE_SETTING, device_id(conn))


def bundle_role(bundle: VerifiedBundle) -> str:
    """The role a bundle announces (bundles from before roles were laptops'), or a refusal."""
    announced = bundle.manifest.get("role", LAPTOP)
    if announced not in (OFFICE, LAPTOP):
        raise BundleRefused("manifest field {key} is missing or malformed", where=bundle.path, key="role")
    return announced


def check_sender(conn: sqlite3.Connection, bundle: VerifiedBundle, accept_keys=(), accept_new_key: bool = False,
                 already_imported: bool = False) -> Sender:
    """Refuse a bundle its signer may not send here (BundleRefused, database untouched): an unenrolled
    device, a replaced or unknown key, a laptop's bundle at a laptop, another office's bundle."""
    key, name, sender = bundle.manifest["signing_key"], bundle.manifest["device_name"], bundle.device_id
    announced = bundle_role(bundle)
    compared = fingerprint_digits(fingerprint(key)) in {fingerprint_digits(k) for k in accept_keys}
    keys = dict(conn.execute("SELECT public_key, replaced_from_seq FROM sync_device_keys WHERE device_id = ?",
                             (sender,)).fetchall())
    office = get_setting(conn, OFFICE_SETTING)
    short, shown = sender[:8], fingerprint(key)
    if announced == LAPTOP and not is_office(conn):
        raise BundleRefused("'{device}' ({device_id}) is a laptop: laptops exchange records through the office, "
                            "not with each other; import this file at the office (if this installation is the "
                            "office, run `outreach-app init --office` first)", where=bundle.path,
                            device=name, device_id=short)
    if announced == OFFICE and is_office(conn):
        raise BundleRefused("'{device}' ({device_id}) is another office; this installation is the office and takes "
                            "bundles from its laptops only", where=bundle.path, device=name, device_id=short)
    if announced == OFFICE and office and office != sender:
        raise BundleRefused("'{device}' ({device_id}) calls itself an office, but this laptop's office is {office}; "
                            "a laptop takes records from its own office only", where=bundle.path,
                            office=_label(conn, office), device=name, device_id=short)
    if key in keys:
        if keys[key] is not None and not already_imported:
            raise BundleRefused(
                "bundle #{seq} is signed with key {key}, which device '{device}' ({device_id}) replaced from bundle "
                "#{since} on: possibly an old copy of that laptop. Ask its user; if the file is genuine, have that "
                "laptop make a new key (signing-key --rotate) and export --full", where=bundle.path,
                seq=bundle.sequence, since=keys[key], key=shown, device=name, device_id=short)
        return Sender(sender, announced, False, False, announced == OFFICE)
    if not keys:
        if not compared:
            raise UnknownDevice(
                "first bundle from '{device}' ({device_id}), signed with key {key}: compare it with that device's own "
                "(outreach-app signing-key, or its Settings page) and import again with --accept-key '{key}'",
                where=bundle.path, device=name, device_id=short, key=shown)
        return Sender(sender, announced, True, False, announced == OFFICE)
    if not (compared or accept_new_key):
        raise UnknownSigningKey(
            "signed by a different key than earlier bundles of device '{device}' ({device_id}): possibly forged. "
            "If that laptop was re-installed or made a new key, check that it shows key {key} "
            "(outreach-app signing-key, or its Settings) and import again with --accept-key '{key}'",
            where=bundle.path, device=name, device_id=short, key=shown)
    return Sender(sender, announced, False, True, announced == OFFICE)


def enrol(conn: sqlite3.Connection, bundle: VerifiedBundle, sender: Sender) -> None:
    """After a bundle is merged (same transaction): remember its key, replace the older ones when a new
    key was accepted, and make an accepted office this laptop's office."""
    from ..clock import utc_now

    now, key = utc_now(), bundle.manifest["signing_key"]
    conn.execute("INSERT OR IGNORE INTO sync_device_keys (device_id, public_key, accepted_at) VALUES (?, ?, ?)",
                 (sender.device_id, key, now))
    if sender.new_key:  # its predecessors are refused for every later bundle
        conn.execute("UPDATE sync_device_keys SET replaced_at = ?, replaced_from_seq = ? WHERE device_id = ?"
                     " AND public_key != ? AND replaced_from_seq IS NULL",
                     (now, bundle.sequence, sender.device_id, key))
    if sender.is_office and not is_office(conn) and not get_setting(conn, OFFICE_SETTING):
        set_setting(conn, ROLE_SETTING, LAPTOP)
        set_setting(conn, OFFICE_SETTING, sender.device_id)


def counts_receipts(conn: sqlite3.Connection, sender: Sender) -> bool:
    """Receipts (which bundles the sender holds) count only from this laptop's office, or at the office
    from its enrolled laptops."""
    return is_office(conn) or sender.device_id == get_setting(conn, OFFICE_SETTING)


def may_set_recipients(conn: sqlite3.Connection, sender: Sender) -> bool:
    """Only the office this laptop enrolled with may set where the laptop's exports are encrypted to."""
    return not is_office(conn) and sender.device_id == get_setting(conn, OFFICE_SETTING)


def enrolment(conn: sqlite3.Connection) -> dict:
    """This installation's role, its own fingerprint and its office (the Settings page, `signing-key`):
    {"role", "fingerprint", "office_name", "office_id", "office_fingerprint"} (office_*: None on the
    office itself and before a laptop enrols)."""
    from .keys import signing_public_key

    office = None if is_office(conn) else get_setting(conn, OFFICE_SETTING)
    name = office_key = None
    if office:
        row = conn.execute("SELECT public_key FROM sync_device_keys WHERE device_id = ? AND replaced_from_seq IS NULL"
                           " ORDER BY accepted_at DESC LIMIT 1", (office,)).fetchone()
        office_key = fingerprint(row[0]) if row else None
        name = _label(conn, office, quoted=False)
    return {"role": role(conn), "fingerprint": fingerprint(signing_public_key(conn)), "office_name": name,
            "office_id": office, "office_fingerprint": office_key}


def _label(conn: sqlite3.Connection, device: str, quoted: bool = True) -> str:
    row = conn.execute("SELECT name FROM devices WHERE id = ?", (device,)).fetchone()
    if not row:
        row = conn.execute("SELECT device_name FROM sync_imports WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                           (device,)).fetchone()
    name = row[0] if row else "device"
    return f"'{name}' ({device[:8]})" if quoted else name


def receipt_holders(conn: sqlite3.Connection) -> set[str] | None:
    """Whose receipts confirm this installation's exports: a laptop's office only (None: any enrolled
    device, on the office)."""
    if is_office(conn):
        return None
    office = get_setting(conn, OFFICE_SETTING)
    return {office} if office else set()
