"""Reading a survey platform's export row by row: CSV (encoding and delimiter detected) or XLSX.

Rows are lists of cell values: text for CSV; for XLSX text, numbers, booleans or datetimes as the
sheet holds them (timestamps.py reads each). Nothing is read whole: rows stream from the file.
"""

from __future__ import annotations

import codecs
import csv
from pathlib import Path
from typing import Iterator

from outreach_app.core.errors import InvalidInput

_CHUNK = 1 << 20
FIELD_LIMIT = 16 << 20  # one cell (a long free-text answer) may be this big; csv's default is 128 KiB
_DELIMITERS = (",", ";", "\t")


def detect_encoding(path: Path) -> str:
    """utf-8-sig (with or without a byte-order mark), utf-16 (Excel's "Unicode text") or cp1252,
    decided from the bytes: a file that is not valid UTF-8 throughout is read as Windows-1252."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if len(head) >= 2 and head[0] != 0 and head[1] == 0:
            return "utf-16-le"  # no byte-order mark, but every other byte of ASCII text is zero
        if len(head) >= 2 and head[0] == 0 and head[1] != 0:
            return "utf-16-be"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def detect_delimiter(first_line: str) -> str:
    """The one of , ; tab that the header line (outside quotes) uses most; a comma when none."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _open_text(path: Path, encoding: str):
    # cp1252 leaves five bytes undefined: those few are read as Latin-1 rather than refused
    errors = "strict" if encoding != "cp1252" else "outreach-cp1252"
    return open(path, encoding=encoding, errors=errors, newline="")


def _latin1_fallback(error: UnicodeDecodeError):
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("outreach-cp1252", _latin1_fallback)


def csv_rows(path: Path) -> tuple[str, str, Iterator[list]]:
    """(encoding, delimiter, rows) of a CSV or tab-separated export."""
    encoding = detect_encoding(path)
    try:
        with _open_text(path, encoding) as handle:
            first = handle.readline()
    except UnicodeDecodeError as exc:  # a binary file taken for UTF-16 by its first bytes
        raise _not_text(path, encoding, exc) from None
    delimiter = detect_delimiter(first)

    def rows() -> Iterator[list]:
        csv.field_size_limit(FIELD_LIMIT)
        with _open_text(path, encoding) as handle:
            try:
                yield from csv.reader(handle, delimiter=delimiter)
            except csv.Error as exc:
                raise InvalidInput("cannot be read as CSV ({reason})", where=path.name, reason=str(exc)) from None
            except UnicodeDecodeError as exc:
                raise _not_text(path, encoding, exc) from None

    return encoding, delimiter, rows()


def _not_text(path: Path, encoding: str, error: UnicodeDecodeError) -> InvalidInput:
    return InvalidInput("the file is not valid {encoding} text ({reason})", where=path.name, encoding=encoding,
                        reason=str(error))


def xlsx_rows(path: Path) -> Iterator[list]:
    """Rows of the first sheet (a KoboToolbox repeat group's extra sheets are left out)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException: all "not a workbook"
        raise InvalidInput("not a readable Excel workbook ({reason})", where=path.name, reason=str(exc) or
                           type(exc).__name__) from None

    def rows() -> Iterator[list]:
        try:
            for row in book.worksheets[0].iter_rows(values_only=True):
                yield ["" if v is None else v for v in row]
        finally:
            book.close()

    return rows()


def export_rows(path) -> tuple[str, Iterator[list]]:
    """(how the file was read, rows) of a CSV/TSV or XLSX export; a missing or unreadable file is
    refused naming it."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("no such file", where=path)
    with open(path, "rb") as handle:
        magic = handle.read(4)
    if magic == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return "Excel workbook", xlsx_rows(path)
    encoding, delimiter, rows = csv_rows(path)
    names = {",": "comma", ";": "semicolon", "\t": "tab"}
    return f"{encoding.replace('-sig', '')} text, {names[delimiter]}-separated", rows
