"""stakeholder commands: the one list of organisations shared by consultations, trainings and plan contacts."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json


def _contact_options(p) -> None:
    p.add_argument("--contact-role", help="the professional contact's role (kept only here; never in reports)")
    p.add_argument("--contact-name", help="the professional contact's name")
    p.add_argument("--contact-email")
    p.add_argument("--contact-phone")


def register(commands) -> None:
    group = commands.add_parser("stakeholder", help="organisations invited to consultations, trained, or listed as contacts")
    actions = group.add_subparsers(dest="action", required=True, metavar="add|list|edit")
    p = actions.add_parser("add", help="add an organisation; prints its id (an existing name: its id)")
    p.add_argument("--name", required=True)
    p.add_argument("--sector", required=True, help="e.g. Health, Police, Settlement, Education, Social services")
    p.add_argument("--municipality")
    _contact_options(p)
    p.set_defaults(handler=run_stakeholder_add)

    p = actions.add_parser("list", help="every organisation once, by name")
    p.add_argument("--sector", help="only this sector")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--with-contacts", action="store_true", help="include the professional contact fields")
    p.set_defaults(handler=run_stakeholder_list, read_only=True)

    p = actions.add_parser("edit", help="change an organisation's name, sector, municipality or contact")
    p.add_argument("organisation", metavar="ID_OR_NAME")
    p.add_argument("--name")
    p.add_argument("--sector")
    p.add_argument("--municipality", help="'' clears it")
    _contact_options(p)
    p.set_defaults(handler=run_stakeholder_edit)


_CONTACT_KEYS = ("contact_role", "contact_name", "contact_email", "contact_phone")


def run_stakeholder_add(args) -> int:
    from outreach_app.core.consultations.organisations import add_organisation

    ident, created = add_organisation(args.conn, args.name, args.sector, args.municipality,
                                      **{k: getattr(args, k) for k in _CONTACT_KEYS})
    if not created:
        print(f"'{args.name.strip()}' was already listed; its id:")
    print(ident)
    return 0


def run_stakeholder_list(args) -> int:
    from outreach_app.core.consultations.organisations import list_organisations

    found = list_organisations(args.conn, sector=args.sector)
    if args.format == "json":
        print(to_json([o.as_dict(with_contact=args.with_contacts) for o in found]), end="")
        return 0
    header = ["name", "sector", "municipality"] + (["role", "contact", "email", "phone"] if args.with_contacts else []) + ["id"]
    rows = [[o.name, o.sector, o.municipality]
            + ([o.contact_role, o.contact_name, o.contact_email, o.contact_phone] if args.with_contacts else [])
            + [o.id] for o in found]
    print(table(rows, header), end="")
    return 0


def run_stakeholder_edit(args) -> int:
    from outreach_app.core.consultations.organisations import edit_organisation

    given = {k: getattr(args, k) for k in ("name", "sector", "municipality") + _CONTACT_KEYS
             if getattr(args, k) is not None}
    given = {k: (None if v == "" and k not in ("name", "sector") else v) for k, v in given.items()}
    organisation = edit_organisation(args.conn, args.organisation, **given)
    print(organisation.id)
    return 0
