"""Submission times as survey platforms write them, read to `YYYY-MM-DDTHH:MM:SS` (the time the
export shows; a time zone written after it is dropped, as every response of one export shares it).

Read: datetimes from a workbook, ISO dates (`2025-10-07 15:04:05`, `2013-02-18T15:54:01.123+02:00`,
`2025/10/07 3:04:05 PM GMT-4`), slashed dates (`10/7/2025 15:04`, `7/10/25 3:04 PM`) and Excel date
serials (`44861.3736`). A slashed date is month first unless the file shows otherwise (a first number
above 12); `SlashOrder` collects that evidence while rows stream, and the import applies it at the end.
"""

from __future__ import annotations

import datetime as dt
import re

from outreach_app.core.errors import InvalidInput

_TIME = r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?"
_ZONE = r"\s*(?:Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME + _ZONE)
_SLASHED = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})" + _TIME + _ZONE)
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
SERIAL_RANGE = (20000, 80000)  # 1954 to 2119: a bigger or smaller number is no submission date


class SlashOrder:
    """Evidence, across one file, of whether slashed dates are month/day or day/month."""

    def __init__(self) -> None:
        self.month_first = self.day_first = False
        self.seen = False

    def decided(self, earlier: str | None = None) -> str:
        """This file's order, else the order an earlier import of the survey found, else month first."""
        if self.day_first or self.month_first:
            return "dmy" if self.day_first else "mdy"
        return earlier or "mdy"


def _clock(hour, minute, second, half) -> tuple[int, int, int]:
    h, m, s = int(hour or 0), int(minute or 0), int(second or 0)
    if half:
        if not 1 <= h <= 12:
            raise ValueError
        h = h % 12 + (12 if half[0] in "Pp" else 0)
    return h, m, s


def _stamp(year, month, day, h, m, s) -> str:
    return dt.datetime(year, month, day, h, m, s).isoformat()


def read_time(value, order: SlashOrder) -> tuple[str | None, str | None]:
    """(as read month first, as read day first) for one cell; both equal unless the cell is a slashed
    date that could be either. (None, None) for an empty cell; ValueError when it is no time."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        stamp = value.replace(microsecond=0, tzinfo=None).isoformat()
        return stamp, stamp
    if isinstance(value, dt.date):
        stamp = dt.datetime(value.year, value.month, value.day).isoformat()
        return stamp, stamp
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        return _serial(float(value))
    text = str(value).strip()
    if not text:
        return None, None
    if len(text) >= 10 and text[4] == "-":
        try:  # the common case, read in C: 2025-10-07 15:04:05, 2013-02-18T15:54:01.5+02:00
            return (stamp := dt.datetime.fromisoformat(text).replace(microsecond=0, tzinfo=None).isoformat()), stamp
        except ValueError:
            pass
    match = _ISO.fullmatch(text)
    if match:
        y, mo, d, hh, mi, ss, half = match.groups()
        stamp = _stamp(int(y), int(mo), int(d), *_clock(hh, mi, ss, half))
        return stamp, stamp
    match = _SLASHED.fullmatch(text)
    if match:
        a, b, y, hh, mi, ss, half = match.groups()
        a, b, year = int(a), int(b), int(y)
        if len(y) == 2:
            year += 2000
        clock = _clock(hh, mi, ss, half)
        order.seen = True
        if "." in text.split()[0]:
            order.day_first = True  # 07.10.2025: dotted dates are day first wherever they are written
        if a > 12:
            order.day_first = True
        elif b > 12:
            order.month_first = True
        if order.day_first and order.month_first:
            raise ValueError
        first = _stamp(year, a, b, *clock) if a <= 12 else None
        second = _stamp(year, b, a, *clock) if b <= 12 else None
        return first or second, second or first
    if _SERIAL.fullmatch(text):
        return _serial(float(text))
    raise ValueError


def _serial(number: float) -> tuple[str, str]:
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        raise ValueError
    # Excel keeps fractions of a day: rounded to the nearest second
    stamp = (_EXCEL_EPOCH + dt.timedelta(seconds=round(number * 86400))).isoformat()
    return stamp, stamp


def check_time(value, order: SlashOrder, *, file: str, row: int, column: str) -> tuple[str | None, str | None]:
    """read_time, with a refusal naming the file, row and column when the cell is no time."""
    try:
        return read_time(value, order)
    except (ValueError, OverflowError):
        if order.day_first and order.month_first:
            raise InvalidInput("row {row}: '{value}' in column '{column}' has its day first, but earlier rows have "
                               "their month first", where=file, row=row, value=str(value)[:40], column=column) from None
        raise InvalidInput("row {row}: '{value}' in column '{column}' is not a date and time", where=file, row=row,
                           value=str(value)[:40], column=column) from None
