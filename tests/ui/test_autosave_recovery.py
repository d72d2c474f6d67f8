"""Autosave: every committed edit reaches the store while the bookkeeper types; a killed app loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from app.domain.targets import Target
from app.store.database import connect
from app.store.drafts import DraftStore
from app.store.paths import database_path
from tests.conftest import REPO

from .conftest import add_profile


def stored_lines() -> list[list[dict]]:
    conn = connect(database_path())
    try:
        return [json.loads(row.content)["lines"] for row in DraftStore(conn).open_drafts()]
    finally:
        conn.close()


def test_drafts_survive_sigkill_and_reopen_as_typed(qapp, qtbot):
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "type-and-wait"], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "TYPED", child.stderr.read() if child.poll() is not None else ""
        deadline = time.monotonic() + 10
        # Both drafts, down to the last committed cell, while the app is still running and typing is over.
        while time.monotonic() < deadline:
            drafts = stored_lines() if database_path().exists() else []
            texts = sorted(line.get("text", "") for lines in drafts for line in lines)
            if texts == ["First draft", "Second draft"] and any(
                    line.get("credit") == "99.90" for lines in drafts for line in lines):
                break
            time.sleep(0.05)
        else:
            raise AssertionError(f"drafts not saved in time: {stored_lines()}")
        assert child.poll() is None
    finally:
        child.send_signal(signal.SIGKILL)  # no clean shutdown, no flush on exit
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    from app.ui.app import LedgerDeskGui

    gui = LedgerDeskGui(start_sandbox=False)
    try:
        pages = gui.window.tabs.pages()
        seen = {}
        for page in pages:
            model = page.model
            seen[model.index(0, 2).data()] = [model.index(0, c).data() for c in range(5)]
        assert seen == {
            "First draft": ["12.12.2025", "1910 Pankkitili", "First draft", "150,00", ""],
            "Second draft": ["13.12.2025", "3000 Myynti", "Second draft", "", "99,90"],
        }
    finally:
        gui.window.close()
        gui.shutdown()


def test_drafts_not_written_by_this_ledgerdesk_are_read_in_full_and_damaged_ones_reported(qapp, qtbot):
    # Drafts LedgerDesk wrote are read back without the file model (start-up speed); any other text, such as
    # a hand-written file put in the store, still opens, and a damaged one is named, never silently lost.
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    conn = connect(database_path())
    try:
        drafts = DraftStore(conn)
        drafts.save("hand-written", (REPO / "examples" / "confirma-supplier-bill.json").read_text(encoding="utf-8"),
                    "Sandbox")
        drafts.save("damaged", '{"format": "ledgerdesk-voucher", "version": 1, "lines": [{"debit": "abc"}]}',
                    "Sandbox")
    finally:
        conn.close()

    from app.ui.app import LedgerDeskGui

    gui = LedgerDeskGui(start_sandbox=False)
    try:
        pages = {page.draft_id: page for page in gui.window.tabs.pages()}
        assert "damaged" not in pages
        assert pages["hand-written"].model.rowCount() > 2
        shown = gui.window.outcome.text.text()
        assert "could not be read" in shown and "debit" in shown, shown
    finally:
        gui.window.close()
        gui.shutdown()


def stored_raw_cells() -> list[dict[str, str]]:
    conn = connect(database_path())
    try:
        return [dict(row.raw_cells) for row in DraftStore(conn).open_drafts()]
    finally:
        conn.close()


def test_an_unreadable_amount_survives_sigkill_just_after_the_autosave_delay(qapp, qtbot):
    # The promise: a committed cell is on disk AUTOSAVE_DELAY_MS (150 ms) after its commit, plus the write.
    # The child is killed the moment the store has it (polled every 5 ms), and the text and its issue come back.
    from app.ui.page_autosave import AUTOSAVE_DELAY_MS

    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "type-unreadable"], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        said = child.stdout.readline().split()
        assert said[:1] == ["COMMITTED"], child.stderr.read() if child.poll() is not None else said
        committed = float(said[1])  # CLOCK_MONOTONIC: one clock for both processes on Linux
        while time.monotonic() < committed + 10:
            if database_path().exists() and {"0:debit": "12,3,4"} in stored_raw_cells():
                break
            time.sleep(0.005)
        stored_after = time.monotonic() - committed
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)  # no clean shutdown, no flush on exit
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    # Generous for a shared 2-core machine: measured 107-144 ms, once 662 ms while other test runs loaded it.
    assert stored_after < AUTOSAVE_DELAY_MS / 1000 + 2.0, f"stored {stored_after:.3f} s after the commit"
    print(f"unreadable cell on disk {stored_after * 1000:.0f} ms after its commit")

    from app.ui.app import LedgerDeskGui

    gui = LedgerDeskGui(start_sandbox=False)
    try:
        page = gui.window.tabs.current_page()
        model = page.model
        assert [model.index(0, c).data() for c in range(2, 4)] == ["Rent deposit", "12,3,4"]
        assert any(x.line == 1 and x.field == "debit" and x.is_error for x in page.all_issues())
    finally:
        gui.window.close()
        gui.shutdown()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_ledgerdesk_told_to_stop_by_the_system_keeps_the_cell_being_typed(qapp, qtbot, how):
    # A logout or shutdown without a session manager sends SIGTERM; Ctrl+C in the terminal that started
    # LedgerDesk sends SIGINT, closing that terminal SIGHUP. Each quits as Ctrl+Q does, without a traceback.
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "type-mid-edit"], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "TYPING", child.stderr.read() if child.poll() is not None else ""
        child.send_signal(how)
        _out, err = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == 0 and "Traceback" not in err, err
    assert [line.get("text") for lines in stored_lines() for line in lines] == ["Half typed"]
