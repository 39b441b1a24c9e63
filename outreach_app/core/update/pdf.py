"""The update as a PDF (reportlab): the title block, then each page of the outline as a section with
real, searchable text in an embedded font; the chart as vector bars. Letter or A4."""

from __future__ import annotations

import io

from outreach_app.core.pdf_fonts import register_fonts
from outreach_app.core.reports.text import format_number

from .content import Update
from .outline import outline

BLUE, GREY, NAVY = "#3a78b5", "#9a9a9a", "#1f3a5f"


def render_pdf(update: Update) -> bytes:
    """The PDF's bytes."""
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import inch
    from reportlab.platypus import SimpleDocTemplate

    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4 if update.paper == "a4" else letter, leftMargin=0.8 * inch,
                            rightMargin=0.8 * inch, topMargin=0.7 * inch, bottomMargin=0.7 * inch,
                            title=update.title, author="Outreach", lang=update.language,
                            initialFontName=fonts.regular)

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillGray(0.4)
        canvas.drawString(document.leftMargin, 0.4 * inch, update.title[:90])
        canvas.drawRightString(document.leftMargin + document.width, 0.4 * inch, str(document.page))
        canvas.restoreState()

    doc.build(_story(update, fonts, doc.width), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def _story(update: Update, fonts, width: float) -> list:
    from xml.sax.saxutils import escape as escape_xml

    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Image, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

    from outreach_app.core.bounds import escape_controls

    def text(value) -> str:
        return escape_xml(escape_controls(value))

    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=22, leading=27, textColor=colors.HexColor(NAVY),
                           spaceAfter=6)
    sub = ParagraphStyle("sub", fontName=fonts.regular, fontSize=12, leading=16, textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", fontName=fonts.bold, fontSize=15, leading=19, textColor=colors.HexColor(NAVY),
                        spaceBefore=16, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=fonts.bold, fontSize=11.5, leading=15, textColor=colors.HexColor(BLUE),
                        spaceBefore=8, spaceAfter=2)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=11, leading=15, spaceAfter=4)
    note = ParagraphStyle("note", fontName=fonts.regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"))

    def bullets(items):
        return ListFlowable([ListItem(Paragraph(text(item), body), leftIndent=14, value="•") for item in items],
                            bulletType="bullet", start="•", leftIndent=14, bulletFontName=fonts.regular)

    story = []
    for page in outline(update):
        if page.key == "title":
            if update.logo:
                try:
                    logo = Image(update.logo)
                    scale = 0.9 * 72 / logo.imageHeight
                    logo.drawHeight, logo.drawWidth = logo.imageHeight * scale, logo.imageWidth * scale
                    logo.hAlign = "RIGHT"
                    story.append(logo)
                except Exception:  # noqa: BLE001 - reportlab raises several kinds for unreadable images
                    pass  # the logo file moved or broke since it was chosen: the PDF goes without it
            story.append(Paragraph(text(page.title), title))
            story += [Paragraph(text(line), sub) for _, line in page.blocks]
            continue
        part = [Paragraph(text(page.title), h1)]
        for kind, value in page.blocks:
            if kind == "heading":
                part.append(Paragraph(text(value), h2))
            elif kind == "paragraph":
                part.append(Paragraph(text(value), body))
            elif kind == "bullets":
                part.append(bullets(value))
            elif kind == "columns":
                cells = [[[Paragraph(text(heading), h2), bullets(items)] for heading, items in value]]
                table = Table(cells, colWidths=[width / len(value)] * len(value))
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                part.append(table)
            elif kind == "chart":
                part.append(_chart(value, update.language, fonts, width, 3.2 * 72))
            elif kind == "notes":
                part += [Paragraph(text(line), note) for line in value]
        story.append(KeepTogether(part[:3]))  # a title never ends a page alone
        story += part[3:]
        story.append(Spacer(1, 4))
    return story


def _chart(chart, language: str, fonts, width: float, height: float):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from outreach_app.core.reports.charts import _nice_step

    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 40
    bars.width, bars.height = width - 50, height - 50
    bars.data = [list(chart.values)]
    bars.bars[0].fillColor = colors.HexColor(BLUE)
    bars.bars[0].strokeColor = None
    top = (max(chart.values) or 1) * 1.15
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, top
    bars.valueAxis.valueStep = _nice_step(top)
    bars.valueAxis.labels.fontName = fonts.regular
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = lambda v: format_number(int(v), language)
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#e2e2e2")
    step = max(1, len(chart.labels) // 14)
    bars.categoryAxis.categoryNames = [label if i % step == 0 else "" for i, label in enumerate(chart.labels)]
    bars.categoryAxis.labels.fontName = fonts.regular
    bars.categoryAxis.labels.fontSize = 7.5
    bars.categoryAxis.labels.angle = 45 if len(chart.labels) > 6 else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if len(chart.labels) > 6 else "n"
    if len(chart.labels) <= 16:
        bars.barLabelFormat = lambda v: format_number(round(v), language)
        bars.barLabels.fontName = fonts.regular
        bars.barLabels.fontSize = 7.5
        bars.barLabels.nudge = 6
    drawing.add(bars)
    return drawing
