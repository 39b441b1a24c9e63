"""Importing a survey platform's response export for a saved survey: incremental, whole or nothing.

Rows stream from the file into a temporary table (memory stays flat in the file's size); a row that
breaks a rule refuses the whole file, naming it and the row, before anything is written. Then one
transaction adds the responses not already here. Kept per response: a hash of its id, the time,
completion, the source tag and any closed-answer columns the user chose (docs/surveys.md, "Privacy").
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable

from outreach_app.core.changes import Change
from outreach_app.core.clock import next_hlc, utc_now
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import device_id, transaction

from . import plan as planning
from .reading import export_rows
from .records import get_survey
from .sources import clean_source, looks_personal
from .timestamps import SlashOrder, check_time

BATCH = 5000
MAX_ANSWER_LENGTH = 100  # a closed answer ("North end", "18-24"); longer is free text
MAX_DISTINCT_ANSWERS = 50  # more different answers in one column than this: free text

_STAGE = "temp.outreach_survey_stage"
_UNSEEN = object()


@dataclass
class ImportSummary:
    """What one import found and added."""

    file: str
    survey_id: str
    preset: str | None  # the preset used (recognised or named), None for a mapping alone
    preset_label: str | None
    recognised: bool  # the preset was recognised from the columns (not named by the user)
    read_as: str
    rows: int = 0
    new: int = 0
    known: int = 0
    incomplete: int = 0
    without_source: int = 0
    became_complete: int = 0
    derived_ids: bool = False
    date_order: str | None = None  # "mdy"/"dmy" when the file had slashed dates
    columns: dict = field(default_factory=dict)
    changes: Change = Change.SURVEYS

    def lines(self) -> list[str]:
        """The summary in English, as the command line prints it."""
        how = (f"recognised as a {self.preset_label} export" if self.recognised else
               f"read with the {self.preset_label} preset" if self.preset_label else "read with the column mapping given")
        lines = [f"{self.file}: {how} ({self.read_as}), {self.rows} responses",
                 f"new {self.new}", f"known {self.known}", f"incomplete {self.incomplete}",
                 f"without-source {self.without_source}"]
        if self.became_complete:
            lines.append(f"completed since the last import {self.became_complete}")
        if self.derived_ids:
            lines.append("this export has no response id: each response's id is derived from its time and answers "
                         "(two identical responses in the same second count once)")
        if self.date_order == "mdy":
            lines.append("slashed dates were read month first (as in 10/7/2025 for October 7)")
        elif self.date_order == "dmy":
            lines.append("slashed dates were read day first (as in 7/10/2025 for October 7)")
        return lines


def response_key(survey_id: str, raw_id: str) -> str:
    """The stored stand-in for a platform's response id: a hash, so the id itself is never kept."""
    return hashlib.sha256(f"{survey_id}\n{raw_id}".encode("utf-8")).hexdigest()[:32]


def _record_id(device: str, survey_id: str, key: str, complete) -> str:
    """The response fact's id: a UUID (version 4 layout) derived from who imported what, so importing
    the same export again on this device adds nothing, and another device's import never collides."""
    h = hashlib.sha256(f"{device}\n{survey_id}\n{key}\n{complete}".encode("ascii")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def import_export(conn: sqlite3.Connection, survey_id: str, path, *, preset: str | None = None,
                  mapping: dict[str, str] | None = None, answer_columns=(), date_order: str | None = None,
                  progress: Callable[[int], None] | None = None) -> ImportSummary:
    """Import a response export (CSV or XLSX) for a saved survey. preset: a name of presets.PRESETS
    (else recognised from the columns, else the mapping remembered for this survey); mapping: field ->
    column name (presets.FIELDS; an empty dict: the person maps the columns, nothing is recognised); answer_columns: closed-answer columns to keep. Refused whole
    (InvalidInput naming the file and row or the missing column) when anything does not fit."""
    survey = get_survey(conn, survey_id)
    path = Path(path)
    read_as, rows = export_rows(path)
    head = list(islice(rows, 4))
    plan = planning.make_plan(conn, survey.id, path.name, head, preset, mapping, list(answer_columns))
    rows = chain(head[plan.header_row + 1:], rows)
    summary = ImportSummary(path.name, survey.id, plan.preset.name if plan.preset else None,
                            plan.preset.label if plan.preset else None, plan.recognised, read_as,
                            derived_ids=plan.derived_id, columns=plan.remembered())
    me = device_id(conn)
    order = SlashOrder()
    conn.execute("PRAGMA temp_store = FILE")  # staged rows go to a temporary file: memory stays flat
    conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
    conn.execute(f"CREATE TABLE {_STAGE} (id TEXT, key TEXT, first TEXT, second TEXT, complete INTEGER,"
                 " tag TEXT, answers TEXT, fresh INTEGER)")
    try:
        _stage_rows(conn, survey.id, me, path.name, plan, rows, order, summary, progress)
        if date_order not in (None, "mdy", "dmy"):
            raise InvalidInput("date order '{order}' is neither mdy nor dmy", order=date_order)
        if order.seen:
            summary.date_order = date_order or order.decided(planning.saved_date_order(conn, survey.id))
        _merge(conn, survey.id, me, plan, summary)
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_STAGE}")
        conn.execute("PRAGMA temp_store = MEMORY")  # the connection's usual setting (store.connection)
    return summary


