"""The documented Confirma voucher typed with the keyboard alone reaches the sandbox as the documented body."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import GOLDEN, load_json

from .keys import K


def type_documented_voucher(page, keys) -> None:
    """Header, then two lines, the way a bookkeeper would: Tab/Enter, Ctrl+D, Ctrl+B. Keys only."""
    keys.press(K.Key_F6)  # header: date field
    keys.ctrl(K.Key_A)
    keys.type("13.12.2025")
    keys.enter()
    keys.type("1001")  # number (entering a field selects it: typing replaces the proposal)
    keys.enter()
    keys.type("ML")  # type
    keys.enter()
    keys.type("Here comes the description, max 210 chars long")
    keys.enter()
    keys.type("123456-7")  # company
    keys.enter()
    keys.enter()  # currency: EUR as proposed
    keys.enter()  # VAT mode: gross as proposed; Enter goes on to the grid
    assert keys.focus is page.view
    # line 1: date, account, text, debit, credit, VAT, project, cost centre
    for text in ("12.12.2025", "1701", "1763", "2990", "", "", "PN12345", "1000"):
        keys.cell(text)
    # line 2 opened by Tab past the last cell; its date is copied from above
    keys.ctrl(K.Key_D)
    keys.tab()
    keys.cell("3000")  # account: its VAT code S is proposed
    keys.ctrl(K.Key_D)  # text from above
    keys.tab()
    keys.tab()  # debit: nothing
    keys.ctrl(K.Key_B)  # credit: balance the voucher
    keys.tab()
    keys.tab()  # VAT: S as proposed
    keys.ctrl(K.Key_D)  # project from above
    keys.tab()


def test_documented_voucher_typed_with_keys_reaches_the_sandbox_as_documented(gui, page, keys, sandbox, qtbot):
    type_documented_voucher(page, keys)
    editor = page.editor
    assert editor.totals.difference == 0
    assert page.totals.difference.property("balanced") is True
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None, [i.message for i in editor.final_issues()]
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert '"documentName": "1001"' in dialog.body.toPlainText()
    keys.enter()  # Send
    qtbot.waitUntil(lambda: bool(sandbox.received("confirma")), timeout=10_000)
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "ok", timeout=10_000)
    (request,) = [r for r in sandbox.received("confirma") if r["method"] == "POST"]
    sent = request["body"]
    golden = load_json(GOLDEN / "confirma-documented-body.json")
    assert sent["ledgers"].pop("ledgerIdentifier")
    golden["ledgers"].pop("ledgerIdentifier")
    assert sent == golden
    assert isinstance(sent["ledgers"]["ledgerRows"][1]["netAmount"], Decimal)

