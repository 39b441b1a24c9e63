"""The app's look without an application style sheet: Fusion, one palette, sizes set on widgets as
pages are built, and one focus ring that follows the keyboard focus.

Why no application style sheet: with any sheet at all, Qt wraps every widget in its style-sheet
style and matches its built-in rules against each one, which cost ~12 ms of every start-up
(a tenth of it). Event mode, built only when an event starts, keeps a sheet of its own
(resources/event_mode.qss) for its big coloured tap buttons.

Every colour pair here passes WCAG AA (tests/gui/test_look.py measures them).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QFrame, QLabel, QLineEdit,
                               QPushButton, QWidget)

COLOURS = {
    "text": "#1b1b1b",
    "window": "#f6f7f9",
    "base": "#ffffff",
    "alternate": "#f2f4f7",
    "accent": "#0b57d0",          # selection, primary buttons, the focus ring (6:1 on white)
    "on_accent": "#ffffff",
    "disabled_text": "#6b6b6b",
    "disabled_button": "#cdd1d6",  # a disabled button: grey fill and grey text, never white or blue like a live one
    "disabled_button_text": "#505357",
    "muted": "#4f5660",           # secondary text (7:1 on white)
    "error": "#a4161a",
    "warning": "#8a4b00",
    "notice": "#fff3bf",          # the demo banner
    "sentence": "#eef4fa",        # the report's update sentence
    "backdrop": "#d8d8d8",        # behind a page preview
    "border": "#6b7280",
}

PRIMARY_BUTTON = "#052f75"  # Fusion lightens a button's colour; this one is drawn about #2b569a (6.5:1 with white)

MIN_BUTTON_HEIGHT = 34   # comfortable to hit with a trackpad or a finger
MIN_FIELD_HEIGHT = 28

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def _colour(name: str) -> QColor:
    return QColor(COLOURS[name])


def application_palette(start: QPalette) -> QPalette:
    """The app's palette, made from start (the style's standard palette)."""
    palette = QPalette(start)
    for role, name in ((_Role.Window, "window"), (_Role.WindowText, "text"), (_Role.Base, "base"),
                       (_Role.AlternateBase, "alternate"), (_Role.Text, "text"), (_Role.Button, "base"),
                       (_Role.ButtonText, "text"), (_Role.Highlight, "accent"), (_Role.HighlightedText, "on_accent"),
                       (_Role.ToolTipBase, "base"), (_Role.ToolTipText, "text"), (_Role.PlaceholderText, "muted"),
                       (_Role.Link, "accent")):
        palette.setColor(role, _colour(name))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(_Group.Disabled, role, _colour("disabled_text"))
    palette.setColor(_Group.Disabled, _Role.Button, _colour("disabled_button"))
    palette.setColor(_Group.Disabled, _Role.ButtonText, _colour("disabled_button_text"))
    return palette


def apply(app: QApplication) -> None:
    """Give the application its palette and the focus ring (once; call before building widgets)."""
    # app.palette() is the style's own at this point; app.style() would first build QStyle's Python enums (~5 ms)
    app.setPalette(application_palette(app.palette()))
    if getattr(app, "_outreach_focus_ring", None) is None:
        from outreach_app.ui.focus_ring import FocusRing

        app._outreach_focus_ring = FocusRing(app)


# --- roles: what a widget is for decides how it looks ---------------------------------------------------

def _set_colours(widget: QWidget, **roles: str) -> None:
    palette = widget.palette()
    for role, name in roles.items():
        palette.setColor(getattr(_Role, role), _colour(name))
    widget.setPalette(palette)


def _bold(widget: QWidget, bold: bool = True) -> None:
    font = QFont(widget.font())
    font.setBold(bold)
    widget.setFont(font)


def named_button(text: str, accessible: str) -> QPushButton:
    """A push button with its accessible name (what a screen reader says when the text is short)."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


def mark_primary(button: QPushButton) -> None:
    """The one main action of a page: filled with the accent colour, bold."""
    button.setObjectName("primary")
    palette = button.palette()
    for group in (_Group.Active, _Group.Inactive):
        palette.setColor(group, _Role.Button, QColor(PRIMARY_BUTTON))
        palette.setColor(group, _Role.ButtonText, _colour("on_accent"))
    # disabled, it looks like any disabled button (grey on grey), not like a paler live one
    palette.setColor(_Group.Disabled, _Role.Button, _colour("disabled_button"))
    palette.setColor(_Group.Disabled, _Role.ButtonText, _colour("disabled_button_text"))
    button.setPalette(palette)
    _bold(button)


