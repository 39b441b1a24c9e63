"""Import: verify a bundle whole, then merge it in one transaction (or, for a dry run, only say what
would change). Each file stands alone: a refused file never stops the others."""

from __future__ import annotations

import enum
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..clock import utc_now
from outreach_app.core.store.connection import device_id, get_setting, set_setting
from outreach_app.core.store.synced_tables import SYNCED_TABLES
from outreach_app.core.store.kept_totals import refresh_tally_totals
from outreach_app.core.errors import OutreachError
from outreach_app.core.privacy import purge
from . import authorship, merge, trust
from outreach_app.core.changes import Change, changes_of_tables
from .bundle import BundleRefused, VerifiedBundle, read_bundle
from .export import DEFAULT_RECIPIENTS, DEFAULT_RECIPIENTS_FROM
from .ledger import check_sequence_jump, device_warnings
from .trust import UnknownDevice, UnknownSigningKey  # noqa: F401 (the window catches these)

KNOWN_TABLES = {t.name: (t.kind, list(t.columns), t.older_columns()) for t in SYNCED_TABLES}


class ImportOutcome(enum.Enum):
    """What importing (or previewing) one file did, for the headline the window and the CLI show."""
    REFUSED = "refused"  # not a sound bundle, or not trusted: the database is untouched
    OWN_BUNDLE = "own-bundle"  # this installation's own export: nothing to import
    ALREADY_IMPORTED = "already-imported"  # imported before, and changes nothing now
    NOTHING_NEW = "nothing-new"  # a bundle not seen before whose records are all here already
    IMPORTED = "imported"  # added or updated records (or would, in a preview)


@dataclass
class FileResult:
    """The outcome for one file: refused (with the reason) or merged / previewed (with counts)."""
    path: Path
    refusal: BundleRefused | None = None  # why the file was refused (its str() is the reason)
    device_id: str | None = None
    device_name: str | None = None
    sequence: int | None = None
    created_at: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    counts: dict = field(default_factory=dict)  # table -> {"new", "updated", "unchanged"}
    warnings: list[str] = field(default_factory=list)
    already_imported: bool = False
    own_bundle: bool = False
    dry_run: bool = False
    adopted_recipients: list[str] = field(default_factory=list)

    @property
    def refused(self) -> str | None:
        """The reason the file was refused, in the command line's English; None when it was not."""
        return None if self.refusal is None else str(self.refusal)

    @property
    def ok(self) -> bool:
        return self.refused is None

    @property
    def outcome(self) -> ImportOutcome:
        if self.refusal is not None:
            return ImportOutcome.REFUSED
        if self.own_bundle:
            return ImportOutcome.OWN_BUNDLE
        if any(c["new"] or c["updated"] for c in self.counts.values()):
            return ImportOutcome.IMPORTED
        return ImportOutcome.ALREADY_IMPORTED if self.already_imported else ImportOutcome.NOTHING_NEW

    def changed_counts(self) -> dict[str, int]:
        """Records added or updated, for the headline: {"events", "entries" (tally entries), "other"}."""
        events = sum(self.counts.get("events", {}).get(k, 0) for k in ("new", "updated"))
        entries = self.counts.get("tally_entries", {}).get("new", 0)
        everything = sum(c["new"] + c["updated"] for c in self.counts.values())
        return {"events": events, "entries": entries, "other": everything - events - entries}

    def totals(self) -> dict[str, int]:
        return {k: sum(c[k] for c in self.counts.values()) for k in ("new", "updated", "unchanged")}

    @property
    def changes(self) -> Change:
        """What merging this file changed (nothing for a refusal or a dry run; the ledger otherwise)."""
        if self.refusal is not None or self.dry_run:
            return Change(0)
        return changes_of_tables(t for t, c in self.counts.items() if c["new"] or c["updated"])

    def line(self) -> str:
        """One line for the command line and the Import screen."""
        if self.refused:
            return f"refused {self.refused}"
        who = f"bundle #{self.sequence} from {self.device_name} ({self.device_id[:8]})"
        if self.outcome is ImportOutcome.OWN_BUNDLE:
            return f"{self.path}: {who} is this installation's own bundle; nothing to import"
        span = f"{self.date_from} to {self.date_to}" if self.date_from else "no dated records"
        changed = [f"{t} {c['new']} new" + (f" {c['updated']} updated" if c["updated"] else "")
                   for t, c in self.counts.items() if c["new"] or c["updated"]]
        totals = self.totals()
        verb = "would add" if self.dry_run else "added"
        body = (f"{verb} {'; '.join(changed)}" if changed else ("would change nothing" if self.dry_run else "nothing new"))
        again = " (already imported)" if self.outcome is ImportOutcome.ALREADY_IMPORTED else ""
        return f"{self.path}: {who}, {span}: {body}; {totals['unchanged']} unchanged{again}"

    def as_dict(self) -> dict:
        return {"file": str(self.path), "outcome": self.outcome.value, "refused": self.refused, "device_id": self.device_id,
                "device_name": self.device_name, "sequence": self.sequence, "created_at": self.created_at,
                "from": self.date_from, "to": self.date_to, "counts": self.counts, "totals": self.totals(),
                "warnings": self.warnings, "already_imported": self.already_imported, "dry_run": self.dry_run}


