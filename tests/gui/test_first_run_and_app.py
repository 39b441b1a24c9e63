"""First start, the remembered database, --db with an unnamed laptop, and --self-test."""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from outreach_app.core.records import events, setup
from outreach_app.core.store.database import open_database
from outreach_app.core.records.catalogue import device_name
from outreach_app.ui import app as app_module
from outreach_app.ui.first_run import FirstRunDialog
from outreach_app.ui.main_window import MainWindow
from outreach_app.ui.settings import remember_database, remembered_database
from tests.gui.conftest import controls_without_accessible_name


def when_shown(kind, action, attempts=200):
    """Run action(widget) once a top-level widget of that kind is visible (dialogs block in exec())."""
    def poll(left=attempts):
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            action(found[0])
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def test_first_run_names_the_laptop_and_remembers_the_database(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "chosen"
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        seen["unnamed"] = controls_without_accessible_name(dialog)
        dialog.device_name.clear()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.error.text()
        qtbot.keyClicks(dialog.device_name, "Windsor laptop 2")
        dialog.municipality.setCurrentText("Leamington")
        dialog.folder.setText(str(folder))
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    when_shown(FirstRunDialog, fill)
    ctx = app_module._first_run()
    try:
        assert "Outreach" in seen["title"] and seen["unnamed"] == []
        assert seen["error"] == "laptop name must not be empty"
        assert ctx.db_path == str(folder / "outreach.db")
        assert remembered_database() == str(folder / "outreach.db")
        assert device_name(ctx.conn) == "Windsor laptop 2"
        assert setup.home_municipality(ctx.conn) == "Leamington"
        assert not setup.needs_device_name(ctx.conn) and not setup.is_demo(ctx.conn)
    finally:
        ctx.close()


def test_try_with_demo_data_uses_a_separate_filled_database(qtbot, tmp_path):
    when_shown(FirstRunDialog, lambda d: (d.folder.setText(str(tmp_path / "d")),
                                          qtbot.mouseClick(d.demo_button, Qt.MouseButton.LeftButton)))
    ctx = app_module._first_run()
    try:
        assert ctx.db_path == str(tmp_path / "d" / "outreach-demo.db")
        assert setup.is_demo(ctx.conn)
        assert len(events.list_events(ctx.conn)) == 15  # a season of events and one today to practise on
        assert any(e.name == "Practice event (demo)" for e in events.list_events(ctx.conn))
        window = MainWindow(ctx, persist=False)
        qtbot.addWidget(window)
        assert window.findChild(type(window.centralWidget()), "demoBanner") is not None
    finally:
        ctx.close()


def test_quitting_the_first_run_dialog_opens_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    when_shown(FirstRunDialog, lambda d: qtbot.mouseClick(d.later_button, Qt.MouseButton.LeftButton))
    assert app_module.run_gui(None) == 0
    assert remembered_database() is None


def test_db_option_with_an_unnamed_laptop_asks_without_blocking(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "fresh.db"
    seen = {}

    def inspect(window):
        dialog = window.naming_dialog
        seen["title"] = window.windowTitle()
        seen["modal"] = dialog.isModal()
        seen["dialog_title"] = dialog.windowTitle()
        seen["window_enabled"] = window.isEnabled()
        dialog.device_name.setText("Essex laptop")
        dialog.municipality.setCurrentText("Essex")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        seen["message"] = window.statusBar().currentMessage()
        seen["dialog_open"] = dialog.isVisible()
        window.close()

    when_shown(MainWindow, inspect)
    assert app_module.run_gui(str(path)) == 0
    assert seen["title"] == "Outreach" and "Outreach" in seen["dialog_title"]
    assert seen["modal"] is False and seen["window_enabled"] and not seen["dialog_open"]
    assert seen["message"] == "This laptop is now called “Essex laptop”."
    conn = open_database(path)
    assert device_name(conn) == "Essex laptop" and setup.home_municipality(conn) == "Essex"
    assert remembered_database() is None  # --db is for this run only
    conn.close()


def test_remembered_database_opens_directly_and_a_closed_event_resumes(qtbot, tmp_path, monkeypatch, today):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "kept.db"
    conn = open_database(path)
    setup.complete_setup(conn, "Kept laptop", "Windsor")
    ident = events.add_event(conn, "Bridgeview tenant meeting", today, "Windsor")
    conn.close()
    remember_database(str(path))
    seen = []

    def first(window):
        assert window.naming_dialog is None
        window.page_widgets[0].select_event(ident)
        window.page_widgets[0].start_event_mode()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.event_mode.attendee_button, Qt.Key.Key_A)
        window.close()  # closing mid-event loses nothing

    when_shown(MainWindow, first)
    assert app_module.run_gui(None) == 0

    def second(window):
        seen.append((window.in_event_mode(), window.event_mode.attendee_count.text(), window.windowTitle()))
        window.close()

    when_shown(MainWindow, second)
    assert app_module.run_gui(None) == 0
    in_mode, attendees, title = seen[0]
    assert in_mode and attendees == "Attendees 1" and "Bridgeview tenant meeting" in title


def test_self_test_passes(tmp_path, capsys):
    assert app_module.self_test(str(tmp_path / "s.db")) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("self-test ok")
    assert (tmp_path / "s.db").exists()


def test_self_test_fails_without_fonts(tmp_path, capsys, monkeypatch):
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: []))
    assert app_module.self_test(str(tmp_path / "s.db")) != 0
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and "no fonts" in out[0]


def test_self_test_fails_on_a_damaged_database(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all, just text" * 10)
    assert app_module.self_test(str(bad)) != 0
    out = capsys.readouterr().err.strip().splitlines()
    assert len(out) == 1 and "not an Outreach database" in out[0]


def test_leaving_the_demo_frees_the_old_window(qtbot, tmp_path):
    """Start-up freezes its objects (gc.freeze) so the collector skips them; the demo window, closed when
    the person sets up for real, would otherwise stay in memory for the rest of the day."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from outreach_app.ui.context import AppContext

    ctx = AppContext(str(tmp_path / "outreach-demo.db"))
    window = MainWindow(ctx, persist=False)
    window.show()
    app_module._started()
    try:
        gone = weakref.ref(window)
        window.close()
        app_module._let_go(window)
        del window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
        ctx.close()
