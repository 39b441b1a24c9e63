"""The PDF report: searchable text with the headline numbers and the sentence, embedded fonts,
at most two pages, Letter and A4."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from outreach_app.core.pdf_fonts import register_fonts
from outreach_app.core.reports.pdf import report_pdf
from outreach_app.core.reports.text import update_sentence
from outreach_app.core.reports.summary import summary

from .report_fixture import build

pytestmark = pytest.mark.skipif(register_fonts().path is None, reason="no TrueType font installed (fonts-dejavu-core)")


def _text(reader: PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " "))


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
def test_pdf_has_figures_sentence_and_page_size(conn, paper, size):
    build(conn)
    content = report_pdf(conn, "2025-06-01", "2025-09-30", paper=paper, generated_on=dt.date(2025, 10, 1))
    reader = PdfReader(io.BytesIO(content))
    assert 1 <= len(reader.pages) <= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    text = _text(reader)
    sentence = re.sub(r"\s+", " ", update_sentence(summary(conn, "2025-06-01", "2025-09-30")))
    assert sentence in text
    for figure in ("Outreach report", "June 1, 2025 to September 30, 2025", "All municipalities", "83.3%",
                   "Glengarry BBQ", "Generated on October 1, 2025"):
        assert figure in text
    assert "144" in text and "107" in text  # plans in total, plans before


def test_pdf_embeds_every_font(conn):
    build(conn)
    reader = PdfReader(io.BytesIO(report_pdf(conn, "2025-06-01", "2025-09-30")))
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_pdf_in_french_with_municipality_and_thousands(conn):
    build(conn)
    from outreach_app.core.records.tally import add_baseline

    add_baseline(conn, "2025-06-21", 1400, "Windsor")
    content = report_pdf(conn, "2025-06-01", "2025-09-30", "Windsor", language="fr", paper="a4")
    text = _text(PdfReader(io.BytesIO(content)))
    assert "Rapport des activités de proximité" in text
    assert "du 1er juin 2025 au 30 septembre 2025 · Windsor" in text
    assert "1 435" in text  # 12 + 3 + 20 + 1,400 plans distributed in Windsor
    assert "Participation à 2 activités communautaires du 19 juin au 2 juillet" in text


def test_many_events_still_fit_on_two_pages(conn):
    from outreach_app.core.records.events import add_event

    for day in range(1, 31):
        for k in range(4):
            add_event(conn, f"A rather long community event name {day}-{k}", f"2025-06-{day:02d}", "Windsor")
    reader = PdfReader(io.BytesIO(report_pdf(conn, "2025-06-01", "2025-06-30")))
    assert len(reader.pages) <= 2
    assert "more events" in _text(reader)
