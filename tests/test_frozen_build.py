"""The PyInstaller one-folder app works on its own: no Python, an empty environment.

Runs where PyInstaller is installed, unless the `CI` variable is set (the build takes ~15-30 s);
OUTREACH_TEST_PYINSTALLER=1 forces it anywhere. Builds into a temporary folder from
packaging/outreach.spec, then checks the frozen app against the same commands run from source.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import needs_qt

REPO = Path(__file__).resolve().parent.parent
FORCED = os.environ.get("OUTREACH_TEST_PYINSTALLER") == "1"

pytestmark = [
    needs_qt,
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"),
    pytest.mark.skipif(bool(os.environ.get("CI")) and not FORCED,
                       reason="frozen build skipped on CI (set OUTREACH_TEST_PYINSTALLER=1 to run it)"),
]
HAS_WINDOW = (REPO / "outreach_app" / "ui" / "app.py").exists()
REPORT = ["report", "--from", "2000-01-01", "--to", "2100-12-31"]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """Path of the built executable."""
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(REPO / "packaging" / "outreach.spec")],
        capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL, cwd=work,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-4000:]}"
    name = "outreach-app.exe" if sys.platform.startswith("win") else "outreach"
    executable = work / "dist" / "outreach" / name
    assert executable.exists()
    return executable


def run_frozen(executable: Path, *args, home: Path, extra: dict | None = None) -> subprocess.CompletedProcess:
    """Run the frozen app as a desktop launcher would: nothing inherited, no Python on PATH."""
    env = {"LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), **(extra or {})}
    if sys.platform.startswith("win"):
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return subprocess.run([str(executable), *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_frozen_app_prints_its_version(frozen, tmp_path):
    from outreach_app import __version__

    result = run_frozen(frozen, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"outreach-app {__version__}"


def test_frozen_reports_match_the_source_reports(frozen, tmp_path, cli):
    db = tmp_path / "demo.db"
    for args in (["init", "--device-name", "frozen"], ["demo", "--events", "4", "--entries", "120", "--seed", "7"]):
        made = run_frozen(frozen, "--db", db, *args, home=tmp_path)  # migrations run inside the bundle
        assert made.returncode == 0, made.stderr
    frozen_json = run_frozen(frozen, "--db", db, *REPORT, "--format", "json", home=tmp_path)
    assert frozen_json.returncode == 0, frozen_json.stderr
    assert json.loads(frozen_json.stdout) == json.loads(cli(*REPORT, "--format", "json", db=db, check=True).stdout)
    assert json.loads(frozen_json.stdout)["events"] == 4

    # French needs Babel's locale data inside the bundle
    french = run_frozen(frozen, "--db", db, *REPORT, "--format", "text", "--language", "fr", home=tmp_path)
    assert french.returncode == 0, french.stderr
    assert french.stdout == cli(*REPORT, "--format", "text", "--language", "fr", db=db, check=True).stdout
    assert "plans de sécurité" in french.stdout


@pytest.mark.skipif(not HAS_WINDOW, reason="the window (outreach_app/ui/app.py) has not landed yet")
def test_frozen_self_test_passes_and_fails_without_fonts(frozen, tmp_path):
    ok = run_frozen(frozen, "--db", tmp_path / "st.db", "--self-test", home=tmp_path)
    assert ok.returncode == 0, ok.stderr

    if sys.platform.startswith("linux"):
        # A fontconfig that knows no font files: Qt still lists generic "Sans Serif"-style aliases,
        # but every text would draw as boxes. The self-test must say so (check QFontInfo(font).family()).
        empty = tmp_path / "no-fonts.conf"
        empty.write_text('<?xml version="1.0"?><fontconfig></fontconfig>\n')
        bare = run_frozen(frozen, "--db", tmp_path / "st2.db", "--self-test", home=tmp_path,
                          extra={"FONTCONFIG_FILE": str(empty)})
        assert bare.returncode != 0, "--self-test passed on a machine without fonts"
        assert "font" in bare.stderr.lower()


def test_frozen_app_ships_compiled_translations_only_and_no_qtpdf(frozen):
    folder = frozen.parent
    names = {p.name for p in folder.rglob("*") if p.is_file() or p.is_symlink()}
    assert "outreach_fr.qm" in names
    assert "outreach_words.json" in names, "the core's report and flyer words (French) are missing"
    assert not [n for n in names if n.endswith(".ts")], "translation sources (.ts) in the app"
    assert not [n for n in names if n.startswith(("libQt6Pdf", "libqpdf"))], "QtPdf is bundled but unused"
    dangling = [p.name for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to libraries left out of the app: {dangling}"
