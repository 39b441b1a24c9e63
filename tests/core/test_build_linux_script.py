"""packaging/build-linux.sh puts an app into dist/ only after its smoke test passed. Runs the script
with a stand-in for PyInstaller that "builds" an executable answering as told (no real build)."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="build-linux.sh is a bash script")

FAKE_PYINSTALLER = """#!/bin/bash
# stand-in for pyinstaller: makes <distpath>/outreach/outreach, a script exiting with $FAKE_APP_EXIT
while [[ $# -gt 0 ]]; do [[ $1 == --distpath ]] && dist=$2; shift; done
mkdir -p "$dist/outreach"
printf '#!/bin/bash\\necho "outreach-app 9.9.9"\\nexit %s\\n' "$FAKE_APP_EXIT" > "$dist/outreach/outreach"
chmod +x "$dist/outreach/outreach"
"""


def _build(tmp_path, app_exit: int) -> subprocess.CompletedProcess:
    fake = tmp_path / "pyinstaller"
    fake.write_text(FAKE_PYINSTALLER)
    fake.chmod(0o755)
    env = {**os.environ, "PYINSTALLER": str(fake), "DIST": str(tmp_path / "dist"), "WORK": str(tmp_path / "work"),
           "FAKE_APP_EXIT": str(app_exit)}
    return subprocess.run(["bash", str(REPO / "packaging" / "build-linux.sh")], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_a_failed_smoke_test_keeps_the_previous_app_and_leaves_nothing_half_built(tmp_path):
    previous = tmp_path / "dist" / "outreach"
    previous.mkdir(parents=True)
    (previous / "outreach").write_text("the last good build")

    result = _build(tmp_path, app_exit=1)

    assert result.returncode != 0
    assert (previous / "outreach").read_text() == "the last good build"
    assert sorted(p.name for p in (tmp_path / "dist").iterdir()) == ["outreach"]


def test_a_passing_smoke_test_replaces_the_app_and_packs_it(tmp_path):
    (tmp_path / "dist" / "outreach").mkdir(parents=True)
    (tmp_path / "dist" / "outreach" / "stale-file").write_text("from an older build")

    result = _build(tmp_path, app_exit=0)

    assert result.returncode == 0, result.stderr
    assert "9.9.9" in (tmp_path / "dist" / "outreach" / "outreach").read_text()
    assert not (tmp_path / "dist" / "outreach" / "stale-file").exists()
    names = sorted(p.name for p in (tmp_path / "dist").iterdir())
    assert names[0] == "outreach" and names[1].startswith("outreach-9.9.9-linux-") and len(names) == 2
