"""The trainings' part of the report PDF: a heading, the sentence, sectors and the mean ratings."""

from __future__ import annotations

from .words import training_word, trainings_sentence


def trainings_flowables(figures: dict | None, language: str, fonts, width: float, escape, grid, styles) -> list:
    """reportlab flowables for the trainings section (none when no training was held in the range).
    grid(header, rows, widths, numeric_from) and styles (h2, body, cell) are the report's own."""
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    from outreach_app.core.reports.text import format_number, format_percent

    sentence = trainings_sentence(figures, language) if figures else None
    if sentence is None:
        return []
    h2, body, cell = styles
    w = lambda key: training_word(key, language)  # noqa: E731
    n = lambda v: format_number(v, language)  # noqa: E731
    half = (width - 12) / 2
    sectors = [[Paragraph(escape(name), cell), n(v["organisations"]), n(v["registered"]), n(v["attended"])]
               for name, v in figures["by_sector"].items()]
    sector_table = grid([w("sector"), w("organisations_short"), w("registered"), w("attended")], sectors,
                        [half * 0.3, half * 0.26, half * 0.22, half * 0.22], 1)
    from .text import format_mean as decimal
    rated = [s for s in figures["statements"] if s["before_count"] or s["after_count"]]
    statements = [[Paragraph(escape(s["text_fr"] if language == "fr" else s["text"]), cell),
                   decimal(s["before_mean"], language), decimal(s["after_mean"], language)] for s in rated]
    pct = figures["percent_improved"]
    more = f"{w('improved')}: {format_percent(pct, language) if pct is not None else w('no_pairs')}"
    if language == "fr":
        more = more.replace(":", "\u00a0:", 1)
    right = [grid([w("statement"), w("before"), w("after")], statements,
                  [half * 0.64, half * 0.18, half * 0.18], 1)] if statements else []
    side = Table([[[sector_table], right + [Paragraph(escape(more), cell)]]], colWidths=[half + 6, half + 6])
    side.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return [KeepTogether([Paragraph(escape(w("trainings")), h2), Paragraph(escape(sentence), body), side])]
