"""The "What we heard" documents made from consultation_report's figures: a PDF (reportlab), an editable
Word document (python-docx), and the theme list as a REFI-QDA codebook (.qdc) for QualCoder, NVivo,
MAXQDA or ATLAS.ti. Each returns bytes; the caller writes them (files.write_bytes_atomically)."""

from __future__ import annotations

import io
import sqlite3
from xml.sax.saxutils import escape as xml_escape

from outreach_app.core import bounds
from outreach_app.core.errors import InvalidInput

from .themes import list_themes
from .words import WORDS, responses, word


def _facts(data: dict, language: str) -> list[tuple[str, str]]:
    from outreach_app.core.reports.text import format_day, format_number

    inv = data["invitations"]
    n = lambda value: format_number(value, language)  # noqa: E731
    w = lambda key, **values: word(key, language, **values)  # noqa: E731
    rows = [(w("kind"), w(data["kind"]) if data["kind"] in WORDS else data["kind_label"]),
            (w("date"), format_day(data["date"], language, True)), (w("place"), data["place"]),
            (w("municipality"), data["municipality"]), (w("host"), data["organisation"]),
            (w("facilitator"), data["facilitator_initials"]), (w("lens"), data["lens"]),
            (w("attendees"), None if data["attendees"] is None else n(data["attendees"])),
            (w("responses"), w("responses_value", responses=n(data["responses"]), themed=n(data["themed"])))]
    if inv["invited"]:
        rows.append((w("invited_label"), w("invited_value", invited=n(inv["invited"]), confirmed=n(inv["confirmed"]),
                                           attended=n(inv["attended"]), declined=n(inv["declined"]),
                                           no_answer=n(inv["no_answer"]))))
    return [(label, value) for label, value in rows if value]


def _share(value, language: str) -> str:
    from outreach_app.core.reports.text import format_percent

    return "" if value is None else format_percent(value, language)


def _clean(text) -> str:
    """Text from another laptop, shown safely: control characters made visible."""
    return bounds.escape_controls(str(text))


