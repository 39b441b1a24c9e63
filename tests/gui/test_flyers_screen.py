"""The flyer screen: live preview, past-date warning, errors shown in place, Save PDF…, flyer drops."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from outreach_app.core.flyers.drops import list_drops
from outreach_app.ui import look
from outreach_app.ui.context import AppContext
from outreach_app.ui.flyers_screen import FlyersScreen
from outreach_app.ui.tasks import wait_for_background_tasks
from tests.core.flyer_helpers import decode_pages

URL = "https://example.org/s/leamington-essex-safety?lang=en"


@pytest.fixture
def screen(qtbot, tmp_path):
    ctx = AppContext(tmp_path / "outreach.db")
    widget = FlyersScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    wait_for_background_tasks()
    ctx.close()


def fill(screen, qtbot, *tags):
    qtbot.keyClicks(screen.url_edit, URL)
    screen.title_edit.setText("Sondage sur la sécurité du quartier")  # QTest types ASCII only
    for tag in tags:
        qtbot.keyClicks(screen.tag_edit, tag)
        screen.tag_edit.returnPressed.emit()


def test_preview_shows_the_first_page_and_a_past_date_only_warns(screen, qtbot):
    fill(screen, qtbot, "library", "arena")
    assert screen.tags() == ["library", "arena"]
    qtbot.waitUntil(lambda: screen.preview_image is not None, timeout=10000)
    first = screen.preview_image
    assert not first.isNull() and first.pixelColor(2, 2).name() == "#ffffff"

    screen.closes_check.setChecked(True)
    screen.closes_edit.setDate(QDate.currentDate().addDays(-3))
    assert screen.past_warning.isVisibleTo(screen)
    qtbot.waitUntil(lambda: screen.preview_image is not first, timeout=10000)
    assert screen.save_button.isEnabled() and "#b00020" not in screen.message_label.styleSheet()


def test_text_too_long_for_cards_is_shown_and_blocks_saving(screen, qtbot):
    fill(screen, qtbot, "library")
    screen.layout_combo.setCurrentIndex(screen.layout_combo.findData("cards"))
    screen.title_edit.setText("x" * 57)
    qtbot.waitUntil(lambda: "7 characters too long" in screen.message_label.text(), timeout=10000)
    assert not screen.save_button.isEnabled()


def test_a_bad_tag_is_refused_in_place(screen, qtbot):
    qtbot.keyClicks(screen.tag_edit, "two words")
    screen.tag_edit.returnPressed.emit()
    assert screen.tags() == [] and "two words" in screen.message_label.text()


def test_save_pdf_writes_decodable_flyers_off_the_ui_thread(screen, qtbot, tmp_path, monkeypatch):
    fill(screen, qtbot, "library", "arena")
    screen.layout_combo.setCurrentIndex(screen.layout_combo.findData("handout"))
    out = tmp_path / "handouts"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    qtbot.waitUntil(lambda: screen.save_button.isEnabled() and screen.preview_image is not None, timeout=10000)
    screen.save_button.click()
    qtbot.waitUntil(lambda: "Saved 2 flyers on 1 page " in screen.message_label.text(), timeout=15000)
    pdf = (tmp_path / "handouts.pdf").read_bytes()
    assert decode_pages(pdf) == [sorted([f"{URL}&src=library", f"{URL}&src=arena"])]


def test_recording_and_voiding_a_drop(screen, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, **_: asked.append(question) or True)
    panel = screen.drops_panel
    fill(screen, qtbot, "library")
    assert panel.drop_tag.currentText() == "library"
    qtbot.keyClicks(panel.drop_place, "Leamington library")
    panel.drop_count.setValue(50)
    panel.drop_date.setDate(QDate(2025, 10, 1))
    panel.drop_municipality.setCurrentText("Leamington")
    panel.drop_button.click()
    drops = list_drops(screen.ctx.conn)
    assert [(d.source_tag, d.place, d.count, d.date, d.municipality) for d in drops] == [
        ("library", "Leamington library", 50, "2025-10-01", "Leamington")]
    assert len(asked) == 1 and "2025-10-01" in asked[0]  # more than a year ago: confirmed first
    assert panel.drops_table.rowCount() == 1 and panel.drops_table.item(0, 2).text() == "Leamington library"

    panel.drop_place.setText("")
    panel.drop_button.click()
    assert "place" in panel.drop_message.text() and len(list_drops(screen.ctx.conn)) == 1

    panel.drops_table.selectRow(0)
    panel.void_button.click()
    assert panel.drops_table.rowCount() == 0 and list_drops(screen.ctx.conn) == []


def test_every_control_has_an_accessible_name(screen):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    for kind in (QLineEdit, QComboBox, QSpinBox, QAbstractButton):
        for widget in screen.findChildren(kind):
            if widget.parent() and isinstance(widget.parent(), (QComboBox, QSpinBox)) or widget.objectName().startswith("qt_"):
                continue  # a combo's or spin box's own line edit
            assert widget.accessibleName(), f"{kind.__name__} without an accessible name"


def test_preview_is_the_flyer_a_phone_can_scan_and_follows_the_preview_area(screen, qtbot):
    """The preview is drawn by pypdfium2 (no QtPdf): the page on white, its QR code readable, redrawn
    to fit when the area changes size."""
    import zxingcpp
    from PIL import Image

    fill(screen, qtbot, "library")
    qtbot.waitUntil(lambda: screen.preview_image is not None, timeout=10000)
    image = screen.preview_image.convertToFormat(screen.preview_image.Format.Format_RGB888)
    area = screen.preview_label.size()
    assert image.width() <= area.width() and image.height() <= area.height()
    assert max(image.width(), image.height()) > 0.8 * min(area.width(), area.height())
    picture = Image.frombytes("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                              image.bytesPerLine())
    found = zxingcpp.read_barcodes(picture.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] and all(code.text.startswith("https://example.org/s/") for code in found)

    before = screen.preview_image
    screen.resize(900, 1000)
    qtbot.waitUntil(lambda: screen.preview_image is not before, timeout=5000)
    assert screen.preview_image.height() != before.height()


def test_a_refused_drop_date_is_not_left_beside_the_next_date_question(screen, qtbot, monkeypatch):
    """Field test: 2025-02-30 refused, then 2031-03-05 typed: "is not a real calendar date" stayed
    under the question about 2031-03-05, and after "No"."""
    asked = []
    monkeypatch.setattr(look, "ask", lambda parent, title, question, **_: asked.append(panel.drop_message.text()) or False)
    panel = screen.drops_panel
    fill(screen, qtbot, "library")
    qtbot.keyClicks(panel.drop_place, "Leamington library")
    panel.drop_date.setDate("2025-02-30")
    panel.drop_button.click()
    assert "2025-02-30" in panel.drop_message.text()
    panel.drop_date.setDate("2031-03-05")
    panel.drop_button.click()
    assert asked == [""] and panel.drop_message.text() == "" and list_drops(screen.ctx.conn) == []
