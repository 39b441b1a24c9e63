"""docs/design.md's "Where a change goes" names every module of the core, so a newcomer who looks a
capability up there finds the file, and a new module cannot be added without saying where it belongs."""

import re

from tests.conftest import REPO


def test_where_a_change_goes_names_every_core_module():
    design = (REPO / "docs" / "design.md").read_text(encoding="utf-8")
    section = design[design.index("### Where a change goes"):design.index("### Where new capabilities go")]
    named = set(re.findall(r"`([\w/]+\.py)", section))
    core = REPO / "outreach_app" / "core"
    missing = [str(path.relative_to(core)) for path in sorted(core.rglob("*.py"))
               if path.name != "__init__.py" and "__pycache__" not in path.parts
               and str(path.relative_to(core)) not in named and path.name not in named]
    assert not missing, f"docs/design.md, 'Where a change goes', does not say where these live: {missing}"
    stale = sorted(name for name in named if "/" in name
                   and not (core / name).exists() and not (REPO / "outreach_app" / name).exists())
    assert not stale, f"docs/design.md, 'Where a change goes', names modules that do not exist: {stale}"
