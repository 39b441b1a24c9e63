"""The End of day and Import screens: export, preview, import, devices — without blocking the window."""

from PySide6.QtCore import Qt

from outreach_app.core.records import events, tally
from outreach_app.core.store.database import open_database
from outreach_app.core.records.catalogue import set_device_name
from outreach_app.core.sync.trust import make_office
from tests.core.sync_helpers import enrol
from outreach_app.ui.context import AppContext
from outreach_app.ui.end_of_day_screen import EndOfDayScreen
from outreach_app.ui.import_screen import ImportScreen


def _laptop_with_work(path):
    conn = open_database(path)
    set_device_name(conn, "lap-gui")
    event = events.add_event(conn, "BBQ", "2025-06-19", "Windsor")
    for _ in range(3):
        tally.record_attendee(conn, event)
    conn.close()


def test_end_of_day_exports_and_shows_the_file(qtbot, tmp_path):
    _laptop_with_work(tmp_path / "lap.db")
    ctx = AppContext(tmp_path / "lap.db")
    screen = EndOfDayScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(800, 500)
    assert "Bundle #1" in screen.what.text() and "everything" in screen.what.text()
    assert not screen.encrypt.isEnabled()  # no office key received yet
    screen.folder.setText(str(tmp_path / "usb"))
    with qtbot.waitSignal(screen.sig_exported, timeout=15000) as exported:
        qtbot.mouseClick(screen.export_button, Qt.LeftButton)
    assert (tmp_path / "usb").exists() and exported.args[0].endswith(".outreach.zip")
    assert "Bundle #1 saved" in screen.made.text() and screen.reveal.isVisibleTo(screen)
    assert "Bundle #2" in screen.what.text() and "changes" in screen.what.text()
    assert "Not yet confirmed by the office: #1" in screen.confirmed.text()
    screen.grab().save(str(tmp_path / "end-of-day.png"))
    ctx.close()


def test_import_screen_previews_then_imports_and_lists_devices(qtbot, tmp_path):
    _laptop_with_work(tmp_path / "lap.db")
    lap = AppContext(tmp_path / "lap.db")
    from outreach_app.core.sync.export import export_bundle

    bundle = export_bundle(lap.conn, tmp_path / "usb").path
    broken = tmp_path / "usb" / "broken.outreach.zip"
    broken.write_bytes(b"PK\x03\x04nonsense")
    office = AppContext(tmp_path / "office.db")
    make_office(office.conn)
    enrol(office.conn, lap.conn)
    screen = ImportScreen(office)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.add_paths([bundle, broken])
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        qtbot.mouseClick(screen.preview_button, Qt.LeftButton)
    headlines = [screen.outcome.item(r, 0).text() for r in range(2)]
    assert headlines[0] == "Preview: would import 1 event, 3 entries, 1 other record"
    assert headlines[1].startswith("Refused: is damaged or truncated")
    assert screen.devices.rowCount() == 1  # a preview records nothing
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    assert screen.outcome.item(0, 0).text() == "Imported 1 event, 3 entries, 1 other record"
    assert screen.outcome.item(1, 0).text().startswith("Refused: ")
    assert "3 new" in screen.outcome.item(0, 1).text() or "tally_entries 3 new" in screen.outcome.item(0, 1).text()
    names = [screen.devices.item(r, 0).text() for r in range(screen.devices.rowCount())]
    assert "lap-gui" in names
    row = names.index("lap-gui")
    assert screen.devices.item(row, 1).text() == "#1"
    screen.grab().save(str(tmp_path / "import.png"))
    lap.close()
    office.close()


