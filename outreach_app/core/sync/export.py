"""Export: write this installation's changes (or everything, with full=True) as one bundle file."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ... import __version__
from ..clock import new_id, utc_now
from outreach_app.core.store.connection import device_id, get_setting, set_setting, transaction
from outreach_app.core.store.migrations import schema_version
from ..errors import InvalidInput, OutreachError
from outreach_app.core.privacy.contacts import refuse_plain_contacts
from outreach_app.core.privacy.free_text import contact_columns
from outreach_app.core.records.catalogue import device_name
from outreach_app.core.store.synced_tables import SYNCED_TABLES
from outreach_app.core.changes import Change

from outreach_app.core.files import remove_leftovers, writing

from . import bundle, roles, trust
from .keys import parse_recipients, sign, signing_public_key

DEFAULT_RECIPIENTS = "sync_default_recipients"  # JSON list of age1… (may arrive in an office bundle)
DEFAULT_RECIPIENTS_FROM = "sync_default_recipients_from"  # JSON [hlc, device id] of the bundle that set it
OFFICE_RECIPIENTS = "sync_office_recipients"  # JSON list this installation announces (the office's own)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    bundle_id: str
    full: bool
    encrypted: bool
    recipients: tuple[str, ...]
    counts: dict  # table -> records written

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    @property
    def changes(self) -> Change:
        """An export changes only the ledger of exports (its number and high-water marks)."""
        return Change.SYNC


def default_recipients(conn: sqlite3.Connection) -> list[str]:
    return json.loads(get_setting(conn, DEFAULT_RECIPIENTS) or "[]")


def set_default_recipients(conn: sqlite3.Connection, recipients: list[str]) -> None:
    """Make these age recipients the default for this laptop's exports (empty list: no encryption)."""
    set_setting(conn, DEFAULT_RECIPIENTS, json.dumps(parse_recipients(recipients) if recipients else []))


def office_recipients(conn: sqlite3.Connection) -> list[str]:
    return json.loads(get_setting(conn, OFFICE_RECIPIENTS) or "[]")


def announce_office_recipients(conn: sqlite3.Connection, recipients: list[str]) -> list[str]:
    """Carry these recipients in every bundle this installation writes: laptops that import one adopt
    them as their default, so their exports are encrypted to the office from then on."""
    parsed = parse_recipients(recipients) if recipients else []
    trust.make_office(conn)  # only the office announces its recipient (a laptop of an office is refused)
    set_setting(conn, OFFICE_RECIPIENTS, json.dumps(parsed))
    return parsed


def last_export(conn: sqlite3.Connection) -> dict | None:
    row = conn.execute("SELECT seq, sha256, high_water, created_at, file_name FROM sync_exports"
                       " ORDER BY seq DESC LIMIT 1").fetchone()
    return dict(zip(("seq", "sha256", "high_water", "created_at", "file_name"), row)) if row else None


def held_ranges(conn: sqlite3.Connection) -> dict[str, list[list[int]]]:
    """{device id: [[first, last], …]}: the bundle numbers of each device this database holds."""
    ranges: dict[str, list[list[int]]] = {}
    for device, seq in conn.execute("SELECT DISTINCT device_id, seq FROM sync_imports ORDER BY device_id, seq"):
        spans = ranges.setdefault(device, [])
        if spans and spans[-1][1] + 1 == seq:
            spans[-1][1] = seq
        else:
            spans.append([seq, seq])
    return ranges


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or "laptop"


def _final_path(out_dir: Path, stem: str, suffix: str) -> Path:
    candidate, n = out_dir / f"{stem}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = out_dir / f"{stem}-{n}{suffix}"
    return candidate


