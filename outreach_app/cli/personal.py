"""The one --allow-personal option every command that saves free text shares (core/privacy/free_text.py)."""

from __future__ import annotations

ALLOW_PERSONAL_HELP = ("save free text even though it looks like personal data (an email, a phone number, a unit, "
                       "a name after a title): only when it is not about a resident")


def add_allow_personal(parser) -> None:
    """Give a command that saves free text the --allow-personal option (args.allow_personal)."""
    parser.add_argument("--allow-personal", action="store_true", help=ALLOW_PERSONAL_HELP)


def refusal_hint(exc) -> str:
    """The command line's ending for a PersonalDataFound refusal: how to keep the text after all."""
    return f"{exc}: remove it, or add --allow-personal if it is not about a resident"
