"""Writing a file whole or not at all: the one safe way every output of the app is written.

A temporary file in the target's folder (hidden, ending in `.partial`), flushed to disk, then renamed
over the target; on any failure the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from .errors import InvalidInput

PARTIAL_SUFFIX = ".partial"


def output_path(out: str | os.PathLike) -> Path:
    """The path to write, refused in one line when it is a folder."""
    path = Path(out).expanduser()
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give a file name", path=path)
    return path


def write_atomically(out: str | os.PathLike, write: Callable[[Path], None], *, mode: int = 0o644) -> Path:
    """Call write(temporary_path) to fill a temporary file beside the target, flush it to disk and
    rename it over the target. OSError becomes one InvalidInput naming the target; anything else is
    raised as it is. Nothing is left behind either way."""
    path = output_path(out)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)
        os.close(handle)
    except OSError as exc:
        raise InvalidInput("cannot write {path} ({reason})", path=path, reason=exc.strerror or str(exc)) from None
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise InvalidInput("cannot write {path} ({reason})", path=path, reason=exc.strerror or str(exc)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return path


def write_bytes_atomically(out: str | os.PathLike, data: bytes, *, mode: int = 0o644) -> Path:
    """write_atomically for content already in memory."""
    return write_atomically(out, lambda temporary: temporary.write_bytes(data), mode=mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
