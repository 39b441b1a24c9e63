"""Settings page, backups and restore in the window, the damaged-database offer, Help and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_app.core.changes import Change
from outreach_app.core.store import backups
from outreach_app.core.records import tally
from outreach_app.core.records.laptop_settings import read_laptop_settings
from outreach_app.ui.settings import LANGUAGE, app_settings
from outreach_app.ui.settings_screen import SettingsScreen
from outreach_app.ui.tasks import wait_for_background_tasks

OFFICE_KEY = "age1u47w0frjrtvxacpaflyjhf7almzwh8ak9f4l50tgd4qsgkpagvrsmlzlvu"


def _attendees(ctx, event_id) -> int:
    return ctx.conn.execute("SELECT count(*) FROM tally_entries WHERE event_id = ? AND voided = 0",
                            (event_id,)).fetchone()[0]


def _settle(qtbot) -> None:
    wait_for_background_tasks()
    qtbot.wait(20)


def test_settings_are_saved_and_shown_again(window, ctx, tmp_path):
    window.show_page(len(window.page_widgets) - 1)
    page = window.page(SettingsScreen)
    assert page.isVisible() and page.device_name.text() == "Test laptop"
    page.device_name.setText("Windsor laptop 2")
    page.municipality.setCurrentText("Tecumseh")
    page.office_key.setText(OFFICE_KEY)
    page.export_folder.setText(str(tmp_path / "usb"))
    page.backup_folder.setText(str(tmp_path / "safe"))
    page.kept.setValue(4)
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.save_button.click()
    assert "saved" in page.message.text() and "language" in page.message.text()

    stored = read_laptop_settings(ctx.conn)
    assert (stored.device_name, stored.home_municipality, stored.office_recipient, stored.backups_kept) == \
        ("Windsor laptop 2", "Tecumseh", OFFICE_KEY, 4)
    assert backups.backup_folder(ctx.conn) == tmp_path / "safe"
    assert app_settings().value(LANGUAGE) == "fr"
    assert "Windsor laptop 2" in window.where.text()  # the status bar follows the new name

    fresh = SettingsScreen(ctx)  # a new page (as after a restart) shows what was saved
    assert fresh.device_name.text() == "Windsor laptop 2" and fresh.municipality.currentText() == "Tecumseh"
    assert fresh.office_key.text() == OFFICE_KEY and fresh.kept.value() == 4
    assert fresh.export_folder.text() == str(tmp_path / "usb") and fresh.language.currentData() == "fr"
    fresh.deleteLater()


def test_tab_follows_the_reading_order(window, qtbot):
    window.show_page(len(window.page_widgets) - 1)
    page = window.page(SettingsScreen)
    page.device_name.setFocus()
    seen = []
    for _ in range(15):  # one more since the make-the-office button
        widget = QApplication.focusWidget()
        seen.append(widget.accessibleName() or (widget.parent().accessibleName() if widget.parent() else ""))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen[:3] == ["This laptop's name", "Home municipality", "Office key (age public key)"]
    assert seen.index("Backup folder") < seen.index("Move the database to another folder")
    assert seen.index("Move the database to another folder") < seen.index("Language") < seen.index("Save settings")


def test_a_wrong_office_key_is_named_and_nothing_is_saved(qtbot, ctx):
    page = SettingsScreen(ctx)
    qtbot.addWidget(page)
    page.device_name.setText("Renamed laptop")
    page.office_key.setText("age1notakey")
    assert page.save() is False
    assert "office key" in page.message.text()
    assert read_laptop_settings(ctx.conn).device_name == "Test laptop"


def test_back_up_now_and_restore_through_the_dialog(window, ctx, event_id, qtbot):
    for _ in range(3):
        tally.record_tap(ctx.conn, event_id, "attendee")
    page = window.page(SettingsScreen)
    page.back_up_now.click()
    _settle(qtbot)
    assert "Backup made" in page.message.text()
    for _ in range(5):  # taps made after the backup: the restore takes them away
        tally.record_tap(ctx.conn, event_id, "attendee")
    assert _attendees(ctx, event_id) == 8
    changes = []
    ctx.sig_changed.connect(changes.append)

    dialog = window.open_restore_dialog()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 3).text() == "3"  # the preview: entries in the backup
    assert "3 entries" in dialog.preview.text() and "Test laptop" in dialog.preview.text()

    def answer_yes():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Outreach" in box.windowTitle()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, answer_yes)
    dialog.restore_button.click()
    assert _attendees(ctx, event_id) == 3  # the data went back, through the reopened connection
    assert Change.DATABASE in changes
    assert "Restored" in window.statusBar().currentMessage()
    kept = [info for info in backups.list_backups(backups.backup_folder(ctx.conn)) if info.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].entries == 8  # what was replaced is kept


def test_damaged_database_at_start_offers_the_newest_backup(qtbot, tmp_path, monkeypatch):
    from outreach_app.core.records import events
    from outreach_app.core.store.database import open_database
    from outreach_app.ui import app

    path = tmp_path / "outreach.db"
    conn = open_database(path)
    event = events.add_event(conn, "Saved event", "2026-06-01", "Windsor", "Glengarry Court")
    tally.record_tap(conn, event, "attendee")
    backups.make_backup(conn, "start")
    conn.close()
    path.write_bytes(b"this is not a database any more" * 200)
    seen = []

    def restore_it():
        box = QApplication.activeModalWidget()
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        next(b for b in box.buttons() if b.text() == "Restore this backup").click()

    QTimer.singleShot(100, restore_it)
    ctx = app._open_context(path)
    assert ctx is not None, "the window should open on the restored backup"
    title, text, offer = seen[0]
    assert "Outreach" in title and "damaged" in text and "1 entry" in offer
    assert ctx.conn.execute("SELECT count(*) FROM tally_entries").fetchone()[0] == 1
    ctx.close()


def test_damaged_database_without_backup_says_so_and_does_not_crash(qtbot, tmp_path):
    from outreach_app.ui import app

    path = tmp_path / "outreach.db"
    path.write_bytes(b"garbage" * 1000)
    seen = []

    def close_it():
        box = QApplication.activeModalWidget()
        seen.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(100, close_it)
    assert app._open_context(path) is None
    assert "No good backup" in seen[0]


def _damage_a_page_of(conn, table: str) -> None:
    """Overwrite the first page of table's b-tree on disk, as a failing USB stick or disk would."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with open(conn.db_path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0x0D, 0xFF, 0xFF]) + b"\xA5" * (page_size - 3))


