"""The mouse wheel scrolls the page, never the value under the pointer.

Qt's spin boxes and combo boxes change their value on a wheel event even without the focus, and
take the focus from the wheel alone (Qt.WheelFocus): scrolling the Flyers page moved a drop date
back three years and changed the paper size. One application-wide filter, installed before any
widget is built, gives every spin box and combo box Qt.StrongFocus (click or Tab, not the wheel) and
passes a wheel event over one that has not the focus on to its parent (the page's scroll area).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)
_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish


def has_focus_within(widget: QWidget) -> bool:
    """The widget or one of its parts (a combo box's line edit) has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    """Application event filter: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == _WHEEL:
            if isinstance(watched, GUARDED) and not has_focus_within(watched):
                event.ignore()
                return True  # filtered and ignored: Qt offers the wheel to the parent widgets
        elif kind == _POLISH and isinstance(watched, GUARDED) and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication) -> None:
    """Filter the application's events (idempotent); call before any widget is built."""
    if getattr(app, "_outreach_wheel_guard", None) is None:
        app._outreach_wheel_guard = WheelGuard(app)
        app.installEventFilter(app._outreach_wheel_guard)
