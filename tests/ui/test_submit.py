"""Submitting: the window keeps working while the target is slow, and a refusal comes back onto the cells."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.domain.targets import Target
from app.editing import COLUMNS
from app.ui import style

from .conftest import add_profile, ch_accounts_without
from .keys import K, Keyboard
from .test_typing_confirma import type_documented_voucher

KEY_ORDER = [c.key for c in COLUMNS]


def open_preview_and_send(page, keys, qtbot) -> None:
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None, [x.message for x in page.editor.final_issues()]
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    keys.enter()


def test_the_event_loop_keeps_turning_while_the_sandbox_delays_its_answer_3_s(gui, page, keys, sandbox, qtbot):
    type_documented_voucher(page, keys)
    sandbox.faults.add("delay", seconds=3, target="confirma")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    open_preview_and_send(page, keys, qtbot)
    assert page.read_only and page.sending_strip.isVisible()  # what is being sent cannot change meanwhile
    # Meanwhile the bookkeeper starts the next voucher in a new tab and types into it.
    qtbot.waitUntil(lambda: gui.window.isActiveWindow(), timeout=3000)
    keys.ctrl(K.Key_N)
    qtbot.waitUntil(lambda: gui.window.tabs.count() == 2 and gui.window.tabs.current_page().view.hasFocus(),
                    timeout=3000)
    second = gui.window.tabs.current_page()
    keys.cell("t")
    keys.cell("1910")
    assert second.model.index(0, KEY_ORDER.index("account")).data() == "1910 Pankkitili"
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "ok", timeout=15_000)
    elapsed = time.monotonic() - started
    timer.stop()
    assert elapsed >= 2.9  # the answer really was delayed
    window = [t for t in ticks if started <= t <= started + elapsed]
    gaps = [b - a for a, b in zip(window, window[1:], strict=False)]
    assert len(window) >= 0.5 * elapsed / 0.020, f"{len(window)} ticks in {elapsed:.1f} s"
    assert max(gaps) < 0.5, f"the GUI stalled for {max(gaps):.2f} s"
    assert "Voucher 1001 sent to Confirma" in gui.window.outcome.text.text()
    assert gui.window.tabs.count() == 1 and gui.window.tabs.current_page() is second  # the sent draft closed


def infinity_window(qtbot, sandbox):
    """The window on an Infinity profile of `sandbox`, shown and active: (gui, window, keyboard, page)."""
    from app.ui.app import LedgerDeskGui

    add_profile("Infinity sandbox", Target.INFINITY, sandbox.infinity_url)
    gui = LedgerDeskGui(start_sandbox=False)
    window = gui.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return gui, window, Keyboard(qtbot), window.tabs.current_page()


# The sandbox's Infinity chart lacks 3200, which our starter chart has: a refusal only the server sees.
@pytest.mark.sandbox(accounts_ch=ch_accounts_without("3200"))
def test_a_refusal_returns_to_the_grid_with_the_servers_errors_on_the_cells(qapp, qtbot, sandbox):
    gui, window, keys, page = infinity_window(qtbot, sandbox)
    try:
        for text in ("", "1020", "Einnahme", "120.50"):
            keys.cell(text)
        page.view.go_to(page.editor.row_of(0), "cost_center")
        keys.cell("")
        for text in ("", "3200", "Einnahme", "", "120.50"):
            keys.cell(text)
        assert page.editor.totals.difference == 0
        open_preview_and_send(page, keys, qtbot)
        qtbot.waitUntil(lambda: window.outcome.kind == "error", timeout=10_000)
        assert "refused by Infinity" in window.outcome.text.text()
        assert not page.read_only and page.view.editTriggers() != page.view.EditTrigger.NoEditTriggers
        account = page.model.index(page.editor.row_of(1), KEY_ORDER.index("account"))
        assert account.data(Qt.ItemDataRole.BackgroundRole) == style.ERROR_BACKGROUND
        assert "Infinity refused" in account.data(Qt.ItemDataRole.ToolTipRole)
        assert page.view.currentIndex() == account  # the cursor is on the refused cell
        assert any("Infinity refused" in x.message for x in page.all_issues())
        keys.type("3400")  # fix it where it is, and send again
        keys.tab()
        assert "Infinity refused" not in (account.data(Qt.ItemDataRole.ToolTipRole) or "")
        open_preview_and_send(page, keys, qtbot)
        qtbot.waitUntil(lambda: window.outcome.kind == "ok", timeout=10_000)
        posted = [r for r in sandbox.received("infinity") if r["status"] in (200, 201)]
        assert [r["body"]["creditAccount"] for r in posted] == [3400]
    finally:
        window.close()
        gui.shutdown()


def test_a_refused_header_field_is_marked_in_the_header_and_listed(gui, page, keys, qtbot):
    type_documented_voucher(page, keys)
    keys.press(K.Key_F6)
    keys.enter()  # date: on to the number
    keys.ctrl(K.Key_A)
    keys.press(K.Key_Backspace)  # no voucher number: LedgerDesk allows it (a vendor GAP), the sandbox refuses it
    keys.enter()
    assert page.editor.header_text("number") == ""
    page.view.setFocus()
    open_preview_and_send(page, keys, qtbot)
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "error", timeout=10_000)
    number_field = page.header.fields["number"]
    assert "documentName" in number_field.toolTip() and number_field.styleSheet()
    assert any(x.field == "number" and x.line is None for x in page.all_issues())
    assert keys.focus is number_field  # taken to the field to fix
    keys.type("1001")
    keys.enter()
    assert number_field.toolTip() == "" and not any(x.field == "number" for x in page.model.server.all())


def test_an_unconfirmed_send_keeps_the_voucher_frozen_and_ctrl_enter_sends_the_same_one_again(
        gui, page, keys, sandbox, qtbot):
    type_documented_voucher(page, keys)
    sandbox.faults.add("status", count=50, target="confirma", status=503)
    open_preview_and_send(page, keys, qtbot)
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "warning", timeout=30_000)
    assert "not confirmed" in gui.window.outcome.text.text()
    assert page.read_only  # the outbox holds exactly this voucher: it cannot be edited under it
    keys.type("x")
    assert page.editor.header_text("number") == "1001" and not page.view.open_editor()
    sandbox.faults.clear()
    qtbot.waitUntil(gui.window.isActiveWindow, timeout=3000)
    open_preview_and_send(page, keys, qtbot)
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "ok", timeout=15_000)
    posted = [r for r in sandbox.received("confirma") if r["method"] == "POST"]
    assert len({r["body"]["ledgers"]["ledgerIdentifier"] for r in posted}) == 1  # one voucher, one identifier


def test_infinity_booking_other_amounts_shows_amber_not_the_green_tick(qapp, qtbot, sandbox):
    """Issue 14, item 1: a voucher Infinity booked otherwise than the preview showed is never shown as success."""
    from app.ui.review.states import state_label

    sandbox.faults.add("book_differently", target="infinity", cents=1)
    gui, window, keys, page = infinity_window(qtbot, sandbox)
    try:
        keys.press(K.Key_U, Qt.KeyboardModifier.AltModifier)  # Alt+U: the currency, in CHF as documented
        keys.type("CHF")
        keys.enter()
        page.view.setFocus()
        assert page.editor.header_text("currency") == "CHF"
        for text in ("", "1020", "Einnahme", "120.50"):
            keys.cell(text)
        page.view.go_to(page.editor.row_of(0), "cost_center")
        keys.cell("")
        for text in ("", "3200", "Einnahme", "", "120.50", "UN"):
            keys.cell(text)
        open_preview_and_send(page, keys, qtbot)
        qtbot.waitUntil(lambda: window.outcome.kind in ("warning", "ok", "error"), timeout=10_000)
        assert window.outcome.kind == "warning", window.outcome.text.text()
        assert "not as the preview showed" in window.outcome.text.text()
        assert state_label("differs") == "booked differently"
    finally:
        window.close()
        gui.shutdown()


def test_the_preview_warns_that_the_number_is_already_used_before_it_is_sent(gui, page, keys, qtbot):
    """Found walking as a bookkeeper: the issues list warned, the preview's warnings did not, Enter booked it."""
    import json

    from app.store.outbox import Outbox
    voucher = {"format": "ledgerdesk-voucher", "version": 1, "target": "confirma", "identifier": "posted-1001",
               "date": "2025-12-12", "number": "1001", "lines": []}
    Outbox(gui.conn).enqueue(voucher_id="posted-1001", profile=page.profile_name, target="confirma",
                             voucher=json.dumps(voucher), summary={"number": "1001"}, bodies=["{}"])
    type_documented_voucher(page, keys)  # numbered 1001, as the posted one
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None, [x.message for x in page.editor.final_issues()]
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Number 1001 is already used by a submitted voucher" in shown
    keys.press(K.Key_Escape)


