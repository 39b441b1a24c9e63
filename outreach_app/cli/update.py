"""project, step and update commands: the project page and the working-group update (deck, Word, PDF, JSON)."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json, write_output
from outreach_app.core.errors import InvalidInput

FORMATS = ["pptx", "docx", "pdf", "json"]


def register(commands) -> None:
    p = commands.add_parser("project", help="the project page's texts: name, purpose, key activities, action items")
    p.add_argument("action", choices=["set", "show"])
    p.add_argument("--name")
    p.add_argument("--purpose")
    p.add_argument("--activity", action="append", metavar="TEXT",
                   help="a key activity (repeatable; replaces the list; --activity '' clears it)")
    p.add_argument("--action-item", action="append", metavar="TEXT",
                   help="an action item for working-group members (repeatable; replaces the list)")
    p.add_argument("--logo", metavar="FILE", help="the organisation's logo (PNG or JPEG) for updates on this computer")
    p.add_argument("--no-logo", action="store_true", help="updates without a logo")
    p.add_argument("--format", choices=["text", "json"], default="text", help="for show")
    p.set_defaults(handler=run_project)

    p = commands.add_parser("step", help="the project's steps: add one, tick one off, list them")
    p.add_argument("action", choices=["add", "done", "list", "remove"])
    p.add_argument("id", nargs="?", metavar="ID", help="the step (done, remove)")
    p.add_argument("--text")
    p.add_argument("--done", metavar="YYYY-MM-DD", help="for add: the step is already done, on that date")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="for done: the day it was done (default today)")
    p.add_argument("--undo", action="store_true", help="for done: planned again")
    p.add_argument("--activity", help="for add: the kind of activity it is about")
    p.add_argument("--format", choices=["text", "json"], default="text", help="for list")
    p.set_defaults(handler=run_step)

    p = commands.add_parser("update", help="the working-group update for a range: deck, Word, PDF or JSON")
    p.add_argument("--from", dest="date_from", required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="YYYY-MM-DD")
    p.add_argument("--municipality", action="append", default=[], help="repeatable; none: every municipality")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--language", choices=["en", "fr"], default="en")
    p.add_argument("--title", help="the title slide's title (default: the project's name)")
    p.add_argument("--meeting-date", metavar="YYYY-MM-DD")
    p.add_argument("--paper", choices=["letter", "a4"], default="letter", help="page size of the Word and PDF files")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write ('-': standard output, JSON only)")
    p.set_defaults(handler=run_update, read_only=True)


def _project_text(project, logo) -> str:
    lines = [f"name: {project.name or ''}", f"purpose: {project.purpose or ''}".replace("\n", "\n  ")]
    lines += ["key activities:"] + [f"  - {item}" for item in project.activities]
    lines += ["action items:"] + [f"  - {item}" for item in project.action_items]
    lines.append(f"logo: {logo or ''}")
    from outreach_app.core.bounds import escape_controls

    return "\n".join(escape_controls(line).replace("\\n", "\n") for line in lines) + "\n"


def run_project(args) -> int:
    from outreach_app.core.update import project

    if args.action == "set":
        given = [args.name, args.purpose, args.activity, args.action_item, args.logo]
        if all(v is None for v in given) and not args.no_logo:
            raise InvalidInput("project set needs --name, --purpose, --activity, --action-item, --logo or --no-logo")
        if args.logo is not None and args.no_logo:
            raise InvalidInput("give --logo FILE or --no-logo, not both")
        if args.logo is not None or args.no_logo:
            project.set_logo(args.conn, None if args.no_logo else args.logo)
        if any(v is not None for v in given[:4]):
            project.set_project(args.conn, name=args.name, purpose=args.purpose, activities=args.activity,
                                action_items=args.action_item)
    current, logo = project.get_project(args.conn), project.logo_path(args.conn)
    if args.format == "json":
        print(to_json({"name": current.name, "purpose": current.purpose, "activities": current.activities,
                       "action_items": current.action_items, "logo": logo}), end="")
    else:
        print(_project_text(current, logo), end="")
    return 0


def run_step(args) -> int:
    from outreach_app.core.update import project

    if args.action == "add":
        if args.text is None:
            raise InvalidInput("step add needs --text TEXT")
        print(project.add_step(args.conn, args.text, args.done, args.activity))
        return 0
    if args.action == "list":
        steps = project.list_steps(args.conn)
        if args.format == "json":
            print(to_json([s.as_dict() for s in steps]), end="")
        else:
            print(table([[s.done_on or "planned", s.text, s.activity or "", s.id] for s in steps],
                        ["done", "step", "activity", "id"]), end="")
        return 0
    if args.id is None:
        raise InvalidInput(f"step {args.action} needs the step's id (see 'step list')")
    if args.action == "remove":
        project.remove_step(args.conn, args.id)
    elif args.undo:
        project.mark_step_planned(args.conn, args.id)
    else:
        print(project.mark_step_done(args.conn, args.id, args.date))
    return 0


def run_update(args) -> int:
    if args.out == "-" and args.format != "json":
        raise InvalidInput(f"a {args.format} file is binary and would garble the terminal: give --out FILE")
    from outreach_app.core.update.content import build_update
    from outreach_app.core.update.render import render

    update = build_update(args.conn, args.date_from, args.date_to, args.municipality, language=args.language,
                          title=args.title, meeting_date=args.meeting_date, paper=args.paper)
    content = render(update, args.format)
    write_output(content, None if args.out == "-" else args.out)
    return 0
