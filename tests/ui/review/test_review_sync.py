"""Keeping the review true: Confirma's sync status read in the background (pending → synced, a failure with
the target's description), and on start the outbox reconciled with uncertain vouchers put before the
bookkeeper, who decides each with the audit evidence on screen."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.targets import Target
from app.sandbox import SandboxServer
from app.sandbox.charts import starter_accounts
from app.services.session import open_session
from app.services.submission import queue_voucher
from app.store.audit import AuditEvent, AuditLog
from app.store.outbox import Outbox
from tests.ui.conftest import add_profile, running_gui
from tests.ui.keys import CTRL, SHIFT, K

from .support import confirma_voucher, infinity_voucher, open_review, post, press, shown
from app.store.states import SubmissionState

TODAY = date.today()


# Confirma syncs half a second after a post, unless a test says otherwise.
pytestmark = pytest.mark.sandbox(sync_delay=0.5)


@pytest.mark.sandbox(sync_delay=60)  # pending until the test moves Confirma's clock on, however slow the machine
def test_a_refresh_moves_pending_to_synced_in_the_view(qapp, qtbot, confirma_profile, sandbox_clock):
    assert post("Sandbox", confirma_voucher(TODAY, "3001", "Printer paper", "Paperi")).state == "accepted"
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)  # opening reads the sync status once
        assert shown(review, "state") == ["pending at target"]
        sandbox_clock.advance(60)
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        press(K.Key_F5)
        qtbot.waitUntil(lambda: shown(review, "state") == ["synced"], timeout=10_000)
        assert review.detail.detail.submission.detail.endswith("Successfully synced")  # Confirma's description
        assert review.sync.timer.isActive()  # and again every few minutes while the review is open
        assert "Sync status read at" in review.sync_status.text()


# Confirma's accounting system lacks account 4000, which our starter chart has: the sync fails.
@pytest.mark.sandbox(sync_delay=0, accounts_fi=starter_accounts("FI") - {"4000"})
def test_a_failure_at_the_target_shows_its_description(qapp, qtbot, sandbox):
    add_profile("Sandbox", Target.CONFIRMA, sandbox.confirma_url, company_id="0737546-2")
    assert post("Sandbox", confirma_voucher(TODAY, "3002", "Toner", "Väriaine")).state == "accepted"
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        qtbot.waitUntil(lambda: shown(review, "state") == ["failed at target"], timeout=10_000)
        said = "Account 4000 (row 1) does not exist in the chart of accounts."
        assert review.outcome.kind == "error" and said in review.outcome.text.text()
        assert "3002" in review.outcome.text.text()
        assert said in review.detail.message.text()


def _uncertain_infinity(sandbox, number: str, fault: str) -> int:
    """An Infinity voucher whose answer never came: `drop_after` (it was booked) or `status` (it was not)."""
    sandbox.faults.add(fault, target="infinity", **({"status": 500} if fault == "status" else {}))
    report = post("Swiss", infinity_voucher(TODAY, number, f"Verkauf {number}"))
    assert report.state == SubmissionState.UNCERTAIN, report.message
    return report.submission_id


def _abandoned_confirma() -> int:
    """A Confirma voucher that a LedgerDesk process claimed and then died with, before sending it."""
    with open_session("Sandbox") as session:
        queued = queue_voucher(session.conn, confirma_voucher(TODAY, "3003", "Stamps", "Postimerkit"),
                               session.profile)
        assert Outbox(session.conn).claim(queued.submission_id, f"{socket.gethostname()}:999999999:0")
        return queued.submission_id


def test_start_reconciles_and_the_bookkeeper_decides_each_uncertain_voucher(qapp, qtbot, sandbox,
                                                                            confirma_profile):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    booked = _uncertain_infinity(sandbox, "B-1", "drop_after")
    lost = _uncertain_infinity(sandbox, "B-2", "status")
    abandoned = _abandoned_confirma()
    with running_gui(qtbot) as gui:
        window = gui.window
        # The reconcile starts once the window has painted, and runs in the background.
        qtbot.waitUntil(lambda: window.review.reconcile_started and not window.review.sync.running, timeout=15_000)
        conn = gui.conn
        # Confirma settled itself: not in its list, so sent again with the same identifier.
        assert Outbox(conn).get(abandoned).state == SubmissionState.ACCEPTED
        assert [r["body"]["ledgers"]["documentName"] for r in sandbox.received("confirma")] == ["3003"]
        assert "1 voucher was being sent when LedgerDesk last stopped" in window.outcome.text.text()
        banner = window.review.banner
        assert banner.isVisible() and banner.text.text().startswith("2 voucher")
        assert "need your decision" in banner.text.text()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        press(K.Key_U, CTRL | SHIFT)  # the banner's key: the review on just those
        review = window.review.window
        qtbot.waitExposed(review)
        qtbot.waitUntil(lambda: shown(review, "number") == ["B-2", "B-1"], timeout=3000)
        assert review.bar.states[SubmissionState.UNCERTAIN].isChecked()

        decide(qtbot, review, "B-1", "posted")
        qtbot.waitUntil(lambda: Outbox(conn).get(booked).state == SubmissionState.ACCEPTED, timeout=10_000)
        assert sum(1 for r in sandbox.received("infinity") if r["method"] == "POST") == 1  # never sent twice
        qtbot.waitUntil(lambda: banner.text.text().startswith("1 voucher"), timeout=3000)

        decide(qtbot, review, "B-2", "resend")
        qtbot.waitUntil(lambda: Outbox(conn).get(lost).state == SubmissionState.ACCEPTED, timeout=10_000)
        # The send's thread commits the state before the window hears of it: the banner recounts on that turn.
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
        events = [e.event for e in AuditLog(conn).for_submission(lost)]
        assert AuditEvent.RESOLVE in events and events.count(AuditEvent.SENDING) == 2


def decide(qtbot, review, number: str, decision: str) -> None:
    """Select the voucher, Ctrl+Shift+D, read the evidence, choose, and confirm in the second dialog."""
    review.table.selectRow(shown(review, "number").index(number))
    review.table.setFocus()
    qtbot.waitUntil(review.isActiveWindow, timeout=3000)
    press(K.Key_D, CTRL | SHIFT)
    dialog = review.voucher_actions.dialog
    qtbot.waitExposed(dialog)
    evidence = dialog.evidence.toPlainText()
    row = review.current_detail()
    body = [r.body for r in row.requests][0]
    assert " sending" in evidence and '"debitAccount": 1020' in evidence  # the exact body, pretty
    assert "http  POST" in evidence and body
    button = dialog.posted_button if decision == "posted" else dialog.resend_button
    button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert ("never send it again" if decision == "posted" else "booked twice") in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_start_reconcile_waits_for_the_first_frame(qapp, qtbot, confirma_profile, monkeypatch):
    from app.ui.review import center
    monkeypatch.setattr(center, "START_RECONCILE_LATEST_MS", 60_000)  # only the first paint can start it
    abandoned = _abandoned_confirma()
    with running_gui(qtbot) as gui:
        qtbot.waitUntil(lambda: gui.window.review.reconcile_started and not gui.window.review.sync.running,
                        timeout=10_000)
        assert Outbox(gui.conn).get(abandoned).state != SubmissionState.SENDING  # settled: no longer left mid-send


def test_a_window_never_painted_still_reconciles_on_start(qapp, qtbot, confirma_profile):
    from app.ui.app import LedgerDeskGui
    abandoned = _abandoned_confirma()
    gui = LedgerDeskGui(start_sandbox=False)  # never shown: as if it started minimised
    try:
        assert not gui.window.review.reconcile_started
        qtbot.waitUntil(lambda: gui.window.review.reconcile_started and not gui.window.review.sync.running,
                        timeout=10_000)
        assert Outbox(gui.conn).get(abandoned).state != SubmissionState.SENDING
    finally:
        gui.window.close()
        gui.shutdown()


def test_a_queued_voucher_the_target_never_got_can_be_cancelled_in_the_review(qapp, qtbot):
    """Issue 13: a submission the target provably holds nothing of can be withdrawn by the bookkeeper."""
    with SandboxServer(port=0, infinity_token="a-token-the-profile-does-not-have") as sandbox:
        _cancel_in_review(qtbot, sandbox)


def _cancel_in_review(qtbot, sandbox) -> None:
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    with open_session("Swiss") as session:
        queued = queue_voucher(session.conn, infinity_voucher(TODAY, "X-1", "Wrong key"), session.profile)
        report = session.submitter.send(queued.submission_id)
    assert report.state == SubmissionState.QUEUED  # the key was refused: nothing was booked, it waits
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        qtbot.waitUntil(lambda: shown(review, "number") == ["X-1"], timeout=3000)
        review.table.selectRow(0)
        review.table.setFocus()
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        press(K.Key_X, CTRL | SHIFT)
        box = review.voucher_actions.dialog
        assert isinstance(box, QMessageBox) and box.isVisible() and "Nothing of it was booked" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: Outbox(gui.conn).get(queued.submission_id).state == SubmissionState.CANCELLED,
                        timeout=10_000)
        qtbot.waitUntil(lambda: shown(review, "state") == ["cancelled"], timeout=3000)
    assert not [r for r in sandbox.received("infinity") if r["method"] == "POST" and r["status"] < 400]


@pytest.mark.sandbox(accounts_ch=starter_accounts("CH") - {"6500"})  # Infinity refuses the office supplies
def test_a_partly_booked_voucher_is_not_offered_for_cancelling_with_an_untrue_question(qapp, qtbot, sandbox):
    """Found walking as a bookkeeper: the confirmation said 'Nothing of it was booked' under a booked entry."""
    from app.services.voucher_files import read_voucher_file
    from tests.conftest import EXAMPLES

    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    bill = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    with open_session("Swiss") as session:
        sid = queue_voucher(session.conn, bill, session.profile).submission_id
        assert session.submitter.send(sid).state == "rejected"  # entry 1 booked, entry 2 refused
    with running_gui(qtbot) as gui:
        review = open_review(gui, qtbot)
        qtbot.waitUntil(lambda: shown(review, "number") == ["K-2025-017"], timeout=3000)
        review.table.selectRow(0)
        review.table.setFocus()
        qtbot.waitUntil(review.isActiveWindow, timeout=3000)
        press(K.Key_X, CTRL | SHIFT)
        assert review.voucher_actions.dialog is None or not review.voucher_actions.dialog.isVisible()
        assert "cannot be cancelled" in review.outcome.text.text()
        assert Outbox(gui.conn).get(sid).state == "rejected"
