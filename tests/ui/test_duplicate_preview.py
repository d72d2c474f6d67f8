"""The preview warns when a voucher looks like one the profile posted lately ("looks like voucher 1001 posted on …")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from .keys import K
from .test_submit import open_preview_and_send
from .test_typing_confirma import type_documented_voucher


def test_the_preview_says_the_voucher_looks_like_one_posted_today(gui, page, keys, qtbot):
    type_documented_voucher(page, keys)
    open_preview_and_send(page, keys, qtbot)
    qtbot.waitUntil(lambda: gui.window.outcome.kind == "ok", timeout=15_000)
    assert "Voucher 1001 sent to Confirma" in gui.window.outcome.text.text()
    qtbot.waitUntil(gui.window.isActiveWindow, timeout=3000)
    keys.ctrl(K.Key_N)
    qtbot.waitUntil(lambda: gui.window.tabs.current_page() is not page
                    and gui.window.tabs.current_page().view.hasFocus(), timeout=3000)
    second = gui.window.tabs.current_page()
    type_documented_voucher(second, keys)  # the same voucher typed again (its number is used: warned too)
    keys.ctrl(K.Key_Return)
    dialog = second.submit_flow.dialog
    assert dialog is not None, [x.message for x in second.editor.final_issues()]
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "This looks like voucher 1001, posted on " in shown
    assert "with the same date, total and accounts. Check that it is not entered twice." in shown
    keys.press(K.Key_Escape)