def import_files(conn: sqlite3.Connection, paths, *, identities=None, dry_run: bool = False,
                 accept_new_key: bool = False, accept_keys=(), progress=None,
                 max_expanded_mb: int | None = None) -> list[FileResult]:
    """Import each file on its own; refused files are reported, never raised. A file that fails for
    another reason (the database locked by another program past the busy timeout, the disk full) is
    reported as refused too, naming that file, and the next files are still tried."""
    results = []
    paths = [Path(p) for p in paths]
    for number, path in enumerate(paths):
        if progress:
            progress(number, len(paths), str(path))
        try:
            results.append(import_file(conn, path, identities=identities, dry_run=dry_run,
                                       accept_new_key=accept_new_key, accept_keys=accept_keys,
                                       max_expanded_mb=max_expanded_mb))
        except BundleRefused as exc:
            results.append(FileResult(path, refusal=exc))
        except (OutreachError, sqlite3.Error) as exc:
            results.append(FileResult(path, refusal=_not_imported(path, exc, conn)))
        finally:
            if not conn.in_transaction:
                merge.restore_settings(conn)
    if progress:
        progress(len(paths), len(paths), "")
    return results


def _not_imported(path: Path, exc: Exception, conn: sqlite3.Connection) -> BundleRefused:
    """A file that failed for a reason outside it (locked or full database): one line naming the file."""
    if isinstance(exc, sqlite3.Error):
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error

        exc = describe_sqlite_error(exc, getattr(conn, "db_path", "the database"))
    return BundleRefused("was not imported ({reason}); nothing of it was kept: import it again", where=path,
                         reason=str(exc))


