"""File ▸ Back up… and File ▸ Restore…: the window's front end over app/services/backup.py (docs/backup.md).

A backup runs in the background while the bookkeeper goes on typing (SQLite's online backup takes a snapshot).
A restore cannot replace the database the window has open: the backup is checked now, kept for the next start,
and the bookkeeper is offered to quit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import backup
from app.ui import style

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

def _filter() -> str:
    return QCoreApplication.translate("BackupDialogs", "LedgerDesk backup (*.zip)")


def ask_backup_file(window: MainWindow) -> None:
    """File ▸ Back up…: ask where, then write the backup there in the background."""
    suggested = str(Path.home() / f"ledgerdesk-backup-{date.today().isoformat()}.zip")
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("BackupDialogs", "Back up LedgerDesk"), suggested, _filter())
    if path:
        back_up_to(window, Path(path))


def back_up_to(window: MainWindow, path: Path) -> None:
    """Write the backup to `path` off the GUI thread; the outcome bar says where it went or why not."""
    window.workspace.tasks.run(
        lambda _progress: backup.back_up(path),
        lambda made: window.show_message("ok", QCoreApplication.translate("BackupDialogs", "Backed up to {path} (the database and settings; API keys "
                                                   "stay in the keyring).").format(path=made.path)),
        lambda reason: window.show_message("error", QCoreApplication.translate("BackupDialogs", "Not backed up: {reason}").format(reason=reason)))


def ask_restore_file(window: MainWindow) -> None:
    """File ▸ Restore…: choose a backup, check it, and offer to quit so the next start restores it."""
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("BackupDialogs", "Restore a LedgerDesk backup"), str(Path.home()), _filter())
    if path:
        restore_from(window, Path(path))


def restore_from(window: MainWindow, path: Path) -> None:
    """Check the backup at `path` (in the background) and keep it for the next start; then offer to quit."""
    window.workspace.tasks.run(
        lambda _progress: backup.stage_restore(path),
        lambda contents: _offer_to_quit(window, contents),
        lambda reason: window.show_message("error", QCoreApplication.translate("BackupDialogs", "Not restored: {reason}").format(reason=reason)))


def _offer_to_quit(window: MainWindow, contents: Any) -> None:
    text = QCoreApplication.translate("BackupDialogs", "The backup of {created} is checked and will be restored when LedgerDesk starts next: its drafts, "
               "outbox and review list replace this computer's, and the current database is kept beside it "
               "(ledgerdesk.sqlite3.before-restore-…). LedgerDesk must restart for that. Quit now?").format(
        created=contents.created)
    window.show_message("info", text)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("BackupDialogs", "Restore needs a restart"), text,
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("RestoreRestartBox")
    box.setAccessibleName(QCoreApplication.translate("BackupDialogs", "Restore needs a restart"))
    quit_now = box.addButton(QCoreApplication.translate("BackupDialogs", "&Quit now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("BackupDialogs", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_now)
    box.finished.connect(lambda _result: box.clickedButton() is quit_now and window.close())
    style.open_dialog(box)


def restore_pending() -> backup.RestoreResult | Exception:
    """At start, before the database opens: restore what File ▸ Restore… left (its result, or why not)."""
    try:
        return backup.apply_pending_restore()
    except (backup.BackupError, OSError) as exc:
        return exc


def start_note(restored: backup.RestoreResult | Exception) -> tuple[str, str]:
    """What the outcome bar says about the restore at start (once the window's language is installed)."""
    if isinstance(restored, backup.BackupError) and restored.code == "busy":
        return "warning", QCoreApplication.translate(
            "BackupDialogs", "The backup chosen with File ▸ Restore… was not restored yet: another LedgerDesk has the "
                             "data folder open. Close it and start LedgerDesk again.")
    if isinstance(restored, Exception):
        reason = restored.strerror if isinstance(restored, OSError) and restored.strerror else str(restored)
        return "error", QCoreApplication.translate(
            "BackupDialogs", "The backup chosen with File ▸ Restore… was not restored: {reason}").format(reason=reason)
    return "ok", QCoreApplication.translate(
        "BackupDialogs", "Restored the backup of {created}. The previous database is kept as {kept}.").format(
        created=restored.contents.created, kept=restored.kept_database.name if restored.kept_database else "-")
