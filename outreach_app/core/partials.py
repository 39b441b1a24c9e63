"""Files written under a temporary `.partial` name and then renamed (backups, bundles). A kill or a
power cut can leave one behind: the next backup or export in that folder removes the ones no running
program is still writing. A writer holds an advisory lock on its partial file while it writes; a
leftover is one whose lock can be taken (on Windows a file open elsewhere cannot be deleted anyway).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@contextlib.contextmanager
def writing(path: Path):
    """Create path (0600) and hold its lock while the block writes it."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield path
    finally:
        os.close(fd)


def remove_leftovers(folder: Path, pattern: str) -> list[Path]:
    """Delete the files matching pattern in folder that no program is writing; returns them."""
    removed = []
    try:
        candidates = list(Path(folder).glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # a live writer holds it
            path.unlink()
            removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed
