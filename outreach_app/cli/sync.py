"""export, import, keygen, devices (and signing-key) commands: sync by exported files."""

from __future__ import annotations

import sys

from outreach_app.cli.output import table, to_json
from outreach_app.core.bounds import escape_controls


def register(commands) -> None:
    p = commands.add_parser("export", help="write one bundle file into DIR; prints its path last")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--full", action="store_true", help="everything, not only what changed since the last export")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE_RECIPIENT_OR_FILE",
                   help="encrypt to this age recipient (age1…, or a file of recipients/identities); repeatable")
    p.add_argument("--no-encrypt", action="store_true", help="do not encrypt, even to the default office recipient")
    p.add_argument("--office-recipient", action="append", default=[], metavar="AGE_RECIPIENT_OR_FILE",
                   help="(office) announce this recipient in this and later bundles; laptops adopt it as default")
    p.set_defaults(handler=run_export)

    p = commands.add_parser("import", help="merge bundle files, each in its own transaction")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--identity", metavar="AGE_IDENTITY_FILE", help="age identity file to open encrypted bundles")
    p.add_argument("--dry-run", action="store_true", help="verify and say what would change; write nothing")
    p.add_argument("--accept-key", action="append", default=[], metavar="FINGERPRINT",
                   help="accept this signing key: a device's first bundle (enrolment), or a re-installed or "
                        "re-keyed device, after comparing it with that device's `signing-key`; repeatable")
    p.add_argument("--accept-new-key", action="store_true",
                   help="accept every new key of devices already accepted, in these files (never a first "
                        "contact; prefer --accept-key)")
    p.add_argument("--max-expanded-mb", type=int, default=None, metavar="MB",
                   help="refuse a bundle whose records expand to more than MB megabytes (default 512); raise it "
                        "only for a genuine, very large bundle")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_import)

    p = commands.add_parser("keygen", help="write an age identity file; prints its public recipient last")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=run_keygen, needs_db=False)

    p = commands.add_parser("devices", help="devices whose bundles arrived: last number, missing numbers, warnings")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_devices)

    p = commands.add_parser("signing-key", help="this installation's bundle signing key (fingerprint to compare)")
    p.add_argument("--rotate", action="store_true", help="make a new key (the office must accept it once)")
    p.set_defaults(handler=run_signing_key)


def run_export(args) -> int:
    from outreach_app.core.sync.export import announce_office_recipients, export_bundle

    if args.office_recipient:
        announce_office_recipients(args.conn, args.office_recipient)
    result = export_bundle(args.conn, args.out, full=args.full, recipients=args.recipient or None,
                           encrypt=not args.no_encrypt)
    kind = "full" if result.full else "changes"
    sealed = f"encrypted to {len(result.recipients)} recipient(s)" if result.encrypted else "not encrypted"
    print(f"bundle #{result.sequence} ({kind}): {result.records:,} records, {sealed}")
    print(result.path)
    return 0


def run_import(args) -> int:
    from outreach_app.core.sync.importer import expanded_limit, import_files
    from outreach_app.core.sync.keys import load_identities

    expanded_limit(args.max_expanded_mb)  # a bad value is refused once, before any file
    identities = load_identities(args.identity) if args.identity else None
    results = import_files(args.conn, args.files, identities=identities, dry_run=args.dry_run,
                           accept_new_key=args.accept_new_key, accept_keys=args.accept_key,
                           max_expanded_mb=args.max_expanded_mb)
    if args.format == "json":
        sys.stdout.write(to_json([r.as_dict() for r in results]))
    for result in results:
        if result.refused:
            print(f"outreach-app: {escape_controls(result.refused)}", file=sys.stderr)
        elif args.format == "text":
            print(escape_controls(result.line()))
    seen = set()
    for result in results:
        for warning in result.warnings:
            if warning not in seen:
                seen.add(warning)
                print(f"warning: {escape_controls(warning)}", file=sys.stderr)
        if result.adopted_recipients:
            print(f"note: exports from this laptop are now encrypted to the office recipient "
                  f"{', '.join(result.adopted_recipients)}", file=sys.stderr)
    refused = sum(1 for r in results if r.refused)
    if refused and len(results) > 1:
        print(f"outreach-app: {refused} of {len(results)} files refused; the others were "
              f"{'checked' if args.dry_run else 'imported'}", file=sys.stderr)
    return 1 if refused else 0


def run_keygen(args) -> int:
    from outreach_app.core.sync.keys import make_identity_file

    recipient = make_identity_file(args.out)
    print(f"wrote the age identity {args.out}: keep it secret, at the office only; give laptops the recipient below")
    print(recipient)
    return 0


def run_devices(args) -> int:
    from outreach_app.core.sync.ledger import device_status, format_spans

    listing = device_status(args.conn)
    if args.format == "json":
        sys.stdout.write(to_json(listing))
        return 0
    rows = [[d["name"] + (" (this one)" if d["this_device"] else ""), d["device_id"][:8], d["last_seq"] or "",
             format_spans(d["missing_ranges"]), d["last_import"] or ""] for d in listing]
    sys.stdout.write(table(rows, ["device", "id", "last bundle", "missing", "last import"]))
    for d in listing:
        for warning in d["warnings"]:
            print(f"warning: {escape_controls(warning)}")
    return 0


def run_signing_key(args) -> int:
    from outreach_app.core.sync.keys import fingerprint, rotate_signing_key, signing_public_key

    from outreach_app.core.sync.trust import enrolment

    key = rotate_signing_key(args.conn) if args.rotate else signing_public_key(args.conn)
    print(f"fingerprint {fingerprint(key)}")
    print(key)
    found = enrolment(args.conn)
    if found["role"] == "office":
        print("role office: laptops enrol by giving this fingerprint to their first import (--accept-key)")
    elif found["office_id"]:
        print(f"role laptop of the office {found['office_name']} ({found['office_id'][:8]}), "
              f"fingerprint {found['office_fingerprint'] or 'unknown'}")
    else:
        print("role laptop, no office yet: import the office's first bundle with --accept-key OFFICE_FINGERPRINT")
    return 0
