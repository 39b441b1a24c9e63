"""The before/after self-assessment: the evaluation template (statements rated 1 to 5, in English and
French) and each participant's ratings copied from the paper forms.

A participant is one paper form: a `participant_id` made when the form is entered; each of its
statements is one row with a before and/or an after rating. A form with only one side filled in is
unpaired: it counts in that column's mean only, never in the share who improved. Rows are insert-only
facts (`void ID` undoes one)."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from outreach_app.core.changes import Change, writes
from outreach_app.core.clock import new_id
from outreach_app.core.errors import InvalidInput
from outreach_app.core.store.connection import transaction
from outreach_app.core.store.facts import insert_fact
from outreach_app.core.validate import parse_uuid

from .sessions import get_training, require_own_training
from .statements import STATEMENTS, Statement, statement  # noqa: F401 (re-exported)

LOWEST, HIGHEST = 1, 5


def parse_rating(value, what: str = "rating") -> int | None:
    """A rating from 1 to 5, or None for an empty value; anything else is refused naming it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not text.isdigit() or not LOWEST <= int(text) <= HIGHEST:
        raise InvalidInput("{what} '{value}' is not a rating from 1 to 5", what=what, value=value)
    return int(text)


@dataclass(frozen=True)
class Rating:
    statement: int
    before: int | None
    after: int | None


def check_form(ratings) -> list[Rating]:
    """One participant's form checked: (statement, before, after) triples, each statement once, at least
    one rating on each line."""
    checked, seen = [], set()
    for number, before, after in ratings:
        item = statement(number)
        if item.number in seen:
            raise InvalidInput("statement {number} is rated twice on one form", number=item.number)
        seen.add(item.number)
        pair = Rating(item.number, parse_rating(before, "before rating"), parse_rating(after, "after rating"))
        if pair.before is None and pair.after is None:
            raise InvalidInput("statement {number} has neither a before nor an after rating", number=item.number)
        checked.append(pair)
    if not checked:
        raise InvalidInput("a form without any rating records nothing")
    return checked


@writes(Change.TRAININGS)
def record_form(conn: sqlite3.Connection, training_id: str, ratings, participant_id: str | None = None) -> list[str]:
    """Record one participant's form (or more statements of a form already entered, given its
    participant_id); returns the new rows' ids in order. All or nothing."""
    training = get_training(conn, training_id)
    checked = check_form(ratings)
    require_own_training(conn, training.id)
    participant = parse_uuid(participant_id, "participant id") if participant_id else new_id()
    with transaction(conn):
        if participant_id:
            taken = {row[0] for row in conn.execute(
                "SELECT statement FROM training_ratings WHERE participant_id = ? AND voided = 0", (participant,))}
            again = [r.statement for r in checked if r.statement in taken]
            if again:
                raise InvalidInput("statement {number} of participant {id} is already entered (void it first)",
                                   number=again[0], id=participant)
        return [insert_fact(conn, "training_ratings", {"training_id": training.id, "participant_id": participant,
                                                       "statement": r.statement, "before": r.before,
                                                       "after": r.after}) for r in checked]


def read_forms_csv(path) -> list[list[tuple]]:
    """Forms from a CSV file with a header row: statement, before, after and optionally participant
    (rows sharing a participant label are one form; without it each row is one participant).
    Every line is checked first; a refusal names the file and line."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput("cannot read it as UTF-8 text ({reason})", where=file,
                           reason=getattr(error, "strerror", None) or type(error).__name__) from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise InvalidInput("the file is empty", where=file)
    header = [cell.strip().casefold() for cell in rows[0]]
    missing = [c for c in ("statement", "before", "after") if c not in header]
    if missing:
        raise InvalidInput("no '{column}' column in the header row (statement, before, after[, participant])",
                           where=file, column=missing[0])
    at = {name: header.index(name) for name in ("statement", "before", "after", "participant") if name in header}
    forms: dict[str, list[tuple]] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[i] if i < len(row) else "") for name, i in at.items()}
        label = cells.get("participant", "").strip() or f"line {line}"
        form = forms.setdefault(label, [])
        form.append((cells["statement"], cells["before"], cells["after"]))
        try:
            check_form(form)
        except InvalidInput as error:
            raise InvalidInput("line {line}: {reason}", where=file, line=line, reason=str(error)) from None
    if not forms:
        raise InvalidInput("no ratings below the header row", where=file)
    return list(forms.values())


@writes(Change.TRAININGS)
def record_forms(conn: sqlite3.Connection, training_id: str, forms) -> list[str]:
    """Record several participants' forms in one transaction (all or nothing); returns every new id."""
    training = get_training(conn, training_id)
    checked = [check_form(form) for form in forms]
    require_own_training(conn, training.id)
    ids: list[str] = []
    with transaction(conn):
        for form in checked:
            participant = new_id()
            ids += [insert_fact(conn, "training_ratings", {"training_id": training.id, "participant_id": participant,
                                                           "statement": r.statement, "before": r.before,
                                                           "after": r.after}) for r in form]
    return ids


@writes(Change.TRAININGS)
def void_ratings(conn: sqlite3.Connection, rating_ids, reason: str | None = None) -> int:
    """Undo rating rows (a whole form taken back) in one transaction; returns how many were voided.
    Only this device's rows, or any on the office, as every void."""
    from outreach_app.core.sync.roles import may_correct

    idents = [parse_uuid(i, "rating id") for i in rating_ids]
    rows = {row[0]: row[1:] for row in conn.execute(
        f"SELECT id, device_id, voided FROM training_ratings WHERE id IN ({','.join('?' * len(idents))})", idents)}
    for ident in idents:
        if ident not in rows:
            raise InvalidInput("no rating with id '{id}'", id=ident)
        if not may_correct(conn, rows[ident][0]):
            raise InvalidInput("rating {id} was made on another device; only the office corrects another device's "
                               "records (void it there)", id=ident)
    pending = [i for i in idents if not rows[i][1]]
    with transaction(conn):
        for ident in pending:
            insert_fact(conn, "voids", {"target_id": ident, "reason": reason})
    return len(pending)
