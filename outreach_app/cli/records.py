"""init, event, plan, municipality, tally, void and baseline commands."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json
from outreach_app.core.records import events, catalogue as records, tally
from outreach_app.core.errors import InvalidInput


def register(commands) -> None:
    p = commands.add_parser("init", help="name this machine (idempotent)")
    p.add_argument("--device-name", required=True)
    p.add_argument("--home-municipality", help="the municipality this laptop usually works in")
    p.add_argument("--office", action="store_true",
                   help="make this installation the office: laptops enrol with it, it relays their records and "
                        "alone corrects another device's records")
    p.set_defaults(handler=run_init)

    event = commands.add_parser("event", help="add, list, edit or cancel events").add_subparsers(dest="action", required=True, metavar="ACTION")
    p = event.add_parser("add", help="add an event; prints its id")
    _event_fields(p, required=True)
    p.set_defaults(handler=run_event_add)
    p = event.add_parser("list", help="list events")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_event_list)
    p = event.add_parser("edit", help="change an event's details")
    p.add_argument("event_id", metavar="ID")
    _event_fields(p, required=False)
    p.set_defaults(handler=run_event_edit)
    p = event.add_parser("cancel", help="cancel an event (it then counts nowhere)")
    p.add_argument("event_id", metavar="ID")
    p.add_argument("--undo", action="store_true", help="reinstate a cancelled event")
    p.set_defaults(handler=run_event_cancel)

    plan = commands.add_parser("plan", help="the plan catalogue").add_subparsers(dest="action", required=True, metavar="ACTION")
    p = plan.add_parser("add", help="add a plan (idempotent by name)")
    p.add_argument("--name", required=True)
    p.add_argument("--area")
    p.add_argument("--language")
    p.add_argument("--short-name", help="what event-screen buttons show instead of a long name")
    p.set_defaults(handler=run_plan_add)
    p = plan.add_parser("list", help="list plans")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--all", action="store_true", help="include retired plans")
    p.set_defaults(handler=run_plan_list)
    p = plan.add_parser("rename", help="rename a plan; its history follows")
    p.add_argument("name")
    p.add_argument("--to", required=True, dest="new_name")
    p.set_defaults(handler=run_plan_rename)
    p = plan.add_parser("retire", help="retire a plan (no button; history kept)")
    p.add_argument("name")
    p.add_argument("--undo", action="store_true", help="bring a retired plan back")
    p.set_defaults(handler=run_plan_retire)

    town = commands.add_parser("municipality", help="the municipalities known to this database").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    p = town.add_parser("list", help="list municipalities and how many events use each")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--all", action="store_true", help="include retired municipalities")
    p.set_defaults(handler=run_municipality_list)
    p = town.add_parser("retire", help="retire a municipality no record uses (history kept)")
    p.add_argument("name")
    p.add_argument("--undo", action="store_true", help="bring a retired municipality back")
    p.set_defaults(handler=run_municipality_retire)

    p = commands.add_parser("tally", help="counts entered after the fact (e.g. from a paper sheet)")
    p.add_argument("--event", required=True, dest="event_id")
    p.add_argument("--attendees")
    p.add_argument("--plan", action="append", default=[], metavar="NAME=N")
    p.add_argument("--confident-yes")
    p.add_argument("--confident-no")
    p.add_argument("--confident-unsure")
    p.set_defaults(handler=run_tally)

    p = commands.add_parser("void", help="undo one entry (synced like any other change)")
    p.add_argument("entry_id", metavar="ENTRY_ID")
    p.add_argument("--reason")
    p.set_defaults(handler=run_void)

    p = commands.add_parser("baseline", help="plans handed out before the app was in use")
    p.add_argument("--date", required=True)
    p.add_argument("--plans", required=True)
    p.add_argument("--municipality")
    p.add_argument("--note")
    p.set_defaults(handler=run_baseline)


def _event_fields(p, required: bool) -> None:
    p.add_argument("--name", required=required)
    p.add_argument("--date", required=required, help="YYYY-MM-DD")
    p.add_argument("--municipality", required=required)
    p.add_argument("--site")
    p.add_argument("--start", dest="start_time", help="HH:MM")
    p.add_argument("--end", dest="end_time", help="HH:MM")
    p.add_argument("--partners")
    p.add_argument("--staff", dest="staff_initials", help="staff initials")
    p.add_argument("--notes")


_EVENT_KEYS = ("name", "date", "municipality", "site", "start_time", "end_time", "partners", "staff_initials", "notes")


def run_init(args) -> int:
    from outreach_app.core.records import setup
    from outreach_app.core.store.connection import device_id, transaction
    from outreach_app.core.sync.roles import is_office
    from outreach_app.core.sync.trust import make_office

    with transaction(args.conn):  # a refusal (a municipality, a laptop made office) leaves nothing behind
        setup.complete_setup(args.conn, args.device_name, args.home_municipality)  # as the window's first run
        if args.office:
            make_office(args.conn)
    role = "the office" if is_office(args.conn) else "device"
    print(f"{role} {records.device_name(args.conn)} ({device_id(args.conn)}) ready in {args.conn.db_path}")
    return 0


def run_event_add(args) -> int:
    print(events.add_event(args.conn, **{k: getattr(args, k) for k in _EVENT_KEYS}))
    return 0


def run_event_edit(args) -> int:
    changes = {k: getattr(args, k) for k in _EVENT_KEYS if getattr(args, k) is not None}
    if not changes:
        raise InvalidInput("nothing to change: give at least one of --name, --date, --municipality, --site, …")
    events.update_event(args.conn, args.event_id, **changes)
    print(args.event_id)
    return 0


def run_event_cancel(args) -> int:
    events.set_event_cancelled(args.conn, args.event_id, not args.undo)
    event = events.get_event(args.conn, args.event_id)
    print(f"{event.name} ({event.date}) is {'cancelled' if event.cancelled else 'reinstated'}")
    return 0


def run_event_list(args) -> int:
    found = events.list_events(args.conn, args.date_from, args.date_to)
    if args.format == "json":
        print(to_json([e.as_dict() for e in found]), end="")
        return 0
    rows = [[e.date, e.start_time or "", e.name, e.municipality, e.site, "cancelled" if e.cancelled else "", e.id] for e in found]
    print(table(rows, ["date", "start", "name", "municipality", "site", "status", "id"]), end="")
    return 0


def run_plan_add(args) -> int:
    from outreach_app.core.store.connection import transaction

    with transaction(args.conn):  # a refused short name leaves no plan behind
        ident, created = records.add_plan(args.conn, args.name, args.area, args.language)
        if args.short_name is not None:
            records.set_plan_short_name(args.conn, ident, args.short_name)
    print(ident)
    return 0


def run_plan_list(args) -> int:
    plans = records.list_plans(args.conn, include_retired=args.all)
    if args.format == "json":
        print(to_json([{"id": p.id, "name": p.name, "area": p.area, "language": p.language, "active": p.active,
                        "short_name": p.short_name} for p in plans]), end="")
        return 0
    rows = [[p.name, p.area, p.language, "" if p.active else "retired", p.id] for p in plans]
    print(table(rows, ["name", "area", "language", "status", "id"]), end="")
    return 0


def run_plan_rename(args) -> int:
    records.rename_plan(args.conn, records.require_plan(args.conn, args.name), args.new_name)
    return 0


def run_plan_retire(args) -> int:
    records.set_plan_active(args.conn, records.require_plan(args.conn, args.name), args.undo)
    return 0


def run_municipality_list(args) -> int:
    towns = records.municipality_catalogue(args.conn, include_retired=args.all)
    if args.format == "json":
        print(to_json([{"id": m.id, "name": m.name, "active": m.active, "events": m.events,
                        "other_records": m.other_records} for m in towns]), end="")
        return 0
    rows = [[m.name, m.events, m.other_records, "" if m.active else "retired", m.id] for m in towns]
    print(table(rows, ["name", "events", "other records", "status", "id"]), end="")
    return 0


def run_municipality_retire(args) -> int:
    town = records.set_municipality_active(args.conn, args.name, args.undo)
    print(f"{town.name} is {'in use again' if args.undo else 'retired'}")
    return 0


def _plan_counts(conn, specs: list[str]) -> list[tuple[str, str]]:
    counts = []
    for spec in specs:
        name, sep, quantity = spec.rpartition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--plan '{spec}' must be NAME=N, e.g. --plan Glengarry=12")
        counts.append((records.require_plan(conn, name), quantity))
    return counts


def run_tally(args) -> int:
    ids = tally.record_paper_counts(
        args.conn, args.event_id, attendees=args.attendees, plans=_plan_counts(args.conn, args.plan),
        yes=args.confident_yes, no=args.confident_no, unsure=args.confident_unsure,
    )
    print("\n".join(ids))
    return 0


def run_void(args) -> int:
    import sys

    if not tally.void(args.conn, args.entry_id, args.reason):
        print(f"entry {args.entry_id} was already voided; nothing changed", file=sys.stderr)
    return 0


def run_baseline(args) -> int:
    print(tally.add_baseline(args.conn, args.date, args.plans, args.municipality, args.note))
    return 0
