"""docs/cli.md and README's command table are generated from the argparse parser
(packaging/cli_docs.py) and fail here as soon as they are behind it."""

import argparse
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cli_docs():
    spec = importlib.util.spec_from_file_location("cli_docs", REPO / "packaging" / "cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_table_and_cli_reference_match_the_parser(cli_docs, capsys):
    code = cli_docs.main(["--check"])
    assert code == 0, ("docs are behind the parser; run `python packaging/cli_docs.py` and commit:\n"
                       + capsys.readouterr().out)


def test_every_command_and_option_is_on_both_pages(cli_docs):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    top = cli_docs.parser()
    found = cli_docs.commands(top)
    assert {"init", "event add", "report", "import", "restore"} <= {name for name, _, _ in found}
    for name, _, sub in found:
        assert f"<!-- generated:{name} -->" in reference
        assert f"`{name}" in readme
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help", "--db"):
                    assert f"{option}" in reference.split(f"<!-- generated:{name} -->")[1], (name, option)


def _with_new_command(cli_docs):
    """The real parser plus a command another branch might add, with one option."""
    top = cli_docs.parser()
    commands = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    p = commands.add_parser("municipality-test", help="a command added after the docs were made")
    p.add_argument("--keep-going", action="store_true", help="an option the docs do not know")
    return top


def test_a_new_command_makes_both_pages_behind(cli_docs):
    top = _with_new_command(cli_docs)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    new_readme = cli_docs.updated_readme(readme, top)
    new_reference = cli_docs.updated_cli_doc(reference, top)
    assert "| `municipality-test [--keep-going]` | a command added after the docs were made |" in new_readme
    assert "### `outreach-app municipality-test`" in new_reference
    assert "| `--keep-going` | an option the docs do not know |" in new_reference
    assert cli_docs.TO_WRITE in new_reference  # asks for its output and exit codes to be written
    # hand-written text around the blocks is kept, and a second run changes nothing more
    assert "## Exit codes" in new_reference and "Prints `fingerprint XXXX" in new_reference
    assert cli_docs.updated_cli_doc(new_reference, top) == new_reference
    assert cli_docs.updated_readme(new_readme, top) == new_readme


def test_a_changed_option_is_caught(cli_docs):
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    stale = reference.replace("`--dry-run`", "`--try-run`", 1)
    assert stale != reference
    assert cli_docs.updated_cli_doc(stale, cli_docs.parser()) == reference
