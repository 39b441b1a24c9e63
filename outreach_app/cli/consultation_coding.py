"""response, theme and invite commands: what a consultation heard, its coding, and who was invited."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json
from outreach_app.cli.privacy import add_allow_personal
from outreach_app.core.errors import InvalidInput


def _sub(commands, name: str, help_text: str, metavar: str):
    group = commands.add_parser(name, help=help_text)
    return group.add_subparsers(dest="action", required=True, metavar=metavar)


def _personal(p) -> None:
    p.add_argument("--mask", action="store_true", help="replace what looks like personal data (an email, a phone "
                                                       "number, a unit, a name after a title) with [removed]")
    add_allow_personal(p)


def register(commands) -> None:
    actions = _sub(commands, "response", "responses to a consultation's questions", "add|list|edit|star|unstar")
    p = actions.add_parser("add", help="one response, or one per non-empty line of FILE; prints the ids")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--question", required=True, metavar="N")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text")
    text.add_argument("--from-file", metavar="FILE")
    p.add_argument("--table", metavar="LABEL")
    _personal(p)
    p.set_defaults(handler=run_response_add)
    p = actions.add_parser("edit", help="correct a response's text")
    p.add_argument("response_id", metavar="RESPONSE_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--table", metavar="LABEL")
    _personal(p)
    p.set_defaults(handler=run_response_edit)
    for name, starred, help_text in (("star", True, "mark a response as a quote for the report"),
                                     ("unstar", False, "take a response's quote mark back")):
        p = actions.add_parser(name, help=help_text)
        p.add_argument("response_id", metavar="RESPONSE_ID")
        p.set_defaults(handler=run_response_star, starred=starred)
    p = actions.add_parser("list")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--question", type=int, metavar="N")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_response_list, read_only=True)

    actions = _sub(commands, "theme", "themes (qualitative coding) of a consultation",
                   "tag|untag|add|rename|merge|parent|list")
    p = actions.add_parser("tag", help="themes belong to the response's consultation; a new name makes a theme")
    p.add_argument("response_id", metavar="RESPONSE_ID")
    p.add_argument("--theme", action="append", required=True, metavar="NAME")
    add_allow_personal(p)
    p.set_defaults(handler=run_theme_tag)
    p = actions.add_parser("untag", help="take a theme off a response")
    p.add_argument("response_id", metavar="RESPONSE_ID")
    p.add_argument("--theme", required=True, metavar="NAME")
    p.set_defaults(handler=run_theme_untag)
    p = actions.add_parser("add", help="prints the theme's id")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--name", required=True)
    p.add_argument("--parent", metavar="NAME")
    add_allow_personal(p)
    p.set_defaults(handler=run_theme_add)
    p = actions.add_parser("rename")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--from", dest="old", required=True, metavar="NAME")
    p.add_argument("--to", dest="new", required=True, metavar="NAME")
    add_allow_personal(p)
    p.set_defaults(handler=run_theme_rename)
    p = actions.add_parser("merge", help="merge one theme into another")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--from", dest="source", required=True, metavar="NAME")
    p.add_argument("--into", dest="target", required=True, metavar="NAME")
    p.set_defaults(handler=run_theme_merge)
    p = actions.add_parser("parent", help="put a theme under a parent theme ('' : at the top)")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--theme", required=True, metavar="NAME")
    p.add_argument("--parent", required=True, metavar="NAME")
    p.set_defaults(handler=run_theme_parent)
    p = actions.add_parser("list")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_theme_list, read_only=True)

    p = commands.add_parser("invite", help="an organisation's invitation status for a consultation")
    p.add_argument("--consultation", required=True, metavar="ID")
    p.add_argument("--stakeholder", required=True, metavar="ID", help="organisation id or name")
    p.add_argument("--status", required=True, metavar="invited|confirmed|declined|attended|no-answer")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when the status changed (default today)")
    p.set_defaults(handler=run_invite)



def _masked(args, text: str) -> str:
    """The text as the command saves it: with --mask, what looks personal becomes [removed] first."""
    if args.mask and args.allow_personal:
        raise InvalidInput("give --mask or --allow-personal, not both")
    if not args.mask:
        return text
    from outreach_app.core.privacy.guard import mask_personal_data

    return mask_personal_data(text)


def run_response_add(args) -> int:
    from outreach_app.core.consultations.responses import add_responses, read_lines_file

    texts = read_lines_file(args.from_file) if args.from_file is not None else [args.text]
    for ident in add_responses(args.conn, args.consultation, args.question, [_masked(args, t) for t in texts],
                               args.table, allow_personal=args.allow_personal):
        print(ident)
    return 0


def run_response_edit(args) -> int:
    from outreach_app.core.consultations.responses import edit_response

    print(edit_response(args.conn, args.response_id, _masked(args, args.text), args.table,
                        allow_personal=args.allow_personal).id)
    return 0


def run_response_star(args) -> int:
    import sys

    from outreach_app.core.consultations.responses import star_response

    if not star_response(args.conn, args.response_id, args.starred):
        print(f"response {args.response_id} was already {'starred' if args.starred else 'not starred'}; nothing changed",
              file=sys.stderr)
    return 0


def run_response_list(args) -> int:
    from outreach_app.core.consultations.records import get_consultation
    from outreach_app.core.consultations.responses import list_responses

    consultation = get_consultation(args.conn, args.consultation)
    found = list_responses(args.conn, consultation.id, question=args.question)
    if args.format == "json":
        print(to_json([r.as_dict() for r in found]), end="")
    else:
        print(table([[str(r.question), r.table, ("* " if r.starred else "") + r.text, r.id] for r in found],
                    ["question", "table", "response", "id"]), end="")
    return 0


def run_theme_tag(args) -> int:
    from outreach_app.core.consultations.themes import tag_response

    for ident in tag_response(args.conn, args.response_id, args.theme, allow_personal=args.allow_personal):
        print(ident)
    return 0


def run_theme_untag(args) -> int:
    import sys

    from outreach_app.core.consultations.themes import untag_response

    if not untag_response(args.conn, args.response_id, args.theme):
        print(f"response {args.response_id} did not have theme '{args.theme}'; nothing changed", file=sys.stderr)
    return 0


def run_theme_add(args) -> int:
    from outreach_app.core.consultations.themes import add_theme

    print(add_theme(args.conn, args.consultation, args.name, args.parent, allow_personal=args.allow_personal)[0])
    return 0


def run_theme_rename(args) -> int:
    from outreach_app.core.consultations.themes import rename_theme

    print(rename_theme(args.conn, args.consultation, args.old, args.new, allow_personal=args.allow_personal))
    return 0


def run_theme_merge(args) -> int:
    from outreach_app.core.consultations.themes import merge_themes

    print(merge_themes(args.conn, args.consultation, args.source, args.target))
    return 0


def run_theme_parent(args) -> int:
    from outreach_app.core.consultations.themes import set_theme_parent

    set_theme_parent(args.conn, args.consultation, args.theme, args.parent or None)
    return 0


def run_theme_list(args) -> int:
    from outreach_app.core.consultations.records import get_consultation
    from outreach_app.core.consultations.themes import list_themes

    found = list_themes(args.conn, get_consultation(args.conn, args.consultation).id)
    if args.format == "json":
        print(to_json([{"id": t.id, "name": t.name, "parent": t.parent, "responses": t.responses} for t in found]),
              end="")
    else:
        print(table([[t.name, t.parent, str(t.responses), t.id] for t in found],
                    ["theme", "parent", "responses", "id"]), end="")
    return 0


def run_invite(args) -> int:
    from outreach_app.core.consultations.invitations import set_invitation

    print(set_invitation(args.conn, args.consultation, args.stakeholder, args.status, args.date))
    return 0
