"""Each imported file has a typed outcome that the window's headline and the CLI line are built from
(issue 15: the laptop's own bundle was headlined "Imported" while nothing was)."""

from outreach_app.core.sync.importer import ImportOutcome, import_files

from .sync_helpers import day_of_work, enrol, export, fingerprints, laptop, office_db


def test_each_file_says_what_importing_it_did(tmp_path, cli):
    lap, office, other = laptop(tmp_path, "lap"), office_db(tmp_path, "office"), laptop(tmp_path, "other")
    enrol(office, lap)
    usb = tmp_path / "usb"
    day_of_work(lap, "BBQ", "2026-11-20", attendees=3)
    bundle = export(lap, usb)

    [own] = import_files(lap, [bundle])
    assert own.outcome is ImportOutcome.OWN_BUNDLE and "own bundle; nothing to import" in own.line()
    [preview] = import_files(office, [bundle], dry_run=True)
    assert preview.outcome is ImportOutcome.IMPORTED and preview.changed_counts()["entries"] == 5
    [first] = import_files(office, [bundle])
    assert first.outcome is ImportOutcome.IMPORTED
    assert first.changed_counts() == {"events": 1, "entries": 5, "other": first.changed_counts()["other"]}
    [again] = import_files(office, [bundle])
    assert again.outcome is ImportOutcome.ALREADY_IMPORTED and again.line().endswith("(already imported)")
    assert again.as_dict()["outcome"] == "already-imported"
    from_office = export(office, usb)
    import_files(other, [from_office], accept_keys=fingerprints(from_office))
    [relayed] = import_files(other, [export(office, usb)])  # a new bundle holding nothing other lacks
    assert relayed.outcome is ImportOutcome.NOTHING_NEW and "nothing new" in relayed.line()
    [missing] = import_files(office, [tmp_path / "missing.outreach.zip"])
    assert missing.outcome is ImportOutcome.REFUSED

    office.close()
    result = cli("import", bundle, db=tmp_path / "office.db")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 1
    assert "nothing new" in result.stdout and "(already imported)" in result.stdout
