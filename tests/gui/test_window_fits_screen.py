"""The main window fits the screen: the first one with its frame inside the available area, a size
from the last session comes back, and one saved on a bigger or missing monitor is pulled on-screen.
(The offscreen platform has one 800×800 screen and draws a 2-pixel frame around windows.)"""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from outreach_app.ui.main_window import MainWindow
from outreach_app.ui.pages import PAGES
from outreach_app.ui.window_geometry import fit_inside


def available():
    return QApplication.primaryScreen().availableGeometry()


def open_window(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not window._fit_again.isActive(), timeout=5000)  # the check with the real frame
    return window


def assert_fits(window):
    frame, area = window.frameGeometry(), available()
    assert area.contains(frame), f"window frame {frame.getRect()} outside the screen's {area.getRect()}"
    assert area.contains(window.statusBar().mapToGlobal(window.statusBar().rect().bottomRight()))


def test_the_first_window_fits_the_screen_frame_included(qtbot, ctx):
    window = open_window(qtbot, ctx)
    assert_fits(window)
    assert window.width() >= 700 and window.height() >= 700  # and it uses the room there is


def test_the_size_of_the_last_session_comes_back(qtbot, ctx):
    first = open_window(qtbot, ctx)
    first.setGeometry(QRect(60, 70, 700, 520))
    qtbot.wait(50)
    first.close()
    again = open_window(qtbot, ctx)
    assert (again.width(), again.height()) == (700, 520)
    assert_fits(again)


@pytest.mark.parametrize("saved", [QRect(0, 0, 2500, 1400), QRect(3000, 2000, 1200, 700), QRect(-2000, 100, 900, 600)],
                         ids=["bigger monitor", "right of the screen", "left monitor gone"])
def test_a_geometry_saved_on_another_monitor_is_pulled_onto_this_screen(qtbot, ctx, saved):
    first = open_window(qtbot, ctx)
    first.setGeometry(saved)
    qtbot.wait(50)
    first.close()
    assert_fits(open_window(qtbot, ctx))


def test_fit_inside_shrinks_then_moves_the_least_needed():
    area = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel panel
    assert fit_inside(QRect(100, 50, 800, 600), area) == QRect(100, 50, 800, 600)
    assert fit_inside(QRect(0, 0, 1366, 768), area) == QRect(0, 0, 1366, 728)
    assert fit_inside(QRect(900, 500, 800, 600), area) == QRect(566, 128, 800, 600)
    assert fit_inside(QRect(-3000, -50, 2560, 1440), QRect(1920, 0, 1280, 720)) == QRect(1920, 0, 1280, 720)


def test_every_page_and_event_mode_can_fit_the_screen(window, qtbot, event_id):
    """What a page needs no longer sets the window's minimum: a page that needs more room scrolls."""
    room = available().size()
    for row in range(len(PAGES)):
        window.show_page(row)
        qtbot.wait(10)
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert needed.width() <= room.width() - 8 and needed.height() <= room.height() - 36, PAGES[row][0]
    window.start_event_mode(event_id)
    window.event_mode.paper_button.setChecked(True)
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= room.width() - 8 and needed.height() <= room.height() - 36


def scroll_area_of(widget):
    while not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_1366x768_less_a_panel_no_page_needs_to_scroll(qapp, ctx, qtbot, event_id, language, screen):
    from outreach_app.ui.i18n import apply_language

    apply_language(qapp, language)
    try:
        window = MainWindow(ctx, persist=False)
        qtbot.addWidget(window)
        window.resize(screen[0] - 8, screen[1] - 40 - 36)  # the window manager's frame and a 40-pixel panel
        window.show()  # (the offscreen screen is smaller: set by hand before showing, the size stays)
        for row in range(len(PAGES)):
            window.show_page(row)
            qtbot.wait(20)
            page, area = window.pages.currentWidget(), scroll_area_of(window.pages)
            assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible(), PAGES[row][0]
            assert page.height() >= page.minimumSizeHint().height(), PAGES[row][0]
            # nor inside it: a form below the fold is not seen (the Flyers form still scrolls beside its
            # preview, as it did before the merge: known, listed for the flyers screen's owner)
            for inner in page.findChildren(QScrollArea) if PAGES[row][0] != "Flyers" else []:
                if inner.widgetResizable():
                    assert not inner.verticalScrollBar().isVisible(), PAGES[row][0]
    finally:
        apply_language(qapp, "en")


def test_a_window_smaller_than_a_page_scrolls_that_page_instead_of_squeezing_it(window, qtbot, event_id):
    window.show_page([name for name, *_ in PAGES].index("Reports"))  # Reports: figures, sentence, two charts and the tables
    window.resize(700, 480)
    qtbot.wait(20)
    page, area = window.pages.currentWidget(), scroll_area_of(window.pages)
    assert page.height() >= page.minimumSizeHint().height()
    assert area.verticalScrollBar().isVisible()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())


def test_the_page_scroll_area_is_no_tab_stop(window, qtbot):
    window.nav.setFocus()
    seen = set()
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(type(QApplication.focusWidget()).__name__)
    assert "QScrollArea" not in seen


def test_adding_a_long_plan_name_does_not_widen_the_plans_page(ctx, qtbot):
    """Field test: the message after adding a 68-character plan was one line, wider than the page: the
    municipalities column went off-screen behind a horizontal scroll bar."""
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    window.resize(1366 - 8, 768 - 40 - 36)
    window.show()
    window.show_page([name for name, *_ in PAGES].index("Plans"))
    qtbot.wait(20)
    plans, area = window.pages.currentWidget(), scroll_area_of(window.pages)
    plans.new_name.setText("Community Safety and Well-Being Plan for Glengarry and Downtown East")
    plans.add_plan()
    qtbot.wait(20)
    assert "Well-Being Glengarry" in plans.message.text()
    assert not area.horizontalScrollBar().isVisible()
    assert plans.municipalities.geometry().right() <= area.viewport().width()
