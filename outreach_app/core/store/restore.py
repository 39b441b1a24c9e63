"""Restoring a backup over the database: refused while another program has the database open (a tap
it wrote after the restore would be lost), the current file kept in the backup folder first."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from .backups import _next_name, _open_read_only, describe_damage, folder_for_database, read_backup
from outreach_app.core.store.upkeep import backup_to, copy_into, replace_database_file, sole_connection
from outreach_app.core.errors import DatabaseProblem, InvalidInput


def _keep_current(target: Path, folder: Path, conn: sqlite3.Connection | None = None) -> Path | None:
    """Copy the current database (even a damaged one) into the backup folder before it is replaced
    (through conn when the restore already holds the database alone)."""
    if not target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    keep = _next_name(folder, "before-restore", None)
    try:
        source = conn or sqlite3.connect(str(target), timeout=1)
        try:
            return backup_to(source, keep, overwrite=True)
        finally:
            if conn is None:
                source.close()
    except (sqlite3.Error, DatabaseProblem, InvalidInput):
        pass  # damaged: keep its bytes as they are, write-ahead log included
    for suffix in ("", "-wal"):
        source = Path(f"{target}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{keep}{suffix}"))
            os.chmod(Path(f"{keep}{suffix}"), 0o600)  # it holds the signing key
    return keep


def restore_backup(backup: str | os.PathLike, target_db: str | os.PathLike, *,
                   folder: str | os.PathLike | None = None) -> Path | None:
    """Replace target_db with the backup (checked first). The current file is copied into the backup
    folder beforehand; returns that copy's path (None when there was no current file).

    Refused (DatabaseProblem, nothing changed) while any other connection has target_db open: a tap
    written by another program after the restore would otherwise go into a replaced file and be lost.
    The restore holds the database alone and copies the backup into the same file.
    """
    backup, target = Path(backup).expanduser(), Path(target_db).expanduser()
    info = read_backup(backup)
    if not info.good:
        raise InvalidInput("cannot restore from {path}: {reason}", path=backup, reason=info.problem)
    if target.exists() and backup.resolve() == target.resolve():
        raise InvalidInput("{path} is the database itself; choose a backup file", path=backup)
    keep_folder = Path(folder) if folder else folder_for_database(target)
    if target.exists() and describe_damage(target, quick_check=False) is None:
        try:
            with sole_connection(target) as alone:
                kept = _keep_current(target, keep_folder, alone)
                source = _open_read_only(backup)
                try:
                    copy_into(source, alone)
                finally:
                    source.close()
            return kept
        except OSError as exc:
            raise DatabaseProblem("cannot restore {path} ({reason}); the database was not replaced", path=target,
                                  reason=exc.strerror) from None
        except sqlite3.Error as exc:
            if not getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                raise DatabaseProblem("cannot restore {path} ({reason}); the database was not replaced", path=target,
                                      reason=str(exc)) from None
    return _replace_whole_file(backup, target, keep_folder)


def _replace_whole_file(backup: Path, target: Path, keep_folder: Path) -> Path | None:
    """A missing or damaged database: replaced by a fresh copy of the backup (nobody can be using it)."""
    partial = target.with_name(target.name + ".restoring")
    try:
        kept = _keep_current(target, keep_folder)
        source = _open_read_only(backup)
        try:
            backup_to(source, partial, overwrite=True)
        finally:
            source.close()
        replace_database_file(partial, target)
    except OSError as exc:
        raise DatabaseProblem("cannot restore {path} ({reason}); the database was not replaced", path=target,
                              reason=exc.strerror) from None
    except sqlite3.Error as exc:
        raise DatabaseProblem("cannot restore {path} ({reason}); the database was not replaced", path=target,
                              reason=str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return kept
