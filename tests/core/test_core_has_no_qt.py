"""outreach_app.core must never import Qt: it runs in scripts and tests without a screen."""

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "outreach_app" / "core"


def test_importing_every_core_module_loads_no_qt():
    modules = sorted("outreach_app.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
                     for p in CORE.rglob("*.py") if p.name != "__init__.py")
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + \
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\nprint(bad)\nsys.exit(1 if bad else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=CORE.parents[1])
    assert result.returncode == 0, result.stdout + result.stderr