@pytest.mark.sandbox(accounts_ch=ch_accounts_without("6500"))  # Infinity refuses the office supplies (entry 2)
def test_a_correction_that_changes_a_booked_entry_is_said_before_the_preview_not_after_send(qapp, qtbot, sandbox):
    """Found walking as a bookkeeper: the preview offered to send a changed entry 1 that Infinity had booked;
    only Send said 'nothing was queued'."""
    from app.domain.voucher_file import dump_voucher_file
    from app.services.session import open_session
    from app.services.submission import queue_voucher
    from app.services.voucher_files import read_voucher_file
    from app.store.drafts import DraftStore
    from tests.conftest import EXAMPLES

    from .conftest import running_gui

    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    bill = read_voucher_file(EXAMPLES / "infinity-supplier-bill.json").voucher
    with open_session("Swiss") as session:
        sid = queue_voucher(session.conn, bill, session.profile).submission_id
        assert session.submitter.send(sid).state == "rejected"  # entry 1 (4200, 1081.00) is booked
        bill.lines[2].account = "6570"  # the refused account corrected...
        bill.lines[0].debit, bill.lines[3].credit = bill.lines[0].debit - 81, bill.lines[3].credit - 81  # ...and 4200
        DraftStore(session.conn).save(bill.identifier, dump_voucher_file(bill, Target.INFINITY), "Swiss")
    with running_gui(qtbot) as gui:
        page = gui.window.tabs.current_page()
        assert page.editor.header_text("number") == "K-2025-017"
        page.view.setFocus()
        keys = Keyboard(qtbot)
        keys.ctrl(K.Key_Return)
        assert page.submit_flow.dialog is None  # no preview of what cannot be sent
        assert "already booked in Infinity" in gui.window.outcome.text.text()
    assert len(sandbox.state()["infinity"]["entries"]) == 1
