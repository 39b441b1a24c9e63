"""Crafting hostile bundles: well-formed, correctly signed files whose content lies (a stolen or buggy
laptop signs with its real key; an outsider with a fresh key of its own), and a small sync world of
an office and two enrolled laptops to throw them at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.clock import new_id, utc_now
from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.sync import bundle
from outreach_app.core.sync.export import default_recipients, export_bundle
from outreach_app.core.sync.importer import import_files
from outreach_app.core.sync.keys import fingerprint, sign, signing_public_key
from outreach_app.core.sync.ledger import export_confirmations
from outreach_app.core.store.synced_tables import SYNCED_TABLES, synced_table

from .sync_helpers import report



def fresh_recipient() -> str:
    from pyrage import x25519

    return str(x25519.Identity.generate().to_public())


def key_of(conn) -> str:
    return fingerprint(signing_public_key(conn))


def craft(signer, out: Path, *, rows: dict[str, list[dict]] | None = None, device: str | None = None,
          name: str | None = None, sequence: int = 1, **manifest) -> Path:
    """A bundle signed with signer's key (its real one). rows: {table: [{column: value}]}, missing columns
    None; device/name: the device the manifest claims (default: the signer's own)."""
    rows = rows or {}
    base = {
        "format": bundle.FORMAT_NAME, "format_version": bundle.FORMAT_VERSION, "bundle_id": new_id(),
        "device_id": device or device_id(signer), "device_name": name or records.device_name(signer) or "x",
        "sequence": sequence, "previous_sha256": None, "created_at": utc_now(), "created_hlc": 1 << 40,
        "app_version": "0.1.0", "schema_version": 1, "full": False, "since_sequence": None,
        "signing_key": signing_public_key(signer), "receipts": {}, "office_recipients": [], "role": "laptop",
    }
    base.update(manifest)
    parts = [(t.name, t.kind, t.columns, [[row.get(c) for c in t.columns] for row in rows.get(t.name, [])])
             for t in SYNCED_TABLES]
    bundle.write_bundle(out, base, parts, lambda body: sign(signer, body)[1])
    return out


def row_of(conn, table: str, ident: str) -> dict:
    """One record as it travels (exported columns only)."""
    columns = synced_table(table).columns
    found = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (ident,)).fetchone()
    return dict(zip(columns, found))


def imported(conn, *paths, accept=(), identities=None) -> list:
    """Import; return the results (refusals included, nothing asserted)."""
    return import_files(conn, paths, accept_keys=list(accept), identities=identities)


def must_import(conn, *paths, accept=(), identities=None) -> None:
    refused = [r.refused for r in imported(conn, *paths, accept=accept, identities=identities) if r.refused]
    assert not refused, refused


@dataclass
class World:
    folder: Path
    office: object
    lap1: object
    lap2: object
    event1: str
    event2: str
    identities: list

    @property
    def usb(self) -> Path:
        return self.folder / "usb"

    def figures(self) -> dict:
        """What each installation reports, and the office's plan list and device names."""
        return {"office": report(self.office), "lap1": report(self.lap1), "lap2": report(self.lap2),
                "plans": [(p.name, p.active) for p in records.list_plans(self.office, include_retired=True)],
                "devices": sorted(self.office.execute("SELECT id, name FROM devices")),
                "lap1_recipients": default_recipients(self.lap1),
                "lap1_confirmed": export_confirmations(self.lap1)["confirmed_up_to"]}

    def sync_round(self) -> None:
        """The honest cycle: each laptop to the office, the office back to each laptop; nothing refused."""
        for lap in (self.lap1, self.lap2):
            must_import(self.office, export_bundle(lap, self.usb).path, accept=[key_of(lap)],
                        identities=self.identities)
        back = export_bundle(self.office, self.usb, encrypt=False).path
        for lap in (self.lap1, self.lap2):
            must_import(lap, back, accept=[key_of(self.office)])

    def assert_still_syncs(self, before: dict) -> None:
        """Honest figures unchanged, and the office still exports to every laptop and they import it."""
        assert self.figures() == before
        self.sync_round()
        assert report(self.lap1) == report(self.lap2) == report(self.office) == before["office"]


def installation(folder: Path, name: str, office: bool = False):
    """A fresh installation; office=True sets it up as the office (where the app has roles)."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    conn = open_database(Path(folder) / f"{name}.db")
    records.set_device_name(conn, name)
    if office:
        try:
            from outreach_app.core.sync.trust import make_office
        except ImportError:  # an app without roles: the office is just another installation
            return conn
        make_office(conn)
    return conn


def world(folder: Path) -> World:
    """An office and two enrolled laptops that exchanged a day's work each through it."""
    office = installation(folder, "office", office=True)
    from outreach_app.core.sync.export import announce_office_recipients
    from outreach_app.core.sync.keys import load_identities, make_identity_file

    announce_office_recipients(office, [make_identity_file(Path(folder) / "office.key")])
    lap1, lap2 = installation(folder, "lap1"), installation(folder, "lap2")
    event1 = events.add_event(lap1, "Glengarry BBQ", "2025-06-19", "Windsor")
    event2 = events.add_event(lap2, "Bridgeview fun day", "2025-06-20", "Leamington")
    plan = records.add_plan(lap2, "Glengarry")[0]
    for _ in range(12):
        tally.record_attendee(lap1, event1)
    for _ in range(30):
        tally.record_attendee(lap2, event2)
    for _ in range(4):
        tally.record_plan_handed_out(lap2, event2, plan)
    made = World(Path(folder), office, lap1, lap2, event1, event2, load_identities(Path(folder) / "office.key"))
    made.sync_round()
    return made
