import datetime as dt

import pytest

from outreach_app.core.records import events, setup

# Qt is imported inside the fixtures: where Qt cannot load, tests/conftest.py skips this folder's
# tests and this file must still import.


@pytest.fixture(autouse=True, scope="session")
def wheel_guard(qapp):
    """The app's filter that keeps the wheel from changing unfocused fields (see ui/wheel_guard.py)."""
    from outreach_app.ui import wheel_guard

    wheel_guard.install(qapp)


@pytest.fixture(autouse=True, scope="session")
def app_look(qapp):
    """The look the real app starts with (Fusion, the palette, the focus ring): sizes depend on it."""
    from outreach_app.ui import look

    qapp.setStyle("Fusion")
    look.apply(qapp)


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp):
    """Tests read English texts; its catalogue only adds plural forms ("1 page", "2 pages")."""
    from outreach_app.ui.i18n import apply_language

    apply_language(qapp, "en")


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test gets its own QSettings file and data folder, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.delenv("OUTREACH_DB", raising=False)
    monkeypatch.setattr(setup, "default_data_folder", lambda: tmp_path / "data")
    return folder


@pytest.fixture
def ctx(tmp_path):
    from outreach_app.ui.context import AppContext

    context = AppContext(str(tmp_path / "outreach.db"))
    setup.complete_setup(context.conn, "Test laptop", "Windsor")
    yield context
    context.close()


@pytest.fixture
def today():
    return dt.date.today().isoformat()


@pytest.fixture
def event_id(ctx, today):
    return events.add_event(ctx.conn, "Glengarry community BBQ", today, "Windsor", "Glengarry Court", "10:00", "14:00")


@pytest.fixture
def window(qtbot, ctx):
    from outreach_app.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def tally_rows(ctx, event_id, voided=0):
    """(kind, plan name, answer, quantity, source) of an event's entries, as stored."""
    return ctx.conn.execute(
        "SELECT t.kind, p.name, t.answer, t.quantity, t.source FROM tally_entries t LEFT JOIN plans p ON p.id = t.plan_id"
        " WHERE t.event_id = ? AND t.voided = ? ORDER BY t.rowid", (event_id, voided)).fetchall()


def controls_without_accessible_name(root) -> list[str]:
    """Buttons, fields, lists and tables under root that a screen reader could not name."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QWidget)

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.accessibleName():
            continue
        if widget.window() is not root.window():
            continue  # popups (a combo box's list) belong to their named control
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a named composite control
        if type(widget).__name__ in ("QToolButton", "QHeaderView") or widget.parent().objectName().startswith("qt_"):
            continue  # scroll-area arrows, table headers, the calendar popup's internals
        missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing
