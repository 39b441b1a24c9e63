"""The update as an editable Word document (python-docx): the title page's lines, then one heading per
page of the outline; the chart as a picture with its figures in a table below it (editable)."""

from __future__ import annotations

import io

from outreach_app.core.reports.text import format_number

from .content import Update
from .outline import outline

PAGE_SIZES_IN = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}


def render_docx(update: Update) -> bytes:
    """The document's bytes."""
    from docx import Document
    from docx.shared import Inches, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = (Inches(v) for v in PAGE_SIZES_IN[update.paper])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.9))
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = update.title
    document.core_properties.language = "fr-CA" if update.language == "fr" else "en-CA"
    for page in outline(update):
        if page.key == "title":
            if update.logo:
                try:
                    document.add_picture(update.logo, height=Inches(0.9))
                except Exception:  # noqa: BLE001 - python-docx raises several kinds for unreadable images
                    pass  # the logo file moved or broke since it was chosen: the document goes without it
            document.add_heading(page.title, level=0)
            for _, line in page.blocks:
                document.add_paragraph(line)
            continue
        document.add_heading(page.title, level=1)
        for kind, value in page.blocks:
            _block(document, kind, value, update.language)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _block(document, kind: str, value, language: str) -> None:
    from docx.shared import Pt
    if kind == "heading":
        document.add_heading(value, level=2)
    elif kind == "paragraph":
        document.add_paragraph(value)
    elif kind == "bullets":
        for item in value:
            document.add_paragraph(item, style="List Bullet")
    elif kind == "notes":
        for item in value:
            document.add_paragraph(item).runs[0].font.size = Pt(9)
    elif kind == "columns":
        table = document.add_table(rows=2, cols=len(value))
        table.style = "Table Grid"
        for index, (heading, items) in enumerate(value):
            head = table.cell(0, index).paragraphs[0]
            head.add_run(heading).bold = True
            cell = table.cell(1, index)
            cell.paragraphs[0].text = "•\u00a0" + items[0]
            for item in items[1:]:
                cell.add_paragraph("•\u00a0" + item)
    elif kind == "chart":
        from docx.shared import Inches

        from .picture import chart_png

        document.add_picture(io.BytesIO(chart_png(value, language)), width=Inches(6.2))
        table = document.add_table(rows=1 + len(value.labels), cols=2)
        table.style = "Table Grid"
        table.cell(0, 1).paragraphs[0].add_run(value.values_label).bold = True
        for row, (label, number) in enumerate(zip(value.labels, value.values), start=1):
            table.cell(row, 0).text = label
            table.cell(row, 1).text = _number(number, language)


def _number(value: float, language: str) -> str:
    if float(value).is_integer():
        return format_number(int(value), language)
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.0", locale="fr_CA" if language == "fr" else "en_CA")
