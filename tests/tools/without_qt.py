"""Run Python as on a machine without Qt: a sitecustomize.py that makes `import PySide6` fail, either as
if PySide6 were not installed or as if a system library it links were missing."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SITECUSTOMIZE = '''
import os, sys

_MESSAGE = os.environ.get("OUTREACH_TEST_QT_ERROR")


class _NoQt:
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top not in ("PySide6", "shiboken6"):
            return None
        if not _MESSAGE:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        if name.startswith("PySide6.Qt"):
            raise ImportError(_MESSAGE)  # PySide6 is there; loading its Qt libraries fails
        return None


sys.meta_path.insert(0, _NoQt())
'''


def environment_without_qt(folder: Path, missing_library: str | None = None) -> dict:
    """os.environ for a subprocess where PySide6 is absent, or (missing_library given, e.g. "libEGL.so.1")
    present but unable to load its Qt libraries, with the loader's own wording."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(_SITECUSTOMIZE)
    env = {key: value for key, value in os.environ.items() if not key.startswith("OUTREACH_TEST_")}
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(REPO)])
    if missing_library:
        env["OUTREACH_TEST_QT_ERROR"] = f"{missing_library}: cannot open shared object file: No such file or directory"
    return env
