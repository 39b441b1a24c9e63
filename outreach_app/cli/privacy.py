"""Privacy on the command line: the one --allow-personal option every command that saves free text
shares (core/privacy/free_text.py), and `purge` (core/privacy/purge.py)."""

from __future__ import annotations

import sys

ALLOW_PERSONAL_HELP = ("save free text even though it looks like personal data (an email, a phone number, a unit, "
                       "a name after a title): only when it is not about a resident")


def add_allow_personal(parser) -> None:
    """Give a command that saves free text the --allow-personal option (args.allow_personal)."""
    parser.add_argument("--allow-personal", action="store_true", help=ALLOW_PERSONAL_HELP)


def refusal_hint(exc) -> str:
    """The command line's ending for a PersonalDataFound refusal: how to keep the text after all."""
    return f"{exc}: remove it, or add --allow-personal if it is not about a resident"


def register(commands) -> None:
    p = commands.add_parser("purge", help="erase an event (with its counts) or one entry, baseline or flyer drop for "
                                          "good, here, in the backups and, once synced, at the office")
    p.add_argument("record_id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="confirm: a purge cannot be undone")
    p.set_defaults(handler=run_purge)


def run_purge(args) -> int:
    from outreach_app.core.errors import InvalidInput
    from outreach_app.core.privacy import purge

    table, ident = purge.find_target(args.conn, args.record_id)
    if not args.yes:
        counts = ", ".join(f"{name} {n}" for name, n in purge.describe_target(args.conn, table, ident).items())
        raise InvalidInput("purging {id} erases for good: {counts}; add --yes to do it", id=ident, counts=counts)
    result = purge.purge(args.conn, ident)
    erased = ", ".join(f"{name} {n}" for name, n in result.erased.items())
    print(f"purged {ident}: {erased}; {len(result.backups_rewritten)} backup(s) rewritten")
    for path, reason in result.backups_failed:
        print(f"outreach-app: backup {path} could not be rewritten ({reason}); delete it by hand", file=sys.stderr)
    return 1 if result.backups_failed else 0