def export_bundle(conn: sqlite3.Connection, out_dir, *, full: bool = False, recipients: list[str] | None = None,
                  encrypt: bool = True, progress=None) -> ExportResult:
    """Write one bundle into out_dir and remember it. recipients None: this laptop's default recipients
    (if any); encrypt=False writes a plain (signed, unencrypted) bundle. Never overwrites a file."""
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput("{folder} is a file; --out takes a folder", folder=out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new folder: this user's only (bundles are 0600)
    except OSError as exc:
        raise InvalidInput("cannot create the folder {folder} ({reason})", folder=out_dir,
                           reason=exc.strerror) from None
    chosen = (parse_recipients(recipients) if recipients else default_recipients(conn)) if encrypt else []
    me, name = device_id(conn), device_name(conn) or "laptop"
    public_key = signing_public_key(conn)
    previous = last_export(conn)
    since = json.loads(previous["high_water"]) if previous is not None and not full else {"rev": -1, "rowids": {}}
    seq = (previous["seq"] if previous is not None else 0) + 1
    bundle_id = new_id()
    today = dt.date.today().strftime("%Y%m%d")
    stem = f"outreach-{_slug(name)}-{me[:8]}-{today}-{seq:05d}"
    partial = out_dir / f".{stem}.{bundle_id[:8]}.partial"
    sealed = out_dir / f".{stem}.{bundle_id[:8]}.age.partial"
    counts: dict[str, int] = {}
    remove_leftovers(out_dir, ".outreach-*.partial")  # left by an export that was killed
    locks = contextlib.ExitStack()  # held until the bundle has its name: never taken for a leftover
    try:
        locks.enter_context(writing(partial))
        locks.enter_context(writing(sealed))
        conn.execute("BEGIN")  # one read snapshot for the high-water marks and the rows
        try:
            rev_high, hlc_now = conn.execute("SELECT rev, hlc FROM clock WHERE id = 1").fetchone()
            rowids = {t.name: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {t.name}").fetchone()[0]
                      for t in SYNCED_TABLES if t.kind == "fact"}
            selections = _selections(since, rev_high, rowids, _own_only(conn))
            refuse_plain_contacts(conn, selections, encrypted=bool(chosen))
            total = sum(conn.execute(f"SELECT count(*) {where}", args).fetchone()[0] for where, args in selections.values())
            done = [0]

            def rows_of(table):
                where, args = selections[table.name]
                hidden = () if chosen else contact_columns(table.name)  # contacts (personal data) travel only encrypted
                columns = [("NULL" if c in hidden else c) for c in table.columns]
                for row in conn.execute(f"SELECT {', '.join(columns)} {where}", args):
                    done[0] += 1
                    if progress and done[0] % 20000 == 0:
                        progress(done[0], total, "writing")
                    yield row

            manifest = {
                "format": bundle.FORMAT_NAME, "format_version": bundle.FORMAT_VERSION, "bundle_id": bundle_id,
                "device_id": me, "device_name": name, "sequence": seq,
                "previous_sha256": previous["sha256"] if previous is not None else None,
                "created_at": utc_now(), "created_hlc": hlc_now, "app_version": __version__,
                "schema_version": schema_version(), "full": full or previous is None,
                "since_sequence": None if full or previous is None else previous["seq"],
                "signing_key": public_key, "receipts": held_ranges(conn),
                "office_recipients": office_recipients(conn) if roles.is_office(conn) else [],
                "role": roles.role(conn),
            }
            parts = ((t.name, t.kind, t.columns, rows_of(t)) for t in SYNCED_TABLES)
            written = bundle.write_bundle(partial, manifest, parts, lambda body: sign(conn, body)[1])
        finally:
            conn.execute("COMMIT")
        counts = {table: spec["records"] for table, spec in written["tables"].items()}
        sha = bundle.file_sha256(partial)
        if chosen:
            if progress:
                progress(total, total, "encrypting")
            import pyrage
            from pyrage import x25519

            pyrage.encrypt_file(str(partial), str(sealed), [x25519.Recipient.from_str(r) for r in chosen])
            partial.unlink()
            source, suffix = sealed, ".outreach.zip.age"
        else:
            source, suffix = partial, ".outreach.zip"
        _fsync(source)
        final = _link_new(source, out_dir, stem, suffix)
        high_water = json.dumps({"rev": rev_high, "rowids": rowids}, sort_keys=True)
        try:
            with transaction(conn):
                latest = conn.execute("SELECT coalesce(max(seq), 0) FROM sync_exports").fetchone()[0]
                if latest != seq - 1:  # another window or command exported meanwhile and took this number
                    raise OutreachError("another export (bundle #{latest}) finished while this one was being"
                                        " written; this one was not kept: export again", latest=latest)
                conn.execute(
                    "INSERT INTO sync_exports (seq, bundle_id, file_name, sha256, created_at, full, encrypted,"
                    " records, high_water) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, bundle_id, str(final), sha, written["created_at"], int(manifest["full"]),
                     int(bool(chosen)), sum(counts.values()), high_water))
        except BaseException:
            # a bundle the laptop does not remember would share its number with the next export
            final.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InvalidInput("cannot write the bundle into {folder} ({reason})", folder=out_dir,
                           reason=exc.strerror or str(exc)) from None
    finally:
        for leftover in (partial, sealed):
            leftover.unlink(missing_ok=True)
        locks.close()
    return ExportResult(final, seq, bundle_id, manifest["full"], bool(chosen), tuple(chosen), counts)


