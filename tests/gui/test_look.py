"""The look: every colour pair passes WCAG AA as drawn, the focus ring follows the keyboard and can be
seen, event mode's own sheet passes too, and the application carries no style sheet (start-up speed)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView, QWidget

from outreach_app.core.resources import resource_path
from outreach_app.ui import look
from outreach_app.ui.focus_ring import ring_target
from outreach_app.ui.pages import PAGES

ROW = {label: row for row, (label, _) in enumerate(PAGES)}  # the sidebar rows by page name

AA_TEXT = 4.5
AA_NON_TEXT = 3.0  # WCAG 1.4.11: focus rings and other marks that are not text


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TEXT_PAIRS = [("text", background) for background in ("window", "base", "alternate", "notice", "sentence")] + [
    ("on_accent", "accent"), ("muted", "base"), ("muted", "window"), ("error", "base"), ("error", "window"),
    ("warning", "base"), ("warning", "window"), ("disabled_text", "window"), ("disabled_text", "base"),
    ("disabled_button_text", "disabled_button")]


@pytest.mark.parametrize("text, background", TEXT_PAIRS)
def test_palette_text_passes_wcag_aa(text, background):
    colours = look.COLOURS
    assert contrast(colours[text], colours[background]) >= AA_TEXT, f"{text} on {background}"


def test_the_application_palette_uses_those_colours(qapp):
    palette = qapp.palette()
    assert palette.color(palette.ColorRole.WindowText).name() == look.COLOURS["text"]
    assert palette.color(palette.ColorRole.Window).name() == look.COLOURS["window"]
    assert palette.color(palette.ColorRole.Highlight).name() == look.COLOURS["accent"]
    assert palette.color(palette.ColorRole.HighlightedText).name() == look.COLOURS["on_accent"]


def _drawn_colours(widget: QWidget) -> list[str]:
    """Colours Fusion actually paints across the middle of the widget, away from its text."""
    image = widget.grab().toImage()
    return [image.pixelColor(x, y).name() for x in (4, image.width() - 5) for y in range(4, image.height() - 4, 3)]


@pytest.mark.parametrize("enabled", [True, False])
def test_primary_button_text_is_readable_as_fusion_draws_it(qtbot, enabled):
    button = QPushButton("Start event mode")
    qtbot.addWidget(button)
    look.mark_primary(button)
    button.setEnabled(enabled)
    button.resize(220, 40)
    text = button.palette().color(button.palette().ColorRole.ButtonText).name()
    worst = min(contrast(text, drawn) for drawn in _drawn_colours(button))
    assert worst >= AA_TEXT, f"{text} on the drawn button: {worst:.2f}"


def ring_in(window: QWidget):
    """The app's focus ring if it is in this window now."""
    frame = QApplication.instance()._outreach_focus_ring.frame
    return frame if frame is not None and frame.window() is window else None


def _ring_colour_at(window: QWidget, widget: QWidget) -> str:
    """The colour two pixels below the widget's bottom edge, half way along, as the window draws it."""
    return _ring_sides(window, widget)[3]


