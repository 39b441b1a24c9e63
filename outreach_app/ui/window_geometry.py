"""Where the main window goes: the first size fits the screen's available area with the window
manager's frame (title bar, borders) included, and a size restored from the last session is pulled
back inside the screen it lands on (a geometry saved on a bigger monitor must not hide the status bar).
Pages sit in scroll areas, so what a page needs never makes the window bigger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

FIRST_SIZE = QSize(1366, 768)
"""The first window's outer size (frame included) when the screen has room for it."""

FALLBACK_FRAME = QMargins(4, 32, 4, 4)
"""The frame assumed until the window manager has said how big its frame is (after the window shows)."""


def fit_inside(outer: QRect, available: QRect) -> QRect:
    """outer shrunk to at most available's size, then moved the least needed to lie wholly inside it."""
    width, height = min(outer.width(), available.width()), min(outer.height(), available.height())
    left = min(max(outer.left(), available.left()), available.left() + available.width() - width)
    top = min(max(outer.top(), available.top()), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def frame_margins(window: QWidget) -> QMargins:
    """The frame the window manager draws around window; FALLBACK_FRAME until the window is shown and framed."""
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        margins = handle.frameMargins()
        if not margins.isNull():
            return margins
    return FALLBACK_FRAME


def available_area(outer: QRect) -> QRect:
    """The available geometry (screen minus panels) of the screen under outer's centre, else the primary screen's."""
    screen = QGuiApplication.screenAt(outer.center()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else outer


def place_first_window(window: QWidget) -> None:
    """Size and centre a window that has no saved geometry so that, frame included, it fits the primary screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    margins = frame_margins(window)
    outer = fit_inside(QRect(available.topLeft(), FIRST_SIZE), available)
    outer.moveCenter(available.center())
    window.setGeometry(fit_inside(outer, available).marginsRemoved(margins))


def keep_on_screen(window: QWidget) -> bool:
    """Shrink and move window so that its frame lies inside its screen's available area; True if it had to."""
    if window.isMaximized() or window.isFullScreen():
        return False  # the window manager fits those itself
    margins = frame_margins(window)
    outer = window.geometry().marginsAdded(margins)
    fitted = fit_inside(outer, available_area(outer))
    if fitted == outer:
        return False
    window.setGeometry(fitted.marginsRemoved(margins))
    return True


class _Filled(QWidget):
    """Holds one widget, filling it. It gives a scroll area its content's minimum size only: the
    content's height-for-width (its preferred height at a width) would make the area scroll a page
    that can still shrink."""

    def __init__(self, content: QWidget):
        super().__init__()
        self.content = content
        content.setParent(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.content.minimumSizeHint().expandedTo(self.content.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.content.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.content.setGeometry(self.rect())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.parentWidget() is not None:
            area = self.parentWidget().parentWidget()  # the content's needs changed: the area checks its bars
            if area is not None:
                QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        return super().event(event)


def scrolling(content: QWidget) -> QScrollArea:
    """content in a frameless scroll area: it scrolls only when the window is smaller than content's minimum."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop (or click focus) of its own: the page's controls have it
    area.setWidgetResizable(True)
    area.setWidget(_Filled(content))
    return area
