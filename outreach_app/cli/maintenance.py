"""demo, check and backup commands."""

from __future__ import annotations

import sys


def register(commands) -> None:
    p = commands.add_parser("demo", help="realistic made-up data for training and measurement")
    p.add_argument("--events", type=int, default=14)
    p.add_argument("--entries", type=int, default=600)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--activities", action="store_true",
                   help="also made-up consultations, trainings, a survey, a project page and a safety-plan draft")
    p.set_defaults(handler=run_demo)

    p = commands.add_parser("check", help="integrity check; exit non-zero if the database is damaged")
    p.set_defaults(handler=run_check, read_only=True)

    p = commands.add_parser("backup", help="consistent copy while the app may be running")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=run_backup, read_only=True)


def run_demo(args) -> int:
    from outreach_app.core.records.demo import make_demo_data

    made = make_demo_data(args.conn, args.events, args.entries, args.seed)
    print(f"made {made['events']} events and {made['entries']:,} entries ({made['voided']} voided) "
          f"from {made['from']} to {made['to']}")
    if args.activities:
        from outreach_app.core.records.demo_activities import make_demo_activities

        more = make_demo_activities(args.conn, args.seed)
        print(f"and {more['consultations']} consultations, {more['trainings']} trainings, {more['surveys']} survey,"
              f" {more['organisations']} organisations, a project page and a safety-plan draft")
    return 0


def run_check(args) -> int:
    from outreach_app.core.store.upkeep import check_integrity

    problems = check_integrity(args.conn)
    if problems:
        print(f"outreach-app: {args.conn.db_path} is damaged: {problems[0]}"
              + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""), file=sys.stderr)
        return 1
    print(f"{args.conn.db_path}: ok")
    return 0


def run_backup(args) -> int:
    from outreach_app.core.store.upkeep import backup_to

    print(backup_to(args.conn, args.out, overwrite=args.overwrite))
    return 0
