"""The main window: a sidebar of pages (one registry list), event mode, status bar messages."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records import setup
from outreach_app.core.records.catalogue import device_name
from outreach_app.ui import look, window_geometry
from outreach_app.ui.context import touches
from outreach_app.ui.feedback import FAILED, call_core, clear_page_messages
from outreach_app.ui.pages import PAGES, add_action, page_class
from outreach_app.ui.settings import ACTIVE_EVENT, CURRENT_PAGE, WINDOW_GEOMETRY, app_settings

APP_TITLE = "Outreach"


class MainWindow(QMainWindow):
    """Pages from PAGES in a sidebar; event mode replaces them while an event is being logged."""

    sig_switch_database = Signal()
    """The user asked to leave the demo database and set up for real use (app.py reopens)."""

    def __init__(self, ctx, *, persist: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.persist = persist
        self.switch_requested = False
        self.naming_dialog = None
        self._placed = None  # the geometry _restore_state chose, until the window first shows
        self._first_window = False  # no geometry saved from a last session
        self._shown_at = None
        self._fit_again = QTimer(self, singleShot=True, interval=400)  # once the window manager has framed it
        self._fit_again.timeout.connect(self._keep_on_screen)
        self.setWindowTitle(APP_TITLE)
        # small enough for any laptop screen with its panel; a page that needs more room scrolls
        self.setMinimumSize(640, 480)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(max(150, self.fontMetrics().horizontalAdvance("M") * 11))
        self.pages = QStackedWidget()
        self.page_widgets: list[QWidget | None] = []
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        row_size = QSize(0, self.fontMetrics().height() + 20)  # roomy rows in the page list
        for number, (label, _spec) in enumerate(PAGES, start=1):
            self.page_widgets.append(None)
            self.pages.addWidget(QWidget())  # stand-in until the page is first shown
            self.nav.addItem(self.tr(label))
            self.nav.item(number - 1).setSizeHint(row_size)
            shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
            add_action(go_menu, self.tr(label), lambda _=False, row=number - 1: self.show_page(row), shortcut)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add_action(file_menu, self.tr("&Restore from backup…"), self.open_restore_dialog)
        file_menu.addSeparator()
        add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.menuBar().insertMenu(go_menu.menuAction(), file_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        add_action(help_menu, self.tr("How to run an &event day"), self.show_event_day_help,
                    QKeySequence.StandardKey.HelpContents)
        add_action(help_menu, self.tr("&Privacy: what Outreach keeps"), self.show_privacy_help)
        add_action(help_menu, self.tr("&About Outreach"), self.show_about)
        self.help_window = self.privacy_window = None
        self.restore_dialog = None
        self.damage_offer = None
        self._tasks: list = []  # background task signals kept alive until they finish
        self.nav.currentRowChanged.connect(self._show_row)

        browse = QWidget()
        row = QHBoxLayout(browse)
        row.setContentsMargins(3, 3, 0, 3)  # room for the focus ring around the page list
        row.addWidget(self.nav)
        row.addWidget(window_geometry.scrolling(self.pages), 1)
        self._event_mode = None
        self.modes = QStackedWidget()
        self.modes.addWidget(browse)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        demo = call_core(ctx, setup.is_demo, ctx.conn)
        if demo is True:
            from outreach_app.ui.first_run import DemoBanner  # a demo database only

            column.addWidget(DemoBanner(self.leave_demo))
        column.addWidget(self.modes, 1)
        self.setCentralWidget(central)

        self.where = QLabel()
        self.where.setAccessibleName(self.tr("Laptop and database"))
        self.statusBar().addPermanentWidget(self.where)
        self._update_where()
        self._status_error: str | None = None  # the error the status bar shows for the page shown
        ctx.sig_error.connect(self.show_error)
        ctx.sig_done.connect(self._action_done)
        ctx.sig_changed.connect(self._data_changed)
        self._restore_state()

    # --- state ---------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value(WINDOW_GEOMETRY) if self.persist else None
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            window_geometry.keep_on_screen(self)  # saved on a bigger or a missing monitor
        else:
            window_geometry.place_first_window(self)
            self._first_window = True
        self._placed = self.geometry()
        page = int(settings.value(CURRENT_PAGE, 0) or 0) if self.persist else 0
        self.show_page(page if 0 <= page < len(PAGES) else 0)
        active = settings.value(ACTIVE_EVENT) if self.persist else None
        if active:  # the window was closed mid-event: carry on where it was
            self.start_event_mode(str(active))

    def _save_state(self) -> None:
        if not self.persist:
            return
        settings = app_settings()
        settings.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(CURRENT_PAGE, self.nav.currentRow())
        settings.sync()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._placed is not None and self.geometry() == self._placed:
            # the window manager's real frame is known only once the window is up: check again with it
            # (unless the geometry was set by hand since it was placed)
            window_geometry.keep_on_screen(self)
            self._shown_at = self.geometry()
            self._fit_again.start()
        self._placed = None

    @Slot()
    def _keep_on_screen(self) -> None:
        if self._first_window and self.geometry() == self._shown_at:
            window_geometry.place_first_window(self)  # again, now with the real frame: no gap, nothing cut
        else:
            window_geometry.keep_on_screen(self)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._save_state()
        if self.naming_dialog is not None:
            self.naming_dialog.close()
        super().closeEvent(event)

    # --- navigation ----------------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        if self.modes.currentIndex() == 1:
            return  # pages stay hidden while an event is being logged; End event first
        self.nav.setCurrentRow(row)

    def page(self, wanted):
        """The page widget of that class, built if needed (tests and other pages use it)."""
        row = next(i for i, (_, spec) in enumerate(PAGES) if page_class(spec) is wanted)
        return self._ensure_page(row)

    def _ensure_page(self, row: int) -> QWidget:
        if self.page_widgets[row] is None:
            label, spec = PAGES[row]
            page = page_class(spec)(self.ctx)
            page.setAccessibleName(self.tr(label))
            if hasattr(page, "sig_start_event_mode"):
                page.sig_start_event_mode.connect(self.start_event_mode)
            if hasattr(page, "sig_open_activity"):  # Activities: a row opens on its own page
                page.sig_open_activity.connect(lambda kind, ident: page.open_in(self, kind, ident))
            if hasattr(page, "sig_exported"):  # End of day: back up after the export
                page.sig_exported.connect(lambda _path: self.run_end_of_day_backup())
            if hasattr(page, "sig_restore_requested"):  # Settings
                page.sig_restore_requested.connect(self.open_restore_dialog)
                page.sig_open_database.connect(self.switch_database)
                page.sig_move_database.connect(self.move_database)
            look.finish(page)
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self.page_widgets[row] = page
        return self.page_widgets[row]

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            leaving, page = self.pages.currentWidget(), self._ensure_page(row)
            if leaving is not page:
                self._leave(leaving)
            self.pages.setCurrentWidget(page)

    @property
    def event_mode(self):
        """The event-mode screen, built the first time an event is started."""
        if self._event_mode is None:
            from outreach_app.ui.event_mode import EventModeScreen

            self._event_mode = EventModeScreen(self.ctx)
            self._event_mode.sig_ended.connect(self.end_event_mode)
            self._event_mode.sig_event_changed.connect(self._update_title)
            self._event_mode.sig_export_requested.connect(self.open_end_of_day)
            self.modes.addWidget(window_geometry.scrolling(self._event_mode))
        return self._event_mode

    @Slot(str)
    def start_event_mode(self, event_id: str) -> None:
        if not self.event_mode.start(event_id):
            self._forget_active_event()
            return
        self._leave(self.pages.currentWidget())
        self.modes.setCurrentIndex(1)
        self.menuBar().setEnabled(False)
        if self.persist:
            app_settings().setValue(ACTIVE_EVENT, event_id)
        self.event_mode.attendee_button.setFocus()

    @Slot()
    def open_end_of_day(self) -> None:
        """The End-of-day page, its export button focused (offered when an event ends)."""
        from outreach_app.ui.end_of_day_screen import EndOfDayScreen

        page = self.page(EndOfDayScreen)
        self.show_page(self.page_widgets.index(page))
        page.export_button.setFocus()

    @Slot()
    def end_event_mode(self) -> None:
        self._leave(self._event_mode)
        self.modes.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self._forget_active_event()
        self._update_title()
        self.statusBar().showMessage(self.tr("Event mode ended; every entry is saved."), 8000)
        self.nav.setFocus()
        self.run_end_of_day_backup()

    def _forget_active_event(self) -> None:
        if self.persist:
            app_settings().remove(ACTIVE_EVENT)

    def in_event_mode(self) -> bool:
        return self.modes.currentIndex() == 1

    @Slot()
    def _update_title(self) -> None:
        mode = self._event_mode
        heading = mode.event_heading() if mode is not None and mode.current else ""
        self.setWindowTitle(f"{APP_TITLE} — {heading}" if heading else APP_TITLE)

    def _update_where(self) -> None:
        from outreach_app.core.sync.roles import is_office

        name = call_core(self.ctx, device_name, self.ctx.conn)
        text = self.tr("Office: %s · %s") if call_core(self.ctx, is_office, self.ctx.conn) is True \
            else self.tr("Laptop: %s · %s")
        self.where.setText(text % ("?" if name is FAILED else name, self.ctx.db_path))

    # --- messages (the rule is in ui/feedback.py) -------------------------------------------------

    def shown_surface(self) -> QWidget | None:
        """What the person sees: event mode while an event is logged, else the current page."""
        return self._event_mode if self.in_event_mode() else self.pages.currentWidget()

    @Slot(str)
    def show_error(self, message: str) -> None:
        """Show a problem in the status bar until its action succeeds or its page is left."""
        self._status_error = message
        self.statusBar().showMessage(message)

    @Slot(str, object)
    def _action_done(self, message: str, owner) -> None:
        shown = self.shown_surface()
        if owner is not None and shown is not None and owner is not shown and not shown.isAncestorOf(owner):
            return  # a page out of sight finished something: the shown page's message stays
        if message:
            self.statusBar().showMessage(message, 15000)
        elif self._status_error is not None and self.statusBar().currentMessage() == self._status_error:
            self.statusBar().clearMessage()
        self._status_error = None

    def _leave(self, surface: QWidget | None) -> None:
        """surface (a page or event mode) is no longer shown: its messages go."""
        if surface is not None:
            clear_page_messages(surface)
        self.statusBar().clearMessage()
        self._status_error = None

    @Slot(str)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.DEVICES | Change.SETTINGS):
            self._update_where()

    # --- first-run naming and demo -----------------------------------------------------------------

    def ask_device_name(self) -> None:
        """Non-blocking: ask for this laptop's name and home municipality (the window stays usable)."""
        from outreach_app.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(municipalities=setup.known_municipalities(self.ctx.conn),
                                choose_folder=False, parent=self)
        dialog.setModal(False)
        dialog.sig_completed.connect(self._device_named)
        self.naming_dialog = dialog
        dialog.show()

    def _device_named(self, choice) -> bool:
        if call_core(self.ctx, setup.complete_setup, self.ctx.conn, choice.device_name, choice.municipality,
                     show=self.naming_dialog.show_error if self.naming_dialog else None) is FAILED:
            return False
        self.naming_dialog.accept()
        self.naming_dialog = None
        self.statusBar().showMessage(self.tr("This laptop is now called “%s”.") % choice.device_name.strip(), 8000)
        return True

    @Slot()
    def leave_demo(self) -> None:
        self.switch_requested = True
        self.sig_switch_database.emit()
        self.close()

    # --- help --------------------------------------------------------------------------------------

    def _show_guide(self, attribute: str, kind: str):
        """Show (made once, then raised) the help window of class ui.help.<kind>, kept in self.<attribute>."""
        from outreach_app.ui import help as guides

        if getattr(self, attribute) is None:
            setattr(self, attribute, getattr(guides, kind)(self))
        getattr(self, attribute).show()
        getattr(self, attribute).raise_()

    @Slot()
    def show_event_day_help(self) -> None:
        self._show_guide("help_window", "EventDayHelp")

    @Slot()
    def show_privacy_help(self) -> None:
        self._show_guide("privacy_window", "PrivacyHelp")

    @Slot()
    def show_about(self):
        from outreach_app.ui.help import AboutDialog

        dialog = AboutDialog(self.ctx.db_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- backups and the database file (ui/database_file.py does the work, imported when first needed) -

    @staticmethod
    def _database_file():
        from outreach_app.ui import database_file

        return database_file

    def run_start_backup(self) -> None:
        """On the worker once the window is up: the full damage check (a damaged file gets the newest good
        backup offered), then the start-up backup."""
        self._database_file().run_backup(self, "start")

    def run_end_of_day_backup(self) -> None:
        self._database_file().run_backup(self, "end-of-day")

    @Slot()
    def open_restore_dialog(self):
        return self._database_file().open_restore_dialog(self)

    def restore(self, backup_path: str) -> bool:
        return self._database_file().restore(self, backup_path)

    @Slot(str)
    def switch_database(self, path: str) -> bool:
        return self._database_file().switch_database(self, path)

    @Slot(str)
    def move_database(self, folder: str) -> None:
        self._database_file().move_database(self, folder)
