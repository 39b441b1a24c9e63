"""The record parts of a bundle: verified by streaming (checksum, size, line count; nothing kept), then
read again batch by batch when merged, each line a JSON array of the right width. The refusals here
use the `refuse` of the file being read (bundle.py), so they name that file."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

PART_PREFIX = "tables/"
PART_SUFFIX = ".jsonl"
_SHA = re.compile(r"[0-9a-f]{64}")


class PartRows:
    """The records of one verified part, read again from the zip each time they are iterated (in
    batches: memory stays flat). len() is the verified record count. A file changed since it was
    verified is refused (its checksum is checked again at the end of every pass)."""

    BATCH = 5000

    def __init__(self, zip_path: Path, info: zipfile.ZipInfo, table: str, width: int, records: int,
                 sha256: str, refuse):
        self.zip_path, self.info, self.table, self.width = zip_path, info, table, width
        self.records, self.sha256, self.refuse = records, sha256, refuse

    def __len__(self) -> int:
        return self.records

    def __iter__(self):
        return _stream_rows(self)


def _stream_rows(rows: PartRows):
    """The records of a part, batch by batch (module level: its refusals are the core's templates)."""
    digest, number, rest, refuse = hashlib.sha256(), 0, b"", rows.refuse
    try:
        with zipfile.ZipFile(rows.zip_path) as zf, zf.open(rows.info) as member:
            # blocks split into lines here: ZipExtFile.readline costs about 9 µs a line
            for block in iter(lambda: member.read(1 << 20), b""):
                digest.update(block)
                lines = (rest + block).split(b"\n")
                rest = lines.pop()
                for start in range(0, len(lines), rows.BATCH):
                    batch = lines[start:start + rows.BATCH]
                    yield from _parse_rows(batch, rows.table, rows.width, number, refuse)
                    number += len(batch)
        if rest:
            refuse("table {table} holds a different number of records than the manifest says", table=rows.table)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        refuse("is damaged or truncated ({reason})", reason=str(exc))
    if digest.hexdigest() != rows.sha256 or number != rows.records:
        refuse("changed while it was being imported (checksum of table {table} differs)", table=rows.table)


@dataclass
class Part:
    table: str
    kind: str
    columns: list[str]
    rows: PartRows  # iterable (streamed from the file) with len()


def _read_part(zf, zip_path: Path, infos, table: str, spec, known_tables, refuse) -> Part:
    if not isinstance(spec, dict) or not isinstance(table, str):
        refuse("manifest entry for table {table} is malformed", table=repr(table))
    if known_tables is not None and table not in known_tables:
        refuse("carries table {table}, which this version of Outreach does not know (update Outreach)",
               table=repr(table))
    kind, columns, *older = known_tables[table] if known_tables is not None else (spec.get("kind"), spec.get("columns"))
    if spec.get("file") != f"{PART_PREFIX}{table}{PART_SUFFIX}" or spec.get("file") not in infos:
        refuse("part for table {table} is missing (truncated)", table=table)
    accepted = [list(columns)] + [list(c) for c in (older[0] if older else ())]
    if spec.get("columns") not in accepted or spec.get("kind") != kind:
        refuse("table {table} has columns or merge kind this version does not expect", table=table)
    columns = spec["columns"]  # the bundle's own list: an older version's, or this one's
    records, digest = spec.get("records"), spec.get("sha256")
    if type(records) is not int or records < 0 or not (isinstance(digest, str) and _SHA.fullmatch(digest)):
        refuse("manifest entry for table {table} is malformed", table=table)
    info = infos[spec["file"]]
    sha, size, lines, last = hashlib.sha256(), 0, 0, b""
    with zf.open(info) as member:  # streamed: checksum, size and line count, nothing kept
        for block in iter(lambda: member.read(1 << 20), b""):
            sha.update(block)
            size += len(block)
            lines += block.count(b"\n")
            last = block[-1:]
            if size > info.file_size:
                break
    if size != info.file_size:
        refuse("member {name} is not the size its header says (tampered)", name=info.filename)
    if sha.hexdigest() != digest:
        refuse("checksum of table {table} does not match the manifest (tampered or corrupted)", table=table)
    if lines != records or (size and last != b"\n"):
        refuse("table {table} holds a different number of records than the manifest says", table=table)
    return Part(table, kind, list(columns), PartRows(zip_path, info, table, len(columns), records, digest, refuse))


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed")


def _parse_rows(lines: list[bytes], table: str, width: int, before: int, refuse) -> list[list]:
    """One batch of JSON lines (record numbers start after `before`), each an array of `width` values."""
    data = b"[" + b",".join(lines) + b"]"
    try:
        rows = json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        refuse("records of table {table} are not valid JSON lines ({reason})", table=table, reason=str(exc)[:80])
    if len(rows) != len(lines):
        refuse("records of table {table} are not one JSON array per line", table=table)
    for number, row in enumerate(rows, before + 1):
        if type(row) is not list or len(row) != width:
            refuse("record {number} of table {table} does not have the {width} fields of its columns",
                   number=number, table=table, width=width)
    if b"true" in data or b"false" in data:  # rare (a name may hold the word): then look value by value
        for number, row in enumerate(rows, before + 1):
            if any(value is True or value is False for value in row):
                refuse("record {number} of table {table} holds true or false where Outreach writes numbers",
                       number=number, table=table)
    return rows
