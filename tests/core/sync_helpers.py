"""Helpers for the sync tests: laptops in temporary databases, and their data as comparable values."""

from __future__ import annotations

from pathlib import Path

from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.reports import summary as reports
from outreach_app.core.store.connection import device_id
from outreach_app.core.store.database import open_database
from outreach_app.core.sync.export import export_bundle
from outreach_app.core.sync.importer import import_files
from outreach_app.core.store.synced_tables import SYNCED_TABLES


def laptop(folder: Path, name: str):
    """A fresh installation named `name` with its own database file."""
    conn = open_database(Path(folder) / f"{name}.db")
    records.set_device_name(conn, name)
    return conn


def office_db(folder: Path, name: str = "office"):
    """A fresh installation set up as the office (`init --office`)."""
    from outreach_app.core.sync.trust import make_office

    conn = laptop(folder, name)
    make_office(conn)
    return conn


def enrol(office, *laptops) -> None:
    """Record the laptops' signing keys at the office as compared and accepted (what `import --accept-key`
    does with a laptop's first bundle), for tests about what comes after enrolment."""
    from outreach_app.core.sync.keys import signing_public_key

    for lap in laptops:
        office.execute("INSERT OR IGNORE INTO sync_device_keys (device_id, public_key, accepted_at)"
                       " VALUES (?, ?, '2025-01-01T00:00:00+00:00')",
                       (device_id(lap), signing_public_key(lap)))
    office.commit()


def fingerprints(*paths, identities=None) -> list[str]:
    """The signing-key fingerprints of these bundles: what a user compares and gives to --accept-key."""
    from outreach_app.core.sync.bundle import read_bundle
    from outreach_app.core.sync.keys import fingerprint

    return [fingerprint(read_bundle(p, identities).manifest["signing_key"]) for p in paths]


def export(conn, folder: Path, **options) -> Path:
    return export_bundle(conn, folder, **options).path


def import_ok(conn, *paths, **options):
    """Import and assert nothing was refused; the files' keys are accepted (compared) unless accept_keys
    is given."""
    if "accept_keys" not in options:
        options["accept_keys"] = fingerprints(*paths, identities=options.get("identities"))
    results = import_files(conn, paths, **options)
    refused = [r.refused for r in results if r.refused]
    assert not refused, refused
    return results


def rows(conn) -> dict:
    """Every synced table's rows (exported columns, plus the derived voided flag), sorted."""
    found = {}
    for table in SYNCED_TABLES:
        columns = list(table.columns)
        if table.kind == "fact" and "voided" in {r[1] for r in conn.execute(f"PRAGMA table_info({table.name})")}:
            columns.append("voided")
        found[table.name] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}"))
    return found


def others_rows(conn) -> dict:
    """rows() without this installation's own device row (to compare two different installations)."""
    from outreach_app.core.store.connection import device_id

    found = rows(conn)
    found["devices"] = [r for r in found["devices"] if r[0] != device_id(conn)]
    return found


def report(conn) -> dict:
    return reports.summary(conn, "2000-01-01", "2100-01-01")


def day_of_work(conn, name: str, date: str, municipality: str = "Windsor", attendees: int = 3, plan: str = "Glengarry"):
    """An event with a few taps, like a morning at a BBQ table. Returns the event id."""
    event = events.add_event(conn, name, date, municipality)
    plan_id = records.add_plan(conn, plan)[0]
    for _ in range(attendees):
        tally.record_attendee(conn, event)
    tally.record_plan_handed_out(conn, event, plan_id)
    tally.record_confidence_answer(conn, event, "yes")
    return event


def bundle_members(path: Path) -> dict:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def altered_copy(signer, source: Path, target: Path, *, manifest=None, tables: dict | None = None,
          raw_lines: dict | None = None) -> Path:
    """A hostile or buggy bundle: `source` rewritten into `target` and signed again with signer's REAL
    key (a stolen or buggy laptop). manifest(m) edits the manifest in place; tables={table: f(columns,
    rows) -> rows} edits records as values; raw_lines={table: [str, …]} replaces a part's lines verbatim
    (JSON the writer would never produce). Table specs (records, bytes, sha256) are kept consistent."""
    import hashlib
    import json
    import zipfile

    from outreach_app.core.sync.keys import sign

    content = bundle_members(source)
    meta = json.loads(content["manifest.json"])
    for table, spec in meta["tables"].items():
        lines = None
        if tables and table in tables:
            rows_now = [json.loads(line) for line in content[spec["file"]].decode().splitlines()]
            changed = tables[table](spec["columns"], rows_now)
            lines = [json.dumps(row, ensure_ascii=False) for row in changed]
        if raw_lines and table in raw_lines:
            lines = list(raw_lines[table])
        if lines is not None:
            data = "".join(line + "\n" for line in lines).encode()
            content[spec["file"]] = data
            spec.update(records=len(lines), bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    if manifest:
        manifest(meta)
    body = json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False).encode()
    content["manifest.json"], content["manifest.sig"] = body, (sign(signer, body)[1] + "\n").encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    return target


def set_column(table_columns, rows, column: str, value, where=lambda row: True):
    """rows with `column` set to value (in rows where(row) holds, a dict of column -> value)."""
    at = table_columns.index(column)
    result = []
    for row in rows:
        row = list(row)
        if where(dict(zip(table_columns, row))):
            row[at] = value
        result.append(row)
    return result
