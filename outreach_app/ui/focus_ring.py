"""The keyboard focus ring: a ring drawn around whichever control has the focus.

A QFocusFrame (painted by Qt in C++; no Python runs while nothing moves) in the accent colour. It
lives in the control's parent, so containers leave room around their controls for it; a table that
is a whole tab page gets the ring around its tab widget instead, as a page fills its tab widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QFocusFrame, QStackedWidget, QTabWidget, QWidget

from outreach_app.ui.look import COLOURS

DRAWS_OWN_FOCUS = "drawsOwnFocus"  # a widget property: its style sheet marks focus, the ring stays out
RING_NAME = "focusRing"


def ring_target(widget: QWidget) -> QWidget:
    """The widget the ring goes around when widget has the focus."""
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent  # the whole combo box, not its inner line edit
    if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
        return parent.parentWidget()  # a tab page fills its tab widget: ring the tab widget
    return widget


def _draws_own_focus(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(DRAWS_OWN_FOCUS):
            return True
        widget = widget.parentWidget()
    return False


class FocusRing(QObject):
    """Moves the one QFocusFrame to the focused control."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._focus_changed)

    def _ring(self) -> QFocusFrame:
        if self.frame is None:
            self.frame = QFocusFrame()
            self.frame.setObjectName(RING_NAME)
            self.frame.destroyed.connect(self._forget)
        return self.frame

    @Slot()
    def _forget(self) -> None:
        self.frame = None

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = ring_target(new) if new is not None else None
        if target is None or target.isWindow() or _draws_own_focus(target):
            if self.frame is not None:
                self.frame.setWidget(None)
            return
        ring = self._ring()
        palette = ring.palette()
        # on the blue primary button a blue ring would hardly show: it gets the text colour
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COLOURS["text" if target.objectName() == "primary" else "accent"]))
        ring.setPalette(palette)
        ring.setWidget(target)

