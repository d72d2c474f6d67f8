"""Issue 18: Confirma's preview was raw JSON only, with "vatCode": "20" where the grid had said S. It now shows
the rows being sent in the grid's words, the VAT code as typed → as sent, with the exact JSON one key away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from .keys import K
from .test_typing_confirma import type_documented_voucher


def test_the_confirma_preview_lists_the_rows_with_the_code_typed_and_the_code_sent(gui, page, keys, qtbot):
    type_documented_voucher(page, keys)
    keys.ctrl(K.Key_Return)
    dialog = page.submit_flow.dialog
    assert dialog is not None, [i.message for i in page.editor.final_issues()]
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    grid = dialog.findChild(QTableWidget, "ConfirmaLines")
    assert dialog.views.currentWidget() is grid  # the bookkeeper's words first
    rows = [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())]
    # The documented voucher: the receivable, the sale at S (sent as Confirma's code 20), and its VAT row.
    assert [r[2] for r in rows] == ["1701", "3000", "2939"]
    assert rows[0][4] == "2 990,00" and rows[1][5] == "2 990,00" and rows[1][6] == "2 382,47"
    assert rows[1][8] == "S → 20"  # gross mode: the amount as typed, net beside it, as in the body
    assert rows[1][7] == "25,5 %" and rows[2][5] == "607,53" and rows[2][0] == ""
    QTest.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # the exact JSON, one key away
    assert dialog.views.currentWidget() is dialog.body
    assert '"vatCode": "20"' in dialog.body.toPlainText()
    dialog.reject()
