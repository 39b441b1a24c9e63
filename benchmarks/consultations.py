"""Consultations: Enter → a response durable and shown (against a tap), theming 1,000 responses one tag at a
time (the tag and the coding table read again, as the window does), and the "What we heard" PDF and Word
document of a 1,000-response consultation."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import Line, percentile

TAG_GOAL_MS = 50.0
DOCUMENT_GOAL_S = 2.0


def _consultation(conn, responses_count: int):
    from outreach_app.core.consultations import guides, records, responses

    guide = guides.add_template_guide(conn)
    ident = records.add_consultation(conn, "Benchmark council", "2019-12-03", "Windsor", attendees=46, guide_id=guide)
    ids = []
    for question in range(1, 6):
        texts = [f"Response {n} to question {question}: safer streets, more lighting and neighbours who know each other"
                 for n in range(responses_count // 5)]
        ids += responses.add_responses(conn, ident, question, texts, f"Table {question}")
    return ident, ids


def measure(responses_count: int = 1000, entries: int = 500) -> list[Line]:
    from outreach_app.core.consultations import coding, documents, report, responses, themes
    from outreach_app.core.records import events, tally
    from outreach_app.core.store.database import open_database

    ms = lambda seconds: round(seconds * 1000, 2)  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp) / "bench.db")
        ident, ids = _consultation(conn, responses_count)
        event = events.add_event(conn, "Benchmark BBQ", "2025-06-19", "Windsor")
        typed, _ = _consultation(conn, responses_count)  # another consultation of the same size, typed into
        enter, taps = [], []
        for i in range(entries):
            start = time.perf_counter()
            responses.add_response(conn, typed, 1 + i % 5, f"typed response {i}")
            responses.list_responses(conn, typed, question=1 + i % 5)  # shown under the box
            enter.append(time.perf_counter() - start)
            start = time.perf_counter()
            tally.record_tap(conn, event, "attendee")
            taps.append(time.perf_counter() - start)
        names = ["Safety at night", "Belonging", "Lighting", "Language", "Transit", "Jobs", "Family", "Police"]
        tags = []
        for n, response in enumerate(ids[:responses_count]):
            start = time.perf_counter()
            themes.tag_response(conn, response, [names[n % len(names)]])
            coding.coded_responses(conn, ident)
            tags.append(time.perf_counter() - start)
        for response in ids[:40]:
            responses.star_response(conn, response)
        data = report.consultation_report(conn, ident)
        start = time.perf_counter()
        pdf = documents.report_pdf(report.consultation_report(conn, ident))
        pdf_s = time.perf_counter() - start
        start = time.perf_counter()
        docx = documents.report_docx(report.consultation_report(conn, ident))
        docx_s = time.perf_counter() - start
        conn.close()
    enter99, tap99 = percentile(enter, 0.99), percentile(taps, 0.99)
    tag99 = percentile(tags, 0.99)
    return [
        Line(f"Enter to a response durable and shown, p99 ({entries} responses)",
             f"{ms(enter99)} ms vs a tap {ms(tap99)} ms", "p99 <= a tap's p99 x 1.5", enter99 <= tap99 * 1.5,
             {"enter_p99_ms": ms(enter99), "tap_p99_ms": ms(tap99)}),
        Line(f"theme one response and read the coding table again, p99 ({responses_count:,} responses)",
             f"{ms(tag99)} ms", f"< {TAG_GOAL_MS:.0f} ms a tag", ms(tag99) < TAG_GOAL_MS, {"tag_p99_ms": ms(tag99)}),
        Line(f"What we heard PDF ({data['responses']:,} responses, {len(pdf) // 1024} KB)", f"{pdf_s:.2f} s",
             f"< {DOCUMENT_GOAL_S:.0f} s", pdf_s < DOCUMENT_GOAL_S, {"pdf_s": round(pdf_s, 3)}),
        Line(f"What we heard Word document ({data['responses']:,} responses, {len(docx) // 1024} KB)",
             f"{docx_s:.2f} s", f"< {DOCUMENT_GOAL_S:.0f} s", docx_s < DOCUMENT_GOAL_S, {"docx_s": round(docx_s, 3)}),
    ]