def import_file(conn: sqlite3.Connection, path, *, identities=None, dry_run: bool = False,
                accept_new_key: bool = False, accept_keys=(), max_expanded_mb: int | None = None) -> FileResult:
    """Verify then merge one bundle; raises BundleRefused (database untouched) if it is not sound.
    A device's new signing key is accepted when its fingerprint is in accept_keys (checked with the
    laptop's user), or any new key with accept_new_key."""
    bundle = read_bundle(path, identities, KNOWN_TABLES, max_expanded_bytes=expanded_limit(max_expanded_mb))
    manifest = bundle.manifest
    result = FileResult(bundle.path, device_id=bundle.device_id, device_name=manifest["device_name"],
                        sequence=bundle.sequence, created_at=manifest["created_at"], dry_run=dry_run)
    if bundle.device_id == device_id(conn):
        result.own_bundle = True
        return result
    earlier = conn.execute("SELECT sha256 FROM sync_imports WHERE bundle_id = ?", (manifest["bundle_id"],)).fetchone()
    if earlier and earlier[0] != bundle.sha256:
        raise BundleRefused("a different file with the same bundle id was imported before (tampered)",
                            where=bundle.path)
    result.already_imported = earlier is not None
    check_sequence_jump(conn, bundle)
    sender = trust.check_sender(conn, bundle, accept_keys, accept_new_key, result.already_imported)
    # One write transaction; a dry run merges the same way and rolls back, so the database file is never
    # written (in WAL mode uncommitted pages only ever reach the -wal file, which a rollback discards).
    merge.use_import_settings(conn)  # staging on a temporary file, a bounded cache: memory flat in the size
    conn.execute("BEGIN IMMEDIATE")
    try:
        merge.stage(conn, bundle)
        ignored = authorship.check_staged(conn, bundle, sender)
        result.date_from, result.date_to = merge.date_range(conn, bundle)
        authorship.remember_authors(conn)
        result.counts = merge.apply(conn, bundle)
        authorship.refuse_conflicts(conn, bundle)
        purged = purge.apply_purges(conn, sender.device_id if sender.is_office else None)  # purged records never come back, whichever arrives first
        if dry_run:
            result.warnings = device_warnings(conn, bundle.device_id, extra=_as_import(bundle))
        else:
            _record(conn, bundle, sender)
            refresh_tally_totals(conn)  # the first report after an import stays instant
            result.adopted_recipients = _adopt_recipients(conn, bundle, sender)
            result.warnings = device_warnings(conn, bundle.device_id)
        notice = authorship.ignored_notice(ignored, manifest["device_name"])
        result.warnings += [notice] if notice else []
        merge.drop_stage(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("ROLLBACK" if dry_run else "COMMIT")
    if not dry_run:
        purge.purge_backups_after_import(conn, purged)
    return result


def expanded_limit(max_expanded_mb: int | None) -> int | None:
    """Bytes a bundle may expand to, from the office's --max-expanded-mb (None: the default bound)."""
    if max_expanded_mb is None:
        return None
    from .. import bounds
    from ..validate import parse_count

    return parse_count(max_expanded_mb, "--max-expanded-mb", minimum=1, maximum=bounds.MAX_EXPANDED_MB) * 1024 ** 2


def _as_import(bundle: VerifiedBundle) -> dict:
    m = bundle.manifest
    return {"bundle_id": m["bundle_id"], "seq": m["sequence"], "sha256": bundle.sha256,
            "previous_sha256": m["previous_sha256"], "full": int(bool(m.get("full")))}


def _record(conn: sqlite3.Connection, bundle: VerifiedBundle, sender: trust.Sender) -> None:
    m, now = bundle.manifest, utc_now()
    later = conn.execute("SELECT 1 FROM sync_imports WHERE device_id = ? AND seq > ? LIMIT 1",
                         (bundle.device_id, bundle.sequence)).fetchone()
    conn.execute(
        "INSERT INTO sync_imports (bundle_id, device_id, device_name, seq, sha256, previous_sha256, created_at,"
        " imported_at, file_name, records, signing_key, full, out_of_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (bundle_id) DO UPDATE SET imported_at = excluded.imported_at",
        (m["bundle_id"], bundle.device_id, m["device_name"], bundle.sequence, bundle.sha256, m["previous_sha256"],
         m["created_at"], now, str(bundle.path), sum(len(p.rows) for p in bundle.parts.values()),
         m["signing_key"], int(bool(m.get("full"))), int(later is not None)))
    trust.enrol(conn, bundle, sender)
    if not trust.counts_receipts(conn, sender):
        return
    conn.executemany(
        "INSERT OR IGNORE INTO sync_receipts (holder_device_id, device_id, first_seq, last_seq) VALUES (?, ?, ?, ?)",
        [(bundle.device_id, device, first, last) for device, spans in m["receipts"].items() for first, last in spans])


def _adopt_recipients(conn: sqlite3.Connection, bundle: VerifiedBundle, sender: trust.Sender) -> list[str]:
    """A bundle of this laptop's own office announcing its recipients makes them this laptop's default
    (its latest announcement by (hlc, device id) wins, so the order of imports does not matter)."""
    offered = bundle.manifest["office_recipients"]
    if not offered or not trust.may_set_recipients(conn, sender):
        return []
    stamp = [bundle.manifest["created_hlc"], bundle.device_id]
    current = json.loads(get_setting(conn, DEFAULT_RECIPIENTS_FROM) or "null")
    if current is not None and current >= stamp:
        return []
    set_setting(conn, DEFAULT_RECIPIENTS, json.dumps(offered))
    set_setting(conn, DEFAULT_RECIPIENTS_FROM, json.dumps(stamp))
    return offered
