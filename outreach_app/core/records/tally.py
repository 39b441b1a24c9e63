"""Tally entries (append-only), voids and baselines: what the event-day screen records."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id, next_hlc, utc_now
from outreach_app.core.records.count_limits import HARD_LIMIT
from outreach_app.core.errors import InvalidInput, NotFound
from outreach_app.core.privacy.free_text import check_free_text
from outreach_app.core.records.catalogue import get_plan, municipality_for
from outreach_app.core.reports.summary import percent
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.store.connection import device_id, transaction
from outreach_app.core.store.kept_totals import is_stale, keep_fresh
from outreach_app.core.validate import (
    clean_optional,
    parse_count,
    parse_date,
    parse_uuid,
)

from .events import get_event
from outreach_app.core import bounds

ANSWERS = ("yes", "no", "unsure")
# Tables whose rows a void can target; later features (consultation responses) add theirs.
VOIDABLE_TABLES = [
    "tally_entries", "baselines", "flyer_drops",
    "survey_posts",
    "training_attendance", "training_ratings",
    "responses", "theme_tags", "quote_stars",
]


@dataclass(frozen=True)
class Entry:
    id: str
    event_id: str
    kind: str
    plan_id: str | None
    plan_name: str | None
    answer: str | None
    quantity: int
    source: str
    created_at: str
    voided: bool
    batch_id: str | None = None  # entries recorded together (one paper sheet) share it


@dataclass(frozen=True)
class EventTotals:
    attendees: int = 0
    plans: int = 0
    plans_by_plan: dict = field(default_factory=dict)  # plan id -> quantity
    yes: int = 0
    no: int = 0
    unsure: int = 0

    @property
    def answered(self) -> int:
        return self.yes + self.no + self.unsure

    @property
    def percent_yes(self) -> float | None:
        return percent(self.yes, self.answered)  # the reports' half-up rule, so screen and report agree


@dataclass(frozen=True)
class UndoResult:
    """What 'Undo last' took back: one entry, or every entry of one paper sheet (in the order recorded)."""
    entries: list
    totals: EventTotals | None

    @property
    def is_sheet(self) -> bool:
        return any(entry.source == "paper" for entry in self.entries)


@dataclass(frozen=True)
class TapResult:
    """What a recorded tap changed: the new entry and the event's totals after it."""
    entry: Entry
    totals: EventTotals


def _open_event(conn: sqlite3.Connection, event_id: str):
    event = get_event(conn, event_id)
    if event.cancelled:
        raise InvalidInput("event '{name}' ({date}) is cancelled; reinstate it before recording",
                           name=event.name, date=event.date)
    return event


def _insert_entry(conn, event_id: str, kind: str, quantity: int, source: str,
                  plan_id: str | None = None, answer: str | None = None, batch_id: str | None = None) -> str:
    values = {"event_id": event_id, "kind": kind, "plan_id": plan_id, "answer": answer, "quantity": quantity,
              "source": source, "batch_id": batch_id}
    if plan_id:  # a plan handed out counts under the version current here (core/plans; None: none published)
        values["plan_version"] = conn.execute("SELECT max(version) FROM plan_versions WHERE plan_id = ?",
                                              (plan_id,)).fetchone()[0]
    return insert_fact(conn, "tally_entries", values)


@writes(Change.ENTRIES)
def record_tap(conn: sqlite3.Connection, event_id: str, kind: str, *, plan_id: str | None = None,
               answer: str | None = None, quantity: int = 1, source: str = "tap") -> TapResult:
    """Record one entry, durably committed before returning; returns it with the new totals."""
    event = _open_event(conn, event_id)
    quantity = parse_count(quantity, "quantity")
    if kind == "plan":
        get_plan(conn, plan_id)
    elif kind == "confidence":
        if answer not in ANSWERS:
            raise InvalidInput("answer '{answer}' must be one of yes, no, unsure", answer=answer)
    elif kind != "attendee":
        raise InvalidInput("unknown entry kind '{kind}'", kind=kind)
    with transaction(conn):
        ident = _insert_entry(conn, event.id, kind, quantity, source, plan_id, answer)
        keep_fresh(conn)
    return TapResult(get_entry(conn, ident), event_totals(conn, event.id))


@writes(Change.ENTRIES)
def record_attendee(conn, event_id: str) -> TapResult:
    return record_tap(conn, event_id, "attendee")


