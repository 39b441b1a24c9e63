"""Helpers for the survey tests: a saved survey, export files written the way platforms write them."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from outreach_app.core.surveys.importing import response_key
from outreach_app.core.surveys.records import add_survey

DATA = Path(__file__).resolve().parent.parent / "data" / "survey-exports"


def _shared_exports() -> Path:
    """GPL/AGPL exports are not copied into the repository: they are read from a `shared/data/survey-exports`
    folder beside the checkout or one of its parents (or $OUTREACH_SURVEY_EXPORTS); tests using them skip
    when it is absent."""
    if os.environ.get("OUTREACH_SURVEY_EXPORTS"):
        return Path(os.environ["OUTREACH_SURVEY_EXPORTS"])
    for folder in Path(__file__).resolve().parents[3:]:
        candidate = folder / "shared" / "data" / "survey-exports"
        if candidate.is_dir():
            return candidate
    return Path("shared-survey-exports-not-found")


SHARED = _shared_exports()


def new_survey(conn, closes: str | None = "2025-11-30", name: str = "Neighbourhood survey") -> str:
    return add_survey(conn, name, "https://example.org/survey", closes)


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def stored(conn, survey_id: str) -> dict[str, tuple]:
    """response_key -> (submitted, complete, source_tag) of every stored response fact."""
    return {key: (submitted, complete, tag) for key, submitted, complete, tag in conn.execute(
        "SELECT response_key, submitted, complete, source_tag FROM survey_responses WHERE survey_id = ?",
        (survey_id,))}


def stored_for(conn, survey_id: str, raw_id: str):
    """What is stored for the platform's response id raw_id (the id itself never is)."""
    return stored(conn, survey_id).get(response_key(survey_id, raw_id))


def database_dump(conn) -> list[str]:
    return list(conn.iterdump())
