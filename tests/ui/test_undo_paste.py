"""Undo and redo of every kind of edit, and pasting spreadsheet rows through the preview as one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.editing import COLUMNS
from app.ui import style

from .keys import SHIFT, K

KEY_ORDER = [c.key for c in COLUMNS]


def grid(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_every_edit_line_operation_and_paste_undoes_and_redoes_step_by_step(page, keys, qtbot):
    states, stack = [grid(page)], page.undo_stack

    def step(action) -> None:
        before = stack.index()
        action()
        if stack.index() != before:
            states.append(grid(page))

    for text in ("12.12.2025", "1910", "bank", "124"):
        step(lambda text=text: keys.cell(text))
    for _ in range(5):
        step(keys.tab)  # credit, VAT, project, cost centre, then past the end: a new line
    for text in ("", "3000", "sales", ""):
        step(lambda text=text: keys.cell(text))
    step(lambda: keys.ctrl(K.Key_B))  # balance: credit on line 2, with its VAT row
    step(lambda: keys.ctrl(K.Key_D, SHIFT))  # duplicate
    step(lambda: keys.ctrl(K.Key_Delete))  # and delete it again
    step(lambda: page.header.fields["description"].setFocus())
    step(lambda: (keys.type("Sales"), keys.enter()))
    QGuiApplication.clipboard().setText("1910\trows\t10,00\n3000\trows\t\t10,00\tS\n")
    page.view.setFocus()
    step(lambda: keys.ctrl(K.Key_V))
    dialog = page.paste_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    step(keys.enter)  # insert both rows
    qtbot.waitUntil(lambda: page.window().isActiveWindow() and page.view.hasFocus(), timeout=3000)
    assert page.editor.line_count == 4 and len(states) == 13
    for expected in reversed(states[:-1]):
        keys.ctrl(K.Key_Z)
        assert grid(page) == expected
    for expected in states[1:]:
        keys.ctrl(K.Key_Y)
        assert grid(page) == expected
    keys.ctrl(K.Key_Z)  # the paste of two rows is one step
    assert page.editor.line_count == 2


def test_paste_preview_shows_each_row_and_its_problems_and_bad_rows_are_fixable_not_dropped(page, keys, qtbot):
    QGuiApplication.clipboard().setText(
        "Päivämäärä\tTili\tSelite\tDebet\tKredit\tALV\tMuistio\n"
        "12.12.2025\t1910\tbank\t124,00\t\t\tx\n"
        "12.12.2025\t3000\tsales\t\t124,00\tS\t\n"
        "31.02.2025\t9998\tbad\tabc\t\t\t\n")
    keys.ctrl(K.Key_V)
    dialog = page.paste_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    model = dialog.model
    assert model.rowCount() == 3
    assert "Muistio" in dialog.notes.text()  # the unused column is named, not silently dropped
    problems = model.index(2, model.columnCount() - 1).data()
    assert "calendar" in problems and "9998" in problems and "abc" in problems
    assert model.index(0, model.columnCount() - 1).data() == "OK"
    date_column = 1 + model.keys.index("booking_date")
    assert keys.focus is dialog.table
    dialog.table.setCurrentIndex(model.index(2, date_column))
    keys.type("28.2.2025")
    keys.enter()  # commits the fix in the preview
    assert "calendar" not in model.index(2, model.columnCount() - 1).data()
    assert model.index(2, date_column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.insert_button.text() == "Insert 3 lines (1 flagged)"  # English plural forms (ledgerdesk_en.ts)
    keys.enter()  # Insert: the flagged row comes in flagged
    qtbot.waitUntil(lambda: page.paste_dialog is None, timeout=3000)
    assert page.editor.line_count == 4  # the three rows, then the blank line that was being typed
    bad = page.editor.row_of(2)
    account = page.model.index(bad, KEY_ORDER.index("account"))
    debit = page.model.index(bad, KEY_ORDER.index("debit"))
    assert account.data(Qt.ItemDataRole.BackgroundRole) == style.ERROR_BACKGROUND
    assert debit.data() == "abc" and debit.data(Qt.ItemDataRole.BackgroundRole) == style.ERROR_BACKGROUND
    assert page.model.index(bad, KEY_ORDER.index("booking_date")).data() == "28.2.2025"
    assert page.editor.totals.difference == 0
