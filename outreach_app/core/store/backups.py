"""Automatic rotating backups, their previews, restore, and recovery from a damaged database.

Backups are consistent copies made with SQLite's backup API (safe while the window writes) into the
backup folder (setting `backup_folder`, default `backups/` beside the database), named
`outreach-<UTC time>-<reason>-<sequence>.db`. "Newest" means the highest sequence number, not the
newest time stamp, so a laptop clock set years in the past never makes rotation delete the backup
it just made. Only the newest `backups_kept` (default 10) are kept.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from outreach_app.core.store.connection import get_setting, set_setting, sqlite_header_refused
from outreach_app.core.store.database import open_database
from outreach_app.core.store.migrations import schema_version
from outreach_app.core.store.upkeep import backup_to
from outreach_app.core.errors import DatabaseDamaged, DatabaseProblem, InvalidInput, Notice, NotFound
from outreach_app.core.validate import parse_count

DEFAULT_FOLDER_NAME = "backups"
DEFAULT_KEPT = 10
DEFAULT_MIN_INTERVAL_MINUTES = 60
_NAME = re.compile(r"outreach-(\d{8}T\d{6}Z)-([a-z-]+)-(\d{5,})\.db")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and a preview of what it holds (problem is set when it cannot be read)."""
    path: str
    made_at: str  # ISO UTC time from the file name
    reason: str
    sequence: int
    size: int
    events: int | None = None
    entries: int | None = None
    first_date: str | None = None
    last_date: str | None = None
    device: str | None = None
    problem: str | None = None

    @property
    def good(self) -> bool:
        return self.problem is None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class StartupCheck:
    """What start-up found: an open connection, or the problem and the backup to offer instead."""
    conn: sqlite3.Connection | None
    problem: str | None = None
    offer: BackupInfo | None = None


# --- settings ----------------------------------------------------------------------------------

def backup_folder(conn: sqlite3.Connection) -> Path:
    """The folder automatic backups go to (relative settings are relative to the database's folder)."""
    return _folder_for(Path(conn.db_path), get_setting(conn, "backup_folder"))


def backups_kept(conn: sqlite3.Connection) -> int:
    value = get_setting(conn, "backups_kept")
    try:
        return max(1, int(value)) if value else DEFAULT_KEPT
    except ValueError:
        return DEFAULT_KEPT


def configure_backups(conn: sqlite3.Connection, folder: str | None = None, kept: int | str | None = None) -> None:
    """Change the backup folder and/or how many backups are kept (at least 1)."""
    if kept is not None:
        set_setting(conn, "backups_kept", str(parse_count(kept, "backups kept", minimum=1, maximum=1000)))
    if folder is not None:
        text = folder.strip()
        if not text:
            raise InvalidInput("backup folder must not be empty")
        target = _folder_for(Path(conn.db_path), text)
        if target.exists() and not target.is_dir():
            raise InvalidInput("{path} is a file, not a folder", path=target)
        set_setting(conn, "backup_folder", text)


def _folder_for(db_path: Path, setting: str | None) -> Path:
    base = db_path.expanduser().resolve().parent
    if not setting:
        return base / DEFAULT_FOLDER_NAME
    folder = Path(setting).expanduser()
    return folder if folder.is_absolute() else base / folder