@writes(Change.ENTRIES)
def record_plan_handed_out(conn, event_id: str, plan_id: str) -> TapResult:
    return record_tap(conn, event_id, "plan", plan_id=plan_id)


@writes(Change.ENTRIES)
def record_confidence_answer(conn, event_id: str, answer: str) -> TapResult:
    return record_tap(conn, event_id, "confidence", answer=answer)


@writes(Change.ENTRIES)
def record_paper_counts(conn: sqlite3.Connection, event_id: str, *, attendees: int | None = None,
                        plans: list[tuple[str, int]] = (), yes: int | None = None, no: int | None = None,
                        unsure: int | None = None) -> list[str]:
    """Counts entered after the fact: one entry per given count, all in one transaction, sharing one
    batch id (undo takes the sheet back as one action). Each count may be up to HARD_LIMIT.

    Returns the new ids in the order attendees, plans (as given), yes, no, unsure.
    """
    event = _open_event(conn, event_id)
    wanted: list[tuple[str, int, str | None, str | None]] = []
    if attendees is not None:
        wanted.append(("attendee", parse_count(attendees, "attendees", maximum=HARD_LIMIT), None, None))
    for plan_id, quantity in plans:
        get_plan(conn, plan_id)
        wanted.append(("plan", parse_count(quantity, "plan count", maximum=HARD_LIMIT), plan_id, None))
    for answer, value in (("yes", yes), ("no", no), ("unsure", unsure)):
        if value is not None:
            wanted.append(("confidence", parse_count(value, f"confident-{answer} count", maximum=HARD_LIMIT),
                           None, answer))
    if not wanted:
        raise InvalidInput("no counts given: use --attendees, --plan NAME=N or --confident-yes/no/unsure")
    batch = new_id()
    with transaction(conn):
        ids = [_insert_entry(conn, event.id, kind, qty, "paper", plan_id, answer, batch)
               for kind, qty, plan_id, answer in wanted]
        keep_fresh(conn)
        return ids


_ENTRY_SELECT = """SELECT t.id, t.event_id, t.kind, t.plan_id, p.name, t.answer, t.quantity, t.source, t.created_at,
                   t.voided, t.batch_id FROM tally_entries t LEFT JOIN plans p ON p.id = t.plan_id"""


def get_entry(conn: sqlite3.Connection, entry_id: str) -> Entry:
    row = conn.execute(_ENTRY_SELECT + " WHERE t.id = ?", (entry_id,)).fetchone()
    if not row:
        raise NotFound("no tally entry with id '{id}'", id=entry_id)
    return Entry(*row[:9], bool(row[9]), row[10])


def event_entries(conn: sqlite3.Connection, event_id: str, limit: int = 50) -> list[Entry]:
    """Most recent entries of an event first (voided ones included, marked)."""
    rows = conn.execute(_ENTRY_SELECT + " WHERE t.event_id = ? ORDER BY t.hlc DESC, t.rowid DESC LIMIT ?", (event_id, limit))
    return [Entry(*row[:9], bool(row[9]), row[10]) for row in rows]


# an event's entries grouped in the covering index, for when the kept totals are behind (another
# program wrote entries and nothing has refreshed them yet)
_GROUP_ENTRIES = ("SELECT kind, plan_id, answer, sum(quantity) AS total FROM tally_entries"
                  " WHERE event_id = ? AND voided = 0 GROUP BY kind, plan_id, answer")
_KEPT_TOTALS = "SELECT kind, nullif(plan_id, '') AS plan_id, answer, total FROM tally_totals WHERE event_id = ?"


def event_totals(conn: sqlite3.Connection, event_id: str) -> EventTotals:
    """Live totals of one event, voided entries excluded: a few kept rows (taps keep them fresh), or
    a regrouping of the event's entries when they are behind."""
    attendees = plans = yes = no = unsure = 0
    by_plan: dict[str, int] = {}
    groups = _GROUP_ENTRIES if is_stale(conn) else _KEPT_TOTALS
    # each plan's canonical id is looked up once per group, not per entry
    rows = conn.execute(
        "SELECT g.kind, (SELECT min(p2.id) FROM plans p2 WHERE p2.name_key ="
        f" (SELECT p.name_key FROM plans p WHERE p.id = g.plan_id)), g.answer, g.total FROM ({groups}) g",
        (event_id,),
    )
    for kind, plan_id, answer, total in rows:
        if kind == "attendee":
            attendees += total
        elif kind == "plan":
            plans += total
            by_plan[plan_id] = by_plan.get(plan_id, 0) + total
        elif answer == "yes":
            yes += total
        elif answer == "no":
            no += total
        else:
            unsure += total
    return EventTotals(attendees, plans, by_plan, yes, no, unsure)


