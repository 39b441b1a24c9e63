"""The survey report as a PDF (reportlab): headline figures, a chart of responses per week with the
weeks flyers were left and posts went out marked, the sources table, municipalities, silent places."""

from __future__ import annotations

import io

from outreach_app.core.pdf_fonts import register_fonts

from .report_files import _day, _n, _ratio, _short_day, source_rows
from .words import word

BLUE, ORANGE, GREEN, GREY = "#3a78b5", "#d08a1f", "#3c9a5f", "#9a9a9a"


def week_chart(weeks: list[dict], fonts, width: float, height: float, language: str):
    """Bars of responses per week; a triangle under a week with flyer drops, a dot with posts."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    if not weeks:
        drawing.add(String(width / 2, height / 2, word("no_responses", language), fontName=fonts.regular,
                           fontSize=9, textAnchor="middle", fillColor=colors.HexColor(GREY)))
        return drawing
    left, bottom, top = 28, 30, height - 8
    peak = max(1, max(w["responses"] for w in weeks))
    step = (width - left - 4) / len(weeks)
    drawing.add(Line(left, bottom, width - 4, bottom, strokeColor=colors.HexColor(GREY), strokeWidth=0.6))
    drawing.add(String(left - 4, top - 6, _n(peak, language), fontName=fonts.regular, fontSize=7, textAnchor="end"))
    label_every = max(1, len(weeks) // 8)
    for i, week in enumerate(weeks):
        x = left + i * step
        bar = (top - bottom - 10) * week["responses"] / peak
        if bar:
            drawing.add(Rect(x + step * 0.15, bottom, step * 0.7, bar, fillColor=colors.HexColor(BLUE),
                             strokeColor=None))
        centre = x + step / 2
        if week["drops"]:
            drawing.add(Polygon([centre - 3, bottom - 12, centre + 3, bottom - 12, centre, bottom - 6],
                                fillColor=colors.HexColor(ORANGE), strokeColor=None))
        if week["posts"]:
            drawing.add(Circle(centre, bottom - 18, 2.5, fillColor=colors.HexColor(GREEN), strokeColor=None))
        if i % label_every == 0:
            drawing.add(String(centre, 2, _short_day(week["week"], language), fontName=fonts.regular, fontSize=6.5,
                               textAnchor="middle"))
    legend_x = width - 190
    drawing.add(Polygon([legend_x, top - 2, legend_x + 6, top - 2, legend_x + 3, top + 4],
                        fillColor=colors.HexColor(ORANGE), strokeColor=None))
    drawing.add(String(legend_x + 10, top - 2, word("drops", language), fontName=fonts.regular, fontSize=7))
    drawing.add(Circle(legend_x + 93, top + 1, 2.5, fillColor=colors.HexColor(GREEN), strokeColor=None))
    drawing.add(String(legend_x + 100, top - 2, word("posts", language), fontName=fonts.regular, fontSize=7))
    return drawing


def report_pdf(report: dict, *, language: str = "en", paper: str = "letter") -> bytes:
    """The PDF's bytes (real, searchable text in an embedded font)."""
    from xml.sax.saxutils import escape as escape_xml

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from outreach_app.core.bounds import escape_controls

    def escape(text) -> str:
        return escape_xml(escape_controls(str(text)))

    w = lambda key, **v: word(key, language, **v)  # noqa: E731
    fonts = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4 if paper == "a4" else letter, leftMargin=0.6 * inch,
                            rightMargin=0.6 * inch, topMargin=0.55 * inch, bottomMargin=0.6 * inch,
                            title=w("title_of", name=report["survey"]), author="Outreach", lang=language,
                            initialFontName=fonts.regular)
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=17, leading=21, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=fonts.regular, fontSize=10.5, leading=14)
    h2 = ParagraphStyle("h2", fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5)
    head = ParagraphStyle("head", fontName=fonts.bold, fontSize=8, leading=10)
    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=10.5)
    closing = w("closes", day=_day(report["closes"], language)) if report["closes"] else w("open")
    story = [Paragraph(escape(w("title_of", name=report["survey"])), title), Paragraph(escape(closing), sub),
             Spacer(1, 6)]
    figures = [[Paragraph(escape(w(k)), head) for k in ("responses", "complete", "no_source", "unknown_source",
                                                         "after_closing")],
               [_n(report[k], language) for k in ("responses", "complete", "no_source", "unknown_source",
                                                   "after_closing")]]
    story.append(_grid(figures, [doc.width / 5] * 5, fonts, colors, 5))
    if report["first"]:
        story.append(Paragraph(escape(w("first_last", first=_day(report["first"], language),
                                        last=_day(report["last"], language))), body))
    story += [Paragraph(escape(w("weeks")), h2), week_chart(report["weeks"], fonts, doc.width, 130, language)]
    header = [Paragraph(escape(w(k)), head) for k in ("source", "where", "responses", "flyers", "per_100", "first",
                                                      "last", "days_to_first")]
    widths = [0.16, 0.2, 0.11, 0.11, 0.11, 0.1, 0.1, 0.11]
    rows = [[Paragraph(escape(c), cell) if i < 2 else escape_controls(c) for i, c in enumerate(r)]
            for r in source_rows(report, language, short=True)]
    story += [Paragraph(escape(w("by_source")), h2),
              _grid([header] + rows, [doc.width * f for f in widths], fonts, colors, 2)]
    if report["by_municipality"]:
        rows = [[escape_controls(town), _n(t["flyers"], language), _n(t["responses"], language),
                 _ratio(t["per_100_flyers"], language)] for town, t in report["by_municipality"].items()]
        story += [Paragraph(escape(w("by_town")), h2),
                  _grid([[w("municipality"), w("flyers"), w("responses"), w("per_100")]] + rows,
                        [doc.width * 0.4] + [doc.width * 0.2] * 3, fonts, colors, 1)]
    story += [Paragraph(escape(w("silent")), h2),
              Paragraph(escape(", ".join(report["silent_places"]) or w("none")), body)]
    doc.build(story)
    return buffer.getvalue()


def _grid(cells, widths, fonts, colors, numeric_from: int):
    from reportlab.platypus import Table, TableStyle

    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular, 8.5), ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#555555")),
                               ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table