def report_pdf(data: dict, language: str = "en") -> bytes:
    """The report as a PDF: facts, attendance and sectors, then each question with its count, top themes
    and starred quotes, then every theme."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from outreach_app.core.pdf_fonts import register_fonts

    fonts = register_fonts()
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13)
    title = ParagraphStyle("title", parent=body, fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=6)
    heading = ParagraphStyle("heading", parent=body, fontName=fonts.bold, fontSize=12, leading=15, spaceBefore=10)
    quote = ParagraphStyle("quote", parent=body, leftIndent=18, textColor=colors.HexColor("#333333"))

    def p(text, style=body):
        return Paragraph(xml_escape(_clean(text)), style)

    def grid(rows, widths):
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                                   ("FONT", (0, 0), (-1, 0), fonts.bold, 9),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
                                   ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
        return table

    from outreach_app.core.consultations.organisations import sector_label

    w = lambda key, **values: word(key, language, **values)  # noqa: E731
    heading_text = w("title", title=data["title"])
    story = [p(heading_text, title)]
    story.append(grid([["", ""]] + [[label, _clean(value)] for label, value in _facts(data, language)],
                      [2 * inch, 4.8 * inch]))
    if data["sectors"]:
        story += [p(w("sectors"), heading),
                  grid([[w("sector"), w("invited"), w("attended")]]
                       + [[_clean(sector_label(s, language)), c["invited"], c["attended"]]
                          for s, c in data["sectors"].items()],
                       [3.4 * inch, 1.2 * inch, 1.2 * inch])]
    for q in data["questions"]:
        story += [p(f"{q['number']}. {q['text']}", heading), p(responses(q["responses"], language))]
        if q["themes"]:
            story.append(grid([[w("theme"), w("responses")]] + [[_clean(t["name"]), t["count"]] for t in q["themes"][:10]],
                              [5 * inch, 1.2 * inch]))
        story += [p(f"\u201c{text}\u201d" if language == "en" else f"«\u00a0{text}\u00a0»", quote)
                  for text in q["quotes"]]
    if data["themes"]:
        story += [p(w("every_theme"), heading),
                  grid([[w("theme"), w("responses"), w("share")]]
                       + [[_clean(t["name"]), t["count"], _share(t["share"], language)] for t in data["themes"]],
                       [4.4 * inch, 1.2 * inch, 1.2 * inch])]
    story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            title=heading_text, author="Outreach")
    doc.build(story)
    return buffer.getvalue()


def report_docx(data: dict, language: str = "en") -> bytes:
    """The report as an editable Word document: the same content as the PDF."""
    import docx

    from outreach_app.core.consultations.organisations import sector_label

    w = lambda key, **values: word(key, language, **values)  # noqa: E731
    document = docx.Document()
    document.core_properties.title = w("title", title=data["title"])
    document.core_properties.author = "Outreach"
    document.add_heading(_clean(w("title", title=data["title"])), level=1)
    facts = document.add_table(rows=0, cols=2)
    for label, value in _facts(data, language):
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, _clean(value)
    if data["sectors"]:
        document.add_heading(w("sectors"), level=2)
        table = document.add_table(rows=1, cols=3)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = (
            w("sector"), w("invited"), w("attended"))
        for sector, counts in data["sectors"].items():
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = (_clean(sector_label(sector, language)), str(counts["invited"]),
                                                           str(counts["attended"]))
    for q in data["questions"]:
        document.add_heading(_clean(f"{q['number']}. {q['text']}"), level=2)
        document.add_paragraph(responses(q["responses"], language))
        for theme in q["themes"][:10]:
            document.add_paragraph(_clean(f"{theme['name']}: {theme['count']}"), style="List Bullet")
        for text in q["quotes"]:
            document.add_paragraph(_clean(f"\u201c{text}\u201d" if language == "en" else f"«\u00a0{text}\u00a0»"),
                                   style="Quote")
    if data["themes"]:
        document.add_heading(w("every_theme"), level=2)
        table = document.add_table(rows=1, cols=3)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = (
            w("theme"), w("responses"), w("share"))
        for theme in data["themes"]:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = (_clean(theme["name"]), str(theme["count"]),
                                                           _share(theme["share"], language))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def codebook_qdc(conn: sqlite3.Connection, consultation_id: str) -> bytes:
    """The consultation's themes as a REFI-QDA codebook (QDA-XML codebook 1.0): parents hold their sub-themes;
    each code's description says how many responses it has."""
    themes = list_themes(conn, consultation_id)
    if not themes:
        raise InvalidInput("consultation {id} has no themes yet: nothing to put in a codebook", id=consultation_id)
    children: dict[str | None, list] = {}
    names = {t.name for t in themes}
    for theme in themes:
        parent = theme.parent if theme.parent in names else None
        children.setdefault(parent, []).append(theme)

    def code(theme, depth: int) -> list[str]:
        pad = "  " * depth
        lines = [f'{pad}<Code guid="{theme.id}" name="{xml_escape(_clean(theme.name), {chr(34): "&quot;"})}"'
                 f' isCodable="true">',
                 f"{pad}  <Description>{responses(theme.responses)}</Description>"]
        for child in sorted(children.get(theme.name, []), key=lambda t: t.name.casefold()):
            if depth < 20:
                lines += code(child, depth + 1)
        return lines + [f"{pad}</Code>"]

    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Outreach">', "  <Codes>"]
    for theme in sorted(children.get(None, []), key=lambda t: t.name.casefold()):
        lines += code(theme, 2)
    lines += ["  </Codes>", "</CodeBook>", ""]
    return "\n".join(lines).encode("utf-8")


FORMATS = ("pdf", "docx", "csv", "qdc", "json", "text")


def write_report(conn: sqlite3.Connection, consultation_id: str, fmt: str, out, language: str = "en"):
    """Write the consultation's report in that format to out, whole or not at all. Returns the path."""
    import json

    from outreach_app.core.files import write_bytes_atomically

    from .report import consultation_report, report_text, responses_csv

    if fmt not in FORMATS:
        raise InvalidInput("report format '{value}' is not one of pdf, docx, csv, qdc, json, text", value=fmt)
    if fmt == "csv":
        data = responses_csv(conn, consultation_id).encode("utf-8")
    elif fmt == "qdc":
        data = codebook_qdc(conn, consultation_id)
    else:
        figures = consultation_report(conn, consultation_id, language)
        data = {"pdf": lambda: report_pdf(figures, language), "docx": lambda: report_docx(figures, language),
                "json": lambda: (json.dumps(figures, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
                "text": lambda: report_text(figures).encode("utf-8")}[fmt]()
    return write_bytes_atomically(out, data)