def _ring_sides(window: QWidget, widget: QWidget) -> list[str]:
    """The colours two pixels outside the widget's left, top, right and bottom edges, as drawn."""
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    origin = widget.mapTo(window, widget.rect().topLeft())
    x0, y0, w, h = origin.x(), origin.y(), widget.width(), widget.height()
    points = [(x0 - 2, y0 + h // 2), (x0 + w // 2, y0 - 2), (x0 + w + 1, y0 + h // 2), (x0 + w // 2, y0 + h + 1)]
    return [image.pixelColor(int(x * ratio), int(y * ratio)).name() for x, y in points]


def _focus(window, widget, qtbot) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    QApplication.processEvents()


def test_the_focus_ring_follows_the_keyboard_and_can_be_seen(window, qtbot):
    screen = window.pages.currentWidget()
    edit_button = screen.new_button
    _focus(window, edit_button, qtbot)
    ring = ring_in(window)
    assert ring is not None and ring.isVisible()
    assert _ring_sides(window, edit_button) == [look.COLOURS["accent"]] * 4
    assert contrast(look.COLOURS["accent"], look.COLOURS["window"]) >= AA_NON_TEXT
    assert window.style().pixelMetric(window.style().PixelMetric.PM_FocusFrameHMargin) >= 2  # ring width

    name_field = screen.form.findChild(QLineEdit)
    _focus(window, name_field, qtbot)
    assert _ring_sides(window, name_field) == [look.COLOURS["accent"]] * 4


@pytest.mark.parametrize("where", ["page list", "report table", "flyer source tags"])
def test_the_ring_is_whole_around_controls_that_fill_their_container(window, event_id, qtbot, where):
    """The page list, the Reports tables and the Flyers tag list fill their parents: the ring must not
    lose its edges."""
    if where == "page list":
        control = window.nav
    elif where == "report table":
        window.show_page(ROW["Reports"])
        QApplication.processEvents()
        control = next(table for table in window.pages.currentWidget().findChildren(QTableView) if table.isVisible())
    else:
        window.show_page(ROW["Flyers"])
        QApplication.processEvents()
        control = window.pages.currentWidget().tags_list
    _focus(window, control, qtbot)
    assert _ring_sides(window, ring_target(control)) == [look.COLOURS["accent"]] * 4


def test_the_ring_follows_its_control_and_hides_with_it(window, qtbot):
    field = window.pages.currentWidget().form.findChild(QLineEdit)
    _focus(window, field, qtbot)
    window.resize(1100, 700)
    QApplication.processEvents()
    assert _ring_sides(window, field) == [look.COLOURS["accent"]] * 4
    window.show_page(ROW["Plans"])  # the Events page hides; the focus may stay on its field
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert ring_in(window).isVisible() == (focused is not None and focused.isVisible() and focused is not window)


def test_the_ring_around_the_primary_button_is_dark(window, event_id, qtbot):
    start = window.pages.currentWidget().start_button
    window.pages.currentWidget().refresh()
    window.pages.currentWidget().table.selectRow(0)
    assert start.isEnabled()
    _focus(window, start, qtbot)
    assert _ring_colour_at(window, start) == look.COLOURS["text"]


def test_event_mode_marks_its_own_focus_so_the_ring_steps_aside(window, event_id, qtbot):
    window.start_event_mode(event_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.event_mode.attendee_button)
    ring = ring_in(window)
    assert ring is None or not ring.isVisible()


def test_paper_count_fields_in_event_mode_stay_full_size(window, event_id, qtbot):
    window.start_event_mode(event_id)
    window.event_mode.show_paper_panel(True)
    QApplication.processEvents()
    from outreach_app.ui.count_field import CountField

    boxes = [box for box in window.event_mode.findChildren(CountField) if box.isVisible()]
    assert len(boxes) >= 4 and min(box.height() for box in boxes) >= 28


def test_the_application_has_no_style_sheet(qapp):
    """Any application style sheet costs ~12 ms of every start-up (look.py): the look is a palette."""
    from outreach_app.ui.app import _application

    assert _application() is qapp
    assert qapp.styleSheet() == ""


# --- event mode's own sheet ----------------------------------------------------------------------

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


RULES = _rules(resource_path("event_mode.qss").read_text(encoding="utf-8"))


def _background_of(selector: str) -> str:
    """The background a rule draws on: its own, its ancestor rule's ('QFrame#x QLabel'), or the window's."""
    for candidate in (selector.split(":")[0], selector.rsplit(" ", 1)[0] if " " in selector else None):
        for selectors, props in RULES:
            if candidate in selectors and _colour(props.get("background")):
                return _colour(props["background"])
    return look.COLOURS["window"]


def test_event_mode_colour_pairs_pass_wcag_aa():
    pairs = [(s, _colour(p["color"]), _background_of(s)) for selectors, p in RULES for s in selectors
             if _colour(p.get("color"))]
    assert len(pairs) >= 8
    failing = [f"{s}: {fg} on {bg} = {contrast(fg, bg):.2f}" for s, fg, bg in pairs if contrast(fg, bg) < AA_TEXT]
    assert failing == []


def test_event_mode_focus_marks_are_thick_and_visible():
    focus = [(s, p) for selectors, p in RULES for s in selectors if ":focus" in s and "border" in p]
    assert {"QPushButton", "QPushButton#attendee", "QPushButton#plan", "QPushButton#answer"} <= {
        s.split(":")[0] for s, _ in focus}
    for selector, props in focus:
        width = int(re.search(r"(\d+)px", props["border"])[1])
        assert width >= 2, f"{selector}: a {width} px focus mark is too thin to see"
        ring = _colour(props["border"])
        assert contrast(ring, _background_of(selector)) >= AA_NON_TEXT, f"{selector}: {ring} hardly shows"
