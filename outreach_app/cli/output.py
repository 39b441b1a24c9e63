"""Writing command output: JSON that is byte-stable, tables for people, files written atomically."""

from __future__ import annotations

import json
import sys



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
    from outreach_app.core.files import write_bytes_atomically

    write_bytes_atomically(out, content if isinstance(content, bytes) else content.encode("utf-8"))
