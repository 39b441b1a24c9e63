"""The accessibility walk: every page of PAGES and event mode, every visible control.

A control must have a name a screen reader can say, be reachable with Tab, and be big enough to hit;
the stylesheet must draw a visible focus ring and pass WCAG AA contrast; and with the font 50 %
larger no label or button may be cut.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox,
                               QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QToolButton,
                               QWidget)

from outreach_app.core.demo import make_demo_data
from outreach_app.core.resources import resource_path
from outreach_app.ui.main_window import PAGES, MainWindow
from outreach_app.ui.tasks import wait_for_background_tasks

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
TAP_BUTTONS = ("attendee", "plan", "answer")
AA_TEXT = 4.5
AA_NON_TEXT = 3.0  # WCAG 1.4.11: focus rings and other marks that are not text


def _settle(qtbot) -> None:
    for _ in range(3):
        wait_for_background_tasks()
        QApplication.processEvents()
    qtbot.wait(10)


def _is_qt_part(widget: QWidget) -> bool:
    """Qt's own pieces of a composite control (a combo box's line edit, spin arrows, scroll buttons)."""
    parent = widget.parent()
    return (isinstance(widget, (QHeaderView, QToolButton)) or widget.objectName().startswith("qt_")
            or isinstance(parent, (QComboBox, QAbstractSpinBox)) or (parent is not None and parent.objectName().startswith("qt_")))


def _screens(window, event_id):
    """Yield (name, root) for every page and for event mode, each shown in turn."""
    for row, (label, _spec) in enumerate(PAGES):
        window.show_page(row)
        yield label, window.pages.currentWidget()
    window.start_event_mode(event_id)
    yield "event mode", window.event_mode
    window.end_event_mode()


def _visible_controls(root):
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and not _is_qt_part(widget):
            yield widget


def _describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


@pytest.fixture(autouse=True)
def app_look(qapp):
    """The look the real app starts with (Fusion and resources/style.qss): sizes depend on it."""
    from outreach_app.ui.app import load_stylesheet

    before = qapp.styleSheet()
    qapp.setStyleSheet(load_stylesheet())
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def filled(ctx, event_id):
    make_demo_data(ctx.conn, events=6, entries=120, seed=2)
    return event_id


def test_every_control_is_named_reachable_and_big_enough(window, filled, qtbot):
    problems = []
    visited = []
    for name, root in _screens(window, filled):
        _settle(qtbot)
        controls = list(_visible_controls(root))
        visited.append(name)
        assert len(controls) >= 3, f"{name}: the walk found only {len(controls)} controls"
        for widget in controls:
            spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            if not (widget.accessibleName() or spoken.strip()):
                problems.append(f"{name}: {_describe(widget)} has no accessible name")
            if widget.isEnabled() and not widget.focusPolicy() & widget.focusPolicy().TabFocus:
                problems.append(f"{name}: {_describe(widget)} cannot be reached with Tab")
            if isinstance(widget, QPushButton):
                least = 48 if widget.objectName() in TAP_BUTTONS else 32
                if widget.height() < least:
                    problems.append(f"{name}: {_describe(widget)} is {widget.height()} px high (< {least})")
    assert visited == [label for label, _ in PAGES] + ["event mode"]
    assert problems == []


def test_dialogs_of_the_help_and_file_menus_are_named_and_reachable(window, filled, qtbot):
    dialogs = [window.open_restore_dialog(), window.show_about()]
    window.show_event_day_help()
    dialogs.append(window.help_window)
    _settle(qtbot)
    problems = []
    for dialog in dialogs:
        for widget in _visible_controls(dialog):
            spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            if not (widget.accessibleName() or spoken.strip()):
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} has no accessible name")
            if widget.isEnabled() and not widget.focusPolicy() & widget.focusPolicy().TabFocus:
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} cannot be reached with Tab")
            if isinstance(widget, QPushButton) and widget.height() < 32:
                problems.append(f"{dialog.windowTitle()}: {_describe(widget)} is {widget.height()} px high")
        dialog.close()
    assert problems == []


def test_tap_buttons_are_at_least_48_px(window, filled, qtbot):
    window.start_event_mode(filled)
    _settle(qtbot)
    taps = [b for b in window.event_mode.findChildren(QPushButton) if b.objectName() in TAP_BUTTONS and b.isVisible()]
    assert len(taps) >= 5  # attendee, the plans, three answers
    assert min(b.height() for b in taps) >= 48


# --- the stylesheet -------------------------------------------------------------------------------

def _rules(qss: str) -> list[tuple[list[str], dict[str, str]]]:
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                key, value = declaration.split(":", 1)
                props[key.strip()] = value.strip()
        rules.append(([s.strip() for s in selectors.split(",")], props))
    return rules


def _colour(value: str | None) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}\b", value or "")
    return found[0].lower() if found else None


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


STYLE = resource_path("style.qss").read_text(encoding="utf-8")
RULES = _rules(STYLE)
DEFAULT_TEXT = next(_colour(p["color"]) for s, p in RULES if "QWidget" in s and "color" in p)
WINDOW_BACKGROUND = next(_colour(p["background"]) for s, p in RULES if "QMainWindow" in s)


def _background_behind(selector: str) -> str:
    """The background a descendant rule ('QFrame#x QLabel') draws on: its ancestor rule's, or the window's."""
    ancestor = selector.rsplit(" ", 1)[0] if " " in selector else None
    for selectors, props in RULES:
        if ancestor in selectors and _colour(props.get("background")):
            return _colour(props["background"])
    return WINDOW_BACKGROUND


def _text_colour_for(selector: str, props: dict) -> str:
    """The colour text is drawn in on this rule's background: its own, a child rule's, or the default."""
    if _colour(props.get("color")):
        return _colour(props["color"])
    for selectors, child in RULES:
        for other in selectors:
            if other.startswith(selector.split(":")[0] + " ") and _colour(child.get("color")):
                return _colour(child["color"])
    return DEFAULT_TEXT


def test_stylesheet_colour_pairs_pass_wcag_aa():
    pairs = []
    for selectors, props in RULES:
        background = _colour(props.get("background") or props.get("background-color"))
        for selector in selectors:
            if background:
                pairs.append((selector, _text_colour_for(selector, props), background))
            elif _colour(props.get("color")) and " " in selector:
                pairs.append((selector, _colour(props["color"]), _background_behind(selector)))
            elif _colour(props.get("color")):
                pairs.append((selector, _colour(props["color"]), WINDOW_BACKGROUND))
                pairs.append((selector, _colour(props["color"]), "#ffffff"))
            if _colour(props.get("selection-background-color")):
                pairs.append((selector + " selection", _colour(props.get("selection-color")) or DEFAULT_TEXT,
                              _colour(props["selection-background-color"])))
            if _colour(props.get("alternate-background-color")):
                pairs.append((selector + " alternate rows", DEFAULT_TEXT, _colour(props["alternate-background-color"])))
    assert len(pairs) >= 15
    failing = [f"{s}: {fg} on {bg} = {contrast(fg, bg):.2f}" for s, fg, bg in pairs if contrast(fg, bg) < AA_TEXT]
    assert failing == []


def test_stylesheet_draws_a_visible_focus_ring():
    focus = [(s, p) for selectors, p in RULES for s in selectors
             if ":focus" in s and ("border" in p or "background" in p)]  # not the padding-only rule
    covered = {s.split(":")[0].split("#")[0] for s, _ in focus}
    assert {"QPushButton", "QLineEdit", "QTableView", "QListWidget", "QCheckBox", "QComboBox", "QSpinBox"} <= covered
    for selector, props in focus:
        border = props.get("border", "")
        if border:
            width = int(re.search(r"(\d+)px", border)[1])
            assert width >= 2, f"{selector}: a {width} px focus ring is too thin to see"
            ring = _colour(border)
            own = next((_colour(p.get("background")) for ss, p in RULES
                        if selector.split(":")[0] in ss and _colour(p.get("background"))), "#ffffff")
            for behind in (own, _background_behind(selector)):  # inside the control and around it
                assert contrast(ring, behind) >= AA_NON_TEXT, f"{selector}: focus ring {ring} hardly differs from {behind}"
        else:  # a focus marked by a background change must differ from the normal background
            assert contrast(_colour(props.get("background")), "#ffffff") >= 1.2, selector


# --- a 50 % larger font ---------------------------------------------------------------------------

@pytest.fixture
def large_font(qapp):
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield bigger
    qapp.setFont(original)


def test_nothing_is_cut_with_the_font_half_as_large_again(large_font, ctx, filled, qtbot):
    window = MainWindow(ctx, persist=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    cut = []
    for name, root in _screens(window, filled):
        _settle(qtbot)
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible() or _is_qt_part(widget):
                continue
            if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
                needed = widget.minimumSizeHint().width()
            elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
                needed = widget.minimumSizeHint().width()
            else:
                continue
            if widget.width() < needed:
                cut.append(f"{name}: {_describe(widget)} is {widget.width()} px wide, needs {needed}")
    assert cut == []
