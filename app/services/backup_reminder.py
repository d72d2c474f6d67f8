"""When LedgerDesk last made a backup, whether a restore waits for the next start, and after how many days without one the window reminds the bookkeeper.

Kept in `backup.json` in the data folder, not in the settings: written by every backup (the command line's
too) and read at each start without pydantic; a file that cannot be read means the defaults, never a refusal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.store.paths import data_dir
from app.store.atomic import write_atomically

FILE_NAME = "backup.json"
PENDING_RESTORE = "restore-pending.zip"  # File ▸ Restore…'s checked backup, restored at the next start
DEFAULT_REMIND_AFTER_DAYS = 7


@dataclass(frozen=True)
class BackupRecord:
    """The reminder's setting (0: never remind) and when the last backup was made (None: never, counted `since`)."""

    remind_after_days: int = DEFAULT_REMIND_AFTER_DAYS
    last_backup: datetime | None = None
    since: datetime | None = None


def read_record() -> BackupRecord:
    """The data folder's backup record; the defaults when there is none or it cannot be read."""
    try:
        data = json.loads((data_dir() / FILE_NAME).read_text(encoding="utf-8"))
        days = data.get("remind_after_days", DEFAULT_REMIND_AFTER_DAYS)
        return BackupRecord(days if isinstance(days, int) and days >= 0 else DEFAULT_REMIND_AFTER_DAYS,
                            _when(data.get("last_backup")), _when(data.get("since")))
    except (OSError, ValueError, AttributeError):
        return BackupRecord()


def _when(text: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None
    return moment if moment is None or moment.tzinfo else None


def _write(record: BackupRecord) -> None:
    data = {"remind_after_days": record.remind_after_days,
            "last_backup": record.last_backup.isoformat(timespec="seconds") if record.last_backup else None,
            "since": record.since.isoformat(timespec="seconds") if record.since else None}
    write_atomically(data_dir() / FILE_NAME, json.dumps(data, indent=2) + "\n")


def record_backup(when: datetime) -> None:
    """Note a backup just made (the reminder counts from here)."""
    record = read_record()
    _write(BackupRecord(record.remind_after_days, when, record.since))


def set_remind_after(days: int) -> None:
    """Remind after `days` days without a backup; 0 never reminds."""
    if days < 0:
        raise ValueError("the number of days cannot be negative")
    record = read_record()
    _write(BackupRecord(days, record.last_backup, record.since))


def days_without_backup(now: datetime | None = None) -> int | None:
    """Whole days since the last backup when a reminder is due now, else None. A data folder never backed up
    counts from the first time this was asked (noted then), so a first start is not met with a reminder."""
    now = now or datetime.now(timezone.utc)
    record = read_record()
    if record.remind_after_days == 0:
        return None
    start = record.last_backup or record.since
    if start is None:
        try:
            _write(BackupRecord(record.remind_after_days, None, now))
        except OSError:
            pass  # a read-only data folder: no reminder rather than no window
        return None
    days = (now - start).days
    return days if days >= record.remind_after_days else None


def pending_restore_path() -> Path:
    """Where File ▸ Restore… leaves a checked backup for the next start (app/services/backup.py restores it)."""
    return data_dir() / PENDING_RESTORE
