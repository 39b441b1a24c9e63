"""Writing command output: JSON that is byte-stable, tables for people, files written atomically."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from outreach_app.core.errors import InvalidInput


def to_json(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def table(rows: list[list], header: list[str]) -> str:
    """A plain aligned text table."""
    from outreach_app.core.bounds import escape_controls  # names from other laptops: shown, never obeyed

    cells = [header] + [["" if v is None else escape_controls(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def write_output(content: str | bytes, out: str | None) -> None:
    """Print to stdout, or write the file whole (temp file + rename) so it is never half-written."""
    if out is None:
        if isinstance(content, bytes):
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return
    path = Path(out).expanduser()
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name")
    partial = path.with_name(path.name + ".partial")
    try:
        if isinstance(content, bytes):
            partial.write_bytes(content)
        else:
            partial.write_text(content, encoding="utf-8", newline="")
        os.replace(partial, path)
    except OSError as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise InvalidInput(f"cannot write {path} ({exc.strerror or exc})") from None
