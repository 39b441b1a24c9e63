"""The report as a one-to-two page PDF (reportlab, imported only when a PDF is made).

Title, range, municipality, headline figures, the update sentence, charts (plans per event over
time, confidence answers), tables by municipality, plan and event, source devices and the date it
was made. Text is real text in an embedded TrueType font (DejaVu Sans when installed), so it is
searchable and prints the same anywhere; Letter or A4, English or French.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path
from typing import Callable

from outreach_app.core.pdf_fonts import register_fonts
from outreach_app.core.reports.charts import short_day
from outreach_app.core.reports.tables import BASELINE_ROW, full_report
from outreach_app.core.reports.words import ANSWER_COUNT, MORE_EVENTS, WORDS, count_words, word
from outreach_app.core.reports.text import (
    format_day, format_number, format_percent, format_percent_whole, format_range, update_sentence
)

MAX_PAGES = 2
EVENT_ROW_LIMITS = (32, 20, 10, 0)  # fewer event rows until the report fits on two pages

def report_pdf(conn: sqlite3.Connection, date_from: str, date_to: str, municipality: str | None = None, *,
               language: str = "en", paper: str = "letter", generated_on: dt.date | None = None,
               progress: Callable[[int, int, str], None] | None = None) -> bytes:
    """The report PDF as bytes (at most two pages)."""
    report = full_report(conn, date_from, date_to, municipality, progress=progress, with_devices=True)
    generated_on = generated_on or dt.date.today()
    for limit in EVENT_ROW_LIMITS:
        content, pages = _build(report, language, paper, generated_on, limit)
        if pages <= MAX_PAGES:
            break
    return content


def _build(report: dict, language: str, paper: str, generated_on: dt.date, event_limit: int) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import inch
    from reportlab.platypus import SimpleDocTemplate

    fonts = register_fonts()
    pagesize = A4 if paper == "a4" else letter
    buffer = io.BytesIO()
    s = report["summary"]
    lab = {key: word(key, language) for key in WORDS}
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.55 * inch, bottomMargin=0.6 * inch, title=lab["title"], author="Outreach",
                            subject=_range_text(s, language), lang=language, initialFontName=fonts.regular)
    story = _story(report, language, fonts, doc.width, event_limit)
    footer = word("generated", language, day=format_day(generated_on.isoformat(), language, True))

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(document.leftMargin, 0.35 * inch, footer)
        canvas.drawRightString(document.leftMargin + document.width, 0.35 * inch, word("page", language, n=document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue(), doc.page


def _range_text(s: dict, language: str) -> str:
    return format_range(s["from"], s["to"], language)


def _day_or_raw(iso: str | None, language: str) -> str:
    """A day for the devices table; a stamp that is not a date (an older laptop's record) shown as is."""
    if not iso:
        return "–"
    from outreach_app.core.bounds import escape_controls

    try:
        return format_day(iso, language, True)
    except ValueError:
        return escape_controls(iso)


def _story(report: dict, language: str, fonts, width: float, event_limit: int) -> list:
    from xml.sax.saxutils import escape as escape_xml

    from reportlab.lib import colors

    from outreach_app.core.bounds import escape_controls

    def escape(text) -> str:  # names may come from another laptop: no control characters reach the PDF
        return escape_xml(escape_controls(text))

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from outreach_app.core.reports.charts import confidence_chart, plans_chart

    lab = {key: word(key, language) for key in WORDS}
    s = report["summary"]
    n = lambda v: format_number(v, language)  # noqa: E731
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=17, leading=21, spaceAfter=2)
    sub = ParagraphStyle("sub", fontName=fonts.regular, fontSize=10.5, leading=14, textColor=colors.HexColor("#333333"))
    h2 = ParagraphStyle("h2", fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13.5)
    small = ParagraphStyle("small", fontName=fonts.regular, fontSize=8, leading=10)
    story = [Paragraph(escape(lab["title"]), title),
             Paragraph(escape(f"{_range_text(s, language)} · {s['municipality'] or lab['all']}"), sub),
             Spacer(1, 8), _figures_table(s, language, lab, fonts, width), Spacer(1, 8)]

    sentence = Table([[Paragraph(f"<font name='{fonts.bold}'>{escape(lab['sentence'])}</font><br/>"
                                 f"{escape(update_sentence(s, language))}", body)]], colWidths=[width])
    sentence.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4fa")),
                                  ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9bb8d3")),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story += [sentence, Spacer(1, 6)]

    series = report["series"]
    left_w, right_w = width * 0.6, width * 0.4
    charts = Table([[Paragraph(escape(lab["chart_" + series["bucket"]]), h2), Paragraph(escape(lab["chart_conf"]), h2)],
                    [plans_chart(series, language, fonts, left_w - 6, 128, lab["no_events"]),
                     confidence_chart(s["confidence"], language, fonts, right_w - 6, 128,
                                      (lab["yes"], lab["no"], lab["unsure"]), lab["no_answers"])]],
                   colWidths=[left_w, right_w])
    charts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [charts]

    def grid(header, rows, widths, numeric_from):
        cells = [header] + rows
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), 
            ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5), ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#555555")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        return table

    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=10)
    pct = lambda v: "–" if v is None else format_percent(v, language)  # noqa: E731
    towns = [[Paragraph(escape(r["municipality"]), cell), n(r["events"]), n(r["attendees"]), n(r["plans_distributed"])]
             for r in report["municipalities"]]
    half = (width - 12) / 2
    town_table = grid([lab["municipality"], lab["events"], lab["attendees"], lab["plans"]], towns,
                      [half * 0.34, half * 0.2, half * 0.26, half * 0.2], 1)
    plans = [[Paragraph(escape(lab["baseline"] if r["plan"] == BASELINE_ROW else r["plan"]), cell),
              n(r["events"]), n(r["plans_distributed"]), pct(r["percent_of_plans"])] for r in report["plans"]]
    plan_table = grid([lab["plan"], lab["events"], lab["plans"], lab["share"]], plans,
                      [half * 0.46, half * 0.18, half * 0.18, half * 0.18], 1)
    side = Table([[[Paragraph(escape(lab["by_town"]), h2), town_table], [Paragraph(escape(lab["by_plan"]), h2), plan_table]]],
                 colWidths=[half + 6, half + 6])
    side.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    story += [side]
    from outreach_app.core.trainings.pdf import trainings_flowables

    story += trainings_flowables(s.get("trainings"), language, fonts, width, escape, grid, (h2, body, cell))

    events = report["events"]
    if events:
        shown = events[:event_limit]
        rows = [[short_day(r["date"], language), Paragraph(escape(r["name"]), cell),
                 Paragraph(escape(r["municipality"]), cell), n(r["attendees"]), n(r["plans"]), pct(r["percent_yes"])]
                for r in shown]
        parts = [Paragraph(escape(lab["by_event"]), h2)]
        if rows:
            parts.append(grid([lab["date"], lab["event"], lab["municipality"], lab["attendees"], lab["plans"],
                               lab["pct_yes"]], rows,
                              [width * 0.09, width * 0.42, width * 0.17, width * 0.12, width * 0.1, width * 0.1], 3))
        if len(events) > len(shown):
            parts.append(Paragraph(escape(count_words(MORE_EVENTS, len(events) - len(shown), language)), small))
        story += parts if len(rows) > 8 else [KeepTogether(parts)]

    devices = report.get("devices") or []
    if devices:
        rows = [[Paragraph(escape(d["device"]), cell), d["device_id"][:8], n(d["entries"]),
                 _day_or_raw(d["last_entry"], language)] for d in devices[:8]]
        story.append(KeepTogether([Paragraph(escape(lab["devices"]), h2),
                                   grid([lab["device"], "ID", lab["entries"], lab["last_entry"]], rows,
                                        [width * 0.4, width * 0.16, width * 0.14, width * 0.3], 2)]))
    return story