@writes(Change.ENTRIES | Change.BASELINES | Change.FLYER_DROPS | Change.SURVEYS | Change.TRAININGS
        | Change.CONSULTATIONS)
def void(conn: sqlite3.Connection, target_id: str, reason: str | None = None, *, allow_personal: bool = False) -> bool:
    """Undo an entry (or baseline) by voiding it. Returns False if it was already voided. A reason that
    looks personal is refused (PersonalDataFound) unless allow_personal."""
    ident = parse_uuid(target_id, "entry id")
    check_free_text(reason, "reason", allow_personal)
    table = next((t for t in VOIDABLE_TABLES
                  if conn.execute(f"SELECT 1 FROM {t} WHERE id = ?", (ident,)).fetchone()), None)
    if table is None:
        raise NotFound("no entry with id '{id}'", id=target_id)
    from outreach_app.core.sync.roles import may_correct

    author, voided = conn.execute(f"SELECT device_id, voided FROM {table} WHERE id = ?", (ident,)).fetchone()
    if voided:
        return False
    if not may_correct(conn, author):
        raise InvalidInput("entry {id} was made on another device; only the office corrects another device's "
                           "records (void it there)", id=ident)
    with transaction(conn):
        _insert_voids(conn, [ident], reason)
    return True


def _insert_voids(conn: sqlite3.Connection, idents: list[str], reason: str | None) -> None:
    """Inside a write transaction: one void per id (each synced as today), totals kept fresh."""
    for ident in idents:
        hlc, _ = next_hlc(conn)
        conn.execute(
            "INSERT INTO voids (id, target_id, reason, created_at, device_id, hlc) VALUES (?, ?, ?, ?, ?, ?)",
            (new_id(), ident, clean_optional(reason, what="reason", multi_line=True), utc_now(), device_id(conn), hlc),
        )
    keep_fresh(conn)


@writes(Change.ENTRIES)
def undo_last_action(conn: sqlite3.Connection, event_id: str | None = None) -> UndoResult | None:
    """Take back the last action made on this laptop (in that event, if given) that is not voided yet:
    one tap, or a whole paper sheet (every entry of its batch), in one transaction. None if nothing is left."""
    sql = "SELECT id, batch_id, event_id FROM tally_entries WHERE device_id = ? AND voided = 0"
    params: list = [device_id(conn)]
    if event_id:
        sql += " AND event_id = ?"
        params.append(event_id)
    row = conn.execute(sql + " ORDER BY hlc DESC, rowid DESC LIMIT 1", params).fetchone()
    if not row:
        return None
    ident, batch, event = row
    idents = [ident] if batch is None else [r[0] for r in conn.execute(
        "SELECT id FROM tally_entries WHERE batch_id = ? AND voided = 0 ORDER BY hlc, rowid", (batch,))]
    with transaction(conn):
        _insert_voids(conn, idents, "undo")
    return UndoResult([get_entry(conn, i) for i in idents], event_totals(conn, event))


@writes(Change.ENTRIES)
def undo_last(conn: sqlite3.Connection, event_id: str | None = None) -> Entry | None:
    """Like undo_last_action; returns the first entry it voided (a paper sheet's others go with it)."""
    result = undo_last_action(conn, event_id)
    return result.entries[0] if result else None


@writes(Change.BASELINES)
def add_baseline(conn: sqlite3.Connection, date: str, plans: int, municipality: str | None = None,
                 note: str | None = None, *, allow_personal: bool = False) -> str:
    """Plans handed out before the app was in use, as of a date. Returns its id. A note that looks
    personal is refused (PersonalDataFound) unless allow_personal."""
    date = parse_date(date, "baseline date")
    plans = parse_count(plans, "plans", maximum=bounds.MAX_BASELINE_PLANS)
    check_free_text(note, "note", allow_personal)
    with transaction(conn):
        municipality_id = municipality_for(conn, municipality) if municipality else None
        hlc, _ = next_hlc(conn)
        ident = new_id()
        conn.execute(
            "INSERT INTO baselines (id, date, plans, municipality_id, note, created_at, device_id, hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ident, date, plans, municipality_id, clean_optional(note, what="note", multi_line=True), utc_now(), device_id(conn), hlc),
        )
    return ident