def test_a_laptop_s_new_key_is_accepted_key_by_key_after_comparing_fingerprints(qtbot, tmp_path, monkeypatch):
    from outreach_app.core.sync.export import export_bundle
    from outreach_app.core.sync.keys import fingerprint, rotate_signing_key, signing_public_key
    from outreach_app.ui import look

    _laptop_with_work(tmp_path / "lap.db")
    lap = AppContext(tmp_path / "lap.db")
    first = export_bundle(lap.conn, tmp_path / "usb").path
    office = AppContext(tmp_path / "office.db")
    make_office(office.conn)
    screen = ImportScreen(office)
    qtbot.addWidget(screen)
    screen.add_paths([first])
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    # enrolment: the laptop's first bundle waits for the office to compare both fingerprints
    headline = screen.outcome.item(0, 0).text()
    assert headline.startswith("Refused for now: first bundle from “lap-gui”") and screen.accept_keys_button.isVisibleTo(screen)
    # the window names its own button, not the command line's option (field test: "import again with --accept-key")
    assert "--accept-key" not in headline and screen.accept_keys_button.text() in headline
    shown, defaults = [], []
    monkeypatch.setattr(look, "ask", lambda _parent, _title, question, default_yes=True:
                        shown.append(question) or defaults.append(default_yes) or True)
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        screen.accept_new_keys()
    assert defaults == [False]  # Enter on "Accept a new device?" never trusts a key
    lap_key, office_key = (fingerprint(signing_public_key(c.conn)) for c in (lap, office))
    assert len(shown) == 1 and lap_key in shown[0] and office_key in shown[0] and "lap-gui" in shown[0]
    assert screen.outcome.item(0, 0).text().startswith("Imported 1 event")
    new_key = fingerprint(rotate_signing_key(lap.conn))
    screen.files.clear()
    screen.add_paths([export_bundle(lap.conn, tmp_path / "usb").path])
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    headline = screen.outcome.item(0, 0).text()
    assert headline.startswith("Refused for now: “lap-gui” signs with a new key")
    assert "--accept-key" not in headline and screen.accept_keys_button.text() in headline
    assert screen.accept_keys_button.isVisibleTo(screen)
    asked = []
    monkeypatch.setattr(look, "ask", lambda _parent, _title, question, **_: asked.append(question) or False)
    screen.accept_new_keys()  # the office says no: nothing happens
    assert len(asked) == 1 and new_key in asked[0] and "lap-gui" in asked[0]
    assert screen.outcome.item(0, 0).text().startswith("Refused for now: ")
    monkeypatch.setattr(look, "ask", lambda *_args, **_kwargs: True)
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        screen.accept_new_keys()
    assert screen.outcome.item(0, 0).text() == "Nothing new: every record is already here"  # a new key, no new records
    assert not screen.accept_keys_button.isVisibleTo(screen)
    lap.close()
    office.close()


def test_a_bundle_that_changes_nothing_says_so_in_its_headline(qtbot, tmp_path):
    """Issue 15: importing the laptop's own bundle said "Imported" while its details said nothing was."""
    from outreach_app.core.sync.export import export_bundle

    _laptop_with_work(tmp_path / "lap.db")
    lap = AppContext(tmp_path / "lap.db")
    own = export_bundle(lap.conn, tmp_path / "usb").path
    screen = ImportScreen(lap)
    qtbot.addWidget(screen)
    screen.add_paths([own])
    with qtbot.waitSignal(screen.sig_imported, timeout=15000):
        qtbot.mouseClick(screen.import_button, Qt.LeftButton)
    assert screen.outcome.item(0, 0).text() == "Nothing new: this is this laptop's own bundle"

    office = AppContext(tmp_path / "office.db")
    make_office(office.conn)
    enrol(office.conn, lap.conn)
    at_office = ImportScreen(office)
    qtbot.addWidget(at_office)
    at_office.add_paths([own])
    for _ in range(2):
        with qtbot.waitSignal(at_office.sig_imported, timeout=15000):
            qtbot.mouseClick(at_office.import_button, Qt.LeftButton)
    assert at_office.outcome.item(0, 0).text() == "Already imported: nothing new"
    lap.close()
    office.close()


def test_the_office_is_not_told_to_wait_for_the_office(qtbot, tmp_path):
    """Field test on `init --office`: after its export, End of day said "Not yet confirmed by the office: #1.
    Do not wipe this laptop until the office has them", offered "Encrypt for the office (no office key
    received yet)", and the status bar and Settings called the office "Laptop"."""
    from outreach_app.ui.main_window import MainWindow

    ctx = AppContext(tmp_path / "office.db")
    set_device_name(ctx.conn, "Office")
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    assert window.where.text().startswith("Laptop: Office")
    make_office(ctx.conn)
    from outreach_app.core.changes import Change

    ctx.notify(Change.DEVICES | Change.SETTINGS)  # what call_core says after make_office
    assert window.where.text().startswith("Office: Office")
    screen = EndOfDayScreen(ctx)
    qtbot.addWidget(screen)
    screen.folder.setText(str(tmp_path / "usb"))
    assert "this computer" in screen.what.text() and not screen.encrypt.isVisibleTo(screen)
    with qtbot.waitSignal(screen.sig_exported, timeout=15000):
        qtbot.mouseClick(screen.export_button, Qt.LeftButton)
    assert "Bundle #1 saved" in screen.made.text()
    assert "wipe" not in screen.confirmed.text() and "confirmed by the office" not in screen.confirmed.text()
    assert "This computer is the office" in screen.confirmed.text()
    from outreach_app.ui.settings_screen import SettingsScreen

    settings = window.page(SettingsScreen)
    assert settings.this_computer.title() == "This computer" and settings.name_label.text() == "Co&mputer name:"
    ctx.close()