def _figures_table(s: dict, language: str, lab: dict, fonts, width: float):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    n = lambda v: format_number(v, language)  # noqa: E731
    c = s["confidence"]
    confident = format_percent_whole(c["percent_yes"], language) if c["percent_yes"] is not None else "–"
    confident_note = count_words(ANSWER_COUNT, c["answered"], language) if c["answered"] else lab["no_answers"]
    items = [(lab["events"], n(s["events"]), ""), (lab["attendees"], n(s["attendees"]), ""),
             (lab["distributed"], n(s["plans_distributed"]), ""),
             (word("before", language, day=format_day(s["from"], language, True)), n(s["plans_before"]), ""),
             (lab["total"], n(s["plans_total"]), ""), (lab["confident"], confident, confident_note)]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cell_width = width / len(items) - 12
    widest = max(stringWidth(value, fonts.bold, 1) for _, value, _ in items)
    size = min(17.0, cell_width / widest)  # long numbers shrink instead of wrapping
    big = ParagraphStyle("big", fontName=fonts.bold, fontSize=size, leading=size + 3)
    label = ParagraphStyle("label", fontName=fonts.regular, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
    cells = [[[Paragraph(value, big), Paragraph(name + (f" ({note})" if note else ""), label)]
              for name, value, note in items]]
    table = Table(cells, colWidths=[width / len(items)] * len(items))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.HexColor("#cccccc")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def font_file_in_use() -> Path | None:
    """The TrueType file the PDF embeds, or None when falling back to Helvetica."""
    return register_fonts().path
