"""Errors the user can act on: shown as one line, never as a traceback.

Raise one with a message template and its values:

    raise InvalidInput("{what} '{value}' is not a whole number", what=what, value=value)

str(error) is the English text that the command line prints. The window translates the template
(packaging/update_translations.sh extracts every template written in the core into the French
catalogue) and fills in the same values, so the core stays free of Qt and of any language but
English. `where` (a file, usually) is put in front: "bundle.zip: no such file". A message the core
returns instead of raising (a sync warning) is a Notice: a str made the same way.
A template must be a plain string literal at the raise site (tests/core/test_error_templates.py).
"""


def _english(template: str, where: str | None, values: dict) -> str:
    """The English text of a template with its values (no values: the template as it is), after where."""
    text = template.format(**values) if values else template
    return f"{where}: {text}" if where is not None else text


class Notice(str):
    """A message the core returns rather than raises (a sync warning): the same English text as a str,
    with its template, values and `where` for the window to translate, as an OutreachError has."""

    def __new__(cls, template: str, *, where=None, **values):
        where = None if where is None else str(where)
        notice = super().__new__(cls, _english(template, where, values))
        notice.template, notice.where, notice.values = template, where, values
        return notice


class OutreachError(Exception):
    """An expected failure with a message fit to show the user as it is."""

    def __init__(self, template: str, *, where=None, **values):
        self.template = template
        self.where = None if where is None else str(where)
        self.values = values
        super().__init__(_english(template, self.where, values))


class NotFound(OutreachError):
    """An id or name that names nothing in the database."""


class InvalidInput(OutreachError):
    """A value the user typed that breaks a rule (a bad date, a negative count)."""


class PersonalDataFound(InvalidInput):
    """Free text that looks like it identifies a person (core/privacy/free_text.py): refused unless the
    person says it is not about a resident (the window's "Keep", the command line's --allow-personal).
    `field` names the value, `kind` what was found (email, phone, dwelling, name)."""

    def __init__(self, template: str, *, where=None, **values):
        super().__init__(template, where=where, **values)
        self.field, self.kind = values.get("what"), values.get("kind")


class DatabaseProblem(OutreachError):
    """The database file cannot be used. Callers decide by subclass, never by the message's words."""


class DatabaseDamaged(DatabaseProblem):
    """Not an SQLite file, or an SQLite file whose pages are damaged: a backup can be offered."""


class DatabaseLocked(DatabaseProblem):
    """Another program holds the write lock (busy or locked): trying again later can work."""


class DatabaseReadOnly(DatabaseProblem):
    """The file, or the folder SQLite writes its journal in, cannot be written."""


class DiskFull(DatabaseProblem):
    """The disk holding the database is full; nothing was saved."""


class DatabaseTooNew(DatabaseProblem):
    """Written by a newer version of Outreach: refused untouched."""
