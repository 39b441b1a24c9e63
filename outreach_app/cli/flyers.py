"""flyer and flyer-drop commands: print-ready QR survey flyers and the log of where they were left."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json
from outreach_app.cli.privacy import add_allow_personal
from outreach_app.core.errors import InvalidInput


def register(commands) -> None:
    p = commands.add_parser("flyer", help="print-ready PDF flyers with a (tracked) survey QR code")
    p.add_argument("--url", required=True, help="the survey's web address (http or https)")
    p.add_argument("--title", required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--body", default="")
    p.add_argument("--closes", metavar="YYYY-MM-DD", help="closing date, printed as 'Open until …'")
    p.add_argument("--layout", choices=["poster", "handout", "cards"], default="poster",
                   help="poster: 1 a page; handout: 4 a page with cut marks; cards: 10 business cards a page")
    p.add_argument("--source", action="append", default=[], metavar="TAG",
                   help="one QR per source tag, its link carrying src=TAG (repeatable)")
    p.add_argument("--paper", choices=["letter", "a4"], default="letter")
    p.add_argument("--language", choices=["en", "fr"], default="en", help="language of the fixed wording")
    p.add_argument("--contact", default="", help="contact line printed at the bottom")
    p.add_argument("--logo", metavar="FILE", help="logo image (PNG or JPEG)")
    p.add_argument("--copies", default="1", metavar="N", help="flyers per source tag (default 1)")
    p.add_argument("--allow-past", action="store_true", help="print even though the closing date has passed")
    p.set_defaults(handler=run_flyer, needs_db=False)

    p = commands.add_parser("flyer-drop", help="record where flyers with a source tag were left; prints its id")
    p.add_argument("action", nargs="?", choices=["list"], help="list: show recorded drops")
    p.add_argument("--source", metavar="TAG")
    p.add_argument("--place")
    p.add_argument("--count", metavar="N")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--municipality")
    p.add_argument("--note")
    p.add_argument("--format", choices=["text", "json"], default="text", help="for list")
    p.add_argument("--all", action="store_true", help="for list: include voided drops")
    add_allow_personal(p)
    p.set_defaults(handler=run_flyer_drop)


def run_flyer(args) -> int:
    from outreach_app.core.flyers.render import make_flyers
    from outreach_app.core.flyers.spec import FlyerSpec

    spec = FlyerSpec(url=args.url, title=args.title, body=args.body, closes=args.closes, layout=args.layout,
                     sources=tuple(args.source), paper=args.paper, language=args.language, contact=args.contact,
                     logo=args.logo, copies=args.copies)
    result = make_flyers(spec, args.out, allow_past=args.allow_past)
    pages = f"{result.pages} page" + ("" if result.pages == 1 else "s")
    print(f"{result.flyers} {args.layout} flyer{'' if result.flyers == 1 else 's'} on {pages}: {result.path}")
    return 0


def run_flyer_drop(args) -> int:
    from outreach_app.core.flyers import drops

    if args.action == "list":
        rows = drops.list_drops(args.conn, args.source, include_voided=args.all)
        if args.format == "json":
            print(to_json([row.as_dict() for row in rows]), end="")
        else:
            print(table([[r.date, r.source_tag, r.place, r.count, r.municipality or "", "voided" if r.voided else "", r.id]
                         for r in rows], ["date", "source", "place", "count", "municipality", "", "id"]), end="")
        return 0
    missing = [f"--{name}" for name in ("source", "place", "count", "date") if getattr(args, name) is None]
    if missing:
        raise InvalidInput(f"flyer-drop needs {', '.join(missing)} (or 'flyer-drop list' to see drops)")
    print(drops.record_drop(args.conn, args.source, args.place, args.count, args.date, args.municipality, args.note,
                            allow_personal=args.allow_personal))
    return 0
