"""A full day's work with marker strings typed into every free-text field, then every file Outreach wrote is
searched (docs/privacy.md): what was masked appears nowhere; what was kept appears only where documented."""

import io
import zipfile
from pathlib import Path

from outreach_app.core.flyers import drops
from outreach_app.core.privacy import purge as purging
from outreach_app.core.privacy.guard import mask_personal_data
from outreach_app.core.records import events, tally
from outreach_app.core.reports.export import CSV_TABLES, save_pdf, save_table_csv
from outreach_app.core.reports.text import render_text
from outreach_app.core.reports.summary import summary
from outreach_app.core.store.backups import backup_end_of_day, make_backup
from outreach_app.core.sync.export import export_bundle, set_default_recipients
from outreach_app.core.sync.keys import load_identities, make_identity_file
from tests.core.sync_helpers import enrol, import_ok, laptop, office_db

# one masked marker per free-text field a resident could slip into: a name after a title (the guard's
# NAME pattern), so that masking removes exactly the marker
MASKED_FIELDS = ("event_name", "notes", "partners", "site", "void_reason", "baseline_note", "drop_place",
                 "drop_note")
MASKED = {field: f"Zqxmask{field.replace('_', '')}" for field in MASKED_FIELDS}
EMAIL_MARKER = "zqxmaskemail@example.org"
KEPT_PARTNER = "Zqxkeptpartner"  # "Dr. Zqxkeptpartner", kept: not about a resident
PURGED = "Zqxpurgednote"  # kept in an event that is then purged before any export


def _masked(field: str) -> str:
    text = mask_personal_data(f"spoke with Mrs {MASKED[field]} today")
    assert MASKED[field] not in text
    return text


def _every_file(folder: Path, identities) -> dict[str, bytes]:
    """Every file under folder, as searchable bytes: bundles decrypted and unzipped, PDF, DOCX and PPTX as text."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name.endswith(".age"):
            import pyrage

            data = pyrage.decrypt(data, identities)
        if path.name.endswith((".zip", ".age")):
            with zipfile.ZipFile(io.BytesIO(data)) as bundle:
                data = b"\n".join(bundle.read(info) for info in bundle.infolist())
        if path.suffix == ".pdf":
            import pypdfium2

            pdf = pypdfium2.PdfDocument(data)
            data = "\n".join(page.get_textpage().get_text_range() for page in pdf).encode()
        if path.suffix in (".docx", ".pptx"):  # the words as a reader sees them (the file itself is zipped)
            from tests.core.update_helpers import docx_text, pptx_slides

            data = (docx_text(data) if path.suffix == ".docx"
                    else "\n".join(f"{title}\n{text}" for title, text in pptx_slides(data))).encode()
        found[str(path.relative_to(folder))] = data
    return found


def test_masked_markers_reach_no_file_and_kept_ones_only_the_documented_places(tmp_path):
    identity = tmp_path / "keys" / "office.txt"
    recipient = make_identity_file(identity)
    office, lap = office_db(tmp_path / "office"), laptop(tmp_path / "laptop", "lap")
    enrol(office, lap)
    set_default_recipients(lap, [recipient])
    make_backup(lap, "start")

    event = events.add_event(lap, _masked("event_name"), "2025-06-19", "Windsor", _masked("site"),
                             notes=_masked("notes") + f" write to {mask_personal_data(EMAIL_MARKER)}",
                             partners=f"{_masked('partners')}; Dr. {KEPT_PARTNER}", allow_personal=True)
    ids = tally.record_paper_counts(lap, event, attendees=30, yes=9, no=1)
    tally.record_attendee(lap, event)
    tally.void(lap, ids[1], _masked("void_reason"))
    tally.add_baseline(lap, "2025-01-01", 40, "Windsor", _masked("baseline_note"))
    drops.record_drop(lap, "library", _masked("drop_place"), 25, "2025-06-19", "Windsor", _masked("drop_note"))
    gone = events.add_event(lap, "Wrong day", "2025-06-18", "Windsor", notes=f"Mrs {PURGED}", allow_personal=True)
    tally.record_paper_counts(lap, gone, attendees=2)
    make_backup(lap, "manual")
    purging.purge(lap, gone)

    reports = tmp_path / "laptop" / "reports"
    reports.mkdir()
    for table in CSV_TABLES:
        save_table_csv(lap, reports / f"{table}.csv", table, "2025-01-01", "2025-12-31")
    save_pdf(lap, reports / "report.pdf", "2025-01-01", "2025-12-31")
    (reports / "report.txt").write_text(render_text(summary(lap, "2025-01-01", "2025-12-31")), encoding="utf-8")
    bundle = export_bundle(lap, tmp_path / "laptop" / "usb")
    assert bundle.encrypted
    backup_end_of_day(lap)
    import_ok(office, bundle.path, identities=load_identities(identity))
    make_backup(office, "manual")
    lap.execute("PRAGMA wal_checkpoint(PASSIVE)")  # as left at the end of the day: the log still holds pages

    files = _every_file(tmp_path, load_identities(identity))
    kinds = {"database": lambda name: name.endswith((".db", ".db-wal", ".db-shm")) and "backups" not in name,
             "backup": lambda name: "backups" in name or ".bak" in name,
             "bundle": lambda name: "usb" in name, "report": lambda name: "reports" in name}
    assert all(any(is_kind(name) for name in files) for is_kind in kinds.values()), sorted(files)

    for marker in [*MASKED.values(), EMAIL_MARKER, PURGED]:
        holding = [name for name, data in files.items() if marker.encode() in data]
        assert holding == [], f"{marker} found in {holding}"
    # the kept partner: in the databases, their backups and the bundle; never in a report or a CSV
    holding = {name for name, data in files.items() if KEPT_PARTNER.encode() in data}
    assert any(kinds["bundle"](name) for name in holding)
    assert any("office" in name and kinds["database"](name) for name in holding)
    assert not [name for name in holding if kinds["report"](name)]
    assert holding <= {name for name in files if kinds["database"](name) or kinds["backup"](name)
                       or kinds["bundle"](name)}
