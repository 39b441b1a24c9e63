"""What the database knows about bundles: per device gaps, order and chain; receipts from the office."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from outreach_app.core import bounds
from outreach_app.core.store.connection import device_id
from ..errors import Notice
from .bundle import BundleRefused

MAX_MISSING_LISTED = 1000  # `missing` lists at most this many numbers; `missing_ranges` holds them all
MAX_RANGES_IN_WARNING = 10

_IMPORT_COLUMNS = ("bundle_id", "seq", "sha256", "previous_sha256", "full", "out_of_order", "imported_at",
                   "created_at", "device_name")


def _imports(conn: sqlite3.Connection, device: str) -> list[dict]:
    rows = conn.execute(f"SELECT {', '.join(_IMPORT_COLUMNS)} FROM sync_imports WHERE device_id = ?"
                        " ORDER BY seq, bundle_id", (device,))
    return [dict(zip(_IMPORT_COLUMNS, row)) for row in rows]


def analyse(bundles: list[dict]) -> dict:
    """Gaps, duplicates and chain breaks among one device's bundles (each: seq, sha256, previous_sha256, full)."""
    by_seq: dict[int, list[dict]] = defaultdict(list)
    for b in bundles:
        if b["bundle_id"] not in {x["bundle_id"] for x in by_seq[b["seq"]]}:
            by_seq[b["seq"]].append(b)
    last = max(by_seq, default=None)
    covered = max((s for s, group in by_seq.items() if any(b["full"] for b in group)), default=0)
    missing_ranges = missing_spans(covered, sorted(s for s in by_seq if s > covered))
    missing = []
    for first, end in missing_ranges:  # a bounded list, never the whole of a huge gap
        missing.extend(range(first, min(end, first + MAX_MISSING_LISTED - len(missing) - 1) + 1))
        if len(missing) >= MAX_MISSING_LISTED:
            break
    duplicates = sorted(s for s, group in by_seq.items() if len(group) > 1)
    chain = []
    for seq, group in sorted(by_seq.items()):
        before = by_seq.get(seq - 1)
        if before and not any(b["previous_sha256"] == p["sha256"] for b in group for p in before):
            chain.append(seq)
    return {"last_seq": last, "received": sorted(by_seq), "missing": missing, "missing_ranges": missing_ranges,
            "missing_count": sum(end - first + 1 for first, end in missing_ranges), "duplicates": duplicates,
            "chain_mismatch": chain, "covered_by_full": covered}


def missing_spans(covered: int, received_above: list[int]) -> list[list[int]]:
    """[[first, last], …] of the numbers after `covered` not among the sorted `received_above` (which
    must all be above covered): as ranges, so a jump to #1,000,000,000 costs one pair, not a list."""
    spans, previous = [], covered
    for seq in received_above:
        if seq > previous + 1:
            spans.append([previous + 1, seq - 1])
        previous = max(previous, seq)
    return spans


def format_spans(spans: list[list[int]]) -> str:
    """#2, #3, #5–#9, … (short gaps number by number, longer ones as ranges; at most
    MAX_RANGES_IN_WARNING ranges, then an ellipsis). No words: the text goes into translated messages."""
    shown = []
    for a, b in spans[:MAX_RANGES_IN_WARNING]:
        shown.extend([f"#{n}" for n in range(a, b + 1)] if b - a < 3 else [f"#{a}–#{b}"])
    if len(spans) > MAX_RANGES_IN_WARNING:
        shown.append("…")
    return ", ".join(shown)


def check_sequence_jump(conn: sqlite3.Connection, bundle) -> None:
    """Refuse a bundle whose number is more than bounds.MAX_SEQUENCE_JUMP above the highest one this
    database holds from its device (a healthy laptop counts up by one per export)."""
    highest = conn.execute("SELECT coalesce(max(seq), 0) FROM sync_imports WHERE device_id = ?",
                           (bundle.device_id,)).fetchone()[0]
    if bundle.sequence > highest + bounds.MAX_SEQUENCE_JUMP:
        m = bundle.manifest
        raise BundleRefused("is bundle #{seq:,} of device '{device}' ({device_id}), which jumps more than {jump:,} "
                            "numbers past the last one received (#{highest:,}): refused. That laptop's records are "
                            "damaged or the file is forged; ask its user", where=bundle.path, seq=bundle.sequence,
                            device=m["device_name"], device_id=bundle.device_id[:8], jump=bounds.MAX_SEQUENCE_JUMP,
                            highest=highest)


