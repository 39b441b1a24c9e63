"""survey commands: saved surveys, their posts, importing a platform's response export, the report."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json, write_output
from outreach_app.cli.privacy import add_allow_personal
from outreach_app.core.errors import InvalidInput

PRESET_NAMES = ["qualtrics", "surveymonkey", "limesurvey", "kobotoolbox", "microsoft-forms", "google-forms"]


def register(commands) -> None:
    survey = commands.add_parser("survey", help="saved surveys, their posts, response imports and the survey report")
    actions = survey.add_subparsers(dest="survey_action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="save a survey link; prints its id")
    p.add_argument("--name", required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--closes", metavar="YYYY-MM-DD", help="closing date (a past date is fine)")
    p.add_argument("--municipality")
    p.set_defaults(handler=run_add)

    p = actions.add_parser("list", help="saved surveys")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_list)

    p = actions.add_parser("import", help="import a survey platform's response export (CSV or XLSX)")
    p.add_argument("survey_id", metavar="SURVEY_ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--preset", metavar="NAME", help="the platform: " + ", ".join(PRESET_NAMES)
                   + " (default: recognised from the columns)")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="read FIELD (id, submitted, complete, source) from COLUMN (repeatable)")
    p.add_argument("--keep", action="append", default=[], metavar="COLUMN",
                   help="also keep this closed-answer column, e.g. a neighbourhood (repeatable)")
    p.add_argument("--date-order", choices=["mdy", "dmy"],
                   help="how to read slashed dates like 7/10/2025 (default: from the file, else month first)")
    p.set_defaults(handler=run_import)

    p = actions.add_parser("report", help="responses per flyer place, post, municipality and week")
    p.add_argument("survey_id", metavar="SURVEY_ID")
    p.add_argument("--format", choices=["text", "json", "csv", "pdf"], default="text")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--language", choices=["en", "fr"], default="en", help="language of the PDF and text")
    p.add_argument("--paper", choices=["letter", "a4"], default="letter")
    p.set_defaults(handler=run_report)

    post = actions.add_parser("post", help="social-media posts whose link carries src=TAG")
    post_actions = post.add_subparsers(dest="post_action", metavar="ACTION", required=True)
    p = post_actions.add_parser("add", help="record a post; prints its id")
    p.add_argument("--tag", required=True)
    p.add_argument("--channel", required=True, help="facebook, instagram, newsletter…")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--survey", metavar="SURVEY_ID")
    p.add_argument("--note")
    add_allow_personal(p)
    p.set_defaults(handler=run_post_add)
    p = post_actions.add_parser("list", help="recorded posts")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_post_list)


def run_add(args) -> int:
    from outreach_app.core.surveys.records import add_survey

    print(add_survey(args.conn, args.name, args.url, args.closes, args.municipality))
    return 0


def run_list(args) -> int:
    from outreach_app.core.surveys.records import list_surveys

    rows = list_surveys(args.conn)
    if args.format == "json":
        print(to_json([s.as_dict() for s in rows]), end="")
    else:
        print(table([[s.name, s.closes or "", s.municipality or "", s.url, s.id] for s in rows],
                    ["name", "closes", "municipality", "link", "id"]), end="")
    return 0


def parse_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, equals, column = pair.partition("=")
        if not equals or not field.strip() or not column.strip():
            raise InvalidInput("--map '{pair}' is not FIELD=COLUMN (e.g. --map id='Response ID')", pair=pair)
        mapping[field.strip().lower()] = column.strip()
    return mapping


def run_import(args) -> int:
    from outreach_app.core.surveys.importing import import_export

    summary = import_export(args.conn, args.survey_id, args.file, preset=args.preset, mapping=parse_map(args.map) or None,
                            answer_columns=args.keep, date_order=args.date_order)
    print("\n".join(summary.lines()))
    return 0


def run_report(args) -> int:
    from outreach_app.core.surveys import report_files

    import sys

    if args.format == "pdf" and not args.out and sys.stdout.isatty():
        raise InvalidInput("a PDF is binary and would garble the terminal: give --out FILE.pdf")
    content = report_files.render(args.conn, args.survey_id, args.format, language=args.language, paper=args.paper)
    write_output(content, args.out)
    return 0


def run_post_add(args) -> int:
    from outreach_app.core.surveys.records import add_post

    print(add_post(args.conn, args.tag, args.channel, args.date, args.survey, args.note,
                   allow_personal=args.allow_personal))
    return 0


def run_post_list(args) -> int:
    from outreach_app.core.surveys.records import list_posts

    rows = list_posts(args.conn)
    if args.format == "json":
        print(to_json([p.as_dict() for p in rows]), end="")
    else:
        print(table([[p.date, p.source_tag, p.channel, p.survey_id or "", p.id] for p in rows],
                    ["date", "tag", "channel", "survey", "id"]), end="")
    return 0