def mark_title(label: QLabel) -> None:
    """A page or panel heading."""
    _bold(label)


def mark_message(label: QLabel, kind: str = "normal") -> None:
    """A status line; kind is "normal", "error" (red, bold), "warning" or "muted"."""
    label.setContentsMargins(4, 4, 4, 4)
    colour = {"error": "error", "warning": "warning", "muted": "muted"}.get(kind, "text")
    _set_colours(label, WindowText=colour)
    _bold(label, kind == "error")


def mark_figure(label: QLabel) -> None:
    """A headline number (the Reports page's figures): large and bold."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    label.setFont(font)


def mark_backdrop(widget: QWidget) -> None:
    """A grey surface for a paper preview to sit on."""
    widget.setAutoFillBackground(True)
    _set_colours(widget, Window="backdrop")


def mark_box(frame: QFrame, fill: str = "base") -> None:
    """A framed area on its own background: a side panel ("base"), the demo banner ("notice")."""
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setAutoFillBackground(True)
    _set_colours(frame, Window=fill, WindowText="border")
    for child in frame.findChildren(QWidget):  # the box's frame colour is not its text colour
        _set_colours(child, WindowText="text")


def mark_empty_state(label: QLabel) -> None:
    """What a list says while it has nothing to show: a framed hint."""
    mark_box(label)
    _set_colours(label, WindowText="text")
    label.setFrameShadow(QFrame.Shadow.Plain)
    label.setMargin(10)


# --- why a control is disabled ------------------------------------------------------------------

WHY_DISABLED = "whyDisabled"  # a widget property: the sentence saying why the widget is disabled


_CLICK = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)


class _DisabledExplainer(QObject):
    """Keeps the tooltip of a disabled control on its reason, and shows the reason when it is clicked."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            _show_reason(watched)
        elif kind in _CLICK and not watched.isEnabled() and watched.property(WHY_DISABLED):
            if kind == QEvent.Type.MouseButtonRelease:
                from PySide6.QtCore import QTimer
                from PySide6.QtWidgets import QToolTip

                where, reason = event.globalPosition().toPoint(), watched.property(WHY_DISABLED)
                # once the click is over: Qt hides any tooltip on a press or a release
                QTimer.singleShot(0, watched, lambda: QToolTip.showText(where, reason, watched, watched.rect(), 5000))
            return True
        return False


_explainer: _DisabledExplainer | None = None


def _show_reason(widget: QWidget) -> None:
    reason = "" if widget.isEnabled() else (widget.property(WHY_DISABLED) or "")
    widget.setToolTip(reason)
    widget.setAccessibleDescription(reason)


def explain_disabled(widget: QWidget, reason: str) -> None:
    """While widget is disabled, its tooltip (and a click on it) says reason, e.g. "Select an event first."."""
    global _explainer
    if _explainer is None:
        _explainer = _DisabledExplainer(QApplication.instance())
    if widget.property(WHY_DISABLED) is None:
        widget.installEventFilter(_explainer)
    widget.setProperty(WHY_DISABLED, reason)
    _show_reason(widget)


# --- sizes ------------------------------------------------------------------------------------------

def _is_qt_part(widget: QWidget) -> bool:
    parent = widget.parent()
    return isinstance(parent, (QComboBox, QAbstractSpinBox)) or widget.objectName().startswith("qt_")


def finish(root: QWidget) -> None:
    """Give the buttons and fields under root (and root itself) their minimum comfortable heights."""
    for button in [*root.findChildren(QPushButton), root]:
        if isinstance(button, QPushButton) and button.minimumHeight() < MIN_BUTTON_HEIGHT:
            button.setMinimumHeight(MIN_BUTTON_HEIGHT)
    for field in [*root.findChildren(QLineEdit), *root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]:
        if _is_qt_part(field):
            continue
        if field.minimumHeight() < MIN_FIELD_HEIGHT:
            field.setMinimumHeight(MIN_FIELD_HEIGHT)
        if isinstance(field, QLineEdit):
            field.setTextMargins(4, 0, 4, 0)  # text clear of the frame


def ask(parent: QWidget | None, title: str, question: str, *, default_yes: bool = True) -> bool:
    """A Yes/No question with full-size buttons; True for Yes. default_yes=False: Enter answers No."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    if not default_yes:
        box.setDefaultButton(QMessageBox.StandardButton.No)
    finish(box)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell_problem(parent: QWidget | None, title: str, message: str) -> None:
    """A modal error message with a full-size OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    finish(box)
    box.exec()