def export_preview(conn: sqlite3.Connection, full: bool = False) -> dict:
    """What the next export would carry: {"sequence", "full", "counts": {table: n}, "records"}."""
    previous = last_export(conn)
    since = json.loads(previous["high_water"]) if previous is not None and not full else {"rev": -1, "rowids": {}}
    rev_high = conn.execute("SELECT rev FROM clock WHERE id = 1").fetchone()[0]
    rowids = {t.name: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {t.name}").fetchone()[0]
              for t in SYNCED_TABLES if t.kind == "fact"}
    counts = {name: conn.execute(f"SELECT count(*) {where}", args).fetchone()[0]
              for name, (where, args) in _selections(since, rev_high, rowids, _own_only(conn)).items()}
    return {"sequence": (previous["seq"] if previous else 0) + 1, "full": full or previous is None,
            "counts": counts, "records": sum(counts.values())}


def _own_only(conn: sqlite3.Connection) -> str | None:
    """A laptop exports only the records it wrote (the office relays everyone's; what a laptop relayed
    would be ignored there anyway): its device id; None on the office."""
    return None if roles.is_office(conn) else device_id(conn)


def _selections(since: dict, rev_high: int, rowids: dict, own: str | None = None) -> dict[str, tuple[str, tuple]]:
    """FROM/WHERE clause and arguments per table: facts by rowid, editable records by local rev; with
    `own`, only the records that device wrote. Seeded catalogue rows (no device) never travel."""
    chosen = {}
    mine, extra = (" AND device_id = ?", (own,)) if own else ("", ())
    for table in SYNCED_TABLES:
        if table.kind == "fact":
            start = since["rowids"].get(table.name, 0)
            chosen[table.name] = (f"FROM {table.name} WHERE rowid > ? AND rowid <= ?{mine} ORDER BY rowid",
                                  (start, rowids[table.name]) + extra)
        else:
            chosen[table.name] = (f"FROM {table.name} WHERE rev > ? AND rev <= ? AND device_id != ''{mine}"
                                  " ORDER BY id", (since["rev"], rev_high) + extra)
    return chosen


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _link_new(source: Path, out_dir: Path, stem: str, suffix: str) -> Path:
    """Give the finished file its name without ever replacing an existing file (link fails if taken)."""
    for _ in range(1000):
        final = _final_path(out_dir, stem, suffix)
        try:
            os.link(source, final)
        except FileExistsError:
            continue
        except OSError:  # file systems without hard links (some USB sticks): exclusive create + copy
            try:
                with open(final, "xb") as target, open(source, "rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        target.write(block)
                    target.flush()
                    os.fsync(target.fileno())
            except FileExistsError:
                continue
        source.unlink()
        return final
    raise InvalidInput("cannot find a free file name for the bundle in {folder}", folder=out_dir)
