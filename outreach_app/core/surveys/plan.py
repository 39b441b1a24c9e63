"""Which columns of an export an import reads: from a preset (named or recognised), a mapping given
by the user, or the mapping remembered for the survey from its last import."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from outreach_app.core.errors import InvalidInput

from .presets import FIELDS, PRESETS, REQUIRED, Preset, _key, column_of, find_header, header_index, recognise

_WHAT = {"id": "response id", "submitted": "submission time"}
TRUE_WORDS = frozenset({"1", "true", "yes", "complete", "completed", "finished"})


@dataclass
class Plan:
    preset: Preset | None
    recognised: bool
    header_row: int
    names: dict[str, str]  # field -> the column name as the file writes it
    id: int | None
    submitted: int
    complete: int | None
    source: int | None
    fallback_time: int | None
    answers: list[tuple[str, int]]
    derived_id: bool

    @property
    def width(self) -> int:
        used = [p for p in (self.id, self.submitted, self.complete, self.source) if p is not None]
        return max(used) + 1

    def raw_id(self, row: list) -> str:
        """The platform's response id; for an export without one (Google Forms), the row's content
        without its trailing empty cells (a question added later leaves older responses' ids alone)."""
        if not self.derived_id:
            return str(row[self.id]).strip()
        cells = [str(cell).strip() for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        return "\x1f".join(cells)

    def completion(self, row: list, time: str | None) -> int | None:
        """1 complete, 0 not, None when the export does not say."""
        if self.complete is not None:
            return 1 if str(row[self.complete]).strip().casefold() in TRUE_WORDS else 0
        if self.preset is not None and self.preset.complete_when_submitted:
            return 1 if time else 0
        if self.preset is not None and self.preset.all_complete:
            return 1
        return None

    def is_label_row(self, row: list) -> bool:
        """A row right under the header holding labels, not a response: SurveyMonkey's "Response" row
        (no id), Qualtrics' question texts (an id cell that is no R_… id) and its {"ImportId": …} row."""
        if self.id is None:
            return False
        ident = str(row[self.id]).strip() if self.id < len(row) else ""
        if not ident or ident.startswith("{"):
            return True
        shape = self.preset.id_shape if self.preset else ""
        return bool(shape) and re.fullmatch(shape, ident) is None

    def remembered(self) -> dict:
        return {"preset": self.preset.name if self.preset else None,
                "mapping": {f: self.names[f] for f in FIELDS if f in self.names},
                "answers": [name for name, _ in self.answers]}


def saved_mapping(conn: sqlite3.Connection, survey_id: str) -> dict | None:
    """How the last import of this survey read its file ({preset, mapping, answers}), or None."""
    row = conn.execute("SELECT preset, mapping, answer_columns FROM survey_import_settings WHERE survey_id = ?",
                       (survey_id,)).fetchone()
    if row is None:
        return None
    return {"preset": row[0], "mapping": json.loads(row[1]), "answers": json.loads(row[2])}


def remember(conn: sqlite3.Connection, survey_id: str, plan: Plan, date_order: str | None = None) -> None:
    """Keep how this import read its file, for the next import of the same survey (inside its transaction);
    a date order found once is kept until another is found."""
    kept = plan.remembered()
    conn.execute("INSERT OR REPLACE INTO survey_import_settings (survey_id, preset, mapping, answer_columns,"
                 " date_order) VALUES (?, ?, ?, ?, ?)",
                 (survey_id, kept["preset"], json.dumps(kept["mapping"], sort_keys=True), json.dumps(kept["answers"]),
                  date_order or saved_date_order(conn, survey_id)))


def saved_date_order(conn: sqlite3.Connection, survey_id: str) -> str | None:
    """The slashed-date order ("mdy"/"dmy") an earlier import of this survey used, if any."""
    row = conn.execute("SELECT date_order FROM survey_import_settings WHERE survey_id = ?", (survey_id,)).fetchone()
    return row[0] if row else None


def find_preset(name: str) -> Preset:
    found = PRESETS.get(name.strip().casefold())
    if found is None:
        raise InvalidInput("unknown preset '{name}' (known: {known})", name=name, known=", ".join(PRESETS))
    return found


def make_plan(conn: sqlite3.Connection, survey_id: str, file: str, head: list[list], preset_name: str | None,
              mapping: dict[str, str] | None, answers: list[str]) -> Plan:
    """The columns to read, or a refusal naming the file and the missing column. mapping None: a
    preset (named or recognised) or the remembered mapping; a dict, even empty: the person's mapping."""
    chosen_by_person = mapping is not None
    mapping = mapping or {}
    for field in mapping:
        if field not in FIELDS:
            raise InvalidInput("unknown field '{field}' in a column mapping (fields: {fields})", field=field,
                               fields=", ".join(FIELDS))
    if not head:
        raise InvalidInput("the file holds no rows", where=file)
    recognised = False
    preset = find_preset(preset_name) if preset_name else None
    if preset is not None:
        header_row = find_header(head, preset) or 0
    elif mapping or chosen_by_person:
        header_row = 0
    else:
        found = recognise(head)
        if found is not None:
            (preset, header_row), recognised = found, True
        else:
            saved = saved_mapping(conn, survey_id)
            keys = header_index(head[0])
            if not saved or not all(_key(c) in keys for c in saved["mapping"].values()):
                raise InvalidInput("no survey platform's columns were recognised; name the platform with a preset "
                                   "({known}) or map the columns (id, submitted, complete, source)", where=file,
                                   known=", ".join(PRESETS))
            preset = PRESETS.get(saved["preset"] or "")
            mapping, answers = saved["mapping"], answers or saved["answers"]
            header_row = (find_header(head, preset) or 0) if preset else 0
    header = [str(cell) for cell in head[header_row]]
    keys = header_index(header)
    positions: dict[str, int | None] = {}
    names: dict[str, str] = {}
    for field in FIELDS:
        if field in mapping:
            position = keys.get(_key(mapping[field]))
            if position is None:
                raise InvalidInput("has no column '{column}' (given for {field})", where=file,
                                   column=mapping[field], field=field)
        else:
            position = column_of(keys, preset.columns[field]) if preset else None
        positions[field] = position
        if position is not None:
            names[field] = header[position]
        elif field == "id" and (preset.derived_id if preset else chosen_by_person):
            pass  # no id column (Google Forms, or the person chose none): one is derived from each row
        elif field in REQUIRED and preset is None:
            raise InvalidInput("no column was chosen for the {what}; nothing was imported", where=file,
                               what=_WHAT[field])
        elif field in REQUIRED:
            wanted = preset.columns[field][0] if preset and preset.columns[field] else field
            raise InvalidInput("missing column '{column}' (the {what} the import needs); nothing was imported",
                               where=file, column=wanted, what=_WHAT[field])
    derived = positions["id"] is None
    fallback = column_of(keys, preset.fallback_time) if preset and preset.fallback_time else None
    if fallback is not None:
        names["fallback"] = header[fallback]
    chosen = []
    for name in answers:
        position = keys.get(_key(name))
        if position is None:
            raise InvalidInput("has no column '{column}' (chosen to keep)", where=file, column=name)
        if position in (positions["id"], positions["submitted"]):
            raise InvalidInput("column '{column}' is the response's id or time, not a closed answer", where=file,
                               column=name)
        chosen.append((header[position], position))
    return Plan(preset, recognised, header_row, names, positions["id"], positions["submitted"],
                positions["complete"], positions["source"], fallback, chosen, derived)
