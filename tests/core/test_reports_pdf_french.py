"""The French PDF follows the spacing rules of docs/translations.md: a non-breaking space before `:`
and `%`, no space before `?`, `!` or `;`.

Two views of the same PDF: the text a reader copies out of it (pypdf), and every string the PDF
draws as it is drawn (reportlab writes a non-breaking space as an ordinary space glyph, so only the
drawn strings show whether a line may break before the `:` or `%`).
"""

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont

from outreach_app.core.records.events import add_event
from outreach_app.core.pdf_fonts import register_fonts
from outreach_app.core.reports.pdf import report_pdf

from .report_fixture import build

pytestmark = pytest.mark.skipif(register_fonts().path is None, reason="no TrueType font installed (fonts-dejavu-core)")

NBSP = "\u00a0"


@pytest.fixture
def french_pdf(conn, monkeypatch):
    """(text pypdf extracts, strings drawn) of a French report with every part shown: figures,
    sentence, charts, tables, and the '… and N more events' line of a long range."""
    build(conn)
    for day in range(1, 31):
        for k in range(4):
            add_event(conn, f"Activité {day}-{k}", f"2025-06-{day:02d}", "Windsor")
    drawn = []
    split = TTFont.splitString

    def recording(self, text, doc, encoding="utf-8"):
        drawn.append(text if isinstance(text, str) else text.decode("utf-8"))
        return split(self, text, doc, encoding)

    monkeypatch.setattr(TTFont, "splitString", recording)
    content = report_pdf(conn, "2025-06-01", "2025-09-30", language="fr")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return text, drawn


def test_french_pdf_text_has_a_space_before_colon_and_percent_and_none_before_question_mark(french_pdf):
    text, _ = french_pdf
    assert "83,3 %" in text and "activités : exportez-les" in text  # the sentence's percent, the long-range note
    assert "après la présentation?" in re.sub(r"\s+", " ", text)  # the confidence chart's title (wrapped)
    assert not re.findall(r"\S[:%]", text.replace("% oui", "")), "a ':' or '%' glued to the word before it"
    assert not re.findall(r".{0,20}\s[?!;]", text), "a space before '?', '!' or ';'"


def test_french_pdf_never_breaks_a_line_before_colon_or_percent(french_pdf):
    _, drawn = french_pdf
    joined = "\n".join(drawn)
    assert "%" in joined and ":" in joined
    spaced = [s for s in drawn if re.search(rf"[^{NBSP}][:%]", s) and not s.startswith("% ")]
    assert not spaced, f"an ordinary space (or none) before ':' or '%': {spaced}"
