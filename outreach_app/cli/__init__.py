"""`outreach-app`: the command-line face of the core (docs/cli.md). With no command it opens the window."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys

from outreach_app import __version__

# Each module registers its sub-commands; later features add theirs to this list.
COMMAND_MODULES = ["records", "reporting", "maintenance", "flyers", "hardening", "sync", "organisations", "surveys", "privacy", "update", "trainings", "safety_plans", "consultations", "consultation_coding"]

# Which module registers each command, so that running one imports only its module (a report does
# not pay for PDF, sync or flyer imports). A command missing here still works: the full parser is built.
COMMAND_TABLE = {
    "init": "records", "event": "records", "plan": "records", "municipality": "records", "tally": "records", "void": "records",
    "baseline": "records", "report": "reporting", "demo": "maintenance", "check": "maintenance",
    "backup": "maintenance", "flyer": "flyers", "flyer-drop": "flyers", "backups": "hardening",
    "restore": "hardening", "export": "sync", "import": "sync", "keygen": "sync", "devices": "sync",
    "signing-key": "sync", "stakeholder": "organisations",
    "signing-key": "sync",
    "survey": "surveys",
    "signing-key": "sync", "purge": "privacy",
    "signing-key": "sync", "project": "update", "step": "update", "update": "update",
    "signing-key": "sync", "stakeholder": "organisations", "training": "trainings",
    "safety-plan": "safety_plans", "contact": "safety_plans",
    "guide": "consultations", "consultation": "consultations", "response": "consultation_coding",
    "theme": "consultation_coding", "invite": "consultation_coding",
}


def _add_db_option(parser: argparse.ArgumentParser, top: bool) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
        help="database file (default: $OUTREACH_DB, else the per-user data folder)",
    )


class CommandParser(argparse.ArgumentParser):
    """argparse that puts --db on every sub-command, so it may come before or after the command name."""

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", CommandParser)
        action = super().add_subparsers(**kwargs)
        original = action.add_parser

        def add_parser(name, **options):
            sub = original(name, **options)
            _add_db_option(sub, top=False)
            return sub

        action.add_parser = add_parser
        return action

    def error(self, message):
        """Usage mistakes are one line too (docs/cli.md, exit code 2), pointing at --help instead of printing usage."""
        self.exit(2, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def _modules_for(argv: list[str] | None) -> list[str]:
    """The command modules the parser needs for argv: the named command's own, none for --version,
    every one for --help or a name this table does not know (argparse then lists the choices)."""
    if argv is None:
        return COMMAND_MODULES
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return COMMAND_MODULES
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            module = COMMAND_TABLE.get(word)
            return [module] if module in COMMAND_MODULES else COMMAND_MODULES
    return []


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command parser; given argv, only the modules that argv's command needs are imported."""
    parser = CommandParser(prog="outreach-app", description="Outreach: tallies, sync, reports and flyers for outreach teams.")
    _add_db_option(parser, top=True)
    parser.add_argument("--version", action="version", version=f"outreach-app {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="build the main window off-screen, render it once, open the database, exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(argv):
        importlib.import_module(f"outreach_app.cli.{name}").register(commands)
    return parser


def one_line(message: str) -> str:
    """A message kept on one line even when it quotes a value holding line breaks or other control and
    text-direction characters (they are shown escaped: a value can never forge another output line)."""
    from outreach_app.core.bounds import escape_controls

    return escape_controls(message)


def fail(message: str) -> int:
    print(f"outreach-app: {one_line(message)}", file=sys.stderr)
    return 1


def _window_request(argv: list[str]) -> argparse.Namespace | None:
    """The options when argv asks only for the window (no command): then the full parser, which
    imports every command module, is not built, keeping the window's start-up short."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    pre.add_argument("--db", default=None)
    pre.add_argument("--self-test", action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else known


def _open_window(options: argparse.Namespace) -> int:
    import gc

    # Start-up makes tens of thousands of long-lived objects (modules, Qt's enums, widgets); the
    # collector would only walk them again and again. run_gui turns it back on once the window shows.
    gc.disable()
    try:
        from outreach_app.cli.window_check import window_problem
        from outreach_app.ui.app import _import_core_first, run_gui, self_test

        try:
            _import_core_first()  # the core before PySide6's import hook is in place, as run_gui does
        except ImportError:
            pass  # Qt cannot load: window_problem says why
        problem = window_problem(options.self_test)
        if problem:  # no Qt, or a system library it needs is missing: one line, not a traceback or an abort
            return fail(problem)
        return self_test(options.db) if options.self_test else run_gui(options.db)
    finally:
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    window = _window_request(argv)
    if window is not None:
        return _open_window(window)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    from outreach_app.core.errors import OutreachError, PersonalDataFound

    try:
        if args.self_test or args.command is None:
            return _open_window(args)
        if getattr(args, "needs_db", True):
            from outreach_app.core.store.database import open_database

            args.conn = open_database(args.db, read_only=getattr(args, "read_only", False))
        return args.handler(args) or 0
    except PersonalDataFound as exc:
        from outreach_app.cli.privacy import refusal_hint

        return fail(refusal_hint(exc))
    except OutreachError as exc:
        return fail(str(exc))
    except sqlite3.Error as exc:
        from outreach_app.core.store.sqlite_errors import describe_sqlite_error

        return fail(str(describe_sqlite_error(exc, args.db or "the database")))
    except KeyboardInterrupt:
        return fail("interrupted; nothing half-written was kept")
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a defect: one line for the user, details on request
        if os.environ.get("OUTREACH_DEBUG"):
            raise
        return fail(f"unexpected error: {type(exc).__name__}: {exc} (set OUTREACH_DEBUG=1 for details)")
