"""The design, the command-line reference and the French terms live in this repository, and what the
code's comments and the docs point at exists: a newcomer following a reference finds something."""

import importlib
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ["outreach_app", "tests", "docs", "packaging", "benchmarks"]
SUFFIXES = {".py", ".md", ".sh", ".spec", ".iss", ".txt", ".toml"}
# Files that only ever existed outside the repository; nothing here may send a reader to them.
OUTSIDE = re.compile("|".join(["CONTRACT" + r"\.md", "DESIGN" + r"\.md", "GLOSSARY" + "-fr", "/work/" + "shared"]))


def _texts():
    files = [REPO / "README.md", REPO / "pyproject.toml"]
    for folder in SOURCES:
        files += [p for p in (REPO / folder).rglob("*") if p.suffix in SUFFIXES and ".venv" not in p.parts]
    for path in files:
        if path.is_file():
            yield path, path.read_text(encoding="utf-8", errors="replace")


def test_nothing_cites_documents_that_are_not_in_the_repository():
    found = [f"{path.relative_to(REPO)}:{text.count(chr(10), 0, m.start()) + 1}: {m.group()}"
             for path, text in _texts() for m in OUTSIDE.finditer(text)]
    assert not found, "cite docs/design.md, docs/cli.md or docs/translations.md instead:\n" + "\n".join(found)


def test_every_docs_page_named_exists():
    missing = []
    for path, text in _texts():
        for name in re.findall(r"\bdocs/([A-Za-z0-9_.-]+\.md)\b", text):
            if not (REPO / "docs" / name).is_file():
                missing.append(f"{path.relative_to(REPO)}: docs/{name}")
        if path.parent == REPO / "docs":
            for name in re.findall(r"\]\(([A-Za-z0-9_.-]+\.md)(?:#[^)]*)?\)", text):
                if not (REPO / "docs" / name).is_file():
                    missing.append(f"{path.relative_to(REPO)}: ({name})")
    assert not missing, missing


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            thing = importlib.import_module("outreach_app." + ".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(thing, name):
                return False
            thing = getattr(thing, name)
        return True
    return False


def test_core_names_in_comments_and_docs_exist():
    """`core.records.tally.Entry` in a docstring must name a real class: a renamed one is caught here."""
    wrong = []
    for path, text in _texts():
        for dotted in set(re.findall(r"\bcore(?:\.[a-z_]+)+\.[A-Z][A-Za-z_]+", text)):
            if not _resolves(dotted):
                wrong.append(f"{path.relative_to(REPO)}: {dotted}")
    assert not wrong, wrong
