"""A LedgerDesk backup file: one zip holding a consistent copy of the database, the settings and a manifest.

A zip rather than a folder: `ledgerdesk backup FILE` makes one file the bookkeeper can copy to a stick, a share
or a mail, each member carries a CRC (a damaged copy is found before anything is replaced), and the source
documents of a later step fit in as `attachments/<content hash>` members, stored as they are. The database is
copied with SQLite's online backup API (one read transaction: a consistent snapshot while the window writes),
checked by reopening the copy (`PRAGMA integrity_check`, its schema version) and only then put in the zip;
the zip is written to a temporary file beside the target and renamed over it, so a crash leaves the old file or
the new one, never half of one. Restoring reads the same way back: extracted beside the live database, checked,
then renamed into place, the previous database kept as `ledgerdesk.sqlite3.before-restore-<time>`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
import zlib
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app import __version__
from app.store.atomic import replacing, sync_folder, temporary_beside
from app.store.database import LATEST_VERSION

FORMAT = "ledgerdesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "ledgerdesk.sqlite3"
SETTINGS_MEMBER = "settings.json"
CHECK_TIMEOUT_S = 10.0


class BackupError(RuntimeError):
    """A backup cannot be made or used; `code` says why (missing, unreadable, damaged, newer, busy, target),
    the message says what to do."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class BackupContents:
    """What a backup file holds, as its manifest says and its checked database confirms."""

    path: Path
    created: str
    app_version: str
    schema_version: int
    members: tuple[str, ...]


def write_backup(target: Path, database: Path, settings: Path | None) -> BackupContents:
    """Copy `database` (online) and `settings` into the zip `target`, atomically; the copy is checked first."""
    if not database.is_file():
        raise BackupError("missing", f"There is no database to back up yet ({database}).")
    if target.is_dir():
        raise BackupError("target", f"{target} is a folder: name the backup file, e.g. {target / 'ledgerdesk.zip'}.")
    if not target.parent.is_dir():
        raise BackupError("target", f"The folder {target.parent} does not exist.")
    copy = temporary_beside(target, ".sqlite3.tmp")
    try:
        try:
            source = sqlite3.connect(database, timeout=CHECK_TIMEOUT_S)
            try:
                destination = sqlite3.connect(copy)
                try:
                    source.backup(destination)  # all pages in one step: one read transaction, one snapshot
                    destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
                finally:
                    destination.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise BackupError("unreadable", f"The database {database} could not be copied ({exc}).") from None
        version = check_database(copy)
        created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        members = [DATABASE_MEMBER] + ([SETTINGS_MEMBER] if settings is not None and settings.is_file() else [])
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "created": created,
                    "app_version": __version__, "schema_version": version, "members": members}
        _write_zip(target, manifest, copy, settings if SETTINGS_MEMBER in members else None)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(copy)
    return BackupContents(target, created, __version__, version, tuple(members))


def check_database(path: Path) -> int:
    """Reopen a database copy, run `PRAGMA integrity_check` and return its schema version; BackupError if
    it is damaged, not LedgerDesk's, or written by a newer LedgerDesk."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=CHECK_TIMEOUT_S)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError("damaged", f"The backup's database is damaged: it cannot be read ({exc}).") from None
    if result != ["ok"]:
        raise BackupError("damaged", f"The backup's database is damaged ({'; '.join(result[:3])}).")
    if version < 1 or "submissions" not in tables:
        raise BackupError("damaged", "The backup does not hold a LedgerDesk database.")
    if version > LATEST_VERSION:
        raise BackupError("newer", f"The backup was made by a newer LedgerDesk (database schema {version}; this "
                                   f"one knows up to {LATEST_VERSION}). Update LedgerDesk, then restore it.")
    return version


def read_backup(archive: Path, database_copy: Path) -> tuple[BackupContents, bytes | None]:
    """Check `archive` (manifest, CRCs), extract its database to `database_copy` and check that; the contents
    and the settings file's bytes (None when it has none)."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            manifest = json.loads(zipped.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupError("damaged", f"{archive} is not a LedgerDesk backup.")
            if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
                raise BackupError("newer", f"{archive} was made by a newer LedgerDesk (backup format "
                                           f"{manifest['format_version']}). Update LedgerDesk, then restore it.")
            if (bad := zipped.testzip()) is not None:
                raise BackupError("damaged", f"{archive} is damaged ({bad} does not match its checksum).")
            with zipped.open(DATABASE_MEMBER) as source, open(database_copy, "wb") as copy:
                while chunk := source.read(1 << 20):
                    copy.write(chunk)
                copy.flush()
                os.fsync(copy.fileno())
            settings = zipped.read(SETTINGS_MEMBER) if SETTINGS_MEMBER in zipped.namelist() else None
    except FileNotFoundError:
        raise BackupError("missing", f"There is no file {archive}.") from None
    except IsADirectoryError:
        raise BackupError("missing", f"{archive} is a folder, not a backup file.") from None
    except OSError as exc:
        raise BackupError("unreadable", f"{archive} cannot be read ({exc.strerror or exc}).") from None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, zipfile.LargeZipFile,
            zlib.error) as exc:
        raise BackupError("damaged", f"{archive} is not a LedgerDesk backup or is damaged ({exc}).") from None
    version = check_database(database_copy)
    contents = BackupContents(archive, str(manifest.get("created", "")), str(manifest.get("app_version", "")),
                              version, tuple(str(m) for m in manifest.get("members", ())))
    return contents, settings


def replace_database(live: Path, checked_copy: Path, kept_suffix: str) -> Path | None:
    """Put `checked_copy` in place of the database `live`; the previous one is kept as `live` + `kept_suffix`
    (returned; None when there was none). BackupError("busy") while another connection has `live` open."""
    if not live.exists():
        os.replace(checked_copy, live)
        sync_folder(live.parent)
        return None
    kept = live.with_name(live.name + kept_suffix)
    try:
        holder = sqlite3.connect(live, timeout=1.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupError("unreadable", f"The current database {live} cannot be opened ({exc}).") from None
    try:
        try:
            # Leaving WAL needs the only connection: it fails while any LedgerDesk (window, command) has the
            # database open. Then the exclusive lock keeps everyone out until the rename is done, and the kept
            # file is self-contained (its WAL checkpointed into it).
            mode = holder.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            holder.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            mode = "busy"
        if str(mode).lower() != "delete":
            raise BackupError("busy", f"Another LedgerDesk (a window or a command) is using {live}. Close it, "
                                      f"then restore again; nothing was changed.")
        os.replace(live, kept)
        os.replace(checked_copy, live)
        sync_folder(live.parent)
    finally:
        holder.close()
    return kept


def _write_zip(target: Path, manifest: dict[str, object], database: Path, settings: Path | None) -> None:
    with replacing(target) as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr(MANIFEST, json.dumps(manifest, indent=2) + "\n")
        zipped.write(database, DATABASE_MEMBER)
        if settings is not None:
            zipped.write(settings, SETTINGS_MEMBER)
