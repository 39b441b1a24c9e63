"""training commands: sessions, attendance by organisation, before/after ratings and their report."""

from __future__ import annotations

from outreach_app.cli.output import table, to_json, write_output
from outreach_app.cli.privacy import add_allow_personal
from outreach_app.core.errors import InvalidInput


def _training_fields(p, required: bool) -> None:
    p.add_argument("--topic", required=required, help="e.g. 'Naloxone and overdose response'")
    p.add_argument("--date", required=required, help="YYYY-MM-DD")
    p.add_argument("--municipality", required=required)
    p.add_argument("--time", dest="start_time", help="start time HH:MM")
    p.add_argument("--place")
    p.add_argument("--partner", help="the delivering partner")
    p.add_argument("--facilitator", dest="facilitator_initials", help="facilitator initials")
    p.add_argument("--capacity", help="places available")
    p.add_argument("--notes")
    add_allow_personal(p)


def register(commands) -> None:
    group = commands.add_parser("training", help="trainings for first responders and service providers")
    actions = group.add_subparsers(dest="action", required=True,
                                   metavar="add|list|edit|cancel|attend|rating|statements|report")
    p = actions.add_parser("add", help="add a training; prints its id")
    _training_fields(p, required=True)
    p.set_defaults(handler=run_add)

    p = actions.add_parser("list", help="trainings by date")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_list, read_only=True)

    p = actions.add_parser("edit", help="change a training's fields ('' clears an optional one)")
    p.add_argument("training", metavar="ID")
    _training_fields(p, required=False)
    p.set_defaults(handler=run_edit)

    p = actions.add_parser("cancel", help="cancel a training (it then counts nowhere)")
    p.add_argument("training", metavar="ID")
    p.add_argument("--undo", action="store_true", help="bring a cancelled training back")
    p.set_defaults(handler=run_cancel)

    p = actions.add_parser("attend", help="how many of one organisation registered and attended; prints the row id")
    p.add_argument("--training", required=True, metavar="ID")
    p.add_argument("--organisation", required=True, metavar="STAKEHOLDER_ID", help="id or name on the stakeholder list")
    p.add_argument("--registered", required=True)
    p.add_argument("--attended", required=True)
    p.add_argument("--yes", action="store_true", help="confirm more attended than registered")
    p.set_defaults(handler=run_attend)

    p = actions.add_parser("rating", help="one participant's before/after rating of a statement (or --from-file)")
    p.add_argument("--training", required=True, metavar="ID")
    p.add_argument("--statement", metavar="N", help="the statement's number on the form (see 'training statements')")
    p.add_argument("--before", help="1-5 (leave out for an unpaired form)")
    p.add_argument("--after", help="1-5 (leave out for an unpaired form)")
    p.add_argument("--participant", metavar="ID", help="add this statement to a participant already entered")
    p.add_argument("--from-file", metavar="FILE",
                   help="CSV with a header row: statement,before,after[,participant]; rows sharing a participant "
                        "label are one form")
    p.set_defaults(handler=run_rating)

    p = actions.add_parser("statements", help="the evaluation form's statements, numbered")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run_statements, read_only=True)

    p = actions.add_parser("report", help="sessions, people trained, sectors reached, share more confident")
    p.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
    p.add_argument("--municipality")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--language", choices=["en", "fr"], default="en")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(handler=run_report, read_only=True)


def _given(args) -> dict:
    keys = ("topic", "date", "municipality", "start_time", "place", "partner", "facilitator_initials", "capacity",
            "notes")
    return {k: (None if getattr(args, k) == "" else getattr(args, k)) for k in keys if getattr(args, k) is not None}


def run_add(args) -> int:
    from outreach_app.core.trainings.sessions import add_training

    given = _given(args)
    print(add_training(args.conn, given.pop("topic"), given.pop("date"), given.pop("municipality"), **given,
                       allow_personal=args.allow_personal))
    return 0


def run_edit(args) -> int:
    from outreach_app.core.trainings.sessions import edit_training

    print(edit_training(args.conn, args.training, **_given(args), allow_personal=args.allow_personal).id)
    return 0


def run_cancel(args) -> int:
    from outreach_app.core.trainings.sessions import set_training_cancelled

    training = set_training_cancelled(args.conn, args.training, not args.undo)
    print(f"{training.id} {'cancelled' if training.cancelled else 'not cancelled'}")
    return 0


def run_list(args) -> int:
    from outreach_app.core.trainings.sessions import list_trainings

    found = list_trainings(args.conn, args.date_from, args.date_to)
    if args.format == "json":
        print(to_json([t.as_dict() for t in found]), end="")
        return 0
    rows = [[t.date, t.start_time or "", t.topic, t.municipality, t.partner, "" if t.capacity is None else str(t.capacity),
             "cancelled" if t.cancelled else "", t.id] for t in found]
    print(table(rows, ["date", "start", "topic", "municipality", "partner", "capacity", "status", "id"]), end="")
    return 0


def run_attend(args) -> int:
    from outreach_app.core.trainings.attendance import record_attendance

    print(record_attendance(args.conn, args.training, args.organisation, args.registered, args.attended,
                            confirmed=args.yes))
    return 0


def run_rating(args) -> int:
    from outreach_app.core.trainings import ratings

    pair_given = [name for name in ("statement", "before", "after", "participant") if getattr(args, name) is not None]
    if args.from_file:
        if pair_given:
            raise InvalidInput("give either --from-file or --statement/--before/--after, not both")
        ids = ratings.record_forms(args.conn, args.training, ratings.read_forms_csv(args.from_file))
    else:
        if args.statement is None:
            raise InvalidInput("give --statement N with --before and/or --after (or --from-file FILE)")
        ids = ratings.record_form(args.conn, args.training, [(args.statement, args.before, args.after)],
                                  participant_id=args.participant)
    print("\n".join(ids))
    return 0


def run_statements(args) -> int:
    from outreach_app.core.trainings.ratings import STATEMENTS

    if args.format == "json":
        print(to_json([{"number": s.number, "en": s.english, "fr": s.french} for s in STATEMENTS]), end="")
        return 0
    print(table([[str(s.number), s.english, s.french] for s in STATEMENTS], ["number", "english", "french"]), end="")
    return 0


def run_report(args) -> int:
    from outreach_app.core.trainings.figures import trainings_summary

    municipality_ids = None
    if args.municipality:
        from outreach_app.core.reports.summary import make_scope

        municipality_ids = make_scope(args.conn, "0001-01-01", "9999-12-31", args.municipality).in_params
    figures = trainings_summary(args.conn, args.date_from, args.date_to, municipality_ids)
    if args.format == "json":
        content = to_json(figures)
    else:
        from outreach_app.core.trainings.text import trainings_text

        content = trainings_text(figures, args.language)
    write_output(content, args.out)
    return 0
