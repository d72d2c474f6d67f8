"""Issue 18: a red "1 error to fix … 10,00" banner stayed above new vouchers that had no issue, and after the
error was fixed. A draft's message belongs to that draft."""

from __future__ import annotations

from .keys import K


def type_unbalanced(page, keys) -> None:
    page.view.setFocus()
    for text in ("1.12.2026", "1910", "Bank", "10"):
        keys.cell(text)


def test_a_drafts_error_banner_is_not_shown_over_another_draft_and_comes_back_with_it(gui, page, keys, qtbot):
    window = gui.window
    type_unbalanced(page, keys)
    keys.ctrl(K.Key_Return)
    qtbot.waitUntil(lambda: window.outcome.isVisible() and window.outcome.kind == "error", timeout=3000)
    keys.ctrl(K.Key_N)  # a new draft: nothing wrong with it
    qtbot.waitUntil(lambda: window.tabs.count() == 2, timeout=3000)
    assert not window.outcome.isVisible()
    window.tabs.setCurrentIndex(0)  # back to the unbalanced one: its error is still there to fix
    assert window.outcome.isVisible() and window.outcome.kind == "error" and "10" in window.outcome.text.text()


def test_the_error_banner_goes_when_the_error_is_fixed(gui, page, keys, qtbot):
    window = gui.window
    type_unbalanced(page, keys)
    keys.ctrl(K.Key_Return)
    qtbot.waitUntil(lambda: window.outcome.isVisible() and window.outcome.kind == "error", timeout=3000)
    page.view.go_to(page.editor.row_of(0), "cost_center")
    keys.cell("")  # past the last cell: a new line
    for text in ("1.12.2026", "1701", "Myyntisaamiset", "", "10"):
        keys.cell(text)
    qtbot.waitUntil(lambda: page.editor.totals.difference == 0, timeout=3000)
    qtbot.waitUntil(lambda: not window.outcome.isVisible(), timeout=3000)


def test_a_message_that_is_not_about_the_drafts_cells_stays_after_an_edit(gui, page, keys, qtbot):
    window = gui.window
    page.message.emit("error", "Voucher 1 could not be sent: the sandbox did not answer.")
    assert window.outcome.isVisible()
    type_unbalanced(page, keys)  # editing refreshes the issues list; the message is not about them
    qtbot.wait(50)
    assert window.outcome.isVisible() and "could not be sent" in window.outcome.text.text()
