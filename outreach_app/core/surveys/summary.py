"""The `survey` key of `report --format json`: responses received within the report's range."""

from __future__ import annotations

import sqlite3


def survey_summary(conn: sqlite3.Connection, start: str, end: str, in_clause: str = "", in_params=()) -> dict:
    """Per saved survey (of the report's municipality when one is given, as `in_clause` on the survey's
    municipality_id): distinct responses submitted within [start, end], complete ones, and their total."""
    where = f" WHERE s.municipality_id{in_clause}" if in_clause else ""
    rows = conn.execute(
        "SELECT s.id, s.name, s.closes, count(r.key), coalesce(sum(r.done = 1), 0) FROM surveys s"
        " LEFT JOIN (SELECT survey_id, response_key AS key, max(coalesce(complete, -1)) AS done,"
        "            coalesce(max(CASE WHEN complete = 1 THEN submitted END), min(submitted)) AS stamp"
        "            FROM survey_responses GROUP BY survey_id, response_key) r"
        "   ON r.survey_id = s.id AND substr(r.stamp, 1, 10) BETWEEN ? AND ?"
        f"{where} GROUP BY s.id ORDER BY lower(s.name), s.id", (start, end, *in_params))
    surveys = [{"id": ident, "name": name, "closes": closes, "responses": responses, "complete": complete}
               for ident, name, closes, responses, complete in rows]
    return {"responses": sum(s["responses"] for s in surveys), "complete": sum(s["complete"] for s in surveys),
            "surveys": surveys}
