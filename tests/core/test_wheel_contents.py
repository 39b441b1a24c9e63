"""The wheel a user installs carries every package, the resources and the `outreach-app` command.

Builds the wheel from a copy of the checkout (so no build/ or *.egg-info lands in the worktree) the
way `python -m build --wheel` does. Subpackages are discovered on disk, so one a later feature adds
but forgets to list in pyproject.toml makes this test fail.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("build") is None, reason="the `build` package is not installed"),
]


def _ignored(_folder, names):
    return [n for n in names if n in {"__pycache__", "build", "dist"} or n.endswith((".egg-info", ".pyc"))]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    source = tmp_path_factory.mktemp("source")
    for name in ("outreach_app", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=_ignored)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"python -m build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    (path,) = out.glob("outreach_app-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def _packages_on_disk() -> set[str]:
    """Every folder of outreach_app/ that holds Python code, as a dotted package name."""
    root = REPO / "outreach_app"
    return {
        ".".join(("outreach_app",) + init.parent.relative_to(root).parts)
        for init in root.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_every_package_and_module_is_in_the_wheel(wheel):
    names = set(wheel.namelist())
    missing_packages = sorted(
        p for p in _packages_on_disk() if p.replace(".", "/") + "/__init__.py" not in names
    )
    assert not missing_packages, f"add these to [tool.setuptools] packages in pyproject.toml: {missing_packages}"
    modules = {
        "outreach_app/" + m.relative_to(REPO / "outreach_app").as_posix()
        for m in (REPO / "outreach_app").rglob("*.py") if "__pycache__" not in m.parts
    }
    assert not sorted(modules - names), "modules missing from the wheel"
    for core in ("outreach_app/core/store/database.py", "outreach_app/cli/__init__.py", "outreach_app/ui/__init__.py"):
        assert core in names


def test_resources_ship_inside_the_package_with_their_subfolders(wheel):
    names = set(wheel.namelist())
    on_disk = {
        "outreach_app/resources/" + f.relative_to(REPO / "resources").as_posix()
        for f in (REPO / "resources").rglob("*")
        if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".ts"
    }
    assert on_disk, "resources/ is empty"
    assert "outreach_app/resources/icons/outreach.svg" in on_disk
    assert not sorted(on_disk - names), "resource files missing from the wheel"
    assert not any(n.startswith("resources/") for n in names), "resources/ must not install as a top-level package"


def test_the_outreach_app_command_is_declared(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert parser["console_scripts"]["outreach-app"].strip() == "outreach_app.cli:main"


def test_translations_ship_compiled_only(wheel):
    """The app loads .qm catalogues, the Qt-free core its words' JSON (reports and flyers in French); the
    translators' .ts sources stay in the repository."""
    names = set(wheel.namelist())
    assert "outreach_app/resources/translations/outreach_fr.qm" in names
    assert "outreach_app/resources/translations/outreach_words.json" in names
    assert not [n for n in names if n.endswith(".ts")], "translation sources (.ts) are in the wheel"


def _requirements(wheel) -> list[str]:
    (metadata,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return [line.split(":", 1)[1].strip() for line in wheel.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist:")]


def test_the_base_install_needs_no_qt_and_the_window_is_the_gui_extra(wheel):
    requirements = _requirements(wheel)
    base = [r for r in requirements if "extra ==" not in r]
    assert not [r for r in base if r.lower().startswith("pyside6")], f"Qt in the base install: {base}"
    gui = [r for r in requirements if "extra == \"gui\"" in r]
    assert {r.split(">")[0].split("<")[0].lower() for r in gui} == {"pyside6-essentials", "pyside6-addons"}
    for requirement in gui:  # 6.12.0 aborts Python 3.11 (none_dealloc); see pyproject.toml
        assert "<6.12" in requirement.replace(" ", ""), requirement
    names = " ".join(requirements).lower()
    for unused in ("pyside6-pdf", "openpyxl", "python-pptx"):  # python-docx: the What we heard document
        assert unused not in names, f"{unused} is declared but nothing imports it"
