"""Automatic backups from the command line: list them, make one, configure them, restore one."""

from __future__ import annotations

from pathlib import Path

from outreach_app.cli.output import table, to_json
from outreach_app.core.errors import InvalidInput


def register(commands) -> None:
    backups = commands.add_parser("backups", help="the automatic backups beside the database").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = backups.add_parser("list", help="every automatic backup with what it holds, newest first")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_backups_list, needs_db=False)
    p = backups.add_parser("now", help="make an automatic backup now (kept with the others)")
    p.set_defaults(handler=run_backups_now)
    p = backups.add_parser("settings", help="show or change the backup folder and how many are kept")
    p.add_argument("--folder", help="folder for automatic backups (relative to the database's folder)")
    p.add_argument("--keep", help="how many backups to keep (at least 1)")
    p.set_defaults(handler=run_backups_settings)

    p = commands.add_parser("restore", help="replace the database with a backup (the current file is kept)")
    p.add_argument("--from", dest="source", required=True, metavar="BACKUP",
                   help="a backup file, its name in the backup folder, or 'newest'")
    p.add_argument("--yes", action="store_true", help="confirm replacing the database")
    p.set_defaults(handler=run_restore, needs_db=False)


def _db_path(args) -> Path:
    from outreach_app.core.store.connection import default_db_path

    return Path(args.db).expanduser() if args.db else default_db_path()


def run_backups_list(args) -> int:
    from outreach_app.core.store.backups import folder_for_database, list_backups

    found = list_backups(folder_for_database(_db_path(args)))
    if args.format == "json":
        print(to_json([info.as_dict() for info in found]), end="")
        return 0
    rows = [[info.made_at, info.reason, info.events, info.entries,
             f"{info.first_date or ''} … {info.last_date or ''}" if info.first_date else "", info.device,
             info.problem or "ok", Path(info.path).name] for info in found]
    print(table(rows, ["made (UTC)", "reason", "events", "entries", "dates", "device", "state", "file"]), end="")
    return 0


def run_backups_now(args) -> int:
    from outreach_app.core.store.backups import make_backup

    print(make_backup(args.conn, "manual"))
    return 0


def run_backups_settings(args) -> int:
    from outreach_app.core.store.backups import backup_folder, backups_kept, configure_backups

    configure_backups(args.conn, args.folder, args.keep)
    print(f"folder {backup_folder(args.conn)}; keeping the newest {backups_kept(args.conn)}")
    return 0


def run_restore(args) -> int:
    from outreach_app.core.store.backups import find_backup, folder_for_database, read_backup, restore_backup

    target = _db_path(args)
    folder = folder_for_database(target)
    source = find_backup(folder, args.source)
    info = read_backup(source)
    if not info.good:
        raise InvalidInput(f"cannot restore from {source}: {info.problem}")
    if not args.yes:
        raise InvalidInput(f"restoring replaces {target} with {source} ({info.events} events, {info.entries} entries);"
                           " add --yes to confirm")
    kept = restore_backup(source, target, folder=folder)
    note = f"; the previous file is kept as {kept}" if kept else ""
    print(f"restored {target} from {source} ({info.events} events, {info.entries} entries){note}")
    return 0
