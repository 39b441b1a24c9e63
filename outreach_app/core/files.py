"""Writing a file whole or not at all: the one safe way every output of the app is written.

A temporary file in the target's folder (hidden, ending in `.partial`, created 0600), flushed to disk,
then renamed over the target; on any failure the temporary file is removed and the target is left as
it was. A kill or a power cut can still leave a partial file behind: the next backup or export in that
folder removes the ones no running program is still writing. A writer holds an advisory lock on its
partial file while it writes; a leftover is one whose lock can be taken (on Windows a file open
elsewhere cannot be deleted anyway).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Callable

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

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
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)  # 0600
    except OSError as exc:
        raise InvalidInput("cannot write {path} ({reason})", path=path, reason=exc.strerror or str(exc)) from None
    temporary = Path(name)
    try:
        with _locked(handle):  # a live partial is never taken for a leftover
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


@contextlib.contextmanager
def _locked(fd: int):
    """Hold an exclusive advisory lock on an open file while the block runs, then close it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def writing(path: Path):
    """Create path (0600) and hold its lock while the block writes it (files renamed by their caller)."""
    with _locked(os.open(path, os.O_CREAT | os.O_RDWR, 0o600)):
        yield path


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
