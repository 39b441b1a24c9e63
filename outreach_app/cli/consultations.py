"""guide and consultation commands: question guides, consultations and their reports (responses, themes
and invitations: cli/consultation_coding.py)."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json, write_output
from outreach_app.cli.privacy import add_allow_personal
from outreach_app.core.errors import InvalidInput


def _sub(commands, name: str, help_text: str, metavar: str):
    group = commands.add_parser(name, help=help_text)
    return group.add_subparsers(dest="action", required=True, metavar=metavar)


def register(commands) -> None:
    actions = _sub(commands, "guide", "question guides (versioned: an edit makes a new version)",
                   "add|list|show|edit|template")
    p = actions.add_parser("add", help="a question guide; questions are numbered 1..n in order; prints its id")
    p.add_argument("--name", required=True)
    p.add_argument("--question", action="append", required=True, metavar="TEXT")
    p.add_argument("--french", action="append", default=[], metavar="TEXT", help="the French of each question, in order")
    p.set_defaults(handler=run_guide_add)
    p = actions.add_parser("edit", help="save a new version of a guide; prints the new version's id")
    p.add_argument("guide_id", metavar="GUIDE_ID")
    p.add_argument("--name")
    p.add_argument("--question", action="append", required=True, metavar="TEXT")
    p.add_argument("--french", action="append", default=[], metavar="TEXT")
    p.set_defaults(handler=run_guide_edit)
    p = actions.add_parser("template", help="add the shipped community safety and well-being guide; prints its id")
    p.set_defaults(handler=run_guide_template)
    p = actions.add_parser("list", help="the latest version of every guide")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_guide_list, read_only=True)
    p = actions.add_parser("show", help="one guide's questions")
    p.add_argument("guide_id", metavar="GUIDE_ID")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_guide_show, read_only=True)

    actions = _sub(commands, "consultation", "community conversations, focus groups and interviews",
                   "add|list|edit|cancel|report|invitations|across")
    p = actions.add_parser("add", help="prints the new consultation's id")
    _consultation_options(p, required=True)
    p.set_defaults(handler=run_consultation_add)
    p = actions.add_parser("edit", help="change a consultation's fields")
    p.add_argument("consultation_id", metavar="ID")
    _consultation_options(p, required=False)
    p.set_defaults(handler=run_consultation_edit)
    p = actions.add_parser("cancel", help="cancel a consultation (it counts nowhere); --undo restores it")
    p.add_argument("consultation_id", metavar="ID")
    p.add_argument("--undo", action="store_true")
    p.set_defaults(handler=run_consultation_cancel)
    p = actions.add_parser("list")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_consultation_list, read_only=True)
    p = actions.add_parser("report", help="the 'What we heard' report")
    p.add_argument("consultation_id", metavar="ID")
    p.add_argument("--format", choices=["text", "json", "csv", "pdf", "docx", "qdc"], default="text")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--language", choices=["en", "fr"], default="en", help="the language of the questions and of the PDF and Word documents")
    p.set_defaults(handler=run_consultation_report, read_only=True)
    p = actions.add_parser("invitations", help="the invitation list with each organisation's status")
    p.add_argument("consultation_id", metavar="ID")
    p.add_argument("--not-answered", action="store_true", help="only who has not answered")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_invitations, read_only=True)
    p = actions.add_parser("across", help="one theme (by name) across every consultation")
    p.add_argument("--theme", required=True, metavar="NAME")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_across, read_only=True)

def _consultation_options(p, required: bool) -> None:
    p.add_argument("--title", required=required)
    p.add_argument("--date", required=required, metavar="YYYY-MM-DD")
    p.add_argument("--municipality", required=required)
    p.add_argument("--kind", metavar="conversation|focus-group|interview|other")
    p.add_argument("--attendees", metavar="N")
    p.add_argument("--guide", dest="guide_id", metavar="GUIDE_ID")
    p.add_argument("--place")
    p.add_argument("--organisation", help="host or partner organisation (id or name)")
    p.add_argument("--facilitator", dest="facilitator_initials", metavar="INITIALS")
    p.add_argument("--lens", help="lens or audience, e.g. newcomers")
    p.add_argument("--notes")
    add_allow_personal(p)


_FIELDS = ("title", "date", "municipality", "kind", "attendees", "guide_id", "place", "organisation",
           "facilitator_initials", "lens", "notes")


def _questions(args) -> list:
    if len(args.french) > len(args.question):
        raise InvalidInput("{count} --french given for {questions} questions", count=len(args.french),
                           questions=len(args.question))
    french = args.french + [None] * (len(args.question) - len(args.french))
    return [(q, f or None) for q, f in zip(args.question, french)]


def _warn_repeats(questions) -> None:
    import sys

    from outreach_app.core.consultations.guides import repeated_questions

    for number, earlier in repeated_questions(questions):
        print(f"note: question {number} repeats question {earlier} word for word", file=sys.stderr)


def run_guide_add(args) -> int:
    from outreach_app.core.consultations.guides import add_guide

    questions = _questions(args)
    ident = add_guide(args.conn, args.name, questions)
    _warn_repeats(questions)  # after saving: a refused guide gets its one-line refusal and nothing else
    print(ident)
    return 0


def run_guide_edit(args) -> int:
    from outreach_app.core.consultations.guides import edit_guide, get_guide

    questions = _questions(args)
    ident = edit_guide(args.conn, args.guide_id, args.name or get_guide(args.conn, args.guide_id).name, questions)
    _warn_repeats(questions)  # after saving: a refused edit gets its one-line refusal and nothing else
    print(ident)
    return 0


def run_guide_template(args) -> int:
    from outreach_app.core.consultations.guides import add_template_guide

    print(add_template_guide(args.conn))
    return 0


def _guide_dict(guide) -> dict:
    return {"id": guide.id, "name": guide.name, "version": guide.version, "in_use": guide.in_use,
            "questions": [{"number": q.number, "text": q.text_en, "text_fr": q.text_fr} for q in guide.questions]}


def run_guide_list(args) -> int:
    from outreach_app.core.consultations.guides import list_guides

    found = list_guides(args.conn)
    if args.format == "json":
        print(to_json([_guide_dict(g) for g in found]), end="")
    else:
        print(table([[g.name, str(g.version), str(len(g.questions)), g.id] for g in found],
                    ["name", "version", "questions", "id"]), end="")
    return 0


def run_guide_show(args) -> int:
    from outreach_app.core.consultations.guides import get_guide

    guide = get_guide(args.conn, args.guide_id)
    if args.format == "json":
        print(to_json(_guide_dict(guide)), end="")
    else:
        print(f"{guide.name} (version {guide.version})")
        for q in guide.questions:
            print(f"{q.number}. {q.text_en}" + (f"\n   {q.text_fr}" if q.text_fr else ""))
    return 0


def run_consultation_add(args) -> int:
    from outreach_app.core.consultations.records import add_consultation

    values = {k: getattr(args, k) for k in _FIELDS if getattr(args, k) is not None}
    print(add_consultation(args.conn, values.pop("title"), values.pop("date"), values.pop("municipality"), **values,
                           allow_personal=args.allow_personal))
    return 0


def run_consultation_edit(args) -> int:
    from outreach_app.core.consultations.records import edit_consultation

    values = {k: getattr(args, k) for k in _FIELDS if getattr(args, k) is not None}
    print(edit_consultation(args.conn, args.consultation_id, **values, allow_personal=args.allow_personal).id)
    return 0


def run_consultation_cancel(args) -> int:
    from outreach_app.core.consultations.records import set_cancelled

    set_cancelled(args.conn, args.consultation_id, not args.undo)
    return 0


def run_consultation_list(args) -> int:
    from outreach_app.core.consultations.records import list_consultations

    found = list_consultations(args.conn)
    if args.format == "json":
        print(to_json([c.as_dict() for c in found]), end="")
    else:
        print(table([[c.date, c.title, c.kind, c.municipality, "" if c.attendees is None else str(c.attendees),
                      "cancelled" if c.cancelled else "", c.id] for c in found],
                    ["date", "title", "kind", "municipality", "attendees", "", "id"]), end="")
    return 0


def run_consultation_report(args) -> int:
    from outreach_app.core.consultations import documents, report

    if args.format in ("pdf", "docx") and args.out is None:
        raise InvalidInput("--format {format} needs --out FILE", format=args.format)
    if args.format == "csv":
        content = report.responses_csv(args.conn, args.consultation_id)
    elif args.format == "qdc":
        content = documents.codebook_qdc(args.conn, args.consultation_id)
    else:
        data = report.consultation_report(args.conn, args.consultation_id, args.language)
        content = {"json": lambda: to_json(data), "text": lambda: report.report_text(data),
                   "pdf": lambda: documents.report_pdf(data, args.language),
                   "docx": lambda: documents.report_docx(data, args.language)}[args.format]()
    write_output(content, args.out)
    if args.out is not None:
        print(args.out)
    return 0


def run_invitations(args) -> int:
    from outreach_app.core.consultations.invitations import list_invitations, not_answered, sectors_not_heard

    found = (not_answered if args.not_answered else list_invitations)(args.conn, args.consultation_id)
    if args.format == "json":
        print(to_json({"invitations": [{"organisation": i.organisation, "id": i.organisation_id, "sector": i.sector,
                                        "status": i.status, "date": i.date,
                                        "history": [list(h) for h in i.history]} for i in found],
                       "sectors_not_heard": sectors_not_heard(args.conn, args.consultation_id)}), end="")
    else:
        print(table([[i.organisation, i.sector, i.status, i.date, i.organisation_id] for i in found],
                    ["organisation", "sector", "status", "since", "id"]), end="")
    return 0


def run_across(args) -> int:
    from outreach_app.core.consultations.heard import theme_across_consultations

    found = theme_across_consultations(args.conn, args.theme)
    if args.format == "json":
        print(to_json(found), end="")
    else:
        print(table([[f["date"], f["title"], f["municipality"], f"{f['responses']} of {f['of']}", f["id"]]
                     for f in found], ["date", "consultation", "municipality", "responses", "id"]), end="")
    return 0