def _stage_rows(conn, survey_id: str, me: str, file: str, plan, rows, order: SlashOrder, summary: ImportSummary,
                progress) -> None:
    """Check every row and stage the responses this database lacks. A row whose response is already
    here, as complete as before, is counted and not read further (a weekly re-import is quick)."""
    batch: list[tuple] = []
    tags: dict = {}  # a few tags repeat over thousands of rows: each is checked once
    distinct: list[set] = [set() for _ in plan.answers]
    insert = f"INSERT INTO {_STAGE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    here = ("SELECT max(coalesce(complete, -1)) FROM survey_responses WHERE survey_id = ? AND response_key = ?")
    skippable = plan.preset.extra_header_rows if plan.preset else 0
    width, submitted_at, source_at = plan.width, plan.submitted, plan.source
    number = plan.header_row + 1
    for row in rows:
        number += 1
        if not any(cell != "" and str(cell).strip() for cell in row):
            continue  # a blank line (a trailing one, or between blocks)
        if skippable and plan.is_label_row(row):
            skippable -= 1
            continue
        skippable = 0
        if len(row) < width:
            raise InvalidInput("row {row} has {count} columns, fewer than the {needed} the import reads; the file "
                               "may be cut short or damaged", where=file, row=number, count=len(row), needed=width)
        raw = plan.raw_id(row)
        if not raw:
            raise InvalidInput("row {row} has no response id in column '{column}'", where=file, row=number,
                               column=plan.names["id"])
        tag = None
        if source_at is not None:
            cell = row[source_at]
            tag = tags.get(cell, _UNSEEN)
            if tag is _UNSEEN:
                tag = clean_source(cell)
                if len(tags) < 10_000:  # bounded: a file of distinct junk tags keeps memory flat
                    tags[cell] = tag
        key = response_key(survey_id, raw)
        complete = plan.completion(row, str(row[submitted_at]).strip())
        summary.rows += 1
        summary.incomplete += complete == 0
        summary.without_source += tag is None
        seen = conn.execute(here, (survey_id, key)).fetchone()[0]
        if seen is not None and (seen == 1 or complete != 1):
            summary.known += 1
            continue
        first, second = check_time(row[submitted_at], order, file=file, row=number, column=plan.names["submitted"])
        if first is None and plan.fallback_time is not None:
            first, second = check_time(row[plan.fallback_time], order, file=file, row=number,
                                       column=plan.names["fallback"])
        if first is None and complete != 0:
            raise InvalidInput("row {row} has no submission time in column '{column}'", where=file, row=number,
                               column=plan.names["submitted"])
        answers = _answers(plan, row, distinct, file, number) if plan.answers else None
        batch.append((_record_id(me, survey_id, key, complete), key, first, second, complete, tag, answers,
                      seen is None))
        if len(batch) >= BATCH:
            conn.executemany(insert, batch)
            batch.clear()
            if progress:
                progress(summary.rows)
    conn.executemany(insert, batch)


def _answers(plan, row, distinct: list[set], file: str, number: int) -> str:
    chosen = {}
    for (name, position), seen in zip(plan.answers, distinct):
        value = str(row[position]).strip() if position < len(row) else ""
        if not value:
            continue
        if len(value) > MAX_ANSWER_LENGTH or "\n" in value or looks_personal(value):
            raise InvalidInput("row {row}: column '{column}' holds free text, an email address or a phone number; "
                               "only closed-answer columns (a choice from a list) can be kept", where=file,
                               row=number, column=name)
        seen.add(value)
        if len(seen) > MAX_DISTINCT_ANSWERS:
            raise InvalidInput("column '{column}' has more than {limit} different answers: it looks like free text, "
                               "which is never kept; choose closed-answer columns only", where=file, column=name,
                               limit=MAX_DISTINCT_ANSWERS)
        chosen[name] = value
    return json.dumps(chosen, ensure_ascii=False, sort_keys=True) if chosen else None


def _merge(conn, survey_id: str, me: str, plan, summary: ImportSummary) -> None:
    submitted = "second" if summary.date_order == "dmy" else "first"
    with transaction(conn):
        new, finished = conn.execute(f"SELECT count(DISTINCT CASE WHEN fresh THEN key END),"
                                     f" count(DISTINCT CASE WHEN NOT fresh THEN key END) FROM {_STAGE}").fetchone()
        summary.new, summary.became_complete = new, finished
        summary.known += finished
        hlc, _ = next_hlc(conn)
        conn.execute(
            "INSERT INTO survey_responses (id, survey_id, response_key, submitted, complete, source_tag, answers,"
            " created_at, device_id, hlc)"
            f" SELECT s.id, :survey, s.key, s.{submitted}, s.complete, s.tag, s.answers, :now, :me, :hlc"
            f" FROM {_STAGE} s WHERE NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = :survey"
            "   AND r.response_key = s.key AND r.complete IS s.complete)"
            " ON CONFLICT (id) DO NOTHING",
            {"survey": survey_id, "now": utc_now(), "me": me, "hlc": hlc})
        planning.remember(conn, survey_id, plan, summary.date_order)
