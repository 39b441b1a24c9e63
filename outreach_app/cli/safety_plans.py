"""safety-plan and contact commands: neighbourhood safety plans written, published and printed (core/plans)."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json


def _contact_fields(p, editing: bool) -> None:
    p.add_argument("--service", help="the service's name (e.g. Crisis line)")
    p.add_argument("--phone")
    p.add_argument("--hours", help="e.g. 24/7 or Mon–Fri 9–5")
    p.add_argument("--address")
    p.add_argument("--web", metavar="URL")
    p.add_argument("--area", action="append", metavar="TEXT",
                   help="an area it serves (area name, municipality or postal area such as N8X); repeat for more")
    p.add_argument("--emergency", action="store_true", default=None, help="an emergency service (911)")
    if editing:
        p.add_argument("--not-emergency", dest="emergency", action="store_false", help="not an emergency service")


def register(commands) -> None:
    contact = commands.add_parser("contact", help="the directory of services safety plans list")
    actions = contact.add_subparsers(dest="action", required=True, metavar="add|edit|list")
    p = actions.add_parser("add", help="add a service under an organisation (found or created by name); prints its id")
    p.add_argument("--name", required=True, help="the organisation (shared with consultations and trainings)")
    p.add_argument("--sector", help="a new organisation's sector (default: Other)")
    _contact_fields(p, editing=False)
    p.set_defaults(handler=run_contact_add)
    p = actions.add_parser("edit", help="change a contact; published plans using it are named first")
    p.add_argument("contact", metavar="ID")
    p.add_argument("--name", help="move the service to this organisation (found or added by name)")
    _contact_fields(p, editing=True)
    p.add_argument("--yes", action="store_true", help="save even though published plans use the contact")
    p.set_defaults(handler=run_contact_edit)
    p = actions.add_parser("list", help="every contact: emergency services first")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_contact_list, read_only=True)

    plan = commands.add_parser("safety-plan", help="neighbourhood safety plans: write, publish, print")
    actions = plan.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("add", help="start a plan for an area (with the starter sections); prints its id")
    p.add_argument("--area", required=True)
    p.add_argument("--municipality", required=True)
    p.add_argument("--postal", action="append", metavar="AREA", help="a postal-code area such as N8X; repeat")
    p.add_argument("--language", choices=["en", "fr"], default="en")
    p.add_argument("--url", help="the plan's published web copy (the QR code's link)")
    p.add_argument("--partners", help="partners' names printed on the plan")
    p.add_argument("--no-starter", action="store_true", help="start without the starter sections")
    p.set_defaults(handler=run_plan_add)
    p = actions.add_parser("edit", help="change a plan's area, postal areas, web copy or partners")
    p.add_argument("plan", metavar="PLAN_ID")
    p.add_argument("--area")
    p.add_argument("--postal", action="append", metavar="AREA")
    p.add_argument("--url")
    p.add_argument("--partners")
    p.set_defaults(handler=run_plan_edit)
    p = actions.add_parser("list", help="every safety plan with its current version")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_plan_list, read_only=True)
    p = actions.add_parser("show", help="a plan's sections, steps, contacts and versions")
    p.add_argument("plan", metavar="PLAN_ID")
    p.add_argument("--version", type=int, metavar="N", help="a published version as frozen")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_plan_show, read_only=True)
    p = actions.add_parser("publish", help="freeze the plan as its next version; prints the version number last")
    p.add_argument("plan", metavar="PLAN_ID")
    p.set_defaults(handler=run_plan_publish)
    p = actions.add_parser("translate", help="a linked translation of a plan; prints its id")
    p.add_argument("plan", metavar="PLAN_ID")
    p.add_argument("--language", choices=["en", "fr"], required=True)
    p.set_defaults(handler=run_plan_translate)
    p = actions.add_parser("pdf", help="the print-ready handout or poster of the current version")
    p.add_argument("plan", metavar="PLAN_ID")
    p.add_argument("--layout", choices=["handout", "poster"], required=True)
    p.add_argument("--paper", choices=["letter", "a4"], default="letter")
    p.add_argument("--panels", choices=["2", "3"], default="3", help="handout panels a side (default 3)")
    p.add_argument("--source", metavar="TAG", help="src= tag added to the QR code's link (like flyers)")
    p.add_argument("--version", type=int, metavar="N", help="an older version (default: the current one)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=run_plan_pdf, read_only=True)
    p = actions.add_parser("report", help="plans handed out by plan and version per area, and confidence")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_plan_report, read_only=True)

    section = actions.add_parser("section", help="a plan's sections (situations)").add_subparsers(
        dest="section_action", required=True, metavar="add|edit|move|remove")
    p = section.add_parser("add", help="add a section at the end; prints its id")
    p.add_argument("plan", metavar="PLAN_ID")
    p.add_argument("--title", required=True)
    p.set_defaults(handler=run_section_add)
    p = section.add_parser("edit", help="retitle a section or set the themes it answers")
    p.add_argument("section", metavar="SECTION_ID")
    p.add_argument("--title")
    p.add_argument("--theme", action="append", metavar="THEME_ID", help="a consultation theme it answers; repeat")
    p.add_argument("--no-themes", action="store_true", help="cite no theme")
    p.set_defaults(handler=run_section_edit)
    p = section.add_parser("move", help="move a section to a position (1 = first)")
    p.add_argument("section", metavar="SECTION_ID")
    p.add_argument("--to", type=int, required=True, metavar="N")
    p.set_defaults(handler=run_section_move)
    p = section.add_parser("remove", help="remove a section (published versions keep it)")
    p.add_argument("section", metavar="SECTION_ID")
    p.set_defaults(handler=run_section_remove)

    step = actions.add_parser("step", help="a section's ordered steps").add_subparsers(
        dest="step_action", required=True, metavar="add|edit|move|remove")
    p = step.add_parser("add", help="add a step at the end of a section; prints its id")
    p.add_argument("section", metavar="SECTION_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--contact", action="append", metavar="CONTACT_ID", help="a directory contact; repeat")
    p.set_defaults(handler=run_step_add)
    p = step.add_parser("edit", help="change a step's text or contacts")
    p.add_argument("step", metavar="STEP_ID")
    p.add_argument("--text")
    p.add_argument("--contact", action="append", metavar="CONTACT_ID", help="replaces its contacts; repeat")
    p.add_argument("--no-contacts", action="store_true")
    p.set_defaults(handler=run_step_edit)
    p = step.add_parser("move", help="move a step to a position (1 = first)")
    p.add_argument("step", metavar="STEP_ID")
    p.add_argument("--to", type=int, required=True, metavar="N")
    p.set_defaults(handler=run_step_move)
    p = step.add_parser("remove", help="remove a step (published versions keep it)")
    p.add_argument("step", metavar="STEP_ID")
    p.set_defaults(handler=run_step_remove)


_FIELDS = ("service", "phone", "hours", "address", "web")


def run_contact_add(args) -> int:
    from outreach_app.core.plans.contacts import add_contact

    print(add_contact(args.conn, args.name, sector=args.sector, emergency=bool(args.emergency), areas=args.area or (),
                      **{k: getattr(args, k) for k in _FIELDS}))
    return 0


def run_contact_edit(args) -> int:
    from outreach_app.core.plans.contacts import edit_contact

    given = {k: (getattr(args, k) or None) for k in _FIELDS if getattr(args, k) is not None}
    if args.emergency is not None:
        given["emergency"] = args.emergency
    if args.area is not None:
        given["areas"] = args.area
    if args.name is not None:
        given["organisation"] = args.name
    print(edit_contact(args.conn, args.contact, confirmed=args.yes, **given).id)
    return 0


def run_contact_list(args) -> int:
    from outreach_app.core.plans.contacts import list_contacts

    found = list_contacts(args.conn)
    if args.format == "json":
        print(to_json([c.as_dict() for c in found]), end="")
        return 0
    rows = [[c.label, c.phone, "yes" if c.emergency else "", c.hours, "; ".join(c.areas), c.id] for c in found]
    print(table(rows, ["contact", "phone", "emergency", "hours", "areas", "id"]), end="")
    return 0


def run_plan_add(args) -> int:
    from outreach_app.core.plans.drafts import add_safety_plan

    print(add_safety_plan(args.conn, args.area, args.municipality, postal_areas=args.postal or (),
                          language=args.language, url=args.url, partners=args.partners, starter=not args.no_starter))
    return 0


def run_plan_edit(args) -> int:
    from outreach_app.core.plans.drafts import edit_safety_plan

    given = {k: getattr(args, k) for k in ("area", "url", "partners") if getattr(args, k) is not None}
    if args.postal is not None:
        given["postal_areas"] = args.postal
    print(edit_safety_plan(args.conn, args.plan, **given).id)
    return 0


def run_plan_list(args) -> int:
    from outreach_app.core.plans.views import list_summaries

    found = list_summaries(args.conn)
    if args.format == "json":
        print(to_json(found), end="")
        return 0
    rows = [[p["name"], p["municipality"], " ".join(p["postal_areas"]), p["language"],
             p["current_version"] or "draft", p["handed_out"], p["id"]] for p in found]
    print(table(rows, ["plan", "municipality", "postal areas", "language", "version", "handed out", "id"]), end="")
    return 0


def run_plan_show(args) -> int:
    from outreach_app.core.plans.views import show, show_text

    data = show(args.conn, args.plan, args.version)
    print(to_json(data) if args.format == "json" else show_text(data), end="")
    return 0


def run_plan_publish(args) -> int:
    from outreach_app.core.plans.versions import publish

    print(publish(args.conn, args.plan))
    return 0


def run_plan_translate(args) -> int:
    from outreach_app.core.plans.views import translate

    print(translate(args.conn, args.plan, args.language))
    return 0


def run_plan_pdf(args) -> int:
    from outreach_app.core.plans.pdf import write_plan_pdf

    result = write_plan_pdf(args.conn, args.plan, args.out, layout=args.layout, paper=args.paper,
                            panels=int(args.panels), source=args.source, version=args.version)
    print(f"{result.name} version {result.version}, {args.layout} on {result.pages} page(s): {result.path}")
    return 0


def run_plan_report(args) -> int:
    from outreach_app.core.plans.report import handed_out_report, report_text

    data = handed_out_report(args.conn, args.date_from, args.date_to)
    print(to_json(data) if args.format == "json" else report_text(data), end="")
    return 0


def run_section_add(args) -> int:
    from outreach_app.core.plans.drafts import add_section

    print(add_section(args.conn, args.plan, args.title))
    return 0


def run_section_edit(args) -> int:
    from outreach_app.core.plans.drafts import edit_section

    given = {}
    if args.title is not None:
        given["title"] = args.title
    if args.theme is not None or args.no_themes:
        given["theme_ids"] = args.theme or []
    edit_section(args.conn, args.section, **given)
    print(args.section)
    return 0


def run_section_move(args) -> int:
    from outreach_app.core.plans.drafts import move_section

    move_section(args.conn, args.section, args.to)
    print(args.section)
    return 0


def run_section_remove(args) -> int:
    from outreach_app.core.plans.drafts import remove_section

    remove_section(args.conn, args.section)
    print(args.section)
    return 0


def run_step_add(args) -> int:
    from outreach_app.core.plans.drafts import add_step

    print(add_step(args.conn, args.section, args.text, args.contact or ()))
    return 0


def run_step_edit(args) -> int:
    from outreach_app.core.plans.drafts import edit_step

    given = {}
    if args.text is not None:
        given["text"] = args.text
    if args.contact is not None or args.no_contacts:
        given["contact_ids"] = args.contact or []
    edit_step(args.conn, args.step, **given)
    print(args.step)
    return 0


def run_step_move(args) -> int:
    from outreach_app.core.plans.drafts import move_step

    move_step(args.conn, args.step, args.to)
    print(args.step)
    return 0


def run_step_remove(args) -> int:
    from outreach_app.core.plans.drafts import remove_step

    remove_step(args.conn, args.step)
    print(args.step)
    return 0
