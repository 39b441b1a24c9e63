"""The trainings' figures for people: plain text lines (the text report, `training report`) and CSV rows."""

from __future__ import annotations

from .words import training_word, trainings_sentence


def trainings_lines(figures: dict, language: str = "en") -> list[str]:
    """The trainings section of a text report (empty when no training was held in the range)."""
    from outreach_app.core.consultations.organisations import sector_label
    from outreach_app.core.reports.text import format_number, format_percent

    sentence = trainings_sentence(figures, language)
    if sentence is None:
        return []
    n = lambda v: format_number(v, language)  # noqa: E731
    colon = "\u00a0:" if language == "fr" else ":"
    w = lambda key: training_word(key, language)  # noqa: E731
    pct = figures["percent_improved"]
    rows = [(w("sessions"), n(figures["sessions"])), (w("people_trained"), n(figures["people_trained"])),
            (w("organisations"), n(figures["organisations_reached"])),
            (w("sectors"), ", ".join(sector_label(s, language) for s in figures["sectors_reached_names"]) or w("none")),
            (w("not_reached"), ", ".join(sector_label(s, language) for s in figures["sectors_not_reached"]) or w("none")),
            (w("improved"), format_percent(pct, language) if pct is not None else w("no_pairs"))]
    width = max(len(label) for label, _ in rows) + len(colon) + 1
    lines = [w("trainings"), "", sentence, ""] + [f"{label + colon:<{width}}{value}" for label, value in rows]
    rated = [s for s in figures["statements"] if s["before_count"] or s["after_count"]]
    if rated:
        lines += ["", f"{w('statement')}{colon} {w('mean_before')} → {w('mean_after')}"]
        for s in rated:
            text = s["text_fr"] if language == "fr" and s["text_fr"] else s["text"]
            before = format_mean(s["before_mean"], language)
            after = format_mean(s["after_mean"], language)
            lines.append(f"  {s['number']}. {text}{colon} {before} → {after}")
    return lines


def format_mean(value, language: str = "en") -> str:
    """A mean rating with one decimal ('3.5', '3,5'); '–' for none."""
    if value is None:
        return "–"
    from babel.numbers import format_decimal

    return format_decimal(value, format="0.0", locale="fr_CA" if language == "fr" else "en_CA")


def trainings_text(figures: dict, language: str = "en") -> str:
    """`training report --format text`: the section, or one line saying there were none."""
    from outreach_app.core.bounds import escape_controls

    lines = trainings_lines(figures, language) or [training_word("none_held", language)]
    return "\n".join(escape_controls(line) for line in lines) + "\n"


def trainings_csv_rows(figures: dict) -> list[list]:
    """section, item, value rows for the report's CSV (the same figures as the JSON)."""
    rows = [["trainings", key, figures[key]] for key in ("sessions", "registered", "people_trained",
                                                          "organisations_reached", "sectors_reached")]
    rows.append(["trainings", "sectors_not_reached", "; ".join(figures["sectors_not_reached"])])
    pct = figures["percent_improved"]
    rows.append(["trainings", "percent_improved", "" if pct is None else f"{pct:.1f}"])
    for sector, values in figures["by_sector"].items():
        rows += [[f"training_sector:{sector}", key, values[key]] for key in ("organisations", "registered", "attended")]
    for s in figures["statements"]:
        for key in ("before_count", "before_mean", "after_count", "after_mean", "pairs", "improved"):
            value = s[key]
            rows.append([f"training_statement:{s['number']}", key, "" if value is None else value])
    return rows
