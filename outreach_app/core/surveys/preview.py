"""A first look at an export for the import dialog: its columns, the platform recognised, and the
mapping to offer (the one remembered for the survey when its columns are there, else the preset's)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .plan import find_preset, saved_mapping
from .presets import FIELDS, _key, column_of, find_header, header_index, recognise
from .reading import export_rows


@dataclass(frozen=True)
class ExportPreview:
    columns: list[str]  # the header row's column names, in file order
    preset: str | None  # the preset to offer (recognised, remembered or chosen)
    recognised: bool
    mapping: dict[str, str | None]  # field -> column to offer (None: not found)
    answers: list[str]  # closed-answer columns remembered for this survey
    read_as: str


def preview_export(conn: sqlite3.Connection, survey_id: str, path, preset: str | None = None) -> ExportPreview:
    """The columns and the suggested mapping of the export at path (InvalidInput naming the file when
    it cannot be read). preset: the one the user picked, else recognised, else the remembered one."""
    read_as, rows = export_rows(Path(path))
    head = list(islice(rows, 4))
    rows.close()  # a generator: closing it closes the file (and the workbook)
    saved = saved_mapping(conn, survey_id)
    chosen = find_preset(preset) if preset else None
    recognised = False
    if chosen is None:
        found = recognise(head)
        if found is not None:
            chosen, recognised = found[0], True
        elif saved and saved["preset"] and find_header(head, find_preset(saved["preset"])) is not None:
            chosen = find_preset(saved["preset"])  # the survey's platform, when this file has its columns
    header_row = (find_header(head, chosen) or 0) if chosen else 0
    columns = [str(c) for c in head[header_row]] if head else []
    keys = header_index(columns)
    mapping: dict[str, str | None] = {}
    for field in FIELDS:
        position = column_of(keys, chosen.columns[field]) if chosen else None
        mapping[field] = columns[position] if position is not None else None
    answers: list[str] = []
    if saved and (chosen is None or saved["preset"] in (None, chosen.name)):
        for field, column in saved["mapping"].items():
            if _key(column) in keys:
                mapping[field] = columns[keys[_key(column)]]
        answers = [columns[keys[_key(c)]] for c in saved["answers"] if _key(c) in keys]
    return ExportPreview(columns, chosen.name if chosen else None, recognised, mapping, answers, read_as)
