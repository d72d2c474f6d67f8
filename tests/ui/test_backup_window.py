"""File ▸ Back up… and Restore… in the real window, and the reminder after days without a backup."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QMessageBox

from app.store import paths
from app.store.database import connect
from app.store.drafts import DraftStore
from app.ui import backup_dialogs
from tests.ui.conftest import running_gui


def archived_draft(draft_id: str) -> None:
    """A closed draft written by another connection (the window does not open it again)."""
    conn = connect(paths.database_path())
    try:
        DraftStore(conn).save(draft_id, "{}")
        DraftStore(conn).archive(draft_id)
    finally:
        conn.close()


def draft_ids() -> set[str]:
    conn = connect(paths.database_path())
    try:
        return {row[0] for row in conn.execute("SELECT id FROM drafts")}
    finally:
        conn.close()


def test_back_up_then_restore_at_the_next_start(qapp, qtbot, confirma_profile, tmp_path):
    archive = tmp_path / "office.zip"
    with running_gui(qtbot) as gui:
        archived_draft("in-the-backup")
        assert gui.window.actions_by_name["backup"].text() == "&Back up…"
        assert gui.window.actions_by_name["restore"].text() == "Res&tore…"
        backup_dialogs.back_up_to(gui.window, archive)
        qtbot.waitUntil(lambda: gui.window.outcome.kind == "ok", timeout=10_000)
        assert gui.window.outcome.text.text().startswith(f"Backed up to {archive}")
        archived_draft("after-the-backup")
        backup_dialogs.restore_from(gui.window, archive)
        qtbot.waitUntil(lambda: gui.window.findChild(QMessageBox, "RestoreRestartBox") is not None, timeout=10_000)
        box = gui.window.findChild(QMessageBox, "RestoreRestartBox")
        assert "Quit now?" in box.text()
        later = next(b for b in box.buttons() if b.text() == "&Later")
        later.click()
        assert gui.window.isVisible()  # "Later": the window stays; the restore waits for the next start
    with running_gui(qtbot) as gui:
        assert gui.window.outcome.kind == "ok"
        assert gui.window.outcome.text.text().startswith("Restored the backup of")
    assert "in-the-backup" in draft_ids() and "after-the-backup" not in draft_ids()
    assert not (paths.data_dir() / "restore-pending.zip").exists()
    kept = list(paths.data_dir().glob("ledgerdesk.sqlite3.before-restore-*"))
    assert len(kept) == 1


def test_a_damaged_backup_is_refused_in_the_outcome_bar(qapp, qtbot, confirma_profile, tmp_path):
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    with running_gui(qtbot) as gui:
        backup_dialogs.restore_from(gui.window, archive)
        qtbot.waitUntil(lambda: gui.window.outcome.kind == "error", timeout=10_000)
        assert gui.window.outcome.text.text().startswith("Not restored: ")
        assert "not a LedgerDesk backup" in gui.window.outcome.text.text()
    assert not (paths.data_dir() / "restore-pending.zip").exists()


def test_the_window_reminds_once_after_the_configured_days_without_a_backup(qapp, qtbot, confirma_profile):
    long_ago = datetime.now(timezone.utc) - timedelta(days=9, hours=1)
    (paths.data_dir() / "backup.json").write_text(json.dumps(
        {"remind_after_days": 7, "last_backup": long_ago.isoformat(), "since": None}))
    with running_gui(qtbot) as gui:
        assert gui.window.outcome.kind == "info"
        assert gui.window.outcome.text.text().startswith("No backup for 9 days.")
    (paths.data_dir() / "backup.json").write_text(json.dumps(
        {"remind_after_days": 10, "last_backup": long_ago.isoformat(), "since": None}))
    with running_gui(qtbot) as gui:
        assert not gui.window.outcome.isVisible() or "backup" not in gui.window.outcome.text.text()