def device_warnings(conn: sqlite3.Connection, device: str, extra: dict | None = None) -> list[str]:
    """Warnings about one device's bundles, each saying what to do; extra: a bundle about to be imported."""
    bundles = _imports(conn, device) + ([extra] if extra else [])
    name = _device_label(conn, device)
    found = analyse(bundles)
    warnings = []
    if found["missing_ranges"]:
        numbers = format_spans(found["missing_ranges"])
        warnings.append(Notice("bundle {numbers} not received (have up to #{last}); find those files or ask that "
                               "laptop for a full export (export --full)", where=name, numbers=numbers,
                               last=found["last_seq"]))
    for seq in found["chain_mismatch"]:
        warnings.append(Notice("bundle #{seq} does not follow #{previous} (chain mismatch): the laptop was restored "
                               "from a backup or re-initialised, or a file is forged; ask its user, compare its "
                               "signing key, and have it export --full", where=name, seq=seq, previous=seq - 1))
    for seq in found["duplicates"]:
        warnings.append(Notice("two different bundles numbered #{seq} (the laptop was probably restored from a "
                               "backup); both were merged, nothing is lost; have it export --full", where=name, seq=seq))
    return warnings


def _device_label(conn: sqlite3.Connection, device: str) -> str:
    row = conn.execute("SELECT name FROM devices WHERE id = ?", (device,)).fetchone()
    if not row:
        row = conn.execute("SELECT device_name FROM sync_imports WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                           (device,)).fetchone()
    return f"{row[0] if row else 'device'} ({device[:8]})"


def device_status(conn: sqlite3.Connection) -> list[dict]:
    """Every known device with what this database received from it (the `devices` command and screen)."""
    me = device_id(conn)
    names = dict(conn.execute("SELECT id, name FROM devices"))
    ids = set(names) | {row[0] for row in conn.execute("SELECT DISTINCT device_id FROM sync_imports")}
    listing = []
    for device in ids:
        bundles = _imports(conn, device)
        found = analyse(bundles)
        latest = max(bundles, key=lambda b: b["seq"], default=None)
        keys = conn.execute("SELECT count(*) FROM sync_device_keys WHERE device_id = ?", (device,)).fetchone()[0]
        listing.append({
            "device_id": device,
            "name": names.get(device) or (latest["device_name"] if latest else device[:8]),
            "this_device": device == me,
            "bundles_received": len(found["received"]),
            "last_seq": found["last_seq"],
            "missing": found["missing"],
            "missing_ranges": found["missing_ranges"],
            "missing_count": found["missing_count"],
            "out_of_order": sorted({b["seq"] for b in bundles if b["out_of_order"]}),
            "chain_mismatch": found["chain_mismatch"],
            "duplicates": found["duplicates"],
            "last_import": max((b["imported_at"] for b in bundles), default=None),
            "last_bundle_created": latest["created_at"] if latest else None,
            "signing_keys": keys,
            "warnings": device_warnings(conn, device) if bundles else [],
        })
    listing.sort(key=lambda d: (not d["this_device"], d["name"].casefold(), d["device_id"]))
    return listing


def export_confirmations(conn: sqlite3.Connection) -> dict:
    """Which of this installation's exports another installation (the office) says it holds.

    confirmed_up_to: the highest N such that the office holds every bundle up to N (a full export it holds
    covers all earlier numbers); unconfirmed: numbers of exports not known to have arrived — do not wipe
    the laptop while this is not empty."""
    me = device_id(conn)
    exports = [dict(zip(("seq", "file_name", "created_at", "full", "records"), row)) for row in conn.execute(
        "SELECT seq, file_name, created_at, full, records FROM sync_exports ORDER BY seq")]
    holders, top = defaultdict(set), max((e["seq"] for e in exports), default=0)
    from .trust import receipt_holders

    trusted = receipt_holders(conn)
    for holder, first, last in conn.execute(
            "SELECT holder_device_id, first_seq, last_seq FROM sync_receipts WHERE device_id = ?", (me,)):
        if trusted is None or holder in trusted:
            holders[holder].update(range(first, min(last, top) + 1))
    full_seqs = {e["seq"] for e in exports if e["full"]}
    best, best_holder, best_held = 0, None, set()
    for holder, held in holders.items():
        covered = max((s for s in held if s in full_seqs), default=0)
        upto = covered
        while upto + 1 in held:
            upto += 1
        if upto > best or (upto == best and best_holder is not None and holder < best_holder):
            best, best_holder, best_held = upto, holder, held
    for e in exports:
        e["confirmed"] = e["seq"] <= best or e["seq"] in best_held
    holder_name = None
    if best_holder:
        row = conn.execute("SELECT name FROM devices WHERE id = ?", (best_holder,)).fetchone()
        holder_name = row[0] if row else best_holder[:8]
    return {"confirmed_up_to": best, "holder": holder_name, "holder_device_id": best_holder,
            "last_export": exports[-1]["seq"] if exports else 0,
            "unconfirmed": [e["seq"] for e in exports if not e["confirmed"]], "exports": exports}
