"""The figures of a consultation's "What we heard" report, as one dict: the JSON output, and what the PDF,
Word document, text and CSV show. Voided responses and tags count nowhere; a merged theme's responses
count under the theme it went into, once each; contact details never appear."""

from __future__ import annotations

import csv
import io
import sqlite3

from .invitations import invitation_counts, list_invitations, sector_counts
from .records import KIND_LABELS, get_consultation, questions_of
from .responses import list_responses
from .themes import list_themes, response_themes, theme_names


def _ranked(counts: dict[str, int], names: dict[str, str]) -> list[dict]:
    ranked = sorted(((names[t], n) for t, n in counts.items() if n), key=lambda p: (-p[1], p[0].casefold(), p[0]))
    return [{"name": name, "count": count} for name, count in ranked]


def consultation_report(conn: sqlite3.Connection, consultation_id: str, language: str = "en") -> dict:
    """Every figure of the report (contract keys: id, title, date, kind, attendees, questions, themes,
    invitations, sectors)."""
    consultation = get_consultation(conn, consultation_id)
    responses = list_responses(conn, consultation.id)
    tagged = response_themes(conn, consultation.id)
    names = theme_names(conn, consultation.id)
    questions = []
    for question in questions_of(conn, consultation):
        mine = [r for r in responses if r.question == question.number]
        counts: dict[str, int] = {}
        for response in mine:
            for theme in tagged.get(response.id, []):
                counts[theme] = counts.get(theme, 0) + 1
        questions.append({"number": question.number, "text": question.text(language), "responses": len(mine),
                          "themes": _ranked(counts, names), "themed": sum(1 for r in mine if tagged.get(r.id)),
                          "quotes": [r.text for r in mine if r.starred]})
    themes = [{"name": t.name, "count": t.responses, "parent": t.parent,
               "share": round(100 * t.responses / len(responses), 1) if responses else None}
              for t in list_themes(conn, consultation.id) if t.responses]
    invitations = list_invitations(conn, consultation.id)
    return {"id": consultation.id, "title": consultation.title, "date": consultation.date, "kind": consultation.kind,
            "kind_label": KIND_LABELS[consultation.kind], "place": consultation.place,
            "municipality": consultation.municipality, "organisation": consultation.organisation,
            "facilitator_initials": consultation.facilitator_initials, "lens": consultation.lens,
            "attendees": consultation.attendees, "cancelled": consultation.cancelled,
            "responses": len(responses), "themed": sum(1 for r in responses if tagged.get(r.id)),
            "questions": questions, "themes": themes,
            "quotes": sum(len(q["quotes"]) for q in questions),
            "invitations": invitation_counts(invitations), "sectors": sector_counts(invitations)}


def report_text(data: dict) -> str:
    """The report as plain text (the terminal's view of the same figures)."""
    lines = [f"{data['title']} ({data['kind_label']}), {data['date']}"]
    facts = [f"Place: {data['place']}" if data["place"] else None,
             f"Municipality: {data['municipality']}" if data["municipality"] else None,
             f"Host or partner: {data['organisation']}" if data["organisation"] else None,
             f"Lens: {data['lens']}" if data["lens"] else None,
             f"Attendees: {data['attendees'] if data['attendees'] is not None else 'not recorded'}",
             f"Responses: {data['responses']} ({data['themed']} themed)"]
    lines += [f for f in facts if f]
    inv = data["invitations"]
    if inv["invited"]:
        lines.append(f"Invited: {inv['invited']}, confirmed {inv['confirmed']}, attended {inv['attended']}, "
                     f"declined {inv['declined']}, no answer {inv['no_answer']}")
        for sector, counts in data["sectors"].items():
            lines.append(f"  {sector}: invited {counts['invited']}, attended {counts['attended']}")
    for q in data["questions"]:
        lines += ["", f"{q['number']}. {q['text']}", f"   {q['responses']} responses"]
        lines += [f"   - {t['name']}: {t['count']}" for t in q["themes"]]
        lines += [f"   \u201c{quote}\u201d" for quote in q["quotes"]]
    if data["themes"]:
        lines += ["", "Themes:"] + [f"  {t['name']}: {t['count']} ({t['share']}%)" for t in data["themes"]]
    return "\n".join(lines) + "\n"


def responses_csv(conn: sqlite3.Connection, consultation_id: str) -> str:
    """One row per live response: question, table, text, its themes (joined by '; '), starred."""
    consultation = get_consultation(conn, consultation_id)
    tagged = response_themes(conn, consultation.id)
    names = theme_names(conn, consultation.id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["response_id", "question", "table", "text", "themes", "starred"])
    for r in list_responses(conn, consultation.id):
        themes = sorted((names[t] for t in tagged.get(r.id, [])), key=str.casefold)
        writer.writerow([r.id, r.question, r.table or "", _safe_cell(r.text), "; ".join(_safe_cell(t) for t in themes),
                         "yes" if r.starred else ""])
    return out.getvalue()


def _safe_cell(text: str) -> str:
    """A spreadsheet never runs a cell as a formula: text starting with = + - @ gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
