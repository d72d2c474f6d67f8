"""`ledgerdesk backup FILE` and `ledgerdesk restore FILE`: a checked copy of this data location (docs/backup.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.terminal import one_line
from app.services import backup, backup_reminder
from app.store.database import DatabaseError

# Same meanings as app.cli's codes (not imported: app.cli imports this module while it is being built).
EXIT_OK, EXIT_PROBLEM = 0, 2


def register(commands: argparse._SubParsersAction) -> None:
    make = commands.add_parser(
        "backup", help="write a checked copy of the database and settings to FILE (a zip)",
        description="Copy this data location's database (while LedgerDesk may be running) and settings into FILE, "
                    "a zip, written beside FILE first and renamed over it only once the copy is checked. API keys "
                    "are not in it: they stay in the OS keyring. Exit 0 when written, 2 when it could not be. "
                    "A team data location (PostgreSQL) is backed up by the office with pg_dump (docs/team.md).")
    make.add_argument("file", metavar="FILE", type=Path, nargs="?")
    make.add_argument("--remind-after", metavar="DAYS", type=int,
                      help="remind in the window after DAYS days without a backup (0: never; default 7)")
    make.set_defaults(handler=run_backup)
    back = commands.add_parser(
        "restore", help="replace the database and settings with those of a backup FILE",
        description="Check FILE (checksums, the database's integrity and schema) and put its database and settings "
                    "in place of this data location's; the previous ones are kept beside them as "
                    "…before-restore-<time>. Refused, with nothing changed, for a damaged backup, one from a newer "
                    "LedgerDesk, or while another LedgerDesk has the data folder open. Exit 0 when restored, 2 "
                    "when not.")
    back.add_argument("file", metavar="FILE", type=Path)
    back.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    if args.remind_after is not None:
        if args.remind_after < 0:
            return _fail("--remind-after takes a number of days, 0 or more.")
        backup_reminder.set_remind_after(args.remind_after)
        print("Reminder: never." if args.remind_after == 0 else
              f"Reminder: after {args.remind_after} days without a backup.")
        if args.file is None:
            return EXIT_OK
    if args.file is None:
        return _fail("Name the backup file: ledgerdesk backup FILE")
    try:
        made = backup.back_up(args.file)
    except (backup.BackupError, DatabaseError) as exc:
        return _fail(f"Not backed up: {one_line(exc)}")
    except OSError as exc:
        return _fail(f"Not backed up: {one_line(exc.strerror or exc)} ({one_line(args.file)}).")
    print(f"Backed up to {one_line(made.path)}: database schema {made.schema_version}, "
          f"{' and '.join(made.members)} (API keys stay in the keyring).")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    try:
        done = backup.restore(args.file)
    except (backup.BackupError, DatabaseError) as exc:
        return _fail(f"Not restored: {one_line(exc)}")
    except OSError as exc:
        return _fail(f"Not restored: {one_line(exc.strerror or exc)}; nothing was changed.")
    print(f"Restored the backup of {one_line(done.contents.created)} (database schema "
          f"{done.contents.schema_version}).")
    if done.kept_database is not None:
        print(f"The previous database is kept as {one_line(done.kept_database)}.")
    if done.kept_settings is not None:
        print(f"The previous settings are kept as {one_line(done.kept_settings)}.")
    return EXIT_OK


def _fail(line: str) -> int:
    print(line, file=sys.stderr)
    return EXIT_PROBLEM
