"""Find files under resources/, in a source checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a resource file, whether installed (outreach_app/resources) or in a checkout."""
    for base in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("resource not found: " + "/".join(parts))


def load_json_resource(*parts: str):
    import json  # only the first-run catalogue and migrations read JSON; the window's start-up does not

    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