def test_damage_found_after_the_window_opened_offers_the_backup(window, ctx, event_id, qtbot):
    tally.record_tap(ctx.conn, event_id, "attendee")
    backups.make_backup(ctx.conn, "start")
    tally.record_tap(ctx.conn, event_id, "attendee")
    _damage_a_page_of(ctx.conn, "tally_entries")
    window.run_start_backup()
    _settle(qtbot)
    box = window.damage_offer
    assert box is not None and box.isVisible() and "Outreach" in box.windowTitle()
    assert "damaged" in box.text() and "1 entry" in box.informativeText()
    assert len(backups.list_backups(backups.backup_folder(ctx.conn))) == 1  # the damaged file was not backed up
    box.restore_button.click()
    assert _attendees(ctx, event_id) == 1


def test_start_and_end_of_event_backups(window, ctx, event_id, qtbot):
    folder = backups.backup_folder(ctx.conn)
    window.run_start_backup()
    _settle(qtbot)
    assert [info.reason for info in backups.list_backups(folder)] == ["start"]
    window.start_event_mode(event_id)
    tally.record_tap(ctx.conn, event_id, "attendee")
    window.event_mode.end_button.click()
    _settle(qtbot)
    assert [info.reason for info in backups.list_backups(folder)] == ["end-of-day", "start"]
    from outreach_app.ui.end_of_day_screen import EndOfDayScreen

    tally.record_tap(ctx.conn, event_id, "attendee")
    window.page(EndOfDayScreen).sig_exported.emit("/somewhere/bundle")  # an End of day export finished
    _settle(qtbot)
    assert [info.reason for info in backups.list_backups(folder)] == ["end-of-day", "end-of-day", "start"]


def test_open_another_database_and_move_the_data_folder(window, ctx, tmp_path, qtbot):
    from outreach_app.ui.settings import remembered_database

    other = tmp_path / "other" / "outreach.db"
    assert window.switch_database(str(other))
    assert ctx.db_path == str(other) and str(other) in window.where.text()
    assert remembered_database() == str(other)
    assert not window.switch_database(str(tmp_path))  # a folder: refused, the old file stays in use
    assert ctx.db_path == str(other)

    window.move_database(str(tmp_path / "moved"))
    _settle(qtbot)
    assert ctx.db_path == str(tmp_path / "moved" / "outreach.db")
    assert Path(ctx.db_path).exists() and other.exists()


def test_about_box_and_event_day_help(window, ctx, qtbot):
    import PySide6
    from PySide6 import QtCore

    from outreach_app import __version__

    about = window.show_about()
    text = about.text.text()
    for fact in (__version__, "GPL-3.0-or-later", str(Path(ctx.db_path).parent), ctx.db_path,
                 QtCore.qVersion(), PySide6.__version__):
        assert fact in text
    about.close()
    window.show_event_day_help()
    guide = window.help_window.browser.toPlainText()
    assert "How to run an event day" in guide and "+1 attendee" in guide and "End of day" in guide
    assert "##" not in guide  # rendered, not shown as raw Markdown


def test_settings_show_the_sync_role_and_make_this_computer_the_office(qtbot, ctx, monkeypatch):
    from outreach_app.core.sync.roles import is_office
    from outreach_app.ui import look

    page = SettingsScreen(ctx)
    qtbot.addWidget(page)
    assert "No office yet" in page.enrolment.text() and page.make_office_button.isVisibleTo(page)
    monkeypatch.setattr(look, "ask", lambda *_args, **_kwargs: False)
    page.make_office()
    assert not is_office(ctx.conn)
    monkeypatch.setattr(look, "ask", lambda *_args, **_kwargs: True)
    page.make_office()
    assert is_office(ctx.conn) and "is the office" in page.enrolment.text()
    assert not page.make_office_button.isVisibleTo(page)


def test_settings_name_the_office_once_an_import_enrolled_this_laptop(qtbot, ctx, tmp_path):
    from outreach_app.core.store.database import open_database
    from outreach_app.core.records.catalogue import set_device_name
    from outreach_app.core.sync.export import export_bundle
    from outreach_app.core.sync.importer import import_files
    from outreach_app.core.sync.keys import fingerprint, signing_public_key
    from outreach_app.core.sync.trust import make_office

    office = open_database(tmp_path / "office.db")
    set_device_name(office, "Bureau Windsor")
    make_office(office)
    page = SettingsScreen(ctx)
    qtbot.addWidget(page)
    office_key = fingerprint(signing_public_key(office))
    (result,) = import_files(ctx.conn, [export_bundle(office, tmp_path / "usb").path], accept_keys=[office_key])
    assert result.ok
    ctx.notify(result.changes)
    assert "Bureau Windsor" in page.enrolment.text() and office_key in page.enrolment.text()
    assert not page.make_office_button.isVisibleTo(page)
    office.close()
