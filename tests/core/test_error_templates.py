"""Every error the core raises carries a template the window can translate (outreach_app/core/errors.py):
a plain string literal, given every value its placeholders name, so that lupdate can extract it and
formatting it never fails. An f-string here would reach the French window in English."""

import ast
import string
from pathlib import Path

import pytest

from outreach_app.core.errors import InvalidInput, OutreachError

CORE = Path(__file__).resolve().parents[2] / "outreach_app" / "core"
ERROR_CALLS = {"OutreachError", "InvalidInput", "NotFound", "DatabaseProblem", "BundleRefused", "UnknownSigningKey",
               "UnknownDevice", "refuse", "Notice", "DatabaseDamaged", "DatabaseLocked", "DatabaseReadOnly", "DiskFull",
               "DatabaseTooNew", "PersonalDataFound", "PlansAffected"}


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _error_calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _called_name(node) in ERROR_CALLS:
            yield node


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_errors_are_raised_with_literal_templates_and_all_their_values(path):
    problems = []
    for call in _error_calls(path):
        where = f"{path.name}:{call.lineno}"
        passes_on = any(k.arg is None for k in call.keywords)  # a helper handing on (template, **values)
        if passes_on and call.args and isinstance(call.args[0], (ast.Name, ast.Attribute)):
            continue
        if not call.args or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            problems.append(f"{where}: the template is not a plain string literal")
            continue
        template = call.args[0].value
        given = {k.arg for k in call.keywords} - {"where"}
        try:
            named = {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
        except ValueError as exc:
            problems.append(f"{where}: template {template!r} is not a valid format string ({exc})")
            continue
        if any(not name.isidentifier() for name in named):
            problems.append(f"{where}: template {template!r} uses positional or expression placeholders")
        if given and named != given:
            problems.append(f"{where}: template {template!r} names {sorted(named)} but is given {sorted(given)}")
        if not given and named:
            problems.append(f"{where}: template {template!r} has placeholders but no values")
    assert not problems, "\n".join(problems)


def test_an_error_prints_its_english_and_keeps_its_template_and_values():
    error = InvalidInput("{what} '{value}' is not a whole number", what="quantity", value="x")
    assert str(error) == "quantity 'x' is not a whole number"
    assert (error.template, error.values, error.where) == ("{what} '{value}' is not a whole number",
                                                          {"what": "quantity", "value": "x"}, None)
    assert str(OutreachError("no such file", where=Path("/tmp/b.zip"))) == "/tmp/b.zip: no such file"
    assert str(OutreachError("a {brace} stays as it is")) == "a {brace} stays as it is"  # no values: no formatting
