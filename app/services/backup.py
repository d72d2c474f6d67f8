"""Backing up and restoring a data location (docs/backup.md): the use cases `ledgerdesk backup`/`restore` and
File ▸ Back up… / Restore… call. The file's format and its checks are app/store/backup_file.py's.

The window cannot replace the database it has open: File ▸ Restore… checks the backup and leaves it as
`restore-pending.zip` in the data folder, and the next start restores it before anything opens the database.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.services import backup_reminder
from app.store.atomic import replacing, temporary_beside, write_atomically
from app.store.backup_file import BackupContents, BackupError, read_backup, replace_database, write_backup
from app.store.paths import database_path, settings_path
from app.store.team_location import read_location

if TYPE_CHECKING:
    from app.store import settings_model
else:
    settings_model = deferred("app.store.settings_model")  # pydantic: only to check a restored settings file

__all__ = ["BackupContents", "BackupError", "RestoreResult", "apply_pending_restore", "back_up", "pending_path",
           "restore", "stage_restore"]

@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup's contents and where the replaced database and settings were kept."""

    contents: BackupContents
    kept_database: Path | None
    kept_settings: Path | None


def back_up(target: Path) -> BackupContents:
    """Write a checked backup of this data location's database and settings to `target` (a zip)."""
    _refuse_team_location("backed up")
    contents = write_backup(target, database_path(), settings_path())
    with suppress(OSError):  # the backup is made; a record that cannot be written only delays the reminder
        backup_reminder.record_backup(datetime.now(timezone.utc))
    return contents


def restore(archive: Path) -> RestoreResult:
    """Replace this data location's database and settings with the backup's, after checking it; the previous
    ones are kept beside them as `…before-restore-<time>`. Refused while another LedgerDesk uses the database."""
    _refuse_team_location("restored")
    live = database_path()
    copy = temporary_beside(live, ".restore.tmp")
    try:
        contents, settings = read_backup(archive, copy)
        if settings is not None:
            _check_settings(settings)
        suffix = ".before-restore-" + datetime.now().strftime("%Y%m%d-%H%M%S")
        kept_database = replace_database(live, copy, suffix)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(copy)
    kept_settings = None
    if settings is not None:
        current = settings_path()
        if current.exists():
            kept_settings = current.with_name(current.name + suffix)
            shutil.copy2(current, kept_settings)
        write_atomically(current, settings)
    return RestoreResult(contents, kept_database, kept_settings)


def stage_restore(archive: Path) -> BackupContents:
    """Check `archive` and keep a copy to be restored at the next start (the window's File ▸ Restore…)."""
    _refuse_team_location("restored")
    pending = pending_path()
    copy = temporary_beside(pending, ".check.tmp")
    try:
        contents, settings = read_backup(archive, copy)
        if settings is not None:
            _check_settings(settings)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(copy)
    with replacing(pending) as staged, open(archive, "rb") as source:
        shutil.copyfileobj(source, staged)
    return contents


def apply_pending_restore() -> RestoreResult:
    """Restore the backup File ▸ Restore… left for this start (before the database is opened; the caller
    checks that there is one). A backup another LedgerDesk keeps from being restored stays pending; one that
    cannot be used is dropped."""
    pending = pending_path()
    try:
        result = restore(pending)
    except BackupError as exc:
        if exc.code != "busy":
            pending.unlink(missing_ok=True)
        raise
    pending.unlink(missing_ok=True)
    return result


def pending_path() -> Path:
    """Where File ▸ Restore… leaves a checked backup for the next start."""
    return backup_reminder.pending_restore_path()


def _check_settings(raw: bytes) -> None:
    try:
        version = json.loads(raw).get("schema_version", 0)
    except (ValueError, AttributeError):
        raise BackupError("damaged", "The backup's settings file cannot be read.") from None
    if not isinstance(version, int) or version > settings_model.SCHEMA_VERSION:
        raise BackupError("newer", f"The backup's settings were written by a newer LedgerDesk (settings schema "
                                   f"{version}; this one knows up to {settings_model.SCHEMA_VERSION}). Update "
                                   f"LedgerDesk, then restore it.")


def _refuse_team_location(what: str) -> None:
    location = read_location()
    if location is not None:
        raise BackupError("team", f"This data location keeps its data in the office's team database "
                                  f"({location.server}); that is {what} by the office with pg_dump and pg_restore "
                                  f"(docs/team.md), not by LedgerDesk.")