def folder_for_database(db_path: str | os.PathLike) -> Path:
    """The backup folder of a database that may be damaged: its setting if readable, else the default."""
    setting = None
    try:
        probe = sqlite3.connect(f"{Path(db_path).expanduser().resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = probe.execute("SELECT value FROM settings WHERE key = 'backup_folder'").fetchone()
            setting = row[0] if row else None
        finally:
            probe.close()
    except sqlite3.Error:
        pass
    return _folder_for(Path(db_path), setting)


# --- making backups ----------------------------------------------------------------------------

def _parse_name(path: Path) -> tuple[str, str, int] | None:
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    made = dt.datetime.strptime(match[1], _STAMP).replace(tzinfo=dt.timezone.utc)
    return made.isoformat(timespec="seconds"), match[2], int(match[3])


def _backup_files(folder: Path) -> list[tuple[int, Path, str, str]]:
    """(sequence, path, made_at, reason) of every backup in folder, newest (highest sequence) first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(path)
        if parsed:
            found.append((parsed[2], path, parsed[0], parsed[1]))
    return sorted(found, key=lambda item: item[0], reverse=True)


def _next_name(folder: Path, reason: str, now: dt.datetime | None) -> Path:
    files = _backup_files(folder)
    sequence = files[0][0] + 1 if files else 1
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime(_STAMP)
    return folder / f"outreach-{stamp}-{reason}-{sequence:05d}.db"


def _fingerprint(conn: sqlite3.Connection) -> tuple:
    """Cheap summary that changes whenever data changes (clock, newest fact rows)."""
    clock = conn.execute("SELECT hlc, rev FROM clock WHERE id = 1").fetchone()
    tallies = conn.execute("SELECT max(rowid) FROM tally_entries").fetchone()[0]
    voids = conn.execute("SELECT max(rowid) FROM voids").fetchone()[0]
    return tuple(clock or ()) + (tallies, voids)


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)


def make_backup(conn: sqlite3.Connection, reason: str = "manual", *, now: dt.datetime | None = None) -> Path:
    """A consistent copy in the backup folder now; then only the newest `backups_kept` are kept."""
    if str(conn.db_path) == ":memory:":
        raise InvalidInput("an in-memory database has no backup folder")
    folder = backup_folder(conn)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # backups hold the signing key
    except OSError as exc:
        raise DatabaseProblem("cannot create the backup folder {folder} ({reason})", folder=folder,
                              reason=exc.strerror) from None
    from outreach_app.core.files import remove_leftovers

    remove_leftovers(folder, ".outreach-*.db.*.partial")  # left by a backup that was killed or ran out of disk
    path = backup_to(conn, _next_name(folder, reason, now), overwrite=True)
    prune_backups(folder, backups_kept(conn))
    return path


def prune_backups(folder: Path, kept: int) -> list[Path]:
    """Delete all but the newest `kept` backups in folder; returns what was deleted."""
    removed = []
    for _, path, _, _ in _backup_files(folder)[max(1, kept):]:
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            try:
                companion.unlink(missing_ok=True)
            except OSError:
                pass
        removed.append(path)
    return removed


def _unchanged_since_newest(conn: sqlite3.Connection, folder: Path) -> bool:
    files = _backup_files(folder)
    if not files:
        return False
    try:
        copy = _open_read_only(files[0][1])
        try:
            return _fingerprint(copy) == _fingerprint(conn)
        finally:
            copy.close()
    except sqlite3.Error:
        return False


def backup_on_start(conn: sqlite3.Connection, *, now: dt.datetime | None = None,
                    min_interval_minutes: int | None = None) -> Path | None:
    """Back up at start-up unless one was made in the last minutes or nothing changed since.

    Returns the new backup's path, or None when skipped. The window runs this off the UI thread.
    """
    if str(conn.db_path) == ":memory:":
        return None
    folder = backup_folder(conn)
    from outreach_app.core.files import remove_leftovers

    remove_leftovers(folder, ".outreach-*.db.*.partial")  # left by a backup that was killed or ran out of disk
    files = _backup_files(folder)
    interval = DEFAULT_MIN_INTERVAL_MINUTES if min_interval_minutes is None else min_interval_minutes
    if files:
        made = dt.datetime.fromisoformat(files[0][2])
        age = (now or dt.datetime.now(dt.timezone.utc)) - made
        # a negative age means the clock went back: do not trust it, back up
        if dt.timedelta(0) <= age < dt.timedelta(minutes=interval):
            return None
    if _unchanged_since_newest(conn, folder):
        return None
    return make_backup(conn, "start", now=now)


def backup_end_of_day(conn: sqlite3.Connection, *, now: dt.datetime | None = None) -> Path | None:
    """Back up at the end of an event day, unless nothing changed since the newest backup."""
    if str(conn.db_path) == ":memory:" or _unchanged_since_newest(conn, backup_folder(conn)):
        return None
    return make_backup(conn, "end-of-day", now=now)


# --- previews and checks -----------------------------------------------------------------------

def describe_damage(path: str | os.PathLike, *, quick_check: bool = True) -> Notice | None:
    """Why the database file at path is unusable (header, then SQLite's quick check), or None when it
    looks sound. The quick check reads the whole file: about 1 s per million entries."""
    path = Path(path).expanduser()
    if not path.exists():
        return None
    if path.is_dir():
        return Notice("{path} is a folder, not a database file", path=path)
    if not os.access(path, os.R_OK):
        return Notice("{path} cannot be read ({reason})", path=path, reason=os.strerror(errno.EACCES))
    if sqlite_header_refused(path):  # the window's own database: never open() it (see sqlite_header_refused)
        return Notice("{path} is damaged or not an Outreach database (its header is not SQLite's)", path=path)
    if not quick_check:
        return None
    try:
        probe = sqlite3.connect(str(path), timeout=1)
        try:
            rows = [row[0] for row in probe.execute("PRAGMA quick_check")]
        finally:
            probe.close()
    except sqlite3.Error as exc:
        if not getattr(exc, "sqlite_errorname", "SQLITE_CORRUPT").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return None  # locked, disk full, read-only: not damage; opening says what it is
        return Notice("{path} is damaged ({reason})", path=path, reason=str(exc))
    if rows != ["ok"]:
        return Notice("{path} is damaged ({reason})", path=path, reason=rows[0])
    return None


def read_backup(path: str | os.PathLike) -> BackupInfo:
    """Preview of one backup: events, entries, date range and device; problem set if unreadable."""
    path = Path(path).expanduser()
    parsed = _parse_name(path) or ("", "manual", 0)
    size = path.stat().st_size if path.exists() else 0
    base = dict(path=str(path), made_at=parsed[0], reason=parsed[1], sequence=parsed[2], size=size)
    if not path.is_file():
        return BackupInfo(**base, problem=Notice("{path} does not exist", path=path))
    damage = describe_damage(path)
    if damage:
        return BackupInfo(**base, problem=damage)
    try:
        copy = _open_read_only(path)
        try:
            version = copy.execute("PRAGMA user_version").fetchone()[0]
            if version > schema_version():
                return BackupInfo(**base, problem=Notice("{path} was written by a newer version of Outreach",
                                                         path=path))
            events, first, last = copy.execute(
                "SELECT count(*), min(date), max(date) FROM events WHERE cancelled = 0").fetchone()
            entries = copy.execute("SELECT count(*) FROM tally_entries WHERE voided = 0").fetchone()[0]
            device = copy.execute(
                "SELECT d.name FROM settings s JOIN devices d ON d.id = s.value WHERE s.key = 'device_id'").fetchone()
        finally:
            copy.close()
    except sqlite3.Error as exc:
        return BackupInfo(**base, problem=Notice("{path} is not an Outreach backup ({reason})", path=path,
                                                 reason=str(exc)))
    return BackupInfo(**base, events=events, entries=entries, first_date=first, last_date=last,
                      device=device[0] if device else None)


def list_backups(folder: str | os.PathLike) -> list[BackupInfo]:
    """Every backup in folder with its preview, newest first."""
    return [read_backup(path) for _, path, _, _ in _backup_files(Path(folder).expanduser())]


def newest_good_backup(folder: str | os.PathLike) -> BackupInfo | None:
    for _, path, _, _ in _backup_files(Path(folder).expanduser()):
        info = read_backup(path)
        if info.good:
            return info
    return None


# --- restore and start-up recovery -------------------------------------------------------------

def open_or_offer_backup(db_path: str | os.PathLike, *, folder: str | os.PathLike | None = None,
                         quick_check: bool = True) -> StartupCheck:
    """Open the database, or, when it is damaged, say why and offer the newest good backup.

    Locked, too-new and read-only databases are not damage: their DatabaseProblem is raised as is.
    quick_check=False checks only the header and what opening reads (for very large files, whose full
    check `describe_damage` can then run off the UI thread).
    """
    damage = describe_damage(db_path, quick_check=quick_check)
    if damage is None:
        try:
            return StartupCheck(open_database(db_path))
        except DatabaseProblem as exc:
            if not isinstance(exc, DatabaseDamaged):
                raise
            damage = Notice(exc.template, where=exc.where, **exc.values)  # kept translatable
    search = Path(folder) if folder else folder_for_database(db_path)
    return StartupCheck(None, damage, newest_good_backup(search))


def find_backup(folder: Path, name: str) -> Path:
    """A backup named by path, by file name inside folder, or 'newest' (newest good one)."""
    if name == "newest" and not Path(name).exists():
        info = newest_good_backup(folder)
        if info is None:
            raise NotFound("no good backup in {folder}", folder=folder)
        return Path(info.path)
    path = Path(name).expanduser()
    if path.is_file():
        return path
    if (folder / name).is_file():
        return folder / name
    raise NotFound("no backup file '{name}' (looked in {folder} too)", name=name, folder=folder)


from .restore import restore_backup  # noqa: E402,F401  (kept importable from here; restore.py uses this module)
